"""The embedded broker across a clean stop: what one Tansu held (records with their
offsets, keys, values, tombstones, headers and timestamps; the groups' committed offsets;
the cluster id) is what the next one holds, and the snapshot is gone once restored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaProducer, TopicPartition
from aiokafka.admin import NewTopic

from memstream.contracts.topics import topic_names
from memstream.kafka.clients import (
    cluster_id,
    commit_offsets,
    create_missing_topics,
    make_consumer,
)
from memstream.kafka.snapshot_file import SnapshotHead, SnapshotRecord, TopicShape, write_snapshot
from memstream.kafka.snapshots import start_embedded, stop_embedded
from memstream.settings import KafkaSettings
from tests.support import read_topic

TOPICS = topic_names("snap")
OTHER = "not-memstream"  # any topic the broker holds is kept, not only memstream's
GROUP = "snap-group"
COMMITTED = {TopicPartition(TOPICS.requests, 0): 7, TopicPartition(TOPICS.requests, 1): 0}


async def _fill(bootstrap: str) -> None:
    await create_missing_topics(bootstrap, [NewTopic(OTHER, 2, 1)])
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5)
    await producer.start()
    try:
        sends = [
            await producer.send(
                TOPICS.requests if n % 4 else OTHER,
                f"value {n}".encode(),
                key=f"key {n % 3}".encode(),
                partition=n % 2,
                timestamp_ms=1_700_000_000_000 + 17 * n,
                headers=[("n", str(n).encode()), ("empty", None)] if n % 5 == 0 else None,
            )
            for n in range(40)
        ]
        sends.append(await producer.send(TOPICS.requests, None, key=b"key 1", partition=1))
        for sent in sends:
            await sent
    finally:
        await producer.stop()


async def _state(bootstrap: str) -> dict[str, Any]:
    """Everything a restore must bring back, as comparable values."""
    kafka = KafkaSettings(bootstrap=bootstrap)
    consumer = make_consumer(kafka, "test", group_id=GROUP)
    await consumer.start()
    try:
        partitions = {t: consumer.partitions_for_topic(t) for t in (*TOPICS.all(), OTHER)}
        committed = {tp: await consumer.committed(tp) for tp in COMMITTED}
        cluster = await cluster_id(consumer)
    finally:
        await consumer.stop()
    records = [
        (r.topic, r.partition, r.offset, r.key, r.value, r.timestamp, tuple(r.headers))
        for topic in (TOPICS.requests, OTHER)
        for r in await read_topic(bootstrap, topic)
    ]
    return {
        "partitions": partitions,
        "committed": committed,
        "cluster": cluster,
        "records": sorted(records, key=lambda r: (r[0], r[1], r[2])),
    }


async def test_a_clean_stop_keeps_what_the_broker_held(tmp_path: Path) -> None:
    snapshot = tmp_path / "var" / "broker.jsonl"
    broker = await start_embedded(TOPICS, 3, snapshot)
    try:
        await _fill(broker.bootstrap)
        await commit_offsets(KafkaSettings(bootstrap=broker.bootstrap), GROUP, COMMITTED)
        before = await _state(broker.bootstrap)
    finally:
        await stop_embedded(broker, snapshot)
    assert snapshot.exists()
    assert len(before["records"]) == 41
    assert [r[4] for r in before["records"]].count(None) == 1  # the tombstone
    assert sum(("empty", None) in r[6] for r in before["records"]) == 8  # headers
    assert before["committed"] == COMMITTED

    # Another partition count asked for: the topics the snapshot brings keep theirs.
    broker = await start_embedded(TOPICS, 5, snapshot)
    try:
        assert not snapshot.exists()
        assert broker.cluster_id == before["cluster"]
        assert await _state(broker.bootstrap) == before
    finally:
        await broker.stop()


async def test_a_record_landing_elsewhere_restores_under_a_new_cluster_id(tmp_path: Path) -> None:
    # Offsets 3 and 4 cannot come back: a new broker writes the partition from 0.
    snapshot = tmp_path / "broker.jsonl"
    head = SnapshotHead(
        "memstream-dev-old", (TopicShape(OTHER, 1),), {GROUP: {TopicPartition(OTHER, 0): 4}}
    )
    with write_snapshot(snapshot, head) as writer:
        for offset in (3, 4):
            writer.write(SnapshotRecord(OTHER, 0, offset, 1000 + offset, b"k", b"v"))
    broker = await start_embedded(TOPICS, 1, snapshot)
    try:
        assert not snapshot.exists()
        # A new cluster: the status view rebuilds instead of trusting its checkpoint.
        assert broker.cluster_id not in (None, "memstream-dev-old")
        records = await read_topic(broker.bootstrap, OTHER)
        assert [(r.offset, r.timestamp) for r in records] == [(0, 1003), (1, 1004)]
        consumer = make_consumer(KafkaSettings(bootstrap=broker.bootstrap), "t", group_id=GROUP)
        await consumer.start()
        try:
            # Offset 4 now names no record it named: the group starts over.
            assert await consumer.committed(TopicPartition(OTHER, 0)) is None
        finally:
            await consumer.stop()
    finally:
        await broker.stop()


async def test_an_unreadable_snapshot_is_set_aside_for_an_empty_broker(tmp_path: Path) -> None:
    snapshot = tmp_path / "broker.jsonl"
    snapshot.write_bytes(b"not a snapshot\n")
    broker = await start_embedded(TOPICS, 2, snapshot)
    try:
        assert not snapshot.exists()
        assert snapshot.with_name("broker.jsonl.failed").read_bytes() == b"not a snapshot\n"
        assert await read_topic(broker.bootstrap, TOPICS.requests) == []
    finally:
        await broker.stop()
