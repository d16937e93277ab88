"""Mem0's filter language → a Qdrant filter (pure).

    {"AND": [{"user_id": "alice"}, {"created_at": {"gte": "2026-01-01"}}]}
    {"OR": [{"user_id": "alice"}, {"agent_id": {"in": ["a", "b"]}}]}
    {"user_id": "alice", "NOT": [{"metadata": {"topic": "spam"}}]}

A filter is an object whose keys are ANDed: `AND` / `OR` / `NOT` (lists of filters)
and field keys (`user_id`, `agent_id`, `app_id`, `run_id`, `created_at`, `updated_at`,
`metadata`). A field takes a value (equality), `"*"` (any non-null value) or an object
of operators (`eq, ne, in, gt, gte, lt, lte, contains, icontains`, ANDed). Anything
else raises `FilterError` with a message fit for a 400.

Mem0's other keys:
- `memory_ids`: a list of ids (or `in` / `eq` / `ne`);
- `keywords`: text in the memory (`contains`; `icontains` or a bare string: any case);
- `text`: the memory's whole text (`eq`, `ne`, `in`), or text in it (`contains`,
  `icontains`);
- `timestamp`: the memory's time, as `created_at` (an add's `timestamp` sets it);
- a date (`YYYY-MM-DD`) on `created_at`, `updated_at` or `timestamp` is its whole UTC day:
  `eq` it, `gte` / `lt` its start, `lte` / `gt` its end;
- `expiration_date`: a date (`YYYY-MM-DD`) compared with the memory's expiration date
  (`eq ne gt gte lt lte`, `"*"`: has one); a memory without one matches only `ne`.
- `categories` (a list on each memory) takes `in` (any of the names) and `contains`
  (that name), as in Mem0: `{"categories": {"in": ["food", "travel"]}}`.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from qdrant_client import models

from memstream.contracts import payload as fields
from memstream.contracts.entities import ENTITY_FIELDS
from memstream.contracts.ids import content_hash

from .errors import FilterError

__all__ = ["ALLOWED_KEYS", "MAX_FILTER_DEPTH", "OPERATORS", "WILDCARD", "translate"]

TIME_KEYS = {fields.CREATED_AT: fields.CREATED_AT_TS, fields.UPDATED_AT: fields.UPDATED_AT_TS}
TIME_KEYS["timestamp"] = fields.CREATED_AT_TS  # an add's `timestamp` sets created_at
MEMORY_IDS, KEYWORDS, TEXT = "memory_ids", "keywords", "text"
CONTENT_KEYS = (MEMORY_IDS, KEYWORDS, TEXT, fields.EXPIRATION_DATE)
ALLOWED_KEYS = (*ENTITY_FIELDS, *TIME_KEYS, fields.METADATA, *CONTENT_KEYS, fields.CATEGORIES)
LOGICAL = ("AND", "OR", "NOT")
OPERATORS = ("eq", "ne", "in", "gt", "gte", "lt", "lte", "contains", "icontains")
WILDCARD = "*"

MAX_FILTER_DEPTH = 8
MAX_CONDITIONS = 100
MAX_IN_VALUES = 1000
MAX_STRING = 1000
MAX_TEXT = 20_000  # a memory's whole text, as an add's message may be
_METADATA_KEY = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
_RANGE_OPS = {"gt", "gte", "lt", "lte"}
_DAY_S = 86_400.0

Scalar = str | int | float | bool
Condition = models.Condition


class _Budget:
    """Bounds the work one hostile filter can ask for."""

    def __init__(self) -> None:
        self.conditions = 0

    def spend(self) -> None:
        self.conditions += 1
        if self.conditions > MAX_CONDITIONS:
            raise FilterError(f"filters may hold at most {MAX_CONDITIONS} conditions")


def translate(filters: object, where: str = "filters") -> models.Filter:
    """The Qdrant filter of a Mem0 filter object; `FilterError` says what is wrong (naming
    the field as `where`)."""
    if filters is None:
        raise FilterError('filters are required, e.g. {"filters": {"user_id": "alice"}}')
    if not isinstance(filters, Mapping) or not filters:
        raise FilterError('filters must be a non-empty object, e.g. {"user_id": "alice"}')
    return _filter(filters, where, 0, _Budget())


def _filter(node: object, where: str, depth: int, budget: _Budget) -> models.Filter:
    if depth > MAX_FILTER_DEPTH:
        raise FilterError(f"filters nest deeper than {MAX_FILTER_DEPTH} levels")
    if not isinstance(node, Mapping) or not node:
        raise FilterError(f"{where} must be a non-empty object")
    must: list[Condition] = []
    must_not: list[Condition] = []
    for key, value in node.items():
        at = f"{where}.{key}"
        if key == "AND":
            must.extend(_children(value, at, depth, budget))
        elif key == "OR":
            must.append(models.Filter(should=_children(value, at, depth, budget)))
        elif key == "NOT":
            negated = [value] if isinstance(value, Mapping) else value
            must_not.extend(_children(negated, at, depth, budget))
        elif key in ENTITY_FIELDS:
            must.extend(_entity(key, value, at, budget))
        elif key in TIME_KEYS:
            must.extend(_time(TIME_KEYS[key], value, at, budget))
        elif key == fields.METADATA:
            must.extend(_metadata(value, at, budget))
        elif key in CONTENT_KEYS:
            must.extend(_content(key, value, at, budget))
        elif key == fields.CATEGORIES:
            must.extend(_categories(value, at, budget))
        else:
            allowed = ", ".join((*LOGICAL, *ALLOWED_KEYS))
            raise FilterError(f"unknown filter key {key!r} in {where}; allowed: {allowed}")
    return models.Filter(must=must or None, must_not=must_not or None)


def _lower(key: str) -> str:
    """Where the lower-cased copy of a string field is (matched by `icontains`)."""
    return f"{fields.LOWER}.{key}"


def _children(value: object, where: str, depth: int, budget: _Budget) -> list[Condition]:
    if not isinstance(value, list) or not value:
        raise FilterError(f"{where} must be a non-empty list of filters")
    return [_filter(child, f"{where}[{i}]", depth + 1, budget) for i, child in enumerate(value)]


def _operators(value: object, where: str) -> dict[str, Any]:
    """`value` as {operator: operand}: a bare value is `eq`."""
    if isinstance(value, Mapping):
        if not value:
            raise FilterError(f"{where} must name at least one operator")
        unknown = [op for op in value if op not in OPERATORS]
        if unknown:
            raise FilterError(
                f"unknown operator {unknown[0]!r} in {where}; allowed: {', '.join(OPERATORS)}"
            )
        return dict(value)
    return {"eq": value}


def _entity(key: str, value: object, where: str, budget: _Budget) -> list[Condition]:
    conditions: list[Condition] = []
    for op, operand in _operators(value, where).items():
        budget.spend()
        if op in _RANGE_OPS:
            raise FilterError(f"{where}: {op} compares numbers or dates, not ids")
        conditions.append(_string_condition(key, _lower(key), op, operand, f"{where}.{op}"))
    return conditions


def _string_condition(key: str, lower_key: str, op: str, operand: object, where: str) -> Condition:
    if operand == WILDCARD and op in ("eq", "ne"):
        return _present(key) if op == "eq" else _absent(key)
    if op == "in":
        return _in(key, operand, where, strings_only=True)
    text = _string(operand, where)
    if op == "eq":
        return _match(key, text)
    if op == "ne":
        return models.Filter(must_not=[_match(key, text)])
    if op == "contains":
        return models.FieldCondition(key=key, match=models.MatchSubstring(substring=text))
    if op == "icontains":
        return models.FieldCondition(
            key=lower_key, match=models.MatchSubstring(substring=text.lower())
        )
    raise FilterError(f"{where}: unsupported operator")  # pragma: no cover (checked above)


def _categories(value: object, where: str, budget: _Budget) -> list[Condition]:
    """A memory's categories hold any of `in`'s names, or the name `contains` gives."""
    if not isinstance(value, Mapping):
        raise FilterError(f'{where} takes in or contains, e.g. {{"in": ["food", "travel"]}}')
    conditions: list[Condition] = []
    for op, operand in _operators(value, where).items():
        budget.spend()
        at = f"{where}.{op}"
        if op == "in":
            conditions.append(_in(fields.CATEGORIES, operand, at, strings_only=True))
        elif op == "contains":
            conditions.append(_match(fields.CATEGORIES, _string(operand, at)))
        else:
            raise FilterError(f"{at}: categories take in or contains")
    return conditions


def _time(field: str, value: object, where: str, budget: _Budget) -> list[Condition]:
    conditions: list[Condition] = []
    for op, operand in _operators(value, where).items():
        budget.spend()
        at = f"{where}.{op}"
        if operand == WILDCARD and op == "eq":
            conditions.append(_present(field))
        elif op in _RANGE_OPS:
            conditions.append(models.FieldCondition(key=field, range=_bound(op, operand, at)))
        elif op in ("eq", "ne"):
            start, end = _instant(operand, at)
            day = models.FieldCondition(key=field, range=models.Range(gte=start, lt=end))
            conditions.append(day if op == "eq" else models.Filter(must_not=[day]))
        else:
            raise FilterError(f"{at}: dates take eq, ne, gt, gte, lt or lte")
    return conditions


def _bound(op: str, operand: object, where: str) -> models.Range:
    """The range `op` operand means, the operand being its whole span [start, end): a date
    is its whole UTC day, as for `eq`, so `lte` / `gt` a day compare with its end (Mem0's
    `{"gte": "2024-07-01", "lte": "2024-07-31"}` holds July 31). An instant's end is the
    next float after it, so `lte` / `gt` one are exact."""
    start, end = _instant(operand, where)
    if op == "gte":
        return models.Range(gte=start)
    if op == "lt":
        return models.Range(lt=start)
    return models.Range(lt=end) if op == "lte" else models.Range(gte=end)


def _instant(value: object, where: str) -> tuple[float, float]:
    """(start, end) in unix seconds: a date is its whole UTC day, a datetime or a unix
    number is one instant (end just after it)."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise FilterError(f"{where} must be a date (YYYY-MM-DD), an ISO datetime or unix seconds")
    if isinstance(value, int | float):
        seconds = _number(value, where)
        return seconds, math.nextafter(seconds, math.inf)
    if len(value) > 40:
        raise FilterError(f"{where} is too long for a date")
    try:
        if len(value) == 10:
            day = datetime.combine(date.fromisoformat(value), datetime.min.time(), UTC)
            # A UTC day is 86,400 s: no datetime a day later (past 9999-12-31) is made.
            return day.timestamp(), day.timestamp() + _DAY_S
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        start = moment.timestamp()
    except (ValueError, OverflowError):
        raise FilterError(
            f"{where}: {value[:50]!r} is not a date (YYYY-MM-DD) or an ISO datetime in range"
        ) from None
    return start, math.nextafter(start, math.inf)


