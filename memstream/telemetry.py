"""OpenTelemetry traces across HTTP and Kafka: off unless an OTLP endpoint is configured.

`MEMSTREAM_TRACING_OTLP_ENDPOINT` (or the standard `OTEL_EXPORTER_OTLP_ENDPOINT`) turns
them on; spans then go over OTLP/HTTP to `<endpoint>/v1/traces`. Off, every helper here
costs one flag check. The context travels in the `traceparent` record headers that
`memstream.tracing` already writes: a producer span puts its own id there (`inject`), and
the consumer's span continues from it (`span(..., parent=headers)`), so one add is one
trace from the ingest request to the extractor to its lifecycle records.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any

from opentelemetry import trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode, Tracer
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

from memstream.settings import TracingSettings

__all__ = [
    "SpanKind",
    "TracingMiddleware",
    "configure_tracing",
    "enabled",
    "inject",
    "publish_span",
    "span",
    "use_tracer_provider",
]

_TRACEPARENT = "traceparent"
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


def _parent(headers: Headers | None) -> Any:
    if not headers:
        return None
    carrier = {k.lower(): v.decode("latin-1") for k, v in headers if k.lower() == _TRACEPARENT}
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


def publish_span(kind: str, topic: str) -> AbstractContextManager[Span | None]:
    """A producer span for one record sent to `topic` (`kind`: requests, lifecycle, dlq)."""
    attributes = {"messaging.system": "kafka", "messaging.destination.name": topic}
    return span(f"{kind} publish", SpanKind.PRODUCER, None, attributes)


def inject(headers: Headers) -> list[tuple[str, bytes]]:
    """`headers` with the current span as the `traceparent` (unchanged when off)."""
    if _tracer is None or not trace.get_current_span().get_span_context().is_valid:
        return list(headers)
    carrier: dict[str, str] = {}
    _propagator.inject(carrier)
    kept = [(k, v) for k, v in headers if k.lower() != _TRACEPARENT]
    return [*kept, (_TRACEPARENT, carrier[_TRACEPARENT].encode())]


ASGIApp = Any


class TracingMiddleware:
    """Outermost: a server span per HTTP request, child of an incoming `traceparent`. The
    request then carries the span's own `traceparent`, so the request id layer and the
    Kafka records of the request continue this trace."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if _tracer is None or scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        from memstream.metrics import ResponseStatus, route_of

        method = scope["method"]
        incoming = [(k.decode("latin-1"), v) for k, v in scope["headers"] if k == b"traceparent"]
        status = ResponseStatus(send)
        with span(method, SpanKind.SERVER, incoming, {"http.request.method": method}) as current:
            assert current is not None
            own = inject([])[0][1]
            headers = [(k, v) for k, v in scope["headers"] if k != b"traceparent"]
            scope = {**scope, "headers": [*headers, (b"traceparent", own)]}
            try:
                await self._app(scope, receive, status)
            finally:
                route = route_of(scope)
                current.update_name(f"{method} {route}")
                current.set_attribute("http.route", route)
                current.set_attribute("http.response.status_code", status.code)
                if status.code >= 500:
                    current.set_status(Status(StatusCode.ERROR))
