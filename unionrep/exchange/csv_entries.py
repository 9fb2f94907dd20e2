"""Time-off entries as a spreadsheet (CSV): written for Excel, read back from a branch's own sheets.

Export: UTF-8 with a byte-order mark (so Excel reads Welsh letters), CRLF lines, one row per entry,
headers in the user's language, exact minutes beside decimal hours; text that a spreadsheet would
take for a formula is quoted with a leading apostrophe, which import takes off again.

Import: columns are found by their headers (common English and Welsh names) or named with a
mapping {field: header}; every row is checked like an entry typed in, and each bad row is reported
with its row number (as the spreadsheet numbers it, the header being row 1), column and rule.
Nothing is written if any row is bad, unless the bad rows are to be skipped.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from unionrep.core.entries import (
    MAX_ENTRY_MINUTES,
    check_status,
    minutes_between,
    parse_date,
    parse_hours,
    parse_year,
    validate_entry,
)
from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.core.messages import current_lang
from unionrep.core.messages_errors import Words
from unionrep.core.model import TAKEN, Assignment, Entry, Rep
from unionrep.core.overlaps import check_clashes
from unionrep.core.periods import Year, year_by_label
from unionrep.core.spreadsheet import csv_bytes, decode_csv, read_cell, read_rows
from unionrep.core.text import check_no_controls
from unionrep.exchange.progress import Progress, Tracker
from unionrep.files import check_target, write_file
from unionrep.i18n import Text, say
from unionrep.i18n.exchange import CSV_COLUMNS
from unionrep.store.connection import database_path

if TYPE_CHECKING:  # the application layer passes its session in
    from unionrep.app.session import Session

T = TypeVar("T")

# field → its header in each language, in the order of the exported columns
COLUMNS: dict[str, Text] = {key.removeprefix("csv.column."): header for key, header in CSV_COLUMNS.items()}

# Other headers branches use for the same things (compared without case, accents or punctuation).
ALIASES: dict[str, tuple[str, ...]] = {
    "rep": ("name", "representative", "steward", "rep name", "enw", "stiward"),
    "employee_no": ("employee number", "staff number", "staff no", "payroll number", "rhif staff",
                    "rhif gweithiwr"),
    "role": ("rol", "role id"),
    "category": ("type", "activity", "math", "categori"),
    "date": ("day", "date of time off", "diwrnod"),
    "start": ("start time", "from", "time from", "amser dechrau", "o"),
    "end": ("end time", "finish", "finish time", "to", "time to", "amser gorffen", "gorffen", "tan"),
    "minutes": ("mins",),
    "hours": ("duration", "time", "hrs", "hyd", "amser"),
    "paid": ("tal", "a thal", "paid or unpaid"),
    "purpose": ("general purpose", "reason", "description", "pwrpas", "rheswm", "disgrifiad"),
    "location": ("place", "venue", "where", "lle"),
    "notice_on": ("notice", "notice date", "date of notice", "notice on", "rhybudd", "dyddiad rhybudd"),
    "case_ref": ("case", "case reference", "achos"),
    "notes": ("comments", "sylwadau", "nodiadau"),
}
YES = {"yes", "y", "true", "1", "paid", "ie", "do", "gwir", "a thal"}
NO = {"no", "n", "false", "0", "unpaid", "na", "naddo", "ni", "anghywir", "di-dal", "di dal", "heb dal"}
STATUS_NAMES = {
    "drafft": "draft", "gofynnwyd": "requested", "cais": "requested", "wedi gofyn": "requested",
    "cymeradwywyd": "approved", "wedi cymeradwyo": "approved", "gwrthodwyd": "refused",
    "tynnwyd yn ol": "withdrawn", "cymerwyd": "taken", "wedi cymryd": "taken",
}


def _key(text: str) -> str:
    """'Rhybudd wedi'i roi' → 'rhybudd wedii roi': lower case, no accents or punctuation."""
    plain = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s-]", "", plain)).strip()


# -- export --------------------------------------------------------------------------------------


def entries_csv(session: Session, rep: str | None = None, year: int | None = None,
                lang: str | None = None) -> tuple[bytes, int]:
    """(the CSV file, how many entries) of every entry, or one rep's, or one year's."""
    chosen = session.reps.find(rep) if rep else None
    span: Year | None = None
    if year is not None:
        year = parse_year(year)
        span = chosen.year_of(dt.date(year, *chosen.year_start())) if chosen else year_by_label(year)
    entries = session.entries.all(chosen.id if chosen else None, span)
    return chosen_entries_csv(session, entries, lang), len(entries)


