"""What the embedded broker holds, kept across a clean stop of `memstream dev`.

Tansu's memory engine forgets everything when it stops. On a clean stop, once the services
have drained, `stop_embedded` reads every topic (every partition, from its first offset to
its end), the committed offsets of every consumer group and the cluster id into a
snapshot file (snapshot_file.py); `start_embedded` starts the next broker with that
cluster id, produces the records back to their partitions in order, checks that each
lands at its old offset, commits the groups' offsets again and removes the file. The
status view's checkpoint (keyed on the cluster id) and the extractor's committed offsets
are then as valid as before the stop.

Should a record land at another offset, the offsets the groups and the status view kept
name other records: the records are restored again into a broker with a new cluster id
(the status view rebuilds), and the groups start over from the beginning of each partition
(at least once, so no accepted add is skipped; processing one twice has the effect of
once). A crash or SIGKILL writes no snapshot: what the broker held is gone, as before.
"""

from __future__ import annotations

import asyncio
import collections
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.structs import RecordMetadata

from memstream.contracts.topics import Topics
from memstream.kafka.clients import (
    at_highwater,
    cluster_id,
    commit_offsets,
    create_missing_topics,
    ensure_topics,
    make_consumer,
    make_producer,
)
from memstream.kafka.snapshot_file import (
    SnapshotHead,
    SnapshotRecord,
    TopicShape,
    read_snapshot,
    write_snapshot,
)
from memstream.kafka.tansu import EmbeddedTansu
from memstream.observability.logs import get_logger
from memstream.settings import KafkaSettings

__all__ = [
    "OffsetMovedError",
    "restore_snapshot",
    "start_embedded",
    "stop_embedded",
    "take_snapshot",
]

log = get_logger(__name__)

CLIENT_ID = "memstream-snapshot"
STALL_S = 30.0  # reading a snapshot: this long without a record or the end is a failure
IN_FLIGHT = 10_000  # restoring: records sent before the oldest acknowledgements are read


class OffsetMovedError(RuntimeError):
    """A restored record landed at another offset than the one it had."""

    def __init__(self, tp: TopicPartition, offset: int, landed: int) -> None:
        super().__init__(f"{tp.topic}/{tp.partition}: offset {offset} landed at {landed}")
        self.tp, self.offset, self.landed = tp, offset, landed


async def start_embedded(topics: Topics, partitions: int, snapshot: Path) -> EmbeddedTansu:
    """A Tansu holding what `snapshot` kept (then removed), or a new empty one without it;
    memstream's topics are made if the snapshot has not brought them."""
    broker = await _restored(snapshot) if await asyncio.to_thread(snapshot.exists) else None
    restored = broker is not None
    if broker is None:
        broker = EmbeddedTansu()
        await broker.start()
    try:
        await ensure_topics(broker.bootstrap, topics, partitions)
    except BaseException:
        await broker.stop()
        raise
    if restored:
        # Only once the broker holds it all: a crash after this point must not bring back
        # this snapshot over what the broker will have taken in since.
        await asyncio.to_thread(snapshot.unlink)
    return broker


async def stop_embedded(broker: EmbeddedTansu, snapshot: Path) -> None:
    """Snapshot what the broker holds, then stop it (whether the snapshot was written)."""
    try:
        await take_snapshot(broker.bootstrap, snapshot)
    except Exception as exc:
        log.error("broker_snapshot_failed", path=str(snapshot), error=repr(exc))
    finally:
        await broker.stop()


async def _restored(snapshot: Path) -> EmbeddedTansu | None:
    """A broker holding what the snapshot kept; None, the snapshot set aside, when that fails."""
    try:
        with read_snapshot(snapshot) as (head, _):
            same_cluster = EmbeddedTansu(cluster_id=head.cluster_id)
        try:
            broker = await _restore_into(same_cluster, snapshot, keep_offsets=True)
        except OffsetMovedError as moved:
            log.error(
                "broker_restore_offset_moved",
                topic=moved.tp.topic,
                partition=moved.tp.partition,
                offset=moved.offset,
                landed=moved.landed,
                detail="restored again under a new cluster id; consumer groups start over",
            )
            broker = await _restore_into(EmbeddedTansu(), snapshot, keep_offsets=False)
    except Exception as exc:
        failed = snapshot.with_name(f"{snapshot.name}.failed")
        await asyncio.to_thread(snapshot.replace, failed)
        log.error("broker_restore_failed", path=str(failed), error=repr(exc))
        return None
    return broker


async def _restore_into(broker: EmbeddedTansu, snapshot: Path, keep_offsets: bool) -> EmbeddedTansu:
    await broker.start()
    try:
        with read_snapshot(snapshot) as (head, records):
            await restore_snapshot(broker.bootstrap, head, records, keep_offsets=keep_offsets)
    except BaseException:
        await broker.stop()
        raise
    return broker


async def take_snapshot(bootstrap: str, path: Path) -> None:
    """Write every topic, record and committed group offset the broker holds to `path`."""
    started = time.monotonic()
    log.info("broker_snapshot_started", path=str(path))
    kafka = KafkaSettings(bootstrap=bootstrap)
    head = await _read_head(kafka)
    with write_snapshot(path, head) as writer:
        await _read_records(kafka, head.topics, writer.write)
    log.info(
        "broker_snapshot_written",
        path=str(path),
        topics=len(head.topics),
        groups=len(head.groups),
        records=writer.records,
        bytes=writer.bytes,
        seconds=round(time.monotonic() - started, 2),
    )


