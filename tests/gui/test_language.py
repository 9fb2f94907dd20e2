"""Cymraeg and English while the app runs: View ▸ Iaith / Language and the Settings list switch the
whole interface at once (menus, views, open dialogs, the names and flags the core writes), and the
choice is remembered for the next start."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QMenu

from unionrep.gui import options as opt

ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.usefixtures("english_afterwards")


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _language_action(window, name: str):
    menu = window.menuBar().findChild(QMenu, "languageMenu")
    assert menu is not None, "View ▸ Iaith / Language is missing"
    assert menu.title().replace("&", "") == "Iaith / Language"
    action = next(a for a in menu.actions() if a.text() == name)
    assert action.isCheckable()
    return action


def _switch(window, qtbot, name: str, title: str) -> None:
    action = _language_action(window, name)
    action.trigger()
    qtbot.waitUntil(lambda: window.windowTitle() == title)


def _view_title(view) -> str:
    # the big title at the top of a view is the first label with a larger, bold font
    labels = [w for w in view.findChildren(QLabel) if w.font().bold() and w.isVisibleTo(view)]
    return labels[0].text()


def test_the_language_menu_switches_the_window_to_welsh_and_back(steward, window, ctx, qtbot) -> None:
    assert window.windowTitle() == "unionrep"
    assert _menu_titles(window)[:2] == ["&File", "&Edit"]
    assert "&View" in _menu_titles(window) and "&Help" in _menu_titles(window)
    window.show_view("reps")
    reps = window.view("reps")
    reps.select_rep(steward.id)
    assert _view_title(reps) == "Reps & roles"
    assert _language_action(window, "English").isChecked()

    _switch(window, qtbot, "Cymraeg", "unionrep")  # the title is the app's name in both
    qtbot.waitUntil(lambda: window.view_actions["dashboard"].text() == "Dangosfwrdd")
    titles = _menu_titles(window)
    assert titles[:2] == ["&Ffeil", "&Golygu"]
    assert "G&weld" in titles and "&Cymorth" in titles
    assert ctx.lang == "cy" and ctx.options.get(opt.LANGUAGE) == "cy"
    assert QLocale().language() == QLocale.Language.Welsh
    # the view shown stays shown, in Welsh, with the same rep selected
    reps = window.stack.currentWidget()
    assert reps is window.view("reps")
    assert _view_title(reps) == "Cynrychiolwyr a rolau"
    assert reps.table.current_record().id == steward.id
    # the role names come from the policy profile, in the language now chosen
    assert "Swyddog cangen / stiward" in reps.model.data(reps.model.index(0, 2))
    assert _language_action(window, "Cymraeg").isChecked()
    assert not _language_action(window, "English").isChecked()
    # only one set of shortcuts: the old actions are gone
    window.show_view("dashboard")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.view("log")

    _language_action(window, "English").trigger()
    qtbot.waitUntil(lambda: window.view_actions["dashboard"].text() == "Dashboard")
    assert _menu_titles(window)[:2] == ["&File", "&Edit"]
    assert _view_title(window.view("log")) == "Log"
    assert ctx.lang == "en" and ctx.options.get(opt.LANGUAGE) == "en"


def test_an_open_dialog_changes_language_with_the_window(steward, window, ctx, qtbot) -> None:
    ctx.options.set(opt.LAST_REP, steward.id)
    ctx.options.set(opt.LAST_ROLE, "steward")
    window.new_entry()
    dialog = window.quick_entry
    qtbot.keyClicks(dialog.ui.hoursEdit, "2")
    qtbot.waitUntil(lambda: "after this entry 2 h used" in dialog.ui.previewLabel.text())
    english = {"title": dialog.windowTitle(), "hours": dialog.ui.hoursLabel.text(),
               "rep": dialog.ui.repCombo.accessibleName(), "status": dialog.ui.statusCombo.currentText()}
    assert english["title"] == "Log time off" and english["status"] == "Taken"

    ctx.set_language("cy")
    qtbot.waitUntil(lambda: dialog.windowTitle() != english["title"])
    assert dialog.windowTitle() == "Cofnodi amser i ffwrdd"
    assert dialog.ui.hoursLabel.text() not in ("", english["hours"])
    assert dialog.ui.repCombo.accessibleName() not in ("", english["rep"])
    assert dialog.ui.statusCombo.currentText() == "Cymerwyd"
    assert dialog.ui.roleCombo.currentText() == "Swyddog cangen / stiward"
    assert dialog.ui.hoursEdit.text() == "2"  # what was typed stays
    qtbot.waitUntil(lambda: "ar ôl y cofnod hwn 2 " in dialog.ui.previewLabel.text())

    ctx.set_language("en")
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Log time off")
    assert dialog.ui.hoursLabel.text() == english["hours"]
    assert dialog.ui.statusCombo.currentText() == "Taken"


def test_the_settings_list_switches_at_once(window, ctx, qtbot) -> None:
    view = window.show_view("settings")
    view.lang_combo.setCurrentIndex(view.lang_combo.findData("cy"))
    view.lang_combo.activated.emit(view.lang_combo.currentIndex())
    assert ctx.options.get(opt.LANGUAGE) == "cy"
    qtbot.waitUntil(lambda: window.view_actions["settings"].text() == "Gosodiadau")
    again = window.stack.currentWidget()
    assert again is window.view("settings") and again is not view
    assert again.lang_combo.currentData() == "cy"
    assert _view_title(again) == "Gosodiadau"


def test_the_english_translation_is_loaded_for_english(qapp) -> None:
    from unionrep.gui import (
        language,
        rc_unionrep,  # noqa: F401
    )

    assert language.apply_language("en")
    assert language.current_translator() is not None
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert language.apply_language("cy")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Ffeil"


def _check(folder) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "resources" / "update_ts.py"), "--check",
                           "--translations", str(folder)], capture_output=True, text=True)


def test_the_check_fails_on_an_unfinished_or_missing_message_in_either_file(tmp_path) -> None:
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    assert {p.name for p in tmp_path.glob("*.ts")} == {"unionrep_cy.ts", "unionrep_en.ts"}
    subprocess.run([sys.executable, str(ROOT / "resources" / "update_ts.py"), "--translations",
                    str(tmp_path)], check=True, capture_output=True)
    welsh = tmp_path / "unionrep_cy.ts"
    # whatever is still being translated elsewhere, this copy is made complete
    welsh.write_text(welsh.read_text(encoding="utf-8").replace(
        '<translation type="unfinished"></translation>', "<translation>x</translation>"), encoding="utf-8")
    english = tmp_path / "unionrep_en.ts"
    assert 'language="en_GB"' in english.read_text(encoding="utf-8")
    assert "<source>&amp;File</source>\n        <translation>&amp;File</translation>" in english.read_text(
        encoding="utf-8")
    assert _check(tmp_path).returncode == 0, _check(tmp_path).stdout
    good = {p: p.read_text(encoding="utf-8") for p in (welsh, english)}

    # an unfinished message in the Welsh
    welsh.write_text(good[welsh].replace("<translation>&amp;Ffeil</translation>",
                                         '<translation type="unfinished"></translation>'), encoding="utf-8")
    result = _check(tmp_path)
    assert result.returncode == 1 and "unionrep_cy.ts: 1 untranslated" in result.stdout
    assert "[MainWindow] &File" in result.stdout
    welsh.write_text(good[welsh], encoding="utf-8")

    # a message missing from the English
    text = good[english]
    start = text.index("    <message>\n        <source>&amp;File</source>")
    english.write_text(text[:start] + text[text.index("</message>\n", start) + len("</message>\n"):],
                       encoding="utf-8")
    result = _check(tmp_path)
    assert result.returncode == 1 and "unionrep_en.ts: 1 untranslated" in result.stdout
    assert "[MainWindow] &File" in result.stdout


# English words that leaked into the Welsh dashboard before (and words any English sentence has)
ENGLISH_WORDS = ("Most urgent", "Open", "left", "used", "pending", "Combined cap", "Paid time", "hours",
                 "days", "TOIL", "Needs attention", "Year", "a year", "in total", "of", "the", "and",
                 "over", "near", "request", "waited", "reps", "Dashboard", "Urgent", "Important",
                 "Warning", "Note", "awaiting", "facility time")
WELSH_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
                "Hydref", "Tachwedd", "Rhagfyr")


@pytest.fixture
def busy_steward(steward, session):
    """A steward over the allowance, with a request unanswered for 12 days (both flagged)."""
    import datetime as dt

    from unionrep.core.model import Entry

    for day in range(1, 13):  # 108 of 100 h: over the cap, the dashboard's banner
        session.entries.add(Entry(steward.id, "steward", dt.date(2025, 6, day), 9 * 60, "duties"))
    session.entries.add(Entry(steward.id, "steward", dt.date(2025, 12, 4), 120, "duties",
                              notice_on=dt.date(2025, 11, 8), status="requested", purpose="Branch committee"))
    return steward


def _shown_texts(root) -> list[str]:
    """Every text a reader of `root` sees: labels, buttons, group titles, list items, the current
    choice of each list, table headings, and each allowance bar's tooltip (how its cap was reached)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QHeaderView, QListWidget

    from unionrep.gui.widgets.allowance_bar import AllowanceBar

    def shown(w) -> bool:
        return w.isVisibleTo(root)

    found = [re.sub(r"<[^>]+>", "", w.text()) for w in root.findChildren(QLabel) if shown(w)]
    found += [w.text() for w in root.findChildren(QAbstractButton) if shown(w)]
    found += [w.title() for w in root.findChildren(QGroupBox) if shown(w)]
    found += [w.currentText() for w in root.findChildren(QComboBox) if shown(w)]
    for w in root.findChildren(QListWidget):
        found += [w.item(i).text() for i in range(w.count())] if shown(w) else []
    for h in root.findChildren(QHeaderView):
        model = h.model()
        if shown(h) and model is not None:
            found += [str(model.headerData(i, h.orientation())) for i in range(h.count())]
    found += [w.toolTip() for w in root.findChildren(AllowanceBar) if shown(w)]
    return [t for t in found if t]


