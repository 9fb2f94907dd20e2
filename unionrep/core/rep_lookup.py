"""Finding a rep from what a user types (DESIGN: `REP`), and the rule that two current reps are not
known by one name unless their employee numbers tell them apart (RULES §1)."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Sequence

from unionrep.core.errors import NotFoundError, ValidationError
from unionrep.core.messages import t
from unionrep.core.model import Rep

MIN_ID_PREFIX = 6


def fold(text: str) -> str:
    """A name as it is matched: accents dropped, case folded, spaces single ("Siân  Ŵyn" → "sian wyn")."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


class RepNotFound(NotFoundError):
    """No rep answers to the key; `suggestions` are the closest names."""

    def __init__(self, key: str, suggestions: list[str]) -> None:
        super().__init__("rep", key)
        self.suggestions = suggestions

    def text(self, lang: str | None = None) -> str:
        found = super().text(lang)
        if not self.suggestions:
            return found
        return f"{found}; {t('rep.did_you_mean', lang, names=', '.join(self.suggestions))}"


def find_rep(reps: Sequence[Rep], key: str) -> Rep:
    """The one rep `key` names: an id, an id prefix of 6+ characters, an employee number, or a name
    (exactly, else without regard to case and accents). Raises ValidationError naming the reps
    where the key fits more than one, RepNotFound (with the closest names) where it fits none."""
    wanted = key.strip()
    tiers = (
        [r for r in reps if r.id == wanted],
        [r for r in reps if len(wanted) >= MIN_ID_PREFIX and r.id.startswith(wanted.lower())],
        [r for r in reps if r.employee_no and r.employee_no.strip().casefold() == wanted.casefold()],
        [r for r in reps if r.name == wanted],
        [r for r in reps if fold(r.name) == fold(wanted)],
    )
    for matches in tiers:
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise ValidationError("rep", "{key!r} fits {count} reps ({reps}); use an id or employee number",
                                  key=key, count=len(matches),
                                  reps=", ".join(f"{r.name} {r.employee_no or r.id[:8]}" for r in matches))
    raise RepNotFound(key, closest_names(reps, wanted))


def closest_names(reps: Iterable[Rep], key: str, count: int = 3) -> list[str]:
    """The names most like `key`, compared without case and accents (difflib's ratio ≥ 0.6)."""
    by_folded: dict[str, str] = {}
    for rep in reps:
        by_folded.setdefault(fold(rep.name), rep.name)
    return [by_folded[f] for f in difflib.get_close_matches(fold(key), list(by_folded), n=count)]


def check_name_free(rep: Rep, others: Iterable[Rep]) -> None:
    """Refuse a name (case and accents aside) that another current rep has, unless both have
    employee numbers and they differ. A rep who has stood down holds no name."""
    if rep.ended_on is not None:
        return
    for other in others:
        if other.id == rep.id or other.ended_on is not None or fold(other.name) != fold(rep.name):
            continue
        if rep.employee_no and other.employee_no and rep.employee_no != other.employee_no:
            continue
        raise ValidationError("name", "{other} is already a current rep's name; give both reps their "
                                      "employee numbers to tell them apart", other=other.name)
