"""Two alternatives the per-core issue named, measured against what memstream runs on.

- HTTP server: bench/bare_app.py under the services' server (uvicorn with httptools and
  memstream.web.server's limits) and under granian (a Rust HTTP server, its ASGI
  interface on uvloop), one worker each, saturated by wrk: requests/s and the CPU
  microseconds per request of the server's processes (granian's runtime threads and its
  worker process included);
- Kafka producer: one 600-byte record produced with acks=all and acknowledged, 20,000 in
  a row, through aiokafka (`bench.floor`'s figure) and through confluent-kafka's
  librdkafka, its delivery reports resolving asyncio futures from a polling thread, as a
  service would use it: the CPU of this process, librdkafka's threads included.

Neither replaces what memstream runs on: see the README's efficiency section.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

from confluent_kafka import Producer

from bench.wrk import WrkResult, lua_script, run_wrk, start_bare_app
from memstream.kafka.tansu import free_port
from memstream.testing.processes import ROOT, wait_until_ready

__all__ = ["run_server_bench"]

DURATION_S = 10
CONNECTIONS = 64
RECORDS = 20_000


def _tree_cpu_s(pid: int) -> float:
    """CPU seconds so far of `pid` and its children (granian serves from a child)."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # a process that ended meanwhile
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _start_granian(port: int) -> subprocess.Popen[bytes]:
    command = [
        *(sys.executable, "-m", "granian", "--interface", "asgi", "--loop", "uvloop"),
        *("--workers", "1", "--http", "1", "--no-ws", "--log-level", "warning"),
        *("--host", "127.0.0.1", "--port", str(port), "bench.bare_app:app"),
    ]
    process = subprocess.Popen(command, cwd=ROOT, start_new_session=True)
    wait_until_ready(f"http://127.0.0.1:{port}/", process)
    return process


def _saturate(process: subprocess.Popen[bytes], port: int, script: Path) -> tuple[float, float]:
    """(requests/s, CPU µs per request) of the server at `port`."""
    url = f"http://127.0.0.1:{port}"
    try:
        run_wrk(url, script, 2, CONNECTIONS)  # warm: connections, caches
        before = _tree_cpu_s(process.pid)
        result: WrkResult = run_wrk(url, script, DURATION_S, CONNECTIONS)
        cpu_s = _tree_cpu_s(process.pid) - before
    finally:
        process.terminate()
        process.wait()
    return result.rps, cpu_s * 1e6 / (result.rps * DURATION_S)


def _servers(workdir: Path) -> dict[str, float]:
    script = lua_script(
        workdir / "bare-get.lua", 'function request() return wrk.format("GET", "/") end', 1, None
    )
    port = free_port()
    uvicorn_rps, uvicorn_us = _saturate(start_bare_app(port), port, script)
    port = free_port()
    granian_rps, granian_us = _saturate(_start_granian(port), port, script)
    return {
        "alt_server_uvicorn_rps": uvicorn_rps,
        "alt_server_uvicorn_cpu_us": uvicorn_us,
        "alt_server_granian_rps": granian_rps,
        "alt_server_granian_cpu_us": granian_us,
    }


async def _librdkafka_produce_us(bootstrap: str) -> float:
    """CPU µs per record through confluent-kafka, produced and acknowledged."""
    loop = asyncio.get_running_loop()
    topic = f"bench-alt-{uuid.uuid4().hex[:8]}"
    value = b"x" * 600
    producer = Producer(
        {"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 5, "enable.idempotence": False}
    )
    polling = True

    def poll() -> None:  # delivery reports are served by poll(), on this thread
        while polling:
            producer.poll(0.05)

    poller = threading.Thread(target=poll, name="librdkafka-poll", daemon=True)
    poller.start()

    def send(n: int) -> asyncio.Future[None]:
        acknowledged: asyncio.Future[None] = loop.create_future()

        def delivered(error: object, _: object) -> None:
            outcome = acknowledged.set_exception if error else acknowledged.set_result
            loop.call_soon_threadsafe(outcome, RuntimeError(str(error)) if error else None)

        producer.produce(topic, value, str(n).encode(), on_delivery=delivered)
        return acknowledged

    try:
        await send(0)  # the topic is created on first use
        started = time.process_time()
        await asyncio.gather(*(send(n) for n in range(RECORDS)))
        return (time.process_time() - started) * 1e6 / RECORDS
    finally:
        polling = False
        poller.join()
        producer.flush(10)


async def run_server_bench(bootstrap: str, workdir: Path) -> dict[str, float]:
    servers = await asyncio.to_thread(_servers, workdir)
    return servers | {"alt_kafka_produce_librdkafka_us": await _librdkafka_produce_us(bootstrap)}
