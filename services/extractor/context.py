"""What an add's extraction sees of its scope, and what it leaves for the next (pure).

- the scope's memories most similar to the new messages, among those added *before* the
  add's record (by position on its partition): a record processed again (a crash, a
  rebalance) sees the memories it saw the first time, not the ones it stored itself;
- the last messages of the scope's conversation, kept on a point of their own (id: the
  scope's key) in the memories collection. There every extractor replica reads them, they
  survive a restart and a partition moving to another consumer, an erasure removes them
  with the scope's memories, and an add reads and writes them in the store calls it makes
  anyway. Each message keeps its record's position, so a record processed again is shown
  the messages before it, not its own;
- the observation date: the add's timestamp, else its receive time, in its time zone.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from qdrant_client import models

from memstream.contracts import payload as fields
from memstream.contracts.entities import MessageRole
from memstream.contracts.events import SourcePosition
from memstream.contracts.requests import AddRequest

from .prompt import Recent

__all__ = [
    "KEPT_MESSAGES",
    "MESSAGE_LIMIT",
    "conversation_messages",
    "memories_before",
    "observation",
    "recent_before",
]

MESSAGE_LIMIT = 300  # characters of a message kept for later extractions (Mem0 shows 300)
# Messages a conversation point keeps: twice what an extraction is shown, so that a record
# processed again after later adds of its scope still finds the messages before it.
KEPT_MESSAGES = 20


def _equals(key: str, value: str | int) -> models.FieldCondition:
    return models.FieldCondition(key=key, match=models.MatchValue(value=value))


# A scope's conditions are the same for each of its adds: built once (pydantic models cost
# ~10 us each, and an add's filter has a dozen). They are never mutated, so shared.
@functools.lru_cache(maxsize=4096)
def _scope(
    org_id: str, project_id: str, entities: tuple[tuple[str, str | None], ...]
) -> tuple[models.Condition, ...]:
    """The exact scope: its org, project and entity ids, and no others (the requests of one
    scope are processed in order, so what it sees is what came before it)."""
    must: list[models.Condition] = [
        _equals(fields.ORG_ID, org_id),
        _equals(fields.PROJECT_ID, project_id),
    ]
    for name, value in entities:
        if value is None:
            must.append(models.IsEmptyCondition(is_empty=models.PayloadField(key=name)))
        else:
            must.append(_equals(name, value))
    return tuple(must)


@functools.cache
def _hidden() -> models.FieldCondition:
    return models.FieldCondition(
        key=fields.KIND, match=models.MatchAny(any=list(fields.HIDDEN_KINDS))
    )


def memories_before(record: AddRequest, source: SourcePosition) -> models.Filter:
    """The scope's live, unexpired memories added before `source`."""
    added_since = models.Filter(
        must=[
            _equals(fields.ADDED_PARTITION, source.partition),
            models.FieldCondition(key=fields.ADDED_OFFSET, range=models.Range(gte=source.offset)),
        ]
    )
    expired = models.FieldCondition(
        key=fields.EXPIRATION_TS, range=models.Range(lte=record.received_at.timestamp())
    )
    scope = _scope(record.org_id, record.project_id, tuple(record.entity_values().items()))
    # Every part is a model already: the outer filter need not validate them again.
    return models.Filter.model_construct(
        must=list(scope), must_not=[_hidden(), added_since, expired]
    )


def _later(entry: dict[str, Any], source: SourcePosition) -> bool:
    """Whether a kept message came from `source` or a record after it on its partition."""
    return entry.get("partition") == source.partition and entry.get("offset", -1) >= source.offset


def recent_before(
    conversation: dict[str, Any] | None, source: SourcePosition, limit: int
) -> list[Recent]:
    """The last `limit` messages of the conversation from records before `source`."""
    kept = [e for e in fields.conversation_of(conversation) if not _later(e, source)]
    return [
        Recent(str(e.get("role", "user")), str(e.get("content", "")), e.get("name"))
        for e in kept[-limit:]
        if limit > 0
    ]


def conversation_messages(
    conversation: dict[str, Any] | None, record: AddRequest, source: SourcePosition
) -> list[dict[str, Any]]:
    """The conversation's messages once `record` (at `source`) is in: its own in their
    place (a record processed again replaces what it wrote), the last KEPT_MESSAGES."""
    entries = [
        e
        for e in fields.conversation_of(conversation)
        if not (e.get("partition") == source.partition and e.get("offset") == source.offset)
    ]
    before = [e for e in entries if not _later(e, source)]
    after = [e for e in entries if _later(e, source)]
    own = [
        {
            "role": m.role.value,
            "content": " ".join(m.content.split())[:MESSAGE_LIMIT],
            **({"name": m.name} if m.name else {}),
            "partition": source.partition,
            "offset": source.offset,
        }
        for m in record.messages[-KEPT_MESSAGES:]
        if m.role is not MessageRole.SYSTEM and m.content.strip()
    ]
    return [*before, *own, *after][-KEPT_MESSAGES:]


def observation(record: AddRequest) -> datetime:
    """When the conversation took place, in its time zone: what relative dates mean."""
    at = fields.created_at(record)
    return at.astimezone(ZoneInfo(record.timezone) if record.timezone else UTC)
