"""`/metrics` after a short real workload: adds through HTTP, an LLM failure, a poison
record, polls; every metric the deployment guide tells operators to watch is there, and
every one the Grafana dashboard and the alerting rules query."""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from prometheus_client.parser import text_string_to_metric_families

from memstream.kafka.tansu import EmbeddedTansu
from memstream.testing.data import auth
from memstream.testing.processes import FakeOpenAI
from tests.deploy.monitoring import Exported, alert_queries, dashboard_queries
from tests.support import Stack, make_settings, running_stack

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]
READY = "memstream_component_ready"


def _parse(text: str) -> Samples:
    samples: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def _sum(samples: Samples, name: str, **labels: str) -> float:
    wanted = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and wanted <= ls)


def _labelled(samples: Samples, name: str) -> list[dict[str, str]]:
    return [dict(ls) for (n, ls) in samples if n == name]


async def _scrape(stack: Stack) -> tuple[str, Samples]:
    response = await stack.http.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    return response.text, _parse(response.text)


async def _scrape_until(stack: Stack, ready: str, timeout_s: float = 10.0) -> tuple[str, Samples]:
    """Gauges are refreshed on the services' own cadence (commit interval, one second)."""
    deadline = time.monotonic() + timeout_s
    while True:
        text, samples = await _scrape(stack)
        if _labelled(samples, ready) or time.monotonic() > deadline:
            return text, samples
        await asyncio.sleep(0.1)


@dataclass
class Workload:
    before: Samples
    after: Samples
    text: str  # the scrape after
    events: list[dict[str, Any]]


