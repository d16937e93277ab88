"""The offline extractor: statements become memories about whoever made them.

"I just moved to San Francisco from New York." → "User just moved to San Francisco from
New York"; said by Caroline (the message's `name`, or a "Caroline: ..." prefix) →
"Caroline just moved to San Francisco from New York". Besides first-person statements it
keeps facts about others ("My sister lives in Lisbon" → "User's sister lives in Lisbon",
"Alice works at Google"), names ("Call me Sam", "Hi, I'm Alex"), "key: value" statements
("Favourite colour: blue" → "User's favourite colour is blue") and facts inside questions
("Since I moved to Berlin, where can I find good bread?" → "User moved to Berlin"; "Do
you know a vet for my dog Rex?" → "User has a dog named Rex"). Fronted times and places
and clefts are put subject-first ("Every Saturday I play tennis", "1990 is the year I was
born": forms.py), and every memory is worded one way ("I've got two cats" → "User has 2
cats": wording.py), so that a paraphrase reads like its fact. A statement that names the
speaker but fits no form is kept as said ("There was an advisory on my tyre when ..." ->
"There was an advisory on User's tyre when ...").
Relative dates are resolved against the observation date ("yesterday" → "on 2026-03-14").
Small talk, bare questions and sentences about no one ("The weather is nice") give nothing.
Deterministic, so redelivery yields the same memories.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from datetime import datetime, timedelta

from .forms import (
    IT_DONE_BY_ME,
    PURPOSE_SO,
    SOME_OF_THEM,
    appositions,
    compound_verb,
    present_s,
    since_a_time,
    subject_first,
)
from .lexicon import can_be_verb, is_irregular_past, names_a_person
from .signwords import IRREGULAR_PAST, SAME_IN_PAST
from .wording import RELATIONS, canonical

__all__ = ["extract_statements", "speaker_of"]

# A period between digits ("1.80 m") ends no sentence, nor one inside a name ("Chess.com",
# "Amazon.co.uk"), nor one of a title ("Dr. Lee"), "e.g.", "i.e." or "a.m." / "p.m."
# followed by more of the sentence ("at 6 a.m. every day"; "at 11 p.m. I read" ends one),
# nor one of initials ("engraved with W.H.B., my grandad's initials"), nor one after a
# single capital before another ("E.ON Next"), nor one of a number ("Felco No. 2").
_ABBREVIATION = (
    r"(?<![A-Za-z])(?:[aApP]\.[mM]\.(?!\s+[A-Z])|[aApP]\.[mM](?=\.)"
    r"|[eE]\.g\.|[iI]\.e\.|(?:Dr|Mrs?|Ms|Prof)\.|(?:[A-Z]\.){2,}(?!\s+[A-Z])"
    r"|Nos?\.(?=\s?\d))"
)
_SENTENCE = re.compile(
    rf"(?:{_ABBREVIATION}|[^.!?\n]|(?<=\d)\.(?=\d)|(?<=\w)\.(?=[a-z])|(?<=\b[A-Z])\.(?=[A-Z]))+"
    r"[.!?]*"
)
_SMALL_TALK = re.compile(
    r"^(hi|hello|hey|thanks|thank you|ok|okay|sure|yes|yeah|no|bye|good (morning|night|evening)"
    r"|wow|cool|nice|great|awesome|lol|haha)\b[\s!.,]*$",
    re.IGNORECASE,
)
# Greetings and fillers in front of a statement ("Hi, I'm Alex", "Oh, and I ...").
_LEAD = re.compile(
    rf"^((hi|hello|hey|oh|well|so(?! far\b| that\b| {PURPOSE_SO}[^,]*,)|and|but|also|actually|"
    r"honestly|yeah|yes|no|"
    r"ok|okay|wow|"
    r"guess what|by the way|btw|anyway|fun fact|you know what|haha|lol|"
    r"if i'm not mistaken|if i am not mistaken|before i forget|if i remember (?:correctly|right)|"
    r"if i recall(?: correctly)?|as far as i know)\b[\s,!:-]*)+",
    re.IGNORECASE,
)
# Frames around a fact inside a question ("Did you know my brother ...").
_FRAME = re.compile(
    r"^(did you know|do you remember|remember|you know|did i tell you|did i mention|"
    r"have i told you|i wonder if you know)( that)?\b[\s,]*",
    re.IGNORECASE,
)
# "Since I moved, ..." is a reason or a time before a clause; "Since 2021 I've ...", "Since
# January 2020 I've ...", "Since the first week of November, a hedgehog has ..." a fronted
# time, kept, and so is a role: "As a second job, I ...".
_SUBORDINATE = re.compile(
    r"^(since(?!\s+(?:\d|last\b|early\b|childhood\b|then\b|"
    r"(?:jan|febr)uary\b|march\b|april\b|may\b|june\b|july\b|august\b|"
    r"(?:septem|octo|novem|decem)ber\b|christmas\b|easter\b|"
    r"the (?:first|second|third|last|start|end|beginning|middle|age)\b))"
    r"|because(?! of\b)|as(?!\s+an?\b|\s+long as\b|\s+[\w-]+ (?:of|for)\b)"
    r"|now that|given that"
    r"|seeing that)\s+",
    re.I,
)
# A "since" clause before a perfect tells when it began: "Since moving to Leeds, I've worked
# at the BBC" (forms.py moves it after the statement).
_SINCE_THEN = re.compile(
    r"^since [^,]+?,?\s+(?:I've|I have|I'd|I had|(?:(?:my|our) [\w-]+(?: [\w'-]+){0,4}?|"
    r"the [^,]{0,50}?\b(?:my|our)\b[^,]{0,30}?) (?:has|have|had))\b",
    re.IGNORECASE,
)
# Who lives next door is the speaker's neighbour: "The couple next door have a husky".
_NEXT_DOOR = re.compile(
    r"\b[Tt]he (couple|family|people|neighbours|neighbors|man|woman|lady|kids|boy|girl) "
    r"next door\b"
)
# What someone the user deals with said, they said to the user: "The plumber said the pipe
# burst because ..." ("... burst, the plumber said", "According to the plumber, ..." too)
# is what the plumber told them.
_SAID_FIRST = re.compile(r"^(The|My|Our) ([a-z]+(?: [a-z]+)?) (said|says)\b(?: that\b)?")
_SAID_LAST = re.compile(
    r"^(?P<what>.+), (?P<who>(?:the|my|our) [a-z]+(?: [a-z]+)?) (said|says)\.?$"
)
_TOLD = {"said": "told", "says": "told"}  # one report, however it is said
_ACCORDING_TO = re.compile(
    r"^According to (?P<who>(?:the|my|our) [a-z]+(?: [a-z]+)?), "
    r"(?P<what>(?![A-Z][a-z]+ ?[A-Z]?[a-z]*,).+)$"  # not "my consultant, Mr Bhatt, ..."
)
# What is next door's is the neighbours': "the tree at the bottom of next door's garden",
# "the apple tree next door" (not "the flat next door to my sister's").
_NEXT_DOORS = re.compile(r"\b([Nn])ext door's\b")
_THING_NEXT_DOOR = re.compile(r"\b[Tt]he ((?:[a-z-]+ )?[a-z-]+) next door\b(?! to\b)")
# A thing belonging to one of the user's people is theirs: "the duck belonging to my
# daughter Freya" -> "my daughter Freya's duck" (a name, or who they are, ends it).
_BELONGING_TO_MINE = re.compile(
    r"\b[Tt]he ((?:[a-z-]+ )?[a-z-]+) belonging to ([Mm]y|[Oo]ur) ((?:[a-z-]+ )?"
    rf"(?:grand|step)?(?:{'|'.join(sorted(RELATIONS, key=len, reverse=True))})(?:-in-law)?"
    r"(?: [A-Z][a-z]+)?)\b"
)
# A reason in front of what the speaker does is kept as its reason: "Because he chases
# squirrels, our greyhound wears a muzzle", "As my clamp broke, I ordered a new one"
# (forms.py moves it after the statement).
# (or a thing done to the user: "Because the skip had to go on the road, the council charged
# me £45"; or some of the user's things, named before: "Because I'd bottled it too early, two
# of them exploded")
_BECAUSE_FIRST = re.compile(
    r"^(?:because (?!of\b)|as (?!an?\b|long as\b|[\w-]+ (?:of|for)\b))[^,]+,\s+"
    r"(?:(?:I|I'm|I've|I'd|my|we|we're|we've|our)\b|"
    rf"(?:a|an|the) [^,]*\b(?:me|my|our|us)\b|{IT_DONE_BY_ME}|{SOME_OF_THEM})",
    re.IGNORECASE,
)
_QUESTION_START = re.compile(
    r"^(what|where|when|why|how|who|which|whose|can|could|should|would|will|do|does|did|is|"
    r"are|am|was|were|have|has|any|anyone|shall|may|might|must|isn't|aren't|don't)\b",
    re.IGNORECASE,
)
_SPEAKER = re.compile(r"^\s*([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2}):\s+(\S.*)$", re.DOTALL)
# A "Key: value" at the start of a message is a speaker unless its key is one of these.
_ATTRIBUTE_KEYS = frozenset(
    [
        "name",
        "nickname",
        "age",
        "birthday",
        "email",
        "phone",
        "address",
        "job",
        "occupation",
        "employer",
        "title",
        "role",
        "hometown",
        "location",
        "city",
        "country",
        "diet",
        "allergies",
        "allergy",
        "hobbies",
        "hobby",
        "pets",
        "pet",
        "pronouns",
        "height",
        "weight",
        "status",
        "goal",
        "goals",
        "note",
        "notes",
        "reminder",
        "todo",
        "update",
        "favourite",
        "favorite",
    ]
)
_KEY_VALUE = re.compile(r"^([A-Za-z][A-Za-z' ]{0,40}?):\s*(\S.{0,200})$")
_NAME_INTRO = re.compile(
    r"^(?i:i'm|i am|this is|my name's|my name is|call me|you can call me|people call me|"
    r"everyone calls me|i go by)\s+([A-Z][\w'-]*(?: [A-Z][\w'-]*)?)$"
)
# "A crown was fitted on my tooth" too, and a count: "40 friends came to my party".
_NAMED_SUBJECT = re.compile(r"^(?:[A-Z][\w'-]*|[a-z]+[A-Z][\w'-]*|\d[\d,]*)")  # "easyJet"
_NOT_SUBJECTS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "there",
        "here",
        "it's",
        "that's",
        "there's",
        "what",
        "where",
        "when",
        "why",
        "how",
        "who",
        "which",
        "if",
        "then",
        "so",
        "and",
        "but",
        "or",
        "because",
        "maybe",
        "perhaps",
        "please",
        "let",
        "lets",
        "let's",
        "thanks",
        "thank",
        "sounds",
        "sound",
        "hope",
        "good",
        "great",
        "nice",
        "yes",
        "no",
        "not",
        "sure",
        "ok",
        "okay",
        "wow",
        "oh",
        "just",
        "really",
        "also",
        "you",
        "your",
        "you're",
        "you've",
        "you'll",
        "congrats",
        "congratulations",
        "happy",
        "sorry",
        "same",
        "both",
        "all",
        "some",
        "many",
        "most",
        "any",
        "every",
        "each",
        "another",
        "other",
        "such",
    ]
)
_THIRD = re.compile(r"^(he|she|they|he's|she's|they're|his|her|their)\b", re.IGNORECASE)
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
        "only",
        "ever",
        "even",
        "already",
        "seldom",
        "once",
        "again",  # "I once again forgot"
        "last",  # "I last drank alcohol in 2023"
    ]
)
_IRREGULAR_PRESENT = {
    "have": "has",
    "haven't": "hasn't",
    "do": "does",
    "don't": "doesn't",
    "go": "goes",
    "am": "is",
}
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
_READ_OR_SAME_IN_PAST = SAME_IN_PAST | {"read"}
# Present tenses that end in "-ed": "I need glasses" is "User needs glasses".
_PRESENT_IN_ED = frozenset(["need", "feed", "bleed", "breed", "speed", "succeed", "exceed"])
# Past forms that take no "-s" after "User" ("User drank"), "read" among them, and those
# that are a verb of their own too ("User bound a book", "wound the clock").
_IRREGULAR_PAST = IRREGULAR_PAST | {"read", "bound", "wound", "ground"}


def _third_person(verb: str) -> str:
    lower = verb.lower()
    if lower in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[lower]
    if lower in _NO_AGREEMENT or lower in _IRREGULAR_PAST or lower in SAME_IN_PAST:
        return verb
    if is_irregular_past(lower):
        return verb  # "I strung fairy lights", "I clung to the rail"
    if lower.endswith("ed") and lower not in _PRESENT_IN_ED:
        return verb
    if "-" in lower and lower.rsplit("-", 1)[1] in _IRREGULAR_PAST:
        return verb  # "I house-sat": a past ("double-check" agrees: "double-checks")
    if lower.startswith("re") and lower[2:] in _IRREGULAR_PAST:
        return verb  # "I retook it in August"
    if not verb.replace("-", "").isalpha():
        return verb
    return present_s(verb)


_PLURAL_PRESENT = {"is": "are", "was": "were", "has": "have", "does": "do", "goes": "go"}


def _plural_verb(verb: str) -> str:
    """The verb after a plural subject: "pays" -> "pay", "watches" -> "watch"."""
    lower = verb.lower()
    if lower in _PLURAL_PRESENT:
        return _PLURAL_PRESENT[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return verb[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes", "zes")):
        return verb[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return verb[:-1]
    return verb


def _is_adverb(word: str) -> bool:
    """ "just", "usually"; any "-ly" word but verbs like "apply" and "rely"."""
    lower = word.lower()
    return lower in _ADVERBS or (len(lower) > 4 and lower.endswith("ly") and lower[-3] != "p")


# "read" and "put" are their own past: with a habit in the sentence they are the present
# ("I read about 30 books a year" is "User reads ...", "I cut my own hair every month").
_HABIT = re.compile(
    r"\b(a|per|each|every) (day|week|month|year|night|morning|evening|weekend)\b(?! ago)|"
    r"\b(always|usually|often|normally|annually|daily|weekly|monthly|nightly)\b",
    re.IGNORECASE,
)


def _describes_verb(word: str, after: str) -> bool:
    """Whether `word` is no verb but says how the verb after it is done ("wild" camped);
    "chickened out" is a verb WordNet lacks, and a particle follows it."""
    lower = word.lower()
    if not lower.isalpha() or lower.endswith("ed") or after.lower() in _AFTER_VERBS:
        return False
    if lower in _NO_AGREEMENT:  # "should get": a modal, the verb itself
        return False
    return not can_be_verb(lower) and can_be_verb(after)


_AFTER_VERBS = frozenset(["out", "up", "down", "off", "back", "over", "in", "on", "away"])


def _agree_verb(rest: list[str]) -> list[str]:
    """Conjugate the first verb after "User", skipping adverbs ("User normally gets up")."""
    for index, word in enumerate(rest):
        if _is_adverb(word):
            continue
        after = rest[index + 1 : index + 2]
        if after and _describes_verb(word, after[0]):
            continue  # "I wild camped", "I wild swim": a word before the verb that is none
        if after and compound_verb(word, after[0]):
            return [*rest[: index + 1], *_agree_verb(rest[index + 1 :])]  # "pressure washes"
        if (word.lower(), after) in (("kind", ["of"]), ("sort", ["of"]), ("no", ["longer"])):
            return [*rest[: index + 2], *_agree_verb(rest[index + 2 :])]  # "kind of likes"
        if word.lower() in _READ_OR_SAME_IN_PAST and _HABIT.search(" ".join(rest)):
            return [*rest[:index], f"{word}s", *rest[index + 1 :]]
        return [*rest[:index], _third_person(word), *rest[index + 1 :]]
    return rest


def _agree_after_and(rest: list[str]) -> list[str]:
    """A second verb of the user's, right after "and" with a pronoun, "the", "my" or an
    amount after it: "bought a dinghy and keep it at Bewl Water" -> "and keeps it", "and
    claim 45p a mile" -> "and claims" ("tea and milk" is no verb)."""
    agreed = list(rest)
    for index in range(len(agreed) - 2):
        word, after = agreed[index + 1], agreed[index + 2].lower().strip(",.")
        its_object = after in _ITS_OBJECT or after[:1].isdigit()
        if agreed[index].lower() == "and" and its_object and _a_base_verb(word):
            agreed[index + 1] = _third_person(word)
    return agreed


