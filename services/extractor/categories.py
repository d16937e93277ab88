"""Categories without an LLM: each memory gets the categories whose description its
embedding is closest to (the embedder the memories are stored with; all-MiniLM-L6-v2
offline). The descriptions of a category list are embedded once and kept."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from memstream.llm.embedders import Embedder

__all__ = ["CategoryAssigner", "closest_categories"]

MARGIN = 0.03  # categories this close to the best one are given too (at most MAX_PER_MEMORY)
MAX_PER_MEMORY = 2
FLOOR = 0.15  # below it, the catch-all ("misc") when the list has one
CATCH_ALL = "misc"
_CACHED_LISTS = 64

Matrix = np.ndarray[tuple[int, int], np.dtype[np.float32]]


def closest_categories(scores: Sequence[float], names: Sequence[str]) -> tuple[str, ...]:
    """The categories of one memory from its similarity to each category (pure)."""
    if not names:
        return ()
    order = sorted(range(len(names)), key=lambda i: -scores[i])
    best = scores[order[0]]
    if best < FLOOR and CATCH_ALL in names:
        return (CATCH_ALL,)
    chosen = [names[i] for i in order if scores[i] >= best - MARGIN]
    return tuple(chosen[:MAX_PER_MEMORY])


class CategoryAssigner:
    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder
        self._lists: OrderedDict[tuple[tuple[str, str], ...], Matrix] = OrderedDict()

    async def _matrix(self, categories: dict[str, str]) -> Matrix:
        key = tuple(categories.items())
        found = self._lists.get(key)
        if found is None:
            texts = [f"{name.replace('_', ' ')}: {text}" for name, text in key]
            found = np.asarray(await self._embedder.embed(texts), dtype=np.float32)
            self._lists[key] = found
            if len(self._lists) > _CACHED_LISTS:
                self._lists.popitem(last=False)
        self._lists.move_to_end(key)
        return found

    async def assign(
        self, vectors: Sequence[Sequence[float]], categories: dict[str, str]
    ) -> list[tuple[str, ...]]:
        """The categories of each memory, from its vector."""
        if not vectors:
            return []
        matrix = await self._matrix(categories)
        scores = np.asarray(vectors, dtype=np.float32) @ matrix.T
        names = list(categories)
        return [closest_categories(row.tolist(), names) for row in scores]
