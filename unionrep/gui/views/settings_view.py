"""Settings: the policy profile (validated by `session.policy`, which names any bad key), the user's own
details (in the database), the language (in QSettings) and where the data lives."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from unionrep.core.errors import UnionrepError
from unionrep.gui import colours
from unionrep.gui import context as ctx_mod
from unionrep.gui.commands import SetMeta, SetPolicy
from unionrep.gui.context import AppContext
from unionrep.gui.language import NATIVE_NAMES
from unionrep.gui.views.base import error_text, header_row
from unionrep.gui.views.settings_branch import BranchFolderBox
from unionrep.gui.views.settings_documents import DocumentSettings
from unionrep.gui.views.settings_policy import AllowancesTable, TribunalLimits

USER_FIELDS = (("user_name", "Your name"), ("user_role", "Your role in the union"),
               ("union_name", "Union"), ("branch_name", "Branch"), ("user_email", "Your e-mail"),
               ("user_phone", "Your phone"))


def _t(text: str) -> str:
    return QCoreApplication.translate("SettingsView", text)


def toml_text(value: Any) -> str:
    """A value written the way `session.policy.set` reads it (a TOML scalar)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class SettingsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editors: dict[str, Any] = {}
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        body = QWidget()
        # two columns side by side where they fit, one above the other where they do not (a small
        # laptop, longer Welsh labels): the page then scrolls down, never sideways
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self._column_parts = (left, right)
        self.allowances = AllowancesTable(ctx, self.apply_policy)
        self.limits = TribunalLimits(ctx, self.apply_policy)
        left.addWidget(self._profile_box())
        left.addWidget(self._group(_t("Allowances (hours, days or meetings a year)"), self.allowances))
        left.addWidget(self._rules_box())
        left.addStretch(1)
        right.addWidget(self._user_box())
        self.documents = DocumentSettings(ctx, self._apply)
        right.addWidget(self.documents)
        right.addWidget(self._group(_t("Employment Tribunal time limit"), self.limits))
        right.addWidget(self._app_box())
        right.addWidget(BranchFolderBox(ctx))
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setAccessibleName(_t("Settings"))
        self.scroll_area = scroll

        layout = QVBoxLayout(self)
        layout.addLayout(header_row(_t("Settings")))
        note = QLabel(_t(
            "Every change is saved as soon as you leave the field, and can be undone with Ctrl+Z."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_columns()

    def _arrange_columns(self) -> None:
        left, right = self._column_parts
        margins = self.columns.contentsMargins()
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        side_by_side = (left.minimumSize().width() + right.minimumSize().width() + self.columns.spacing()
                        + margins.left() + margins.right() + scroll_bar)
        direction = (QBoxLayout.Direction.LeftToRight if self.scroll_area.width() >= side_by_side
                     else QBoxLayout.Direction.TopToBottom)
        if direction != self.columns.direction():
            self.columns.setDirection(direction)
            self.columns.setStretch(0, 3 if direction == QBoxLayout.Direction.LeftToRight else 0)
            self.columns.setStretch(1, 2 if direction == QBoxLayout.Direction.LeftToRight else 0)

    # -- boxes ---------------------------------------------------------------------------------

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _line(self, key: str, name: str, apply: Any, tip: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setObjectName(key)
        if tip:
            edit.setToolTip(tip)
        edit.editingFinished.connect(lambda: apply(key, edit))
        self.editors[key] = edit
        return edit

    def _check(self, key: str, text: str, tip: str = "") -> QCheckBox:
        check = QCheckBox(text)
        check.setObjectName(key)
        if tip:
            check.setToolTip(tip)
        check.toggled.connect(lambda on: self.apply_policy(key, toml_text(on)))
        self.editors[key] = check
        return check

    def _profile_box(self) -> QGroupBox:
        box = QGroupBox(_t("Policy profile"))
        form = QFormLayout(box)
        self.profile_label = QLabel()
        self.profile_label.setWordWrap(True)
        form.addRow(_t("Agreement:"), self.profile_label)
        form.addRow(_t("Organisation (English):"),
                    self._line("organisation.en", _t("Organisation in English"), self._policy_text))
        form.addRow(_t("Organisation (Welsh):"), self._line("organisation.cy", _t("Organisation in Welsh"),
                                                            self._policy_text))
        return box

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(_t("Years, caps and flags"))
        form = QFormLayout(box)
        form.addRow(_t("Non-school staff year:"), QLabel(_t("1 April – 31 March")))
        form.addRow(_t("School year starts (MM-DD):"), self._line(
            "settings.academic_year_start", _t("School year starts"), self._policy_text,
            _t("School-based staff follow the academic year (clauses 6.5, 6.9)")))
        form.addRow(_t("Full-time week (hours):"), self._line(
            "settings.full_time_hours", _t("Full-time week in hours"), self._policy_number,
            _t("Part-timers' allowances are pro-rated against this (NJC Green Book: 37)")))
        form.addRow(_t("Combined cap (hours):"), self._line(
            "combined.amount", _t("Combined cap in hours"), self._policy_number,
            _t("A steward who also holds H&S, learning or I&C may not exceed this in total "
               "(8.1, 9.1, 10.3)")))
        form.addRow("", self._check("combined.pro_rata", _t("Pro-rate the combined cap for part-timers")))
        form.addRow(_t("Flag when within (% of a cap):"), self._line(
            "settings.near_cap_percent", _t("Near-cap warning percentage"), self._policy_number))
        form.addRow(_t("Conference notice (days):"), self._line(
            "settings.conference_notice_days", _t("Conference notice in days"), self._policy_number,
            _t("Clause 12.5: three weeks")))
        form.addRow(_t("Answer due after (working days):"), self._line(
            "settings.response_working_days", _t("Working days for an answer"), self._policy_number))
        form.addRow("", self._check("settings.meetings_count",
                                    _t("Management-arranged meetings count against the allowance"),
                                    _t("Clauses 6.6–6.7 read as not counting them (the default)")))
        return box

    def _user_box(self) -> QGroupBox:
        box = QGroupBox(_t("Your details"))
        form = QFormLayout(box)
        labels = {"user_name": _t("Your name:"), "user_role": _t("Your role in the union:"),
                  "union_name": _t("Union:"), "branch_name": _t("Branch:"), "user_email": _t("Your e-mail:"),
                  "user_phone": _t("Your phone:")}
        for key, _name in USER_FIELDS:
            form.addRow(labels[key], self._line(f"meta.{key}", labels[key].rstrip(":"), self._meta_text))
        self.mode_combo = QComboBox()
        self.mode_combo.setAccessibleName(_t("What this database is"))
        self.mode_combo.addItem(_t("A steward's own log"), "steward")
        self.mode_combo.addItem(_t("The branch's book (every rep)"), "branch")
        self.mode_combo.activated.connect(lambda _: self._apply(SetMeta(self.ctx, "mode",
                                                                        self.mode_combo.currentData())))
        form.addRow(_t("This database is:"), self.mode_combo)
        return box

    def _app_box(self) -> QGroupBox:
        box = QGroupBox(_t("This computer"))
        form = QFormLayout(box)
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(_t("Language"))
        self.lang_combo.setAccessibleDescription(_t("The interface changes to it at once"))
        for code, name in NATIVE_NAMES.items():
            self.lang_combo.addItem(name, code)
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(self.ctx.lang))
        self.lang_combo.activated.connect(lambda _: self._language_chosen())
        form.addRow(_t("Language:"), self.lang_combo)
        folder = QLabel(str(self.ctx.db_path.parent))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setObjectName("dataFolder")
        form.addRow(_t("Data folder:"), folder)
        form.addRow(_t("Database:"), QLabel(self.ctx.db_path.name))
        from unionrep.gui.operations.backup import BackupKeepEdit, keep_label

        self.backup_keep = BackupKeepEdit(self.ctx, self._apply)
        form.addRow(keep_label(), self.backup_keep)
        open_button = QPushButton(_t("Open the data folder"))
        folder_url = QUrl.fromLocalFile(str(self.ctx.db_path.parent))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(folder_url))
        form.addRow("", open_button)
        if self.ctx.demo:
            demo = QLabel(_t("This is the demo branch: it is thrown away when unionrep closes."))
            demo.setWordWrap(True)
            form.addRow("", demo)
        return box

    # -- applying ------------------------------------------------------------------------------

    def _apply(self, command: Any) -> bool:
        try:
            self.ctx.execute(command)
        except UnionrepError as exc:
            self.message.setText(_t("Not saved — {error}").format(error=error_text(exc)))
            self.message.setStyleSheet(colours.css("error"))
            self.message.show()
            self.refresh()
            return False
        self.message.hide()
        return True

    def apply_policy(self, key: str, value_text: str) -> bool:
        return self._apply(SetPolicy(self.ctx, key, value_text))

    def _policy_text(self, key: str, edit: QLineEdit) -> None:
        if edit.text() != self._stored(key):
            self.apply_policy(key, toml_text(edit.text().strip()))

    def _policy_number(self, key: str, edit: QLineEdit) -> None:
        text = edit.text().strip()
        if text != self._stored(key):
            self.apply_policy(key, text if text else '""')

    def _meta_text(self, key: str, edit: QLineEdit) -> None:
        meta_key = key.split(".", 1)[1]
        if edit.text().strip() != (self.ctx.session.queries.meta(meta_key) or ""):
            self._apply(SetMeta(self.ctx, meta_key, edit.text().strip()))

    def _language_chosen(self) -> None:
        """The whole interface changes language at once (and starts in it next time)."""
        self.ctx.set_language(self.lang_combo.currentData())

    # -- showing -------------------------------------------------------------------------------

    def _stored(self, key: str) -> str:
        data = self.ctx.session.policy.data()
        value: Any = data
        for part in key.split("."):
            value = value.get(part, "") if isinstance(value, dict) else ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return "" if value is None else str(value)

    def refresh(self) -> None:
        session = self.ctx.session
        profile = session.profile
        self.profile_label.setText(f"{profile.cy if self.ctx.lang == 'cy' else profile.en} ({profile.id})")
        defaults = {"settings.academic_year_start": profile.settings.academic_year_start,
                    "settings.full_time_hours": str(profile.settings.full_time_hours),
                    "settings.near_cap_percent": str(profile.settings.near_cap_percent),
                    "settings.conference_notice_days": str(profile.settings.conference_notice_days),
                    "settings.response_working_days": str(profile.settings.response_working_days)}
        for key, editor in self.editors.items():
            editor.blockSignals(True)
            if key.startswith("meta."):
                editor.setText(session.queries.meta(key.split(".", 1)[1]) or "")
            elif isinstance(editor, QCheckBox):
                editor.setChecked(self._stored(key) == "True")
                editor.setEnabled(not key.startswith("combined.") or profile.combined is not None)
            else:
                editor.setText(self._stored(key) or defaults.get(key, ""))
                editor.setEnabled(not key.startswith("combined.") or profile.combined is not None)
            editor.blockSignals(False)
        mode = session.queries.meta("mode") or "steward"
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(mode)))
        self.allowances.refresh()
        self.limits.refresh()

    def _on_changed(self, what: str) -> None:
        if what in (ctx_mod.POLICY, ctx_mod.META):
            self.refresh()
