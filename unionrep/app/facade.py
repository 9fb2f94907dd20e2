"""The old single-object API (`Service`, `DisputeService`), kept while callers move to the Session:
each method calls the Session's service for it and returns what the write made (the ChangeSet's
result), as before. New code calls `session.<service>` directly."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path
from typing import Any

from unionrep.app.session import DEFAULT_POLICY, Session
from unionrep.core.balance import Balance
from unionrep.core.caps import Ledger
from unionrep.core.disputes import Dispute, Stage
from unionrep.core.flags import Flag
from unionrep.core.model import Assignment, Entry, Extension, HoursChange, Rep, Toil
from unionrep.core.periods import Year
from unionrep.core.policy import Profile
from unionrep.store.queries import Queries
from unionrep.store.records import Store

__all__ = ["DEFAULT_POLICY", "DisputeService", "Service", "open_service"]


class Service:
    """One open database through the Session's services (see the module's docstring)."""

    def __init__(self, store_or_session: Store | Session) -> None:
        self.session = (store_or_session if isinstance(store_or_session, Session)
                        else Session(store_or_session))
        self.session._legacy = self
        self.store = self.session.store

    @property
    def queries(self) -> Queries:
        return self.session.queries

    def set_meta(self, values: dict[str, str]) -> None:
        self.session.settings.put_many(values)

    @property
    def initialised(self) -> bool:
        return self.session.initialised

    @property
    def profile(self) -> Profile:
        return self.session.profile

    def init(self, policy_id: str = DEFAULT_POLICY) -> Profile:
        return self.session.policy.init(policy_id).result

    def policy_data(self) -> dict[str, Any]:
        return self.session.policy.data()

    def set_policy(self, key: str, value_text: str) -> Profile:
        return self.session.policy.set(key, value_text).result

    def replace_policy(self, profile_id: str, data: dict[str, Any]) -> Profile:
        return self.session.policy.replace(profile_id, data).result

    def reps(self, include_ended: bool = True) -> list[Rep]:
        return self.session.reps.all(include_ended)

    def find_rep(self, key: str) -> Rep:
        return self.session.reps.find(key)

    def check_rep(self, rep: Rep) -> None:
        self.session.reps.check(rep)

    def add_rep(self, rep: Rep) -> Rep:
        return self.session.reps.add(rep).result

    def edit_rep(self, rep_id: str, hours_from: dt.date | None = None, **changes: Any) -> Rep:
        return self.session.reps.edit(rep_id, hours_from, **changes).result

    def hours(self, rep_id: str | None = None) -> list[HoursChange]:
        return self.session.reps.hours(rep_id)

    def delete_rep(self, rep_id: str) -> None:
        self.session.reps.delete(rep_id)

    def assignments(self, rep_id: str | None = None) -> list[Assignment]:
        return self.session.roles.assignments(rep_id)

    def assign_role(self, rep_key: str, role: str, start_on: dt.date, end_on: dt.date | None = None,
                    notified_on: dt.date | None = None,
                    secondment_percent: Fraction | None = None) -> Assignment:
        return self.session.roles.assign(rep_key, role, start_on, end_on, notified_on,
                                         secondment_percent).result

    def end_role(self, rep_key: str, role: str, end_on: dt.date) -> Assignment:
        return self.session.roles.end(rep_key, role, end_on).result

    def edit_assignment(self, assignment_id: str, **changes: Any) -> Assignment:
        return self.session.roles.edit(assignment_id, **changes).result

    def delete_assignment(self, assignment_id: str) -> dict[str, Any]:
        return self.session.roles.delete(assignment_id).result

    def get_entry(self, entry_id: str) -> Entry:
        return self.session.entries.get(entry_id)

    def add_entry(self, entry: Entry, allow_overlap: bool = False) -> Entry:
        return self.session.entries.add(entry, allow_overlap).result

    def same_day(self, entry: Entry) -> list[Entry]:
        return self.session.entries.same_day(entry)

    def edit_entry(self, entry_id: str, **changes: Any) -> Entry:
        return self.session.entries.edit(entry_id, **changes).result

    def delete_entry(self, entry_id: str) -> dict[str, Any]:
        return self.session.entries.delete(entry_id).result

    def entries(self, rep_id: str | None = None, year: Year | None = None,
                status: str | None = None, limit: int | None = None) -> list[Entry]:
        return self.session.entries.all(rep_id, year, status, limit)

    def extensions(self, rep_id: str | None = None) -> list[Extension]:
        return self.session.roles.extensions(rep_id)

    def check_extension(self, extension: Extension) -> None:
        self.session.roles.check_extension(extension)

    def add_extension(self, extension: Extension) -> Extension:
        return self.session.roles.add_extension(extension).result

    def edit_extension(self, extension_id: str, reviewed_on: dt.date | None = None,
                       **changes: Any) -> Extension:
        return self.session.roles.edit_extension(extension_id, reviewed_on, **changes).result

    def add_toil(self, toil: Toil) -> Toil:
        return self.session.entries.add_toil(toil).result

    def toil(self, rep_id: str) -> list[Toil]:
        return self.session.entries.toil(rep_id)

    def ledger(self, rep: Rep, totals_for: Any = None) -> Ledger:
        return self.session.balances.ledger(rep, totals_for)

    def balance(self, rep_key: str, on: dt.date | None = None, lang: str | None = None) -> Balance:
        return self.session.balances.of(rep_key, on, lang)

    def all_balances(self, on: dt.date | None = None, lang: str | None = None,
                     include_ended: bool = False) -> list[Balance]:
        return self.session.balances.every(on, lang, include_ended)

    def entry_flags(self, today: dt.date | None = None, lang: str | None = None, *,
                    rep_id: str | None = None, year: Year | None = None) -> list[Flag]:
        return self.session.balances.entry_flags(today, lang, rep_id=rep_id, year=year)

    def flags(self, today: dt.date | None = None, lang: str | None = None) -> list[Flag]:
        return self.session.balances.flags(today, lang)

    def preview_entry(self, entry: Entry, lang: str | None = None) -> tuple[Balance, Balance, list[Flag]]:
        return self.session.balances.preview(entry, lang)

    def history(self, row_id: str) -> list[dict[str, Any]]:
        return self.store.history(row_id)


class DisputeService:
    """The Session's disputes, with the old return values (the record rather than the ChangeSet)."""

    def __init__(self, service: Service | Session) -> None:
        session = service if isinstance(service, Session) else service.session
        self._disputes = session.disputes
        self.session = session
        self.store = session.store

    def __getattr__(self, name: str) -> Any:  # the reads, unchanged
        return getattr(self._disputes, name)

    def open(self, entry_id: str | None, failure_on: dt.date, reasons: str = "", **kwargs: Any) -> Dispute:
        return self._disputes.open(entry_id, failure_on, reasons, **kwargs).result

    def escalate(self, dispute_id: str, raised_on: dt.date, to_whom: str = "") -> Stage:
        return self._disputes.escalate(dispute_id, raised_on, to_whom).result

    def respond(self, dispute_id: str, on: dt.date, response: str = "", outcome: str | None = None) -> Stage:
        return self._disputes.respond(dispute_id, on, response, outcome).result

    def reopen(self, dispute_id: str) -> Dispute:
        return self._disputes.reopen(dispute_id).result

    def acas(self, dispute_id: str, day_a: dt.date, day_b: dt.date | None = None) -> Dispute:
        return self._disputes.acas(dispute_id, day_a, day_b).result

    def edit(self, dispute_id: str, **changes: str) -> Dispute:
        return self._disputes.edit(dispute_id, **changes).result


def open_service(path: Path | str, *, create: bool = False, passphrase: str | None = None,
                 prompt: Any = None) -> Service:
    from unionrep.app.session import open_session

    return Service(open_session(path, create=create, passphrase=passphrase, prompt=prompt))
