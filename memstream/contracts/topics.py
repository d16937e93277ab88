"""The one place that names memstream's Kafka topics."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Topics", "topic_names"]


@dataclass(frozen=True, slots=True)
class Topics:
    requests: str
    lifecycle: str
    dlq: str
    changes: str
    webhooks: str  # compacted: the webhooks and what delivery found
    deliveries: str  # per webhook: what to deliver, and each attempt
    projects: str  # compacted: each project's settings, a record per field

    def all(self) -> tuple[str, ...]:
        return (
            self.requests,
            self.lifecycle,
            self.dlq,
            self.changes,
            self.webhooks,
            self.deliveries,
            self.projects,
        )

    def compacted(self) -> tuple[str, ...]:
        """Topics whose latest record per key is the whole truth."""
        return (self.webhooks, self.projects)


def topic_names(prefix: str) -> Topics:
    return Topics(
        requests=f"{prefix}.add-requests.v1",
        lifecycle=f"{prefix}.lifecycle.v1",
        dlq=f"{prefix}.add-requests.v1.dlq",
        changes=f"{prefix}.memory-changes.v1",
        webhooks=f"{prefix}.webhooks.v1",
        deliveries=f"{prefix}.webhook-deliveries.v1",
        projects=f"{prefix}.project-settings.v1",
    )
