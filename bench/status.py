"""The status service under polling load (wrk), against a bare ASGI app on the same stack.

One `memstream status` process holding N events (SQLite store), polled at random known
ids on keep-alive connections: requests/s at saturation, p99 at 80% of it, the CPU time
the process spent per poll at saturation and per event it applied while they were
produced (from /proc: the figures that a shared machine's noise moves least), and the
bare app's rate and CPU per request in the same run. Memory: the store's bytes and the
process's RSS per event.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import httpx
from aiokafka import AIOKafkaProducer

from bench.extractor import process_stats
from bench.profile import sampled
from bench.wrk import lua_script, run_wrk, start_bare_app
from memstream.contracts.ids import event_key
from memstream.contracts.topics import topic_names
from memstream.kafka.clients import ensure_topics
from memstream.kafka.tansu import free_port
from memstream.settings import AuthSettings, KafkaSettings, Settings, StatusSettings
from memstream.testing.data import GRANTS, KEY_A
from memstream.testing.processes import ServiceProcess

_SNAPSHOT = (
    '{"schema_version":1,"id":"%s","event_type":"ADD","status":"SUCCEEDED","org_id":"org-1",'
    '"project_id":"project-a","payload":{"user_id":"u%d","messages":[{"role":"user",'
    '"content":"I own %d plants"}],"infer":true},"metadata":null,"results":[{"id":"%s",'
    '"event":"ADD","data":{"memory":"User owns %d plants"},"user_id":"u%d","agent_id":null,'
    '"app_id":null,"run_id":null}],"error":null,"created_at":"%s","updated_at":"%s",'
    '"started_at":"%s","completed_at":"%s"}'
)
DURATION_S = 10
CONNECTIONS = 64


async def _fill(settings: Settings, count: int) -> list[str]:
    topic = topic_names(settings.kafka.topic_prefix).lifecycle
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, linger_ms=20)
    await producer.start()
    ids = []
    try:
        for n in range(count):
            event_id = str(uuid.uuid4())
            value = _SNAPSHOT % (event_id, n, n, uuid.uuid4(), n, n, now, now, now, now)
            key = event_key("org-1", "project-a", uuid.UUID(event_id))
            await producer.send(topic, value.encode(), key=key)
            ids.append(event_id)
        await producer.flush()
    finally:
        await producer.stop()
    return ids


def _wait_for_count(url: str, count: int, timeout_s: float = 300) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        page = httpx.get(
            f"{url}/v1/events/?page_size=1", headers={"Authorization": f"Token {KEY_A}"}
        )
        if page.status_code == 200 and page.json()["count"] >= count:
            return
        time.sleep(0.5)
    raise TimeoutError("the status replica did not load the events")


def _poll_script(workdir: Path, ids_file: Path, rate: float | None = None) -> Path:
    lines = f"""
local ids = {{}}
for line in io.lines("{ids_file}") do ids[#ids + 1] = line end
local headers = {{["Authorization"] = "Token {KEY_A}"}}
function request()
  return wrk.format("GET", "/v1/event/" .. ids[math.random(1, #ids)] .. "/", headers)
end
"""
    name = f"poll-{int(rate or 0)}.lua"
    return lua_script(workdir / name, lines, CONNECTIONS, rate)


def _size(directory: Path, pattern: str) -> int:
    return sum(p.stat().st_size for p in directory.glob(pattern))


async def run_status_bench(bootstrap: str, workdir: Path, events: int) -> dict[str, float]:
    settings = Settings(
        kafka=KafkaSettings(bootstrap=bootstrap, topic_prefix="benchstatus", partitions=12),
        auth=AuthSettings(api_keys=GRANTS, key_store_path=None),
        status=StatusSettings(store_path=workdir / "status.sqlite3"),
        log_level="warning",
    )
    await ensure_topics(bootstrap, topic_names("benchstatus"), settings.kafka.partitions)
    # Started on the empty topic, so the CPU it spends while the events arrive is the
    # view's apply (consume, decode, upsert), not its start.
    status = ServiceProcess("status", settings, workdir / "status.log")
    await asyncio.to_thread(status.start)
    assert status.process is not None
    url = f"http://127.0.0.1:{status.port}"
    try:
        _, cpu_at_start = process_stats(status.process.pid)
        ids = await _fill(settings, events)
        ids_file = workdir / "event-ids.txt"
        ids_file.write_text("\n".join(ids) + "\n")
        await asyncio.to_thread(_wait_for_count, url, events)
        rss_mib, cpu_before = process_stats(status.process.pid)
        apply_cpu_s = cpu_before - cpu_at_start
        saturated = await asyncio.to_thread(
            run_wrk, url, _poll_script(workdir, ids_file), DURATION_S, CONNECTIONS
        )
        cpu_s = process_stats(status.process.pid)[1] - cpu_before
        paced = await asyncio.to_thread(
            run_wrk,
            url,
            _poll_script(workdir, ids_file, 0.8 * saturated.rps),
            DURATION_S,
            CONNECTIONS,
        )
        shares: dict[str, float] = {}
        async with sampled(status.process.pid, shares, "status"):  # where a poll's CPU goes
            await asyncio.to_thread(
                run_wrk, url, _poll_script(workdir, ids_file), DURATION_S, CONNECTIONS
            )
    finally:
        status.terminate()
    bare_port = free_port()
    bare = start_bare_app(bare_port)
    try:
        bare_cpu_before = process_stats(bare.pid)[1]
        baseline = await asyncio.to_thread(
            run_wrk,
            f"http://127.0.0.1:{bare_port}",
            _poll_script(workdir, ids_file),
            DURATION_S,
            CONNECTIONS,
        )
        bare_cpu_s = process_stats(bare.pid)[1] - bare_cpu_before
    finally:
        bare.terminate()
        bare.wait()
    store_bytes = await asyncio.to_thread(_size, workdir, "status.sqlite3*")
    cpu_us_per_poll = cpu_s * 1e6 / (saturated.rps * DURATION_S)
    return {
        "status_rps": saturated.rps,
        "status_p99_ms_at_saturation": saturated.p99_ms,
        "status_p99_ms_at_80pct": paced.p99_ms,
        "status_rps_at_80pct": paced.rps,
        "status_non_2xx": saturated.non_2xx + paced.non_2xx,
        "status_cpu_us_per_poll": cpu_us_per_poll,
        "status_cpu_us_per_event_applied": apply_cpu_s * 1e6 / events,
        "bare_asgi_rps": baseline.rps,
        "bare_asgi_cpu_us_per_request": bare_cpu_s * 1e6 / (baseline.rps * DURATION_S),
        "status_vs_bare_ratio": saturated.rps / baseline.rps,
        "status_store_bytes_per_event": store_bytes / events,
        "status_rss_mib": rss_mib,
    } | {f"status_cpu_us_{group}": cpu_us_per_poll * s for group, s in shares.items()}
