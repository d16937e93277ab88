"""`PUT`/`DELETE /v1/memories/{id}/`, `PUT`/`DELETE /v1/batch/` and `DELETE /v1/memories/`.

A change is published under its memory's scope key and answered once the memory's point
shows it (bounded; past it a 503, and the change stays queued: it is still applied, in
order, and repeating it is safe). An erasure (`DELETE /v1/memories/`) answers at once
with an event id to poll.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Query, Request

from memstream.auth.principals import Principal
from memstream.contracts import payload
from memstream.contracts.errors import ApiError, error_responses
from memstream.contracts.mutations import (
    BatchDeleteBody,
    BatchUpdateBody,
    DeleteRecord,
    EraseAccepted,
    MemoryUpdate,
    MessageAnswer,
    UpdatedMemory,
    UpdateRecord,
)
from memstream.kafka.publishing import BrokerUnavailableError, RecordTooLargeError
from memstream.observability.logs import get_logger
from memstream.settings import Settings
from memstream.store.base import Found, VectorStore
from memstream.web.handlers import OrjsonResponse, PrincipalDep, read_json_body, request_context
from memstream.web.paths import MemoryIdPath
from memstream.web.validation import body_of, validated

from .deps import LimiterDep, PublisherDep, ReaderDep, SettingsDep
from .erasing import entity_ids, erase
from .publisher import ChangePublisher
from .shaping import scope_of, scoped, updated_memory
from .store import stored
from .waiting import Outcome, Pending, wait_applied

__all__ = ["router"]

log = get_logger(__name__)
router = APIRouter(tags=["memories"])

NOT_FOUND = "Memory not found!"
Change = UpdateRecord | DeleteRecord
BatchT = TypeVar("BatchT", BatchUpdateBody, BatchDeleteBody)


def _memory_id(raw: str) -> str:
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        raise ApiError(400, f"memory_id must be a UUID, not {raw[:64]!r}.") from None


async def _owned(
    reader: VectorStore, principal: Principal, ids: Sequence[str], batch: bool = False
) -> dict[str, Found]:
    """The caller's live memories among `ids`; 404 (naming those of a batch) for others."""
    where = scoped(None, principal.org_id, principal.project_id, now=None, point_ids=ids)
    found = {f.id: f for f in await stored("scroll", reader.scroll(where, len(ids)))}
    missing = [i for i in dict.fromkeys(ids) if i not in found]
    if missing:
        detail = f"Memories not found: {', '.join(missing[:20])}." if batch else NOT_FOUND
        raise ApiError(404, detail)
    return found


async def _batch(
    request: Request,
    principal: Principal,
    reader: VectorStore,
    settings: Settings,
    model: type[BatchT],
) -> tuple[BatchT, dict[str, Found]]:
    """A batch's body, and its memories (all the caller's, or a 404 naming the others)."""
    body = validated(model, await read_json_body(request, settings.http.max_body_bytes))
    found = await _owned(reader, principal, [str(m.memory_id) for m in body.memories], True)
    return body, found


def _mutable(found: dict[str, Found]) -> None:
    frozen = [i for i, f in found.items() if f.payload.get(payload.IMMUTABLE)]
    if frozen:
        raise ApiError(400, f"Immutable memories cannot be updated: {', '.join(frozen[:20])}.")


def _fields(principal: Principal) -> dict[str, Any]:
    return {
        "event_id": uuid.uuid4(),
        "org_id": principal.org_id,
        "project_id": principal.project_id,
        "received_at": datetime.now(UTC),
    }


async def _apply(
    request: Request,
    publisher: ChangePublisher | None,
    reader: VectorStore,
    timeout_s: float,
    changes: list[tuple[Change, Found]],
) -> list[Outcome]:
    """Publish the changes and wait until each is applied (or its memory is gone)."""
    if publisher is None:
        raise ApiError(503, "This query service has no broker (MEMSTREAM_KAFKA_BOOTSTRAP).")
    try:
        await publisher.change([(c, scope_of(f)) for c, f in changes], request_context(request))
    except RecordTooLargeError as exc:
        raise ApiError(413, "The change is too large for the queue.") from exc
    except BrokerUnavailableError as exc:
        log.warning("change_not_queued", error=str(exc))
        raise ApiError(503, "The queue is unavailable; retry later.", {"Retry-After": "1"}) from exc
    pending = [Pending(str(c.memory_id), str(c.event_id)) for c, _ in changes]
    outcomes = await wait_applied(reader, pending, timeout_s)
    if outcomes is None:
        raise ApiError(
            503,
            f"The change was queued but not applied within {timeout_s:g} s; it will still be "
            "applied, in order. Repeating it is safe.",
            {"Retry-After": "1"},
        )
    return outcomes


