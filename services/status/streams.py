"""The event streams of a status replica: each reads the store from its cursor, sends
what changed, then waits (no polling) for the follower to apply a batch of its project."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from memstream.contracts.events import EventStatus
from memstream.settings import StatusSettings
from memstream.web.server import Drain

from .store import EventStore
from .streaming import HEARTBEAT, cursor_id, message, resume_from, retry_hint, source_tag
from .watching import Watchers, woken

__all__ = ["EventStreams"]

Project = tuple[str, str]
PAGE = 500  # events read from the store at a time
RECONNECT_MS = 1000  # what the stream tells clients to wait before reconnecting


class EventStreams:
    def __init__(self, store: EventStore, watchers: Watchers, settings: StatusSettings) -> None:
        self._store = store
        self._watchers = watchers
        self._heartbeat_s = settings.stream_heartbeat_s
        self._max_s = settings.stream_max_s
        self.open_streams = 0

    def open(
        self,
        project: Project,
        status: EventStatus | None,
        last_event_id: str | None,
        drain: Drain,
    ) -> AsyncIterator[bytes]:
        """The stream's bytes, from `last_event_id` or from now; raises
        `InvalidCursorError` at once for an id this service did not issue."""
        tag = source_tag(self._store.source())
        since = resume_from(last_event_id, tag) if last_event_id else self._store.offsets()
        return self._events(project, status, since, tag, drain)

    async def _events(
        self,
        project: Project,
        status: EventStatus | None,
        since: dict[int, int],
        tag: str,
        drain: Drain,
    ) -> AsyncIterator[bytes]:
        self.open_streams += 1
        try:
            yield retry_hint(RECONNECT_MS)
            deadline = asyncio.get_running_loop().time() + self._max_s
            while not drain.started:
                if source_tag(self._store.source()) != tag:  # rebuilt from another broker
                    tag, since = source_tag(self._store.source()), {}
                changes = self._store.changes(project, since, status, PAGE)
                for change in changes:
                    since[change.partition] = change.offset + 1
                    yield message(cursor_id(tag, since), change.public)
                if len(changes) == PAGE:
                    continue
                left = deadline - asyncio.get_running_loop().time()
                if left <= 0:
                    return  # the client reconnects with the last id (and may land elsewhere)
                if not await woken(self._watchers, project, drain, min(self._heartbeat_s, left)):
                    yield HEARTBEAT
        finally:
            self.open_streams -= 1
