"""Fixtures shared by the unit tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from qdrant_client import AsyncQdrantClient

from memstream.store.base import VectorStore
from memstream.store.edge import EdgeStore
from memstream.store.qdrant import QdrantClientStore


@pytest.fixture(params=["edge", "qdrant-client"])
async def empty_store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[VectorStore]:
    """An empty collection of 2-dimensional vectors in each store memstream runs on:
    qdrant-edge, and qdrant-client (local mode runs the queries a server does)."""
    made: Any = (
        EdgeStore(tmp_path / "shard")
        if request.param == "edge"
        else QdrantClientStore(AsyncQdrantClient(location=":memory:"), "memories")
    )
    await made.ensure_collection(2)
    yield made
    await made.close()
