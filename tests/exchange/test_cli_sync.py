"""unionrep-cli sync FOLDER, exchange identity / trust / peers, end to end through cli.main."""

from __future__ import annotations

import json
import re

import pytest
from exchange_helpers import PASSPHRASE, records

from unionrep.app import open_session
from unionrep.cli import main as cli
from unionrep.cli import sync as cli_sync
from unionrep.exchange.envelope import MIN_SCRYPT_N

FINGERPRINT = re.compile(r"[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}")


def run(capsys, db, *args):
    code = cli.main(["--db", str(db), "--json", *args])
    out = capsys.readouterr()
    return code, (json.loads(out.out) if out.out.strip() else None), out.err


@pytest.fixture
def laptops(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("UNIONREP_BUNDLE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(cli_sync, "SCRYPT_N", MIN_SCRYPT_N)
    folder = tmp_path / "Nextcloud" / "Branch"
    folder.mkdir(parents=True)
    sian, dafydd = tmp_path / "sian.db", tmp_path / "dafydd.db"
    for db in (sian, dafydd):
        assert cli.main(["--db", str(db), "init"]) == 0
    assert cli.main(["--db", str(sian), "rep", "add", "--name", "Siân Ŵyn"]) == 0
    assert cli.main(["--db", str(sian), "role", "assign", "Siân Ŵyn", "steward", "--from", "2025-04-01"]) == 0
    assert cli.main(["--db", str(sian), "log", "add", "Siân Ŵyn", "--role", "steward", "--date", "2025-05-06",
                     "--hours", "2.5"]) == 0
    capsys.readouterr()
    return sian, dafydd, folder


def test_identity_prints_the_id_and_the_fingerprint(laptops, capsys):
    sian, _, _ = laptops
    code, data, _ = run(capsys, sian, "exchange", "identity")
    assert code == 0 and FINGERPRINT.fullmatch(data["fingerprint"])
    assert run(capsys, sian, "exchange", "identity")[1]["fingerprint"] == data["fingerprint"]  # kept


def test_two_laptops_in_step_by_the_command_line(laptops, capsys):
    sian, dafydd, folder = laptops
    code, data, _ = run(capsys, sian, "sync", str(folder))
    assert code == 0 and set(data) >= {"sent", "received", "conflicts", "skipped"}
    # the rep, the hours they work from, the role and the entry
    assert (data["sent"], data["received"], data["conflicts"], data["skipped"]) == (4, 0, [], [])
    code, data, _ = run(capsys, dafydd, "sync", str(folder))
    sian_id = run(capsys, sian, "exchange", "identity")[1]
    assert code == 0 and data["received"] == 0
    assert [(s["fingerprint"], "not trusted" in s["why"]) for s in data["skipped"]] \
        == [(sian_id["fingerprint"], True)]
    code, data, _ = run(capsys, dafydd, "exchange", "peers")
    assert data == {"peers": [{"id": sian_id["id"], "label": "", "fingerprint": sian_id["fingerprint"],
                               "trusted": False}]}
    code, data, _ = run(capsys, dafydd, "exchange", "trust", sian_id["fingerprint"].lower().replace("-", ""))
    assert code == 0 and data["trusted"] and data["id"] == sian_id["id"]
    code, data, _ = run(capsys, dafydd, "sync", str(folder))
    assert code == 0 and data["received"] == 4 and data["skipped"] == []
    assert records(open_session(dafydd)) == records(open_session(sian))
    run(capsys, sian, "sync", str(folder))  # Siân's laptop sees Dafydd's folder
    dafydd_id = run(capsys, dafydd, "exchange", "identity")[1]["id"]
    code, data, _ = run(capsys, sian, "exchange", "trust", dafydd_id)
    assert code == 0 and data["trusted"]
    _, balance, _ = run(capsys, dafydd, "balance", "Siân Ŵyn", "--on", "2025-06-01")
    assert balance["allowances"][0]["used"] == 2.5


def test_a_held_conflict_is_settled_from_the_command_line(laptops, capsys):
    sian, dafydd, folder = laptops
    for db in (sian, dafydd, sian):
        run(capsys, db, "sync", str(folder))
    for me, other in ((sian, dafydd), (dafydd, sian)):
        run(capsys, me, "exchange", "trust", run(capsys, other, "exchange", "identity")[1]["fingerprint"])
    run(capsys, dafydd, "sync", str(folder))
    entry = run(capsys, sian, "log", "list")[1][0]["id"]
    assert run(capsys, sian, "log", "edit", entry, "--purpose", "Grievance")[0] == 0
    assert run(capsys, dafydd, "log", "edit", entry, "--purpose", "Cwyn")[0] == 0
    run(capsys, sian, "sync", str(folder))
    code, data, _ = run(capsys, dafydd, "sync", str(folder))
    held = [(c["id"], c["mine"]["purpose"], c["theirs"]["purpose"]) for c in data["conflicts"]]
    assert code == 0 and held == [(entry, "Cwyn", "Grievance")]
    code, data, _ = run(capsys, dafydd, "sync", str(folder), "--resolve", "mine")
    assert code == 0 and data["conflicts"] == []
    run(capsys, sian, "sync", str(folder))
    assert open_session(sian).entries.get(entry).purpose == "Cwyn"
    assert records(open_session(dafydd)) == records(open_session(sian))


def test_bad_input_is_refused_with_a_message(laptops, capsys, tmp_path, monkeypatch):
    sian, _, folder = laptops
    code, data, _ = run(capsys, sian, "sync", str(tmp_path / "nowhere"))
    assert code == 1 and data == {"error": f"folder: {tmp_path / 'nowhere'} is not a folder"}
    code, data, _ = run(capsys, sian, "exchange", "trust", "ABCD-EFGH-IJKL-MNOP")
    assert code == 1 and data["error"].startswith("peer: no installation with the id or fingerprint ABCD")
    monkeypatch.setenv("UNIONREP_BUNDLE_PASSPHRASE", "short")
    code, data, _ = run(capsys, sian, "sync", str(folder))
    assert code == 1 and data["error"].startswith("passphrase:")
    assert not any(folder.iterdir())  # nothing written


def test_the_round_is_said_in_welsh(laptops, capsys):
    sian, _, folder = laptops
    assert cli.main(["--lang", "cy", "--db", str(sian), "sync", str(folder)]) == 0
    assert capsys.readouterr().out.startswith("Anfonwyd 4 cofnod mewn 1 ffeil")
    assert cli.main(["--lang", "cy", "--db", str(sian), "sync", str(folder)]) == 0
    assert capsys.readouterr().out.strip() == "Yn gyson â'r gangen: dim i'w anfon na'i dderbyn"


def test_a_new_identity_starts_its_own_folder_with_everything(laptops, capsys):
    sian, _, folder = laptops
    first = run(capsys, sian, "exchange", "identity")[1]
    assert run(capsys, sian, "sync", str(folder))[1]["sent"] == 4
    renewed = run(capsys, sian, "exchange", "identity", "--new")[1]
    assert renewed["id"] != first["id"] and renewed["fingerprint"] != first["fingerprint"]
    assert open_session(sian).store.db.execute("SELECT count(*) FROM sync_keys").fetchone()[0] == 1
    code, data, _ = run(capsys, sian, "sync", str(folder))
    assert code == 0 and data["sent"] == 4 and data["files_sent"] == 1  # all of it, as file 1
    # the folder of the identity it had (a copy's original goes on writing there) is another's now
    assert {s["fingerprint"] for s in data["skipped"]} == {first["fingerprint"]}
    assert sorted(p.name for p in (folder / f"unionrep-{renewed['id']}").iterdir()) \
        == ["000001.unionrep-sync", "applied.unionrep-sync"]


def _trusting(capsys, laptops):
    """Dafydd's laptop has applied Siân's file, trusting her laptop; Siân's identity."""
    sian, dafydd, folder = laptops
    run(capsys, sian, "sync", str(folder))
    run(capsys, dafydd, "sync", str(folder))
    sian_id = run(capsys, sian, "exchange", "identity")[1]
    assert run(capsys, dafydd, "exchange", "trust", sian_id["id"])[0] == 0
    assert run(capsys, dafydd, "sync", str(folder))[1]["received"] == 4
    return sian_id


def test_untrust_withdraws_trust_and_the_next_file_is_skipped(laptops, capsys):
    sian, dafydd, folder = laptops
    sian_id = _trusting(capsys, laptops)
    code, data, _ = run(capsys, dafydd, "exchange", "untrust", sian_id["fingerprint"])
    assert code == 0 and data == {"id": sian_id["id"], "label": "", "fingerprint": sian_id["fingerprint"],
                                  "trusted": False}
    assert cli.main(["--db", str(sian), "rep", "add", "--name", "Llŷr"]) == 0
    capsys.readouterr()
    run(capsys, sian, "sync", str(folder))
    code, data, _ = run(capsys, dafydd, "sync", str(folder))
    assert data["received"] == 0 and "not trusted" in data["skipped"][0]["why"]
    assert [r["name"] for r in run(capsys, dafydd, "rep", "list")[1]] == ["Siân Ŵyn"]  # kept


def test_untrust_says_what_it_did_in_english_and_welsh(laptops, capsys):
    _, dafydd, _ = laptops
    sian_id = _trusting(capsys, laptops)
    assert cli.main(["--db", str(dafydd), "exchange", "untrust", sian_id["id"]]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"No longer trusting — ({sian_id['id']}), fingerprint {sian_id['fingerprint']}")
    assert "Nothing already applied from it is removed" in out
    assert cli.main(["--db", str(dafydd), "exchange", "trust", sian_id["id"]]) == 0
    assert cli.main(["--lang", "cy", "--db", str(dafydd), "exchange", "untrust", sian_id["id"]]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Dim yn trystio — (")


@pytest.mark.parametrize("peer", ["ABCD-EFGH-IJKL-MNOP", "not-a-laptop"])
def test_untrust_of_an_unknown_peer_is_refused_naming_it(laptops, capsys, peer):
    _, dafydd, _ = laptops
    _trusting(capsys, laptops)
    code, data, _ = run(capsys, dafydd, "exchange", "untrust", peer)
    assert code == 1 and data["error"].startswith(f"peer: no installation with the id or fingerprint {peer} ")
    assert [p["trusted"] for p in run(capsys, dafydd, "exchange", "peers")[1]["peers"]] == [True]


def test_untrust_of_a_peer_not_trusted_is_refused_in_text_and_json(laptops, capsys):
    _, dafydd, _ = laptops
    sian_id = _trusting(capsys, laptops)
    assert run(capsys, dafydd, "exchange", "untrust", sian_id["id"])[0] == 0
    code, data, _ = run(capsys, dafydd, "exchange", "untrust", sian_id["id"])
    assert code == 1 and data == {"error": f"peer: {sian_id['id']} is not trusted here: there is no trust "
                                           "to withdraw"}
    assert cli.main(["--lang", "cy", "--db", str(dafydd), "exchange", "untrust", sian_id["id"]]) == 1
    assert f"nid yw {sian_id['id']} yn cael ei drystio yma" in capsys.readouterr().err
