"""Near-duplicates (pure): is a new memory the same fact as a stored one?

Embeddings alone cannot tell: with all-MiniLM-L6-v2 "User lives in Paris" is as close to
"User doesn't live in Paris" (0.93) or "User had a dog named Max" to "User has a dog named
Max" (0.97) as to a paraphrase ("User resides in Paris", 0.94). So two memories are the
same fact when their cosine similarity reaches the threshold *and* no sign says they
differ: another subject or relation ("User's sister ...", "cats" / "dogs"), another
polarity, negation, ending, tense or intent ("doesn't", "hates", "divorced", "lived",
"wants to"), other numbers or colours, or names or roles on both sides that the other
lacks (Paris / London; "a teacher" / "a doctor", where "User is a math teacher" and
"User teaches math" are one fact), who acts, what part the user takes (teaches or takes a
class), how much (in full or the minimum), which of two things is preferred, two things
swapped in place, or a limit added at the end ("... on short trips"). The signs are
English words, read from one wording of the text (wording.comparable: "two" and "2" are
one number, "has got" is no past): a false "differs" only stores a paraphrase twice, which
is the cheap mistake. A new memory is compared with the few closest stored ones, not only
the closest: a paraphrase ("User is studying X") may be closer to a near-miss ("User
studied X") than to its fact.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .lexicon import (
    PARTICLES,
    can_be_verb,
    is_adverb,
    is_comparative,
    is_noun,
    names_a_person,
    same_meaning,
    share_a_sense,
    verb_base,
)
from .signwords import (
    AMOUNTS,
    BE_AS,
    BEFORE_MONTH,
    BEFORE_VERB,
    BONDS,
    BORROWED,
    BOUNDS,
    COLOURS,
    CURRENCIES,
    DEGREES,
    DIETS,
    DISLIKE,
    ENDINGS,
    HABITS,
    IN_CHARGE,
    INTENT,
    IRREGULAR_PAST,
    KIN,
    LENT,
    LEVELS,
    LOANS,
    MATERIALS,
    MEANS,
    MILKS,
    MONEY_WAY,
    NEGATIONS,
    NOT_NAME_ENDINGS,
    NOT_PAST,
    NUMBER_WORDS,
    ONE,
    OPENERS,
    OPPOSITES,
    PARTS,
    PARTS_OF_DAY,
    PAST,
    PATTERNS,
    PAYMENT,
    PERIODS,
    PHRASE_ENDS,
    RANKS,
    RENTED,
    SAME_IN_PAST,
    SELF,
    SKILLS,
    SUBJECT_STOP,
    TAKING_LOANS,
    TIMES,
)
from .wording import RELATIONS, comparable

__all__ = [
    "ALIKE_FROM",
    "Nearest",
    "differs",
    "is_near_duplicate",
    "repeated",
    "swapped",
    "swapped_words",
]

# Two swapped phrases name the same thing from this cosine of their own embeddings
# (all-MiniLM-L6-v2: "kids" / "children" 0.88, "job" / "work" 0.78; "golf" / "tennis"
# 0.59, "poker" / "chess" 0.48, "tea" / "coffee" 0.62).
ALIKE_FROM = 0.7

_TOKEN = re.compile(r"[A-Za-z0-9']+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _subject(tokens: list[str]) -> str:
    """Who the memory is about (`tokens` in lower case): the user (in any person), also
    when the sentence starts with something else ("Peanuts give User allergies", "Maria
    is User's wife"); else the first word ("Alice works at Google")."""
    words = [t for t in tokens if t not in SUBJECT_STOP]
    if not words:
        return ""
    if words[0] in SELF or SELF.intersection(words):
        return "user"
    return words[0].removesuffix("'s")


# A number with its unit in one word is the number: "45p" / "25p" a mile, "10k" ("the
# 1990s" is a decade, no number of it).
_WITH_UNIT = re.compile(r"(\d+)(?!s$)[a-z]+$")
# Numbers by their "x", as one: "10x42 binoculars" are not "8x32" ones.
_BY = re.compile(r"\d+x\d+$")


def _letters(text: str) -> frozenset[str]:
    """Capital letters standing alone: grades ("got an A" / "a C"), vitamins, plans. As
    names they are lost against the article "a" of the other side."""
    words = _WORD.findall(text.replace("°C", "°"))  # degrees Celsius, the degrees said
    return frozenset(
        f"letter {word}"
        for before, word in itertools.pairwise(words)
        # A fronted phrase can leave the article "A" inside: "User takes A multivitamin".
        if len(word) == 1 and word.isupper() and word != "I" and (word != "A" or before == "an")
    )


# Words with what joins them to their neighbours: "A-level" and "T-shirt" are no letters.
_WORD = re.compile(r"[\w'-]+")


def _names(text: str, subject: str) -> set[str]:
    """Capitalised words (names, places, titles), besides the subject and the user; a
    plural is its singular ("Saturdays")."""
    tokens = _tokens(text)
    found = set()
    for index, token in enumerate(tokens):
        lower = token.lower().removesuffix("'s").removesuffix("'")  # "the Players' panto"
        if token == token.lower() or lower in SELF or (index == 0 and _opens(lower, subject)):
            continue
        found.add(lower[:-1] if len(lower) > 3 and lower.endswith("s") else lower)
    return found


def _opens(word: str, subject: str) -> bool:
    """A first word that is no name: the subject, or a word any sentence may start with
    (a preposition, "Every", a gerund, an adverb)."""
    return word == subject or word in OPENERS or word.endswith(NOT_NAME_ENDINGS)


def _parts_of_day(tokens: list[str]) -> set[str]:
    return _named_parts_of_day(tokens) | _clock_parts(tokens)


def _other_parts_of_day(x: list[str], y: list[str]) -> bool:
    """Whether both sides name parts of the day, and not the same ones, however a clock
    reads ("lunch at 1pm" / "lunch at 1 o'clock", "at 7am" / "at 7 in the morning")."""
    named_x, named_y = _named_parts_of_day(x), _named_parts_of_day(y)
    return bool(named_x and named_y) and named_x != named_y and _parts_of_day(x) != _parts_of_day(y)


def _named_parts_of_day(tokens: list[str]) -> set[str]:
    singular = [t[:-1] if t.endswith("s") and t[:-1] in PARTS_OF_DAY else t for t in tokens]
    return {
        PARTS_OF_DAY[t]
        for i, t in enumerate(singular)
        if t in PARTS_OF_DAY and not _wakes_someone(t, tokens[i + 1 : i + 2])
    }


# Waking is a time of day ("when User wakes up"); waking someone is not ("so it doesn't
# wake the baby").
_WAKE = frozenset(["wake", "waking"])
_WOKEN = frozenset(["the", "a", "an", "him", "her", "them", "us", "me", "everyone", "anyone"])


def _wakes_someone(word: str, after: list[str]) -> bool:
    return word in _WAKE and bool(after) and (after[0].lower() in _WOKEN or _possessive(after[0]))


_CLOCK = re.compile(r"(\d{1,2})(?: (\d\d))? ?([ap]) ?m\b")


def _clock_parts(tokens: list[str]) -> set[str]:
    """The part of the day an hour with am or pm tells ("7 am" / "7 pm", "7.30 p.m."), so
    that it reads against "7 in the morning" as the same time."""
    parts = set()
    for match in _CLOCK.finditer(" ".join(tokens)):
        hour, meridiem = int(match[1]) % 12, match[3]
        if meridiem == "a":
            parts.add("evening" if hour == 0 else "morning")
        else:
            parts.add("afternoon" if hour < 6 else "evening")  # "5 in the afternoon"
    return parts


def _levels_and_means(tokens: list[str]) -> set[str]:
    """How well (`LEVELS`), by what means (`MEANS`), how bound (`BONDS`), which diet
    (`DIETS`), which money (`CURRENCIES`), which degree (`DEGREES`)."""
    return {
        kind
        for table in (LEVELS, MEANS, BONDS, DIETS, CURRENCIES, DEGREES)
        for kind in (table[t] for t in tokens if t in table)
    }


# How often, read against its own kind: "always" / "sometimes" cook dinner.
_HOW_OFTEN = {
    "always": "always",
    **dict.fromkeys(("usually", "normally", "generally", "typically", "mostly"), "usually"),
    **dict.fromkeys(("often", "frequently", "regularly"), "often"),
    **dict.fromkeys(("sometimes", "occasionally"), "sometimes"),
    **dict.fromkeys(("rarely", "seldom", "hardly"), "rarely"),
}


def _other_part_or_amount(x: list[str], y: list[str]) -> bool:
    """Another part taken (`PARTS`), amount (`AMOUNTS`), way money went (`MONEY_WAY`),
    how often (`_HOW_OFTEN`), skill of a language (`SKILLS`), place in a business
    (`IN_CHARGE`) or way of paying (`PAYMENT`) on each side,
    "sometimes" said of a plain habit, learning said of doing, or one side saying what the
    other does not (`_qualified`).
    Each is read against its own kind only: "takes", "plays", "all" are too common to
    weigh against a means or a role ("takes the kids to school" / "walks the kids to
    school", "plays the piano" / "is a pianist"), and "speaks" against how well ("speaks
    German" / "is fluent in German")."""
    for table in (PARTS, AMOUNTS, MONEY_WAY, _HOW_OFTEN, SKILLS, IN_CHARGE, PAYMENT):
        one, other = {table[t] for t in x if t in table}, {table[t] for t in y if t in table}
        if one - other and other - one:
            return True
    return _now_and_then(x, y) or _now_and_then(y, x) or _learning(x, y) or _qualified(x, y)


# A fact said plainly is a habit: "sometimes" or "rarely" added makes another fact
# ("takes the train to work" / "sometimes takes the train"); "usually" does not.
_NOW_AND_THEN = frozenset(["sometimes", "rarely"])


_NOW_AND_THEN_PHRASES = ("now and then", "now and again", "from time to time", "once in a while")


def _now_and_then(x: list[str], y: list[str]) -> bool:
    said = {_HOW_OFTEN[t] for t in x if t in _HOW_OFTEN}
    other = " ".join(y)
    return (
        bool(said & _NOW_AND_THEN)
        and not any(t in _HOW_OFTEN for t in y)
        and not any(phrase in other for phrase in _NOW_AND_THEN_PHRASES)
    )


# Learning a thing is not yet doing it: "is learning to speak Spanish" / "speaks Spanish";
# "learning", "studying" and "lessons" are one ("is taking violin lessons").
_LEARNING = frozenset(
    [
        *("learning", "learn", "learns", "studying", "study", "studies", "student"),
        *("lesson", "lessons", "class", "classes", "course", "courses"),
    ]
)


def _learning(x: list[str], y: list[str]) -> bool:
    said_x, said_y = bool(_LEARNING.intersection(x)), bool(_LEARNING.intersection(y))
    return said_x != said_y and _learns(x if said_x else y)


_GOING = frozenset(["go", "goes", "went", "going", "head", "heads", "headed", "heading"])


_CLASS_DETERMINERS = frozenset(["a", "an", "the", "their", "his", "her", "my", "our"])


def _learns(tokens: list[str]) -> bool:
    """Whether a learning word is said, other than a class gone or taken to: "goes to a
    reformer Pilates class" is going to reformer Pilates ("wants to take a class" still
    learns)."""
    for index, token in enumerate(tokens):
        if token not in _LEARNING:
            continue
        if token not in ("class", "classes") or not _gone_to(tokens[max(0, index - 5) : index]):
            return True
    return False


def _gone_to(before: list[str]) -> bool:
    return any(
        word == "to"
        and (
            (index > 0 and before[index - 1] in _GOING)
            or index + 1 == len(before)  # "goes to class"
            or before[index + 1] in _CLASS_DETERMINERS
            or not can_be_verb(before[index + 1])
        )
        for index, word in enumerate(before)
    )


# Said of one side only, each makes another fact: not being able ("can't swim" / "doesn't
# like swimming"; "can speak a bit of French" is "speaks a little French"), how well
# ("can't swim very well"), on which days or in which month ("every Sunday morning" /
# "every morning"; "may" and the short names that are words, such as "sat", not counted,
# nor weekends: "At weekends User paints" is what "Painting is User's passion" says).
_HOW_WELL = frozenset(["well", "badly", "poorly"])
_WHICH_DAYS_OF_WEEK = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WHICH_DAYS = frozenset(
    [
        *_WHICH_DAYS_OF_WEEK,
        *("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"),
        *("january", "february", "march", "april", "june", "july", "august"),
        *("september", "october", "november", "december"),
        *("jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("tues", "weds", "thurs", "fri", "weekday", "weekdays", "weeknight", "weeknights"),
    ]
)


# Unpaid work is another fact than a job: "volunteers as a nurse" / "works as a nurse".
_UNPAID = frozenset(["volunteer", "volunteers", "volunteering", "volunteered", "unpaid"])


def _qualified(x: list[str], y: list[str]) -> bool:
    # "March's Marmalade Awards" are held in March, "Saturday's match" on a Saturday.
    days_x, days_y = ({t.removesuffix("'s") for t in side} for side in (x, y))
    for words in (_WHICH_DAYS, _UNPAID):
        if bool(words.intersection(days_x)) != bool(words.intersection(days_y)):
            return True
    if _unable(x) != _unable(y) or _said_how_well(x) != _said_how_well(y):
        return True
    if _other_days(days_x, days_y):
        return True
    return _bounded(x) != _bounded(y) or _paid_for(x) != _paid_for(y)


_DAYS = {f"{day}{s}": day for day in _WHICH_DAYS_OF_WEEK for s in ("", "s")}
_SOME_DAYS = frozenset(["weekday", "weekdays", "weeknight", "weeknights", "weekend", "weekends"])


def _other_days(x: set[str], y: set[str]) -> bool:
    """Days named on one side and other days, or days said as a kind, on the other: "every
    Friday" is not "every weekday" (WordNet's Friday is a weekday, so no swap tells)."""
    named_x, named_y = {_DAYS[t] for t in x if t in _DAYS}, {_DAYS[t] for t in y if t in _DAYS}
    if named_x == named_y:
        return False
    return bool(named_x or x & _SOME_DAYS) and bool(named_y or y & _SOME_DAYS)


def _paid_for(tokens: list[str]) -> bool:
    """Done by someone the user pays: "pays someone to clear the gutters" / "clears the
    gutters", said of one side only."""
    return any(
        token in _PAYING and after in _SOMEONE for token, after in itertools.pairwise(tokens)
    )


# A number bounded is another fact than the number: "pays more than $1,200 a month" /
# "pays $1,200 a month". "About" and "around" are no bound: they say the number loosely.
_BOUNDING: dict[tuple[str, ...], str] = {
    **dict.fromkeys((("more", "than"), ("at", "least"), ("upwards", "of")), "above"),
    **dict.fromkeys((("over",), ("above",)), "above"),
    **dict.fromkeys((("less", "than"), ("fewer", "than"), ("at", "most"), ("up", "to")), "below"),
    **dict.fromkeys((("under",), ("below",), ("almost",), ("nearly",)), "below"),
}


def _bounded(tokens: list[str]) -> set[str]:
    """The bounds put on the numbers of `tokens` (digits: the comparable wording)."""
    return {
        bound
        for index, token in enumerate(tokens)
        if token.isdigit() and tokens[index + 1 : index + 2] not in _SPANS
        for words, bound in _BOUNDING.items()
        if tuple(tokens[max(0, index - len(words)) : index]) == words
    }


# Seasons and the like counted after "over" are a span, not a bound: "restored it over
# two winters" is during them ("over two years" stays "more than").
_SPANS = [[span] for span in ("winters", "summers", "springs", "autumns", "weekends", "evenings")]


def _unable(tokens: list[str]) -> bool:
    """ "can not" (as "can't" is read), "cannot", "unable", "not able"."""
    pairs = itertools.pairwise(tokens)
    return bool({"cannot", "unable"}.intersection(tokens)) or any(
        pair in (("can", "not"), ("not", "able")) for pair in pairs
    )


def _said_how_well(tokens: list[str]) -> bool:
    """ "well" as how well, not "as well" (also)."""
    return any(t in _HOW_WELL and tokens[i - 1 : i] != ["as"] for i, t in enumerate(tokens))


Signs = tuple[
    str, frozenset[str], int, bool, bool, frozenset[str], bool, bool, frozenset[str], bool
]


def _relations(tokens: list[str]) -> set[str]:
    """The relations a sentence names: "User's sister's name" names a sister, "User's
    parents' anniversary" the parents; a great-grandfather is not a grandfather, a
    mother-in-law not a mother, and in-laws are no one else."""
    found = set()
    spouses_kin = set()
    for index, token in enumerate(tokens):
        bare = token.removesuffix("'s").removesuffix("'")
        if bare == "laws" and tokens[index - 1 : index] == ["in"]:
            found.add("in-laws")
            continue
        if index in spouses_kin:
            continue
        in_law = _spouses_kin(tokens, index)
        if in_law is not None:
            found.add(in_law)
            spouses_kin.add(index + 1)
            continue
        relation = _relation(bare)
        if relation is None or _kind_of_thing(tokens, index) or _clock_named(tokens, index):
            continue
        if tokens[index + 1 : index + 2] == ["in"] and tokens[index + 2 : index + 3] in (
            ["law"],
            ["law's"],
        ):
            relation += "-in-law"
        greats = 0
        while tokens[index - greats - 1 : index - greats] == ["great"]:
            greats += 1
        if relation.startswith(_GREAT_KIN):
            relation = "great-" * greats + relation
        found.add(relation)
    return found


# Children who are no one's are a kind of people: "a children's nurse", "a hospital for
# children", "reads to kids at the library"; "their kids", "User's children's school",
# "3 children" are kin.
_FOR_WHOM = frozenset(["children", "kids", "babies"])


def _kind_of_thing(tokens: list[str], index: int) -> bool:
    if tokens[index].removesuffix("'s").removesuffix("'") not in _FOR_WHOM:
        return False
    before = tokens[index - 1] if index else ""
    return not (_possessive(before) or before.isdigit() or before in NUMBER_WORDS)


# "User's husband's father" is their father-in-law, "their wife's parents" their in-laws.
_SPOUSES = frozenset(["husband's", "wife's"])
_IN_LAW = {
    **{kin: f"{kin}-in-law" for kin in ("father", "mother", "brother", "sister")},
    **{"dad": "father-in-law", "mum": "mother-in-law", "parents": "in-laws"},
}


def _spouses_kin(tokens: list[str], index: int) -> str | None:
    after = tokens[index + 1 : index + 2]
    if tokens[index] not in _SPOUSES or not after:
        return None
    return _IN_LAW.get(after[0].removesuffix("'s").removesuffix("'"))


def _clock_named(tokens: list[str], index: int) -> bool:
    """ "grandfather clock" and "grandmother clock" name clocks, not kin."""
    after = tokens[index + 1 : index + 2]
    return tokens[index] in _CLOCK_KIN and bool(after) and after[0].startswith("clock")


_CLOCK_KIN = frozenset(["grandfather", "grandmother"])


# Kin a "great-" goes before: "great-great-grandfather", "great-aunt".
_GREAT_KIN = ("grand", "gran", "nan", "aunt", "uncle", "nephew", "niece")


def _relation(token: str) -> str | None:
    """The relation a word names, one word per relation, a plural as its singular
    ("brothers", "cats", "puppies"; "kids" and "children" stay plural: "User has 3
    kids")."""
    if token in RELATIONS:
        return KIN.get(token, token)
    for plural, singular in (("ies", "y"), ("s", "")):
        one = token[: -len(plural)] + singular
        if token.endswith(plural) and one in RELATIONS:
            relation = KIN.get(one, one)
            # "mates" are "friends", as "friends" read: the plural kept where it is read so
            return f"{relation}s" if f"{relation}s" in RELATIONS and relation != one else relation
    return None


# Who put an event on and who went to it: "organised their sister's hen do" / "went on
# their sister's hen do" ("ran" is left out: a race is run by who takes part).
_ORGANISED = frozenset(
    [
        *("organise", "organises", "organised", "organising"),
        *("organize", "organizes", "organized", "organizing"),
        *("host", "hosts", "hosted", "hosting", "arrange", "arranges", "arranged", "arranging"),
    ]
)
# Who teaches a course and who learns on it: "taught a first-aid course" / "did a
# first-aid course" ("was taught" is the learner).
_TAUGHT = frozenset(["teach", "teaches", "taught", "teaching", "instructed", "tutored"])
_COURSES = frozenset(
    ["course", "courses", "class", "classes", "lesson", "lessons", "workshop", "workshops"]
)
_TAKES_COURSE = frozenset(
    [
        *("did", "do", "does", "doing", "done", "took", "take", "takes", "taking"),
        *("completed", "completes", "passed", "finished", "went", "enrolled", "signed"),
    ]
)
_PERFORMED = frozenset(
    [*("perform", "performs", "performed", "performing", "sing", "sings", "sang", "singing")]
)
# A dance performed was danced: "performed a Fred Astaire medley" / "danced" one (no song).
_DANCED = frozenset(
    [*("perform", "performs", "performed", "performing", "dance", "dances", "danced", "dancing")]
)
_ATTENDED = frozenset(["attend", "attends", "attended", "attending", "joined", "joins"])
_WENT = frozenset(["went", "goes", "go", "going", "took", "taken", "takes", "taking"])
_WENT_TO = frozenset(["on", "part", "to"])
_SPOKE = frozenset(["spoke", "speaks", "speak", "speaking"])


def _name_grown(a: str, b: str) -> bool:
    """Whether one side puts a capitalised word inside a name of the other: "the Royal
    College of Music" / "the Royal Northern College of Music" are two colleges."""
    x, y = a.split(), b.split()
    if len(x) > _WORDS_COMPARED or len(y) > _WORDS_COMPARED:
        return False
    # ("the Loch Ness Marathon, and" / "the Loch Ness Half Marathon": no comma in a name)
    lower_x, lower_y = [w.lower().rstrip(",;") for w in x], [w.lower().rstrip(",;") for w in y]
    matcher = difflib.SequenceMatcher(a=lower_x, b=lower_y, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "insert":
            added, around, at = y[j1:j2], x, i1
        elif tag == "delete":
            added, around, at = x[i1:i2], y, j1
        else:
            continue
        inside = 0 < at < len(around) and not around[at - 1].startswith("User")
        if inside and all(w[0].isupper() for w in [*added, around[at - 1], around[at]]):
            return True
    return False


_STARTED = frozenset(["start", "starts", "started", "starting", "began", "begun", "begins"])
_FOR_STARTING = frozenset(["to", "help", "helps", "helped", "helping"])


def _begun(tokens: list[str]) -> bool:
    """A thing started, not had or done: "started a Google certificate" / "got a Google
    certificate", "User's apprenticeship started" ("started running" says no thing begun)."""
    for index, token in enumerate(tokens):
        before = tokens[index - 1] if index else ""
        if token not in _STARTED or before in _FOR_STARTING:
            continue  # "lent them 3,000 pounds to start his bakery": what it was for
        if tokens[index + 1 : index + 2] == ["to"]:
            continue  # "User's roof started to leak" / "started leaking": no thing begun
        if tokens[index + 1 : index + 2] != [] and tokens[index + 1] in _DETERMINERS:
            return True
        if before in ("their", "his", "her", "my", "our"):
            return True  # "got their start as a junior reporter" ("daughter's starting")
        if index and _verb_of_users_thing(tokens, index):
            return True  # "User's apprenticeship with Airbus started in 2010"
    return False


def _places_of_theirs(tokens: list[str]) -> set[str]:
    """The last word of each place of the user's said with "in", "into", "on", "at" or
    "out of" and "their" or "User's", or its last two when WordNet knows them as one:
    "on their allotment", "in their back garden", "into their living room" ("allotment",
    "garden", "living room")."""
    heads = set()
    for index, token in enumerate(tokens[:-2]):
        into = (
            token in _WHERE_OR_WHEN
            or token == "into"
            or tokens[index - 1 : index + 1] == ["out", "of"]
        )
        if into and tokens[index + 1] == "the":
            heads |= _part_of_theirs(tokens[index + 2 :])
        if not into or tokens[index + 1] not in ("their", "user's"):
            continue
        phrase = _place_words(tokens[index + 2 :])
        then = tokens[index + 2 + len(phrase) : index + 3 + len(phrase)]
        # "on their way to work" names no place; "at their uncle's lake house" is the uncle's
        named = 0 < len(phrase) <= 3 and then not in (["to"], ["of"])
        if named and not any(_possessive(word) for word in phrase):
            compound = " ".join(phrase[-2:])
            head = compound if len(phrase) > 1 and is_noun(compound) else phrase[-1]
            heads.add(_YARDS.get(head, head))
    return heads


_YARDS = {"backyard": "garden", "yard": "garden"}  # what WordNet keeps apart


def _part_of_theirs(tokens: list[str]) -> set[str]:
    """The place in "the windowsills of their house", "the lean-to greenhouse behind their
    house": a part of a place of the user's, or a place by it ("windowsills",
    "greenhouse")."""
    for end in range(1, min(len(tokens) - 1, 5)):
        if tokens[end] in ("of", "behind") and tokens[end + 1] in ("their", "user's"):
            said = tokens[:end]
            verb = any(_is_past(t) or t in _AUXILIARIES or t in _PASSIVE for t in said)
            if said[-1] in _WHERE_IN_A_PLACE:  # "the greenhouse at the bottom of their garden"
                said = said[:-3] if said[-3:-1] in (["at", "the"], ["in", "the"]) else []
            return set() if verb or "and" in said or not said else {said[-1]}
    return set()


# Where in a place, not a place: "at the back of their house", "the bottom of their garden".
_WHERE_IN_A_PLACE = frozenset(
    ["back", "front", "bottom", "top", "end", "side", "corner", "edge", "middle"]
)


def _place_words(tokens: list[str]) -> list[str]:
    """The words of a place, up to a preposition or the verb after it: "campervan" in "on
    User's campervan broke down at", "walled garden" in "in their walled garden"."""
    words: list[str] = []
    for token in tokens:
        verb = bool(words) and (_is_past(token) or token in _AUXILIARIES or token in _PASSIVE)
        if token in PHRASE_ENDS or verb:
            break
        words.append(token)
    return words


# Names listed with "and" or "or": "Peggy, Dot and Mabel".
_NAME_LIST = re.compile(r"\b[A-Z][\w'-]*(?:, [A-Z][\w'-]*)*,? (?:and|or) [A-Z][\w'-]*")
_CAPITALISED = re.compile(r"[A-Z][\w'-]*")


def _listed_names(text: str) -> list[frozenset[str]]:
    lists = (_CAPITALISED.findall(found) for found in _NAME_LIST.findall(text))
    named = (frozenset(n.lower().removesuffix("'s") for n in names) - {"user"} for names in lists)
    return [names for names in named if len(names) > 1]


def _other_list(x: list[frozenset[str]], y: list[frozenset[str]]) -> bool:
    """Whether two lists of names share a name but not all: "Peggy, Dot and Mabel" are
    three hens, "Peggy and Dot" two (a name said only once is a detail added)."""
    return any(p & q and p != q for p in x for q in y)


def _users_thing(tokens: list[str]) -> list[str]:
    """The words naming the user's thing a sentence starts with, up to its verb "is",
    "was" or "has", or a modal: "User's first job interview was for ..." ("first job
    interview"), "User's son Caspar can have ..." ("son caspar")."""
    if tokens[:1] != ["user's"]:
        return []
    phrase = list(itertools.takewhile(lambda t: t not in _STATES_OR_MODALS, tokens[1:6]))
    return phrase if len(phrase) < len(tokens) - 1 and len(phrase) <= 4 else []


def _head_grown(x: list[str], y: list[str]) -> str | None:
    """The word after one side's thing of the user's that makes it another thing than the
    other side's: "interview" in "User's first job interview" / "User's first job" (not
    when WordNet finds the two alike: "wedding day")."""
    for thing in (_users_thing, _users_thing_before_its_verb):
        one, other = sorted((thing(x), thing(y)), key=len)
        if one and len(other) == len(one) + 1 and other[:-1] == one:
            grown = other[-1]
            if not _is_thing(grown) or same_meaning(" ".join(other[-2:]), one[-1]):
                return None
            return grown
    return None


def _stuff_for_a_thing(x: list[str], y: list[str]) -> bool:
    """A word that names the kind of a thing on one side ("off an oxygen concentrator in")
    and the thing itself on the other, described by a word of its own, in the same place
    ("off bottled oxygen in"): the head said only on one side, the describing word only
    on the other (difflib lines up the shared word, so no phrase is seen swapped)."""
    for index, (stuff, head) in enumerate(itertools.pairwise(x)):
        if stuff not in y or not (_content(stuff) and is_noun(stuff) and _is_thing(head)):
            continue
        stem = head[: max(len(head) - 2, 4)]  # "birds" / "bird", "upgrade" / "upgraded"
        if any(word.startswith(stem) for word in y):
            continue
        at = y.index(stuff)
        before = x[max(index - 2, 0) : index]
        before = before[-1:] if before[-1:] and before[-1] not in _DETERMINERS else before[:1]
        if (
            at >= 2
            and _describes(y[at - 1], x)
            and before == y[at - 2 : at - 1]
            and x[index + 2 : index + 3] == y[at + 1 : at + 2]
        ):
            return True
    return False


def _describes(word: str, other: list[str]) -> bool:
    """A word only one side says that can describe a thing: "bottled", "liquid" (no verb
    of doing: "see", "giving")."""
    if word in other or word in _DETERMINERS or not _content(word) or word.isdigit():
        return False
    return word.endswith("ed") or not (word.endswith("ing") or can_be_verb(word))


def _users_thing_before_its_verb(tokens: list[str]) -> list[str]:
    """The user's thing up to its verb in the present, with the verb: "User's residents'
    association committee meets ..." ("residents' association committee meets"), so that
    only one verb after both things compares them ("family always swims" / "family takes"
    do not)."""
    if tokens[:1] != ["user's"]:
        return []
    for index, token in enumerate(tokens[2:6], 2):
        if token in _STATES_OR_MODALS or _is_past(token):
            return []
        if token.endswith("s") and not token.endswith(("ss", "'s", "s'")) and can_be_verb(token):
            return [token, *tokens[1:index]]  # the verb first: one more word at the end
    return []


def _compounds(tokens: list[str]) -> set[str]:
    return {f"{a} {b}" for a, b in itertools.pairwise(tokens)}


def _other_place_of_theirs(x: list[str], y: list[str]) -> bool:
    """Whether each side puts it in a place of the user's the other does not name, and no
    two are alike ("on their allotment" / "in their back garden"; not "in their room" /
    "in their bedroom")."""
    said_x, said_y = set(x) | _compounds(x), set(y) | _compounds(y)
    only_x, only_y = _places_of_theirs(x) - said_y, _places_of_theirs(y) - said_x
    return bool(only_x and only_y) and not any(same_meaning(p, q) for p in only_x for q in only_y)


def _part_taken(tokens: list[str]) -> set[str]:
    """Whether the user put an event on, performed in it, went to it, or more than one;
    said on one side only, it adds to the other side ("organised a street party" / "was
    behind a street party")."""
    # or spoke at it: "spoke about robotics at a conference" / "went to a talk on" ("speaks
    # Portuguese with them" is no talk).
    spoke = "speaker" in tokens or any(
        a in _SPOKE and b in ("at", "about", "on") for a, b in itertools.pairwise(tokens)
    )
    taught = [i for i, t in enumerate(tokens) if t in _TAUGHT]
    # "User taught a course" / "User was taught to ...", "their nan taught them to ..."
    # ("User has been teaching a class": the helping verbs between are read past)
    passive = {i for i in taught if tokens[i - 1] in _PASSIVE and not tokens[i].endswith("ing")}
    teaches = any(_user_before(tokens, i) for i in taught if i not in passive)
    taught_by = bool(passive) or any(tokens[i + 1 : i + 2] == ["them"] for i in taught)
    organised = _ORGANISED.intersection(tokens) or spoke or teaches or _ran_event(tokens)
    found = {"organiser"} if organised else set()
    if _PERFORMED.intersection(tokens):
        found.add("performer")  # "sang with their choir in a concert" / "went to watch"
    went = taught_by or any(
        (a in _WENT and b in _WENT_TO) or a in _ATTENDED for a, b in itertools.pairwise(tokens)
    )
    return found | ({"attendee"} if went or _course_taken(tokens) else set())


def _user_before(tokens: list[str], index: int) -> bool:
    """Whether "user" comes right before `index`, but for helping verbs ("has been")."""
    back = index - 1
    while back > 0 and tokens[back] in _HELPING:
        back -= 1
    return back >= 0 and tokens[back] == "user"


_HELPING = frozenset(["is", "was", "has", "have", "had", "been", "be", "will", "would", "am"])


# What the user ran when they put it on ("ran a coffee morning"), not a race run.
_EVENTS = frozenset(
    [
        *("morning", "stall", "party", "club", "quiz", "workshop", "event", "fete", "sale"),
        *("raffle", "tombola", "group", "session", "night", "evening", "fundraiser"),
    ]
)


def _ran_event(tokens: list[str]) -> bool:
    return any(
        t == "ran" and _EVENTS.intersection(tokens[i + 1 : i + 5]) for i, t in enumerate(tokens)
    )


def _course_taken(tokens: list[str]) -> bool:
    """Whether the user did or took a course, a class or lessons: "did a 2-day first-aid
    course", "took salsa classes" (within six words)."""
    return any(
        t in _COURSES and _TAKES_COURSE.intersection(tokens[max(0, i - 6) : i])
        for i, t in enumerate(tokens)
    )


# Which way a thing or money went: "gave their sister a locket", "pays their flatmate" /
# "got a locket from their sister", "was given a locket by", "their flatmate pays them".
_GIVING = frozenset(
    [
        *("give", "gives", "gave", "given", "giving", "pay", "pays", "paid", "paying"),
        *("send", "sends", "sent", "sending", "lend", "lends", "lent", "lending"),
    ]
)
_RECEIVING = frozenset(
    [*("get", "gets", "got", "getting", "receive", "receives", "received", "receiving")]
)


def _handed(tokens: list[str]) -> set[str]:
    """ "given" when the user gives or pays, "received" when they get it (`tokens` in
    lower case); nothing for a thing got "from" a shop by buying it."""
    for index, token in enumerate(tokens):
        by_user = tokens[index - 1 : index] == ["user"]
        after = tokens[index + 1 : index + 2]
        # "User got a locket from ...", not "User's bike got taken from ..."
        got = by_user and token in _RECEIVING and after and not _is_past(after[0])
        if got and _from_someone(tokens[index + 1 : index + 13]):
            return {"received"}
        # "User gets paid on ...", "their flatmate pays them"
        paid = index == 2 and tokens[0] == "user" and tokens[1] in _PASSIVE
        if token in _GIVING and (paid or after == ["them"]):
            return {"received"}
        if token in _GIVING and index == 1 and by_user and "from" not in tokens:
            return {"given"}
    return set()


def _from_someone(tokens: list[str]) -> bool:
    """ "from" anyone or anything, or "by" someone of theirs ("got a locket by their sister"
    is how comparable wording reads "was given a locket by"; not "got it by post")."""
    return "from" in tokens or any(
        a == "by" and _possessive(b) for a, b in itertools.pairwise(tokens)
    )


# Kept or parted with: "has kept the letters" / "threw away the letters".
_PARTED = frozenset(["binned", "sold", "donated"])
_PARTED_PHRASES = frozenset(
    [
        *(("threw", "away"), ("thrown", "away"), ("throw", "away"), ("throws", "away")),
        *(("threw", "out"), ("thrown", "out"), ("got", "rid"), ("get", "rid")),
        *(("gave", "away"), ("given", "away"), ("give", "away")),
    ]
)
_KEPT = frozenset(["keep", "keeps", "kept", "keeping"])


def _kept_or_parted(tokens: list[str]) -> set[str]:
    if _PARTED.intersection(tokens) or _PARTED_PHRASES.intersection(itertools.pairwise(tokens)):
        return {"parted"}
    still_has = any(a == "still" and b in _HAVE for a, b in itertools.pairwise(tokens))
    return {"kept"} if still_has or _KEPT.intersection(tokens) else set()


# Bought or taken back: "User's iPad cost them 599 pounds" / "User returned the iPad they
# bought" ("returned from Spain", "returned to work" are no goods taken back).
_RETURNED = frozenset(["returned", "returning"])
_BACK_WITH = frozenset(["took", "take", "takes", "sent", "send", "sends"])


def _bought_or_returned(tokens: list[str]) -> set[str]:
    found = set()
    for index, token in enumerate(tokens):
        after = tokens[index + 1 : index + 2]
        if token in _RETURNED and after not in (["from"], ["to"], ["home"]):
            found.add("returned")
        if token in _BACK_WITH and after == ["back"]:
            found.add("returned")
    if _BOUGHT.intersection(tokens) or "cost" in tokens:
        found.add("bought")
    return found


# Put in or taken out: "had a log burner fitted" / "had a log burner taken out".
_FITTED = frozenset(["fitted", "fit", "fits", "installed", "install", "installs"])
_PUT_IN = frozenset(["put", "puts", "went", "goes"])
_TAKEN = frozenset(["taken", "took", "take", "takes", "ripped", "pulled"])
_REMOVED = frozenset(["removed", "remove", "removes"])


def _fitted_or_removed(tokens: list[str]) -> set[str]:
    pairs = list(itertools.pairwise(tokens))
    if _REMOVED.intersection(tokens) or any(a in _TAKEN and b == "out" for a, b in pairs):
        return {"removed"}
    put_in = any(a in _PUT_IN and b in ("in", "into") for a, b in pairs)
    if put_in or _FITTED.intersection(tokens):
        return {"fitted"}
    return {"cleaned"} if _CLEANED.intersection(tokens) else set()


# Cleaned where it is, neither taken out nor put in: "had 4 teeth cleaned" / "taken out".
_CLEANED = frozenset(["cleaned", "polished", "whitened", "scaled", "descaled"])


# Put off or let off: "had their jury summons deferred" / "was excused from it".
_PUT_OFF = frozenset(["deferred", "defer", "postponed", "postpone", "delayed", "delay"])
_PUT_OFF_PHRASES = frozenset([("put", "back"), ("put", "off"), ("pushed", "back")])
_EXCUSED = frozenset(["excused", "exempted", "exempt"])


def _put_off_or_excused(tokens: list[str]) -> set[str]:
    if _EXCUSED.intersection(tokens) or ("let", "off") in itertools.pairwise(tokens):
        return {"excused"}
    put_off = _PUT_OFF_PHRASES.intersection(itertools.pairwise(tokens))
    return {"deferred"} if put_off or _PUT_OFF.intersection(tokens) else set()


# Put up for an award or given it: "was nominated for the Unsung Hero award" / "won it".
_NOMINATED = frozenset(["nominated", "shortlisted", "nominee", "runner-up"])
_WON = frozenset(["won", "win", "wins", "winning", "awarded", "received", "given"])


def _won_or_nominated(tokens: list[str]) -> set[str]:
    if _NOMINATED.intersection(tokens):
        return {"nominated"}
    went_to = ("went", "to") in itertools.pairwise(tokens) and "award" in tokens
    return {"won"} if went_to or _WON.intersection(tokens) else set()


def _roles(tokens: list[str]) -> set[str]:
    """Relation words said of the subject, what it is rather than someone else ("User is
    a high school math teacher", "works as a nurse", "is a parent of 3 children"): after
    "is a" or "as a" and up to three words, none of them possessive, or "is the" with "of"
    after it ("is the manager of the football team") (`tokens` in lower case)."""
    roles = set()
    for index, token in enumerate(tokens):
        if _relation(token) is None:
            continue
        of_after = tokens[index + 1 : index + 2] == ["of"]
        for back in range(index - 1, max(-1, index - 5), -1):
            word = tokens[back]
            if word in ("a", "an") or (word == "the" and of_after):
                if back and tokens[back - 1] in BE_AS:
                    roles.add(str(_relation(token)))
                break
            if _possessive(word) or word in RELATIONS:
                break
    return roles


@lru_cache(maxsize=1024)  # a memory is compared with a few others, each reading its signs
def _signs(text: str) -> Signs:
    """Read from the comparable wording: "two" and "2" are one number, "has got" is no
    past, "was born" tells no tense."""
    tokens = _tokens(comparable(text))
    lower = set(tokens)
    subject = _subject(tokens)
    said = " ".join(tokens)
    # "every second week" is how often, "second-hand" how it was had: no second of a kind.
    every_second = {"second"} if "every second" in said or "second hand" in said else set()
    numbers = frozenset(
        t for t in lower - ONE - every_second if t.isdigit() or t in NUMBER_WORDS or t in COLOURS
    ) | _letters(text)
    numbers |= {unit[1] for unit in map(_WITH_UNIT.match, lower) if unit is not None}
    numbers |= {token for token in lower if _BY.match(token)}
    numbers |= {t[:-2] for t in lower if t.endswith("'s") and t[:-2].isdigit()}  # "2026's"
    if _FINISHED_LAST.search(said):  # "came last in the dads' race" did not win it
        numbers |= {"last"}
    numbers |= lower & RANKS
    # "half a litre of kefir" is not "a litre of kefir"; "halfway through" a course is half
    if lower & {"half", "halfway"}:
        numbers |= {"half"}
    numbers |= _materials(text)
    numbers |= {
        f"{t} milk" for t, after in itertools.pairwise(tokens) if after == "milk" and t in MILKS
    }
    numbers |= _part_of_month(tokens)
    relations = _relations(tokens)
    if {"mother", "father"} <= relations:  # "User's mum and dad" are their parents
        relations = relations - {"mother", "father"} | {"parents"}
    return (
        subject,
        frozenset(relations - _roles(tokens)),
        _negated(tokens),
        bool(lower & DISLIKE),
        bool(lower & ENDINGS) or any(t.endswith("ectomy") for t in lower),  # "appendectomy"
        _held_for_a_time(tokens),
        _intent(tokens),
        _past(tokens, subject),
        numbers,
        _alternate(tokens),
    )


_BURNT = frozenset(["burner", "burners", "stove", "fire", "pile", "store", "pigeon", "chips"])


_LOOKS = {**MATERIALS, **PATTERNS}


def _materials(text: str) -> frozenset[str]:
    """What things are said to be made of or patterned with, from the words as written:
    "the Royal Oak" is a pub, and "wood" a wood burner burns is its fuel. A tree of a wood
    is said one way: "an oak", "an oak tree", "2 oaks"."""
    words = _WORD.findall(_TREE_OF_A_WOOD.sub(r"\1", text))
    return frozenset(
        _LOOKS[word]
        for word, after in itertools.pairwise([*words, ""])
        if word in _LOOKS and not (word == "wood" and after.lower() in _BURNT)
    )


_TREE_OF_A_WOOD = re.compile(r"\b(oak|pine|walnut|teak)(?:s\b| trees?\b)")


_EARLY_OR_LATE = frozenset(["early", "late", "mid"])
_MONTHS_AND_SEASONS = frozenset(
    [
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
        *("spring", "summer", "autumn", "winter"),
    ]
)


def _part_of_month(tokens: list[str]) -> frozenset[str]:
    """ "early August" is not "late August", "late 2020" not "early 2020"."""
    return frozenset(
        f"{t} part"
        for t, after in itertools.pairwise(tokens)
        if t in _EARLY_OR_LATE and (after in _MONTHS_AND_SEASONS or after in _YEARS)
    )


def _held_for_a_time(tokens: list[str]) -> frozenset[str]:
    """Whether a thing was rented, let out, lent or borrowed rather than had or given."""
    words = [t.removesuffix("'s") for t in tokens]
    # "rents out their cottage" / "their cottage is let out": the landlord's side
    # ("let their log cabin out", "rent it to tenants")
    let_out = {
        i
        for i, w in enumerate(words)
        if (w in RENTED or w in _LET)
        and ("out" in _up_to_a_phrase(words[i + 1 : i + 8]) or words[i + 1 : i + 2] == ["to"])
    }
    kinds = {"rented": RENTED, "lent": LENT, "borrowed": BORROWED}
    said = [w for i, w in enumerate(words) if i not in let_out]
    found = {kind for kind, signs in kinds.items() if signs.intersection(said)}
    if let_out:
        found.add("let out")
    for index, word in enumerate(words):
        if word in LOANS:
            taken = TAKING_LOANS.intersection(words[max(index - 6, 0) : index])
            found.add("borrowed" if taken else "lent")
    return frozenset(found)


_LET = frozenset(["let", "lets", "letting"])


def _up_to_a_phrase(words: list[str]) -> list[str]:
    """`words` up to the next phrase: "hired a skip for 280 pounds to clear out" lets
    nothing out."""
    ends = [i for i, w in enumerate(words) if w in ("to", "for", "so", "and", "because")]
    return words[: ends[0]] if ends else words


# Every other time is half as often: "every other Thursday", "every second week",
# "alternate Thursdays", "once a fortnight" against "every Thursday" or "on Thursdays".
_ALTERNATE_AFTER_EVERY = frozenset(["other", "second"])
_ALTERNATE = frozenset(["alternate", "fortnight", "fortnightly", "biweekly"])


def _alternate(tokens: list[str]) -> bool:
    return any(
        t in _ALTERNATE or (t == "every" and tokens[i + 1 : i + 2] in (["other"], ["second"]))
        for i, t in enumerate(tokens)
    )


# "Nothing but hand luggage" is only hand luggage, no negation.
_EXCEPT = frozenset(["but", "except", "besides"])


def _negated(tokens: list[str]) -> int:
    """How many negations, or things that nearly happened or were tried ("User's house
    nearly flooded" did not flood; "nearly always" and "almost 3" are amounts): "has had
    her first jab but can't go out" is not "hasn't had her first jab and can't go out"."""
    return sum(
        map(
            bool,
            (
                (
                    t in NEGATIONS
                    and tokens[i : i + 2] not in _ALWAYS  # "without fail": every time
                    and not (
                        t in ("nothing", "none", "no")
                        and tokens[i + 1 : i + 2]
                        and tokens[i + 1] in _EXCEPT
                    )
                    # one negation in "no longer", "doesn't need them anymore", as in
                    # "stopped needing them"
                    and not (t in _ANY_LONGER and NEGATIONS.intersection(tokens[max(0, i - 6) : i]))
                )
                or (t in _NEARLY and _nearly_done(tokens[i + 1 : i + 2]))
                or (t in _TRIED and tokens[i + 1 : i + 2] == ["to"])
                or (t in _REFUSED and tokens[i + 1 : i + 2] == ["to"])  # "won't fix"
                # "was turned down for", "Arup turned User down for"
                or (t in _TURNED and _down(tokens[i + 1 : i + 3]))
                or (t in _MISSED and _missed_it(tokens[i + 1 : i + 3]))
                or (t == "missed" and _missed_an_event(tokens[i + 1 : i + 8]))
                or (t in _BACKED and tokens[i + 1 : i + 2] == ["out"])  # "chickened out of a walk"
                or (t in _WITHDREW and tokens[i + 1 : i + 3] == ["out", "of"])  # "pulled out of"
                or (t in _CALLED_OFF and tokens[i - 1 : i] != [] and tokens[i - 1] in _PASSIVE)
                # "High winds got the display cancelled", as "it was cancelled"
                or (t in _CALLED_OFF and "got" in tokens[max(0, i - 8) : i])
                # "have cancelled their order for a cake" did not order one after all, nor
                # did "had to cancel giving blood" give it
                or (t in _CALLED_OFF and _called_off_thing(tokens[i + 1 : i + 2]))
                # "did not stop" is no "stopped": the stop is negated, not said
                or (t in _STOP and NEGATIONS.intersection(tokens[max(0, i - 2) : i]))
                for i, t in enumerate(tokens)
            ),
        )
    )


_ALWAYS = [["without", "fail"], ["without", "exception"]]


def _called_off_thing(following: list[str]) -> bool:
    return bool(following) and (following[0] in _WHOSE or following[0].endswith("ing"))


_ANY_LONGER = frozenset(["anymore", "longer"])
_STOP = frozenset(["stop", "stops", "stopping"])
_TURNED = frozenset(["turned", "turn", "turns", "turning"])


def _down(after: list[str]) -> bool:
    return after[:1] == ["down"] or after in (["user", "down"], ["them", "down"])


# "the balloon ride was cancelled" did not happen; "a strike cancelled their train" says
# what else happened
_CALLED_OFF = frozenset(
    ["cancelled", "canceled", "postponed", "cancel", "cancels", "postpone", "postpones"]
)
_WHOSE = frozenset(["their", "our", "my", "his", "her", "the", "user's"])
# "missed seeing the Stone Roses" did not see them, nor did "missed out on" an award come
# ("missed their flight" says what it says)
_MISSED = frozenset(["missed", "misses", "miss", "missing"])


_BACKED = frozenset(["chickened", "backed", "bottled", "chickens", "backs", "bottles"])
_WITHDREW = frozenset(["pulled", "pulls", "dropped", "drops"])


def _missed_it(after: list[str]) -> bool:
    return after == ["out", "on"] or (after != [] and after[0].endswith("ing"))


# What one goes to: "missed their graduation ceremony" did not go ("missed a penalty in
# the final", "missed their cat" say other things).
_GONE_TO = frozenset(
    [
        *("ceremony", "wedding", "funeral", "party", "concert", "gig", "set", "match"),
        *("show", "performance", "recital", "graduation", "christening", "reunion"),
        *("appointment", "interview", "meeting", "screening", "premiere", "parade"),
        *("clinic", "class", "lesson", "session", "rehearsal", "exam", "race"),
    ]
)


def _missed_an_event(after: list[str]) -> bool:
    """Whether the thing missed, up to its first preposition, is an event."""
    thing = itertools.takewhile(lambda t: t not in PHRASE_ENDS, after)
    return any(t in _GONE_TO for t in thing)


# What was tried is not done: "Someone tried to steal User's bike" did not steal it.
# Refusing to do a thing is not doing it: "is refusing to fix the damp" / "won't fix".
_REFUSED = frozenset(["refuse", "refuses", "refused", "refusing"])
_TRIED = frozenset(["tried", "tries", "trying", "attempted", "attempts", "attempting"])


_NEARLY = frozenset(["nearly", "almost"])
_AMOUNT_WORDS = frozenset(
    ["always", "never", "every", "all", "each", "everyone", "everything", "daily", "half"]
)


def _nearly_done(after: list[str]) -> bool:
    return bool(after) and after[0] not in _AMOUNT_WORDS and not after[0].isdigit()


_MODALS = frozenset(["should", "would", "could", "will", "might"])
_ASKED = frozenset(["who", "which", "what", "how", "whether", "where"])
_SAYS = frozenset(["says", "said", "thinks", "reckons", "reckoned", "expects"])


def _asked_about(before: list[str]) -> bool:
    """A question word just before a modal ("over which of them should fund"), not one
    that opens what someone says will be ("which he says will take 3 weeks")."""
    return bool(_ASKED.intersection(before)) and not _SAYS.intersection(before)


def _intent(tokens: list[str]) -> bool:
    """A word of intent; "may" the month is none ("on May 3", "3 May", "in May"), nor
    "will" of a habit ("User will always ask for a window seat")."""
    for index, token in enumerate(tokens):
        if token == "getting" and (
            _getting_to_be(tokens[index + 1 : index + 3]) or tokens[index - 1 : index] in _BE
        ):
            return True  # "are getting divorced", "is getting a hot tub": not yet so
        if token in _UNDER_WAY and tokens[index - 1 : index] in _FOR_A_DOING:
            continue  # "got docked 3 points for turning up": a reason, not under way
        if token in _UNDER_WAY or (token, tokens[index + 1 : index + 2]) in _AIMING:
            return True  # "standing for treasurer", "training to be a first aider"
        if token == "being" and _made_into(tokens[index + 1 : index + 6]):
            return True  # "the garage is being turned into a playroom": not one yet
        if token in _DEALING and (
            tokens[index - 1 : index] in _BE or tokens[index - 2 : index] == ["will", "be"]
        ):
            return True  # "is buying a 2009 Skoda": not theirs yet
        if token == "going" and _going_to_do(tokens[index + 1 : index + 3]):
            return True  # "is going to stand for the council", said as "gonna" or "will"
        if token not in INTENT:
            continue
        before = tokens[index - 1] if index else ""
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in _MODALS and _asked_about(tokens[max(index - 3, 0) : index]):
            continue  # "fell out over who should pay": a question, no one's intent
        if token == "will" and (after in HABITS or after == "not"):  # "won't eat pork"
            continue
        if token == "will" and after == "be" and _doing(tokens[index + 2 : index + 4]):
            continue  # "will be sea fishing in June" as "are going sea fishing": a plan made
        if token == "would" and after not in _WISHES and after != "have":
            continue  # "would cover 3 months": no wish; "would have been" is what was not
        if token in ("could", "will") and "so" in tokens[max(index - 3, 0) : index]:
            continue  # "so they could travel", "so it'll be ready": what it is for, no wish
        if token in _WANTED and _A_REASON.intersection(tokens[max(index - 3, 0) : index]):
            continue  # "bought it because they wanted help with ...": a reason, no wish
        if token == "meaning" and after != "to":  # "keep meaning to", not "the meaning of"
            continue
        if token == "next" and after == "door":  # "lives next door to": a place
            continue
        if token.startswith("aim") and after == "at":  # "aiming at a target": a throw's aim
            continue
        if token in _BEGINNING and before not in _BE_WORDS and not before.endswith("'s"):
            continue  # "a jury summons starting on Monday 3 March": a date, no one's intent
        if token.startswith("offer") and before in _OFFERED:  # "waiting to be offered one"
            continue
        if token.startswith("offer") and after in ("user", "them"):  # "Arriva offered User"
            continue
        if token != "may":
            return True
        if not (after.isdigit() or before.isdigit() or before in BEFORE_MONTH):
            return True
    return False


def _doing(after: list[str]) -> bool:
    return any(word.endswith("ing") for word in after)


def _made_into(after: list[str]) -> bool:
    return bool(after) and after[0] in _MADE_INTO and "into" in after


_BEGINNING = frozenset(["starting", "beginning"])
_WANTED = frozenset(["wanted", "hoped", "wished"])
_A_REASON = frozenset(["because", "since"])
_BE = (["is"], ["am"], ["are"])
# What "would" wishes: "would like", "would rather".
_WISHES = frozenset(["like", "love", "prefer", "rather", "want", "enjoy", "consider", "hate"])
# On the way to a role or a state, not in it yet.
_AIMING = [
    ("standing", ["for"]),
    ("running", ["for"]),
    ("applying", ["for"]),
    ("applying", ["to"]),
    ("working", ["towards"]),
    ("working", ["toward"]),
    ("training", ["to"]),
    ("training", ["as"]),
    ("trying", ["to"]),
]
# What the user has asked for they have not had yet, nor only mean to ask: "User has asked
# for a discount", "User requested a refund", "has asked to defer" (not what a letter
# asked for).
_ASKED_FOR = (
    ("asked", ["for"]),
    ("asked", ["to"]),
    ("requested", None),
    ("applied", ["for"]),  # "has applied for a replacement passport" / "is going to apply"
    ("applied", ["to"]),
)
_WHO_ASKS = frozenset(["user", "has", "have"])
# A change under way is not yet what it makes: "is turning the spare room into an office".
_FOR_A_DOING = [["for"], ["after"], ["by"], ["without"]]
_UNDER_WAY = frozenset(
    # "is hiring a senior engineer" is not being one.
    ["turning", "converting", "switching", "becoming", "transforming", "hiring", "recruiting"]
)

# What is offered to the user is no offer of theirs.
_OFFERED = frozenset(["be", "been", "being", "was", "were", "is", "are", "am", "get", "got"])

# A deal, move or entry under way, after a form of "be": "is buying a Skoda" does not have
# one yet, "is selling the flat" still has it, "are moving to Gdansk" do not live there
# yet, "will be entering the championships" has not entered them.
_DEALING = frozenset(
    [
        "buying",
        "purchasing",
        "selling",
        "ordering",
        "moving",
        "relocating",
        "emigrating",
        "entering",
    ]
)


# Where one goes to, not what one is going to do ("going to work", "going to school").
_DESTINATIONS = frozenset(
    ["work", "school", "church", "bed", "class", "college", "university", "market", "town"]
)


# Words of a wish, not a plan or a deal under way: "would like to sell", "hopes to sell".
_WISH_WORDS = frozenset(
    ["want", "wants", "wanted", "wish", "wishes", "hope", "hopes", "hoping", "dream", "dreams"]
)


# Words that make a role another rank: "a lance corporal" is no "corporal", nor a "deputy
# head" a "head".
_RANK_WORDS = frozenset(
    ["lance", "vice", "deputy", "assistant", "junior", "senior", "chief", "trainee", "sous"]
)


def _someone_elses(text: str, one: list[str], other: list[str]) -> bool:
    """A thing of someone of the user's who is named only on one side: "User's bassist's
    amp blew a valve" / "User's amp blew a valve" (kin are `_relations`' to tell; a name
    is none, "User's Crohn's disease", nor a degree, "User's master's degree")."""
    if one[:1] != ["user's"] or not one[1:2] or not one[1].endswith("'s"):
        return False
    owner = one[1].removesuffix("'s")
    if owner in RELATIONS or owner in _DEGREE_WORDS or owner.title() in text:
        return False
    if owner in other or one[1] in other:  # the other side names them too ("propagator's")
        return False
    return names_a_person(owner)


_DEGREE_WORDS = frozenset(["master", "bachelor", "doctor"])


def _without_the_user(alone: list[str], together: list[str]) -> bool:
    """One of the user's people on one side, the user with them on the other: "User's
    husband Gareth is booked on a course" / "User and their husband Gareth are booked" (not
    when the one alone does it "with them")."""
    if alone[:1] != ["user's"] or not alone[1:2] or _relation(alone[1]) is None:
        return False
    pairs = set(itertools.pairwise(alone))
    if _with_the_user(alone) or ("with", "them") in pairs or ("with", "user") in pairs:
        return False
    return _with_the_user(together) and alone[1] in together[:4]


def _with_the_user(tokens: list[str]) -> bool:
    """Whether the sentence's subject takes in the user: "User and their husband", "User's
    husband and they", "User's wife and them with a road atlas planned", "User's husband
    Geoff and golf croquet they play"."""
    if tokens[:2] == ["user", "and"]:
        return True
    joined = next((index for index, word in enumerate(tokens[:6]) if word == "and"), None)
    return joined is not None and bool(_THE_USER.intersection(tokens[joined + 1 : joined + 10]))


_THE_USER = frozenset(["user", "they", "them", "i"])


def _rank_added(one: list[str], other: list[str]) -> bool:
    """A rank in front of a role the other side holds, or does: "is vice-captain of" /
    "captains" (or "captained")."""
    return any(
        rank in _RANK_WORDS
        and rank not in other
        and any(held in other for held in (role, f"{role}s", f"{role}ed"))
        for rank, role in itertools.pairwise(one)
    )


def _after_so(tokens: list[str]) -> list[str]:
    """What follows a clause's "so": what was done about it, whose intent is its own."""
    return tokens[tokens.index("so") + 1 :] if "so" in tokens[1:] else []


def _wished_not_done(one: list[str], other: list[str]) -> bool:
    """A deal wished for on one side and under way on the other: "User would like to sell
    their tea cosies" / "User is selling their tea cosies"."""
    return _wished(one) and not _wished(other) and _dealing(other)


def _wished(tokens: list[str]) -> bool:
    return bool(_WISH_WORDS.intersection(tokens)) or any(
        would == "would" and wish in _WISHES for would, wish in itertools.pairwise(tokens)
    )


def _dealing(tokens: list[str]) -> bool:
    return any(word in _DEALING and [be] in _BE for be, word in itertools.pairwise(tokens))


def _who_asks(before: list[str]) -> bool:
    """The user, or "has", right before; an adverb between ("has just applied")."""
    if before[-1:] and before[-1] in _JUST:
        before = before[:-1]
    return bool(before) and before[-1] in _WHO_ASKS


_JUST = frozenset(["just", "already", "recently", "also", "finally", "now"])


def _asked(tokens: list[str]) -> bool:
    return any(
        _who_asks(tokens[max(index - 2, 0) : index])  # not the whole text before, each time
        and any(
            token == word and after in (None, tokens[index + 1 : index + 2])
            for word, after in _ASKED_FOR
        )
        for index, token in enumerate(tokens[1:], 1)
    )


def _going_to_do(after: list[str]) -> bool:
    return (
        len(after) == 2
        and after[0] == "to"
        and after[1] not in _DESTINATIONS
        and can_be_verb(after[1])
    )


def _getting_to_be(after: list[str]) -> bool:
    """ "getting divorced", "getting a divorce"."""
    words = [t for t in after if t not in _UNSAID][:1]
    return bool(words) and (words[0] in ENDINGS or words[0] in BONDS)


# Words that end a "since ..." clause.
_CLAUSE_ENDS = frozenset(["but", "and", "because", "so", "although"])


def _past(tokens: list[str], subject: str) -> bool:
    """Whether the sentence is in the past: a word that says so, or a past form as its
    verb (right after who does it, or right before the user it was done to). A "since
    ..." clause tells when a present began
    ("has had asthma since they were a kid"), and "had" after "has" is no past. A clause
    that opens the sentence ends where its subject comes back: the comma is gone from the
    tokens ("Since the accident, User was afraid of driving")."""
    since = 0  # words into a "since ..." clause; 0 outside one
    for index, token in enumerate(tokens):
        if token == "since" or tokens[index - 1 : index + 2] == ["dates", "from", "when"]:
            since = 1  # "User's allergy dates from when they were stung": since then
        elif token in _CLAUSE_ENDS or (since > 1 and token.removesuffix("'s") == subject):
            since = 0
        elif since:
            since += 1
        if since or (token == "had" and _after_has(tokens, index)):
            continue
        if token in _SPAN_ENDS and "from" in tokens[max(0, index - 5) : index]:
            continue  # "works from 10 at night until 7": the span of a shift
        if token in PAST:
            return True
        before = tokens[index - 1].removesuffix("'s") if index else ""
        if before in ("each", "both") and index > 1:  # "User and others each paid"
            before = tokens[index - 2]
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token == "got" and _is_past(after) and before not in _HAVE:
            return True  # "the strap got chewed through by a goat", as "was chewed" is
        # "User badly cut their thumb": who did it, before the adverb
        doer = tokens[index - 2] if before.endswith("ly") and index > 1 else before
        if (
            token in _SAME_IN_PAST
            and (
                doer in ("user", "they", "others")
                or _verb_of_users_thing(tokens, index)
                or _verb_of_a_thing(tokens, index)  # "A pipe burst under ... in 2022"
            )
            and _DATED_PAST.intersection(tokens)
            and not _still_so(tokens)
        ):
            return True  # "User cut down a tree in 2019", "User's pass cost 423 euros in 2023"
        if (
            token in _SAME_IN_PAST
            and (
                doer in ("user", "others")
                # (a thing of theirs, not one of their people: "User's son Alfie set his
                # record in June" / "Alfie's record is 312 bounces, set in June")
                or (_verb_of_users_thing(tokens, index) and not _relations(tokens[:index]))
                or _verb_of_a_thing(tokens, index)
            )
            and _in_a_month(tokens)
        ):
            return True  # "User put a dartboard up in March": "puts" were it now
        if token == "cost" and _cost_then(tokens, index):
            return True  # "User's treatment cost 3,800 pounds": "costs" is the present
        if not _is_past(token) or _describes_users_thing(tokens, index):
            continue
        if before in _PLACE_WORDS:
            continue  # "User's wedding at Pencoed House": a name, no verb
        if _counted_kind(tokens, index):
            continue
        if _fronted_participle(tokens, index):
            continue
        if before in BEFORE_VERB and tokens[index - 2 : index - 1] in _BE:
            continue  # "Jacob is only allowed by User to ride": a passive, now
        if not before or before in SELF or before in BEFORE_VERB or before == subject:
            return True
        if token in _LOOK_WORDS and is_noun(after):
            continue  # "his yellow diamond-shaped kite": how the kite looks, no verb
        if before == "having":
            return True  # "works in Brisbane, having moved there in 2021"
        if before in _SOMEONE or _done_to_them(tokens, index):
            return True  # "Someone nicked User's bike", "a jellyfish stung User"

        if _possessed_subject(tokens, index) or _after_joint_subject(tokens, index):
            return True
        if _verb_of_users_thing(tokens, index):
            return True  # "User's 2022 tandem skydive at Hibaldstow raised ..."
        if _verb_of_a_thing(tokens, index):
            return True  # "A clinic in Leeds lasered a tattoo off User's wrist"
    return False


# Words of a thing's look that end as a past does: "a diamond-shaped kite", "a
# long-sleeved shirt".
_LOOK_WORDS = frozenset(
    [
        *("shaped", "sized", "coloured", "colored", "themed", "haired", "eyed", "legged"),
        *("sided", "heeled", "sleeved", "necked", "tailed", "winged", "topped", "striped"),
    ]
)
_NO_KIND_AFTER = frozenset(["user", "them", "in", "on", "at", "to", "for", "from", "with", "by"])


def _counted_kind(tokens: list[str], index: int) -> bool:
    """Whether the "-ed" word at `index` tells what a thing is like, after a count and
    before the thing: "a 3-tiered cake stand", "a 4-legged stool"; not "User's neighbour at
    number 41 opened their parcel", "in 2023 raised"."""
    before, after = tokens[index - 1 : index], tokens[index + 1 : index + 2]
    return (
        before != []
        and before[0].isdigit()
        and len(before[0]) < 3
        and after != []
        and after[0] not in _NO_KIND_AFTER
        and after[0] not in _DETERMINERS
        and not _possessive(after[0])
    )


def _in_a_month(tokens: list[str]) -> bool:
    """Whether a month or season is named as when ("in March"), not how often."""
    return any(
        t == "in" and tokens[i + 1 : i + 2] != [] and tokens[i + 1] in _MONTHS_AND_SEASONS
        for i, t in enumerate(tokens)
    ) and not _OFTEN.intersection(tokens)


_OFTEN = frozenset(["every", "each", "always", "usually", "often", "normally"])


def _cost_then(tokens: list[str], index: int) -> bool:
    """Whether "cost" follows one thing, then what: "The MOT on User's car cost 245
    pounds", "Invisalign cost User 3,800 pounds"; not "Lessons cost 30 pounds"."""
    before, after = tokens[index - 1 : index], tokens[index + 1 : index + 2]
    # "User's classes at Flying Fantastic in Manchester cost": the thing before the place
    # (in one phrase: "User's fitting is on 2 August, and the alterations ... cost")
    if tokens[:1] == ["user's"] and not _STATES.union(["and"]).intersection(tokens[:index]):
        head = next((i for i in range(2, index) if tokens[i] in _PLACE_WORDS), index)
        before = tokens[head - 1 : head]
    # ("a chair that cost them": a clause's own tense)
    plural = before != [] and before[0].endswith("s") and not before[0].endswith("ss")  # "dress"
    singular = before != [] and before[0] not in ("that", "which") and not plural
    return singular and after != [] and (after[0] in ("user", "them") or after[0][0].isdigit())


def _done_to_them(tokens: list[str], index: int) -> bool:
    """Whether the past form at `index` is done to the user, its object: "a jellyfish
    stung User"; not "have booked User in" (a present perfect), "a test showed User is
    allergic" (a clause), "left User claustrophobic" (a state that lasts); or to a thing of
    theirs, a particle between ("Storm Ciaran blew over User's greenhouse")."""
    after = (
        index + 2 if tokens[index + 1 : index + 2] and tokens[index + 1] in PARTICLES else index + 1
    )
    return (
        tokens[after : after + 1] in (["user"], ["user's"])
        and tokens[index - 1 : index] != []
        and tokens[index - 1] not in _AUXILIARIES
        and tokens[index] != "left"
        and not (tokens[after + 1 : after + 2] and _verb_said(tokens[after + 1]))
    )


def _verb_of_users_thing(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is the first verb after "User's ...", or after some of
    them: "User's 15-day Interrail pass cost them 423 euros", "3 of User's pots split"."""
    before = tokens[index - 1]
    start = 2 if tokens[1:3] == ["of", "user's"] and _some(tokens[0]) else 0
    if tokens[start : start + 1] != ["user's"] or _possessive(before) or before in _DETERMINERS:
        return False  # "User's seat in the women's coxed 4": a word describing a thing
    # ("User's crested gecko, Pickle, came ...": "crested" describes the gecko)
    return not any(
        _verb_said(t) and not _describes_users_thing(tokens, i)
        for i, t in enumerate(tokens[start + 1 : index], start=start + 1)
    )


def _some(token: str) -> bool:
    """A number or a word for some of a number of things ("3 of", "both of")."""
    return token.isdigit() or token in NUMBER_WORDS or token in _SOME_OF


_SOME_OF = frozenset(["some", "all", "both", "most", "none", "several", "many"])


def _verb_of_a_thing(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is the first verb of a sentence that starts with "a" or
    "the" thing, an ordinal or a title: "The Unsung Hero award at the office party went to
    User", "First prize at the show went to ...", "Dr Patel at Kingsway Dental took out
    ...", after a date in front ("In December 2022 a pipe burst ...")."""
    start = _after_a_date(tokens)
    then = tokens[index + 1 : index + 3]
    return (
        tokens[start : start + 1] != []
        and tokens[start] in _THING_STARTS
        and start + 1 < index <= start + 12
        and tokens[index - 1] not in _DETERMINERS
        and tokens[index] not in _NAMING
        and then[:1] != ["by"]  # "is owned by": a passive
        and not any(  # "showed User is allergic": a clause ("User's collapsed wall": none)
            _verb_said(t) and not _describes_users_thing(tokens, i)
            for i, t in enumerate(then, start=index + 1)
        )
        and not any(
            _verb_said(t) and t not in _NAMING and tokens[i - 1] not in _NAMING
            for i, t in enumerate(tokens[start + 1 : index], start=start + 1)
        )
    )  # ("A builder called Gary Hollis rebuilt ...": a name given is no verb of its own, nor
    # is the name, "a goat called Nibbles chewed")


def _after_a_date(tokens: list[str]) -> int:
    """Where the sentence goes on after "in 2022", "in December 2022" or "on (the night
    of) 3 November" in front; 0 when no date is there."""
    if tokens[:1] == ["on"]:
        return _after_a_day(tokens)
    if tokens[:1] != ["in"]:
        return 0
    words = 2 if tokens[1:2] and tokens[1] in _MONTHS_AND_SEASONS else 1
    return 1 + words if tokens[words : words + 1] and tokens[words] in _YEARS else 0


def _after_a_day(tokens: list[str]) -> int:
    """`_after_a_date` for "on 3 November (2025)" and "on the night of 3 November"."""
    day = 4 if tokens[1:2] == ["the"] and tokens[2:3] and tokens[2] in _DAYTIMES else 1
    if day == 4 and tokens[3:4] != ["of"]:
        return 0
    said = tokens[day : day + 3]
    if len(said) < 2 or not said[0].isdigit() or said[1] not in _MONTHS_AND_SEASONS:
        return 0
    return day + 3 if said[2:] and said[2] in _YEARS else day + 2


_NAMING = frozenset(["called", "named", "known"])  # "A racehorse called Copper Kettle"
_THING_STARTS = frozenset(
    ["a", "an", "the", "first", "second", "third", "dr", "mr", "mrs", "ms", "miss", "prof"]
)


def _verb_said(token: str) -> bool:
    """A verb's form, past or present ("raised", "is", "gets", "costs")."""
    present = token.endswith("s") and not token.endswith("ss") and can_be_verb(token)
    return _is_past(token) or token in _AUXILIARIES or token in _PASSIVE or present


def _fronted_participle(tokens: list[str], index: int) -> bool:
    """ "Framed in User's hallway is ...": a participle first, then where."""
    return index == 0 and tokens[1:2] != [] and tokens[1] in PHRASE_ENDS


def _describes_users_thing(tokens: list[str], index: int) -> bool:
    """Whether an "-ed" word right after "User's" comes before the thing it describes:
    "User's bearded dragon lives ...", "User's rented flat"; not "User's moved to Leeds"."""
    after = tokens[index + 1 : index + 2]
    return (
        tokens[index - 1 : index] == ["user's"]
        and bool(after)
        and after[0] not in PHRASE_ENDS
        and after[0] not in _DETERMINERS
        and not after[0].isdigit()
    )


def _after_joint_subject(tokens: list[str], index: int) -> bool:
    """Whether the word at `index` is the verb of "User and their next-door neighbour"."""
    return (
        tokens[:3] == ["user", "and", "their"]
        and index <= 7
        and tokens[index - 1] not in _AUXILIARIES
        and not any(_is_past(t) for t in tokens[3:index])
    )


_SPAN_ENDS = frozenset(["until", "till"])
# No verb comes right after these: a word ending as a past does is a name ("at Pencoed").
_PLACE_WORDS = frozenset(["at", "in", "on", "near", "from", "to", "into"])
# Verbs whose past is their base form, and what dates them in the past.
_SAME_IN_PAST = SAME_IN_PAST | {"cost"}
_YEARS = frozenset(str(year) for year in range(1900, 2100))
# A year before this one is past ("in 2019"); this one may be either.
_DATED_PAST = frozenset(
    ["ago", "yesterday", "last", *(str(year) for year in range(1900, date.today().year))]
)


def _still_so(tokens: list[str]) -> bool:
    """ "still" before a verb or after "is": "and still runs it", "they are still a member"
    go on; "years still to go" does not."""
    return any(
        t == "still"
        and tokens[i + 1 : i + 2] not in ([], ["to"])
        and (can_be_verb(tokens[i + 1]) or tokens[i - 1 : i] in _BE)
        for i, t in enumerate(tokens)
    )


def _possessed_subject(tokens: list[str], index: int) -> bool:
    """Whether the word before `index` ends a subject that is something of someone's:
    "User's sister lived", "their older brother moved", "User's phone contract ran out";
    not "a cat named Luna", "User's cat is named Luna", "User's plants get watered",
    "User's car's leased"."""
    before = tokens[index - 1]
    start = max(0, index - 3)
    if "law" in tokens[start:index]:  # "their father-in-law Keith gave": one word, 3 tokens
        start = max(0, start - 2)
    window = tokens[start : index - 1]
    return (
        before not in _AUXILIARIES
        and before not in _PASSIVE
        and not before.endswith("'s")
        and any(_possessive(t) for t in window)
        # "User has their grandad's medals stored": the possessed thing is what User has,
        # and its participle tells how it is kept.
        and not _HOLDING.intersection(tokens[max(0, index - 5) : index - 1])
    )


# Words between "has" and its participle: "has always had", "has not had".
_BETWEEN_HAS = frozenset(["not", "never", "always", "already", "just", "only", "ever", "also"])


def _after_has(tokens: list[str], index: int) -> bool:
    back = index - 1
    while back > 0 and index - back <= 2 and tokens[back] in _BETWEEN_HAS:
        back -= 1
    return back >= 0 and tokens[back] in ("has", "have")


def _possessive(token: str) -> bool:
    return token.endswith("'s") or token in ("my", "their", "his", "her", "our", "your")


def _is_past(token: str) -> bool:
    if token in IRREGULAR_PAST or (token.startswith("re") and token[2:] in IRREGULAR_PAST):
        return True  # "rebuilt", "retook"
    return len(token) > 4 and token.endswith("ed") and token not in NOT_PAST


# A plan not yet made, whatever else is meant: "planning to" a sale is one, "thinking of" it
# another.
_TENTATIVE = re.compile(r"\b(?:thinking (?:of|about)|considering|might|wondering|toying)\b")


def differs(a: str, b: str) -> bool:
    """Whether a sign says `a` and `b` are different facts, however close their meaning.
    Names and roles differ only when each side has one the other lacks: "User is a math
    teacher" says more than "User teaches math", not something else."""
    signs_a, signs_b = _signs(a), _signs(b)
    if signs_a != signs_b:
        return True
    said_a, said_b = comparable(a), comparable(b)
    if bool(_TENTATIVE.search(said_a)) != bool(_TENTATIVE.search(said_b)):
        return True  # "are thinking of selling Dad's bungalow" / "are selling" it
    tokens_a, tokens_b = _tokens(said_a), _tokens(said_b)
    if _other_parts_of_day(tokens_a, tokens_b):
        return True  # "every morning and evening" / "every evening"
    actor_a, actor_b = _actor(tokens_a), _actor(tokens_b)
    if actor_a is not None and actor_b is not None and actor_a != actor_b:
        return True
    # "Someone reversed into User's car" / "User reversed into a car"
    if (actor_a == "user" and _someone_first(tokens_b)) or (
        actor_b == "user" and _someone_first(tokens_a)
    ):
        return True
    if _transposed(tokens_a, tokens_b) or _narrowed(tokens_a, tokens_b):
        return True
    if _part_of(tokens_a, tokens_b) or _part_of(tokens_b, tokens_a):
        return True
    if _wished_not_done(tokens_a, tokens_b) or _wished_not_done(tokens_b, tokens_a):
        return True
    if _rank_added(tokens_a, tokens_b) or _rank_added(tokens_b, tokens_a):
        return True
    if _someone_elses(a, tokens_a, tokens_b) or _someone_elses(b, tokens_b, tokens_a):
        return True
    if _without_the_user(tokens_a, tokens_b) or _without_the_user(tokens_b, tokens_a):
        return True
    if _asked(tokens_a) != _asked(tokens_b):
        return True  # "has asked for a discount" has not had it, nor only plans to ask
    if _despite_not_because(tokens_a, tokens_b) or _despite_not_because(tokens_b, tokens_a):
        return True
    so_a, so_b = _after_so(tokens_a), _after_so(tokens_b)
    if so_a and so_b and _intent(so_a) != _intent(so_b):
        return True  # "is moving out, so they've advertised" / "so they're going to"
    named = _names(a, signs_a[0]) | _names(b, signs_b[0])
    if _to_and_from(tokens_a, tokens_b, named) or _to_and_from(tokens_b, tokens_a, named):
        return True
    preferred_a, preferred_b = _preference(tokens_a), _preference(tokens_b)
    if preferred_a and preferred_b and _other_preference(preferred_a, preferred_b):
        return True
    preferring = _PREFERRING.intersection(tokens_a) and _PREFERRING.intersection(tokens_b)
    if preferring and _another_alternative(preferred_a, preferred_b):
        return True
    direction_a, direction_b = _direction(tokens_a), _direction(tokens_b)
    if direction_a and direction_b and _reversed(direction_a, direction_b):
        return True
    if _other_part_or_amount(tokens_a, tokens_b) or _voice_turned(tokens_a, tokens_b):
        return True
    if _aspect_turned(tokens_a, tokens_b) or _aspect_turned(tokens_b, tokens_a):
        return True
    for sides in (
        *(_part_taken, _handed, _kept_or_parted, _fitted_or_removed),
        *(_put_off_or_excused, _won_or_nominated, _bought_or_returned),
    ):
        side_a, side_b = sides(tokens_a), sides(tokens_b)
        if side_a and side_b and side_a != side_b:
            return True
    # (difflib may align the two orders differently: both are asked)
    if _name_grown(a, b) or _name_grown(b, a) or _other_place_of_theirs(tokens_a, tokens_b):
        return True
    if _other_list(_listed_names(a), _listed_names(b)):
        return True
    if _prefixed_against(a, b) or _prefixed_against(b, a):
        return True
    if _stuff_for_a_thing(tokens_a, tokens_b) or _stuff_for_a_thing(tokens_b, tokens_a):
        return True
    grown = _head_grown(tokens_a, tokens_b)
    if grown and grown not in _names(a, signs_a[0]) | _names(b, signs_b[0]):
        return True  # "User's first job interview" / "first job"; not "hamster Nugget"
    if _begun(tokens_a) != _begun(tokens_b):
        return True
    if _compared_base(tokens_a, tokens_b) or _compared_base(tokens_b, tokens_a):
        return True
    if _habit_ended(tokens_a, tokens_b) or _habit_ended(tokens_b, tokens_a):
        return True
    changes = _changes(a, b)
    if changes is not None and (
        _compared_more(changes)
        or _particle_added(changes)
        or _where_turned(changes)
        or _way_turned(changes)
        or _tense_turned(changes)
    ):
        return True
    only_a = _names(a, signs_a[0]) | _kinds(tokens_a)
    only_b = _names(b, signs_b[0]) | _kinds(tokens_b)
    # A word the other side says too, in any case or role, is no name or kind of its own:
    # "User plays Guitar" (a fronted phrase keeps its capital) / "User is a guitar player".
    only_a, only_b = only_a - only_b - set(tokens_b), only_b - only_a - set(tokens_a)
    only_a, only_b = _not_spelled_out(only_a, a, b), _not_spelled_out(only_b, b, a)
    return bool(_unshortened(only_a, only_b)) and bool(_unshortened(only_b, only_a))


def _to_and_from(one: list[str], other: list[str], names: set[str]) -> bool:
    """A place named gone to on one side and come from on the other: "flight out to Faro"
    / "flight home from Faro" (a place said both ways on a side tells nothing; "died from
    kidney failure" / "lost to kidney failure" names no place)."""
    to_one, from_one = _after(one, ("to", "into"), names), _after(one, ("from",), names)
    to_other, from_other = _after(other, ("to", "into"), names), _after(other, ("from",), names)
    return bool((to_one - from_one) & (from_other - to_other))


def _after(tokens: list[str], words: tuple[str, ...], names: set[str]) -> set[str]:
    return {place for before, place in itertools.pairwise(tokens) if before in words} & names


_DONE_WITH = frozenset(["finished", "completed", "stopped", "quit"])


def _aspect_turned(one: list[str], other: list[str]) -> bool:
    """One verb under way on one side and done on the other: "User is quilting a blanket"
    has not quilted it ("has quilted", "quilted")."""
    under_way = {
        word[:-3]
        for before, word in itertools.pairwise(one)
        if before in _BE_WORDS and word.endswith("ing") and len(word) > 5
    }
    done = {  # a verb ("has quilted", "User quilted"), not "a rented flat"
        word[:-2]
        for index, word in enumerate(other)
        if word.endswith("ed") and len(word) > 4 and (index == 1 or other[index - 1] in _HAVE)
    }
    done |= {  # "has finished building a model" is not "is building" one
        word[:-3]
        for before, word in itertools.pairwise(other)
        if before in _DONE_WITH and word.endswith("ing")
    }
    # "is halfway through a course" has not "finished" it
    part_way = any(w in _PART_WAY and after == "through" for w, after in itertools.pairwise(one))
    return bool(under_way & done) or (part_way and bool(_DONE_WITH.intersection(other)))


_PART_WAY = frozenset(["halfway", "midway", "partway"])


_BE_WORDS = frozenset(["is", "am", "are"])
_HAVE = frozenset(["has", "have", "had"])


_PREFERS = frozenset(["prefer", "prefers", "preferred", "rather", "better", "over"])
_COMPARED_TO = frozenset(["to", "than", "over"])


def _preference(tokens: list[str]) -> tuple[str, str] | None:
    """What is preferred to what, as stems: "prefers showers to baths", "would rather have
    a shower than a bath", "likes showering better than taking a bath" all give
    ("shower", "bath")."""
    if not _PREFERS.intersection(tokens):
        return None
    # One pass: the words before are kept as it goes and the words after are read lazily,
    # so that a long text of "to"s comparing nothing stays linear. Both sides are the
    # last word of their first phrase ("cooking at home to eating out": cooking, eating;
    # "go by ferry than fly": go, fly), before it the last word at all when no phrase
    # follows "prefers" or "rather" ("likes showering better than ...").
    before = head = None
    in_head = False  # reading the first phrase after "prefers" or "rather"
    for index, token in enumerate(tokens):
        if token in _COMPARED_TO and (head or before) is not None:
            phrase = itertools.takewhile(
                lambda t: t not in PHRASE_ENDS, itertools.islice(tokens, index + 1, None)
            )
            after = [t for t in itertools.islice(phrase, 6) if _compared(t)]
            if after:
                return _stem(head or str(before)), _stem(after[-1])
        if token in _PREFERS:
            head, in_head = None, True
        elif in_head and token in PHRASE_ENDS:
            in_head = head is None  # "prefers to walk": the phrase is after the "to"
        elif in_head and _compared(token):
            head = token
        if token not in _PREFERS and _compared(token):
            before = token
    return None


# The words that say a preference without "over" ("a pergola over the patio", "Morse code
# over Zoom", "142 over 91" compare nothing).
_PREFERRING = _PREFERS - {"over"}


def _other_preference(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether two preferences are turned round: "showers to baths" / "baths to showers"."""
    return one == other[::-1]


def _another_alternative(one: tuple[str, str] | None, other: tuple[str, str] | None) -> bool:
    """Whether the one thing is preferred to another alternative: "would rather twang a
    garden fork than tap the ground" / "than pour water on the ground"."""
    if one is None or other is None:
        return False
    return one[0] == other[0] and one[1] != other[1] and _another_meaning(one[1], other[1])


def _direction(tokens: list[str]) -> tuple[tuple[str, ...], str] | None:
    """From what into what: "translates from Korean into English", "the train from London
    Waterloo to Woking" give (("korean",), "english"), (("london", "waterloo"), "woking");
    read the other way, another fact."""
    for index, token in enumerate(tokens[:-3]):
        if token != "from":
            continue
        for end in range(index + 2, min(index + 5, len(tokens) - 1)):
            if tokens[end] in ("to", "into"):
                return tuple(tokens[index + 1 : end]), tokens[end + 1]
        return None
    return None


def _reversed(one: tuple[tuple[str, ...], str], other: tuple[tuple[str, ...], str]) -> bool:
    """Whether each goes to where the other comes from (a place may take more words on one
    side: "Woking" to "London" / "London Waterloo" to "Woking")."""
    return one != other and one[1] in other[0] and other[1] in one[0]


def _compared(token: str) -> bool:
    """A word that may name what is compared: "-ing" words too ("walking to driving");
    not an adverb ("really"), but "fly" is a verb."""
    adverb = _adverb(token)
    return not (token in _NO_THING or token in _UNSAID or token in SELF or adverb)


@lru_cache(maxsize=8192)
def _adverb(token: str) -> bool:
    """ "really", "daily"; not "fly", nor a noun no adverb ("holly", "jelly", "family")."""
    return token.endswith("ly") and len(token) > 3 and (is_adverb(token) or not is_noun(token))


def _stem(word: str) -> str:
    for ending in ("ing", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)].removesuffix("e")
    return word.removesuffix("e")


def _transposed(x: list[str], y: list[str]) -> bool:
    """The same words with two things swapped: "prefers showers to baths" / "prefers
    baths to showers", "User's sister teaches User" / "User teaches User's sister"."""
    if len(x) != len(y) or sorted(x) != sorted(y):
        return False
    places = [i for i, (a, b) in enumerate(zip(x, y, strict=True)) if a != b]
    if len(places) > 2:  # who did it and to whom, from the start of the sentence
        return places[0] == 0 and _spans_swapped(x[: places[-1] + 1], y[: places[-1] + 1])
    if len(places) != 2 or not all(_is_thing(x[i]) for i in places):
        return False
    if places[1] == places[0] + 1 and COLOURS.intersection(x[i] for i in places):
        return False  # what a thing is like, in another order: "a black 3mm wetsuit"
    if _owner_moved(x, places):
        return False
    # The order of a list says nothing: "speaks English and French" / "French and English".
    between = set(x[places[0] + 1 : places[1]])
    return not (between & _LISTS and between <= _LISTS | _UNSAID)


_LISTS = frozenset(["and", "or", "nor"])
_WHERE_IT_IS = frozenset(["in", "on", "at", "by", "under", "behind", "inside", "outside"])


def _owner_moved(x: list[str], places: list[int]) -> bool:
    """Whether the user's only moves from a thing to the place it is in: "User's fan heater
    in the greenhouse" / "the fan heater in User's greenhouse" (not "User's car hit the
    van": a verb comes between)."""
    first, second = places
    between = x[first + 1 : second]
    return (
        {x[first], x[second]} == {"user's", "the"}
        and len(between) >= 2
        and between[-1] in _WHERE_IT_IS
        and not any(_verb_said(t) or _a_verb_form(t) or t in _NO_THING for t in between[:-1])
    )


def _spans_swapped(x: list[str], y: list[str]) -> bool:
    """Who did it to whom, turned round across one verb: "User's team beat the Pigeon
    Fanciers" / "the Pigeon Fanciers beat User's team"."""
    for first in range(1, len(x) - 1):
        for last in range(1, len(x) - first):
            middle = x[first : len(x) - last]
            if not middle or len(middle) > 2 or (_LISTS | _STATES_OR_MODALS).intersection(middle):
                continue  # "tea and coffee"; "X is Y" / "Y is X" says one thing
            one, other = x[:first], x[len(x) - last :]
            if y == [*other, *middle, *one] and any(_is_thing(t) for t in one + other):
                return True
    return False


# Words that open a condition or a restriction added at the end of a statement.
_LIMITS = frozenset(
    ["when", "whenever", "if", "unless", "except", "only", "during", "while", "but"]
)
# "On", "in" and "at" mostly add where or which ("is a nurse at a hospital", "works at
# Google in London", "plays guitar in a band": more said, one fact); they limit when
# they say when or on what occasion ("in summer", "on short trips", "on Fridays").
_WHERE_OR_WHEN = frozenset(["on", "in", "at"])
_OCCASIONS = frozenset(
    (  # noqa: SIM905
        "summer summers winter winters spring autumn fall weekend weekends weekday weekdays "
        "holiday holidays vacation vacations trip trips journey journeys flight flights "
        "work workdays monday mondays tuesday tuesdays wednesday wednesdays thursday "
        "thursdays friday fridays saturday saturdays sunday sundays january february march "
        "april may june july august september october november december christmas easter"
    ).split()
)


def _narrowed(x: list[str], y: list[str]) -> bool:
    """One says all the other does and then limits it: "travels with hand luggage" /
    "... on short trips"."""
    x, y = [t for t in x if t not in _UNSAID], [t for t in y if t not in _UNSAID]
    short, long = (x, y) if len(x) < len(y) else (y, x)
    if long[: len(short)] != short or len(long) == len(short):
        return False
    tail = long[len(short) :]
    # A part of the day adds to the other, as `_parts_of_day` has it ("at 9 in the evening").
    things = [t for t in tail[1:] if _is_thing(t) and t not in PARTS_OF_DAY]
    if tail[0] in _WHERE_OR_WHEN:
        return bool(_OCCASIONS.intersection(things))
    return tail[0] in _LIMITS and bool(things)


def _part_of(x: list[str], y: list[str]) -> bool:
    """One side opens with a part of the thing the other opens with, and the same verb
    follows: "The door of User's greenhouse blew off" / "User's greenhouse blew over",
    "The skylight in the flat roof on User's garage started leaking" / "User's garage's
    flat roof began to leak" (not "The result of User's blood test was 44" / "User's blood
    test came back at 44")."""
    x, y = [t for t in x if t not in _UNSAID], [t for t in y if t not in _UNSAID]
    if len(y) < 4 or y[1] not in _PART_OF or not _is_thing(y[0]) or y[0] in x:
        return False
    verb_x = next((i for i, t in enumerate(x) if _a_verb_form(t)), 0)
    verb_y = next((i for i, t in enumerate(y[2:], 2) if _a_verb_form(t)), 0)
    if verb_x < 1 or verb_y < 3 or x[verb_x - 1] not in y[2:verb_y]:
        return False
    return _one_verb(x[verb_x], y[verb_y])


def _one_verb(one: str, other: str) -> bool:
    return (one in _STARTED and other in _STARTED) or verb_base(one) == verb_base(other)


def _a_verb_form(token: str) -> bool:
    """A verb's past or "-ing" form ("blew", "started", "leaking"), not a plural noun
    WordNet also has as a verb ("shoes")."""
    return token not in _NO_THING and not token.endswith("s") and verb_base(token) is not None


_PART_OF = frozenset(["of", "in", "on"])


# Particles that turn a verb the other way: bills that have "gone up" / "gone down" ("on"
# / "off" are prepositions as often: "off eBay" / "on eBay").
_WAYS = (frozenset(["up", "down"]),)


# What is switched "on" is not switched "off": "set to switch the heating on at 6.30" /
# "off at 6.30", said within a few words of the verb ("leaves" is a noun as often).
_ON_AND_OFF = frozenset(["on", "off"])
_SWITCHING = frozenset(
    (  # noqa: SIM905
        "switch switches switched switching turn turns turned turning flick flicks flicked "
        "keep keeps kept keeping"
    ).split()
)


def _way_turned(changes: _Changes) -> bool:
    """Whether one word swapped is a particle for its opposite, all else alike."""
    for tag, i1, i2, j1, j2 in changes.opcodes:
        if tag != "replace":
            continue
        swapped = frozenset((*changes.x[i1:i2], *changes.y[j1:j2]))
        if swapped in _WAYS:
            return True
        if swapped == _ON_AND_OFF and _SWITCHING.intersection(changes.x[max(0, i1 - 4) : i1]):
            return True
    return False


def _particle_added(changes: _Changes) -> bool:
    """A particle added right after a verb both have, in one and not the other (nor moved
    elsewhere: "picks up the kids" / "picks the kids up" is one act). Only an addition:
    a word swapped for it is another sign's ("tea than coffee" / "tea over coffee")."""
    x, y = changes.x, changes.y
    for tag, i1, i2, j1, j2 in changes.opcodes:
        if tag not in ("insert", "delete") or not (i1 and j1):
            continue
        added, other = (x[i1:i2], y) if i2 > i1 else (y[j1:j2], x)
        particle = added[0]
        if added[1:] and set(added[1:]) <= set(other):
            continue  # a phrase moved: "on eBay for 180 pounds" / "off eBay for 180 pounds"
        side, end = (x, i2) if i2 > i1 else (y, j2)
        if len(added) == 1 and _where_not_how(particle, side[end : end + 1]):
            continue  # "went camping up on the summit" / "on the summit"
        if len(added) == 1 and tuple(side[end : end + 1]) in (("it",), ("them",)):
            continue  # "so the clematis could climb up it": a way, no phrasal verb
        if (
            particle in PARTICLES
            and x.count(particle) != y.count(particle)
            and can_be_verb(x[i1 - 1])  # "moved to Berlin back in 2020" adds no particle
        ):
            return True
    return False


# Before a participle, what makes it passive: "User was adopted", "got adopted".
_PASSIVE = frozenset(["was", "were", "is", "are", "be", "been", "being", "got", "get", "gets"])
_HEIGHTS = frozenset(["up", "down", "over"])
_WHERE_AFTER = (("on",), ("in",), ("at",))


def _where_not_how(particle: str, after: tuple[str, ...]) -> bool:
    """A particle that says where, not how: "up on the summit", "a boat trip out to Skomer"
    / "a boat trip to Skomer"."""
    if after == ("to",):
        return particle in _HEIGHTS or particle == "out"
    return particle in _HEIGHTS and after in _WHERE_AFTER


def _voice_turned(x: list[str], y: list[str]) -> bool:
    """One verb done by the subject on one side and to it on the other: "User adopted a
    baby" / "User was adopted as a baby". A verb a side has both ways ("I got got") turns
    nothing."""
    active_x, passive_x = _voiced(x, active=True), _voiced(x, active=False)
    active_y, passive_y = _voiced(y, active=True), _voiced(y, active=False)
    turned = ((active_x - passive_x) & (passive_y - active_y)) - _done_to_their_thing(y, x)
    return bool(turned) or bool(
        ((passive_x - active_x) & (active_y - passive_y)) - _done_to_their_thing(x, y)
    )


def _done_to_their_thing(passive: list[str], active: list[str]) -> set[str]:
    """The verbs done to the user's thing on both sides: "User's passport was renewed" /
    "User renewed their passport", "The mortgage on User's house was paid off" / "User paid
    off the mortgage" (one act, said of the thing, named on the other side but for one word,
    its first word right after the verb). Not when someone else did it ("was opened by
    their neighbour")."""
    be = next((i for i, t in enumerate(passive[:12]) if t in _PASSIVE), 0)
    subject = [t for t in passive[:be] if t not in _DETERMINERS]
    if "user's" not in subject or (subject[0] == "user's" and len(subject) < 2):
        return set()
    if len(set(subject) - {"user's"} - set(active)) > 1:
        return set()  # "User's bread maker was bought" / "User bought a rice cooker"
    if any(a == "by" and b in _DETERMINERS for a, b in itertools.pairwise(passive[be:])):
        return set()
    thing = subject[1] if subject[0] == "user's" else subject[0]
    return {
        verb
        for index, verb in enumerate(active)
        if thing in active[index + 1 : index + 4]
        and _LEADING_UP.issuperset(active[index + 1 : active.index(thing, index + 1)])
    } | _done_to_it_after(thing, active)


def _done_to_it_after(thing: str, active: list[str]) -> set[str]:
    """The verbs of a clause on a thing named before it: "User has a rifle with a walnut
    stock, which they bought second-hand" did "bought" to the rifle."""
    return {
        verb
        for index, verb in enumerate(active[2:], start=2)
        if active[index - 2 : index] in (["which", "they"], ["that", "they"])
        and thing in active[: index - 2]
    }


def _voiced(tokens: list[str], active: bool) -> set[str]:
    found = set()
    for index, token in enumerate(tokens[1:], start=1):
        if not _is_past(token):
            continue
        before = tokens[index - 1]
        by_subject = before in SELF or before in BEFORE_VERB
        # "was won by User's team" is done by the user's side, as "User won" is
        by_user = before in _PASSIVE and _by_user(tokens[index + 1 : index + 8])
        if by_subject or by_user if active else before in _PASSIVE and not by_user:
            found.add(token)
    return found


_BY_USER = frozenset(["user", "user's", "their"])  # "their": the user's, inside a memory


def _by_user(after: list[str]) -> bool:
    """Whether the first "by" after a participle names the user or one of theirs: "was won
    by User's team", "was made in orange wool by their aunt"."""
    by = after.index("by") if "by" in after else -1
    return by >= 0 and after[by + 1 : by + 2] != [] and after[by + 1] in _BY_USER


def _compared_more(changes: _Changes) -> bool:
    """One side adds a comparative to the other: "a bigger allotment" / "an allotment"
    (`_compared_base` reads one said of what the other says plainly)."""
    differing = [op for op in changes.opcodes if op[0] != "equal"]
    if len(differing) != 1 or differing[0][0] not in ("insert", "delete"):
        return False
    _, x_from, x_to, y_from, y_to = differing[0]
    added = changes.x[x_from:x_to] or changes.y[y_from:y_to]
    return len(added) == 1 and is_comparative(added[0])


def _compared_base(x: list[str], y: list[str]) -> bool:
    """A comparative of `x` whose base word only `y` has: "taller" / "tall", "bigger" /
    "big", "larger" / "large", "busier" / "busy"."""
    others = set(y)
    for word in set(x) - others:
        if not word.endswith("er") or not is_comparative(word):
            continue
        stem = word[:-2]
        bases = {stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem}
        if stem.endswith("i"):
            bases.add(stem[:-1] + "y")
        if bases & others:
            return True
    return False


# Where one is from another: "lives with their mother" / "lives near their mother".
# "in", "at" and "on" are often one ("works in" / "at a bakery"), so they count as one.
_WHERE = {
    # "kept in its case" / "inside its case"
    **dict.fromkeys(("in", "at", "on", "inside"), "in"),
    **{word: word for word in ("with", "without", "near", "beside", "behind", "opposite")},
    **{word: word for word in ("above", "below", "under", "outside", "across")},
    # Where to and where from: "flying to Tokyo" / "flying back from Tokyo".
    **{"to": "to", "into": "to", "from": "from"},
}


_GROUPS = frozenset(
    [
        *("band", "choir", "team", "club", "orchestra", "group", "crew", "squad", "chorus"),
        *("men", "singers", "players", "ringers", "ensemble", "quartet", "trio"),
    ]
)


def _where_turned(changes: _Changes) -> bool:
    """A word of place swapped for another that tells another place: "with" / "near",
    "to" / "back from"."""
    for tag, i1, i2, j1, j2 in changes.opcodes:
        if _GROUPS.intersection(changes.x[i2 : i2 + 4]):
            continue  # "plays in a pipe band" / "with a pipe band": one band
        if tag == "replace" and sorted((i2 - i1, j2 - j1)) in ([1, 1], [1, 2]):
            one = {_WHERE[t] for t in changes.x[i1:i2] if t in _WHERE}
            other = {_WHERE[t] for t in changes.y[j1:j2] if t in _WHERE}
            if one | other == {"in", "from"} and _BOUGHT.intersection(changes.x[:i1]):
                continue  # "bought tap shoes at Dancewear" / "from Dancewear": one shop
            if one | other == {"in", "to"} and _PUT_UP.intersection(changes.x[:i1]):
                continue  # "mounted a hose reel on the wall" / "fixed it to the wall"
            if one and other and one != other:
                return True
    return False


def _habit_ended(x: list[str], y: list[str]) -> bool:
    """ "User used to only use X" against "User only uses X": a habit given up against one
    kept, where a past elsewhere ("because their hairdresser said ...") makes both read as
    past. Who does it may take several words ("User's daughter Imogen used to captain
    ...")."""
    pairs = itertools.pairwise(x[:6])
    start = next((i for i, pair in enumerate(pairs) if pair == ("used", "to")), None)
    if start is None or "used" in y[: start + 3]:
        return False
    verbs = [t for t in y[max(start, 1) : start + 3] if t not in _BETWEEN_HAS]
    now = verbs[0] if verbs else ""
    return (
        y[: max(start, 1)] == x[: max(start, 1)]
        and now.endswith("s")
        and verb_base(now) is not None
    )


# Verbs whose tense the rest of the sentence carries: "had to move" is past either way.
_NO_TENSE_OF_ITS_OWN = frozenset(["be", "have", "do"])


def _tense_turned(changes: _Changes) -> bool:
    """One verb said in another tense, all else the same: "The pool table takes up most of
    the loft" / "took up", where the sentence's other verbs are in the past already."""
    for tag, i1, i2, j1, j2 in changes.opcodes:
        if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
            continue
        now, then = sorted((changes.x[i1], changes.y[j1]), key=_is_past)
        if not (now.endswith("s") and _is_past(then) and not _is_past(now)):
            continue  # ("a swallow tattoo" / "tattooed": no verb said now)
        base = verb_base(now)
        if base is not None and base == verb_base(then) and base not in _NO_TENSE_OF_ITS_OWN:
            return True
    return False


_BOUGHT = frozenset(
    [
        *("bought", "buy", "buys", "buying", "ordered", "order", "orders", "paid", "pay"),
        *("pays", "purchased", "purchase", "purchases", "purchasing", "spent", "spend"),
        *("spends", "spending", "picked"),
    ]
)


_DETERMINERS = frozenset(["a", "an", "the", "their", "my", "his", "her", "our", "its"])
# What may come between a verb and its thing: "paid off the mortgage", "bought a used ..."
_LEADING_UP = _DETERMINERS | PARTICLES
# "their left ankle" is not "their right ankle" ("left" alone may be a past: "User left").
_SIDES = frozenset(["left", "right"])
_SIDE_OF = frozenset(["upper", "lower", "top", "bottom", "front", "back", "rear"])


def _condition(tokens: list[str]) -> set[str]:
    """Whether a thing was had new or used: "brand-new" / "second-hand", "pre-owned", "a
    used bike", "their mum's used scooter" ("used to" is a habit, no condition)."""
    pairs = set(itertools.pairwise(tokens))
    found = set()
    if {("second", "hand"), ("pre", "owned")} & pairs or "secondhand" in tokens:
        found.add("used")
    if any(b == "used" and (a in _DETERMINERS or _possessive(a)) for a, b in pairs):
        found.add("used")  # "a used bike", "their mum's used mobility scooter"
    if ("brand", "new") in pairs or "brandnew" in tokens:
        found.add("new")
    return found


def _kinds(tokens: list[str]) -> set[str]:
    """What the subject is (`_roles`, `_what_it_is`), when in the day (`PARTS_OF_DAY`),
    how well, by what means and how bound (`_levels_and_means`), how often (`PERIODS`)
    and from or until when (`_bounds`)."""
    kinds = _roles(tokens) | _what_it_is(tokens) | _parts_of_day(tokens) | _condition(tokens)
    kinds |= {
        side
        for before, side in itertools.pairwise(tokens)
        if side in _SIDES and (before in _DETERMINERS or before in _SIDE_OF or before == "user's")
    }
    periods = {PERIODS[t] for t in tokens if t in PERIODS}
    kinds |= {
        f"{t} rate" for t, after in itertools.pairwise(tokens) if t in _RATES and after in _RATED
    }
    return kinds | _levels_and_means(tokens) | periods | _bounds(tokens) | _who_does(tokens)


# Which kind of rate: "a fixed rate of 4.09 percent" / "a tracker rate of 4.09 percent".
_RATES = frozenset(["fixed", "tracker", "variable", "discounted"])
_RATED = frozenset(["rate", "mortgage", "deal", "tariff"])


_CAUSING = frozenset(["get", "gets", "got", "getting", "have", "has", "had", "having"])
_HOLDING = _CAUSING | {"keep", "keeps", "store", "stores"}
_SELF_DONE = frozenset(["own", "themselves", "myself", "himself", "herself", "yourself"])


def _who_does(tokens: list[str]) -> set[str]:
    """Done by the user themselves ("cuts their own hair") or for them by others ("gets
    their hair cut", "had their tonsils taken out": a verb's object, then its
    participle)."""
    found = {"themselves"} if _SELF_DONE.intersection(tokens) else set()
    for index, token in enumerate(tokens[:-2]):
        after = tokens[index + 1]
        # "has lived", "gets paid": no object; "has a cat named Luna": the participle is
        # the cat's, so "have" needs the user's own thing ("had their tonsils taken out").
        caused = not _is_past(after) and (token in _GETTING or _possessive(after))
        # "got a used set of clubs": a participle right after "a" describes the thing, and
        # a word before "of" names it; "second-hand" describes it too
        described = 2 if tokens[index + 2 : index + 4] == ["second", "hand"] else 0
        start = index + 2 + described + (after in _DETERMINERS)
        done = tokens[start : index + 5 + described]
        if "of" in done:
            done = done[: max(done.index("of") - 1, 0)]
        if token in _CAUSING and caused and any(_is_past(t) or t in _DONE for t in done):
            found.add("others")
        if token in _PAYING and after in _DETERMINERS and _paid_to_do(tokens[index + 2 :]):
            found.add("others")  # "paid a builder to put up the workshop"
        if token in _HAVE and after in _DETERMINERS and _made_to_do(tokens[index + 2 :]):
            found.add("others")  # "had a builder fit the new kitchen"
    return found


def _made_to_do(tokens: list[str]) -> bool:
    """Whether one or two words of who, then a verb and its object follow: "(a builder) fit
    the new kitchen"; not "(a great) time in Rome"."""
    for index in (1, 2):
        verb, then = tokens[index : index + 1], tokens[index + 1 : index + 2]
        if "to" in tokens[:index]:
            return False  # "has their licence to drive a forklift": what it allows
        if verb and then and then[0] in _DETERMINERS and not _is_past(verb[0]):
            return not verb[0].endswith("ing") and can_be_verb(verb[0])
    return False


_PAYING = frozenset(["pay", "pays", "paid", "paying", "hire", "hires", "hired", "hiring"])


def _paid_to_do(tokens: list[str]) -> bool:
    """Whether a "to" and its verb follow who was paid: "(a builder) to put up"; not "(a
    deposit) to the landlord"."""
    for index, token in enumerate(tokens[:8]):
        if token == "to":
            after = tokens[index + 1 : index + 2]
            return bool(after) and after[0] not in _DETERMINERS and not after[0].isdigit()
    return False


_GETTING = frozenset(["get", "gets", "got", "getting"])
_SOMEONE = frozenset(["someone", "somebody", "people"])


def _someone_first(tokens: list[str]) -> bool:
    """Whether someone does it, said first or after a time ("in march 2024 someone backed
    into User's Ford Fiesta")."""
    if _SOMEONE.intersection(tokens[:1]):
        return True
    # ("about 30 people are coming": people counted are guests, no one who did it)
    at = next((i for i, t in enumerate(tokens[:5]) if t in ("someone", "somebody")), None)
    return at is not None and not any(t.startswith("user") for t in tokens[:at])


# Participles that are no "-ed" word: "gets their hair cut", "had the work done".
_DONE = frozenset(["cut", "done", "made", "set", "put", "shut", "seen"])


# Last in a race, not "finished last Sunday".
_FINISHED_LAST = re.compile(
    r"\bfinished last\b(?! (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|"
    r"weekend|month|year|night|season|term|spring|summer|autumn|winter|time)\b)"
)
# A word with "non-" or "off-" in front is what the word is not: "at off-peak times" are
# no peak times, "non-alcoholic cider" no alcoholic cider ("312 non-stop bounces" are "312
# bounces in a row": only the word said bare on the other side tells).
_AGAINST = re.compile(r"\b(?:non|off)-([a-z]+)")


def _prefixed_against(text: str, other: str) -> bool:
    """Whether `text` says a word with "non-" or "off-" in front that `other` says bare."""
    against = set(_AGAINST.findall(comparable(text).lower()))
    bare = re.sub(r"\b(?:non|off)-[a-z]+", "", comparable(other).lower())
    return any(re.search(rf"\b{word}\b", bare) for word in against)


def _bounds(tokens: list[str]) -> set[str]:
    """A time's end of a span: "from" or "until", when a number, an age or a "when"
    follows within three words ("until 2019", "from when they were 11")."""
    found = {
        BOUNDS[t]
        for i, t in enumerate(tokens)
        if t in BOUNDS and any(_when(tokens, at) for at in range(i + 1, min(i + 4, len(tokens))))
    }
    if _still_so(tokens) and _YEARS.intersection(tokens):
        found.add("from")  # "got it in 2022 and still has it": from then on
    return found


def _when(tokens: list[str], at: int) -> bool:
    """Whether the word at `at` tells a time: a number that is no price ("from Waitrose for
    14.99 pounds" is where a thing came from) or an age or a "when"."""
    word = tokens[at]
    if word in TIMES:
        return True
    after = next((t for t in tokens[at + 1 :] if not t.isdigit()), "")
    return word.isdigit() and after not in CURRENCIES and after not in _MEASURES


# Units a number measures a thing in ("from 4 m of guttering" names no time).
_MEASURES = frozenset(["m", "km", "mm", "cm", "ft", "kg", "g", "litres", "miles", "yards"])


# Verbs that tell a state, not an act: "User's dog is called Rex" and "User has a dog
# named Rex" are one fact, whoever comes first.
_STATES = frozenset(["is", "am", "are", "was", "were", "has", "have", "had", "be", "been"])
_STATES_OR_MODALS = _STATES | {"can", "could", "will", "would", "should", "might", "must"}


def _done_to_user(tokens: list[str]) -> str | None:
    """ "someone" when the user is the object of a past act and not its subject: "A car
    rear-ended User" is no "User rear-ended someone"."""
    if "user" not in tokens or "user's" in tokens:
        return None
    at = tokens.index("user")
    # A regular past only: "left User with a broken collarbone" says how User was left.
    before = tokens[at - 1]
    return "someone" if at > 1 and before.endswith("ed") and _is_past(before) else None


def _actor(tokens: list[str]) -> str | None:
    """Who does what the sentence says, when it starts with the user or with one of the
    user's people and an act: "User's family visits them" / "User visits their family".
    None for a state ("is", "has"), two together ("User's husband and they ...") or
    anyone else."""
    if tokens[:1] in (["user"], ["i"]):
        return None if tokens[1:2] and tokens[1] in _STATES else _giver(tokens) or "user"
    if tokens[:1] not in (["user's"], ["my"]):
        return _done_to_user(tokens)
    # One word may stand before the user's person: "User's best mate lent them ...".
    described = (
        len(tokens) > 3
        and not _possessive(tokens[1])
        and _relation(tokens[1]) is None
        and _relation(tokens[2]) is not None
    )
    who, after = (tokens[2:3], tokens[3:]) if described else (tokens[1:2], tokens[2:])
    # "User's cockapoo puppy Maple and they go ..." are two together too
    if not who or not after or "and" in after[:2] or after[0] in _STATES:
        return None
    # Anyone of the user's acts too ("User's employer puts ..."), when the word after them
    # reads as a verb: not when a verb of its own follows it, a plural noun ("User's car
    # keys are ...", "morning runs usually take ...", "rescue hens"), or a possessive
    # ("User's Chief Scout's award").
    present = after[0].endswith("s") and not after[0].endswith("'s") and can_be_verb(after[0])
    verb = present or _is_past(after[0])
    acts = verb and not (after[1:2] and after[1] in _AUXILIARIES)
    relation = _relation(who[0])
    if relation is None:
        return who[0] if acts else None
    return relation if _person_acts(after) else None


def _despite_not_because(one: list[str], other: list[str]) -> bool:
    """Done in spite of a thing on one side, because of it on the other: "went to the flu
    clinic even though they had a chest infection" / "missed it because they had one"."""
    return _conceded(one) and not _conceded(other) and bool(_BECAUSE.intersection(other))


def _conceded(tokens: list[str]) -> bool:
    return bool(_DESPITE.intersection(tokens)) or ("even", "though") in itertools.pairwise(tokens)


_DESPITE = frozenset(["although", "despite", "notwithstanding"])
_BECAUSE = frozenset(["because", "since", "so"])


def _giver(tokens: list[str]) -> str | None:
    """Who gave the user what they "got ... by their physiotherapist" (how comparable
    wording reads "was given ... by") or "got ... from their sister": the one who acts, as
    in "User's physiotherapist gave them"."""
    if tokens[1:2] != ["got"]:
        return None
    for by, whose, who in zip(tokens[2:12], tokens[3:13], tokens[4:14], strict=False):
        if by not in ("by", "from") or whose not in _WHOSE or whose == "the":
            continue  # "by the Royal College" is no one of the user's
        relation = _relation(who)
        if by == "by" or relation is not None:  # "from" their beehive: no one gave it
            return relation or who
    return None


def _person_acts(after: list[str]) -> bool:
    """Whether one of the user's people is who the sentence is about: not in "User's nan
    Irene's party was held" (a thing of theirs), "User's niece Isla was christened" (a
    state), "User's cat sitter Priya charges" (the cat's sitter)."""
    if after[0].endswith("'s"):
        return False
    if not _verb_said(after[0]) and _BE_STATES.intersection(_before_a_phrase(after[1:4])):
        return False  # "User's family holiday (in 2019) was on Kefalonia"
    if _RECEIVES.intersection(after[:2]) and any(
        pair in _FROM_USER for pair in itertools.pairwise(after)
    ):
        return False  # "User's grandad (Frank) gets a visit from them": the user does it
    return after[0] not in _CARERS


def _before_a_phrase(words: list[str]) -> list[str]:
    """The first word, or the one after a two-word phrase ("in 2019 was" -> "was")."""
    if words[:1] and words[0] in PHRASE_ENDS:
        return words[2:3]
    return words[:1]


_BE_STATES = frozenset(["is", "was", "are", "were"])
_RECEIVES = frozenset(["gets", "got", "receives", "received"])
_FROM_USER = (("from", "them"), ("from", "user"))
# Who looks after the user's pet or child: "User's cat sitter", "User's dog walker".
_CARERS = frozenset(["sitter", "walker", "minder", "groomer", "trainer", "childminder"])


_AUXILIARIES = _STATES | HABITS | frozenset(["do", "did", "can", "could", "will", "would"])


def _what_it_is(tokens: list[str]) -> set[str]:
    """The head of each noun phrase after "is a" or "as a", its last word before a
    preposition or the end: "User is a manager at a bank" and "works as a bank manager"
    are a manager, "User is a cashier at a bank" a cashier."""
    heads = set()
    for index, token in enumerate(tokens[:-1]):
        if token not in ("a", "an") or not index or tokens[index - 1] not in BE_AS:
            continue
        phrase = list(itertools.takewhile(lambda t: t not in PHRASE_ENDS, tokens[index + 1 :]))
        if phrase and len(phrase) <= 4:
            head = phrase[-1]
            heads.add(head[:-1] if len(head) > 3 and head.endswith("s") else head)
    return heads


# Small words a name's initials leave out: "RSPB", the Royal Society for the Protection of
# Birds.
_UNINITIALLED = frozenset(["of", "for", "the", "and", "&"])


def _not_spelled_out(names: set[str], text: str, other: str) -> set[str]:
    """`names` of `text` but the initialisms `other` spells out, read as names are (a
    final "s" gone: "BCSS" is "bcs")."""
    spelled = _spelled_out(text, other)
    return {name for name in names if name not in spelled and f"{name}s" not in spelled}


def _spelled_out(text: str, other: str) -> set[str]:
    """The initialisms in `text` (in lower case) that `other` spells out as capitalised
    words: "BSL" / "British Sign Language", one name."""
    initialisms = {w.lower() for w in _WORD.findall(text) if w.isalpha() and w.isupper()}
    if not initialisms:
        return set()
    runs: list[list[str]] = [[]]
    for word in _WORD.findall(other):
        if word[:1].isupper():
            runs[-1].append(word[0].lower())
        elif word not in _UNINITIALLED:
            runs.append([])
    spelled = {
        "".join(run[start:end])
        for run in runs
        for start in range(len(run))
        for end in range(start + 2, len(run) + 1)
    }
    return initialisms & spelled


def _unshortened(names: set[str], others: set[str]) -> set[str]:
    """`names` but those that shorten one of `others` by three letters or more ("Lab" for
    "Labrador", "Aug" for "August", "Chris" for "Christopher"): a short form is the same
    name. "Ann" and "Anna" are two names."""
    return {
        n
        for n in names
        if len(n) < 3 or not any(o.startswith(n) and len(o) >= len(n) + 3 for o in others)
    }


# Words a swap of which says nothing about the thing: articles and possessives are
# dropped, and a swapped phrase that is only verbs, function words or adverbs is
# wording ("been to" / "visited", "named" / "called", "every" / "weekly on").
_UNSAID = frozenset(["a", "an", "the", "their", "his", "her", "its"])
_NO_THING = PHRASE_ENDS | frozenset(
    (  # noqa: SIM905
        "is are am be been being was were has have had do does did up off out every each "
        "weekly daily most some very really more much many all any one own during now "
        "still also just already"
    ).split()
)


_GO = frozenset(["go", "goes", "went", "going", "gone"])
_TAKEN_UP = frozenset(["up", "stopped", "quit", "started", "began"])


def _is_thing(token: str, after_preposition: bool = False) -> bool:
    """A word that names a thing: after a preposition an "-ing" word is a noun ("works in
    marketing"), elsewhere it is a verb form ("is living")."""
    if token in _NO_THING or token.endswith("ed") or _adverb(token):
        return False
    return after_preposition or not token.endswith("ing")


# The longest phrase read as swapped: "the hill trek to the reindeer herd" / "the paddock
# visit" (a phrase of three words had been the most, and the two merged).
_SWAPPED_UP_TO = 6


def _differing(a: str, b: str) -> tuple[list[str], list[str], int, str] | None:
    """What `b` says in place of what `a` says when all else is the same, each one to
    six words after at least the subject, where they start and the word before them."""
    x = [t for t in _tokens(comparable(a)) if t not in _UNSAID]
    y = [t for t in _tokens(comparable(b)) if t not in _UNSAID]
    shortest = min(len(x), len(y))
    start = 0
    while start < shortest and x[start] == y[start]:
        start += 1
    end = 0
    while end < shortest - start and x[-1 - end] == y[-1 - end]:
        end += 1
    one, other = x[start : len(x) - end], y[start : len(y) - end]
    if not 1 <= len(one) <= _SWAPPED_UP_TO or not 1 <= len(other) <= _SWAPPED_UP_TO:
        return None
    if set(one) & set(other):
        return None
    return one, other, start, x[start - 1] if start else ""


def swapped_words(a: str, b: str) -> list[tuple[str, str]]:
    """The words `b` says in place of words of `a`, all else the same but function words
    and adverbs: one word or compound ("repairs" / "collects old clocks", "lives" / "is
    living", "bedroom" / "living room"), or word for word in several places ("reads at
    the local school once a month" / "... library once a week"). `lexicon.same_meaning`
    tells whether each pair names one thing or act. Nothing is compared where a side says
    only a state verb ("has") or more words than that, or for texts longer than a
    sentence."""
    found = _changes(a, b)
    if found is None:
        return []
    x, y = found.x, found.y
    changes = [op for op in found.opcodes if op[0] != "equal"]
    pairs: list[tuple[str, str]] = []
    in_place: list[tuple[str, str]] = []
    for tag, x_from, x_to, y_from, y_to in changes:
        one, other = _swapped_part(x[x_from:x_to]), _swapped_part(y[y_from:y_to])
        if tag != "replace" or not one or not other:
            continue
        if _refers_back(one, other, y[:y_from]) or _refers_back(other, one, x[:x_from]):
            continue  # "cracked, so they can't use the burner" / "use it"
        if len(changes) == 1 and len(one) <= 2 and len(other) <= 2:
            pairs.append((" ".join(one), " ".join(other)))
        elif _taken_down_for_a_verb(one, other) or _taken_down_for_a_verb(other, one):
            pairs.append((" ".join(one), " ".join(other)))  # "hung" / "took down", among others
        elif x_to - x_from == y_to - y_from:  # word for word, place by place
            in_place += [
                (p, q)
                for p, q in zip(x[x_from:x_to], y[y_from:y_to], strict=True)
                if _content(p) and _content(q) and p.removesuffix("'s") != q.removesuffix("'s")
            ]
    # Words both sides say, met in each other's place by a phrase moved, are no swap
    # ("in size 6 ... for 70 pounds" / "size 6 ... for 70 pounds"); two things traded
    # places are ("sister Anna ... brother Tom" / "brother Tom ... sister Anna").
    return pairs + [(p, q) for p, q in in_place if not (p in y and q in x) or (q, p) in in_place]


def _refers_back(thing: list[str], pronoun: list[str], before: tuple[str, ...]) -> bool:
    """Whether `pronoun` stands for `thing`, named earlier on the pronoun's side."""
    return pronoun in (["it"], ["them"]) and thing[-1] in before


# Verbs that with "down" undo what was put up: "took down" a chandelier, "pulled down" a
# shed ("put down" a deposit, "wrote down" a number are no such thing).
_UNDONE_DOWN = frozenset(["take", "pull", "tear", "knock"])


def _taken_down_for_a_verb(taken_down: list[str], verb: list[str]) -> bool:
    """Whether `taken_down` is a thing undone ("took down") said in place of the one verb
    `verb` ("hung"): compared also where the texts differ in other places."""
    return (
        len(taken_down) == 2
        and (verb_base(taken_down[0]) or taken_down[0]) in _UNDONE_DOWN
        and taken_down[1] == "down"
        and len(verb) == 1
    )


def _swapped_part(words: tuple[str, ...]) -> list[str]:
    """The content words of a changed span, with a particle kept after its verb: "took
    out" is not "took" ("took out" / "filled" a tooth)."""
    kept = [t for t in words if _content(t)]
    if len(words) == 2 and kept == [words[0]] and words[1] in PARTICLES:
        return [*words]
    return kept


_WORDS_COMPARED = 64  # word by word comparison is quadratic: sentences only


@dataclass(frozen=True, slots=True)
class _Changes:
    """Two texts' words but function words (`_UNSAID`), and difflib's opcodes from one to
    the other: read by several signs, computed once per pair."""

    x: tuple[str, ...]
    y: tuple[str, ...]
    opcodes: tuple[tuple[str, int, int, int, int], ...]


@lru_cache(maxsize=1024)
def _changes(a: str, b: str) -> _Changes | None:
    """None for texts longer than a sentence (`_WORDS_COMPARED`)."""
    x = tuple(t for t in _tokens(comparable(a)) if t not in _UNSAID)
    y = tuple(t for t in _tokens(comparable(b)) if t not in _UNSAID)
    if len(x) > _WORDS_COMPARED or len(y) > _WORDS_COMPARED:
        return None
    matcher = difflib.SequenceMatcher(None, x, y, autojunk=False)
    return _Changes(x, y, tuple(matcher.get_opcodes()))


# How much, which WordNet is not asked about: "a bit nervous" / "scared" compares the rest.
_DEGREES = frozenset(["bit", "little", "slightly", "somewhat", "quite", "very", "pretty"])


# Words of intent say no thing or act of their own (the intent sign compares them): "intends
# to walk" / "is going to walk".
_INTENDING = INTENT | frozenset(["going", "intend", "intends", "intended"])


def _content(token: str) -> bool:
    return not (token in _NO_THING or token in _DEGREES or token in _INTENDING or _adverb(token))


def swapped(a: str, b: str) -> tuple[str, str] | None:
    """The phrase `b` says in place of one of `a` when all else is the same ("golf" and
    "tennis" in "User plays _ every Saturday"), each one to six words after at least
    the subject and verb: whether the two are one fact then hangs on whether the two
    phrases name one thing (`ALIKE_FROM`). None when they differ in more places, or only
    in verbs, function words or adverbs."""
    found = _differing(a, b)
    if found is None:
        return None
    one, other, start, before = found
    if start == 0 and not (_a_thing_first(a) and _a_thing_first(b)):
        return None  # the subject: who does it ("Tom" / "Sam" plays golf), no thing
    if 0 < start < 2 and before != "user's":
        return None  # right after the subject: its verb
    if start == 3 and before == "others" and len(one) == len(other) == 1:
        return None  # right after "User and others": their verb ("bought" / "got")
    if len(one) == len(other) == 1 and _past_after_a_name(a, one[0], other[0], before):
        return None  # right after someone named: their verb ("Rob bought" / "Rob got")
    if start < 2 and same_meaning(" ".join(one), " ".join(other)):
        return None  # a thing of the user's that WordNet finds alike ("flat" / "apartment")
    if len(one) == len(other) == 1 and _one_kind(one[0], other[0]):
        return None  # one act or relation: "fitted" / "installed", "over" / "about"
    if len(one) == len(other) == 1 and _one_relation(one[0], other[0]):
        return None  # "their gran's party" / "their grandmother's party"
    if _one_verb_of_theirs(one, other) or _one_verb_of_theirs(other, one):
        return None  # "..., and they keep it at Bewl Water" / "... and keeps it at"
    # An "-ing" word after a preposition, "go", a start or stop or a possessive is a
    # thing: "in marketing", "go camping", "gave up vaping" (comparable: "stopped vaping"),
    # "under User's decking".
    ing_is_thing = (
        before in PHRASE_ENDS or before in _GO or before in _TAKEN_UP or _possessive(before)
    )
    if not any(_is_thing(t, ing_is_thing) for t in one) or not any(
        _is_thing(t, ing_is_thing) for t in other
    ):
        described = _kinds_of_one_thing(a, one, start, before) and other[0] not in _NO_THING
        return (" ".join(one), " ".join(other)) if described else None
    return " ".join(one), " ".join(other)


_DOERS = frozenset(["user", "they", "we", "i", "he", "she", "others", "them"])


def _past_after_a_name(text: str, one: str, other: str, before: str) -> bool:
    """Whether two past forms follow `before`, a name in `text` (capitalised after its
    first word)."""
    named = any(w.lower() == before and w[:1].isupper() for w in _WORD.findall(text)[1:])
    return named and _is_past(one) and _is_past(other)


def _one_verb_of_theirs(one: list[str], other: list[str]) -> bool:
    """Whether `one` is a pronoun and the verb `other` says alone: "they keep" / "keeps"."""
    return (
        len(one) == 2
        and len(other) == 1
        and one[0] in ("they", "he", "she")
        and other[0] in (one[1], f"{one[1]}s", f"{one[1]}es")
    )


def _kinds_of_one_thing(text: str, one: list[str], start: int, before: str) -> bool:
    """Whether the one word swapped describes the thing named right after it: "a Kampa
    poled awning" / "a Kampa inflatable awning" (no verb for all its "-ed": no one does it
    right before)."""
    words = [t for t in _tokens(comparable(text)) if t not in _UNSAID]
    following = words[start + 1 : start + 2]
    if len(one) != 1 or one[0] in _NO_THING or not following or not is_noun(following[0]):
        return False
    # ("a parrot called Kiwi": after a noun, a verb's form; "Reg received the medal")
    if before in _AUXILIARIES or before in _DOERS or (is_noun(before) and before not in _ORDER):
        return False
    said = _tokens(comparable(text))
    at = next((i for i, t in enumerate(said[1:], 1) if t == one[0]), 0)
    return any(t in _UNSAID or _possessive(t) for t in said[max(at - 2, 0) : at])


# Words of order WordNet also has as nouns: "his first surfing lesson".
_ORDER = frozenset(["first", "second", "third", "fourth", "fifth", "last", "next"])


def _a_thing_first(text: str) -> bool:
    """Whether `text` opens with a thing ("The paddle on User's bread maker snapped")."""
    return text.split(" ", 1)[0].lower() in _UNSAID


@dataclass(frozen=True, slots=True)
class Nearest:
    """The stored memory closest to a new one."""

    id: str
    text: str
    score: float


def _always_alike(one: str, other: str) -> bool:
    return True


def is_near_duplicate(
    text: str,
    nearest: Nearest | None,
    threshold: float,
    alike: Callable[[str, str], bool] = _always_alike,
) -> bool:
    """Two words swapped (`swapped_words`) that WordNet knows and finds no sense in
    common are two facts; else `alike` tells whether two swapped phrases (`swapped`) name
    one thing. A sense in common is no proof of one: with every sense of a common word
    counted, "work" and "study" share one (a room), as "take" and "pick" do."""
    if nearest is None or nearest.score < threshold or differs(text, nearest.text):
        return False
    swaps = swapped_words(text, nearest.text)
    if any(_another_meaning(*words) for words in swaps):
        return False
    if _to_do_and_done(text, nearest.text, swaps):
        return False
    swap = swapped(text, nearest.text)
    return swap is None or _abbreviates(*swap) or _abbreviates(*swap[::-1]) or alike(*swap)


def _abbreviates(short: str, long: str) -> bool:
    """Whether `short` is the initials of `long`: "bsl" / "british sign language"."""
    words = [w for w in long.split() if w not in _UNINITIALLED]
    return " " not in short and len(words) >= 2 and "".join(w[0] for w in words) == short


# The names of the parts of the day, which WordNet keeps apart: "Wednesday nights" and
# "Wednesday evenings" are one time (PARTS_OF_DAY), "nights" and "evenings" no synonyms.
_DAYTIMES = {
    word: part
    for word, part in PARTS_OF_DAY.items()
    if word.removesuffix("s") in ("morning", "afternoon", "evening", "night")
}


def _another_meaning(one: str, other: str) -> bool:
    if _SHIP.sub("", one.lower()) == _SHIP.sub("", other.lower()):
        return False  # "membership" / "member", "partnership" / "partner"
    if _one_kind(one.lower(), other.lower()):
        return False  # "fitted" / "installed", "bought" / "purchased"
    if frozenset((one.lower(), other.lower())) in OPPOSITES:
        return True  # "after" / "before" school
    daytime = _DAYTIMES.get(one.lower())
    if daytime is not None and daytime == _DAYTIMES.get(other.lower()):
        return False
    if _compound_of(one, other) or _compound_of(other, one):
        return True  # "sunglasses" are no "glasses", nor a "toothbrush" a "brush"
    if _without(one.lower(), other.lower()) or _without(other.lower(), one.lower()):
        return True  # a "coxless" four is no "coxed" one
    alike = same_meaning(one, other)
    kind, other_kind = one.split(), other.split()
    # One thing of two kinds WordNet lacks as wholes: "local elections" / "general election"
    # by what tells them apart.
    two_kinds = alike is None and len(kind) == len(other_kind) == 2 and kind[0] != other_kind[0]
    if two_kinds and _stem(kind[1]) == _stem(other_kind[1]):
        return _another_meaning(kind[0], other_kind[0])
    # One verb, two things: "played drums" / "playing bagpipes"
    same_verb = _stem(kind[0].removesuffix("ed")) == _stem(other_kind[0].removesuffix("ed"))
    if two_kinds and same_verb and kind[1] != other_kind[1]:
        return _another_meaning(kind[1], other_kind[1])
    for begun, plain in ((kind, other_kind), (other_kind, kind)):
        if len(begun) == 2 and begun[0] in _STARTED and len(plain) == 1:
            return _another_meaning(begun[1], plain[0])  # "started dripping" / "burst"
        if len(begun) == 2 and len(plain) == 1 and _an_ing_verb(begun[0], plain[0]):
            return _another_meaning(begun[0], plain[0])  # "plucking feathers" / "sneezing"
    if alike is False and PARTICLES.intersection(kind[1:2] + other_kind[1:2]):
        # WordNet links few phrasal verbs: "grew up" / "was raised" tells by the verbs
        return same_meaning(kind[0], other_kind[0]) is False
    return alike is False


def _an_ing_verb(*words: str) -> bool:
    """Verbs of doing, none of them light: "plucking" / "sneezing", not "taking" a flight /
    "flying"."""
    return all(w.endswith("ing") and len(w) > 5 and w not in _LIGHT_VERBS for w in words)


_LIGHT_VERBS = frozenset(["taking", "having", "making", "getting", "giving", "putting"])


def _without(less: str, plain: str) -> bool:
    """Whether `less` is a word of "-less" and `plain` another word of its stem: "coxless"
    / "coxed", "cordless" / "corded"."""
    stem = less.removesuffix("less")
    return stem != less and len(stem) >= 3 and plain.startswith(stem) and plain != less


def _to_do_and_done(a: str, b: str, swaps: list[tuple[str, str]]) -> bool:
    """One verb swapped, "to" do it on one side and "has" done it on the other ("is planning
    to open a dispute" / "has opened a dispute"): an intent that the sentence's other
    clauses may share ("the 420 pounds their letting agent wants to keep") is not a deed."""
    for one, other in swaps:
        for to_do, done, said_to, said_done in ((one, other, a, b), (other, one, b, a)):
            if " " in to_do or " " in done or not _is_past(done) or _is_past(to_do):
                continue
            if (
                f" to {to_do} " in f" {said_to.lower()} "
                and re.search(rf"\b(?:has|have|had|'ve) {re.escape(done)}\b", said_done.lower())
                and _verb_of(to_do) is not None
                and _verb_of(to_do) == _verb_of(done)
            ):
                return True
    return False


def _verb_of(word: str) -> str | None:
    """The verb `word` is a form of, itself when it is a base form ("open")."""
    return verb_base(word) or (word if can_be_verb(word) else None)


# What a thing is about: "a dispute with the DPS over the 420 pounds" / "about" them.
_ABOUT = frozenset(["about", "over", "regarding", "concerning"])
# Time taken to do a thing is time spent doing it: "took 3 years to restore" / "spent 3
# years restoring".
_TIME_SPENT = frozenset(["took", "spent", "take", "spend", "takes", "spends"])
# A thing hung somewhere is kept there: "hang the car keys on the key hook" / "keep".
_HUNG = frozenset(["hang", "hangs", "hung", "keep", "keeps", "kept"])
# A number said loosely, one way: "for about 12 hours" / "for around 12 hours".
_LOOSELY = frozenset(["about", "around", "roughly", "approximately"])
# A reading taken is recorded: "recorded 48 millimetres of rain" / "measured 48mm".
_READ_OFF = frozenset(["recorded", "measured", "records", "measures"])
# A place higher up, one way: "a shelf above the piano" / "over the piano".
_ABOVE = frozenset(["above", "over"])
# Making a thing into another: "converting a barn into a house" / "turning it into one".
_MADE_INTO = frozenset(["turning", "converting", "transforming", "turned", "converted"])


# "User's best score" is their highest, or top, score.
_BEST = frozenset(["best", "highest", "top"])
# "got their first clear round" is what they achieved.
_ACHIEVED = frozenset(["got", "achieved", "gained", "earned"])
# A thing put up on a wall or door: "screwed a spice rack to the pantry door" / "fixed" it.
_FASTENED = frozenset(["fixed", "screwed", "mounted", "fastened", "attached", "bolted"])
# Put up "at" a board or "to" it, one place: "pin the calendar at a noticeboard" / "to a
# noticeboard" (no kind of fixing: pinned is not screwed).
_PUT_UP = _FASTENED | frozenset(["pin", "pins", "pinned", "pinning", "clip", "clips", "clipped"])
# A thing emptied out into another: "empties their kitchen caddy into the compost bin" /
# "tips" it into the bin.
_EMPTIED = frozenset(["empty", "empties", "emptied", "emptying", "tip", "tips", "tipped"])
# Going to a thing held is attending it: "goes to the society's observing nights" /
# "attends" them.
_ATTENDS = frozenset(["go", "goes", "went", "attend", "attends", "attended"])
# A thing taken for another was mistaken for it: "a yellow stainer they'd taken for a field
# mushroom" / "mistaken for".
_MISTAKEN = frozenset(["mistaken", "mistook", "taken", "took"])
# A thing that splits cracks: "3 of User's pots cracked in the kiln" / "split".
_CRACKED = frozenset(["crack", "cracks", "cracked", "split", "splits"])
# Heading to a place is going there: "go to a pottery class" / "head to" one.
_HEADS = frozenset(["go", "goes", "went", "going", "head", "heads", "headed", "heading"])
# The summit of a hill is its top: "at the summit of Pen y Fan" / "at the top of" it.
_TOP = frozenset(["top", "summit"])
# A fish landed was caught: "landed a 14-pound cod" / "caught" one.
_LANDED = frozenset(["land", "lands", "landed", "catch", "catches", "caught"])
# A thing filled up again: "refills the fruit bowl" / "restocks" it.
_REFILLED = frozenset(
    ["refill", "refills", "refilled", "restock", "restocks", "restocked", "replenishes"]
)


def _one_kind(one: str, other: str) -> bool:
    """Two words the sign tables put in one group: WordNet finds no sense "fitted" and
    "installed" share."""
    if any(
        one in group and other in group
        for group in (
            _FITTED,
            _MADE_INTO,
            _ABOUT,
            _LOOSELY,
            _HUNG,
            _READ_OFF,
            _ABOVE,
            _TIME_SPENT,
            _BEST,
            _ACHIEVED,
            _FASTENED,
            _REFILLED,
            _EMPTIED,
            _ATTENDS,
            _HEADS,
            _CRACKED,
            _MISTAKEN,
            _LANDED,
            _TOP,
            _PERFORMED,
            _DANCED,
        )
    ):
        return True
    return any(one in table and table[one] == table.get(other) for table in (MEANS, MONEY_WAY))


def _one_relation(one: str, other: str) -> bool:
    """Two words for one relation of someone's, one of them maybe possessive: "gran's" /
    "grandmother's" (their embeddings are no closer than a gran's and a sister's)."""
    relation = _relation(one.removesuffix("'s"))
    return relation is not None and relation == _relation(other.removesuffix("'s"))


_SHIP = re.compile(r"(?<=\w)(?:ship|ships|s)$")


def _compound_of(whole: str, part: str) -> bool:
    """Whether `whole` is one word made of a word of its own and `part`, both nouns, that
    `part` is no short name for ("sunglasses" / "glasses"; a "bike" is a "motorbike")."""
    head = whole.lower().removesuffix(part.lower())
    return (
        " " not in whole
        and head != whole.lower()
        and len(head) >= 3
        and is_noun(head)
        and is_noun(part)
        and not share_a_sense(whole, part)
    )


def repeated(
    text: str,
    closest: Iterable[Nearest],
    threshold: float,
    alike: Callable[[str, str], bool] = _always_alike,
) -> Nearest | None:
    """The memory `text` repeats: the closest of `closest` that reaches the threshold
    with no sign of another fact and no other thing swapped in, or None."""
    for nearest in sorted(closest, key=lambda n: -n.score):
        if is_near_duplicate(text, nearest, threshold, alike):
            return nearest
    return None
