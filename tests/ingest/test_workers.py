"""`memstream ingest --workers 2`: one port, two processes, one rate limit per key."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import orjson
import pytest
from prometheus_client.parser import text_string_to_metric_families

from memstream.kafka.tansu import EmbeddedTansu, free_port
from memstream.settings import HttpSettings
from memstream.testing.data import auth
from memstream.testing.processes import ServiceProcess
from tests.support import create_topics, make_settings, read_topic

BODY = {"messages": [{"role": "user", "content": "I like tea"}], "user_id": "u"}


async def test_worker_processes_share_each_keys_rate_limit(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    settings = make_settings(broker.bootstrap, tmp_path / "qdrant").model_copy(
        update={"http": HttpSettings(rate_limit_per_s=0.01, rate_limit_burst=30)}
    )
    topics = await create_topics(settings)
    log_path = tmp_path / "ingest.log"
    gateway = ServiceProcess("ingest", settings, log_path, args=("--workers", "2"))
    try:
        await asyncio.to_thread(gateway.start)
        await asyncio.to_thread(gateway.wait_for_workers, 2)
        # A fresh connection per add, so the kernel spreads them over both workers.
        limits = httpx.Limits(max_keepalive_connections=0)
        url = f"http://127.0.0.1:{gateway.port}"
        async with httpx.AsyncClient(base_url=url, limits=limits, timeout=10) as http:
            responses = await asyncio.gather(
                *(http.post("/v3/memories/add/", json=BODY, headers=auth()) for _ in range(80))
            )
            scrapes = [(await http.get("/metrics")).text for _ in range(6)]
        assert gateway.terminate() == 0
    finally:
        gateway.stop()

    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] * 30 + [429] * 50  # one bucket of 30, not one per worker
    accepted = [orjson.loads(r.content)["event_id"] for r in responses if r.status_code == 200]
    published = await read_topic(broker.bootstrap, topics.requests)
    assert sorted(orjson.loads(r.value)["event_id"] for r in published) == sorted(accepted)
    answering = gateway.logged_pids("add_accepted", "add_rate_limited")
    assert len(answering) == 2, "both worker processes answered adds"
    # Whichever worker answers a scrape counts the adds of both.
    for scrape in scrapes:
        assert (_adds_counted(scrape, "200"), _adds_counted(scrape, "429")) == (30, 50)


def _adds_counted(scrape: str, status: str) -> float:
    families = text_string_to_metric_families(scrape)
    family = next(f for f in families if f.name == "memstream_http_request_duration_seconds")
    return sum(
        sample.value
        for sample in family.samples
        if sample.name.endswith("_count")
        and sample.labels["route"] == "/v3/memories/add/"
        and sample.labels["status"] == status
    )


def test_workers_that_cannot_start_make_the_gateway_exit_3(tmp_path: Path) -> None:
    """As one process does (uvicorn's STARTUP_FAILURE), so a supervisor sees the failure."""
    settings = make_settings(f"127.0.0.1:{free_port()}", tmp_path / "qdrant")  # no broker
    gateway = ServiceProcess("ingest", settings, tmp_path / "ingest.log", args=("--workers", "2"))
    try:
        with pytest.raises(AssertionError, match="exited with 3"):
            gateway.start()
    finally:
        gateway.stop()  # a gateway that did not exit must not outlive the test
