"""Push instead of poll, through the whole stack and a fake LLM.

One `memstream dev` process (ingest, status, query, extractor, webhooks) against the bench's
broker, the extractor calling the fake OpenAI server (its latency per call, as the
extractor bench). Figures:

- poll load: ADDS adds at RATE a second, each followed as the mem0 SDK's users and
  integrations do (`GET /v1/event/{id}/` at once, then every second until it ends), then
  ADDS more, each followed by one long-poll (`?wait=30`): requests per add both ways, and
  how long after the add's answer each learned that it ended (p50);
- memory per waiting long-poll: WAITERS long-polls of an event that never ends, on raw
  keep-alive connections; the process's resident memory before and while they wait;
- webhook delivery latency: a webhook of the project to an aiohttp receiver on loopback;
  HOOKED_ADDS adds at RATE a second; from each event's end (its `completed_at`) to the
  receiver getting its memory_add, p50 and p99.
"""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
from aiohttp import web
from aiokafka import AIOKafkaProducer

from memstream.contracts import lifecycle
from memstream.contracts.ids import event_key
from memstream.contracts.topics import topic_names
from memstream.kafka.clients import ensure_topics
from memstream.kafka.tansu import free_port
from memstream.settings import (
    AuthSettings,
    EmbedderSettings,
    KafkaSettings,
    LlmSettings,
    QdrantSettings,
    Settings,
    StatusSettings,
    WebhooksSettings,
)
from memstream.testing.data import GRANTS, KEY_A, request_record
from memstream.testing.processes import ServiceProcess

ADDS = 200
RATE = 20.0  # adds a second, paced: latency at a steady load, not a burst's queueing
WAITERS = 1000
HOOKED_ADDS = 500
HEADERS = {"Authorization": f"Token {KEY_A}"}
TERMINAL = ("SUCCEEDED", "FAILED")
T = TypeVar("T")


def _rss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS"))


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def _add(http: httpx.AsyncClient, n: int, tag: str) -> str:
    body = {"messages": [{"role": "user", "content": f"I own {n} {tag} plants"}]}
    response = await http.post("/v3/memories/add/", json={**body, "user_id": f"{tag}{n % 50}"})
    assert response.status_code == 200, response.text
    event_id: str = response.json()["event_id"]
    return event_id


async def _paced(count: int, rate: float, run: Callable[[int], Awaitable[T]]) -> list[T]:
    """`run(n)` for n < count, started at `rate` a second whatever they take (open loop)."""
    started, tasks = time.perf_counter(), []
    for n in range(count):
        await asyncio.sleep(max(0.0, started + n / rate - time.perf_counter()))
        tasks.append(asyncio.create_task(run(n)))
    return list(await asyncio.gather(*tasks))


async def _until_ended(
    http: httpx.AsyncClient, n: int, tag: str, query: str, pause_s: float
) -> tuple[int, float]:
    """(requests, seconds from the add's answer to learning it ended): GET the event with
    `query` until it ends, `pause_s` between answers."""
    event_id = await _add(http, n, tag)
    added, requests = time.perf_counter(), 0
    while True:
        requests += 1
        event = (await http.get(f"/v1/event/{event_id}/{query}")).json()
        if event["status"] in TERMINAL:
            return requests, time.perf_counter() - added
        await asyncio.sleep(pause_s)


async def _sdk_style(http: httpx.AsyncClient, n: int) -> tuple[int, float]:
    """Polling as the SDK's users do: at once, then every second until it ends."""
    return await _until_ended(http, n, "polled", "", 1.0)


async def _long_polled(http: httpx.AsyncClient, n: int) -> tuple[int, float]:
    return await _until_ended(http, n, "waited", "?wait=30", 0.0)


async def _poll_load(http: httpx.AsyncClient) -> dict[str, float]:
    polled = await _paced(ADDS, RATE, lambda n: _sdk_style(http, n))
    waited = await _paced(ADDS, RATE, lambda n: _long_polled(http, n))
    polls = statistics.fmean(p for p, _ in polled)
    requests = statistics.fmean(r for r, _ in waited)
    return {
        "push_polls_per_add_sdk_1s": polls,
        "push_requests_per_add_long_poll": requests,
        "push_poll_requests_saved_pct": 100 * (1 - requests / polls),
        "push_learned_p50_ms_polling": 1000 * statistics.median(s for _, s in polled),
        "push_learned_p50_ms_long_poll": 1000 * statistics.median(s for _, s in waited),
    }


