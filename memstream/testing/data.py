"""Test API keys and request builders, for tests and benchmarks."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from memstream.contracts.requests import AddRequest
from memstream.settings import ApiKeyGrant

__all__ = [
    "GRANTS",
    "KEY_A",
    "KEY_B",
    "KEY_C",
    "KEY_D",
    "KEY_E",
    "TERMINAL",
    "auth",
    "request_record",
    "request_value",
]

KEY_A = "test-key-project-a"
KEY_B = "test-key-project-b"
KEY_C = "test-key-project-c"  # a project tests may erase whole (the SDK's reset())
KEY_D = "test-key-project-d"  # another project's memories, where counting tests do not look
KEY_E = "test-key-project-e"  # a project whose settings tests change
GRANTS = (
    ApiKeyGrant(key=KEY_A, org_id="org-1", project_id="project-a", name="a"),
    ApiKeyGrant(key=KEY_B, org_id="org-1", project_id="project-b", name="b"),
    ApiKeyGrant(key=KEY_C, org_id="org-1", project_id="project-c", name="c"),
    ApiKeyGrant(key=KEY_D, org_id="org-1", project_id="project-d", name="d"),
    ApiKeyGrant(key=KEY_E, org_id="org-1", project_id="project-e", name="e"),
)
TERMINAL = {"SUCCEEDED", "FAILED"}


def auth(key: str = KEY_A) -> dict[str, str]:
    return {"Authorization": f"Token {key}"}


def request_value(**changes: Any) -> dict[str, Any]:
    """A valid requests-topic record value, as a producer writes it, with `changes`."""
    value: dict[str, Any] = {
        "schema_version": 1,
        "event_id": str(uuid.uuid4()),
        "org_id": "o",
        "project_id": "p",
        "received_at": "2026-01-01T00:00:00Z",
        "messages": [{"role": "user", "content": "I like tea"}],
        "user_id": "u",
    }
    return {**value, **changes}


def request_record(
    body: dict[str, Any], org_id: str = "org-1", project_id: str = "project-a"
) -> AddRequest:
    return AddRequest(
        **body,
        event_id=uuid.uuid4(),
        org_id=org_id,
        project_id=project_id,
        received_at=datetime.now(UTC),
    )
