"""The user guide for reps, in Welsh and English (Markdown), shipped with the package."""

from __future__ import annotations

from importlib import resources

LANGUAGES = ("cy", "en")


def guide_name(lang: str) -> str:
    """The file of the guide in `lang`; English for a language the guide is not written in."""
    return f"guide.{lang if lang in LANGUAGES else 'en'}.md"


def guide(lang: str) -> str:
    """The guide's Markdown text in `lang` ("cy" or "en")."""
    return resources.files(__name__).joinpath(guide_name(lang)).read_text(encoding="utf-8")
