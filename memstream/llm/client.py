"""One `openai` client per component, for extraction and embeddings, made when first
needed (an offline configuration never makes one)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import openai
import orjson

from memstream.llm.errors import UpstreamError
from memstream.settings import Settings

__all__ = ["OpenAIClients", "chat_content", "embedding_items", "read_json", "upstream_errors"]


class OpenAIClients:
    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self.client: openai.AsyncOpenAI | None = None

    def __call__(self) -> openai.AsyncOpenAI:
        if self.client is None:
            llm = self._settings.llm
            self.client = openai.AsyncOpenAI(
                base_url=llm.base_url,
                api_key=llm.api_key.get_secret_value() if llm.api_key else "not-needed",
                timeout=llm.timeout_s,
                max_retries=llm.max_retries,
                # aiohttp underneath: httpx's pool cost most of our CPU at hundreds in flight.
                http_client=openai.DefaultAioHttpClient(timeout=llm.timeout_s),
            )
        return self.client

    async def close(self) -> None:
        if self.client is not None:
            await self.client.close()


@contextmanager
def upstream_errors(what: str) -> Iterator[None]:
    """The SDK's errors (after its own retries) as `UpstreamError` naming `what`."""
    try:
        yield
    except openai.APIStatusError as exc:
        raise UpstreamError(f"{what} failed with HTTP {exc.status_code}") from exc
    except openai.APIError as exc:
        raise UpstreamError(f"{what} failed: {type(exc).__name__}") from exc


def read_json(raw: bytes, what: str) -> Any:
    """An answer read with orjson: the SDK's typed response models (`cast_to=bytes` skips
    them) cost a tenth of the extractor's CPU for the two fields we read."""
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise UpstreamError(f"{what} answered a body that is not JSON") from None


def chat_content(answer: Any) -> str | None:
    """The first choice's message text of a chat completion (None when it has none)."""
    try:
        content = answer["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        return None
    return content if isinstance(content, str) else None


def embedding_items(answer: Any) -> list[Any]:
    """The embeddings of an embeddings answer, in input order."""
    data = answer.get("data") if isinstance(answer, dict) else None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise UpstreamError("the embedding endpoint answered without a list of embeddings")
    ordered = sorted(data, key=lambda item: item.get("index", 0))
    return [item.get("embedding") for item in ordered]
