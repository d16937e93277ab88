"""The table of every Mem0 add, search and get_all field (memstream/contracts/parity.py)
against the SDK, the request models, the services and the README.

- Every option the `mem0ai` SDK's typed options carry, and every field a body model takes,
  is in the table: a new Mem0 field cannot slip in silently, nor a field memstream takes
  without saying what it does with it.
- Each row, through HTTP: an honoured or ignored field is accepted (and `BEHAVIOUR` names
  the test that checks what it does); a refused one is a 400 naming it and saying why.
- The README's table is the table.
- Every `MemoryClient` method is served, or its route is refused with a 400 saying so
  (`CALLS`), which the SDK raises as `ValidationError` (not `MemoryNotFoundError`).
"""

from __future__ import annotations

import ast
import asyncio
import inspect
from pathlib import Path
from typing import Any

import pytest
from mem0 import MemoryClient
from mem0.client.types import AddMemoryOptions, GetAllMemoryOptions, SearchMemoryOptions
from mem0.exceptions import ValidationError as SdkValidationError
from pydantic import BaseModel

from memstream.contracts.entities import ENTITY_FIELDS
from memstream.contracts.memories import ListBody, SearchBody
from memstream.contracts.parity import (
    CALLS,
    FIELDS,
    Disposition,
    ParityField,
    RefusedCall,
    call_refusal,
    calls_table,
    markdown_table,
)
from memstream.contracts.requests import AddMemoriesBody
from memstream.testing.data import KEY_A, auth
from tests.support import Stack

ROOT = Path(__file__).resolve().parent.parent

SDK_OPTIONS: dict[str, type[BaseModel]] = {
    "add": AddMemoryOptions,
    "search": SearchMemoryOptions,
    "get_all": GetAllMemoryOptions,
}
BODIES: dict[str, type[BaseModel]] = {
    "add": AddMemoriesBody,
    "search": SearchBody,
    "get_all": ListBody,
}

# The v3 path of each call, and the older path that takes entity ids at the top level.
PATHS = {"add": "/v3/memories/add/", "search": "/v3/memories/search/", "get_all": "/v3/memories/"}
LEGACY = {"add": "/v1/memories/", "search": "/v2/memories/search/", "get_all": "/v2/memories/"}
BASE: dict[str, dict[str, Any]] = {
    "add": {"messages": [{"role": "user", "content": "parity"}], "filters": {"user_id": "par"}},
    "search": {"query": "parity", "filters": {"user_id": "par"}},
    "get_all": {"filters": {"user_id": "par"}},
}

# A valid value of each honoured or ignored field (a field absent here: any string).
SAMPLES: dict[str, Any] = {
    "messages": [{"role": "user", "content": "parity"}],
    "filters": {"user_id": "par"},
    "metadata": {"k": 1},
    "infer": False,
    "timestamp": 1_700_000_000,
    "expiration_date": "2099-01-01",
    "immutable": False,
    "async_mode": True,
    "output_format": "v1.1",
    "version": "v2",
    "enable_graph": False,
    "query": "parity",
    "top_k": 5,
    "threshold": 0.2,
    "keyword_search": True,
    "rerank": False,
    "fields": ["id", "memory"],
    "latest_only": True,
    "reference_date": "2026-01-01",
    "show_expired": True,
    "page": 1,
    "page_size": 10,
    "start_date": "2026-01-01",
    "end_date": "2026-12-31",
    "keywords": "parity",
    "custom_categories": [{"parity": "a category of the parity test"}],
    "timezone": "Europe/Paris",
    "categories": ["parity"],
}

