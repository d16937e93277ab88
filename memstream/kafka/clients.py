"""The Kafka clients of every service: producers, consumers, topic creation.

Every client is made here, with the security the settings name (TLS, SASL/SCRAM, mTLS):
`kafka_security` turns them into aiokafka's arguments, reading secrets from their files
at that moment, so a rotated secret is used by the next client made.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import struct
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from aiokafka.helpers import create_ssl_context
from aiokafka.partitioner import DefaultPartitioner
from aiokafka.protocol.metadata import MetadataRequest

from memstream.contracts.topics import Topics
from memstream.kafka.freshness import PartitionProgress
from memstream.settings import KafkaSettings

__all__ = [
    "KafkaSecurityError",
    "RememberingPartitioner",
    "at_highwater",
    "broker_reachable",
    "cluster_id",
    "commit_offsets",
    "create_missing_topics",
    "ensure_topics",
    "kafka_security",
    "make_consumer",
    "make_producer",
    "murmur2",
    "partition_count",
    "progress",
    "topic_partitions",
]


_M = 0x5BD1E995
_MASK = 0xFFFFFFFF


def murmur2(data: bytes) -> int:
    """The Java client's murmur2 (aiokafka's `murmur2`, the same value), reading the key a
    word at a time: a third of the CPU of aiokafka's byte-by-byte loop, on lifecycle keys
    that never recur (an event id each)."""
    length = len(data)
    h = 0x9747B28C ^ length
    words = length >> 2
    for k in struct.unpack_from(f"<{words}I", data):
        k = (k * _M) & _MASK
        k = ((k ^ (k >> 24)) * _M) & _MASK
        h = ((h * _M) & _MASK) ^ k
    tail = length & 3
    if tail:
        end = words << 2
        if tail == 3:
            h ^= data[end + 2] << 16
        if tail >= 2:
            h ^= data[end + 1] << 8
        h = ((h ^ data[end]) * _M) & _MASK
    h = ((h ^ (h >> 13)) * _M) & _MASK
    return h ^ (h >> 15)


class RememberingPartitioner:
    """aiokafka's default partitioning (the Java client's murmur2, so producers in any
    language agree), remembering the hashes of recent keys: a scope key recurs on every
    add of its user, and the pure-Python hash cost 5% of an add's CPU."""

    def __init__(self, remembered_keys: int = 1 << 16) -> None:
        self._hash = functools.lru_cache(maxsize=remembered_keys)(murmur2)

    def __call__(self, key: bytes | None, all_partitions: list[int], available: list[int]) -> int:
        if key is None:
            return int(DefaultPartitioner()(key, all_partitions, available))
        hashed = int(self._hash(key))
        return all_partitions[(hashed & 0x7FFFFFFF) % len(all_partitions)]


class KafkaSecurityError(ValueError):
    """The security settings cannot make a client (e.g. SASL without a user)."""


def _secret(path: Path, name: str) -> str:
    try:
        return path.read_text().strip()
    except OSError as exc:
        raise KafkaSecurityError(f"{name} {path}: {exc.strerror}") from None


def kafka_security(kafka: KafkaSettings) -> dict[str, Any]:
    """aiokafka's security arguments for the settings; secrets are read now."""
    options: dict[str, Any] = {"security_protocol": kafka.security_protocol}
    if kafka.security_protocol in ("SSL", "SASL_SSL"):
        password = kafka.ssl_key_password_file
        context = create_ssl_context(
            cafile=str(kafka.ssl_ca_file) if kafka.ssl_ca_file else None,
            certfile=str(kafka.ssl_cert_file) if kafka.ssl_cert_file else None,
            keyfile=str(kafka.ssl_key_file) if kafka.ssl_key_file else None,
            password=_secret(password, "ssl_key_password_file") if password else None,
        )
        context.check_hostname = kafka.ssl_check_hostname
        options["ssl_context"] = context
    if kafka.security_protocol.startswith("SASL"):
        if not kafka.sasl_username or kafka.sasl_password_file is None:
            raise KafkaSecurityError(
                f"{kafka.security_protocol} needs sasl_username and sasl_password_file"
            )
        options |= {
            "sasl_mechanism": kafka.sasl_mechanism,
            "sasl_plain_username": kafka.sasl_username,
            "sasl_plain_password": _secret(kafka.sasl_password_file, "sasl_password_file"),
        }
    return options


def make_producer(
    kafka: KafkaSettings, client_id: str, give_up_after_s: float | None = None
) -> AIOKafkaProducer:
    """acks=all without idempotence: Tansu lacks InitProducerId; ids make redelivery harmless.

    `give_up_after_s` bounds how long a record may wait in the producer: aiokafka drops a
    batch older than its request timeout instead of retrying it, so a record whose sender
    was told it failed is not delivered later, when the broker comes back.
    """
    request_timeout_ms = (
        kafka.request_timeout_ms if give_up_after_s is None else int(give_up_after_s * 1000)
    )
    return AIOKafkaProducer(
        bootstrap_servers=kafka.bootstrap,
        **kafka_security(kafka),
        client_id=client_id,
        acks="all",
        enable_idempotence=False,
        linger_ms=2,
        request_timeout_ms=request_timeout_ms,
        partitioner=RememberingPartitioner(),
        max_request_size=8 * 1024 * 1024,
    )


