"""A stack with the webhooks service, allowed to call loopback receivers (an explicit
operator setting), retrying fast: the tests' receivers fail for seconds, not hours."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from memstream.kafka.tansu import EmbeddedTansu
from memstream.settings import Settings, WebhooksSettings
from tests.support import Stack, make_settings, running_stack

FAST_RETRIES = WebhooksSettings(
    allow_private_urls=True,
    retry_base_s=0.1,
    retry_max_s=0.4,
    timeout_s=1.0,
    connect_timeout_s=1.0,
    max_consecutive_failures=1000,
)


def with_webhooks(settings: Settings, webhooks: WebhooksSettings = FAST_RETRIES) -> Settings:
    group = f"{settings.kafka.topic_prefix}-webhooks"
    return settings.model_copy(update={"webhooks": webhooks.model_copy(update={"group_id": group})})


@pytest.fixture(scope="session")
async def hooks_stack(
    broker: EmbeddedTansu, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Stack]:
    settings = with_webhooks(
        make_settings(broker.bootstrap, tmp_path_factory.mktemp("hooks") / "q")
    )
    names = ("ingest", "status", "query", "extractor", "webhooks")
    async with running_stack(settings, names=names) as stack:
        yield stack
