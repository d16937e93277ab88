"""The offline extractor: first-person statements become third-person memories.

"I just moved to San Francisco from New York." → "User just moved to San
Francisco from New York". Questions, small talk and sentences not about the
speaker give nothing. Deterministic, so redelivery yields the same memories.
"""

from __future__ import annotations

import re

__all__ = ["extract_statements"]

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_SMALL_TALK = re.compile(
    r"^(hi|hello|hey|thanks|thank you|ok|okay|sure|yes|no|bye|good (morning|night|evening))\b",
    re.IGNORECASE,
)
# Pronoun phrases at the start of a statement, rewritten to the third person.
_OPENINGS = (
    (re.compile(r"^i am\b", re.I), "User is"),
    (re.compile(r"^i'm\b", re.I), "User is"),
    (re.compile(r"^i've\b", re.I), "User has"),
    (re.compile(r"^i'll\b", re.I), "User will"),
    (re.compile(r"^i'd\b", re.I), "User would"),
    (re.compile(r"^my\b", re.I), "User's"),
    (re.compile(r"^i\b", re.I), "User"),
)
_INNER = (
    (re.compile(r"\bmyself\b", re.I), "themselves"),
    (re.compile(r"\bmy\b", re.I), "their"),
    (re.compile(r"\bmine\b", re.I), "theirs"),
    (re.compile(r"\bme\b", re.I), "them"),
    (re.compile(r"\bI'm\b"), "they're"),
    (re.compile(r"\bI\b"), "they"),
)
_ADVERBS = frozenset(
    [
        "just",
        "really",
        "also",
        "usually",
        "always",
        "never",
        "often",
        "sometimes",
        "still",
        "recently",
        "actually",
        "mostly",
        "definitely",
        "currently",
        "totally",
    ]
)
_IRREGULAR_PRESENT = {"have": "has", "do": "does", "don't": "doesn't", "go": "goes", "am": "is"}
_NO_AGREEMENT = frozenset(
    [
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "was",
        "did",
        "had",
        "is",
        "has",
        "can't",
        "couldn't",
        "won't",
        "wouldn't",
        "shouldn't",
        "didn't",
        "wasn't",
        "hadn't",
    ]
)
_IRREGULAR_PAST = frozenset(
    [
        "went",
        "got",
        "made",
        "took",
        "came",
        "saw",
        "bought",
        "began",
        "brought",
        "felt",
        "found",
        "gave",
        "grew",
        "kept",
        "knew",
        "left",
        "lost",
        "met",
        "paid",
        "ran",
        "said",
        "sent",
        "sold",
        "spent",
        "stood",
        "taught",
        "thought",
        "told",
        "understood",
        "wrote",
        "became",
        "ate",
        "drove",
        "flew",
        "forgot",
        "heard",
        "read",
        "sat",
        "slept",
        "spoke",
        "swam",
        "won",
    ]
)


def _third_person(verb: str) -> str:
    lower = verb.lower()
    if lower in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[lower]
    if lower in _NO_AGREEMENT or lower in _IRREGULAR_PAST or lower.endswith("ed"):
        return verb
    if not verb.isalpha():
        return verb
    if lower.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _agree_verb(rest: list[str]) -> list[str]:
    """Conjugate the first verb after "User", skipping adverbs ("User just moved")."""
    for index, word in enumerate(rest):
        if word.lower() in _ADVERBS:
            continue
        return [*rest[:index], _third_person(word), *rest[index + 1 :]]
    return rest


def _rewrite(sentence: str) -> str | None:
    for pattern, replacement in _OPENINGS:
        match = pattern.match(sentence)
        if match is None:
            continue
        rest = sentence[match.end() :].split()
        if replacement == "User":
            rest = _agree_verb(rest)
        body = " ".join(rest)
        for inner, substitute in _INNER:
            body = inner.sub(substitute, body)
        return f"{replacement} {body}".strip()
    return None


def extract_statements(text: str) -> list[str]:
    memories = []
    for raw in _SENTENCE.findall(text):
        sentence = raw.strip()
        if not sentence or sentence.endswith("?") or _SMALL_TALK.match(sentence):
            continue
        memory = _rewrite(sentence.rstrip(".! "))
        if memory and len(memory.split()) >= 3:
            memories.append(memory)
    return memories
