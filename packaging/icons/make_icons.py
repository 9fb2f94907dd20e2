"""Render the app icon (resources/icons/unionrep.svg, the one the window uses) to what each platform
needs, into packaging/icons/:

- unionrep-<N>.png for N in 16 … 512  (Linux: hicolor/<N>x<N>/apps; also the sources of the two below)
- unionrep.ico                        (Windows: 16, 24, 32, 48, 64, 128, 256 in one file)
- unionrep.icns                       (macOS: 16 … 1024)
- source.sha256                       (the SVG they were drawn from: a test says when to draw again)

    python packaging/icons/make_icons.py

Needs PySide6 (to draw the SVG) and Pillow (to write .ico and .icns). On a Mac, `iconutil` can
make the .icns instead: see packaging/macos.md.
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "icons" / "unionrep.svg"
OUT = Path(__file__).resolve().parent
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.exit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 — QImage needs one
    try:
        from PIL import Image
    except ImportError:
        sys.exit("Pillow is needed for the .ico and .icns files: pip install pillow")

    rendered = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    for size in PNG_SIZES:
        path = OUT / f"unionrep-{size}.png"
        # through Pillow, so the files carry no time stamp and a re-run changes nothing
        Image.open(io.BytesIO(rendered[size])).save(path, optimize=True)
        print(path.relative_to(ROOT))
    largest = Image.open(io.BytesIO(rendered[max(ICO_SIZES)]))
    largest.save(OUT / "unionrep.ico", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[Image.open(io.BytesIO(rendered[s])) for s in ICO_SIZES])
    print((OUT / "unionrep.ico").relative_to(ROOT))
    biggest = Image.open(io.BytesIO(rendered[max(ICNS_SIZES)]))
    biggest.save(OUT / "unionrep.icns", append_images=[Image.open(io.BytesIO(rendered[s])) for s in ICNS_SIZES])
    print((OUT / "unionrep.icns").relative_to(ROOT))
    digest = hashlib.sha256(SOURCE.read_bytes()).hexdigest()
    (OUT / "source.sha256").write_text(f"{digest}  {SOURCE.relative_to(ROOT).as_posix()}\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
