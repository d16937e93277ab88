"""The order of an add's two records, with a producer that fails where told to."""

from __future__ import annotations

import asyncio
import time
from typing import Any, cast

import pytest
from aiokafka import AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaTimeoutError
from aiokafka.structs import RecordMetadata

from memstream.contracts.topics import topic_names
from memstream.kafka.adds import AddPublisher
from memstream.kafka.publishing import BrokerUnavailableError
from memstream.observability.request_ids import RequestContext
from memstream.testing.data import request_record

TOPICS = topic_names("unit")
CONTEXT = RequestContext(request_id="r1", trace_id="0" * 31 + "1")
BODY = {"messages": [{"role": "user", "content": "I like tea"}], "user_id": "u"}


class Producer:
    """Acknowledges every send, except to `failing_topic` (a broker timing out)."""

    def __init__(self, failing_topic: str | None) -> None:
        self.failing_topic = failing_topic
        self.sent: list[str] = []

    async def send_and_wait(self, topic: str, **_: Any) -> RecordMetadata:
        if topic == self.failing_topic:
            raise KafkaTimeoutError()
        self.sent.append(topic)
        return RecordMetadata(topic, 0, TopicPartition(topic, 0), len(self.sent), -1, 0, -1)


def _publisher(producer: Producer, reachable: bool = True) -> AddPublisher:
    async def probe() -> bool:
        return reachable

    return AddPublisher(cast(AIOKafkaProducer, producer), TOPICS, 1.0, 10, probe)


async def test_a_request_the_broker_did_not_take_gets_no_pending_record() -> None:
    producer = Producer(failing_topic=TOPICS.requests)
    with pytest.raises(BrokerUnavailableError):
        await _publisher(producer).publish(request_record(BODY), CONTEXT)
    assert producer.sent == []


async def test_an_acknowledged_request_is_accepted_even_if_its_pending_record_fails() -> None:
    producer = Producer(failing_topic=TOPICS.lifecycle)
    await _publisher(producer).publish(request_record(BODY), CONTEXT)  # no error: accepted
    assert producer.sent == [TOPICS.requests]


async def test_both_records_go_out_request_first() -> None:
    producer = Producer(failing_topic=None)
    await _publisher(producer).publish(request_record(BODY), CONTEXT)
    assert producer.sent == [TOPICS.requests, TOPICS.lifecycle]


async def test_once_the_broker_failed_adds_are_refused_at_once_until_it_answers() -> None:
    producer = Producer(failing_topic=TOPICS.requests)
    publisher = _publisher(producer, reachable=False)
    with pytest.raises(BrokerUnavailableError):
        await publisher.publish(request_record(BODY), CONTEXT)
    producer.failing_topic = None  # the broker is back, but no probe has seen it yet
    started = time.monotonic()
    with pytest.raises(BrokerUnavailableError, match="unreachable"):
        await publisher.publish(request_record(BODY), CONTEXT)
    assert time.monotonic() - started < 0.1 and producer.sent == []
    publisher._reachable = lambda: asyncio.sleep(0, result=True)  # the next probe answers
    async with asyncio.timeout(5):
        while publisher.broker_down:  # noqa: ASYNC110 (the probe is the publisher's own)
            await asyncio.sleep(0.05)
    await publisher.publish(request_record(BODY), CONTEXT)
    assert producer.sent == [TOPICS.requests, TOPICS.lifecycle]
    await publisher.close()
