"""The event view: latest snapshot per event id, never moving backwards."""

from __future__ import annotations

from uuid import UUID

from memstream import lifecycle
from memstream.contracts import EventSnapshot

__all__ = ["EventView"]


class EventView:
    def __init__(self) -> None:
        self._events: dict[UUID, EventSnapshot] = {}

    def apply(self, snapshot: EventSnapshot) -> bool:
        """Keep `snapshot` if it moves its event forward; report whether it did."""
        if not lifecycle.newer(self._events.get(snapshot.id), snapshot):
            return False
        self._events[snapshot.id] = snapshot
        return True

    def get(self, event_id: UUID, project: tuple[str, str]) -> EventSnapshot | None:
        """The event if it exists and belongs to `project` (org_id, project_id)."""
        snapshot = self._events.get(event_id)
        if snapshot is None or (snapshot.org_id, snapshot.project_id) != project:
            return None
        return snapshot

    def __len__(self) -> int:
        return len(self._events)
