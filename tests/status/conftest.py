"""Both status stores, for the suites every store must pass."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from memstream.services.status.store import EventStore, MemoryEventStore, SqliteEventStore


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[EventStore]:
    made: EventStore = (
        MemoryEventStore() if request.param == "memory" else SqliteEventStore(tmp_path / "s.db")
    )
    yield made
    made.close()
