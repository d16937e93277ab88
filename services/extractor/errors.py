"""Errors of the extraction pipeline: permanent ones fail the event with their message."""

from __future__ import annotations

__all__ = ["ExtractionFormatError", "PermanentError", "StageError", "StoreRejectedError"]


class PermanentError(Exception):
    """The event cannot succeed; the message is shown to the user as the event's `error`."""


class ExtractionFormatError(PermanentError):
    """The LLM answered something that is not the JSON we asked for."""


class StoreRejectedError(PermanentError):
    """The memory store answered, and refused this request: retrying repeats the answer."""


class StageError(Exception):
    """An unexpected failure, with the step of the pipeline it happened in."""

    def __init__(self, stage: str) -> None:
        super().__init__(stage)
        self.stage = stage
