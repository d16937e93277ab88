"""Extractor throughput, overhead and memory, through the real broker and a fake LLM.

One `memstream extractor` process; requests are produced straight to the requests
topic (as a Kafka producer client would) and the lifecycle topic is followed.

- saturation: N requests at once; requests/s from the first produce to the last end;
- head of line: N requests with 1% of LLM calls taking 10 s, each request in its own
  scope (a scope's requests must wait for each other, other scopes must not);
  requests/s of the other 99%;
- overhead: requests paced at half the saturated rate; (completed - received) minus
  the LLM latency, p50 and p99;
- the extractor process's peak RSS and CPU time per request;
- where that CPU goes: a second saturation burst sampled by py-spy (bench/profile.py),
  each group's share of the samples times the CPU per request.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from aiokafka import AIOKafkaProducer

from bench.lifecycle import LifecycleWatcher
from bench.profile import sampled
from memstream.contracts.ids import scope_key
from memstream.contracts.requests import AddRequest
from memstream.contracts.topics import topic_names
from memstream.kafka.clients import ensure_topics
from memstream.settings import (
    AuthSettings,
    EmbedderSettings,
    ExtractorSettings,
    KafkaSettings,
    LlmSettings,
    QdrantSettings,
    Settings,
)
from memstream.testing.data import GRANTS, request_record
from memstream.testing.processes import ServiceProcess

SLOW_MARKER = "hol-slow-call"
WINDOW = "memstream_extractor_window_requests"
IN_FLIGHT = "memstream_extractor_in_flight_requests"
SCOPES = 500
# The saturation runs at Mem0's latency: as many users as the window's default ceiling. A
# user's adds run in order, so 500 users held those runs at 500 in flight (at most 500
# requests/s at 1 s, and the "1,000 in flight" run at 500 in flight too).
SATURATION_SCOPES = 1024
# Issue 15's context cost: pairs of saturation bursts without and with the context.
CONTEXT_PAIRS = 3
CONTEXT_REQUESTS = 3000


def bench_settings(
    bootstrap: str, llm_url: str, workdir: Path, prefix: str = "bench", context: bool = True
) -> Settings:
    """`context`: False turns off what issue 15 added to an add (the scope's similar
    memories in the prompt and the near-duplicate search): the "before" of its cost."""
    extractor = ExtractorSettings(group_id=f"{prefix}-extractor")
    if not context:
        extractor = extractor.model_copy(update={"context_memories": 0, "dedup": False})
    return Settings(
        kafka=KafkaSettings(bootstrap=bootstrap, topic_prefix=prefix, partitions=12),
        auth=AuthSettings(api_keys=GRANTS, key_store_path=None),
        llm=LlmSettings(provider="openai", base_url=f"{llm_url}/v1", api_key="sk-bench"),
        embedder=EmbedderSettings(provider="openai", dims=64),
        qdrant=QdrantSettings(path=workdir / prefix / "qdrant"),
        extractor=extractor,
        log_level="warning",
    )


def plants(
    n: int, own_scope: bool = False, slow_every: int = 0, scopes: int = SCOPES
) -> AddRequest:
    """Request n of the workload mem0ai gets too: one fact, 500 users (or `scopes`)."""
    content = f"I own {n} plants"
    if slow_every and n % slow_every == 0:
        content += f" {SLOW_MARKER}"
    user = f"solo{n}" if own_scope else f"u{n % scopes}"
    return request_record({"messages": [{"role": "user", "content": content}], "user_id": user})


def process_stats(pid: int) -> tuple[float, float]:
    """(peak RSS in MiB, CPU seconds so far) of a live process."""
    status = Path(f"/proc/{pid}/status").read_text()
    peak_kib = next(
        int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM")
    )
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return peak_kib / 1024, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Load:
    def __init__(self, settings: Settings, producer: AIOKafkaProducer, watcher: LifecycleWatcher):
        self._topic = topic_names(settings.kafka.topic_prefix).requests
        self._producer = producer
        self.watcher = watcher

    async def send(self, record: AddRequest) -> None:
        key = scope_key(record.org_id, record.project_id, record)
        await self._producer.send(self._topic, record.model_dump_json().encode(), key=key)

    async def burst(
        self, records: list[AddRequest], counted: Callable[[AddRequest], bool]
    ) -> float:
        """Send all at once; requests/s of the `counted` ones, until the last of them ended."""
        ids = [str(r.event_id) for r in records if counted(r)]
        started = time.monotonic()
        for record in records:
            await self.send(record)
        await self._producer.flush()
        await self.watcher.wait_for(ids, timeout_s=900)
        elapsed = max(self.watcher.ended[i].seen_at for i in ids) - started
        await self.watcher.wait_for([str(r.event_id) for r in records], timeout_s=900)
        return len(ids) / elapsed

    async def paced(self, make: Callable[[int], AddRequest], count: int, rate: float) -> list[str]:
        """Send `count` requests at `rate`/s, each stamped when sent; their event ids."""
        ids = []
        next_at = time.monotonic()
        for n in range(count):
            record = make(n)
            ids.append(str(record.event_id))
            await self.send(record)
            next_at += 1 / rate
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
        await self.watcher.wait_for(ids, timeout_s=900)
        return ids


def overheads_ms(watcher: LifecycleWatcher, ids: list[str], llm_latency_s: float) -> list[float]:
    return sorted(
        (watcher.ended[i].completed_at - watcher.ended[i].created_at).total_seconds() * 1000
        - llm_latency_s * 1000
        for i in ids
    )


def percentile(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(len(values) * q))]


@asynccontextmanager
async def loaded_extractor(settings: Settings, workdir: Path) -> AsyncIterator[Running]:
    """One `memstream extractor` process on `settings`' topics, and a load to send it."""
    topics = topic_names(settings.kafka.topic_prefix)
    bootstrap = settings.kafka.bootstrap
    assert bootstrap is not None
    await ensure_topics(bootstrap, topics, settings.kafka.partitions)
    prefix = settings.kafka.topic_prefix
    extractor = ServiceProcess("extractor", settings, workdir / f"extractor-{prefix}.log")
    await asyncio.to_thread(extractor.start)
    assert extractor.process is not None
    watcher = LifecycleWatcher(bootstrap, topics.lifecycle)
    await watcher.start()
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap, acks="all", linger_ms=5)
    await producer.start()
    try:
        yield Running(extractor.process.pid, extractor.port, Load(settings, producer, watcher))
    finally:
        await producer.stop()
        await watcher.stop()
        extractor.terminate()


