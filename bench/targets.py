"""Issue 18's efficiency table: each figure before (bench/before.json), now, and its target.

`bench/before.json` holds the figures `python -m bench.run --only extractor mem0 ingest
status` wrote for main's code at 6a7fb7f (before the efficiency work) measured with this
bench's harness, on this 2-core machine, quiet, on 2026-12-02 at 13:42 UTC, twenty minutes
after a run of main at 30baca2 (the machine ran about 2.5 times slower that afternoon than
in the morning: the bare ASGI app answered 8,000 requests/s instead of 20,000, so figures
from different hours do not compare); a figure added since shows "-" before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import orjson

from bench.profile import GROUPS

__all__ = [
    "BEFORE",
    "PROFILED",
    "TARGETS",
    "Profiled",
    "Target",
    "efficiency_table",
    "where_cpu_goes_table",
    "whole_pipeline_cpu_ms",
]

BEFORE = Path(__file__).resolve().parent / "before.json"


@dataclass(frozen=True)
class Target:
    figure: str
    label: str
    bound: float
    at_least: bool  # True: the figure must reach `bound`; False: stay at or under it

    def met(self, value: float) -> bool:
        return value >= self.bound if self.at_least else value <= self.bound


_NONE = float("inf")  # a figure shown for reference, without a target

TARGETS = (
    Target("extractor_rps_1s", "extractor requests/s, 1 s LLM latency", 800, True),
    Target("extractor_rps", "extractor requests/s, 300 ms LLM latency", 800, True),
    Target("extractor_cpu_ms_per_request", "extractor CPU ms per request", 1.2, False),
    Target("ratio_vs_mem0_concurrent", "ratio to mem0ai at 256 concurrent", 25, True),
    Target("overhead_p50_ms", "pipeline overhead p50 ms at half load", 10, False),
    Target("overhead_p99_ms", "pipeline overhead p99 ms at half load", 50, False),
    Target("ingest_rps_1w", "ingest adds/s, one worker", 3000, True),
    Target("ingest_p99_ms_at_80pct_1w", "ingest p99 ms at 80%", 25, False),
    Target("ingest_cpu_us_per_add_1w", "ingest CPU µs per add", 300, False),
    # The design's floors on this machine, measured in the same run (no targets): the
    # HTTP server alone (bench/bare_app.py) and an add with nothing but its two
    # acknowledged records (bench/bare_gateway.py).
    Target("bare_asgi_rps_1w", "  floor: bare ASGI requests/s, one worker", _NONE, False),
    Target("bare_gateway_rps_1w", "  floor: bare gateway adds/s, one worker", _NONE, False),
    Target("bare_gateway_cpu_us_per_add_1w", "  floor: bare gateway CPU µs per add", _NONE, False),
    # Alternatives the issue named, against what the floors run on (bench/servers.py):
    # the bare app's CPU per request under uvicorn and under granian, and a record
    # produced and acknowledged through aiokafka and through librdkafka.
    Target("alt_server_uvicorn_cpu_us", "  bare app CPU µs per request, uvicorn", _NONE, False),
    Target("alt_server_granian_cpu_us", "  bare app CPU µs per request, granian", _NONE, False),
    Target("alt_server_granian_rps", "  bare app requests/s, granian", _NONE, False),
    Target("floor_kafka_produce_us", "  CPU µs per record produced, aiokafka", _NONE, False),
    Target(
        "alt_kafka_produce_librdkafka_us", "  CPU µs per record produced, librdkafka", _NONE, False
    ),
    Target("status_rps", "status polls/s per process", 8000, True),
    Target("status_p99_ms_at_80pct", "status p99 ms at 80%", 5, False),
    Target("whole_pipeline_cpu_ms_per_add", "whole pipeline CPU ms per add", 1.5, False),
    Target("extractor_peak_rss_mib_1s", "extractor peak RSS MiB (1 s run)", _NONE, False),
    Target(
        "extractor_peak_rss_mib_1s_w1000",
        "extractor peak RSS MiB, 1,000 in flight",
        _NONE,
        False,
    ),
)

# The parts of one add's CPU across the services (µs figures are converted to ms).
_PIPELINE_PARTS = (
    ("ingest_cpu_us_per_add_1w", 1e-3),
    ("extractor_cpu_ms_per_request", 1.0),
    ("status_cpu_us_per_event_applied", 1e-3),
    ("status_cpu_us_per_poll", 1e-3),
)


def whole_pipeline_cpu_ms(figures: dict[str, float]) -> float | None:
    """Ingest + extractor + the status view's apply + one poll, per add; None unless every
    part was measured in this run."""
    if not all(name in figures for name, _ in _PIPELINE_PARTS):
        return None
    return sum(figures[name] * scale for name, scale in _PIPELINE_PARTS)


def _before() -> dict[str, float]:
    return orjson.loads(BEFORE.read_bytes()) if BEFORE.exists() else {}


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:,.2f}"


def efficiency_table(figures: dict[str, float]) -> str:
    """figure | before | now | now/before | target | met, for the figures measured now ("" if
    none was)."""
    before = _before()
    rows = [("figure", "before", "now", "now/before", "target", "met")]
    for target in TARGETS:
        now = figures.get(target.figure)
        if now is None:
            continue
        then = before.get(target.figure)
        ratio = f"{now / then:.2f}x" if then else "-"
        bound = "" if target.bound == _NONE else f"{'>=' if target.at_least else '<='} "
        bound += "" if target.bound == _NONE else f"{target.bound:,g}"
        met = "" if target.bound == _NONE else ("yes" if target.met(now) else "NO")
        rows.append((target.label, _cell(then), _cell(now), ratio, bound, met))
    return _render(rows) if len(rows) > 1 else ""


@dataclass(frozen=True)
class Profiled:
    """A service sampled by the bench: its samples' name in bench/profiles/, its CPU
    figure per unit of work, and the name of that figure's part spent by each group."""

    name: str
    label: str
    total: str
    prefix: str
    suffix: str = ""

    def part(self, group: str) -> str:
        return f"{self.prefix}{group}{self.suffix}"


PROFILED = (
    Profiled(
        "extractor", "extractor ms/request", "extractor_cpu_ms_per_request", "extractor_cpu_ms_"
    ),
    Profiled("ingest", "ingest µs/add", "ingest_cpu_us_per_add_1w", "ingest_cpu_us_", "_1w"),
    Profiled("status", "status µs/poll", "status_cpu_us_per_poll", "status_cpu_us_"),
)


def where_cpu_goes_table(figures: dict[str, float]) -> str:
    """group | each profiled service's CPU per unit of work spent by that group (py-spy
    samples, bench/profile.py), for the services profiled in this run; "" if none was."""
    columns = [service for service in PROFILED if service.total in figures]
    rows = [("group", *(service.label for service in columns))]
    for group, _ in GROUPS:
        cells = [figures.get(service.part(group)) for service in columns]
        if any(cell is not None for cell in cells):
            rows.append((group, *(_cell(cell or 0.0) for cell in cells)))
    if len(rows) == 1:
        return ""
    rows.append(("total", *(_cell(figures[service.total]) for service in columns)))
    return _render(rows)


def _render(rows: list[tuple[str, ...]]) -> str:
    """Rows as aligned columns, a rule under the first."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
