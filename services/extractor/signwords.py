"""The words dedup reads its signs from (dedup.py): who the memory is about, negation,
polarity, endings, intent, tense, numbers and colours, parts of the day, how well and by
what means, how much and how often, how two people are bound. English words, each table
with why it exists; a word missing here is a sign dedup cannot see, and a word too many
stores a paraphrase twice (the cheap mistake).
"""

from __future__ import annotations

__all__ = [
    "AMOUNTS",
    "BEFORE_MONTH",
    "BEFORE_VERB",
    "BE_AS",
    "BONDS",
    "BORROWED",
    "BOUNDS",
    "COLOURS",
    "CURRENCIES",
    "DEGREES",
    "DIETS",
    "DISLIKE",
    "ENDINGS",
    "HABITS",
    "INTENT",
    "IN_CHARGE",
    "IRREGULAR_PAST",
    "KIN",
    "LENT",
    "LEVELS",
    "LOANS",
    "MATERIALS",
    "MEANS",
    "NEGATIONS",
    "NOT_NAME_ENDINGS",
    "NOT_PAST",
    "NUMBER_WORDS",
    "ONE",
    "OPENERS",
    "PARTS",
    "PARTS_OF_DAY",
    "PAST",
    "PATTERNS",
    "PERIODS",
    "PHRASE_ENDS",
    "RANKS",
    "RENTED",
    "SELF",
    "SKILLS",
    "SUBJECT_STOP",
    "TAKING_LOANS",
    "TIMES",
]

