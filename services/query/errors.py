"""Errors of the read path."""

from __future__ import annotations

__all__ = ["FilterError"]


class FilterError(ValueError):
    """A Mem0 filter that cannot be translated: the message is the 400's detail."""
