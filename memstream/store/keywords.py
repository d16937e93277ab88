"""The keyword side of hybrid search: a BM25 sparse vector per memory, beside its dense one.

Every engine stores the vector `KEYWORDS` (a sparse vector with Qdrant's IDF modifier,
so the engine weighs terms by how rare they are among the stored memories); the store
computes it from the memory's text when it writes the point, and a keyword search from
the query. The encoder is qdrant-edge's BM25 (Qdrant's own tokenizer, English stop words
and Snowball stemmer, terms hashed to indices as a Qdrant server's BM25 does): it runs in
this process and needs no model or vocabulary from the network.

A document's weights are BM25's term-frequency part (k=1.2, b=0.75); a query's terms
weigh 1 each; the engine multiplies by IDF. The two rankings, semantic and keyword, are
fused by reciprocal rank (RRF, k=2: 1/(2 + rank) from each, 1.0 for the first of both).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import qdrant_edge as qe

from memstream.contracts import payload as fields

__all__ = [
    "KEYWORDS",
    "RRF_K",
    "KeywordsUnavailableError",
    "SparseVector",
    "candidates",
    "document_vector",
    "query_vector",
]

KEYWORDS = "bm25"  # the name of the sparse vector in every collection
RRF_K = 2  # Qdrant's default: 1/(2 + rank) per ranking, so the best possible score is 1.0
MAX_CANDIDATES = 1000


class KeywordsUnavailableError(Exception):
    """The collection has no keyword vectors (it was made before memstream wrote them)."""


@dataclass(frozen=True, slots=True)
class SparseVector:
    indices: list[int]
    values: list[float]


@functools.cache
def _bm25() -> Any:
    return qe.Bm25()


def _sparse(vector: Any) -> SparseVector | None:
    indices = list(vector.indices)
    return SparseVector(indices, list(vector.values)) if indices else None


def document_vector(payload: dict[str, Any]) -> SparseVector | None:
    """The keyword vector of a point: its memory's text (None for a registry entry or a
    deleted memory, which no read finds, or a text without a word BM25 keeps)."""
    text = payload.get(fields.MEMORY)
    if not isinstance(text, str) or payload.get(fields.KIND) in fields.HIDDEN_KINDS:
        return None
    return _sparse(_bm25().embed_document(text))


def query_vector(text: str) -> SparseVector | None:
    """The keyword vector of a query: None when no word of it is kept (only stop words),
    and the keyword ranking is then empty."""
    return _sparse(_bm25().embed_query(text))


def candidates(limit: int) -> int:
    """How many memories each ranking brings to the fusion for `limit` results: a memory
    just past the top of one ranking can still win on the other's strength."""
    return min(max(2 * limit, 20), MAX_CANDIDATES)
