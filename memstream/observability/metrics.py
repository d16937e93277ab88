"""Every Prometheus metric of memstream, defined once, and the few hooks that feed them.

Services call the hooks below; `/metrics` on each service's HTTP port (the health port of
the extractor) serves the process's default registry. Names follow Prometheus
conventions: a `memstream_` prefix, base units (`_seconds`, `_bytes`), `_total` counters.
Label values are bounded: route templates, logical topic names, exception class names.

One process is one scrape target, except the worker processes of `memstream ingest
--workers N`: their supervisor sets PROMETHEUS_MULTIPROC_DIR before they start, each
writes its numbers there, and whichever worker answers a scrape sums them all.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from typing import Any

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

from memstream.asgi import ROUTE, ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "COMPONENT_READY",
    "CONSUMER_LAG",
    "CONTENT_TYPE_LATEST",
    "DLQ_RECORDS",
    "DUPLICATES_SKIPPED",
    "EVENTS_FINISHED",
    "EVENT_DURATION",
    "EXTRACTOR_IN_FLIGHT",
    "EXTRACTOR_QUEUED",
    "EXTRACTOR_WINDOW",
    "HTTP_REQUEST_DURATION",
    "INGEST_PUBLISHES_IN_FLIGHT",
    "PUBLISH_DURATION",
    "PUBLISH_ERRORS",
    "RETRIES",
    "STATUS_VIEW_BYTES",
    "STATUS_VIEW_EVENTS",
    "STATUS_WAITING_REQUESTS",
    "UPSTREAM_CALL_DURATION",
    "UPSTREAM_CALL_ERRORS",
    "WEBHOOKS_DISABLED",
    "WEBHOOK_ATTEMPTS",
    "WEBHOOK_ATTEMPT_DURATION",
    "WEBHOOK_DELIVERIES_QUEUED",
    "WEBHOOK_DELIVERY_LAG",
    "WEBHOOK_UNDELIVERED",
    "HttpMetricsMiddleware",
    "ResponseStatus",
    "gauge_from",
    "gauge_release",
    "observe_upstream",
    "render",
    "route_of",
    "set_consumer_lag",
]

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)
_SLOW_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300)

HTTP_REQUEST_DURATION = Histogram(
    "memstream_http_request_duration_seconds",
    "HTTP requests by route template, method and status code (its _count is the rate).",
    ["route", "method", "status"],
    buckets=_LATENCY_BUCKETS,
)
PUBLISH_DURATION = Histogram(
    "memstream_kafka_publish_duration_seconds",
    "Time from send to broker acknowledgement, by logical topic.",
    ["topic"],
    buckets=_LATENCY_BUCKETS,
)
PUBLISH_ERRORS = Counter(
    "memstream_kafka_publish_errors_total",
    "Publishes the broker did not acknowledge, by logical topic and error.",
    ["topic", "error"],
)
INGEST_PUBLISHES_IN_FLIGHT = Gauge(
    "memstream_ingest_publishes_in_flight",
    "Adds waiting for the broker (503 past MEMSTREAM_KAFKA_MAX_PUBLISHES_IN_FLIGHT).",
    multiprocess_mode="livesum",
)
CONSUMER_LAG = Gauge(
    "memstream_kafka_consumer_lag_records",
    "Records behind the partition's high watermark (extractor: from the lowest unfinished).",
    ["consumer", "topic", "partition"],
)
EXTRACTOR_IN_FLIGHT = Gauge(
    "memstream_extractor_in_flight_requests", "Requests being processed by this process."
)
EXTRACTOR_WINDOW = Gauge(
    "memstream_extractor_window_requests",
    "The in-flight window of this process now: it starts at MEMSTREAM_EXTRACTOR_WINDOW and "
    "grows up to MEMSTREAM_EXTRACTOR_WINDOW_MAX.",
)
EXTRACTOR_QUEUED = Gauge(
    "memstream_extractor_queued_records",
    "Polled records waiting for their scope's turn or for room in the window.",
)
UPSTREAM_CALL_DURATION = Histogram(
    "memstream_upstream_call_duration_seconds",
    "Calls to the LLM, the embedding endpoint and Qdrant, by upstream and operation.",
    ["upstream", "operation"],
    buckets=_SLOW_BUCKETS,
)
UPSTREAM_CALL_ERRORS = Counter(
    "memstream_upstream_call_errors_total",
    "Failed upstream calls, by upstream, operation and exception class.",
    ["upstream", "operation", "error"],
)
RETRIES = Counter(
    "memstream_retries_total",
    "Retries after a transient failure, by what was retried.",
    ["operation"],
)
DLQ_RECORDS = Counter(
    "memstream_dlq_records_total", "Records dead-lettered by the extractor, by reason.", ["reason"]
)
DUPLICATES_SKIPPED = Counter(
    "memstream_duplicate_requests_total",
    "Request records of an event the extractor had already ended (retried adds), skipped.",
)
NEAR_DUPLICATE_SEARCHES = Counter(
    "memstream_near_duplicate_searches_total",
    "New memories checked for stored near-duplicates: searched, or ruled_out without a "
    "search by the scores of the add's context search.",
    ["outcome"],
)
EVENTS_FINISHED = Counter(
    "memstream_events_finished_total",
    "Events the extractor ended, by final status.",
    ["status"],
)
EVENT_DURATION = Histogram(
    "memstream_extractor_event_duration_seconds",
    "Processing time of one add request in the extractor, by final status.",
    ["status"],
    buckets=_SLOW_BUCKETS,
)
COMPONENT_READY = Gauge(
    "memstream_component_ready",
    "1 when the component passed its last readiness check (GET /readyz), else 0.",
    ["component"],
    multiprocess_mode="livemin",
)
STATUS_VIEW_EVENTS = Gauge("memstream_status_view_events", "Events held by this status replica.")
STATUS_VIEW_BYTES = Gauge(
    "memstream_status_view_bytes", "On-disk size of this status replica's view (0 in memory)."
)
WEBHOOK_DELIVERIES_QUEUED = Counter(
    "memstream_webhook_deliveries_queued_total",
    "Memory changes queued for a subscribed webhook (one per change and webhook).",
)
WEBHOOK_ATTEMPTS = Counter(
    "memstream_webhook_attempts_total",
    "Webhook delivery attempts, by outcome (delivered, failed: retried, abandoned).",
    ["outcome"],
)
WEBHOOK_ATTEMPT_DURATION = Histogram(
    "memstream_webhook_attempt_duration_seconds",
    "Time of one delivery attempt, from connecting to the receiver's status line.",
    buckets=_SLOW_BUCKETS,
)
WEBHOOK_DELIVERY_LAG = Histogram(
    "memstream_webhook_delivery_lag_seconds",
    "From a memory change to its delivery's 2xx, retries included.",
    buckets=(*_LATENCY_BUCKETS[:-1], 30, 60, 300, 3600, 86_400),
)
WEBHOOKS_DISABLED = Counter(
    "memstream_webhooks_disabled_total",
    "Webhooks delivery disabled (failing 24 h, too many failures in a row, or backlog full).",
)
WEBHOOK_UNDELIVERED = Gauge(
    "memstream_webhook_undelivered_changes",
    "Changes this process holds for its webhooks, not delivered yet.",
)
STATUS_WAITING_REQUESTS = Gauge(
    "memstream_status_waiting_requests",
    "Long-polls and event streams of this status replica waiting for the view to change.",
)


def render() -> tuple[bytes, str]:
    if "PROMETHEUS_MULTIPROC_DIR" not in os.environ:
        return generate_latest(), CONTENT_TYPE_LATEST
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    return generate_latest(registry), CONTENT_TYPE_LATEST


def set_consumer_lag(consumer: str, topic: str, partition: int, lag: int | None) -> None:
    """Set, or drop when `lag` is None (a partition that is no longer ours)."""
    labels = (consumer, topic, str(partition))
    if lag is None:
        with suppress(KeyError):
            CONSUMER_LAG.remove(*labels)
        return
    CONSUMER_LAG.labels(*labels).set(max(lag, 0))


@asynccontextmanager
async def observe_upstream(upstream: str, operation: str) -> AsyncIterator[None]:
    """Time one upstream call; count it as an error when it raises."""
    started = time.perf_counter()
    try:
        yield
    except Exception as exc:
        UPSTREAM_CALL_ERRORS.labels(upstream, operation, type(exc).__name__).inc()
        raise
    finally:
        UPSTREAM_CALL_DURATION.labels(upstream, operation).observe(time.perf_counter() - started)


_OTHER = "other"  # paths no route matched, unknown methods: one label value each
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


class HttpMetricsMiddleware:
    """Times every HTTP request by route template and status. The route is what FastAPI
    matched (`scope["route"]`) or what a fast path names (`scope["memstream.route"]`)."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app
        # Children by label values: `labels()` costs more than the observation itself.
        self._children: dict[tuple[str, str, str], Any] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        started = time.perf_counter()
        status = ResponseStatus(send)
        try:
            await self._app(scope, receive, status)
        finally:
            method = scope["method"] if scope["method"] in _METHODS else _OTHER
            labels = (route_of(scope), method, str(status.code))
            child = self._children.get(labels)
            if child is None:
                child = self._children[labels] = HTTP_REQUEST_DURATION.labels(*labels)
            child.observe(time.perf_counter() - started)


class ResponseStatus:
    """An ASGI `send` that remembers the status it sent (500 until it sends one)."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self.code = 500

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.code = message["status"]
        await self._send(message)


def route_of(scope: Scope) -> str:
    named = scope.get(ROUTE)
    if named is not None:
        return str(named)
    route = scope.get("route")
    path: str | None = getattr(route, "path", None)
    return path or _OTHER


_readers: dict[int, list[Callable[[], float]]] = {}


def gauge_from(gauge: Gauge, read: Callable[[], float]) -> None:
    """`gauge` reads `read()` at scrape time until `gauge_release`. Where one process runs
    several sources (tests, `memstream dev`), it reads their sum: what the process holds."""
    readers = _readers.setdefault(id(gauge), [])
    readers.append(read)
    gauge.set_function(lambda: sum(reader() for reader in readers))


def gauge_release(gauge: Gauge, read: Callable[[], float]) -> None:
    """Stop reading `read` (its source is closing): a scrape must never touch it again."""
    readers = _readers.get(id(gauge), [])
    if read in readers:
        readers.remove(read)
