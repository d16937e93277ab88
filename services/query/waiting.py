"""Until a published change is applied: the synchronous answer of updates and deletes.

The extractor writes a change into the memory's point together with its history item
(one store operation), so the point says whether a change is applied: its history holds
an item of the change's event. The point is what every read reads, so once this is seen
the caller's next search, list, get or history shows the change.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from memstream.contracts import payload as fields
from memstream.store.base import Found, VectorStore

__all__ = ["Outcome", "Pending", "outcome", "wait_applied"]


class Outcome(Enum):
    APPLIED = "applied"
    GONE = "gone"  # the memory was deleted or erased before the change reached it


@dataclass(frozen=True, slots=True)
class Pending:
    memory_id: str
    event_id: str


def outcome(pending: Pending, found: Found | None) -> Outcome | None:
    """What became of the change, as the memory's point shows it; None: not applied yet."""
    if found is not None and any(
        item.get("event_id") == pending.event_id for item in found.payload.get(fields.HISTORY, [])
    ):
        return Outcome.APPLIED
    if not fields.is_live(None if found is None else found.payload):
        return Outcome.GONE
    return None


async def wait_applied(
    reader: VectorStore, changes: Sequence[Pending], timeout_s: float
) -> list[Outcome] | None:
    """The outcome of each change, in order; None when one is not applied in time."""
    deadline = time.monotonic() + timeout_s
    outcomes: list[Outcome | None] = [None] * len(changes)
    delay = 0.005
    while True:
        waiting = [i for i, o in enumerate(outcomes) if o is None]
        ids = list(dict.fromkeys(changes[i].memory_id for i in waiting))
        found = {f.id: f for f in await reader.retrieve(ids)}
        for i in waiting:
            outcomes[i] = outcome(changes[i], found.get(changes[i].memory_id))
        done = [o for o in outcomes if o is not None]
        if len(done) == len(changes):
            return done
        if time.monotonic() >= deadline:
            return None
        await asyncio.sleep(delay)
        delay = min(delay * 2, 0.05)
