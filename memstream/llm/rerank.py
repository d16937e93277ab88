"""A rerank endpoint: the shape Cohere defined and Jina, Voyage, vLLM, TEI and others serve.

POST <url>/rerank  {"model", "query", "documents": [...], "top_n"}
→ {"results": [{"index": i, "relevance_score": s}, ...]}  (best first)
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from memstream.llm.errors import UpstreamError
from memstream.settings import RerankSettings

__all__ = ["Reranker"]


class Reranker:
    def __init__(self, settings: RerankSettings) -> None:
        if settings.url is None:
            raise ValueError("a reranker needs rerank.url")
        headers = (
            {"Authorization": f"Bearer {settings.api_key.get_secret_value()}"}
            if (settings.api_key)
            else {}
        )
        self._model = settings.model
        self._client = httpx.AsyncClient(
            base_url=settings.url.rstrip("/") + "/", headers=headers, timeout=settings.timeout_s
        )

    async def rerank(
        self, query: str, documents: Sequence[str], top_n: int
    ) -> list[tuple[int, float]]:
        """(index into `documents`, relevance score), best first, at most `top_n`."""
        if not documents:
            return []
        body = {"model": self._model, "query": query, "documents": list(documents), "top_n": top_n}
        try:
            response = await self._client.post("rerank", json=body)
            response.raise_for_status()
            results = response.json()["results"]
            ranked = [(int(r["index"]), float(r["relevance_score"])) for r in results]
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            raise UpstreamError(f"the rerank endpoint failed: {type(exc).__name__}") from exc
        if any(not 0 <= index < len(documents) for index, _ in ranked):
            raise UpstreamError("the rerank endpoint answered an index out of range")
        return sorted(ranked, key=lambda r: r[1], reverse=True)[:top_n]

    async def close(self) -> None:
        await self._client.aclose()
