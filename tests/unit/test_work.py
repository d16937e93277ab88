"""The commit rule and key ordering, without a broker."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from memstream.services.extractor.work import KeyedQueue, PartitionOffsets


def test_commit_offset_is_none_before_any_poll() -> None:
    assert PartitionOffsets().commit_offset() is None


def test_commit_offset_stops_at_the_lowest_unfinished() -> None:
    offsets = PartitionOffsets()
    for offset in (10, 11, 12, 13):
        offsets.track(offset)
    offsets.complete(11)
    offsets.complete(13)
    assert offsets.commit_offset() == 10
    offsets.complete(10)
    assert offsets.commit_offset() == 12
    offsets.complete(12)
    assert offsets.commit_offset() == 14


def test_repeated_or_older_offsets_are_not_tracked_again() -> None:
    offsets = PartitionOffsets()
    assert offsets.track(5)
    assert not offsets.track(5)
    assert not offsets.track(4)
    assert offsets.unfinished == 1


def test_gaps_between_polled_offsets_count_as_done() -> None:
    offsets = PartitionOffsets()
    offsets.track(3)
    offsets.track(9)  # 4..8 were compacted away or were transaction markers
    offsets.complete(3)
    assert offsets.commit_offset() == 9


def test_dirty_until_committed_and_commits_never_go_back() -> None:
    offsets = PartitionOffsets()
    offsets.track(0)
    offsets.complete(0)
    assert offsets.dirty
    offsets.committed(1)
    assert not offsets.dirty
    try:
        offsets.committed(0)
    except ValueError:
        pass
    else:
        raise AssertionError("a commit going backwards must raise")


@given(
    st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=60, unique=True),
    st.data(),
)
def test_commit_rule_holds_for_any_completion_order(polled: list[int], data: st.DataObject) -> None:
    polled.sort()
    offsets = PartitionOffsets()
    for offset in polled:
        offsets.track(offset)
    done: set[int] = set()
    for offset in data.draw(st.permutations(polled)):
        offsets.complete(offset)
        done.add(offset)
        unfinished = [o for o in polled if o not in done]
        expected = min(unfinished) if unfinished else polled[-1] + 1
        assert offsets.commit_offset() == expected
        # Never past an unfinished record: everything below the commit point is done.
        assert all(o in done for o in polled if o < expected)


def test_one_item_in_flight_per_key_in_push_order() -> None:
    queue: KeyedQueue[str] = KeyedQueue()
    for item in ("a1", "a2", "b1", "a3"):
        queue.push(item[0], item)
    assert queue.take(10) == [("a", "a1"), ("b", "b1")]
    assert queue.take(10) == []
    queue.release("a")
    assert queue.take(10) == [("a", "a2")]
    queue.release("b")
    queue.release("a")
    assert queue.take(10) == [("a", "a3")]
    assert len(queue) == 0


def test_take_respects_the_limit_and_serves_keys_round_robin() -> None:
    queue: KeyedQueue[int] = KeyedQueue()
    for n in range(6):
        queue.push(n % 3, n)
    assert [item for _, item in queue.take(2)] == [0, 1]
    assert [item for _, item in queue.take(5)] == [2]
    queue.release(0)
    queue.release(1)
    assert [item for _, item in queue.take(5)] == [3, 4]


def test_drop_removes_waiting_items_only() -> None:
    queue: KeyedQueue[tuple[int, int]] = KeyedQueue()
    queue.push("k", (0, 1))
    queue.push("k", (0, 2))
    queue.push("j", (1, 1))
    [(_, first)] = queue.take(1)
    assert first == (0, 1)
    assert queue.drop(lambda item: item[0] == 0) == 1
    assert queue.in_flight == 1
    assert [item for _, item in queue.take(5)] == [(1, 1)]
    queue.release("k")
    assert queue.take(5) == []


@given(st.lists(st.tuples(st.sampled_from("abcd"), st.integers()), max_size=80), st.integers(1, 5))
def test_keys_never_overlap_and_keep_their_order(
    pushes: list[tuple[str, int]], window: int
) -> None:
    queue: KeyedQueue[tuple[str, int, int]] = KeyedQueue()
    for seq, (key, value) in enumerate(pushes):
        queue.push(key, (key, seq, value))
    finished: list[tuple[str, int, int]] = []
    while True:
        batch = queue.take(window)
        if not batch:
            break
        keys = [key for key, _ in batch]
        assert len(keys) == len(set(keys))
        for key, item in batch:
            finished.append(item)
            queue.release(key)
    assert len(finished) == len(pushes)
    for key in "abcd":
        seqs = [seq for k, seq, _ in finished if k == key]
        assert seqs == sorted(seqs)
