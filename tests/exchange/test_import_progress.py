"""A long import says how far it is, and stops when asked, leaving the database as it was."""

from __future__ import annotations

import os
import signal

import pytest
from exchange_helpers import PASSPHRASE, export

from unionrep.cli import main as cli
from unionrep.exchange import progress as progress_mod
from unionrep.exchange import rows as rows_mod
from unionrep.exchange.progress import ImportCancelled


@pytest.fixture(autouse=True)
def _report_every_record(monkeypatch):
    """The bundles here are small: a report at every record instead of every 2,000."""
    monkeypatch.setattr(progress_mod, "EVERY", 1)


def whole(session) -> dict[str, list[tuple]]:
    """Every row of every table and the schema itself (an import drops and puts back a trigger)."""
    db = session.store.db
    tables = {name: sorted(map(tuple, db.execute(f"SELECT * FROM [{name}]").fetchall()), key=repr)
              for name in db.table_names()}
    schema = sorted(db.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    return {**tables, "sqlite_master": schema}


class Recorder:
    """A progress callback that keeps every report and answers False from the `stop_at`-th report
    of the stage `stage` on."""

    def __init__(self, stage: str | None = None, stop_at: int = 1) -> None:
        self.reports: list[tuple[int, int, str]] = []
        self.stage, self.stop_at = stage, stop_at

    def __call__(self, done: int, total: int, stage: str) -> bool:
        self.reports.append((done, total, stage))
        return sum(s == self.stage for _, _, s in self.reports) < self.stop_at

    def stages(self) -> list[str]:
        return list(dict.fromkeys(s for _, _, s in self.reports))


@pytest.fixture
def bundle(branch, tmp_path):
    """The branch's 13 records: 2 reps + their 2 weekly hours + 3 roles + 4 entries + an extension + TOIL."""
    path = tmp_path / "branch.bundle"
    report = export(branch, path)
    assert sum(report.counts.values()) == 13
    return path


def test_preview_and_import_report_each_stage_in_order(laptop, bundle):
    session = laptop
    heard = Recorder()
    preview = session.exchange.preview(bundle, PASSPHRASE, progress=heard)
    assert heard.stages() == ["open", "check", "compare"]
    checked = [done for done, total, stage in heard.reports if stage == "check"]
    assert checked == list(range(0, 14)) and {t for _, t, s in heard.reports if s == "check"} == {13}
    heard = Recorder()
    report = session.exchange.apply(preview, progress=heard)
    assert report.added == 13
    assert heard.stages() == ["write", "audit", "save"]
    # every record written and audited once, counted up to the 13 of them
    assert max(d for d, _, s in heard.reports if s == "write") == 13
    assert max(d for d, _, s in heard.reports if s == "audit") == 13
    assert all(0 <= done <= total for done, total, stage in heard.reports if total)


def test_a_preview_stopped_part_way_writes_nothing(laptop, bundle):
    session = laptop
    before = whole(session)
    with pytest.raises(ImportCancelled, match="cancelled; nothing was changed"):
        session.exchange.preview(bundle, PASSPHRASE, progress=Recorder("check", stop_at=5))
    assert whole(session) == before


@pytest.mark.parametrize(("stage", "stop_at"), [("write", 1), ("write", 7), ("audit", 6), ("save", 1)])
def test_an_import_stopped_part_way_leaves_the_database_as_it_was(laptop, bundle, monkeypatch, stage,
                                                                  stop_at):
    monkeypatch.setattr(rows_mod, "BULK_ENTRIES", 1)  # the bulk path too: its trigger dropped, then put back
    session = laptop
    preview = session.exchange.preview(bundle, PASSPHRASE)
    before = whole(session)
    heard = Recorder(stage, stop_at)
    with pytest.raises(ImportCancelled):
        session.exchange.apply(preview, progress=heard)
    assert heard.reports[-1][2] == stage  # stopped where asked, rows already written by then
    assert whole(session) == before
    # and the same preview still imports everything afterwards
    assert session.exchange.apply(preview).added == 13
    assert session.store.db.execute("SELECT count(*) FROM entries").fetchone()[0] == 4


def test_a_csv_import_stopped_part_way_adds_nothing(branch, tmp_path):
    session = branch
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Name,Role,Date,Hours,Reason\r\n"
                     "Siân Ŵyn,steward,2025-07-01,1,Surgery\r\n"
                     "Siân Ŵyn,steward,2025-07-02,1,Surgery\r\n"
                     "Siân Ŵyn,steward,2025-07-03,1,Surgery\r\n", encoding="utf-8")
    checked = session.exchange.read_csv(sheet)
    assert len(checked.entries) == 3 and not checked.bad
    before = whole(session)
    with pytest.raises(ImportCancelled):
        session.exchange.import_csv(checked, progress=Recorder("write", stop_at=2))
    assert whole(session) == before


@pytest.fixture
def cli_bundle(bundle, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UNIONREP_BUNDLE_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "target.db"
    assert cli.main(["--db", str(target), "init"]) == 0
    capsys.readouterr()
    return bundle, target


def interrupt_while_writing(monkeypatch, table: str = "entries") -> None:
    """Ctrl-C, as the terminal sends it (SIGINT to the process), while the import writes `table`."""
    insert = rows_mod.AuditedRows.insert

    def insert_then_interrupt(self, table_, rows, revived=()):
        insert(self, table_, rows, revived)
        if table_.name == table:
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(rows_mod.AuditedRows, "insert", insert_then_interrupt)


@pytest.mark.parametrize("json_output", [False, True])
def test_ctrl_c_during_a_cli_import_cancels_it_with_nothing_changed(cli_bundle, monkeypatch, capsys,
                                                                    json_output):
    from unionrep.app import open_session

    bundle, target = cli_bundle
    before = whole(open_session(target))
    interrupt_while_writing(monkeypatch)
    code = cli.main(["--db", str(target), *(["--json"] if json_output else []), "import", str(bundle)])
    out = capsys.readouterr()
    assert code == 1
    if json_output:
        assert "cancelled; nothing was changed" in out.out and out.err == ""
    else:
        assert "unionrep-cli: error: the import was cancelled; nothing was changed" in out.err
    assert whole(open_session(target)) == before
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # Ctrl-C as before afterwards


def test_the_cli_shows_progress_on_a_terminal_only_and_never_with_json(cli_bundle, monkeypatch, capsys):
    bundle, target = cli_bundle
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert cli.main(["--db", str(target), "--json", "import", str(bundle), "--dry-run"]) == 0
    assert "Checking the records" not in capsys.readouterr().err
    assert cli.main(["--db", str(target), "import", str(bundle)]) == 0
    err = capsys.readouterr().err
    assert "\rChecking the records: 13 of 13" in err and "\rWriting the records: 13 of 13" in err
    assert err.endswith("\r")  # the progress line is cleared at the end