SELF = frozenset(["user", "user's", "i", "i'm", "i've", "i'd", "i'll", "my", "me", "we", "our"])
NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "nobody",
        "nothing",
        "none",
        "neither",
        "nor",
        "without",
        "anymore",
        "longer",
        "stopped",
        "quit",
        # Refused: "was turned down for a bursary" was not awarded one.
        "rejected",
        "refused",
        "declined",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "don't",
        "doesn't",
        "didn't",
        "can't",
        "cannot",
        "unable",
        "won't",
        "wouldn't",
        "hasn't",
        "haven't",
        "hadn't",
        "shouldn't",
        "couldn't",
    ]
)
# Dislike, by a verb or by a judgement of the thing ("Coriander tastes awful to User" is
# "User hates the taste of coriander", not "loves" it).
DISLIKE = frozenset(
    [
        *("hate", "hates", "hated", "dislike", "dislikes", "disliked", "detest", "detests"),
        *("loathe", "awful", "terrible", "horrible", "disgusting", "gross", "revolting"),
        *("vile", "nasty", "dreadful", "horrid"),
    ]
)
# An end or a loss is another fact than what it ends ("got divorced" / "got married",
# "User's ex-wife" / "User's wife"), however close the embeddings (0.81).
ENDINGS = frozenset(
    [
        "divorced",
        "divorce",
        "separated",
        "widowed",
        "died",
        "ex",
        "fired",
        "sold",
        "lost",
        "losing",  # "after losing theirs on a train" / "lost their passport"
        "failed",
        "retired",
        "dropped",
        "removed",
        "removal",
        # Ending now: "is finishing a master's" is not "is starting" one.
        "finishing",
        "finishes",
        "completing",
    ]
)
INTENT = frozenset(
    [
        "want",
        "wants",
        "wanted",
        "wanting",
        "wish",
        "wishes",
        "hope",
        "hopes",
        "hoping",
        "plan",
        "plans",
        "planning",
        "planned",
        "would",
        "might",
        "may",
        "could",
        "considering",
        "thinking",
        "dream",
        "dreams",
        "dreaming",
        "someday",
        "maybe",
        "aim",
        "aims",
        "aiming",
        "goal",  # "User's goal for 2027 is ..."
        "offered",  # an offer is no deal yet: "offered 285,000 pounds on a house"
        "quoted",  # nor is a price quoted: "was quoted 280 pounds to replace the pump"
        "quote",
        "offering",
        "goals",
        "ambition",
        "intend",
        "intends",
        "intending",
        "will",
        "gonna",
        "should",
        "ought",
        "meaning",
        # What has not happened yet: "User is starting a master's degree" has none.
        "starting",
        "beginning",
        "soon",
        "upcoming",
        "next",
    ]
)
# Words that tell the past wherever they stand ("User used to ...", "until 2019").
PAST = frozenset(
    ["was", "were", "had", "did", "used", "until", "formerly", "previously", "former", "ago"]
)
# Words after which a past form is the sentence's verb ("User moved", "User's sister
# lived", "User finally quit"); after anything else it is a participle ("a cat named
# Luna", "is married", "is employed by").
BEFORE_VERB = frozenset(
    [
        "they",
        "he",
        "she",
        "who",
        "others",
        "just",
        "recently",
        "also",
        "finally",
        "already",
        "first",
        "then",
        "never",
        "still",
        "really",
        "only",
        "even",
        "later",
        "eventually",
    ]
)
# One word per relation: "User has 3 kids" / "User has 3 children".
KIN = {
    "kids": "children",
    "kid": "child",
    "mom": "mother",
    "mum": "mother",
    "dad": "father",
    **dict.fromkeys(("grandma", "gran", "granny", "nan", "nana"), "grandmother"),
    **dict.fromkeys(("grandpa", "grandad", "granddad"), "grandfather"),
    "bunny": "rabbit",
    "mate": "friend",
    "buddy": "friend",  # "User's dive buddy Naz" is someone else
    "schoolmate": "friend",
    "fiancee": "fiance",
    "neighbour": "neighbor",
    "coworker": "colleague",
    "workmate": "colleague",
    "flatmate": "roommate",
    "housemate": "roommate",
    "landlady": "landlord",
    "folks": "parents",
}
NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "thousand",
        "twice",
        "once",
        "dozen",
        "first",
        "second",
        "third",
        "both",
    ]
)
# Irregular past forms of common verbs; regular ones are told by their "-ed" (_is_past).
IRREGULAR_PAST = frozenset(
    [
        "kept",
        "made",
        "took",
        "bought",
        "sold",
        "ran",
        "ate",
        "drank",
        "drove",
        "wrote",
        "taught",
        "thought",
        "brought",
        "sought",
        "caught",
        "fought",
        "got",
        "gave",
        "came",
        "became",
        "began",
        "saw",
        "knew",
        "grew",
        "went",
        "left",
        "flew",
        "threw",
        "spoke",
        "broke",
        "chose",
        "froze",
        "stole",
        "woke",
        "wore",
        "tore",
        "swore",
        "rode",
        "rose",
        "wrote",
        "sang",
        "rang",
        "swam",
        "sat",
        "met",
        "led",
        "fed",
        "said",
        "paid",
        "laid",
        "lost",
        "spent",
        "sent",
        "built",
        "felt",
        "meant",
        "slept",
        "won",
        "found",
        "held",
        "told",
        "heard",
        "stood",
        "understood",
        # Past-only forms of rarer verbs; ones that are also a present ("read", "fit",
        # "beat", "spread") or a common noun ("bit", "ground") are left out.
        "lent",
        "bent",
        "dealt",
        "swept",
        "wept",
        "bled",
        "fled",
        "struck",
        "stuck",
        "hung",
        "swung",
        "sank",
        "shrank",
        "drew",
        "blew",
        "fell",
        "forgot",
        "shot",
        "lit",
        "slid",
        "hid",
        "dug",
        "stung",
        "flung",
        "sprang",
        "sped",
        "knelt",
        "leapt",
        "learnt",
        "burnt",
        "dreamt",
        "spelt",
        "spilt",
        "rebuilt",
        "underwent",
        "withdrew",
        "forgave",
        "oversaw",
        "shook",
        "mistook",
        "undertook",
        "overtook",
        "overslept",
    ]
)
# Words ending in "-ed" that are no past tense.
NOT_PAST = frozenset(["red", "bed", "need", "seed", "feed", "speed", "weed", "shed"])
# Colours: "a red Toyota" is not "a blue Toyota", however close their embeddings.
COLOURS = frozenset(
    [
        "red",
        "blue",
        "green",
        "yellow",
        "black",
        "white",
        "grey",
        "gray",
        "brown",
        "pink",
        "purple",
        "orange",
        "silver",
        "gold",
        "beige",
        "navy",
    ]
)
# What milk is, as its colour: "scalding the oat milk" is not "scalding the milk".
MILKS = frozenset(
    [
        *("oat", "soya", "soy", "almond", "coconut", "rice", "cashew", "hemp", "pea"),
        *("skimmed", "semi-skimmed", "whole", "full-fat", "goat's", "goats'", "lactose-free"),
    ]
)
# What a thing is made of, as its colour: "a plastic ladle" is not "a stainless steel one",
# "an aluminium stepladder" not "a wooden one" (WordNet reads these as adjectives and
# nouns alike, so no swap of one word for another sees them once the clauses move). Each
# word stands for its material ("wooden" is wood). Words with another common sense are left
# out: "tin" (a tin opener), "glass" (a magnifying glass), "iron", "brass" (band), "wool"
# (yarn), "paper", "linen".
MATERIALS = {
    **{word: word for word in ("plastic", "steel", "metal", "aluminium", "copper", "ceramic")},
    **{word: word for word in ("porcelain", "bamboo", "silicone", "leather", "wicker")},
    **{word: word for word in ("rattan", "enamel", "marble", "oak", "pine", "teak", "walnut")},
    "stainless": "steel",
    "wooden": "wood",
    "wood": "wood",
}
# A thing's pattern, as its colour: "a polka-dot cake stand" is not "a striped one".
# ("checked" and "spotted" are left out: "User checked the oven", "spotted a bittern".)
PATTERNS = {
    **dict.fromkeys(("polka-dot", "polka-dotted", "spotty", "dotty"), "spots"),
    **dict.fromkeys(("striped", "stripy", "stripey", "pinstripe", "pinstriped"), "stripes"),
    **dict.fromkeys(("chequered", "checkered", "gingham"), "checks"),
    **dict.fromkeys(("floral", "flowery"), "flowers"),
    **{word: word for word in ("tartan", "paisley", "camouflage", "houndstooth")},
}
# A rank in a role: "senior audit manager" / "audit manager" are two jobs ("head" and "lead"
# are left out: "hit their head", "lead singer").
RANKS = frozenset(
    ["senior", "junior", "deputy", "assistant", "chief", "principal", "associate", "trainee"]
)
# Renting is another fact than having ("User rents a flat" / "User has a flat", 0.91), and
# a hired thing is not one's own ("in a hired campervan" / "in their own campervan", 0.97).
RENTED = frozenset(
    [
        "rent",
        "rents",
        "renting",
        "rented",
        "lease",
        "leases",
        "leasing",
        "leased",
        "hire",
        "hires",
        "hiring",
        "hired",
    ]
)
# Lending is no gift ("User's parents lent them 20,000 pounds" / "gave them", 0.92), and
# who borrowed is the other side of it ("User's friend borrowed 150 pounds from them" /
# "User's friend lent them 150 pounds").
# A loan one takes out or gets is borrowed ("took out a car loan", "got a loan from User").
LENT = frozenset(["lend", "lends", "lending", "lent", "loaned", "loaning"])
BORROWED = frozenset(["borrow", "borrows", "borrowing", "borrowed"])
LOANS = frozenset(["loan", "loans"])
TAKING_LOANS = frozenset(
    ["took", "take", "takes", "taking", "got", "get", "gets", "getting", "has", "have", "had"]
)
# Parts of the day: "night shifts" are not "morning shifts" (0.89); said on one side only
# ("wakes up at 6" / "gets up at 6 in the morning") they add, not contradict. The evening
# and the night are one: "Wednesday nights" / "Wednesday evenings", "goes to bed at 11" /
# "11 in the evening".
PARTS_OF_DAY = {
    "morning": "morning",
    "mornings": "morning",
    "afternoon": "afternoon",
    "afternoons": "afternoon",
    "evening": "evening",
    "evenings": "evening",
    "night": "evening",
    "nights": "evening",
    "nightly": "evening",
    "overnight": "evening",
    # What marks a part of the day: "before bed" / "when User wakes up".
    "bed": "evening",
    "bedtime": "evening",
    "wake": "morning",
    "wakes": "morning",
    "waking": "morning",
    "breakfast": "morning",
    "lunch": "midday",
    "lunchtime": "midday",
    "dinner": "evening",
    "supper": "evening",
}
# How well a skill is had, both-sided as the parts of the day: "speaks a little French"
# and "is fluent in French" are two facts; "speaks French" says less than either.
LEVELS = {
    **dict.fromkeys(("little", "bit", "some", "basic", "beginner", "rusty"), "some"),
    **dict.fromkeys(("fluent", "fluently", "native", "bilingual", "proficient"), "fluent"),
    # A class's level: "beginners' agility" / "advanced agility".
    **dict.fromkeys(("beginners", "beginners'", "novice", "novices"), "some"),
    **dict.fromkeys(("intermediate", "improvers", "improvers'"), "intermediate"),
    **dict.fromkeys(("advanced", "expert", "experts"), "advanced"),
}
# Which of a language's skills, both-sided: "reads Spanish fluently" / "speaks fluent
# Spanish".
SKILLS = {
    **dict.fromkeys(("speak", "speaks", "speaking", "spoke", "spoken"), "speaks"),
    **dict.fromkeys(("read", "reads", "reading"), "reads"),
    **dict.fromkeys(("write", "writes", "writing", "wrote", "written"), "writes"),
    **dict.fromkeys(("understand", "understands", "understood"), "understands"),
}
# Who a business is to the subject, both-sided: who runs or owns it is not who works
# there ("runs a shop" / "works at a shop"; WordNet finds "run" and "work" one sense).
IN_CHARGE = {
    **dict.fromkeys(("run", "runs", "running", "ran", "own", "owns", "owned"), "in charge"),
    **dict.fromkeys(("owner", "manage", "manages", "managed", "manager"), "in charge"),
    **dict.fromkeys(("work", "works", "worked", "working", "employed", "employee"), "works"),
}
# Which degree, both-sided: "a master's in economics" / "a bachelor's degree in economics".
DEGREES = {
    **dict.fromkeys(("bachelor's", "bachelors", "bachelor", "undergraduate"), "bachelor"),
    **dict.fromkeys(("ba", "bsc", "beng", "llb"), "bachelor"),
    **dict.fromkeys(("master's", "masters", "master", "postgraduate", "postgrad"), "master"),
    **dict.fromkeys(("ma", "msc", "meng", "mba", "llm", "mphil"), "master"),
    **dict.fromkeys(("phd", "doctorate", "doctoral", "dphil"), "doctorate"),
}
# Which money, both-sided: "60,000 euros" / "60,000 dollars" ("$60,000" reads as the
# second: wording.comparable).
CURRENCIES = {
    **dict.fromkeys(("dollar", "dollars", "usd", "bucks"), "dollars"),
    **dict.fromkeys(("euro", "euros", "eur"), "euros"),
    **dict.fromkeys(("pound", "pounds", "gbp", "quid", "sterling"), "pounds"),
    **dict.fromkeys(("yen", "jpy"), "yen"),
    **dict.fromkeys(("franc", "francs", "chf"), "francs"),
}
# How a thing is had or done, both-sided: made or bought ("bakes bread" / "buys bread"),
# and the way one moves ("runs 100 km a week" / "cycles 100 km a week").
MEANS = {
    **dict.fromkeys(("bake", "bakes", "baking", "baked", "make", "makes", "made"), "made"),
    **dict.fromkeys(("cook", "cooks", "cooked", "brew", "brews", "brewed"), "made"),
    **dict.fromkeys(("knit", "knits", "knitted", "sew", "sews", "sewed"), "made"),
    **dict.fromkeys(("carve", "carves", "carved", "carving"), "made"),
    **dict.fromkeys(("grow", "grows", "growing", "grew"), "made"),
    **dict.fromkeys(("buy", "buys", "buying", "bought", "purchase", "purchases"), "bought"),
    **dict.fromkeys(("purchased", "order", "orders", "ordering", "ordered"), "bought"),
    **dict.fromkeys(("run", "runs", "running", "ran", "jog", "jogs", "jogging"), "running"),
    **dict.fromkeys(("walk", "walks", "walking", "walked", "hike", "hikes", "hiked"), "walking"),
    **dict.fromkeys(("hiking",), "walking"),
    **dict.fromkeys(("cycle", "cycles", "cycling", "cycled", "bike", "bikes", "biked"), "cycling"),
    **dict.fromkeys(("biking",), "cycling"),
    **dict.fromkeys(("swim", "swims", "swimming", "swam"), "swimming"),
    # On the water: "kayaked down the Wye" / "paddleboarded down the Wye" (WordNet does not
    # know "paddleboard", and has a kayak as a kind of canoe).
    **dict.fromkeys(("kayak", "kayaks", "kayaking", "kayaked"), "kayaking"),
    **dict.fromkeys(("canoe", "canoes", "canoeing", "canoed"), "canoeing"),
    **dict.fromkeys(("paddleboard", "paddleboards", "paddleboarding"), "paddleboarding"),
    **dict.fromkeys(("paddleboarded", "sup"), "paddleboarding"),
    # How a body part was hurt: "broke" / "fractured" one way, "sprained" another.
    **dict.fromkeys(("broke", "broken", "fractured", "fracture", "fractures"), "broken"),
    **dict.fromkeys(("sprained", "sprain", "twisted"), "sprained"),
    **dict.fromkeys(("strained", "strain", "pulled"), "strained"),
    **dict.fromkeys(("dislocated", "bruised", "burnt", "burned", "cut"), "hurt otherwise"),
    # Alone or with others: "a private riding lesson" / "a group riding lesson".
    **dict.fromkeys(("private", "one-to-one", "individual"), "alone"),
    **dict.fromkeys(("group",), "in a group"),
    # How a seat was had: "was elected onto the parish council" / "was co-opted onto it".
    **dict.fromkeys(("elected",), "elected"),
    **dict.fromkeys(("co-opted", "coopted", "appointed"), "appointed"),
}
# Which way money went, both-sided: "the stall cost 1,200 pounds" / "took 1,200 pounds"
# (wording.comparable: "made").
MONEY_WAY = {
    **dict.fromkeys(("cost", "costs", "paid", "pay", "pays", "paying", "spent", "spend"), "out"),
    **dict.fromkeys(("spends", "spending"), "out"),
    **dict.fromkeys(("earned", "earn", "earns", "earning", "made", "makes", "making"), "in"),
}
# How a thing is paid, both-sided: "paid in cash on the door" / "paid by bank transfer".
PAYMENT = {
    **dict.fromkeys(("cash",), "cash"),
    **dict.fromkeys(("card", "contactless"), "card"),
    **dict.fromkeys(("cheque", "cheques"), "cheque"),
    **dict.fromkeys(("transfer", "paypal"), "transfer"),
}
# How much of a thing, both-sided: "pays off the card in full" / "pays the minimum".
AMOUNTS = {
    **dict.fromkeys(("full", "fully", "completely", "entire", "whole", "all"), "all"),
    **dict.fromkeys(("minimum", "least", "partly", "partially", "half", "part"), "part"),
}
# What part the subject takes in an activity, both-sided: who teaches, coaches or hosts
# it is not who takes, plays or studies it ("teaching" / "taking a pottery class";
# "hosts the pub quiz" / "is in a quiz team that plays").
PARTS = {
    **dict.fromkeys(("teach", "teaches", "teaching", "taught", "teacher", "tutor"), "gives"),
    **dict.fromkeys(("coach", "coaches", "coaching", "coached", "instructor"), "gives"),
    **dict.fromkeys(("host", "hosts", "hosting", "hosted", "lecturer", "tutors"), "gives"),
    **dict.fromkeys(("take", "takes", "taking", "took", "attend", "attends"), "takes part"),
    **dict.fromkeys(("attending", "attended", "learn", "learns", "learning"), "takes part"),
    **dict.fromkeys(("learned", "learnt", "student", "pupil", "member"), "takes part"),
    **dict.fromkeys(("play", "plays", "playing", "played", "team"), "takes part"),
}
# How often or over what span, both-sided: "once a week" / "once a month", "every day" /
# "daily" one way, "a year" / "annually" another.
PERIODS = {
    **dict.fromkeys(("day", "days", "daily"), "day"),
    **dict.fromkeys(("week", "weeks", "weekly"), "week"),
    **dict.fromkeys(
        ("weekend", "weekends", "saturday", "saturdays", "sunday", "sundays"), "weekend"
    ),
    **dict.fromkeys(("weekday", "weekdays", "weeknight", "weeknights"), "weekday"),
    **dict.fromkeys(
        (
            f"{day}{s}"
            for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
            for s in ("", "s")
        ),
        "weekday",
    ),
    **dict.fromkeys(("fortnight", "fortnights", "fortnightly"), "fortnight"),
    **dict.fromkeys(("term", "terms", "termly"), "term"),
    **dict.fromkeys(("month", "months", "monthly"), "month"),
    "quarterly": "quarter",
    **dict.fromkeys(("year", "years", "yearly", "annually", "annual"), "year"),
}
# Which end of a span a time marks, both-sided: "from the age of 11" / "until the age of 11".
BOUNDS = {"from": "from", "since": "from", "until": "until", "till": "until"}
TIMES = frozenset(["age", "when"])
# How two people are bound, both-sided: "together for 8 years" / "married for 8 years".
# What a diet is, both-sided: "vegan" is not "vegetarian", however alike their words.
DIETS = {
    **dict.fromkeys(("vegan", "vegans", "veganism"), "vegan"),
    **dict.fromkeys(("vegetarian", "vegetarians", "vegetarianism", "veggie"), "vegetarian"),
    **dict.fromkeys(("pescatarian", "pescetarian", "pescatarians"), "pescatarian"),
    **dict.fromkeys(("flexitarian", "flexitarians"), "flexitarian"),
}
BONDS = {
    **dict.fromkeys(("married", "marriage", "wed", "wedded"), "married"),
    **dict.fromkeys(("engaged", "engagement", "fiance", "fiancee"), "engaged"),
    **dict.fromkeys(("together", "couple", "dating", "partners"), "together"),
}
# What a sentence may start with that is no name though capitalised ("In my free time",
# "Knitting is", "Usually").
OPENERS = frozenset(
    [
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "to",
        "with",
        "after",
        "before",
        "during",
        "since",
        "when",
        "every",
        "each",
        "most",
        "some",
        "all",
        "this",
        "last",
        "next",
        "the",
        "a",
        "an",
    ]
)
# Words WordNet gives no opposite of, told apart wherever they are swapped ("every
# Wednesday after school" / "... before school").
OPPOSITES = frozenset(
    frozenset(pair)
    for pair in (
        ("after", "before"),
        ("this", "last"),  # "this season" / "last season"
        ("this", "next"),
        ("last", "next"),
        ("above", "below"),
        ("inside", "outside"),
        ("upstairs", "downstairs"),
        ("early", "late"),
        ("earlier", "later"),
        # what condition a thing was bought in: "a brand-new ThinkPad" / "a refurbished one"
        ("brand new", "refurbished"),
        ("brand new", "second hand"),
        ("new", "refurbished"),
        ("new", "second hand"),
    )
)
# Gerunds and adverbs ("Knitting", "Usually"); names end in "-ly" too ("Emily", "Holly").
NOT_NAME_ENDINGS = ("ing", "ally", "ually", "ently", "antly", "ously", "ively")
SUBJECT_STOP = frozenset(["the", "a", "an"])
# Where a noun phrase ends (_what_it_is).
PHRASE_ENDS = frozenset(
    (  # noqa: SIM905
        "at in on of for from with to by who that which and but or since because when "
        "while until like than as"
    ).split()
)
# "One" counts what "a" does ("User has one brother" / "a brother"): no number sign.
ONE = frozenset(["one", "1"])
BEFORE_MONTH = frozenset(
    ["in", "on", "of", "since", "until", "from", "by", "early", "late", "mid", "last", "next"]
)
# Adverbs after which "will" tells a habit, not what is to come.
HABITS = frozenset(
    ["always", "usually", "often", "normally", "generally", "never", "sometimes", "typically"]
)
# Verbs after which "a teacher" is what the subject is (_roles).
BE_AS = frozenset(["is", "am", "are", "was", "were", "be", "been", "as", "became", "become"])
# Verbs whose past is their present: "I quit smoking last year" is no "User quits".
SAME_IN_PAST = frozenset(
    ["quit", "put", "cut", "set", "hit", "let", "shut", "hurt", "beat", "burst", "split", "spread"]
)