# Where the behaviour of each honoured field is checked (file::test).
_ADD_OPTIONS = "tests/ingest/test_add_options.py::"
_SYNC = _ADD_OPTIONS + "test_a_synchronous_add_answers_with_its_results_through_the_sdk"
_E2E = (
    "tests/extractor/test_pipeline_e2e.py::test_add_with_llm_stores_exactly_the_extracted_memories"
)
_SEARCH = "tests/query/test_read_options.py::test_search_options_through_the_sdk"
_GET_ALL = "tests/query/test_read_options.py::test_get_all_options"
_OLD_READS = "tests/query/test_read_options.py::test_the_1x_sdk_search_and_get_all_on_the_v2_paths"
_SDK_READ = "tests/query/test_sdk_read.py::"
_FILTERS = "tests/unit/test_filters.py"
_CONTEXT = "tests/extractor/test_context.py::"
BEHAVIOUR: dict[tuple[str, str], str] = {
    ("add", "custom_instructions"): "tests/query/test_projects.py::"
    "test_project_instructions_reach_the_llm_and_an_adds_own_win",
    ("add", "includes"): _CONTEXT + "test_includes_excludes_and_agent_instructions_reach_the_llm",
    ("add", "excludes"): _CONTEXT
    + "test_offline_includes_and_excludes_keep_only_matching_memories",
    ("add", "agent_custom_instructions"): _CONTEXT
    + "test_includes_excludes_and_agent_instructions_reach_the_llm",
    ("add", "custom_categories"): _CONTEXT
    + "test_categories_come_from_the_call_when_it_lists_its_own",
    ("add", "timezone"): _CONTEXT
    + "test_the_prompt_holds_the_scopes_memories_and_messages_and_no_other_scopes",
    ("search", "categories"): _CONTEXT + "test_top_level_categories_narrow_search_and_get_all",
    ("get_all", "categories"): _CONTEXT + "test_top_level_categories_narrow_search_and_get_all",
    ("add", "messages"): "tests/test_sdk.py::test_sdk_adds_and_the_event_succeeds",
    ("add", "user_id"): _E2E,
    ("add", "agent_id"): _E2E,
    ("add", "app_id"): "tests/extractor/test_erasure_race.py",
    ("add", "run_id"): "tests/extractor/test_erasure_race.py",
    ("add", "filters"): _SYNC,
    ("add", "metadata"): _SYNC,
    (
        "add",
        "infer",
    ): "tests/extractor/test_pipeline_e2e.py::test_infer_false_stores_messages_verbatim",
    ("add", "timestamp"): _E2E,
    ("add", "expiration_date"): _E2E,
    ("add", "immutable"): "tests/query/test_sdk_changes.py::test_errors_map_to_the_sdk_exceptions",
    ("add", "async_mode"): _SYNC,
    ("add", "output_format"): _SYNC,
    ("add", "version"): _SYNC,
    ("add", "enable_graph"): _ADD_OPTIONS
    + "test_add_options_memstream_does_not_take_are_a_400_naming_them",
    ("search", "query"): _SDK_READ + "test_sdk_search_finds_the_nearest_memory_first",
    ("search", "filters"): _FILTERS,
    ("search", "top_k"): _SDK_READ + "test_sdk_search_honours_top_k_and_threshold",
    ("search", "threshold"): _SDK_READ + "test_sdk_search_honours_top_k_and_threshold",
    ("search", "keyword_search"): _SEARCH,
    (
        "search",
        "rerank",
    ): "tests/query/test_read_options.py::test_rerank_orders_by_the_rerank_endpoint",
    ("search", "fields"): _SEARCH,
    ("search", "latest_only"): _SEARCH,
    (
        "search",
        "reference_date",
    ): "tests/query/test_read_options.py::test_reference_date_judges_expiry_at_that_instant",
    ("search", "show_expired"): _SEARCH,
    ("search", "metadata"): _SEARCH,
    (
        "search",
        "output_format",
    ): "tests/query/test_read_options.py::test_the_01x_sdk_v1_search_and_get_all",
    (
        "search",
        "version",
    ): "tests/query/test_read_options.py::test_the_01x_sdk_v1_search_and_get_all",
    ("get_all", "filters"): _FILTERS,
    ("get_all", "page"): _GET_ALL,
    ("get_all", "page_size"): _GET_ALL,
    ("get_all", "start_date"): _GET_ALL,
    ("get_all", "end_date"): _GET_ALL,
    ("get_all", "show_expired"): _GET_ALL,
    ("get_all", "latest_only"): _GET_ALL,
    ("get_all", "fields"): _GET_ALL,
    ("get_all", "keywords"): _GET_ALL,
    ("get_all", "metadata"): _GET_ALL,
    ("get_all", "output_format"): _GET_ALL,
    (
        "get_all",
        "version",
    ): "tests/query/test_read_options.py::test_the_01x_sdk_v1_search_and_get_all",
}
for _call in ("search", "get_all"):
    for _name in ENTITY_FIELDS:
        BEHAVIOUR[(_call, _name)] = _OLD_READS


def _names(endpoint: str) -> set[str]:
    return {f.name for f in FIELDS if f.endpoint == endpoint}


def _row_id(field: ParityField) -> str:
    return f"{field.endpoint}.{field.name}"


@pytest.mark.parametrize("endpoint", sorted(SDK_OPTIONS))
def test_every_option_of_the_sdk_is_in_the_table(endpoint: str) -> None:
    missing = set(SDK_OPTIONS[endpoint].model_fields) - _names(endpoint)
    assert not missing, f"{endpoint}: add these SDK options to memstream/contracts/parity.py"


@pytest.mark.parametrize("endpoint", sorted(BODIES))
def test_every_field_a_body_takes_is_in_the_table(endpoint: str) -> None:
    taken = set(BODIES[endpoint].model_fields) - _names(endpoint)
    assert not taken, f"{endpoint} takes {taken}, which the table does not describe"


