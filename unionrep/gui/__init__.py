"""The PySide6 desktop app (the only package that imports Qt)."""

from unionrep.gui.compat import protect_none

protect_none()
