"""Two installations kept in step by two real Syncthing instances, on the loopback address only.

Each instance gets a fresh home (`syncthing generate`), a config edited to know the other device
and one shared folder, with global and local discovery, relays, NAT traversal and usage reporting
off, and both the GUI/API and the sync protocol listening on free ports of 127.0.0.1. Each unionrep
installation logs time, then sync rounds run (Syncthing carrying the files between the two folders)
until both have the same records and balances. No file is ever written by two installations: every
file in an installation's folder is signed by that installation, and Syncthing made no conflicted
copy. The test stops both instances itself (their process groups), and is skipped only where the
syncthing program is absent.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest
from exchange_helpers import PASSPHRASE, new_book, records

from unionrep.app.session import Session
from unionrep.core.model import Entry, Rep
from unionrep.exchange.envelope import MIN_SCRYPT_N
from unionrep.exchange.sync import PEER_FOLDER, sync_round
from unionrep.exchange.sync_file import fingerprint, own_key, public_bytes, unpack
from unionrep.exchange.sync_state import trust
from unionrep.exchange.versions import self_id

SYNCTHING = shutil.which("syncthing")
FOLDER_ID = "unionrep-branch"
DEADLINE_S = 100  # the whole test stays under 2 minutes
DAY = dt.date(2025, 5, 6)

pytestmark = pytest.mark.skipif(SYNCTHING is None, reason="the syncthing program is not installed")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Instance:
    name: str
    home: Path
    shared: Path
    device: str
    api_key: str
    gui_port: int
    sync_port: int
    process: subprocess.Popen[bytes] | None = None

    def call(self, method: str, path: str) -> object:
        request = urllib.request.Request(f"http://127.0.0.1:{self.gui_port}{path}", method=method,
                                         headers={"X-API-Key": self.api_key})
        with urllib.request.urlopen(request, timeout=5) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def rescan(self) -> None:
        self.call("POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


def generate(tmp_path: Path, name: str) -> Instance:
    home = tmp_path / f"syncthing-{name}"
    shared = tmp_path / f"shared-{name}"
    (shared / ".stfolder").mkdir(parents=True)  # Syncthing's folder marker
    env = {**os.environ, "HOME": str(tmp_path), "STNODEFAULTFOLDER": "1"}
    subprocess.run([SYNCTHING, "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
                   check=True, capture_output=True, env=env, timeout=60)
    config = ET.parse(home / "config.xml").getroot()
    device = config.find("device")
    gui = config.find("gui")
    assert device is not None and gui is not None
    return Instance(name, home, shared, device.attrib["id"], gui.findtext("apikey") or "", free_port(),
                    free_port())


def set_text(parent: ET.Element, tag: str, text: str) -> None:
    for old in parent.findall(tag):
        parent.remove(old)
    ET.SubElement(parent, tag).text = text


def configure(me: Instance, other: Instance) -> None:
    """Loopback only: no discovery, relays or NAT; the other device at its port; one shared folder."""
    path = me.home / "config.xml"
    tree = ET.parse(path)
    config = tree.getroot()
    options = config.find("options")
    assert options is not None
    set_text(options, "listenAddress", f"tcp://127.0.0.1:{me.sync_port}")
    for tag, value in {"globalAnnounceEnabled": "false", "localAnnounceEnabled": "false",
                       "relaysEnabled": "false", "natEnabled": "false", "startBrowser": "false",
                       "urAccepted": "-1", "autoUpgradeIntervalH": "0", "crashReportingEnabled": "false",
                       "setLowPriority": "false"}.items():
        set_text(options, tag, value)
    gui = config.find("gui")
    assert gui is not None
    gui.set("tls", "false")
    set_text(gui, "address", f"127.0.0.1:{me.gui_port}")
    peer = ET.SubElement(config, "device", {"id": other.device, "name": other.name, "compression": "metadata",
                                            "introducer": "false"})
    ET.SubElement(peer, "address").text = f"tcp://127.0.0.1:{other.sync_port}"
    folder = ET.Element("folder", {"id": FOLDER_ID, "label": "Branch", "path": str(me.shared),
                                   "type": "sendreceive", "rescanIntervalS": "2", "fsWatcherEnabled": "true",
                                   "fsWatcherDelayS": "1"})
    for device in (me.device, other.device):
        ET.SubElement(folder, "device", {"id": device})
    config.insert(0, folder)
    tree.write(path)


def start(instance: Instance, tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1"}
    instance.process = subprocess.Popen(
        [SYNCTHING, "serve", f"--home={instance.home}", "--no-browser", "--no-restart",
         f"--logfile={instance.home / 'syncthing.log'}", f"--gui-address=http://127.0.0.1:{instance.gui_port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)


def wait_for(what: str, check, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass  # not listening yet
        time.sleep(0.3)
    raise AssertionError(f"gave up waiting: {what}")


@pytest.fixture
def syncthings(tmp_path):
    """Two Syncthing instances sharing one folder over 127.0.0.1; both stopped afterwards."""
    a, b = generate(tmp_path, "sian"), generate(tmp_path, "dafydd")
    configure(a, b)
    configure(b, a)
    try:
        for instance in (a, b):
            start(instance, tmp_path)
        deadline = time.monotonic() + 40
        for instance in (a, b):
            wait_for(f"{instance.name}'s API", lambda i=instance: i.call("GET", "/rest/system/ping"),
                     deadline)

        def connected() -> bool:
            link = a.call("GET", "/rest/system/connections")["connections"].get(b.device, {})  # type: ignore[index]
            if link.get("connected"):
                assert link["address"].startswith("127.0.0.1:")  # loopback, nothing else
            return bool(link.get("connected"))

        wait_for("the two devices to connect", connected, deadline)
        yield a, b
    finally:
        for instance in (a, b):
            instance.stop()


def identity(service: Session) -> tuple[str, str]:
    with service.store.atomic():
        me = self_id(service.store.db)
        return me, fingerprint(public_bytes(own_key(service.store.db, me)))


def log_time(service: Session, name: str, hours: list[float]) -> str:
    rep = service.reps.add(Rep(name=name)).result
    service.roles.assign(rep.id, "steward", dt.date(2025, 4, 1))
    for i, h in enumerate(hours):
        service.entries.add(Entry(rep.id, "steward", DAY + dt.timedelta(days=i), int(h * 60), "duties"))
    return rep.id


def used(service: Session, rep_id: str) -> Fraction:
    return service.balances.of(rep_id, DAY + dt.timedelta(days=30)).allowances[0].used


def test_two_installations_converge_through_syncthing(syncthings, tmp_path):
    deadline = time.monotonic() + DEADLINE_S
    st_sian, st_dafydd = syncthings
    sian, dafydd = new_book(tmp_path / "sian.db"), new_book(tmp_path / "dafydd.db")
    pairs = ((sian, st_sian), (dafydd, st_dafydd))

    def round_all() -> list:
        reports = [sync_round(service, st.shared, PASSPHRASE, scrypt_n=MIN_SCRYPT_N)
                   for service, st in pairs]
        for _, st in pairs:
            st.rescan()
        return reports

    # each installation's first round makes its folder; once Syncthing has carried it across, each
    # trusts the other by the fingerprint its owner reads out
    round_all()
    ids = {s: identity(s) for s, _ in pairs}
    for (_, st), (other, _) in zip(pairs, reversed(pairs), strict=True):
        seen_file = st.shared / f"unionrep-{ids[other][0]}" / "applied.unionrep-sync"
        wait_for("the other installation's folder to arrive", seen_file.exists, deadline)
        round_all()
    for (me, _), (other, _) in zip(pairs, reversed(pairs), strict=True):
        with me.store.atomic():
            trust(me.store.db, ids[other][1])

    sian_rep = log_time(sian, "Siân Ŵyn", [2, 1.5, 0.25])  # 3.75 h
    dafydd_rep = log_time(dafydd, "Dafydd ap Gwilym", [3, 4])  # 7 h

    def in_step() -> bool:
        round_all()
        return (records(sian) == records(dafydd) and len(sian.entries.all()) == 5
                and used(sian, sian_rep) == used(dafydd, sian_rep) == Fraction(15, 4)
                and used(sian, dafydd_rep) == used(dafydd, dafydd_rep) == 7)

    wait_for("both installations to come into step", in_step, deadline)

    # then an edit on one side, and a deletion on the other, travel too
    entry = sorted(dafydd.entries.all(dafydd_rep), key=lambda e: e.date)[0]
    sian.entries.edit(entry.id, minutes=150)  # Dafydd's 3 h becomes 2.5 h: 2.5 + 4 = 6.5 h
    gone = sorted(sian.entries.all(sian_rep), key=lambda e: e.date)[-1]
    dafydd.entries.delete(gone.id)  # Siân's 0.25 h goes: 2 + 1.5 = 3.5 h

    def in_step_again() -> bool:
        round_all()
        return (records(sian) == records(dafydd)
                and used(sian, dafydd_rep) == used(dafydd, dafydd_rep) == Fraction(13, 2)
                and used(sian, sian_rep) == used(dafydd, sian_rep) == Fraction(7, 2))

    wait_for("the edit and the deletion to travel", in_step_again, deadline)

    # no file was written by two installations: each installation's folder holds only files signed
    # by it, on both sides, and Syncthing never had to make a conflicted copy
    keys = {ident[0]: ident[1] for ident in ids.values()}
    checked = 0
    for _, st in pairs:
        assert not [p for p in st.shared.rglob("*") if "sync-conflict" in p.name]
        for folder in st.shared.iterdir():
            match = PEER_FOLDER.fullmatch(folder.name)
            if not match:
                continue
            for path in folder.iterdir():
                if path.name.startswith("."):
                    continue
                sync_file = unpack(path.read_bytes())
                assert sync_file.peer == match.group(1) and sync_file.fingerprint == keys[match.group(1)]
                checked += 1
    assert checked >= 4
