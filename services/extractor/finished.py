"""Events this process ended recently (pure): a second record of one is not processed.

A second request record with the event id of one already ended comes from an add
retried with its `Idempotency-Key` (ingest derives the id from the key), from a broker
that wrote a record its producer was told had failed, or from a producer resending its
own `event_id`. Both records have one scope key, so they are on one partition, in order,
and the second is only taken once the first has ended: remembering the ended ones is
enough to process each event once. The memory is bounded in size and age (see
`FinishedEvents`); it is one process's, so a second record that reaches another
extractor after a rebalance, or this one after a restart, is processed again, which the
deterministic memory ids make harmless to the store (the event keeps its first result).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

__all__ = ["FinishedEvents"]


class FinishedEvents:
    """The last `capacity` events ended, each for `max_age_s` seconds after it ended."""

    def __init__(self, capacity: int = 100_000, max_age_s: float = 24 * 3600) -> None:
        self._capacity = capacity
        self._max_age_s = max_age_s
        self._ended: OrderedDict[Hashable, float] = OrderedDict()

    def add(self, event: Hashable, now: float) -> None:
        self._ended[event] = now
        self._ended.move_to_end(event)
        while len(self._ended) > self._capacity:
            self._ended.popitem(last=False)

    def ended(self, event: Hashable, now: float) -> bool:
        at = self._ended.get(event)
        if at is None:
            return False
        if now - at > self._max_age_s:
            del self._ended[event]
            return False
        return True

    def __len__(self) -> int:
        return len(self._ended)