def chosen_entries_csv(session: Session, entries: list[Entry], lang: str | None = None) -> bytes:
    """The CSV file of `entries`, in the order given (the window's log exports the rows it shows)."""
    language = lang or current_lang()
    reps = {r.id: r for r in session.reps.all()}
    yes, no = say("word.yes", language), say("word.no", language)
    rows: list[tuple[object, ...]] = [tuple(names[1] if language == "cy" else names[0]
                                            for names in COLUMNS.values())]
    for e in entries:
        person = reps.get(e.rep_id)
        rows.append((
            e.id, e.reference, e.rep_id, person.name if person else "", person.employee_no if person else "",
            e.role, e.category, e.date.isoformat(), e.start_time or "", e.end_time or "", e.minutes,
            f"{e.minutes / 60:.2f}", e.status, yes if e.paid else no, e.purpose, e.location,
            e.notice_on.isoformat() if e.notice_on else "", e.case_ref, yes if e.conference else "",
            yes if e.political else "", e.notes,
        ))
    return csv_bytes(rows)


def export_entries_csv(session: Session, path: Path | str, rep: str | None = None,
                       year: int | None = None, *, force: bool = False) -> int:
    """Write the entries' CSV to `path` (never over the database's files; over another existing
    file only with `force`)."""
    db_path = database_path(session.store.db)
    check_target(path, db_path, force=force)
    data, count = entries_csv(session, rep, year)
    write_file(path, data, db_path=db_path, force=force)
    return count


# -- import --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BadRow:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str
    rule: str

    def to_json(self) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "rule": self.rule}


@dataclass
class CsvImport:
    """What a spreadsheet holds, checked: entries to add, rows already here, bad rows."""

    mapping: dict[str, str]  # field → header
    entries: list[tuple[int, Entry]] = field(default_factory=list)
    already: list[int] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"mapping": self.mapping, "to_add": len(self.entries), "already_here": len(self.already),
                "bad_rows": [b.to_json() for b in self.bad]}


def parse_mapping(text: str | None) -> dict[str, str]:
    """'date=Date,hours=Hours' → {"date": "Date", "hours": "Hours"}."""
    mapping: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        name, sep, header = part.partition("=")
        name = name.strip().replace("-", "_")
        if not sep or not header.strip():
            raise ValidationError("map", "{value!r} is not FIELD=HEADER", value=part.strip())
        if name not in COLUMNS or name == "reference":
            fields = ", ".join(f for f in COLUMNS if f != "reference")
            raise ValidationError("map", "{value!r} is not a field of an entry ({choices})", value=name,
                                  choices=fields)
        mapping[name] = header.strip()
    return mapping


def _detect(headers: list[str], given: dict[str, str]) -> dict[str, str]:
    by_key = {_key(h): h for h in headers if h.strip()}
    mapping: dict[str, str] = {}
    for name, header in given.items():
        if header not in headers and _key(header) not in by_key:
            raise ValidationError("map", "the file has no column {header!r} (it has {headers})",
                                  header=header,
                                  headers=", ".join(headers))
        mapping[name] = header if header in headers else by_key[_key(header)]
    taken = set(mapping.values())
    for name, (en, cy) in COLUMNS.items():
        if name in mapping or name == "reference":
            continue
        for candidate in (en, cy, name, *ALIASES.get(name, ())):
            match = by_key.get(_key(candidate))
            if match is not None and match not in taken:
                mapping[name] = match
                taken.add(match)
                break
    return mapping


def read_entries_csv(session: Session, path: Path | str, mapping: dict[str, str] | None = None,
                     rep: str | None = None) -> CsvImport:
    """Read and check a spreadsheet of entries; writes nothing. `rep` gives every row that rep."""
    try:
        text = decode_csv(Path(path).read_bytes())
    except OSError as exc:
        raise UnionrepError("cannot read {path}: {reason}", path=path, reason=exc.strerror or exc) from None
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = read_rows(text, dialect)
    if not rows:
        raise ValidationError("file", "the spreadsheet is empty")
    headers = [h.strip() for h in rows[0]]
    found = _detect(headers, mapping or {})
    missing = [f for f in ("date",) if f not in found]
    if not ({"hours", "minutes"} & found.keys() or {"start", "end"} <= found.keys()):
        missing.append("hours")
    if rep is None and not ({"rep", "rep_id", "employee_no"} & found.keys()):
        missing.append("rep")
    if missing:
        raise ValidationError("map", "no column for {missing}: name it with --map {first}=HEADER (the file "
                                     "has {headers})", missing=", ".join(missing), first=missing[0],
                              headers=", ".join(headers))
    reader = _RowReader(session, found, headers, session.reps.find(rep) if rep else None)
    result = CsvImport(found)
    for number, values in enumerate(rows[1:], start=2):
        if not any(v.strip() for v in values):
            continue
        reader.read(number, values, result)
    return result


