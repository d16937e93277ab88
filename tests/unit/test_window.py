"""The adaptive in-flight window (pure)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from memstream.services.extractor.window import AdaptiveWindow
from memstream.settings import ExtractorSettings

IDLE, BUSY, BETWEEN = 0.001, 0.5, 0.05


def test_grows_while_full_and_idle_up_to_the_ceiling() -> None:
    window = AdaptiveWindow(256, floor=32, ceiling=1024)
    sizes = [window.adjust(was_full=True, loop_lag_s=IDLE) for _ in range(6)]
    assert sizes == [384, 576, 864, 1024, 1024, 1024]


def test_stays_when_not_full_or_the_loop_is_between_idle_and_busy() -> None:
    window = AdaptiveWindow(256, floor=32, ceiling=1024)
    assert window.adjust(was_full=False, loop_lag_s=IDLE) == 256
    assert window.adjust(was_full=True, loop_lag_s=BETWEEN) == 256


def test_shrinks_when_the_loop_lags_down_to_the_floor() -> None:
    window = AdaptiveWindow(256, floor=100, ceiling=1024)
    sizes = [window.adjust(was_full=True, loop_lag_s=BUSY) for _ in range(6)]
    assert sizes == [204, 163, 130, 104, 100, 100]


def test_a_small_window_still_grows() -> None:
    window = AdaptiveWindow(1, floor=1, ceiling=4)
    assert [window.adjust(True, IDLE) for _ in range(4)] == [2, 3, 4, 4]


@given(
    st.integers(1, 5000),
    st.integers(1, 5000),
    st.integers(1, 5000),
    st.lists(st.tuples(st.booleans(), st.floats(0, 2)), max_size=40),
)
def test_always_within_its_bounds(
    start: int, floor: int, ceiling: int, ticks: list[tuple[bool, float]]
) -> None:
    window = AdaptiveWindow(start, floor=floor, ceiling=ceiling)
    low, high = min(floor, ceiling), ceiling
    assert low <= window.size <= high
    for was_full, lag in ticks:
        assert low <= window.adjust(was_full, lag) <= high


def test_settings_refuse_a_window_outside_its_bounds() -> None:
    with pytest.raises(ValidationError, match="window_min <= window <= window_max"):
        ExtractorSettings(window=2000, window_max=1024)
    with pytest.raises(ValidationError, match="window_min <= window <= window_max"):
        ExtractorSettings(window=10, window_min=32)
