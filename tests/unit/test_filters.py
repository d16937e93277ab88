"""Mem0 filters → Qdrant filters: each operator and combination, judged by what real
engines match (qdrant-client's in-memory mode, and qdrant-edge with its payload indexes
through `to_edge`); each invalid form with its message."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import qdrant_edge as qe
from hypothesis import example, given, settings
from hypothesis import strategies as st
from qdrant_client import QdrantClient, models

from memstream.contracts.entities import Message, MessageRole
from memstream.contracts.events import SourcePosition
from memstream.contracts.payload import (
    INTEGER_FIELDS,
    KEYWORD_FIELDS,
    RANGE_FIELDS,
    point_payload,
)
from memstream.contracts.requests import AddRequest
from memstream.services.query.errors import FilterError
from memstream.services.query.filters import (
    ALLOWED_KEYS,
    MAX_CONDITIONS,
    MAX_FILTER_DEPTH,
    OPERATORS,
    translate,
)
from memstream.store.edge import to_edge

DAY = 86_400.0
JAN_1 = 1_767_225_600.0  # 2026-01-01T00:00:00Z


def _point(
    n: int, day: float = 0, categories: tuple[str, ...] = (), **fields: Any
) -> dict[str, Any]:
    """The payload the extractor writes for a memory added on JAN_1 + `day`."""
    record = AddRequest(
        messages=[Message(role=MessageRole.USER, content=f"memory {n}")],
        event_id=uuid.uuid4(),
        org_id="o",
        project_id="p",
        received_at=datetime.now(UTC),
        timestamp=JAN_1 + day * DAY,
        **fields,
    )
    source = SourcePosition(partition=0, offset=n)
    extraction = {"categories": list(categories)}
    return {"n": n, **point_payload(record, f"memory {n}", source, [], extraction)}


POINTS = [
    _point(
        1,
        user_id="alice",
        metadata={"topic": "Food", "stars": 5, "vip": True},
        categories=("food", "health"),
    ),
    _point(
        2,
        user_id="alice",
        agent_id="chef",
        day=1,
        metadata={"topic": "travel", "stars": 3},
        expiration_date=date(2030, 1, 31),
        categories=("travel",),
    ),
    _point(
        3,
        user_id="bob",
        day=2,
        metadata={"topic": "food", "stars": 4.5},
        expiration_date=date(2030, 6, 1),
        categories=("food",),
    ),
    _point(4, user_id="Bobby", agent_id="planner", day=3),
    _point(5, agent_id="planner", run_id="r1", day=4, metadata={"topic": "work"}),
    _point(6, app_id="notes", day=5, metadata={"vip": False, "stars": 1}),
]


Matcher = Callable[[models.Filter], list[int]]


def _id(n: int) -> str:
    """Point `n`'s id: a memory id is a UUID."""
    return str(uuid.UUID(int=n))


def _local(points: list[dict[str, Any]]) -> Iterator[Matcher]:
    client = QdrantClient(":memory:")
    client.create_collection("m", models.VectorParams(size=2, distance=models.Distance.COSINE))
    client.upsert(
        "m",
        [models.PointStruct(id=_id(p["n"]), vector=[1.0, 0.0], payload=p) for p in points],
    )

    def match(where: models.Filter) -> list[int]:
        found, _ = client.scroll("m", scroll_filter=where, limit=100)
        return sorted(uuid.UUID(str(p.id)).int for p in found)

    yield match
    client.close()


def _edge(path: Path, points: list[dict[str, Any]]) -> Iterator[Matcher]:
    config = qe.EdgeConfig(vectors=qe.EdgeVectorParams(size=2, distance=qe.Distance.Cosine))
    shard = qe.EdgeShard.create(str(path), config)
    for field in KEYWORD_FIELDS:
        shard.update(qe.UpdateOperation.create_field_index(field, qe.PayloadSchemaType.Keyword))
    for field in RANGE_FIELDS:
        shard.update(qe.UpdateOperation.create_field_index(field, qe.PayloadSchemaType.Float))
    for field in INTEGER_FIELDS:
        shard.update(qe.UpdateOperation.create_field_index(field, qe.PayloadSchemaType.Integer))
    shard.update(
        qe.UpdateOperation.upsert_points([qe.Point(_id(p["n"]), [1.0, 0.0], p) for p in points])
    )

    def match(where: models.Filter) -> list[int]:
        found, _ = shard.scroll(qe.ScrollRequest(limit=100, filter=to_edge(where)))
        return sorted(uuid.UUID(str(p.id)).int for p in found)

    yield match
    shard.close()


