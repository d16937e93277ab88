"""The stores keep the fields nothing filters on in one text, and give back what was built."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import qdrant_edge as qe
from hypothesis import given
from hypothesis import strategies as st
from qdrant_client import models

from memstream.contracts import payload as fields
from memstream.contracts.events import SourcePosition
from memstream.store.base import MemoryPoint, VectorStore
from memstream.store.edge import EdgeStore
from memstream.store.packing import PACKED, PACKED_FIELDS, packed, selected, unpacked
from memstream.testing.data import request_record

SOURCE = SourcePosition(partition=1, offset=7)


def _memory(text: str, timestamp: int = 1_700_000_000) -> dict[str, Any]:
    record = request_record(
        {
            "messages": [{"role": "user", "content": text}],
            "user_id": "alice",
            "timestamp": timestamp,
            "metadata": {"topic": "plants", "verified": True},
            "expiration_date": "2030-01-31",
        }
    )
    history = [{"id": str(uuid.uuid4()), "event": "ADD", "new_memory": text}]
    extraction = {fields.CATEGORIES: ["hobbies"], fields.ATTRIBUTED_TO: "user"}
    return fields.point_payload(record, text, SOURCE, history, extraction)


def test_a_memory_reads_back_as_it_was_built_with_its_unfiltered_fields_in_one_text() -> None:
    built = _memory("I own 5 plants")
    stored = packed(built)
    assert not PACKED_FIELDS & stored.keys()
    assert isinstance(stored[PACKED], str)
    assert stored[fields.MEMORY] == built[fields.MEMORY]  # what searches read stays apart
    assert unpacked(dict(stored)) == built


@given(
    st.dictionaries(
        st.sampled_from(sorted(PACKED_FIELDS | {"memory", "user_id", "metadata"})),
        st.recursive(
            st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(st.text(max_size=5), inner, max_size=3)
            ),
            max_leaves=8,
        ),
    )
)
def test_any_payload_round_trips(payload: dict[str, Any]) -> None:
    assert unpacked(dict(packed(payload))) == payload


def test_no_indexed_field_is_packed() -> None:
    indexed = {*fields.KEYWORD_FIELDS, *fields.RANGE_FIELDS, *fields.INTEGER_FIELDS}
    filtered = {fields.MEMORY, fields.METADATA, fields.LOWER, fields.BOOLEANS, fields.KIND}
    filtered |= {fields.SOURCE_PARTITION, fields.SOURCE_OFFSET, fields.MEMORIES}
    assert not PACKED_FIELDS & (indexed | filtered)


def test_a_read_of_a_packed_field_reads_the_packed_text() -> None:
    assert selected([fields.MEMORY]) == [fields.MEMORY]
    assert selected([fields.MEMORY, fields.HISTORY]) == [fields.MEMORY, PACKED]


async def test_qdrant_edge_keeps_packed_points_and_still_reads_unpacked_ones(
    tmp_path: Path,
) -> None:
    store = EdgeStore(tmp_path)
    await store.ensure_collection(2)
    new, old = str(uuid.uuid4()), str(uuid.uuid4())
    built, before = _memory("I own 5 plants"), _memory("I own a cat", timestamp=1_600_000_000)
    await store.upsert([MemoryPoint(new, [1.0, 0.0], built)])
    # A point written before packing, as it was written then.
    store.shard.update(qe.UpdateOperation.upsert_points([qe.Point(old, [0.9, 0.1], before)]))
    found = {f.id: f.payload for f in await store.retrieve([new, old])}
    assert found == {new: built, old: before}
    where = models.Filter(
        must=[
            models.FieldCondition(key="user_id", match=models.MatchValue(value="alice")),
            models.FieldCondition(
                key=fields.CREATED_AT_TS, range=models.Range(gte=built[fields.CREATED_AT_TS])
            ),
        ]
    )
    hits = await store.search([1.0, 0.0], where, 5, 0.0, payload_fields=[fields.HISTORY])
    assert [h.id for h in hits] == [new]  # the filter on the creation time still applies
    assert hits[0].payload[fields.HISTORY] == built[fields.HISTORY]


async def test_every_read_of_either_store_gives_the_payload_as_built(
    empty_store: VectorStore,
) -> None:
    store = empty_store
    point = str(uuid.uuid4())
    built = _memory("I own 5 plants")
    await store.upsert([MemoryPoint(point, [1.0, 0.0], built)])
    alice = models.Filter(
        must=[models.FieldCondition(key="user_id", match=models.MatchValue(value="alice"))]
    )
    assert [f.payload for f in await store.retrieve([point])] == [built]
    assert [f.payload for f in await store.page(alice, 0, 10)] == [built]
    assert [f.payload for f in await store.scroll(alice, 10)] == [built]
    assert [f.payload for f in await store.search([1.0, 0.0], alice, 5, 0.0)] == [built]
    [hit] = await store.search([1.0, 0.0], alice, 5, 0.0, payload_fields=[fields.EVENT_ID])
    assert hit.payload[fields.EVENT_ID] == built[fields.EVENT_ID]
