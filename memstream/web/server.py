"""The HTTP server every service runs: uvicorn with httptools, and the limits it lacks.

uvicorn's httptools protocol reads request heads without a bound (8 MB of headers were
taken, and 16 such floods grew a gateway by 100 MB) and has no timeout for reading a
request (a client sending a byte now and then holds its connection for as long as it
likes); its `limit_concurrency` answers a plain-text 503. `GuardedHttpProtocol` adds,
per `HttpLimits` (from `HttpSettings`):

- a head of at most `max_header_bytes` (URL and headers) and `max_headers` headers,
  else 431. A head still incomplete after that many bytes and one more read (256 KiB)
  is refused too, so a single endless header line is not buffered;
- `read_timeout_s` to send a whole request, head and body, from the connection's start
  or the request's first byte, else 408 (a request already answered is just closed);
- at most `max_connections` connections per process: the next ones get 503 with
  `Retry-After`;

each answer JSON with `detail` (after the answers owed to earlier requests on the
connection: keep-alive, pipelining), then the connection closes after a short linger (the
client's unread bytes are drained, so it still reads the answer). A request's scope also
carries the server's `Drain` (`memstream.asgi.DRAIN`): what waits on it (a long-poll, an
event stream) is woken when the server begins to shut down, so it answers or ends then
rather than holding the graceful shutdown for as long as it would last. Idle keep-alive
connections close after `keep_alive_s`, which must stay above clients' own pool expiry
(httpx and the mem0 SDK: 5 s), or a client may send a request on a connection the
server is closing that very moment, and get no answer (httpx.ReadError).
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

import httptools
import uvicorn
from uvicorn._types import ASGISendEvent
from uvicorn.protocols.http.httptools_impl import (
    STATUS_LINE,
    HttpToolsProtocol,
    RequestResponseCycle,
)

from memstream.asgi import DRAIN, ASGIApp
from memstream.contracts.errors import error_body
from memstream.observability.logs import get_logger
from memstream.settings import HttpSettings

__all__ = [
    "Drain",
    "GuardedHttpProtocol",
    "HttpLimits",
    "ServerConfig",
    "drain_of",
    "server_config",
    "tune_collector",
]

log = get_logger(__name__)

_READ_SLACK_BYTES = 256 * 1024  # one read of the event loop: a head may end in it
_LINGER_S = 1.0


@dataclass(frozen=True, slots=True)
class HttpLimits:
    max_header_bytes: int = 32 * 1024
    max_headers: int = 100
    read_timeout_s: float = 15.0
    max_connections: int = 1024

    @classmethod
    def of(cls, http: HttpSettings) -> HttpLimits:
        return cls(
            http.max_header_bytes, http.max_headers, http.read_timeout_s, http.max_connections
        )


class ServerConfig(uvicorn.Config):
    """uvicorn's configuration, carrying the limits to each connection's protocol (and
    to worker processes: it is pickled for them)."""

    def __init__(self, app: Any, *, limits: HttpLimits, **options: Any) -> None:
        super().__init__(app, http=GuardedHttpProtocol, **options)
        self.limits = limits


def server_config(app: ASGIApp | str, http: HttpSettings, **options: Any) -> ServerConfig:
    """The one way services configure uvicorn: their limits, keep-alive and logging."""
    settings: dict[str, Any] = {
        "host": http.host,
        "port": http.port,
        "log_config": None,
        "access_log": False,
        "timeout_keep_alive": http.keep_alive_s,
        **options,
    }
    return ServerConfig(app, limits=HttpLimits.of(http), **settings)


class Drain:
    """The futures of requests that wait (long-polls, event streams), resolved when the
    server begins to shut down. One per server, in every request's scope."""

    def __init__(self) -> None:
        self.started = False
        self._waiting: set[asyncio.Future[None]] = set()

    def add(self, future: asyncio.Future[None]) -> None:
        if self.started:
            _resolve(future)
        else:
            self._waiting.add(future)

    def discard(self, future: asyncio.Future[None]) -> None:
        self._waiting.discard(future)

    def start(self) -> None:
        self.started = True
        for future in self._waiting:
            _resolve(future)
        self._waiting.clear()


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def drain_of(scope: MutableMapping[str, Any]) -> Drain:
    """The request's server's drain (a private one, never started, under other servers)."""
    found = scope.get(DRAIN)
    return found if isinstance(found, Drain) else Drain()


