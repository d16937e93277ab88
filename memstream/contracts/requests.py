"""Add requests: the HTTP body, the requests-topic record and the accepted answer.

`schemas/` holds the JSON Schema generated from these models (`memstream schemas`);
a test fails when the two drift.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Annotated, Any, Literal, Self
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictStr,
    field_validator,
    model_validator,
)

from memstream.contracts.categories import CustomCategories
from memstream.contracts.entities import (
    ENTITY_FIELDS,
    EntityIds,
    Message,
    Metadata,
    SentMessage,
    StoredMetadata,
)
from memstream.contracts.limits import MAX_EXPIRATION_DATE, FreeFormJson, UnixSeconds

__all__ = [
    "HTTP_ONLY",
    "SCHEMA_VERSION",
    "AddAccepted",
    "AddMemoriesBody",
    "AddRequest",
    "AddRequestRecord",
]

SCHEMA_VERSION = 1
MAX_MESSAGES = 10_000


def _known_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name[:64]!r} is not an IANA time zone (e.g. Europe/Paris)") from None
    return name


Timezone = Annotated[StrictStr, Field(max_length=64), AfterValidator(_known_timezone)]


class _AddFields(EntityIds):
    """What an add request carries, over HTTP and on the requests topic (the HTTP body
    narrows `messages`: an unknown message key is a 400 there, a record ignores it; both
    narrow `metadata` to integers within 64 bits)."""

    messages: Sequence[Message] = Field(min_length=1, max_length=MAX_MESSAGES)
    metadata: Metadata | None = None
    infer: StrictBool = True
    custom_instructions: StrictStr | None = Field(default=None, max_length=20_000)
    timestamp: UnixSeconds | None = Field(
        default=None,
        description="unix seconds (a number, not a boolean); sets the memories' created_at",
    )
    expiration_date: date | None = Field(
        default=None, le=MAX_EXPIRATION_DATE, description="YYYY-MM-DD, at most 9999-12-30"
    )
    immutable: StrictBool = Field(
        default=False, description="its memories cannot be updated (a delete still erases them)"
    )
    # Extraction (infer: true); each one is shown to the LLM in the extraction call.
    custom_categories: CustomCategories | None = None
    includes: StrictStr | None = Field(
        default=None,
        max_length=2_000,
        description="what to remember: only memories about this are kept (the LLM is told; "
        "offline, memories that do not resemble it are dropped)",
    )
    excludes: StrictStr | None = Field(
        default=None,
        max_length=2_000,
        description="what not to remember (the LLM is told; offline, memories that resemble "
        "it are dropped)",
    )
    agent_custom_instructions: StrictStr | None = Field(
        default=None,
        max_length=20_000,
        description="instructions for an agent's memories (agent_id without user_id): used "
        "there instead of custom_instructions",
    )
    timezone: Timezone | None = Field(
        default=None,
        description="IANA time zone of the conversation (e.g. Europe/Paris): the observation "
        "date the extraction resolves relative dates against is the add's timestamp (else "
        "its receive time) in it; UTC by default",
    )


class AddMemoriesBody(_AddFields):
    """Body of `POST /v3/memories/add/` (and of the older SDKs' `POST /v1/memories/`). A field
    it does not take is a 400 naming it; the `org_id` and `project_id` the SDKs send are
    ignored (the API key decides both)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    messages: list[SentMessage] = Field(min_length=1, max_length=MAX_MESSAGES)
    metadata: StoredMetadata | None = None
    filters: FreeFormJson | None = Field(
        default=None, description="the entity ids, as the 2.x SDK sends them (nothing else)"
    )
    async_mode: StrictBool = Field(
        default=True,
        description="false: answer once the event ended, with its results (past the wait, "
        "the queued answer with the event id)",
    )
    output_format: Literal["v1.0", "v1.1"] | None = Field(
        default=None, description="v1.0: a bare list of results; v1.1 (default): an object"
    )
    version: Literal["v1", "v2"] | None = Field(
        default=None, description="Mem0's API generation: both mean memstream's one pipeline"
    )
    enable_graph: StrictBool = Field(
        default=False, description="only false: memstream keeps no graph memory"
    )
    org_id: Any = Field(default=None, description="ignored: the API key's org")
    project_id: Any = Field(default=None, description="ignored: the API key's project")

    @field_validator("enable_graph")
    @classmethod
    def _no_graph(cls, value: bool) -> bool:
        if value:
            raise ValueError("memstream keeps no graph memory; false (the default) is honoured")
        return value

    @field_validator("filters")
    @classmethod
    def _only_entity_ids(cls, value: dict[str, Any] | None) -> dict[str, Any] | None:
        other = [key for key in value or {} if key not in ENTITY_FIELDS]
        if other:
            raise ValueError(
                f"an add's filters carry entity ids only ({', '.join(ENTITY_FIELDS)}), "
                f"not {other[0][:50]!r}"
            )
        return value

    def record_fields(self) -> dict[str, Any]:
        """What the requests-topic record carries of the body (the rest shapes the answer)."""
        return self.model_dump(exclude=set(HTTP_ONLY))

    @model_validator(mode="after")
    def _entity_ids_from_filters(self) -> AddMemoriesBody:
        for name in ENTITY_FIELDS:
            in_filter = (self.filters or {}).get(name)
            if in_filter is None:
                continue
            if not isinstance(in_filter, str) or not 0 < len(in_filter) <= 256:
                raise ValueError(f"filters.{name} must be a non-empty string")
            top = getattr(self, name)
            if top is not None and top != in_filter:
                raise ValueError(f"{name} differs between the top level and filters")
            object.__setattr__(self, name, in_filter)
        if not self.has_entity():
            raise ValueError("at least one of user_id, agent_id, app_id or run_id is required")
        return self


# Fields of the HTTP body that the requests-topic record carries.
_ADD_FIELDS = tuple(_AddFields.model_fields)

# Fields of the HTTP body that shape the answer, not the add.
HTTP_ONLY = frozenset(
    {"filters", "async_mode", "output_format", "version", "enable_graph", "org_id", "project_id"}
)

# JSON Schema form of "at least one entity id is a string".
_ONE_ENTITY_REQUIRED: dict[str, Any] = {
    "anyOf": [
        {"required": [name], "properties": {name: {"type": "string"}}} for name in ENTITY_FIELDS
    ]
}


class _RequestFields(_AddFields):
    model_config = ConfigDict(extra="ignore", frozen=True, json_schema_extra=_ONE_ENTITY_REQUIRED)

    messages: list[Message] = Field(min_length=1, max_length=MAX_MESSAGES)
    # As over HTTP: a larger integer was stored as a float, or where no filter matched it.
    metadata: StoredMetadata | None = None
    schema_version: Literal[1] = Field(
        description="version of this record's shape; a breaking change gets a new topic"
    )
    org_id: StrictStr = Field(min_length=1, max_length=256)
    project_id: StrictStr = Field(min_length=1, max_length=256)

    @model_validator(mode="after")
    def _requires_entity(self) -> Self:
        if not self.has_entity():
            raise ValueError("at least one of user_id, agent_id, app_id or run_id is required")
        return self


class AddRequestRecord(_RequestFields):
    """Value of a record on the requests topic (key: the scope key), as a producer writes it.

    `event_id` and `received_at` may be left out: the extractor then derives the event id
    from the record's topic, partition and offset, and takes the record's timestamp."""

    event_id: UUID | None = None
    received_at: AwareDatetime | None = None


class AddRequest(_RequestFields):
    """An add request with its event id and reception time: what ingest publishes and the
    extractor processes."""

    schema_version: Literal[1] = 1
    event_id: UUID
    received_at: AwareDatetime

    @classmethod
    def of_body(
        cls,
        body: AddMemoriesBody,
        *,
        event_id: UUID,
        org_id: str,
        project_id: str,
        received_at: datetime,
    ) -> AddRequest:
        """The record of an accepted body, the same as validating its `record_fields()`
        with these, without validating again what was just validated: the body's fields
        (nested models included), the key's org and project, a new id and the clock.
        Validating it twice was a tenth of an add's CPU."""
        return cls.model_construct(
            **{name: getattr(body, name) for name in _ADD_FIELDS},
            event_id=event_id,
            org_id=org_id,
            project_id=project_id,
            received_at=received_at,
        )

    def payload(self) -> dict[str, Any]:
        """The request as the event's `payload` shows it."""
        return self.model_dump(
            mode="json",
            exclude={"schema_version", "event_id", "org_id", "project_id", "received_at"},
            exclude_none=True,
        )


class AddAccepted(BaseModel):
    message: str = "Memory processing has been queued for background execution"
    status: Literal["PENDING"] = "PENDING"
    event_id: UUID

    def answer_json(self) -> bytes:
        """`model_dump_json()`, encoded: the one part that changes between adds is the id."""
        return _ACCEPTED_HEAD + str(self.event_id).encode() + _ACCEPTED_TAIL


_NIL = UUID(int=0)
_ACCEPTED_HEAD, _ACCEPTED_TAIL = (
    AddAccepted(event_id=_NIL).model_dump_json().encode().split(str(_NIL).encode())
)