TEXT_COLUMNS = ("purpose", "location", "case_ref", "notes", "id")


class _Cells:
    """One row's cells by field name (empty for a field with no column)."""

    def __init__(self, values: list[str], index: dict[str, int]) -> None:
        self.values = values
        self.index = index

    def __call__(self, name: str) -> str:
        i = self.index.get(name)
        if i is None or i >= len(self.values):
            return ""
        return read_cell(self.values[i].strip())


class _RowReader:
    def __init__(self, session: Session, mapping: dict[str, str], headers: list[str],
                 rep: Rep | None) -> None:
        self.session = session
        self.profile = session.profile
        self.mapping = mapping
        self.index = {name: headers.index(header) for name, header in mapping.items()}
        self.rep = rep
        self.reps = session.reps.all()
        self.assignments: dict[str, list[Assignment]] = {}
        for a in session.roles.assignments():
            self.assignments.setdefault(a.rep_id, []).append(a)
        self.roles = _names({r.id: (r.en, r.cy) for r in self.profile.roles.values()})
        self.categories = _names({c.id: (c.en, c.cy) for c in self.profile.categories.values()})

    def read(self, number: int, values: list[str], result: CsvImport) -> None:
        cells = _Cells(values, self.index)
        errors: list[BadRow] = []

        def check(name: str, parse: Callable[..., T], *args: Any) -> T | None:
            try:
                return parse(*args)
            except ValidationError as exc:
                errors.append(BadRow(number, self.mapping.get(name, name), exc.rule))
                return None

        rep = check("rep", self._rep, cells)
        day = check("date", _day, cells("date"))
        start, end = cells("start") or None, cells("end") or None
        minutes = check("hours", _minutes, cells, start, end)
        role = check("role", self._role, cells("role"), rep, day)
        category = check("category", _lookup, cells("category") or "duties", self.categories, "category")
        status = check("status", _status, cells("status"))
        notice = check("notice_on", _optional_day, cells("notice_on"))
        paid, conference, political = (check(name, _yes_no, cells(name), name)
                                       for name in ("paid", "conference", "political"))
        for name in TEXT_COLUMNS:
            check(name, check_no_controls, name, cells(name))
        if errors or rep is None or day is None or minutes is None or role is None or category is None \
                or status is None:
            result.bad.extend(errors)
            return
        entry = Entry(
            rep_id=rep.id, role=role, date=day, minutes=minutes, category=category,
            paid=self.profile.categories[category].default_paid if paid is None else paid,
            start_time=start, end_time=end, purpose=cells("purpose"), location=cells("location"),
            notice_on=notice, status=status, case_ref=cells("case_ref"), conference=bool(conference),
            political=bool(political), notes=cells("notes"),
        )
        if cells("id"):
            entry.id = cells("id")
        try:
            validate_entry(self.profile, rep, self.assignments.get(rep.id, []), entry)
        except ValidationError as exc:
            result.bad.append(BadRow(number, self._column_of(exc.field), exc.rule))
            return
        state = self._state(entry, bool(cells("id")))
        if state == "new":
            try:  # nothing counted twice: not against the book, nor against an earlier row
                check_clashes(entry, [*self.session.entries.same_day(entry), *(e for _, e in result.entries)])
            except ValidationError as exc:
                result.bad.append(BadRow(number, self._column_of(exc.field), exc.rule))
                return
            result.entries.append((number, entry))
        elif state == "same":
            result.already.append(number)
        else:
            result.bad.append(BadRow(number, self.mapping.get("id", "id"),
                                     "an entry with this id is already here with different details"))

    def _column_of(self, rule_field: str) -> str:
        name = {"notice-on": "notice_on", "hours": "minutes" if "minutes" in self.mapping else "hours"}.get(
            rule_field, rule_field)
        return self.mapping.get(name, rule_field)

    def _state(self, entry: Entry, has_id: bool) -> str:
        """"new", "same" (already here) or "differs" (the id is here, with other details)."""
        store = self.session.store
        if has_id:
            found = store.get(Entry, entry.id)
            if found is None:
                return "new"
            return "same" if found == entry else "differs"
        twin = store.db.execute(
            "SELECT 1 FROM entries WHERE rep_id = ? AND role = ? AND date = ? AND minutes = ? "
            "AND category = ? AND coalesce(start_time, '') = ? AND purpose = ? LIMIT 1",
            [entry.rep_id, entry.role, entry.date.isoformat(), entry.minutes, entry.category,
             entry.start_time or "", entry.purpose]).fetchone()
        return "new" if twin is None else "same"

    def _rep(self, cells: _Cells) -> Rep:
        if self.rep is not None:
            return self.rep
        rep_id, employee_no, name = cells("rep_id"), cells("employee_no"), cells("rep")
        for rep in self.reps:
            if rep.id == rep_id:
                return rep
        if employee_no:
            for rep in self.reps:
                if rep.employee_no == employee_no:
                    return rep
        if name:
            matches = [r for r in self.reps if _key(r.name) == _key(name)]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise ValidationError("rep", "{name!r} names {count} reps: give the employee number",
                                      name=name,
                                      count=len(matches))
        shown = name or employee_no or rep_id
        if not shown:
            raise ValidationError("rep", "is empty")
        raise ValidationError("rep", "no rep {name!r} here (add the rep first)", name=shown)

    def _role(self, text: str, rep: Rep | None, day: dt.date | None) -> str:
        if text:
            return _lookup(text, self.roles, "role")
        if rep is None or day is None:
            raise ValidationError("role", "is empty")
        held = sorted({a.role for a in self.assignments.get(rep.id, []) if a.held_on(day)})
        if len(held) == 1:
            return held[0]
        if not held:
            raise ValidationError("role", "is empty, and {rep} holds no role on {date}", rep=rep.name,
                                  date=day.isoformat())
        raise ValidationError("role", "is empty, and {rep} holds {roles} on {date}", rep=rep.name,
                              roles=Words(" and ".join(held), " a ".join(held)), date=day.isoformat())


