"""The official `mem0ai` SDK, unchanged, against a running memstream."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from mem0 import MemoryClient

from memstream.testing.data import KEY_A, TERMINAL
from tests.support import Stack


def _add_and_poll(url: str) -> tuple[dict[str, Any], dict[str, Any]]:
    client = MemoryClient(api_key=KEY_A, host=url)
    assert (client.org_id, client.project_id) == ("org-1", "project-a")
    accepted = client.add(
        [{"role": "user", "content": "I just moved to San Francisco from New York."}],
        user_id="sdk-user",
        metadata={"via": "sdk"},
    )
    deadline = time.monotonic() + 30
    while True:
        response = client.client.get(f"/v1/event/{accepted['event_id']}/")
        response.raise_for_status()
        event: dict[str, Any] = response.json()
        if event["status"] in TERMINAL or time.monotonic() > deadline:
            return accepted, event
        time.sleep(0.05)


async def test_sdk_adds_and_the_event_succeeds(rules_stack: Stack) -> None:
    accepted, event = await asyncio.to_thread(_add_and_poll, rules_stack.url)
    assert accepted["status"] == "PENDING"
    assert event["status"] == "SUCCEEDED"
    assert [r["data"]["memory"] for r in event["results"]] == [
        "User just moved to San Francisco from New York"
    ]


async def test_sdk_rejects_a_bad_key_at_construction(rules_stack: Stack) -> None:
    with pytest.raises(ValueError, match="Invalid API key"):
        await asyncio.to_thread(MemoryClient, api_key="wrong", host=rules_stack.url)
