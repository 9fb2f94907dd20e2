"""The inside of a bundle: the JSON payload, written from the database and checked when read.

    {"format": 1, "bundle_id": UUID, "created_at": ISO time, "origin": {"id": UUID, "label": str},
     "app": str, "profile": str, "selection": {"rep": UUID|null, "from": date|null, "to": date|null},
     "tables": {NAME: {"columns": [str], "rows": [[value]], "versions": [{UUID: int}]}},
     "deleted": [{"id": UUID, "table": NAME, "version": {UUID: int}}]}

docs/bundle-format.md describes every key.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from unionrep.core.text import control_at
from unionrep.exchange.envelope import FORMAT_VERSION
from unionrep.exchange.errors import BundleError
from unionrep.exchange.tables import Row, Table, row_hash
from unionrep.exchange.versions import Vector


@dataclass(slots=True)
class Incoming:
    table: str
    row: Row | None  # None: deleted there
    version: Vector
    hash: str | None


@dataclass
class Bundle:
    bundle_id: str
    created_at: str
    origin_id: str
    origin_label: str
    app: str
    profile: str
    selection: dict[str, Any]
    records: dict[str, Incoming] = field(default_factory=dict)
    encrypted: bool = True
    # columns of a table here that the bundle does not carry (an older unionrep made it)
    missing: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for record in self.records.values():
            if record.row is not None:
                out[record.table] = out.get(record.table, 0) + 1
        return out


def build_payload(bundle: Bundle, tables: list[Table]) -> bytes:
    by_table: dict[str, dict[str, Any]] = {}
    deleted = []
    for table in tables:
        by_table[table.name] = {"columns": list(table.content), "rows": [], "versions": []}
    for record_id, record in bundle.records.items():
        if record.row is None:
            deleted.append({"id": record_id, "table": record.table, "version": record.version})
            continue
        section = by_table[record.table]
        section["rows"].append([record.row[c] for c in section["columns"]])
        section["versions"].append(record.version)
    payload = {
        "format": FORMAT_VERSION,
        "bundle_id": bundle.bundle_id,
        "created_at": bundle.created_at,
        "origin": {"id": bundle.origin_id, "label": bundle.origin_label},
        "app": bundle.app,
        "profile": bundle.profile,
        "selection": bundle.selection,
        "tables": {name: section for name, section in by_table.items() if section["rows"]},
        "deleted": deleted,
    }
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class _Check:
    """Raises BundleError("payload") naming where in the payload a rule is broken."""

    def __init__(self) -> None:
        self.installations: set[str] = set()  # version vector keys already found to be UUIDs

    @staticmethod
    def fail(where: str, rule: str) -> BundleError:
        return BundleError("payload", version=FORMAT_VERSION, where=where, rule=rule)

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be an object")
        return value

    def lst(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "must be a list")
        return value

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str):
            raise self.fail(where, "must be text")
        if control_at(value) is not None:  # a label that would clear the screen or fake a sender
            raise self.fail(where, "must not contain control characters")
        return value

    def uuid(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not UUID.fullmatch(value):
            raise self.fail(where, f"{value!r} is not a UUID written in lower case with hyphens")
        return value

    def version(self, value: Any, where: str) -> Vector:
        vector = self.obj(value, where)
        if not vector:
            raise self.fail(where, "must name at least one installation")
        for key, count in vector.items():
            if key not in self.installations:
                self.installations.add(self.uuid(key, where))
            if type(count) is not int or count < 1:
                raise self.fail(where, "counters must be whole numbers of at least 1")
        return vector

    def row_version(self, value: Any, where: str, i: int) -> Vector:
        """version() of the i-th row's version, naming where it is only when it is at fault."""
        if type(value) is dict and value and value.keys() <= self.installations:
            for count in value.values():
                if type(count) is not int or count < 1:
                    break
            else:
                return value
        return self.version(value, f"{where}.versions[{i}]")


