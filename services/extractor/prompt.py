"""The one extraction call: its prompt, and its answer read back (pure).

The prompt follows Mem0's v3 additive extraction (`ADDITIVE_EXTRACTION_PROMPT`): the same
sections (Last k Messages, Existing Memories, New Messages, Observation Date) and the
same answer, `{"memory": [{"id", "text", "attributed_to", "linked_memory_ids"}]}`, plus
`categories` per memory, so prompts tuned for Mem0 carry over. Existing memories get short
ids ("0", "1", ...); the answer's `linked_memory_ids` are mapped back to the real ids, and
ids the prompt did not show are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, ValidationError

from memstream.contracts.entities import Message, MessageRole

from .errors import ExtractionFormatError

__all__ = [
    "SYSTEM_PROMPT",
    "Extracted",
    "ExtractionJob",
    "Recent",
    "parse_answer",
    "user_prompt",
]

PAST_MESSAGE_LIMIT = 300  # characters of a past message shown (Mem0's truncation)

SYSTEM_PROMPT = """You extract long-term memories from a conversation. Your only operation is ADD.

Inputs: Last k Messages (earlier messages, to resolve references), Existing Memories (what
is already remembered, as [{"id", "text"}]), New Messages (extract from these only), the
Observation Date (when they were said: resolve every relative date against it, e.g.
"yesterday" -> the day before it), Categories, and optional instructions.

Each memory is one self-contained fact, preference, plan or event, in the third person,
keeping names, titles, numbers and dates ("User's sister Ana moved to Lisbon in May 2025").
Extract from user messages and from named speakers in any role; from an assistant only
recommendations or plans it gave. Nothing from greetings, filler or questions alone (but
facts stated inside a question count). Skip a fact an Existing Memory already states; when
a new memory relates to an existing one, list that memory's id in linked_memory_ids.

Return only JSON:
{"memory": [{"id": "0", "text": "...", "attributed_to": "user", "linked_memory_ids": ["2"],
"categories": ["food"]}]}
ids are "0", "1", ...; attributed_to is "user" for what the user (or a named speaker)
stated, "assistant" for what the assistant provided; categories come from the Categories
list only. Nothing to remember: {"memory": []}."""

AGENT_SUFFIX = """

The memories belong to an AI agent: frame them as what the agent learned or does
("Agent was told that ...", "Agent recommends ...")."""


@dataclass(frozen=True, slots=True)
class Recent:
    """A message of the scope's conversation from an earlier add."""

    role: str
    content: str
    name: str | None = None


@dataclass(frozen=True, slots=True)
class ExtractionJob:
    """Everything the extraction of one add sees."""

    messages: Sequence[Message]
    observed: datetime
    categories: dict[str, str]
    existing: Sequence[tuple[str, str]] = ()  # (memory id, text), most similar first
    recent: Sequence[Recent] = ()
    custom_instructions: str | None = None
    includes: str | None = None
    excludes: str | None = None
    agent_scoped: bool = False


@dataclass(frozen=True, slots=True)
class Extracted:
    """One memory the extraction returned."""

    text: str
    attributed_to: str | None = None
    linked_memory_ids: tuple[str, ...] = ()
    categories: tuple[str, ...] | None = field(default=None)  # None: to be assigned offline


def _speaker(role: str, name: str | None) -> str:
    return f"{role} [{name}]" if name else role


def _line(role: str, name: str | None, content: str, limit: int | None = None) -> str:
    text = " ".join(content.split())
    if limit is not None and len(text) > limit:
        text = text[:limit] + "..."
    return f"{_speaker(role, name)}: {text}"


def user_prompt(job: ExtractionJob) -> str:
    """The user message of the call: Mem0's sections, then ours."""
    recent = "\n".join(_line(m.role, m.name, m.content, PAST_MESSAGE_LIMIT) for m in job.recent)
    existing = [{"id": str(i), "text": text} for i, (_, text) in enumerate(job.existing)]
    new = "\n".join(
        _line(m.role.value, m.name, m.content)
        for m in job.messages
        if m.role is not MessageRole.SYSTEM
    )
    observed = job.observed
    sections = [
        f"## Last k Messages\n{recent}",
        f"## Existing Memories\n{orjson.dumps(existing).decode()}",
        f"## New Messages\n{new}",
        f"## Observation Date\n{observed.date().isoformat()} ({observed:%A}, {observed:%H:%M} "
        f"{observed.tzname()})",
        "## Categories\n" + "\n".join(f"- {n}: {d}" for n, d in job.categories.items()),
    ]
    optional = (
        ("Includes (remember only this)", job.includes),
        ("Excludes (never remember this)", job.excludes),
        ("Custom Instructions", job.custom_instructions),
    )
    sections += [f"## {title}\n{text}" for title, text in optional if text]
    sections.append("# Output:")
    return "\n\n".join(sections)


def system_prompt(job: ExtractionJob) -> str:
    return SYSTEM_PROMPT + (AGENT_SUFFIX if job.agent_scoped else "")


class _Item(BaseModel):
    model_config = ConfigDict(extra="ignore")

    text: str
    attributed_to: str | None = None
    linked_memory_ids: list[str | int] | None = None
    categories: list[str] | str | None = None


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    memory: list[_Item]


def _categories(given: list[str] | str | None, allowed: dict[str, str]) -> tuple[str, ...] | None:
    """The answer's categories that the prompt listed (by name, any case); None when it
    named none of them (then they are assigned without the LLM)."""
    if given is None:
        return None
    names = [given] if isinstance(given, str) else given
    by_lower = {name.lower(): name for name in allowed}
    found = [by_lower[n.strip().lower()] for n in names if n.strip().lower() in by_lower]
    return tuple(dict.fromkeys(found)) or None


def _extracted(item: _Item, job: ExtractionJob) -> Extracted | None:
    text = item.text.strip()
    if not text:
        return None
    shown = {str(i): memory_id for i, (memory_id, _) in enumerate(job.existing)}
    linked = [
        shown[str(i).strip()] for i in item.linked_memory_ids or [] if str(i).strip() in shown
    ]
    attributed = (item.attributed_to or "").strip().lower()
    return Extracted(
        text=text,
        attributed_to=attributed if attributed in ("user", "assistant") else "user",
        linked_memory_ids=tuple(dict.fromkeys(linked)),
        categories=_categories(item.categories, job.categories),
    )


def parse_answer(content: str | None, job: ExtractionJob) -> list[Extracted]:
    """The memories of an LLM answer; raises ExtractionFormatError naming what was wrong."""
    if not content:
        raise ExtractionFormatError("the LLM returned an empty answer")
    try:
        parsed: Any = orjson.loads(content)
        answer = _Answer.model_validate(parsed)
    except orjson.JSONDecodeError:
        raise ExtractionFormatError("the LLM answer is not valid JSON") from None
    except ValidationError:
        raise ExtractionFormatError(
            'the LLM answer is not of the form {"memory": [{"text": string, ...}, ...]}'
        ) from None
    return [e for e in (_extracted(item, job) for item in answer.memory) if e is not None]
