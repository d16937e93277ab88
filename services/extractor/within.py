"""Which memories of one add are close to which earlier ones of the same add (pure).

An add may hold thousands of memories (up to 10,000 messages, each of which may give
some). Comparing each with every earlier one in Python took 43 s of the event loop for
1,000 messages and never ended for 5,000. Here the cosines come from matrix products a
block of rows at a time (memory bounded by the block, not the square of the add), and
each memory keeps only its closest earlier ones that reach the threshold: the dedup signs,
pure Python, then run a bounded number of times per memory.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["WITHIN_ADD_CLOSEST", "closest_earlier"]

# Earlier memories of the same add a new one is compared with, the closest first (a
# stored memory is compared with its few closest the same way).
WITHIN_ADD_CLOSEST = 8
# Rows of the cosine matrix computed at once: 256 rows of 10,000 float32 are 10 MB.
_ROWS_PER_BLOCK = 256


def closest_earlier(
    vectors: Sequence[Sequence[float]], threshold: float, keep: int = WITHIN_ADD_CLOSEST
) -> list[list[tuple[int, float]]]:
    """For each of `vectors` (unit length, in add order), up to `keep` earlier ones (by
    index) whose cosine with it reaches `threshold`, the closest first."""
    if not vectors:
        return []
    matrix = np.asarray(vectors, dtype=np.float32)
    closest: list[list[tuple[int, float]]] = []
    for start in range(0, len(matrix), _ROWS_PER_BLOCK):
        end = min(start + _ROWS_PER_BLOCK, len(matrix))
        block = matrix[start:end] @ matrix[:end].T
        for offset, row in enumerate(block):
            scores = row[: start + offset]
            hits = np.flatnonzero(scores >= threshold)
            if len(hits) > keep:
                hits = hits[np.argpartition(-scores[hits], keep - 1)[:keep]]
            ordered = hits[np.argsort(-scores[hits], kind="stable")]
            closest.append([(int(j), float(scores[j])) for j in ordered])
    return closest
