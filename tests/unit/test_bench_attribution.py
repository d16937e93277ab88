"""The bench's attribution of CPU (bench/profile.py) and of time (bench/overhead.py)."""

from __future__ import annotations

import pytest

from bench.overhead import histogram_means
from bench.profile import charge, group_shares

LOOP = "_run_once (/py/lib/python3.11/asyncio/base_events.py:1922)"
SELECT = "select (/py/lib/python3.11/selectors.py:468)"
OURS = "extract (/work/services/extractor/extraction.py:80)"
SDK = "post (/venv/site-packages/openai/_base_client.py:1790)"
PYDANTIC = "validate (/venv/site-packages/pydantic/main.py:500)"
STORE = "upsert (/work/memstream/store/edge.py:160)"
KAFKA = "send (/venv/site-packages/aiokafka/producer/producer.py:450)"


@pytest.mark.parametrize(
    ("stack", "group"),
    [
        ([LOOP, OURS, SDK, PYDANTIC], "llm_client"),  # what our code called, not what it used
        ([LOOP, OURS, PYDANTIC], "pydantic"),
        ([LOOP, OURS, STORE], "store"),
        ([LOOP, KAFKA], "kafka_client"),
        ([LOOP, SELECT], "event_loop"),
        ([LOOP, OURS], "memstream"),
        ([OURS, LOOP], "event_loop"),  # our code waiting in the loop's own frames
        # py-spy writes a package's files from the package: our kafka module is ours
        ([LOOP, "publish (memstream/kafka/adds.py:110)"], "memstream"),
        ([LOOP, OURS, "post (openai/_base_client.py:1790)"], "llm_client"),
    ],
)
def test_a_sample_is_charged_to_the_first_library_from_the_outside(
    stack: list[str], group: str
) -> None:
    assert charge(stack) == group


def test_shares_weigh_each_stack_by_its_count_and_skip_what_is_not_a_sample() -> None:
    raw = "\n".join(
        [
            f"{LOOP};{OURS};{SDK} 3",
            f"{LOOP};{SELECT} 1",
            "",
            "a line without a count",
        ]
    )
    assert group_shares(raw) == {"llm_client": 0.75, "event_loop": 0.25}
    assert group_shares("") == {}


def test_histogram_means_are_of_what_was_observed_between_two_scrapes() -> None:
    before = 'x_seconds_sum{op="a"} 1.0\nx_seconds_count{op="a"} 10\n# HELP x_seconds seconds\n'
    after = (
        'x_seconds_sum{op="a"} 1.5\nx_seconds_count{op="a"} 12\n'
        'x_seconds_sum{op="b"} 0.2\nx_seconds_count{op="b"} 4\n'
        'y_total{op="a"} 3\n'
    )
    assert histogram_means(before, after) == {'x{op="a"}': (250.0, 2.0), 'x{op="b"}': (50.0, 4.0)}
    assert histogram_means(after, after) == {}
