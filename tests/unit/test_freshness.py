"""When a missed poll may answer: after a fetch requested after it has been applied."""

from __future__ import annotations

from memstream.kafka.freshness import CatchUp
from memstream.kafka.freshness import PartitionProgress as P


def test_not_reached_before_any_fetch_after_the_miss() -> None:
    catch_up = CatchUp(since_ms=1000)
    assert not catch_up.reached({0: P(fetched_at_ms=900, highwater=5, position=5)})


def test_first_response_after_the_miss_is_not_enough() -> None:
    catch_up = CatchUp(since_ms=1000)
    assert not catch_up.reached({0: P(fetched_at_ms=1010, highwater=5, position=5)})


def test_reached_after_a_second_response_once_consumed_to_its_highwater() -> None:
    catch_up = CatchUp(since_ms=1000)
    catch_up.reached({0: P(1010, 5, 5)})
    assert not catch_up.reached({0: P(1050, 7, 6)})
    assert catch_up.reached({0: P(1050, 7, 7)})


def test_every_partition_must_catch_up() -> None:
    catch_up = CatchUp(since_ms=1000)
    catch_up.reached({0: P(1010, 1, 1), 1: P(1010, 1, 1)})
    assert not catch_up.reached({0: P(1100, 1, 1), 1: P(1010, 1, 1)})
    assert catch_up.reached({0: P(1100, 1, 1), 1: P(1200, 3, 3)})


def test_unknown_position_or_highwater_is_not_caught_up() -> None:
    catch_up = CatchUp(since_ms=0)
    catch_up.reached({0: P(10, None, None)})
    assert not catch_up.reached({0: P(20, None, 0)})
