"""Closest earlier memories of one add, without comparing every pair in Python."""

from __future__ import annotations

import numpy as np

from memstream.services.extractor.within import closest_earlier


def _unit(*values: float) -> list[float]:
    vector = np.asarray(values, dtype=np.float64)
    return list(vector / np.linalg.norm(vector))


def test_each_memory_gets_its_closest_earlier_ones_over_the_threshold_closest_first() -> None:
    vectors = [_unit(1, 0, 0), _unit(0, 1, 0), _unit(1, 0.1, 0), _unit(1, 0.05, 0)]
    found = closest_earlier(vectors, 0.9)
    assert found[0] == []  # nothing earlier
    assert found[1] == []  # orthogonal to the first
    assert [j for j, _ in found[2]] == [0]
    assert [j for j, _ in found[3]] == [2, 0]  # both close, the closer first
    assert all(score >= 0.9 for row in found for _, score in row)


def test_an_add_with_no_memories_has_no_pairs() -> None:
    assert closest_earlier([], 0.8) == []
    assert closest_earlier([_unit(1, 0)], 0.8) == [[]]


def test_at_most_keep_are_kept_across_blocks() -> None:
    rng = np.random.default_rng(7)
    base = rng.normal(size=16)
    vectors = [_unit(*(base + rng.normal(scale=0.01, size=16))) for _ in range(600)]
    found = closest_earlier(vectors, 0.5, keep=3)
    assert len(found) == 600
    assert [len(row) for row in found[:4]] == [0, 1, 2, 3]
    assert all(len(row) == 3 for row in found[3:])
    matrix = np.asarray(vectors)
    for i in (300, 599):  # past the first block of rows
        best = sorted(range(i), key=lambda j: -float(matrix[i] @ matrix[j]))[:3]
        assert [j for j, _ in found[i]] == best
