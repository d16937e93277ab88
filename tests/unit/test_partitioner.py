"""Our producers place keys where any Kafka client's default partitioner would."""

from __future__ import annotations

from aiokafka.partitioner import DefaultPartitioner
from aiokafka.partitioner import murmur2 as java_murmur2
from hypothesis import given
from hypothesis import strategies as st

from memstream.kafka.clients import RememberingPartitioner, murmur2

remembering = RememberingPartitioner(remembered_keys=8)


@given(key=st.binary(min_size=0, max_size=64), partitions=st.integers(1, 64))
def test_a_key_lands_on_the_default_partitioners_partition(key: bytes, partitions: int) -> None:
    all_partitions = list(range(partitions))
    expected = DefaultPartitioner()(key, all_partitions, all_partitions)
    assert remembering(key, all_partitions, all_partitions) == expected
    assert remembering(key, all_partitions, all_partitions) == expected  # remembered


@given(key=st.binary(min_size=0, max_size=300))
def test_our_murmur2_is_the_java_clients(key: bytes) -> None:
    assert murmur2(key) == java_murmur2(key)
