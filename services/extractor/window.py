"""How many requests one extractor process keeps in flight (pure).

With LLM calls of latency L, a process finishes at most window / L requests a second:
256 in flight at 1 s caps it at 256/s however idle its CPU. So the window follows
what limits the process, checked once a tick:

- the window was full (requests were waiting for a slot) and the event loop answers
  promptly (its lag is under `idle_lag_s`): the CPU has room, the window was the limit,
  so it grows by half, up to `ceiling`;
- the event loop lags past `busy_lag_s`: the CPU is the limit, more requests in flight
  would only wait longer and hold more memory, so it shrinks by a fifth, down to `floor`;
- otherwise it stays.

Memory stays bounded by `ceiling`: at most `ceiling` requests in flight and four windows
waiting, each at most the largest record the extractor accepts.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AdaptiveWindow"]

GROW = 1.5
SHRINK = 0.8


@dataclass
class AdaptiveWindow:
    size: int
    floor: int
    ceiling: int
    idle_lag_s: float = 0.02
    busy_lag_s: float = 0.1

    def __post_init__(self) -> None:
        self.floor = max(1, min(self.floor, self.ceiling))
        self.size = min(max(self.size, self.floor), self.ceiling)

    def adjust(self, was_full: bool, loop_lag_s: float) -> int:
        """The window for the next tick, from the tick that ended."""
        if loop_lag_s > self.busy_lag_s:
            self.size = max(self.floor, int(self.size * SHRINK))
        elif was_full and loop_lag_s < self.idle_lag_s:
            self.size = min(self.ceiling, max(self.size + 1, int(self.size * GROW)))
        return self.size
