"""OpenTelemetry traces across HTTP and Kafka: off unless an OTLP endpoint is configured.

`MEMSTREAM_TRACING_OTLP_ENDPOINT` (or the standard `OTEL_EXPORTER_OTLP_ENDPOINT`) turns
them on; spans then go over OTLP/HTTP to `<endpoint>/v1/traces`. Off, every helper here
costs one flag check.

This module alone reads and writes the W3C `traceparent` header. Every record is sent
with one (`with_traceparent`, called inside the producer span): the producer span's own
id when tracing is on, else a new span id in the request's trace. A consumer's span
continues from it (`span(..., parent=headers)`), so one add is one trace from the ingest
request to the extractor to its lifecycle records, and the trace id survives every hop
even with tracing off.
"""

from __future__ import annotations

import os
import random
import re
import secrets
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from opentelemetry import trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode, Tracer
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from memstream.asgi import ASGIApp, Receive, Scope, Send
from memstream.observability.metrics import ResponseStatus, route_of
from memstream.settings import TracingSettings

__all__ = [
    "TRACEPARENT",
    "SpanKind",
    "TracingMiddleware",
    "configure_tracing",
    "current_trace_id",
    "enabled",
    "publish_span",
    "span",
    "trace_id_of",
    "use_tracer_provider",
    "with_traceparent",
]

TRACEPARENT = "traceparent"
_TRACEPARENT_FORM = re.compile(r"00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})")
_NO_TRACE = "0" * 32
# Span ids must be unique, not secret (see request_ids): one seeded generator.
_span_ids = random.Random(secrets.randbits(128))
_propagator = TraceContextTextMapPropagator()
_tracer: Tracer | None = None

Headers = Sequence[tuple[str, bytes]]
Attributes = Mapping[str, str | int]


def enabled() -> bool:
    return _tracer is not None


def use_tracer_provider(provider: trace.TracerProvider | None) -> None:
    """Trace through `provider` (None: off). Tests pass one with an in-memory exporter."""
    global _tracer
    _tracer = provider.get_tracer("memstream") if provider is not None else None


def otlp_endpoint(settings: TracingSettings) -> str | None:
    return settings.otlp_endpoint or os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT") or None


def configure_tracing(settings: TracingSettings, service: str) -> bool:
    """Export spans of `service` over OTLP/HTTP when an endpoint is set; True if on."""
    endpoint = otlp_endpoint(settings)
    if endpoint is None:
        return False
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor
    from opentelemetry.sdk.trace.sampling import ParentBased, TraceIdRatioBased

    provider = TracerProvider(
        resource=Resource.create({"service.name": service}),
        sampler=ParentBased(TraceIdRatioBased(settings.sample_ratio)),
    )
    exporter = OTLPSpanExporter(endpoint=f"{endpoint.rstrip('/')}/v1/traces")
    provider.add_span_processor(BatchSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    use_tracer_provider(provider)
    return True


def trace_id_of(traceparent: str | None) -> str | None:
    """The trace id of a well-formed `traceparent`, else None."""
    match = _TRACEPARENT_FORM.fullmatch(traceparent or "")
    return match.group(1) if match and match.group(1) != _NO_TRACE else None


def current_trace_id() -> str | None:
    """The trace of the active span, when tracing is on and one is active."""
    if _tracer is None:
        return None
    context = trace.get_current_span().get_span_context()
    return f"{context.trace_id:032x}" if context.is_valid else None


def _traceparent(trace_id: str) -> str:
    """The active span's `traceparent` when tracing is on, else a new span of `trace_id`."""
    if _tracer is not None and trace.get_current_span().get_span_context().is_valid:
        carrier: dict[str, str] = {}
        _propagator.inject(carrier)
        return carrier[TRACEPARENT]
    return f"00-{trace_id}-{_span_ids.getrandbits(64) or 1:016x}-01"


def with_traceparent(headers: Headers, trace_id: str) -> list[tuple[str, bytes]]:
    """`headers` for a record sent now: any `traceparent` replaced by this hop's."""
    kept = [(k, v) for k, v in headers if k.lower() != TRACEPARENT]
    return [*kept, (TRACEPARENT, _traceparent(trace_id).encode())]


def _parent(headers: Headers | None) -> Any:
    if not headers:
        return None
    carrier = {k.lower(): v.decode("latin-1") for k, v in headers if k.lower() == TRACEPARENT}
    return _propagator.extract(carrier) if carrier else None


@contextmanager
def span(
    name: str,
    kind: SpanKind = SpanKind.INTERNAL,
    parent: Headers | None = None,
    attributes: Attributes | None = None,
) -> Iterator[Span | None]:
    """A current span (child of the `traceparent` in `parent`, if given); None when off."""
    if _tracer is None:
        yield None
        return
    with _tracer.start_as_current_span(
        name, context=_parent(parent), kind=kind, attributes=dict(attributes or {})
    ) as current:
        yield current


_NO_SPAN: AbstractContextManager[None] = nullcontext()


def publish_span(kind: str, topic: str) -> AbstractContextManager[Span | None]:
    """A producer span for one record sent to `topic` (`kind`: requests, lifecycle, dlq)."""
    if _tracer is None:
        return _NO_SPAN  # two of them per add: not even a generator when tracing is off
    attributes = {"messaging.system": "kafka", "messaging.destination.name": topic}
    return span(f"{kind} publish", SpanKind.PRODUCER, None, attributes)


class TracingMiddleware:
    """Outermost: a server span per HTTP request, child of an incoming `traceparent`; the
    request id layer inside takes its trace id from this span (`current_trace_id`)."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if _tracer is None or scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        method = scope["method"]
        incoming = [(k.decode("latin-1"), v) for k, v in scope["headers"] if k == b"traceparent"]
        status = ResponseStatus(send)
        with span(method, SpanKind.SERVER, incoming, {"http.request.method": method}) as current:
            assert current is not None
            try:
                await self._app(scope, receive, status)
            finally:
                route = route_of(scope)
                current.update_name(f"{method} {route}")
                current.set_attribute("http.route", route)
                current.set_attribute("http.response.status_code", status.code)
                if status.code >= 500:
                    current.set_status(Status(StatusCode.ERROR))
