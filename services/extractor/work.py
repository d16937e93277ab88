"""Pure bookkeeping for key-ordered parallel consumption (no I/O).

Modelled on Confluent's Parallel Consumer: each partition tracks the offsets
it polled and which are done, and commits only up to the lowest unfinished
one; each key (scope) has at most one record in flight, the rest queue behind
it in offset order, and ready keys are served round-robin. A barrier record
(an erasure) splits its partition: it runs alone, after everything before it
and before anything after it (`PartitionGate`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

__all__ = ["KeyedQueue", "PartitionGate", "PartitionOffsets"]

T = TypeVar("T")


class PartitionOffsets:
    """Polled offsets of one partition assignment (one epoch) and the commit rule."""

    def __init__(self, epoch: int = 0) -> None:
        self.epoch = epoch
        self._unfinished: deque[int] = deque()  # polled, in offset order, head not done
        self._done: set[int] = set()  # done but behind an unfinished head
        self._highest: int | None = None
        self._committed: int | None = None

    def track(self, offset: int) -> bool:
        """Start tracking a polled offset; a repeat or a step back is ignored (False)."""
        if self._highest is not None and offset <= self._highest:
            return False
        self._highest = offset
        self._unfinished.append(offset)
        return True

    def complete(self, offset: int) -> None:
        if not self._unfinished or offset < self._unfinished[0]:
            return
        self._done.add(offset)
        while self._unfinished and self._unfinished[0] in self._done:
            self._done.discard(self._unfinished.popleft())

    def commit_offset(self) -> int | None:
        """Lowest unfinished offset, else highest polled + 1; None before any poll."""
        if self._unfinished:
            return self._unfinished[0]
        return None if self._highest is None else self._highest + 1

    @property
    def dirty(self) -> bool:
        return self.commit_offset() != self._committed

    def committed(self, offset: int) -> None:
        if self._committed is not None and offset < self._committed:
            raise ValueError(f"commit went backwards: {offset} < {self._committed}")
        self._committed = offset

    @property
    def unfinished(self) -> int:
        return len(self._unfinished)


class KeyedQueue(Generic[T]):
    """FIFO per key with one item in flight per key; ready keys served round-robin."""

    def __init__(self) -> None:
        self._queues: dict[Hashable, deque[T]] = {}
        self._ready: deque[Hashable] = deque()
        self._busy: set[Hashable] = set()
        self._size = 0

    def __len__(self) -> int:
        """Items waiting, not counting those in flight."""
        return self._size

    @property
    def in_flight(self) -> int:
        return len(self._busy)

    @property
    def ready(self) -> int:
        """Keys whose next item could start now (nothing of theirs in flight)."""
        return len(self._ready)

    def push(self, key: Hashable, item: T) -> None:
        queue = self._queues.setdefault(key, deque())
        queue.append(item)
        self._size += 1
        if len(queue) == 1 and key not in self._busy:
            self._ready.append(key)

    def take(self, limit: int) -> list[tuple[Hashable, T]]:
        """Up to `limit` queue heads of keys with nothing in flight; they become busy."""
        taken: list[tuple[Hashable, T]] = []
        while self._ready and len(taken) < limit:
            key = self._ready.popleft()
            queue = self._queues[key]
            item = queue.popleft()
            if not queue:
                del self._queues[key]
            self._size -= 1
            self._busy.add(key)
            taken.append((key, item))
        return taken

    def release(self, key: Hashable) -> None:
        """The in-flight item of `key` is done: its next item, if any, becomes ready."""
        self._busy.discard(key)
        if key in self._queues:
            self._ready.append(key)

    def drop(self, doomed: Callable[[T], bool]) -> int:
        """Remove waiting items (e.g. of revoked partitions); in-flight ones are untouched."""
        dropped = 0
        for key in list(self._queues):
            queue = self._queues[key]
            kept = deque(item for item in queue if not doomed(item))
            dropped += len(queue) - len(kept)
            if kept:
                self._queues[key] = kept
            else:
                del self._queues[key]
        self._size -= dropped
        self._ready = deque(k for k in self._ready if k in self._queues)
        return dropped


class PartitionGate(Generic[T]):
    """Barriers of one partition. Items arrive in offset order; those behind a barrier are
    held until it is finished. The barrier itself starts once nothing before it is left
    unfinished (`PartitionOffsets.commit_offset()` is its offset: the runner checks)."""

    def __init__(self) -> None:
        self.barrier: T | None = None
        self.running = False
        self._held: deque[tuple[T, bool]] = deque()

    def __len__(self) -> int:
        """Items held behind the barrier (the barrier not counted)."""
        return len(self._held)

    def admit(self, item: T, barrier: bool) -> list[T]:
        """The items that may be queued now: `item`, unless a barrier holds it or it is one."""
        if self.barrier is not None:
            self._held.append((item, barrier))
            return []
        if barrier:
            self.barrier = item
            return []
        return [item]

    def start(self) -> T | None:
        """The waiting barrier, now running; None when there is none or it already runs."""
        if self.barrier is None or self.running:
            return None
        self.running = True
        return self.barrier

    def finish(self) -> list[T]:
        """The running barrier is done: the items it held up to the next barrier."""
        self.barrier, self.running = None, False
        released: list[T] = []
        while self._held:
            item, barrier = self._held.popleft()
            if barrier:
                self.barrier = item
                break
            released.append(item)
        return released
