"""What the status routes depend on: parts of this process's status component."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends

from memstream.web.handlers import component_part

from .store import EventStore
from .streams import EventStreams
from .watching import Watchers

__all__ = ["CatchUpDep", "EventStoreDep", "StreamsDep", "WatchersDep"]

EventStoreDep = Annotated[EventStore, Depends(component_part("status", "store"))]
# Waits (boundedly) until the view holds everything acknowledged before the call.
CatchUpDep = Annotated[
    Callable[[], Awaitable[bool]], Depends(component_part("status", "wait_caught_up"))
]
WatchersDep = Annotated[Watchers, Depends(component_part("status", "watchers"))]
StreamsDep = Annotated[EventStreams, Depends(component_part("status", "streams"))]
