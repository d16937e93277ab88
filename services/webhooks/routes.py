"""Mem0's webhook API: `GET`/`POST api/v1/webhooks/projects/{project_id}/`,
`PUT`/`DELETE api/v1/webhooks/{webhook_id}/`, and `GET api/v1/webhooks/{webhook_id}/deliveries/`
(recent attempts: status code, latency, error)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from memstream.contracts.errors import error_responses
from memstream.contracts.webhooks import (
    Attempt,
    WebhookCreate,
    WebhookCreated,
    WebhookPublic,
    WebhookUpdate,
)
from memstream.web.handlers import OrjsonResponse, PrincipalDep, read_json_body
from memstream.web.validation import body_of, validated

from .deps import AdminDep

__all__ = ["router"]

router = APIRouter(tags=["webhooks"])

MAX_BODY_BYTES = 16 * 1024
ProjectId = Annotated[str, Path(min_length=1, max_length=200)]
WebhookId = Annotated[str, Path(min_length=1, max_length=100)]
_ERRORS = error_responses(400, 401, 403, 404, 413, 415, 503)


class WebhookUpdated(WebhookPublic):
    message: str


@router.get(
    "/api/v1/webhooks/projects/{project_id}/",
    responses={200: {"model": list[WebhookPublic]}, **_ERRORS},
)
async def list_webhooks(project_id: ProjectId, principal: PrincipalDep, admin: AdminDep) -> Any:
    found = await admin.listed(principal, project_id)
    return OrjsonResponse([w.model_dump(mode="json") for w in found])


@router.post(
    "/api/v1/webhooks/projects/{project_id}/",
    status_code=201,
    responses={201: {"model": WebhookCreated}, **_ERRORS},
    openapi_extra=body_of(WebhookCreate),
)
async def create_webhook(
    project_id: ProjectId, request: Request, principal: PrincipalDep, admin: AdminDep
) -> Response:
    """A webhook for the project; its signing `secret` is in this answer only."""
    body = validated(WebhookCreate, await read_json_body(request, MAX_BODY_BYTES))
    created = await admin.create(principal, project_id, body)
    return OrjsonResponse(created.model_dump(mode="json"), status_code=201)


@router.put(
    "/api/v1/webhooks/{webhook_id}/",
    responses={200: {"model": WebhookUpdated}, **_ERRORS},
    openapi_extra=body_of(WebhookUpdate),
)
async def update_webhook(
    webhook_id: WebhookId, request: Request, principal: PrincipalDep, admin: AdminDep
) -> Response:
    body = validated(WebhookUpdate, await read_json_body(request, MAX_BODY_BYTES))
    return OrjsonResponse(await admin.update(principal, webhook_id, body))


@router.delete("/api/v1/webhooks/{webhook_id}/", responses=_ERRORS)
async def delete_webhook(webhook_id: WebhookId, principal: PrincipalDep, admin: AdminDep) -> Any:
    return OrjsonResponse(await admin.delete(principal, webhook_id))


@router.get(
    "/api/v1/webhooks/{webhook_id}/deliveries/",
    responses={200: {"model": list[Attempt]}, **_ERRORS},
)
async def list_attempts(webhook_id: WebhookId, principal: PrincipalDep, admin: AdminDep) -> Any:
    """The webhook's recent delivery attempts, newest first (shown within about a second)."""
    return OrjsonResponse(await admin.attempts(principal, webhook_id))
