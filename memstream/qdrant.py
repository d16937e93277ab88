"""The memories collection, shared by the extractor (writes) and query (reads).

Two engines behind one `VectorStore`:

- `QdrantClientStore`: qdrant-client, against a Qdrant server (`MEMSTREAM_QDRANT_URL`) or
  in local mode (`MEMSTREAM_QDRANT_EMBEDDED=local`), which ignores payload indexes and so
  scans every point of a filtered query;
- `EdgeStore` (memstream/edge.py): qdrant-edge, the embedded default, a real Qdrant
  engine in this process with payload indexes.

An embedded store is one directory one process opens once, so the components of one
process (`memstream dev`, the tests) share it: `acquire` and `release` count holders.
Filters are qdrant-client `models.Filter` everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from qdrant_client import AsyncQdrantClient, models

from memstream.settings import QdrantSettings

__all__ = [
    "KEYWORD_FIELDS",
    "RANGE_FIELDS",
    "Found",
    "MemoryPoint",
    "QdrantClientStore",
    "VectorStore",
    "acquire",
    "release",
]

# Payload indexes of a Qdrant server and of qdrant-edge (local mode has none).
KEYWORD_FIELDS = ("org_id", "project_id", "user_id", "agent_id", "app_id", "run_id")
RANGE_FIELDS = ("created_at_ts", "updated_at_ts", "expiration_ts")
NEWEST_FIRST = "created_at_ts"


@dataclass(frozen=True, slots=True)
class MemoryPoint:
    id: str
    vector: list[float]
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Found:
    """A stored memory as a read gives it back (`score` for searches only)."""

    id: str
    payload: dict[str, Any]
    score: float | None = None
    vector: list[float] | None = None


class VectorStore(Protocol):
    async def ensure_collection(self, dims: int) -> None: ...

    async def upsert(self, points: Sequence[MemoryPoint]) -> None: ...

    async def retrieve(self, ids: Sequence[str], with_vectors: bool = False) -> list[Found]: ...

    async def search(
        self, vector: Sequence[float], where: models.Filter, limit: int, threshold: float
    ) -> list[Found]: ...

    async def page(self, where: models.Filter, offset: int, limit: int) -> list[Found]:
        """Newest first."""
        ...

    async def count(self, where: models.Filter | None = None) -> int: ...

    async def first(self, where: models.Filter) -> Found | None: ...

    async def close(self) -> None: ...


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
                    type=models.KeywordIndexType.KEYWORD, is_tenant=field == "project_id"
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
        points, _ = await self.client.scroll(
            self.collection, scroll_filter=where, limit=1, with_payload=True
        )
        return _found(points[0]) if points else None

    async def close(self) -> None:
        await self.client.close()


@dataclass
class _Lease:
    store: VectorStore
    holders: int = 0


_LEASES: dict[str, _Lease] = {}


def _open(settings: QdrantSettings) -> VectorStore:
    if settings.url:
        api_key = settings.api_key.get_secret_value() if settings.api_key else None
        client = AsyncQdrantClient(url=settings.url, api_key=api_key)
        return QdrantClientStore(client, settings.collection)
    if settings.embedded == "edge":
        from memstream.edge import EdgeStore

        return EdgeStore(settings.path / f"edge-{settings.collection}")
    settings.path.mkdir(parents=True, exist_ok=True)
    return QdrantClientStore(AsyncQdrantClient(path=str(settings.path)), settings.collection)


def acquire(settings: QdrantSettings) -> VectorStore:
    """The configured store: one per server URL, or per embedded directory and engine."""
    where = f"{settings.url}/{settings.collection}" if settings.url else None
    where = where or f"{settings.embedded}:{settings.path.resolve()}/{settings.collection}"
    lease = _LEASES.get(where)
    if lease is None:
        lease = _LEASES[where] = _Lease(_open(settings))
    lease.holders += 1
    return lease.store


async def release(store: VectorStore) -> None:
    """Give a store back; the last holder closes it."""
    for where, lease in list(_LEASES.items()):
        if lease.store is store:
            lease.holders -= 1
            if lease.holders <= 0:
                del _LEASES[where]
                await store.close()
            return
    await store.close()