def parse_payload(payload: bytes, tables: list[Table], *, encrypted: bool) -> Bundle:
    check = _Check()
    try:
        data = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise check.fail("payload", f"is not JSON ({exc})") from None
    except RecursionError:  # "[[[[…" thousands deep: no bundle unionrep writes is nested so
        raise BundleError("too_deep") from None
    data = check.obj(data, "payload")
    if data.get("format") != FORMAT_VERSION:
        raise check.fail("format", f"must be {FORMAT_VERSION}")
    origin = check.obj(data.get("origin"), "origin")
    selection = check.obj(data.get("selection", {}), "selection")
    bundle = Bundle(
        bundle_id=check.uuid(data.get("bundle_id"), "bundle_id"),
        created_at=check.text(data.get("created_at"), "created_at"),
        origin_id=check.uuid(origin.get("id"), "origin.id"),
        origin_label=check.text(origin.get("label", ""), "origin.label"),
        app=check.text(data.get("app", ""), "app"),
        profile=check.text(data.get("profile", ""), "profile"),
        selection=selection,
        encrypted=encrypted,
    )
    known = {t.name: t for t in tables}
    for name, raw in check.obj(data.get("tables"), "tables").items():
        table = known.get(name)
        if table is None:
            raise BundleError("no_table", table=name)
        _read_table(check, table, check.obj(raw, f"tables.{name}"), bundle)
    for i, raw in enumerate(check.lst(data.get("deleted", []), "deleted")):
        where = f"deleted[{i}]"
        item = check.obj(raw, where)
        record_id = check.uuid(item.get("id"), f"{where}.id")
        name = check.text(item.get("table"), f"{where}.table")
        if name not in known:
            raise BundleError("no_table", table=name)
        if record_id in bundle.records:
            raise check.fail(f"{where}.id", f"{record_id} appears twice in the bundle")
        version = check.version(item.get("version"), f"{where}.version")
        bundle.records[record_id] = Incoming(name, None, version, None)
    return bundle


def _read_table(check: _Check, table: Table, raw: dict[str, Any], bundle: Bundle) -> None:
    where = f"tables.{table.name}"
    columns = [check.text(c, f"{where}.columns") for c in check.lst(raw.get("columns"), f"{where}.columns")]
    if len(set(columns)) != len(columns) or "id" not in columns:
        raise check.fail(f"{where}.columns", "must name each column once, id among them")
    unknown = [c for c in columns if c not in table.content]
    if unknown:
        raise check.fail(f"{where}.columns", f"{unknown[0]} is not a column of {table.name} here "
                                             "(a newer unionrep made this bundle: update unionrep)")
    rows = check.lst(raw.get("rows"), f"{where}.rows")
    versions = check.lst(raw.get("versions"), f"{where}.versions")
    if len(rows) != len(versions):
        raise check.fail(f"{where}.versions", "must hold one version for each row")
    width = len(columns)
    missing = tuple(c for c in table.content if c not in columns)
    if missing:
        bundle.missing[table.name] = missing
    records, name, content = bundle.records, table.name, table.content
    id_at = columns.index("id")
    blank = dict.fromkeys(missing)
    for i, (values, version) in enumerate(zip(rows, versions, strict=True)):
        # where in the payload a row is, worked out only to name a fault: most bundles have none
        if type(values) is not list or len(values) != width:
            raise check.fail(f"{where}.rows[{i}]", f"must be a list of {width} values")
        record_id = values[id_at]
        if type(record_id) is not str or not UUID.fullmatch(record_id):
            check.uuid(record_id, f"{where}.rows[{i}].id")
        if record_id in records:
            raise check.fail(f"{where}.rows[{i}].id", f"{record_id} appears twice in the bundle")
        row = dict(zip(columns, values, strict=True))
        if blank:
            row.update(blank)
        records[record_id] = Incoming(name, row, check.row_version(version, where, i), row_hash(row, content))
