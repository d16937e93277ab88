"""One `openai` client per component, for extraction and embeddings, made when first
needed (an offline configuration never makes one)."""

from __future__ import annotations

import openai

from memstream.settings import Settings

__all__ = ["OpenAIClients"]


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
