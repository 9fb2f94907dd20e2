"""First run (no database yet): choose the policy profile, say whose book this is, give your details.

The database is created only when the user presses OK, so cancelling leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from unionrep.app.facade import DEFAULT_POLICY, Service, open_service
from unionrep.core.errors import UnionrepError
from unionrep.core.policy import load_shipped, shipped_profiles
from unionrep.gui import colours
from unionrep.gui.forms.ui_first_run import Ui_FirstRunDialog
from unionrep.gui.views.base import error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


class FirstRunDialog(QDialog):
    def __init__(self, path: Path, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.lang = lang
        self.service: Service | None = None
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.setObjectName("firstRunDialog")
        self.setWindowIcon(QIcon(":/icons/unionrep.svg"))
        ui = self.ui
        for profile_id in shipped_profiles():
            profile = load_shipped(profile_id)
            ui.profileCombo.addItem(profile.cy if lang == "cy" else profile.en, profile_id)
        ui.profileCombo.setCurrentIndex(max(0, ui.profileCombo.findData(DEFAULT_POLICY)))
        ui.profileCombo.currentIndexChanged.connect(lambda _: self._profile_note())
        ui.pathLabel.setStyleSheet(colours.css("muted"))
        ui.errorLabel.setStyleSheet(colours.css("error"))
        ui.errorLabel.hide()
        self._set_texts()
        ui.buttonBox.accepted.connect(self.create_database)
        ui.buttonBox.rejected.connect(self.reject)
        ui.nameEdit.setFocus()

    def _set_texts(self) -> None:
        """The texts made here rather than in the form, in the interface's language."""
        ui = self.ui
        ui.introLabel.setText(_t(
            "<b>Welcome.</b> unionrep keeps your facility time, Pro Forma requests and disputes on this "
            "computer only. Three questions and you can start."))
        ui.pathLabel.setText(_t("Your data will be kept in {path}").format(path=str(self.path)))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(_t("Start"))
        self._profile_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)  # type: ignore[no-untyped-call]
            self._set_texts()
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
        if values["user_email"] and "@" not in values["user_email"]:
            self._fail(_t("E-mail: {value!r} is not an e-mail address").format(value=values["user_email"]))
            return
        try:
            service = open_service(self.path, create=True)
            if not service.initialised:
                service.init(self.ui.profileCombo.currentData())
            service.set_meta({key: value for key, value in values.items() if value})
        except UnionrepError as exc:
            self._fail(error_text(exc))
            return
        self.service = service
        self.accept()

    def _fail(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
