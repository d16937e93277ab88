"""The AsyncAPI document of memstream's topics, built from the contracts and topic names."""

from __future__ import annotations

from typing import Any

from memstream.contracts.events import EventSnapshot
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
        "eventSnapshot": _message(
            "eventSnapshot",
            "The whole event at a status; the latest record per key is the event",
            EventSnapshot.model_json_schema(),
            'org, project and event id as a compact JSON array: ["org","project","<uuid>"]',
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
        "addRequests": (topics.requests, "addRequest", "send"),
        "lifecycle": (topics.lifecycle, "eventSnapshot", "receive"),
        "deadLetters": (topics.dlq, "deadLetter", "receive"),
    }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "memstream topics",
            "version": "1",
            "description": "Add memories by producing to the requests topic; follow events on "
            "the lifecycle topic. Topic names carry a configurable prefix.",
        },
        "defaultContentType": "application/json",
        "channels": {
            name: {
                "address": address,
                "messages": {message: {"$ref": f"#/components/messages/{message}"}},
            }
            for name, (address, message, _) in channels.items()
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
