"""Per-key token buckets for the add endpoint (pure: time is passed in).

A key may make `rate` adds per second on average and `burst` at once. Buckets live in
the gateway process (one process per gateway replica today; sharing them across worker
processes or replicas is not built yet).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["Decision", "KeyedRateLimiter", "TokenBucket"]


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    limit: int  # the bucket's size
    remaining: int  # whole tokens left after this request
    retry_after_s: int  # when refused: seconds until one token is back (at least 1)
    reset_s: int  # seconds until the bucket is full again


class TokenBucket:
    def __init__(self, rate: float, burst: int, now: float) -> None:
        self.rate = rate
        self.burst = burst
        self._tokens = float(burst)
        self._at = now

    def take(self, now: float) -> Decision:
        self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now
        allowed = self._tokens >= 1
        if allowed:
            self._tokens -= 1
        missing = self.burst - self._tokens
        return Decision(
            allowed=allowed,
            limit=self.burst,
            remaining=int(self._tokens),
            retry_after_s=0 if allowed else max(1, math.ceil((1 - self._tokens) / self.rate)),
            reset_s=math.ceil(missing / self.rate),
        )


class KeyedRateLimiter:
    def __init__(self, rate: float, burst: int, max_keys: int = 100_000) -> None:
        self._rate = rate
        self._burst = burst
        self._max_keys = max_keys
        self._buckets: dict[str, TokenBucket] = {}

    def take(self, key: str, now: float) -> Decision:
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self._max_keys:
                self._buckets.clear()  # bounded memory; a full bucket is the default anyway
            bucket = self._buckets[key] = TokenBucket(self._rate, self._burst, now)
        return bucket.take(now)
