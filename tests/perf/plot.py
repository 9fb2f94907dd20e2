"""How each figure grows with the number of entries: a table and a log-log picture from run.py's JSON.

    python tests/perf/run.py --db /tmp/10k.db > 10k-a.json     # and so on, at several sizes
    python tests/perf/plot.py 10k-*.json 100k-*.json 1m-*.json --svg docs/performance-growth.svg

Prints a Markdown table: for each figure, its range over the runs at each size, and its growth
between the smallest and the largest size as the slope of the log-log line (0: flat, whatever the
size; 1: in proportion to the entries). The picture (written by hand as SVG, so nothing beyond the
standard library is needed) draws each timed figure against the entries on log-log axes, a point
per size at the geometric mean of its runs with a bar from the lowest to the highest run.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

# (key, what it is): the figures drawn and tabled, in this order; others in the JSON are left out
FIGURES = [
    ("startup_s", "start-up, to the dashboard painted"),
    ("bare_qt_startup_s", "bare Qt start-up (the floor)"),
    ("interactive_s", "start-up, to the window answering at once"),
    ("balances_all_s", "every rep's balances, asked again unchanged"),
    ("balances_all_afresh_s", "every rep's balances, worked out afresh"),
    ("raw_sql_year_totals_s", "year totals, raw SQL (its floor)"),
    ("raw_sql_balances_s", "balances from the entries, raw SQL"),
    ("log_first_page_s", "log: first page"),
    ("log_scroll_end_s", "log: scroll to the end"),
    ("log_filter_s", "log: filter by rep and year"),
    ("log_sort_s", "log: sort by hours"),
    ("log_sort_rep_s", "log: sort by rep"),
    ("log_sort_role_s", "log: sort by role"),
    ("log_sort_category_s", "log: sort by category"),
    ("log_sort_status_s", "log: sort by status"),
    ("log_search_s", "log: search two words, every match"),
    ("log_search_first_page_s", "log: search two words, first page"),
    ("raw_sql_search_s", "search query alone (its floor)"),
    ("proforma_median_s", "a Pro Forma PDF"),
    ("backup_s", "online backup"),
    ("import_100k_s", "import of 100,000 entries (any size)"),
    ("peak_rss_mb", "peak memory, MB"),
]
FLOORS = {"bare_qt_startup_s", "raw_sql_year_totals_s", "raw_sql_balances_s", "raw_sql_search_s"}  # dashed
COLOURS = ["#1b6ca8", "#d1495b", "#2e8b57", "#8d6a9f", "#e07a1f", "#444444", "#00a6a6", "#b5838d",
           "#6a994e", "#bc4749", "#386641", "#5e548e", "#9a031e", "#0f4c5c", "#7f5539", "#f4a261",
           "#023e8a", "#ff006e", "#8ac926", "#6d597a"]  # one each: no two series of one colour


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    points: dict[int, list[float]]  # entries -> the figure in each run


def load(paths: Sequence[Path]) -> tuple[list[Series], dict[int, list[float]]]:
    """The figures of the runs, by number of entries; and the load averages (1 min) of each size."""
    runs = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    loads: dict[int, list[float]] = {}
    for run in runs:
        for moment in ("machine_before", "machine_after"):
            if moment in run:
                loads.setdefault(run["entries"], []).append(run[moment]["load_average_1_5_15"][0])
    series = []
    for key, label in FIGURES:
        points: dict[int, list[float]] = {}
        for run in runs:
            value = run.get(key)
            if isinstance(value, (int, float)) and value > 0:
                points.setdefault(run["entries"], []).append(float(value))
        if points:
            series.append(Series(key, label, points))
    return series, loads


def mean(values: list[float]) -> float:
    """The geometric mean: the middle of a range on a log scale."""
    return math.exp(sum(math.log(v) for v in values) / len(values))


def slope(series: Series) -> float | None:
    """The log-log slope between the smallest and largest size: 0 flat, 1 linear."""
    sizes = sorted(series.points)
    if len(sizes) < 2:
        return None
    low, high = sizes[0], sizes[-1]
    return math.log(mean(series.points[high]) / mean(series.points[low])) / math.log(high / low)


def _range(values: list[float]) -> str:
    low, high = min(values), max(values)
    digits = 3 if high < 1 else 2 if high < 100 else 0
    if round(low, digits) == round(high, digits):
        return f"{low:.{digits}f}"
    return f"{low:.{digits}f}–{high:.{digits}f}"


def _size(entries: int) -> str:
    return f"{entries // 1_000_000}M" if entries % 1_000_000 == 0 else f"{entries // 1000}k"


def table(series: list[Series], loads: dict[int, list[float]]) -> str:
    sizes = sorted({n for s in series for n in s.points})
    head = ["figure", *(f"{_size(n)} entries" for n in sizes), "growth (log-log slope)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in series:
        grown = slope(s)
        cells = [f"`{s.key}`", *(_range(s.points[n]) if n in s.points else "" for n in sizes),
                 "" if grown is None else f"{grown + 0.0:.2f}".replace("-0.00", "0.00")]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("| load average (1 min) | " + " | ".join(
        _range(loads[n]) if n in loads else "" for n in sizes) + " | |")
    return "\n".join(lines)


def svg(series: list[Series], width: int = 960, height: int = 600) -> str:
    """The timed figures (seconds) against the entries, both on log scales."""
    timed = [s for s in series if s.key.endswith("_s")]
    values = [v for s in timed for vs in s.points.values() for v in vs]
    sizes = sorted({n for s in timed for n in s.points})
    if not values or not sizes:
        raise SystemExit("no timed figure in these runs")
    left, right, top, bottom = 70, 330, 30, 60
    x_lo, x_hi = math.floor(math.log10(sizes[0])), math.ceil(math.log10(sizes[-1]))
    if x_lo == x_hi:
        x_hi += 1
    y_lo, y_hi = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)))
    if y_lo == y_hi:
        y_hi += 1
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(entries: float) -> float:
        return left + (math.log10(entries) - x_lo) / (x_hi - x_lo) * plot_w

    def y(seconds: float) -> float:
        return top + (y_hi - math.log10(seconds)) / (y_hi - y_lo) * plot_h

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>']
    for power in range(x_lo, x_hi + 1):
        px = x(10 ** power)
        out.append(f'<line x1="{px:.1f}" y1="{top}" x2="{px:.1f}" y2="{top + plot_h}" stroke="#ddd"/>')
        out.append(f'<text x="{px:.1f}" y="{top + plot_h + 18}" text-anchor="middle">'
                   f'{_size(10 ** power) if power >= 3 else 10 ** power}</text>')
    for power in range(y_lo, y_hi + 1):
        py = y(10.0 ** power)
        out.append(f'<line x1="{left}" y1="{py:.1f}" x2="{left + plot_w}" y2="{py:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{py + 4:.1f}" text-anchor="end">{10.0 ** power:g} s</text>')
    out.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 15}" text-anchor="middle">'
               "entries in the database (log scale)</text>")
    out.append(f'<text transform="translate(18 {top + plot_h / 2:.1f}) rotate(-90)" text-anchor="middle">'
               "seconds (log scale)</text>")
    for n, s in enumerate(timed):
        colour = COLOURS[n % len(COLOURS)]
        at = sorted(s.points)
        line = " ".join(f"{x(e):.1f},{y(mean(s.points[e])):.1f}" for e in at)
        dashes = ' stroke-dasharray="6 4"' if s.key in FLOORS else ""
        out.append(f'<polyline class="figure" data-key="{s.key}" points="{line}" fill="none" '
                   f'stroke="{colour}" stroke-width="2"{dashes}/>')
        for e in at:
            px, low, high = x(e), y(min(s.points[e])), y(max(s.points[e]))
            out.append(f'<line x1="{px:.1f}" y1="{low:.1f}" x2="{px:.1f}" y2="{high:.1f}" '
                       f'stroke="{colour}" stroke-width="5" stroke-opacity="0.5"/>')
            out.append(f'<circle cx="{px:.1f}" cy="{y(mean(s.points[e])):.1f}" r="3.5" fill="{colour}"/>')
        legend_y = top + 8 + n * 18
        out.append(f'<line x1="{width - right + 20}" y1="{legend_y}" x2="{width - right + 44}" '
                   f'y2="{legend_y}" stroke="{colour}" stroke-width="3"{dashes}/>')
        out.append(f'<text x="{width - right + 50}" y="{legend_y + 4}">{escape(s.label)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("runs", nargs="+", type=Path, help="run.py's JSON output, one file per run")
    parser.add_argument("--svg", type=Path, help="write the log-log picture here")
    args = parser.parse_args(argv)
    series, loads = load(args.runs)
    if not series:
        parser.error("no figure found in these files (are they run.py's JSON?)")
    print(table(series, loads))
    if args.svg:
        args.svg.write_text(svg(series), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
