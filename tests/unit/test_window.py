"""The adaptive in-flight window (pure)."""

from __future__ import annotations

import threading
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from memstream.services.extractor.runner import loop_demand_s
from memstream.services.extractor.window import AdaptiveWindow
from memstream.settings import ExtractorSettings

IDLE, BUSY, BETWEEN = 0.3, 1.0, 0.95  # the process's share of a CPU over a tick


def test_grows_while_full_and_idle_up_to_the_ceiling() -> None:
    window = AdaptiveWindow(256, ceiling=1024)
    sizes = [window.adjust(was_full=True, cpu_share=IDLE) for _ in range(6)]
    assert sizes == [384, 576, 864, 1024, 1024, 1024]


def test_holds_when_not_full_or_the_cpu_is_nearly_busy() -> None:
    window = AdaptiveWindow(256, ceiling=1024)
    assert window.adjust(was_full=False, cpu_share=IDLE) == 256
    assert window.adjust(was_full=True, cpu_share=BETWEEN) == 256


def test_never_shrinks_on_a_busy_cpu() -> None:
    """Once the CPU is the limit, the requests in flight keep it busy: shrinking the
    window would lower the throughput."""
    window = AdaptiveWindow(256, ceiling=1024)
    assert [window.adjust(was_full=True, cpu_share=BUSY) for _ in range(3)] == [256] * 3


def test_a_small_window_still_grows() -> None:
    window = AdaptiveWindow(1, ceiling=4)
    assert [window.adjust(True, IDLE) for _ in range(4)] == [2, 3, 4, 4]


@given(
    st.integers(1, 5000),
    st.integers(1, 5000),
    st.lists(st.tuples(st.booleans(), st.floats(0, 4)), max_size=40),
)
def test_always_within_its_bounds(
    start: int, ceiling: int, ticks: list[tuple[bool, float]]
) -> None:
    window = AdaptiveWindow(start, ceiling=ceiling)
    assert 1 <= window.size <= ceiling
    for was_full, cpu_share in ticks:
        assert 1 <= window.adjust(was_full, cpu_share) <= ceiling


def test_settings_refuse_a_window_above_its_ceiling() -> None:
    with pytest.raises(ValidationError, match="window is above its window_max"):
        ExtractorSettings(window=2000, window_max=1024)


def test_the_loops_demand_counts_its_own_thread_not_others() -> None:
    """What the window reads: the calling thread's run (and run-queue) time; an embedder's
    thread spinning beside an idle loop leaves it idle."""
    before = loop_demand_s()
    spent = time.thread_time() + 0.2
    while time.thread_time() < spent:  # this thread runs 0.2 s of CPU
        pass
    assert loop_demand_s() - before >= 0.2

    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            pass

    spinner = threading.Thread(target=spin)
    idle_from = loop_demand_s()
    spinner.start()
    stop.wait(0.3)  # this thread sleeps while the other spins
    stop.set()
    spinner.join()
    assert loop_demand_s() - idle_from < 0.1
