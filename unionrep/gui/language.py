"""The interface language: one translator for the whole application, switched while it runs.

`apply_language` loads `:/translations/unionrep_<lang>.qm` (Welsh or English), replaces the
translator installed before it and sets the default QLocale. Installing a translator makes Qt send
every window a LanguageChange event; the main window rebuilds its menus and views on it, and each
dialog re-sets its own texts (`changeEvent`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from unionrep.gui import texts

LANGUAGES = ("cy", "en")
# each language named in itself, so that a reader of either finds their own
NATIVE_NAMES = {"cy": "Cymraeg", "en": "English"}
# where the language is chosen, named in both, so that a reader of either finds it
LANGUAGE_CHOICE = "Iaith / &Language"

_translator: QTranslator | None = None
_generation = 0  # counts the switches, so that a window rebuilds once for each


def locale_for(lang: str) -> QLocale:
    return QLocale(QLocale.Language.Welsh if lang == "cy" else QLocale.Language.English,
                   QLocale.Country.UnitedKingdom)


def apply_language(lang: str) -> bool:
    """Make `lang` the interface language; False if its translation could not be loaded."""
    global _translator, _generation
    _generation += 1
    lang = lang if lang in LANGUAGES else "en"
    QLocale.setDefault(locale_for(lang))
    texts.set_lang(lang)
    app = QCoreApplication.instance()
    translator = QTranslator(app)
    loaded = translator.load(f":/translations/unionrep_{lang}.qm")
    old, _translator = _translator, (translator if loaded else None)
    if loaded:
        QCoreApplication.installTranslator(translator)
    if old is not None:
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    return loaded


def current_translator() -> QTranslator | None:
    return _translator


def generation() -> int:
    """How many times the language has been applied: a window built at one generation and shown
    a LanguageChange at another has texts to remake."""
    return _generation