def _engine(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    points: list[dict[str, Any]],
) -> Iterator[Matcher]:
    """`points` in the engine the fixture's parameter names."""
    if request.param == "local":
        yield from _local(points)
    else:
        yield from _edge(tmp_path_factory.mktemp("edge") / "shard", points)


@pytest.fixture(scope="module", params=["local", "edge"])
def engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Matcher]:
    yield from _engine(request, tmp_path_factory, POINTS)


def matched(engine: Matcher, filters: object) -> list[int]:
    return engine(translate(filters))


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"user_id": "alice"}, [1, 2]),
        ({"user_id": {"eq": "bob"}}, [3]),
        ({"user_id": {"ne": "alice"}}, [3, 4, 5, 6]),
        ({"user_id": {"in": ["bob", "Bobby"]}}, [3, 4]),
        ({"user_id": {"contains": "ob"}}, [3, 4]),
        ({"user_id": {"contains": "bob"}}, [3]),
        ({"user_id": {"icontains": "BOB"}}, [3, 4]),
        ({"user_id": "*"}, [1, 2, 3, 4]),
        ({"agent_id": {"ne": "*"}}, [1, 3, 6]),
        ({"agent_id": "planner", "run_id": "r1"}, [5]),
        ({"app_id": "notes"}, [6]),
        ({"created_at": {"gte": "2026-01-02"}}, [2, 3, 4, 5, 6]),
        ({"created_at": {"gt": "2026-01-02T00:00:00Z"}}, [3, 4, 5, 6]),
        ({"created_at": {"lt": "2026-01-02"}}, [1]),
        ({"created_at": {"lte": JAN_1 + DAY}}, [1, 2]),
        ({"created_at": {"gte": "2026-01-02", "lte": "2026-01-03"}}, [2, 3]),
        ({"created_at": "2026-01-03"}, [3]),
        ({"created_at": {"ne": "2026-01-03"}}, [1, 2, 4, 5, 6]),
        ({"updated_at": {"gte": "2026-01-05T00:00:00+00:00"}}, [5, 6]),
        ({"created_at": "*"}, [1, 2, 3, 4, 5, 6]),
        ({"metadata": {"topic": "food"}}, [3]),
        ({"metadata": {"topic": {"icontains": "FOO"}}}, [1, 3]),
        ({"metadata": {"topic": {"contains": "ork"}}}, [5]),
        ({"metadata": {"topic": {"in": ["travel", "work"]}}}, [2, 5]),
        ({"categories": {"in": ["travel", "health"]}}, [1, 2]),
        ({"categories": {"contains": "food"}}, [1, 3]),
        ({"categories": {"contains": "foo"}}, []),
        ({"categories": {"in": ["food"], "contains": "health"}}, [1]),
        ({"NOT": {"categories": {"contains": "food"}}}, [2, 4, 5, 6]),
        ({"metadata": {"topic": {"ne": "food"}}}, [1, 2, 4, 5, 6]),
        ({"metadata": {"topic": "*"}}, [1, 2, 3, 5]),
        ({"metadata": {"stars": 5}}, [1]),
        ({"metadata": {"stars": 4.5}}, [3]),
        ({"metadata": {"stars": {"gte": 4}}}, [1, 3]),
        ({"metadata": {"stars": {"gt": 1, "lt": 5}}}, [2, 3]),
        ({"metadata": {"stars": {"lte": 1}}}, [6]),
        ({"metadata": {"stars": {"in": [3, 5]}}}, [1, 2]),
        ({"metadata": {"vip": True}}, [1]),
        ({"metadata": {"vip": False}}, [6]),
        ({"metadata": {"topic": "food", "stars": {"gte": 4}}}, [3]),
        ({"timestamp": {"gte": "2026-01-05"}}, [5, 6]),
        ({"timestamp": {"lt": JAN_1 + DAY}}, [1]),
        ({"memory_ids": [_id(2), _id(5)]}, [2, 5]),
        ({"memory_ids": {"in": [_id(3)]}}, [3]),
        ({"memory_ids": {"eq": _id(4).upper()}}, [4]),
        ({"memory_ids": {"ne": _id(1)}}, [2, 3, 4, 5, 6]),
        ({"user_id": "alice", "memory_ids": [_id(2), _id(3)]}, [2]),
        ({"keywords": {"icontains": "MEMORY 3"}}, [3]),
        ({"keywords": "Memory 1"}, [1]),
        ({"keywords": {"contains": "emory 2"}}, [2]),
        ({"keywords": {"contains": "MEMORY"}}, []),
        ({"text": "memory 4"}, [4]),
        ({"text": {"ne": "memory 4"}}, [1, 2, 3, 5, 6]),
        ({"text": {"in": ["memory 1", "memory 5", "nothing"]}}, [1, 5]),
        ({"text": {"icontains": "MEMORY 6"}}, [6]),
        ({"text": "memory"}, []),
        ({"expiration_date": "2030-01-31"}, [2]),
        ({"expiration_date": {"gt": "2030-01-31"}}, [3]),
        ({"expiration_date": {"gte": "2030-01-31", "lte": "2030-06-01"}}, [2, 3]),
        ({"expiration_date": {"lt": "2030-06-01"}}, [2]),
        ({"expiration_date": {"ne": "2030-01-31"}}, [1, 3, 4, 5, 6]),
        ({"expiration_date": "*"}, [2, 3]),
        ({"expiration_date": {"ne": "*"}}, [1, 4, 5, 6]),
        ({"AND": [{"user_id": "alice"}, {"agent_id": "chef"}]}, [2]),
        ({"OR": [{"user_id": "bob"}, {"app_id": "notes"}]}, [3, 6]),
        ({"NOT": [{"user_id": "alice"}]}, [3, 4, 5, 6]),
        ({"NOT": {"user_id": "alice"}}, [3, 4, 5, 6]),
        ({"NOT": [{"user_id": "alice"}, {"user_id": "bob"}]}, [4, 5, 6]),
        ({"user_id": "alice", "NOT": [{"agent_id": "chef"}]}, [1]),
        (
            {
                "OR": [
                    {"AND": [{"user_id": "alice"}, {"metadata": {"vip": True}}]},
                    {"run_id": "r1"},
                ]
            },
            [1, 5],
        ),
    ],
)
def test_translate_matches_what_mem0_means(
    engine: Matcher, filters: dict[str, Any], expected: list[int]
) -> None:
    assert matched(engine, filters) == expected


