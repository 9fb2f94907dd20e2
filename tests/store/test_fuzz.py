"""Malformed input thrown at the app: random command lines against unionrep.cli.main, and random
mutations of the shipped policy profiles. No traceback reaches the user, every rejection names the
problem, and a rejected call changes no data."""

from __future__ import annotations

import contextlib
import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionrep.app.session import open_session
from unionrep.cli import main as cli
from unionrep.core import policy
from unionrep.core.errors import ProfileError, UnionrepError
from unionrep.store import crypto
from unionrep.store.health import open_readonly

WORDS = ["init", "rep", "add", "edit", "list", "show", "role", "assign", "end", "log", "delete",
         "balance", "flags", "policy", "set", "extension", "toil", "check", "backup", "restore",
         "recover", "passphrase", "change", "encrypt", "dispute", "deadline", "open", "escalate",
         "respond", "export", "import", "proforma", "steward", "health-safety", "learning",
         "duties", "training", "taken", "requested", "approved", "refused", "earned"]
FLAGS = ["--json", "--name", "--hours", "--start", "--end", "--date", "--role", "--category", "--status",
         "--from", "--to", "--on", "--weekly-hours", "--full-time-hours", "--scp", "--hourly-rate",
         "--school", "--not-school", "--employee-no", "--paid", "--unpaid", "--purpose", "--notice-on",
         "--case", "--agreed-on", "--kind", "--policy", "--all", "--year", "--quick", "--list", "--keep",
         "--failure", "--acas-a", "--acas-b", "--secondment-percent", "--ended-on", "-o", "--conference",
         "--political", "--refused-on", "--complaint", "--rep"]
VALUES = ["Cynrychiolydd 1 Ŵyn", "2025-06-02", "2025-02-30", "31/12/2025", "2.5", "2:30", "-1", "0",
          "99999999999999999999", "1e308", "nan", "inf", "09:00", "25:61", "37", "£12.34", "12.345",
          "", " ", "'", "\"", "%s", "{}", "[x]", "\\", "../../etc/passwd", "-", "--", "NULL",
          "settings.near_cap_percent", "allowances.steward.amount", "combined.amount", "true",
          "Robert'); DROP TABLE reps;--", "\x00", "\u202e", "ŵŷ", "a" * 300]
TOKEN = st.one_of(st.sampled_from(WORDS), st.sampled_from(FLAGS), st.sampled_from(VALUES),
                  st.text(max_size=12), st.integers(-10**6, 10**6).map(str))
REP = "Cynrychiolydd 1 Ŵyn"
GARBAGE = st.one_of(st.sampled_from(VALUES), st.text(max_size=10), st.integers(-10**9, 10**9).map(str))
DATE = st.one_of(st.dates().map(str), GARBAGE)
HOURS = st.one_of(st.sampled_from(["1", "2.5", "7:30", "0.25", "24", "100"]), GARBAGE)
ROLE = st.one_of(st.sampled_from(["steward", "health-safety", "learning", "equality"]), GARBAGE)
NAME = st.one_of(st.just(REP), GARBAGE)
# Commands as a user would type them, with any argument replaced by garbage: these get past the
# parser, into the services' validation.
TEMPLATES = [
    ["log", "add", NAME, "--role", ROLE, "--date", DATE, "--hours", HOURS],
    ["log", "add", NAME, "--role", ROLE, "--date", DATE, "--start", GARBAGE, "--end", GARBAGE,
     "--category", GARBAGE, "--status", GARBAGE, "--notice-on", DATE],
    ["rep", "add", "--name", GARBAGE, "--weekly-hours", HOURS, "--scp", GARBAGE],
    ["rep", "add", "--name", GARBAGE, "--hourly-rate", GARBAGE, "--employee-no", GARBAGE],
    ["rep", "edit", NAME, "--weekly-hours", HOURS, "--academic-start", GARBAGE, "--ended-on", DATE],
    ["role", "assign", NAME, ROLE, "--from", DATE, "--to", DATE, "--secondment-percent", GARBAGE],
    ["role", "end", NAME, ROLE, "--on", DATE],
    ["balance", NAME, "--on", DATE],
    ["flags", "--on", DATE],
    ["log", "list", NAME, "--year", GARBAGE, "--status", GARBAGE],
    ["toil", "add", NAME, "--date", DATE, "--hours", HOURS, "--kind", st.sampled_from(["earned", "taken"])],
    ["extension", "add", NAME, "--role", ROLE, "--case", GARBAGE, "--hours", HOURS, "--agreed-on", DATE],
    ["policy", "set", st.sampled_from(["settings.near_cap_percent", "allowances.steward.amount"]), GARBAGE],
    ["dispute", "deadline", "--failure", DATE, "--acas-a", DATE, "--acas-b", DATE],
    ["backup", "--keep", GARBAGE],
    ["restore", GARBAGE],
    ["check", "--quick"],
]
# Commands that write a file, given the database itself, a file beside it, one that exists, or a new
# one ({DB} is the database's path): refused with a message, or written, never over the database.
TARGET = st.sampled_from(["{DB}", "{DB}-wal", "{DB}-shm", "{DB}.lock", "{BACKUPS}/x.csv", "out.csv",
                          "out.pdf", "out.ics", "out.bundle", "existing.csv", "no-such-folder/x.csv", ".",
                          ""])
