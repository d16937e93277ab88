"""Services and fakes as real processes, for crash, drain and multi-process tests and
for the benchmarks. Only for a source checkout: they run from its root."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import orjson
from pydantic import BaseModel, SecretStr

from memstream.kafka.tansu import free_port
from memstream.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
MEMSTREAM = Path(sys.executable).parent / "memstream"


def _env_value(value: Any) -> str:
    if isinstance(value, SecretStr):
        return value.get_secret_value()
    if isinstance(value, tuple | list):
        return orjson.dumps(
            [
                v.model_dump(mode="json") | _secrets(v) if isinstance(v, BaseModel) else v
                for v in value
            ]
        ).decode()
    return str(value)


def _secrets(model: BaseModel) -> dict[str, str]:
    return {k: v.get_secret_value() for k, v in model if isinstance(v, SecretStr)}


def settings_env(settings: Settings) -> dict[str, str]:
    """`settings` as the MEMSTREAM_* environment a service process reads."""
    env: dict[str, str] = {"MEMSTREAM_LOG_LEVEL": settings.log_level}
    for section_name, section in settings:
        if not isinstance(section, BaseModel):
            continue
        for field, value in section:
            if value is not None:
                env[f"MEMSTREAM_{section_name}_{field}".upper()] = _env_value(value)
    return env


def wait_until_ready(url: str, process: subprocess.Popen[bytes], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert process.poll() is None, f"process exited with {process.returncode}"
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"{url} not ready within {timeout_s}s")


class ServiceProcess:
    """`memstream <role>` in its own process, with its health endpoint on a free port."""

    def __init__(
        self, role: str, settings: Settings, log_path: Path, args: tuple[str, ...] = ()
    ) -> None:
        self.role = role
        self.args = args
        self.port = free_port()
        self._env = {
            **os.environ,
            **settings_env(settings),
            "MEMSTREAM_EXTRACTOR_HEALTH_PORT": str(self.port),
            "MEMSTREAM_HTTP_PORT": str(self.port),
        }
        self._log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, ready_timeout_s: float = 60) -> ServiceProcess:
        log = self._log_path.open("ab")
        self.process = subprocess.Popen(
            [str(MEMSTREAM), self.role, *self.args],
            env=self._env,
            cwd=ROOT,
            stdout=log,
            stderr=log,
            start_new_session=True,  # its own group: stopping it stops any worker processes
        )
        wait_until_ready(f"http://127.0.0.1:{self.port}/readyz", self.process, ready_timeout_s)
        return self

    def logged_pids(self, *events: str) -> set[int]:
        """The processes (a gateway's workers) that logged any of `events` so far."""
        lines = self._log_path.read_bytes().splitlines()
        logged = [orjson.loads(line) for line in lines if line.startswith(b"{")]
        return {line["pid"] for line in logged if line.get("event") in events}

    def wait_for_workers(self, workers: int, timeout_s: float = 60) -> None:
        """Until `workers` processes have started (each logs `service_started`)."""
        deadline = time.monotonic() + timeout_s
        while len(self.logged_pids("service_started")) < workers:
            assert time.monotonic() < deadline, f"{workers} workers not started in time"
            time.sleep(0.1)

    def kill(self) -> None:
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def terminate(self, timeout_s: float = 60) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout_s)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.kill()


class FakeOpenAI:
    """memstream/testing/fakes/openai_server.py in its own process, scripted over HTTP."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.client = httpx.Client(base_url=self.url, timeout=10)
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> FakeOpenAI:
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "memstream.testing.fakes.openai_server",
                "--port",
                str(self.port),
            ],
            cwd=ROOT,
        )
        wait_until_ready(f"{self.url}/_fake/health", self._process, timeout_s=30)
        return self

    def script(self, rules: list[dict[str, object]], latency_s: float = 0.0) -> None:
        self.client.post("/_fake/config", json={"rules": rules, "latency_s": latency_s})

    def calls(self) -> dict[str, Any]:
        result: dict[str, Any] = self.client.get("/_fake/calls").json()
        return result

    def prompts(self, match: str = "") -> list[list[dict[str, Any]]]:
        """The messages of each chat request whose transcript contains `match`."""
        found: list[list[dict[str, Any]]] = self.client.get(
            "/_fake/prompts", params={"match": match}
        ).json()
        return found

    def stop(self) -> None:
        self.client.close()
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)


@contextmanager
def qdrant_front(path: Path | None) -> Iterator[str]:
    """memstream/testing/fakes/qdrant_server.py in its own process, on disk at `path` (or
    in memory); yields its URL."""
    port = free_port()
    where = ["--path", str(path)] if path is not None else []
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "memstream.testing.fakes.qdrant_server",
            "--port",
            str(port),
            *where,
        ],
        cwd=ROOT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(f"{url}/", process, timeout_s=30)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def s3_server() -> Iterator[dict[str, str]]:
    """moto_server (in-memory S3) with a `tansu` bucket; yields Tansu's environment for it."""
    port = free_port()
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "moto_server"), "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(f"{url}/moto-api/", process, timeout_s=30)
        assert httpx.put(f"{url}/tansu").status_code == 200
        yield {
            "AWS_ENDPOINT": url,
            "AWS_ALLOW_HTTP": "true",
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test",
            "AWS_DEFAULT_REGION": "us-east-1",
        }
    finally:
        process.terminate()
        process.wait(timeout=10)
