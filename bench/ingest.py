"""The ingest gateway under add load (wrk), against a bare ASGI app on the same stack.

`memstream ingest` with 1 and then 2 worker processes, the real broker behind it, wrk
posting realistic add bodies (a few turns of conversation, 1,000 users, metadata) on
keep-alive connections with one key whose rate limit is out of reach: requests/s at
saturation, p50/p99 at 80% of it, non-2xx answers, the workers' CPU time per add at
saturation (from /proc); the bare app's rate and CPU per request with as many workers, in
the same run, and those of the bare gateway (bench/bare_gateway.py: the design's floor of
an add, two records produced and acknowledged).
"""

from __future__ import annotations

import asyncio
import json
import random
from pathlib import Path

from bench.extractor import process_stats
from bench.profile import sampled
from bench.wrk import WrkResult, lua_script, run_wrk, start_bare_app
from memstream.contracts.topics import topic_names
from memstream.kafka.clients import ensure_topics
from memstream.kafka.tansu import free_port
from memstream.settings import AuthSettings, HttpSettings, KafkaSettings, Settings
from memstream.testing.data import GRANTS, KEY_A
from memstream.testing.processes import ServiceProcess

DURATION_S = 10
CONNECTIONS = 64
BODIES = 500
PREFIX = "benchingest"

_TURNS = [
    ("user", "I just moved to San Francisco from New York and I'm looking for a climbing gym."),
    ("assistant", "Welcome! Mission Cliffs and Dogpatch Boulders are both popular."),
    ("user", "I prefer bouldering, and I'm vegetarian, so food nearby matters too."),
    ("assistant", "Dogpatch Boulders has a few vegetarian cafes within walking distance."),
    ("user", "My sister Anna visits in March; she is allergic to peanuts."),
]


def _bodies(count: int) -> list[str]:
    chooser = random.Random(7)
    bodies = []
    for n in range(count):
        turns = _TURNS[: chooser.randint(2, len(_TURNS))]
        body = {
            "messages": [{"role": role, "content": text} for role, text in turns],
            "user_id": f"user-{chooser.randrange(1000)}",
            "agent_id": "concierge",
            "metadata": {"source": "chat", "session": n},
        }
        bodies.append(json.dumps(body))
    return bodies


def _add_script(workdir: Path, rate: float | None = None) -> Path:
    bodies = ",\n".join(f"  {json.dumps(body)}" for body in _bodies(BODIES))
    lines = f"""
local bodies = {{
{bodies}
}}
local headers = {{
  ["Authorization"] = "Token {KEY_A}",
  ["Content-Type"] = "application/json",
}}
function request()
  return wrk.format("POST", "/v3/memories/add/", headers, bodies[math.random(1, #bodies)])
end
"""
    return lua_script(workdir / f"add-{int(rate or 0)}.lua", lines, CONNECTIONS, rate)


async def _saturate_then_pace(
    url: str, workdir: Path, pids: list[int]
) -> tuple[WrkResult, WrkResult, float]:
    """Both runs, and the gateway's CPU microseconds per add at saturation."""
    cpu_before = sum(process_stats(pid)[1] for pid in pids)
    saturated = await asyncio.to_thread(run_wrk, url, _add_script(workdir), DURATION_S, CONNECTIONS)
    cpu_us = (sum(process_stats(pid)[1] for pid in pids) - cpu_before) * 1e6
    paced = await asyncio.to_thread(
        run_wrk, url, _add_script(workdir, 0.8 * saturated.rps), DURATION_S, CONNECTIONS
    )
    return saturated, paced, cpu_us / (saturated.rps * DURATION_S)


def _children(pid: int) -> list[int]:
    """The worker processes of a supervisor (none for a single-process server)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(child) for child in children]


async def _baseline(
    workdir: Path, workers: int, module: str, *args: str
) -> tuple[WrkResult, float]:
    """A baseline app (bench/bare_app.py, bench/bare_gateway.py) under the add load at
    saturation: wrk's figures and the app's CPU µs per request."""
    port = free_port()
    app = start_bare_app(port, workers, module, *args)
    try:
        pids = [app.pid, *_children(app.pid)]
        cpu_before = sum(process_stats(pid)[1] for pid in pids)
        result = await asyncio.to_thread(
            run_wrk, f"http://127.0.0.1:{port}", _add_script(workdir), DURATION_S, CONNECTIONS
        )
        cpu_s = sum(process_stats(pid)[1] for pid in pids) - cpu_before
    finally:
        app.terminate()
        app.wait()
    return result, cpu_s * 1e6 / (result.rps * DURATION_S)


async def _gateway(
    settings: Settings, bootstrap: str, workdir: Path, workers: int
) -> dict[str, float]:
    gateway = ServiceProcess(
        "ingest", settings, workdir / f"ingest-{workers}.log", args=("--workers", str(workers))
    )
    try:
        await asyncio.to_thread(gateway.start)
        await asyncio.to_thread(gateway.wait_for_workers, workers)
        url = f"http://127.0.0.1:{gateway.port}"
        pids = sorted(gateway.logged_pids("service_started"))
        saturated, paced, cpu_us_per_add = await _saturate_then_pace(url, workdir, pids)
        shares: dict[str, float] = {}
        if workers == 1:  # where one worker's CPU goes, in a saturated run of its own
            async with sampled(pids[0], shares, "ingest"):
                await asyncio.to_thread(run_wrk, url, _add_script(workdir), DURATION_S, CONNECTIONS)
    finally:
        gateway.stop()
    baseline, bare_cpu_us = await _baseline(workdir, workers, "bench.bare_app")
    floor, floor_cpu_us = await _baseline(
        workdir, workers, "bench.bare_gateway", "--bootstrap", bootstrap, "--prefix", PREFIX
    )
    tag = f"{workers}w"
    return {
        f"ingest_rps_{tag}": saturated.rps,
        f"ingest_p50_ms_at_80pct_{tag}": paced.p50_ms,
        f"ingest_p99_ms_at_80pct_{tag}": paced.p99_ms,
        f"ingest_p99_ms_at_saturation_{tag}": saturated.p99_ms,
        f"ingest_cpu_us_per_add_{tag}": cpu_us_per_add,
        f"ingest_non_2xx_{tag}": saturated.non_2xx + paced.non_2xx,
        f"bare_asgi_rps_{tag}": baseline.rps,
        f"bare_asgi_cpu_us_per_request_{tag}": bare_cpu_us,
        f"ingest_vs_bare_ratio_{tag}": saturated.rps / baseline.rps,
        f"bare_gateway_rps_{tag}": floor.rps,
        f"bare_gateway_cpu_us_per_add_{tag}": floor_cpu_us,
    } | {f"ingest_cpu_us_{group}_{tag}": cpu_us_per_add * s for group, s in shares.items()}


async def run_ingest_bench(bootstrap: str, workdir: Path) -> dict[str, float]:
    settings = Settings(
        kafka=KafkaSettings(bootstrap=bootstrap, topic_prefix=PREFIX, partitions=12),
        http=HttpSettings(rate_limit_per_s=1e9, rate_limit_burst=1_000_000_000),
        auth=AuthSettings(api_keys=GRANTS, key_store_path=None),
        log_level="info",  # the default: one line per add, as operators run it
    )
    await ensure_topics(bootstrap, topic_names(PREFIX), settings.kafka.partitions)
    figures: dict[str, float] = {}
    for workers in (1, 2):
        figures |= await _gateway(settings, bootstrap, workdir, workers)
    return figures
