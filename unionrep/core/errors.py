"""Errors the core raises. Each names the field at fault and the rule it broke.

A rule is an English template with named parameters, never a finished sentence:
`ValidationError("hours", "cannot be more than {max} hours in one entry", max=24)`. The error keeps
the template and its parameters and renders them when shown, in the language of the moment
(unionrep.core.messages.current_lang); the Welsh of every template is in unionrep.i18n.errors.
"""

from __future__ import annotations

from typing import Any

from unionrep.core.messages import current_lang
from unionrep.core.messages_errors import not_found_text, profile_prefix, render


def error_lang(lang: str | None = None) -> str:
    """The language an error is said in: `lang`, else the language of the moment ("en" or "cy")."""
    return lang or current_lang()


class UnionrepError(Exception):
    """Base of every error that is shown to a user rather than as a traceback.

    Raised directly, `message` is a template of messages_errors and `params` fill it. Subclasses
    that build a finished message in their own catalogue pass it with no params.
    """

    def __init__(self, message: str = "", /, **params: Any) -> None:
        super().__init__(message)
        self.template = message
        self.params = params

    def text(self, lang: str | None = None) -> str:
        return render(self.template, self.params, lang)

    def __str__(self) -> str:
        return self.text()


class _RuleBroken(UnionrepError):
    """An error whose template is the rule that was broken (the subject is said beside it)."""

    @property
    def rule(self) -> str:
        """The rule, filled in, in the current language."""
        return render(self.template, self.params)

    def rule_text(self, lang: str | None = None) -> str:
        return render(self.template, self.params, lang)


class ValidationError(_RuleBroken):
    """Bad input: `field` broke the rule `rule` (a template filled with `params`). Nothing has
    been written."""

    def __init__(self, field: str, rule: str, /, **params: Any) -> None:
        super().__init__(rule, **params)
        self.field = field

    def text(self, lang: str | None = None) -> str:
        return f"{self.field}: {self.rule_text(lang)}"

    def for_field(self, field: str) -> ValidationError:
        """The same rule, said of another field (an environment variable for a parameter)."""
        return ValidationError(field, self.template, **self.params)


class NotFoundError(UnionrepError):
    """A rep, entry or other record named by the user does not exist."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(kind)
        self.kind = kind
        self.key = key

    def text(self, lang: str | None = None) -> str:
        return not_found_text(self.kind, self.key, lang)


class ProfileError(_RuleBroken):
    """A policy profile is malformed; `key` is the dotted path of the bad key, `rule` a template
    filled with `params`."""

    def __init__(self, key: str, rule: str, /, **params: Any) -> None:
        super().__init__(rule, **params)
        self.key = key

    def text(self, lang: str | None = None) -> str:
        return f"{profile_prefix(lang)}: {self.key}: {self.rule_text(lang)}"
