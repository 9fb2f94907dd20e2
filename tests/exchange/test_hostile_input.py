"""Bundles and spreadsheets made to hurt: a bundle that inflates to gigabytes, a payload nested
thousands deep, a sender label with terminal escapes, a CSV with a megabyte cell or saved as UTF-16;
and random ones (Hypothesis). Each is read or refused with a message; nothing is written on refusal."""

from __future__ import annotations

import codecs
import hashlib
import json
import tracemalloc
import zlib

import pytest
from exchange_helpers import PASSPHRASE, dump, export, rewrite
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionrep.cli import main as cli
from unionrep.core.errors import UnionrepError
from unionrep.exchange import apply_import, preview_import
from unionrep.exchange.csv_entries import read_entries_csv
from unionrep.exchange.envelope import MAX_PAYLOAD, _frame
from unionrep.exchange.errors import BundleError, RecordRejected

MB = 1024 * 1024


def _plain_bundle(body: bytes) -> bytes:
    header = {"compression": "zlib", "cipher": "none", "body_length": len(body),
              "body_sha256": hashlib.sha256(body).hexdigest()}
    return _frame(header) + body


def _bomb(unpacked: int) -> bytes:
    """A plain bundle whose body inflates to `unpacked` bytes of zeros (about a thousandth of it
    packed), made without holding the unpacked bytes."""
    packer = zlib.compressobj(9)
    zeros = bytes(MB)
    body = b"".join(packer.compress(zeros) for _ in range(unpacked // MB)) + packer.flush()
    return _plain_bundle(body)


def test_a_bundle_that_inflates_past_the_limit_is_refused_within_it(branch, tmp_path):
    path = tmp_path / "bomb.bundle"
    path.write_bytes(_bomb(MAX_PAYLOAD + 64 * MB))  # 320 MB unpacked, 0.3 MB packed
    before = dump(branch)
    tracemalloc.start()
    try:
        with pytest.raises(BundleError) as caught:
            preview_import(branch, path, None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.reason == "too_large"
    assert str(caught.value) == ("the bundle's contents are larger than unionrep will open: its 1 MB unpack "
                                 "to more than 256 MB")
    assert peak < MAX_PAYLOAD + 64 * MB  # stopped at the limit, not after unpacking it all
    assert dump(branch) == before


def test_a_payload_nested_thousands_deep_is_refused_not_a_traceback(branch, db_path, tmp_path, capsys):
    path = tmp_path / "deep.bundle"
    path.write_bytes(_plain_bundle(zlib.compress(b"[" * 200_000 + b"]" * 200_000)))
    with pytest.raises(BundleError) as caught:
        preview_import(branch, path, None)
    assert caught.value.reason == "too_deep"
    branch.store.db.close()
    assert cli.main(["--db", str(db_path), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "nested more deeply than any bundle unionrep writes" in err and "Traceback" not in err


def test_a_sender_label_or_a_name_with_terminal_escapes_is_refused(branch, laptop, tmp_path):
    path = tmp_path / "escapes.bundle"
    export(branch, path)
    rewrite(path, lambda p: p["origin"].__setitem__("label", "Branch\x1b[2J\x1b[1;1HTrusted Sender"))
    with pytest.raises(BundleError, match=r"origin\.label: must not contain control characters"):
        preview_import(laptop, path, PASSPHRASE)

    def poison_name(payload):
        reps = payload["tables"]["reps"]
        reps["rows"][0][reps["columns"].index("name")] = "Siân\x07\x1b]0;pwned\x07"

    export(branch, path, force=True)
    rewrite(path, poison_name)
    before = dump(laptop)
    with pytest.raises(RecordRejected, match=r"name: must not contain the control character U\+0007"):
        apply_import(laptop, preview_import(laptop, path, PASSPHRASE))
    assert dump(laptop) == before


def test_a_csv_with_a_megabyte_cell_is_refused_with_a_message(branch, tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("Date,Hours,Rep\n2025-06-02,2,\"" + "x" * MB + "\"\n", encoding="utf-8")
    with pytest.raises(UnionrepError, match="row 2: a cell is longer than 131,072 characters"):
        read_entries_csv(branch, path)


def test_a_utf16_csv_is_read(branch, tmp_path):
    path = tmp_path / "unicode.csv"
    text = "Dyddiad\tOriau\tCynrychiolydd\tRole\tPwrpas\r\n2025-06-02\t2\tSiân Ŵyn\tsteward\tCyfarfod\r\n"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))  # Excel's "Unicode text"
    checked = read_entries_csv(branch, path)
    assert checked.bad == [] and len(checked.entries) == 1
    assert checked.entries[0][1].purpose == "Cyfarfod"


def test_csv_export_of_a_year_out_of_range_is_a_message(branch, db_path, tmp_path, capsys):
    branch.store.db.close()
    target = tmp_path / "out.csv"
    assert cli.main(["--db", str(db_path), "csv", "export", str(target), "--year", "99999"]) == 1
    assert capsys.readouterr().err == "unionrep-cli: error: year: 99999 is outside the years 1990–2100\n"
    assert not target.exists()


# -- random input ------------------------------------------------------------------------------

JSONISH = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8)),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner,
                                                                          max_size=4)),
    max_leaves=20)


@st.composite
def bundles(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["bytes", "payload", "mutated"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    payload = draw(st.one_of(
        JSONISH.map(lambda v: json.dumps(v).encode()),
        st.fixed_dictionaries({"format": st.just(1), "bundle_id": st.text(max_size=40),
                               "origin": JSONISH, "tables": JSONISH}).map(lambda v: json.dumps(v).encode()),
        st.binary(max_size=100)))
    data = _plain_bundle(zlib.compress(payload))
    if kind == "mutated":
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + draw(st.binary(min_size=0, max_size=4)) + data[at + 1:]
    return data


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=bundles())
def test_random_bundles_are_read_or_refused_never_a_traceback(branch, tmp_path, data):
    path = tmp_path / "random.bundle"
    path.write_bytes(data)
    before = dump(branch)
    try:
        preview = preview_import(branch, path, None)
    except UnionrepError as exc:
        assert len(str(exc)) >= 10
    else:
        try:
            apply_import(branch, preview)
        except UnionrepError:
            assert dump(branch) == before


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_random_spreadsheets_are_read_or_refused_never_a_traceback(branch, tmp_path, text, encoding):
    path = tmp_path / "random.csv"
    path.write_bytes(("Date,Hours,Rep,Purpose\n" + text).encode(encoding, errors="replace"))
    before = dump(branch)
    try:
        read_entries_csv(branch, path)
    except UnionrepError as exc:
        assert len(str(exc)) >= 10
    assert dump(branch) == before
