"""One queue per webhook (pure: no I/O): what is undelivered, what may go next, when to
retry, when to give up.

- Order: a memory's changes go in the order they came, one at a time; different memories
  go at once, up to `max_in_flight` per webhook.
- Failure: after a failed attempt the webhook backs off (exponential, with jitter,
  at least what `Retry-After` asked) and then sends one attempt at a time, oldest first,
  until one succeeds.
- Giving up: failing for `give_up_after_s` (24 h) or `max_consecutive_failures` attempts in
  a row disables the webhook, with the reason.
- Bound: at `max_queued` undelivered changes the webhook is disabled too (a receiver that
  slow or dead would hold ever more memory): its queue is dropped, nothing else waits.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from uuid import UUID

from memstream.contracts.webhooks import Delivery
from memstream.settings import WebhooksSettings

__all__ = ["EndpointQueue", "Pending", "retry_delay", "why_disable"]

SCAN_LIMIT = 2000  # undelivered changes looked at for the next ones to send


@dataclass(eq=False)
class Pending:
    delivery: Delivery
    partition: int
    offset: int
    attempts: int = 0
    in_flight: bool = False

    @property
    def id(self) -> UUID:
        return self.delivery.delivery_id


@dataclass(eq=False)
class EndpointQueue:
    webhook_id: str
    partition: int
    max_in_flight: int
    max_queued: int
    items: list[Pending] = field(default_factory=list)
    failures: int = 0  # consecutive failed attempts
    failing_since: float | None = None
    not_before: float = 0.0

    def add(self, pending: Pending) -> bool:
        """Queue `pending`; False at the bound (the caller disables the webhook)."""
        if len(self.items) >= self.max_queued:
            return False
        self.items.append(pending)
        return True

    def take(self, now: float) -> list[Pending]:
        """The changes to send now (marked in flight)."""
        if now < self.not_before:
            return []
        limit = 1 if self.failures else self.max_in_flight
        busy = sum(1 for p in self.items[:SCAN_LIMIT] if p.in_flight)
        taken: list[Pending] = []
        seen: set[str] = set()
        for pending in self.items[:SCAN_LIMIT]:
            if busy + len(taken) >= limit:
                break
            memory = pending.delivery.memory_id
            if memory in seen:
                continue  # an earlier change of this memory is not delivered yet
            seen.add(memory)
            if not pending.in_flight:
                pending.in_flight = True
                taken.append(pending)
        return taken

    def delivered(self, pending: Pending) -> None:
        self._remove(pending)
        self.failures, self.failing_since, self.not_before = 0, None, 0.0

    def failed(self, pending: Pending, now: float, delay_s: float) -> None:
        pending.in_flight = False
        pending.attempts += 1
        self.failures += 1
        self.failing_since = self.failing_since if self.failing_since is not None else now
        self.not_before = max(self.not_before, now + delay_s)

    def remove(self, pending: Pending) -> None:
        self._remove(pending)

    def clear(self) -> list[Pending]:
        dropped, self.items = self.items, []
        return dropped

    def _remove(self, pending: Pending) -> None:
        for i, item in enumerate(self.items):
            if item is pending:
                del self.items[i]
                return

    def __len__(self) -> int:
        return len(self.items)


def retry_delay(
    failures: int,
    retry_after_s: float | None,
    settings: WebhooksSettings,
    rand: Callable[[], float] = random.random,
) -> float:
    """Seconds before the next attempt after `failures` in a row: exponential from
    `retry_base_s` up to `retry_max_s`, half of it random (equal jitter), and never less
    than the receiver's `Retry-After` (itself at most `give_up_after_s`)."""
    backoff = min(settings.retry_max_s, settings.retry_base_s * 2.0 ** min(failures - 1, 60))
    delay = backoff / 2 + rand() * backoff / 2
    if retry_after_s is not None:
        delay = max(delay, min(retry_after_s, settings.give_up_after_s))
    return delay


def why_disable(queue: EndpointQueue, now: float, settings: WebhooksSettings) -> str | None:
    """The reason to disable the webhook of `queue` after a failure, or None."""
    if queue.failures >= settings.max_consecutive_failures:
        return f"{queue.failures} delivery attempts in a row failed"
    if queue.failing_since is not None and now - queue.failing_since >= settings.give_up_after_s:
        hours = settings.give_up_after_s / 3600
        return f"deliveries failed for {hours:g} h ({queue.failures} attempts)"
    return None
