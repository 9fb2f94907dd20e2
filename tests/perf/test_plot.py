"""tests/perf/plot.py: the growth it reports is the slope worked out by hand, and its picture has a
line for each timed figure. (No timing is measured here.)"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import plot


def write_run(folder: Path, name: str, entries: int, **figures: float) -> Path:
    path = folder / f"{name}.json"
    machine = {"load_average_1_5_15": [1.5, 1.0, 0.5]}
    path.write_text(json.dumps({"entries": entries, "machine_before": machine, "machine_after": machine,
                                "school_year_starts": ["09-01"], **figures}), encoding="utf-8")
    return path


def test_the_table_gives_each_figures_range_and_its_log_log_slope(tmp_path: Path) -> None:
    # balances 0.1 s at 10k and 10 s at 1M: log(100) / log(100) = slope 1 (linear);
    # the start-up 0.5 s at both sizes: slope 0 (flat); two runs at 10k give a range
    runs = [write_run(tmp_path, "a", 10_000, balances_all_s=0.1, startup_s=0.5, peak_rss_mb=100),
            write_run(tmp_path, "b", 10_000, balances_all_s=0.1, startup_s=0.6, peak_rss_mb=100),
            write_run(tmp_path, "c", 1_000_000, balances_all_s=10.0, startup_s=0.5477, peak_rss_mb=100)]
    series, loads = plot.load(runs)
    growth = {s.key: plot.slope(s) for s in series}
    assert abs(growth["balances_all_s"] - 1.0) < 1e-9
    # startup: geometric mean of 0.5 and 0.6 is sqrt(0.3) = 0.5477, the same as at 1M: flat
    assert abs(growth["startup_s"]) < 1e-3
    text = plot.table(series, loads)
    assert "| `startup_s` | 0.500–0.600 | 0.548 | 0.00 |" in text
    assert "| `balances_all_s` | 0.100 | 10.00 | 1.00 |" in text
    assert "| load average (1 min) | 1.50 | 1.50 | |" in text


def test_the_picture_draws_each_timed_figure_and_not_the_memory(tmp_path: Path) -> None:
    runs = [write_run(tmp_path, "a", 10_000, log_search_s=0.05, raw_sql_search_s=0.01, peak_rss_mb=120),
            write_run(tmp_path, "b", 100_000, log_search_s=0.2, raw_sql_search_s=0.04, peak_rss_mb=130)]
    series, _ = plot.load(runs)
    root = ET.fromstring(plot.svg(series))
    lines = root.findall(".//{http://www.w3.org/2000/svg}polyline")
    assert sorted(line.get("data-key") for line in lines) == ["log_search_s", "raw_sql_search_s"]
    assert all(len(line.get("points", "").split()) == 2 for line in lines)  # one point per size
