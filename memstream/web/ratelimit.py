"""Per-key token buckets for the add endpoint, shared by the gateway's worker processes.

A key may make `rate` adds per second on average and `burst` at once. `take_token` is
the pure arithmetic (time is passed in). `SharedBuckets` keeps the buckets in a small
memory-mapped file under an exclusive `flock`, so every worker process of one gateway
(`memstream ingest --workers N`) draws on the same bucket: CLOCK_MONOTONIC is one clock
for all processes of a host. Replicas on other hosts keep their own tables.

The table is a fixed open-addressing hash of slots `(key id, tokens, last refill)`:
memory stays bounded whatever the number of keys, and a key pushed out of a full
neighbourhood starts again with a full bucket, which is the default for a new key anyway.
"""

from __future__ import annotations

import fcntl
import hashlib
import math
import mmap
import os
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Decision", "SharedBuckets", "take_token"]


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    limit: int  # the bucket's size
    remaining: int  # whole tokens left after this request
    retry_after_s: int  # when refused: seconds until one token is back (at least 1)
    reset_s: int  # seconds until the bucket is full again


def take_token(
    tokens: float, at: float, now: float, rate: float, burst: int
) -> tuple[float, Decision]:
    """Refill a bucket holding `tokens` at time `at` up to `now`, then take one if it can."""
    tokens = min(float(burst), tokens + max(0.0, now - at) * rate)
    allowed = tokens >= 1
    if allowed:
        tokens -= 1
    decision = Decision(
        allowed=allowed,
        limit=burst,
        remaining=int(tokens),
        retry_after_s=0 if allowed else max(1, math.ceil((1 - tokens) / rate)),
        reset_s=math.ceil((burst - tokens) / rate),
    )
    return tokens, decision


_SLOT = struct.Struct("<16sdd")  # key id, tokens, time of the last refill
_EMPTY = bytes(16)
_PROBES = 8


class SharedBuckets:
    """Token buckets in a file every process of the gateway maps; see the module doc."""

    def __init__(self, path: Path | None, rate: float, burst: int, slots: int = 1 << 16) -> None:
        self.rate = rate
        self.burst = burst
        self._slots = slots
        size = slots * _SLOT.size
        if path is None:  # one process: an unnamed file, gone with the process
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the table)
        else:
            self._file = os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o600), "r+b")
        self._fd = self._file.fileno()
        if os.fstat(self._fd).st_size < size:
            os.ftruncate(self._fd, size)
        self._map = mmap.mmap(self._fd, size)

    @staticmethod
    def create(directory: Path | None = None) -> Path:
        """A fresh table file for a set of worker processes (the supervisor calls this)."""
        handle, name = tempfile.mkstemp(prefix="memstream-ratelimit-", dir=directory)
        os.close(handle)
        return Path(name)

    def take(self, key: str, now: float) -> Decision:
        ident = hashlib.blake2b(key.encode(), digest_size=16).digest()
        start = int.from_bytes(ident[:8], "little")
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            offset = self._find_slot(ident, start)
            slot_id, tokens, at = _SLOT.unpack_from(self._map, offset)
            if slot_id != ident:
                tokens, at = float(self.burst), now
            tokens, decision = take_token(tokens, at, now, self.rate, self.burst)
            # A process that read the clock earlier may get the lock later: time never
            # goes back in a bucket, or its next refill would count some seconds twice.
            _SLOT.pack_into(self._map, offset, ident, tokens, max(at, now))
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        return decision

    def _find_slot(self, ident: bytes, start: int) -> int:
        """The key's slot, else an empty one, else the least recently used of its neighbours."""
        oldest_offset, oldest_at = 0, math.inf
        for probe in range(_PROBES):
            offset = ((start + probe) % self._slots) * _SLOT.size
            slot_id, _, at = _SLOT.unpack_from(self._map, offset)
            if slot_id in (ident, _EMPTY):
                return offset
            if at < oldest_at:
                oldest_offset, oldest_at = offset, at
        return oldest_offset

    def close(self) -> None:
        self._map.close()
        self._file.close()