def _names(items: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Every way of naming a role or category (id, English, Welsh) → its id."""
    out = {}
    for ident, (en, cy) in items.items():
        for name in (ident, en, cy):
            out[_key(name)] = ident
    return out


def _lookup(text: str, names: dict[str, str], field_name: str) -> str:
    found = names.get(_key(text))
    if found is None:
        choices = ", ".join(sorted(set(names.values())))
        if field_name == "role":
            raise ValidationError("role", "{value!r} is not a role of this profile ({choices})", value=text,
                                  choices=choices)
        raise ValidationError(field_name, "{value!r} is not a category of this profile ({choices})",
                              value=text, choices=choices)
    return found


def _minutes(cells: _Cells, start: str | None, end: str | None) -> int:
    if cells("minutes"):
        try:
            minutes = int(cells("minutes"))
        except ValueError:
            raise ValidationError("minutes", "{text!r} is not a whole number",
                                  text=cells("minutes")) from None
        if not 0 < minutes <= MAX_ENTRY_MINUTES:
            raise ValidationError("minutes", "must be more than zero and at most 24 hours")
        return minutes
    if cells("hours"):
        return parse_hours(re.sub(r"^(\d+:\d\d):00$", r"\1", cells("hours")))  # Excel writes 2:30:00
    if start and end:
        return minutes_between(start, end)
    raise ValidationError("hours", "is empty (give hours, minutes, or start and end)")


def _day(text: str) -> dt.date:
    raw = text.strip()
    if not raw:
        raise ValidationError("date", "is empty")
    raw = re.sub(r"[ T]00:00(:00)?$", "", raw)
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", raw)  # UK order: day/month/year
    if match:
        d, m, y = (int(g) for g in match.groups())
        try:
            raw = dt.date(y, m, d).isoformat()
        except ValueError:
            raise ValidationError("date", "{text!r} is not a real date (day/month/year)", text=text) from None
    return parse_date(raw, "date")


def _optional_day(text: str) -> dt.date | None:
    return _day(text) if text.strip() else None


def _status(text: str) -> str:
    if not text:
        return TAKEN
    key = _key(text)
    return check_status(STATUS_NAMES.get(key, key))


def _yes_no(text: str, name: str) -> bool | None:
    key = _key(text)
    if not key:
        return None
    if key in YES:
        return True
    if key in NO:
        return False
    raise ValidationError(name, "{text!r} is not yes or no", text=text)


def import_entries_csv(session: Session, checked: CsvImport, skip_bad: bool = False, *,
                       progress: Progress | None = None) -> int:
    """Add the checked entries in one transaction, each through the entries service (so each is
    checked and audited as one typed in). `progress(done, total, "write")` hears how far it is and
    stops it by returning False (ImportCancelled; nothing is added)."""
    if checked.bad and not skip_bad:
        raise ValidationError("file", "{count} row(s) are not valid; nothing was imported",
                              count=len(checked.bad))
    tracker = Tracker(progress)
    total = len(checked.entries)
    with session.store.atomic():
        for _, entry in tracker.counting(checked.entries, total, "write"):
            session.entries.add(entry)
    return total
