"""What the read endpoints answer (pure): memories, project scope, page math."""

from __future__ import annotations

from qdrant_client import models

from memstream.services.query.listing import cut_page
from memstream.services.query.shaping import page_window, public_memory, scoped
from memstream.store.base import Found
from memstream.web.handlers import page_links

PAYLOAD = {
    "memory": "User likes tea",
    "org_id": "o",
    "project_id": "p",
    "user_id": "alice",
    "agent_id": None,
    "metadata": {"k": 1},
    "created_at": "2026-01-01T00:00:00+00:00",
    "expiration_date": "2026-02-01",
    "event_id": "e",
    "lower": {"user_id": "alice"},
    "categories": ["food"],
    "linked_memory_ids": ["id-0"],
    "attributed_to": "user",
}


def test_public_memory_has_mem0_fields_only() -> None:
    memory = public_memory(Found("id-1", PAYLOAD, score=0.75))
    assert memory == {
        "id": "id-1",
        "memory": "User likes tea",
        "score": 0.75,
        "user_id": "alice",
        "agent_id": None,
        "app_id": None,
        "run_id": None,
        "metadata": {"k": 1},
        "created_at": "2026-01-01T00:00:00+00:00",
        "updated_at": "2026-01-01T00:00:00+00:00",  # never updated: created_at
        "expiration_date": "2026-02-01",
        "categories": ["food"],
        "linked_memory_ids": ["id-0"],
        "attributed_to": "user",
    }


def test_public_memory_without_score_and_empty_metadata() -> None:
    memory = public_memory(Found("id-1", {**PAYLOAD, "metadata": {}}))
    assert "score" not in memory and memory["metadata"] is None


def test_public_memory_stored_before_categories_has_empty_ones() -> None:
    old = {k: v for k, v in PAYLOAD.items() if k not in ("categories", "linked_memory_ids")}
    memory = public_memory(Found("id-1", {**old, "attributed_to": None}))
    assert (memory["categories"], memory["linked_memory_ids"], memory["attributed_to"]) == (
        [],
        [],
        None,
    )


HIDDEN = models.FieldCondition(
    key="kind", match=models.MatchAny(any=["deleted", "scope", "conversation"])
)


def test_scoped_puts_the_project_kind_and_expiry_in_the_query() -> None:
    where = models.Filter(
        must=[models.FieldCondition(key="user_id", match=models.MatchValue(value="a"))]
    )
    scope = scoped(where, "o", "p", now=100.0)
    assert scope.must is not None and scope.must[-1] == where
    keys = [c.key for c in scope.must[:2] if isinstance(c, models.FieldCondition)]
    assert keys == ["org_id", "project_id"]
    assert scope.must_not == [
        HIDDEN,
        models.FieldCondition(key="expiration_ts", range=models.Range(lte=100.0)),
    ]
    assert scoped(where, "o", "p", now=None).must_not == [HIDDEN]
    by_id = scoped(None, "o", "p", now=None, point_ids=["x"])
    assert by_id.must is not None and models.HasIdCondition(has_id=["x"]) in by_id.must
    with_deleted = scoped(None, "o", "p", now=None, hidden=["scope"])
    assert with_deleted.must_not == [
        models.FieldCondition(key="kind", match=models.MatchAny(any=["scope"]))
    ]


def test_page_window_and_links() -> None:
    assert page_window(1, 100).offset == 0
    assert page_window(3, 20).offset == 40 and page_window(3, 20).limit == 20
    link = "p{}".format
    assert page_links(1, 2, 3, link) == ("p2", None)
    assert page_links(2, 2, 3, link) == (None, "p1")
    assert page_links(2, 2, 4, link) == (None, "p1")
    assert page_links(2, 2, 5, link) == ("p3", "p1")
    assert page_links(1, 100, 0, link) == (None, None)
    assert page_links(7, 10, 3, link) == (None, "p6")  # past the end: empty, back link


def _at(id_: str, ts: float) -> Found:
    return Found(id_, {"created_at_ts": ts})


def test_cut_page_orders_ties_by_id_and_takes_every_tie() -> None:
    # The engine's head ends inside a tie (ts 5), in an order of its own; the ties hold
    # every memory at ts 5, one of them ("a") not in the head.
    head = [_at("z", 9), _at("c", 5), _at("b", 5)]
    ties = [_at("b", 5), _at("a", 5), _at("c", 5)]
    assert [f.id for f in cut_page(head, ties, 0, 3)] == ["z", "a", "b"]
    assert [f.id for f in cut_page(head, ties, 1, 2)] == ["a", "b"]
    assert [f.id for f in cut_page(head, ties, 3, 3)] == ["c"]
    assert cut_page([], [], 0, 10) == []
