"""The embedded broker's snapshot file: what is written reads back the same, byte for
byte, and a file that is not a whole snapshot is refused or never appears."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from aiokafka import TopicPartition

from memstream.kafka.snapshot_file import (
    SnapshotError,
    SnapshotHead,
    SnapshotRecord,
    TopicShape,
    decode_head,
    decode_record,
    encode_head,
    encode_record,
    read_snapshot,
    write_snapshot,
)

HEAD = SnapshotHead(
    cluster_id="memstream-dev-1",
    topics=(TopicShape("a", 3), TopicShape("b", 1, {"cleanup.policy": "compact"})),
    groups={"g": {TopicPartition("a", 0): 2, TopicPartition("b", 0): 0}, "idle": {}},
)
RECORDS = [
    SnapshotRecord("a", 0, 0, 1_700_000_000_123, b"k", b'{"x": 1}', (("h", b"\x00\xff"),)),
    SnapshotRecord("a", 0, 1, 5, b"k", None),  # a tombstone
    SnapshotRecord("a", 2, 0, 7, None, b"", (("n", None), ("h", b"1"), ("h", b"2"))),
    SnapshotRecord("b", 0, 0, 9, b"\n\r\x00", "é\n".encode()),
]


def test_head_and_records_decode_to_what_was_encoded() -> None:
    assert decode_head(encode_head(HEAD)) == HEAD
    assert [decode_record(encode_record(r)) for r in RECORDS] == RECORDS


def test_every_encoded_value_is_one_line() -> None:
    for line in [encode_head(HEAD), *map(encode_record, RECORDS)]:
        assert line.endswith(b"\n") and line.count(b"\n") == 1


def test_a_written_snapshot_reads_back_in_order(tmp_path: Path) -> None:
    path = tmp_path / "var" / "broker.jsonl"
    with write_snapshot(path, HEAD) as writer:
        assert not path.exists()  # only once it is whole
        for record in RECORDS:
            writer.write(record)
    assert writer.records == len(RECORDS)
    assert writer.bytes == path.stat().st_size
    with read_snapshot(path) as (head, records):
        assert head == HEAD
        assert list(records) == RECORDS
    assert [p.name for p in path.parent.iterdir()] == ["broker.jsonl"]


def test_a_snapshot_that_fails_midway_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "broker.jsonl"
    with pytest.raises(TimeoutError), write_snapshot(path, HEAD) as writer:
        writer.write(RECORDS[0])
        raise TimeoutError("the broker stopped answering")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "line",
    [
        b"",
        b"not json\n",
        b'{"format": "memstream-broker-snapshot", "version": 2}\n',
        b'{"format": "something-else", "version": 1}\n',
        orjson.dumps({"format": "memstream-broker-snapshot", "version": 1, "cluster_id": "c"}),
    ],
)
def test_a_head_of_another_format_is_refused(line: bytes) -> None:
    with pytest.raises(SnapshotError):
        decode_head(line)


@pytest.mark.parametrize(
    "changes",
    [{"k": "not base64!"}, {"o": "x"}, {"h": [["h"]]}, {"ts": None}, {"p": "zero"}],
)
def test_a_broken_record_is_refused(changes: dict[str, object]) -> None:
    raw = orjson.loads(encode_record(RECORDS[0])) | changes
    with pytest.raises(SnapshotError):
        decode_record(orjson.dumps(raw))
