"""Every field of Mem0's add, search and get_all requests, and what memstream does with it.

A field memstream accepts, it honours; one it does not support, it refuses with a 400 that
names it and says why (`refusal`); `org_id` and `project_id`, which the SDKs send on every
call, are ignored: the API key decides both. The fields come from Mem0's API reference (the
v3, v2 and v1 request bodies and the v1 list's query string) and the `mem0ai` SDKs' options
(2.x, and 1.x and 0.1.x, which send theirs on the older paths). The README's table is
`markdown_table()`; tests check both against the SDK and the services.

`CALLS` are the `MemoryClient` methods whose Mem0 routes memstream does not serve: each
route answers a 400 saying so (`call_refusal`), which the SDK raises as `ValidationError`
(a 404 would read as `MemoryNotFoundError`, a 501 as a bare `MemoryError` that suggests
trying again later); the README's table of them is `calls_table()`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

__all__ = [
    "CALLS",
    "FIELDS",
    "Disposition",
    "ParityField",
    "RefusedCall",
    "call_refusal",
    "calls_table",
    "markdown_table",
    "refusal",
]

Endpoint = Literal["add", "search", "get_all"]


class Disposition(StrEnum):
    HONOURED = "honoured"
    REFUSED = "refused"  # a 400 naming the field and why
    IGNORED = "ignored"


@dataclass(frozen=True, slots=True)
class ParityField:
    endpoint: Endpoint
    name: str
    disposition: Disposition
    how: str  # how it is honoured, or why it is refused or ignored


_H, _R, _I = Disposition.HONOURED, Disposition.REFUSED, Disposition.IGNORED
_KEY = "the API key decides the org and project; the SDKs send it on every call"
_IDS_IN_FILTERS = (
    "in `filters` on the v3 paths (at the top level a 400, as Mem0's v3); at the top level on "
    "the `/v1/` and `/v2/` paths the 0.1.x and 1.x SDKs use, ANDed with `filters`"
)
_FILTERS = (
    "Mem0's filter language: `AND`/`OR`/`NOT`, `eq ne in gt gte lt lte contains icontains`, "
    '`"*"`, on the entity ids, `created_at`, `updated_at`, `timestamp`, `metadata`, '
    "`memory_ids`, `keywords`, `text`, `expiration_date`, `categories`; required (a 400 without)"
)
_METADATA_FILTER = "memories with these metadata values (as `filters.metadata`), ANDed"
_LATEST = (
    "accepted; memstream changes memories in place (an update keeps the id, a deleted memory "
    "is hidden), so every memory read is the latest and true answers as false does"
)
_FIELDS_OPTION = (
    "each memory with only these fields (`id`, `memory`, `score`, the entity ids, `metadata`, "
    "`created_at`, `updated_at`, `expiration_date`); another name is a 400"
)
_OUTPUT = "`v1.1` (default): `{results: [...]}`; `v1.0`: the bare list; others a 400"
_VERSION = "`v1` and `v2` (Mem0's API generations): both mean memstream's one pipeline"

FIELDS: tuple[ParityField, ...] = (
    # -- add: POST /v3/memories/add/ (2.x SDK), POST /v1/memories/ (0.1.x and 1.x SDKs) ----
    ParityField(
        "add",
        "messages",
        _H,
        "the conversation: `{role, content}` items (`name`: who wrote it), 1 to 10,000; "
        "another key in an item is a 400 naming it",
    ),
    ParityField("add", "user_id", _H, "top level or in `filters`; at least one entity id"),
    ParityField("add", "agent_id", _H, "top level or in `filters`"),
    ParityField("add", "app_id", _H, "top level or in `filters`"),
    ParityField("add", "run_id", _H, "top level or in `filters`"),
    ParityField("add", "filters", _H, "the entity ids, as the 2.x SDK sends them"),
    ParityField(
        "add",
        "metadata",
        _H,
        "stored with each memory; adding a memory's text again with other metadata merges "
        "it in (an `UPDATE` result); an integer outside 64 bits is a 400 naming its path",
    ),
    ParityField("add", "infer", _H, "false stores each message verbatim"),
    ParityField(
        "add",
        "timestamp",
        _H,
        "unix seconds: the memories' `created_at` (a boolean or a text is a 400)",
    ),
    ParityField(
        "add", "expiration_date", _H, "YYYY-MM-DD: hidden from search and get_all after it"
    ),
    ParityField("add", "immutable", _H, "its memories refuse updates (a delete still works)"),
    ParityField(
        "add",
        "async_mode",
        _H,
        "true (default): answered once queued; false: answered once the event ended, with "
        "its results (the queued answer past `MEMSTREAM_HTTP_SYNC_ADD_WAIT_S`, 30 s; a "
        "FAILED event is a 500 with its error)",
    ),
    ParityField(
        "add",
        "output_format",
        _H,
        "shapes a synchronous add's answer: `v1.1` (default) `{results: [...]}`, `v1.0` the "
        "bare list; others a 400",
    ),
    ParityField("add", "version", _H, _VERSION),
    ParityField(
        "add",
        "enable_graph",
        _H,
        "false (the default) is honoured; true is a 400: memstream keeps no graph memory",
    ),
    ParityField(
        "add",
        "structured_data_schema",
        _R,
        "memstream extracts memories as text; it fills no schema",
    ),
    ParityField(
        "add",
        "prompt_profile_id",
        _R,
        "memstream has no prompt profiles; `custom_instructions` steer extraction",
    ),
    ParityField(
        "add", "temporal_reasoning", _R, "memstream runs no temporal reasoning pass on adds"
    ),
    ParityField("add", "observation_date", _R, "not supported: `timestamp` dates the memories"),
    ParityField("add", "observation_datetime", _R, "not supported: `timestamp` dates the memories"),
    ParityField(
        "add",
        "custom_instructions",
        _H,
        "in the extraction prompt; overrides the project's (PATCH .../projects/{id}/)",
    ),
    ParityField("add", "includes", _H, "a hint in the prompt; offline, keeps matching memories"),
    ParityField("add", "excludes", _H, "a hint in the prompt; offline, drops matching memories"),
    ParityField(
        "add",
        "custom_categories",
        _H,
        "`[{name: description}]` replace the 15 defaults (else the project's) for this add",
    ),
    ParityField("add", "agent_custom_instructions", _H, "in the extraction prompt"),
    ParityField("add", "timezone", _H, "an IANA name: the observation date in the prompt"),
    ParityField("add", "org_id", _I, _KEY),
    ParityField("add", "project_id", _I, _KEY),
    # -- search: POST /v3/memories/search/, /v2/memories/search/, /v1/memories/search/ ----
    ParityField("search", "query", _H, "embedded by the extractor's embedder"),
    ParityField("search", "filters", _H, _FILTERS),
    ParityField("search", "user_id", _H, _IDS_IN_FILTERS),
    ParityField("search", "agent_id", _H, _IDS_IN_FILTERS),
    ParityField("search", "app_id", _H, _IDS_IN_FILTERS),
    ParityField("search", "run_id", _H, _IDS_IN_FILTERS),
    ParityField("search", "top_k", _H, "an integer, 1 to 1000, default 10"),
    ParityField(
        "search", "threshold", _H, "a number, 0 to 1, default 0.1: the least semantic similarity"
    ),
    ParityField(
        "search",
        "keyword_search",
        _H,
        "hybrid search: the semantic ranking fused by reciprocal rank with a BM25 ranking "
        "of the query's words (a sparse vector beside each dense one, in the store); "
        "`threshold` binds the semantic ranking, scores are the fusion's",
    ),
    ParityField(
        "search",
        "rerank",
        _H,
        "the candidates reranked by the configured rerank endpoint (`MEMSTREAM_RERANK_URL`), "
        "scores its relevance; true without one configured is a 400",
    ),
    ParityField("search", "fields", _H, _FIELDS_OPTION),
    ParityField("search", "latest_only", _H, _LATEST),
    ParityField(
        "search",
        "reference_date",
        _H,
        "expiry judged at this instant instead of now (date, ISO datetime or unix seconds; "
        "a boolean is a 400)",
    ),
    ParityField("search", "show_expired", _H, "true shows memories past their expiration date"),
    ParityField("search", "metadata", _H, _METADATA_FILTER),
    ParityField("search", "output_format", _H, _OUTPUT),
    ParityField("search", "version", _H, _VERSION),
    ParityField(
        "search",
        "filter_memories",
        _R,
        "an LLM pass over the results, which memstream does not run: narrow with `filters`",
    ),
    ParityField(
        "search",
        "only_metadata_based_search",
        _R,
        "not a search: list them with get_all and `filters.metadata`",
    ),
    ParityField("search", "categories", _H, "memories in any of these (filters.categories.in)"),
    ParityField("search", "org_id", _I, _KEY),
    ParityField("search", "project_id", _I, _KEY),
    # -- get_all: POST /v3/memories/, POST /v2/memories/, GET /v1/memories/ ----------------
    ParityField("get_all", "filters", _H, _FILTERS),
    ParityField("get_all", "user_id", _H, _IDS_IN_FILTERS),
    ParityField("get_all", "agent_id", _H, _IDS_IN_FILTERS),
    ParityField("get_all", "app_id", _H, _IDS_IN_FILTERS),
    ParityField("get_all", "run_id", _H, _IDS_IN_FILTERS),
    ParityField(
        "get_all",
        "page",
        _H,
        "query string (or body, as the 1.x SDK may send it), an integer from 1",
    ),
    ParityField(
        "get_all", "page_size", _H, "query string (or body), an integer 1 to 200, default 100"
    ),
    ParityField(
        "get_all",
        "start_date",
        _H,
        "memories created at or after it (a date: from its start; a boolean is a 400)",
    ),
    ParityField(
        "get_all",
        "end_date",
        _H,
        "memories created at or before it (a date: through its end; a boolean is a 400)",
    ),
    ParityField("get_all", "show_expired", _H, "true lists memories past their expiration date"),
    ParityField("get_all", "latest_only", _H, _LATEST),
    ParityField("get_all", "fields", _H, _FIELDS_OPTION),
    ParityField(
        "get_all",
        "keywords",
        _H,
        "memories whose text holds it, in any case (as `filters.keywords`), ANDed",
    ),
    ParityField("get_all", "metadata", _H, _METADATA_FILTER),
    ParityField("get_all", "output_format", _H, _OUTPUT),
    ParityField("get_all", "version", _H, _VERSION),
    ParityField("get_all", "categories", _H, "memories in any of these (filters.categories.in)"),
    ParityField("get_all", "org_id", _I, _KEY),
    ParityField("get_all", "project_id", _I, _KEY),
)


def refusal(endpoint: Endpoint, name: str) -> str | None:
    """Why a field is refused on that endpoint, or None if the table does not refuse it."""
    for field in FIELDS:
        if (field.endpoint, field.name, field.disposition) == (endpoint, name, _R):
            return field.how
    return None


def markdown_table() -> str:
    """The README's table of every field."""
    rows = ["| call | field | memstream | how, or why not |", "| --- | --- | --- | --- |"]
    rows += [f"| {f.endpoint} | `{f.name}` | {f.disposition} | {f.how} |" for f in FIELDS]
    return "\n".join(rows) + "\n"


