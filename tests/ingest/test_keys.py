"""API keys from the store: `memstream keys create|list|revoke` against a running stack."""

from __future__ import annotations

import asyncio
import os
import subprocess
import time

from memstream.testing.data import KEY_A, auth
from memstream.testing.processes import MEMSTREAM
from tests.support import Stack


def _keys(stack: Stack, *args: str) -> str:
    path = stack.settings.auth.key_store_path
    assert path is not None
    env = {**os.environ, "MEMSTREAM_AUTH_KEY_STORE_PATH": str(path)}
    done = subprocess.run(
        [str(MEMSTREAM), "keys", *args], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


async def _create_key(stack: Stack, name: str, org: str, project: str) -> str:
    """`memstream keys create`: the new key, printed once."""
    args = ("create", "--name", name, "--org", org, "--project", project)
    return (await asyncio.to_thread(_keys, stack, *args)).strip()


async def _status_within(stack: Stack, key: str, expected: int, timeout_s: float = 5) -> None:
    """Key changes reach a running service within seconds (it re-reads the store)."""
    deadline = time.monotonic() + timeout_s
    while (await stack.http.get("/v1/ping/", headers=auth(key))).status_code != expected:
        assert time.monotonic() < deadline, f"ping did not answer {expected} in time"
        await asyncio.sleep(0.1)


async def test_created_key_works_and_revoked_key_stops_working(rules_stack: Stack) -> None:
    key = await _create_key(rules_stack, "ci", "org-9", "p9")
    await _status_within(rules_stack, key, 200)
    ping = (await rules_stack.http.get("/v1/ping/", headers=auth(key))).json()
    assert (ping["org_id"], ping["project_id"]) == ("org-9", "p9")
    accepted = await rules_stack.add(
        {"messages": [{"role": "user", "content": "I like figs."}], "user_id": "k"}, key=key
    )
    assert (await rules_stack.wait_for_event(accepted["event_id"], key=key))[
        "status"
    ] == "SUCCEEDED"

    listing = await asyncio.to_thread(_keys, rules_stack, "list")
    assert key not in listing and key[:12] in listing
    await asyncio.to_thread(_keys, rules_stack, "revoke", key[:12])
    await _status_within(rules_stack, key, 401)
    assert "revoked" in await asyncio.to_thread(_keys, rules_stack, "list")


async def test_keys_are_stored_hashed(rules_stack: Stack) -> None:
    key = await _create_key(rules_stack, "h", "o", "p")
    path = rules_stack.settings.auth.key_store_path
    assert path is not None
    stored = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
    assert key.encode() not in stored
    assert key[12:].encode() not in stored  # only the naming prefix is kept


async def test_a_store_key_of_another_project_sees_nothing_of_project_a(rules_stack: Stack) -> None:
    other = await _create_key(rules_stack, "b", "org-1", "elsewhere")
    await _status_within(rules_stack, other, 200)
    accepted = await rules_stack.add(
        {"messages": [{"role": "user", "content": "I own a kayak."}], "user_id": "iso"}, key=KEY_A
    )
    await rules_stack.wait_for_event(accepted["event_id"])
    assert (
        await rules_stack.http.get(f"/v1/event/{accepted['event_id']}/", headers=auth(other))
    ).status_code == 404
    listing = (await rules_stack.http.get("/v1/events/", headers=auth(other))).json()
    assert listing["count"] == 0
