"""What the memory routes depend on: parts of this process's query component."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from memstream.kafka.tables import ProjectSettingsTable
from memstream.llm.embedders import Embedder
from memstream.llm.rerank import Reranker
from memstream.settings import Settings
from memstream.store.base import VectorStore
from memstream.web.handlers import component_part
from memstream.web.ratelimit import SharedBuckets

from .publisher import ChangePublisher

__all__ = [
    "EmbedderDep",
    "LimiterDep",
    "ProjectsDep",
    "PublisherDep",
    "ReaderDep",
    "RerankerDep",
    "SettingsDep",
]

ReaderDep = Annotated[VectorStore, Depends(component_part("query", "reader"))]
EmbedderDep = Annotated[Embedder, Depends(component_part("query", "embedder"))]
SettingsDep = Annotated[Settings, Depends(component_part("query", "settings"))]
# None when the service runs without a broker: changes then answer 503.
PublisherDep = Annotated[ChangePublisher | None, Depends(component_part("query", "publisher"))]
# None when no rerank endpoint is configured: `rerank: true` then answers 400.
RerankerDep = Annotated[Reranker | None, Depends(component_part("query", "reranker"))]
# The project-settings table; None without a broker (project settings then answer 503).
ProjectsDep = Annotated[ProjectSettingsTable | None, Depends(component_part("query", "projects"))]
# The key's rate limit: adds and erasures take a token.
LimiterDep = Annotated[SharedBuckets, Depends(component_part("query", "limiter"))]
