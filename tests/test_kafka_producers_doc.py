"""docs/kafka-producers.md, executed: every sh and python example runs against a real
stack, and what they produce ends SUCCEEDED, visible to its project only."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from memstream.contracts.entities import EntityIds
from memstream.contracts.ids import derived_event_id, scope_key
from memstream.kafka.tansu import EmbeddedTansu
from memstream.services.stack import DEV_API_KEY
from memstream.settings import ApiKeyGrant, AuthSettings
from memstream.testing.data import GRANTS, KEY_B, auth
from tests.kcat import kcat_env
from tests.support import Stack, make_settings, read_topic, running_stack

DOC = Path(__file__).resolve().parent.parent / "docs" / "kafka-producers.md"
BLOCK = re.compile(r"```(sh|python)\n(.*?)```", re.DOTALL)
DOC_EVENT_ID = "0b5e6c0e-6f1d-4c3e-9d52-3c1f0f7a9a01"


@pytest.fixture(scope="module")
async def dev_stack(
    broker: EmbeddedTansu, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Stack]:
    """The docs write for dev-org/dev-project, the project of `make run`'s dev key."""
    settings = make_settings(broker.bootstrap, tmp_path_factory.mktemp("qdrant-doc"))
    dev = ApiKeyGrant(key=DEV_API_KEY, org_id="dev-org", project_id="dev-project")
    settings = settings.model_copy(update={"auth": AuthSettings(api_keys=(*GRANTS, dev))})
    async with running_stack(settings) as stack:
        yield stack


def _run(kind: str, code: str, stack: Stack, tmp_path: Path) -> str:
    env = {
        **kcat_env(tmp_path),
        "BOOTSTRAP": stack.settings.kafka.bootstrap or "",
        "PREFIX": stack.settings.kafka.topic_prefix,
    }
    code = code.replace("http://localhost:8000", stack.url)
    if kind == "sh":
        command = ["bash", "-euo", "pipefail", "-c", code]
    else:
        script = tmp_path / f"example-{uuid.uuid4().hex[:6]}.py"
        script.write_text(code)
        command = [sys.executable, str(script)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"{kind} example failed:\n{code}\n{done.stderr}"
    return done.stdout


async def _derived_id(stack: Stack, user: str) -> str:
    """The id memstream derived for the record of `user` produced without one."""
    assert stack.settings.kafka.bootstrap is not None
    for record in await read_topic(stack.settings.kafka.bootstrap, stack.topics.requests):
        if f'"user_id":"{user}"'.encode() in (record.value or b""):
            value = orjson.loads(record.value or b"")
            project = (value["org_id"], value["project_id"])
            return str(derived_event_id(*project, record.topic, record.partition, record.offset))
    raise AssertionError(f"no record of {user}")


async def test_every_example_runs_and_its_records_succeed(dev_stack: Stack, tmp_path: Path) -> None:
    blocks = BLOCK.findall(DOC.read_text())
    assert len(blocks) >= 6
    *producing, consumer, dead_letters = blocks
    outputs = [
        await asyncio.to_thread(_run, kind, code, dev_stack, tmp_path) for kind, code in producing
    ]
    python_event_id = outputs[-1].strip()
    derived = await _derived_id(dev_stack, "bruno")

    events = {
        event_id: await dev_stack.wait_for_event(event_id, key=DEV_API_KEY, produced=True)
        for event_id in (DOC_EVENT_ID, python_event_id, derived)
    }
    assert [e["status"] for e in events.values()] == ["SUCCEEDED"] * 3
    assert [r["data"]["memory"] for r in events[DOC_EVENT_ID]["results"]] == [
        "User just moved to Lisbon"
    ]
    for event_id in events:
        other = await dev_stack.http.get(f"/v1/event/{event_id}/", headers=auth(KEY_B))
        assert other.status_code == 404

    printed = await asyncio.to_thread(_run, *consumer, dev_stack, tmp_path)
    assert f"{derived} SUCCEEDED bruno ['User plays the cello']" in printed
    assert f"{DOC_EVENT_ID} SUCCEEDED alice" in printed

    dlq = await asyncio.to_thread(_run, *dead_letters, dev_stack, tmp_path)
    assert "memstream-dlq-reason=not-json" in dlq
    assert "value=this is not json" in dlq


async def test_plain_aiokafka_producer_without_event_id(dev_stack: Stack) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=dev_stack.settings.kafka.bootstrap, acks="all")
    await producer.start()
    user = f"plain-{uuid.uuid4().hex[:6]}"
    record = {
        "schema_version": 1,
        "org_id": "dev-org",
        "project_id": "dev-project",
        "user_id": user,
        "messages": [{"role": "user", "content": "I ride a red bike."}],
    }
    try:
        key = scope_key("dev-org", "dev-project", EntityIds(user_id=user))
        await producer.send_and_wait(dev_stack.topics.requests, orjson.dumps(record), key=key)
    finally:
        await producer.stop()
    event_id = await _derived_id(dev_stack, user)
    event = await dev_stack.wait_for_event(event_id, key=DEV_API_KEY, produced=True)
    assert event["status"] == "SUCCEEDED"
    assert [r["data"]["memory"] for r in event["results"]] == ["User rides a red bike"]
    assert (
        await dev_stack.http.get(f"/v1/event/{event_id}/", headers=auth(KEY_B))
    ).status_code == 404


async def test_ingest_serves_the_committed_asyncapi_document(dev_stack: Stack) -> None:
    served = (await dev_stack.http.get("/asyncapi.json")).json()
    prefix = dev_stack.settings.kafka.topic_prefix
    assert served["channels"]["addRequests"]["address"] == f"{prefix}.add-requests.v1"
    committed = orjson.loads((DOC.parent.parent / "schemas" / "asyncapi.json").read_bytes())
    assert served["components"] == committed["components"]
