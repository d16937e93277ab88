"""Barriers (erasures) in a partition's stream, without a broker: a barrier starts only
once everything before it has finished, and nothing after it starts before it is done."""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from memstream.services.extractor.work import KeyedQueue, PartitionGate, PartitionOffsets


@dataclass(frozen=True)
class Item:
    offset: int
    key: str
    barrier: bool


def test_a_barrier_holds_what_comes_after_it() -> None:
    gate: PartitionGate[str] = PartitionGate()
    assert gate.admit("a", barrier=False) == ["a"]
    assert gate.admit("erase", barrier=True) == []
    assert gate.admit("b", barrier=False) == []
    assert gate.admit("erase-2", barrier=True) == []
    assert gate.admit("c", barrier=False) == []
    assert len(gate) == 3
    assert gate.start() == "erase" and gate.start() is None  # started once
    assert gate.finish() == ["b"]  # up to the next barrier, which now waits
    assert gate.barrier == "erase-2" and not gate.running
    assert gate.start() == "erase-2"
    assert gate.finish() == ["c"]
    assert gate.barrier is None and len(gate) == 0
    assert gate.admit("d", barrier=False) == ["d"]


def _run(items: list[Item], seed: int) -> list[tuple[str, int]]:
    """The runner's bookkeeping for one partition, finishing work in a random order; the
    log of starts and ends."""
    rng = random.Random(seed)
    offsets, gate, queue = PartitionOffsets(), PartitionGate[Item](), KeyedQueue[Item]()
    running: list[Item] = []
    log: list[tuple[str, int]] = []
    for item in items:
        offsets.track(item.offset)
        for admitted in gate.admit(item, item.barrier):
            queue.push(admitted.key, admitted)
    while True:
        waiting = gate.barrier
        if waiting is not None and offsets.commit_offset() == waiting.offset and gate.start():
            running.append(waiting)
            log.append(("start", waiting.offset))
        for _, item in queue.take(3):
            running.append(item)
            log.append(("start", item.offset))
        if not running:
            return log
        done = running.pop(rng.randrange(len(running)))
        log.append(("end", done.offset))
        offsets.complete(done.offset)
        if done.barrier:
            for released in gate.finish():
                queue.push(released.key, released)
        else:
            queue.release(done.key)


@given(
    kinds=st.lists(st.sampled_from(["a", "b", "c", "erase"]), min_size=1, max_size=40),
    seed=st.integers(0, 1000),
)
def test_barriers_split_the_partition_whatever_the_finishing_order(
    kinds: list[str], seed: int
) -> None:
    items = [Item(n, kind, kind == "erase") for n, kind in enumerate(kinds)]
    log = _run(items, seed)
    started = {offset: i for i, (what, offset) in enumerate(log) if what == "start"}
    ended = {offset: i for i, (what, offset) in enumerate(log) if what == "end"}
    assert set(started) == set(ended) == {item.offset for item in items}  # all ran, once
    for barrier in (item for item in items if item.barrier):
        for item in items:
            if item.offset < barrier.offset:
                assert ended[item.offset] < started[barrier.offset]
            elif item.offset > barrier.offset:
                assert started[item.offset] > ended[barrier.offset]
    for key in "abc":  # and one record of a key at a time, in offset order
        ours = [item.offset for item in items if item.key == key]
        for first, second in itertools.pairwise(ours):
            assert ended[first] < started[second]
