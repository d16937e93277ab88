"""structlog, configured once: JSON lines with event ids, never message contents at info."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import MutableMapping
from contextvars import ContextVar
from typing import Any

import orjson
import structlog

__all__ = ["REQUEST_ID", "configure_logging", "get_logger"]

# The request (or, in the extractor, the record's request) being handled: set and reset
# around it, added to every line logged meanwhile. One ContextVar costs less per request
# than structlog's bind/unbind of context variables.
REQUEST_ID: ContextVar[str | None] = ContextVar("memstream_request_id", default=None)


def _dumps(event: Any, **options: Any) -> bytes:
    return orjson.dumps(event, option=orjson.OPT_NON_STR_KEYS, **options)


def _add_request_id(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    request_id = REQUEST_ID.get()
    if request_id is not None:
        event.setdefault("request_id", request_id)
    return event


def _add_process_id(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    event.setdefault("pid", os.getpid())  # tells the worker processes of a gateway apart
    return event


def configure_logging(level: str = "info") -> None:
    numeric = logging.getLevelNamesMapping()[level.upper()]
    logging.basicConfig(
        stream=sys.stderr, level=max(numeric, logging.WARNING), format="%(message)s"
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            _add_request_id,
            structlog.processors.add_log_level,
            _add_process_id,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(serializer=_dumps),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        # One write per line (print() makes two): the worker processes of a gateway share
        # stderr, and their lines must not interleave.
        logger_factory=structlog.BytesLoggerFactory(sys.stderr.buffer),
        cache_logger_on_first_use=True,
    )


def get_logger(name: str, **bound: Any) -> Any:
    return structlog.get_logger(name, **bound)
