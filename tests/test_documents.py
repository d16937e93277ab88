"""The documents memstream serves and commits are whole: every `$ref` in them points at
something inside the same document (Swagger UI, client generators and schemathesis skip
what they cannot resolve)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from memstream.contracts.refs import hoist_defs
from memstream.contracts.schemas import SCHEMA_DIR
from memstream.services.stack import ServiceName, build_components, make_app
from tests.support import make_settings

# Each HTTP service alone, as in production, and all of them on one port (`memstream dev`).
APPS: dict[str, list[ServiceName]] = {
    "ingest": ["ingest"],
    "status": ["status"],
    "query": ["query"],
    "webhooks": ["webhooks"],
    "dev": ["ingest", "status", "query", "extractor", "webhooks"],
}


def refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [ref for value in node.values() for ref in refs(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in refs(value)]
    return []


def resolves(document: dict[str, Any], ref: str) -> bool:
    """Whether a local ref (`#/a/b`, RFC 6901 escapes) names a node of `document`."""
    if not ref.startswith("#/"):
        return False
    node: Any = document
    for token in ref.removeprefix("#/").split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or token not in node:
            return False
        node = node[token]
    return True


def unresolvable(document: dict[str, Any]) -> list[str]:
    return sorted({ref for ref in refs(document) if not resolves(document, ref)})


async def served(names: list[ServiceName], path: str, tmp_path: Path) -> dict[str, Any]:
    """`path` as the app of these services answers it (no broker needed: not started)."""
    settings = make_settings("127.0.0.1:9", tmp_path / "qdrant")
    app = make_app(settings, build_components(settings, names))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://memstream") as client:
        answer = await client.get(path)
    assert answer.status_code == 200
    document: dict[str, Any] = answer.json()
    return document


@pytest.mark.parametrize("app", sorted(APPS))
async def test_every_ref_of_the_openapi_document_resolves(app: str, tmp_path: Path) -> None:
    document = await served(APPS[app], "/openapi.json", tmp_path)
    assert refs(document), "the document has no refs: the check would prove nothing"
    assert unresolvable(document) == []
    assert "$defs" not in orjson.dumps(document).decode()


async def test_every_ref_of_the_asyncapi_document_resolves(tmp_path: Path) -> None:
    document = await served(["ingest"], "/asyncapi.json", tmp_path)
    assert refs(document)
    assert unresolvable(document) == []


@pytest.mark.parametrize("path", sorted(SCHEMA_DIR.glob("*.json")), ids=lambda p: p.name)
def test_every_ref_of_a_committed_schema_resolves(path: Path) -> None:
    assert unresolvable(orjson.loads(path.read_bytes())) == []


def test_hoisting_refuses_two_schemas_of_one_name() -> None:
    document: dict[str, Any] = {
        "components": {"schemas": {"Role": {"type": "string"}}},
        "paths": {"/x": {"schema": {"$defs": {"Role": {"type": "integer"}}}}},
    }
    with pytest.raises(ValueError, match="'Role'"):
        hoist_defs(document)


async def test_path_parameters_declare_what_their_routes_enforce(tmp_path: Path) -> None:
    """Generated clients and fuzzers see the real contract: a memory or event id is a UUID,
    an entity type one of four, an entity id 1 to 256 characters."""
    document = await served(APPS["dev"], "/openapi.json", tmp_path)
    declared = {
        (method, path, p["name"]): p["schema"]
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        for p in operation.get("parameters", [])
        if p["in"] == "path"
    }
    memory = "/v1/memories/{memory_id}/"
    for method, path in [
        ("get", memory),
        ("put", memory),
        ("delete", memory),
        ("get", memory + "history/"),
    ]:
        assert declared[(method, path, "memory_id")]["format"] == "uuid"
    assert declared[("get", "/v1/event/{event_id}/", "event_id")]["format"] == "uuid"
    entity = "/v2/entities/{entity_type}/{entity_id}/"
    assert declared[("delete", entity, "entity_type")]["enum"] == ["user", "agent", "app", "run"]
    limits = declared[("delete", entity, "entity_id")]
    assert (limits["minLength"], limits["maxLength"]) == (1, 256)
