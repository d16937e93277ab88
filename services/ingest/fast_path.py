"""The hot path of adds, without the framework.

Other services post adds at high rates, and FastAPI's layers cost more CPU than the add
itself. An add from a known key with a JSON body of declared length and no query string
is checked against the key's rate limit, validated, published and answered here. Anything
else (a refused key, a missing length, a query string, a body that does not validate, a
429) goes on to the FastAPI app with the body already read and the rate-limit decision
already taken, and that app answers it: it owns every validation message and documents
the endpoint.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from memstream.asgi import (
    RATE_LIMIT_DECISION,
    REQUEST_CONTEXT,
    ROUTE,
    ASGIApp,
    Message,
    Receive,
    Scope,
    Send,
    send_json,
    state_of,
)
from memstream.auth.principals import ApiKeyAuthenticator, Principal
from memstream.contracts.errors import ApiError, error_body
from memstream.contracts.limits import exact_json
from memstream.contracts.requests import AddMemoriesBody
from memstream.kafka.adds import AddPublisher
from memstream.observability.logs import get_logger
from memstream.web.adds import accept_add, limit_headers, valid_idempotency_key
from memstream.web.ratelimit import SharedBuckets

__all__ = ["AddFastPath"]

log = get_logger(__name__)

ADD_PATH = "/v3/memories/add/"


class AddFastPath:
    def __init__(
        self,
        app: ASGIApp,
        authenticator: ApiKeyAuthenticator,
        limiter: SharedBuckets,
        get_publisher: Callable[[], AddPublisher],
        max_body_bytes: int,
    ) -> None:
        self._app = app
        self._authenticator = authenticator
        self._limiter = limiter
        self._get_publisher = get_publisher
        self._max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "POST"
            or scope["path"] != ADD_PATH
            or scope["query_string"]  # the route refuses what it does not declare
        ):
            await self._app(scope, receive, send)
            return
        headers = _single_headers(scope["headers"])
        principal = self._principal(headers) if headers is not None else None
        if principal is None or headers is None or not self._declared_json(headers):
            await self._app(scope, receive, send)
            return
        raw_key = headers.get(b"idempotency-key")
        key = None if raw_key is None else raw_key.decode("latin-1")
        if key is not None and not valid_idempotency_key(key):
            await self._app(scope, receive, send)  # the framework answers it
            return
        decision = self._limiter.take(principal.key_digest, time.monotonic())
        state_of(scope)[RATE_LIMIT_DECISION] = decision
        body = await _read_body(receive)
        if body is None:
            return  # the client left before sending its body: nothing to publish or answer
        parsed = _valid_body(body) if decision.allowed else None
        if parsed is None:
            await self._app(scope, _replay(body, receive), send)
            return
        scope[ROUTE] = ADD_PATH  # the route label of its metrics
        extra = [(k.encode(), v.encode()) for k, v in limit_headers(decision).items()]
        try:
            accepted = await accept_add(
                self._get_publisher(), principal, parsed, state_of(scope)[REQUEST_CONTEXT], key
            )
        except ApiError as exc:
            extra += [(k.encode(), v.encode()) for k, v in exc.headers.items()]
            await send_json(send, exc.status, error_body(exc.detail, exc.status), extra)
            return
        except Exception as exc:  # as FastAPI's last handler would: logged, a JSON 500
            log.exception("unhandled_error", path=ADD_PATH, error=type(exc).__name__)
            await send_json(send, 500, error_body("Internal server error."))
            return
        await send_json(send, 200, accepted.answer_json(), extra)

    def _principal(self, headers: dict[bytes, bytes]) -> Principal | None:
        authorization = headers.get(b"authorization")
        return self._authenticator.find(authorization.decode("latin-1")) if authorization else None

    def _declared_json(self, headers: dict[bytes, bytes]) -> bool:
        length = headers.get(b"content-length", b"")
        return (
            headers.get(b"content-type", b"").lower().startswith(b"application/json")
            and length.isdigit()
            and int(length) <= self._max_body_bytes
        )


_SINGLE = (b"authorization", b"content-type", b"content-length", b"idempotency-key")


def _single_headers(raw: list[tuple[bytes, bytes]]) -> dict[bytes, bytes] | None:
    """The headers, or None when one the fast path reads comes twice: which copy counts
    is then the framework's call (it takes the first), not ours."""
    headers = dict(raw)
    if len(headers) != len(raw) and any(
        sum(1 for k, _ in raw if k == name) > 1 for name in _SINGLE
    ):
        return None
    return headers


def _valid_body(body: bytes) -> AddMemoriesBody | None:
    """The body of an add this path answers: a valid one in the default async mode (an add
    with async_mode=false waits for its event, in the route)."""
    try:
        parsed = AddMemoriesBody.model_validate(exact_json(body))
    except ValueError:  # orjson's and pydantic's errors both are
        return None
    return parsed if parsed.async_mode else None


async def _read_body(receive: Receive) -> bytes | None:
    """The whole body (its length was declared and checked, and the server holds it to
    it), or None if the client disconnected first."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive channel that yields the body already read, then what the client sends."""
    pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def replay() -> Message:
        return pending.pop() if pending else await receive()

    return replay
