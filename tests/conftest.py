"""Session servers: one Tansu broker and one fake OpenAI server, each stopped by pid."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from memstream.kafka.tansu import EmbeddedTansu
from memstream.observability.logs import configure_logging
from memstream.settings import EmbedderSettings
from memstream.testing.processes import FakeOpenAI
from tests.support import Stack, fake_llm, make_settings, running_stack

os.environ.setdefault("MEM0_TELEMETRY", "False")
configure_logging("warning")

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
async def broker() -> AsyncIterator[EmbeddedTansu]:
    tansu = EmbeddedTansu()
    await tansu.start()
    yield tansu
    await tansu.stop()


@pytest.fixture(scope="session")
def fake_openai() -> Iterator[FakeOpenAI]:
    fake = FakeOpenAI().start()
    yield fake
    fake.stop()


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
        llm=fake_llm(fake_openai, max_retries=1, timeout_s=1.5),
        embedder=EmbedderSettings(provider="openai", model="fake-embed", dims=64),
    )
    async with running_stack(settings) as stack:
        yield stack
