"""Why a publish did not happen; the add route turns each into its answer."""

from __future__ import annotations

__all__ = ["BrokerUnavailableError", "OverloadedError", "RecordTooLargeError"]


class BrokerUnavailableError(Exception):
    """The broker did not acknowledge a record in time."""


class OverloadedError(Exception):
    """Too many publishes are already waiting for the broker."""


class RecordTooLargeError(Exception):
    """The broker refuses the record for its size: retrying will not help."""
