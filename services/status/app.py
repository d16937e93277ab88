"""The status component: the lifecycle follower, its view and the polling routes."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter

from memstream.settings import Settings
from memstream.topics import topic_names
from services.status.follower import LifecycleFollower
from services.status.routes import build_router
from services.status.view import EventView

__all__ = ["StatusService"]


class StatusService:
    name = "status"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self.view = EventView()
        self.follower = LifecycleFollower(
            settings, topic_names(settings.kafka.topic_prefix).lifecycle, self.view
        )

    def routers(self) -> Sequence[APIRouter]:
        return [build_router(self.view, self._wait_caught_up)]

    async def _wait_caught_up(self) -> bool:
        return await self.follower.wait_caught_up(self._settings.status.freshness_timeout_s)

    async def start(self) -> None:
        await self.follower.start()

    async def stop(self) -> None:
        await self.follower.stop()

    async def ready(self) -> bool:
        return self.follower.healthy()