class OneWriteCycle(RequestResponseCycle):
    """uvicorn's request cycle, writing the head of an answer of declared length with its
    body: one write, so one system call and one TCP segment where uvicorn makes two (the
    second write was a fifth of a poll's CPU). Answers without a length (event streams,
    chunked bodies) keep their head written at once, as clients wait for it."""

    _held: bytes | None = None

    async def send(self, message: ASGISendEvent) -> None:
        if message["type"] == "http.response.start" and not self.response_started:
            headers = message.get("headers", ())
            if isinstance(headers, list | tuple) and any(
                name.lower() == b"content-length" for name, _ in headers
            ):
                transport, holder = self.transport, _Held()
                self.transport = holder  # type: ignore[assignment]
                try:
                    await super().send(message)
                finally:
                    self.transport = transport
                self._held = holder.data
                return
        head, self._held = self._held, None
        if head is None:
            await super().send(message)
            return
        transport = self.transport
        joined = _Joined(transport, head)
        self.transport = joined  # type: ignore[assignment]
        try:
            await super().send(message)
        finally:
            self.transport = transport
            if joined.head is not None:  # no body was written (a HEAD, a refusal)
                transport.write(joined.head)


class _Held:
    """Stands for the transport while uvicorn writes a head: keeps it."""

    data: bytes | None = None

    def write(self, data: bytes) -> None:
        self.data = data if self.data is None else self.data + data


class _Joined:
    """Stands for the transport while uvicorn writes a body: the held head goes first."""

    def __init__(self, transport: asyncio.Transport, head: bytes) -> None:
        self._transport = transport
        self.head: bytes | None = head

    def write(self, data: bytes) -> None:
        head, self.head = self.head, None
        self._transport.write(data if head is None else head + data)

    def close(self) -> None:  # an answer that ends its connection
        if self.head is not None:
            self.write(b"")
        self._transport.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class _Refusal(Exception):
    """An answer the protocol gives itself, raised out of a parser callback."""

    def __init__(self, status: int, detail: str, *headers: tuple[bytes, bytes]) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers


