"""Lifecycle transitions."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from memstream.contracts import lifecycle
from memstream.contracts.entities import Message, MessageRole
from memstream.contracts.events import EventStatus
from memstream.contracts.requests import AddRequest


def _record() -> AddRequest:
    return AddRequest(
        event_id=uuid.uuid4(),
        org_id="o",
        project_id="p",
        received_at=datetime(2026, 1, 1, tzinfo=UTC),
        messages=[Message(role=MessageRole.USER, content="hi")],
        user_id="u",
    )


def test_running_then_succeeded_sets_the_timestamps() -> None:
    running = lifecycle.running(_record())
    done = lifecycle.succeeded(running, [])
    assert running.started_at is not None and running.completed_at is None
    assert done.status is EventStatus.SUCCEEDED
    assert done.created_at <= done.started_at <= done.completed_at  # type: ignore[operator]


def test_no_transition_backwards_or_out_of_a_terminal_state() -> None:
    done = lifecycle.failed(lifecycle.running(_record()), "boom")
    with pytest.raises(lifecycle.IllegalTransitionError):
        lifecycle.succeeded(done, [])
