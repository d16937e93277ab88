"""Hybrid search in the stores: the BM25 keyword ranking beside the dense one, fused by
rank, on qdrant-edge and on qdrant-client (local mode runs the same query a server does)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import qdrant_edge as qe
from qdrant_client import AsyncQdrantClient, models

from memstream.store.base import MemoryPoint, VectorStore
from memstream.store.edge import EdgeStore
from memstream.store.keywords import KeywordsUnavailableError, document_vector, query_vector
from memstream.store.qdrant import QdrantClientStore

# Dense vectors that mislead: the farther down this list, the nearer to the query [1, 0].
TEXTS = [
    "My dog is called Rex",
    "I like hiking in the Alps",
    "Pizza night is every Friday",
    "I work as a nurse in Porto",
]
QUERY = [1.0, 0.0]


def _dense(i: int) -> list[float]:
    return [float(i + 1), float(len(TEXTS) - i)]


def _points(user: str) -> list[MemoryPoint]:
    return [
        MemoryPoint(str(uuid.uuid4()), _dense(i), {"memory": text, "user_id": user, "n": i})
        for i, text in enumerate(TEXTS)
    ]


def _user(user: str) -> models.Filter:
    return models.Filter(
        must=[models.FieldCondition(key="user_id", match=models.MatchValue(value=user))]
    )


@pytest.fixture
async def store(empty_store: VectorStore) -> VectorStore:
    await empty_store.upsert([*_points("alice"), *_points("bob")])
    return empty_store


async def test_dense_search_alone_misses_what_the_words_say(store: VectorStore) -> None:
    found = await store.search(QUERY, _user("alice"), 2, 0.0)
    assert [f.payload["n"] for f in found] == [3, 2]


async def test_a_search_may_read_only_some_payload_fields(store: VectorStore) -> None:
    found = await store.search(QUERY, _user("alice"), 2, 0.0, payload_fields=["memory"])
    assert [f.payload for f in found] == [{"memory": TEXTS[3]}, {"memory": TEXTS[2]}]
    fused = await store.search(QUERY, _user("alice"), 1, 0.0, "Rex", payload_fields=["n"])
    assert [f.payload for f in fused] == [{"n": 0}]


async def test_a_search_of_no_payload_fields_gives_ids_and_scores(store: VectorStore) -> None:
    found = await store.search(QUERY, _user("alice"), 2, 0.0, payload_fields=())
    named = await store.search(QUERY, _user("alice"), 2, 0.0)
    assert [(f.id, f.score, f.payload) for f in found] == [(f.id, f.score, {}) for f in named]


async def test_keyword_search_brings_the_memory_naming_the_word_first(store: VectorStore) -> None:
    found = await store.search(QUERY, _user("alice"), 2, 0.0, keywords="What is Rex?")
    assert found[0].payload["memory"] == "My dog is called Rex"
    assert all(f.payload["user_id"] == "alice" for f in found)  # the filter binds both rankings
    assert all(f.score is not None and 0 < f.score <= 1.0 for f in found)
    # The first of the keyword ranking, third of the semantic one: 1/(2+0) + 1/(2+3).
    assert found[0].score == pytest.approx(0.5 + 1 / 5, abs=1e-6)


async def test_threshold_binds_the_semantic_ranking_only(store: VectorStore) -> None:
    found = await store.search(QUERY, _user("bob"), 4, 0.99, keywords="hiking Alps")
    assert [f.payload["n"] for f in found] == [1]  # below the threshold, found by its words
    assert await store.search(QUERY, _user("bob"), 4, 0.99) == []


async def test_a_query_of_stop_words_ranks_by_meaning_only(store: VectorStore) -> None:
    assert query_vector("what is the") is None
    found = await store.search(QUERY, _user("alice"), 2, 0.0, keywords="what is the")
    assert [f.payload["n"] for f in found] == [3, 2]


async def test_vectors_are_kept_for_memories_only() -> None:
    assert document_vector({"memory": "Rex barks"}) is not None
    assert document_vector({"memory": "Rex barks", "kind": "deleted"}) is None
    assert document_vector({"kind": "scope", "memories": 3}) is None
    assert document_vector({"memory": "the of and"}) is None


async def test_a_shard_made_before_keyword_vectors_opens_and_refuses_keyword_search(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old"
    path.mkdir()
    old = qe.EdgeShard.create(
        str(path), qe.EdgeConfig(vectors=qe.EdgeVectorParams(size=2, distance=qe.Distance.Cosine))
    )
    old.close()
    store = EdgeStore(path)
    await store.ensure_collection(2)
    await store.upsert(_points("carol"))
    assert [f.payload["n"] for f in await store.search(QUERY, _user("carol"), 1, 0.0)] == [3]
    with pytest.raises(KeywordsUnavailableError):
        await store.search(QUERY, _user("carol"), 1, 0.0, keywords="Rex")
    await store.close()
    with pytest.raises(Exception, match="incompatible"):
        await EdgeStore(path).ensure_collection(3)  # another size still fails


async def test_a_collection_made_before_keyword_vectors_refuses_keyword_search() -> None:
    client = AsyncQdrantClient(location=":memory:")
    await client.create_collection(
        "old", vectors_config=models.VectorParams(size=2, distance=models.Distance.COSINE)
    )
    store = QdrantClientStore(client, "old")
    await store.ensure_collection(2)
    await store.upsert(_points("carol"))
    assert len(await store.search(QUERY, _user("carol"), 4, 0.0)) == 4
    with pytest.raises(KeywordsUnavailableError):
        await store.search(QUERY, _user("carol"), 4, 0.0, keywords="Rex")
    await store.close()
