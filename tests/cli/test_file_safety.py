"""Every command that writes a file refuses the database itself, the files beside it and its backups
folder (even with --force), refuses any other existing file unless --force is given, and writes
through a temporary file beside the target."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from unionrep.cli import main as cli
from unionrep.core.errors import ValidationError
from unionrep.core.model import Entry, Rep
from unionrep.files import check_target
from unionrep.paths import ensure_backups_dir

D = dt.date


@pytest.fixture
def branch(session, db_path):
    rep = session.reps.add(Rep(name="Gwenllïan Ŵyn", union_name="UNSAIN Cymru")).result
    session.roles.assign(rep.id, "steward", D(2024, 4, 1))
    entry = session.entries.add(Entry(rep.id, "steward", D(2025, 6, 13), 150, "duties", purpose="Hearing",
                                      notice_on=D(2025, 6, 1), status="requested")).result
    dispute = session.disputes.open(entry.id, D(2025, 6, 5), "").result
    session.store.db.close()
    return db_path, rep, entry, dispute


def _commands(rep, entry, dispute) -> list[tuple[list[str], str]]:
    """(the command before its file, how it takes the file: "arg" or "-o")."""
    return [
        (["export", "--plain"], "arg"),
        (["csv", "export"], "arg"),
        (["ics", "entries"], "arg"),
        (["backup"], "arg"),
        (["dispute", "ics"], "-o"),
        (["proforma", entry.id], "-o"),
        (["letter", dispute.id, "--stage", "1"], "-o"),
        (["statement", rep.id, "--year", "2025"], "-o"),
        (["summary", "--year", "2025"], "-o"),
    ]


def _run(capsys, db_path: Path, command: list[str], how: str, target: Path, *extra: str):
    place = [str(target)] if how == "arg" else ["-o", str(target)]
    code = cli.main(["--db", str(db_path), "--json", *command, *place, *extra])
    out = capsys.readouterr().out
    return code, json.loads(out.strip().splitlines()[-1]) if out.strip() else {}


def _suffixed(db_path: Path, name: str) -> Path:
    return db_path.with_name(name)


def test_no_command_writes_over_the_database_or_its_files_even_with_force(branch, capsys) -> None:
    db_path, rep, entry, dispute = branch
    backups = ensure_backups_dir(db_path)
    (backups / "keep.pdf").write_bytes(b"a file in the backups folder")
    lock = _suffixed(db_path, db_path.name + ".lock")
    lock.write_bytes(b"the lock")
    beside = [_suffixed(db_path, db_path.name + s) for s in ("-wal", "-shm", "-journal")]
    targets = [db_path, *beside, lock, backups / "keep.pdf", backups / "new.pdf"]
    for command, how in _commands(rep, entry, dispute):
        for target in targets:
            code, out = _run(capsys, db_path, command, how, target, "--force")
            assert code == 1, (command, target, out)
            assert "database" in out["error"] or "-o/--output" in out["error"], (command, target, out)
            if how == "arg" or target.suffix == ".pdf":
                assert "database" in out["error"], (command, target, out)
    assert lock.read_bytes() == b"the lock"
    assert (backups / "keep.pdf").read_bytes() == b"a file in the backups folder"
    assert not (backups / "new.pdf").exists()
    assert cli.main(["--db", str(db_path), "check"]) == 0  # still whole, the entry still there
    assert cli.main(["--db", str(db_path), "--json", "log", "list"]) == 0
    assert entry.id in capsys.readouterr().out


def test_the_database_itself_is_named_in_the_message(branch, capsys) -> None:
    db_path, *_ = branch
    code, out = _run(capsys, db_path, ["csv", "export"], "arg", db_path, "--force")
    assert code == 1
    assert out["error"] == f"file: {db_path} is the database itself; choose another file"
    assert cli.main(["--lang", "cy", "--db", str(db_path), "ics", "entries", str(db_path)]) == 1
    assert capsys.readouterr().err == (f"unionrep-cli: gwall: file: {db_path} yw'r gronfa ddata ei hun; "
                                       "dewiswch ffeil arall\n")


def test_an_existing_file_is_replaced_only_with_force(branch, tmp_path, capsys) -> None:
    db_path, rep, entry, dispute = branch
    for n, (command, how) in enumerate(_commands(rep, entry, dispute)):
        target = tmp_path / f"out-{n}.{'db' if command == ['backup'] else 'pdf' if how == '-o' else 'x'}"
        if command[:2] == ["dispute", "ics"]:
            target = target.with_suffix(".ics")
        target.write_bytes(b"keep me")
        code, out = _run(capsys, db_path, command, how, target)
        assert code == 1, (command, out)
        assert "already exists; add --force to replace it" in out["error"], (command, out)
        assert target.read_bytes() == b"keep me"
        code, out = _run(capsys, db_path, command, how, target, "--force")
        assert code == 0, (command, out)
        assert target.read_bytes() != b"keep me"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary files


def test_check_target_knows_a_hard_link_and_a_symlink_to_the_database(tmp_path) -> None:
    db_path = tmp_path / "branch.db"
    db_path.write_bytes(b"data")
    (tmp_path / "link.db").hardlink_to(db_path)
    (tmp_path / "sym.db").symlink_to(db_path)
    for name in ("link.db", "sym.db"):
        with pytest.raises(ValidationError, match="is the database itself"):
            check_target(tmp_path / name, db_path, force=True)
    with pytest.raises(ValidationError, match="is a folder"):
        check_target(tmp_path, db_path, force=True)
    with pytest.raises(ValidationError, match="no such folder"):
        check_target(tmp_path / "nowhere" / "x.csv", db_path, force=True)
    assert check_target(tmp_path / "new.csv", db_path, force=False) == tmp_path / "new.csv"
