"""`GET` / `PATCH /api/v1/orgs/organizations/{org_id}/projects/{project_id}/`: a project's
extraction settings (the SDK's `client.project.get()` / `.update()`).

A PATCH publishes one record per field it sets to the compacted project-settings topic
(memstream.contracts.projects) and answers once this replica's table of the topic holds
them; every extractor replica follows the same topic, so the next adds it extracts use
them without a restart. A GET answers from the table. Only the caller's own project
exists: another one is a 404.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from memstream.auth.principals import Principal
from memstream.contracts.errors import ApiError, error_responses
from memstream.contracts.projects import ProjectSettingRecord, ProjectSettings, ProjectUpdateBody
from memstream.kafka.publishing import BrokerUnavailableError, RecordTooLargeError
from memstream.kafka.tables import ProjectSettingsTable
from memstream.observability.logs import get_logger
from memstream.web.handlers import OrjsonResponse, PrincipalDep, read_json_body, request_context
from memstream.web.validation import body_of, validated

from .deps import ProjectsDep, PublisherDep, SettingsDep

__all__ = ["router"]

log = get_logger(__name__)
router = APIRouter(tags=["projects"])

PATH = "/api/v1/orgs/organizations/{org_id}/projects/{project_id}/"
NOT_FOUND = "Project not found."
NO_BROKER = "This query service has no broker (MEMSTREAM_KAFKA_BOOTSTRAP)."
_FIELDS = tuple(ProjectSettings.model_fields)


def _own(principal: Principal, org_id: str, project_id: str) -> None:
    if (org_id, project_id) != (principal.org_id, principal.project_id):
        raise ApiError(404, NOT_FOUND)


def _answer(settings: ProjectSettings, fields: list[str] | None) -> dict[str, Any]:
    shown = settings.model_dump(mode="json")
    if not fields:
        return shown
    unknown = [f for f in fields if f not in _FIELDS]
    if unknown:
        raise ApiError(400, f"Unknown project field(s): {', '.join(u[:64] for u in unknown[:10])}.")
    return {name: shown[name] for name in ("org_id", "project_id", *fields)}


def _table(projects: ProjectSettingsTable | None) -> ProjectSettingsTable:
    if projects is None:
        raise ApiError(503, NO_BROKER)
    return projects


@router.get(PATH, response_model=ProjectSettings, responses=error_responses(400, 401, 404, 503))
async def get_project(
    org_id: str,
    project_id: str,
    principal: PrincipalDep,
    projects: ProjectsDep,
    fields: Annotated[list[str] | None, Query(max_length=10)] = None,
) -> OrjsonResponse:
    """The project's extraction settings: custom_instructions, custom_categories (null:
    Mem0's 15 defaults) and agent_custom_instructions. `fields` picks some of them."""
    _own(principal, org_id, project_id)
    return OrjsonResponse(_answer(_table(projects).get(org_id, project_id), fields))


@router.patch(
    PATH,
    response_model=ProjectSettings,
    openapi_extra=body_of(ProjectUpdateBody),
    responses=error_responses(400, 401, 404, 413, 415, 503),
)
async def update_project(
    request: Request,
    org_id: str,
    project_id: str,
    principal: PrincipalDep,
    settings: SettingsDep,
    publisher: PublisherDep,
    projects: ProjectsDep,
) -> OrjsonResponse:
    """Set some of the project's extraction settings (`null` or `""` clears one). The
    project's adds extracted after the answer use them; an add's own
    custom_instructions / custom_categories / agent_custom_instructions win over them."""
    _own(principal, org_id, project_id)
    raw = await read_json_body(request, settings.http.max_body_bytes)
    body = validated(ProjectUpdateBody, raw)
    if (body.org_id or org_id, body.project_id or project_id) != (org_id, project_id):
        raise ApiError(400, "org_id and project_id in the body must name the path's project.")
    changes = body.changes()
    if not changes:
        raise ApiError(
            400,
            "Nothing to update: set custom_instructions, custom_categories or "
            "agent_custom_instructions.",
        )
    table = _table(projects)
    if publisher is None:
        raise ApiError(503, NO_BROKER)
    now = datetime.now(UTC)
    records = [
        ProjectSettingRecord(
            org_id=org_id, project_id=project_id, field=name, value=value, updated_at=now
        )
        for name, value in changes.items()
    ]
    try:
        positions = await publisher.project_settings(records, request_context(request))
    except RecordTooLargeError as exc:
        raise ApiError(413, "The settings are too large for the queue.") from exc
    except BrokerUnavailableError as exc:
        log.warning("project_settings_not_queued", error=str(exc))
        raise ApiError(503, "The queue is unavailable; retry later.", {"Retry-After": "1"}) from exc
    timeout = settings.query.change_timeout_s
    applied = await asyncio.gather(*(table.table.wait_applied(p, o, timeout) for p, o in positions))
    if not all(applied):
        raise ApiError(
            503,
            f"The settings were saved but not read back within {timeout:g} s; they apply "
            "to the project's next adds. Repeating the update is safe.",
            {"Retry-After": "1"},
        )
    log.info("project_settings_updated", fields=sorted(changes))
    return OrjsonResponse(
        {"message": "Updated project settings", **_answer(table.get(org_id, project_id), None)}
    )
