"""Sentence forms the rules put subject-first before rewriting them (pure).

- a fronted time or place: "Every Saturday I play tennis." -> "I play tennis every
  Saturday"; "At MIT I study computer science." -> "I study computer science at MIT";
- a cleft: "Jazz is the music I love." -> "I love Jazz"; "1990 is the year I was born."
  -> "I was born in 1990"; "Pork is something I don't eat." -> "I don't eat Pork";
- a topic in front: "When it comes to tea, green is what I drink." -> "I drink green
  when it comes to tea";
- who someone is, inside a question: "Do you know a vet for my dog Rex?" -> "I have a dog
  named Rex".
"""

from __future__ import annotations

import itertools
import re

from .lexicon import can_be_verb, names_a_person, verb_base
from .signwords import SAME_IN_PAST
from .wording import RELATIONS

__all__ = ["PURPOSE_SO", "appositions", "since_a_time", "subject_first"]

_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|twice|once|twenty|thirty|forty|fifty|a few"
)
# A fronted phrase starts with one of these and holds 2-6 words ("Every Saturday", "At
# MIT", "In 2020", "Three times a week", "As a second job"), or is one of _ALONE
# ("Yesterday").
# A place or time may be narrowed first: "Just outside Fort William", "Right after lunch".
_NARROWED = r"(?:just|right|shortly|soon|long|well|straight) "
_PLACE_START = r"outside|inside|near|behind|beyond|along|across|opposite|beside|next to"
_FRONT_START = re.compile(
    rf"^(?:{_NARROWED})?(?:every|each|on|in|at|during|most|this|last|next|after|before|against|"
    rf"around|throughout|from|until|since|while|so far|as an?|for|over|under|back in|because of|"
    rf"(?:up|down|out) in|{_PLACE_START}|"
    rf"\d+|{_NUMBER_WORDS})\b",
    re.IGNORECASE,
)
_ALONE = frozenset(
    [
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "nowadays",
        "lately",
        "recently",
        "now",
        "sometimes",
        "usually",
        "often",
        "weekly",
        "daily",
    ]
)
_FIRST_PERSON = re.compile(r"\b(i|i'm|i've|i'll|i'd|my|we|we're|we've|me|our)\b", re.IGNORECASE)
_CONJUNCTIONS = ("in case ", "in order ", "every time ", "each time ", "by the time ", "until ")
# A verb, or a modal before one ("On Thursday Pendle Council will treat the nest": a
# clause, no time in front; "may" is a month too).
_VERB_IN_FRONT = re.compile(
    r"\b(is|was|are|were|has|have|had|will|would|can|could|should|must|might|shall)\b",
    re.IGNORECASE,
)
_FRONTED = re.compile(
    r"^(?P<front>[^,]+?),?\s+(?P<rest>(?:I|I'm|I've|I'll|I'd|[Mm]y|[Ww]e|[Ww]e've|[Oo]ur)\b.*)$"
)

# "Every morning, Bethan from work gives me a lift": after a comma, someone named who does
# something to or for the user.
_FRONTED_BEFORE_SOMEONE = re.compile(
    r"^(?P<front>[^,]+), (?P<rest>[A-Z][a-z]+\b[^,]*\b(?:me|my|our|us)\b.*)$"
)