def test_the_table_lists_each_field_once() -> None:
    rows = [(f.endpoint, f.name) for f in FIELDS]
    assert len(rows) == len(set(rows))


def test_the_readme_shows_the_table() -> None:
    readme = (ROOT / "README.md").read_text()
    assert markdown_table() in readme, "README.md's table is stale: paste markdown_table()"


def _defined(node_id: str) -> bool:
    path, _, name = node_id.partition("::")
    tree = ast.parse((ROOT / path).read_text())
    functions = {
        n.name for n in ast.walk(tree) if isinstance(n, ast.AsyncFunctionDef | ast.FunctionDef)
    }
    return not name or name in functions


@pytest.mark.parametrize("field", FIELDS, ids=_row_id)
async def test_each_field_is_honoured_or_refused_as_the_table_says(
    rules_stack: Stack, field: ParityField
) -> None:
    body = dict(BASE[field.endpoint])
    path = PATHS[field.endpoint]
    if field.name in ENTITY_FIELDS:
        body.pop("filters", None)  # the entity ids at the top level, on the older path
        path = LEGACY[field.endpoint]
    if field.disposition in (Disposition.HONOURED, Disposition.IGNORED):
        body[field.name] = SAMPLES.get(field.name, "parity")
        response = await rules_stack.http.post(path, json=body, headers=auth())
        assert response.status_code == 200, response.text
        if field.disposition is Disposition.HONOURED:
            where = BEHAVIOUR.get((field.endpoint, field.name))
            assert where is not None, f"name the test that checks {_row_id(field)}"
            assert _defined(where), where
        return
    body[field.name] = SAMPLES.get(field.name, "parity")
    response = await rules_stack.http.post(path, json=body, headers=auth())
    assert response.status_code == 400, response.text
    detail = response.json()["detail"]
    assert field.name in detail
    if field.disposition is Disposition.REFUSED:
        assert field.how in detail


# The MemoryClient methods memstream serves (`chat` raises in the SDK itself).
SERVED_CALLS = {
    "add",
    "get",
    "get_all",
    "search",
    "update",
    "delete",
    "delete_all",
    "history",
    "users",
    "delete_users",
    "reset",
    "batch_update",
    "batch_delete",
    "get_project",
    "update_project",
    "get_webhooks",
    "create_webhook",
    "update_webhook",
    "delete_webhook",
    "chat",
}
# Arguments for each refused method.
CALL_ARGS: dict[str, tuple[Any, ...]] = {
    "feedback": ("00000000-0000-0000-0000-000000000000", "POSITIVE"),
    "create_memory_export": ('{"type": "object"}',),
    "get_profile": ("alice",),
    "generate_profile": ("alice",),
    "get_profile_job": ("job-1",),
}


def _public_methods() -> set[str]:
    return {
        name
        for name, member in inspect.getmembers(MemoryClient, inspect.isfunction)
        if not name.startswith("_")
    }


def test_every_sdk_method_is_served_or_refused() -> None:
    refused = {method for call in CALLS for method in call.methods}
    assert not refused & SERVED_CALLS
    unknown = _public_methods() - SERVED_CALLS - refused
    assert not unknown, "serve these or add them to CALLS in memstream/contracts/parity.py"


def test_the_readme_shows_the_refused_calls() -> None:
    readme = (ROOT / "README.md").read_text()
    assert calls_table() in readme, "README.md's table is stale: paste calls_table()"


def _call(url: str, method: str) -> Exception:
    client = MemoryClient(api_key=KEY_A, host=url)
    try:
        getattr(client, method)(*CALL_ARGS.get(method, ()))
    except Exception as exc:
        return exc
    raise AssertionError(f"{method} succeeded")


_REFUSED = [(c, m) for c in CALLS for m in c.methods]


@pytest.mark.parametrize(("call", "method"), _REFUSED, ids=[m for _, m in _REFUSED])
async def test_each_refused_call_is_a_400_the_sdk_raises_as_a_validation_error(
    rules_stack: Stack, call: RefusedCall, method: str
) -> None:
    error = await asyncio.to_thread(_call, rules_stack.url, method)
    assert type(error) is SdkValidationError, repr(error)
    assert call_refusal(call) in str(error)
    path = call.path.format(entity_id="alice", job_id="job-1")
    response = await rules_stack.http.request(call.verb, path)  # no API key
    assert response.status_code == 401, response.text
    response = await rules_stack.http.request(call.verb, path, headers=auth())
    assert response.status_code == 400
    assert response.json() == {"detail": call_refusal(call)}
