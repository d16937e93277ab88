"""The dedup bench's unseen figures count only facts no earlier set holds (bench/dedup.py)."""

from __future__ import annotations

from bench.dedup import unseen_only
from bench.dedup_facts import Fact

PARIS = Fact("I live in Paris.", ("I reside in Paris.",), ("I lived in Paris.",))
CHESS = Fact("I play chess.", ("Chess is my game.",), ("I played chess.",))
CHESS_AGAIN = Fact("I play chess weekly.", ("I play chess.",), ("I play go.",))


def test_a_fact_sharing_any_sentence_with_an_earlier_set_is_left_out() -> None:
    earlier = ((PARIS, CHESS),)
    assert unseen_only((CHESS_AGAIN,), earlier) == ()  # a paraphrase is an earlier statement
    fresh = Fact("I cook.", ("I make my meals.",), ("I cooked.",))
    assert unseen_only((fresh, CHESS_AGAIN), earlier) == (fresh,)
