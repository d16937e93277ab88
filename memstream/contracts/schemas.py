"""JSON Schemas of the topic records, generated from the contracts (`memstream schemas`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel

from memstream.contracts.asyncapi import asyncapi_document
from memstream.contracts.changes import MemoryChange
from memstream.contracts.events import ErasurePart, EventSnapshot
from memstream.contracts.mutations import DeleteRecord, EraseRecord, UpdateRecord
from memstream.contracts.projects import ProjectSettingRecord
from memstream.contracts.requests import AddMemoriesBody, AddRequestRecord

__all__ = ["SCHEMA_DIR", "generated_schemas", "write_schemas"]

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"

_CONTRACTS: dict[str, tuple[type[BaseModel], str]] = {
    "add-request.v1.json": (AddRequestRecord, "Record value on memstream.add-requests.v1"),
    "lifecycle.v1.json": (EventSnapshot, "Record value on memstream.lifecycle.v1"),
    "add-memories-body.json": (AddMemoriesBody, "Body of POST /v3/memories/add/"),
    "update-request.v1.json": (
        UpdateRecord,
        "Record value on memstream.add-requests.v1: change one memory (key: its scope key)",
    ),
    "delete-request.v1.json": (
        DeleteRecord,
        "Record value on memstream.add-requests.v1: delete one memory (key: its scope key)",
    ),
    "erase-request.v1.json": (
        EraseRecord,
        "Record value on memstream.add-requests.v1, on every partition with the "
        "memstream-barrier header: erase an entity's memories",
    ),
    "erasure-part.v1.json": (
        ErasurePart,
        "Record value on memstream.lifecycle.v1 (key: [org, project, event id, partition]): one "
        "partition applied an erasure",
    ),
    "memory-change.v1.json": (
        MemoryChange,
        "Record value on memstream.memory-changes.v1 (key: the memory id): the Mem0 history "
        "item of one ADD, UPDATE or DELETE",
    ),
    "project-setting.v1.json": (
        ProjectSettingRecord,
        "Record value on memstream.project-settings.v1 (compacted; key: [org_id, project_id, "
        "field]): one field of a project's extraction settings",
    ),
}


def generated_schemas() -> dict[str, dict[str, Any]]:
    """Every generated file of `schemas/`: the JSON Schemas and the AsyncAPI document."""
    schemas = {"asyncapi.json": asyncapi_document()}
    for filename, (model, title) in _CONTRACTS.items():
        schema = model.model_json_schema(mode="validation")
        schemas[filename] = {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": f"https://memstream.dev/schemas/{filename}",
            "description": title,
            **schema,
        }
    return schemas


def render(schema: dict[str, Any]) -> bytes:
    return orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


def write_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, schema in generated_schemas().items():
        path = directory / filename
        path.write_bytes(render(schema))
        written.append(path)
    return written
