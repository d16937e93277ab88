"""The texts of the memories this extractor wrote or read, by point id.

With them, the context and near-duplicate searches read ids and scores only: on qdrant-edge
a 10-hit search costs about 140 µs without payloads and 250 µs with them, however small
(`bench/extractor.py` measures what the context costs).

Why a text known here is the stored one: only the extractor that owns a scope's partition
writes the scope's memories (adds, updates, deletes and erasures all come through it, in
order), and those searches read exactly one scope. So the text this process wrote or read
last is what the store holds, as long as the partition stays here. When partitions change
hands the whole map is forgotten: one this process gets may have been written by another.
A write is forgotten before it is sent (a failed write may still have been applied). The
one write this cannot see is a former owner's: a task still running past the revoke's wait
(runner.REVOKE_WAIT_S) that writes after the new owner learnt the text; the store then
holds that late write whatever the cache says, which is that task's lost update already.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["MemoryTexts"]


class MemoryTexts:
    """At most `capacity` texts (0: none); past it, the one learnt longest ago goes."""

    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._texts: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._texts)

    def known(self, ids: Iterable[str]) -> dict[str, str]:
        texts = self._texts
        return {i: texts[i] for i in ids if i in texts}

    def learn(self, point_id: str, text: str) -> None:
        if not self._capacity:
            return
        self._texts.pop(point_id, None)  # re-inserted: the newest again
        self._texts[point_id] = text
        if len(self._texts) > self._capacity:
            del self._texts[next(iter(self._texts))]

    def forget(self, ids: Iterable[str]) -> None:
        for point_id in ids:
            self._texts.pop(point_id, None)

    def forget_all(self) -> None:
        self._texts.clear()
