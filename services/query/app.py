"""The query component: the read routes over the memories collection."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter

from memstream.auth import ApiKeyAuthenticator
from memstream.http import ASGIApp
from memstream.qdrant import acquire, ensure_collection, release
from memstream.settings import Settings
from services.extractor.app import OpenAIClients, build_embedder
from services.query.routes import ReadDeps, build_router
from services.query.store import QdrantReader

__all__ = ["QueryService"]


class QueryService:
    name = "query"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._openai = OpenAIClients(settings)
        self._deps: ReadDeps | None = None
        self._reader: QdrantReader | None = None

    def wrap(self, app: ASGIApp, authenticator: ApiKeyAuthenticator) -> ASGIApp:
        return app

    def routers(self) -> Sequence[APIRouter]:
        return [build_router(self._get_deps, self._settings.http.max_body_bytes)]

    def _get_deps(self) -> ReadDeps:
        if self._deps is None:
            raise RuntimeError("query is not started")
        return self._deps

    async def start(self) -> None:
        # The query embedding comes from the extractor's embedder, built from the same
        # settings: a query and the memories it should find share one vector space.
        embedder = build_embedder(self._settings, self._openai)
        qdrant = self._settings.qdrant
        self._reader = QdrantReader(acquire(qdrant), qdrant.collection)
        await ensure_collection(self._reader.client, qdrant.collection, embedder.dims)
        self._deps = ReadDeps(self._reader, embedder)

    async def stop(self) -> None:
        if self._reader is not None:
            await release(self._reader.client)
        await self._openai.close()

    def alive(self) -> bool:
        return True  # no background loop

    async def ready(self) -> bool:
        return self._deps is not None
