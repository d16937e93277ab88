"""The embedded memories store on qdrant-edge: a Qdrant engine (segments, payload
indexes, WAL) inside this process, one shard in one directory.

Calls run on the event loop's thread: a filtered search of one user's memories takes well
under a millisecond (`make bench`), less than handing it to a thread would cost, and one
thread never touches the shard concurrently.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import qdrant_edge as qe
from qdrant_client import models

from memstream.contracts.payload import BOOLEANS, KEYWORD_FIELDS, NEWEST_FIRST, RANGE_FIELDS
from memstream.store.base import Found, MemoryPoint

__all__ = ["EdgeStore", "to_edge"]


def to_edge(where: models.Filter) -> qe.Filter:
    """The qdrant-edge form of a qdrant-client filter (the subset memstream builds)."""
    return qe.Filter(
        must=_conditions(where.must),
        should=_conditions(where.should),
        must_not=_conditions(where.must_not),
    )


def _conditions(found: Any) -> list[Any] | None:
    if found is None:
        return None
    items = found if isinstance(found, list) else [found]
    return [_condition(c) for c in items]


def _condition(condition: Any) -> Any:
    if isinstance(condition, models.Filter):
        return to_edge(condition)
    if isinstance(condition, models.FieldCondition):
        match = condition.match
        if isinstance(match, models.MatchValue) and isinstance(match.value, bool):
            # qdrant-edge 0.9.0 reads a boolean match as the integer 1 or 0, which never
            # equals a stored boolean: match the text copy the extractor writes instead.
            text = qe.MatchValue("true" if match.value else "false")
            return qe.FieldCondition(key=f"{BOOLEANS}.{condition.key}", match=text)
        if condition.match is not None:
            return qe.FieldCondition(key=condition.key, match=_match(condition.match))
        if isinstance(condition.range, models.Range):
            r = condition.range
            return qe.FieldCondition(
                key=condition.key, range=qe.RangeFloat(gte=r.gte, gt=r.gt, lte=r.lte, lt=r.lt)
            )
    if isinstance(condition, models.IsEmptyCondition):
        return qe.IsEmptyCondition(condition.is_empty.key)
    if isinstance(condition, models.HasIdCondition):
        return qe.HasIdCondition({str(i) for i in condition.has_id})
    raise TypeError(f"no qdrant-edge form for {type(condition).__name__}")


def _match(match: Any) -> Any:
    if isinstance(match, models.MatchValue):
        return qe.MatchValue(match.value)
    if isinstance(match, models.MatchAny):
        return qe.MatchAny(match.any)
    if isinstance(match, models.MatchSubstring):
        return qe.MatchSubstring(match.substring)
    raise TypeError(f"no qdrant-edge form for {type(match).__name__}")


def _vector(vector: Any) -> list[float] | None:
    if isinstance(vector, dict):
        vector = vector.get("")
    return list(vector) if isinstance(vector, list) else None


def _found(point: Any, scored: bool = False) -> Found:
    return Found(
        str(point.id),
        dict(point.payload or {}),
        float(point.score) if scored else None,
        _vector(point.vector),
    )


class EdgeStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._shard: qe.EdgeShard | None = None

    @property
    def shard(self) -> qe.EdgeShard:
        if self._shard is None:
            raise RuntimeError("the edge store is not open: call ensure_collection first")
        return self._shard

    async def ensure_collection(self, dims: int) -> None:
        """Open the shard (create it on first use) and its payload indexes. A shard made
        for vectors of another size is refused by qdrant-edge itself."""
        if self._shard is None:
            config = qe.EdgeConfig(
                vectors=qe.EdgeVectorParams(size=dims, distance=qe.Distance.Cosine)
            )
            if self.path.is_dir() and any(self.path.iterdir()):
                self._shard = qe.EdgeShard.load(str(self.path), config)
            else:
                self._shard = qe.EdgeShard.create(str(self.path), config)
        indexed = set(self.shard.info().payload_schema)
        for field in set(KEYWORD_FIELDS) - indexed:
            self.shard.update(
                qe.UpdateOperation.create_field_index(field, qe.PayloadSchemaType.Keyword)
            )
        for field in set(RANGE_FIELDS) - indexed:
            self.shard.update(
                qe.UpdateOperation.create_field_index(field, qe.PayloadSchemaType.Float)
            )

    async def upsert(self, points: Sequence[MemoryPoint]) -> None:
        if points:
            batch = [qe.Point(p.id, p.vector, p.payload) for p in points]
            self.shard.update(qe.UpdateOperation.upsert_points(batch))

    async def retrieve(self, ids: Sequence[str], with_vectors: bool = False) -> list[Found]:
        if not ids:
            return []
        records = self.shard.retrieve(list(ids), with_payload=True, with_vector=with_vectors)
        return [_found(r) for r in records]

    async def search(
        self, vector: Sequence[float], where: models.Filter, limit: int, threshold: float
    ) -> list[Found]:
        request = qe.QueryRequest(
            limit=limit,
            query=qe.Query.Nearest(list(vector)),
            filter=to_edge(where),
            score_threshold=threshold,
            with_payload=True,
        )
        return [_found(p, scored=True) for p in self.shard.query(request)]

    async def page(self, where: models.Filter, offset: int, limit: int) -> list[Found]:
        request = qe.QueryRequest(
            limit=limit,
            offset=offset,
            query=qe.OrderBy(NEWEST_FIRST, direction=qe.Direction.Desc),
            filter=to_edge(where),
            with_payload=True,
        )
        return [_found(p) for p in self.shard.query(request)]

    async def count(self, where: models.Filter | None = None) -> int:
        edge_filter = to_edge(where) if where is not None else None
        return self.shard.count(qe.CountRequest(exact=True, filter=edge_filter))

    async def first(self, where: models.Filter) -> Found | None:
        found = await self.scroll(where, 1)
        return found[0] if found else None

    async def scroll(self, where: models.Filter, limit: int) -> list[Found]:
        records, _ = self.shard.scroll(
            qe.ScrollRequest(limit=limit, filter=to_edge(where), with_payload=True)
        )
        return [_found(r) for r in records]

    async def delete(self, ids: Sequence[str]) -> None:
        if ids:
            self.shard.update(qe.UpdateOperation.delete_points(list(ids)))

    async def healthy(self) -> bool:
        return self._shard is not None  # in this process: up while open

    async def close(self) -> None:
        if self._shard is not None:
            self._shard.flush()
            self._shard.close()
            self._shard = None
