"""Session servers: one Tansu broker and one fake OpenAI server, each stopped by pid."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest

from memstream.logs import configure_logging
from memstream.settings import EmbedderSettings, LlmSettings
from memstream.tansu import EmbeddedTansu, free_port
from tests.support import Stack, make_settings, running_stack

os.environ.setdefault("MEM0_TELEMETRY", "False")
configure_logging("warning")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
async def broker() -> AsyncIterator[EmbeddedTansu]:
    tansu = EmbeddedTansu()
    await tansu.start()
    yield tansu
    await tansu.stop()


class FakeOpenAI:
    def __init__(self, url: str) -> None:
        self.url = url
        self.client = httpx.Client(base_url=url, timeout=10)

    def script(self, rules: list[dict[str, object]], latency_s: float = 0.0) -> None:
        self.client.post("/_fake/config", json={"rules": rules, "latency_s": latency_s})

    def calls(self) -> dict[str, object]:
        result: dict[str, object] = self.client.get("/_fake/calls").json()
        return result


@pytest.fixture(scope="session")
def fake_openai() -> Iterator[FakeOpenAI]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.openai_server", "--port", str(port)], cwd=ROOT
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{url}/_fake/health", timeout=1)
            break
        except httpx.TransportError:
            assert process.poll() is None and time.monotonic() < deadline, "fake OpenAI failed"
            time.sleep(0.05)
    fake = FakeOpenAI(url)
    yield fake
    fake.client.close()
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
async def rules_stack(
    broker: EmbeddedTansu, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Stack]:
    """Offline extraction (rules) and the hashing embedder."""
    settings = make_settings(broker.bootstrap, tmp_path_factory.mktemp("qdrant-rules"))
    async with running_stack(settings) as stack:
        yield stack


@pytest.fixture(scope="session")
async def openai_stack(
    broker: EmbeddedTansu, fake_openai: FakeOpenAI, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Stack]:
    """Extraction and embeddings through the `openai` client against the fake server."""
    settings = make_settings(
        broker.bootstrap,
        tmp_path_factory.mktemp("qdrant-openai"),
        llm=LlmSettings(
            provider="openai",
            base_url=f"{fake_openai.url}/v1",
            api_key="sk-test",
            model="fake-model",
            max_retries=1,
            timeout_s=1.5,
        ),
        embedder=EmbedderSettings(provider="openai", model="fake-embed", dims=64),
    )
    async with running_stack(settings) as stack:
        yield stack
