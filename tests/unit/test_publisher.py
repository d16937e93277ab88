"""The order of an add's two records, with a producer that fails where told to."""

from __future__ import annotations

from typing import Any, cast

import pytest
from aiokafka import AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaTimeoutError
from aiokafka.structs import RecordMetadata

from memstream.contracts.topics import topic_names
from memstream.observability.request_ids import RequestContext
from memstream.services.ingest.errors import BrokerUnavailableError
from memstream.services.ingest.publisher import AddPublisher
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


def _publisher(producer: Producer) -> AddPublisher:
    return AddPublisher(cast(AIOKafkaProducer, producer), TOPICS, 1.0, max_in_flight=10)


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
