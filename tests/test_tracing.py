"""OpenTelemetry: one add is one trace, from the HTTP request through Kafka to the
extractor and its lifecycle records; off unless an OTLP endpoint is configured."""

from __future__ import annotations

import asyncio
import secrets
import time
import uuid
from collections.abc import Iterator

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

from memstream.observability import tracing
from memstream.settings import TracingSettings
from memstream.testing.data import auth
from tests.support import Stack, read_topic


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    tracing.use_tracer_provider(provider)
    try:
        yield spans
    finally:
        tracing.use_tracer_provider(None)
        provider.shutdown()


def _of_trace(exporter: InMemorySpanExporter, trace_id: str) -> list[ReadableSpan]:
    return [
        s
        for s in exporter.get_finished_spans()
        if s.context is not None and f"{s.context.trace_id:032x}" == trace_id
    ]


async def _spans_until(
    exporter: InMemorySpanExporter, trace_id: str, name: str, timeout_s: float = 10.0
) -> list[ReadableSpan]:
    """The extractor's span ends just after the final record is acknowledged."""
    deadline = time.monotonic() + timeout_s
    while True:
        spans = _of_trace(exporter, trace_id)
        if any(s.name == name for s in spans) or time.monotonic() > deadline:
            return spans
        await asyncio.sleep(0.05)


def _span_id(span: ReadableSpan) -> str:
    assert span.context is not None
    return f"{span.context.span_id:016x}"


def _parent_id(span: ReadableSpan) -> str | None:
    return f"{span.parent.span_id:016x}" if span.parent is not None else None


def _one(spans: list[ReadableSpan], name: str, kind: SpanKind) -> ReadableSpan:
    found = [s for s in spans if s.name == name and s.kind == kind]
    assert len(found) == 1, [(s.name, s.kind) for s in spans]
    return found[0]


async def test_traced_add_links_ingest_extractor_and_lifecycle(
    openai_stack: Stack, exporter: InMemorySpanExporter
) -> None:
    trace_id, caller_span = secrets.token_hex(16), secrets.token_hex(8)
    response = await openai_stack.http.post(
        "/v3/memories/add/",
        json={"messages": [{"role": "user", "content": "I like oolong"}], "user_id": "tracer"},
        headers={**auth(), "traceparent": f"00-{trace_id}-{caller_span}-01"},
    )
    assert response.status_code == 200
    event_id = response.json()["event_id"]
    event = await openai_stack.wait_for_event(event_id)
    assert event["status"] == "SUCCEEDED"
    spans = await _spans_until(exporter, trace_id, "requests process")

    server = _one(spans, "POST /v3/memories/add/", SpanKind.SERVER)
    assert _parent_id(server) == caller_span
    assert server.attributes is not None and server.attributes["http.response.status_code"] == 200
    request_publish = _one(spans, "requests publish", SpanKind.PRODUCER)
    assert _parent_id(request_publish) == _span_id(server)
    process = _one(spans, "requests process", SpanKind.CONSUMER)
    assert _parent_id(process) == _span_id(request_publish)
    assert _parent_id(_one(spans, "llm chat", SpanKind.CLIENT)) == _span_id(process)
    lifecycle_publishes = [s for s in spans if s.name == "lifecycle publish"]
    by_parent = {_parent_id(s) for s in lifecycle_publishes}
    assert by_parent == {_span_id(server), _span_id(process)}
    assert len(lifecycle_publishes) == 3  # PENDING by ingest; RUNNING and SUCCEEDED

    # The records carry the span that wrote them: a consumer of the topic (the status
    # service, a client's own consumer) continues the same trace.
    requests = await read_topic(openai_stack.settings.kafka.bootstrap, openai_stack.topics.requests)
    request_record = next(r for r in requests if event_id.encode() in (r.value or b""))
    headers = dict(request_record.headers)
    assert headers["traceparent"].decode() == f"00-{trace_id}-{_span_id(request_publish)}-01"
    lifecycle = await read_topic(
        openai_stack.settings.kafka.bootstrap, openai_stack.topics.lifecycle
    )
    mine = [r for r in lifecycle if event_id.encode() in (r.key or b"")]
    written_by = {dict(r.headers)["traceparent"].decode().split("-")[2] for r in mine}
    assert written_by == {_span_id(s) for s in lifecycle_publishes}
    assert {dict(r.headers)["x-request-id"] for r in mine} == {headers["x-request-id"]}


def test_tracing_is_off_without_an_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OTEL_EXPORTER_OTLP_ENDPOINT", raising=False)
    assert tracing.otlp_endpoint(TracingSettings()) is None
    assert tracing.configure_tracing(TracingSettings(), "memstream-test") is False
    assert not tracing.enabled()
    monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")
    assert tracing.otlp_endpoint(TracingSettings()) == "http://collector:4318"
    mine = TracingSettings(otlp_endpoint=f"http://otel-{uuid.uuid4().hex[:6]}:4318")
    assert tracing.otlp_endpoint(mine) == mine.otlp_endpoint
