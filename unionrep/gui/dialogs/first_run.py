"""First run (no database yet): the language, the policy profile, whose book this is and your
details; then, for a steward keeping their own log, their roles and managers (first_run_steward), so
that the rep and the roles exist when the window opens.

The database is created only when the user presses Start, so cancelling leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from unionrep.app.session import DEFAULT_POLICY, Session, open_session
from unionrep.core.errors import UnionrepError
from unionrep.core.policy import load_shipped, shipped_profiles
from unionrep.gui import colours
from unionrep.gui.dialogs.first_run_steward import StewardPage, StewardStart
from unionrep.gui.forms.ui_first_run import Ui_FirstRunDialog
from unionrep.gui.language import LANGUAGE_CHOICE, LANGUAGES, NATIVE_NAMES, apply_language
from unionrep.gui.views.base import error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


class FirstRunDialog(QDialog):
    def __init__(self, path: Path, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.lang = lang
        self.session: Session | None = None
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.setObjectName("firstRunDialog")
        self.setWindowIcon(QIcon(":/icons/unionrep.svg"))
        ui = self.ui
        for profile_id in shipped_profiles():
            ui.profileCombo.addItem("", profile_id)
        ui.profileCombo.setCurrentIndex(max(0, ui.profileCombo.findData(DEFAULT_POLICY)))
        ui.profileCombo.currentIndexChanged.connect(lambda _: self._profile_note())
        ui.pathLabel.setStyleSheet(colours.css("muted"))
        ui.errorLabel.setStyleSheet(colours.css("error"))
        ui.errorLabel.hide()
        self._build_pages()
        self._set_texts()
        ui.buttonBox.accepted.connect(self.forward)
        ui.buttonBox.rejected.connect(self.reject)
        ui.stewardRadio.toggled.connect(lambda _: self._set_buttons())
        ui.nameEdit.setFocus()

    def _build_pages(self) -> None:
        """Page 1: the language (named in both, at the top), then the form's questions; page 2 the
        steward's own details (StewardPage)."""
        ui = self.ui
        first = QWidget()
        first_layout = QVBoxLayout(first)
        first_layout.setContentsMargins(0, 0, 0, 0)
        language_row = QHBoxLayout()
        self.language_label = QLabel(LANGUAGE_CHOICE)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(LANGUAGE_CHOICE.replace("&", ""))
        for code in LANGUAGES:
            self.language_combo.addItem(NATIVE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.lang)))
        self.language_combo.currentIndexChanged.connect(lambda _: self.set_language(
            self.language_combo.currentData()))
        self.language_label.setBuddy(self.language_combo)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language_combo, 1)
        first_layout.addLayout(language_row)
        for group in (ui.profileGroup, ui.modeGroup, ui.detailsGroup):
            ui.mainLayout.removeWidget(group)
            first_layout.addWidget(group)
        self.steward_page = StewardPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(first)
        self.pages.addWidget(self.steward_page)
        ui.mainLayout.insertWidget(1, self.pages)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backButton")
        ui.buttonBox.addButton(self.back_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.clicked.connect(lambda: self._show_page(0))

    def set_language(self, lang: str) -> None:
        """The interface language, switched at once (every window retranslates itself)."""
        if lang in LANGUAGES and lang != self.lang:
            self.lang = lang
            apply_language(lang)

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.ui.errorLabel.hide()
        self._set_buttons()
        (self.ui.nameEdit if index == 0 else self.steward_page.weekly_hours).setFocus()

    def _set_buttons(self) -> None:
        on_first = self.pages.currentIndex() == 0
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_t("&Next") if on_first and self.ui.stewardRadio.isChecked() else _t("Start"))
        self.back_button.setText(_t("&Back"))
        self.back_button.setVisible(not on_first)

    def forward(self) -> None:
        """OK: from the first page to a steward's own details, or make the database."""
        if self.pages.currentIndex() == 0:
            email = self.ui.emailEdit.text().strip()
            if email and "@" not in email:
                self._fail(_t("E-mail: {value!r} is not an e-mail address").format(value=email))
                return
            if self.ui.stewardRadio.isChecked():
                if not self.ui.nameEdit.text().strip():
                    self._fail(_t("Your name: needed for your own log"))
                    return
                self.steward_page.set_profile(load_shipped(self.ui.profileCombo.currentData()), self.lang)
                self._show_page(1)
                return
        self.create_database()

    def _set_texts(self) -> None:
        """The texts made here rather than in the form, in the interface's language."""
        ui = self.ui
        ui.introLabel.setText(_t(
            "<b>Welcome.</b> unionrep keeps your facility time, Pro Forma requests and disputes on this "
            "computer only. Three questions and you can start."))
        ui.pathLabel.setText(_t("Your data will be kept in {path}").format(path=str(self.path)))
        for index in range(ui.profileCombo.count()):
            profile = load_shipped(ui.profileCombo.itemData(index))
            ui.profileCombo.setItemText(index, profile.cy if self.lang == "cy" else profile.en)
        self.steward_page.set_texts()
        if self.pages.currentIndex() == 1:
            self.steward_page.set_profile(load_shipped(ui.profileCombo.currentData()), self.lang)
        self._set_buttons()
        self._profile_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)  # type: ignore[no-untyped-call]
            self._set_texts()
            # the button box puts back Qt's own word on OK as it retranslates, after this: ours after it
            QTimer.singleShot(0, self._set_buttons)
        super().changeEvent(event)

    def _profile_note(self) -> None:
        profile = load_shipped(self.ui.profileCombo.currentData())
        organisation = profile.organisation_cy if self.lang == "cy" else profile.organisation_en
        roles = ", ".join(r.name(self.lang) for r in profile.roles.values())
        note = _t("Roles: {roles}.").format(roles=roles)
        if organisation:
            note = f"{organisation}. {note}"
        self.ui.profileNote.setText(note + " " + _t("Every figure can be changed later under Settings."))

    def meta(self) -> dict[str, str]:
        ui = self.ui
        return {
            "mode": "branch" if ui.branchRadio.isChecked() else "steward",
            "user_name": ui.nameEdit.text().strip(),
            "user_role": ui.roleEdit.text().strip(),
            "union_name": ui.unionEdit.text().strip(),
            "branch_name": ui.branchEdit.text().strip(),
            "user_email": ui.emailEdit.text().strip(),
        }

    def create_database(self) -> None:
        values = self.meta()
        steward: StewardStart | None = None
        try:
            if values["mode"] == "steward":  # read before anything is made
                profile = load_shipped(self.ui.profileCombo.currentData())
                steward = self.steward_page.start(values["user_name"], values["union_name"],
                                                  values["user_email"], profile)
            session = open_session(self.path, create=True)
            if not session.initialised:
                session.policy.init(self.ui.profileCombo.currentData())
            if steward is not None:
                session.reps.check(steward.rep)  # before anything is written
            session.settings.put_many({key: value for key, value in values.items() if value})
            if steward is not None and not session.reps.all():
                rep = session.reps.add(steward.rep).result
                for role, since in steward.roles:
                    session.roles.assign(rep.id, role, since)
        except UnionrepError as exc:
            self._fail(error_text(exc))
            return
        self.session = session
        self.accept()

    def _fail(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
