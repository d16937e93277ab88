"""The store through qdrant-client: a Qdrant server (`MEMSTREAM_QDRANT_URL`), or local
mode (`MEMSTREAM_QDRANT_EMBEDDED=local`), which ignores payload indexes and so scans every
point of a filtered query."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from qdrant_client import AsyncQdrantClient, models

from memstream.contracts.payload import (
    INTEGER_FIELDS,
    KEYWORD_FIELDS,
    NEWEST_FIRST,
    PROJECT_ID,
    RANGE_FIELDS,
)
from memstream.observability.logs import get_logger
from memstream.store.base import Found, MemoryPoint
from memstream.store.keywords import (
    KEYWORDS,
    KeywordsUnavailableError,
    candidates,
    document_vector,
    query_vector,
)
from memstream.store.packing import packed, selected, unpacked

__all__ = ["QdrantClientStore"]

log = get_logger(__name__)


def _found(point: models.ScoredPoint | models.Record) -> Found:
    score = point.score if isinstance(point, models.ScoredPoint) else None
    vector: Any = point.vector
    if isinstance(vector, dict):
        vector = vector.get("")
    return Found(
        str(point.id),
        unpacked(dict(point.payload or {})),
        score,
        vector if isinstance(vector, list) else None,
    )


class QdrantClientStore:
    """Through qdrant-client: a Qdrant server, or local mode."""

    def __init__(self, client: AsyncQdrantClient, collection: str) -> None:
        self.client = client
        self.collection = collection
        self.keywords = True  # whether the collection stores keyword vectors

    async def ensure_collection(self, dims: int) -> None:
        """Create the collection and its payload indexes if missing; several services may
        race to do it. A collection with vectors of another size is refused."""
        client, name = self.client, self.collection
        if not await client.collection_exists(name):
            try:
                await client.create_collection(
                    name,
                    vectors_config=models.VectorParams(size=dims, distance=models.Distance.COSINE),
                    sparse_vectors_config={
                        KEYWORDS: models.SparseVectorParams(modifier=models.Modifier.IDF)
                    },
                )
            except Exception:
                if not await client.collection_exists(name):
                    raise
        info = await client.get_collection(name)
        vectors = info.config.params.vectors
        size = vectors.size if isinstance(vectors, models.VectorParams) else None
        if size != dims:
            raise RuntimeError(
                f"collection {name} has vectors of size {size}, "
                f"the embedder makes {dims}: use another collection name"
            )
        self.keywords = KEYWORDS in (info.config.params.sparse_vectors or {})
        if not self.keywords:
            log.warning("store_without_keywords", collection=name)
        if client.init_options.get("path") or client.init_options.get("location") == ":memory:":
            return  # local mode has no payload indexes
        for field in set(KEYWORD_FIELDS) - set(info.payload_schema):
            await client.create_payload_index(
                name,
                field,
                models.KeywordIndexParams(
                    type=models.KeywordIndexType.KEYWORD, is_tenant=field == PROJECT_ID
                ),
            )
        for field in set(RANGE_FIELDS) - set(info.payload_schema):
            await client.create_payload_index(name, field, models.PayloadSchemaType.FLOAT)
        for field in set(INTEGER_FIELDS) - set(info.payload_schema):
            await client.create_payload_index(name, field, models.PayloadSchemaType.INTEGER)

    async def upsert(self, points: Sequence[MemoryPoint]) -> None:
        if not points:
            return
        await self.client.upsert(
            self.collection,
            points=[
                models.PointStruct(id=p.id, vector=self._vector(p), payload=packed(p.payload))
                for p in points
            ],
            wait=True,
        )

    def _vector(self, point: MemoryPoint) -> Any:
        sparse = document_vector(point.payload) if self.keywords else None
        if sparse is None:
            return point.vector
        return {
            "": point.vector,
            KEYWORDS: models.SparseVector(indices=sparse.indices, values=sparse.values),
        }

    async def retrieve(self, ids: Sequence[str], with_vectors: bool = False) -> list[Found]:
        if not ids:
            return []
        points = await self.client.retrieve(
            self.collection, ids=list(ids), with_payload=True, with_vectors=with_vectors
        )
        return [_found(p) for p in points]

    async def search(
        self,
        vector: Sequence[float],
        where: models.Filter,
        limit: int,
        threshold: float,
        keywords: str | None = None,
        payload_fields: Sequence[str] | None = None,
    ) -> list[Found]:
        wanted: bool | list[str] = True
        if payload_fields is not None:
            wanted = bool(payload_fields) and selected(payload_fields)
        if keywords is None:
            response = await self.client.query_points(
                self.collection,
                query=list(vector),
                query_filter=where,
                limit=limit,
                score_threshold=threshold,
                with_payload=wanted,
            )
            return [_found(p) for p in response.points]
        if not self.keywords:
            raise KeywordsUnavailableError(self.collection)
        n = candidates(limit)
        legs = [
            models.Prefetch(query=list(vector), filter=where, limit=n, score_threshold=threshold)
        ]
        sparse = query_vector(keywords)
        if sparse is not None:
            words = models.SparseVector(indices=sparse.indices, values=sparse.values)
            legs.append(models.Prefetch(query=words, using=KEYWORDS, filter=where, limit=n))
        response = await self.client.query_points(
            self.collection,
            prefetch=legs,
            query=models.FusionQuery(fusion=models.Fusion.RRF),
            limit=limit,
            with_payload=wanted,
        )
        return [_found(p) for p in response.points]

    async def page(self, where: models.Filter, offset: int, limit: int) -> list[Found]:
        order = models.OrderBy(key=NEWEST_FIRST, direction=models.Direction.DESC)
        response = await self.client.query_points(
            self.collection,
            query=models.OrderByQuery(order_by=order),
            query_filter=where,
            offset=offset,
            limit=limit,
            with_payload=True,
        )
        return [Found(str(p.id), unpacked(dict(p.payload or {}))) for p in response.points]

    async def count(self, where: models.Filter | None = None) -> int:
        return (await self.client.count(self.collection, count_filter=where, exact=True)).count

    async def first(self, where: models.Filter) -> Found | None:
        found = await self.scroll(where, 1)
        return found[0] if found else None

    async def scroll(self, where: models.Filter, limit: int) -> list[Found]:
        points, _ = await self.client.scroll(
            self.collection, scroll_filter=where, limit=limit, with_payload=True
        )
        return [_found(p) for p in points]

    async def delete(self, ids: Sequence[str]) -> None:
        if ids:
            await self.client.delete(
                self.collection, points_selector=models.PointIdsList(points=list(ids)), wait=True
            )

    async def healthy(self) -> bool:
        try:
            await self.client.collection_exists(self.collection)
        except Exception:
            return False
        return True

    async def close(self) -> None:
        await self.client.close()
