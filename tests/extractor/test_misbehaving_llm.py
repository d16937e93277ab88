"""429s, 500s, timeouts and malformed answers: transient ones retried, permanent ones FAILED."""

from __future__ import annotations

import asyncio
import uuid

from memstream.testing.processes import FakeOpenAI
from tests.support import Stack

CASES = {
    # rule (without "match"), expected status, expected error fragment
    "rate-limited-once": ({"status": 429, "retry_after": 1, "times": 1}, "SUCCEEDED", None),
    "server-error-once": ({"status": 500, "times": 1}, "SUCCEEDED", None),
    "slow-once": ({"delay_s": 3.0, "times": 1}, "SUCCEEDED", None),
    "malformed-once": ({"content": "{not json", "times": 1}, "SUCCEEDED", None),
    "always-500": ({"status": 500}, "FAILED", "HTTP 500"),
    "always-429": ({"status": 429, "retry_after": 0}, "FAILED", "HTTP 429"),
    "always-malformed": ({"content": '{"facts": 3}'}, "FAILED", 'not of the form {"memory"'),
}


async def test_transient_faults_succeed_and_permanent_ones_fail_clearly(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    run = uuid.uuid4().hex[:8]
    fake_openai.script([{"match": f"{name}-{run}", **rule} for name, (rule, _, _) in CASES.items()])
    try:
        accepted = {
            name: await openai_stack.add(
                {
                    "messages": [{"role": "user", "content": f"{name}-{run}"}],
                    "user_id": f"llm-{name}",
                }
            )
            for name in CASES
        }
        healthy = await openai_stack.add(
            {"messages": [{"role": "user", "content": "I like calm LLMs"}], "user_id": "llm-ok"}
        )
        events = await asyncio.gather(
            *(openai_stack.wait_for_event(a["event_id"], timeout_s=60) for a in accepted.values())
        )
        assert (await openai_stack.wait_for_event(healthy["event_id"]))["status"] == "SUCCEEDED"
    finally:
        fake_openai.script([])

    for (name, (_, status, error)), event in zip(CASES.items(), events, strict=True):
        assert event["status"] == status, (name, event["error"])
        assert event["created_at"] <= event["started_at"] <= event["completed_at"]
        assert event["updated_at"] == event["completed_at"] and event["latency"] > 0
        if error is None:
            assert [r["data"]["memory"] for r in event["results"]] == [f"{name}-{run}"]
        else:
            assert error in event["error"], (name, event["error"])
