"""Publishes an accepted add: the request record, then its PENDING lifecycle record."""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError, MessageSizeTooLargeError

from memstream import lifecycle
from memstream.contracts import AddRequest
from memstream.errors import BrokerUnavailableError, RecordTooLargeError
from memstream.ids import scope_key
from memstream.topics import Topics

__all__ = ["AddPublisher"]


class AddPublisher:
    def __init__(self, producer: AIOKafkaProducer, topics: Topics, timeout_s: float) -> None:
        self._producer = producer
        self._topics = topics
        self._timeout_s = timeout_s

    async def publish(self, record: AddRequest) -> None:
        """Returns once the broker acknowledged both records (acks=all).

        The request goes first: a PENDING record is never written for a request
        the broker did not take, so every PENDING event can end.
        """
        key = scope_key(record.org_id, record.project_id, record.entities())
        await self._send(self._topics.requests, key, record.model_dump_json().encode())
        snapshot = lifecycle.pending(record)
        await self._send(
            self._topics.lifecycle,
            str(record.event_id).encode(),
            snapshot.model_dump_json().encode(),
        )

    async def _send(self, topic: str, key: bytes, value: bytes) -> None:
        try:
            async with asyncio.timeout(self._timeout_s):
                await self._producer.send_and_wait(topic, value=value, key=key)
        except MessageSizeTooLargeError as exc:
            raise RecordTooLargeError(topic) from exc
        except (KafkaError, TimeoutError) as exc:
            raise BrokerUnavailableError(f"{topic}: {type(exc).__name__}") from exc
