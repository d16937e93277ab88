"""The headers a dead letter carries: memstream's own, never a producer's copies of them."""

from __future__ import annotations

import uuid

from aiokafka import ConsumerRecord

from memstream.services.extractor.decode import Poison
from memstream.services.extractor.emitter import dead_letter_headers


def _record(headers: list[tuple[str, bytes]]) -> ConsumerRecord[bytes, bytes]:
    return ConsumerRecord(
        topic="memstream.add-requests.v1",
        partition=3,
        offset=42,
        timestamp=0,
        timestamp_type=0,
        key=b"k",
        value=b"v",
        checksum=None,
        serialized_key_size=1,
        serialized_value_size=1,
        headers=headers,
    )


def test_a_producers_dlq_headers_are_dropped_and_its_others_kept() -> None:
    # A reader that takes the first header of a name (kcat's %h, a dict built backwards)
    # read the producer's claim: `oversized`, ahead of the real reason.
    event_id = uuid.uuid4()
    forged = [
        ("source", b"kcat"),
        ("memstream-dlq-reason", b"oversized"),
        ("MEMSTREAM-DLQ-DETAIL", b"forged"),
        ("memstream-source-offset", b"0"),
        ("memstream-event-id", b"00000000-0000-0000-0000-000000000000"),
        ("x-request-id", b"r1"),
    ]
    poison = Poison("unsupported-schema-version", "schema_version 7", event_id, "o", "p")
    headers = dead_letter_headers(_record(forged), poison)
    assert headers == [
        ("source", b"kcat"),
        ("x-request-id", b"r1"),
        ("memstream-dlq-reason", b"unsupported-schema-version"),
        ("memstream-dlq-detail", b"schema_version 7"),
        ("memstream-source-topic", b"memstream.add-requests.v1"),
        ("memstream-source-partition", b"3"),
        ("memstream-source-offset", b"42"),
        ("memstream-event-id", str(event_id).encode()),
    ]
    # Without a readable event id, a forged one is not left standing alone either.
    unreadable = dead_letter_headers(_record(forged), Poison("not-json", "not JSON"))
    assert [name for name, _ in unreadable if name.startswith("memstream-event")] == []
