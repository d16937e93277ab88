"""The store through qdrant-client: a Qdrant server (`MEMSTREAM_QDRANT_URL`), or local
mode (`MEMSTREAM_QDRANT_EMBEDDED=local`), which ignores payload indexes and so scans every
point of a filtered query."""

from __future__ import annotations

from collections.abc import Sequence

from qdrant_client import AsyncQdrantClient, models

from memstream.contracts.payload import KEYWORD_FIELDS, NEWEST_FIRST, PROJECT_ID, RANGE_FIELDS
from memstream.store.base import Found, MemoryPoint

__all__ = ["QdrantClientStore"]


def _found(point: models.ScoredPoint | models.Record) -> Found:
    score = point.score if isinstance(point, models.ScoredPoint) else None
    vector = point.vector if isinstance(point.vector, list) else None
    return Found(str(point.id), dict(point.payload or {}), score, vector)  # type: ignore[arg-type]


class QdrantClientStore:
    """Through qdrant-client: a Qdrant server, or local mode."""

    def __init__(self, client: AsyncQdrantClient, collection: str) -> None:
        self.client = client
        self.collection = collection

    async def ensure_collection(self, dims: int) -> None:
        """Create the collection and its payload indexes if missing; several services may
        race to do it. A collection with vectors of another size is refused."""
        client, name = self.client, self.collection
        if not await client.collection_exists(name):
            try:
                await client.create_collection(
                    name,
                    vectors_config=models.VectorParams(size=dims, distance=models.Distance.COSINE),
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

    async def upsert(self, points: Sequence[MemoryPoint]) -> None:
        if not points:
            return
        await self.client.upsert(
            self.collection,
            points=[
                models.PointStruct(id=p.id, vector=p.vector, payload=p.payload) for p in points
            ],
            wait=True,
        )

    async def retrieve(self, ids: Sequence[str], with_vectors: bool = False) -> list[Found]:
        if not ids:
            return []
        points = await self.client.retrieve(
            self.collection, ids=list(ids), with_payload=True, with_vectors=with_vectors
        )
        return [_found(p) for p in points]

    async def search(
        self, vector: Sequence[float], where: models.Filter, limit: int, threshold: float
    ) -> list[Found]:
        response = await self.client.query_points(
            self.collection,
            query=list(vector),
            query_filter=where,
            limit=limit,
            score_threshold=threshold,
            with_payload=True,
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
        return [Found(str(p.id), dict(p.payload or {})) for p in response.points]

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
