"""structlog, configured once: JSON lines with event ids, never message contents at info.

Every line a process writes to stderr is one JSON object with the same fields (`event`,
`level`, `logger`, `timestamp`, `pid`, and `request_id` while a request is handled):
memstream's own lines through structlog, and the libraries' (aiokafka, uvicorn, httpx,
asyncio, openai...) through the standard library's root logger, rendered by structlog's
`ProcessorFormatter` with the same processors. Python warnings and uncaught exceptions go
the same way. Libraries log at WARNING and above: their INFO lines name URLs and peers.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import sys
import threading
from collections.abc import MutableMapping
from contextvars import ContextVar
from types import TracebackType
from typing import Any, BinaryIO

import orjson
import structlog

__all__ = ["REQUEST_ID", "LineSampler", "configure_logging", "get_logger"]

# The request (or, in the extractor, the record's request) being handled: set and reset
# around it, added to every line logged meanwhile. One ContextVar costs less per request
# than structlog's bind/unbind of context variables.
REQUEST_ID: ContextVar[str | None] = ContextVar("memstream_request_id", default=None)

_LIBRARY_LEVEL = logging.WARNING


def _dumps(event: Any, **options: Any) -> bytes:
    return orjson.dumps(event, option=orjson.OPT_NON_STR_KEYS, **options)


def _dumps_text(event: Any, **options: Any) -> str:
    return _dumps(event, **options).decode()


def _add_request_id(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    request_id = REQUEST_ID.get()
    if request_id is not None:
        event.setdefault("request_id", request_id)
    return event


def _add_process_id(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    event.setdefault("pid", os.getpid())  # tells the worker processes of a gateway apart
    return event


class _NamedBytesLogger(structlog.BytesLogger):
    """structlog's bytes logger with a `name`, for `add_logger_name` (as a stdlib one has)."""

    def __init__(self, file: BinaryIO, name: str = "memstream", *_: Any) -> None:
        super().__init__(file)
        self.name = name


class JsonLinesHandler(logging.Handler):
    """Writes each formatted record as one line in one write to a binary stream: the
    stream structlog's own lines go to, so the two never interleave within a line."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        self._stream = stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            # `handle` holds the handler's lock around this call.
            self._stream.write(self.format(record).encode() + b"\n")
            self._stream.flush()
        except Exception:
            self.handleError(record)


def _log_uncaught(
    kind: type[BaseException], value: BaseException, traceback: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, traceback)
        return
    logging.getLogger("memstream").critical("uncaught_exception", exc_info=(kind, value, traceback))


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    logging.getLogger("memstream").critical(
        "uncaught_exception", exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
    )


def configure_logging(level: str = "info") -> None:
    numeric = logging.getLevelNamesMapping()[level.upper()]
    shared: list[Any] = [
        structlog.stdlib.add_logger_name,
        structlog.contextvars.merge_contextvars,
        _add_request_id,
        structlog.processors.add_log_level,
        _add_process_id,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    stream = sys.stderr.buffer
    structlog.configure(
        processors=[
            *shared,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(serializer=_dumps),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        # One write per line (print() makes two): the worker processes of a gateway share
        # stderr, and their lines must not interleave.
        logger_factory=functools.partial(_NamedBytesLogger, stream),
        cache_logger_on_first_use=True,
    )
    handler = JsonLinesHandler(stream)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                structlog.processors.JSONRenderer(serializer=_dumps_text),
            ],
        )
    )
    root = logging.getLogger()
    for old in list(root.handlers):
        # Ours from an earlier call, and plain ones (basicConfig's): nothing else writes
        # unstructured lines. Test runners' capturing handlers stay.
        if isinstance(old, JsonLinesHandler) or type(old) is logging.StreamHandler:
            root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(max(numeric, _LIBRARY_LEVEL))
    logging.captureWarnings(True)
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread


class LineSampler:
    """At most one line per `interval_s` for an event that happens thousands of times a
    second (an accepted add): the line sampled keeps its event id, and says how many of
    its kind went unlogged since the previous one. The others go to debug."""

    def __init__(self, interval_s: float) -> None:
        self._interval_s = interval_s
        self._next_at = -math.inf
        self._unlogged = 0

    def take(self, now: float) -> int | None:
        """The count of events not logged since the last line when this one is to be
        logged at `now` (monotonic seconds), else None."""
        if now < self._next_at:
            self._unlogged += 1
            return None
        unlogged, self._unlogged = self._unlogged, 0
        self._next_at = now + self._interval_s
        return unlogged


def get_logger(name: str, **bound: Any) -> Any:
    return structlog.get_logger(name, **bound)
