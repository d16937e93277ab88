"""A scope's conversation point: what it keeps and what an extraction is shown (pure)."""

from __future__ import annotations

from typing import Any

from memstream.contracts import payload as fields
from memstream.contracts.events import SourcePosition
from memstream.services.extractor.context import conversation_messages, recent_before
from memstream.testing.data import request_record

OWNER = {fields.ORG_ID: "org-1", fields.PROJECT_ID: "project-a", "user_id": "alice"}


def _said(text: str) -> Any:
    return request_record({"messages": [{"role": "user", "content": text}], "user_id": "alice"})


def _point(messages: list[dict[str, Any]], at: SourcePosition) -> dict[str, Any]:
    return fields.conversation_payload(OWNER, messages, "e", at)


def test_the_messages_are_kept_as_one_json_text_and_read_back() -> None:
    first, second = SourcePosition(partition=0, offset=1), SourcePosition(partition=0, offset=2)
    point = _point(conversation_messages(None, _said("I like tea"), first), first)
    assert isinstance(point[fields.MESSAGES], str)
    point = _point(conversation_messages(point, _said("I hate coffee"), second), second)
    assert [m["content"] for m in fields.conversation_of(point)] == ["I like tea", "I hate coffee"]
    shown = recent_before(point, second, limit=10)
    assert [r.content for r in shown] == ["I like tea"], "a record is shown what came before it"


def test_a_point_written_as_a_list_still_reads() -> None:
    listed = {
        fields.MESSAGES: [{"role": "user", "content": "I like tea", "partition": 0, "offset": 1}]
    }
    assert [
        r.content for r in recent_before(listed, SourcePosition(partition=0, offset=5), 10)
    ] == ["I like tea"]


def test_an_unreadable_conversation_reads_as_none() -> None:
    for broken in ({fields.MESSAGES: "not json"}, {fields.MESSAGES: 3}, {}, None):
        assert fields.conversation_of(broken) == []