YEAR = st.one_of(st.sampled_from(["2025", "99999", "-1", "0", "1989", "2101", "2e3"]), GARBAGE)
FORCE = st.sampled_from([[], ["--force"]])
WRITERS = [
    ["csv", "export", TARGET, "--year", YEAR, FORCE],
    ["export", "--plain", TARGET, FORCE],
    ["ics", "entries", TARGET, "--from", DATE, FORCE],
    ["statement", NAME, "--year", YEAR, "-o", TARGET, FORCE],
    ["summary", "--year", YEAR, "-o", TARGET, FORCE],
    ["backup", TARGET, FORCE],
    ["dispute", "ics", "-o", TARGET, FORCE],
]


@st.composite
def commands(draw: st.DrawFn) -> list[str]:
    template = draw(st.sampled_from(TEMPLATES))
    argv = [draw(part) if not isinstance(part, str) else part for part in template]
    if draw(st.booleans()):
        argv.insert(0, "--json")
    return argv


@st.composite
def writer_commands(draw: st.DrawFn) -> list[str]:
    argv: list[str] = []
    for part in draw(st.sampled_from(WRITERS)):
        value = part if isinstance(part, str) else draw(part)
        argv += value if isinstance(value, list) else [value]
    return argv


ARGV = st.one_of(st.lists(TOKEN, max_size=8), commands(), writer_commands())
EXAMPLES = {"plain": 150, "encrypted": 30}  # an encrypted open costs a key derivation each time


def call(db: Path, argv: list[str]) -> tuple[int, str, str]:
    """main() in-process: (exit code, stdout, stderr). --help/--version exit 0 by SystemExit."""
    argv = [a.replace("{DB}", str(db)).replace("{BACKUPS}", str(db.parent / "backups")) for a in argv]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(["--db", str(db), *argv])
        except SystemExit as exc:
            assert exc.code in (0, None), (argv, exc.code, err.getvalue())
            code = 0
    return code, out.getvalue(), err.getvalue()


class Tables:
    """Every row of every table, read through one read-only connection kept open (one key
    derivation per test, not two per example)."""

    def __init__(self, path: Path) -> None:
        self.stack = contextlib.ExitStack()
        self.conn = self.stack.enter_context(open_readonly(path, prompt=crypto.no_prompt))

    def __call__(self) -> dict[str, list[tuple[Any, ...]]]:
        names = [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: sorted((tuple(r) for r in self.conn.execute(f'SELECT * FROM "{n}"').fetchall()), key=repr)
                for n in names}

    def close(self) -> None:
        self.stack.close()


@pytest.fixture
def tables(branch: Path) -> Any:
    reader = Tables(branch)
    yield reader
    reader.close()


def assert_rejection_is_clear(argv: list[str], code: int, out: str, err: str) -> None:
    text = out + err
    assert "Traceback" not in text, (argv, text)
    assert isinstance(code, int)
    if code == 0:
        return
    if "--json" in argv and out.strip():
        message = json.loads(out.strip().split("\n")[-1]).get("error", "")  # not splitlines: U+0085
    else:
        message = err.strip()
    message = message.removeprefix("unionrep-cli: error: ").strip()
    # it names the problem in words (a field or command and what is wrong), not a bare code
    assert len(message) >= 10 and sum(c.isalpha() for c in message) >= 8, (argv, message)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Files a fuzzed command names by a relative path land here; bundles need no prompt."""
    folder = tmp_path / "cwd"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("UNIONREP_BUNDLE_PASSPHRASE", "a bundle passphrase for the test")
    return folder


def test_random_command_lines_never_show_a_traceback_and_rejections_change_nothing(branch, mode, workdir,
                                                                                   tables):
    @settings(max_examples=EXAMPLES[mode], deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(argv=ARGV)
    def run(argv: list[str]) -> None:
        before = tables()
        (workdir / "existing.csv").write_bytes(b"keep me")
        database = branch.read_bytes()
        code, out, err = call(branch, argv)
        assert_rejection_is_clear(argv, code, out, err)
        if code != 0:
            assert tables() == before, argv
            if "--force" not in argv:
                assert (workdir / "existing.csv").read_bytes() == b"keep me", argv
        if argv[:2] != ["backup", "--keep"] and any(a in ("{DB}", "{DB}-wal", "{DB}-shm") for a in argv):
            assert code != 0, argv  # never written over the database or its WAL
            assert branch.read_bytes() == database or tables() == before, argv

    run()


def test_help_and_version_exit_zero(branch):
    for argv in (["--help"], ["--version"], ["log", "add", "--help"], ["check", "--help"]):
        code, out, err = call(branch, argv)
        assert code == 0 and out and "Traceback" not in out + err


# -- policy profiles ----------------------------------------------------------------------------

JUNK = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=True),
                 st.text(max_size=20), st.lists(st.integers(), max_size=3),
                 st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
                 st.sampled_from(["09-01", "13-45", "yes", "never", "hours", "cap", "steward", "-5",
                                  "1/0", "2025-02-30", ""]))


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the nested profile data: dict keys and list indexes."""
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += paths(value, (*prefix, i))
    return found


