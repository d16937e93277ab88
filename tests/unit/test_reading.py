"""The read options' pure parts: older SDKs' top-level ids, the v1 query string, fields."""

from __future__ import annotations

import pytest
from starlette.datastructures import QueryParams

from memstream.contracts.errors import ApiError
from memstream.contracts.memories import MemoryPublic, MemorySelected
from memstream.services.query.reading import checked_fields, legacy_filters, query_body, shaped


def test_a_selected_memory_has_the_fields_of_a_memory() -> None:
    assert list(MemorySelected.model_fields) == list(MemoryPublic.model_fields)


@pytest.mark.parametrize(
    ("body", "filters"),
    [
        ({"query": "q", "user_id": "a"}, {"user_id": "a"}),
        ({"user_id": "a", "agent_id": "b"}, {"user_id": "a", "agent_id": "b"}),
        (
            {"user_id": "a", "filters": {"metadata": {"k": 1}}},
            {"AND": [{"metadata": {"k": 1}}, {"user_id": "a"}]},
        ),
        ({"filters": {"run_id": "r"}, "user_id": None}, {"run_id": "r"}),
    ],
)
def test_older_sdks_top_level_ids_join_the_filters(body: dict, filters: dict) -> None:
    moved = legacy_filters(body)
    assert isinstance(moved, dict) and moved["filters"] == filters
    assert not {"user_id", "agent_id"} & set(moved)


def test_the_v1_query_string_reads_as_a_body() -> None:
    params = QueryParams(
        "user_id=a&fields=id&fields=memory,score&show_expired=true&page=2&metadata=%7B%22k%22%3A1%7D"
    )
    assert query_body(params) == {
        "user_id": "a",
        "fields": ["id", "memory", "score"],
        "show_expired": True,
        "page": 2,
        "metadata": {"k": 1},
    }
    with pytest.raises(ApiError, match="metadata: the query parameter is not JSON"):
        query_body(QueryParams("metadata=%7Bnope"))


def test_fields_keep_only_what_was_asked() -> None:
    kept = checked_fields(["memory", "id", "memory"])
    assert kept == ("memory", "id")
    assert shaped([{"id": "1", "memory": "m", "score": 0.5}], kept) == [{"memory": "m", "id": "1"}]
    assert shaped([{"id": "1"}], None) == [{"id": "1"}]
    with pytest.raises(ApiError, match="unknown field\\(s\\) 'password'"):
        checked_fields(["password"])
