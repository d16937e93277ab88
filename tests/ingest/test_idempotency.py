"""`Idempotency-Key`: a retried add gets the first attempt's event id and is processed
once, whether the first attempt was answered 200 or 503 (its record written anyway by a
broker that was frozen, not down)."""

from __future__ import annotations

import asyncio
import os
import signal
import uuid
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from memstream.contracts import lifecycle
from memstream.contracts.ids import event_key, idempotent_event_id
from memstream.kafka.tansu import EmbeddedTansu
from memstream.testing.data import KEY_A, auth
from memstream.web.adds import valid_idempotency_key
from tests.support import Stack, make_settings, produce_lifecycle, read_topic, running_stack

PROJECT_A, PROJECT_B = ("org-1", "project-a"), ("org-1", "project-b")


@given(key=st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=255))
def test_a_key_names_one_event_per_project(key: str) -> None:
    assert valid_idempotency_key(key)
    ours = idempotent_event_id(*PROJECT_A, key)
    assert ours == idempotent_event_id(*PROJECT_A, key)
    assert ours != idempotent_event_id(*PROJECT_B, key)
    assert ours != idempotent_event_id(*PROJECT_A, key + "x")


@given(key=st.text(max_size=300))
def test_only_visible_ascii_keys_of_1_to_255_characters_are_taken(key: str) -> None:
    visible = all(0x21 <= ord(c) <= 0x7E for c in key)
    assert valid_idempotency_key(key) is (visible and 1 <= len(key) <= 255)


def _body(text: str, user: str) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}], "user_id": user, "infer": False}


async def _add(
    stack: Stack, body: dict[str, Any], key: str | None, api_key: str = KEY_A
) -> httpx.Response:
    headers = {**auth(api_key), **({"Idempotency-Key": key} if key else {})}
    return await stack.http.post("/v3/memories/add/", json=body, headers=headers)


async def _lifecycle(stack: Stack, project: tuple[str, str], event_id: str) -> list[str]:
    """The statuses of the event's lifecycle records, in the order they were written."""
    assert stack.settings.kafka.bootstrap is not None
    key = event_key(*project, uuid.UUID(event_id))
    records = await read_topic(stack.settings.kafka.bootstrap, stack.topics.lifecycle)
    return [orjson.loads(r.value or b"")["status"] for r in records if r.key == key]


async def test_a_retried_add_gets_the_first_event_id_and_is_processed_once(
    rules_stack: Stack,
) -> None:
    key, user = f"retry-{uuid.uuid4()}", f"idem-{uuid.uuid4().hex[:8]}"
    body = _body("I keep bees.", user)
    first, retry = await _add(rules_stack, body, key), await _add(rules_stack, body, key)
    assert first.status_code == retry.status_code == 200
    event_id = first.json()["event_id"]
    assert retry.json()["event_id"] == event_id == str(idempotent_event_id(*PROJECT_A, key))
    # Without a key, a new event each time (another project's key: the unit test above).
    unkeyed = [(await _add(rules_stack, body, None)).json()["event_id"] for _ in range(2)]
    assert len({event_id, *unkeyed}) == 3

    event = await rules_stack.wait_for_event(event_id)
    for other in unkeyed:  # in order behind both records of the retried add
        await rules_stack.wait_for_event(other)
    assert event["status"] == "SUCCEEDED"
    statuses = await _lifecycle(rules_stack, PROJECT_A, event_id)
    assert sorted(statuses) == ["PENDING", "PENDING", "RUNNING", "SUCCEEDED"]  # processed once


async def test_a_retried_synchronous_add_is_answered_at_once_with_the_first_results(
    rules_stack: Stack,
) -> None:
    # The extractor skips the retry's record (its event ended): no new ending comes, and
    # a retry waiting for one would be answered PENDING past the sync wait, not within 10 s.
    assert rules_stack.settings.http.sync_add_wait_s > 10
    key, user = f"sync-{uuid.uuid4()}", f"idem-{uuid.uuid4().hex[:8]}"
    body = {**_body("I grow tomatoes on the balcony.", user), "async_mode": False}
    first = await _add(rules_stack, body, key)
    assert first.status_code == 200, first.text
    assert [r["event"] for r in first.json()["results"]] == ["ADD"]
    for _ in range(2):  # the second retry comes behind the first retry's PENDING record
        async with asyncio.timeout(10):
            retry = await _add(rules_stack, body, key)
        assert retry.status_code == 200, retry.text
        assert retry.json() == first.json()
    event_id = str(idempotent_event_id(*PROJECT_A, key))
    statuses = await _lifecycle(rules_stack, PROJECT_A, event_id)
    assert statuses.count("RUNNING") == 1 and statuses.count("SUCCEEDED") == 1


