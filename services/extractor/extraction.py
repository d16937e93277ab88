"""Memory extraction behind one interface: OpenAI-compatible LLM, rules, or verbatim."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import openai
import orjson
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam
from pydantic import BaseModel, ConfigDict, ValidationError

from memstream.contracts.entities import Message, MessageRole
from memstream.llm.errors import UpstreamError
from memstream.observability import metrics, tracing

from .errors import ExtractionFormatError
from .rules import extract_statements

__all__ = [
    "Extractor",
    "OpenAIExtractor",
    "RuleBasedExtractor",
    "parse_extraction",
    "verbatim_memories",
]

SYSTEM_PROMPT = """You extract long-term memories from a conversation.
Return only JSON: {"memories": ["...", "..."]}.
Each memory is one short, self-contained fact about the user or their world, written in
the third person ("User lives in Paris"). Only facts stated by the user; nothing from
questions, greetings or the assistant's own suggestions. No facts: {"memories": []}."""


class Extractor(Protocol):
    async def extract(
        self, messages: Sequence[Message], custom_instructions: str | None
    ) -> list[str]: ...


class _ExtractionAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")
    memories: list[str]


def parse_extraction(content: str | None) -> list[str]:
    """The memories of an LLM answer; raises ExtractionFormatError naming what was wrong."""
    if not content:
        raise ExtractionFormatError("the LLM returned an empty answer")
    try:
        answer = _ExtractionAnswer.model_validate(orjson.loads(content))
    except orjson.JSONDecodeError:
        raise ExtractionFormatError("the LLM answer is not valid JSON") from None
    except ValidationError:
        raise ExtractionFormatError(
            'the LLM answer is not of the form {"memories": [string, ...]}'
        ) from None
    return [m.strip() for m in answer.memories if m.strip()]


def verbatim_memories(messages: Sequence[Message]) -> list[str]:
    """`infer=false`: each user and assistant message as it is; system messages skipped."""
    return [
        m.content.strip()
        for m in messages
        if m.role is not MessageRole.SYSTEM and m.content.strip()
    ]


def _transcript(messages: Sequence[Message]) -> str:
    return "\n".join(f"{m.role.value}: {m.content}" for m in messages)


class OpenAIExtractor:
    """One chat call with JSON output; a malformed answer is asked again once."""

    def __init__(self, client: openai.AsyncOpenAI, model: str) -> None:
        self._client = client
        self._model = model

    async def extract(
        self, messages: Sequence[Message], custom_instructions: str | None
    ) -> list[str]:
        system = SYSTEM_PROMPT
        if custom_instructions:
            system += f"\n\nAdditional instructions from the project:\n{custom_instructions}"
        prompt: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": system},
            {"role": "user", "content": _transcript(messages)},
        ]
        for attempt in range(2):
            content = await self._complete(prompt)
            try:
                return parse_extraction(content)
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
        try:
            # `post` rather than `chat.completions.create`: the same request, retries and
            # errors, without the SDK's per-call parameter transform (a quarter of our CPU).
            with tracing.span("llm chat", tracing.SpanKind.CLIENT):
                async with metrics.observe_upstream("llm", "chat"):
                    response = await self._client.post(
                        "/chat/completions", body=body, cast_to=ChatCompletion
                    )
        except openai.APIStatusError as exc:
            raise UpstreamError(f"LLM call failed with HTTP {exc.status_code}") from exc
        except openai.APIError as exc:
            raise UpstreamError(f"LLM call failed: {type(exc).__name__}") from exc
        if not response.choices:
            return None
        content: str | None = response.choices[0].message.content
        return content


class RuleBasedExtractor:
    async def extract(
        self, messages: Sequence[Message], custom_instructions: str | None
    ) -> list[str]:
        memories: list[str] = []
        for message in messages:
            if message.role is MessageRole.USER:
                memories.extend(extract_statements(message.content))
        return memories
