"""Driving wrk: saturation, and a paced run at a share of it, with a Lua request script."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from memstream.testing.processes import ROOT, wait_until_ready

_LATENCY = re.compile(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
_RATE = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclass(frozen=True)
class WrkResult:
    rps: float
    p50_ms: float
    p99_ms: float
    non_2xx: int


def run_wrk(
    url: str, script: Path, duration_s: int, connections: int, threads: int = 1
) -> WrkResult:
    done = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration_s}s",
            "--latency",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    latencies = {int(p): float(v) * _UNIT_MS[u] for p, v, u in _LATENCY.findall(done.stdout)}
    rate = _RATE.search(done.stdout)
    non_2xx = _NON_2XX.search(done.stdout)
    assert rate is not None, done.stdout
    return WrkResult(
        rps=float(rate.group(1)),
        p50_ms=latencies[50],
        p99_ms=latencies[99],
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
    )


def lua_script(path: Path, request_lines: str, connections: int, rate: float | None) -> Path:
    """A wrk script: `request_lines` defines `request()`; with `rate`, each connection
    waits between requests so that all of them together send about `rate` per second.

    The wait is drawn uniformly from 0 to twice its mean: with a fixed wait the
    connections, started together, keep sending in step, and every request of a burst
    of `connections` queues behind the others (the latency of bursts, not of a load)."""
    pacing = ""
    if rate:
        mean_ms = 1000 * connections / rate
        pacing = f"function delay() return math.random() * {2 * mean_ms:.3f} end\n"
    path.write_text(request_lines + "\n" + pacing)
    return path


def start_bare_app(
    port: int, workers: int = 1, module: str = "bench.bare_app", *args: str
) -> subprocess.Popen[bytes]:
    """bench/bare_app.py (or another baseline `module`, with its `args`) under the
    services' server stack (uvicorn, uvloop, httptools, memstream.web.server's limits)."""
    command = ["-m", module, "--port", str(port), "--workers", str(workers), *args]
    process = subprocess.Popen(
        [sys.executable, *command],
        cwd=ROOT,
        start_new_session=True,
    )
    wait_until_ready(f"http://127.0.0.1:{port}/", process)
    return process