@pytest.fixture(scope="module")
async def workload(openai_stack: Stack, fake_openai: FakeOpenAI) -> Workload:
    """Scrapes before and after adds, an LLM failure, a poison record, polls, a search and a
    readiness check: one workload for the tests of this module."""
    _, before = await _scrape(openai_stack)
    marker = f"fail-{uuid.uuid4().hex[:10]}"
    fake_openai.script([{"match": marker, "status": 400}])
    user = f"metrics-{uuid.uuid4().hex[:8]}"
    adds = [
        await openai_stack.add({"messages": [{"role": "user", "content": text}], "user_id": user})
        for text in ("I like green tea", "I live in Lyon", f"I play chess {marker}")
    ]
    producer = AIOKafkaProducer(bootstrap_servers=openai_stack.settings.kafka.bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(openai_stack.topics.requests, b"not json", key=b"k")
    finally:
        await producer.stop()
    events = [await openai_stack.wait_for_event(a["event_id"]) for a in adds]
    assert [e["status"] for e in events] == ["SUCCEEDED", "SUCCEEDED", "FAILED"]
    search = await openai_stack.http.post(
        "/v3/memories/search/", json={"query": "tea", "filters": {"user_id": user}}, headers=auth()
    )
    assert search.status_code == 200
    assert (await openai_stack.http.get("/readyz")).status_code == 200
    text, after = await _scrape_until(openai_stack, "memstream_kafka_consumer_lag_records")
    return Workload(before, after, text, events)


async def test_metrics_expose_the_workload(openai_stack: Stack, workload: Workload) -> None:
    before, after, text, events = workload.before, workload.after, workload.text, workload.events

    def grew(name: str, by: float = 1, **labels: str) -> bool:
        return _sum(after, name, **labels) - _sum(before, name, **labels) >= by

    add_route = {"route": "/v3/memories/add/", "method": "POST", "status": "200"}
    assert grew("memstream_http_request_duration_seconds_count", 3, **add_route)
    poll_route = {"route": "/v1/event/{event_id}/", "method": "GET", "status": "200"}
    assert grew("memstream_http_request_duration_seconds_count", 3, **poll_route)
    assert grew("memstream_http_request_duration_seconds_bucket", 3, le="+Inf", **add_route)
    for event in events:
        assert event["id"] not in text, "routes are labelled by template, never by raw path"
    assert grew("memstream_kafka_publish_duration_seconds_count", 3, topic="requests")
    assert grew("memstream_kafka_publish_duration_seconds_count", 3, topic="lifecycle")
    assert grew("memstream_kafka_publish_duration_seconds_count", 1, topic="dlq")
    assert grew("memstream_dlq_records_total", 1, reason="not-json")
    assert grew("memstream_upstream_call_duration_seconds_count", 3, upstream="llm")
    assert grew("memstream_upstream_call_errors_total", 1, upstream="llm", error="BadRequestError")
    assert grew("memstream_upstream_call_duration_seconds_count", 1, upstream="embedding")
    assert grew("memstream_upstream_call_duration_seconds_count", 1, operation="upsert")
    assert grew("memstream_upstream_call_duration_seconds_count", 1, operation="retrieve")
    search_route = {"route": "/v3/memories/search/", "method": "POST", "status": "200"}
    assert grew("memstream_http_request_duration_seconds_count", 1, **search_route)
    assert grew("memstream_upstream_call_duration_seconds_count", 1, operation="search")
    assert grew("memstream_events_finished_total", 2, status="SUCCEEDED")
    assert grew("memstream_events_finished_total", 1, status="FAILED")
    assert grew("memstream_extractor_event_duration_seconds_count", 2, status="SUCCEEDED")
    assert "memstream_retries_total" in text  # declared; the fault tests make it count

    extractor = openai_stack.settings.extractor
    window = _sum(after, "memstream_extractor_window_requests")
    assert extractor.window <= window <= extractor.window_max
    assert ("memstream_extractor_in_flight_requests", frozenset()) in after
    assert ("memstream_ingest_publishes_in_flight", frozenset()) in after
    partitions = openai_stack.settings.kafka.partitions
    lag = _labelled(after, "memstream_kafka_consumer_lag_records")
    for consumer, topic in (
        ("extractor", openai_stack.topics.requests),
        ("status", openai_stack.topics.lifecycle),
    ):
        mine = {ls["partition"] for ls in lag if (ls["consumer"], ls["topic"]) == (consumer, topic)}
        assert mine == {str(p) for p in range(partitions)}, (consumer, lag)
    assert _sum(after, "memstream_status_view_events") >= 3
    assert _sum(after, "memstream_status_view_bytes") > 0
    ready = {dict(ls)["component"]: v for (n, ls), v in after.items() if n == READY}
    assert ready == {"ingest": 1, "status": 1, "query": 1, "extractor": 1}


async def test_dashboard_and_alerts_query_what_the_services_export(workload: Workload) -> None:
    """Every metric the Grafana dashboard and the alerting rules name is exported (with its
    histogram and counter suffixes), every label they match on or group by exists, and
    every value they match exactly is one the workload produced."""
    exported = Exported.parse(workload.text)
    queries = [*dashboard_queries(), *alert_queries()]
    assert len(queries) > 30
    problems = [p for where, expr in queries for p in exported.problems(where, expr)]
    assert not problems, "\n".join(problems)


def test_the_query_check_catches_unknown_names_labels_and_values() -> None:
    """The check above is live: a typo in a name, a label or a value is reported."""
    exported = Exported.parse(
        "# TYPE memstream_x_seconds histogram\n"
        'memstream_x_seconds_bucket{route="/a",le="+Inf"} 1\n'
        'memstream_x_seconds_count{route="/a"} 1\n'
        'memstream_x_seconds_sum{route="/a"} 1\n'
        "# TYPE memstream_y counter\n"
    )
    good = 'sum by (le, pod) (rate(memstream_x_seconds_bucket{route="/a", job="j"}[1m]))'
    assert exported.problems("q", good) == []
    assert exported.problems("q", "rate(memstream_y_total[1m]) + up") == []  # no sample yet
    for bad in (
        "memstream_x_seconds",  # a histogram has no bare sample
        "memstream_y",  # a counter's sample ends in _total
        'memstream_x_seconds_count{path="/a"}',
        'memstream_x_seconds_count{route="/b"}',
        "sum by (status) (memstream_x_seconds_count)",
    ):
        assert exported.problems("q", bad), bad


async def test_unknown_paths_and_methods_share_one_label(openai_stack: Stack) -> None:
    """Label values stay bounded whatever clients send (no cardinality blow-up)."""
    path = f"/nope/{uuid.uuid4().hex}/"
    _, before = await _scrape(openai_stack)
    assert (await openai_stack.http.request("PROPFIND", path)).status_code in (404, 405)
    assert (await openai_stack.http.get(path)).status_code == 404
    text, after = await _scrape(openai_stack)
    assert path not in text and "PROPFIND" not in text
    other = {"route": "other", "method": "other"}
    name = "memstream_http_request_duration_seconds_count"
    assert _sum(after, name, **other) - _sum(before, name, **other) == 1
    get = {"route": "other", "method": "GET", "status": "404"}
    assert _sum(after, name, **get) - _sum(before, name, **get) == 1


async def test_a_stopped_status_replica_leaves_the_scrape_working(
    openai_stack: Stack, broker: EmbeddedTansu, tmp_path: Path
) -> None:
    """Two status components in one process (tests, `memstream dev`): the gauges read both
    while both run; when one stops and closes its store, the one still running, and the
    scrape never touches the closed store."""
    accepted = await openai_stack.add(
        {"messages": [{"role": "user", "content": "I like matcha"}], "user_id": "gauges"}
    )
    await openai_stack.wait_for_event(accepted["event_id"])
    _, live = await _scrape(openai_stack)
    async with running_stack(make_settings(broker.bootstrap, tmp_path / "q"), ["status"]) as other:
        _, during = await _scrape(other)
    _, after = await _scrape(openai_stack)
    held = _sum(live, "memstream_status_view_events")
    assert held > 0
    assert _sum(during, "memstream_status_view_events") >= held
    assert _sum(after, "memstream_status_view_events") >= held
