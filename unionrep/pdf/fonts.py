"""The one TrueType family every unionrep document uses: DejaVu Sans, embedded.

The 14 PDF base fonts (Helvetica and friends) lack ŵ ŷ Ŵ Ŷ, so every document registers and
embeds DejaVu Sans (RULES §4). Registration is global to reportlab and costs a few tens of
milliseconds (parsing four TTFs), so it happens once per process.
"""

from __future__ import annotations

import threading
from importlib import resources

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

# reportlab font name -> file in unionrep/pdf/fonts/
_FACES: dict[str, str] = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the DejaVu Sans family with reportlab (once) and return the family name.

    After this, ``<b>``/``<i>`` in a Paragraph whose style uses ``FAMILY`` pick the bold and
    oblique faces, and every face is embedded (subset) in the PDF.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        folder = resources.files("unionrep.pdf").joinpath("fonts")
        for name, filename in _FACES.items():
            # as_file gives a real path even from a zip (PyInstaller); TTFont reads the whole
            # file while constructing, so the temporary path may go away afterwards.
            with resources.as_file(folder.joinpath(filename)) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        # Binary (Flate-only) streams instead of ASCII85 on top: a fifth smaller and, without
        # reportlab's C accelerator, a few milliseconds faster per document. Every PDF reader
        # handles binary streams; only unionrep renders PDFs in this process.
        rl_config.useA85 = 0
        _registered = True
    return FAMILY
