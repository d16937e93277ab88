"""Checking what a caller sent: bodies validated with unsupported fields named in a 400
(a field memstream accepts, it honours; `memstream.web.handlers.validated`), query
parameters it does not know refused."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from fastapi import Request
from pydantic import BaseModel

from memstream.contracts.errors import ApiError
from memstream.web.handlers import validated

__all__ = ["body_of", "refuse_unknown_params", "validated"]

# Sent by the SDK on every call and answered from the API key instead.
_IGNORED_PARAMS = frozenset({"org_id", "project_id"})


def body_of(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI request body of a route that reads its JSON itself."""
    schema = model.model_json_schema()
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def refuse_unknown_params(request: Request, known: Collection[str]) -> None:
    unknown = [k for k in request.query_params if k not in known and k not in _IGNORED_PARAMS]
    if unknown:
        raise ApiError(400, f"Unsupported query parameter(s): {', '.join(unknown[:10])}.")
