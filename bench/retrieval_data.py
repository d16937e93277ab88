"""The retrieval benchmark's data, behind one function: `retrieval_dataset()`.

The comparison (bench/retrieval_compare.py) takes conversations (each turn with its id)
and questions (each with the ids of the turns that answer it, and a class) from
`retrieval_dataset()` alone. Behind it: the dataset of `bench/retrieval/data.py` (300 turns
of 10 users, 100 questions labelled with the turn that answers each and its form).
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.retrieval import data

__all__ = ["Conversation", "Question", "Turn", "retrieval_dataset"]


@dataclass(frozen=True, slots=True)
class Turn:
    id: str
    role: str  # user | assistant
    text: str


@dataclass(frozen=True, slots=True)
class Conversation:
    user_id: str
    turns: tuple[Turn, ...]


@dataclass(frozen=True, slots=True)
class Question:
    user_id: str
    text: str
    relevant: frozenset[str]  # ids of the turns that answer it
    kind: str  # its class, e.g. "exact term" or "paraphrase"


def retrieval_dataset() -> tuple[list[Conversation], list[Question]]:
    """The conversations and the questions labelled with the turns that answer them."""
    by_user: dict[str, list[Turn]] = {}
    for turn in data.TURNS:
        by_user.setdefault(turn.user, []).append(Turn(turn.id, "user", turn.content))
    conversations = [Conversation(user, tuple(turns)) for user, turns in by_user.items()]
    questions = [Question(q.user, q.text, frozenset(q.turns), q.kind) for q in data.QUESTIONS]
    return conversations, questions
