"""The status component: the lifecycle follower, its store and the event routes."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter

from memstream.asgi import ASGIApp
from memstream.auth.principals import ApiKeyAuthenticator
from memstream.contracts.topics import topic_names
from memstream.observability import metrics
from memstream.settings import Settings

from .fast_path import EventPollFastPath
from .follower import LifecycleFollower
from .routes import router
from .store import EventKey, EventStore, MemoryEventStore, SqliteEventStore
from .streams import EventStreams
from .watching import Watchers

__all__ = ["StatusService", "open_store"]


def open_store(settings: Settings) -> EventStore:
    if settings.status.store == "memory":
        return MemoryEventStore()
    return SqliteEventStore(settings.status.store_path)


class StatusService:
    name = "status"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self.store = open_store(settings)
        self.follower = LifecycleFollower(
            settings, topic_names(settings.kafka.topic_prefix).lifecycle, self.store
        )
        # Long-polls wait here by event, streams by project; the follower wakes them.
        self.watchers = Watchers()
        self.streams = EventStreams(self.store, self.watchers, settings.status)
        self.follower.on_applied = self._on_applied

    def _on_applied(self, events: list[EventKey]) -> None:
        self.watchers.notify([*events, *((org, project) for org, project, _ in events)])

    def wrap(self, app: ASGIApp, authenticator: ApiKeyAuthenticator) -> ASGIApp:
        return EventPollFastPath(app, self.store, authenticator)

    def routers(self) -> Sequence[APIRouter]:
        return [router]

    async def wait_caught_up(self) -> bool:
        return await self.follower.wait_caught_up(self._settings.status.freshness_timeout_s)

    async def start(self) -> None:
        await self.follower.start()
        metrics.gauge_from(metrics.STATUS_VIEW_EVENTS, self._view_events)
        metrics.gauge_from(metrics.STATUS_VIEW_BYTES, self._view_bytes)
        metrics.gauge_from(metrics.STATUS_WAITING_REQUESTS, self._waiting)

    async def stop(self) -> None:
        metrics.gauge_release(metrics.STATUS_VIEW_EVENTS, self._view_events)
        metrics.gauge_release(metrics.STATUS_VIEW_BYTES, self._view_bytes)
        metrics.gauge_release(metrics.STATUS_WAITING_REQUESTS, self._waiting)
        await self.follower.stop()
        self.store.close()

    def _view_events(self) -> float:
        return len(self.store)

    def _waiting(self) -> float:
        """Long-polls and event streams waiting for the view."""
        return len(self.watchers)

    def _view_bytes(self) -> float:
        size = getattr(self.store, "size_bytes", None)
        return size() if callable(size) else 0.0

    def alive(self) -> bool:
        return self.follower.alive()

    async def ready(self) -> bool:
        # Not before the replay: a replica still catching up would miss older events and
        # answer their polls 404 after the freshness wait.
        return self.follower.replayed and self.follower.healthy()