async def test_a_synchronous_add_whose_event_already_failed_gets_its_error(
    rules_stack: Stack,
) -> None:
    # An event that FAILED (here a record the extractor rejected) keeps its FAILED: a later
    # add with its key is answered from that ending, not from a processing of its own.
    key, user = f"failed-{uuid.uuid4()}", f"idem-{uuid.uuid4().hex[:8]}"
    body = {**_body("I fly kites.", user), "async_mode": False}
    # A synchronous add first: the watcher then follows from the end, past what comes next.
    assert (await _add(rules_stack, {**body, "infer": True}, None)).status_code == 200
    event_id = idempotent_event_id(*PROJECT_A, key)
    await produce_lifecycle(
        rules_stack.settings, [lifecycle.rejected(event_id, *PROJECT_A, "unreadable record")]
    )
    await asyncio.sleep(2)  # followed past by the watcher (a fetch every 0.5 s at most)
    async with asyncio.timeout(10):
        retry = await _add(rules_stack, body, key)
    assert retry.status_code == 500, retry.text
    assert retry.json()["detail"] == f"The add failed (event {event_id}): unreadable record"


@pytest.mark.parametrize(
    "key", ["", "x" * 256, "two words", "caf\u00e9"], ids=["empty", "long", "space", "latin-1"]
)
async def test_a_malformed_key_is_refused_naming_the_header(rules_stack: Stack, key: str) -> None:
    headers = [
        (b"authorization", f"Token {KEY_A}".encode()),
        (b"idempotency-key", key.encode("latin-1")),
    ]
    response = await rules_stack.http.post(
        "/v3/memories/add/", json=_body("x", "u"), headers=headers
    )
    assert response.status_code == 400, response.text
    assert "Idempotency-Key" in response.json()["detail"]


async def test_an_add_answered_503_while_the_broker_froze_is_processed_once_with_its_retry(
    tmp_path: Path,
) -> None:
    broker = EmbeddedTansu()
    await broker.start()
    settings = make_settings(broker.bootstrap, tmp_path / "qdrant", publish_timeout_s=1)
    key, body = f"frozen-{uuid.uuid4()}", _body("I restore old clocks.", "frozen")
    try:
        async with running_stack(settings, names=("ingest", "status", "extractor")) as stack:
            warm = await _add(stack, _body("I like tea.", "frozen"), None)
            await stack.wait_for_event(warm.json()["event_id"])
            assert broker.pid is not None
            os.kill(broker.pid, signal.SIGSTOP)  # frozen, not gone: the record is on the wire
            try:
                refused = await _add(stack, body, key)
            finally:
                os.kill(broker.pid, signal.SIGCONT)
            assert refused.status_code == 503
            async with asyncio.timeout(30):
                while (retry := await _add(stack, body, key)).status_code == 503:  # noqa: ASYNC110
                    await asyncio.sleep(float(retry.headers["retry-after"]) / 4)
            event_id = retry.json()["event_id"]
            assert event_id == str(idempotent_event_id(*PROJECT_A, key))
            event = await stack.wait_for_event(event_id)
            requests = await read_topic(broker.bootstrap, stack.topics.requests)
            statuses = await _lifecycle(stack, PROJECT_A, event_id)
    finally:
        await broker.stop()
    assert event["status"] == "SUCCEEDED"
    written = [r for r in requests if orjson.loads(r.value or b"")["event_id"] == event_id]
    assert len(written) == 2  # the 503'd attempt was written after all, and the retry
    assert statuses.count("RUNNING") == 1 and statuses.count("SUCCEEDED") == 1