@router.put(
    "/v1/memories/{memory_id}/",
    response_model=UpdatedMemory,
    openapi_extra=body_of(MemoryUpdate),
    responses=error_responses(400, 401, 404, 413, 415, 503),
)
async def update_memory(
    memory_id: MemoryIdPath,
    request: Request,
    principal: PrincipalDep,
    reader: ReaderDep,
    publisher: PublisherDep,
    settings: SettingsDep,
) -> OrjsonResponse:
    """Change a memory's text (re-embedded), metadata, timestamp or expiration date."""
    memory = _memory_id(memory_id)
    raw = await read_json_body(request, settings.http.max_body_bytes)
    update = validated(MemoryUpdate, raw)
    found = await _owned(reader, principal, [memory])
    _mutable(found)
    record = UpdateRecord(**_fields(principal), memory_id=memory, update=update)
    timeout = settings.query.change_timeout_s
    [done] = await _apply(request, publisher, reader, timeout, [(record, found[memory])])
    if done is Outcome.GONE:
        raise ApiError(404, NOT_FOUND)
    now = await stored("retrieve", reader.retrieve([memory]))
    return OrjsonResponse(updated_memory(now[0]))


@router.delete(
    "/v1/memories/{memory_id}/",
    response_model=MessageAnswer,
    responses=error_responses(400, 401, 404, 503),
)
async def delete_memory(
    memory_id: MemoryIdPath,
    request: Request,
    principal: PrincipalDep,
    reader: ReaderDep,
    publisher: PublisherDep,
    settings: SettingsDep,
    delete_linked: Annotated[bool, Query(description="memstream links no memories")] = False,
) -> OrjsonResponse:
    """Delete a memory; its history stays readable."""
    memory = _memory_id(memory_id)
    found = await _owned(reader, principal, [memory])
    record = DeleteRecord(**_fields(principal), memory_id=memory)
    timeout = settings.query.change_timeout_s
    await _apply(request, publisher, reader, timeout, [(record, found[memory])])
    return OrjsonResponse({"message": "Memory deleted successfully!"})


@router.put(
    "/v1/batch/",
    response_model=MessageAnswer,
    openapi_extra=body_of(BatchUpdateBody),
    responses=error_responses(400, 401, 404, 413, 415, 503),
)
async def batch_update(
    request: Request,
    principal: PrincipalDep,
    reader: ReaderDep,
    publisher: PublisherDep,
    settings: SettingsDep,
) -> OrjsonResponse:
    """Update up to 1000 memories; each change is applied whole, in order with its scope."""
    body, found = await _batch(request, principal, reader, settings, BatchUpdateBody)
    _mutable(found)
    changes: list[tuple[Change, Found]] = [
        (
            UpdateRecord(**_fields(principal), memory_id=m.memory_id, update=m),
            found[str(m.memory_id)],
        )
        for m in body.memories
    ]
    outcomes = await _apply(request, publisher, reader, settings.query.change_timeout_s, changes)
    gone = [
        str(c.memory_id) for (c, _), o in zip(changes, outcomes, strict=True) if o is Outcome.GONE
    ]
    if gone:
        raise ApiError(404, f"Deleted before the update reached them: {', '.join(gone[:20])}.")
    return OrjsonResponse({"message": f"Successfully updated {len(changes)} memories"})


@router.delete(
    "/v1/batch/",
    response_model=MessageAnswer,
    openapi_extra=body_of(BatchDeleteBody),
    responses=error_responses(400, 401, 404, 413, 415, 503),
)
async def batch_delete(
    request: Request,
    principal: PrincipalDep,
    reader: ReaderDep,
    publisher: PublisherDep,
    settings: SettingsDep,
) -> OrjsonResponse:
    """Delete up to 1000 memories."""
    body, found = await _batch(request, principal, reader, settings, BatchDeleteBody)
    changes: list[tuple[Change, Found]] = [
        (DeleteRecord(**_fields(principal), memory_id=m.memory_id), found[str(m.memory_id)])
        for m in body.memories
    ]
    await _apply(request, publisher, reader, settings.query.change_timeout_s, changes)
    return OrjsonResponse({"message": f"Successfully deleted {len(changes)} memories"})


@router.delete(
    "/v1/memories/",
    response_model=EraseAccepted,
    responses=error_responses(400, 401, 429, 503),
)
async def delete_all_memories(
    request: Request,
    principal: PrincipalDep,
    publisher: PublisherDep,
    limiter: LimiterDep,
    user_id: str | None = None,
    agent_id: str | None = None,
    app_id: str | None = None,
    run_id: str | None = None,
) -> OrjsonResponse:
    """Erase every memory of the given entity ids (all of them match), in the background:
    poll the event. At least one id: a whole project is never erased at once."""
    given = {"user_id": user_id, "agent_id": agent_id, "app_id": app_id, "run_id": run_id}
    entities = entity_ids({k: v for k, v in given.items() if v is not None})
    if not entities.has_entity():
        raise ApiError(
            400, "delete_all needs user_id, agent_id, app_id or run_id (all given ones match)."
        )
    event_id = await erase(request, principal, publisher, limiter, entities)
    return OrjsonResponse(
        {"message": "Delete in progress. This may take some time.", "event_id": str(event_id)}
    )
