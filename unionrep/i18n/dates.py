"""The names of the months and weekdays dates are written with, in order (January, Monday first)."""

from __future__ import annotations

from unionrep.i18n.text import Text

MONTHS: tuple[Text, ...] = (
    Text(en="January", cy="Ionawr"),
    Text(en="February", cy="Chwefror"),
    Text(en="March", cy="Mawrth"),
    Text(en="April", cy="Ebrill"),
    Text(en="May", cy="Mai"),
    Text(en="June", cy="Mehefin"),
    Text(en="July", cy="Gorffennaf"),
    Text(en="August", cy="Awst"),
    Text(en="September", cy="Medi"),
    Text(en="October", cy="Hydref"),
    Text(en="November", cy="Tachwedd"),
    Text(en="December", cy="Rhagfyr"),
)

WEEKDAYS: tuple[Text, ...] = (
    Text(en="Monday", cy="Dydd Llun"),
    Text(en="Tuesday", cy="Dydd Mawrth"),
    Text(en="Wednesday", cy="Dydd Mercher"),
    Text(en="Thursday", cy="Dydd Iau"),
    Text(en="Friday", cy="Dydd Gwener"),
    Text(en="Saturday", cy="Dydd Sadwrn"),
    Text(en="Sunday", cy="Dydd Sul"),
)

# as the window writes a date, short: 5 Maw 2026
MONTHS_SHORT: tuple[Text, ...] = (
    Text(en="Jan", cy="Ion"),
    Text(en="Feb", cy="Chwef"),
    Text(en="Mar", cy="Maw"),
    Text(en="Apr", cy="Ebr"),
    Text(en="May", cy="Mai"),
    Text(en="Jun", cy="Meh"),
    Text(en="Jul", cy="Gorff"),
    Text(en="Aug", cy="Awst"),
    Text(en="Sep", cy="Medi"),
    Text(en="Oct", cy="Hyd"),
    Text(en="Nov", cy="Tach"),
    Text(en="Dec", cy="Rhag"),
)
