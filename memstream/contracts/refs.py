"""Schemas embedded in a larger document (OpenAPI, AsyncAPI): pydantic's `$defs` moved to
where the document's `$ref`s can reach them.

`model_json_schema()` keeps a model's sub-schemas in its own `$defs` and points at them
with `#/$defs/<name>`. Inside an OpenAPI or AsyncAPI document `#` is the document's root,
which has no `$defs`: those refs resolve nowhere, and tools that follow them (Swagger UI,
client generators, schemathesis) skip the schema they are in.
"""

from __future__ import annotations

from typing import Any

__all__ = ["hoist_defs"]

_LOCAL = "#/$defs/"


def hoist_defs(document: dict[str, Any]) -> None:
    """Move every `$defs` found in `document` into its `components/schemas`, and point
    the refs there.

    A name already there must hold the same schema: two different models of one name
    would make one ref mean two things.
    """
    _repoint(document)
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for defs in _collect_defs(document):
        for name, schema in defs.items():
            if schemas.setdefault(name, schema) != schema:
                raise ValueError(f"two different schemas are named {name!r}")


def _repoint(node: Any) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_LOCAL):
            node["$ref"] = f"#/components/schemas/{ref.removeprefix(_LOCAL)}"
        for value in node.values():
            _repoint(value)
    elif isinstance(node, list):
        for value in node:
            _repoint(value)


def _collect_defs(node: Any) -> list[dict[str, Any]]:
    """Every `$defs` in `node`, taken out of it."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if isinstance(node.get("$defs"), dict):
            defs = node.pop("$defs")
            found.extend([defs, *_collect_defs(defs)])
        for value in node.values():
            found.extend(_collect_defs(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_collect_defs(value))
    return found
