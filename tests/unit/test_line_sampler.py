"""A sampled log line: at most one per interval, counting those it left out."""

from __future__ import annotations

from memstream.observability.logs import LineSampler


def test_the_first_event_is_logged_then_one_per_interval_with_the_count_between() -> None:
    sampler = LineSampler(0.1)
    assert sampler.take(100.0) == 0
    assert [sampler.take(100.0 + n / 100) for n in range(1, 10)] == [None] * 9
    assert sampler.take(100.1) == 9
    assert sampler.take(100.15) is None
    assert sampler.take(105.0) == 1  # a quiet spell: the next event is logged at once
