"""The payload indexes the extractor's searches rely on: without one, a filter on that field
makes qdrant-edge read every point of the collection (`bench.floor` and the extractor bench
measure the cost; these tests check the indexes are there)."""

from __future__ import annotations

from pathlib import Path

import qdrant_edge as qe

from memstream.contracts.payload import INTEGER_FIELDS, KEYWORD_FIELDS, RANGE_FIELDS
from memstream.store.edge import EdgeStore

EXPECTED = {
    **{field: qe.PayloadSchemaType.Keyword for field in KEYWORD_FIELDS},
    **{field: qe.PayloadSchemaType.Float for field in RANGE_FIELDS},
    **{field: qe.PayloadSchemaType.Integer for field in INTEGER_FIELDS},
}


def _indexes(store: EdgeStore) -> dict[str, str]:
    return {name: str(info.data_type) for name, info in store.shard.info().payload_schema.items()}


async def test_a_new_shard_indexes_every_field_the_searches_filter_on(tmp_path: Path) -> None:
    store = EdgeStore(tmp_path / "shard")
    await store.ensure_collection(2)
    assert _indexes(store) == {name: str(kind) for name, kind in EXPECTED.items()}
    await store.close()


async def test_a_shard_made_before_an_index_gains_it_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "shard"
    config = qe.EdgeConfig(vectors=qe.EdgeVectorParams(size=2, distance=qe.Distance.Cosine))
    older = qe.EdgeShard.create(str(path), config)
    older.update(qe.UpdateOperation.upsert_points([qe.Point(1, [1.0, 0.0], {"user_id": "u"})]))
    older.flush()
    older.close()
    store = EdgeStore(path)
    await store.ensure_collection(2)
    assert set(_indexes(store)) == set(EXPECTED)
    assert store.shard.count(qe.CountRequest(exact=True)) == 1
    await store.close()
