"""Deliveries end to end: 200 adds (and updates, deletes) to a healthy receiver, one that
fails for a while and one that never answers; a dead receiver beside a live one, measured."""

from __future__ import annotations

import asyncio
import uuid
from collections import defaultdict
from typing import Any

from standardwebhooks.webhooks import Webhook as Verifier

from memstream.testing.data import auth
from tests.support import Stack
from tests.webhooks.conftest import FAST_RETRIES
from tests.webhooks.receivers import Receiver, counts, distinct, produce_changes, until

ADDS = 200
CHANGED = 10  # memories also updated, then deleted
EVERY = ["memory_add", "memory_update", "memory_delete"]


async def create(stack: Stack, receiver: Receiver, types: list[str]) -> dict[str, Any]:
    response = await stack.http.post(
        "/api/v1/webhooks/projects/project-a/",
        json={"name": "t", "url": receiver.url, "event_types": types},
        headers=auth(),
    )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def delete(stack: Stack, *hooks: dict[str, Any]) -> None:
    for hook in hooks:
        await stack.http.delete(f"/api/v1/webhooks/{hook['webhook_id']}/", headers=auth())


async def failed_attempts(stack: Stack, hook: dict[str, Any]) -> list[dict[str, Any]]:
    """The hook's failed attempts, newest first, once the project sees one."""
    path = f"/api/v1/webhooks/{hook['webhook_id']}/deliveries/"
    async with asyncio.timeout(30):
        while True:
            attempts = (await stack.http.get(path, headers=auth())).json()
            failed = [a for a in attempts if a["outcome"] == "failed"]
            if failed:
                return failed
            await asyncio.sleep(0.2)


def told(receiver: Receiver) -> dict[str, list[str]]:
    """Per memory, the events it was told, in the order they arrived."""
    seen: dict[str, list[str]] = defaultdict(list)
    for got in distinct(receiver):
        details = got.json["event_details"]
        seen[details["id"]].append(details["event"])
    return seen


async def _added_memories(stack: Stack, tag: str) -> dict[str, str]:
    """memory id -> text, of the adds (one memory each) made with `tag`."""
    limit = asyncio.Semaphore(16)

    async def add(n: int) -> None:
        """As a client should: a 503 (the broker slow to acknowledge, on a loaded machine) is
        retried with the same Idempotency-Key, so the add happens once."""
        body = {"messages": [{"role": "user", "content": f"{tag} fact {n}"}], "infer": False}
        headers = {**auth(), "Idempotency-Key": f"{tag}-{n}"}
        async with limit:
            while True:
                response = await stack.http.post(
                    "/v3/memories/add/", json={**body, "user_id": f"{tag}-{n}"}, headers=headers
                )
                if response.status_code != 503:
                    break
                await asyncio.sleep(float(response.headers.get("retry-after", "1")))
        assert response.status_code == 200, response.text

    await asyncio.gather(*(add(n) for n in range(ADDS)))
    found: dict[str, str] = {}
    async with asyncio.timeout(120):
        while len(found) < ADDS:
            found.clear()
            for page in range(1, 100):
                listed = await stack.http.get(
                    f"/v1/events/?status=SUCCEEDED&page_size=100&page={page}", headers=auth()
                )
                for event in listed.json()["results"]:
                    for result in event["results"]:
                        if result["data"]["memory"].startswith(tag):
                            found[result["id"]] = result["data"]["memory"]
                if listed.json()["next"] is None:
                    break
            await asyncio.sleep(0.5)
    return found


async def test_every_change_reaches_every_receiver_signed_and_in_order_after_failures(
    hooks_stack: Stack,
) -> None:
    failing = True
    healthy = await Receiver().start()
    flaky = await Receiver(lambda _: 500 if failing else 200).start()
    dead = await Receiver(lambda _: None).start()
    hooks = [
        await create(hooks_stack, healthy, EVERY),
        await create(hooks_stack, flaky, EVERY),
        await create(hooks_stack, dead, ["memory_add"]),
    ]
    try:
        memories = await _added_memories(hooks_stack, uuid.uuid4().hex[:8])
        changed = list(memories)[:CHANGED]
        for memory_id in changed:
            path = f"/v1/memories/{memory_id}/"
            updated = await hooks_stack.http.put(path, json={"text": "changed"}, headers=auth())
            assert updated.status_code == 200, updated.text
            assert (await hooks_stack.http.delete(path, headers=auth())).status_code == 200
        total = ADDS + 2 * CHANGED
        await until(lambda: len(distinct(healthy)) == total, lambda: counts(healthy))
        assert flaky.requests > 1 and not flaky.received  # answered 500 all along

        # What happened is visible to the project: the 500s, the timeouts.
        for hook, error in ((hooks[1], "HTTP 500"), (hooks[2], "no answer within 1 s")):
            failed = await failed_attempts(hooks_stack, hook)
            assert failed[0]["error"] == error, failed[:3]
            assert failed[0]["latency_ms"] > 0 and failed[0]["next_attempt_at"] is not None
        failing = False
        await until(lambda: len(distinct(flaky)) == total, lambda: counts(flaky))

        # Each memory_add exactly as Mem0 shapes it, once, signed (Standard Webhooks).
        verifier = Verifier(hooks[0]["secret"])
        adds = [r.json for r in distinct(healthy) if r.json["event_details"]["event"] == "ADD"]
        assert sorted(adds, key=lambda a: a["event_details"]["id"]) == [
            {"event_details": {"id": m, "data": {"memory": memories[m]}, "event": "ADD"}}
            for m in sorted(memories)
        ]
        for got in healthy.received:
            assert verifier.verify(got.body, got.headers) == got.json

        # Every change, in order per memory, the failed receiver too.
        for receiver in (healthy, flaky):
            seen = told(receiver)
            assert all(seen[m] == ["ADD", "UPDATE", "DELETE"] for m in changed)
            assert all(seen[m] == ["ADD"] for m in memories if m not in changed)
        assert not dead.received
    finally:
        await delete(hooks_stack, *hooks)
        for receiver in (healthy, flaky, dead):
            await receiver.stop()


async def test_a_receiver_that_never_answers_does_not_slow_another(hooks_stack: Stack) -> None:
    live, dead = await Receiver().start(), await Receiver(lambda _: None).start()
    hooks = [await create(hooks_stack, live, EVERY), await create(hooks_stack, dead, EVERY)]
    try:
        sent = await produce_changes(hooks_stack.settings, 200, per_second=50)
        await until(lambda: len(distinct(live)) == len(sent), lambda: counts(live))
        delays = sorted(r.at - sent[r.json["event_details"]["id"]] for r in distinct(live))
        median, p99 = delays[len(delays) // 2], delays[int(len(delays) * 0.99)]
        # Behind the dead one (a shared queue or connection pool), a delivery would wait for
        # its timeouts (1 s each), again and again: the delays would pile up to many seconds.
        # p99 gets three timeouts' room: a loaded 2-core CI machine once took 1.008 s.
        # (`make bench` reports the latencies.)
        timeout = FAST_RETRIES.timeout_s
        assert median < timeout and p99 < 3 * timeout, f"p50 {median:.3f} s, p99 {p99:.3f} s"
        assert dead.requests >= 1 and not dead.received
    finally:
        await delete(hooks_stack, *hooks)
        await live.stop()
        await dead.stop()
