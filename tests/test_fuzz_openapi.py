"""Schemathesis against each HTTP service's own OpenAPI document, through a real broker.

Every generated request (valid and invalid, by the document) must get an answer that is
not a 5xx and matches the document: a declared status, content type, headers and body; an
invalid one must be refused.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.config import SchemathesisConfig
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi import checks as openapi_checks

from memstream.contracts.topics import topic_names
from memstream.kafka.clients import ensure_topics
from memstream.kafka.tansu import EmbeddedTansu
from memstream.settings import HttpSettings
from memstream.testing.data import KEY_A
from memstream.testing.processes import ServiceProcess
from tests.support import make_settings

# The budget: at most about 30 s per service on 2 cores. Valid requests (by the document)
# get the larger share; invalid ones must be refused.
EXAMPLES = {GenerationMode.POSITIVE: 30, GenerationMode.NEGATIVE: 15}

CHECKS = [
    schemathesis.checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_headers_conformance,
    openapi_checks.response_schema_conformance,
    openapi_checks.negative_data_rejection,
]

# A refusal of invalid data: one of schemathesis' statuses, or the 413 memstream declares for
# a body over a route's limit (a generated array over its maxItems can be one).
REFUSALS = SchemathesisConfig().projects.default.checks.negative_data_rejection.expected_statuses
CONFIG = SchemathesisConfig.from_dict(
    {"checks": {"negative_data_rejection": {"expected-statuses": [*REFUSALS, "413"]}}}
)


@pytest.fixture(params=["ingest", "status", "query", "webhooks"])
async def service(
    request: pytest.FixtureRequest, broker: EmbeddedTansu, tmp_path: Path
) -> AsyncIterator[str]:
    # A generous limit: a 429 is right for a burst, but not what this test looks for.
    # Event streams end at once: each example reads its whole answer. No extractor runs:
    # an add with async_mode=false gets the queued answer after a short wait.
    settings = make_settings(broker.bootstrap, tmp_path / "qdrant")
    config = settings.model_copy(
        update={
            "http": HttpSettings(
                rate_limit_per_s=10_000, rate_limit_burst=10_000, sync_add_wait_s=0.1
            ),
            "status": settings.status.model_copy(update={"stream_max_s": 0.05}),
        }
    )
    topics = topic_names(config.kafka.topic_prefix)
    await ensure_topics(broker.bootstrap, topics, config.kafka.partitions, 1)
    process = ServiceProcess(request.param, config, tmp_path / "service.log")
    try:
        await asyncio.to_thread(process.start)
        yield f"http://127.0.0.1:{process.port}"
    finally:
        process.stop()


def test_every_operation_answers_as_documented(service: str) -> None:
    # Every service runs the guarded server (memstream.web.server): a head over its limit
    # is a JSON 431 before any route sees it.
    flooded = httpx.get(f"{service}/healthz", headers={"x-flood": "a" * 40_000})
    assert flooded.status_code == 431 and flooded.json()["detail"]
    document = httpx.get(f"{service}/openapi.json").json()
    schema = schemathesis.openapi.from_dict(document, config=CONFIG)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert operations, "the document lists no operations"
    for operation in operations:
        for mode in EXAMPLES:
            fuzz(service, operation, mode)


def fuzz(service: str, operation: APIOperation, mode: GenerationMode) -> None:
    @given(case=operation.as_strategy(mode))
    @settings(
        max_examples=EXAMPLES[mode],
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    def answers_as_documented(case: schemathesis.Case) -> None:
        case.call_and_validate(
            base_url=service, headers={"Authorization": f"Token {KEY_A}"}, checks=CHECKS
        )

    try:
        answers_as_documented()
    except Unsatisfiable:
        # Nothing of the request can be made invalid: no parameters and no body (/healthz),
        # or only a free string in the path.
        if mode is not GenerationMode.NEGATIVE:
            raise
