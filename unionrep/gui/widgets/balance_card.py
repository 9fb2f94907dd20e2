"""A rep's year at a glance: one bar per allowance, the combined cap, paid time and its cost."""

from __future__ import annotations

from fractions import Fraction

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
from unionrep.core.balance import Balance
from unionrep.core.messages_errors import said_text
from unionrep.core.policy import Profile
from unionrep.gui import colours
from unionrep.gui.texts import category_name, day_text, hours_of, num, role_name, unit_short
from unionrep.gui.widgets.allowance_bar import AllowanceBar, BarData


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


class BalanceCard(QFrame):
    rep_activated = Signal(str)

    def __init__(self, balance: Balance, profile: Profile, lang: str, *, show_name: bool = True,
                 narrow: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.balance = balance
        self.lang = lang
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
            name = RepLink(balance.rep.name, self)
            name.clicked.connect(lambda: self.rep_activated.emit(balance.rep.id))
            name.setAccessibleDescription(_t("Opens {name}'s page").format(name=balance.rep.name))
            name.setToolTip(_t("Open {name}'s page").format(name=balance.rep.name))
            self.name_link = name
            head.addWidget(name)
        details = QLabel(self._details_text())
        details.setObjectName("cardDetails")
        details.setWordWrap(True)
        head.addWidget(details, 1)
        head.addSpacing(12)
        self.narrow = narrow
        if not narrow:  # in a narrow card the cost goes under the bars
            cost = QLabel(paid_text(balance))
            cost.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cost.setAccessibleName(cost.text())
            head.addWidget(cost)
        layout.addLayout(head)

        self.bars: list[AllowanceBar] = []
        self.unused: list[BarData] = []
        for data in bars_for(balance, profile, lang):
            # an allowance every rep has (council training) says nothing until it is used
            if data.every_rep and data.used == 0 and data.pending == 0:
                self.unused.append(data)
                continue
            bar = AllowanceBar(data, self)
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

    def _details_text(self) -> str:
        rep = self.balance.rep
        parts = [self.balance.year.label]
        if rep.weekly_minutes != rep.full_time_minutes:  # part-time
            parts.append(_t("{hours} of {full} h a week").format(
                hours=hours_of(rep.weekly_minutes), full=hours_of(rep.full_time_minutes)))
        if rep.school:
            parts.append(_t("school year"))
        if rep.ended_on is not None:
            parts.append(_t("ended {date}").format(date=day_text(rep.ended_on)))
        return "  ·  ".join(parts)

    def _extras_text(self) -> str:
        lines = [paid_text(self.balance)] if self.narrow else []
        if self.unused:
            names = [_t("{name} (up to {cap} {unit})").format(name=d.label, cap=num(d.cap or 0),
                                                               unit=unit_short(d.unit)) for d in self.unused]
            lines.append(_t("Not used yet: {list}").format(list=", ".join(names)))
        if self.balance.toil_earned or self.balance.toil_taken:
            lines.append(_t("TOIL owed: {hours} h").format(hours=hours_of(self.balance.toil_balance)))
        for p in self.balance.payments:
            amount = pay.money(p.amount)
            if p.amount_max is not None:
                amount += "–" + pay.money(p.amount_max)
            why = said_text(p.explain, self.lang)
            lines.append(_t("Payment due: {amount} ({why})").format(amount=amount, why=why))
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

