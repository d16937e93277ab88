"""Why a publish did not happen; the add route turns each into its answer."""

from __future__ import annotations

from memstream.kafka.publishing import BrokerUnavailableError, RecordTooLargeError

__all__ = ["BrokerUnavailableError", "OverloadedError", "RecordTooLargeError"]


class OverloadedError(Exception):
    """Too many publishes are already waiting for the broker."""
