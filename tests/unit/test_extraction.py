"""Pure extraction logic: LLM answer parsing, verbatim mode, the offline rules."""

from __future__ import annotations

import pytest

from memstream.contracts.entities import Message, MessageRole
from memstream.services.extractor.errors import ExtractionFormatError
from memstream.services.extractor.extraction import parse_extraction, verbatim_memories
from memstream.services.extractor.rules import extract_statements


def test_parse_reads_the_memories_list() -> None:
    assert parse_extraction('{"memories": [" User likes tea ", ""]}') == ["User likes tea"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "empty answer"),
        ("", "empty answer"),
        ("not json", "not valid JSON"),
        ('{"facts": []}', '{"memories": [string, ...]}'),
        ('{"memories": "one"}', '{"memories": [string, ...]}'),
        ('{"memories": [1, 2]}', '{"memories": [string, ...]}'),
    ],
)
def test_parse_names_what_is_wrong(content: str | None, message: str) -> None:
    with pytest.raises(
        ExtractionFormatError, match=message.replace("[", r"\[").replace("{", r"\{")
    ):
        parse_extraction(content)


def test_verbatim_skips_system_messages() -> None:
    messages = [
        Message(role=MessageRole.SYSTEM, content="be nice"),
        Message(role=MessageRole.USER, content="hello"),
        Message(role=MessageRole.ASSISTANT, content="hi there "),
    ]
    assert verbatim_memories(messages) == ["hello", "hi there"]


@pytest.mark.parametrize(
    ("text", "memories"),
    [
        (
            "I just moved to San Francisco from New York.",
            ["User just moved to San Francisco from New York"],
        ),
        ("I like pizza. My name is Alice.", ["User likes pizza", "User's name is Alice"]),
        ("I am a vegetarian and I have two cats", ["User is a vegetarian and they have two cats"]),
        ("I study physics at my university", ["User studies physics at their university"]),
        ("I'm allergic to peanuts!", ["User is allergic to peanuts"]),
        ("I went to Paris last year.", ["User went to Paris last year"]),
        ("What is my name?", []),
        ("Hi there! Thanks a lot.", []),
        ("The weather is nice today.", []),
    ],
)
def test_rules_turn_first_person_statements_into_memories(text: str, memories: list[str]) -> None:
    assert extract_statements(text) == memories
