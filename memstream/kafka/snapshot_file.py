"""The file a cleanly stopped embedded broker leaves behind, and nothing that talks to one.

JSON lines, one object a line:

- line 1, the head: `{"format": "memstream-broker-snapshot", "version": 1, "cluster_id":
  str, "topics": [{"name": str, "partitions": int, "configs": {str: str}}], "groups":
  [{"group": str, "offsets": [[topic, partition, committed offset], ...]}]}`;
- then one line a record, each partition's records in offset order (partitions interleave):
  `{"t": topic, "p": partition, "o": offset, "ts": timestamp_ms, "k": key, "v": value,
  "h": [[header name, header value], ...]}`, where key, value and header values are
  base64, or null (a null value is a tombstone).

It is written to a sibling `.tmp` file renamed over the path once complete, so the path
holds a whole snapshot or none, and read back a line at a time: a backlog of any size is
never one string in memory.
"""

from __future__ import annotations

import base64
import binascii
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from aiokafka import TopicPartition

__all__ = [
    "SnapshotError",
    "SnapshotHead",
    "SnapshotRecord",
    "SnapshotWriter",
    "TopicShape",
    "decode_head",
    "decode_record",
    "encode_head",
    "encode_record",
    "read_snapshot",
    "write_snapshot",
]

FORMAT = "memstream-broker-snapshot"
VERSION = 1


class SnapshotError(ValueError):
    """The file is not a snapshot this version can read back."""


@dataclass(frozen=True, slots=True)
class TopicShape:
    name: str
    partitions: int
    configs: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SnapshotHead:
    cluster_id: str
    topics: tuple[TopicShape, ...]
    groups: dict[str, dict[TopicPartition, int]]  # each group's committed offsets


@dataclass(frozen=True, slots=True)
class SnapshotRecord:
    topic: str
    partition: int
    offset: int
    timestamp_ms: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes | None], ...] = ()


def _b64(data: bytes | None) -> str | None:
    return None if data is None else base64.b64encode(data).decode("ascii")


def _bytes(text: str | None) -> bytes | None:
    return None if text is None else base64.b64decode(text, validate=True)


def encode_head(head: SnapshotHead) -> bytes:
    return orjson.dumps(
        {
            "format": FORMAT,
            "version": VERSION,
            "cluster_id": head.cluster_id,
            "topics": [
                {"name": t.name, "partitions": t.partitions, "configs": t.configs}
                for t in head.topics
            ],
            "groups": [
                {"group": g, "offsets": [[tp.topic, tp.partition, o] for tp, o in offsets.items()]}
                for g, offsets in head.groups.items()
            ],
        },
        option=orjson.OPT_APPEND_NEWLINE,
    )


def encode_record(record: SnapshotRecord) -> bytes:
    return orjson.dumps(
        {
            "t": record.topic,
            "p": record.partition,
            "o": record.offset,
            "ts": record.timestamp_ms,
            "k": _b64(record.key),
            "v": _b64(record.value),
            "h": [[name, _b64(value)] for name, value in record.headers],
        },
        option=orjson.OPT_APPEND_NEWLINE,
    )


def _loads(line: bytes, what: str) -> Any:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise SnapshotError(f"{what}: not JSON ({exc})") from None


def decode_head(line: bytes) -> SnapshotHead:
    raw = _loads(line, "head")
    if not isinstance(raw, dict) or (raw.get("format"), raw.get("version")) != (FORMAT, VERSION):
        raise SnapshotError(f"head: not a {FORMAT} of version {VERSION}")
    try:
        return SnapshotHead(
            cluster_id=str(raw["cluster_id"]),
            topics=tuple(
                TopicShape(t["name"], int(t["partitions"]), dict(t["configs"]))
                for t in raw["topics"]
            ),
            groups={
                g["group"]: {TopicPartition(t, int(p)): int(o) for t, p, o in g["offsets"]}
                for g in raw["groups"]
            },
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise SnapshotError(f"head: {exc!r}") from None


def decode_record(line: bytes) -> SnapshotRecord:
    raw = _loads(line, "record")
    try:
        return SnapshotRecord(
            topic=raw["t"],
            partition=int(raw["p"]),
            offset=int(raw["o"]),
            timestamp_ms=int(raw["ts"]),
            key=_bytes(raw["k"]),
            value=_bytes(raw["v"]),
            headers=tuple((str(name), _bytes(value)) for name, value in raw["h"]),
        )
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise SnapshotError(f"record: {exc!r}") from None


class SnapshotWriter:
    """Appends records to an open snapshot, counting them and the bytes written."""

    def __init__(self, file: BinaryIO) -> None:
        self._file = file
        self.records = 0
        self.bytes = 0

    def write(self, record: SnapshotRecord) -> None:
        self.bytes += self._file.write(encode_record(record))
        self.records += 1


@contextmanager
def write_snapshot(path: Path, head: SnapshotHead) -> Iterator[SnapshotWriter]:
    """The head, then whatever records the block writes; `path` appears only if it ends
    without an error (a partial snapshot would bring back a broker missing records)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.tmp")
    try:
        with partial.open("wb") as file:
            writer = SnapshotWriter(file)
            writer.bytes = file.write(encode_head(head))
            yield writer
            file.flush()
            os.fsync(file.fileno())
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def read_snapshot(path: Path) -> Iterator[tuple[SnapshotHead, Iterator[SnapshotRecord]]]:
    """The head, and the records decoded one line at a time as they are iterated."""
    with path.open("rb") as file:
        head = decode_head(file.readline())
        yield head, (decode_record(line) for line in file)
