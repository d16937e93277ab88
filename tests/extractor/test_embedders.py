"""The embedders `make run` and the tests use."""

from __future__ import annotations

import math

from memstream.llm.embedders import HashingEmbedder, MiniLMEmbedder


def _cosine(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True)) / (
        math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    )


async def test_minilm_loads_offline_and_ranks_related_text_closer() -> None:
    embedder = MiniLMEmbedder()
    tea, chai, car = await embedder.embed(
        ["User likes green tea", "User enjoys chai", "Car repair"]
    )
    assert len(tea) == embedder.dims == 384
    assert _cosine(tea, chai) > _cosine(tea, car)


async def test_hashing_embedder_is_deterministic_and_normalised() -> None:
    embedder = HashingEmbedder(dims=32)
    first, again = await embedder.embed(["User likes tea", "User likes tea"])
    assert first == again
    assert math.isclose(sum(x * x for x in first), 1.0, rel_tol=1e-5)
