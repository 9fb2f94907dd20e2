"""The dashboard: every rep's allowances for a year, closest to a cap first, and what needs attention."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from unionrep.app.first_screen import Summary
from unionrep.app.session import Session
from unionrep.core import pay
from unionrep.core.model import REQUESTED
from unionrep.core.periods import parse_month_day, year_of
from unionrep.core.severity import HIGH, URGENT, WARN
from unionrep.gui import colours, kept_screen
from unionrep.gui import options as opt
from unionrep.gui.context import AppContext
from unionrep.gui.first_paint import after_first_paint, before_any_window_shown
from unionrep.gui.operations.document_buttons import summary_button
from unionrep.gui.texts import hours_of
from unionrep.gui.views.base import header_row
from unionrep.gui.widgets import view_actions
from unionrep.gui.widgets.balance_card import BalanceCard, CardData, card_data
from unionrep.gui.widgets.tab_out import let_tab_out
from unionrep.gui.workers import run_in_thread

if TYPE_CHECKING:
    from unionrep.core.balance import Balance
    from unionrep.core.flags import Flag

log = logging.getLogger("unionrep.gui")
SUBJECT_ROLE = Qt.ItemDataRole.UserRole + 1
CARDS_AT_ONCE = 40  # the reps closest to a cap; the rest on request
FIRST_CARDS = 8  # about a screenful: made before the first paint, the rest of CARDS_AT_ONCE after it
SHOWN_FLAGS = 300  # the most urgent; a long list is read in the log, not here
APRIL_START = (4, 1)
BACKGROUND_FROM = 20_000  # entries: from this many, entry and dispute flags are gathered off the GUI thread


def _t(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def _counted(count: int, one: str, more: str) -> str:
    """A count with its noun: `one` for 1 (English's singular; Welsh keeps the singular noun after
    every number, so its two translations are the same), `more` for any other number."""
    return (one if count == 1 else more).format(count=count)


def years_back(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def years_to_offer(today: dt.date, earliest: dt.date | None, starts: Collection[tuple[int, int]]) -> int:
    """How many years a year picker offers, counting back from this year (years_back(today, n)) to
    the year that holds the earliest record, in whichever of the year bases (`starts`: the
    (month, day) each begins) reaches furthest back. An entry of 10 February 2025 lies in 2024/25
    from 1 April, though 2025 is its calendar year. At most 20."""
    if earliest is None or earliest > today:
        return 1
    count = max(year_of(today, start).start.year - year_of(earliest, start).start.year + 1
                for start in starts or [APRIL_START])
    return max(1, min(20, count))


def severity_icon(severity: int) -> QIcon:
    name = {URGENT: "flag-urgent", HIGH: "flag-high", WARN: "flag-warn"}.get(severity, "flag-info")
    return QIcon(f":/icons/{name}.svg")


def other_flags(session: Session, on: dt.date, lang: str) -> list[Flag]:
    """Flags on entries (short notice, unanswered requests...) and on open disputes."""
    return session.balances.entry_flags(on, lang) + session.disputes.flags(on, lang)


def urgent_flags(session: Session, today: dt.date, lang: str) -> list[Flag]:
    """The urgent flags, most urgent first: only disputes raise them (a tribunal deadline within a
    week, passed, or out of time), so this is quick enough to ask at start-up."""
    return [f for f in session.disputes.flags(today, lang) if f.severity >= URGENT]


def severity_word(severity: int) -> str:
    return {URGENT: _t("Urgent"), HIGH: _t("Important"), WARN: _t("Warning")}.get(severity, _t("Note"))


def card_of(shown: Balance | CardData, ctx: AppContext) -> tuple[CardData, Balance | None]:
    """What a card shows of `shown` (a balance, or a card kept from the last session), and the
    balance if there is one."""
    if isinstance(shown, CardData):
        return shown, None
    return card_data(shown, ctx.session.profile, ctx.lang), shown


class DashboardView(QWidget):
    painted = Signal()  # the bars are shown
    flags_ready = Signal()  # the "Needs attention" list is complete

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cards: list[BalanceCard] = []
        self.balances: list[Balance] = []
        self.flags: list[Flag] = []
        self.flags_pending = False
        self.all_cards = False
        self._generation = 0
        self._cards_generation = 0  # each showing of the cards; a later one drops an earlier one's rest
        self.more_button: QPushButton | None = None
        self._keep_equal_cards = False  # the next showing of the cards keeps those still equal

        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(_t("Year shown"))
        self.year_combo.setAccessibleDescription(_t("The cards and flags below are for this year"))
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
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # cards fit the width
        scroll.setAccessibleName(_t("Allowances of every rep"))
        self.cards_scroll = scroll
        scroll.setAccessibleDescription(
            _t("A card for each rep: each allowance a bar, its numbers written beside it"))

        self.attention = QListWidget()
        self.attention.setObjectName("attentionList")
        self.attention.setAccessibleName(_t("Needs attention"))
        self.attention.setAccessibleDescription(
            _t("Flags to act on, the most urgent first; Enter opens what a flag is about"))
        self.attention.setWordWrap(True)
        self.attention.setIconSize(QSize(18, 18))
        self.attention.setSpacing(2)
        self.attention.setAlternatingRowColors(True)
        let_tab_out(self.attention)
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

        # the most urgent flag (urgent or important), where it cannot be missed
        self.banner = QFrame()
        self.banner.setObjectName("urgentBanner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner_icon = QLabel()
        self.banner_text = QLabel()
        self.banner_text.setObjectName("urgentBannerText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_open = QPushButton(_t("Open"))
        self.banner_open.setObjectName("urgentBannerOpen")
        self.banner_open.clicked.connect(self._open_banner)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 6, 8, 6)
        banner_layout.addWidget(self.banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_open, 0, Qt.AlignmentFlag.AlignVCenter)
        self.banner.hide()
        self.banner_flag: Flag | None = None

        layout = QVBoxLayout(self)
        self.summary_button = summary_button(self)
        layout.addLayout(header_row(_t("Dashboard"), QLabel(_t("Year:")), self.year_combo,
                                    self.summary_button))
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self.restore_splitter()
        self._fill_years()
        self.year_combo.currentIndexChanged.connect(lambda _: self.refresh())
        ctx.changed.connect(self._on_changed)  # a method, so it goes when the view does
        # built for the window's first paint (at start): what that paint does not show (the cards
        # below a screenful, the entries' and disputes' flags) is put off until just after it
        self._first_build = before_any_window_shown()
        self.refresh()
        self._first_build = False

    # -- data ----------------------------------------------------------------------------------

    def _on_changed(self, _what: str) -> None:
        self.refresh()

    def _fill_years(self) -> None:
        today = self.ctx.today()
        queries = self.ctx.session.queries
        # the branch's years: from 1 April, and each school year start its school staff follow
        school_starts = {parse_month_day(start) for start in queries.school_year_starts()}
        count = years_to_offer(today, queries.first_entry_date(), {APRIL_START} | school_starts)
        if count == self.year_combo.count():
            return
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for back in range(count):
            on = years_back(today, back)
            label = year_of(on).label
            if back == 0:
                label = _t("{label} (this year)").format(label=label)
            # the day as text: a Python object as a Qt item's data is wrapped, and the first such
            # wrapping in a process takes ~0.7 ms, before the first paint
            self.year_combo.addItem(label, on.isoformat())
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(chosen)))
        self.year_combo.blockSignals(False)

    def on_date(self) -> dt.date:
        on = self.year_combo.currentData()
        return dt.date.fromisoformat(on) if isinstance(on, str) else self.ctx.today()

    def set_year_back(self, back: int) -> None:
        self.year_combo.setCurrentIndex(min(back, self.year_combo.count() - 1))

    def refresh(self) -> None:
        session, lang = self.ctx.session, self.ctx.lang
        self._fill_years()  # an entry in an earlier year adds that year
        on = self.on_date()
        self._generation += 1
        if self._first_build and on == self.ctx.today() and self._show_kept(on):
            return
        self._show_balances(session.balances.every(on, lang))
        flags = [f for b in self.balances for f in b.flags]
        if on != self.ctx.today():
            self._set_flags(flags)
        elif self._first_build or self.ctx.session.queries.entries_at_least(BACKGROUND_FROM):
            self._set_flags(flags, pending=True)
            self._gather_in_background(on, flags)
        else:
            self._set_flags(flags + other_flags(session, on, lang))
        self.painted.emit()

    def _show_balances(self, balances: list[Balance]) -> None:
        self.balances = balances
        self._show_cards()
        self._show_summary(Summary.of(balances))

    def _show_kept(self, on: dt.date) -> bool:
        """At start, the first screenful kept at the end of the last session, where it is still
        true of the book (app.first_screen): shown without working out every rep's balances
        first. They are worked out just after the first paint, and the cards kept where equal."""
        found = kept_screen.shown(self.ctx, on, FIRST_CARDS)
        if found is None:
            return False
        cards, summary, requests = found
        self.balances = []  # until they are worked out: no "Show all" yet
        self._show_cards(cards)
        self._show_summary(summary, requests)
        self._set_flags([], pending=True)
        generation = self._generation

        def work_out() -> None:
            if generation == self._generation:  # not overtaken by a later refresh
                self._work_out_in_background(on)

        after_first_paint(self.cards_box, work_out)
        return True

    def _work_out_in_background(self, on: dt.date) -> None:
        """Every rep's balances and the flags, for the kept first screen's cards to be put right
        (kept where equal), worked out in a worker on a connection of its own: the window answers
        the keyboard and the mouse meanwhile (on the GUI thread this took ~0.2 s at every size)."""
        generation = self._generation
        session, db_path, lang = self.ctx.session, self.ctx.db_path, self.ctx.lang

        def work() -> tuple[list[Balance], list[Flag]]:
            from unionrep.app.book import own_session

            with own_session(session, db_path) as own:
                return own.balances.every(on, lang), other_flags(own, on, lang)

        def arrived(found: tuple[list[Balance], list[Flag]]) -> None:
            if generation != self._generation:  # overtaken by a later refresh
                return
            balances, more = found
            self._keep_equal_cards = True
            self._show_balances(balances)
            flags = [f for b in balances for f in b.flags] + more

            def show_flags() -> None:  # in a turn of its own, after the cards
                if generation == self._generation:
                    self._set_flags(flags)

            QTimer.singleShot(0, self, show_flags)
            self.painted.emit()

        def failed(message: str) -> None:
            log.warning("could not work out the balances in the background: %s", message)
            if generation == self._generation:
                self._keep_equal_cards = True
                self.refresh()  # on the GUI thread, as before: its errors are shown as any refresh's

        run_in_thread(work, arrived, failed, context=self)

    def _gather_in_background(self, on: dt.date, flags: list[Flag]) -> None:
        generation = self._generation
        session, db_path, lang = self.ctx.session, self.ctx.db_path, self.ctx.lang

        def work() -> list[Flag]:
            from unionrep.app.book import own_session

            with own_session(session, db_path) as own:
                return other_flags(own, on, lang)

        def arrived(more: list[Flag]) -> None:
            if generation == self._generation:  # not overtaken by a later refresh
                self._set_flags(flags + more)

        def failed(message: str) -> None:
            if generation == self._generation:
                self._set_flags(flags)
                self.attention.addItem(QListWidgetItem(_t("Could not check the entries: {error}").format(
                    error=message)))

        def start() -> None:
            run_in_thread(work, arrived, failed, context=self)  # dropped if the window has gone

        if self.isVisible():
            start()
        else:  # at start: not competing with the window for the interpreter until it is on screen
            after_first_paint(self, start)

    def _set_flags(self, flags: list[Flag], pending: bool = False) -> None:
        if flags:  # most severe first; within a severity, the nearest deadline or due date first
            from unionrep.core.flags import by_urgency  # the flags' rules: not needed for a first paint

            flags = by_urgency(flags, self.ctx.today())
        self.flags = list(flags)
        self.flags_pending = pending
        self._show_flags()
        self._show_banner()
        if not pending:
            self.flags_ready.emit()

    # -- showing -------------------------------------------------------------------------------

    def _clear_cards(self, keep: int = 0) -> None:
        """Remove what the cards' list shows, but its first `keep` cards."""
        while self.cards_layout.count() > keep:
            item = self.cards_layout.takeAt(keep)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        del self.cards[keep:]
        self.more_button = None

    def _show_cards(self, kept: list[CardData] | None = None) -> None:
        """The cards of the balances, or the cards `kept` from the last session (at start)."""
        shown: Sequence[Balance | CardData] = (
            kept if kept is not None else self.balances if self.all_cards else self.balances[:CARDS_AT_ONCE])
        keep = 0
        if self._keep_equal_cards:  # the kept first screen's cards stay where they show the same
            self._keep_equal_cards = False
            keep = min(len(self.cards), len(shown))
            for at, (card, one) in enumerate(zip(self.cards[:keep], shown, strict=False)):
                data, balance = card_of(one, self.ctx)
                if card.data != data:
                    self.cards[at] = self._make_card(data, balance)
                    self.cards_layout.replaceWidget(card, self.cards[at])
                    card.deleteLater()
                else:
                    card.balance = balance
        self._clear_cards(keep)
        self._cards_generation += 1
        split = FIRST_CARDS if self._first_build else len(shown)  # the rest just after the first paint
        first, rest = shown[keep:split], shown[split:]
        for one in first:
            self._add_card(one)
        if kept is None and len(shown) < len(self.balances):
            more = QPushButton(_t("Show all {count} reps").format(count=len(self.balances)))
            more.setObjectName("showAllReps")
            more.clicked.connect(self._show_all_cards)
            self.cards_layout.addWidget(more, 0, Qt.AlignmentFlag.AlignHCenter)
            self.more_button = more
        if not shown:
            empty = QLabel(_t("No reps yet. Add one under Reps & roles (Ctrl+3)."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.cards_layout.addWidget(empty)
        self.cards_layout.addStretch(1)
        self._set_tab_order()
        if rest:
            generation = self._cards_generation

            def add_rest() -> None:
                if generation == self._cards_generation:  # not shown afresh meanwhile
                    for one in rest:
                        self._add_card(one)
                    self._set_tab_order()

            after_first_paint(self.cards_box, add_rest)

    def _make_card(self, data: CardData, balance: Balance | None) -> BalanceCard:
        card = BalanceCard(data, balance=balance, parent=self.cards_box)
        card.rep_activated.connect(lambda rep_id: self.ctx.open_record.emit("rep", rep_id))
        return card

    def _add_card(self, shown: Balance | CardData) -> None:
        card = self._make_card(*card_of(shown, self.ctx))
        self.cards_layout.insertWidget(len(self.cards), card)  # after the cards made before it
        self.cards.append(card)

    def _set_tab_order(self) -> None:
        # Tab as the eye reads: the year, the urgent banner, the cards top to bottom, then the flags
        # (the cards are made after the list, so left alone they would come after it)
        reading_order: list[QWidget] = [card.name_link for card in self.cards if card.name_link is not None]
        if self.more_button is not None:
            reading_order.append(self.more_button)
        view_actions.tab_order(self.year_combo, self.summary_button, self.banner_open, self.cards_scroll,
                               *reading_order, self.attention)

    def _show_all_cards(self) -> None:
        self.all_cards = True
        self._show_cards()

    def _show_flags(self) -> None:
        self.attention.clear()
        icons: dict[int, QIcon] = {}
        words: dict[int, str] = {}
        how_to_open = _t("Press Enter or double-click to open it")
        for flag in self.flags[:SHOWN_FLAGS]:
            severity = flag.severity
            if severity not in icons:  # a few severities, hundreds of flags
                icons[severity], words[severity] = severity_icon(severity), severity_word(severity)
            text = flag.text(self.ctx.lang)
            item = QListWidgetItem(icons[severity], text)
            # plain text, not a Python tuple: PySide's QVariant wrapping of Python objects leaks
            # references when done tens of thousands of times
            item.setData(SUBJECT_ROLE, f"{flag.subject_kind}|{flag.subject_id}|{flag.rep_id}")
            item.setToolTip(f"{words[severity]}: {text}\n{how_to_open}")
            self.attention.addItem(item)
        notes = []
        if len(self.flags) > SHOWN_FLAGS:
            notes.append(_t("… and {count} more. The most urgent {shown} are shown; the log has the rest.")
                         .format(count=len(self.flags) - SHOWN_FLAGS, shown=SHOWN_FLAGS))
        if self.flags_pending:
            notes.append(_t("Checking requests, entries and disputes…"))
        elif not self.flags:
            notes.append(_t("Nothing needs attention."))
        for note in notes:
            item = QListWidgetItem(note)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.attention.addItem(item)
        self.attention_box.setTitle(_t("Needs attention ({count})").format(count=len(self.flags)))

    def _show_banner(self) -> None:
        """The first flag, when it is urgent or important, above everything; its row selected, so
        Enter opens it."""
        top = self.flags[0] if self.flags and self.flags[0].severity >= HIGH else None
        self.banner_flag = top
        if top is None:
            self.banner.hide()
            return
        text = top.text(self.ctx.lang)
        self.banner_icon.setPixmap(severity_icon(top.severity).pixmap(QSize(22, 22)))
        self.banner_icon.setAccessibleName(severity_word(top.severity))
        self.banner_text.setText(_t("Most urgent — {severity}: {text}").format(
            severity=severity_word(top.severity), text=text))
        self.banner_text.setStyleSheet(colours.css("error" if top.severity >= URGENT else "warning")
                                       + "; font-weight: 600")
        self.banner.setAccessibleName(self.banner_text.text())
        self.banner.show()
        self.attention.setCurrentRow(0)

    def _open_banner(self) -> None:
        item = self.attention.item(0)
        if self.banner_flag is not None and item is not None:
            self._open_flag(item)

    def _show_summary(self, summary: Summary, requests: int | None = None) -> None:
        """The summary line; `requests` (awaiting an answer) counted afresh unless given."""
        if requests is None:
            requests = self.ctx.session.queries.entry_count(REQUESTED)
        parts = [
            _counted(summary.reps, _t("{count} rep"), _t("{count} reps")),
            _t("paid facility time {hours} h, cost {money}").format(
                hours=hours_of(summary.paid_minutes), money=pay.money(summary.cost)),
            _counted(summary.near_or_over, _t("{count} rep over or near a cap"),
                     _t("{count} reps over or near a cap")),
            _counted(requests, _t("{count} request awaiting an answer"),
                     _t("{count} requests awaiting an answer")),
        ]
        self.summary.setText("  ·  ".join(parts))
        self.summary.setAccessibleName(self.summary.text())

    def _open_flag(self, item: QListWidgetItem) -> None:
        subject = item.data(SUBJECT_ROLE)
        if not subject:
            return
        kind, subject_id, _rep_id = str(subject).split("|")
        # an extension or a role assignment opens on its tab of the rep's page, with it chosen
        self.ctx.open_record.emit(kind, subject_id)

    def save_state(self) -> None:
        splitter = getattr(self, "splitter", None)
        if splitter is not None:
            self.ctx.options.set(opt.splitter_option("dashboard"), splitter.saveState())

    def restore_splitter(self) -> None:
        state = self.ctx.options.get(opt.splitter_option("dashboard"))
        splitter = getattr(self, "splitter", None)
        if splitter is not None and not state.isEmpty():
            splitter.restoreState(state)
