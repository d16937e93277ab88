"""Near-duplicates and offline categories (pure): what counts as the same fact."""

from __future__ import annotations

import pytest

from memstream.services.extractor.categories import closest_categories
from memstream.services.extractor.dedup import Nearest, differs, is_near_duplicate


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("User lives in Paris", "User resides in Paris"),
        ("User's home is in Paris", "User lives in Paris"),
        ("User likes red cars", "User loves red cars"),
        ("User keeps bees in their garden", "User keeps bees in their big garden"),
    ],
)
def test_paraphrases_show_no_sign_of_another_fact(a: str, b: str) -> None:
    assert not differs(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("User lives in Paris", "User's sister lives in Paris"),  # another subject
        ("User lives in Paris", "User lived in Paris until 2019"),  # tense, numbers
        ("User keeps bees", "User kept bees"),  # irregular past
        ("User lives in Paris", "User doesn't live in Paris"),  # negation
        ("User likes jazz", "User hates jazz"),  # polarity
        ("User lives in Paris", "User wants to live in Paris"),  # intent
        ("User has two cats", "User has three cats"),  # numbers
        ("User lives in Paris", "User lives in London"),  # other names
        ("User drives a blue Toyota", "User drives a red Toyota"),  # colours
        ("Alice works at Google", "Bob works at Google"),  # other people
    ],
)
def test_near_misses_differ(a: str, b: str) -> None:
    assert differs(a, b) and differs(b, a)


def test_a_near_duplicate_needs_the_threshold_and_no_sign() -> None:
    close = Nearest("id", "User lives in Paris", 0.9)
    assert is_near_duplicate("User resides in Paris", close, 0.85)
    assert not is_near_duplicate("User resides in Paris", close, 0.95)
    assert not is_near_duplicate("User lived in Paris", close, 0.85)
    assert not is_near_duplicate("User resides in Paris", None, 0.85)


def test_offline_categories_are_the_closest_within_a_margin() -> None:
    names = ["food", "travel", "misc"]
    assert closest_categories([0.6, 0.59, 0.1], names) == ("food", "travel")
    assert closest_categories([0.6, 0.3, 0.1], names) == ("food",)
    assert closest_categories([0.1, 0.05, 0.0], names) == ("misc",)  # nothing close enough
    assert closest_categories([0.1, 0.05], ["food", "travel"]) == ("food",)
    assert closest_categories([], []) == ()
