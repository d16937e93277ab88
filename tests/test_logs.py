"""One log format: every line a service writes is a JSON object with the same fields, its
own lines and its libraries' (aiokafka, uvicorn, asyncio...), warnings and crashes too."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import orjson

from memstream.contracts.topics import topic_names
from memstream.kafka.tansu import EmbeddedTansu
from memstream.testing.data import KEY_A, auth
from memstream.testing.processes import ROOT, ServiceProcess
from tests.support import make_settings

FIELDS = {"event", "level", "logger", "timestamp", "pid"}


def _lines(text: bytes) -> list[dict[str, Any]]:
    """Every line as a JSON object with the common fields; fails on the first that is not."""
    parsed = []
    for line in text.splitlines():
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError:
            raise AssertionError(f"not JSON: {line[:300]!r}") from None
        assert isinstance(value, dict), line
        assert value.keys() >= FIELDS, line
        parsed.append(value)
    return parsed


def _aiokafka_warned(path: Path) -> bool:
    return b"Unable connect to node" in path.read_bytes()


async def test_a_service_s_lines_and_its_libraries_are_json_with_the_same_fields(
    tmp_path: Path,
) -> None:
    broker = EmbeddedTansu()
    settings = make_settings(broker.bootstrap, tmp_path / "qdrant", publish_timeout_s=1)
    await broker.start(topic_names(settings.kafka.topic_prefix), settings.kafka.partitions)
    log_path = tmp_path / "ingest.log"
    ingest = ServiceProcess("ingest", settings, log_path)
    secret = f"secret-content-{uuid.uuid4().hex}"
    body = {"messages": [{"role": "user", "content": secret}], "user_id": "logs"}
    try:
        await asyncio.to_thread(ingest.start)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{ingest.port}") as http:
            accepted = await http.post(
                "/v3/memories/add/", json=body, headers={**auth(), "X-Request-ID": "logs-ok"}
            )
            assert accepted.status_code == 200
            broker.kill()  # aiokafka now warns on its own ("Unable connect to node ...")
            refused = await http.post(
                "/v3/memories/add/", json=body, headers={**auth(), "X-Request-ID": "logs-503"}
            )
            assert refused.status_code == 503
            deadline = time.monotonic() + 30
            while not _aiokafka_warned(log_path):
                assert time.monotonic() < deadline, "aiokafka logged nothing"
                await asyncio.sleep(0.1)
        assert await asyncio.to_thread(ingest.terminate) == 0
    finally:
        ingest.stop()
        await broker.stop()

    text = log_path.read_bytes()
    lines = _lines(text)
    by_logger = {line["logger"] for line in lines}
    assert any(name.startswith("aiokafka") for name in by_logger), by_logger
    assert any(name.startswith("memstream.") for name in by_logger), by_logger
    assert ingest.process is not None
    assert {line["pid"] for line in lines} == {ingest.process.pid}
    (ok,) = [line for line in lines if line["event"] == "add_accepted"]
    assert ok["request_id"] == "logs-ok" and ok["level"] == "info"
    (failed,) = [line for line in lines if line["event"] == "publish_failed"]
    assert failed["request_id"] == "logs-503"
    assert secret.encode() not in text, "message contents are never logged"
    assert KEY_A.encode() not in text, "API keys are never logged"


_SCRIPT = """
import logging, threading, warnings
from memstream.observability.logs import configure_logging, get_logger
configure_logging("info")
get_logger("memstream.example").info("own_line", count=1)
get_logger("memstream.example").debug("hidden_debug")
logging.getLogger("uvicorn.error").info("library info is hidden")
logging.getLogger("aiokafka.conn").warning("Unable connect to node with id %s", 1)
warnings.warn("a deprecated call")
try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger("asyncio").exception("Task exception was never retrieved")
thread = threading.Thread(target=lambda: 1 / 0, name="worker")
thread.start()
thread.join()
raise RuntimeError("crashed")
"""


def test_warnings_library_errors_and_crashes_are_json_lines_too() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, cwd=ROOT, timeout=60, check=False
    )
    assert result.returncode == 1
    assert result.stdout == b""
    lines = _lines(result.stderr)
    events = [(line["logger"], line["level"], line["event"]) for line in lines]
    assert events == [
        ("memstream.example", "info", "own_line"),
        ("aiokafka.conn", "warning", "Unable connect to node with id 1"),
        ("py.warnings", "warning", events[2][2]),
        ("asyncio", "error", "Task exception was never retrieved"),
        ("memstream", "critical", "uncaught_exception"),
        ("memstream", "critical", "uncaught_exception"),
    ]
    assert "UserWarning: a deprecated call" in events[2][2]
    assert "ZeroDivisionError" in lines[3]["exception"]
    assert "ZeroDivisionError" in lines[4]["exception"]
    assert "RuntimeError: crashed" in lines[5]["exception"]
    assert lines[0]["count"] == 1
