"""Request ids, carried from HTTP into Kafka record headers and into every log line.

Every request gets an id (or keeps a well-formed incoming `X-Request-ID`), returned in
the response and logged; an add's records carry it with the trace id of the request, so
one add can be followed from the gateway to the extractor to its lifecycle records.
The `traceparent` header itself is `memstream.observability.tracing`'s to read and write.
"""

from __future__ import annotations

import random
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from memstream.asgi import REQUEST_CONTEXT, ASGIApp, Message, Receive, Scope, Send, state_of
from memstream.observability import tracing
from memstream.observability.logs import REQUEST_ID

__all__ = [
    "RequestContext",
    "RequestIdMiddleware",
    "context_from_headers",
    "context_from_record",
    "kafka_headers",
    "new_request_id",
]

_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
REQUEST_ID_HEADER = "x-request-id"

# Ids must be unique, not secret: a generator seeded once per process, as OpenTelemetry's
# own id generator does, instead of reading the OS's entropy on every request (that was
# 6% of a poll's CPU).
_ids = random.Random(secrets.randbits(128))


@dataclass(frozen=True, slots=True)
class RequestContext:
    request_id: str
    trace_id: str


def new_request_id() -> str:
    return f"{_ids.getrandbits(128) or 1:032x}"


def context_from_headers(request_id: str | None, traceparent: str | None) -> RequestContext:
    """Keep well-formed incoming ids; replace anything else (no header injection). The
    trace is the active span's when tracing is on, else the incoming one, else new."""
    rid = request_id if request_id and _REQUEST_ID.fullmatch(request_id) else new_request_id()
    trace_id = tracing.current_trace_id() or tracing.trace_id_of(traceparent) or new_request_id()
    return RequestContext(rid, trace_id)


def kafka_headers(context: RequestContext) -> list[tuple[str, bytes]]:
    """The request id as a record header (the publisher adds `traceparent` as it sends)."""
    return [(REQUEST_ID_HEADER, context.request_id.encode())]


def context_from_record(headers: Sequence[tuple[str, bytes]]) -> RequestContext | None:
    found = {k.lower(): v.decode("latin-1") for k, v in headers}
    traceparent = found.get(tracing.TRACEPARENT)
    if REQUEST_ID_HEADER not in found and traceparent is None:
        return None
    return context_from_headers(found.get(REQUEST_ID_HEADER), traceparent)


class RequestIdMiddleware:
    """Every request gets a request id and trace context, echoed in `X-Request-ID`, bound
    to its log lines and available to handlers as `request.state.request_context`."""

    def __init__(self, app: ASGIApp) -> None:
        self._app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return
        headers = {k: v for k, v in scope["headers"] if k in (b"x-request-id", b"traceparent")}
        context = context_from_headers(
            headers[b"x-request-id"].decode("latin-1") if b"x-request-id" in headers else None,
            headers[b"traceparent"].decode("latin-1") if b"traceparent" in headers else None,
        )
        state_of(scope)[REQUEST_CONTEXT] = context
        echo = (b"x-request-id", context.request_id.encode())

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), echo]}
            await send(message)

        token = REQUEST_ID.set(context.request_id)
        try:
            await self._app(scope, receive, send_with_id)
        finally:
            REQUEST_ID.reset(token)