async def _waiting_memory(settings: Settings, port: int, pid: int) -> dict[str, float]:
    """Resident memory per long-poll waiting on an event that never ends."""
    # PENDING, and never produced to the requests topic: it never ends.
    never = {"messages": [{"role": "user", "content": "x"}], "user_id": "never"}
    pending = lifecycle.pending(request_record(never))
    event_id = pending.id
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(
            topic_names(settings.kafka.topic_prefix).lifecycle,
            pending.model_dump_json().encode(),
            key=event_key(pending.org_id, pending.project_id, event_id),
        )
    finally:
        await producer.stop()
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", headers=HEADERS) as http:
        while (await http.get(f"/v1/event/{event_id}/")).status_code != 200:  # noqa: ASYNC110
            await asyncio.sleep(0.1)
    request = (
        f"GET /v1/event/{event_id}/?wait=60 HTTP/1.1\r\nHost: x\r\n"
        f"Authorization: Token {KEY_A}\r\n\r\n"
    ).encode()
    before = _rss_kib(pid)
    writers = []
    for _ in range(WAITERS):
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(request)
        writers.append(writer)
    await asyncio.sleep(5)  # all read and waiting (the process answers none of them)
    waiting = _rss_kib(pid)
    for writer in writers:
        writer.close()
    return {
        "push_long_polls_waiting": float(WAITERS),
        "push_kib_per_waiting_long_poll": (waiting - before) / WAITERS,
    }


async def _webhook_latency(http: httpx.AsyncClient) -> dict[str, float]:
    arrived: dict[str, float] = {}

    async def receive(request: web.Request) -> web.Response:
        body = await request.json()
        arrived[body["event_details"]["id"]] = time.time()
        return web.Response(status=204)

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        created = await http.post(
            "/api/v1/webhooks/projects/project-a/",
            json={"name": "bench", "url": f"http://127.0.0.1:{port}/hook"},
        )
        assert created.status_code == 201, created.text
        event_ids = await _paced(HOOKED_ADDS, RATE, lambda n: _add(http, n, "hooked"))
        ended: dict[str, float] = {}
        for event_id in event_ids:
            while True:
                event = (await http.get(f"/v1/event/{event_id}/?wait=30")).json()
                if event["status"] in TERMINAL:
                    break
            done = datetime.fromisoformat(event["completed_at"]).timestamp()
            for result in event["results"]:
                if result["event"] == "ADD":
                    ended[result["id"]] = done
        deadline = time.monotonic() + 120
        while set(ended) - set(arrived) and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.1)
    finally:
        await runner.cleanup()
    delays = [1000 * (arrived[m] - ended[m]) for m in ended if m in arrived]
    return {
        "push_webhook_memory_adds": float(len(ended)),
        "push_webhook_delivered": float(len(delays)),
        "push_webhook_latency_p50_ms": statistics.median(delays),
        "push_webhook_latency_p99_ms": _p(delays, 0.99),
    }


async def run_push_bench(bootstrap: str, llm_url: str, workdir: Path) -> dict[str, float]:
    settings = Settings(
        kafka=KafkaSettings(bootstrap=bootstrap, topic_prefix=f"p{uuid.uuid4().hex[:8]}"),
        auth=AuthSettings(api_keys=GRANTS, key_store_path=None),
        llm=LlmSettings(provider="openai", base_url=f"{llm_url}/v1", api_key="sk-bench"),
        embedder=EmbedderSettings(provider="openai", dims=64),
        qdrant=QdrantSettings(path=workdir / "push-qdrant", collection="memories"),
        status=StatusSettings(store_path=workdir / "push-status.sqlite3"),
        # The receiver is on loopback: an operator's choice, made explicitly.
        webhooks=WebhooksSettings(allow_private_urls=True),
        log_level="warning",
    )
    await ensure_topics(bootstrap, topic_names(settings.kafka.topic_prefix), 12)
    stack = ServiceProcess("dev", settings, workdir / "push.log")
    try:
        await asyncio.to_thread(stack.start)
    except AssertionError:
        raise RuntimeError((workdir / "push.log").read_text()[-3000:]) from None
    assert stack.process is not None
    figures: dict[str, Any] = {}
    url = f"http://127.0.0.1:{stack.port}"
    try:
        async with httpx.AsyncClient(base_url=url, headers=HEADERS, timeout=60) as http:
            figures |= await _poll_load(http)
            figures |= await _webhook_latency(http)
        figures |= await _waiting_memory(settings, stack.port, stack.process.pid)
    finally:
        stack.stop()
    return figures