# Around one day, 2026-01-02: its last second before, its start, noon, its last half
# second, and the next day's start.
AROUND_JAN_2 = [
    _point(10, day=1 - 1 / DAY, user_id="d"),
    _point(11, day=1, user_id="d"),
    _point(12, day=1.5, user_id="d"),
    _point(13, day=2 - 0.5 / DAY, user_id="d"),
    _point(14, day=2, user_id="d"),
]


@pytest.fixture(scope="module", params=["local", "edge"])
def around_jan_2(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Matcher]:
    yield from _engine(request, tmp_path_factory, AROUND_JAN_2)


@pytest.mark.parametrize("key", ["created_at", "updated_at", "timestamp"])
@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("2026-01-02", [11, 12, 13]),
        ({"gte": "2026-01-02"}, [11, 12, 13, 14]),
        ({"gt": "2026-01-02"}, [14]),
        ({"lte": "2026-01-02"}, [10, 11, 12, 13]),
        ({"lt": "2026-01-02"}, [10]),
        ({"gte": "2026-01-02", "lte": "2026-01-02"}, [11, 12, 13]),
        ({"gt": "2026-01-01", "lt": "2026-01-03"}, [11, 12, 13]),
        ({"lte": "2026-01-02T12:00:00Z"}, [10, 11, 12]),
        ({"gt": "2026-01-02T12:00:00Z"}, [13, 14]),
        ({"gte": "2026-01-02T12:00:00Z"}, [12, 13, 14]),
        ({"lt": "2026-01-02T12:00:00Z"}, [10, 11]),
        ({"lte": JAN_1 + 1.5 * DAY}, [10, 11, 12]),
        ({"gt": JAN_1 + 1.5 * DAY}, [13, 14]),
    ],
)
def test_a_date_in_a_range_is_its_whole_day(
    around_jan_2: Matcher, key: str, condition: object, expected: list[int]
) -> None:
    """Mem0's `{"gte": "2024-07-01", "lte": "2024-07-31"}` holds all of July 31: `lte` /
    `gt` a date compare with the end of its UTC day, as `eq` does (they took its start,
    dropping the day from `lte` and keeping it in `gt`); an instant is itself."""
    assert matched(around_jan_2, {key: condition}) == expected


