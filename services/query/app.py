"""The query component: the read routes over the memories collection."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter

from memstream.auth import ApiKeyAuthenticator
from memstream.http import ASGIApp
from memstream.qdrant import VectorStore, acquire, release
from memstream.settings import Settings
from services.extractor.app import OpenAIClients, build_embedder
from services.query.routes import ReadDeps, build_router

__all__ = ["QueryService"]


class QueryService:
    name = "query"

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._openai = OpenAIClients(settings)
        self._deps: ReadDeps | None = None
        self._store: VectorStore | None = None

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
        self._store = acquire(self._settings.qdrant)
        await self._store.ensure_collection(embedder.dims)
        self._deps = ReadDeps(self._store, embedder)

    async def stop(self) -> None:
        if self._store is not None:
            await release(self._store)
        await self._openai.close()

    def alive(self) -> bool:
        return True  # no background loop

    async def ready(self) -> bool:
        return self._deps is not None
