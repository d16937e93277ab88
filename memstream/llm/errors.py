"""Errors of the model endpoints."""

from __future__ import annotations

__all__ = ["UpstreamError"]


class UpstreamError(Exception):
    """The LLM or embedding endpoint kept failing after its retry budget; the message says
    how, for people."""
