"""The Documents box of Settings: the language documents are made in, the logo, the pay bill and the
names printed on the Pro Forma's routing (the database's settings, unionrep.core.settings).

Each value is checked before it is written — a logo must be an existing PNG or JPEG file, a pay
bill more than £0 — and a bad one is named in the Settings view's message with nothing changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from unionrep.core.settings import check_setting
from unionrep.gui import context as ctx_mod
from unionrep.gui.commands import SetMeta
from unionrep.gui.context import AppContext
from unionrep.gui.operations.documents import languages
from unionrep.gui.widgets.path_row import path_row

TEXT_SETTINGS = ("pay_bill", "director_name", "head_of_hr_name")


def _t(text: str) -> str:
    return QCoreApplication.translate("DocumentSettings", text)


class SetSetting(SetMeta):
    """A database setting, checked when done (a ValidationError names it; nothing is written)."""

    def __init__(self, ctx: AppContext, key: str, value: str) -> None:
        super().__init__(ctx, key, value)
        self.setText(_t("Change a document setting"))

    def do(self) -> None:
        self.value = check_setting(self.key, self.value)
        super().do()


class DocumentSettings(QGroupBox):
    def __init__(self, ctx: AppContext, apply: Callable[[Any], bool], parent: QWidget | None = None) -> None:
        super().__init__(_t("Documents"), parent)
        self.setObjectName("documentSettings")
        self.ctx = ctx
        self.apply = apply
        form = QFormLayout(self)

        self.language = QComboBox()
        self.language.setObjectName("document_language")
        self.language.setAccessibleName(_t("Language of documents"))
        for text, mode in languages():
            self.language.addItem(text, mode)
        self.language.activated.connect(lambda _: self._set("document_language",
                                                            self.language.currentData()))
        form.addRow(_t("Language of documents:"), self.language)

        self.logo = QLineEdit()
        self.logo.setObjectName("logo_path")
        self.logo.setAccessibleName(_t("Logo file"))
        self.logo.setPlaceholderText(_t("a PNG or JPEG file; empty for none"))
        self.logo.setToolTip(_t("Printed at the top right of the Pro Forma, statements and the summary"))
        self.logo.editingFinished.connect(lambda: self._set_text("logo_path", self.logo))
        form.addRow(_t("Logo:"), path_row(self.logo, _t("Choose…"), "chooseLogoButton", self.choose_logo))
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setAccessibleName(_t("The logo as chosen"))
        form.addRow("", self.preview)

        self.edits: dict[str, QLineEdit] = {}
        labels = {"pay_bill": (_t("Pay bill (£ a year):"), _t("Total pay bill"),
                               _t("e.g. 48,000,000"),
                               _t("The organisation's total pay bill, for the share of it spent on "
                                  "facility time (SI 2017/328, table 3)")),
                  "director_name": (_t("Director:"), _t("Director's name"), "",
                                    _t("Named in step 3 of the Pro Forma's routing")),
                  "head_of_hr_name": (_t("Head of Strategic HR:"), _t("Head of Strategic HR's name"), "",
                                      _t("Named on the Pro Forma's routing and on letters to HR"))}
        for key in TEXT_SETTINGS:
            text, name, placeholder, tip = labels[key]
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(placeholder)
            edit.setToolTip(tip)
            edit.editingFinished.connect(lambda key=key, edit=edit: self._set_text(key, edit))
            self.edits[key] = edit
            form.addRow(text, edit)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    # -- applying ------------------------------------------------------------------------------

    def _stored(self, key: str) -> str:
        return self.ctx.session.queries.meta(key) or ""

    def _set(self, key: str, value: str) -> bool:
        if value == self._stored(key):
            return True
        done = bool(self.apply(SetSetting(self.ctx, key, value)))
        if not done:
            self.refresh()
        return done

    def _set_text(self, key: str, edit: QLineEdit) -> None:
        text = edit.text().strip()
        if key == "pay_bill" and text == self._shown_pay_bill():
            return
        self._set(key, text)

    def choose_logo(self) -> QFileDialog:
        current = self._stored("logo_path")
        folder = str(Path(current).parent) if current else str(Path.home())
        dialog = QFileDialog(self, _t("Choose the logo"), folder, _t("Images (*.png *.jpg *.jpeg)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setObjectName("logoFileDialog")
        dialog.fileSelected.connect(lambda path: self._set("logo_path", path))
        self.logo_dialog = dialog
        dialog.open()
        return dialog

    # -- showing -------------------------------------------------------------------------------

    def _shown_pay_bill(self) -> str:
        stored = self._stored("pay_bill")
        whole, _, pence = stored.partition(".")
        if not whole.isdigit():
            return stored
        return f"{int(whole):,}" + (f".{pence}" if pence.strip("0") else "")

    def refresh(self) -> None:
        mode = self._stored("document_language") or "bilingual"
        self.language.setCurrentIndex(max(0, self.language.findData(mode)))
        logo = self._stored("logo_path")
        self.logo.setText(logo)
        picture = QPixmap(logo) if logo else QPixmap()
        if picture.isNull():
            self.preview.clear()
            self.preview.setText(_t("(cannot be shown: {path})").format(path=logo) if logo else "")
        else:
            self.preview.setPixmap(picture.scaledToHeight(40, Qt.TransformationMode.SmoothTransformation))
        for key, edit in self.edits.items():
            edit.setText(self._shown_pay_bill() if key == "pay_bill" else self._stored(key))

    def _on_changed(self, what: str) -> None:
        if what == ctx_mod.META:
            self.refresh()
