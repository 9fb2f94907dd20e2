"""Reading documents back as a person (or a screen reader) would: pdftotext, pdffonts, pypdf."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from unionrep.cli import main as cli

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts")),
    reason="poppler-utils (pdftotext, pdffonts) not installed",
)


def _run(tool: list[str], pdf: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(pdf)
        out = subprocess.run([*tool, str(path), *(["-"] if tool[0] == "pdftotext" else [])],
                             check=True, capture_output=True, text=True, encoding="utf-8")
    return out.stdout


def text(pdf: bytes, *, layout: bool = True) -> str:
    """The document's text, as pdftotext reads it."""
    return _run(["pdftotext", *(["-layout"] if layout else []), "-enc", "UTF-8"], pdf)


def flat(pdf: bytes) -> str:
    """The text with every run of white space folded to one space (for sentences that wrap)."""
    return " ".join(text(pdf, layout=False).split())


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def metadata(pdf: bytes) -> dict[str, str]:
    meta = PdfReader(io.BytesIO(pdf)).metadata
    return {} if meta is None else {k: str(v) for k, v in meta.items()}


def assert_fonts_embedded(pdf: bytes) -> None:
    """Every font is DejaVu Sans, embedded; no base-14 font is referenced."""
    out = _run(["pdffonts"], pdf)
    rows = out.splitlines()[2:]
    assert rows, out
    assert "Helvetica" not in out and "Times" not in out and "Courier" not in out, out
    for row in rows:
        assert "DejaVuSans" in row, row
        assert row.split()[-5] == "yes", f"font not embedded: {row}"


def cli_json(capsys, db_path, *args: str) -> tuple[int, dict]:
    """unionrep-cli --db DB --json ARGS… → (exit code, the JSON it printed)."""
    capsys.readouterr()
    code = cli.main(["--db", str(db_path), "--json", *args])
    return code, json.loads(capsys.readouterr().out)
