"""Adding memories through the pipeline, for the read tests."""

from __future__ import annotations

import uuid
from typing import Any

from memstream.testing.data import KEY_A
from tests.support import Stack


def unique(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:10]}"


async def remember(stack: Stack, texts: list[str], key: str = KEY_A, **fields: Any) -> list[str]:
    """Add `texts` verbatim (infer=false) through ingest and the extractor; their ids once
    the event succeeded."""
    accepted = await stack.add(
        {"messages": [{"role": "user", "content": t} for t in texts], "infer": False, **fields},
        key=key,
    )
    event = await stack.wait_for_event(accepted["event_id"], key=key)
    assert event["status"] == "SUCCEEDED", event
    return [r["id"] for r in event["results"]]
