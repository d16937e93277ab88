"""Prompt tokens of an add whose scope already holds a full context.

The dedup bench's scopes hold at most 6 memories, so its prompts (`prompt_tokens_p50/_p99`)
carry a partial context. Here each of bench/retrieval's ten users (30 turns: facts and
chit-chat, as real chats go) is one scope, its turns added one at a time through the
extractor's real add path (`Adder`) with the fake OpenAI server as the LLM (one memory
per user line) and all-MiniLM-L6-v2 (users concurrently, each user's turns in order);
only the prompts that carry the full context, 10 memories and 10 earlier messages (the
extractor's caps), are measured (`prompt_full_context_adds` counts them). Tokens are
MiniLM's WordPiece count (an estimate: no OpenAI tokenizer works offline here).

Figures: `prompt_tokens_full_context_p50/_p99`, `prompt_full_context_adds`.
"""

from __future__ import annotations

import asyncio
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx
import openai
import orjson

from bench.retrieval.data import TURNS, Turn
from memstream.contracts.events import SourcePosition
from memstream.contracts.projects import ProjectSettings
from memstream.llm.embedders import MiniLMEmbedder
from memstream.services.extractor.adding import Adder
from memstream.services.extractor.extraction import OpenAIExtractor
from memstream.services.extractor.retry import StoreCalls
from memstream.services.extractor.store import MemoryStore
from memstream.settings import ExtractorSettings, QdrantSettings
from memstream.store.leases import acquire, release
from memstream.testing.data import request_record

__all__ = ["percentile", "prompt_tokens", "run_full_context_tokens"]

FULL = 10  # memories and messages the prompt shows at most (the extractor's defaults)


def prompt_tokens(prompts: list[list[dict[str, Any]]], embedder: MiniLMEmbedder) -> list[int]:
    """The WordPiece token count of each prompt (system and user message), sorted."""
    tokenizer = embedder._model.tokenizer
    return sorted(
        len(tokenizer.encode("\n".join(str(m["content"]) for m in p), add_special_tokens=False))
        for p in prompts
    )


def percentile(ordered: list[int], fraction: float) -> float:
    return float(ordered[min(len(ordered) - 1, int(len(ordered) * fraction))])


def context_sizes(prompt: list[dict[str, Any]]) -> tuple[int, int]:
    """(memories, messages) of the context a recorded prompt carries."""
    user = str(prompt[-1]["content"])
    recent = user.split("## Last k Messages\n", 1)[1].split("\n\n## Existing Memories\n", 1)
    existing = recent[1].split("\n\n## New Messages", 1)[0]
    return len(orjson.loads(existing)), len([line for line in recent[0].splitlines() if line])


async def run_full_context_tokens(
    url: str, workdir: Path, embedder: MiniLMEmbedder
) -> dict[str, float]:
    settings = ExtractorSettings()
    assert settings.context_memories == FULL and settings.context_messages == FULL
    store = MemoryStore(acquire(QdrantSettings(path=workdir, collection="full-context")))
    await store.ensure_collection(embedder.dims)
    by_user: dict[str, list[tuple[int, Turn]]] = defaultdict(list)
    for offset, turn in enumerate(TURNS):
        by_user[turn.user].append((offset, turn))
    async with (
        openai.AsyncOpenAI(base_url=f"{url}/v1", api_key="sk-bench") as client,
        httpx.AsyncClient(base_url=url) as fake,
    ):
        adder = Adder(
            OpenAIExtractor(client, "fake-model"),
            embedder,
            store,
            StoreCalls(store.healthy, 10.0),
            settings,
            ProjectSettings.defaults,
        )

        async def add_turns(turns: list[tuple[int, Turn]]) -> None:
            """One user's turns in order (one scope); users run concurrently."""
            for offset, turn in turns:
                message = {"role": "user", "content": turn.content}
                if turn.name:
                    message["name"] = turn.name
                body = {"messages": [message], "user_id": f"full-{turn.user}"}
                position = SourcePosition(partition=0, offset=offset)
                await adder.add(request_record(body), position)

        try:
            await asyncio.gather(*(add_turns(turns) for turns in by_user.values()))
        finally:
            await release(store.vectors)
        recorded = orjson.loads((await fake.get("/_fake/prompts")).content)
    # This run's calls are the last ones the fake saw, one per add; the context is capped at
    # FULL memories and FULL messages, so a prompt showing both is one of a full scope.
    prompts = [p for p in recorded[-len(TURNS) :] if context_sizes(p) == (FULL, FULL)]
    tokens = prompt_tokens(prompts, embedder)
    return {
        "prompt_tokens_full_context_p50": float(statistics.median(tokens)),
        "prompt_tokens_full_context_p99": percentile(tokens, 0.99),
        "prompt_full_context_adds": float(len(prompts)),
    }
