"""The PySide6 desktop app (the only package that imports Qt)."""

from unionrep.gui.compat import protect_none, read_source_quickly

protect_none()  # imports Qt's core: its import hook is in place from here on
read_source_quickly()