def _content(key: str, value: object, where: str, budget: _Budget) -> list[Condition]:
    """`memory_ids`, `keywords`, `text` and `expiration_date`."""
    if key == MEMORY_IDS and isinstance(value, list):
        value = {"in": value}  # Mem0's form: {"memory_ids": ["id1", "id2"]}
    conditions: list[Condition] = []
    for op, operand in _operators(value, where).items():
        budget.spend()
        at = f"{where}.{op}"
        if key == MEMORY_IDS:
            conditions.append(_memory_ids(op, operand, at))
        elif key == fields.EXPIRATION_DATE:
            conditions.append(_expiration(op, operand, at))
        else:
            conditions.append(_text(key, op, operand, at))
    return conditions


def _memory_ids(op: str, operand: object, where: str) -> Condition:
    if op == "in":
        if not isinstance(operand, list) or not 0 < len(operand) <= MAX_IN_VALUES:
            raise FilterError(f"{where} must be a list of 1 to {MAX_IN_VALUES} memory ids")
        ids = [_memory_id(one, where) for one in operand]
    elif op in ("eq", "ne"):
        ids = [_memory_id(operand, where)]
    else:
        raise FilterError(f"{where}: memory_ids take a list of ids, in, eq or ne")
    has = models.HasIdCondition(has_id=list(dict.fromkeys(ids)))
    return models.Filter(must_not=[has]) if op == "ne" else has


