"""The memories collection in Qdrant, shared by the extractor (writes) and query (reads).

Local mode locks its directory to one client, so components of one process (`memstream
dev`, the tests) share one client per directory: `acquire` and `release` count them.
"""

from __future__ import annotations

from dataclasses import dataclass

from qdrant_client import AsyncQdrantClient, models

from memstream.settings import QdrantSettings

__all__ = ["KEYWORD_FIELDS", "RANGE_FIELDS", "acquire", "ensure_collection", "release"]

# Payload indexes: a Qdrant server (and qdrant-edge) filters through them; local mode
# ignores them.
KEYWORD_FIELDS = ("org_id", "project_id", "user_id", "agent_id", "app_id", "run_id")
RANGE_FIELDS = ("created_at_ts", "updated_at_ts", "expiration_ts")


@dataclass
class _Lease:
    client: AsyncQdrantClient
    holders: int = 0


_LEASES: dict[str, _Lease] = {}


def _open(settings: QdrantSettings) -> AsyncQdrantClient:
    if settings.url:
        api_key = settings.api_key.get_secret_value() if settings.api_key else None
        return AsyncQdrantClient(url=settings.url, api_key=api_key)
    settings.path.mkdir(parents=True, exist_ok=True)
    return AsyncQdrantClient(path=str(settings.path))


def acquire(settings: QdrantSettings) -> AsyncQdrantClient:
    """A client of the configured Qdrant: one per server URL or local directory."""
    where = settings.url or f"local:{settings.path.resolve()}"
    lease = _LEASES.get(where)
    if lease is None:
        lease = _LEASES[where] = _Lease(_open(settings))
    lease.holders += 1
    return lease.client


async def release(client: AsyncQdrantClient) -> None:
    """Give a client back; the last holder closes it."""
    for where, lease in list(_LEASES.items()):
        if lease.client is client:
            lease.holders -= 1
            if lease.holders <= 0:
                del _LEASES[where]
                await client.close()
            return
    await client.close()


async def ensure_collection(client: AsyncQdrantClient, collection: str, dims: int) -> None:
    """Create the collection and its payload indexes if missing; several services may race
    to do it. A collection with vectors of another size is refused."""
    if not await client.collection_exists(collection):
        try:
            await client.create_collection(
                collection,
                vectors_config=models.VectorParams(size=dims, distance=models.Distance.COSINE),
            )
        except Exception:
            if not await client.collection_exists(collection):
                raise
    info = await client.get_collection(collection)
    vectors = info.config.params.vectors
    size = vectors.size if isinstance(vectors, models.VectorParams) else None
    if size != dims:
        raise RuntimeError(
            f"collection {collection} has vectors of size {size}, "
            f"the embedder makes {dims}: use another collection name"
        )
    if client.init_options.get("path") is not None or client.init_options.get("location"):
        return  # local mode has no payload indexes
    indexed = set(info.payload_schema)
    for field in KEYWORD_FIELDS:
        if field not in indexed:
            await client.create_payload_index(
                collection,
                field,
                models.KeywordIndexParams(
                    type=models.KeywordIndexType.KEYWORD, is_tenant=field == "project_id"
                ),
            )
    for field in RANGE_FIELDS:
        if field not in indexed:
            await client.create_payload_index(collection, field, models.PayloadSchemaType.FLOAT)
