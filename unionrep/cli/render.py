"""unionrep-cli's human-readable (not --json) output: hours written one way, tables with a header
row, and the text of `balance`, `rep show` and `log show`.

A helper of unionrep.cli, not a command group: its name starts with an underscore, so
unionrep.cli.COMMAND_MODULES leaves it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from unionrep.cli.lang import (
    category_name,
    field_label,
    role_name,
    say,
    shown_value,
    status_name,
    unit_name,
)
from unionrep.core import messages, pay
from unionrep.core.caps import fmt_hm, fmt_number
from unionrep.core.messages_errors import said_text
from unionrep.core.policy import Allowance, Profile

if TYPE_CHECKING:
    from unionrep.core.balance import Balance
    from unionrep.core.effects import Effect
    from unionrep.core.model import Rep


def hours_text(minutes: Fraction | int) -> str:
    """Time as the command line writes it for a human, everywhere: H:MM, with the decimal hours
    that the agreement's allowances are given in beside it, e.g. 3810 → '63:30 (63.50 h)'."""
    return say("hours.both", hm=fmt_hm(minutes), decimal=fmt_number(Fraction(minutes) / 60))


def amount_text(amount: Fraction, unit: str) -> str:
    """An allowance's cap, used or left: hours as hours_text, other units (days, meetings) as a number."""
    return hours_text(amount * 60) if unit == "hours" else fmt_number(amount)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Rows under a header row, each column as wide as its widest cell, two spaces between."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    lines = ("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True))
             for row in (headers, *rows))
    return "\n".join(line.rstrip() for line in lines)


def _rep_show_text(rep: Rep, data: dict[str, Any], profile: Profile) -> str:
    """`rep show` for a human: the rep's details (data as --json gives them), then their roles."""
    lines = [f"{rep.name}  ({rep.id})"]
    for key, value in data.items():
        if key in ("id", "name", "roles", "hours") or value in ("", None):
            continue
        lines.append(f"  {field_label(key, key.replace('_', ' '))}: {shown_value(value)}")
    lines.append(f"  {say('rep.roles')}:")
    for r in data["roles"]:
        role = role_name(profile, r["role"])
        lines.append(f"    {role}  {r['from']} – {r['to'] or say('rep.now')}")
    lines.append(f"  {say('rep.hours')}:")
    lines += _hours_text(data["hours"])
    return "\n".join(lines)


def _log_show_text(data: dict[str, Any], profile: Profile) -> str:
    """`log show` for a human: the entry's fields (data as --json gives them), then its history."""
    named = {"role": lambda v: role_name(profile, v), "category": lambda v: category_name(profile, v),
             "status": status_name}
    lines = [f"{field_label(k, k)}: {named[k](v) if k in named else shown_value(v)}"
             for k, v in data.items() if k != "history"]
    lines.append(say("log.history"))
    lines += [f"  {h['at']}  {h['field']}: {h['old']} → {h['new']}" for h in data["history"]]
    return "\n".join(lines)


def _scope_name(profile: Profile, allowance: Allowance) -> str:
    """What an allowance is called: its own name, else its role's or category's."""
    own = allowance.cy if messages.current_lang() == "cy" else allowance.en
    if own:
        return own
    if allowance.scope_kind == "role":
        return role_name(profile, allowance.scope)
    return category_name(profile, allowance.scope)


def _balance_text(b: Balance, profile: Profile) -> str:
    lines = [say("balance.head", rep=b.rep.name, year=b.year.label, start=b.year.start, end=b.year.end)]
    for x in b.allowances:
        unit = x.unit
        cap = (say("balance.no_cap") if x.cap is None else amount_text(x.cap, unit)
               + ("" if unit == "hours" else f" {unit_name(unit)}"))
        remaining = ("" if x.remaining_shown is None
                     else say("balance.remaining", amount=amount_text(x.remaining_shown, unit)))
        pending = say("balance.pending", amount=amount_text(x.pending, unit)) if x.pending else ""
        word = say("balance.required" if x.allowance.kind == "commitment" else "balance.allowance")
        lines.append(f"  {_scope_name(profile, x.allowance):34} "
                     + say("balance.line", word=word, cap=cap, used=amount_text(x.used, unit),
                           pending=pending, remaining=remaining))
        for why in x.explain:
            lines.append(f"      {said_text(why)}")
    if b.combined is not None:
        c = b.combined
        cap = amount_text(c.cap, c.unit) + ("" if c.unit == "hours" else f" {unit_name(c.unit)}")
        lines.append("  " + say("balance.combined", cap=cap, used=amount_text(c.used, c.unit),
                                remaining=amount_text(c.remaining_shown, c.unit)))
    lines.append("  " + say("balance.paid", time=hours_text(b.paid_minutes))
                 + ("" if b.cost is None else say("balance.cost", cost=pay.cost_text(
                     b.paid_minutes, b.rep.scp, b.rep.hourly_rate_pence))))
    if b.toil_earned or b.toil_taken:
        lines.append("  " + say("balance.toil", time=hours_text(b.toil_balance)))
    for p in b.payments:
        lines.append("  " + say("balance.payment", role=role_name(profile, p.role), kind=p.kind,
                                amount=fmt_number(p.amount), explain=said_text(p.explain)))
    for f in b.flags:
        lines.append(f"  ! {f.text()}")
    return "\n".join(lines)


def _effects_text(effects: list[Effect], warnings: list[str], profile: Profile) -> list[str]:
    """What `log add` did to each allowance, then its warnings (a cap passed, short notice …)."""
    by_id = {a.id: a for a in profile.allowances}
    lines = []
    for effect in effects:
        allowance = by_id.get(effect.key)
        name = (_scope_name(profile, allowance) if allowance is not None
                else messages.t("effect.combined"))
        lines.append(f"  {effect.text(name)}")
    if not effects:
        lines.append(f"  {messages.t('effect.none')}")
    lines += [f"! {w}" for w in warnings]
    return lines


def _hours_text(rep_hours: list[dict[str, Any]]) -> list[str]:
    """`rep show`'s history of weekly hours, oldest first."""
    return [f"    {say('rep.hours_from', hours=h['weekly_hours'], date=h['from'])}"
            if h["from"] != "1990-01-01" else f"    {say('rep.hours_start', hours=h['weekly_hours'])}"
            for h in rep_hours]