async def restore_snapshot(
    bootstrap: str, head: SnapshotHead, records: Iterable[SnapshotRecord], keep_offsets: bool
) -> None:
    """Make the head's topics, produce `records` back to their partitions in order and,
    when `keep_offsets`, check each lands at its offset (else OffsetMovedError) and commit
    the groups' offsets again."""
    started = time.monotonic()
    log.info("broker_restore_started", topics=len(head.topics), groups=len(head.groups))
    kafka = KafkaSettings(bootstrap=bootstrap)
    await create_missing_topics(
        bootstrap, [NewTopic(t.name, t.partitions, 1, topic_configs=t.configs) for t in head.topics]
    )
    count = await _produce(kafka, records, keep_offsets)
    if keep_offsets:
        for group, offsets in head.groups.items():
            if offsets:
                await commit_offsets(kafka, group, offsets)
    log.info(
        "broker_restore_done",
        records=count,
        groups=len(head.groups) if keep_offsets else 0,
        seconds=round(time.monotonic() - started, 2),
    )


async def _read_head(kafka: KafkaSettings) -> SnapshotHead:
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap, request_timeout_ms=10_000)
    await admin.start()
    try:
        topics = await _topic_shapes(admin)
        groups = [str(group) for group, *_ in await admin.list_consumer_groups()]
    finally:
        await admin.close()
    partitions = list(_partitions(topics))
    consumer = make_consumer(kafka, CLIENT_ID)
    await consumer.start()
    try:
        cluster = await cluster_id(consumer)
    finally:
        await consumer.stop()
    committed = {group: await _committed(kafka, group, partitions) for group in sorted(groups)}
    return SnapshotHead(cluster_id=cluster, topics=topics, groups=committed)


async def _topic_shapes(admin: AIOKafkaAdminClient) -> tuple[TopicShape, ...]:
    described = [t for t in await admin.describe_topics() if not t["is_internal"]]
    if not described:
        return ()
    resources = [ConfigResource(ConfigResourceType.TOPIC, t["topic"]) for t in described]
    configs: dict[str, dict[str, str]] = {}
    for response in await admin.describe_configs(resources):
        for resource in response.to_object()["resources"]:
            configs[resource["resource_name"]] = {
                entry["config_names"]: entry["config_value"]
                for entry in resource["config_entries"]
                if not entry["read_only"] and entry["config_value"] is not None
            }
    return tuple(
        TopicShape(t["topic"], len(t["partitions"]), configs.get(t["topic"], {}))
        for t in sorted(described, key=lambda t: str(t["topic"]))
    )


def _partitions(topics: Iterable[TopicShape]) -> Iterator[TopicPartition]:
    for topic in topics:
        for partition in range(topic.partitions):
            yield TopicPartition(topic.name, partition)


async def _committed(
    kafka: KafkaSettings, group: str, partitions: list[TopicPartition]
) -> dict[TopicPartition, int]:
    # Tansu closes the connection on the admin client's OffsetFetch for a whole group;
    # a consumer of the group asks partition by partition.
    consumer = make_consumer(kafka, CLIENT_ID, group_id=group)
    await consumer.start()
    try:
        found = {tp: await consumer.committed(tp) for tp in partitions}
    finally:
        await consumer.stop()
    return {tp: offset for tp, offset in found.items() if offset is not None}


async def _read_records(
    kafka: KafkaSettings, topics: tuple[TopicShape, ...], write: Callable[[SnapshotRecord], None]
) -> None:
    partitions = list(_partitions(topics))
    if not partitions:
        return
    consumer = make_consumer(kafka, CLIENT_ID, fetch_max_wait_ms=50)
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        progressed = time.monotonic()
        while not await at_highwater(consumer, partitions):
            if time.monotonic() - progressed > STALL_S:
                raise TimeoutError(f"no record nor the end of every partition in {STALL_S}s")
            for tp, batch in (await consumer.getmany(timeout_ms=200)).items():
                progressed = time.monotonic()
                for r in batch:
                    headers = tuple((name, value) for name, value in r.headers)
                    write(
                        SnapshotRecord(
                            tp.topic, tp.partition, r.offset, r.timestamp, r.key, r.value, headers
                        )
                    )
    finally:
        await consumer.stop()


async def _produce(
    kafka: KafkaSettings, records: Iterable[SnapshotRecord], keep_offsets: bool
) -> int:
    """Produce in file order: aiokafka keeps one batch in flight per partition (acks=all,
    without idempotence), so each partition's records land in their order."""
    producer = make_producer(kafka, CLIENT_ID)
    await producer.start()
    sent: collections.deque[tuple[asyncio.Future[RecordMetadata], TopicPartition, int]]
    sent = collections.deque()
    count = 0
    try:
        for record in records:
            landing = await producer.send(
                record.topic,
                record.value,
                key=record.key,
                partition=record.partition,
                timestamp_ms=record.timestamp_ms,
                headers=list(record.headers) or None,
            )
            sent.append((landing, TopicPartition(record.topic, record.partition), record.offset))
            count += 1
            while len(sent) > IN_FLIGHT:
                await _landed(*sent.popleft(), keep_offsets)
        while sent:
            await _landed(*sent.popleft(), keep_offsets)
    finally:
        await producer.stop()
    return count


async def _landed(
    landing: asyncio.Future[RecordMetadata], tp: TopicPartition, offset: int, keep_offsets: bool
) -> None:
    landed = (await landing).offset
    if keep_offsets and landed != offset:
        raise OffsetMovedError(tp, offset, landed)
