"""Exchange's way into the message catalogue (unionrep.i18n; its sentences are in
unionrep.i18n.exchange): t() says a message, MESSAGES is the catalogue."""

from __future__ import annotations

from unionrep.i18n import CATALOGUE, say

__all__ = ["MESSAGES", "t"]

MESSAGES = CATALOGUE
t = say
