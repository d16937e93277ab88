"""Memory extraction behind one interface: OpenAI-compatible LLM, rules, or verbatim."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Protocol

import openai
from openai.types.chat import ChatCompletionMessageParam

from memstream.contracts.entities import Message, MessageRole
from memstream.llm.client import chat_content, read_json, upstream_errors
from memstream.observability import metrics, tracing

from .errors import ExtractionFormatError
from .prompt import Extracted, ExtractionJob, parse_answer, system_prompt, user_prompt
from .rules import extract_statements, speaker_of

__all__ = [
    "Extractor",
    "OpenAIExtractor",
    "RuleBasedExtractor",
    "verbatim_memories",
]


class Extractor(Protocol):
    # Whether it understands the job's free-text parts (instructions, includes, excludes,
    # categories) itself; an offline extractor gets includes/excludes and categories
    # applied after it, by embedding similarity.
    understands_text: bool

    async def extract(self, job: ExtractionJob) -> list[Extracted]: ...


def verbatim_memories(messages: Sequence[Message]) -> list[Extracted]:
    """`infer=false`: each user and assistant message as it is; system messages skipped."""
    return [
        Extracted(m.content.strip(), attributed_to=m.role.value)
        for m in messages
        if m.role is not MessageRole.SYSTEM and m.content.strip()
    ]


class OpenAIExtractor:
    """One chat call with JSON output; a malformed answer is asked again once."""

    understands_text = True

    def __init__(self, client: openai.AsyncOpenAI, model: str) -> None:
        self._client = client
        self._model = model

    async def extract(self, job: ExtractionJob) -> list[Extracted]:
        prompt: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": system_prompt(job)},
            {"role": "user", "content": user_prompt(job)},
        ]
        for attempt in range(2):
            content = await self._complete(prompt)
            try:
                return parse_answer(content, job)
            except ExtractionFormatError:
                if attempt == 1:
                    raise
                metrics.RETRIES.labels("llm_format").inc()
        raise AssertionError("unreachable")

    async def _complete(self, prompt: list[ChatCompletionMessageParam]) -> str | None:
        body = {
            "model": self._model,
            "messages": prompt,
            "response_format": {"type": "json_object"},
            "temperature": 0,
        }
        # `post` rather than `chat.completions.create`: the same request, retries and
        # errors, without the SDK's per-call parameter transform (a quarter of our CPU).
        with upstream_errors("LLM call"), tracing.span("llm chat", tracing.SpanKind.CLIENT):
            async with metrics.observe_upstream("llm", "chat"):
                raw = await self._client.post("/chat/completions", body=body, cast_to=bytes)
        return chat_content(read_json(raw, "LLM call"))


# Messages the rules read between two turns of the event loop (about 0.8 ms each).
_YIELD_EVERY = 64


class RuleBasedExtractor:
    """Offline: statements of users and of named speakers (rules.py), each attributed to
    who said it; unnamed assistant messages give nothing."""

    understands_text = False

    async def extract(self, job: ExtractionJob) -> list[Extracted]:
        memories: list[Extracted] = []
        for index, message in enumerate(job.messages):
            if index % _YIELD_EVERY == _YIELD_EVERY - 1:
                await asyncio.sleep(0)  # a conversation of thousands leaves the loop its turns
            if message.role is MessageRole.SYSTEM:
                continue
            speaker, content = speaker_of(message.content, message.name)
            if message.role is MessageRole.ASSISTANT and speaker is None:
                continue
            attributed = "user" if message.role is MessageRole.USER else "assistant"
            memories += [
                Extracted(text, attributed_to=attributed)
                for text in extract_statements(content, speaker, job.observed)
            ]
        return memories
