"""Opening the configured store, shared by the components of one process.

An embedded store is one directory one process opens once, so the components of one
process (`memstream dev`, the tests) share it: `acquire` and `release` count holders.
"""

from __future__ import annotations

from dataclasses import dataclass

from qdrant_client import AsyncQdrantClient

from memstream.settings import QdrantSettings
from memstream.store.base import VectorStore
from memstream.store.qdrant import QdrantClientStore

__all__ = ["acquire", "release"]


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
        from memstream.store.edge import EdgeStore  # imported when used: a server needs none

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