def _nested(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"user_id": "alice"}
    for _ in range(depth):
        node = {"AND": [node]}
    return node


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        (None, "filters are required"),
        ({}, "non-empty object"),
        ([], "non-empty object"),
        ("alice", "non-empty object"),
        ({"user": "alice"}, "unknown filter key 'user'"),
        ({"org_id": "o"}, "unknown filter key 'org_id'"),
        ({"project_id": "p"}, "unknown filter key 'project_id'"),
        ({"memory": "x"}, "unknown filter key 'memory'"),
        (
            {"AND": [{"OR": [{"user_id": "a"}]}, {"NOT": [{"day": 0}]}]},
            r"unknown filter key 'day' in filters.AND\[1\].NOT\[0\]",
        ),
        ({"and": [{"user_id": "a"}]}, "unknown filter key 'and'"),
        ({"AND": []}, "AND must be a non-empty list"),
        ({"AND": {"user_id": "a"}}, "AND must be a non-empty list"),
        ({"OR": [{}]}, r"OR\[0\] must be a non-empty object"),
        ({"OR": ["alice"]}, r"OR\[0\] must be a non-empty object"),
        ({"NOT": []}, "NOT must be a non-empty list"),
        ({"user_id": {"like": "a%"}}, "unknown operator 'like'"),
        ({"user_id": {"$eq": "a"}}, r"unknown operator '\$eq'"),
        ({"user_id": {">=": "a"}}, "unknown operator '>='"),
        ({"user_id": {}}, "at least one operator"),
        ({"user_id": None}, "must be a string"),
        ({"user_id": ""}, "must be a string"),
        ({"user_id": 7}, "must be a string"),
        ({"user_id": "x" * 1001}, "must be a string of 1 to 1000"),
        ({"user_id": {"gt": "a"}}, "compares numbers or dates"),
        ({"user_id": {"in": []}}, "list of 1 to 1000"),
        ({"user_id": {"in": "alice"}}, "list of 1 to 1000"),
        ({"user_id": {"in": ["a", 1]}}, "list of strings"),
        ({"user_id": {"in": ["a"] * 1001}}, "list of 1 to 1000"),
        ({"created_at": "yesterday"}, "not a date"),
        ({"created_at": {"gte": "2026-13-01"}}, "not a date"),
        ({"created_at": {"gte": True}}, "must be a date"),
        ({"created_at": {"gte": None}}, "must be a date"),
        ({"created_at": {"gte": 10**400}}, "64-bit"),
        ({"created_at": {"gte": float("nan")}}, "finite"),
        ({"created_at": {"in": ["2026-01-01"]}}, "dates take"),
        ({"created_at": {"contains": "2026"}}, "dates take"),
        ({"created_at": {"gte": "2" * 100}}, "too long"),
        ({"categories": "food"}, "takes in or contains"),
        ({"categories": {"eq": "food"}}, "categories take in or contains"),
        ({"categories": {"in": "food"}}, "list of 1 to 1000"),
        ({"categories": {"contains": ["food"]}}, "must be a string"),
        ({"metadata": "food"}, "metadata must be a non-empty object"),
        ({"metadata": {}}, "metadata must be a non-empty object"),
        ({"metadata": {"a.b": 1}}, "metadata keys"),
        ({"metadata": {"": 1}}, "metadata keys"),
        ({"metadata": {"k": None}}, "string, a number or a boolean"),
        ({"metadata": {"k": [1, 2]}}, "string, a number or a boolean"),
        ({"metadata": {"k": {"nested": 1}}}, "unknown operator 'nested'"),
        ({"metadata": {"k": {"gt": "a"}}}, "finite number"),
        ({"metadata": {"k": {"in": [1.5]}}}, "all integers"),
        ({"metadata": {"k": 2**70}}, "64-bit"),
        ({"metadata": {"k": {"in": [2**70]}}}, "64-bit"),
        ({"metadata": {"k": float("inf")}}, "finite"),
        ({"memory_ids": "nope"}, "'nope' is not a memory id"),
        ({"memory_ids": []}, "list of 1 to 1000 memory ids"),
        ({"memory_ids": [7]}, "must be a string"),
        ({"memory_ids": {"gt": _id(1)}}, "memory_ids take"),
        ({"keywords": {"in": ["a"]}}, "keywords take contains or icontains"),
        ({"keywords": ""}, "must be a string"),
        ({"text": {"gt": "a"}}, "text takes"),
        ({"text": "x" * 20_001}, "text of 1 to 20000"),
        ({"text": {"in": "x"}}, "list of 1 to 1000 texts"),
        ({"expiration_date": "2030"}, "must be a date"),
        ({"expiration_date": "2030-13-01"}, "not a date"),
        ({"expiration_date": {"contains": "2030"}}, "expiration dates take"),
        ({"expiration_date": {"gt": 1_900_000_000}}, "must be a date"),
        (_nested(MAX_FILTER_DEPTH + 1), "deeper than"),
        ({"OR": [{"user_id": str(i)} for i in range(MAX_CONDITIONS + 1)]}, "at most"),
    ],
)
def test_translate_rejects_invalid_forms(filters: object, message: str) -> None:
    with pytest.raises(FilterError, match=message):
        translate(filters)


