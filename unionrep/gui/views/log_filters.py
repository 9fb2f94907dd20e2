"""The log's filter bar: year, rep, role, category, status and free text, as one LogFilter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from unionrep.core.log_filter import LogFilter
from unionrep.core.model import STATUSES
from unionrep.core.periods import year_starting
from unionrep.gui.context import AppContext
from unionrep.gui.texts import status_name

SEARCH_DELAY_MS = 250


def _t(text: str) -> str:
    return QCoreApplication.translate("LogFilters", text)


def _combo(name: str, characters: int) -> QComboBox:
    """A filter's combo, as wide as `characters` letters however long its choices (the bar must fit
    a small laptop in Welsh too): the list it drops down is wide enough to read every choice."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


class LogFilterBar(QWidget):
    changed = Signal(object)  # LogFilter

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = _combo(_t("Year"), 9)
        self.rep = _combo(_t("Rep"), 12)
        self.role = _combo(_t("Role"), 11)
        self.category = _combo(_t("Category"), 11)
        self.status = _combo(_t("Status"), 9)
        self.search = QLineEdit()
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("M" * 9))
        self.search.setObjectName("logSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_t("Search (Ctrl+F)"))
        self.search.setToolTip(
            _t("Finds words in the purpose, location, rep's name, notes and case reference"))
        self.search.setAccessibleName(_t("Search the log"))
        self.search.setAccessibleDescription(
            _t("Finds words in the purpose, location, rep's name, notes and case reference"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # what room there is beyond the minimum goes to the long names and to the search
        for widget, stretch in ((self.year, 0), (self.rep, 2), (self.role, 2), (self.category, 3),
                                (self.status, 0)):
            layout.addWidget(widget, stretch)
        layout.addWidget(self.search, 3)
        self.fill()
        for combo in (self.year, self.rep, self.role, self.category, self.status):
            combo.currentIndexChanged.connect(lambda _: self._emit())
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._emit)

    def fill(self) -> None:
        """(Re)fill the choices, keeping what was chosen where it still exists."""
        session, lang = self.ctx.session, self.ctx.lang
        profile = session.profile
        span = session.queries.entry_span()
        years: list[tuple[str, int | None]] = [(_t("All years"), None)]
        if span is not None:
            low, high = span.first, span.last
            start = low.year - (1 if low.month < 4 else 0)
            end = high.year - (1 if high.month < 4 else 0)
            years += [(f"{y}/{(y + 1) % 100:02d}", y) for y in range(end, start - 1, -1)]
        reps = [(_t("All reps"), None)] + [
            (r.name if r.ended_on is None else _t("{name} (ended)").format(name=r.name), r.id)
            for r in session.reps.all()]
        roles = [(_t("All roles"), None)] + [(r.name(lang), k) for k, r in profile.roles.items()]
        cats = [(_t("All categories"), None)] + [(c.name(lang), k) for k, c in profile.categories.items()]
        statuses = [(_t("All statuses"), None)] + [(status_name(s), s) for s in STATUSES]
        for combo, items in ((self.year, years), (self.rep, reps), (self.role, roles),
                             (self.category, cats), (self.status, statuses)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
            for row in range(combo.count()):  # a choice cut short in the combo is read in full here
                combo.setItemData(row, combo.itemText(row), Qt.ItemDataRole.ToolTipRole)
            view = combo.view()
            fm = view.fontMetrics()
            longest = max((fm.horizontalAdvance(text) for text, _ in items), default=0)
            view.setMinimumWidth(longest + 24 + view.verticalScrollBar().sizeHint().width())
            combo.blockSignals(False)

    def current(self) -> LogFilter:
        start = end = None
        start_year = self.year.currentData()
        rep_id = self.rep.currentData()
        if start_year is not None:
            begin = (4, 1)
            if rep_id:
                begin = self.ctx.session.reps.find(rep_id).year_start()
            year = year_starting(int(start_year), begin)
            start, end = year.start, year.end
        return LogFilter(start=start, end=end, rep_id=rep_id, role=self.role.currentData(),
                         category=self.category.currentData(), status=self.status.currentData(),
                         text=self.search.text().strip())

    def set_rep(self, rep_id: str | None) -> None:
        self.rep.setCurrentIndex(max(0, self.rep.findData(rep_id)))

    def set_year(self, start_year: int | None) -> None:
        self.year.setCurrentIndex(max(0, self.year.findData(start_year)))

    def clear(self) -> None:
        for combo in (self.year, self.rep, self.role, self.category, self.status):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.current())
