"""Near-duplicates through the add path, offline (the rules and MiniLM on qdrant-edge):
a memory that says the same of another thing is stored, one that names the same thing
in other words is not (dedup.swapped and the embeddings of the two phrases)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from memstream.contracts.events import MemoryResult, SourcePosition
from memstream.contracts.projects import ProjectSettings
from memstream.llm.embedders import MiniLMEmbedder
from memstream.services.extractor.adding import Adder
from memstream.services.extractor.extraction import RuleBasedExtractor
from memstream.services.extractor.retry import StoreCalls
from memstream.services.extractor.store import MemoryStore
from memstream.settings import ExtractorSettings, QdrantSettings
from memstream.store.leases import acquire, release
from memstream.testing.data import request_record


@pytest.fixture
async def adder(tmp_path: Path) -> AsyncIterator[Adder]:
    store = MemoryStore(acquire(QdrantSettings(path=tmp_path, collection="swaps")))
    embedder = MiniLMEmbedder()
    await store.ensure_collection(embedder.dims)
    settings = ExtractorSettings()
    calls = StoreCalls(store.healthy, 10.0)
    try:
        yield Adder(
            RuleBasedExtractor(), embedder, store, calls, settings, ProjectSettings.defaults
        )
    finally:
        await release(store.vectors)


async def _add(adder: Adder, offset: int, text: str) -> list[MemoryResult]:
    body = {"messages": [{"role": "user", "content": text}], "user_id": "swapper"}
    results, _ = await adder.add(request_record(body), SourcePosition(partition=0, offset=offset))
    return results


@pytest.mark.parametrize(
    ("first", "then", "event"),
    [
        # Sentences at 0.83 and 0.84, over the threshold: only the swap tells them apart.
        ("I listen to jazz records on Sundays.", "I listen to rock records on Sundays.", "ADD"),
        ("I play basketball every Thursday.", "I play volleyball every Thursday.", "ADD"),
        ("I have 3 kids.", "I have 3 children.", "NONE"),
        ("I have a dog called Rex.", "I have a dog named Rex.", "NONE"),
    ],
)
async def test_another_thing_is_another_fact_and_another_word_is_not(
    adder: Adder, first: str, then: str, event: str
) -> None:
    [stored] = await _add(adder, 0, first)
    assert stored.event == "ADD"
    [result] = await _add(adder, 1, then)
    assert result.event == event
    assert (result.id == stored.id) is (event == "NONE")
