"""The memory store: Qdrant through qdrant-client (server, or local mode on disk)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from qdrant_client import AsyncQdrantClient, models

from memstream.settings import QdrantSettings

__all__ = ["MemoryPoint", "MemoryStore", "open_qdrant"]


@dataclass(frozen=True, slots=True)
class MemoryPoint:
    id: str
    vector: list[float]
    payload: dict[str, Any]


def open_qdrant(settings: QdrantSettings) -> AsyncQdrantClient:
    if settings.url:
        api_key = settings.api_key.get_secret_value() if settings.api_key else None
        return AsyncQdrantClient(url=settings.url, api_key=api_key)
    settings.path.mkdir(parents=True, exist_ok=True)
    return AsyncQdrantClient(path=str(settings.path))


class MemoryStore:
    """Lookups by id and upserts only: no per-request step scans the collection."""

    def __init__(self, client: AsyncQdrantClient, collection: str) -> None:
        self.client = client
        self.collection = collection

    async def ensure_collection(self, dims: int) -> None:
        if await self.client.collection_exists(self.collection):
            info = await self.client.get_collection(self.collection)
            vectors = info.config.params.vectors
            size = vectors.size if isinstance(vectors, models.VectorParams) else None
            if size != dims:
                raise RuntimeError(
                    f"collection {self.collection} has vectors of size {size}, "
                    f"the embedder makes {dims}: use another collection name"
                )
            return
        await self.client.create_collection(
            self.collection,
            vectors_config=models.VectorParams(size=dims, distance=models.Distance.COSINE),
        )

    async def owners(self, ids: Sequence[str]) -> dict[str, str | None]:
        """For each id already stored, the event id that stored it."""
        if not ids:
            return {}
        points = await self.client.retrieve(
            self.collection, ids=list(ids), with_payload=["event_id"], with_vectors=False
        )
        return {str(p.id): (p.payload or {}).get("event_id") for p in points}

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