def _memory_id(value: object, where: str) -> str:
    text = _string(value, where)
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise FilterError(f"{where}: {text[:50]!r} is not a memory id (a UUID)") from None


def _text(key: str, op: str, operand: object, where: str) -> Condition:
    if key == KEYWORDS and op == "eq":
        op = "icontains"  # a bare keyword: the memory mentions it, in any case
    if op == "contains":
        substring = _string(operand, where)
        return models.FieldCondition(
            key=fields.MEMORY, match=models.MatchSubstring(substring=substring)
        )
    if op == "icontains":
        substring = _string(operand, where).lower()
        return models.FieldCondition(
            key=_lower(fields.MEMORY), match=models.MatchSubstring(substring=substring)
        )
    if key == KEYWORDS:
        raise FilterError(f"{where}: keywords take contains or icontains")
    if op == "in":
        if not isinstance(operand, list) or not 0 < len(operand) <= MAX_IN_VALUES:
            raise FilterError(f"{where} must be a list of 1 to {MAX_IN_VALUES} texts")
        hashes = [content_hash(_whole_text(one, where)) for one in operand]
        return models.FieldCondition(key=fields.HASH, match=models.MatchAny(any=hashes))
    if op in ("eq", "ne"):
        equal = _match(fields.HASH, content_hash(_whole_text(operand, where)))
        return equal if op == "eq" else models.Filter(must_not=[equal])
    raise FilterError(f"{where}: text takes eq, ne, in, contains or icontains")


def _whole_text(value: object, where: str) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= MAX_TEXT:
        raise FilterError(f"{where} must be a text of 1 to {MAX_TEXT} characters")
    return value


