"""The hot path of polling, without the framework.

Clients poll every 0.5 to 1.5 s until an event ends, so `GET /v1/event/{id}/` is the most
requested path of all. A found event of the caller's project is answered here, straight
from the store's rendered JSON; anything else (misses that must wait for the view,
errors, other paths) goes to the FastAPI app, which owns every error answer.
"""

from __future__ import annotations

import re
import uuid

from memstream.asgi import ROUTE, ASGIApp, Receive, Scope, Send, send_json
from memstream.auth.principals import ApiKeyAuthenticator

from .store import EventStore

__all__ = ["EventPollFastPath"]

_EVENT_PATH = re.compile(r"/v1/events?/([0-9a-fA-F-]{32,36})/")
EVENT_ROUTE = "/v1/event/{event_id}/"  # the route label of the polls answered here


class EventPollFastPath:
    def __init__(self, app: ASGIApp, store: EventStore, authenticator: ApiKeyAuthenticator) -> None:
        self._app = app
        self._store = store
        self._authenticator = authenticator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            body = self._found(scope)
            if body is not None:
                scope[ROUTE] = EVENT_ROUTE
                await send_json(send, 200, body)
                return
        await self._app(scope, receive, send)

    def _found(self, scope: Scope) -> bytes | None:
        match = _EVENT_PATH.fullmatch(scope["path"])
        # A long-poll (`wait`) waits in the app, which refuses any other parameter.
        if match is None or scope["query_string"]:
            return None
        header = next((v for k, v in scope["headers"] if k == b"authorization"), None)
        if header is None:
            return None
        principal = self._authenticator.find(header.decode("latin-1"))
        if principal is None:
            return None
        try:
            event_id = uuid.UUID(match.group(1))
        except ValueError:
            return None
        return self._store.get_json(event_id, (principal.org_id, principal.project_id))
