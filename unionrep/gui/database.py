"""Opening databases from the window: the passphrase asked in a dialog (never on a terminal the
user cannot see). Second connections for worker threads: unionrep.app.book.own_session."""

from __future__ import annotations

import os
from typing import Any


def install_passphrase_prompt() -> None:
    """Make the database layer ask for a passphrase with the window's dialog."""
    from unionrep.app.start import use_prompt  # not app.book: its backups are not needed at start

    use_prompt(ask_in_a_dialog)


def ask_in_a_dialog(request: Any) -> str | None:
    """The passphrase dialog's prompt, its module imported when first asked (most starts ask
    nothing: the key comes from the keyring)."""
    from unionrep.gui.dialogs.passphrase import ask_passphrase

    return ask_passphrase(request)


def remove_passphrase_prompt() -> None:
    """Give the database layer its terminal prompt back (when the window is gone)."""
    from unionrep.app.start import use_prompt

    use_prompt(None)


def demo_plain() -> None:
    """The demo branch is throw-away sample data in a temporary folder: no passphrase for it."""
    os.environ["UNIONREP_PLAIN"] = "1"
