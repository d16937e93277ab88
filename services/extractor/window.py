"""How many requests one extractor process keeps in flight (pure).

With LLM calls of latency L, a process finishes at most window / L requests a second:
256 in flight at 1 s caps it at 256/s however idle its CPU. So the window grows, checked
once a tick: when it was full (requests were waiting for a slot) and the event loop's
thread ran or waited to run for less than `busy_from` of the tick (the CPU has room, the
window was the limit; `runner.loop_demand_s`), it grows by half, up to `ceiling`.
Otherwise it holds. Counting the wait keeps a loop starved by other processes from
reading as idle; counting only the loop's thread keeps an embedder's threads out.

A first version judged the CPU's room by the event loop's largest lag in the tick (under
20 ms): one slow turn of the loop in a second (a burst of tasks starting, a garbage
collection) held the window, so at 1 s LLM latency it stayed at 256-384 with the
process at 55% of a CPU and 200 requests/s (`make bench`). At 80% of a CPU it held at
384 with the process at 74%; at 90% it reaches 576 and 260 requests/s where the first
version made 178 (one-off runs of `bench.extractor.saturation_at`, 3 December).

It never shrinks on a busy loop: once the CPU is the limit, the requests in flight are
what keeps it busy, and a smaller window would only lower the throughput (a first
version that shrank by a fifth past 100 ms of lag settled at a third less at 300 ms and
1 s LLM latency in `make bench`). The window is a cap, not a target: it costs nothing
while fewer requests arrive. Memory stays bounded by `ceiling`: at most `ceiling`
requests in flight and four windows waiting, each at most the largest record the
extractor accepts.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AdaptiveWindow"]

GROW = 1.5


@dataclass
class AdaptiveWindow:
    size: int
    ceiling: int
    busy_from: float = 0.9

    def __post_init__(self) -> None:
        self.size = min(max(self.size, 1), self.ceiling)

    def adjust(self, was_full: bool, cpu_share: float) -> int:
        """The window for the next tick, from the tick that ended (`cpu_share`: the
        seconds the loop's thread ran or waited to run, over the tick's wall seconds)."""
        if was_full and cpu_share < self.busy_from:
            self.size = min(self.ceiling, max(self.size + 1, int(self.size * GROW)))
        return self.size
