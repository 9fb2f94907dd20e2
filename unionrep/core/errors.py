"""Errors the core raises. Each names the field at fault and the rule it broke."""

from __future__ import annotations


class UnionrepError(Exception):
    """Base of every error that is shown to a user rather than as a traceback."""


class ValidationError(UnionrepError):
    """Bad input: `field` broke `rule`. Nothing has been written."""

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(f"{field}: {rule}")
        self.field = field
        self.rule = rule


class NotFoundError(UnionrepError):
    """A rep, entry or other record named by the user does not exist."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"{kind} not found: {key}")
        self.kind = kind
        self.key = key


class ProfileError(UnionrepError):
    """A policy profile is malformed; `key` is the dotted path of the bad key."""

    def __init__(self, key: str, rule: str) -> None:
        super().__init__(f"policy profile: {key}: {rule}")
        self.key = key
        self.rule = rule
