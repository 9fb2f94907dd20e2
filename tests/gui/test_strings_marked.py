"""Every user-visible string in the GUI's code is marked for translation.

An AST scan of unionrep/gui (not the generated forms/ and rc_unionrep.py) for text literals passed to
the calls that put words on screen — setText, setWindowTitle, setToolTip, QLabel(...),
QMessageBox.warning(...) and the like — that are not inside tr(), _t() or translate(). A string with
no words in it (a symbol, a number format, markup around placeholders) needs no translation; the few
words that stay the same in both languages are listed below with the reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "unionrep" / "gui"

# methods whose arguments (all text ones) are shown to the user
SETTERS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "addMenu", "setLabelText",
    "setInformativeText", "setDetailedText", "showMessage", "addTab", "setTabText", "setTabToolTip",
    "setSuffix", "setPrefix", "setSpecialValueText", "setWindowIconText", "setItemText", "setHtml",
    "setPlainText", "setHeaderLabels", "setHorizontalHeaderLabels", "addRow", "setButtonText",
    "setNameFilter", "setNameFilters", "getSaveFileName",
    "getOpenFileName", "getExistingDirectory", "question", "warning", "information", "critical", "about",
    # the GUI's own helpers that show a message
    "_fatal", "show_error", "_fail", "report_error",
}
LOGGERS = {"log", "logger", "logging", "LOG", "_log"}  # log lines are for developers, not the screen
ITEMS = {"addItem", "insertItem"}  # a list's entries: the text is shown, the data is not
# classes whose text arguments are shown to the user
WIDGETS = ITEMS | {
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "QMenu", "QToolBar", "QMessageBox", "QCommandLinkButton", "QDockWidget", "QProgressDialog",
    "QTableWidgetItem", "QListWidgetItem", "QTreeWidgetItem", "QStandardItem",
}
MARKERS = {"tr", "_t", "translate"}

# the same in Welsh and English, on purpose
ALLOWED = {
    "unionrep",  # the app's name
    "Cymraeg", "English",  # each language named in itself (View ▸ Iaith / Language, Settings)
    "Iaith / &Language",  # the language menu, named in both so either reader finds it
    "County Hall, Ruthin",  # a place name, typed into the quick entry of the screenshots
}
_NO_WORDS = re.compile(r"\{[^{}]*\}|<[^<>]*>|&[a-z]+;|%[-\d.]*[sdf]")


def _has_words(text: str) -> bool:
    words = _NO_WORDS.sub("", text).strip()
    return re.search(r"[^\W\d_]{2,}", words) is not None and text not in ALLOWED and words not in ALLOWED


def _literal_texts(node: ast.AST) -> list[str]:
    """The literal text a user would see from `node`, when it is not marked for translation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    if isinstance(node, ast.BinOp):
        return _literal_texts(node.left) + _literal_texts(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in MARKERS:
            return []
        if name == "format" and isinstance(func, ast.Attribute):  # "literal {x}".format(...)
            return _literal_texts(func.value)
    return []


def _callee(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def unmarked(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee(node)
        if name not in SETTERS and name not in WIDGETS:
            continue
        owner = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(owner, ast.Name) and owner.id in LOGGERS:
            continue
        arguments = list(node.args) + [k.value for k in node.keywords if k.arg in (
            "text", "title", "tip", "caption", "filter")]
        if name in ITEMS:  # addItem(text, data) or addItem(icon, text, data): the text alone
            arguments = [a for a in node.args[:2] if _literal_texts(a) or isinstance(a, ast.Call)][:1]
        for argument in arguments:
            texts = [t for t in _literal_texts(argument) if _has_words(t)]
            if texts:
                found.append(f"{path.relative_to(GUI.parent.parent)}:{node.lineno}: {name}({texts[0]!r})")
    return found


def _sources() -> list[Path]:
    return [p for p in sorted(GUI.rglob("*.py"))
            if "forms" not in p.relative_to(GUI).parts and p.name != "rc_unionrep.py"]


def test_every_user_visible_string_in_the_gui_is_marked_for_translation() -> None:
    found = [line for path in _sources() for line in unmarked(path)]
    assert not found, "not marked for translation:\n" + "\n".join(found)


def test_the_scan_finds_an_unmarked_string(tmp_path) -> None:
    code = ('label = QLabel("Nothing here")\nlabel.setToolTip(f"Saved {n} entries")\n'
            'label.setText(_t("Marked"))\nbox.setWindowTitle(self.tr("Marked too"))\n'
            'label.setText("…")\nlabel.setText(f"{a} ({b})")\n'
            'QMessageBox.critical(None, "unionrep", message)\n')
    path = tmp_path / "sample.py"
    path.write_text(code, encoding="utf-8")
    global GUI
    saved, GUI = GUI, tmp_path
    try:
        found = unmarked(path)
    finally:
        GUI = saved
    assert [line.split(": ", 1)[1] for line in found] == [
        "QLabel('Nothing here')", "setToolTip('Saved ')"]
