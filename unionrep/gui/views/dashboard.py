"""The dashboard: every rep's allowances for a year, closest to a cap first, and what needs attention."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from unionrep.core import pay
from unionrep.core.flags import HIGH, URGENT, WARN, Flag
from unionrep.core.periods import year_of
from unionrep.core.services import Balance
from unionrep.gui import optional
from unionrep.gui.context import AppContext
from unionrep.gui.texts import hours_of
from unionrep.gui.views.base import header_row
from unionrep.gui.widgets.balance_card import BalanceCard

SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def years_back(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def severity_icon(severity: int) -> QIcon:
    name = {URGENT: "flag-urgent", HIGH: "flag-high", WARN: "flag-warn"}.get(severity, "flag-info")
    return QIcon(f":/icons/{name}.svg")


def severity_word(severity: int) -> str:
    return {URGENT: _t("Urgent"), HIGH: _t("Important"), WARN: _t("Warning")}.get(severity, _t("Note"))


class DashboardView(QWidget):
    painted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cards: list[BalanceCard] = []
        self.balances: list[Balance] = []
        self.flags: list[Flag] = []

        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(_t("Year shown"))
        self.year_combo.setToolTip(_t("The year to show (school staff follow their academic year)"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("dashboardSummary")

        self.cards_box = QWidget()
        self.cards_box.setObjectName("cardsBox")
        self.cards_layout = QVBoxLayout(self.cards_box)
        self.cards_layout.setContentsMargins(0, 0, 6, 0)
        self.cards_layout.setSpacing(8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards_box)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(_t("Allowances of every rep"))

        self.attention = QListWidget()
        self.attention.setObjectName("attentionList")
        self.attention.setAccessibleName(_t("Needs attention"))
        self.attention.setWordWrap(True)
        self.attention.setIconSize(QSize(18, 18))
        self.attention.setSpacing(2)
        self.attention.setAlternatingRowColors(True)
        self.attention.itemActivated.connect(self._open_flag)
        self.attention.itemDoubleClicked.connect(self._open_flag)
        attention_box = QGroupBox(_t("Needs attention"))
        box_layout = QVBoxLayout(attention_box)
        box_layout.addWidget(self.attention)
        self.attention_box = attention_box

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(attention_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([700, 460])
        scroll.setMinimumWidth(420)
        attention_box.setMinimumWidth(280)

        layout = QVBoxLayout(self)
        layout.addLayout(header_row(_t("Dashboard"), QLabel(_t("Year:")), self.year_combo))
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

        self._fill_years()
        self.year_combo.currentIndexChanged.connect(lambda _: self.refresh())
        ctx.changed.connect(lambda _: self.refresh())
        self.refresh()

    # -- data ----------------------------------------------------------------------------------

    def _fill_years(self) -> None:
        today = self.ctx.today()
        first = self.ctx.service.store.db.execute("SELECT MIN(date) FROM entries").fetchone()[0]
        earliest = dt.date.fromisoformat(first) if first else today
        count = max(1, min(20, today.year - earliest.year + 1))
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for back in range(count):
            on = years_back(today, back)
            label = year_of(on).label
            if back == 0:
                label = _t("{label} (this year)").format(label=label)
            self.year_combo.addItem(label, on)
        self.year_combo.blockSignals(False)

    def on_date(self) -> dt.date:
        on = self.year_combo.currentData()
        return on if isinstance(on, dt.date) else self.ctx.today()

    def set_year_back(self, back: int) -> None:
        self.year_combo.setCurrentIndex(min(back, self.year_combo.count() - 1))

    def gather_flags(self, on: dt.date, balances: list[Balance]) -> list[Flag]:
        lang = self.ctx.lang
        flags = [f for b in balances for f in b.flags]
        if on == self.ctx.today():
            flags += self.ctx.service.entry_flags(on, lang)
            disputes = optional.dispute_service(self.ctx.service)
            if disputes is not None:
                flags += disputes.flags(on, lang)
        flags.sort(key=lambda f: -f.severity)
        return flags

    def refresh(self) -> None:
        service = self.ctx.service
        on = self.on_date()
        self.balances = service.all_balances(on, self.ctx.lang)
        self.flags = self.gather_flags(on, self.balances)
        self._show_cards()
        self._show_flags()
        self._show_summary(on)
        self.painted.emit()

    # -- showing -------------------------------------------------------------------------------

    def _show_cards(self) -> None:
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cards = []
        profile = self.ctx.service.profile
        for balance in self.balances:
            card = BalanceCard(balance, profile, self.ctx.lang, parent=self.cards_box)
            card.rep_activated.connect(lambda rep_id: self.ctx.open_record.emit("rep", rep_id))
            self.cards.append(card)
            self.cards_layout.addWidget(card)
        if not self.balances:
            empty = QLabel(_t("No reps yet. Add one under Reps & roles (Ctrl+3)."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.cards_layout.addWidget(empty)
        self.cards_layout.addStretch(1)

    def _show_flags(self) -> None:
        self.attention.clear()
        for flag in self.flags:
            text = flag.text(self.ctx.lang)
            item = QListWidgetItem(severity_icon(flag.severity), text)
            item.setData(SUBJECT_ROLE, (flag.subject_kind, flag.subject_id, flag.rep_id))
            item.setToolTip(f"{severity_word(flag.severity)}: {text}\n"
                            + _t("Press Enter or double-click to open it"))
            self.attention.addItem(item)
        if not self.flags:
            item = QListWidgetItem(_t("Nothing needs attention."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.attention.addItem(item)
        self.attention_box.setTitle(_t("Needs attention ({count})").format(count=len(self.flags)))

    def _show_summary(self, on: dt.date) -> None:
        paid = sum(b.paid_minutes for b in self.balances)
        costs = [b.cost for b in self.balances if b.cost is not None]
        cost = sum(costs, Fraction(0))
        capped = sum(1 for f in self.flags if f.code in ("over", "near", "combined_over", "combined_near"))
        requests = self.ctx.service.store.db.execute(
            "SELECT COUNT(*) FROM entries WHERE status = 'requested'").fetchone()[0]
        parts = [
            _t("{count} reps").format(count=len(self.balances)),
            _t("paid facility time {hours} h, cost {money}").format(hours=hours_of(paid),
                                                                    money=pay.money(cost)),
            _t("{count} over or near a cap").format(count=capped),
            _t("{count} requests awaiting an answer").format(count=requests),
        ]
        self.summary.setText("  ·  ".join(parts))
        self.summary.setAccessibleName(self.summary.text())

    def _open_flag(self, item: QListWidgetItem) -> None:
        subject = item.data(SUBJECT_ROLE)
        if not subject:
            return
        kind, subject_id, rep_id = subject
        if kind in ("extension", "assignment"):
            self.ctx.open_record.emit("rep", rep_id)
        else:
            self.ctx.open_record.emit(kind, subject_id)
