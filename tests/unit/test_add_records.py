"""The request record and PENDING snapshot of an add are built, not validated twice: what
they hold must be what validating them would give."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from memstream.contracts import lifecycle
from memstream.contracts.events import EventSnapshot, EventStatus, SourcePosition
from memstream.contracts.requests import AddAccepted, AddMemoriesBody, AddRequest

_TEXT = st.text(min_size=1, max_size=20)
_NAME = st.from_regex(r"[a-z0-9][a-z0-9 _.-]{0,20}", fullmatch=True)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=8,
)
_FLOAT = st.floats(allow_nan=False, allow_infinity=False)
_MESSAGE = st.fixed_dictionaries(
    {"role": st.sampled_from(["user", "assistant", "system"]), "content": st.text(max_size=50)}
)
_OPTIONAL: dict[str, st.SearchStrategy[Any]] = {
    "agent_id": _TEXT,
    "run_id": _TEXT,
    "metadata": st.dictionaries(_TEXT, _JSON | _FLOAT, max_size=4),
    "infer": st.booleans(),
    "custom_instructions": st.text(max_size=30),
    "timestamp": st.integers(0, 2_000_000_000),
    "expiration_date": st.sampled_from(["2030-01-31", "2099-12-30"]),
    "immutable": st.booleans(),
    "custom_categories": st.lists(
        st.dictionaries(_NAME, _TEXT, min_size=1, max_size=1),
        min_size=1,
        max_size=3,
        unique_by=lambda category: next(iter(category)),
    ),
    "includes": st.text(max_size=20),
    "excludes": st.text(max_size=20),
    "timezone": st.sampled_from(["Europe/Paris", "UTC", "America/New_York"]),
    "version": st.sampled_from(["v1", "v2"]),
    "org_id": _TEXT,
}
BODIES = st.fixed_dictionaries(
    {"messages": st.lists(_MESSAGE, min_size=1, max_size=4), "user_id": _TEXT}, optional=_OPTIONAL
)


@settings(max_examples=100, deadline=None)
@given(raw=BODIES)
def test_a_record_built_from_a_body_is_the_validated_one(raw: dict[str, Any]) -> None:
    body = AddMemoriesBody.model_validate(raw)
    ids = {
        "event_id": uuid.uuid4(),
        "org_id": "org-1",
        "project_id": "project-a",
        "received_at": datetime.now(UTC),
    }
    built = AddRequest.of_body(body, **ids)  # type: ignore[arg-type]
    validated = AddRequest(**body.record_fields(), **ids)
    assert built.model_dump_json() == validated.model_dump_json()
    assert built.model_dump() == validated.model_dump()
    assert built.payload() == validated.payload()
    source = SourcePosition(partition=3, offset=7)
    pending = lifecycle.pending(built, source)
    expected = EventSnapshot(
        id=validated.event_id,
        status=EventStatus.PENDING,
        org_id=validated.org_id,
        project_id=validated.project_id,
        payload=validated.payload(),
        metadata=validated.metadata,
        created_at=validated.received_at,
        updated_at=validated.received_at,
        source=source,
    )
    assert pending.model_dump_json() == expected.model_dump_json()
    assert EventSnapshot.model_validate_json(pending.model_dump_json()) == expected
    encoded = lifecycle.pending_json(built, source)
    assert EventSnapshot.model_validate_json(encoded) == expected
    assert orjson.loads(encoded) == orjson.loads(expected.model_dump_json())


@pytest.mark.parametrize("microsecond", [0, 1, 999_999])
def test_the_encoded_pending_record_is_the_snapshots_json_byte_for_byte(microsecond: int) -> None:
    body = AddMemoriesBody.model_validate(
        {
            "messages": [{"role": "user", "content": "I like tea", "name": "ann"}],
            "user_id": "u",
            "metadata": {"source": "chat", "n": 1, "nested": {"x": [1, None, "y"]}},
            "timestamp": 1_700_000_000,
        }
    )
    received = datetime(2026, 12, 2, 9, 0, 0, microsecond, tzinfo=UTC)
    record = AddRequest.of_body(
        body, event_id=uuid.uuid4(), org_id="o", project_id="p", received_at=received
    )
    source = SourcePosition(partition=0, offset=12)
    expected = lifecycle.pending(record, source).model_dump_json().encode()
    assert lifecycle.pending_json(record, source) == expected


def test_the_accepted_answer_is_the_models_json() -> None:
    accepted = AddAccepted(event_id=uuid.uuid4())
    assert accepted.answer_json() == accepted.model_dump_json().encode()
