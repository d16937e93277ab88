"""Key-ordered parallelism: one scope in offset order, different scopes at once."""

from __future__ import annotations

import asyncio
import itertools
import uuid
from datetime import datetime

from memstream.testing.processes import FakeOpenAI
from tests.support import Stack


async def test_one_scope_runs_in_order_and_scopes_overlap(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    marker = f"slow-{uuid.uuid4().hex[:8]}"
    fake_openai.script([{"match": marker, "delay_s": 0.15}])
    try:
        ordered = [
            await openai_stack.add(
                {
                    "messages": [{"role": "user", "content": f"{marker} fact {n}"}],
                    "user_id": "one-scope",
                }
            )
            for n in range(8)
        ]
        others = await asyncio.gather(
            *(
                openai_stack.add(
                    {
                        "messages": [{"role": "user", "content": f"{marker} other {n}"}],
                        "user_id": f"s{n}",
                    }
                )
                for n in range(8)
            )
        )
        done = [await openai_stack.wait_for_event(a["event_id"]) for a in ordered]
        parallel = [await openai_stack.wait_for_event(a["event_id"]) for a in others]
    finally:
        fake_openai.script([])

    def span(event: dict[str, str]) -> tuple[datetime, datetime]:
        return datetime.fromisoformat(event["started_at"]), datetime.fromisoformat(
            event["completed_at"]
        )

    for earlier, later in itertools.pairwise(done):
        assert span(later)[0] >= span(earlier)[1], "a scope's requests overlapped"
    overlapping = sum(
        1
        for a in parallel
        for b in parallel
        if a is not b and span(a)[0] < span(b)[1] and span(b)[0] < span(a)[1]
    )
    assert overlapping > 0, "requests of different scopes never ran at the same time"
