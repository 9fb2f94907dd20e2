"""A PDF's pages shown before it is saved: rendered by PDFium (the pypdfium2 wheel), each page an
image in a scroll area, with Save… and Open in viewer.

(PDFium rather than Qt's own QtPdf: QtPdf comes only in pyside6-pdf, made for PySide6 6.12, whose
bindings miscount references on Python 3.11 — see pyproject.toml.) Where pypdfium2 is not
installed, `available()` is False and the caller saves the PDF and opens it in the system's viewer
instead.
"""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from unionrep.gui.geometry import fit_to_screen
from unionrep.gui.widgets.view_actions import tab_order

PAGE_WIDTH = 720  # pixels: an A4 page readable in a dialog on a small laptop
SHOWN_PAGES = 20  # a Pro Forma is a page or two; a long document is read in the viewer


def _t(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


def _pdfium() -> Any | None:
    try:
        return importlib.import_module("pypdfium2")
    except ImportError:
        return None


def available() -> bool:
    """Whether pages can be rendered here (pypdfium2 is installed)."""
    return _pdfium() is not None


_FORMATS = {"BGR": QImage.Format.Format_BGR888, "BGRA": QImage.Format.Format_ARGB32,
            "BGRX": QImage.Format.Format_RGB32, "L": QImage.Format.Format_Grayscale8}


@contextmanager
def _document(data: bytes) -> Iterator[Any]:
    """The PDF `data` opened by PDFium, closed afterwards. Raises ValueError for data PDFium cannot read."""
    pdfium = _pdfium()
    if pdfium is None:
        raise RuntimeError("pypdfium2 is not installed")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise ValueError(f"the PDF could not be read ({exc})") from None
    try:
        yield document
    finally:
        document.close()


def render_pages(data: bytes, width: int = PAGE_WIDTH, most: int = SHOWN_PAGES) -> tuple[list[QImage], int]:
    """The first `most` pages of the PDF `data` as images `width` pixels wide, and the page count.
    Raises ValueError for data PDFium cannot read."""
    pages = iter_pages(data, width)
    count: int = next(pages)
    images = [image for _, image in zip(range(most), pages, strict=False)]
    pages.close()
    return images, count


def iter_pages(data: bytes, width: int) -> Generator[Any, None, None]:
    """The page count of the PDF `data`, then each page in turn as a QImage `width` pixels wide
    (one page in memory at a time). Raises ValueError for data PDFium cannot read."""
    with _document(data) as document:
        yield len(document)
        for number in range(len(document)):
            page = document[number]
            points = page.get_width()
            bitmap = page.render(scale=width / points if points else 1)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           _FORMATS[bitmap.mode])
            copy = image.copy()  # its own pixels, not PDFium's buffer
            bitmap.close()
            page.close()
            yield copy


def page_texts(data: bytes, most: int = SHOWN_PAGES) -> list[str]:
    """The words of the first `most` pages of the PDF `data`, each page's in the order PDFium reads
    them (the order they were written: the form's order, top to bottom)."""
    with _document(data) as document:
        texts = []
        for number in range(min(most, len(document))):
            page = document[number]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_bounded().replace("\r\n", "\n").strip())
            textpage.close()
            page.close()
        return texts


class PdfPreviewDialog(QDialog):
    """The pages of `data`; Save… asks where (`ask_path` gives a Path or None) and writes it with
    `write(path, data)`; Open in viewer hands a temporary copy to the system's viewer."""

    saved = Signal(Path)

    def __init__(self, title: str, data: bytes, file_name: str,
                 ask_path: Callable[[PdfPreviewDialog], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title)
        self.data = data
        self.file_name = file_name
        self._ask_path = ask_path
        self.viewer_copy: Path | None = None

        images, self.page_count = render_pages(data)
        texts = page_texts(data)
        self.page_labels: list[QLabel] = []
        pages = QWidget()
        pages.setObjectName("previewPages")
        column = QVBoxLayout(pages)
        column.setSpacing(12)
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setFrameShape(QLabel.Shape.Box)
            label.setAccessibleName(_t("Page {number} of {count}").format(number=number,
                                                                          count=self.page_count))
            label.setAccessibleDescription(texts[number - 1])
            self.page_labels.append(label)
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        if self.page_count > len(images):
            more = QLabel(_t("{count} more pages: open the document in the viewer to read them.").format(
                count=self.page_count - len(images)))
            column.addWidget(more, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(pages)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setAccessibleName(_t("The document's pages"))
        self.pages_area = scroll
        # what the pages say, for a screen reader (and to copy from): the pages are pictures
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("previewText")
        self.text_view.setReadOnly(True)
        self.text_view.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                               | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_view.setAccessibleName(_t("The document's text"))
        self.text_view.setAccessibleDescription(_t("What the pages say, page by page, in reading order"))
        self.text_view.setPlainText("\n\n".join(
            _t("Page {number} of {count}").format(number=number, count=self.page_count) + "\n\n" + text
            for number, text in enumerate(texts, start=1)))
        self.views = QTabWidget()
        self.views.setObjectName("previewTabs")
        self.views.setAccessibleName(_t("The document"))
        self.views.addTab(scroll, _t("Pa&ges"))
        self.views.addTab(self.text_view, _t("&Text"))

        self.count_label = QLabel(_t("{count} pages").format(count=self.page_count) if self.page_count != 1
                                  else _t("1 page"))
        self.count_label.setObjectName("previewPageCount")
        # a row of plain buttons, not a QDialogButtonBox: Tab there skipped Close after Open in viewer
        self.close_button = QPushButton(_t("&Close"))
        self.close_button.setObjectName("previewCloseButton")
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton(_t("&Save…"))
        self.save_button.setObjectName("previewSaveButton")
        self.save_button.setDefault(True)
        self.open_button = QPushButton(_t("&Open in viewer"))
        self.open_button.setObjectName("previewOpenButton")
        self.open_button.setToolTip(_t("A copy opens in the system's PDF viewer, to print it or read it "
                                       "larger; save it here to keep it"))
        self.print_button = QPushButton(_t("&Print…"))
        self.print_button.setObjectName("previewPrintButton")
        self.print_button.setToolTip(_t("These pages, through the system's print dialog"))
        self.print_button.clicked.connect(self.print_pages)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.save_button.clicked.connect(lambda: self._ask_path(self))
        self.open_button.clicked.connect(self.open_in_viewer)

        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.views, 1)
        layout.addLayout(buttons)
        tab_order(self.views, scroll, self.text_view, self.save_button, self.print_button, self.open_button,
                  self.close_button)
        fit_to_screen(self, QSize(PAGE_WIDTH + 80, 760))

    def print_pages(self) -> QWidget:
        from unionrep.gui.printing import print_pdf

        return print_pdf(self, self.data, self.windowTitle())

    def open_in_viewer(self) -> Path:
        """Write a copy in this session's temporary folder (removed when unionrep exits: the viewer
        may read it after this dialog has closed) and open it."""
        path = _scratch_folder() / self.file_name
        path.write_bytes(self.data)
        self.viewer_copy = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def mark_saved(self, path: Path) -> None:
        self.saved.emit(path)


_SCRATCH: list[tempfile.TemporaryDirectory[str]] = []


def _scratch_folder() -> Path:
    if not _SCRATCH:
        _SCRATCH.append(tempfile.TemporaryDirectory(prefix="unionrep-preview-"))  # removed at exit
    return Path(_SCRATCH[0].name)
