"""The measurements behind the limits of issue 13 (not part of `make bench`):

    python -m bench.limits

1. How deep a JSON value each decoder and store downstream of an add handles (the
   ceilings memstream/contracts/limits.py stays below).
2. The RSS of an ingest gateway under 16 parallel 8 MB header floods, on plain uvicorn
   (the server before memstream.web.server) and on the services' guarded server.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import qdrant_edge as qe
from pydantic import BaseModel

from memstream.contracts.topics import topic_names
from memstream.kafka.clients import ensure_topics
from memstream.kafka.tansu import EmbeddedTansu, free_port
from memstream.settings import AuthSettings, KafkaSettings, Settings
from memstream.testing.data import GRANTS
from memstream.testing.processes import MEMSTREAM, settings_env, wait_until_ready


class _Wrapper(BaseModel):
    m: dict[str, Any]


def _nested(depth: int) -> dict[str, Any]:
    value: Any = 1
    for _ in range(depth):
        value = {"a": value}
    return value  # type: ignore[no-any-return]


def _text(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


def _deepest(works: Callable[[int], object], high: int = 3000) -> int:
    """The largest depth `works` handles (binary search; it raises past it)."""
    low = 0
    while low < high:
        middle = (low + high + 1) // 2
        try:
            works(middle)
            low = middle
        except Exception:
            high = middle - 1
    return low


def _edge_reloads(depth: int) -> None:
    """A point whose payload holds `metadata` nested `depth` deep: written, read, and the
    shard loaded again from its write-ahead log."""
    config = qe.EdgeConfig(vectors=qe.EdgeVectorParams(size=4, distance=qe.Distance.Cosine))
    with tempfile.TemporaryDirectory() as path:
        shard = qe.EdgeShard.create(path, config)
        point_id = str(uuid.uuid4())
        point = qe.Point(point_id, [0.1, 0.2, 0.3, 0.4], {"metadata": _nested(depth)})
        shard.update(qe.UpdateOperation.upsert_points([point]))
        shard.retrieve([point_id], with_payload=True, with_vector=False)
        shard.flush()
        shard.close()
        qe.EdgeShard.load(path, config).close()


def depth_ceilings() -> dict[str, int]:
    sys.setrecursionlimit(100_000)
    return {
        "orjson_loads_levels": _deepest(lambda d: orjson.loads(_text(d))),
        "orjson_dumps_levels": _deepest(lambda d: orjson.dumps(_nested(d))),
        "pydantic_json_parse_levels_in_a_field": _deepest(
            lambda d: _Wrapper.model_validate_json(b'{"m":' + _text(d) + b"}")
        ),
        "pydantic_json_dump_levels": _deepest(lambda d: _Wrapper(m=_nested(d)).model_dump_json()),
        "qdrant_edge_metadata_levels": _deepest(_edge_reloads, high=200),
    }


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0.0


async def _flood(port: int, total: int = 8 * 1024 * 1024) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(b"GET /healthz HTTP/1.1\r\nhost: t\r\n")
        line = b"x-pad: " + b"a" * 8000 + b"\r\n"
        for _ in range(total // len(line)):
            writer.write(line)
            await writer.drain()
        writer.write(b"\r\n")
        await writer.drain()
        await asyncio.wait_for(reader.read(100), 30)
    except (ConnectionError, TimeoutError):
        pass
    finally:
        writer.close()


def _start(command: list[str], env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_until_ready(f"http://127.0.0.1:{port}/healthz", process)
    return process


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.kill()
    process.wait()


async def _gateway_under_floods(
    command: list[str], env: dict[str, str], port: int
) -> dict[str, float]:
    process = await asyncio.to_thread(_start, command, env, port)
    try:
        before = peak = _rss_mb(process.pid)
        floods = asyncio.gather(*(_flood(port) for _ in range(16)))
        while not floods.done():
            peak = max(peak, _rss_mb(process.pid))
            await asyncio.sleep(0.05)
        await floods
        await asyncio.sleep(2)
        return {"before": before, "peak": peak, "after_2s": _rss_mb(process.pid)}
    finally:
        await asyncio.to_thread(_stop, process)


async def header_floods() -> dict[str, float]:
    broker = EmbeddedTansu()
    await broker.start()
    try:
        settings = Settings(
            kafka=KafkaSettings(bootstrap=broker.bootstrap, topic_prefix="benchflood"),
            auth=AuthSettings(api_keys=GRANTS, key_store_path=None),
        )
        await ensure_topics(broker.bootstrap, topic_names("benchflood"), 1)
        figures: dict[str, float] = {}
        for name in ("plain_uvicorn", "memstream_server"):
            port = free_port()
            env = {**os.environ, **settings_env(settings), "MEMSTREAM_HTTP_PORT": str(port)}
            command = [str(MEMSTREAM), "ingest"]
            if name == "plain_uvicorn":
                run = (
                    "import uvicorn; uvicorn.run('memstream.services.stack:ingest_app', "
                    f"factory=True, port={port}, log_config=None, access_log=False)"
                )
                command = [sys.executable, "-c", run]
            rss = await _gateway_under_floods(command, env, port)
            figures |= {f"{name}_rss_mb_{k}": v for k, v in rss.items()}
        return figures
    finally:
        await broker.stop()


def main() -> None:
    started = time.monotonic()
    figures: dict[str, float] = {**depth_ceilings(), **asyncio.run(header_floods())}
    for name, value in figures.items():
        sys.stdout.write(f"{name:<40} {value:>8.0f}\n")
    sys.stdout.write(f"({time.monotonic() - started:.0f} s)\n")


if __name__ == "__main__":
    main()