@st.composite
def mutated_profiles(draw: st.DrawFn) -> dict[str, Any]:
    profile_id = draw(st.sampled_from(policy.shipped_profiles()))
    data = copy.deepcopy(policy.to_jsonable(policy.shipped_profile_data(profile_id)))
    for _ in range(draw(st.integers(1, 3))):
        places = paths(data)
        place = draw(st.sampled_from(places))
        parent: Any = data
        for step in place[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[place[-1]] = draw(JUNK)
        elif action == "delete":
            del parent[place[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=8))] = draw(JUNK)
        else:
            parent.append(draw(JUNK))
    return data


@settings(max_examples=300, deadline=None, database=None)
@given(data=mutated_profiles())
def test_mutated_profiles_are_accepted_or_refused_naming_the_key(data):
    try:
        policy.profile_from_data(data)
    except ProfileError as exc:
        assert exc.key and exc.rule, exc
        assert str(exc).startswith("policy profile: ")


def test_replacing_the_profile_with_a_mutated_one_changes_nothing_when_refused(branch, mode):
    session = open_session(branch)
    refused = 0

    @settings(max_examples=60 if mode == "plain" else 20, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(data=mutated_profiles())
    def run(data: dict[str, Any]) -> None:
        nonlocal refused
        before = session.store.policy_data()
        try:
            session.policy.replace(str(data.get("id", "x")), data)
        except UnionrepError as exc:
            refused += 1
            assert str(exc)
            assert session.store.policy_data() == before
            return
        session.policy.replace(before[0], before[1])  # put the real profile back for the next one

    run()
    assert refused > 0


SET_KEYS = st.one_of(
    st.sampled_from(["settings.near_cap_percent", "settings.full_time_hours", "settings.academic_year_start",
                     "settings.conference_notice_days", "settings.meetings_count", "settings.session_minutes",
                     "settings.political_keywords", "allowances.steward.amount", "allowances.steward.unit",
                     "allowances.steward.pro_rata", "allowances.nosuch.amount", "combined.amount",
                     "combined.unit", "organisation.en", "organisation.cy", "roles.steward.en", "id",
                     "allowances.steward.categories", "combined.requires",
                     "settings", "settings.", ".", "allowances..amount"]),
    st.text(max_size=20))
SET_VALUES = st.one_of(st.sampled_from(["30", "-1", "0", "1e400", "true", "\"text\"", "[1, 2]", "{a = 1}",
                                        "[[1]]", "[{a = 1}]", "[\"duties\"]", "[\"steward\"]",
                                        "09-01", "13-01", "hours", "sessions", "nan", "'", "", "1992-07-16"]),
                       st.text(max_size=15))


def test_policy_set_from_the_command_line_refuses_clearly_and_changes_nothing(branch, mode, workdir, tables):
    @settings(max_examples=80 if mode == "plain" else 20, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(key=SET_KEYS, value=SET_VALUES, as_json=st.booleans())
    def run(key: str, value: str, as_json: bool) -> None:
        before = tables()
        argv = [*(["--json"] if as_json else []), "policy", "set", key, value]
        code, out, err = call(branch, argv)
        assert_rejection_is_clear(argv, code, out, err)
        if code != 0:
            assert tables() == before, argv
            if code == 1 and key and key.strip("."):
                message = out + err
                assert key.split(".")[0] in message or "policy" in message, (argv, message)

    run()


@pytest.mark.parametrize(("key", "value"), [("allowances.steward.categories", "[[1]]"),
                                            ("combined.requires", "[{a = 1}]")])
def test_found_by_fuzzing_a_list_of_lists_in_the_profile_is_refused_not_a_traceback(branch, workdir, tables,
                                                                                     key, value):
    before = tables()
    code, out, err = call(branch, ["policy", "set", key, value])
    assert code == 1 and "Traceback" not in out + err
    assert key.split(".")[-1] in err  # the key at fault
    assert tables() == before