class GuardedHttpProtocol(HttpToolsProtocol):
    def __init__(self, config: uvicorn.Config, *args: Any, **kwargs: Any) -> None:
        super().__init__(config, *args, **kwargs)
        self.limits: HttpLimits = getattr(config, "limits", None) or HttpLimits()
        self._in_head = True  # the next bytes belong to a request head
        self._head_bytes = 0  # of the current head, from the parser's callbacks
        self._raw_head_bytes = 0  # received while reading the current head
        self._headers = 0
        self._deadline: asyncio.TimerHandle | None = None
        self._over_capacity = False
        self._refused = False
        self._refusal: _Refusal | None = None  # to answer once earlier answers are written

    # -- connection --------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._over_capacity = len(self.connections) > self.limits.max_connections
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._refused:
            return  # draining what the client still sends, until the linger ends
        self._unset_keepalive_if_required()
        if self._in_head:
            self._raw_head_bytes += len(data)
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
        except httptools.HttpParserError as exc:
            if isinstance(exc.__context__, _Refusal):
                self._refuse(exc.__context__)
            else:
                self._refuse(_Refusal(400, "Invalid HTTP request received."))
            return
        if (
            self._in_head
            and self._raw_head_bytes > self.limits.max_header_bytes + _READ_SLACK_BYTES
        ):
            self._refuse(self._head_too_large())

    # -- parser callbacks ----------------------------------------------------------

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head, self._head_bytes, self._headers = True, 0, 0
        self._arm()
        self.scope[DRAIN] = self._drain()  # type: ignore[literal-required]

    def shutdown(self) -> None:
        """The server begins a graceful shutdown: wake the requests that wait."""
        self._drain().start()
        super().shutdown()

    def _drain(self) -> Drain:
        drain = getattr(self.server_state, "memstream_drain", None)
        if drain is None:
            drain = Drain()
            self.server_state.memstream_drain = drain  # type: ignore[attr-defined]
        return drain

    def on_url(self, url: bytes) -> None:
        self._count(len(url))
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._headers += 1
        if self._headers > self.limits.max_headers:
            raise _Refusal(431, f"A request may carry at most {self.limits.max_headers} headers.")
        self._count(len(name) + len(value) + 4)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        if self._over_capacity:
            log.warning("connection_refused", connections=len(self.connections))
            raise _Refusal(
                503, "Too many connections to this server; retry shortly.", (b"retry-after", b"1")
            )
        super().on_headers_complete()
        # From here on, a refusal concerns the request of `self.cycle`.
        self._in_head, self._raw_head_bytes = False, 0
        # The cycle was just made, its task not yet run: it answers in one write.
        self.cycle.__class__ = OneWriteCycle

    def on_message_complete(self) -> None:
        self._disarm()
        self._in_head = True
        super().on_message_complete()

    def on_response_complete(self) -> None:
        last = not self.pipeline  # no request waits behind the one just answered
        super().on_response_complete()
        if last and self._refusal is not None:
            self._end()  # a refusal waited for the answers before it

    # -- limits ----------------------------------------------------------------

    def _count(self, size: int) -> None:
        self._head_bytes += size
        if self._head_bytes > self.limits.max_header_bytes:
            raise self._head_too_large()

    def _head_too_large(self) -> _Refusal:
        return _Refusal(
            431, f"The request's URL and headers exceed {self.limits.max_header_bytes} bytes."
        )

    def _arm(self) -> None:
        if self._deadline is None:
            self._deadline = self.loop.call_later(self.limits.read_timeout_s, self._timed_out)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _timed_out(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        log.info("request_read_timeout", timeout_s=self.limits.read_timeout_s)
        detail = f"The request was not received within {self.limits.read_timeout_s:g} s."
        self._refuse(_Refusal(408, detail))

    def _refuse(self, refusal: _Refusal) -> None:
        """Answer `refusal` unless the refused request's answer has started, after the
        answers owed to the requests before it (on a keep-alive connection, pipelined),
        then close after a linger."""
        self._refused = True
        self._disarm()
        own = None if self._in_head else self.cycle  # a refused head has no cycle yet
        if own is None:  # the previous request may still be being answered
            waiting = self.cycle is not None and not self.cycle.response_complete
        else:
            waiting = self._unqueue(own)  # pipelined: an earlier request is being answered
            if not waiting and not own.response_complete:
                own.disconnected = True  # the app's receive() sees the client gone
                own.message_event.set()
        self._refusal = refusal if own is None or not own.response_started else None
        if not waiting:
            self._end()

    def _unqueue(self, cycle: RequestResponseCycle) -> bool:
        """Drop `cycle` from the pipelined requests not yet started: True if it was one."""
        for entry in self.pipeline:
            if entry[0] is cycle:
                self.pipeline.remove(entry)
                return True
        return False

    def _end(self) -> None:
        """Write the refusal (if one is to be answered), then close after a linger."""
        refusal, self._refusal = self._refusal, None
        if self.transport.is_closing():
            return  # the last answer closed the connection (`connection: close`)
        if refusal is not None:
            body = error_body(refusal.detail)
            head = [
                STATUS_LINE[refusal.status],
                b"content-type: application/json\r\n",
                b"content-length: " + str(len(body)).encode() + b"\r\n",
                b"connection: close\r\n",
                *(name + b": " + value + b"\r\n" for name, value in refusal.headers),
                b"\r\n",
            ]
            self.transport.write(b"".join(head) + body)
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(_LINGER_S, self.transport.close)


def tune_collector() -> None:
    """Python's cyclic collector, set for a service process that holds many objects alive
    (called by the process once it has started, not by the app: a test process starts
    dozens of stacks, and each would collect and freeze the test run's objects).

    What start-up made (modules, models, clients: ~200k objects) lives as long as the
    process: frozen, full collections stop walking it. Young collections every 700
    allocations kept traversing the hundreds of requests in flight: every 20,000, most
    of what they would find has died by reference counting already. Measured with
    gc.callbacks on the extractor over the bench's 3,000-request burst at 300 ms: 3.2 s of
    CPU in collections by default (nine full ones of ~0.22 s), 1.1-1.7 s frozen, 0.5-0.6 s
    frozen with these thresholds. Cyclic garbage waits for at most 20,000 allocations.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)
