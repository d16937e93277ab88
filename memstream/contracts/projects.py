"""Project settings: what `PATCH /api/v1/orgs/organizations/{org}/projects/{project}/`
takes, what `GET` answers, and the record of the project-settings topic.

The topic is compacted and keyed by `[org_id, project_id, field]`: one record per field a
PATCH sets, so two PATCHes of different fields never undo each other, and the latest
record of each key is the field's value. Every extractor replica and query replica follows
the whole topic into a table (memstream.kafka.tables): a change reaches a running extractor
without a restart. An add's own `custom_instructions`, `custom_categories` and
`agent_custom_instructions` take precedence over the project's.
"""

from __future__ import annotations

from typing import Any, Literal

import orjson
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StrictStr

from memstream.contracts.categories import CustomCategories

__all__ = [
    "PROJECT_FIELDS",
    "ProjectField",
    "ProjectSettingRecord",
    "ProjectSettings",
    "ProjectUpdateBody",
    "project_setting_key",
]

ProjectField = Literal["custom_instructions", "custom_categories", "agent_custom_instructions"]
PROJECT_FIELDS: tuple[ProjectField, ...] = (
    "custom_instructions",
    "custom_categories",
    "agent_custom_instructions",
)


class ProjectUpdateBody(BaseModel):
    """Body of the PATCH: the fields it sets (`null` or `""` clears one). `org_id` and
    `project_id`, which the SDK forwards, must name the path's project when given."""

    model_config = ConfigDict(extra="forbid")

    custom_instructions: StrictStr | None = Field(
        default=None,
        max_length=20_000,
        description="instructions for every extraction of the project (an add's own win)",
    )
    custom_categories: CustomCategories | None = None
    agent_custom_instructions: StrictStr | None = Field(
        default=None,
        max_length=20_000,
        description="instructions for the extraction of agents' memories (agent_id without "
        "user_id)",
    )
    org_id: StrictStr | None = None
    project_id: StrictStr | None = None

    def changes(self) -> dict[ProjectField, Any]:
        """The fields this PATCH sets, each to its value (None clears it)."""
        return {
            name: getattr(self, name) or None
            for name in PROJECT_FIELDS
            if name in self.model_fields_set
        }


class ProjectSettings(BaseModel):
    """A project's settings (what GET answers); a field never set is null."""

    model_config = ConfigDict(frozen=True)

    org_id: str
    project_id: str
    custom_instructions: str | None = None
    custom_categories: list[dict[str, str]] | None = Field(
        default=None, description="null: Mem0's 15 default categories"
    )
    agent_custom_instructions: str | None = None
    updated_at: AwareDatetime | None = None

    @classmethod
    def defaults(cls, org_id: str, project_id: str) -> ProjectSettings:
        """The settings of a project nobody has changed."""
        return cls(org_id=org_id, project_id=project_id)


def project_setting_key(org_id: str, project_id: str, field: str) -> bytes:
    return orjson.dumps([org_id, project_id, field])


class ProjectSettingRecord(BaseModel):
    """Value of a record on the project-settings topic (key: `[org_id, project_id, field]`):
    the value of one field of a project's settings from then on."""

    model_config = ConfigDict(frozen=True)

    schema_version: Literal[1] = 1
    org_id: str = Field(min_length=1, max_length=256)
    project_id: str = Field(min_length=1, max_length=256)
    field: ProjectField
    value: StrictStr | CustomCategories | None = Field(
        description="a string (instructions) or a category list; null clears the field"
    )
    updated_at: AwareDatetime

    def key(self) -> bytes:
        return project_setting_key(self.org_id, self.project_id, self.field)

    def applied_to(self, settings: ProjectSettings | None) -> ProjectSettings:
        base = settings or ProjectSettings(org_id=self.org_id, project_id=self.project_id)
        updated = max(filter(None, (base.updated_at, self.updated_at)))
        return base.model_copy(update={self.field: self.value, "updated_at": updated})
