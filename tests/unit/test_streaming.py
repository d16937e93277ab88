"""The event stream's cursor: what an SSE id says, read back; ids of another source."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from memstream.services.status.streaming import (
    InvalidCursorError,
    cursor_id,
    message,
    resume_from,
    source_tag,
)

TAG = source_tag("cluster/topic")
offsets = st.dictionaries(st.integers(0, 1023), st.integers(0, 2**62), max_size=64)


@given(offsets)
def test_an_id_resumes_where_it_was_issued(next_offsets: dict[int, int]) -> None:
    resumed = resume_from(cursor_id(TAG, next_offsets), TAG)
    assert {p: o for p, o in resumed.items() if o} == {p: o for p, o in next_offsets.items() if o}


def test_an_id_of_another_broker_or_topic_resumes_from_the_start() -> None:
    assert resume_from(cursor_id(source_tag("other/topic"), {0: 5, 3: 9}), TAG) == {}


@given(st.text(max_size=200))
def test_anything_else_is_refused_or_read_as_offsets(text: str) -> None:
    try:
        resumed = resume_from(text, TAG)
    except InvalidCursorError:
        return
    assert all(p >= 0 and o >= 0 for p, o in resumed.items())


@pytest.mark.parametrize("text", ["", "abc", f"{TAG}", f"{TAG}:", f"{TAG}:-1", f"{TAG}:1..2"])
def test_malformed_ids_are_refused(text: str) -> None:
    with pytest.raises(InvalidCursorError):
        resume_from(text, TAG)


def test_a_message_is_one_sse_event() -> None:
    assert message("t:1", b'{"a":1}') == b'id: t:1\ndata: {"a":1}\n\n'
