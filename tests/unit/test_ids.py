"""Deterministic ids."""

from __future__ import annotations

from memstream.contracts.entities import EntityIds
from memstream.contracts.ids import memory_id, scope_key


def test_scope_key_separates_every_part() -> None:
    a = scope_key("o", "p", EntityIds(user_id="u|x"))
    b = scope_key("o", "p", EntityIds(user_id="u", agent_id="x"))
    assert a != b
    assert scope_key("o", "p", EntityIds(user_id="u")) == scope_key(
        "o", "p", EntityIds(user_id="u")
    )


def test_memory_id_depends_on_scope_and_text_only() -> None:
    scope = scope_key("o", "p", EntityIds(user_id="u"))
    other = scope_key("o", "p2", EntityIds(user_id="u"))
    assert memory_id(scope, "likes tea") == memory_id(scope, "likes tea")
    assert memory_id(scope, "likes tea") != memory_id(scope, "likes coffee")
    assert memory_id(scope, "likes tea") != memory_id(other, "likes tea")
