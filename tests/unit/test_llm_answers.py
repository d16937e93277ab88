"""Reading the model endpoints' answers without the SDK's response models (pure)."""

from __future__ import annotations

import base64

import numpy as np
import pytest

from memstream.llm.client import chat_content, embedding_items, read_json
from memstream.llm.errors import UpstreamError


def test_chat_content_is_the_first_choices_text() -> None:
    answer = {"choices": [{"message": {"role": "assistant", "content": '{"memory": []}'}}]}
    assert chat_content(answer) == '{"memory": []}'


@pytest.mark.parametrize(
    "answer",
    [{}, {"choices": []}, {"choices": [{}]}, {"choices": [{"message": {"content": 3}}]}, [], None],
)
def test_chat_content_of_an_answer_without_text_is_none(answer: object) -> None:
    assert chat_content(answer) is None


def test_embeddings_come_back_in_input_order() -> None:
    first = base64.b64encode(np.asarray([1.0, 0.0], dtype=np.float32).tobytes()).decode()
    answer = {"data": [{"index": 1, "embedding": [0.0, 1.0]}, {"index": 0, "embedding": first}]}
    assert embedding_items(answer) == [first, [0.0, 1.0]]


@pytest.mark.parametrize("answer", [{}, {"data": "x"}, {"data": [1]}, [], None])
def test_an_answer_without_embeddings_is_an_upstream_error(answer: object) -> None:
    with pytest.raises(UpstreamError, match="without a list of embeddings"):
        embedding_items(answer)


def test_a_body_that_is_not_json_is_an_upstream_error() -> None:
    assert read_json(b'{"a": 1}', "LLM call") == {"a": 1}
    with pytest.raises(UpstreamError, match="LLM call answered a body that is not JSON"):
        read_json(b"<html>", "LLM call")
