"""Pure decisions of the extractor: which events it has ended, which store failures are
the store's (wait) and which the request's (fail the event)."""

from __future__ import annotations

import httpx
import pytest
from qdrant_client.http.exceptions import ResponseHandlingException, UnexpectedResponse

from memstream.services.extractor.finished import FinishedEvents
from memstream.store.errors import StoreFault, is_transient_store_error, store_fault


def test_finished_events_are_remembered_for_their_age_and_capacity() -> None:
    finished = FinishedEvents(capacity=2, max_age_s=10)
    finished.add("a", now=0)
    assert finished.ended("a", now=5) and not finished.ended("b", now=5)
    assert not finished.ended("a", now=10.5)  # older than its window: processed again
    finished.add("a", now=11)
    finished.add("b", now=12)
    finished.add("c", now=13)  # over capacity: the oldest goes
    assert not finished.ended("a", now=14)
    assert finished.ended("b", now=14) and finished.ended("c", now=14)
    assert len(finished) == 2


def _answer(status: int) -> UnexpectedResponse:
    return UnexpectedResponse(status, "", b'{"status":{"error":"x"}}', httpx.Headers())


@pytest.mark.parametrize(
    ("error", "fault"),
    [
        (_answer(400), StoreFault.REJECTED),
        (_answer(404), StoreFault.REJECTED),
        (_answer(429), StoreFault.UNAVAILABLE),
        (_answer(500), StoreFault.FAILED),
        (_answer(502), StoreFault.UNAVAILABLE),
        (_answer(503), StoreFault.UNAVAILABLE),
        (httpx.ConnectError("refused"), StoreFault.UNAVAILABLE),
        (ResponseHandlingException(OSError("reset")), StoreFault.UNAVAILABLE),
        (TimeoutError(), StoreFault.UNAVAILABLE),
        (ValueError("a bug"), None),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else str(v),
)
def test_store_faults_are_told_apart(error: Exception, fault: StoreFault | None) -> None:
    assert store_fault(error) is fault
    assert is_transient_store_error(error) is (fault in (StoreFault.UNAVAILABLE, StoreFault.FAILED))