@dataclass(frozen=True, slots=True)
class RefusedCall:
    """A Mem0 route memstream does not serve, and the SDK methods that call it."""

    methods: tuple[str, ...]  # MemoryClient's
    verb: str
    path: str
    feature: str  # what memstream does not have, e.g. "memory export"
    why: str


_PROFILES = "memstream builds no user profiles; search or list the user's memories"
_EXPORTS = "memstream runs no export jobs; list the memories with get_all (pages of 200)"

CALLS: tuple[RefusedCall, ...] = (
    RefusedCall(
        ("feedback",),
        "POST",
        "/v1/feedback/",
        "feedback",
        "memstream keeps no feedback on memories",
    ),
    RefusedCall(("create_memory_export",), "POST", "/v1/exports/", "memory export", _EXPORTS),
    RefusedCall(("get_memory_export",), "POST", "/v1/exports/get/", "memory export", _EXPORTS),
    RefusedCall(
        ("get_summary",),
        "POST",
        "/v1/summary/",
        "summary",
        "memstream writes no summaries; list the memories with get_all",
    ),
    RefusedCall(
        ("get_profile",), "GET", "/v2/entities/user/{entity_id}/profile/", "profile", _PROFILES
    ),
    RefusedCall(
        ("generate_profile", "sample_profiles"),
        "POST",
        "/v2/profiles/jobs/",
        "profile",
        _PROFILES,
    ),
    RefusedCall(("get_profile_job",), "GET", "/v2/profiles/jobs/{job_id}/", "profile", _PROFILES),
    RefusedCall(("get_profile_settings",), "GET", "/v2/profiles/settings/", "profile", _PROFILES),
    RefusedCall(
        ("update_profile_settings",), "POST", "/v2/profiles/settings/", "profile", _PROFILES
    ),
)


def call_refusal(call: RefusedCall) -> str:
    """The `detail` of the 400 a refused call gets."""
    return f"{call.feature} is not supported: {call.why}."


def calls_table() -> str:
    """The README's table of the SDK methods memstream refuses."""
    rows = ["| SDK method | HTTP | memstream answers 400: |", "| --- | --- | --- |"]
    rows += [
        f"| {', '.join(f'`{m}`' for m in c.methods)} | `{c.verb} {c.path}` | {call_refusal(c)} |"
        for c in CALLS
    ]
    return "\n".join(rows) + "\n"
