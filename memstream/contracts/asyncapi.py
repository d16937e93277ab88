"""The AsyncAPI document of memstream's topics, built from the contracts and topic names."""

from __future__ import annotations

from typing import Any

from memstream.contracts.changes import MemoryChange
from memstream.contracts.events import ErasurePart, EventSnapshot
from memstream.contracts.mutations import BARRIER_HEADER, DeleteRecord, EraseRecord, UpdateRecord
from memstream.contracts.projects import ProjectSettingRecord
from memstream.contracts.refs import hoist_defs
from memstream.contracts.requests import AddRequestRecord
from memstream.contracts.topics import topic_names

__all__ = ["asyncapi_document"]

_DRAFT = "application/schema+json;version=draft-07"

_DLQ_HEADERS = {
    "type": "object",
    "properties": {
        "memstream-dlq-reason": {
            "type": "string",
            "enum": [
                "empty",
                "not-json",
                "invalid",
                "unsupported-schema-version",
                "oversized",
                "unknown-project",
            ],
        },
        "memstream-dlq-detail": {"type": "string", "description": "what was wrong, for people"},
        "memstream-source-topic": {"type": "string"},
        "memstream-source-partition": {"type": "string"},
        "memstream-source-offset": {"type": "string"},
        "memstream-event-id": {"type": "string", "description": "when it was readable"},
    },
}


def _message(name: str, summary: str, payload: dict[str, Any], key: str) -> dict[str, Any]:
    return {
        "name": name,
        "summary": summary,
        "contentType": "application/json",
        "payload": {"schemaFormat": _DRAFT, "schema": payload},
        "bindings": {"kafka": {"key": {"type": "string", "description": key}}},
    }


def asyncapi_document(prefix: str = "memstream") -> dict[str, Any]:
    topics = topic_names(prefix)
    scope_key = (
        "the scope: a compact JSON array [org_id, project_id, user_id, agent_id, app_id, run_id]"
        ' with null for absent ids, e.g. ["dev-org","dev-project","alice",null,null,null]'
    )
    messages = {
        "addRequest": _message(
            "addRequest",
            "A conversation to extract memories from (see docs/kafka-producers.md)",
            AddRequestRecord.model_json_schema(),
            scope_key,
        ),
        "updateRequest": _message(
            "updateRequest",
            "Change one memory, in order with its scope's adds (PUT /v1/memories/{id}/)",
            UpdateRecord.model_json_schema(),
            "the memory's scope key (as an add of that scope)",
        ),
        "deleteRequest": _message(
            "deleteRequest",
            "Delete one memory, in order with its scope's adds (DELETE /v1/memories/{id}/)",
            DeleteRecord.model_json_schema(),
            "the memory's scope key (as an add of that scope)",
        ),
        "eraseRequest": {
            **_message(
                "eraseRequest",
                "Erase an entity's memories: written to every partition, each applies it "
                "after all its earlier records (DELETE /v1/memories/, /v2/entities/)",
                EraseRecord.model_json_schema(),
                "erase/<event id> (the record goes to an explicit partition)",
            ),
            "headers": {
                "type": "object",
                "required": [BARRIER_HEADER],
                "properties": {BARRIER_HEADER: {"type": "string", "const": "1"}},
            },
        },
        "eventSnapshot": _message(
            "eventSnapshot",
            "The whole event at a status; the latest record per key is the event",
            EventSnapshot.model_json_schema(),
            'org, project and event id as a compact JSON array: ["org","project","<uuid>"]',
        ),
        "erasurePart": _message(
            "erasurePart",
            "One partition applied an erasure; its event ends when every partition has",
            ErasurePart.model_json_schema(),
            "a compact JSON array [org_id, project_id, event id, partition]",
        ),
        "memoryChange": _message(
            "memoryChange",
            "An ADD, UPDATE or DELETE of a memory: the Mem0 history item",
            MemoryChange.model_json_schema(),
            "the memory id",
        ),
        "projectSetting": _message(
            "projectSetting",
            "One field of a project's extraction settings from then on (compacted: the latest "
            "record per key is the field's value; PATCH /api/v1/orgs/organizations/{org}/"
            "projects/{project}/ writes it, every extractor follows it)",
            ProjectSettingRecord.model_json_schema(),
            'org, project and field as a compact JSON array: ["org","project","field"]',
        ),
        "deadLetter": {
            **_message(
                "deadLetter",
                "A requests-topic record that could not be processed, byte for byte",
                {"description": "the rejected record's value, as it was received"},
                "the rejected record's key, as it was received",
            ),
            "headers": _DLQ_HEADERS,
        },
    }
    channels = {
        "addRequests": (
            topics.requests,
            ["addRequest", "updateRequest", "deleteRequest", "eraseRequest"],
            "send",
        ),
        "lifecycle": (topics.lifecycle, ["eventSnapshot", "erasurePart"], "receive"),
        "deadLetters": (topics.dlq, ["deadLetter"], "receive"),
        "memoryChanges": (topics.changes, ["memoryChange"], "receive"),
        "projectSettings": (topics.projects, ["projectSetting"], "receive"),
    }
    document = {
        "asyncapi": "3.0.0",
        "info": {
            "title": "memstream topics",
            "version": "1",
            "description": "Add memories by producing to the requests topic; follow events on "
            "the lifecycle topic and changes of memories on the memory-changes topic. Topic "
            "names carry a configurable prefix.",
        },
        "defaultContentType": "application/json",
        "channels": {
            name: {
                "address": address,
                "messages": {m: {"$ref": f"#/components/messages/{m}"} for m in names},
            }
            for name, (address, names, _) in channels.items()
        },
        "operations": {
            f"{action}{name[0].upper()}{name[1:]}": {
                "action": action,
                "channel": {"$ref": f"#/channels/{name}"},
            }
            for name, (_, _, action) in channels.items()
        },
        "components": {"messages": messages},
    }
    # The payloads' `#/$defs/...` refs would point at this document's root.
    hoist_defs(document)
    return document
