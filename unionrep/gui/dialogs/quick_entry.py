"""Quick entry (Ctrl+N): log time off without the mouse, and see what it does before saving.

The rep and role are remembered from last time; the date starts at today. Every change of a field
asks the Service for a preview (before/after balances and any new flag), shown under the form.
Also used, with `entry_id`, to edit an entry.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QDialog, QDialogButtonBox, QWidget

from unionrep.core.balance import Balance
from unionrep.core.effects import entry_effects
from unionrep.core.entries import minutes_between, parse_hours
from unionrep.core.errors import UnionrepError, ValidationError
from unionrep.core.model import STATUSES, TAKEN, Entry
from unionrep.core.overlaps import check_clashes
from unionrep.gui import colours
from unionrep.gui import options as opt
from unionrep.gui.commands import AddEntry, EditEntry
from unionrep.gui.context import AppContext
from unionrep.gui.forms.ui_quick_entry import Ui_QuickEntryDialog
from unionrep.gui.screen_reader import announce, plain_text
from unionrep.gui.texts import category_name, num, role_name, status_name, unit_short
from unionrep.gui.views.base import error_text
from unionrep.gui.widgets.balance_card import bars_for

PREVIEW_DELAY_MS = 120


def _t(text: str) -> str:
    return QCoreApplication.translate("QuickEntry", text)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class QuickEntryDialog(QDialog):
    def __init__(self, ctx: AppContext, entry_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_QuickEntryDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.setObjectName("quickEntryDialog")
        self.editing = ctx.session.entries.get(entry_id) if entry_id else None
        self.saved_entry: Entry | None = None
        self._set_title()
        self.setWindowIcon(QIcon(":/icons/add.svg"))
        self.ui.errorLabel.setStyleSheet(colours.css("error"))
        self.ui.previewTitle.setStyleSheet("font-weight: bold")
        self.ui.previewLayout.addStretch(1)
        self.overlap_check = QCheckBox()
        self.overlap_check.setObjectName("overlapCheck")
        self.ui.checksRow.addWidget(self.overlap_check)
        QWidget.setTabOrder(self.ui.conferenceCheck, self.overlap_check)
        self.overlap_check.toggled.connect(lambda _: self._changed())
        self._set_overlap_texts()
        self.setMinimumWidth(580)
        for combo in (self.ui.repCombo, self.ui.roleCombo, self.ui.categoryCombo, self.ui.statusCombo):
            # as wide as the names now shown, also after a switch of language (Welsh runs longer)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self._fill()
        self._connect()
        self.update_preview()
        self.resize(max(self.width(), 600), self.sizeHint().height())

    def _set_title(self) -> None:
        self.setWindowTitle(_t("Edit entry") if self.editing else _t("Log time off"))

    def _set_overlap_texts(self) -> None:
        self.overlap_check.setText(_t("Allow an o&verlap"))
        self.overlap_check.setAccessibleName(_t("Allow an overlap"))
        self.overlap_check.setAccessibleDescription(
            _t("Log it even if it overlaps or repeats another entry of the rep's that day"))
        self.overlap_check.setToolTip(_t("Log it even if its times overlap, or it repeats, another entry of "
                                         "the rep's that day: both are meant"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The form's labels and the names in its lists in the language now chosen; what has been
        typed and chosen stays."""
        ui, profile, lang = self.ui, self.ctx.session.profile, self.ctx.lang
        ui.retranslateUi(self)  # type: ignore[no-untyped-call]
        self._set_title()
        self._set_overlap_texts()
        for edit in (ui.dateEdit, ui.noticeEdit):
            edit.setLocale(QLocale())
        for combo, name in ((ui.categoryCombo, lambda c: category_name(profile, c, lang)),
                            (ui.statusCombo, status_name),
                            (ui.roleCombo, lambda r: role_name(profile, r, lang))):
            for index in range(combo.count()):
                combo.setItemText(index, name(combo.itemData(index)))
        self._timer.start()  # the preview, in the new language

    # -- filling -------------------------------------------------------------------------------

    def _fill(self) -> None:
        ui, session, lang = self.ui, self.ctx.session, self.ctx.lang
        profile = session.profile
        for rep in session.reps.all(include_ended=self.editing is not None):
            ui.repCombo.addItem(rep.name, rep.id)
        for cid, category in profile.categories.items():
            ui.categoryCombo.addItem(category.name(lang), cid)
        for status in STATUSES:
            ui.statusCombo.addItem(status_name(status), status)
        locations = session.queries.recent_locations()
        completer = QCompleter(locations, self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        ui.locationEdit.setCompleter(completer)
        today = self.ctx.today()
        ui.dateEdit.setDate(qdate(today))
        ui.noticeEdit.setDate(qdate(today))
        e = self.editing
        if e is None:
            options = self.ctx.options
            self._select(ui.repCombo, options.get(opt.LAST_REP))
            self._fill_roles()
            self._select(ui.roleCombo, options.get(opt.LAST_ROLE))
            self._select(ui.categoryCombo, options.get(opt.LAST_CATEGORY))
            self._select(ui.statusCombo, TAKEN)
            ui.locationEdit.setText(options.get(opt.LAST_LOCATION))
            self._category_changed()
        else:
            self._select(ui.repCombo, e.rep_id)
            ui.dateEdit.setDate(qdate(e.date))
            self._fill_roles()
            self._select(ui.roleCombo, e.role)
            if e.start_time and e.end_time:
                ui.startEdit.setText(e.start_time)
                ui.endEdit.setText(e.end_time)
            else:
                ui.hoursEdit.setText(num(e.minutes / 60))
            self._select(ui.categoryCombo, e.category)
            self._select(ui.statusCombo, e.status)
            ui.purposeEdit.setText(e.purpose)
            ui.locationEdit.setText(e.location)
            ui.paidCheck.setChecked(e.paid)
            ui.conferenceCheck.setChecked(e.conference)
            if e.notice_on is not None:
                ui.noticeCheck.setChecked(True)
                ui.noticeEdit.setEnabled(True)
                ui.noticeEdit.setDate(qdate(e.notice_on))
        self._sync_times()
        # with the rep and role remembered, the first thing to type is the time
        first = ui.hoursEdit if ui.repCombo.currentIndex() >= 0 and ui.roleCombo.currentIndex() >= 0 \
            else ui.repCombo
        first.setFocus()

    @staticmethod
    def _select(combo: Any, data: Any) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill_roles(self) -> None:
        """The roles the rep holds on the date (all the profile's roles if none is held)."""
        ui, session = self.ui, self.ctx.session
        chosen = ui.roleCombo.currentData()
        rep_id = ui.repCombo.currentData()
        day = pydate(ui.dateEdit.date())
        held: list[str] = []
        if rep_id:
            held = [a.role for a in session.roles.assignments(rep_id) if a.held_on(day)]
        roles = list(dict.fromkeys(held)) or list(session.profile.roles)
        ui.roleCombo.blockSignals(True)
        ui.roleCombo.clear()
        for role in roles:
            ui.roleCombo.addItem(role_name(session.profile, role, self.ctx.lang), role)
        self._select(ui.roleCombo, chosen)
        ui.roleCombo.blockSignals(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.repCombo.currentIndexChanged.connect(self._roles_may_change)
        ui.dateEdit.dateChanged.connect(self._roles_may_change)
        ui.categoryCombo.currentIndexChanged.connect(self._category_chosen)
        for combo in (ui.roleCombo, ui.statusCombo):
            combo.currentIndexChanged.connect(lambda _: self._changed())
        for edit in (ui.hoursEdit, ui.purposeEdit, ui.locationEdit):
            edit.textChanged.connect(lambda _: self._changed())
        for edit in (ui.startEdit, ui.endEdit):
            edit.textChanged.connect(self._times_edited)
        ui.noticeCheck.toggled.connect(self._notice_toggled)
        ui.noticeEdit.dateChanged.connect(lambda _: self._changed())
        for check in (ui.paidCheck, ui.conferenceCheck):
            check.toggled.connect(lambda _: self._changed())
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def _roles_may_change(self, *_: object) -> None:
        self._fill_roles()
        self._changed()

    def _category_chosen(self, *_: object) -> None:
        self._category_changed()
        self._changed()

    def _times_edited(self, *_: object) -> None:
        self._sync_times()
        self._changed()

    def _notice_toggled(self, on: bool) -> None:
        self.ui.noticeEdit.setEnabled(on)
        self._changed()

    def _category_changed(self) -> None:
        category = self.ctx.session.profile.categories.get(self.ui.categoryCombo.currentData())
        if category is None:
            return
        self.ui.paidCheck.setChecked(category.default_paid)
        self.ui.paidCheck.setEnabled(category.paid != "never")

    def _sync_times(self) -> None:
        """With a start and an end, the hours follow from them."""
        ui = self.ui
        start, end = ui.startEdit.text().strip(), ui.endEdit.text().strip()
        if start and end:
            with contextlib.suppress(ValidationError):
                ui.hoursEdit.setText(num(minutes_between(start, end) / 60))
            ui.hoursEdit.setReadOnly(True)
        else:
            ui.hoursEdit.setReadOnly(False)

    def _changed(self) -> None:
        self._timer.start()

    # -- the entry -----------------------------------------------------------------------------

    def build_entry(self) -> Entry:
        """The entry the form describes; ValidationError (naming the field) if it cannot be one."""
        ui = self.ui
        rep_id = ui.repCombo.currentData()
        if not rep_id:
            raise ValidationError("rep", _t("choose a rep (add one under Reps & roles)"))
        role = ui.roleCombo.currentData()
        if not role:
            raise ValidationError("role", _t("choose a role"))
        start, end = ui.startEdit.text().strip(), ui.endEdit.text().strip()
        if start or end:
            if not (start and end):
                raise ValidationError("start" if not start else "end",
                                      _t("give both the start and the end, or just the hours"))
            minutes = minutes_between(start, end)
        else:
            if not ui.hoursEdit.text().strip():
                raise ValidationError("hours", _t("give the hours (like 2.5 or 2:30), or a start and end"))
            minutes = parse_hours(ui.hoursEdit.text())
        entry = Entry(
            rep_id=rep_id, role=role, date=pydate(ui.dateEdit.date()), minutes=minutes,
            category=ui.categoryCombo.currentData(), paid=ui.paidCheck.isChecked(),
            start_time=start or None, end_time=end or None,
            purpose=ui.purposeEdit.text().strip(), location=ui.locationEdit.text().strip(),
            notice_on=pydate(ui.noticeEdit.date()) if ui.noticeCheck.isChecked() else None,
            status=ui.statusCombo.currentData(), conference=ui.conferenceCheck.isChecked(),
        )
        if self.editing is not None:
            entry = dataclasses.replace(self.editing, **{
                f.name: getattr(entry, f.name) for f in dataclasses.fields(Entry)
                if f.name not in ("id", "case_ref", "political", "notes")})
        return entry

    def update_preview(self) -> None:
        self._timer.stop()
        ui = self.ui
        try:
            entry = self.build_entry()
            if self.editing is not None:
                before = self.ctx.session.balances.of(entry.rep_id, entry.date, self.ctx.lang)
                ui.previewLabel.setText(self._now_html(before))
            else:
                before, after, flags = self.ctx.session.balances.preview(entry, self.ctx.lang)
                check_clashes(entry, self.ctx.session.entries.same_day(entry), self.overlap_check.isChecked())
                ui.previewLabel.setText(self._preview_html(before, after, [f.text(self.ctx.lang)
                                                                           for f in flags]))
            ui.errorLabel.clear()
            ui.errorLabel.hide()
            ui.errorLabel.setAccessibleDescription("")
        except UnionrepError as exc:
            ui.previewLabel.setText(_t("Fill in the entry to see what it does to the allowance."))
            self._show_error(error_text(exc))
        # a screen reader says the label's name, then this: the numbers themselves, not the heading
        ui.previewLabel.setAccessibleDescription(plain_text(ui.previewLabel.text()))

    def _show_error(self, text: str) -> None:
        """The problem under the form, said by a screen reader as it appears (not only when the
        focus comes to it)."""
        label = self.ui.errorLabel
        new = text != label.text() or label.isHidden()
        label.setText(text)
        label.setAccessibleDescription(text)
        label.show()
        if new and self.isVisible():  # not the empty form's first hint, as the dialog opens
            announce(label, text)

    def _preview_html(self, before: Balance, after: Balance, flags: list[str]) -> str:
        """Each allowance the entry touches, in the dashboard's words: used and pending now, then
        after this entry, and what is left."""
        profile = self.ctx.session.profile
        bars = bars_for(after, profile, self.ctx.lang)  # the allowances', then the combined cap's
        names = {b.allowance.id: bar.label for b, bar in zip(after.allowances, bars, strict=False)}
        lines = []
        for effect in entry_effects(before, after):
            u = unit_short(effect.unit)
            now = _t("{used} {unit} used, {pending} {unit} pending").format(
                used=num(effect.used_before), pending=num(effect.pending_before), unit=u)
            then = _t("{used} {unit} used, {pending} {unit} pending").format(
                used=num(effect.used_after), pending=num(effect.pending_after), unit=u)
            if effect.cap is None:
                text = _t("now {now}; after this entry {then} (no cap set)").format(now=now, then=then)
            else:
                text = _t("now {now} of {cap} {unit}; after this entry {then}").format(
                    now=now, then=then, cap=num(effect.cap), unit=u)
                left = effect.left_after
                if effect.over_after:
                    text += _t(" — over by {over} {unit}").format(
                        over=num(effect.used_after + effect.pending_after - effect.cap), unit=u)
                elif not effect.commitment and left is not None:
                    text += _t(" ({left} {unit} left)").format(left=num(left), unit=u)
            name = names.get(effect.key) or (bars[-1].label if effect.key == "combined" else effect.key)
            lines.append(f"<b>{escape(name)}</b>: {escape(text)}")
        if not lines:
            lines.append(escape(_t("This entry does not count against any allowance.")))
        warning = colours.colour("warning", self.palette()).name()
        for flag in flags:
            lines.append(f"<span style='color:{warning}'>⚠ {escape(flag)}</span>")
        return "<br>".join(lines)

    def _now_html(self, balance: Balance) -> str:
        bars = bars_for(balance, self.ctx.session.profile, self.ctx.lang)
        lines = [f"<b>{escape(b.label)}</b>: {escape(b.summary())}" for b in bars]
        return "<br>".join(lines) or escape(_t("No allowance applies."))

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        try:
            entry = self.build_entry()
            if self.editing is None:
                self.ctx.execute(AddEntry(self.ctx, entry, allow_overlap=self.overlap_check.isChecked()))
            else:
                changes = {f.name: getattr(entry, f.name) for f in dataclasses.fields(Entry)
                           if getattr(entry, f.name) != getattr(self.editing, f.name)}
                if changes:
                    self.ctx.execute(EditEntry(self.ctx, self.editing.id, changes,
                                               allow_overlap=self.overlap_check.isChecked()))
        except UnionrepError as exc:
            self._show_error(error_text(exc))
            return
        self.saved_entry = entry
        options = self.ctx.options
        options.set(opt.LAST_REP, entry.rep_id)
        options.set(opt.LAST_ROLE, entry.role)
        options.set(opt.LAST_CATEGORY, entry.category)
        options.set(opt.LAST_LOCATION, entry.location)
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(_t("Saved {hours} h for {date}.").format(
                hours=num(entry.minutes / 60), date=entry.date.isoformat()), 8000)
        self.accept()

    def save_button(self) -> Any:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
