"""The memory texts the extractor keeps by id (services/extractor/texts.py), and the store
view that serves the context and near-duplicate searches from them (TextKnowingStore), on
each store memstream runs on."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import pytest
from qdrant_client import models

from memstream.contracts import payload as fields
from memstream.store.base import MemoryPoint, VectorStore
from services.extractor.store import ONLY_TEXT, MemoryStore, TextKnowingStore
from services.extractor.texts import MemoryTexts

USER = "user_id"
ALICE = models.Filter(
    must=[models.FieldCondition(key=USER, match=models.MatchValue(value="alice"))]
)


def _memory(text: str, vector: list[float], user: str = "alice") -> MemoryPoint:
    return MemoryPoint(str(uuid.uuid4()), vector, {fields.MEMORY: text, USER: user})


def _rewritten(point: MemoryPoint, text: str) -> MemoryPoint:
    return MemoryPoint(point.id, point.vector, {**point.payload, fields.MEMORY: text})


def test_texts_keep_at_most_their_capacity_dropping_the_one_learnt_longest_ago() -> None:
    texts = MemoryTexts(2)
    texts.learn("a", "A")
    texts.learn("b", "B")
    texts.learn("a", "A2")  # learnt again: the newest now
    texts.learn("c", "C")
    assert texts.known(["a", "b", "c"]) == {"a": "A2", "c": "C"}
    texts.forget(["a", "unknown"])
    assert texts.known(["a", "c"]) == {"c": "C"}
    texts.forget_all()
    assert len(texts) == 0


def test_texts_of_no_capacity_keep_nothing() -> None:
    texts = MemoryTexts(0)
    texts.learn("a", "A")
    assert texts.known(["a"]) == {}


@pytest.fixture
def index(empty_store: VectorStore) -> TextKnowingStore:
    return TextKnowingStore(MemoryStore(empty_store), MemoryTexts(100))


async def test_a_text_search_answers_what_a_payload_search_does(
    index: TextKnowingStore, empty_store: VectorStore
) -> None:
    known, unknown = _memory("I like tea", [1.0, 0.0]), _memory("I like jazz", [0.8, 0.6])
    await index.upsert([known])
    await empty_store.upsert([unknown, _memory("Bob's", [1.0, 0.1], user="bob")])
    expected = await empty_store.search([1.0, 0.0], ALICE, 5, -1.0, payload_fields=ONLY_TEXT)
    found = await index.search([1.0, 0.0], ALICE, 5, -1.0, ONLY_TEXT)
    assert found == expected and [f.payload[fields.MEMORY] for f in found] == [
        "I like tea",
        "I like jazz",
    ]
    assert index.texts.known([unknown.id]) == {unknown.id: "I like jazz"}  # read once, known


async def test_a_known_text_is_not_read_again_until_partitions_change_hands(
    index: TextKnowingStore, empty_store: VectorStore
) -> None:
    """What makes forgetting on assignment necessary: a write this process did not make
    (another replica's, while it owned the partition) is not seen until then."""
    point = _memory("I live in Paris", [1.0, 0.0])
    await index.upsert([point])
    await empty_store.upsert([_rewritten(point, "Lyon")])
    [hit] = await index.search([1.0, 0.0], ALICE, 5, -1.0, ONLY_TEXT)
    assert hit.payload == {fields.MEMORY: "I live in Paris"}
    index.texts.forget_all()
    [hit] = await index.search([1.0, 0.0], ALICE, 5, -1.0, ONLY_TEXT)
    assert hit.payload == {fields.MEMORY: "Lyon"}


async def test_its_own_updates_and_deletes_keep_the_texts_current(index: TextKnowingStore) -> None:
    point = _memory("I live in Paris", [1.0, 0.0])
    await index.upsert([point])
    await index.upsert([_rewritten(point, "I live in Rome")])
    [hit] = await index.search([1.0, 0.0], ALICE, 5, -1.0, ONLY_TEXT)
    assert hit.payload == {fields.MEMORY: "I live in Rome"}
    await index.delete([point.id])
    assert index.texts.known([point.id]) == {}
    assert await index.search([1.0, 0.0], ALICE, 5, -1.0, ONLY_TEXT) == []


class _AnswerLost(MemoryStore):
    """A store whose writes are applied but whose answers never arrive."""

    async def upsert(self, points: Sequence[MemoryPoint]) -> None:
        await super().upsert(points)
        raise TimeoutError("the answer was lost")


async def test_a_write_that_fails_leaves_no_text_the_store_may_not_hold(
    empty_store: VectorStore,
) -> None:
    index = TextKnowingStore(MemoryStore(empty_store), MemoryTexts(100))
    point = _memory("I live in Paris", [1.0, 0.0])
    await index.upsert([point])
    lossy = TextKnowingStore(_AnswerLost(empty_store), index.texts)
    with pytest.raises(TimeoutError):
        await lossy.upsert([_rewritten(point, "I live in Rome")])
    [hit] = await index.search([1.0, 0.0], ALICE, 5, -1.0, ONLY_TEXT)
    assert hit.payload == {fields.MEMORY: "I live in Rome"}


async def test_other_reads_pass_through_whole(index: TextKnowingStore) -> None:
    point = _memory("I live in Paris", [1.0, 0.0])
    await index.upsert([point])
    [hit] = await index.search([1.0, 0.0], ALICE, 5, -1.0)
    assert hit.payload == point.payload
    assert (await index.lookup([point.id]))[point.id] == point.payload
