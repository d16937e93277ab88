"""The retrieval benchmark's data, behind one function: `retrieval_dataset()`.

The comparison (bench/retrieval_compare.py) takes conversations (each turn with its id)
and questions (each with the ids of the turns that answer it, and a class) from
`retrieval_dataset()` alone. What is here is a small placeholder, so the harness runs; the
real dataset (at least 300 turns across 10 users, 100 questions) is issue 15's
(`bench/retrieval/`): point `retrieval_dataset()` at it.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    return _placeholder()


_PLACEHOLDER: dict[str, list[str]] = {
    "ana": [
        "My flight to Lisbon is TP1345 on the 14th.",
        "I am allergic to penicillin, found out as a kid.",
        "Our dog Biscuit is a three year old beagle.",
        "I started learning the cello in September.",
        "The wifi password at the cabin is larch-7-otter.",
        "My sister Inês lives in Porto and works as an architect.",
    ],
    "ben": [
        "I run the Berlin half marathon every April.",
        "My car is a 2014 Skoda Octavia estate, dark green.",
        "I can't eat gluten, coeliac since 2019.",
        "Our team uses Kafka and Postgres at work.",
        "My daughter Mila starts school at Grundschule am Park.",
        "I keep my passport in the blue folder in the study.",
    ],
    "chen": [
        "I'm vegetarian but I eat fish on holidays.",
        "The router admin code is QX-2291.",
        "I moved from Chengdu to Toronto in 2021.",
        "I play badminton on Thursday evenings with colleagues.",
        "My favourite author is Ursula K. Le Guin.",
        "Dentist appointment: Dr. Okafor, March 3rd at 10am.",
    ],
}

# (user, question, answering turn numbers, class)
_QUESTIONS: list[tuple[str, str, list[int], str]] = [
    ("ana", "What is my flight number?", [0], "exact term"),
    ("ana", "TP1345", [0], "exact term"),
    ("ana", "Which antibiotic should doctors avoid giving me?", [1], "paraphrase"),
    ("ana", "What breed is Biscuit?", [2], "exact term"),
    ("ana", "Which instrument am I learning?", [3], "paraphrase"),
    ("ana", "larch-7-otter", [4], "exact term"),
    ("ana", "Where does my sister live?", [5], "paraphrase"),
    ("ben", "Which race do I do in the spring?", [0], "paraphrase"),
    ("ben", "Octavia", [1], "exact term"),
    ("ben", "What can't I eat?", [2], "paraphrase"),
    ("ben", "What databases do we use at work?", [3], "paraphrase"),
    ("ben", "Grundschule am Park", [4], "exact term"),
    ("ben", "Where is my passport?", [5], "paraphrase"),
    ("chen", "Do I eat meat?", [0], "paraphrase"),
    ("chen", "QX-2291", [1], "exact term"),
    ("chen", "Where did I live before Toronto?", [2], "paraphrase"),
    ("chen", "What sport do I play during the week?", [3], "paraphrase"),
    ("chen", "Le Guin", [4], "exact term"),
    ("chen", "When is the appointment with Dr. Okafor?", [5], "exact term"),
]


# Turns that answer nothing, in every user's conversation: near the facts in words or
# meaning, so that the rankings have something to get wrong.
_DISTRACTORS = [
    "I had a long call with my manager about the {topic} project.",
    "Remind me to look at flights for the {topic} conference.",
    "The {topic} meeting moved to next week.",
    "I read an article about {topic} on the train.",
    "My friend recommended a podcast about {topic}.",
    "We talked about {topic} at dinner with the neighbours.",
]
_TOPICS = ["school", "music", "food", "travel", "pets", "sports", "health", "passwords"]


def _placeholder() -> tuple[list[Conversation], list[Question]]:
    filler = [d.format(topic=t) for t in _TOPICS for d in _DISTRACTORS]
    conversations = [
        Conversation(
            user,
            tuple(Turn(f"{user}-{n}", "user", text) for n, text in enumerate(texts + filler)),
        )
        for user, texts in _PLACEHOLDER.items()
    ]
    questions = [
        Question(user, text, frozenset(f"{user}-{n}" for n in turns), kind)
        for user, text, turns, kind in _QUESTIONS
    ]
    return conversations, questions
