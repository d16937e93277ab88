"""One wording for one fact (pure): what the rules write and what dedup compares.

The same fact said two ways should read the same: "I've got two cats", "I own two cats"
and "I have 2 cats" all become "User has 2 cats"; "a 5k", "5 kilometres" and "five
kilometers" become "5 km".
`canonical` is applied to what the rules extract; `comparable` goes further (lower case,
contractions spelled out, "was born" without its tense) and is only what dedup's signs
are read from, never stored.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["RELATIONS", "canonical", "comparable", "number_words_to_digits"]

# People around the user, and pets: "User's sister ..." is another subject than "User ...".
RELATIONS = frozenset(
    [
        "sister",
        "brother",
        "mother",
        "mom",
        "mum",
        "father",
        "dad",
        "parent",
        "parents",
        "folks",
        "son",
        "daughter",
        "child",
        "children",
        "kid",
        "kids",
        "baby",
        "wife",
        "husband",
        "partner",
        "boyfriend",
        "girlfriend",
        "fiance",
        "fiancee",
        "friend",
        "friends",
        "mate",
        "buddy",
        "boss",
        "manager",
        "colleague",
        "coworker",
        "workmate",
        "roommate",
        "flatmate",
        "housemate",
        "landlord",
        "landlady",
        "lodger",
        "neighbor",
        "neighbour",
        "cousin",
        "aunt",
        "uncle",
        "grandma",
        "grandmother",
        "gran",
        "granny",
        "nan",
        "nana",
        "grandpa",
        "grandfather",
        "grandad",
        "granddad",
        "niece",
        "nephew",
        "family",
        "teammate",
        "classmate",
        "clubmate",
        "bandmate",
        "crewmate",
        "coursemate",
        "schoolmate",
        "teacher",
        "student",
        "doctor",
        "dog",
        "cat",
        "puppy",
        "kitten",
        "horse",
        "parrot",
        "rabbit",
        "bunny",
        "hamster",
    ]
)
_UNITS = {
    "zero": 0,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ONES = "one|two|three|four|five|six|seven|eight|nine"
# "one" alone is too often a pronoun ("the one I like") to become "1"; in a compound
# ("twenty-one") it is a number.
_NUMBER = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})(?:[- ](?P<ones>{_ONES}))?|(?P<unit>{'|'.join(_UNITS)}))\b",
    re.IGNORECASE,
)
# "2 thousand 15" (from "two thousand fifteen") is 2015, "12 hundred" 1200, "3 thousand
# 2 hundred" 3200: multipliers, each number but the last followed by one ("64
# thousand-piece jigsaws" are 64, each of a thousand pieces; "a hundred 7-inch singles"
# are 100, each 7 inches).
_MULTIPLIED = re.compile(
    r"\b\d+ (?:hundred|thousand)\b(?!-)(?:(?: and)? \d+ (?:hundred|thousand)\b(?!-))*"
    r"(?: and \d+\b| \d+\b(?!-))?"
)
# A number hyphened whole before what it counts: "a hundred-and-forty-five-pound voucher" is
# "a hundred and forty-five-pound" one, a "145-pound" voucher (after "and" a number is added
# however it is hyphened).
_HYPHENED_AND = re.compile(
    r"(?<=\w)-(?=(?:hundred|thousand)-and-)|(?:(?<=hundred)|(?<=thousand))-and-", re.IGNORECASE
)
# A year said as two numbers: "nineteen seventy-one" is 1971, "eighteen oh five" 1805 (a
# clock's "at twelve fifteen" and "eighteen twenty-pound notes" are no years).
_TEENS = "fifteen|sixteen|seventeen|eighteen|nineteen"
_SPOKEN_YEAR = re.compile(
    rf"(?<!\bat )\b(?P<century>{_TEENS}) (?:(?P<tens>{'|'.join(_TENS)})(?:[- ](?P<ones>{_ONES}))?"
    rf"|(?P<teen>ten|eleven|twelve|thirteen|fourteen|{_TEENS})|oh[- ](?P<oh>{_ONES}))\b(?!-)",
    re.IGNORECASE,
)
_ORDINAL_UNITS = {
    **{"fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9},
    **{"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14},
    **{"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18},
    **{"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50},
    **{"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100},
}
_ORDINAL_ONES = {"first": 1, "second": 2, "third": 3, **_ORDINAL_UNITS}
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# A date's "the third of March"; "User's third marathon" stays a word.
_FIRST_OF_MONTH = re.compile(rf"\b(first|second|third)(?= of (?:{_MONTHS})\b)", re.IGNORECASE)
# "one thousand" is a number, where "one" alone is too often a pronoun to be one; so is "a
# thousand" in lower case ("a thousand-piece jigsaw" is one jigsaw, "A Hundred Years of
# Solitude" a title).
_ONE_MULTIPLIED = re.compile(r"\bone (hundred|thousand)\b", re.IGNORECASE)
_A_MULTIPLIED = re.compile(r"\b[Aa] (hundred|thousand)\b(?!-)")
# "thousand-piece" is "1000-piece", as "of a thousand pieces" is 1000 of them.
_UNIT_MULTIPLIER = re.compile(r"(?<![\d-])\b(hundred|thousand)-")
# "one-litre bottles" are "1-litre" ones, as "two-litre" are "2-litre": "one" before a unit
# it counts ("a one-off", "one-way" count nothing).
_ONE_UNIT = re.compile(
    r"\bone-(?=(?:litre|liter|metre|meter|kilometre|kilometer|mile|inch|foot|kilo|kilogram|"
    r"gram|pound|ounce|pint|gallon|second|minute|hour|day|week|month|year|star|bedroom|"
    r"storey|speed)s?\b)",
    re.IGNORECASE,
)
_MULTIPLIERS = {"hundred": "100", "thousand": "1000"}
# "four-hundred-pound" (after "four" is "4") is "400-pound".
_HYPHENED_MULTIPLIED = re.compile(r"\b(\d+)-(hundred|thousand)-")
# "the fourteenth of March" is "the 14th of March", "twenty-first" "21st"; "first",
# "second" and "third" alone stay words ("User's first car").
_ORDINAL_WORD = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})[- ](?P<ones>{'|'.join(_ORDINAL_ONES)})"
    rf"|(?P<unit>{'|'.join(_ORDINAL_UNITS)}))\b",
    re.IGNORECASE,
)
_DISTANCE = re.compile(
    r"\b(\d+(?:\.\d+)?)\s*(?:km|kms|kilometers|kilometres|kilometer|kilometre)\b", re.I
)
# "a 5k" / "run 10k": a race distance, in kilometres (money is "5k dollars", "$5k").
_RACE = re.compile(r"(?<![$£€\d])\b(\d+)k\b(?!\s*(?:dollars|euros|pounds|usd|eur|gbp)\b)", re.I)
_HAVE_GOT = re.compile(r"\b(has|have|had)(?:\s+got\b(?!\s+to\b))+", re.IGNORECASE)
_CONTRACTIONS = (
    (re.compile(r"'s\s+got\b"), " has got"),
    (re.compile(r"'s\s+been\b"), " has been"),  # "is been" is never said
    (re.compile(r"'s\s+had\b"), " has had"),  # a possessive comes before no verb
    (re.compile(r"\bcan't\b"), "can not"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bain't\b"), "is not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"\bi'm\b"), "i am"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'d\s+(like|love|prefer|rather|want|hate)\b"), r" would \1"),
    (
        re.compile(
            r"'d(?=(?:\s+(?:never|already|just|not))?\s+(?:been|gone|done|seen|(?!(?:need|feed|exceed|succeed|proceed)\b)\w+ed)\b)"
        ),
        " had",
    ),
    (re.compile(r"\b(he|she|it|that|there|what|who)'s\b"), r"\1 is"),
)
# Being born is told in the past whatever the tense of the fact ("User's birth year is
# 1990" / "User was born in 1990").
_BORN = re.compile(r"\b(?:was|were)\s+born\b")
# "My rabbit's called Biscuit": the "'s" of a name is "is", not a possessive.
_NAMED_AS = re.compile(r"'s\s+(called|named)\b", re.IGNORECASE)
# ", back in 2021" is "in 2021": a time said looking back is the same time ("never got it
# back in October" is no such time, so only after a comma).
_BACK_IN = re.compile(
    r"(?<=, )back in (?=(?:\d{4}|the \d{4}s|(?:early |late )?(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December|spring|summer|autumn|winter))\b)",
    re.IGNORECASE,
)
# Possession said one way: "User owns 2 cats" is "User has 2 cats" (MiniLM puts "owns"
# 0.8-0.9 from "has"). Only the verb: "their own car" and "co-owns" stay.
_OWNS = re.compile(r"(?<!-)\bowns\b")
# How one gets somewhere, said one way: "takes the bus to work", "commutes to work by
# bus", "rides their bike to work", "cycles to work" -> "goes to work by bus/bike" (MiniLM
# puts "cycles to work" 0.52 from "rides their bike to work"). Any tense but the past
# keeps its form ("taking" -> "going"); the vehicle stays, and tells trips apart.
_VEHICLE = (
    r"bus|train|tram|subway|metro|tube|ferry|bike|bicycle|motorbike|motorcycle|scooter|"
    r"car|taxi|boat|plane"
)
# The place is up to three words, ended by what follows it: "their static caravan in
# Hemsby" is "going to their static caravan by car in Hemsby" (not "their static by car").
_PLACE_ENDS = (
    r"in|on|at|by|to|from|with|for|and|or|near|along|via|through|across|past|over|around|"
    r"every|each|most|twice|once|before|after|during|when|whenever|while|because|so|since|"
    r"until|till|as|if|but|then|straight|early|late|first|alone|together|instead|usually|"
    r"daily|weekly|nowadays|now|these|this|that|\d+"
)
_PLACE = (
    r"(?P<place>(?:the |their |his |her |a )?[\w'-]+(?: [\w'-]+){0,2}?)"
    rf"(?=$|[,.;:!?)]| (?:{_PLACE_ENDS})\b)"
)
_COMMUTES = (
    re.compile(
        r"\b(?P<verb>takes?|taking|rides?|riding|catch(?:es)?|catching) "
        rf"(?:the|a|their|his|her) (?P<vehicle>{_VEHICLE}) to {_PLACE}"
    ),
    re.compile(
        r"\b(?P<verb>commut(?:es?|ing)|travel(?:s|l?ing)?|get(?:s|ting)?) to "
        rf"{_PLACE} by (?P<vehicle>{_VEHICLE})\b"
    ),
    # "bike" alone is a verb only after who rides or "to": not "a mountain bike to the raffle".
    re.compile(
        r"\b(?P<verb>cycl(?:es|ing)|bik(?:es|ing)|"
        r"(?:(?<=\bto )|(?<=\bothers )|(?<=\bthey ))(?:cycle|bike)) "
        rf"to {_PLACE}"
    ),
    # ("ahead of their drive to Cornwall": a drive had is a noun, and stays)
    re.compile(
        r"(?<!\btheir )(?<!\bour )(?<!\bthe )(?<!\ba )(?<!\bhis )(?<!\bher )(?<!\bmy )"
        rf"\b(?P<verb>driv(?:es?|ing)) to {_PLACE}"
    ),
)
_BY_VERB = {"cyc": "bike", "bik": "bike", "dri": "car"}


def _goes(match: re.Match[str]) -> str:
    verb = match.group("verb")
    go = "going" if verb.endswith("ing") else "goes" if verb.endswith("s") else "go"
    vehicle = match.groupdict().get("vehicle") or _BY_VERB[verb[:3]]
    vehicle = "bike" if vehicle == "bicycle" else vehicle
    return f"{go} to {match.group('place')} by {vehicle}"


def _commute(text: str) -> str:
    for pattern in _COMMUTES:
        text = pattern.sub(_goes, text)
    return text


def _twelve_hour(time: re.Match[str]) -> str:
    return f"{int(time.group(1)) - 12}:{time.group(2)} pm"


def _months_as_years(months: re.Match[str]) -> str:
    count = int(months.group(1))
    return f"{count // 12}-year" if count >= 12 and not count % 12 else months.group(0)


_PER = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}


def _verb_forms(said: str, read_as: str, then: str = "") -> dict[str, str]:
    """Each form of a verb said (space-separated) with the same form of the verb it is read
    as: ("take takes took taking", "walk walks walked walking") -> {"took": "walked", ...};
    `then` follows each read form (a space where the pattern ate the one after it)."""
    return {form: f"{read}{then}" for form, read in zip(said.split(), read_as.split(), strict=True)}


# "1,200" is 1200.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
# Numbers said loosely, as dedup reads them (lower case): "a pair of" / "a couple of" 2, "a
# decade" 10 years, "60k" 60000, "once a month" no number ("every month"; "twice a month"
# stays one, and so does "once every 2 years": it is not "2 times a year"; "at once" is
# "together"), "11 p.m." / "11pm" "11 pm", "$1,200" "1200 dollars"; and "based in" as
# "living in" ("based" shares no sense with "lives" in WordNet, and reads as a past); an age
# when something happened, "when they were 6 years old" / "at the age of 6", as the rules
# say the user's: "when they were 6"; "back in 2015" as "in 2015" ("back" is no particle).
_PAIRED = (
    "shoes|boots|trainers|sandals|slippers|heels|brogues|loafers|wellies|wellingtons|"
    "skates|rollerblades|roller skates|skis|flippers|crutches|jeans|trousers|shorts|"
    "leggings|tights|socks|gloves|mittens|pyjamas|dungarees|glasses|sunglasses|goggles|"
    "spectacles|earrings|binoculars|scissors|shears|secateurs|pliers|tongs|headphones|"
    "earphones|earbuds"
)
_LOOSE_NUMBERS = (
    # An age said beside someone is an age before them: "user's mum, who is 78, started" /
    # "aged 78" / "user's 78-year-old mum started".
    (
        re.compile(
            r"\b((?:user's|their|his|her) [a-z]+(?: [a-z]+)?), (?:who is|who's|aged) (\d{1,3}),"
        ),
        lambda aged: f"{aged.group(1).replace(' ', f' {aged.group(2)}-year-old ', 1)}",
    ),
    (re.compile(r"\b(when (?:they|he|she) (?:was|were) \d{1,3}) years? old\b"), r"\1"),
    (re.compile(r"\b(is|are|am|was|were) aged (\d{1,3})\b"), r"\1 \2 years old"),
    (re.compile(r"\b(?:at (?:the )?age (?:of )?|aged )(\d{1,3})\b"), r"when they were \1"),
    # A pair of a thing made in pairs is one thing: "a pair of saddle shoes" / "some saddle
    # shoes" ("a pair of tickets" is 2).
    (
        re.compile(rf"\b(?:a|(the|user's|their)) pair of (?=(?:[\w-]+ ){{0,4}}?(?:{_PAIRED})\b)"),
        lambda pair: f"{pair[1]} " if pair[1] else "",
    ),
    (re.compile(r"\ba (?:pair|couple) of\b"), "2"),
    (re.compile(r"\b(the|user's|their) (?:pair|couple) of\b"), r"\1 2"),  # "user's 2 rods"
    (re.compile(r"\ba decade\b"), "10 years"),
    (  # a time taken, as a clock writes it: "1 hour 58 minutes" is "1:58"
        re.compile(r"\b(\d+) hours? (?:and )?(\d{1,2}) minutes?\b"),
        lambda m: f"{m.group(1)}:{int(m.group(2)):02d}",
    ),
    # finishing a race in a time ends nothing: "ran it, finishing in 1:58" / "in 1:58"
    (re.compile(r"\b(?:finishing|finished) in (?=\d+:\d\d\b)"), "in "),
    (re.compile(r"\b(\d+) decades\b"), lambda m: f"{int(m.group(1)) * 10} years"),
    (re.compile(r"\b(\d+)k\b"), lambda m: f"{m.group(1)}000"),
    (re.compile(r"\bonce (?:a|per)\b"), "every"),
    # "once daily" is "once a day": "every day".
    (
        re.compile(r"\bonce (daily|weekly|monthly|yearly)\b"),
        lambda m: f"every {_PER[m.group(1)]}",
    ),
    (re.compile(r"\bat once\b"), "together"),
    (re.compile(r"\bbased in\b"), "living in"),
    (re.compile(rf"\bback (?=in (?:the )?\d|in (?:{_MONTHS})\b|when\b|then\b)"), ""),
    (re.compile(r"(?<=\d)\s*([ap])\.?m\b\.?"), r" \1m"),
    # a clock time one way, on the twelve-hour clock: "19:30" / "7.30 pm" / "7:30 pm",
    # "10:00" / "10 am" (the part of the day, said on one side only, adds to the fact)
    (re.compile(r"\b(\d{1,2})[. ](\d\d) (?=[ap]m\b)"), r"\1:\2 "),
    (re.compile(r"\b(1[3-9]|2[0-3]):(\d\d)\b"), _twelve_hour),
    (re.compile(r"\b(\d{1,2}):00\b"), r"\1"),
    # whole years of months: "a 24-month contract" / "a 2-year contract" ("12 months
    # instead of 10" stays months)
    (re.compile(r"\b(\d+)-month\b"), _months_as_years),
    (re.compile(r"\$\s?(\d+(?:\.\d+)?)"), r"\1 dollars"),
    (re.compile(r"\u20ac\s?(\d+(?:\.\d+)?)"), r"\1 euros"),
    (re.compile(r"\u00a3\s?(\d+(?:\.\d+)?)"), r"\1 pounds"),
    (re.compile(r"\b(\d+(?:\.\d+)?) quid\b"), r"\1 pounds"),  # "45 quid"
    # pounds and pence said apart: "8 pounds 99" / "8 pounds 99p" is 8.99 pounds
    (
        re.compile(
            r"\b(\d+) pounds (\d\d)(?:p| pence)?\b(?! (?:years?|months?|weeks?|days?|times)\b)"
        ),
        r"\1.\2 pounds",
    ),
)
# "March 3rd" is the date "March 3".
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")
# "would rather" is a preference held now, not an intent.
_RATHER = re.compile(r"\bwould\s+rather\b")
# One war, however named: "the Second World War", "World War Two", "WW2", "WWII".
_WARS = (
    (re.compile(r"\b(?:the )?(?:second world war|world war (?:two|2|ii)|ww ?(?:2|ii))\b"), "ww2"),
    (re.compile(r"\b(?:the )?(?:first world war|world war (?:one|1|i)|ww ?(?:1|i))\b"), "ww1"),
)
# "at half ten" is British for "at 10:30" ("at about half past 10" too, and "from half 7")
_HALF_PAST = re.compile(
    r"\b((?:at|from|until|till) (?:about |around |roughly )?)half (?:past )?(\d{1,2})\b"
)
# "half past 8" is 8:30 wherever it stands ("the half past 8 ferry").
_PAST_THE_HOUR = re.compile(r"\bhalf past (\d{1,2})\b")
# A quarter past or to an hour, as a clock writes it: "quarter past 10" is 10:15.
_QUARTER = re.compile(r"\b(?:a )?quarter (past|to) (\d{1,2}|one)\b")
# Minutes past or to an hour, by the clock: "at 20 to 11" is 10:40 ("from 10 to 11" is a
# range, so "to" wants the "at" before it).
_MINUTES_PAST = re.compile(r"\b(5|10|20|25) past (1[0-2]|[1-9])\b(?![:.])")
_MINUTES_TO = re.compile(r"\b(at (?:about |around )?)(5|10|20|25) to (1[0-2]|[1-9])\b(?![:.])")
# A date said one way, day first: "March 22" and "the 22 of March" (ordinals read) are
# "22 March".
_MONTH_DAY = re.compile(rf"\b({_MONTHS}) (\d{{1,2}})\b(?!:)")
_DAY_MONTH = re.compile(rf"\bthe (\d{{1,2}}) of ({_MONTHS})\b")
# A date in figures is day first too: "14/02/2024" is "14 february 2024".
_DATE_IN_FIGURES = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
# Three quarters of an hour is 45 minutes, and a three-quarter-hour (or
# three-quarter-of-an-hour) thing a 45-minute one.
_THREE_QUARTERS_HOUR = re.compile(r"\b(?:three|3)[- ]quarters?[- ]of[- ]an[- ]hour\b")
_THREE_QUARTER_HOUR = re.compile(r"\b(?:three|3)-quarters?-(?:of-an-)?hour\b")
# A quarter of an hour is 15 minutes: "swap every quarter of an hour" / "every 15 minutes";
# "a quarter-of-an-hour flight" is a 15-minute one.
_QUARTER_HOUR = re.compile(r"\b(?:a|one) quarter of an hour\b|(?<=every )quarter of an hour\b")
_A_QUARTER_HOUR = re.compile(r"(?<=\ba )quarter-(?:of-an-)?hour\b")
# The user's boys (or lads) are their sons, their girls their daughters, and twin boys twin
# sons:
# "User's twin boys" / "twin sons", "User has 3-year-old twin boys", "User's boy Harry" /
# "User's son Harry" ("their boy scouts" are scouts).
_BOYS_AND_GIRLS = re.compile(
    r"\b(?:twin|(?:user's|their|has|have|got)(?: 2| 3| little)?) (boys|girls|lads|lad|boy|girl)\b"
    r"(?! (?:scouts?|guides?|band|brigade)\b)"
)
# Millimetres one way: "a 5-millimetre wetsuit" / "a 5mm wetsuit".
_MILLIMETRES = re.compile(r"\b(\d+)(?:-| ?)(?:millimetres?|millimeters?)\b")

# "Every second morning" is every other one.
_EVERY_SECOND = re.compile(
    r"\bevery second(?= (?:day|week|month|year|morning|evening|night|weekend|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)s?\b)"
)
# "Every 2 years" is every other one ("every 2 weeks" is read as "fortnightly" before).
_EVERY_TWO = re.compile(r"\bevery 2 (day|month|year|morning|evening|night|weekend)s\b")
# Midnight and midday as a clock says them: "off at midnight" / "off at 12 am" (no
# "midnight mass").
_MIDNIGHT = re.compile(
    r"\b(at|until|till|by|before|after|from|to) (midnight|midday|noon)\b(?! mass\b)"
)
# Two halves, said three ways: "half-and-half", "fifty-fifty", "50-50".
_HALVES = re.compile(r"\b(?:half[- ]and[- ]half|fifty[- ]fifty|50/50)\b")
# What someone has put away somewhere, they keep: "has their medals stored in a tin".
_KEPT = re.compile(
    r"\b(?:has|have)\s+((?:their|his|her|my|our|a|an|the)\s+(?:[\w'-]+\s+){0,4}?)"
    r"(?:stored|stashed|kept)\b\s*"
)
# What of the user's is kept somewhere, they keep there: "User's sea glass collection is
# kept in 3 Kilner jars" / "User keeps their sea glass collection in" them.
_USERS_KEPT = re.compile(
    r"^user's ((?:[\w-]+ ){0,4}?[\w-]+) (?:is|are) (?:kept|stored) (?=(?:in|on|at|under)\b)"
)
# A place taken in a race is one come in: "took third place in" / "came third in".
_PLACE_TAKEN = re.compile(
    r"\b(?:took|takes|take|taking) "
    r"(first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th)) place\b"
)
# A thing left where it is, is kept there: "leaves the roof rack on the car from April" /
# "keeps it on" (not "left it on the bus", which lost it).
_LEAVES_IT = re.compile(r"\b(leaves|leave|leaving) (?=(?:it|them|the [\w-]+) (?:on|in|up)\b)")
_KEEPS = _verb_forms("leaves leave leaving", "keeps keep keeping", then=" ")
# A round before the final is one word, whose swap with "final" is read ("semi-final"
# would read as "final" with a word added).
_ROUND_BEFORE = re.compile(r"\b(semi|quarter)-final")
# A round by its number: "in the second round" / "in round 2"; being knocked out of a
# contest is going out of it.
_NTH_ROUND = re.compile(r"\bthe (first|second|third|\w+th|\d+(?:st|nd|rd|th)) round\b")
_KNOCKED_OUT = re.compile(r"\b(?:got|was|were) knocked out\b")
# "twice" is "2 times", as "two times" is.
_TIMES = re.compile(r"\b(?:(twice)|(thrice))\b", re.IGNORECASE)
# Giving up said one way, as the past it tells: "quit", "gave up", "kicked the smoking
# habit" -> "stopped" ("to quit" is an intent, and stays).
_STOPPED = (
    (re.compile(r"\b(?:gave|given) up\b"), "stopped"),
    (re.compile(r"\bkicked the (?:(\w+) )?habit\b"), r"stopped \1"),
    (re.compile(r"(?<!\bto )\bquit\b"), "stopped"),
)
# Winning said as a place or a title: "came first in", "was the winner of" -> "won" (WordNet
# has no sense shared by "won" and "winner"; "first" would read as another number).
# A place in a race said as it was finished: "came third", "placed 3rd", "was placed third".
_PLACED = re.compile(
    r"\b(?:came|(?:was |were )?placed|ended up)"
    r"(?= (?:\d+(?:st|nd|rd|th)?|first|second|third|last)\b)"
)
# Who diagnosed the user is no part of the fact: "Doctors diagnosed User with asthma".
_DIAGNOSED = re.compile(
    r"\b(?:(?:the|a|their|user's) )?(?:doctors?|gps?|consultants?|specialists?)"
    r" diagnosed user with\b"
)
# A place finished in figures is the place in words: "came 3rd out of 48" / "came third",
# "finished in 4th place" or "came in 4th" / "came fourth".
_PLACE_IN_FIGURES = re.compile(r"\b(?:finished|came) (?:in )?([2-9]|10)(?:nd|rd|th)(?: place)?\b")
_PLACES = dict(
    enumerate(
        ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
        start=2,
    )
)
_RUNNER_UP = re.compile(r"\b(?:was|were|came|finished) (?:as )?(?:the |a )?runners?[- ]up\b")
# Someone "from work" is a colleague: "Maureen from work" is "User's colleague Maureen".
_FROM_WORK = re.compile(
    rf"\b(?!(?i:{_MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"([A-Z][a-z]+) from work\b"
)
# Bought used is "second-hand": "a used bike", "a pre-owned car".
_USED = re.compile(
    r"\b(?:(?<=\ba )|(?<=\btheir )|(?<=\bthe ))used\b(?! to\b)|\bpre[- ]owned\b|\bsecondhand\b"
)
# One word for who one works with: "workmate", "co-worker" -> "colleague".
_COLLEAGUE = re.compile(r"\b(?:workmate|co-?worker)(s?)\b")
# Someone's physio is their physiotherapist ("a course of physio", "their physio
# exercises" are the treatment).
_PHYSIO = re.compile(
    r"\b(user's|their|his|her|the|a) physio(s?)\b"
    r"(?! (?:course|session|exercise|appointment|class|treatment|plan)s?\b)"
)
# What a dispute is "over" it is "about": "a tribunal hearing against User's landlord over
# the rent increase".
_DISPUTED_OVER = re.compile(
    r"\b(hearing|tribunal|dispute|row|argument|complaint|case|fight|claim|disagreement|"
    r"argued|argue|argues|arguing|fell out|falling out|rowed|rowing)\b((?: [\w']+){0,4}?) over\b"
)


def _before(forms: dict[str, str], following: str) -> re.Pattern[str]:
    """A verb in one of its `forms` (each read as its value) before `following`."""
    return re.compile(rf"\b({'|'.join(sorted(forms, key=len, reverse=True))}) (?={following})")


def _read_as(forms: dict[str, str], pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda verb: forms[verb.group(1)], text)


# Half an hour is 30 minutes ("a lesson lasting half an hour" / "a 30-minute lesson"); a
# ruby wedding is the 40th anniversary; something "nicked" was stolen.
_HALF_AN_HOUR = re.compile(r"\bhalf an hour\b|\bhalf-hour\b")
_NAMED_ANNIVERSARY = re.compile(r"\b(silver|ruby|golden|diamond) wedding(?: anniversary)?\b")
_ANNIVERSARIES = {"silver": "25", "ruby": "40", "golden": "50", "diamond": "60"}
_NICKED = re.compile(r"\b(?:(was|were|got|been|be|get|gets) )?nicked\b")
# Half a year is 6 months: "deploying for half a year" / "for 6 months".
# A number and a half of minutes is in seconds, of hours in minutes: "for 2 and a half
# minutes" / "for 150 seconds".
_AND_A_HALF = re.compile(r"\b(\d+)[ -]and[ -]a[ -]half[ -](minute|hour)s?\b")
_HALF_A_YEAR = re.compile(r"\b(?:half a year|a half year|six months)\b")
# Taking a dog for a walk is walking it: "takes their neighbour's dog for a walk" / "walks
# their neighbour's dog".
_FOR_A_WALK = re.compile(
    r"\b(take|takes|took|taking) ((?:user's|their|his|her|the|a) [\w' -]{1,30}?) for a walk\b"
)
_WALKED = _verb_forms("take takes took taking", "walk walks walked walking")
# Looking at something written is reading it: "without looking at the instructions" /
# "without reading the instructions".
_LOOKED_AT_WRITING = re.compile(
    r"\b(look|looks|looked|looking) at "
    r"(?=(?:the|their|user's|a) (?:instructions|manual|recipe|map|menu|guide|leaflet)\b)"
)
_READ = _verb_forms("look looks looked looking", "read reads read reading", then=" ")
# Swapping a thing for another is replacing it with the other: "swapped their gas hob for
# a Bosch induction one" / "replaced their gas hob with".
_SWAPPED_FOR = re.compile(
    r"\b(swapped|swaps|swap|swapping)((?: (?!with\b)[\w'-]+){1,5}?) for "
    r"(?=(?:a|an|the|their|user's|some|new)\b)"
)
_REPLACED = _verb_forms("swapped swaps swap swapping", "replaced replaces replace replacing")
# A part swapped on its own is replaced too: "swaps the mop head every 3 months" /
# "replaces the mop head" (not one swapped "for", "to" or "with" another further on, which
# may be "switched": "swapped the bulb in their desk lamp for a warm white LED").
_SWAPPED_A_PART = re.compile(
    r"\b(swapped|swaps|swap|swapping) "
    r"(?=(?:the|their|user's|its) (?![^,]*\b(?:for|to|into|with)\b))"
)
# Something taken out of the body was removed: "had 2 molars taken out" / "had 2 molars
# removed", "2 teeth were taken out", "the vet took out 2 teeth", "had their appendix out".
# Money "taken out of" a salary was not, nor a loan taken out (no "had" before it), nor a
# dog "taken out" for a walk.
_BODY_PARTS = r"(?:appendix|tonsils|adenoids|tooth|teeth|molars?|gallbladder|stitches|cataracts?)"
_TAKEN_OUT = re.compile(
    r"\b(had|has|have|having|get|gets|got|getting)((?: [\w'-]+){1,4}) taken out\b(?! of)"
    rf"|\b({_BODY_PARTS}(?:'s)? (?:was|were|been|being|is|are)) taken out\b(?! of)"
    r"|\b(took|take|takes|taking) out (?=\d)"
    r"|\b(had|has|have|having|get|gets|got|getting)( (?:user's|their|his|her|a|an|the))"
    rf"((?: [\w-]+)? {_BODY_PARTS}) out\b"
)
# Surgery to remove a thing is having it removed: "had surgery to remove their
# gallbladder at Southmead" / "had their gallbladder removed at Southmead".
_SURGERY_TO_REMOVE = re.compile(
    r"\b(had|has|have|having) (?:keyhole |an? )?(?:surgery|operation) to remove "
    r"((?:user's|their|his|her|a|an|the)(?: [\w'-]+){1,3}?)"
    r"(?=,| at\b| in\b| on\b| when\b| after\b| last\b|$)"
)
_REMOVED = _verb_forms("took take takes taking", "removed remove removes removing")


def _removed(taken: re.Match[str]) -> str:
    if taken[1]:
        return f"{taken[1]}{taken[2]} removed"
    if taken[3]:
        return f"{taken[3]} removed"
    if taken[4]:
        return f"{_REMOVED[taken[4]]} "
    return f"{taken[5]}{taken[6]}{taken[7]} removed"


# Standing down from a post is resigning it: "stood down as vice-chair" / "resigned as".
_STOOD_DOWN = re.compile(r"\b(stood|stepped|stand|step|stands|steps|standing|stepping) down\b")
_RESIGNED = dict(
    zip(
        ("stood", "stepped", "stand", "step", "stands", "steps", "standing", "stepping"),
        (
            "resigned",
            "resigned",
            "resign",
            "resign",
            "resigns",
            "resigns",
            "resigning",
            "resigning",
        ),
        strict=True,
    )
)
_YEAR_AND_A_HALF = re.compile(
    r"\b(?:(?:a|one) |(?<=every ))year and a half\b|\b(?:one and a half|1\.5) years\b"
)
# A time in hours and minutes: "3h 12m" is "3 hours 12 minutes"; "alternate weekends" are
# every other one.
_HOURS_MINUTES = re.compile(r"\b(\d+) ?h (\d+) ?m\b")
_ALTERNATE = re.compile(r"\b(?:on )?alternate\b")
# Alternating who does a thing is taking turns at it: "alternate who drives" / "take
# turns driving".
_ALTERNATE_WHO = re.compile(r"\balternate who (\w+?)e?s\b")
# A name after who it is reads as before: "User's 2-year-old, Poppy, has" / "Poppy, User's
# 2-year-old, goes"; who it is in three words or more, after the name ("Valeria, User's
# Argentine tango teacher, grew up"), as before it (dedup reads no past after so long a
# subject; "Hannah, User's big sister, is" stays, matched as it is).
_NAME_AFTER_WHO = re.compile(r"^(user's [\w'-]+), ([a-z]+), ")
_NAMED = r"(?:(?:mr|mrs|ms|miss|dr) )?[a-z]+"
_WHO_AFTER_NAME = re.compile(rf"^({_NAMED}), (user's [\w'-]+(?: [\w'-]+){{2,3}}), ")
# Who teaches the user a thing is their teacher of it: "Valeria, who teaches User Argentine
# tango, grew up" / "User's Argentine tango teacher, Valeria, grew up".
_WHO_TEACHES = re.compile(
    rf"^({_NAMED}), who teaches user (?:the )?([a-z][\w'-]*(?: [a-z][\w'-]*)?), "
)
# Becoming a member is joining: "became a member of the chess club" / "joined".
_MEMBER_OF = re.compile(r"\b(became|become|becomes|becoming) a member of\b")
_JOINED = _verb_forms("became become becomes becoming", "joined join joins joining")
# Getting into a league or a contest is entering it: "pays 15 quid to get into the fantasy
# football league" / "to enter" (not "got into Oxford", "got into the final").
_GOT_INTO = re.compile(
    r"\b(get|gets|got|getting) into (?=(?:the|a|an|their|user's) (?:[\w'-]+ ){0,4}?"
    r"(?:league|competition|contest|tournament|sweepstake|raffle|draw)s?\b)"
)
_ENTERED = _verb_forms("get gets got getting", "enter enters entered entering", then=" ")
# Whole thousands of metres are kilometres: "rows 5000 metres" / "does 5 km" ("1500
# metres" stays: "1500-metre" reads so).
_METRES = re.compile(r"\b(\d+)000 ?(?:metres|meters|m)\b")
# A distance in metres one way: "the 400-metre swim" / "the 400 m swim" / "400m".
_IN_METRES = re.compile(r"\b(\d+)(?:-| ?)(?:metres|metre|meters|meter|m)\b")
# A fortnight spent is 2 weeks: "the fortnight starting 14 June" / "the 2 weeks starting"
# ("once a fortnight" is how often: "every other week").
_THE_FORTNIGHT = re.compile(r"\b(the|for|for the) (?:a |one )?fortnight\b")
# "Just outside Builth Wells" is near it (not "just outside our gate"); "another hourglass"
# a second one (not "another 20 years").
_JUST_OUTSIDE = re.compile(r"\bjust outside\b(?! (?:the|a|an|our|my|their|his|her|user's)\b)")
_ANOTHER = re.compile(r"\banother\b(?! \d)")
# A day spent whole is 24 hours: "in the freezer for a full day" / "for 24 hours".
_A_WHOLE_DAY = re.compile(r"\b(for|in) (?:a|one) (?:full|whole) day\b")
# A dozen is 12: "takes 2 dozen bottles" / "holds 24 bottles", "half a dozen" / "6".
_DOZEN = re.compile(r"\b(?:(half) a|(a|one|\d+)) dozen\b")


def _dozens(dozen: re.Match[str]) -> str:
    if dozen.group(1):
        return "6"
    return str(12 * (1 if dozen.group(2) in ("a", "one") else int(dozen.group(2))))


# A fresh coat of paint given is a repaint: "give their beach hut a fresh coat of paint" /
# "repaint their beach hut".
_COAT_OF_PAINT = re.compile(
    r"\b(give|gives|gave|giving) ((?:their|user's|the|his|her|its) [\w' -]{1,40}?) "
    r"a (?:fresh |new )?coat of paint\b"
)
_REPAINTED = _verb_forms("give gives gave giving", "repaint repaints repainted repainting")


# A door kept propped open is propped open: "keep the kitchen door propped open with".
_KEPT_PROPPED = re.compile(
    r"\b(keep|keeps|kept|keeping) ((?:the|their|user's) [\w' -]{1,30}?) propped open\b"
)
_PROPPED = _verb_forms("keep keeps kept keeping", "prop props propped propping")


# A ride on a cable car, a bus or a train is taking it: "rode the cable car up to" /
# "took the cable car up to".
_RIDDEN = re.compile(
    r"\b(rode|ride|rides|riding) (?=(?:(?:up|down|back) )?the (?:cable car|chairlift|"
    r"chair lift|funicular|tram|bus|train|ferry|gondola|monorail|steam train|sleeper|"
    r"night bus|tube)\b)"
)
_RIDE_TAKEN = _verb_forms("rode ride rides riding", "took take takes taking", then=" ")


# Money forked (or shelled) out is paid: "forked out 220 pounds for a wakeboarding pass".
_FORKED_OUT = re.compile(r"\b(fork|forks|forked|forking|shell|shells|shelled|shelling) out\b")
_PAID_OUT = _verb_forms("fork forks forked forking", "pay pays paid paying") | _verb_forms(
    "shell shells shelled shelling", "pay pays paid paying"
)
# One wording for one thing, each pattern with what it is read as, applied in this order.
# Water given to a plant is watering it: "giving it water twice a week" / "watering it".
_GIVEN_WATER = re.compile(r"\b(give|gives|giving|gave|given) (it|them) water\b")
_WATERED = {
    "give": "water",
    "gives": "waters",
    "giving": "watering",
    "gave": "watered",
    "given": "watered",
}
# A length as the wording leaves it: "2 m", "20cm".
_A_LENGTH = r"\d+(?:\.\d+)? k?m|\d+(?:\.\d+)?cm"
# Trees WordNet names without "tree" ("an oak", "2 beeches").
_TREES = "oak|beech|birch|larch|ash|elm|willow|pine|yew|sycamore|chestnut|maple|poplar|alder|rowan"

_ONE_WORDING = (
    # What a thing has room for: "the wine rack takes 24 bottles" / "holds 24 bottles" (not
    # "User takes 2 sugars", nor time taken).
    (
        re.compile(
            r"(?<!\buser )\b(?:takes|fits|seats) "
            r"(?=\d+ (?!(?:second|minute|min|hour|day|week|month|year)s?\b))"
        ),
        "holds ",
    ),
    # "Ahead of" a time is before it: "ahead of each games night" / "before every".
    (re.compile(r"\bahead of (?=each|every|the|their|our|my|user's)\b"), "before "),
    # "'s" before a degree word is "is": "their kitchen's too cold" / "kitchen is too cold".
    (re.compile(r"(?<=\w)'s (?=(?:too|very|so|really|quite|far too)\b)"), " is "),
    # A size said one way: "a six-by-four shed" / "a 6x4 shed" / "a 6 by 4 shed".
    (re.compile(r"\b(\d+)(?: ?x ?|-by-)(\d+)\b"), r"\1 by \2"),
    # Scoring a number of times is scoring that many goals: "scored twice for Kingussie" /
    # "scored 2 goals" ("2 tries" stays other).
    (re.compile(r"\b(scor(?:e|es|ed|ing)) (\d+) times\b"), r"\1 \2 goals"),
    # A tour gone on is one taken: "went on a helicopter tour" / "took a helicopter tour" (a
    # school trip is gone on, no one takes it).
    (
        re.compile(r"\bwent on (?=an? (?:[\w-]+ ){0,3}?(?:tour|cruise|excursion|safari)s?\b)"),
        "took ",
    ),
    # Where and when an event "was held" is where and when it was: "the qualifier, which was
    # held in Cambridge in March," / "the qualifier in Cambridge in March".
    (re.compile(r", which (?:was|is|were|are) (?:held|hosted|staged) (?=(?:in|at|on) )"), " "),
    # A fee a thing cost is what it cost: "cost a fee of 28 pounds" / "cost 28 pounds".
    (re.compile(r"\b(costs?|charged|charges) an? (?:fee|price|sum|total) of\b"), r"\1"),
    # A clock's hour said without its nought: "the 07:42 train" / "the 7.42 train".
    (re.compile(r"\b0(\d)(?=[:.]\d\d\b)"), r"\1"),
    # In the middle of a thing is during it: "in the middle of a gig" / "mid-gig" / "during
    # a gig".
    (re.compile(r"\bin the middle of (?=an? |the )"), "during "),
    (
        re.compile(r"\bmid-(?=(?:gig|match|game|race|concert|show|flight|lesson|session)\b)"),
        "during a ",
    ),
    # A thing that gave out part-way failed: "gave out mid-gig" / "failed during a gig" (not
    # "gave out leaflets").
    (
        re.compile(r"\bgave out(?= (?:during|in|at|on|after|before|when|while|halfway)\b|$|,)"),
        "failed",
    ),
    # A place among so many is one out of them: "finished second of 14 teams" / "came second
    # out of 14 teams".
    (re.compile(r"\b(first|second|third|last|\d+(?:st|nd|rd|th)) of (?=\d+ )"), r"\1 out of "),
    # A synth is a synthesizer: "User's modular synth" / "modular synthesizer".
    (re.compile(r"\bsynth(s|'s)?\b"), r"synthesizer\1"),
    # Time run behind is time run late: "ran two hours behind" / "ran 2 hours late".
    (re.compile(r"\b((?:\d+|an?) (?:minutes?|mins?|hours?)) behind\b"), r"\1 late"),
    # A dive or a climb given up part-way is aborted: "had to abandon a dive" / "abort a dive"
    # (a game abandoned was called off).
    (
        re.compile(
            r"\babandon(s|ed|ing)? (?=(?:a|an|the|their|user's) (?:[\w'-]+ ){0,2}?"
            r"(?:dive|climb|ascent|attempt|flight|take-?off|landing|mission)s?\b)"
        ),
        r"abort\1 ",
    ),
    # A group organised by someone is run by them: "organised by Moira" / "run by Moira".
    (re.compile(r"\b(is|was|are|were) organi[sz]ed by\b"), r"\1 run by"),
    # Reps are repeats: "hill reps up Latrigg" / "hill repeats".
    (re.compile(r"\breps\b"), "repeats"),
    # A decade of age in words is one in figures: "the over-forties race" / "over-40s".
    *(
        (re.compile(rf"\b{word}\b"), f"{tens}0s")
        for tens, word in enumerate(
            ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties"),
            start=2,
        )
    ),
    # Half a kilo is 500 grams: "a half-kilo ring of chorizo" / "a 500g ring".
    (re.compile(r"\bhalf(?:-| a )kilo(?:gram)?\b"), "500g"),
    # What one came away with, one got: "came away with a merit" / "got a merit".
    (re.compile(r"\bcame away with\b"), "got"),
    # An "e-" thing is an electric one: "an e-scooter" / "an electric scooter"; a home-brew
    # kit is a home brewing kit (not "brew" as a drink made, a means: "made").
    (re.compile(r"\be-(?=(?:scooter|bike|car|van)s?\b)"), "electric "),
    (re.compile(r"\bhome-?brew (?=(?:kit|equipment|set|starter kit)s?\b)"), "home brewing "),
    # What was done after a time spent as something: ", having spent 2 years as a
    # volunteer cleaner" / "after 2 years as a volunteer cleaner".
    (re.compile(r",? having spent (?=\d+ (?:year|month|week)s? as\b)"), " after "),
    # The years spent as something are their years as it: "about the years they spent as a
    # driving instructor" / "about their years as a driving instructor".
    (re.compile(r"\bthe years (?:that )?(?:they|user) spent (?=as\b)"), "their years "),
    # A fine the user got from someone is one they were fined: "User got a 100 pounds fine
    # from Camden Council in May" / "Camden Council fined User 100 pounds in May".
    (
        re.compile(
            r"\buser got an? (?:£(\d[\d.,]*)|(\d[\d.,]*) pounds) fine from "
            r"((?:[\w'-]+ ){0,3}?[\w'-]+)"
            r"(?= (?:in|on|at|for|after|when|last)\b|$)"
        ),
        r"\3 fined user \1\2 pounds",
    ),
    # (and one they were hit with: "hit User with a 100-quid fine")
    (
        re.compile(r"\bhit (user|them) with an? (\d+)[- ](?:quid|pounds?) fine\b"),
        r"fined \1 \2 pounds",
    ),
    # What one was punished for doing is what they were punished "for": "fined them
    # because they'd been busking with no licence" / "fined them for busking without a
    # licence".
    (
        re.compile(
            r"\b((?:fined|banned|arrested|sacked|suspended|disqualified|penalised|booked)\b"
            r"[^,]*?) because (?:they|user|he|she) (?:had been|was|were) (?=\w+ing\b)"
        ),
        r"\1 for ",
    ),
    (
        re.compile(r"\bwith no (?=licence|license|permit|ticket|helmet|insurance|lights)"),
        "without a ",
    ),
    # The fifth of November is Bonfire Night; the thing that is someone's favourite is their
    # favourite thing ("the green hoodie that's User's favourite").
    (re.compile(r"\bon (?:the )?5(?:th)? (?:of )?november\b"), "on bonfire night"),
    (
        re.compile(r"\bthe ((?:[\w-]+ )?[\w-]+) that(?:'s| is) (?:user's|their) favourite\b"),
        r"their favourite \1",
    ),
    # A number said loosely is "about" it: "roughly 200 dumplings" / "about 200", "around £5".
    (re.compile(r"\b(?:roughly|approximately|around) (?=[£$€]?\d)"), "about "),
    # A thing of the user's that cost them a sum is one they bought for it: "User's red
    # fell shoes, which cost them 95 pounds, split" / "The red fell shoes User bought for
    # 95 pounds split".
    (
        re.compile(
            r"\buser's ((?:[\w'-]+ ){0,5}[\w'-]+), which cost (?:them|user) "
            r"([£$€]?\d[\d.,]*(?: (?:pounds|quid|dollars|euros))?),"
        ),
        r"the \1 user bought for \2",
    ),
    # A length in feet one way: "a three-foot yew spiral" / "a 3ft yew spiral"; a match
    # that got called off was called off.
    (re.compile(r"\b(\d+(?:\.\d+)?)[ -]?(?:ft|foot|feet)\b"), r"\1ft"),
    (re.compile(r"\bgot (?=(?:called off|cancelled|postponed|rained off)\b)"), "was "),
    # Spent coffee grounds are used ones.
    (re.compile(r"\bspent (?=(?:coffee|tea|grain|grains|hops)\b)"), "used "),
    # A bloke or a chap is a man: "from a bloke in Whitstable" / "from a man in Whitstable".
    (re.compile(r"\b(?:bloke|chap)\b"), "man"),
    (re.compile(r"\b(?:blokes|chaps)\b"), "men"),
    # Plants kept over the winter are overwintered: "keeps their pelargonium cuttings over
    # the winter" / "overwinters" them.
    (re.compile(r"\bkeep(s?) (their [^,]{1,40}?) over (?:the )?winter\b"), r"overwinter\1 \2"),
    # "up against the south wall" / "against" it.
    (re.compile(r"\bup against\b"), "against"),
    # A tool worked by hand is a manual one: "a hand-operated aerator" / "a manual aerator".
    (re.compile(r"\bhand-(?:operated|powered)\b"), "manual"),
    # Who was taught to do a thing learnt to: "was taught to use a soldering iron" / "learnt
    # to use" one (not when who taught them is said: "was taught to ... by their nan").
    (re.compile(r"\b(?:was|were) taught (?:how )?to\b(?![^,]* by )"), "learnt to"),
    # A place one way, and no "next" of a time to come: "next to the back door" / "by the
    # back door" ("beside" is no other place either: dedup reads no "by" as a place word).
    (re.compile(r"\bnext to\b(?! (?:nothing|no|none)\b)"), "by"),
    # A thing named after a horse is no horse: "a clothes horse", "a rocking horse".
    (re.compile(r"\b(clothes|rocking|hobby|vaulting|pommel) horse"), r"\1horse"),
    # What a thing is done for: "so that the clematis could climb it" / "so the clematis
    # could" (not "so that's why").
    (re.compile(r"\bso that\b(?! (?:is|was)\b|')"), "so"),
    # What follows from a thing: "stopped working, which is why they've been using their
    # phone" / "stopped working, so they've been using".
    (re.compile(r", which is why\b"), ", so"),
    # ", which meant they had to" / ", so they had to".
    (re.compile(r", which meant (?=(?:they|user|he|she|it)\b)"), ", so "),
    # "using their phone in its place" / "using their phone instead".
    (re.compile(r"\bin (?:its|their) place\b"), "instead"),
    # What a thing fills it takes up: "their fabric stash takes up 4 crates" / "fills 4 crates".
    (re.compile(r"\btake(s?) up (?=\d+ )"), r"fill\1 "),
    # Batteries by their size: "triple-A batteries" / "AAA batteries"; what a thing runs on
    # it holds: "runs on 6 AAA batteries" / "takes 6" (read as "holds 6" before).
    (re.compile(r"\btriple-a\b"), "aaa"),
    (re.compile(r"\bdouble-a\b"), "aa"),
    (re.compile(r"\b(?:runs|run) on (?=\d+ (?:[\w-]+ )?batter)"), "holds "),
    # Degrees Celsius are degrees: "at 250°C" / "at 250 degrees" (Fahrenheit stays).
    (re.compile(r"(?<=\d) ?(?:°c|degrees c|degrees celsius|degrees centigrade)\b"), " degrees"),
    # "every time they drive down" / "whenever they drive down".
    (re.compile(r"\b(?:every|each) time (?=(?:they|user|he|she|we|i|it)\b)"), "whenever "),
    # A span "from April through to October" is "from April to October".
    (re.compile(r"\b(from [a-z]+) through(?: to)? (?=[a-z]+\b)"), r"\1 to "),
    # A quarter of a year is 3 months: "once a quarter", "each quarter" / "every 3 months".
    (re.compile(r"\b(?:every|each|once a) quarter\b(?! of\b)"), "every 3 months"),
    # A particle after its object is one before it: "pumps their bike tyres up to 80 psi" /
    # "pumps up their bike tyres to 80 psi".
    (
        re.compile(
            r"\buser ([a-z]+) ((?:their|the|his|her|its) (?:(?!(?:is|are|was|were|has|have)\b)"
            r"[\w'-]+ ){0,3}[\w'-]+) up (?=to\b)"
        ),
        r"user \1 up \2 ",
    ),
    # "a Zyliss safety model" / "a Zyliss safety one": a maker's model is the thing said
    # before ("a model of Big Ben" is no other thing's).
    (re.compile(r"\b(an? (?:[\w'-]+ ){1,3})model\b(?! of\b)"), r"\1one"),
    # What the user and others have is theirs, as "our" is: "the soup ladle we've got cost
    # 3 pounds" / "our soup ladle" ("the house we have lived in" is something done).
    (
        re.compile(
            r"\b(the (?:[\w'-]+ ){0,3}[\w'-]+ )user and others (?:have got|have|own)"
            r"(?= (?:is|was|are|were|cost|costs|came|comes|has|had|needs|sits|lives|holds)\b)"
        ),
        r"\1user has",
    ),
    # The days of the working week are weekdays: "from Monday to Friday" / "every weekday".
    (
        re.compile(r"\b(?:from |every )?mondays? (?:to|through|till|until) fridays?\b"),
        "every weekday",
    ),
    # The end of a month is late in it, its start early: "at the end of October" / "in late
    # October".
    (re.compile(rf"\b(?:at|by) the end of (?=(?:{_MONTHS})\b)"), "in late "),
    (re.compile(rf"\bat the (?:start|beginning) of (?=(?:{_MONTHS})\b)"), "in early "),
    # "for the past 6 years" is "for the last 6 years".
    (re.compile(r"\bthe past (?=\d+ (?:years|months|weeks|days)\b)"), "the last "),
    # A PS before a boat's name is a paddle steamer: "the PS Waverley".
    (re.compile(r"\bthe ps (?=[a-z])"), "the paddle steamer "),
    # A month's event is the event in that month: "after January 2026's hard frost" / "after
    # the hard frost in January 2026" (only where the event's words end the clause: "in
    # October in Harrogate" would read as a place and a time transposed).
    (
        re.compile(rf"\b((?:{_MONTHS})(?: \d{{4}})?)'s ((?:[a-z-]+ )?[a-z-]+)(?=$|,| and\b)"),
        r"the \2 in \1",
    ),
    # What someone made, said of the thing: "a harpsichord, which a maker in Norwich built
    # in 1998" / "a harpsichord that was built by a maker in Norwich in 1998".
    (
        re.compile(
            r",? (?:which|that) ((?:a|an|the|their|his|her|user's) (?:[\w'-]+ ){0,4}?[\w'-]+) "
            r"(built|made|designed|carved|restored|painted)\b(?! (?:it|them|for)\b)"
        ),
        r" that was \2 by \1",
    ),
    # A season gone through is one gone over: "every Sunday evening through the winter" /
    # "over the winter".
    (
        re.compile(r"\b(?:through|throughout) the (?=(?:winter|spring|summer|autumn)\b)"),
        "over the ",
    ),
    # Clays shot are clay pigeon shooting gone to: "shoot clays" / "go clay pigeon shooting".
    *(
        (re.compile(rf"\b{shoot} (?:clay pigeons|clays)\b"), f"{go} clay pigeon shooting")
        for shoot, go in (("shoots", "goes"), ("shoot", "go"), ("shot", "went"))
    ),
    # An auntie is an aunt: "my Auntie Sheila" / "my aunt Sheila".
    (re.compile(r"\baunt(?:ie|y)\b"), "aunt"),
    # What is clogged up is clogged: "because it gets clogged up with mud" / "clogged with".
    (re.compile(r"\b(clogged|blocked|bunged|gummed) up\b"), r"\1"),
    # What costs nothing is free, under warranty or under the warranty: "replaced it for free
    # under warranty" / "replaced it free under the warranty".
    (re.compile(r"\bfor free\b"), "free"),
    (re.compile(r"\bunder the warranty\b"), "under warranty"),
    # A beginning is the first of its kind: "since they first started keeping one" /
    # "since they started keeping one" ("first" is otherwise a rank).
    (re.compile(r"\bfirst (?=(?:started|began|begun|start|starts)\b)"), ""),
    # An age reached is one turned: "when they reached 18" / "when they turned 18".
    (
        re.compile(r"\b(when (?:they|user|he|she|it) )reached (?=\d+\b(?! (?:pounds|miles)))"),
        r"\1turned ",
    ),
    # A thing the user got themselves they bought: "got themselves a bamboo draining board
    # from Lakeland" / "bought a bamboo draining board" ("got a lift" is no such thing).
    (re.compile(r"\bgot (?:themselves|themself|himself|herself) (?=(?:an?|some)\b)"), "bought "),
    # A thing set at a number is set to it: "thermostat set at 7 degrees" / "set to".
    (re.compile(r"\bset at (?=\d)"), "set to "),
    # A mate of someone's is their friend: "their mate Callum's stag do" / "their friend".
    (re.compile(r"\b(their|user's|his|her|\d+) mate(s?)\b"), r"\1 friend\2"),
    # A party or evening thrown is one hosted: "threw a murder mystery evening for 8 friends"
    # / "hosted" ("threw a ball" is no such thing).
    (
        re.compile(
            r"\b(?:threw|thrown) (?=(?:a|an|their|user's) (?:[\w-]+ ){0,4}?(?:party|evening|"
            r"bash|barbecue|bbq|dinner party|celebration|do)\b)"
        ),
        "hosted ",
    ),
    # A thing got for a price is bought: "got a magic set for 30 pounds at Hamleys" /
    # "bought" ("got 45 pounds for their dumbbells" is a price got, no thing).
    (
        re.compile(
            r"\bgot (?=(?:a|an|the|their|some|\d+) [^,]*?\bfor (?:about |around )?"
            r"(?:[£$€]\d|\d[\d,.]* (?:pounds|dollars|euros)\b))"
        ),
        "bought ",
    ),
    # A thing bought "costing" a price was bought for it: "bought an orchid costing 14.99
    # pounds at Waitrose" / "bought an orchid from Waitrose for 14.99 pounds".
    (
        re.compile(
            r"\b(bought (?:a|an|the|their|some) [^,]*?) costing "
            r"(?=(?:about |around )?(?:[£$€]\d|\d[\d,.]* (?:pounds|dollars|euros)\b))"
        ),
        r"\1 for ",
    ),
    # A thing bought as a present for someone is one bought for them: "bought an orchid
    # as a present for their mum's birthday" / "bought an orchid for their mum's birthday".
    (re.compile(r"\bbought ([^,]*?) as an? (?:present|gift) (?=for\b)"), r"bought \1 "),
    # A high score got is one set: "got the high score on the Medieval Madness machine" /
    # "set the high score".
    (
        re.compile(r"\b(?:got|achieved|earned) the (?=(?:high|top|highest|best) score\b)"),
        "set the ",
    ),
    # A present someone got the user they gave them: "their husband got them a spa day as a
    # birthday present" / "gave them" ("got them a lift" is no present).
    (
        re.compile(r"\bgot (them|user|him|her) (?=[^,]*\bas an? (?:[\w-]+ )?(?:present|gift)\b)"),
        r"gave \1 ",
    ),
    # A thing they'd got (had got) is one they got: "a henna tattoo they'd got in Ibiza" /
    # "they got" ("they'd get" would).
    (re.compile(r"\b(they|user|he|she)'d (got|bought|made|been given)\b"), r"\1 \2"),
    # A new part for a thing of theirs replaces one: "a new bulb for their slide projector" /
    # "a replacement bulb" (not "brand new", a condition).
    (re.compile(r"(?<!brand )(?<!brand-)\bnew (?=[\w-]+ for (?:their|user's)\b)"), "replacement "),
    # A gift is a present: "as a wedding gift in 2018" / "as a wedding present" (not a gift
    # card, shop or voucher).
    (
        re.compile(
            r"\bgift(s?)\b(?! (?:cards?|shops?|vouchers?|wrap|aid|box|boxes|sets?|tags?|bags?|"
            r"tokens?|list|certificates?|hampers?)\b)"
        ),
        r"present\1",
    ),
    # Who showed the user how to do a thing taught them to: "showed them how to walk the dog
    # with a yo-yo" / "taught them to walk the dog".
    (re.compile(r"\b(?:showed|shown) (them|user|him|her) how to\b"), r"taught \1 to"),
    # "Aussie" is "Australian": "35 Aussie dollars" / "35 Australian dollars".
    (re.compile(r"\baussie\b"), "australian"),
    # The months a thing is done between are those it is done from and to: "every Wednesday
    # evening between May and September" / "from May to September".
    (re.compile(rf"\bbetween ({_MONTHS}) and ({_MONTHS})\b"), r"from \1 to \2"),
    # A test not passed was failed: "didn't pass its annual inspection" / "failed".
    (re.compile(r"\b(?:did not|didn't) pass\b"), "failed"),
    # A holiday each year is every such holiday: "on Easter weekend each year" / "every
    # Easter weekend".
    (
        re.compile(
            r"\b(?:on|at) ((?:easter|christmas|boxing|new year's|halloween|bonfire|bank holiday)"
            r"(?: [\w']+){0,2}?) (?:each|every) year\b"
        ),
        r"every \1",
    ),
    # An hour said with its part of the day is a clock time: "for 2 in the afternoon" /
    # "for 2 pm".
    (re.compile(r"\b(\d{1,2}) in the (?:afternoon|evening)\b"), r"\1 pm"),
    (re.compile(r"\b(\d{1,2}) in the morning\b"), r"\1 am"),
    # The year after is next year: "the following year's diary refill" / "next year's".
    (re.compile(r"\b(?:the )?(?:next|following|coming) year's\b"), "next year's"),
    # What is done once a meal is over is done after it: "once breakfast is over" / "after
    # breakfast".
    (re.compile(r"\bonce (breakfast|lunch|dinner|tea|supper) is (?:over|finished)\b"), r"after \1"),
    # A toastie maker is a sandwich toaster.
    (re.compile(r"\btoastie (?:maker|machine)(s?)\b"), r"sandwich toaster\1"),
    # A weight one way: "1.5kg" / "1.5 kilos" / "one and a half kilograms", "a 20-kilo sack".
    (re.compile(r"\b(\d+) and a half (?=(?:kg|kgs|kilos?|kilograms?)\b)"), r"\1.5 "),
    (re.compile(r"\b(?:one|a) and a half (?=(?:kg|kgs|kilos?|kilograms?)\b)"), "1.5 "),
    (re.compile(r"\b(\d+(?:\.\d+)?)[ -]?(?:kg|kgs|kilos?|kilograms?|kilogrammes?)\b"), r"\1 kg"),
    # A length one way, in one word: "a twenty-centimetre model" / "a 20 cm model" / "20cm"
    # (a "cm" of its own moved how two memories' words line up: "60cm tall" / "60cm stilts").
    (re.compile(r"\b(\d+(?:\.\d+)?)[ -]?(?:cm|cms|centimetres?|centimeters?)\b"), r"\1cm"),
    # And a weight in ounces: "14-ounce gloves" / "14 ounces" / "14oz gloves".
    (re.compile(r"\b(\d+(?:\.\d+)?)[ -]?(?:oz|ounces?)\b"), r"\1oz"),
    # A size before the thing needs no "long": "an 11-metre-long dragon" / "an 11-metre
    # dragon"; and it is said before the thing: "a swan 2 metres tall" / "a 2-metre swan".
    (re.compile(rf"\b({_A_LENGTH})-(?:long|tall|high|wide|deep)\b"), r"\1"),
    (re.compile(rf"\b(an?|the) (\w+) ({_A_LENGTH}) (?:long|tall|high|wide|deep)\b"), r"\1 \3 \2"),
    # Who was a student at university was at university: "since they were a student at
    # university in Sheffield" / "since they were at university".
    (re.compile(r"\b(were|was|is|are) a student at (?=(?:university|uni|college)\b)"), r"\1 at "),
    # Who passed away died: "when she passed away in 2016" / "when she died in 2016".
    (re.compile(r"\b(?:passed|passes|pass) away\b"), "died"),
    # A month of every year is every such month: "in August every year" / "every August".
    (re.compile(rf"\bin ({_MONTHS}) every year\b"), r"every \1"),
    (re.compile(rf"\bevery year in ({_MONTHS})\b"), r"every \1"),
    # The user and one other are the two of them: "lasts the pair of us" / "the two of us".
    (re.compile(r"\bthe (?:pair|two|2) of (?:us|user|them)\b"), "the 2 of them"),
    # A fortnight said loosely is 2 weeks: "about a fortnight" / "roughly 2 weeks".
    (re.compile(r"\b(about|around|roughly|nearly|almost|over|under) a fortnight\b"), r"\1 2 weeks"),
    # What follows from a thing said of it: ", and that lasts them" / ", which lasts them".
    (re.compile(r", and (?:that|this) (?=(?:lasts|costs|takes|means|keeps)\b)"), ", which "),
    # "can't ever" is "can never": "can't ever get the cork out" / "can never get".
    (re.compile(r"\b(can|could) ?not ever\b"), r"\1 never"),
    # A reason given with "since" is one given with "because": "since they can never" /
    # "because they can never" ("since they moved" is a time).
    (
        re.compile(
            r",? since (?=(?:they|user|he|she|it)(?: and others)? (?:can|could|do not|does not|"
            r"is not|are not|will not|would not|never|always|hate|hates|need|needs)\b)"
        ),
        " because ",
    ),
    # A thing that breaks as it is handled is broken: "without it breaking" / "without
    # breaking it" ("without them noticing" is someone else's doing).
    (
        re.compile(r"\bwithout it (breaking|cracking|snapping|tearing|spilling|splitting)\b"),
        r"without \1 it",
    ),
    # What the user did while doing another is said without them: "fell in the Cam while
    # they were punting" / "while punting" / "when User was out punting" ("out ice
    # climbing": a word may come before the doing).
    (
        re.compile(
            r"\b(?:while|when) (?:they|user) (?:were|are|was|is) (?:out )?"
            r"(?=(?:(?!an? |the )\w+ )?\w+ing\b)"
        ),
        "while ",
    ),
    # Close to a place is near it ("close to 30 years" is about 30).
    (re.compile(r"\bclose to (?![\d.]|about\b)"), "near "),
    # Home-made is one word: "home-made rhubarb wine" / "homemade".
    (re.compile(r"\bhome-made\b"), "homemade"),
    # A thing going on "away" is going on: "fermenting away in their airing cupboard".
    (re.compile(r"\b(\w+ing) away\b(?= (?:in|on|at|under|behind|inside)\b|,|$)"), r"\1"),
    # A thing called off is cancelled, and one "due to" a cause is so because of it.
    (re.compile(r"\bcalled off\b"), "cancelled"),
    (
        re.compile(r"\bdue to (?=(?:the|a|an|their|heavy|high|bad|poor|strong|low|ill)\b)"),
        "because of ",
    ),
    # Halfway round a tour is halfway through it.
    (re.compile(r"\b(halfway|midway|partway) round\b"), r"\1 through"),
    # and someone away in a place is in it: "while they were away in Portugal"
    (re.compile(r"\b(was|were|is|are|am|been|be) away (?=in [a-z])"), r"\1 "),
    # A flower named with a "not" in it is one word, no negation: "forget-me-nots".
    (re.compile(r"\b(forget|touch)-me-not(s?)\b"), r"\1menot\2"),
    # Falling or jumping "into" water is falling "in" it: "fell into the Cam" / "fell in".
    (re.compile(r"\b(fell|falls|fall|falling|jumped|jumps|jump|jumping) into\b"), r"\1 in"),
    # Who is keen to do a thing wants to: "is keen to buy an orange wingsuit" / "wants to buy".
    (re.compile(r"\bis keen to\b"), "wants to"),
    (re.compile(r"\bare keen to\b"), "want to"),
    (re.compile(r"\b(?:was|were) keen to\b"), "wanted to"),
    # What a thing goes for it costs: "goes for roughly 1600 pounds" / "costs about".
    (
        re.compile(
            r"\bgo(?:e(s))? for (?=(?:about )?(?:[£$€]\d|\d[\d.]* (?:pounds|dollars|euros)\b))"
        ),
        r"cost\1 ",
    ),
    # "in May this year" is "this May".
    (re.compile(rf"\bin ({_MONTHS}) this year\b"), r"this \1"),
    # A place come in figures: "came in 34th" / "finished 34th".
    (re.compile(r"\b(?:came|finished) in (?=\d+(?:st|nd|rd|th)\b)"), "finished "),
    # A fortnight spent somewhere is 2 weeks: "to spend a fortnight freediving in Kas".
    (
        re.compile(
            r"\b(spend|spends|spent|spending|stay|stays|stayed|staying) (?:a|one) fortnight\b"
        ),
        r"\1 2 weeks",
    ),
    # Who is going in for a contest is entering it: "is going in for the shin kicking" (not
    # "going in for an operation", nor for "the operation").
    (
        re.compile(
            r"\b(is|are|am|was|were) going in for "
            r"(?=the )(?!the (?:operation|op|surgery|scan|procedure|tests?|treatment)\b)"
        ),
        r"\1 entering ",
    ),
    # Who is out doing a thing is doing it: "is out practising slacklining" / "is practising".
    (re.compile(r"\b(is|are|am|was|were) out (?=\w+ing\b)"), r"\1 "),
    # A tree by its name alone: "between 2 oak trees" / "between 2 oaks".
    (re.compile(rf"\b({_TREES}) tree\b"), r"\1"),
    (re.compile(r"\b(beech|birch|larch|ash) trees\b"), r"\1es"),
    (re.compile(rf"\b({_TREES}) trees\b"), r"\1s"),
)
# How often, one way: "every 2 weeks" / "once a fortnight" / "every other week" (or
# "every second week") / "fortnightly".
_EVERY_TWO_WEEKS = re.compile(
    r"\b(?:every (?:2|two) weeks|once (?:a|every) fortnight|every fortnight|"
    r"every (?:other|second) week)\b"
)
# Time spent somewhere is a stay: "spent a night at the Balmoral" / "stayed a night" (no
# money spent).
# Nights slept somewhere are a stay too: "slept 3 nights in their bivvy bag" / "spent".
_STAYED = {
    **{"spent": "stayed ", "spend": "stay ", "spends": "stays ", "spending": "staying "},
    **{"slept": "stayed ", "sleep": "stay ", "sleeps": "stays ", "sleeping": "staying "},
}
_SPENT_A_TIME = _before(
    _STAYED,
    r"(?:a|an|one|the|\d+) (?:night|nights|week|weeks|weekend|weekends|day|days|fortnight)\b",
)
# An exam sat is taken: "sits her grade 3 violin exam" / "takes"; "once" before who does a
# thing is "when" ("once they started working from home"), no count.
_TAKEN = _verb_forms("sit sits sat sitting", "take takes took taking", then=" ")
_SAT_AN_EXAM = _before(_TAKEN, r"(?:[\w'-]+ ){0,4}(?:exam|exams|test|tests|assessment|grading)\b")
_ONCE_WHEN = re.compile(r"\bonce (?=(?:they|user|he|she|we|i|it)\b)")
# What a thing is done for, one way: "so he can cut his side" / "to cut his side".
_SO_THEY_CAN = re.compile(r"\bso (?:that )?(?:they|user|he|she|we|i) (?:can|could) (?!not\b)")
# A claim "put in" is made: "put in a claim on their home insurance" / "made a claim".
_MADE = {"put in": "made ", "puts in": "makes ", "putting in": "making "}
_PUT_IN_A_CLAIM = _before(
    _MADE,
    r"(?:a|an|their|his|her|the) (?:[\w-]+ ){0,2}"
    r"(?:claim|complaint|application|request|offer|bid|appeal)s?\b",
)
# Money taken is made: "the stall took 1200 pounds" did not cost it.
_TOOK_IN = re.compile(r"\b(took|takes|take|taking) (?=\d[\d.]* (?:pounds|quid|euros|dollars)\b)")
_AWARDED = re.compile(r"\b(?:was|were) (?:awarded|given)\b")
_WON = re.compile(r"\b(?:was the winner of|(?:came|finished) first in)\b")
# The user and others by how many they are in all: "User and 11 others ate there" / "12 of
# them" / "a meal for 12" (the rules write "twelve of us" as "User and 11 others").
_AND_OTHERS = re.compile(r"\buser and (\d+) others?\b")
# A prize (or a place) by its place is where the user finished: "won second prize" / "took
# second prize" / "won second place" / "came second"; "won first prize in" a contest is
# winning it, as "came first in" it is.
_PRIZE_BY_PLACE = re.compile(
    r"\b(?:won|took|got|was awarded|were awarded) (?:the )?"
    r"(first|second|third|\d+(?:st|nd|rd|th)) (?:prize|place)\b"
)
# Not after a form of "be": "is following a plan" and "was given to them by" are no
# "after" and no gift said after the thing.
_NOT_AFTER_BE = r"(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"
# An allergy had is being allergic ("has an allergy to cow's milk" / "is allergic to it");
# a thing read out is read.
_ALLERGY = re.compile(r"\b(has|have|had) an? allergy to\b")
_ALLERGIC = {"has": "is allergic to", "have": "are allergic to", "had": "was allergic to"}
_READ_OUT = re.compile(r"\b(read|reads|reading) out\b")
# A thing "given to them by their friend" (no "was" before it) is one "their friend gave
# them": "with grains given to them by their friend Priya" / "with grains their friend Priya
# gave them".
_GIVEN_TO_THEM_BY = re.compile(
    rf"{_NOT_AFTER_BE}\bgiven to (them|user) "
    r"by (their (?:[a-z-]+ ){0,2}?[a-z-]+)"
    r"(?=$|,| (?:in|on|at|for|last|this|when|before|after|and|so|because)\b)"
)
# Being able to is "can": "is able to say good morning" / "can say hello" leaves the
# thing said as the one word swapped.
_ABLE = re.compile(r"\b(?:is|are|am) able to\b")
# "can't stand" is a dislike, not a negation, and so is a "least favourite".
_CANNOT_STAND = re.compile(r"\bcan not stand\b|\bleast favou?rite\b")
# Paying for a membership is paying to be a member: "pays 120 pounds a year for their
# membership of the bowls club" / "to be a member of" / "to belong to" (not what a thing
# "used to belong to"); voluntary work done is volunteering.
_MEMBERSHIP = re.compile(
    r"\bfor (?:their|his|her|user's|a) membership of\b|(?<!used )\bto belong to(?= (?:a|an|the) )"
)
_VOLUNTARY_WORK = re.compile(r"\b(does|do|did|doing) (?:voluntary|volunteer) work\b")
_VOLUNTEERS = _verb_forms("does do did", "volunteers volunteer volunteered")
# A role said as what it does: "is the manager of the football team" / "manages".
_THE_ROLE_OF = re.compile(
    r"\b(is|are|am|was|were) the (manager|owner|captain|coach|organiser|organizer|leader) of\b"
)
_ROLE_DONE = {
    "manager": ("manages", "managed"),
    "owner": ("owns", "owned"),
    "captain": ("captains", "captained"),
    "coach": ("coaches", "coached"),
    "organiser": ("organises", "organised"),
    "organizer": ("organises", "organised"),
    "leader": ("leads", "led"),
}


def _role_done(role: re.Match[str]) -> str:
    now, then = _ROLE_DONE[role.group(2)]
    return then if role.group(1) in ("was", "were") else now


# A side that plays is a team: "the Sunday league football side", "the under-14s handball
# side".
_SIDE = re.compile(
    r"\b(\w*ball|rugby|cricket|hockey|lacrosse|polo|darts|quiz|league|pool|bowls|village"
    r"|under-\d+s) side\b"
)
# Number one on a ladder or a table is top of it: "has been number one on the singles
# ladder" / "top of"; so many times a year is every so many months ("services them twice
# a year" / "every 6 months").
_NUMBER_ONE = re.compile(r"\b(?:number|no\.?) (?:1|one) (?:on|in)\b")
_TIMES_A_YEAR = re.compile(r"\b(2|3|4|6|12) times (?:a year|yearly|annually|per year)\b")


def _every_months(times: re.Match[str]) -> str:
    months = 12 // int(times.group(1))
    return "every month" if months == 1 else f"every {months} months"


# A dose "upped" is raised.
_UPPED = re.compile(r"\b(upped|ups|upping)\b")
_RAISED = _verb_forms("upped ups upping", "raised raises raising")
# A jab is a vaccine ("the egg-free flu jab"), but for a punch thrown ("a left jab"); so
# is an injection against a disease ("a tetanus injection"; not one of insulin).
_JAB = re.compile(r"(?<!\bleft )(?<!\bright )(?<!\bquick )\bjab(s?)\b")
_INJECTION = re.compile(
    r"\b((?:tetanus|flu|covid|rabies|typhoid|shingles|polio|measles|booster) )injection(s?)\b"
)
# "following" an event or a time is "after" it ("following her stroke", "following 2 years'
# training"), where no verb is followed ("is following a plan", "kept following the river")
# and it is no "the following" ("the following 3 weeks").
_FOLLOWING = re.compile(
    rf"{_NOT_AFTER_BE}"
    r"(?<!\bkeep )(?<!\bkeeps )(?<!\bkept )(?<!\bstarted )(?<!\bstopped )(?<!\bthe )"
    r"\bfollowing (?=(?:the|a|an|their|his|her|user's|\d+) )"
)
# A past before another past is the past: "after they'd both retired" / "after they both
# retired", "when they'd left them in the fridge" (a participle that is its past).
_HAD_DONE_BEFORE = re.compile(
    r"\b(after|when|until|before|since) (\w+)(?:'d| had) ((?:both |all |just |finally )?"
    r"(?:\w+ed|left|lost|sold|bought|made|put|sent|kept|built|found|paid|spent|brought))\b"
)
# "User is 34": an age ("I'm 34.").
_AGE = re.compile(r"^(\S+(?: \S+)?) is (\d{1,3})$")


def _quarter(match: re.Match[str]) -> str:
    hour = 1 if match.group(2) == "one" else int(match.group(2))
    if match.group(1) == "past":
        return f"{hour}:15"
    return f"{(hour - 2) % 12 + 1}:45"  # "quarter to 1" is 12:45


def _minutes_to(match: re.Match[str]) -> str:
    return f"{match[1]}{(int(match[3]) - 2) % 12 + 1}:{60 - int(match[2])}"


def _number(match: re.Match[str]) -> str:
    if match.group("unit"):
        return str(_UNITS[match.group("unit").lower()])
    value = _TENS[match.group("tens").lower()]
    ones = match.group("ones")
    if ones:
        value += 1 if ones.lower() == "one" else _UNITS[ones.lower()]
    return str(value)


def _year(spoken: re.Match[str]) -> str:
    century = _UNITS[spoken["century"].lower()] * 100
    if spoken["teen"]:
        return str(century + _UNITS.get(spoken["teen"].lower(), 10))
    if spoken["oh"]:
        return str(century + _ONES.split("|").index(spoken["oh"].lower()) + 1)
    ones = spoken["ones"]
    ones_value = 0 if ones is None else _ONES.split("|").index(ones.lower()) + 1
    return str(century + _TENS[spoken["tens"].lower()] + ones_value)


def _and_spaced(hyphen: re.Match[str]) -> str:
    return " and " if "and" in hyphen[0] else " "


def _multiplied(match: re.Match[str]) -> str:
    total = current = 0
    for word in match.group(0).split():
        if word == "hundred":
            current *= 100
        elif word == "thousand":
            total, current = total + current * 1000, 0
        elif word != "and":
            current += int(word)
    return str(total + current)


def _ordinal(match: re.Match[str]) -> str:
    if match.group("unit"):
        value = _ORDINAL_UNITS[match.group("unit").lower()]
    else:
        value = _TENS[match.group("tens").lower()] + _ORDINAL_ONES[match.group("ones").lower()]
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th") if value // 10 != 1 else "th"
    return f"{value}{suffix}"


def _numbered_round(match: re.Match[str]) -> str:
    nth = match.group(1)
    number = nth[:-2] if nth[:1].isdigit() else _ORDINAL_ONES.get(nth)
    return match.group(0) if number is None else f"round {number}"


def _first_of_month(match: re.Match[str]) -> str:
    return {"first": "1st", "second": "2nd", "third": "3rd"}[match.group(1).lower()]


def _times(match: re.Match[str]) -> str:
    return "2 times" if match.group(1) else "3 times"


# "fifty-eight and a half thousand pounds" -> "58500 pounds".
_HALF_THOUSAND = re.compile(r"\b(\d+) and a half thousand\b")


# "five-hundredth" is "500th", "two thousandth" "2000th".
_HUNDREDS_ORDINAL = re.compile(rf"\b({_ONES})[- ](hundredth|thousandth)\b", re.IGNORECASE)


def _hundreds_ordinal(ordinal: re.Match[str]) -> str:
    count = _ONES.split("|").index(ordinal[1].lower()) + 1
    return f"{count * (100 if ordinal[2].lower() == 'hundredth' else 1000)}th"


def number_words_to_digits(text: str) -> str:
    """ "two cats" -> "2 cats", "thirty-four" -> "34" ("one" alone stays a word),
    "twelve hundred" -> "1200", "one thousand" -> "1000", "the fourteenth" -> "the 14th",
    "the third of March" -> "the 3rd of March", "58 and a half thousand" -> "58500",
    "five-hundredth" -> "500th", "four-hundred-pound" -> "400-pound",
    "a hundred-and-forty-five-pound" -> "145-pound"."""
    text = _HUNDREDS_ORDINAL.sub(_hundreds_ordinal, _HYPHENED_AND.sub(_and_spaced, text))
    text = _FIRST_OF_MONTH.sub(_first_of_month, _ORDINAL_WORD.sub(_ordinal, text))
    text = _A_MULTIPLIED.sub(r"1 \1", _ONE_MULTIPLIED.sub(r"1 \1", text))
    text = _UNIT_MULTIPLIER.sub(lambda m: f"{_MULTIPLIERS[m.group(1)]}-", _ONE_UNIT.sub("1-", text))
    text = _MULTIPLIED.sub(_multiplied, _NUMBER.sub(_number, _SPOKEN_YEAR.sub(_year, text)))
    text = _HYPHENED_MULTIPLIED.sub(
        lambda m: f"{int(m[1]) * int(_MULTIPLIERS[m[2].lower()])}-", text
    )
    return _HALF_THOUSAND.sub(lambda half: f"{int(half[1]) * 1000 + 500}", text)


def canonical(text: str) -> str:
    """The rules' wording of a memory: digits, "twice" as "2 times", kilometres as "km",
    "has got" and "owns" as "has", an age in years ("User is 34" -> "User is 34 years
    old"), "'s called" as "is called", a commute as "goes to work by bus", "back in
    2021" as "in 2021", money "forked out" as "paid" (MiniLM puts "User forked out 180
    quid for a course" under 0.8 of "User paid £180 for a course")."""
    text = number_words_to_digits(_TIMES.sub(_times, text))
    text = _RACE.sub(r"\1 km", text)
    text = _DISTANCE.sub(r"\1 km", text)
    text = _AGE.sub(r"\1 is \2 years old", text)
    text = _BACK_IN.sub("in ", _NAMED_AS.sub(r" is \1", text))
    text = _FORKED_OUT.sub(lambda out: _PAID_OUT[out[1]], text)
    return _commute(_OWNS.sub("has", _HAVE_GOT.sub(r"\1", text)))


def _kilometres(metres: re.Match[str]) -> str:
    return f"{metres.group(1)} km"


def _sons_or_daughters(children: re.Match[str]) -> str:
    whose = children.group(0).removesuffix(children.group(1))
    return whose + _SONS_AND_DAUGHTERS[children[1]]


_SONS_AND_DAUGHTERS = {
    **{"boys": "sons", "girls": "daughters", "lads": "sons"},
    **{"lad": "son", "boy": "son", "girl": "daughter"},
}


def _and_a_half(half: re.Match[str]) -> str:
    smaller = "seconds" if half.group(2) == "minute" else "minutes"
    return f"{int(half.group(1)) * 60 + 30} {smaller}"


def _thirty_minutes(half: re.Match[str]) -> str:
    return "30-minute" if half.group(0) == "half-hour" else "30 minutes"


def _made(taken: re.Match[str]) -> str:
    return {"took": "made ", "taking": "making "}.get(taken.group(1), "makes ")


# Dedup reads one memory's wording a dozen times over (each sign, each stored memory it
# is compared with), and a wording costs about 0.1 ms of regular expressions. Bounded:
# a memory's text may be long.
@lru_cache(maxsize=1024)
def comparable(text: str) -> str:
    """What dedup reads signs from: canonical, lower case, contractions spelled out, no
    tense in "was born", no intent in "would rather", ordinals as numbers ("3rd": 3),
    giving up as "stopped", "can't stand" as "hate", "is able to" as "can", "came first in"
    as "won", "came third" as "finished third", "was runner-up" (or "finished runner-up")
    as "finished second", "was awarded" as "got", "has X stored" as "keeps X", "leaves it
    on" as "keeps it on", "a used" as "a second-hand", a workmate as a colleague, someone's
    physio as their physiotherapist, money taken as made, a claim put
    in as made, a night spent somewhere as stayed, an exam sat as taken, "once" before who
    does a thing as "when", a "semi-final" as one word,
    whole thousands of metres as km, other metres as "m",
    "the fortnight" or "for a fortnight" as 2 weeks,
    "for a full day" as "for 24 hours", dozens as 12s ("2 dozen": 24), room "taken" for
    a number of things as "holds", "ahead of" a time as "before", "'s too" as "is too",
    "next to" as "by", a clothes horse as one word, "so that" a thing is done as "so",
    ", which is why" as ", so", "in its place" as "instead", room "taken up" by a number
    of things as filled, "once a quarter" as "every 3 months", a particle after the user's
    object as before it ("pumps their tyres up to": "pumps up their tyres to"),
    "just outside" a place as "near" it, "another" as "a second",
    "every 2 weeks", "once a fortnight" or "every other week" as "fortnightly", "every time they" as
    "whenever they",
    "so they can" do a thing as "to" do it,
    becoming a member as joining, paying for a
    membership as paying to be a member, voluntary work done as volunteering, a jab as a
    vaccine, a football side as a team, "is the manager of" as "manages", "number one on"
    as "top of", "upped" as "raised", "2 times a year" as "every 6 months", "following"
    an event as "after" it, "after they'd retired" as "after they retired",
    a dispute "over" a thing as "about" it,
    "co-opted" as one word, half a year as 6 months, a year and a half as 18 months,
    standing down as resigning, a thing had taken out (or surgery to remove it) as removed,
    a thing swapped for another as replaced with it, a
    dog taken for a walk as walked, half an hour as 30 minutes, a ruby
    wedding as the 40th anniversary, "nicked" as "stole" or "stolen", "3h 12m" as "3 hours
    12 minutes", "alternate" as "every other" ("alternate who drives": "take turns
    driving"),
    "Maureen from work" as "User's colleague Maureen", "User's 2-year-old, Poppy," as
    "Poppy, User's 2-year-old,",
    who diagnosed the user left out, loose numbers as digits, "at half 10" as "at 10:30",
    a world war by one name, "quarter past 10" as 10:15, "at 20 to 11" as 10:40,
    "14/02/2024" as "14 february 2024", "the second round" as "round 2" (knocked out of one
    as gone out),
    three quarters of an hour as 45 minutes (a three-quarter-hour one "45-minute"), a
    quarter of one as 15 minutes, millimetres as "mm", "250°C" as "250 degrees", the
    user's boys (or lads) as their sons and their girls as their daughters,
    "triple-A" batteries as "AAA", batteries a thing runs on as held,
    "half-and-half" as "50-50", "every second Thursday" as "every other Thursday" and "every 2
    years" as "every other year", midnight as 12 am and midday as 12 pm, a date day first
    ("March 22nd", "the 22nd of March": "22 march"), "8 pounds 99" as "8.99 pounds",
    paying "to belong to" a club as paying to be a member, a party thrown as hosted, a thing
    got for a price as bought, a present someone "got them" as given, "they'd got" as
    "they got", a side of any ball game as a team, a place won as the place come, a mate
    as a friend, "set at" a number as "set to" it, money forked out as paid, water given as
    watering."""
    text = _FROM_WORK.sub(r"User's colleague \1", text.replace("\u2019", "'"))
    text = _NAME_AFTER_WHO.sub(r"\2, \1, ", canonical(text).lower())
    text = _WHO_AFTER_NAME.sub(r"\2, \1, ", _WHO_TEACHES.sub(r"user's \2 teacher, \1, ", text))
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    text = _RATHER.sub("rather", _HAVE_GOT.sub(r"\1", text))
    text = _USERS_KEPT.sub(r"user keeps their \1 ", _KEPT.sub(r"keeps \1", text))
    text = _LEAVES_IT.sub(lambda left: _KEEPS[left.group(1)], text)
    text = _ROUND_BEFORE.sub(r"\1final", _KNOCKED_OUT.sub("went out", text))
    text = _NTH_ROUND.sub(_numbered_round, text)
    for pattern, replacement in _STOPPED:
        text = pattern.sub(replacement, text)
    text = _PLACE_TAKEN.sub(r"came \1", _PRIZE_BY_PLACE.sub(r"came \1", text))
    text = _CANNOT_STAND.sub("hate", _WON.sub("won", _ABLE.sub("can", text)))
    text = _READ_OUT.sub(r"\1", _ALLERGY.sub(lambda had: _ALLERGIC[had[1]], text))
    text = _GIVEN_TO_THEM_BY.sub(r"\2 gave \1", text)
    text = _KEPT_PROPPED.sub(lambda kept: f"{_PROPPED[kept[1]]} {kept[2]} open", text)
    text = _RIDDEN.sub(lambda ridden: _RIDE_TAKEN[ridden[1]], text)
    text = _AND_OTHERS.sub(lambda others: f"{int(others[1]) + 1} of user and others", text)
    text = _PLACED.sub("finished", _DIAGNOSED.sub("user was diagnosed with", text))
    text = _AWARDED.sub("got", _RUNNER_UP.sub("finished second", text))
    text = _COLLEAGUE.sub(r"colleague\1", _USED.sub("second-hand", text))
    text = _PHYSIO.sub(r"\1 physiotherapist\2", text)
    text = _THOUSANDS.sub("", text)
    text = _METRES.sub(_kilometres, _TOOK_IN.sub(_made, text))
    text = _IN_METRES.sub(r"\1 m", text)
    text = _THE_FORTNIGHT.sub(r"\1 2 weeks", _EVERY_TWO_WEEKS.sub("fortnightly", text))
    text = _DOZEN.sub(_dozens, _A_WHOLE_DAY.sub(r"\1 24 hours", text))
    for pattern, replacement in _ONE_WORDING:
        text = pattern.sub(replacement, text)
    text = _ANOTHER.sub("a second", _JUST_OUTSIDE.sub("near", text))
    text = _read_as(_STAYED, _SPENT_A_TIME, _read_as(_MADE, _PUT_IN_A_CLAIM, text))
    text = _ONCE_WHEN.sub("when ", _read_as(_TAKEN, _SAT_AN_EXAM, text))
    text = _SO_THEY_CAN.sub("to ", text)
    text = _MEMBER_OF.sub(lambda became: _JOINED[became.group(1)], text)
    text = _read_as(_ENTERED, _GOT_INTO, text)
    text = _DISPUTED_OVER.sub(r"\1\2 about", text).replace("co-opt", "coopt")
    text = _INJECTION.sub(r"\1vaccine\2", _MEMBERSHIP.sub("to be a member of", text))
    text = _JAB.sub(r"vaccine\1", text)
    text = _GIVEN_WATER.sub(lambda given: f"{_WATERED[given[1]]} {given[2]}", text)
    text = _THE_ROLE_OF.sub(_role_done, _SIDE.sub(r"\1 team", text))
    text = _TIMES_A_YEAR.sub(_every_months, _NUMBER_ONE.sub("top of", text))
    text = _UPPED.sub(lambda upped: _RAISED[upped.group(1)], text)
    text = _VOLUNTARY_WORK.sub(lambda done: _VOLUNTEERS.get(done.group(1), "volunteering"), text)
    text = _HAD_DONE_BEFORE.sub(r"\1 \2 \3", _FOLLOWING.sub("after ", text))
    text = _HALF_A_YEAR.sub("6 months", _HALF_AN_HOUR.sub(_thirty_minutes, text))
    text = _AND_A_HALF.sub(_and_a_half, text)
    text = _YEAR_AND_A_HALF.sub("18 months", text)
    text = _STOOD_DOWN.sub(lambda down: _RESIGNED[down[1]], text)
    text = _FOR_A_WALK.sub(lambda walk: f"{_WALKED[walk[1]]} {walk[2]}", text)
    text = _LOOKED_AT_WRITING.sub(lambda looked: _READ[looked[1]], text)
    text = _TAKEN_OUT.sub(_removed, _SURGERY_TO_REMOVE.sub(r"\1 \2 removed", text))
    text = _SWAPPED_FOR.sub(lambda swap: f"{_REPLACED[swap[1]]}{swap[2]} with ", text)
    text = _SWAPPED_A_PART.sub(lambda swap: f"{_REPLACED[swap[1]]} ", text)
    text = _COAT_OF_PAINT.sub(lambda coat: f"{_REPAINTED[coat[1]]} {coat[2]}", text)
    text = _NICKED.sub(
        lambda nicked: f"{nicked.group(1)} stolen" if nicked.group(1) else "stole", text
    )
    text = _NAMED_ANNIVERSARY.sub(
        lambda named: f"{_ANNIVERSARIES[named.group(1)]} wedding anniversary", text
    )
    text = _ALTERNATE_WHO.sub(r"take turns \1ing", text)
    text = _ALTERNATE.sub("every other", _HOURS_MINUTES.sub(r"\1 hours \2 minutes", text))
    for loose, digits in _LOOSE_NUMBERS:
        text = loose.sub(digits, text)
    text = _HALF_PAST.sub(r"\1\2:30", _PAST_THE_HOUR.sub(r"\1:30", text))
    text = _QUARTER.sub(_quarter, text)
    text = _MINUTES_PAST.sub(lambda past: f"{past[2]}:{int(past[1]):02d}", text)
    text = _MINUTES_TO.sub(_minutes_to, text)
    text = _EVERY_SECOND.sub("every other", _HALVES.sub("50-50", text))
    text = _EVERY_TWO.sub(r"every other \1", text)
    text = _MIDNIGHT.sub(lambda at: f"{at[1]} 12 {'am' if at[2] == 'midnight' else 'pm'}", text)
    for war, name in _WARS:
        text = war.sub(name, text)
    text = _PLACE_IN_FIGURES.sub(lambda place: f"finished {_PLACES[int(place[1])]}", text)
    text = _ORDINAL.sub(r"\1", _BORN.sub("born", text))
    text = _THREE_QUARTER_HOUR.sub("45-minute", _DATE_IN_FIGURES.sub(_day_first, text))
    text = _THREE_QUARTERS_HOUR.sub("45 minutes", _A_QUARTER_HOUR.sub("15-minute", text))
    text = _MILLIMETRES.sub(r"\1mm", _QUARTER_HOUR.sub("15 minutes", text))
    text = _BOYS_AND_GIRLS.sub(_sons_or_daughters, text)
    return _DAY_MONTH.sub(r"\1 \2", _MONTH_DAY.sub(r"\2 \1", text))


def _day_first(date: re.Match[str]) -> str:
    day, month, year = (int(part) for part in date.groups())
    if not 1 <= month <= 12:
        return date.group(0)
    return f"{day} {_MONTHS.split('|')[month - 1]} {year}"
