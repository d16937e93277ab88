"""Checking what a caller sent: bodies validated with unsupported fields named in a 400
(a field memstream accepts, it honours), query parameters it does not know refused."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, TypeVar

from fastapi import Request
from pydantic import BaseModel, ValidationError

from memstream.contracts.errors import ApiError

__all__ = ["body_of", "refuse_unknown_params", "validated"]

ModelT = TypeVar("ModelT", bound=BaseModel)

# Sent by the SDK on every call and answered from the API key instead.
_IGNORED_PARAMS = frozenset({"org_id", "project_id"})


def body_of(model: type[BaseModel]) -> dict[str, Any]:
    """The OpenAPI request body of a route that reads its JSON itself."""
    schema = model.model_json_schema()
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def validated(model: type[ModelT], raw: Any) -> ModelT:
    """`raw` as `model`; fields it does not have are a 400 naming them (a misspelt field
    is one), other errors too (the app answers every invalid request with a 400)."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        extra = [e for e in exc.errors() if e["type"] == "extra_forbidden"]
        if extra:
            names = ", ".join(".".join(str(p) for p in e["loc"]) for e in extra[:10])
            raise ApiError(400, f"Unsupported field(s): {names}.") from None
        raise


def refuse_unknown_params(request: Request, known: Collection[str]) -> None:
    unknown = [k for k in request.query_params if k not in known and k not in _IGNORED_PARAMS]
    if unknown:
        raise ApiError(400, f"Unsupported query parameter(s): {', '.join(unknown[:10])}.")
