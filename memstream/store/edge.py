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

from memstream.contracts.payload import (
    BOOLEANS,
    INTEGER_FIELDS,
    KEYWORD_FIELDS,
    NEWEST_FIRST,
    RANGE_FIELDS,
)
from memstream.observability.logs import get_logger
from memstream.store.base import Found, MemoryPoint
from memstream.store.keywords import (
    KEYWORDS,
    RRF_K,
    KeywordsUnavailableError,
    SparseVector,
    candidates,
    document_vector,
    query_vector,
)
from memstream.store.packing import packed, selected, unpacked

__all__ = ["EdgeStore", "to_edge"]

log = get_logger(__name__)


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
        unpacked(dict(point.payload or {})),
        float(point.score) if scored else None,
        _vector(point.vector),
    )


def _edge_sparse(vector: SparseVector) -> qe.SparseVector:
    return qe.SparseVector(vector.indices, vector.values)


class EdgeStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._shard: qe.EdgeShard | None = None
        self.keywords = True  # whether the shard stores keyword vectors

    @property
    def shard(self) -> qe.EdgeShard:
        if self._shard is None:
            raise RuntimeError("the edge store is not open: call ensure_collection first")
        return self._shard

    async def ensure_collection(self, dims: int) -> None:
        """Open the shard (create it on first use) and its payload indexes. A shard made
        for vectors of another size is refused by qdrant-edge itself."""
        if self._shard is None:
            dense = qe.EdgeVectorParams(size=dims, distance=qe.Distance.Cosine)
            sparse = {KEYWORDS: qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)}
            config = qe.EdgeConfig(vectors=dense, sparse_vectors=sparse)
            if self.path.is_dir() and any(self.path.iterdir()):
                self._shard = self._load(config, qe.EdgeConfig(vectors=dense))
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
        for field in set(INTEGER_FIELDS) - indexed:
            self.shard.update(
                qe.UpdateOperation.create_field_index(field, qe.PayloadSchemaType.Integer)
            )

    def _load(self, config: qe.EdgeConfig, without_keywords: qe.EdgeConfig) -> qe.EdgeShard:
        """A shard made before keyword vectors cannot gain them: it opens without (its
        keyword searches are refused); any other mismatch fails as before."""
        try:
            return qe.EdgeShard.load(str(self.path), config)
        except Exception as exc:
            if "incompatible" not in str(exc) or KEYWORDS not in str(exc):
                raise
        shard = qe.EdgeShard.load(str(self.path), without_keywords)
        self.keywords = False
        log.warning("store_without_keywords", path=str(self.path))
        return shard

    def _vector(self, point: MemoryPoint) -> Any:
        sparse = document_vector(point.payload) if self.keywords else None
        if sparse is None:
            return point.vector
        return {"": point.vector, KEYWORDS: _edge_sparse(sparse)}

    async def upsert(self, points: Sequence[MemoryPoint]) -> None:
        if points:
            batch = [qe.Point(p.id, self._vector(p), packed(p.payload)) for p in points]
            self.shard.update(qe.UpdateOperation.upsert_points(batch))

    async def retrieve(self, ids: Sequence[str], with_vectors: bool = False) -> list[Found]:
        if not ids:
            return []
        records = self.shard.retrieve(list(ids), with_payload=True, with_vector=with_vectors)
        return [_found(r) for r in records]

    async def search(
        self,
        vector: Sequence[float],
        where: models.Filter,
        limit: int,
        threshold: float,
        keywords: str | None = None,
        payload_fields: Sequence[str] | None = None,
    ) -> list[Found]:
        edge_filter = to_edge(where)
        nearest = qe.Query.Nearest(list(vector))
        wanted: Any = True
        if payload_fields is not None:
            # An empty selector still reads each hit's payload; False reads none.
            wanted = bool(payload_fields) and qe.PayloadSelector.Include(selected(payload_fields))
        if keywords is None:
            request = qe.QueryRequest(
                limit=limit,
                query=nearest,
                filter=edge_filter,
                score_threshold=threshold,
                with_payload=wanted,
            )
            return [_found(p, scored=True) for p in self.shard.query(request)]
        if not self.keywords:
            raise KeywordsUnavailableError(str(self.path))
        n = candidates(limit)
        legs = [qe.Prefetch(n, nearest, filter=edge_filter, score_threshold=threshold)]
        sparse = query_vector(keywords)
        if sparse is not None:
            words = qe.Query.Nearest(_edge_sparse(sparse), using=KEYWORDS)
            legs.append(qe.Prefetch(n, words, filter=edge_filter))
        # The stub types `query` without Fusion's nested classes, which the engine takes.
        rrf: Any = qe.Fusion.Rrf(k=RRF_K)
        fused = qe.QueryRequest(limit=limit, prefetches=legs, query=rrf, with_payload=wanted)
        return [_found(p, scored=True) for p in self.shard.query(fused)]

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