@dataclass(frozen=True)
class Running:
    pid: int
    port: int
    load: Load


async def _saturation(
    bootstrap: str, llm_url: str, workdir: Path, requests: int, label: str, context: bool
) -> tuple[float, float]:
    """Requests/s and CPU ms per request of a saturation burst on a fresh extractor."""
    settings = bench_settings(bootstrap, llm_url, workdir, f"bench-{label}", context=context)
    async with loaded_extractor(settings, workdir) as running:
        _, cpu_before = process_stats(running.pid)
        rps = await running.load.burst([plants(n) for n in range(requests)], lambda r: True)
        _, cpu_after = process_stats(running.pid)
    return rps, 1000 * (cpu_after - cpu_before) / requests


async def _gauge_peaks(port: int, names: tuple[str, ...], peaks: dict[str, float]) -> None:
    """Poll the process's /metrics, keeping each gauge's highest value (until cancelled)."""
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        while True:
            text = (await client.get("/metrics")).text
            for line in text.splitlines():
                name, _, value = line.partition(" ")
                if name in names:
                    peaks[name] = max(peaks.get(name, 0.0), float(value))
            await asyncio.sleep(0.25)


async def saturation_at(
    bootstrap: str,
    llm_url: str,
    workdir: Path,
    requests: int,
    label: str,
    window: int | None = None,
) -> dict[str, float]:
    """The saturation burst alone, on a fresh extractor (the caller sets the LLM's latency):
    requests/s, CPU per request, peak RSS, and the highest window and in-flight count the
    adaptive window reached; with `window`, the extractor starts at that window (the peak
    RSS with that many requests in flight). Its requests come from 1,024 users, so the
    users' order never caps what is in flight below the window."""
    settings = bench_settings(bootstrap, llm_url, workdir, f"bench-{label}")
    if window is not None:
        sized = settings.extractor.model_copy(update={"window": window, "window_max": window})
        settings = settings.model_copy(update={"extractor": sized})
    peaks: dict[str, float] = {}
    async with loaded_extractor(settings, workdir) as running:
        _, cpu_before = process_stats(running.pid)
        watch = asyncio.create_task(_gauge_peaks(running.port, (WINDOW, IN_FLIGHT), peaks))
        try:
            records = [plants(n, scopes=SATURATION_SCOPES) for n in range(requests)]
            rps = await running.load.burst(records, lambda r: True)
        finally:
            watch.cancel()
        peak_rss_mib, cpu_after = process_stats(running.pid)
    return {
        f"extractor_rps_{label}": rps,
        f"extractor_cpu_ms_per_request_{label}": 1000 * (cpu_after - cpu_before) / requests,
        f"extractor_peak_rss_mib_{label}": peak_rss_mib,
        f"extractor_peak_window_{label}": peaks.get(WINDOW, 0.0),
        f"extractor_peak_in_flight_{label}": peaks.get(IN_FLIGHT, 0.0),
    }


