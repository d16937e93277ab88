"""WordNet's judgement of two words (services/extractor/lexicon.py), from its own files."""

from __future__ import annotations

import pytest

from memstream.services.extractor.lexicon import (
    can_be_verb,
    is_adverb,
    is_comparative,
    is_irregular_past,
    same_meaning,
    verb_base,
)


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        # A sense in common, in any inflection: "purchased" / "bought", "geese" / "goose".
        ("purchased", "bought", True),
        ("geese", "goose", True),
        ("mends", "repairs", True),
        ("sofa", "couch", True),
        # One sense directly a kind of the other's: "adore" is a way to "love".
        ("adores", "loves", True),
        # Adjectives: a satellite is similar to its head ("scared" to "afraid").
        ("scared", "afraid", True),
        ("nervous", "scared", False),
        # Known to WordNet, no sense in common.
        ("sells", "buys", False),
        ("repairs", "collects", False),
        ("kitchen", "garage", False),
        ("dining room", "kitchen", False),  # a compound, as WordNet writes it
        # A word WordNet lacks, or no word at all: it cannot tell.
        ("zzzq", "car", None),
        ("", "car", None),
        ("it's", "car", None),
        ("boys'", "girls'", False),  # a plural's possessive is its word
        # A phrasal verb inflects its verb (from the HELDOUT56 study): "took out" is "take
        # out", which WordNet has as "remove"; "runs out" as "end".
        ("took out", "removed", True),
        ("runs out", "ends", True),
        ("took out", "filled", False),
    ],
)
def test_same_meaning(one: str, other: str, same: bool | None) -> None:
    assert same_meaning(one, other) is same
    assert same_meaning(other, one) is same


@pytest.mark.parametrize(
    ("word", "comparative"),
    [("larger", True), ("cheaper", True), ("worse", False), ("teacher", False), ("", False)],
)
def test_is_comparative(word: str, comparative: bool) -> None:
    assert is_comparative(word) is comparative


@pytest.mark.parametrize(
    ("word", "verb"),
    [("rents", True), ("lets", True), ("berlin", False), ("happy", False), ("", False)],
)
def test_can_be_verb(word: str, verb: bool) -> None:
    assert can_be_verb(word) is verb


@pytest.mark.parametrize(
    ("word", "past"),
    # From the HELDOUT126 study: "I strung" had been "User strungs"; "lay", "found" and
    # "saw" are verbs of their own.
    [("strung", True), ("clung", True), ("lay", False), ("found", False), ("saw", False)],
)
def test_is_irregular_past(word: str, past: bool) -> None:
    assert is_irregular_past(word) is past


@pytest.mark.parametrize(
    ("word", "adverb"),
    [("daily", True), ("really", True), ("holly", False), ("jelly", False), ("", False)],
)
def test_is_adverb(word: str, adverb: bool) -> None:
    assert is_adverb(word) is adverb


@pytest.mark.parametrize(
    ("noun", "verb", "same"),
    [("collector", "collects", True), ("baker", "bakes", True), ("collector", "reads", False)],
)
def test_a_doer_is_alike_with_its_act(noun: str, verb: str, same: bool) -> None:
    assert same_meaning(noun, verb) is same
    assert same_meaning(verb, noun) is same


@pytest.mark.parametrize(
    ("participle", "base"),
    [("handled", "handle"), ("emptied", "empty"), ("planned", "plan"), ("xyzzied", None)],
)
def test_verb_base(participle: str, base: str | None) -> None:
    assert verb_base(participle) == base
