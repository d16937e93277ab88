"""`memstream status-rebuild`: the status store made anew from the lifecycle topic."""

from __future__ import annotations

from memstream.contracts.topics import topic_names
from memstream.observability.logs import get_logger
from memstream.settings import Settings

from .follower import LifecycleFollower
from .store import SqliteEventStore

__all__ = ["rebuild_store"]

log = get_logger(__name__)


async def rebuild_store(settings: Settings, timeout_s: float = 3600) -> int:
    """Delete this replica's store and replay the topic up to now; the number of events."""
    path = settings.status.store_path
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    store = SqliteEventStore(path)
    follower = LifecycleFollower(
        settings, topic_names(settings.kafka.topic_prefix).lifecycle, store
    )
    await follower.start()
    try:
        if not await follower.wait_caught_up(timeout_s):
            raise TimeoutError(f"the topic was not replayed within {timeout_s} s")
        events = len(store)
    finally:
        await follower.stop()
        store.close()
    log.info("status_rebuilt", events=events, records=follower.consumed_records)
    return events