# "X is the N (that) I ...", or with a pronoun for N: "Pork is something I don't eat",
# "Jazz is what I love", "Toronto is where I live", "£45 is what I paid for them"; "are"
# for plural things.
_CLEFT = re.compile(
    r"^(?P<x>[£$€][\d,.]+k?|[\w' -]+?) (?:is|was|are|were) "
    r"(?:(?:the|a|an|my) (?P<noun>[a-z]+)|(?P<pronoun>something|what|where|when|one thing)) "
    r"(?:(?:that|which) )?(?P<rest>(?:I|I'm|I've|I am|I was|I have|we|we've|we're|my|our)\b.*)$"
)
_POINTERS = frozenset(
    (  # noqa: SIM905
        "this that it these those there here what which who he she they you everything "
        "something nothing anything"
    ).split()
)
# "2019 is when I planted it" -> "I planted it in 2019" ("Saturday is when": "on").
_WHEN_NOUNS = {"year": "in", "month": "in", "day": "on", "date": "on", "when": "in"}
_A_PLACE_COME = re.compile(
    r"\d+(?:st|nd|rd|th)|last|(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)",
    re.I,
)
_ON_DAYS = re.compile(
    r"(?:day|days|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)
_WHERE_NOUNS = {
    "city": "in",
    "town": "in",
    "country": "in",
    "place": "in",
    "state": "in",
    "where": "in",
}
_AUXILIARIES = frozenset(
    [
        "am",
        "was",
        "have",
        "had",
        "been",
        "will",
        "would",
        "can",
        "could",
        "do",
        "did",
        "don't",
        "didn't",
        "can't",
        "won't",
        "haven't",
        "hadn't",
        "wouldn't",
        "couldn't",
        "not",
        "really",
        "just",
        "always",
        "also",
        "usually",
        "still",
        "often",
        "never",
    ]
)
_PREPOSITIONS = frozenset(["in", "at", "on", "to", "with", "without", "for", "from", "about", "of"])
_PLACES = frozenset(["outside", "inside", "near", "behind", "beyond", "along", "across"])

_APPOSITION = re.compile(r"\bmy ([a-z]+) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


# The user inside a phrase ("the jam we make"): a clause of theirs, no plain thing.
_USER_IN_IT = re.compile(r"\b(?:I|we)\b", re.IGNORECASE)


def _speaker(said_of: str) -> str:
    """Who said it, from how they are named as an object: "us" -> "We", "me" -> "I"."""
    return "We" if said_of.lower() == "us" else "I"


def _put_back(rest: str, front: str, clause_end: re.Pattern[str] | None = None) -> str:
    """`rest` with the phrase that was in front of it at the end of its main clause, before
    a clause that says more of its last thing: "In January I joined the chess club, which
    meets on Tuesdays" -> "I joined the chess club in January, which meets on Tuesdays"; a
    cleft's phrase before any next clause (`_NEXT_CLAUSE`: "It was in January that I
    joined, and it meets ...")."""
    rest, front = rest.rstrip(".!"), f"{front[0].lower()}{front[1:]}"
    # ("Every August, my son Archie, who is 12, does ...": the aside is the subject's)
    aside = _ASIDE_OF_THE_SUBJECT.match(rest)
    relative = (clause_end or _NEXT_CLAUSE).search(rest, aside.end() if aside else 0)
    if relative is None:
        return f"{rest} {front}"
    return f"{rest[: relative.start()]} {front}{rest[relative.start() :]}"


_RELATIVE = re.compile(r", (?:which|who|where) ")
# Who does it, with a clause of their own before their verb: "my son Archie, who is 12, ".
# Only a person's: a thing's "which" clause keeps the time moved in before it ("our
# flight on the last Saturday in July, which launched from ..., left at 06:15"), the
# wording dedup has long matched.
_ASIDE_OF_THE_SUBJECT = re.compile(
    r"^(?:my|our) (?:[\w'-]+ ){0,3}[\w'-]+, who [^,]+, ", re.IGNORECASE
)
# (", and I ride": the last of who does it, "Nick, my husband, and I"); ", paying the 92
# pound fee": a clause of how.
_NEXT_CLAUSE = re.compile(
    r"(?:;|, (?:which|who|where|but|so|when|because|since|as|though|although|while|"
    r"and(?! I\b)|(?!during\b)[a-z]+ing)) "
)
# After a cleft's clause or a phrase in front, ", and I had to" is a clause too, unless
# the clause opens with a list of who does it ("Nick, my husband, and I ride"); so is
# "whenever we drive down" or "because my regulator failed", with no comma.
_NEXT_CLAUSE_AFTER_CLEFT = re.compile(
    _NEXT_CLAUSE.pattern.replace(r"and(?! I\b)", "and")
    + r"| (?=(?:whenever|every time) \w)"
    # ("all because the brake wore down" is one reason, said whole)
    + r"|(?<!\ball)(?<!\bjust)(?<!\bonly)(?<!\bpartly)(?<!\bmainly) (?=because \w)"
)
_LISTED_SUBJECT = re.compile(r"^[^,]+, [^,]+, and I\b")


def _clause_ends(rest: str) -> re.Pattern[str]:
    return _NEXT_CLAUSE if _LISTED_SUBJECT.match(rest) else _NEXT_CLAUSE_AFTER_CLEFT


# What the user does to a thing said in front of its own verb: "(Every wild mushroom) I pick
# is checked", "(All the jam) we make gets sold".
_OF_A_THING_IN_FRONT = re.compile(r"^(?:I|we) [a-z]+ (?:is|are|was|were|gets|get)\b")


def _fronted(clause: str) -> str | None:
    return _fronted_phrase(clause) or _fronted_before_a_thing(clause)


def _fronted_phrase(clause: str) -> str | None:
    held = _HELD_IN_FRONT.match(clause)
    if held is not None:
        return _fronted_phrase(f"{held['event']} {held['where']}, {held['rest']}")
    listed = _LISTED_IN_FRONT.match(clause)
    if listed is not None:
        front = listed.group("front")
        return _put_back(listed.group("rest"), front)
    since_then = _SINCE_DOING.match(clause) or (
        _SINCE_A_TIME.match(clause) if since_a_time(clause) else None
    )
    if since_then is not None:
        return _put_back(since_then.group("rest"), since_then.group("front"))
    since = _SINCE_IN_FRONT.match(clause)
    if since is not None and _plain_front(since.group("head")):
        front = since.group("front")
        return _put_back(since.group("rest"), front)
    first, comma, others = clause.partition(", ")
    if comma and _plain_front(first, comma=True):  # "Every day, before breakfast, I ..."
        # or "Each March, while he's away, I", or "In the duck race, third place went to"
        inner = _moved(others) or _fronted(others) or _done_by_me(others)
        if inner is not None:
            return _put_back(inner, first)
    told_where = _FRONTED_WITH_WHERE.match(clause)
    if (
        told_where is not None
        and _plain_front(told_where.group("head"))
        and _FIRST_PERSON.search(told_where.group("rest"))  # the user's, not "the bus comes"
    ):
        return _put_back(told_where.group("rest"), told_where.group("front"))
    mine = _fronted_place_of_mine(clause)
    if mine is not None:
        return mine
    match = _FRONTED.match(clause) or _FRONTED_BEFORE_SOMEONE.match(clause)
    if match is None:
        return None
    front, rest = match.group("front"), match.group("rest")
    if front.split()[-1].lower() in _RELATIVE_WORDS:
        return None  # "At the shop where I volunteer": the "I" is the relative clause's
    if _OF_A_THING_IN_FRONT.match(rest):
        return None  # "Every wild mushroom I pick is checked by ...": the thing, no time
    if _clause_before_mine(clause, front, rest) or _ends_in_a_doer(front, rest):
        return None
    if front.split()[-1].lower() in _PREPOSITIONS:  # "On top of" my main job, ...
        return _fronted_place_of_mine(clause)
    if not _plain_front(front, comma=clause[len(front)] == ","):
        return None
    front = front[5:] if front.lower().startswith("back in ") else front  # "in 2021"
    return _put_back(rest, front, _clause_ends(rest))


# An event in front with where it was held said aside: "At the qualifier, which was held in
# Cambridge in March, I finished second" is "At the qualifier in Cambridge in March, I ...".
_HELD_IN_FRONT = re.compile(
    r"^(?P<event>(?:at|in|during|for) [^,]+), which (?:was|is|were|are) (?:held|hosted|staged) "
    r"(?P<where>(?:in|at|on) [^,]+), (?P<rest>(?:I|I'm|I've|I'd|my|we|we've|our)\b.+)$",
    re.IGNORECASE,
)
# A place in front that a clause of the user's tells: "At the Oxfam shop where I volunteer,
# all the donated records are priced by me" (whatever follows the comma).
_FRONTED_WITH_WHERE = re.compile(
    r"^(?P<front>(?P<head>[^,]+?) (?:where|that|which) (?:I|we)\b[^,]*), (?P<rest>.+)$"
)
# Days or months listed in front: "On Mondays, Wednesdays and Fridays our dog walker ...",
# "Every Monday, Wednesday and Friday morning my dad ...".
_LISTED_IN_FRONT = re.compile(
    r"^(?P<front>(?:on|in|every|each) [A-Z]\w*(?:, [A-Z]\w*)*,? (?:and|or) [A-Z]\w*"
    r"(?: (?:morning|afternoon|evening|night)s?)?),? "
    r"(?P<rest>(?:I|I'm|I've|I'll|I'd|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur)\b.*)$",
    re.IGNORECASE,
)
# "Since my diabetes diagnosis I take metformin": since a time named by a thing of the
# user's (no verb in it: "Since I was ill, I stayed in" gives a reason).
_SINCE_A_TIME = re.compile(
    r"^(?P<front>since (?:my|our) (?:(?!(?:was|were|is|are|has|have|had|got)\b)[\w'-]+ ){0,3}"
    r"(?!(?:was|were|is|are|has|have|had|got)\b)[\w'-]+),? (?P<rest>(?:I|we|my|our)\b.*)$",
    re.IGNORECASE,
)


def since_a_time(clause: str) -> bool:
    """Whether `clause` opens with since when, said as a thing of the user's."""
    front = _SINCE_A_TIME.match(clause)
    return front is not None and not any(_looks_past(w) for w in front.group("front").split())


# "Since opening my eBay shop in 2021 I've made 2,300 sales", "Since my divorce I've had":
# since when a perfect has held, comma or not.
_SINCE_DOING = re.compile(
    r"^(?P<front>since [^,]+?),? (?P<rest>(?:I've|I have|we've|we have)\b.*)$",
    re.IGNORECASE,
)
# "Every night since my braces came off, I've worn a retainer": a time, then since when
# (or before, after, while or when: "Each night before I go to sleep, I put in ...").
_SINCE_IN_FRONT = re.compile(
    r"^(?P<front>(?P<head>[^,]+?) (?:since|before|after|while|when|whenever) [^,]+), "
    r"(?P<rest>(?:I|I've|I'm|I'd|my|we|we've|our)\b.*)$",
    re.IGNORECASE,
)


def _ends_in_a_doer(front: str, rest: str) -> bool:
    """Whether what is in front ends in who does the thing, or what they did to a thing of
    the user's: "On Friday Tom and I went", "On Monday Tom fixed our fence", "Every
    morning Tom walks our dog" (no time in front of "I", "our"; "In a band called X, I
    play" is one)."""
    words = front.split()
    if words[-1].lower() in ("and", "or"):
        return True
    if rest.split()[0].lower() not in ("my", "our"):
        return False
    last = words[-1]
    named_doer = len(words) > 2 and words[-2][:1].isupper() and last.islower()
    return (named_doer and last.endswith("s") and can_be_verb(last)) or any(
        len(w) > 4 and w.islower() and w.endswith("ed") and verb_base(w) is not None
        for w in words[1:]
    )


def _fronted_before_a_thing(clause: str) -> str | None:
    """A time or place in front of something said of the user's: "Every October a Gas Safe
    engineer services our boiler" -> "A Gas Safe engineer services our boiler every
    October", "Each month 74 pounds comes out of my salary"."""
    words = clause.split()
    for index, word in enumerate(words[1:9], 1):
        following = words[index + 1].lower().rstrip(",") if index + 1 < len(words) else ""
        # "74 pounds", not "In May 2024," nor "On Monday 6 October", nor "the 6th of May"
        bare, dated = word.rstrip(","), following in _DAYS_AND_MONTHS or following[:1].isdigit()
        counted = bare[:1].isdigit() and len(bare) != 4 and not dated and bare[-1:].isdigit()
        # or a number in words before a thing ("Each November, two workshops are run by me")
        counted = counted or (bare.lower() in _COUNTS and following[:1].isalpha() and not dated)
        named = _named_after_a_date(words, index)
        if (word.lower() not in ("a", "an", "the") or dated) and not counted and not named:
            continue
        front, rest = " ".join(words[:index]).rstrip(","), " ".join(words[index:])
        if any(_owned_or_done(w) for w in words[:index]):
            continue  # "Last February's storm ripped the netting": a subject and its verb
        ends_open = words[index - 1].lower() in _PREPOSITIONS | {"by", "about", "around"}
        # The phrase is the first clause's ("On Christmas Eve the glass cracked, so we
        # can't use it"), where a comma ends that clause.
        next_clause = _NEXT_CLAUSE.search(rest)
        first = rest[: next_clause.start()] if next_clause else rest
        one_clause = "," not in first and not _CLAUSE_WORDS.intersection(first.lower().split())
        if (
            not ends_open
            and one_clause
            and _plain_front(front)
            and (named or _OF_MINE.search(rest))
        ):
            return _put_back(_capitalised(rest), front)
    return None


def _named_after_a_date(words: list[str], index: int) -> bool:
    """Whether a name follows a day, month, number or time in front: "On 14 November
    Rentokil are coming", "Twice a day Nutmeg has" (who does it, not part of when)."""
    word, last = words[index], words[index - 1].rstrip(",").lower()
    return (
        word[:1].isupper()
        and word not in _SPEAKER_WORDS
        and word.lower() not in _DAYS_AND_MONTHS
        and (last in _DAYS_AND_MONTHS or last.isdigit() or last in _SPANS)
    )


# Spans that end a time in front ("Twice a day", "Every morning"); "Christmas" or "New"
# may go on into a name of the day ("On Christmas Eve").
_SPANS = frozenset(
    (  # noqa: SIM905
        "day days week weeks month months year years morning mornings afternoon afternoons "
        "evening evenings night nights weekend weekends summer winter spring autumn"
    ).split()
)
_SPEAKER_WORDS = frozenset(["I", "I'm", "I've", "I'll", "I'd", "We", "My", "Our"])


_DAYS_AND_MONTHS = frozenset(
    (  # noqa: SIM905
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december"
    ).split()
)


def _owned_or_done(word: str) -> bool:
    """A possessive or a past in front: a subject and its verb, no time ("there's" is "there
    is")."""
    return (word.endswith("'s") and word.lower() != "there's") or _looks_past(word)


_OF_MINE = re.compile(r"\b(?:me|my|our|us)\b", re.IGNORECASE)
# Words that join a second clause, whose time the phrase in front may be ("In 2022 a van
# hit my Fiat while it was parked").
_CLAUSE_WORDS = frozenset(
    ["while", "when", "because", "and", "but", "after", "before", "since", "until", "if"]
)


_CLAUSE_IN_FRONT = re.compile(r"\b(?:where|that|which|who|when|there's|is|was|are|were)\b")


def _clause_before_mine(clause: str, front: str, rest: str) -> bool:
    """Whether what comes before "my" or "our" with no comma is a clause of its own: "In
    2022 a van hit my Fiat" (an article, and no time at its end), not "In March my eye
    test"."""
    if rest[0] == "I" or clause[len(front)] == ",":
        return False
    if rest.split()[0].lower() == "we" and not _CLAUSE_IN_FRONT.search(front):
        return False  # "In the hallway we have"; not "In the shed there's a hutch where we"
    words = front.lower().split()
    return bool({"a", "an", "the"}.intersection(words[1:])) and not _TIMES_OF_YEAR.search(words[-1])


_TIMES_OF_YEAR = re.compile(
    r"^(?:summer|winter|spring|autumn|week|weekend|day|morning|evening|night|year|month|"
    r"holiday|break|half-term|term|christmas|easter|fortnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
    r"february|march|april|may|june|july|august|september|october|november|december)s?$"
)


def _looks_past(word: str) -> bool:
    return word.lower().endswith("ed") or word.lower() in ("was", "is", "showed", "said", "told")


def _plain_front(front: str, comma: bool = False) -> bool:
    """A time, place or manner in front, with no verb or person of its own; ended by a
    comma, it may run two words longer ("At 6.15 am on the last Saturday in July, ...")."""
    if _FIRST_PERSON.search(front) or _VERB_IN_FRONT.search(front):
        return False
    if f"{front.lower()} ".startswith(_CONJUNCTIONS):  # "In case I forget, ...": a clause
        return False
    words = front.split()
    if len(words) < 2:
        return bool(words) and words[0].lower() in _ALONE
    counted = (words[0].isdigit() and len(words[0]) != 4) or words[0].lower() in _COUNTS
    if counted and words[1].lower() not in _TIME_UNITS:
        return False  # "40 friends came to the party I hosted": a count, no time
    # A phrase of place may run longer: "At the Ely car boot sale last Sunday, I ...".
    opening = words[1] if re.match(_NARROWED, front, re.IGNORECASE) else words[0]
    placed = opening.lower() in _PREPOSITIONS | _PLACES
    # and ended by a comma, longer still ("In the duck race at Bourton on the August bank
    # holiday Monday, ...")
    longest = (8 if placed else 6) + ((6 if placed else 2) if comma else 0)
    return len(words) <= longest and _FRONT_START.match(front) is not None


_COUNTS = frozenset(_NUMBER_WORDS.split("|")) - {"twice", "once", "a few"}
_TIME_UNITS = frozenset(
    ["times", "days", "weeks", "months", "years", "nights", "hours", "minutes", "am", "pm"]
)


# "At the bottom of my garden, I've got 2 beehives", "On top of my main job, I'm a
# bartender", "For my 30th I threw a party", "Because of my wedding, I had ...", "For our
# anniversary we went ...", "At our Christmas concert, our choir raised ...", "At my
# pottery class, three of my pots cracked": a fronted phrase whose object is the user's,
# up to its comma or the speaker.
_FRONTED_OF_MINE = re.compile(
    r"^(?P<front>(?:at|on|in|behind|next to|on top of|for|after|before|during|because of|"
    r"due to|(?:on )?either side of)\b[^,]*?"
    r"\b(?:my|our)\b[^,]*?(?:, (?-i:[A-Z])[^,]*?)?),?\s+"  # "At our church, St Mary's,"
    r"(?P<rest>(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|all|both|most|"
    r"none) of (?:my|our)|I|I'm|I've|I'll|I'd|we|we're|we've|we'll|my|our)\b.*)$",
    re.IGNORECASE,
)


# An occasion of the user's ends the phrase as a comma would: "For my 60th birthday my
# daughter gave me a bonsai".
_OCCASION_ENDS = re.compile(
    r"\b(?:birthday|anniversary|wedding|retirement|graduation|christening|honeymoon)$", re.I
)


def _fronted_place_of_mine(clause: str) -> str | None:
    match = _FRONTED_OF_MINE.match(clause)
    if match is None or len(match.group("front").split()) > 10:
        return None
    front = match.group("front")
    rest = match.group("rest").split()
    ended = clause[len(front)] == "," or _OCCASION_ENDS.search(front) is not None
    if not ended and (rest[0].lower() in ("my", "our") or rest[1:2] == ["of"]):
        return None  # "In March my eye test showed": only a comma ends the phrase
    mine = re.split(r"\b(?:my|our)\b", front, maxsplit=1, flags=re.IGNORECASE)[1].split()
    longest = 6 if _ends_in_a_time(mine) else 3  # "On my stag do in August we paid ..."
    if clause[len(front)] != "," and (len(mine) > longest or any(_looks_past(w) for w in mine)):
        return None  # "In March my eye test showed I need glasses": a clause, not a place
    if _VERB_IN_FRONT.search(front) or re.search(r"\bI\b", front):
        return None
    if front.split()[-1].lower() in ("and", "or"):
        return None  # "In 2021 my neighbour Colin and I fell out": two who did it
    if rest[1:2] == ["of"]:  # "three of my pots" opens the sentence now
        return _put_back(" ".join([rest[0].capitalize(), *rest[1:]]), front)
    return _put_back(match.group("rest"), front)


def _place_of_mine(cleft: re.Match[str]) -> str:
    """What a cleft is said of, but the "my" of a place of the user's where they do it ("My
    back garden is where I practise ...": the user practises in it)."""
    if cleft.group("pronoun") == "where":
        return re.sub(r"^(?:my|our) ", "", cleft.group("x"), flags=re.IGNORECASE)
    return cleft.group("x")


def _ends_in_a_time(words: list[str]) -> bool:
    """Whether `words` end in a month, day or year ("stag do in August")."""
    if len(words) < 2 or words[-2].lower() not in ("in", "on", "last", "this", "next"):
        return False
    return words[-1].lower() in _DAYS_AND_MONTHS or re.fullmatch(r"\d{4}", words[-1]) is not None


_NAME_GIVEN = frozenset(["gave", "give", "chose", "picked"])


def _cleft(clause: str) -> str | None:
    match = _CLEFT.match(clause)
    if match is None or _FIRST_PERSON.search(_place_of_mine(match)):
        return None
    if match.group("x").lower() in _POINTERS:  # "This is the book I wrote": no thing named
        return None
    thing, noun = _uncapitalised(match.group("x")), match.group("noun") or match.group("pronoun")
    words = match.group("rest").rstrip(".!").split()
    if words[-1].lower() in _PREPOSITIONS:  # "Paris is the city I live in"
        return " ".join([*words, thing])
    preposition = _WHEN_NOUNS.get(noun) or _WHERE_NOUNS.get(noun)
    if noun == "where" and _A_PLACE_COME.fullmatch(thing):
        return _place_come(thing.lower(), words)
    if noun == "when" and _ON_DAYS.search(thing):
        preposition = "on"  # "Wednesday evenings are when I play": "on Wednesday evenings"
    if preposition is not None:  # "1990 is the year I was born"
        return " ".join([*words, preposition, _uncapitalised(thing)])
    if noun == "name" and len(words) > 2 and words[1].lower() in _NAME_GIVEN:
        return " ".join([words[0], "named", *words[2:], thing])  # "Rex is the name I gave"
    # The thing goes after the main verb: "Spanish is a language I speak fluently"; an
    # auxiliary before a time or place is the main verb ("Hiking is something I do every
    # Sunday").
    verb = _first_verb(words)
    if verb is None:
        verb = _verb_of_mine(words)
    if verb is None:
        return None
    while (
        verb < len(words) - 1
        and words[verb].lower() in _AUXILIARIES
        and not _FRONT_START.match(words[verb + 1])
    ):
        verb += 1
    # A stranded preposition belongs to the verb: "Podcasts are what I listen to on my
    # way" -> "I listen to Podcasts on my way" ("I play at the club" keeps its "at").
    if (
        verb < len(words) - 2
        and words[verb + 1].lower() in _PREPOSITIONS
        and words[verb + 2].lower() in _PREPOSITIONS
    ):
        verb += 1
    return " ".join([*words[: verb + 1], thing, *words[verb + 1 :]])


def _place_come(place: str, words: list[str]) -> str | None:
    """The place said right after the verb of coming it: "Thirty-fourth was where our gig
    crew finished in the veterans' race" -> "our gig crew finished 34th in the ..."."""
    verb = next((i for i, word in enumerate(words) if word.lower() in _PLACE_VERBS), None)
    if verb is None:
        return None
    return " ".join([*words[: verb + 1], place, *words[verb + 1 :]])


_PLACE_VERBS = frozenset(["finished", "finish", "finishes", "came", "come", "comes", "placed"])


def _verb_of_mine(words: list[str]) -> int | None:
    """Where the thing goes after "my ..." when no auxiliary comes first: after the verb's
    preposition, stranded before a time ("A tai chi class is what my mum, who's 78, started
    going to in September")."""
    for i, word in enumerate(words[1:-1], 1):
        stranded = word.lower() in _PREPOSITIONS and _FRONT_START.match(words[i + 1])
        if stranded and not _FRONT_START.match(words[i - 1]):
            return i
    return None


def _first_verb(words: list[str]) -> int | None:
    """Where the verb after the subject may be: after "I" or "we", or the first auxiliary
    after "my ..." or "our ..." ("our blue budgie Sunny can say"); None when there is none
    within a short subject."""
    if words[0].lower() not in ("my", "our"):
        return 1
    return next((i for i, w in enumerate(words[1:6], 1) if w.lower() in _AUXILIARIES), None)


# "When I fly, I always ask for a window seat": the clause in front goes to the end.
# "So hedgehogs can get through, I cut a hole": "so" with a modal after it gives a purpose
# (rules.py strips any other "so" in front as a filler).
PURPOSE_SO = r"[^,]{0,40}\b(?:can|could|will|would|won't|can't|don't|doesn't)\b"
# After a reason in front: "Because its pressure keeps dropping, it gets topped up by me".
IT_DONE_BY_ME = r"(?:it|they) (?:is|are|gets|get) [^,]*\bby (?:me|us)\b"
# Or some of a thing of the user's, named in front: "Because I'd bottled my wine too early,
# two of them exploded".
SOME_OF_THEM = r"[\w-]+ of (?:them|it)\b"
_LEADING_CLAUSE = re.compile(
    rf"^(?P<front>(?:when|whenever|every time|each time|while|if|before|after|once|since|"
    rf"because|so that|"
    rf"as(?! an?\b| [\w-]+ (?:of|for)\b)|as long as|provided(?: that)?|on condition that|"
    rf"so(?= {PURPOSE_SO})) [^,]+),\s+"
    r"(?P<rest>(?:I|I'm|I've|I'll|I'd|my|we|we've|our)\b[^,]*(?:, [^,]+, [^,]+)?"
    r"|(?:a|an|the) [^,]*\b(?:me|my|our|us)\b[^,]*"
    rf"|{IT_DONE_BY_ME}[^,]*|{SOME_OF_THEM}[^,]*)$",
    re.IGNORECASE,
)
# "When my nan died in 2016, she left me her ring" -> "My nan left me her ring when she
# died in 2016": one of the user's people named in the clause in front, then a pronoun.
_LEADING_CLAUSE_OF_MINE = re.compile(
    r"^(?P<conj>when|after|before|once) (?P<who>my [a-z]+(?: (?-i:[A-Z][\w'-]*))?) "
    r"(?P<did>[^,]+),\s+"
    r"(?P<pronoun>he|she|they) (?P<rest>[^,]+)$",
    re.IGNORECASE,
)
# The same without its comma when the clause is an age: "When I was six I had my tonsils
# taken out", "When I was young my family moved" ("When I was told I ..." is no age).
_LEADING_WHEN_I_WAS = re.compile(
    r"^(?P<front>when I was (?:\d{1,3}|[a-z]+(?:teen|ty)|[a-z]+ty-[a-z]+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|young|little|small|a (?:kid|child|teenager|"
    r"toddler|baby|student|boy|girl))(?: years? old)?)\s+"
    r"(?P<rest>(?:I|I'm|I've|I'd|My|my)\b[^,]*)$",
    re.IGNORECASE,
)
# "It was in Dublin that I grew up": where, when or why, put after what was done ("It was
# on a beach in Paphos, Cyprus, that we got married", "It's because he chases squirrels
# that our greyhound wears a muzzle", "It's half an hour before bedtime that I switch it
# on", "It's to stop the finches catching it that I scrub it out").
_SPAN_BEFORE = (
    rf"(?:(?:half an|an|a|a couple of|\d+|{_NUMBER_WORDS}) (?:minute|hour|day|week|month|year)s?|"
    r"the (?:day|night|morning|evening|week|weekend)) (?:before|after)"
)
_IT_CLEFT = re.compile(
    r"^it(?: is|'s| was) (?P<x>(?:(?:in|at|on|from|during|by|after|before|since|until|over|"
    r"along|around|across|through|near|outside|inside|behind|under|underneath|beneath|for|"
    r"when|with|up(?! to\b)|down(?! to\b)) "
    r"(?!far\b)[\w'-]+"
    r"(?:,? (?:\d+\.)?(?!that\b)[£$€]?[\w'&:-]+){0,12}?|because [\w'-]+(?: [\w'-]+){0,9}?|"
    r"(?:last|this|next) (?:(?-i:[A-Z])[\w'-]*(?: (?-i:[A-Z])[\w'-]*){1,2}|[\w'-]+)|"
    r"(?:every|each) [\w'-]+(?: [\w'-]+){0,3}?|"
    rf"{_SPAN_BEFORE} [\w'-]+(?: [\w'-]+){{0,9}}?|to [a-z]+(?: [\w'-]+){{0,9}}?)),? "
    r"(?:that|when|where) (?P<rest>(?:I|we|my|our|the|[A-Z][\w'-]*, (?:my|our)|\w+ of us)\b.*|"
    r"there(?:'s| is| are| was| were)\b.*|[a-z]+ [^,]*\b(?:my|our|me|us|(?:that|which) I)\b.*)$",
    re.IGNORECASE,
)
# "It's Oatly, not cow's milk, that I have in my tea": what is had instead of another.
_NOT_Y = re.compile(r"^(it(?: is|'s| was) [^,]+), not ([^,]+), (that|which|who) ", re.IGNORECASE)
# "It's the Methodist church hall where I take Ivy to Baby Sensory" -> "I take Ivy to Baby
# Sensory at the Methodist church hall": a place named with no preposition.
_THERE_IS = re.compile(r"there(?:'s| is| are| was| were)\b", re.IGNORECASE)
_WHERE_CLEFT = re.compile(
    r"^it(?: is|'s| was) (?P<x>(?:the |a |an )?[\w'-]+(?: [\w'-]+){0,6}?),? where "
    r"(?P<rest>(?:I|we|my|our)\b.*)$",
    re.IGNORECASE,
)
# What is said of a thing, not the thing: "It's a shame that I missed it", "It was so
# cold that I stayed in", "It's a good job that I checked" are no clefts ("It's a fine mesh
# sieve that I use" is one).
_SAID_OF_IT = (
    r"(?:true|likely|possible|funny|strange|odd|weird|good|great|lucky|important|clear|"
    r"obvious|sad|nice|fine|ok|okay|amazing|rare|typical|certain|unlikely)"
)
_NO_CLEFT = (
    r"(?!(?:so|such|too|very|really|not|been|quite|no)\b)(?!(?:a |an )?(?:shame|pity|wonder|"
    r"miracle|surprise|relief|fact|time)\b)"
    rf"(?!{_SAID_OF_IT}\b)(?!(?:a |an ){_SAID_OF_IT} (?:thing|job|sign|idea|feeling|shame|"
    r"pity|point|bet|chance|day|time|way)\b)"
    r"(?!(?:about|me|what|this|that|there|here|in|at|on|from|during|by|after|"
    r"before|since|until|over|for|with|because|last|next|the (?:best|worst|first|last|only|"
    r"most|least)|(?:my|our) (?:fault|idea|choice|decision|turn|mistake|pleasure|luck|dream|"
    r"plan|hope|wish|guess|belief|view|opinion|impression|understanding))\b)"
)
# "It's the under-12s that I coach on Saturdays" -> "I coach the under-12s on Saturdays":
# the thing put back after the verb ("our choir is singing X", "I'm getting X tattooed").
# With "that" or "which" after the thing, the thing ends there: "It's two jars of my Seville
# orange marmalade that I've entered" has no "my Seville orange" doing anything.
_OBJECT_CLEFT_PATTERN = (
    rf"^it(?: is|'s| was) {_NO_CLEFT}(?P<x>(?:the |a |an )?[£$]?[\w'-]+(?:\.\d+)?"
    r"(?: [\w'-]+){0,{longest}}?) "
    r"(?P<relative>(?:that|which|who|whom) ){relative}"
    r"(?P<subject>I|we|(?:my|our) [\w-]+(?: [A-Z][\w'-]*)?)"
    r"(?P<verb>(?:'m|'re|'ve| am| are| is| was| were| have| has| had)?(?: been)? "
    r"(?:(?:always|usually|often|never|sometimes|normally|still|just|also|only) )?"
    r"(?:(?:had|have|has|want|wanted|need|needed|got) to )?"
    r"(?!(?:am|are|is|was|were|been|be|to|in|on|at|with|for|from|of|by|about|into|that|which|"
    r"who)\b)[a-z]+)"
    r"(?P<stranded> (?:with|for|to|at|from|on|in|into|about|after|by|up|out|off|away|back|down)"
    r"(?=[,.!]?$|,? (?:in|on|at|"
    r"every|each|this|next|last|since|from|until|when|because|with|for|during|after|before)\b|"
    r", (?:and|but|so)\b))?"
    r"(?P<comma>,)?[.!]?(?: (?P<rest>\S.*))?$"
)
# With "that" the thing may be longer: "It's my cousin Harriet's wedding at St Andrew's on
# 14 June that I'm ringing for".
_OBJECT_CLEFTS = (
    re.compile(
        _OBJECT_CLEFT_PATTERN.replace("{relative}", "").replace("{longest}", "11"),
        re.IGNORECASE,
    ),
    re.compile(
        _OBJECT_CLEFT_PATTERN.replace("{relative}", "?").replace("{longest}", "7"),
        re.IGNORECASE,
    ),
)
# "It was slugs that ate my lettuces" -> "Slugs ate my lettuces".
# ("It's Mrs Lindqvist, my piano teacher, who's told me": who someone is may follow them)
_SUBJECT_CLEFT = re.compile(
    rf"^it(?: is|'s| was) {_NO_CLEFT}(?P<x>[\w'-]+(?: [\w'-]+){{0,7}}?"
    r"(?:, (?:my|our) [\w' -]+,)?) (?:that|who|which)"
    r"(?P<be>'s|'re)? (?P<verb>[a-z]+) (?P<rest>\S.*)$",
    re.IGNORECASE,
)
_NO_VERB = frozenset(["i", "we", "my", "our", "the", "a", "an", "he", "she", "they", "you", "it"])
# "It's my Hohner Special 20 that's my favourite harmonica" -> "My favourite harmonica is
# my Hohner Special 20": a cleft saying which thing is the user's something.
_WHICH_IS_MINE_CLEFT = re.compile(
    r"^it(?: is|'s) (?P<x>.+?),? (?:that|which)(?:'s| is) (?P<mine>(?:my|our) [^,]+)$",
    re.IGNORECASE,
)
# "There are 40 posters about our cat that I've put up around Headington" -> "I've put up
# 40 posters about our cat around Headington": a thing the user has done something to
# ("There's a class at the library that I go to on Thursdays").
_THERE_DONE_BY_ME = re.compile(
    r"^there(?:'s| is| are| was| were) (?!(?:a |an |the |no |every |some )?(?:chance|"
    r"possibility|risk|way|reason|feeling|sense|hope|time|day|moment|point|lot|bit|thing|"
    r"nothing|something|anything|part)\b)(?P<x>[^,]+?) (?:(?:that |which )?(?P<done>I've|"
    r"I have|we've|we have|I'd|I had)|(?:that|which) (?P<doer>I|we)) "
    r"(?P<verb>[a-z]+(?: (?:up|out|down|in|off|away|back|to|at|for|with|after|into|on))?)"
    r"(?P<rest>(?: [^,]+)?)$",
    re.IGNORECASE,
)
# "It was my nan who taught me to bake" -> "My nan taught me to bake": one of the user's
# people, said as a cleft ("It's me who's playing the dame" -> "I'm playing the dame"),
# with what is said of them kept ("It was my grandson Leo, aged nine, who won").
_WHO_CLEFT = re.compile(
    r"^it(?: is|'s| was) (?P<who>my [\w'-]+(?: [\w'-]+){0,2}?(?:, [\w' -]+,)?|me),? "
    r"(?:who|that)(?P<is>'s)? "
    r"(?P<rest>[a-z].*)$",
    re.IGNORECASE,
)
# "Not checking my mirror is why I failed my test" -> "I failed my test because of not
# checking my mirror".
_WHY_CLEFT = re.compile(
    r"^(?P<x>[^,]+?) (?:is|was) (?:the reason )?why (?P<rest>(?:I|we|my|our)\b.*)$",
    re.IGNORECASE,
)
# "It took me seven days to hike it" -> "I took seven days to hike it".
_IT_TOOK_ME = re.compile(r"^it (?P<took>took|takes) me (?P<rest>\S.*\bto\b.*)$", re.IGNORECASE)
# "Building the Lego Titanic took me three weeks" -> "It took me three weeks to build the
# Lego Titanic": what is done said first, with a thing said of it in commas kept with it
# ("Beating Colin took me up to fifth place" takes no time).
_DOING_TOOK_ME = re.compile(
    r"^(?P<doing>[a-z]+ing) (?P<x>[^,]+?(?:, [^,]+,)?) (?P<took>took|takes) (?P<who>me|us) "
    r"(?P<time>(?:[\w-]+ ){0,3}(?:seconds?|minutes?|hours?|days?|weeks?|fortnight|months?|"
    r"years?|evenings?|weekends?|afternoons?|mornings?|nights?|ages)\b.*)$",
    re.IGNORECASE,
)
# "It cost me 119 pounds to get my screen replaced" -> "I paid 119 pounds to get ...".
_IT_COST_ME = re.compile(
    r"^it (?P<cost>cost|costs) (?P<who>me |us )?(?P<amount>\S+(?: [a-z]+){0,3}?) "
    r"to (?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "What I like cooking best on Sundays is my nan's hotpot" -> "I like cooking my nan's
# hotpot best on Sundays".
_WHAT_I_LIKE_BEST = re.compile(
    r"^what I (?P<like>love|like|enjoy) (?P<doing>[a-z]+ing) (?P<best>most|best)"
    r"(?P<when> [^,]+?)? is (?P<x>.+)$",
    re.IGNORECASE,
)
# "What I'm restoring is a 1962 Lambretta" -> "I'm restoring a 1962 Lambretta"; what is
# said of the doing after its verb goes after the thing: "What I keep by the back door for
# the hanging baskets is a green watering can" -> "I keep a green watering can by the back
# door for the hanging baskets" (not "What I like about Leeds is ...").
_WHAT_I_DO = re.compile(
    r"^what (?P<who>I|we)(?P<be>'m| am|'re| are|'ve| have)? (?P<verb>[a-z]+)"
    r"(?P<more> (?:by|in|on|at|under|behind|beside|near|inside|outside|every|each|for|from|"
    r"with)(?: (?!(?:is|was|are|were)\b)[\w'-]+){1,8}?)? (?:is|was|are|were) "
    r"(?P<x>(?:an?|the|my|our|\d)\b.+)$",
    re.IGNORECASE,
)
# "The laptop I use is a MacBook Air" -> "My laptop is a MacBook Air": a thing the user
# has or uses ("The job I want", "The city I hate" are no such thing), or lives in ("The
# house I live in dates from 1895").
_THING_I_USE = re.compile(
    r"^the (?P<thing>[\w'-]+(?: [\w'-]+){0,4}?) (?:that )?(?P<who>I|we) "
    r"(?:use|have|own|drive|ride|rent|bought|got|adopted|wear|carry|play|run|manage|keep|"
    r"live in) "
    r"(?P<says>(?:is|are|was|were|has|have|dates from|dates back to) .+)$",
    re.IGNORECASE,
)

# "The view I love most is Edinburgh at sunrise" -> "My favourite view is Edinburgh ...".
_THING_I_LOVE_MOST = re.compile(
    r"^the (?P<thing>[a-z]+(?: [a-z]+)?) (?:that )?I (?:love|like|enjoy) (?:the )?(?:most|best) "
    r"(?P<says>(?:is|are) .+)$",
    re.IGNORECASE,
)
# "Of all walks, the coast path is my favourite" -> "My favourite walk is the coast path".
_OF_ALL = re.compile(
    r"^of all (?:the )?(?P<things>[a-z]+s), (?P<x>[^,]+?) (?P<be>is|was) "
    r"my (?:favourite|favorite)$",
    re.IGNORECASE,
)

# "When it comes to theatre, musicals are what I love most": the topic goes to the end, and
# what is said of it is put subject-first in turn.
_TOPIC = re.compile(
    r"^(?P<front>(?:when it comes to|as for|in terms of|speaking of|talking of) [^,]+),\s+"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)


# "Using a reusable piping bag fitted with a 1M nozzle, I pipe the swirls" -> "I pipe the
# swirls using ...": what the user does a thing with, said in front ("With grains given to
# me by my friend Priya, I make kefir").
_USING_IN_FRONT = re.compile(
    r"^(?P<front>(?:using|with) [^,]+), (?P<rest>(?:I|I'm|I've|we|we're|we've|my|our)\b.*)$",
    re.IGNORECASE,
)


def _with_my_people(front: str) -> bool:
    """Whether a "with ..." in front is the company the user keeps ("With my in-laws, I
    speak Portuguese"), which at the end would read as part of what is done."""
    people = re.match(r"with (?:my|our) (?:[\w-]+ )?([\w-]+)$", front, re.IGNORECASE)
    return people is not None and (
        _kin(people[1].removesuffix("-in-laws")) or people[1] == "in-laws"
    )


def _moved(clause: str) -> str | None:
    """A leading "when ..." clause or topic moved to the end; an "it was in X that I"
    cleft, an "it was my nan who" cleft, "it took me" and "the thing I use is" said with
    the speaker first."""
    using = _USING_IN_FRONT.match(clause)
    if using is not None and not _with_my_people(using.group("front")):
        rest = using.group("rest")
        return _put_back(_capitalised(rest), using.group("front"))
    topic = _TOPIC.match(clause)
    if topic is not None:
        front, rest = topic.group("front", "rest")
        return _put_back(subject_first(rest), front, _clause_ends(rest))
    theirs = _LEADING_CLAUSE_OF_MINE.match(clause)
    # ("When my last batch of soap bars came out, they ...": no one of the user's)
    if theirs is not None and _kin(theirs.group("who").split()[1]):
        conj, who, did, pronoun, rest = theirs.group("conj", "who", "did", "pronoun", "rest")
        return f"My {who[3:]} {rest.rstrip('.!')} {conj.lower()} {pronoun.lower()} {did}"
    leading = _LEADING_CLAUSE.match(clause) or _LEADING_WHEN_I_WAS.match(clause)
    if leading is not None:
        front, rest = leading.group("front", "rest")
        rest = _done_by_me(rest) or rest  # "When it rains, the pots are brought in by me"
        return _put_back(_capitalised(rest), front)
    clause = _NOT_Y.sub(r"\1 instead of \2 \3 ", clause)  # "It's Oatly, not cow's milk, that"
    aside = _cleft_with_aside(clause)
    if aside is not None:
        return aside
    cleft = _IT_CLEFT.match(clause)
    # "It's in the eaves above our back bedroom window that there's a wasps' nest": what
    # there is names a place, however long.
    if cleft is not None and (
        _names_when_or_where(cleft.group("x")) or _THERE_IS.match(cleft.group("rest"))
    ):
        rest = cleft.group("rest")
        return _put_back(_capitalised(rest), cleft.group("x"), _clause_ends(rest))
    where = _WHERE_CLEFT.match(clause)
    if where is not None and where.group("x").split()[-1].lower() not in _TIME_NOUNS:
        rest = where.group("rest")
        return _put_back(_capitalised(rest), f"at {where.group('x')}")
    for pattern in _OBJECT_CLEFTS:
        object_cleft = pattern.match(clause)
        if object_cleft is not None and _an_object_cleft(object_cleft):
            return _object_put_back(object_cleft)
    subject_cleft = _SUBJECT_CLEFT.match(clause)
    if subject_cleft is not None and subject_cleft.group("verb").lower() not in _NO_VERB:
        x, verb, rest = subject_cleft.group("x", "verb", "rest")
        be = {"'s": "is ", "'re": "are "}.get(subject_cleft.group("be") or "", "")
        if be and not verb.endswith("ing"):  # "who's told me", "who've been": has, have
            be = {"is ": "has ", "are ": "have "}[be]
        if verb_base(verb) is not None or verb.endswith("s") or verb in SAME_IN_PAST:
            return f"{_capitalised(x)} {be}{verb} {rest}"
    mine = _WHICH_IS_MINE_CLEFT.match(clause)
    if mine is not None:
        return f"{_capitalised(mine.group('mine'))} is {mine.group('x')}"
    there = _THERE_DONE_BY_ME.match(clause)
    if there is not None:
        done, verb, x, rest = there.group("done", "verb", "x", "rest")
        who = done or there.group("doer")
        verb, _, preposition = verb.partition(" ")
        if preposition in _PREPOSITIONS and _an_object(rest):  # "opened X with the DPS"
            return f"{who} {verb} {x} {preposition}{rest}"
        return f"{who} {verb}{f' {preposition}' if preposition else ''} {x}{rest}"
    who = _WHO_CLEFT.match(clause)
    if who is not None and " that " in clause and not _a_person(who.group("who")):
        who = None  # "It was my fault that we missed the train"
    if who is not None and who.group("who").lower() == "me":  # "It was me who organised"
        return f"{'I am' if who.group('is') else 'I'} {_said_by_me(who.group('rest'))}"
    if who is not None:
        # "my mother-in-law, Maureen," is "my mother-in-law Maureen"
        kin_named = re.sub(r"^(.+), ([A-Z][a-z]+),$", r"\1 \2", who.group("who")[3:])
        return f"My {kin_named} {'is ' if who.group('is') else ''}{who.group('rest')}"
    doing = _doing_took_me(clause) or _doing_cost_me(clause)
    if doing is not None:
        return doing
    took = _IT_TOOK_ME.match(clause)
    if took is not None:
        verb = "took" if took.group("took").lower() == "took" else "take"
        return f"I {verb} {took.group('rest')}"
    cost = _IT_COST_ME.match(clause)
    if cost is not None:
        paid = "paid" if cost.group("cost").lower() == "cost" else "pay"
        payer = _speaker((cost.group("who") or "").strip())
        return f"{payer} {paid} {cost.group('amount')} to {cost.group('rest')}"
    why = _WHY_CLEFT.match(clause)
    if why is not None and why.group("x").lower() not in _POINTERS:  # not "That is why"
        reason = why.group("x")
        return f"{why.group('rest').rstrip('.!')} because of {reason[0].lower()}{reason[1:]}"
    what = _WHAT_I_LIKE_BEST.match(clause)
    if what is not None:
        like, doing, best, when = what.group("like", "doing", "best", "when")
        thing = what.group("x").rstrip(".!")
        return f"I {like} {doing} {thing} {best}{when or ''}"
    what_i_do = _WHAT_I_DO.match(clause)
    if what_i_do is not None:
        who, be, verb, x = what_i_do.group("who", "be", "verb", "x")
        return f"{who}{be or ''} {verb} {x.rstrip('.!')}{what_i_do.group('more') or ''}"
    thing = _THING_I_USE.match(clause)
    if thing is not None:
        whose = "Our" if thing.group("who").lower() == "we" else "My"
        return f"{whose} {thing.group('thing')} {thing.group('says')}"
    favourite = _THING_I_LOVE_MOST.match(clause)
    if favourite is not None:
        return f"My favourite {favourite.group('thing')} {favourite.group('says')}"
    of_all = _OF_ALL.match(clause)
    if of_all is not None:
        things, be = _singular(of_all.group("things")), of_all.group("be")
        return f"My favourite {things} {be} {of_all.group('x')}"
    return None


# "It's a cut-resistant glove, which cost me £8, that I wear" -> "I wear a cut-resistant
# glove, which cost me £8": what is said of the cleft's thing in commas goes with it.
_CLEFT_WITH_ASIDE = re.compile(
    r"^(?P<it>it(?: is|'s| was)) (?P<x>[^,]+), (?P<aside>[^,]+), that (?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _doing_took_me(clause: str) -> str | None:
    took = _DOING_TOOK_ME.match(clause)
    if took is None:
        return None
    base = verb_base(took.group("doing").lower())
    if base is None:
        return None  # "Nothing took me longer"
    who = _speaker(took.group("who"))
    verb = "took" if took.group("took").lower() == "took" else "take"
    thing = took.group("x").removesuffix(",")
    return f"{who} {verb} {took.group('time')} to {base} {thing}"


# A sum of money: "£42", "$1,200", "forty-two pounds".
_AMOUNT = r"[£$€][\d,.]+k?|[\w,.-]+(?: [\w-]+){0,5}? (?:pounds|quid|dollars|euros)"
# "Hiring a karaoke DJ for our street party cost us £180" -> "We paid £180 to hire a karaoke
# DJ for our street party", as "It cost us £180 to hire ..." is put.
_DOING_COST_ME = re.compile(
    r"^(?P<doing>[a-z]+ing) (?P<x>[^,]+?) (?P<cost>cost|costs) (?P<who>me|us) "
    rf"(?P<amount>{_AMOUNT})(?P<per> a (?:day|night|week|month|year)| per \w+)?"
    r"(?P<rest>(?! to\b)[^,]*)$",
    re.IGNORECASE,
)


# What befalls someone rather than what they do: what it cost is no price paid to do it.
_MISHAPS = frozenset(
    [
        *("lose", "break", "miss", "forget", "crash", "damage", "drop", "smash", "scratch"),
        *("dent", "fail", "leave", "burn", "spill", "oversleep", "overstay", "ignore", "be"),
    ]
)


def _doing_cost_me(clause: str) -> str | None:
    cost = _DOING_COST_ME.match(clause)
    if cost is None or _USER_IN_IT.search(cost["x"]):
        return None
    base = verb_base(cost["doing"].lower())
    if base is None or base in _MISHAPS:
        return None  # "Nothing cost me more"; "Losing their book cost me £18": no one pays to
    who = _speaker(cost["who"])
    paid = "paid" if cost["cost"].lower() == "cost" else "pay"
    per = cost["per"] or ""
    return f"{who} {paid} {cost['amount']}{per} to {base} {cost['x']}{cost['rest']}"


# "It was in 2015, when my father retired, that he handed me his spirit level" -> "My father
# handed me his spirit level in 2015, when he retired": who the aside names does the act.
_ASIDE_OF_MINE = re.compile(
    r"^(?P<conj>when|after|before|as|once) (?P<who>(?:my|our) [a-z]+(?: (?-i:[A-Z])[a-z]+)?) "
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


def _named_in_aside(aside: str, rest: str) -> tuple[str, str]:
    """The aside and the cleft's clause with who the aside names put in the clause, when
    the clause opens with "he" or "she" and the aside names one of the user's people before
    a verb (a pronoun with no one named had been stored: "User mentioned that he ...")."""
    mine = _ASIDE_OF_MINE.match(aside)
    pronoun, _, after = rest.partition(" ")
    if (
        mine is None
        or pronoun.lower() not in ("he", "she")
        or mine.group("who").split()[1].lower() not in RELATIONS
        or not _a_past_or_present(mine.group("verb"))
    ):
        return aside, rest
    who = mine.group("who")
    return aside.replace(who, pronoun.lower(), 1), f"{who} {after}"


def _a_past_or_present(word: str) -> bool:
    return (word.endswith(("ed", "s")) and verb_base(word) is not None) or word in SAME_IN_PAST


def _cleft_with_aside(clause: str) -> str | None:
    cleft = _CLEFT_WITH_ASIDE.match(clause)
    if cleft is None:
        return None
    x = cleft.group("x")
    aside, rest = _named_in_aside(cleft.group("aside"), cleft.group("rest"))
    turned = _moved(f"{cleft.group('it')} {x} that {rest}")
    if turned is not None and turned.startswith(f"{_capitalised(x)} "):
        x = _capitalised(x)  # "It's my kneeler, ..., that has": "My kneeler has"
    if turned is None or x not in turned:
        return None
    before, _, after = turned.partition(x)
    if {x.split()[0].lower(), aside.split()[0].lower()} <= _PREPOSITIONS:
        return f"{before}{x} {aside}{after}"  # "in Alice Springs, on our honeymoon in 2015,"
    return f"{before}{x}, {aside}{',' + after if after.strip() else after}"


# "It's me who takes the kids" -> "I take the kids": the verb said of "who" is said of "I".
_SAID_OF_WHO = {"is": "am", "was": "was"}


def _said_by_me(rest: str) -> str:
    verb, _, after = rest.partition(" ")
    if verb in _SAID_OF_WHO:
        return f"{_SAID_OF_WHO[verb]} {after}"
    base = verb_base(verb) if verb.endswith("s") and not verb.endswith("ss") else None
    return f"{base} {after}" if base is not None else rest


def _an_object(words: str) -> bool:
    """Whether `words` open with a thing ("the DPS", "Tesco"), not a time or place."""
    first = words.split(maxsplit=1)[0] if words.strip() else ""
    return first.lower() in ("the", "a", "an") or first[:1].isupper()


def _object_put_back(cleft: re.Match[str]) -> str:
    """The cleft's thing after its verb, or after the preposition left at the end of what
    the verb does: "It was my brother that I gave a kidney to, in 2021" -> "I gave a
    kidney to my brother, in 2021"."""
    subject, verb, x = cleft.group("subject", "verb", "x")
    stranded, rest = cleft.group("stranded") or "", cleft.group("rest") or ""
    left = _LEFT_FOR.match(rest) if not stranded else None
    if left is not None:
        return f"{subject}{verb} {left.group('before')} {x}{left.group('after')}"
    # ", and we each get 25 quid" stays a clause of its own
    joined = cleft.group("comma") and rest.split()[0].lower() in ("and", "but", "so")
    return f"{subject}{verb}{stranded} {x}{(', ' if joined else ' ') + rest if rest else ''}"


# What a verb does up to a preposition left at its end: "a kidney to, at ...", "a model
# of for the railway in my garage".
_LEFT_FOR = re.compile(
    r"^(?P<before>(?:[\w'-]+ ){0,6}?(?:to|with|for|from|about|at|on|in|of))"
    r"(?P<after>[,.!].*|| (?:for|in|at|on|to|with|from|by|during|since|until|every|each|this|"
    r"next|last|so|because)\b.*)$"
)


def _an_object_cleft(cleft: re.Match[str]) -> bool:
    """ "It's the under-12s that I coach on Saturdays", "It's Tesco that I work for"; with
    no "that" for one of the user's people ("It was my husband Phil I had to name as the
    driver"), or a name the verb's preposition is left for ("It's Coventry Building
    Society we're remortgaging with"; not "It's Monday I start my new job"), or a thing
    with its article."""
    x = cleft.group("x")
    if cleft.group("subject").split()[-1].lower() in _RELATIVE_WORDS:
        return False  # "It's the photo of my dad that I love": no "my dad that" does a thing
    if x.split()[0].lower() in _PREPOSITIONS | _PLACES | _DOWN_AND_ROUND:
        return False  # "It was down the drain that my husband dropped his ring": a place
    if {"who", "who's"}.intersection(x.lower().split()):
        # "It's a plumber named Craig who's replacing our shower tray on ...", "It was our
        # dog Biscuit who chewed through the frisbee that my nephew gave me": a subject cleft
        return False
    if cleft.group("relative") is not None:
        if cleft.group("relative").strip().lower() in ("who", "whom") and not (
            _a_person(x) or x[0].isupper()
        ):
            return False  # "It's my neighbour Graham who I lend my track pump to", "Dave"
        return bool(cleft.group("rest") or cleft.group("stranded")) or _done_to_it_by(x)
    left = cleft.group("stranded") is not None or _LEFT_FOR.match(cleft.group("rest") or "")
    if _a_person(x) or (x[0].isupper() and bool(left)):
        return True
    # A thing with its article, and more said of it ("It's the gluten-free base I always
    # order at Pizza Express"; not "It's the day I got married").
    words = x.lower().split()
    return (
        words[0] in ("the", "a", "an")
        and words[-1] not in _TIME_NOUNS
        and not _RELATIVE_WORDS.intersection(words)  # "It's the hall where I take ..."
        and bool(cleft.group("rest") or cleft.group("stranded"))
    )


# Who did what to a thing, said after it: "the green thermos flask my dad bought in 1978".
_DOER_AFTER_A_THING = re.compile(r" (?:I|we|(?:my|our) (?P<who>[\w-]+)) (?P<verb>[a-z]+)\b")


def _done_to_it_by(thing: str) -> bool:
    """Whether `thing` says who did what to it, so that a cleft on it is one with nothing
    after its verb: "It's the green thermos flask my dad bought in 1978 that I still use"
    (not "It's a film that I love", which may describe a thing named before)."""
    return any(
        (doer.group("who") is None or doer.group("who").lower() in RELATIONS)
        and verb_base(doer.group("verb")) is not None
        for doer in _DOER_AFTER_A_THING.finditer(thing)
    )


_DOWN_AND_ROUND = frozenset(
    ["down", "up", "under", "into", "onto", "over", "through", "past", "round", "around"]
)
_RELATIVE_WORDS = frozenset(["where", "when", "who", "whose", "which", "that", "because", "if"])


_TIME_NOUNS = frozenset(
    (  # noqa: SIM905
        "day days week weeks month months year years time times night morning evening "
        "weekend moment hour"
    ).split()
)


def _a_person(who: str) -> bool:
    """ "me", or one of the user's people ("my sister", "my mate Dan")."""
    words = who.lower().split()
    return words == ["me"] or (len(words) > 1 and _kin(words[1]))


# Parts of a home, which a phrase names a place by.
_ROOMS = frozenset(
    (  # noqa: SIM905
        "room bedroom bathroom kitchen lounge hall hallway landing loft attic cellar basement "
        "garage shed garden conservatory porch stairs"
    ).split()
)


def _names_when_or_where(phrase: str) -> bool:
    """Whether a cleft's phrase of more than three words names a time or a place by a number,
    a name or whose it is ("in 2021 at a camping shop in Keswick", "to the inside of our
    pantry door"; not "on the list of things")."""
    words = phrase.split()
    if words[0].lower() in ("when", "through") or words[0].lower() in _PLACES:
        return True  # "It was when my daughter reacted to pesto that we found out", "along"
    if re.match(_SPAN_BEFORE, phrase, re.IGNORECASE) or (
        words[0].lower() == "to" and can_be_verb(words[1])
    ):
        return True  # "It's half an hour before bedtime that", "It's to stop ... that"
    if any(w.lower() == "o'clock" for w in words):
        return True  # "It's at eight o'clock every night that I ..."
    if any(w.lower() in ("my", "our") for w in words[1:]):
        return True  # "It was to the inside of our pantry door that I fixed it": a place of theirs
    if _ROOMS.intersection(w.lower() for w in words[1:]):
        return True  # "It's on the radiator in the spare room that we dry our washing"
    return len(words) <= 4 or any(w[0].isdigit() or w[0].isupper() for w in words[1:])


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun.removesuffix("es") if noun.endswith(("ches", "shes", "sses")) else noun[:-1]


# "There's a pond in my back garden" -> "I have a pond in my back garden", "There's a canoe
# of mine at my uncle's" -> "I have a canoe at my uncle's": a thing the user has, said as
# being somewhere of theirs; "There's an appointment booked for my shoulder", for a thing
# of theirs.
_THERE_IS_MINE = re.compile(
    r"^there(?:'s| is| are| (?P<past>was|were)|(?P<perfect>'s been| has been| have been)) "
    rf"(?P<thing>(?:an?|the|\d[\d,]*|some|{_NUMBER_WORDS}|eleven|twelve) [^,]+?) "
    r"(?:of mine (?P<kept>(?:kept|stored|parked) )?|(?P<booked>(?:booked|arranged) ))?"
    r"(?P<where>(?:in|at|on|(?<=booked )for|(?<=arranged )for|from) "
    r"(?:(?:[\w-]+ ){1,3}of ){0,2}(?P<whose>my|our)\b.*)$",
    re.IGNORECASE,
)


# "There's a storage yard near Driffield where I keep our motorhome" -> "I keep our
# motorhome at a storage yard near Driffield".
_THERE_WHERE = re.compile(
    r"^there(?:'s| is) (?P<x>an? [^,]+?) where (?P<rest>(?:I|we)\b[^,]*)$", re.IGNORECASE
)

# "There's a 1962 jukebox of ours in the garage" -> "We have a 1962 jukebox in the garage".
_THERE_IS_OURS = re.compile(
    rf"^there(?:'s| is| are) (?P<thing>(?:an?|\d[\d,]*|{_NUMBER_WORDS}) [^,]+?) "
    r"of (?P<whose>mine|ours)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


# "A mixtape that Becky made me is still in my possession" -> "I still have a mixtape that
# Becky made me".
_IN_MY_POSSESSION = re.compile(
    r"^(?P<thing>(?:an?|the|\d|some)\b.+?) (?:is|are|(?P<past>was|were)) "
    r"(?P<still>(?:still|now) )?in (?P<whose>my|our) possession\b(?P<rest>.*)$",
    re.IGNORECASE,
)


# "My lava lamp has been with me since I was at university" -> "I've had my lava lamp
# since I was at university".
_BEEN_WITH_ME = re.compile(
    r"^(?P<thing>(?:my|our) [^,]+?) (?:has|have) been with (?P<who>me|us) "
    r"(?P<rest>(?:since|for) .*)$",
    re.IGNORECASE,
)
# "Half a kilo of chocolate is needed for our fountain to run" -> "Our fountain needs half a
# kilo of chocolate to run".
_NEEDED_FOR_MINE = re.compile(
    r"^(?P<what>[^,]+?) (?:is|are) needed for (?P<whose>(?:my|our) [^,]+?) to (?P<rest>.*)$",
    re.IGNORECASE,
)
# "I had three of my raku bowls crack in the kiln" -> "Three of my raku bowls cracked in
# the kiln": what happened to the user's things, said as had by them (only for what
# befalls a thing: "I had my hair cut" was done by someone).
_BEFELL = {
    "crack": "cracked",
    "break": "broke",
    "burst": "burst",
    "leak": "leaked",
    "split": "split",
    "shatter": "shattered",
    "snap": "snapped",
    "fail": "failed",
    "die": "died",
    "collapse": "collapsed",
    "flood": "flooded",
    "freeze": "froze",
    "warp": "warped",
    "blow": "blew",
}
_HAD_MINE_BEFALL = re.compile(
    rf"^(?P<who>I|we) had (?P<thing>(?:\w+ of )?(?:my|our) [^,]+?) "
    rf"(?P<verb>{'|'.join(_BEFELL)})\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def _had_or_needed(clause: str) -> str | None:
    been = _BEEN_WITH_ME.match(clause)
    if been is not None:
        who = "We've" if been.group("who").lower() == "us" else "I've"
        return f"{who} had {_uncapitalised(been.group('thing'))} {been.group('rest')}"
    befell = _HAD_MINE_BEFALL.match(clause)
    if befell is not None:
        past = _BEFELL[befell.group("verb").lower()]
        return f"{_capitalised(befell.group('thing'))} {past}{befell.group('rest')}"
    needed = _NEEDED_FOR_MINE.match(clause)
    if needed is None or _USER_IN_IT.search(needed.group("what")):
        return None
    whose, what = needed.group("whose"), _uncapitalised(needed.group("what"))
    needs = "need" if whose.split()[-1].endswith("s") else "needs"
    return f"{_capitalised(whose)} {needs} {what} to {needed.group('rest')}"


def _in_my_possession(clause: str) -> str | None:
    had = _IN_MY_POSSESSION.match(clause)
    if had is None:
        return None
    who = "We" if had.group("whose").lower() == "our" else "I"
    have = "had" if had.group("past") else "have"
    still, thing = had.group("still") or "", _uncapitalised(had.group("thing"))
    return f"{who} {still}{have} {thing}{had.group('rest')}"


def _there_is_mine(clause: str) -> str | None:
    """ "There are 2 beehives at my allotment" -> "I have 2 beehives at my allotment";
    "There were 120 guests at our wedding" -> "We had 120 guests at our wedding"."""
    where = _THERE_WHERE.match(clause)
    if where is not None:
        return f"{where.group('rest').rstrip('.!')} at {where.group('x')}"
    match = _THERE_IS_MINE.match(clause)
    ours = _THERE_IS_OURS.match(clause) if match is None else None
    if ours is not None:
        who = "We" if ours.group("whose").lower() == "ours" else "I"
        return f"{who} have {ours.group('thing')}{ours.group('rest')}"
    if match is None:
        return None
    who = "We" if match.group("whose").lower() == "our" else "I"
    have = "had" if match.group("past") else "have had" if match.group("perfect") else "have"
    kept = match.group("kept") or match.group("booked") or ""
    return f"{who} {have} {match.group('thing')} {kept}{match.group('where')}"


# "My parents' party was organised by me" -> "I organised my parents' party": a past done by
# the user, said in the passive (a past participle that is also the past tense, or one of
# _PAST_OF); "The payroll is handled by me" -> "I handle the payroll", the present (a
# regular verb's, or one of _PRESENT_OF), with how it is done kept ("is being sold privately
# by me" -> "I'm selling it privately").
_PAST_OF = {
    "sewn": "sewed",
    "sown": "sowed",
    "mown": "mowed",
    "shown": "showed",
    "written": "wrote",
    "done": "did",
    "drawn": "drew",
    "grown": "grew",
    "taken": "took",
    "given": "gave",
    "chosen": "chose",
    "driven": "drove",
    "ridden": "rode",
    "woven": "wove",
    "thrown": "threw",
}
_PAST_DONE = (
    r"(?:re-|hand-|3d-)?(?:[a-z]+ed|built|made|bought|sold|paid|held|won|found|kept|taught|brought|"
    r"sent|spent|lent|left|lost|read|cut|put|set up|put together|wound|hung|ground|dug|swept|"
    r"strung|laid|bound|had|" + "|".join(_PAST_OF) + ")"
)
# The present of a participle that is not "-ed": "is taught by me" -> "I teach".
_PRESENT_OF = {
    "sold": "sell",
    "put": "put",
    "taught": "teach",
    "built": "build",
    "made": "make",
    "paid": "pay",
    "held": "hold",
    "kept": "keep",
    "sent": "send",
    "lent": "lend",
    "bought": "buy",
    "run": "run",
    "led": "lead",
    "fed": "feed",
    "grown": "grow",
    "written": "write",
    "driven": "drive",
    "given": "give",
    "shown": "show",
    "sewn": "sew",
    "mown": "mow",
    "wound": "wind",
    "hung": "hang",
    "ground": "grind",
    "dug": "dig",
    "swept": "sweep",
    "done": "do",
    "brought": "bring",
    "had": "have",
}
# Verbs of two words whose first is a word of its own, often a verb too: "I pressure wash
# the drive" is "User pressure washes" it, not "pressures wash"; "is hand washed by me".
COMPOUND_VERBS = {
    "air": frozenset(["fry", "dry"]),
    "batch": frozenset(["cook"]),
    "bird": frozenset(["watch"]),
    "block": frozenset(["print"]),
    "binge": frozenset(["watch", "eat"]),
    "bottle": frozenset(["feed"]),
    "breast": frozenset(["feed"]),
    "bulk": frozenset(["buy"]),
    "car": frozenset(["share", "pool"]),
    "cold": frozenset(["call"]),
    "cross": frozenset(["stitch", "train"]),
    "double": frozenset(["check", "park", "book"]),
    "dry": frozenset(["clean"]),
    "fact": frozenset(["check"]),
    "fell": frozenset(["run"]),
    "hand": frozenset(["wash", "sew", "knit", "write", "feed", "paint", "stitch", "carve"]),
    "house": frozenset(["sit"]),
    "ice": frozenset(["skate"]),
    "jet": frozenset(["wash", "ski"]),
    "machine": frozenset(["wash", "knit", "sew"]),
    "pan": frozenset(["fry"]),
    "power": frozenset(["wash", "walk", "nap"]),
    "pressure": frozenset(["wash", "cook"]),
    "proof": frozenset(["read"]),
    "screen": frozenset(["print"]),
    "sleep": frozenset(["walk", "talk"]),
    "slow": frozenset(["cook"]),
    "speed": frozenset(["read", "walk"]),
    "spot": frozenset(["clean", "check"]),
    "spray": frozenset(["paint"]),
    "spring": frozenset(["clean"]),
    "steam": frozenset(["clean"]),
    "stir": frozenset(["fry"]),
    "touch": frozenset(["type"]),
    "tumble": frozenset(["dry"]),
    "water": frozenset(["ski"]),
    "window": frozenset(["shop"]),
}


def compound_verb(word: str, after: str) -> bool:
    """Whether `word` is the first of a two-word verb and `after` its second, in any form
    ("pressure" "washed")."""
    seconds = COMPOUND_VERBS.get(word.lower())
    if seconds is None:
        return False
    lower = after.lower()
    return lower in seconds or verb_base(lower) in seconds


_COMPOUND_HEAD = rf"(?P<head>(?:{'|'.join(COMPOUND_VERBS)}) )?"
# How often a thing is done, said between "is" and the participle: "Our toast rack is only
# used by us when ..." -> "We only use our toast rack when ..."; "was last replaced by me".
_HOW_OFTEN_DONE = (
    r"(?:only|always|usually|normally|mostly|never|rarely|sometimes|often|last|first|finally|"
    r"eventually)"
)
_DONE_BY_ME = re.compile(
    rf"^(?P<thing>[^,]+?) (?:(?:was|were|(?P<perfect>has|have)(?: (?P<just>just|already|"
    rf"recently|now))? been) (?:(?P<often_then>{_HOW_OFTEN_DONE}) )?"
    rf"{_COMPOUND_HEAD.replace('head', 'head_then')}(?P<verb>{_PAST_DONE})|"
    rf"(?:is|are|gets|get) (?P<being>being )?(?:(?P<often>{_HOW_OFTEN_DONE}) )?"
    rf"{_COMPOUND_HEAD}(?P<done>[a-z]+ed|{'|'.join(_PRESENT_OF)}))"
    r"(?P<particle> (?:out|up|down|off|over|back|away|in))?"
    r"(?P<how> [a-z]+ly| online| up front| in advance| in full| in cash)?"
    r"(?P<middle> (?:to|into|onto|on|off|over|in|at|for|from|with|under|beneath|above|below|behind|"
    r"beside|near|inside|outside|across|along|around|round|through|between|opposite) [^,]*?)?"
    r" by (?P<count>\w+ of )?(?P<who>me|us)\b"
    r"(?:(?<=me) and (?P<mine>my [^,]+?)(?= (?:at|in|on|for|every|each|last|this|when)\b|,|$)"
    r"|(?! (?:and|or|&) )),?"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# "The contest was won by my photo of a heron" -> "My photo of a heron won the contest";
# "The paperweight was given to me by my sister" -> "My sister gave me the paperweight";
# what it was given as may come before who gave it ("given to me as a leaving present by
# my old team at Aviva").
_DONE_BY_MINE = re.compile(
    rf"^(?P<thing>[^,]+?) (?:was|were) (?P<verb>{_PAST_DONE})(?P<to> (?:to|for) (?:me|us))?"
    r"(?P<as> as (?:a|an|my|our) [^,]+?)? by my (?P<agent>[^,]+?)"
    r"(?P<rest>(?: (?:in|on|at|last|for|when|after|before|during|from|as|next to|near|beside|"
    r"behind|under|outside|inside|by|off|across|along|through|into)\b[^,]*)?(?:,.*)?)$",
    re.IGNORECASE,
)


# "The electric whisk is used by my daughter Isla to make pancakes" -> "My daughter Isla
# uses the electric whisk to make pancakes": what one of the user's people does, said in
# the present passive ("by my front door" is a place: who does it must be a person).
_DONE_NOW_BY_MINE = re.compile(
    rf"^(?P<thing>[^,]+?) (?:is|are|gets|get) (?:(?P<often>{_HOW_OFTEN_DONE}) )?"
    rf"(?P<done>[a-z]+ed|{'|'.join(_PRESENT_OF)})"
    r"(?P<particle> (?:out|up|down|off|over|back|away|in|after|round))? by my (?P<agent>[^,]+?)"
    r"(?P<rest>(?: (?:to|in|on|at|every|each|for|when|whenever|after|before|during|from|"
    r"while|because|as)\b[^,]*)?(?:,.*)?)$",
    re.IGNORECASE,
)
_PLURAL_PEOPLE = frozenset(["children", "grandchildren", "in-laws", "folks", "people"])


# A thing with what the user does to it: "every wild mushroom I pick", "all the jam we make".
_THING_I_DO = re.compile(r"^(?:every|each|all|any|the) (?:[\w'-]+ ){1,4}(?:I|we) [a-z]+$", re.I)
# Who someone is, said after them: "by my friend Priya, a mycologist, before I eat it".
_ASIDE = re.compile(r"^, (?:a|an|the|who's|who is) [^,]+,")


def _done_now_by_mine(clause: str) -> str | None:
    done = _DONE_NOW_BY_MINE.match(clause)
    if done is None:
        return None
    thing = done.group("thing")
    if re.search(r"\b(?:I|that|which|who)\b", thing) and not _THING_I_DO.match(thing):
        return None
    agent, rest = done.group("agent", "rest")
    aside = _ASIDE.match(rest)
    if aside is not None:
        agent, rest = f"{agent}{aside.group()}", rest[aside.end() :]
    if re.search(r"\b(?:me|I|us)\b", agent):
        return None  # "by my sister and me": the user is one who does it
    # "business partner Raj": who they are is the last word before a name
    before_name = list(itertools.takewhile(lambda word: not word[0].isupper(), agent.split()))
    head = (before_name or agent.split())[-1].lower()
    plural = (
        head in _PLURAL_PEOPLE
        or " and " in agent
        or (head.endswith("s") and _kin(head.removesuffix("s")))
    )
    if not (plural or _kin(head) or names_a_person(head)):
        return None
    verb = _PRESENT_OF.get(done.group("done").lower()) or verb_base(done.group("done"))
    if verb is None:
        return None
    often = f"{done.group('often')} " if done.group("often") else ""
    does = verb if plural else present_s(verb)
    particle, thing = done.group("particle") or "", _uncapitalised(thing)
    return f"My {agent} {often}{does}{particle} {thing}{rest}"


def present_s(verb: str) -> str:
    """A regular verb said of one other: "use" -> "uses", "wash" -> "washes", "carry" ->
    "carries"."""
    lower = verb.lower()
    if lower.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


# "The part of Gabriel is being played by my granddaughter Martha" -> "My granddaughter
# Martha is playing the part of Gabriel".
_BEING_DONE_BY_MINE = re.compile(
    r"^(?P<thing>[^,]+?) (?:is|are) being (?P<done>[a-z]+ed) by my (?P<agent>[^,]+?)"
    r"(?P<rest>(?: (?:in|on|at|this|next|for|when|during|from)\b[^,]*)?(?:,.*)?)$",
    re.IGNORECASE,
)


def _being_done_by_mine(clause: str) -> str | None:
    being = _BEING_DONE_BY_MINE.match(clause)
    if being is None or re.search(r"\bI\b", being.group("thing")):
        return None
    verb = verb_base(being.group("done"))
    if verb is None:
        return None
    thing = _uncapitalised(being.group("thing"))
    return f"My {being.group('agent')} is {_ing(verb)} {thing}{being.group('rest')}"


# "We were quoted 1,450 pounds by a man from Garolla to replace the door" -> "A man from
# Garolla quoted us 1,450 pounds to replace the door": what someone did for the user, said
# in the passive with who did it (a name may run on with "of": "by Taylor's of
# Loughborough").
_DONE_FOR_ME_BY = re.compile(
    r"^(?P<who>I|we) (?:was|were) (?P<verb>quoted|charged|fined|offered|given|sent|shown|"
    r"lent|promised) (?P<what>[^,]+?) by (?P<doer>(?:a|an|the|my|our)\b[^,]+?|"
    r"(?-i:[A-Z][\w'-]*(?: (?:of |and |& )?[A-Z][\w'-]*)*))"
    r"(?P<rest>(?: (?:to|for|as|in|on|at|when|after|before|last|this)\b[^,]*)?(?:,.*)?)$",
    re.IGNORECASE,
)


# "Second place at the regional contest went to our quartet" -> "Our quartet came second at
# the regional contest": a place won by one of the user's (or the user: "went to me" -> "I
# came"), said the other way round.
_PLACE_WENT_TO = re.compile(
    r"^(?P<rank>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last) place"
    r"(?P<where> (?:at|in|out of) [^,]+?)? "
    r"(?:went to|was taken by|was won by|was awarded to) (?P<who>(?:my|our) [^,]+?|me|us)"
    r"(?P<rest>(?: (?:in|on|at|last|this|with)\b[^,]*)?(?:,.*)?)$",
    re.IGNORECASE,
)


# "A fee of 750 pounds was paid to our band for playing" -> "Our band was paid 750 pounds
# for playing": what one of the user's was paid, said with the money first.
_PAID_TO_MINE = re.compile(
    rf"^(?:(?:a|the) (?:fee|sum|total) of )?(?P<amount>{_AMOUNT}) "
    r"(?:was|were) paid to (?P<who>(?:my|our) [^,]+?) (?P<rest>(?:for|to|as)\b.*)$",
    re.IGNORECASE,
)


def _won_or_paid_by_mine(clause: str) -> str | None:
    """A place one of the user's won, or money they were paid, put with them first."""
    went = _PLACE_WENT_TO.match(clause)
    if went is not None:
        rank, where, rest = went.group("rank", "where", "rest")
        who = {"me": "I", "us": "We"}.get(went["who"].lower(), went["who"])
        return f"{_capitalised(who)} came {rank.lower()}{where or ''}{rest}"
    paid = _PAID_TO_MINE.match(clause)
    if paid is not None:
        return f"{_capitalised(paid['who'])} was paid {paid['amount']} {paid['rest']}"
    return None


# What a thing cost (or set back) the user is what they paid for it: "Three adult tickets on
# the boat trip cost me £75" -> "I paid £75 for three adult tickets on the boat trip"; "My
# membership costs me £42 a month" -> "I pay £42 a month for my membership". Not what doing a
# thing cost ("Fixing our dishwasher cost us ..."), what it cost "to have built", nor what it
# will, would or only cost.
_COST_ME = re.compile(
    r"^(?!(?:what|how|it|that|this)\b|\w+ing\b)(?P<thing>[^,]+?) "
    rf"(?P<verb>cost|costs|set|sets) (?P<who>me|us)(?P<back> back)? (?P<amount>{_AMOUNT})(?!\d)"
    r"(?P<per> each| apiece| a (?:day|night|week|month|year)| per \w+)?(?P<rest>(?! to\b)[^,]*)$",
    re.IGNORECASE,
)


_NOT_SAID_AS_DONE = re.compile(
    r"\b(?:will|would|could|should|might|may|must|can|did|does|do|only|just|also|still|"
    r"never|always|usually|normally|often|probably)$|n't$",
    re.IGNORECASE,
)


def _cost_me(clause: str) -> str | None:
    cost = _COST_ME.match(clause)
    if cost is None or _USER_IN_IT.search(cost["thing"]):
        return None
    if cost["thing"].split()[-1].lower() in ("it", "this", "that"):
        return None  # "In March it cost me £1,950 to have ...": no thing named
    verb = cost["verb"].lower()
    if (verb in ("set", "sets")) != bool(cost["back"]) or _NOT_SAID_AS_DONE.search(cost["thing"]):
        return None
    who = _speaker(cost["who"])
    paid = "pay" if verb in ("costs", "sets") or _paid_by_the_period(cost) else "paid"
    thing = _uncapitalised(cost["thing"])
    return f"{who} {paid} {cost['amount']}{cost['per'] or ''} for {thing}{cost['rest']}"


# "A clogmaker in Todmorden sold me a pair of clogs for £120" -> "I paid £120 for a pair of
# clogs from a clogmaker in Todmorden": what the user bought, said by who sold it.
# (a seller with no clause of its own: "the man who sold me")
_SELLER = r"(?:a|an|the) (?:(?!\b(?:I|we|who|that)\b)[^,])+?"
_SOLD_THING = r"(?:a|an|the|some|my|our|\d)[^,]*?"
_SOLD_ME = re.compile(
    rf"^(?P<seller>{_SELLER}) sold (?P<who>me|us) (?P<thing>{_SOLD_THING}) "
    rf"for (?P<amount>{_AMOUNT})"
    r"(?P<rest>(?: (?:ahead of|before|after|in|on|at|last|this|to)\b[^,]*)?(?:,.*)?)$",
    re.IGNORECASE,
)


# "A used bike was sold to me for £1,250 by a man in Ilkley" -> "I paid £1,250 for a used
# bike from a man in Ilkley": the same, said in the passive.
_SOLD_TO_ME = re.compile(
    rf"^(?P<thing>{_SOLD_THING}) (?:was|were) sold to (?P<who>me|us) "
    rf"for (?P<amount>{_AMOUNT})(?P<when> (?:in|on|last|this) [^,]*?)? "
    rf"by (?P<seller>{_SELLER})(?P<rest>(?:,.*)?)$",
    re.IGNORECASE,
)


def _sold_me(clause: str) -> str | None:
    sold = _SOLD_ME.match(clause) or _SOLD_TO_ME.match(clause)
    if sold is None:
        return None
    paid, seller = f"{_speaker(sold['who'])} paid {sold['amount']}", sold["seller"]
    thing = _uncapitalised(sold["thing"])
    when = sold.groupdict().get("when") or ""  # "... for £85 in March by a woman in Sidmouth"
    return f"{paid} for {thing} from {_uncapitalised(seller)}{when}{sold['rest']}"


_BY_THE_PERIOD = re.compile(r"^ (?:a|per) (?:week|month|year|annum)$", re.IGNORECASE)
_SAID_AS_PAST = re.compile(r"\b(?:was|were|when|until|ago|last|yesterday|used)\b", re.IGNORECASE)
_AFTER_HEAD = frozenset(["at", "in", "on", "for", "with", "from", "of", "to", "near", "by"])


def _paid_by_the_period(cost: re.Match[str]) -> bool:
    """Whether things that "cost" the user so much a week, month or year still do: "My kendo
    classes cost me £42 a month" is what they pay; a single thing that "cost" them is past,
    and so is a price said with "last year" or "until"."""
    if not _BY_THE_PERIOD.match(cost["per"] or "") or _SAID_AS_PAST.search(cost["rest"]):
        return False
    words = list(itertools.takewhile(lambda w: w.lower() not in _AFTER_HEAD, cost["thing"].split()))
    head = words[-1].lower() if words else ""
    return head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _capitalised(words: str) -> str:
    """The words with their first letter a capital ("our band" -> "Our band"), the rest as
    they are ("iPhone" would lose its case to `str.capitalize`)."""
    return f"{words[:1].upper()}{words[1:]}"


_DETERMINERS = frozenset(["a", "an", "the", "my", "our"])
_PRICED = frozenset(["quoted", "charged", "fined", "offered"])


def _done_for_me_by(clause: str) -> str | None:
    done = _DONE_FOR_ME_BY.match(clause)
    if done is None:
        return None
    doer, verb, what, rest = done.group("doer", "verb", "what", "rest")
    if doer.split()[0].lower() not in _DETERMINERS and verb.lower() not in _PRICED:
        return None  # "given three points by Okehampton": "by" a place is near it
    me = "us" if done.group("who").lower() == "we" else "me"
    did = {"given": "gave", "shown": "showed"}.get(verb.lower(), verb.lower())
    return f"{_capitalised(doer)} {did} {me} {what}{rest}"


# "I was given my dad's old spirit level when he retired" -> "My dad gave me his old spirit
# level when he retired": a thing of one of the user's people, passed to the user, said
# with the giver first (only for kin whose "his" or "her" is known).
_GIVEN_ME_THEIRS = re.compile(
    r"^(?P<who>I|we) (?:was|were) (?P<verb>given|left|lent|handed) (?:my|our) "
    r"(?P<kin>[a-z-]+)'s (?P<rest>\S.*)$",
    re.IGNORECASE,
)
_WHOSE_KIN = {
    **dict.fromkeys(
        [
            "dad",
            "father",
            "grandad",
            "granddad",
            "grandfather",
            "grandpa",
            "uncle",
            "brother",
            "son",
            "husband",
        ],
        "his",
    ),
    **dict.fromkeys(
        [
            "mum",
            "mother",
            "mom",
            "nan",
            "nana",
            "gran",
            "granny",
            "grandmother",
            "grandma",
            "aunt",
            "auntie",
            "sister",
            "daughter",
            "wife",
        ],
        "her",
    ),
}


def _given_me_theirs(clause: str) -> str | None:
    given = _GIVEN_ME_THEIRS.match(clause)
    if given is None:
        return None
    kin = given.group("kin").lower()
    whose = _WHOSE_KIN.get(kin)
    if whose is None:
        return None
    me = "us" if given.group("who").lower() == "we" else "me"
    verb = given.group("verb").lower()
    did = "gave" if verb == "given" else verb
    return f"My {kin} {did} {me} {whose} {given.group('rest')}"


# "My daughter Isla was given a globe by me for her birthday" -> "I gave my daughter Isla a
# globe for her birthday": what the user gave one of theirs, said with who got it first;
# in the present too, where a skill taught needs no article ("My daughter Esme is taught
# bell handling by me" -> "I teach my daughter Esme bell handling"). Others than theirs
# are given or taught it ("The Year 4 children are taught maypole dancing by me").
_GIVEN_THEM_BY_ME = re.compile(
    r"^(?P<whom>(?:my|our|the) [^,]+?) (?P<be>was|were|is|are) (?P<verb>given|sent|shown|lent|"
    r"handed|taught|bought|made) (?P<what>(?:a|an|the|some|\d)\b[^,]*?|"
    r"(?-i:[a-z][\w-]*)(?: (?-i:[a-z][\w-]*)){0,2}?) by (?P<who>me|us)\b"
    r"(?! (?:and|or|&) )(?P<rest>.*)$",
    re.IGNORECASE,
)


_GIVEN_TO_OTHERS = frozenset(["given", "sent", "shown", "lent", "handed", "taught"])


def _given_them_by_me(clause: str) -> str | None:
    given = _GIVEN_THEM_BY_ME.match(clause)
    if given is None or re.search(r"\b(?:I|that|which|who)\b", given.group("whom")):
        return None
    verb = given.group("verb").lower()
    if given.group("whom").lower().startswith("the ") and verb not in _GIVEN_TO_OTHERS:
        return None  # "The shed was made ... by me": a thing, no one given it
    now = given.group("be").lower() in ("is", "are")
    if now and verb not in _PRESENT_OF:
        return None
    who = _speaker(given.group("who"))
    done = _PRESENT_OF[verb] if now else _PAST_OF.get(verb, verb)
    whom, (what, rest) = _uncapitalised(given.group("whom")), given.group("what", "rest")
    return f"{who} {done} {whom} {what}{rest}"


# A name of a place said after who did a thing is where they are ("by my old team at
# Aviva"), unless it is a time ("by my dad at Christmas") or they are kin.
_AT_A_NAME = re.compile(r"^ (?:at|from) (?-i:[A-Z][\w&'-]*)(?: (?-i:[A-Z][\w&'-]*))*")
_NAMED_TIMES = frozenset(["Christmas", "Easter", "Halloween", "New", "Diwali", "Eid"])


def _agent_with_where(agent: str, rest: str) -> tuple[str, str]:
    where = _AT_A_NAME.match(rest)
    name = where.group().split()[1] if where is not None else ""
    if where is None or name in _NAMED_TIMES or name.lower() in _DAYS_AND_MONTHS:
        return agent, rest
    if _kin(agent.split()[-1]):
        return agent, rest  # "by my sister at Harrods" may be where she gave it
    return f"{agent}{where.group()}", rest[where.end() :]


# "Our league, which has 12 teams in it, is run by my brother Gareth": what is said of the
# thing follows it once the clause is turned ("My brother Gareth runs our league, which
# has 12 teams in it"), when the thing ends the turned clause.
_SAID_OF_THE_THING = re.compile(
    r"^(?P<thing>[^,]+?)(?P<aside>, (?:which|where|with) [^,]+),"
    r"(?= (?:is|are|was|were|gets|get|got|cost|costs) )",
    re.IGNORECASE,
)


def _done_by_me(clause: str) -> str | None:
    said = _SAID_OF_THE_THING.match(clause)
    if said is not None:
        turned = _turned_active(said.group("thing") + clause[said.end() :])
        if turned is not None and turned.endswith(_uncapitalised(said.group("thing"))):
            return turned + said.group("aside")
    return _turned_active(clause)


def _turned_active(clause: str) -> str | None:
    being = (
        _being_done_by_mine(clause)
        or _given_them_by_me(clause)
        or _done_now_by_mine(clause)
        or _done_for_me_by(clause)
        or _won_or_paid_by_mine(clause)
        or _given_me_theirs(clause)
        or _cost_me(clause)
        or _sold_me(clause)
    )
    if being is not None:
        return being
    mine = _DONE_BY_MINE.match(clause)
    # "... a dinner service that was left to us by": a clause, no thing, before the passive
    if mine is not None and not re.search(r"\b(?:I|that|which|who)\b", mine.group("thing")):
        thing = _uncapitalised(mine.group("thing"))
        past = _PAST_OF.get(mine.group("verb").lower(), mine.group("verb"))
        # "given to me" / "booked for us": "gave me", "booked us"
        to = f"{mine.group('to').split()[-1]} " if mine.group("to") else ""
        agent, rest = _agent_with_where(mine.group("agent"), mine.group("rest"))
        agent = re.sub(r" and (?:me|myself)$", " and I", agent)  # "by my son and me"
        return f"My {agent} {past} {to}{thing}{mine.group('as') or ''}{rest}"
    match = _DONE_BY_ME.match(clause)
    if match is None or re.search(r"\bI\b", match.group("thing")):
        return None
    done = match.group("verb")
    present = match.group("done")
    verb: str | None = (
        _PAST_OF.get(done.lower(), done)
        if done
        else _PRESENT_OF.get(present.lower()) or verb_base(present)
    )
    if verb is None:
        return None
    we = match.group("who").lower() == "us"
    if match.group("count"):  # "by eight of us" (not "by one of us": one, no "we")
        some = we and done and match.group("count").split()[0].lower() not in ("one", "1")
        return _done_by_some_of_us(match, verb) if some else None
    # "by me and my mum" -> "My mum and I", who are as "we" are
    who = f"{_capitalised(match.group('mine'))} and I" if match.group("mine") else None
    if match.group("being"):  # "is being converted by us" -> "we're converting"
        who, verb = (f"{who} are" if who else "We're" if we else "I'm"), _ing(verb)
    elif match.group("perfect"):  # "has just been replaced by me" -> "I have just replaced"
        just = f" {match.group('just')}" if match.group("just") else ""
        who, verb = f"{who or ('We' if we else 'I')} have{just}", done
    else:
        who = who or ("We" if we else "I")
    thing, middle = _uncapitalised(match.group("thing")), match.group("middle") or ""
    particle, how = match.group("particle") or "", match.group("how") or ""
    often = match.group("often") or match.group("often_then")
    often = f" {often}" if often else ""
    if thing.lower() in ("it", "they"):  # "it gets topped up by me": "I top it up"
        thing, particle = ("it" if thing.lower() == "it" else "them") + particle, ""
    head = match.group("head") or match.group("head_then") or ""
    return f"{who}{often} {head.lower()}{verb}{particle} {thing}{how}{middle}{match.group('rest')}"


# Where the user and others are from, said after them: "by 8 of us from our club last June".
_FROM_OURS = re.compile(r"^( from (?:my|our) [\w' -]+?)(?=,| (?:last|this|next|in|on|at)\b|$)")


def _done_by_some_of_us(match: re.Match[str], verb: str) -> str:
    """ "The Welsh 3000s were completed in 21 hours by eight of us from our club" -> "Eight
    of us from our club completed the Welsh 3000s in 21 hours"."""
    rest = match.group("rest")
    ours = _FROM_OURS.match(rest)
    if ours is not None:
        rest = rest[ours.end() :]
    who = f"{_capitalised(match.group('count'))}us{ours.group(1) if ours else ''}"
    thing, middle = _uncapitalised(match.group("thing")), match.group("middle") or ""
    return f"{who} {verb} {thing}{match.group('how') or ''}{middle}{rest}"


def _ing(verb: str) -> str:
    """A verb's "-ing" form: "convert" -> "converting", "make" -> "making", "fit" ->
    "fitting"."""
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return f"{verb[:-1]}ing"
    short = len(verb) <= 4 and verb[-1] in "bdgmnprt" and verb[-2] in "aeiou"
    if short and verb[-3:-2] not in ("a", "e", "i", "o", "u"):
        return f"{verb}{verb[-1]}ing"
    return f"{verb}ing"


_CAPITALISED_ONLY_FIRST = frozenset(
    [
        "My",
        "The",
        "A",
        "An",
        "Our",
        "All",
        "Every",
        "Both",
        "Each",
        "Some",
        "One",
        "Everyone",
        "Everybody",
        "Everything",
        # a number said loosely: "About twenty jars ... are made by me"
        "About",
        "Around",
        "Roughly",
        "Nearly",
        "Almost",
        "Over",
    ]
)


def _uncapitalised(thing: str) -> str:
    """A capital only for the start of a sentence: "The party" inside one is "the party"."""
    if thing.split()[0] in _CAPITALISED_ONLY_FIRST:
        return thing[0].lower() + thing[1:]
    return thing


# A name with who it is after it, in commas, in a leading clause: "After Harvey, my
# grandson, passed his test, I ..." -> "After my grandson Harvey passed his test, I ..."
# (its commas had ended the leading clause at the name).
_NAME_THEN_WHO = re.compile(
    r"^((?:when|whenever|while|if|before|after|once|since|because|until) )"
    r"([A-Z][a-z]+), ((?:my|our) ((?:[\w-]+ )?[\w-]+)), ",
    re.IGNORECASE,
)


def _who_first(clause: str) -> str:
    return _NAME_THEN_WHO.sub(
        lambda named: (
            f"{named[1]}{named[3]} {named[2]} " if _kin(named[4].split()[-1]) else named[0]
        ),
        clause,
    )


def _kin(word: str) -> bool:
    """One of the user's people or pets: "son", "grandson", "stepdaughter", "sister-in-law"."""
    bare = word.lower().removesuffix("-in-law")
    return bare in RELATIONS or bare.removeprefix("grand").removeprefix("step") in RELATIONS


# How a thing of the user's came to be, said in front of what it is: "Built in Groningen in
# 1912, our Dutch barge is 21 metres long" -> "Our Dutch barge is 21 metres long and was
# built in Groningen in 1912".
_MADE_IN_FRONT = re.compile(
    r"^(?P<done>(?:Built|Made|Hand-built|Handmade|Restored|Converted|Designed|Carved|Knitted|"
    r"Woven|Sewn|Brewed|Bred|Rescued|Found|Imported|Inherited|Bought) [^,]+), "
    r"(?P<thing>(?:my|our) [^,]+?) (?P<verb>is|are|was|were|has|have) (?P<rest>[^,]+)$",
    re.IGNORECASE,
)


def _made_in_front(clause: str) -> str | None:
    made = _MADE_IN_FRONT.match(clause)
    if made is None or re.search(r"\b(?:I|we|that|which|who)\b", made.group("thing"), re.I):
        return None
    verb = made.group("verb").lower()
    been = "were" if verb in ("are", "were", "have") else "was"
    thing, done = _capitalised(made.group("thing")), made.group("done")
    return f"{thing} {verb} {made.group('rest')} and {been} {done[:1].lower()}{done[1:]}"


# A thing the user has that one of theirs made for them, said of the thing: "I use a pair of
# brass dowsing rods that my uncle Derek made for me in 1994" -> "My pair of brass dowsing
# rods was made for me by my uncle Derek in 1994", as "The rods I use were made for me by".
_HAVE_WHAT_MINE_MADE = re.compile(
    r"^(?P<who>I|we) (?:use|have|own|wear|ride|play|carry|keep|drive) (?:(?:a|an|the) )?"
    r"(?P<thing>[\w'-]+(?: [\w'-]+){0,6}?) (?:that|which) (?P<maker>(?:my|our) [\w'-]+"
    r"(?: [\w'-]+){0,2}?) (?P<verb>made|built|knitted|carved|crafted|painted|restored|"
    r"designed|welded|whittled|sewed) (?:for )?(?:me|us)\b(?P<rest>[^,]*)$",
    re.IGNORECASE,
)


def _have_what_mine_made(clause: str) -> str | None:
    made = _HAVE_WHAT_MINE_MADE.match(clause)
    if made is None:
        return None
    thing, verb = made.group("thing"), made.group("verb").lower()
    mine, me = ("My", "me") if made.group("who") == "I" else ("Our", "us")
    many = thing.endswith("s") and not re.match(r"(?:pair|set|box|bag|couple) of\b", thing)
    done = "sewn" if verb == "sewed" else verb
    return (
        f"{mine} {thing} {'were' if many else 'was'} {done} for {me} by "
        f"{made.group('maker')}{made.group('rest')}"
    )


# What a thing is done for, said in front: "To have a tattoo lasered off my ankle, I'm paying
# £120 a session" -> "I'm paying £120 a session to have a tattoo lasered off my ankle" (not
# "To be honest, ..." or "To my surprise, ...", which say nothing the thing is done for).
_PURPOSE_IN_FRONT = re.compile(
    r"^(?P<front>to (?!be (?:honest|fair|frank)\b|(?:my|our|me|us|the|a|an|this|that)\b)"
    r"[a-z]+ [^,]+), (?P<rest>(?:I|I'm|I've|I'll|I'd|we|we're|we've|we'll|we'd)\b[^,]*)$",
    re.IGNORECASE,
)


def _purpose_in_front(clause: str) -> str | None:
    purpose = _PURPOSE_IN_FRONT.match(clause)
    return None if purpose is None else _put_back(purpose["rest"], purpose["front"])


# "I'll do 20 minutes of qigong before work each morning" -> "I do ...": what the user will
# do every morning (or week, or Sunday) is what they do, but for a change said to come
# ("from next week", "this year", "until").
_WILL_AS_A_HABIT = re.compile(
    r"^(?P<who>I|we)'ll (?!be\b|have\b|need\b)(?P<rest>(?:(?!\b(?:next|tomorrow|tonight|soon|"
    r"this|later|from|until|starting|when|if)\b).)*\b(?:every|each) (?:morning|afternoon|"
    r"evening|night|day|week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\b(?:(?!\b(?:next|tomorrow|tonight|soon|this|later|from|until|"
    r"starting|when|if)\b).)*)$",
    re.IGNORECASE,
)


# "It was only four months before my shoes split" -> "My shoes split after only four months":
# how long it took, said in front.
_A_TIME_BEFORE = re.compile(
    r"^it was (?P<only>only |just )?(?P<time>(?:a|an|a few|\w+(?:-\w+)?) "
    r"(?:days?|weeks?|months?|years?)) before "
    r"(?P<rest>(?:I|we|my|our)\b[^,]*(?:, (?:which|who) [^,]+,[^,]+)?)$",
    re.IGNORECASE,
)


def _a_time_before(clause: str) -> str | None:
    before = _A_TIME_BEFORE.match(clause.rstrip(".!"))
    if before is None:
        return None
    return f"{_capitalised(before['rest'])} after {before['only'] or ''}{before['time']}"


# A place in a contest said to have gone to the user: "Third place in the hill race at the
# Inveraray Highland Games, out of 47 runners, went to me" -> "I came third in ...".
_PLACE_WENT_TO_ME = re.compile(
    rf"^(?P<place>{_A_PLACE_COME.pattern}) place (?P<what>in .+?) went to (?P<who>me|us)"
    r"(?: and (?P<mine>my|our) (?P<with>[^,]+?))?[.!]?$",
    re.IGNORECASE,
)


def _place_went_to_me(clause: str) -> str | None:
    """Who came the place first, with a thing of theirs said after ("went to me and my
    blue Fordson" -> "I came second ... with my blue Fordson"), one of their people with
    them ("went to me and my wife" -> "My wife and I came second ...")."""
    went = _PLACE_WENT_TO_ME.match(clause)
    if went is None:
        return None
    who, said_with = _speaker(went["who"]), went["with"]
    came = f"came {went['place'].lower()} {went['what'].rstrip(',')}"
    if said_with is None:
        return f"{who} {came}"
    if _kin(said_with.split()[0]) or names_a_person(said_with.split()[0]):
        return f"{_capitalised(went['mine'])} {said_with} and {who} {came}"
    return f"{who} {came} with {went['mine'].lower()} {said_with}"


# Who "we" are, said after the verb's phrase: "We go slacklining every Thursday after work,
# my boyfriend Jonah and I, in Royal Victoria Park" -> "My boyfriend Jonah and I go
# slacklining every Thursday after work in Royal Victoria Park".
_WE_SAID_AFTER = re.compile(
    r"^we (?P<done>[^,]+), (?P<who>(?:my|our) (?:[\w'-]+ ){0,3}[\w'-]+ and I)"
    r"(?:, (?P<rest>.+?))?[.!]?$",
    re.IGNORECASE,
)


def _we_said_after(clause: str) -> str | None:
    we = _WE_SAID_AFTER.match(clause)
    if we is None or not _kin(we["who"].split()[1]):
        return None
    said = f"{_capitalised(we['who'])} {we['done']}"
    if we["rest"] is None:
        return said
    joined = ", " if _NEXT_CLAUSE_AFTER_CLEFT.match(f", {we['rest']}") else " "
    return f"{said}{joined}{we['rest']}"


def subject_first(clause: str) -> str:
    """`clause` with its subject first when it is a fronted phrase, a leading clause, a
    cleft, a thing "there is" in a place of the user's, or a past done "by me"; a habit
    said with "will" said as one; what a seller sold the user, once a cleft is turned ("It
    was a woodturner who sold me my marudai for £85"), as what the user paid."""
    moved = _subject_moved_first(clause)
    return _WILL_AS_A_HABIT.sub(r"\g<who> \g<rest>", _sold_me(moved) or moved)


def _subject_moved_first(clause: str) -> str:
    clause = _who_first(clause)
    fronted = _fronted(clause)
    if fronted is not None:  # "Every Sunday a stew is put in by me" -> "I put a stew in ..."
        fronted = _done_by_me(fronted) or fronted
    return (
        _cleft(clause)
        or _a_time_before(clause)
        or _we_said_after(clause)
        or _place_went_to_me(clause)
        or _moved(clause)
        or _made_in_front(clause)
        or _have_what_mine_made(clause)
        or fronted
        or _purpose_in_front(clause)
        or _there_is_mine(clause)
        or _in_my_possession(clause)
        or _had_or_needed(clause)
        or _done_by_me(clause)
        or clause
    )


def appositions(sentence: str, nouns: frozenset[str]) -> list[str]:
    """Who someone is, said in passing ("my dog Rex" -> "I have a dog named Rex"), for
    `nouns` (kin, pets, people around the user) only: "my favourite Italian place" is no
    one."""
    return [
        f"I have a {noun} named {name}"
        for noun, name in _APPOSITION.findall(sentence)
        if noun in nouns
    ]