def test_translate_accepts_the_deepest_allowed_nesting(engine: Matcher) -> None:
    assert matched(engine, _nested(MAX_FILTER_DEPTH)) == [1, 2]


# Generated filters: every shape a client may send, right or wrong. Translating one
# either gives a filter both engines run, or a FilterError (a 400): never anything else.
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats()
    | st.text(max_size=8)
    | st.sampled_from(["*", "2026-01-02", "9999-12-31", "0001-01-01", "9999-12-31T23:59:59-10:00"])
    | st.dates().map(str)
)
_KEYS = st.sampled_from([*ALLOWED_KEYS, "other"])
_OPERANDS = _SCALARS | st.lists(_SCALARS, max_size=3)
_OPERATORS = st.dictionaries(st.sampled_from([*OPERATORS, "eq2"]), _OPERANDS, max_size=2)
_FIELDS = st.dictionaries(
    _KEYS, _OPERANDS | _OPERATORS | st.dictionaries(_KEYS, _OPERATORS), max_size=2
)
_FILTERS = st.recursive(
    _FIELDS,
    lambda inner: st.dictionaries(
        st.sampled_from(["AND", "OR", "NOT"]), st.lists(inner, max_size=2) | inner, max_size=2
    ),
    max_leaves=6,
)


@settings(max_examples=30, deadline=None)
@given(filters=_FILTERS)
def test_any_filter_translates_and_runs_or_is_a_filter_error(
    engine: Matcher, filters: dict[str, Any]
) -> None:
    try:
        where = translate(filters)
    except FilterError:
        return
    engine(where)


_INSTANTS = (
    st.dates().map(str)
    | st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=14))])).map(
        lambda d: d.isoformat()
    )
    | st.floats()
    | st.integers(-(2**70), 2**70)
)


@settings(max_examples=60, deadline=None)
@example(key="created_at", op="eq", instant="9999-12-31")  # the attack run's 500
@example(key="updated_at", op="ne", instant=str(date.max))
@given(
    key=st.sampled_from(["created_at", "updated_at"]),
    op=st.sampled_from(["eq", "ne", "gt", "gte", "lt", "lte"]),
    instant=_INSTANTS,
)
def test_any_instant_in_a_time_filter_runs_or_is_a_filter_error(
    engine: Matcher, key: str, op: str, instant: object
) -> None:
    """Dates to 9999-12-31 and datetimes to year 1 at +14:00, any number: never a 500."""
    try:
        where = translate({key: {op: instant}})
    except FilterError as exc:
        assert key in str(exc)
        return
    engine(where)