def test_the_welsh_dashboard_has_no_english_left(busy_steward, window, ctx, qtbot) -> None:
    import re

    window.show_view("dashboard")
    ctx.set_language("cy")
    qtbot.waitUntil(lambda: window.view_actions["dashboard"].text() == "Dangosfwrdd")
    dashboard = window.stack.currentWidget()
    assert dashboard is window.view("dashboard")
    shown = _shown_texts(dashboard)
    assert any("Mwyaf brys" in t for t in shown)  # the banner is there, in Welsh
    assert any("y flwyddyn" in t for t in shown)  # a bar's tooltip says how its cap was reached
    leaks = {word: text for text in shown for word in ENGLISH_WORDS
             if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)}
    assert leaks == {}
    # and English comes back whole
    ctx.set_language("en")
    qtbot.waitUntil(lambda: window.view_actions["dashboard"].text() == "Dashboard")
    english = " ".join(_shown_texts(window.view("dashboard")))
    assert "Most urgent" in english and "Needs attention" in english


def test_flags_write_their_days_in_welsh_words(busy_steward, window, ctx, qtbot) -> None:
    import re

    ctx.set_language("cy")
    qtbot.waitUntil(lambda: window.view_actions["dashboard"].text() == "Dangosfwrdd")
    dashboard = window.show_view("dashboard")
    items = [dashboard.attention.item(i).text() for i in range(dashboard.attention.count())]
    waiting = next(t for t in items if "wedi aros" in t)
    assert "mae cais ar gyfer 4 Rhagfyr 2025 wedi aros 12 diwrnod am ateb" in waiting
    assert not [t for t in items if re.search(r"\d{4}-\d\d-\d\d", t)]  # no ISO dates left
    # the requests table too: the day in words, the order still the day's
    requests = window.show_view("requests")
    day = requests.model.data(requests.model.index(0, 0))
    assert day == "4 Rhag 2025" and any(m.startswith("Rhag") for m in WELSH_MONTHS)
    # English flags keep the ISO day (what --json has always said)
    assert any("2025-12-04" in f.text("en") for f in dashboard.flags)
