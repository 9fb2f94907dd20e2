"""The dashboard's first screen as kept in the book between sessions (unionrep.app.first_screen): the
cards, the summary line's figures and its count of requests awaiting an answer (the entries' count
cannot change while the book does not), as they were drawn, written as JSON by the window that drew them, read
back by the next start's to draw them again before any of the core's rules is imported.

What is read back is checked field by field: anything else (damaged, or written in another form) is
as if nothing had been kept, and the balances are worked out as they are without it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from unionrep.app.first_screen import Summary
from unionrep.core.errors import UnionrepError
from unionrep.core.model import REQUESTED
from unionrep.gui.widgets.allowance_bar import BarData
from unionrep.gui.widgets.balance_card import CardData, card_data

if TYPE_CHECKING:
    from unionrep.gui.context import AppContext

log = logging.getLogger("unionrep.gui")
# the form of what is kept: its records' fields, so that a change to them leaves an older screen unread
FORM = ";".join(f"{cls.__name__}:{','.join(f.name for f in dataclasses.fields(cls))}"
                for cls in (CardData, BarData, Summary))


def question(lang: str, size: int) -> str:
    return f"{FORM}|{lang}|{size}"


Screen = tuple[list[CardData], Summary, int]  # the cards, the summary, the count of requests


def shown(ctx: AppContext, on: dt.date, size: int) -> Screen | None:
    """The first `size` cards, the summary and the count of requests kept at the end of the last
    session, if still true of the book on `on`; else None."""
    kept = ctx.session.first_screen.kept(question(ctx.lang, size), on)
    return None if kept is None else decode(kept)


def keep(ctx: AppContext, size: int) -> None:
    """At the end of a session on the user's book: the first `size` cards and the summary kept for
    the next start's first paint, unless kept already today for this state of the book. Nothing is
    lost if they cannot be: the next start works the balances out, as it would without them."""
    try:
        first_screen, asked, today = ctx.session.first_screen, question(ctx.lang, size), ctx.today()
        if first_screen.kept_on(asked) == today:
            return
        changes = first_screen.changes()  # before the balances: what follows is true of this count
        balances = ctx.session.balances.every(today, ctx.lang)
        first = balances[:size]
        cards = [card_data(balance, ctx.session.profile, ctx.lang) for balance in first]
        requests = ctx.session.queries.entry_count(REQUESTED)
        last_day = min((balance.year.end for balance in first), default=today)
        first_screen.keep(changes, asked, today, last_day, encode((cards, Summary.of(balances), requests)))
    except UnionrepError as exc:  # the book read-only, busy, gone: said in the log only
        log.info("the dashboard's first screen was not kept: %s", exc)
    except Exception:  # nothing the user asked for: never a traceback as the app closes
        log.exception("the dashboard's first screen could not be kept")


def encode(screen: Screen) -> bytes:
    cards, summary, requests = screen
    plain = {"cards": [_card_plain(card) for card in cards],
             "summary": {"reps": summary.reps, "paid_minutes": summary.paid_minutes,
                         "cost": str(summary.cost), "near_or_over": summary.near_or_over},
             "requests": requests}
    return json.dumps(plain, ensure_ascii=False).encode("utf-8")


def decode(data: bytes) -> Screen | None:
    try:
        plain = json.loads(data.decode("utf-8"))
        cards = [_card(card) for card in _list(plain["cards"])]
        summary = plain["summary"]
        figures = Summary(_int(summary["reps"]), _int(summary["paid_minutes"]), _fraction(summary["cost"]),
                          _int(summary["near_or_over"]))
        return cards, figures, _int(plain["requests"])
    except (UnicodeDecodeError, ValueError, TypeError, KeyError, ZeroDivisionError):
        return None


def _card_plain(card: CardData) -> dict[str, Any]:
    bars = [{"label": bar.label, "unit": bar.unit, "cap": None if bar.cap is None else str(bar.cap),
             "used": str(bar.used), "pending": str(bar.pending), "commitment": bar.commitment,
             "near_share": str(bar.near_share), "explain": list(bar.explain), "every_rep": bar.every_rep}
            for bar in card.bars]
    return {"rep_id": card.rep_id, "name": card.name, "details": card.details, "paid": card.paid,
            "bars": bars, "notes": list(card.notes)}


def _card(plain: dict[str, Any]) -> CardData:
    bars = tuple(BarData(label=_text(bar["label"]), unit=_text(bar["unit"]),
                         cap=None if bar["cap"] is None else _fraction(bar["cap"]),
                         used=_fraction(bar["used"]), pending=_fraction(bar["pending"]),
                         commitment=_flag(bar["commitment"]), near_share=_fraction(bar["near_share"]),
                         explain=[_text(why) for why in _list(bar["explain"])],
                         every_rep=_flag(bar["every_rep"]))
                 for bar in _list(plain["bars"]))
    return CardData(_text(plain["rep_id"]), _text(plain["name"]), _text(plain["details"]),
                    _text(plain["paid"]), bars, tuple(_text(note) for note in _list(plain["notes"])))


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"not a text: {value!r}")
    return value


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"not a whole number: {value!r}")
    return value


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"not true or false: {value!r}")
    return value


def _fraction(value: object) -> Fraction:
    return Fraction(_text(value))


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"not a list: {value!r}")
    return value
