"""A rep's year at a glance: one bar per allowance, the combined cap, paid time and its cost."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from unionrep.core import pay
from unionrep.core.messages_errors import said_text
from unionrep.gui import colours
from unionrep.gui.texts import category_name, day_text, hours_of, num, role_name, unit_short
from unionrep.gui.widgets.allowance_bar import AllowanceBar, BarData

if TYPE_CHECKING:
    from unionrep.core.balance import Balance
    from unionrep.core.policy import Profile


def _t(text: str) -> str:
    return QCoreApplication.translate("BalanceCard", text)


def bars_for(balance: Balance, profile: Profile, lang: str) -> list[BarData]:
    near = Fraction(profile.settings.near_cap_percent, 100)
    bars: list[BarData] = []
    for b in balance.allowances:
        a = b.allowance
        if a.scope_kind == "role":
            label = role_name(profile, a.scope, lang)
        else:
            label = category_name(profile, a.scope, lang)
        bars.append(BarData(label=label, unit=b.unit, cap=b.cap, used=b.used, pending=b.pending,
                            commitment=a.kind == "commitment", near_share=near,
                            explain=[said_text(why, lang) for why in b.explain],
                            every_rep=a.scope_kind == "category"))
    c = balance.combined
    if c is not None:
        bars.append(BarData(label=_t("Combined cap"), unit=c.unit, cap=c.cap, used=c.used,
                            pending=c.pending, near_share=near,
                            explain=[said_text(why, lang) for why in c.explain]))
    return bars


def paid_text(balance: Balance) -> str:
    text = _t("Paid time {hours} h").format(hours=hours_of(balance.paid_minutes))
    if balance.cost is not None:
        text += _t(" · cost {money}").format(money=pay.money(balance.cost))
    return text


@dataclass(frozen=True)
class CardData:
    """What a card shows of a rep's balance, in the interface's language: all it needs to be drawn,
    so that a card can be drawn again from it without the balance (the dashboard's first screen)."""

    rep_id: str
    name: str
    details: str  # the year, and the hours of a part-timer, school staff, a rep who stood down
    paid: str  # paid time and its cost
    bars: tuple[BarData, ...]  # each allowance's, then the combined cap's
    notes: tuple[str, ...] = ()  # TOIL owed, payments due


def card_data(balance: Balance, profile: Profile, lang: str) -> CardData:
    rep = balance.rep
    details = [balance.year.label]
    if rep.weekly_minutes != rep.full_time_minutes:  # part-time
        details.append(_t("{hours} of {full} h a week").format(
            hours=hours_of(rep.weekly_minutes), full=hours_of(rep.full_time_minutes)))
    if rep.school:
        details.append(_t("school year"))
    if rep.ended_on is not None:
        details.append(_t("ended {date}").format(date=day_text(rep.ended_on)))
    notes = []
    if balance.toil_earned or balance.toil_taken:
        notes.append(_t("TOIL owed: {hours} h").format(hours=hours_of(balance.toil_balance)))
    for p in balance.payments:
        amount = pay.money(p.amount)
        if p.amount_max is not None:
            amount += "–" + pay.money(p.amount_max)
        why = said_text(p.explain, lang)
        notes.append(_t("Payment due: {amount} ({why})").format(amount=amount, why=why))
    return CardData(rep.id, rep.name, "  ·  ".join(details), paid_text(balance),
                    tuple(bars_for(balance, profile, lang)), tuple(notes))


class BalanceCard(QFrame):
    rep_activated = Signal(str)

    def __init__(self, data: CardData, *, balance: Balance | None = None, show_name: bool = True,
                 narrow: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.balance = balance  # None for a card drawn from what was kept of it
        self.setObjectName("balanceCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # as tall as its bars need at its width (a bar's numbers may take a second line): not Fixed,
        # which would hold it to the height it needs at its preferred width
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)

        head = QHBoxLayout()
        self.name_link: RepLink | None = None
        if show_name:
            name = RepLink(data.name, self)
            name.clicked.connect(lambda: self.rep_activated.emit(data.rep_id))
            name.setAccessibleDescription(_t("Opens {name}'s page").format(name=data.name))
            name.setToolTip(_t("Open {name}'s page").format(name=data.name))
            self.name_link = name
            head.addWidget(name)
        details = QLabel(data.details)
        details.setObjectName("cardDetails")
        details.setWordWrap(True)
        head.addWidget(details, 1)
        head.addSpacing(12)
        self.narrow = narrow
        if not narrow:  # in a narrow card the cost goes under the bars
            cost = QLabel(data.paid)
            cost.setWordWrap(True)  # in a narrow window the card narrows with it, nothing cut off
            cost.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cost.setAccessibleName(cost.text())
            head.addWidget(cost, 1)  # a share of the room, so that where there is room it takes one line
        layout.addLayout(head)

        self.bars: list[AllowanceBar] = []
        self.unused: list[BarData] = []
        for bar_data in data.bars:
            # an allowance every rep has (council training) says nothing until it is used
            if bar_data.every_rep and bar_data.used == 0 and bar_data.pending == 0:
                self.unused.append(bar_data)
                continue
            bar = AllowanceBar(bar_data, self)
            self.bars.append(bar)
            layout.addWidget(bar)
        if not self.bars:
            none = QLabel(_t("No role held this year."))
            layout.addWidget(none)
        extras = self._extras_text()
        if extras:
            more = QLabel(extras)
            more.setWordWrap(True)
            more.setObjectName("cardExtras")
            more.setStyleSheet(colours.css("muted"))
            layout.addWidget(more)

    @classmethod
    def of(cls, balance: Balance, profile: Profile, lang: str, *, show_name: bool = True,
           narrow: bool = False, parent: QWidget | None = None) -> BalanceCard:
        return cls(card_data(balance, profile, lang), balance=balance, show_name=show_name, narrow=narrow,
                   parent=parent)

    def _extras_text(self) -> str:
        lines = [self.data.paid] if self.narrow else []
        if self.unused:
            names = [_t("{name} (up to {cap} {unit})").format(name=d.label, cap=num(d.cap or 0),
                                                               unit=unit_short(d.unit)) for d in self.unused]
            lines.append(_t("Not used yet: {list}").format(list=", ".join(names)))
        lines += self.data.notes
        return "\n".join(lines)

    def summary(self) -> str:
        """Everything the card's allowances say, as text (for tests and screen readers)."""
        return "; ".join(data.summary() for data in [*(bar.data for bar in self.bars), *self.unused])


class RepLink(QPushButton):
    """A rep's name that opens the rep's page: a button drawn as a link, so that Tab reaches it,
    Return or Space opens it, a screen reader calls it a button, and it shows when it has the focus.
    Focused in a scrolling list of cards, it scrolls its card into view."""

    def __init__(self, name: str, card: QFrame) -> None:
        super().__init__(name.replace("&", "&&"), card)
        self.card = card
        self.setObjectName("repLink")
        self.setAccessibleName(name)
        self.setAutoDefault(True)  # Return opens it, as Space does
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.setFont(font)
        palette = self.palette()
        link = colours.readable_against(palette.color(QPalette.ColorRole.Link),
                                        palette.color(QPalette.ColorRole.Window)).name()
        self.setStyleSheet(f"QPushButton#repLink {{ color: {link}; border: 2px solid transparent; "
                           "padding: 1px 3px; text-align: left; }"
                           f"QPushButton#repLink:focus {{ border-color: {link}; border-radius: 3px; }}"
                           "QPushButton#repLink:hover { text-decoration: underline; }")

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        parent = self.card.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self.card, 0, 0)

