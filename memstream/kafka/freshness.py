"""Read-your-writes: when has the view applied everything acknowledged before a poll?

A poll that misses waits until, on every partition, a fetch *requested after
the poll arrived* has answered and the view has consumed up to the highwater
that fetch reported. The first fetch response seen after the poll may have been
requested before it, so we wait for the one after it. (Tansu's list-offsets
"latest" is wrong for multi-record batches, so the fetch highwater is used.)
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field

__all__ = ["CatchUp", "PartitionProgress"]


@dataclass(frozen=True, slots=True)
class PartitionProgress:
    fetched_at_ms: int | None  # when the last fetch response was handled
    highwater: int | None  # next offset the broker will assign, per that response
    position: int | None  # next offset the view will apply


@dataclass
class CatchUp:
    since_ms: int
    _first_response_ms: dict[Hashable, int] = field(default_factory=dict)

    def reached(self, progress: Mapping[Hashable, PartitionProgress]) -> bool:
        reached = True
        for tp, part in progress.items():
            if part.fetched_at_ms is None or part.fetched_at_ms <= self.since_ms:
                reached = False
                continue
            first = self._first_response_ms.setdefault(tp, part.fetched_at_ms)
            if (
                part.fetched_at_ms <= first
                or part.position is None
                or part.highwater is None
                or part.position < part.highwater
            ):
                reached = False
        return reached