_ITS_OBJECT = frozenset(["it", "them", "him", "her", "there", "the", "my", "our"])


def _a_base_verb(word: str) -> bool:
    lower = word.lower()
    return (
        lower.isalpha()
        and not lower.endswith(("s", "ing"))
        and (not lower.endswith("ed") or lower in _PRESENT_IN_ED)
        and lower not in _NO_AGREEMENT
        and lower not in _IRREGULAR_PAST
        and can_be_verb(lower)
    )


_ADVERB_WORDS = r"(?:never|already|just|always|only|not|recently)"
# A past participle: "I'd lost my passport" is "had" ("I'd like" is "would").
_PARTICIPLE = (
    r"(?:been|gone|done|seen|had|known|taken|given|gotten|"
    rf"{'|'.join(sorted(IRREGULAR_PAST))}|"
    r"(?!(?:need|feed|bleed|breed|speed|succeed|exceed|proceed)\b)\w+ed)\b"
)


def _openings(subject: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Pronoun phrases at the start of a statement, rewritten to the third person."""
    return (
        (re.compile(r"^i am\b", re.I), f"{subject} is"),
        (re.compile(r"^i'm\b", re.I), f"{subject} is"),
        (re.compile(r"^i've\b", re.I), f"{subject} has"),
        (re.compile(r"^i'll\b", re.I), f"{subject} will"),
        # "I'd never been" is "had"; "I'd like" is "would".
        (re.compile(rf"^i'd(?=(?:\s+{_ADVERB_WORDS})?\s+{_PARTICIPLE})", re.I), f"{subject} had"),
        (re.compile(r"^i'd\b", re.I), f"{subject} would"),
        (re.compile(r"^(my|our)\b", re.I), f"{subject}'s"),
        (re.compile(r"^we're\b", re.I), f"{subject} and others are"),
        (re.compile(r"^we've\b", re.I), f"{subject} and others have"),
        (
            re.compile(rf"^we'd(?=(?:\s+{_ADVERB_WORDS})?\s+{_PARTICIPLE})", re.I),
            f"{subject} and others had",
        ),
        (re.compile(r"^we'd\b", re.I), f"{subject} and others would"),
        (re.compile(r"^we'll\b", re.I), f"{subject} and others will"),
        (re.compile(r"^we\b", re.I), f"{subject} and others"),
        (re.compile(r"^i\b", re.I), subject),
    )


_ELIDED = {"am": "is", "have": "has", "haven't": "hasn't"}


def _elided(match: re.Match[str]) -> str:
    return f"{match[1]} {_ELIDED[match[2]]}"


_INNER = (
    (re.compile(r"\bmyself\b", re.I), "themselves"),
    (re.compile(r"\bmy\b", re.I), "their"),
    (re.compile(r"\bmine\b", re.I), "theirs"),
    (re.compile(r"\bour\b", re.I), "their"),
    (re.compile(r"\bours\b", re.I), "theirs"),
    (re.compile(r"\bus\b"), "them"),  # lower case only: "the US" is a place
    (re.compile(r"\bwe're\b", re.I), "they're"),
    (re.compile(r"\bwe've\b", re.I), "they've"),
    (re.compile(r"\bwe\b", re.I), "they"),
    # (not inside a word: "forget-me-nots", "a pick-me-up")
    (re.compile(r"(?<![\w-])me(?![\w-])", re.I), "them"),
    (re.compile(r"\bI'm\b"), "they're"),
    (re.compile(r"\bI've\b"), "they've"),
    (re.compile(r"\bI (?:am|was)\b"), lambda m: "they are" if m[0].endswith("am") else "they were"),
    (re.compile(r"\bI wasn't\b"), "they weren't"),
    # The user's verb with its subject left out: "and still am one", "and have given it back"
    # (not "7 am", nor "which I still have" or "We still have", which have their subject).
    (
        re.compile(r"(?<=\S )(?<!\bI )(?<!\bthey )\b(still|and|also|but) (am|have|haven't)\b"),
        _elided,
    ),
    (re.compile(r"\bI\b"), "they"),
)


# "My friend Leah and I record a podcast" -> "User and their friend Leah record a podcast";
# where the one with the user is from, too ("My friend Duncan from Lochaber AC and I").
_MINE_AND_I = re.compile(
    r"^my ((?:[\w'-]+ ){0,3}[\w'-]+(?: from (?:[\w'-]+ ){0,2}[\w'-]+)?) and I\b", re.IGNORECASE
)


# The verbs "I" is contracted with, said after one person and after more: "'d" before a
# participle is "had" ("I'd lost"), else "would" ("I'd like").
_CONTRACTED_VERBS = (
    (rf"'d(?=(?: {_ADVERB_WORDS})? {_PARTICIPLE})", "had", "had"),
    (r"'d\b", "would", "would"),
    (r"'ll\b", "will", "will"),
    (r"'ve\b", "has", "have"),
    (r"'m\b", "is", "are"),
)
# "My wife and I'll be in Rome": the contraction after "I" is the pair's verb.
_PLURAL_CONTRACTIONS = tuple(
    (re.compile(f"^{contracted}"), plural) for contracted, _, plural in _CONTRACTED_VERBS
)


def _uncontracted(rest: str) -> str:
    for contraction, verb in _PLURAL_CONTRACTIONS:
        if contraction.match(rest):
            return contraction.sub(f" {verb}", rest, count=1)
    return rest


# "Each of us pays 640 pounds" -> "User and others each pay 640 pounds".
_EACH_OF_US = re.compile(r"^(each|both|all) of us\b", re.IGNORECASE)
# "Eight of us from our club completed it" -> "User and 7 others from their club completed
# it" (it had been "8 of User").
_SOME_OF_US = re.compile(r"\b(?:the )?(?P<count>\w+(?:-\w+)?) of us\b", re.IGNORECASE)


def _with_others(count: str, subject: str) -> str | None:
    number = canonical(count.lower())
    if not number.isdigit() or int(number) < 2:
        return None  # "one of us", "some of us"
    others = int(number) - 1
    return f"{subject} and {others} {'other' if others == 1 else 'others'}"


def _some_of_us(sentence: str, subject: str) -> str | None:
    some = _SOME_OF_US.match(sentence)
    people = _with_others(some.group("count"), subject) if some is not None else None
    if some is None or people is None:
        return None
    return f"{people} {_inner_of_many(sentence[some.end() :].strip(), subject)}".strip()


def _some_of_us_inside(sentence: str, subject: str) -> str:
    return _SOME_OF_US.sub(lambda some: _with_others(some["count"], subject) or some[0], sentence)


def _rewrite(sentence: str, subject: str) -> str | None:
    together = _MINE_AND_I.match(sentence)
    if together is not None and _someone_of_mine(together.group(1)):
        people = f"{subject} and their {_inner(together.group(1))}"
        theirs = _uncontracted(sentence[together.end() :])
        return f"{people} {_inner_of_many(theirs.strip(), subject)}".strip()
    some = _some_of_us(sentence, subject)
    if some is not None:
        return some
    each = _EACH_OF_US.match(sentence)
    if each is not None:
        rest = sentence[each.end() :].split()
        if rest:
            rest = [_plural_verb(rest[0]), *rest[1:]]
        rest_of_it = _inner_of_many(" ".join(rest), subject)
        return f"{subject} and others {each.group(1).lower()} {rest_of_it}".strip()
    for pattern, replacement in _openings(subject):
        match = pattern.match(sentence)
        if match is None:
            continue
        rest = sentence[match.end() :].split()
        if replacement == subject:
            rest = _agree_after_and(_agree_verb(rest))
        elif " and others" in replacement:
            return f"{replacement} {_inner_of_many(' '.join(rest), subject)}".strip()
        return f"{replacement} {_inner(' '.join(rest))}".strip()
    return None


def _someone_of_mine(words: str) -> bool:
    """Whether `words` name one of the user's people or pets ("best friend Kerry", "wife"),
    not a clause ("partner always cooks dinner"); where they are from is no part of who
    they are ("friend Duncan from Lochaber AC")."""
    *before, last = words.split(" from ")[0].split()
    if last[0].isupper() and before:  # "friend Leah"
        last = before[-1]
    return last.lower().removesuffix("-in-law") in RELATIONS


def _inner(words: str) -> str:
    """The speaker's pronouns inside a statement, in the third person."""
    for inner, substitute in _INNER:
        words = inner.sub(substitute, words)
    return words


def speaker_of(content: str, name: str | None) -> tuple[str | None, str]:
    """Who says `content` (the message's name, else a "Name: ..." prefix) and what they say."""
    if name:
        return name.strip(), content
    match = _SPEAKER.match(content)
    if match is None or match.group(1).lower() in _ATTRIBUTE_KEYS:
        return None, content
    return match.group(1), match.group(2)


def _key_value(sentence: str, subject: str) -> str | None:
    match = _KEY_VALUE.match(sentence)
    if match is None or len(match.group(1).split()) > 4:
        return None
    key, value = match.group(1).strip().lower(), match.group(2).strip()
    return f"{subject}'s {key} is {value}"


# The speaker as the subject of a clause: "I'm" -> "User is".
_SPEAKER_AS_SUBJECT = tuple(
    (re.compile(rf"\bI{contracted}"), f"{{}} {single}")
    for contracted, single, _ in _CONTRACTED_VERBS
)
_SPEAKER_INSIDE = (
    # "Alice and I love it": a plural subject, its verb as it is.
    # ("Dan has his stag do, and I'm organising it": a clause of the speaker's own)
    (re.compile(r"(?<!,) and I'm\b"), " and {} are"),
    (re.compile(r"(?<!,) and I've\b"), " and {} have"),
    # (", and I keep it in the loft": a clause of the speaker's own, whose verb agrees;
    # "Nick, my husband, and I ride": one of two who do it)
    (re.compile(r"^([A-Z][\w'-]*, (?:my|our) [^,]+, and) I\b(?!')"), r"\1 {}"),
    (re.compile(r"(?<!,) and I\b(?!')"), " and {}"),
    *_SPEAKER_AS_SUBJECT,
    (re.compile(r"\b(?:me|us) (?:my|our)\b"), "{} their"),
    (re.compile(r"\b(?:my|mine|our|ours)\b", re.I), "{}'s"),
    (re.compile(r"\bme\b", re.I), "{}"),
    (re.compile(r"\bus\b"), "{}"),
    (re.compile(r"\bmyself\b", re.I), "themselves"),
    (re.compile(r"\bwe're\b"), "{} and others are"),
    (re.compile(r"\bwe've\b"), "{} and others have"),
    (re.compile(rf"\bwe'd(?=(?: {_ADVERB_WORDS})? {_PARTICIPLE})"), "{} and others had"),
    (re.compile(r"\bwe'd\b"), "{} and others would"),
    (re.compile(r"\bwe'll\b"), "{} and others will"),
    (re.compile(r"\bwe\b"), "{} and others"),
)
# The verb after "I", contraction and all ("I don't" -> "User doesn't", never "dons't"),
# and the two words after it, the verb when adverbs come first ("I only ever go"); a
# hyphenated verb is one word ("I double-check" -> "User double-checks").
_WORD = r"\w+(?:['-]\w+)*"
_I_VERB = re.compile(rf"\bI ({_WORD})(?: (?!I\b)({_WORD}))?(?: (?!I\b)({_WORD}))?")


def _i_verb(subject: str, match: re.Match[str]) -> str:
    return f"{subject} {' '.join(_agree_verb(match.group(0).split()[1:]))}"


def _inner_of_many(words: str, subject: str) -> str:
    """`_inner` after a plural subject the speaker is one of ("We train on Tuesdays, and
    I'm the manager"), where "they" would read as all of them: the speaker by name ("for
    the four of us" is "for User and 3 others", as it is after any other subject)."""
    words = _some_of_us_inside(words, subject)
    for pattern, replacement in _SPEAKER_AS_SUBJECT:
        words = pattern.sub(replacement.format(subject), words)
    return _inner(_I_VERB.sub(lambda m: _i_verb(subject, m), words))


# Something the speaker is part of, whoever does it: "The dentist fitted a crown on my
# back molar", "A crown was fitted on my back molar".
_ARTICLES = frozenset(["the", "a", "an"])
# "US" is a place; "I" is the speaker ("A skin prick test showed I'm allergic to ...");
# "Mum" or "Dad" as a name is the speaker's ("Each meal ... costs Mum £5.20").
_MENTIONS_SPEAKER = re.compile(
    r"\b(?:[Mm]y|[Mm]e|[Mm]ine|[Oo]urs?|us|[Ww]e|I|Mum|Mam|Dad|Nan|Nana|Grandad|Grandma)\b"
)


def _named(sentence: str, subject: str) -> str | None:
    """A statement whose subject is someone or something named ("Alice works at Google",
    "Peanuts give me allergies" -> "Peanuts give User allergies"), or anything the speaker
    is part of ("The dentist fitted a crown on my tooth")."""
    first = _NAMED_SUBJECT.match(sentence)
    if first is None:
        return None
    word = first.group(0).lower().split("'")[0]
    if word[0].isdigit() and not (_MENTIONS_SPEAKER.search(sentence) or " I " in sentence):
        return None  # "40 friends came to the party I hosted", not any count at all
    if word in _NOT_SUBJECTS and not (
        (word in _ARTICLES or _a_name_of_words(sentence)) and _MENTIONS_SPEAKER.search(sentence)
    ):
        return None
    if _QUESTION_START.match(sentence) or len(sentence.split()) < 3:
        return None
    sentence = _some_of_us_inside(sentence, subject)
    for pattern, replacement in _SPEAKER_INSIDE:
        sentence = pattern.sub(replacement.format(subject), sentence)
    return _I_VERB.sub(lambda m: _i_verb(subject, m), sentence)


# How a statement about the speaker may open when no form above reads it: "There was an
# advisory on the rear tyre when my motorbike passed its MOT", "It's been two years since
# my dad died", "When I'm asleep I snore", "Each day starts with me writing".
_OF_THE_SPEAKER_OPENERS = frozenset(
    (  # noqa: SIM905
        "it it's there there's when whenever while every each all both some most no just"
    ).split()
)


def _about_the_speaker(sentence: str, subject: str) -> str | None:
    """A statement that names the speaker but opens with none of the forms `_rewrite` and
    `_named` read, the speaker's words put in the third person where they stand."""
    words = sentence.split()
    if len(words) < 4 or words[0].lower().strip(",") not in _OF_THE_SPEAKER_OPENERS:
        return None
    if not _MENTIONS_SPEAKER.search(sentence):
        return None
    sentence = _some_of_us_inside(sentence, subject)
    for pattern, replacement in _SPEAKER_INSIDE:
        sentence = pattern.sub(replacement.format(subject), sentence)
    return _I_VERB.sub(lambda m: _i_verb(subject, m), sentence)


def _a_name_of_words(sentence: str) -> bool:
    """An acronym ("IT gave me a laptop"), or a place named with a common word first
    ("Great Shelford Parish Council co-opted me")."""
    words = sentence.split(maxsplit=2)
    first = words[0].strip(",")
    if len(first) > 1 and first.isupper():
        return True
    return first.lower() in _NAME_FIRST and len(words) > 1 and words[1][:1].isupper()


_NAME_FIRST = frozenset(["great", "good", "little", "new"])


def _told_me_first(said: re.Match[str]) -> str:
    if not names_a_person(said[2].split()[-1]):
        return said[0]  # "The sign says no parking": no one said it to the user
    return f"{said[1]} {said[2]} {_TOLD[said[3]]} me"


def _told_me_last(said: re.Match[str]) -> str:
    who = said["who"]
    if not names_a_person(who.split()[-1]):
        return said[0]
    what = said["what"]
    first = what.split(" ", 1)[0]
    if first in _FUNCTION_CAPITALS:  # "A nail had gone through it" inside the sentence
        what = f"{first.lower()}{what[len(first) :]}"
    told = "told" if said.re is _ACCORDING_TO else _TOLD[said[3]]
    return f"{who[0].upper()}{who[1:]} {told} me {what}"


_FUNCTION_CAPITALS = frozenset(
    ["A", "An", "The", "It", "That", "This", "There", "My", "Our", "We", "He", "She", "They"]
)


def _statement(clause: str, subject: str, named: bool = True) -> str | None:
    clause = _LEAD.sub("", clause.strip()).strip(" ,;:-")
    clause = _NEXT_DOOR.sub(r"my next-door \1", _FRAME.sub("", clause))
    clause = _NEXT_DOORS.sub(lambda door: f"{'M' if door[1] == 'N' else 'm'}y neighbours'", clause)
    clause = _THING_NEXT_DOOR.sub(r"my neighbours' \1", clause)
    clause = _BELONGING_TO_MINE.sub(r"\2 \3's \1", clause)
    clause = _SAID_FIRST.sub(_told_me_first, _SAID_LAST.sub(_told_me_last, clause))
    clause = _ACCORDING_TO.sub(_told_me_last, clause)
    # "since" as "because" leaves its reason aside, but for a perfect or the speaker after it
    if not (_SINCE_THEN.match(clause) or since_a_time(clause) or _BECAUSE_FIRST.match(clause)):
        clause = _SUBORDINATE.sub("", clause).strip()
    if not clause or _SMALL_TALK.match(clause):
        return None
    intro = _NAME_INTRO.match(clause.rstrip(".! "))
    if intro is not None:
        return f"{subject}'s name is {intro.group(1)}"
    clause = subject_first(clause.rstrip(".!? "))
    memory = _rewrite(clause, subject) or _key_value(clause, subject)
    if memory is None and _THIRD.match(clause) and len(clause.split()) >= 3:
        said = _inner(clause)  # "... gave my daughter Isla" is the user's daughter
        memory = f"{subject} mentioned that {said[0].lower()}{said[1:]}"
    if named:
        memory = memory or _named(clause, subject) or _about_the_speaker(clause, subject)
    if memory and len(memory.split()) >= 3:
        return memory
    return None


# Two statements joined by a comma, each with the speaker first ("I don't eat meat, I'm
# vegetarian"): two facts; read as one, the first one's "not" negates the second.
_SPLICE = re.compile(r",\s+(?=(?:I|I'm|I've|I'd|I'll|I am|my|My)\b)")
_FIRST_PERSON_START = re.compile(r"^(?:i|i'm|i've|i'd|i'll|my)\b", re.IGNORECASE)
# A purpose in front is no statement of its own: "So I could make croissants this weekend,
# I paid £14 for butter" (forms.py moves it after the statement).
_PURPOSE_FIRST = re.compile(rf"^so(?= {PURPOSE_SO})", re.IGNORECASE)


# "Ada was a hat maker, my family tree revealed": who told it is no fact of its own.
_REPORTED = re.compile(
    r",\s+(?:my [\w' -]{1,30}?|I|we) (?:revealed|showed|found out|discovered|told me|"
    r"says|said|reckons|reckoned)([.!]*)$",
    re.IGNORECASE,
)


def _apposition(parts: list[str]) -> bool:
    """Whether a part after a name only says who they are: "checked by Mr Patel, my
    glaucoma consultant" is one clause (its last part had been a memory of its own), "I
    love Paris, my sister lives there" two."""
    return any(
        before.split()[-1][:1].isupper() and _no_verb(part.rstrip(".!").split()[1:])
        for before, part in itertools.pairwise(parts)
        if part.lower().startswith("my ")
    )


def _no_verb(words: list[str]) -> bool:
    """A few words of who someone is, with no verb after its first: "glaucoma consultant"."""
    return len(words) <= 3 and not any(
        word.lower() in _BE_OR_HAVE or (word.endswith(("s", "ed")) and can_be_verb(word))
        for word in words[1:]
    )


_BE_OR_HAVE = frozenset(["is", "was", "are", "were", "has", "had", "have", "does", "did"])


def _clauses(sentence: str) -> list[str]:
    """A statement is one clause, or two spliced with a comma when both start with the
    speaker ("In 2020, I moved to Berlin" is one); a question may hold statements between
    its commas ("Since I moved to Berlin, where can I find good bread?")."""
    if not sentence.endswith("?"):
        sentence = _REPORTED.sub(r"\1", sentence)
        # A greeting in front is no clause ("Oh, I'm a nurse, my wife is a doctor"); a
        # comma left inside a part is an aside ("my sister, I mean my older sister, ...").
        parts = [p for p in _SPLICE.split(sentence) if _LEAD.sub("", p).strip(" ,")]
        if (
            len(parts) > 1
            and not _apposition(parts)
            and not _PURPOSE_FIRST.match(parts[0].strip())
            and all(_FIRST_PERSON_START.match(_LEAD.sub("", p)) and "," not in p for p in parts)
        ):
            return parts
        return [sentence]
    parts = [p for p in re.split(r",|;| - | — ", sentence.rstrip("?")) if p.strip()]
    unframed = [_FRAME.sub("", _LEAD.sub("", p.strip())) for p in parts]
    return [p for p in unframed if not _QUESTION_START.match(p)]


_MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTHS = {name: number for number, name in enumerate(_MONTH[1:-1].split("|"), start=1)}


def _next_month(observed: datetime, match: re.Match[str]) -> str:
    """ "next May": the coming one, next year's when this year's has begun."""
    month = match.group(1).capitalize()
    return f"in {month} {observed.year + (_MONTHS[month] <= observed.month)}"


def _last_month_named(observed: datetime, match: re.Match[str]) -> str:
    """ "last May": the one before, last year's when this year's has not ended."""
    month = match.group(1).capitalize()
    return f"in {month} {observed.year - (_MONTHS[month] >= observed.month)}"


def _last_month_named_whose(observed: datetime, match: re.Match[str]) -> str:
    return _last_month_named(observed, match).removeprefix("in ")


_RELATIVE: tuple[tuple[re.Pattern[str], Callable[[datetime, re.Match[str]], str]], ...] = (
    (re.compile(r"\byesterday\b", re.I), lambda d, _: f"on {(d - timedelta(days=1)):%Y-%m-%d}"),
    (re.compile(r"\b(today|tonight|this morning)\b", re.I), lambda d, _: f"on {d:%Y-%m-%d}"),
    (re.compile(r"\btomorrow\b", re.I), lambda d, _: f"on {(d + timedelta(days=1)):%Y-%m-%d}"),
    (re.compile(r"\blast week\b", re.I), lambda d, _: f"the week before {d:%Y-%m-%d}"),
    (re.compile(r"\bnext week\b", re.I), lambda d, _: f"the week after {d:%Y-%m-%d}"),
    (
        re.compile(r"\blast month\b", re.I),
        lambda d, _: f"in {(d.replace(day=1) - timedelta(days=1)):%B %Y}",
    ),
    (re.compile(rf"\bnext {_MONTH}\b", re.I), _next_month),
    # "at last July's fete" is "at July 2026's fete", with no "in"
    (re.compile(rf"\blast {_MONTH}(?='s)", re.I), _last_month_named_whose),
    (re.compile(rf"\blast {_MONTH}\b", re.I), _last_month_named),
    # "over the last year" is the last twelve months: no year to name; nor is "next year's"
    # ("every October I buy next year's refill" is the year after each October).
    (re.compile(r"(?<!\bthe )\blast year(?='s)", re.I), lambda d, _: f"{d.year - 1}"),
    (re.compile(r"(?<!\bthe )\blast year\b", re.I), lambda d, _: f"in {d.year - 1}"),
    (re.compile(r"(?<!\bthe )\bnext year\b(?!'s)", re.I), lambda d, _: f"in {d.year + 1}"),
)


# "until last year" is "until 2025", not "until in 2025"; "the spring of last year" is
# "the spring of 2025", "in May next year" "in May 2027".
_PREPOSITION_IN = re.compile(r"\b(until|till|since|before|after|by|from|of) in\b", re.I)
_MONTH_IN_YEAR = re.compile(rf"\b{_MONTH} in (\d{{4}})\b", re.I)


def _dated(memory: str, observed: datetime | None) -> str:
    if observed is None:
        return memory
    for pattern, replacement in _RELATIVE:
        memory = pattern.sub(functools.partial(replacement, observed), memory)
    return _MONTH_IN_YEAR.sub(r"\1 \2", _PREPOSITION_IN.sub(r"\1", memory))


# A thousands comma is no break between clauses ("Because I went private, my dentures
# cost me £1,150" had stored nothing): the clauses are read without it, and it is put
# back in the memories.
_GROUPED_NUMBER = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+\b")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
_DIGITS = re.compile(r"\d+")


def _regrouped(memory: str, grouped: dict[str, str]) -> str:
    return _DIGITS.sub(lambda digits: grouped.get(digits[0], digits[0]), memory)


# A Roman "I" after what it numbers is no speaker: "the Spitfire Mk I kit" is "Mk 1" (it had
# become "Mk they kit"), "World War I" is "World War 1".
_ROMAN_ONE = re.compile(r"\b(Mk\.?|MK|World War|Part|Type|Phase|Series|Volume|Chapter) I\b(?!')")


def extract_statements(
    text: str, speaker: str | None = None, observed: datetime | None = None
) -> list[str]:
    """The memories of what `speaker` (None: the user) said in `text`."""
    subject = speaker or "User"
    memories = []
    grouped = {number.replace(",", ""): number for number in _GROUPED_NUMBER.findall(text)}
    for raw in _SENTENCE.findall(text):
        # One space between words: a long run of spaces made a fronted-phrase match
        # quadratic (100 KB of them took minutes).
        sentence = _ROMAN_ONE.sub(r"\1 1", _THOUSANDS_COMMA.sub("", " ".join(raw.split())))
        if not sentence:
            continue
        clauses = _clauses(sentence)
        if sentence.endswith("?"):  # "Do you know a vet for my dog Rex?"
            clauses += appositions(sentence, RELATIONS)
        # A question in one piece asks about what it names ("The curtains for our new
        # house?"); one with commas may say something first ("Alice works at Google, ...").
        named = not sentence.endswith("?") or len(clauses) > 1
        for clause in clauses:
            memory = _statement(clause, subject, named)
            if memory is not None:
                memories.append(_regrouped(canonical(_dated(memory, observed)), grouped))
    return list(dict.fromkeys(memories))