async def run_extractor_bench(
    bootstrap: str, llm_url: str, workdir: Path, requests: int, llm_latency_s: float
) -> dict[str, float]:
    settings = bench_settings(bootstrap, llm_url, workdir)
    async with loaded_extractor(settings, workdir) as running:
        load = running.load
        _, cpu_before = process_stats(running.pid)
        rps = await load.burst([plants(n) for n in range(requests)], lambda r: True)
        _, cpu_after = process_stats(running.pid)
        cpu_ms = 1000 * (cpu_after - cpu_before) / requests
        shares: dict[str, float] = {}
        # Sampled in a burst of its own: sampling costs the process a little.
        async with sampled(running.pid, shares, "extractor"):
            await load.burst([plants(requests + n) for n in range(requests)], lambda r: True)
        first = 2 * requests
        hol_rps = await load.burst(
            [plants(first + n, own_scope=True, slow_every=100) for n in range(requests)],
            lambda r: SLOW_MARKER not in r.messages[0].content,
        )
        paced_count = min(requests, int(rps * 10))
        watcher = load.watcher
        ids = await load.paced(lambda n: plants(2 * first + n), paced_count, rate=rps / 2)
        overheads = overheads_ms(watcher, ids, llm_latency_s)
        pickups = sorted(
            (watcher.ended[i].started_at - watcher.ended[i].created_at).total_seconds() * 1000
            for i in ids
        )
        peak_rss_mib, _ = process_stats(running.pid)
        failed = sum(1 for e in watcher.ended.values() if e.status != "SUCCEEDED")
    where_cpu_goes = {f"extractor_cpu_ms_{group}": cpu_ms * s for group, s in shares.items()}
    return (
        {
            "extractor_rps": rps,
            "extractor_hol_rps": hol_rps,
            "extractor_hol_loss_pct": 100 * (1 - hol_rps / rps),
            "overhead_p50_ms": statistics.median(overheads),
            "overhead_p99_ms": percentile(overheads, 0.99),
            "overhead_rate_rps": rps / 2,
            "pickup_p50_ms": statistics.median(pickups),
            "pickup_p99_ms": percentile(pickups, 0.99),
            "extractor_peak_rss_mib": peak_rss_mib,
            "extractor_cpu_ms_per_request": cpu_ms,
            "extractor_failed_events": failed,
        }
        | where_cpu_goes
        | await _context_cost(bootstrap, llm_url, workdir, CONTEXT_REQUESTS)
    )


async def _context_cost(
    bootstrap: str, llm_url: str, workdir: Path, requests: int
) -> dict[str, float]:
    """What the context search and dedup cost (issue 15), in pairs of fresh extractors
    run one after the other, without and then with them: one pair's figures moved by
    10-25% from run to run, and an extractor with the context ran slower when it was the
    first one started (160 requests/s twice, 172-184 otherwise), so the measured run above
    is no fair side of the pair."""
    costs, cpu_costs, without = [], [], []
    for pair in range(CONTEXT_PAIRS):
        bare_rps, bare_cpu = await _saturation(
            bootstrap, llm_url, workdir, requests, f"noctx{pair}", context=False
        )
        rps, cpu = await _saturation(
            bootstrap, llm_url, workdir, requests, f"ctx{pair}", context=True
        )
        without.append(bare_rps)
        costs.append(100 * (1 - rps / bare_rps))
        cpu_costs.append(100 * (cpu / bare_cpu - 1))
    return {
        "extractor_rps_without_context": statistics.median(without),
        "extractor_context_cost_pct": statistics.median(costs),
        "extractor_context_cost_pct_min": min(costs),
        "extractor_context_cost_pct_max": max(costs),
        "extractor_context_cpu_cost_pct": statistics.median(cpu_costs),
    }
