"""What a search's or a listing's options ask for (pure): the filters with the entity ids
older SDKs send at the top level, the store filter with the top-level options folded in,
the instant expiry is judged at, and the shape of the answer."""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

import orjson
from qdrant_client import models
from starlette.datastructures import QueryParams

from memstream.contracts import payload as fields
from memstream.contracts.entities import ENTITY_FIELDS
from memstream.contracts.errors import ApiError
from memstream.contracts.memories import MEMORY_FIELDS, ListBody, OutputFormat, SearchBody
from memstream.web.validation import refuse_repeated_params

from .errors import FilterError
from .filters import translate

__all__ = [
    "checked_fields",
    "expiry_instant",
    "legacy_filters",
    "query_body",
    "reject_top_level_ids",
    "results",
    "shaped",
    "store_filter",
]

_DAY_S = 86_400.0


def reject_top_level_ids(raw: object) -> None:
    """The v3 paths take entity ids in `filters` only (as Mem0's v3 does)."""
    if not isinstance(raw, dict):
        return
    for name in ENTITY_FIELDS:
        if raw.get(name) is not None:
            raise ApiError(
                400,
                f"{name} is not accepted at the top level: pass it in filters, "
                f'e.g. {{"filters": {{"{name}": "..."}}}}.',
            )


def legacy_filters(raw: object) -> object:
    """The body of an older SDK's read (`/v1/`, `/v2/` paths) with its top-level entity
    ids moved into `filters`, ANDed with any filters it sent."""
    if not isinstance(raw, dict):
        return raw
    body = dict(raw)
    ids = {name: body.pop(name) for name in ENTITY_FIELDS if body.get(name) is not None}
    body = {k: v for k, v in body.items() if k not in ENTITY_FIELDS}
    if not ids:
        return body
    given = body.get("filters")
    body["filters"] = {"AND": [given, ids]} if given else ids
    return body


_LISTS = ("fields",)
_BOOLEANS = ("show_expired", "latest_only")
_NUMBERS = ("page", "page_size")
_OBJECTS = ("metadata", "filters")


def _parameter(name: str, values: list[str]) -> Any:
    """One query parameter as the JSON body would carry it."""
    if name in _LISTS:  # repeated (`fields=a&fields=b`) or comma-separated
        return [item for value in values for item in value.split(",") if item]
    value = values[0]  # the only one (`query_body`)
    if name in _BOOLEANS and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if name in _NUMBERS and value.isascii() and value.isdigit() and len(value) < 10:
        return int(value)
    if name in _OBJECTS:
        try:
            return orjson.loads(value)
        except orjson.JSONDecodeError:
            raise ApiError(400, f"{name}: the query parameter is not JSON.") from None
    return value


def query_body(params: QueryParams) -> dict[str, Any]:
    """`GET /v1/memories/`'s query string as the body of a listing (the 0.1.x SDK's
    get_all): entity ids, `metadata` as JSON, `fields` repeated or comma-separated; any
    other parameter given twice is a 400 (not its last value)."""
    refuse_repeated_params([name for name, _ in params.multi_items()], _LISTS)
    return {name: _parameter(name, params.getlist(name)) for name in params}


def _instant(value: str | int | float, name: str, *, day_end: bool = False) -> float:
    """Unix seconds of a date (its start, or its end with `day_end`), an ISO datetime or
    unix seconds; a 400 naming `name` otherwise."""
    try:
        if isinstance(value, str) and len(value) == 10:
            day = datetime.combine(date.fromisoformat(value), datetime.min.time(), UTC)
            return day.timestamp() + (_DAY_S if day_end else 0.0)
        if isinstance(value, str):
            moment = datetime.fromisoformat(value)
            return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
        seconds = float(value)
    except (ValueError, OverflowError):
        raise ApiError(
            400,
            f"{name}: {str(value)[:50]!r} is not a date (YYYY-MM-DD), an ISO datetime or "
            "unix seconds.",
        ) from None
    if not math.isfinite(seconds) or abs(seconds) > 1e15:
        raise ApiError(400, f"{name}: {value} is out of range.")
    return seconds


def expiry_instant(body: SearchBody | ListBody) -> float | None:
    """When expiry is judged: None (expired memories shown), the search's
    `reference_date`, or now."""
    if body.show_expired:
        return None
    reference = getattr(body, "reference_date", None)
    return time.time() if reference is None else _instant(reference, "reference_date")


def _translated(filters: object, where: str) -> models.Filter:
    try:
        return translate(filters, where)
    except FilterError as exc:
        raise ApiError(400, f"Invalid {where}: {exc}.") from None


def _option(filters: dict[str, Any]) -> models.Filter:
    """A top-level option as the filter it means, e.g. `metadata` as filters.metadata."""
    return _translated(filters, "body")


def _created(body: ListBody) -> list[models.Condition]:
    bounds: dict[str, float] = {}
    if body.start_date is not None:
        bounds["gte"] = _instant(body.start_date, "start_date")
    if body.end_date is not None:
        end_is_day = isinstance(body.end_date, str) and len(body.end_date) == 10
        end = _instant(body.end_date, "end_date", day_end=end_is_day)
        bounds["lt" if end_is_day else "lte"] = end
    if not bounds:
        return []
    return [models.FieldCondition(key=fields.CREATED_AT_TS, range=models.Range(**bounds))]


def store_filter(body: SearchBody | ListBody) -> models.Filter:
    """`filters` and the top-level options that narrow them (`metadata`, `categories`, and
    for a listing `keywords`, `start_date`, `end_date`), ANDed."""
    filters = _translated(body.filters, "filters")
    must: list[models.Condition] = []
    if body.metadata is not None:
        must.append(_option({"metadata": body.metadata}))
    if body.categories is not None:
        must.append(_option({"categories": {"in": body.categories}}))
    if isinstance(body, ListBody) and body.keywords is not None:
        must.append(_option({"keywords": {"icontains": body.keywords}}))
    if isinstance(body, ListBody):
        must.extend(_created(body))
    return models.Filter(must=[filters, *must]) if must else filters


def checked_fields(names: Sequence[str] | None) -> tuple[str, ...] | None:
    """The `fields` a caller asked for, or a 400 naming those memories do not have."""
    if names is None:
        return None
    unknown = [name for name in names if name not in MEMORY_FIELDS]
    if unknown:
        raise ApiError(
            400,
            f"fields: unknown field(s) {', '.join(repr(n[:50]) for n in unknown[:10])}; a "
            f"memory has {', '.join(MEMORY_FIELDS)}.",
        )
    return tuple(dict.fromkeys(names))


def shaped(memories: list[dict[str, Any]], kept: tuple[str, ...] | None) -> list[dict[str, Any]]:
    """The memories with only the `kept` fields (all when None)."""
    if kept is None:
        return memories
    return [{name: memory[name] for name in kept if name in memory} for memory in memories]


def results(memories: list[dict[str, Any]], output_format: OutputFormat | None) -> Any:
    """A search's answer: `{"results": [...]}`, or the bare list for `v1.0`."""
    return memories if output_format == "v1.0" else {"results": memories}
