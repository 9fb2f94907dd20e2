"""The few words of the GUI that are said before Qt (and its translator) starts."""

from __future__ import annotations

from unionrep.i18n.text import Text

# The window's --help, printed before Qt (and its translator) starts
GUI_HELP: dict[str, Text] = {
    "gui.help.description": Text(
        en="Facility time, Pro Forma requests and disputes for union reps.",
        cy="Amser cyfleuster, ceisiadau Pro Forma ac anghydfodau ar gyfer cynrychiolwyr undeb.",
    ),
    "gui.help.db": Text(
        en="the database (default: UNIONREP_DB, then your data folder)",
        cy="y gronfa ddata (rhagosodiad: UNIONREP_DB, yna eich ffolder data)",
    ),
    "gui.help.demo": Text(
        en="open a throw-away copy of a demo branch (never your data)",
        cy="agor copi dros dro o gangen enghreifftiol (byth eich data chi)",
    ),
    "gui.help.lang": Text(
        en="the interface language (Cymraeg or English)",
        cy="iaith y rhyngwyneb (Cymraeg neu English)",
    ),
    "gui.help.screenshot": Text(
        en="save a picture of every view to DIR/<view>.png and exit",
        cy="cadw llun o bob golwg yn DIR/<view>.png a gorffen",
    ),
    "gui.help.no_display": Text(
        en="unionrep: no display found (DISPLAY and WAYLAND_DISPLAY are not set); run it on a desktop, "
           "or without one with QT_QPA_PLATFORM=offscreen, or save pictures of the views with: unionrep "
           "--demo --screenshot DIR",
        cy="unionrep: dim sgrin i'w chael (nid yw DISPLAY na WAYLAND_DISPLAY wedi'u gosod); rhedwch ef "
           "ar fwrdd gwaith, neu heb un gyda QT_QPA_PLATFORM=offscreen, neu cadwch luniau o'r golygon "
           "gyda: unionrep --demo --screenshot DIR",
    ),
}
