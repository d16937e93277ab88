"""Errors of the extraction pipeline: permanent ones fail the event with their message."""

from __future__ import annotations

__all__ = ["ExtractionFormatError", "PermanentError"]


class PermanentError(Exception):
    """The event cannot succeed; the message is shown to the user as the event's `error`."""


class ExtractionFormatError(PermanentError):
    """The LLM answered something that is not the JSON we asked for."""
