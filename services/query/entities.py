"""`GET /v1/entities/` and `DELETE /v2/entities/{type}/{name}/`.

The list comes from the entity registry: one point per scope (`kind: scope`) that the
extractor keeps with the count of the scope's live memories, written in the same store
operation as the memories it counts. A listing reads the project's registry entries,
never its memories."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import unquote

from fastapi import APIRouter, Query, Request
from starlette.convertors import Convertor, register_url_convertor

from memstream.contracts.entities import ENTITY_TYPES
from memstream.contracts.errors import ApiError, error_responses
from memstream.contracts.memories import EntityList
from memstream.contracts.mutations import EraseAccepted
from memstream.web.handlers import OrjsonResponse, PrincipalDep, page_link, page_links
from memstream.web.paths import EntityIdPath, EntityTypePath

from .deps import LimiterDep, PublisherDep, ReaderDep
from .erasing import entity_ids, erase
from .shaping import entities_of, entries_of
from .store import stored

__all__ = ["MAX_SCOPES", "router"]

router = APIRouter(tags=["entities"])

MAX_PAGE_SIZE = 10_000
MAX_SCOPES = 100_000  # registry entries one listing reads at most


@router.get("/v1/entities/", response_model=EntityList, responses=error_responses(400, 401, 503))
async def list_entities(
    request: Request,
    principal: PrincipalDep,
    reader: ReaderDep,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 1000,
) -> OrjsonResponse:
    """The users, agents, apps and runs that have memories in the caller's project."""
    org_id, project_id = principal.org_id, principal.project_id
    entries = await stored("scroll", reader.scroll(entries_of(org_id, project_id), MAX_SCOPES))
    entities = entities_of(org_id, project_id, entries)
    next_url, previous_url = page_links(page, page_size, len(entities), page_link(request))
    totals = {kind: sum(1 for e in entities if e["type"] == kind) for kind in ENTITY_TYPES}
    return OrjsonResponse(
        {
            "count": len(entities),
            "next": next_url,
            "previous": previous_url,
            "results": entities[(page - 1) * page_size : page * page_size],
            **{f"total_{kind}s": total for kind, total in totals.items()},
        }
    )


class _AnyText(Convertor[str]):
    """Any text, line breaks too (`:path` is `.*`, which stops at one: an id ending in
    "%0A" matched no route)."""

    regex = r"[\s\S]+"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("any_text", _AnyText())


@router.delete(
    # Any text: routing reads the percent-decoded path, where the SDK's `team%2Falice`
    # became two segments; the handler checks that the id was one raw segment.
    "/v2/entities/{entity_type}/{entity_id:any_text}/",
    response_model=EraseAccepted,
    responses=error_responses(400, 401, 429, 503),
)
async def delete_entity(
    entity_type: EntityTypePath,
    entity_id: EntityIdPath,
    request: Request,
    principal: PrincipalDep,
    publisher: PublisherDep,
    limiter: LimiterDep,
) -> OrjsonResponse:
    """Erase every memory of one user, agent, app or run, in the background: poll the event."""
    if not _one_raw_segment(request, entity_id):
        raise ApiError(404, "Not Found")  # as the router answers a path it does not serve
    field = ENTITY_TYPES.get(entity_type)
    if field is None:
        raise ApiError(400, f"entity type must be one of {', '.join(ENTITY_TYPES)}.")
    event_id = await erase(request, principal, publisher, limiter, entity_ids({field: entity_id}))
    return OrjsonResponse(
        {
            "message": "Entity deletion in progress. This may take some time.",
            "event_id": str(event_id),
        }
    )


def _one_raw_segment(request: Request, entity_id: str) -> bool:
    """Whether `entity_id` is the last segment of the path as sent, percent-decoded: an
    encoded slash ("%2F") stays inside the id, a bare one separates segments."""
    raw: bytes | None = request.scope.get("raw_path")
    if raw is None:  # optional in ASGI; uvicorn sends it
        return True
    segments = raw.partition(b"?")[0].split(b"/")
    return unquote(segments[-2].decode("latin-1")) == entity_id
