"""One entry written out in full, with its audit trail (when, what, old → new)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from unionrep.app.session import Session
from unionrep.core.errors import NotFoundError
from unionrep.core.model import Entry
from unionrep.gui import colours, texts


def _t(text: str) -> str:
    return QCoreApplication.translate("EntryDetails", text)


def history_html(rows: list[dict[str, Any]]) -> str:
    """The audit trail as an HTML list, newest last."""
    items = []
    deleted = False
    for h in rows:
        when = escape(str(h["at"]).replace("T", " ")[:16])
        if h["field"] == "*":
            if h["old"] is None:
                what = _t("restored") if deleted else _t("created")
            else:
                what = _t("deleted")
                deleted = True
        else:
            old = "—" if h["old"] in (None, "") else escape(str(h["old"]))
            new = "—" if h["new"] in (None, "") else escape(str(h["new"]))
            what = f"{escape(str(h['field']))}: {old} → {new}"
        items.append(f"<li><span style='{colours.css('muted')}'>{when}</span>&nbsp; {what}</li>")
    if not items:
        return f"<p>{_t('No changes recorded.')}</p>"
    return "<ul style='margin-left:-20px'>" + "".join(items) + "</ul>"


def entry_html(session: Session, entry: Entry, lang: str, side_by_side: bool = False) -> str:
    profile = session.profile
    try:
        rep_name = session.reps.find(entry.rep_id).name
    except NotFoundError:
        rep_name = entry.rep_id
    when = texts.day_text(entry.date)
    if entry.start_time and entry.end_time:
        when += f", {entry.start_time}–{entry.end_time}"
    category = texts.category_name(profile, entry.category, lang)
    rows = [
        (_t("Reference"), entry.reference),
        (_t("Rep"), rep_name),
        (_t("Role"), texts.role_name(profile, entry.role, lang)),
        (_t("When"), when),
        (_t("Hours"), texts.hours_of(entry.minutes)),
        (_t("Category"), category + ("" if entry.paid else _t(" (unpaid)"))),
        (_t("Status"), texts.status_name(entry.status)),
        (_t("Purpose"), entry.purpose),
        (_t("Location"), entry.location),
        (_t("Notice given on"), texts.day_text(entry.notice_on)),
        (_t("Case reference"), entry.case_ref),
        (_t("Notes"), entry.notes),
    ]
    if entry.conference:
        rows.append((_t("Conference"), _t("yes (needs 3 weeks' notice, clause 12.5)")))
    # paragraphs, not a table: a screen reader reads a table's cells run together, with Qt's frame
    # markers (U+FDD0) between them
    muted = colours.colour("muted").name()
    fields = [f"<span style='color:{muted}'>{escape(k)}:</span>&nbsp;{escape(v)}" for k, v in rows if v]
    title = f"<h3>{escape(rep_name)} — {escape(when)}</h3>"
    history = f"<h4>{_t('History')}</h4>{history_html(session.history.of_record(entry.id))}"
    if side_by_side:  # a wide, low pane: the fields run on along the line
        return f"{title}<p>{' &nbsp;· '.join(fields)}</p>{history}"
    return f"{title}<p>{'<br>'.join(fields)}</p>{history}"


class EntryDetails(QTextBrowser):
    def __init__(self, session: Session, lang: str, parent: QWidget | None = None,
                 side_by_side: bool = False) -> None:
        super().__init__(parent)
        self.side_by_side = side_by_side
        self.session = session
        self.lang = lang
        self.setObjectName("entryDetails")
        self.setAccessibleName(_t("Entry details"))
        self.setOpenLinks(False)
        self.show_entry(None)

    def show_entry(self, entry_id: str | None) -> None:
        if entry_id is None:
            hint = f"<p style='{colours.css('muted')}'>{_t('Select an entry to see it in full.')}</p>"
            self.setHtml(hint)
            return
        try:
            entry = self.session.entries.get(entry_id)
        except NotFoundError:
            self.setHtml(f"<p>{_t('This entry has been deleted.')}</p>")
            return
        self.setHtml(entry_html(self.session, entry, self.lang, self.side_by_side))