def make_consumer(
    kafka: KafkaSettings, client_id: str, group_id: str | None = None, **options: Any
) -> AIOKafkaConsumer:
    """A consumer that commits only when told to (never automatically), reading from the
    start of a partition it has no committed offset for; `options` are aiokafka's."""
    settings: dict[str, Any] = {
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
        "request_timeout_ms": kafka.request_timeout_ms,
        **options,
    }
    return AIOKafkaConsumer(
        bootstrap_servers=kafka.bootstrap,
        **kafka_security(kafka),
        client_id=client_id,
        group_id=group_id,
        **settings,
    )


async def at_highwater(consumer: AIOKafkaConsumer, partitions: list[TopicPartition]) -> bool:
    """Whether the consumer has read each of `partitions` up to the highwater its last fetch
    reported. Not end_offsets(): Tansu's list-offsets "latest" is wrong when a batch holds
    more than one record (DESIGN.md)."""
    for tp in partitions:
        highwater = consumer.highwater(tp)
        if highwater is None or await consumer.position(tp) < highwater:
            return False
    return True


async def commit_offsets(
    kafka: KafkaSettings, group_id: str, offsets: dict[TopicPartition, int]
) -> None:
    """Commit a group's offsets from outside it: a consumer of the group, assigned the
    partitions rather than joining (the group's members need not run)."""
    consumer = make_consumer(kafka, "memstream-offsets", group_id=group_id)
    await consumer.start()
    try:
        consumer.assign(list(offsets))
        await consumer.commit(offsets)
    finally:
        await consumer.stop()


async def broker_reachable(producer: AIOKafkaProducer, timeout_s: float = 1.0) -> bool:
    """Readiness: a metadata round trip to the cluster succeeds in time."""
    try:
        async with asyncio.timeout(timeout_s):
            await producer.client.fetch_all_metadata()
    except Exception:
        return False
    return True


async def topic_partitions(consumer: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    """Every partition of `topic`, once the consumer's metadata knows them (about 10 s)."""
    for _ in range(100):
        found = consumer.partitions_for_topic(topic)
        if found:
            return [TopicPartition(topic, p) for p in sorted(found)]
        await consumer._client.force_metadata_update()
        await asyncio.sleep(0.1)
    raise RuntimeError(f"topic {topic} has no partitions")


async def partition_count(producer: AIOKafkaProducer, topic: str, at_least: int) -> int | None:
    """How many partitions `topic` has (None when the broker does not say). The producer's
    metadata may predate partitions added since: knowing fewer than `at_least`, it asks."""
    try:
        known = await producer.partitions_for(topic)
        if len(known) < at_least:
            await producer.client.force_metadata_update()
            known = await producer.partitions_for(topic)
    except KafkaError:
        return None
    return len(known)


async def progress(
    consumer: AIOKafkaConsumer, partitions: list[TopicPartition] | None = None
) -> dict[TopicPartition, PartitionProgress]:
    """Where the consumer stands on each of `partitions` (default: its assignment), for
    `CatchUp`: its last fetch, the highwater that fetch reported, its position."""
    return {
        tp: PartitionProgress(
            fetched_at_ms=consumer.last_poll_timestamp(tp),
            highwater=consumer.highwater(tp),
            position=await consumer.position(tp),
        )
        for tp in (consumer.assignment() if partitions is None else partitions)
    }


async def cluster_id(consumer: AIOKafkaConsumer) -> str:
    """The id of the cluster the consumer talks to (Metadata v2+): a new cluster, such as
    an in-memory broker started again without a snapshot (snapshots.py), has a new one."""
    client = consumer._client
    node = client.get_random_node()
    response = await client.send(node, MetadataRequest([], False))
    return str(getattr(response, "cluster_id", None) or "unknown")


async def ensure_topics(
    bootstrap: str,
    topics: Topics,
    partitions: int,
    replication_factor: int = 1,
    *,
    security: KafkaSettings | None = None,
) -> None:
    """Create memstream's topics when missing (the compacted ones compacted); existing ones
    are left as they are. `security`: the settings whose security the admin client uses
    (else plaintext)."""
    wanted = [
        NewTopic(
            name,
            num_partitions=partitions,
            replication_factor=replication_factor,
            topic_configs={"cleanup.policy": "compact"} if name in topics.compacted() else {},
        )
        for name in topics.all()
    ]
    await create_missing_topics(bootstrap, wanted, security=security)


async def create_missing_topics(
    bootstrap: str, wanted: Sequence[NewTopic], *, security: KafkaSettings | None = None
) -> None:
    """Create the topics of `wanted` the broker lacks; existing ones are left as they are."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap,
        request_timeout_ms=10_000,
        **(kafka_security(security) if security is not None else {}),
    )
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [topic for topic in wanted if topic.name not in existing]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(missing)
    finally:
        await admin.close()
