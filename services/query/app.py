"""The query component: the read routes over the memories collection."""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter

from memstream.asgi import ASGIApp
from memstream.auth.principals import ApiKeyAuthenticator
from memstream.llm.client import OpenAIClients
from memstream.llm.embedders import Embedder, build_embedder
from memstream.settings import Settings
from memstream.store.base import VectorStore
from memstream.store.leases import acquire, release

from .routes import router

__all__ = ["QueryService"]


class QueryService:
    name = "query"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._openai = OpenAIClients(settings)
        self._reader: VectorStore | None = None
        self._embedder: Embedder | None = None

    @property
    def reader(self) -> VectorStore:
        if self._reader is None:
            raise RuntimeError("query is not started")
        return self._reader

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            raise RuntimeError("query is not started")
        return self._embedder

    def wrap(self, app: ASGIApp, authenticator: ApiKeyAuthenticator) -> ASGIApp:
        return app

    def routers(self) -> Sequence[APIRouter]:
        return [router]

    async def start(self) -> None:
        # The same embedder as the extractor's, built from the same settings: a query and
        # the memories it should find share one vector space.
        embedder = build_embedder(self.settings, self._openai)
        self._reader = acquire(self.settings.qdrant)
        await self._reader.ensure_collection(embedder.dims)
        self._embedder = embedder

    async def stop(self) -> None:
        if self._reader is not None:
            await release(self._reader)
        await self._openai.close()

    def alive(self) -> bool:
        return True  # no background loop

    async def ready(self) -> bool:
        return self._embedder is not None
