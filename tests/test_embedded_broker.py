"""The embedded broker does not outlive what started it: a SIGKILL of `memstream dev` (or
of a test run) can run no cleanup, and Tansu runs in a session of its own."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path

STARTS_A_BROKER = """
import asyncio
from memstream.kafka.tansu import EmbeddedTansu

async def main() -> None:
    broker = EmbeddedTansu()
    await broker.start()
    print("broker pid", broker.pid, flush=True)
    await asyncio.sleep(600)

asyncio.run(main())
"""


async def _broker_pid(output: asyncio.StreamReader) -> int:
    """The pid the starter prints (its log lines come first)."""
    while True:
        line = (await output.readline()).decode()
        if not line:
            raise AssertionError("the starter exited before its broker started")
        if line.startswith("broker pid "):
            return int(line.split()[-1])


def _running(pid: int) -> bool:
    """Alive and not a zombie left for a parent that does not reap."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


async def test_the_broker_stops_when_the_process_that_started_it_is_killed() -> None:
    starter = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        STARTS_A_BROKER,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert starter.stdout is not None
    try:
        broker_pid = await asyncio.wait_for(_broker_pid(starter.stdout), timeout=30)
        assert _running(broker_pid)
    finally:
        starter.send_signal(signal.SIGKILL)
        await starter.wait()
    deadline = time.monotonic() + 15
    while _running(broker_pid) and time.monotonic() < deadline:  # noqa: ASYNC110 (another process)
        await asyncio.sleep(0.05)
    try:
        assert not _running(broker_pid), "the broker outlived the process that started it"
    finally:
        if _running(broker_pid):
            os.kill(broker_pid, signal.SIGKILL)