def _expiration(op: str, operand: object, where: str) -> Condition:
    """A memory expiring on day E has `expiration_ts` = the start of E + 1 (UTC): E compares
    with a day D as that instant compares with the start of D + 1."""
    if operand == WILDCARD and op in ("eq", "ne"):
        return _present(fields.EXPIRATION_TS) if op == "eq" else _absent(fields.EXPIRATION_TS)
    if op not in ("eq", "ne", *_RANGE_OPS):
        raise FilterError(f"{where}: expiration dates take eq, ne, gt, gte, lt or lte")
    if not isinstance(operand, str) or len(operand) != 10:
        raise FilterError(f'{where} must be a date (YYYY-MM-DD) or "*"')
    try:
        day = datetime.combine(date.fromisoformat(operand), datetime.min.time(), UTC)
    except ValueError:
        raise FilterError(f"{where}: {operand!r} is not a date (YYYY-MM-DD)") from None
    instant = day.timestamp() + _DAY_S
    if op in _RANGE_OPS:
        return models.FieldCondition(key=fields.EXPIRATION_TS, range=models.Range(**{op: instant}))
    same = models.FieldCondition(
        key=fields.EXPIRATION_TS, range=models.Range(gte=instant, lte=instant)
    )
    return same if op == "eq" else models.Filter(must_not=[same])


def _metadata(value: object, where: str, budget: _Budget) -> list[Condition]:
    if not isinstance(value, Mapping) or not value:
        raise FilterError(f"{where} must be a non-empty object of metadata keys")
    conditions: list[Condition] = []
    for name, spec in value.items():
        if not isinstance(name, str) or not _METADATA_KEY.match(name):
            raise FilterError(f"{where}: metadata keys are 1-100 letters, digits, _ or -")
        key = f"{fields.METADATA}.{name}"
        for op, operand in _operators(spec, f"{where}.{name}").items():
            budget.spend()
            conditions.append(
                _metadata_condition(key, _lower(key), op, operand, f"{where}.{name}.{op}")
            )
    return conditions


def _metadata_condition(
    key: str, lower_key: str, op: str, operand: object, where: str
) -> Condition:
    if op in _RANGE_OPS:
        number = _number(operand, where)
        return models.FieldCondition(key=key, range=models.Range(**{op: number}))
    if op == "in":
        return _in(key, operand, where, strings_only=False)
    if op in ("contains", "icontains") or operand == WILDCARD:
        return _string_condition(key, lower_key, op, operand, where)
    equal = _equal(key, operand, where)
    return equal if op == "eq" else models.Filter(must_not=[equal])


def _equal(key: str, operand: object, where: str) -> Condition:
    if isinstance(operand, str):
        return _match(key, _string(operand, where))
    if isinstance(operand, bool):
        return _match(key, operand)
    if isinstance(operand, int):
        return _match(key, _int(operand, where))
    if isinstance(operand, float):
        number = _number(operand, where)
        return models.FieldCondition(key=key, range=models.Range(gte=number, lte=number))
    raise FilterError(f"{where} must be a string, a number or a boolean")


def _in(key: str, operand: object, where: str, *, strings_only: bool) -> Condition:
    if not isinstance(operand, list) or not 0 < len(operand) <= MAX_IN_VALUES:
        raise FilterError(f"{where} must be a list of 1 to {MAX_IN_VALUES} values")
    if all(isinstance(v, str) for v in operand):
        return models.FieldCondition(
            key=key, match=models.MatchAny(any=[_string(v, where) for v in operand])
        )
    if not strings_only and all(isinstance(v, int) and not isinstance(v, bool) for v in operand):
        return models.FieldCondition(
            key=key, match=models.MatchAny(any=[_int(v, where) for v in operand])
        )
    kind = "strings" if strings_only else "strings, or all integers"
    raise FilterError(f"{where} must be a list of {kind}")


def _match(key: str, value: str | int | bool) -> Condition:
    return models.FieldCondition(key=key, match=models.MatchValue(value=value))


def _absent(key: str) -> Condition:
    return models.IsEmptyCondition(is_empty=models.PayloadField(key=key))


def _present(key: str) -> Condition:
    """The wildcard: any non-null value."""
    return models.Filter(must_not=[_absent(key)])


def _string(value: object, where: str) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= MAX_STRING:
        raise FilterError(f"{where} must be a string of 1 to {MAX_STRING} characters")
    return value


def _int(value: int, where: str) -> int:
    if not -(2**63) <= value < 2**63:
        raise FilterError(f"{where} is out of the 64-bit integer range")
    return value


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FilterError(f"{where} must be a finite number")
    if isinstance(value, int):
        _int(value, where)
    if not math.isfinite(value):
        raise FilterError(f"{where} must be a finite number")
    return float(value)
