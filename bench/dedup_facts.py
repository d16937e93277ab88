"""The dedup bench's facts: a tuning set and a held-out set.

Each fact: a statement, three paraphrases (the same fact: they should leave no second
memory) and two near-misses of different kinds (another person, negation, past, another
number, place, colour or object, intent) that must stay separate.

`TUNING` is what the dedup signs and the rules were tuned on: `FACTS` (the bench's first
set), `STUDIED` and `STUDIED2`, two held-out sets spent in turn. `STUDIED` was written
and committed before any tuning; after the tuning on `FACTS` it gave 1.21 memories per
fact and 7.1% wrong merges (offline, threshold 0.85) against 1.06 / 0% on `FACTS`; its
wrong merges were then studied (they showed real faults: "User's sister's name" not read
as a sister, "a cat named Luna" read as past), which spent it as a held-out set.
`STUDIED2` (the bench's `HELDOUT` until then) was written and committed before `STUDIED`
was looked at and never tuned on until it gave 1.24 / 0% against 1.08 / 0% on the tuning
set; its paraphrases stored twice were then studied (a relation word said of the user,
"a math teacher", read as another person; "one" / "a", "3rd" / "3", the month May read
as intent; "owns", "Lab" for "Labrador", commutes said five ways; a contraction broken
in a cleft, "dons't", that merged a paraphrase into its negation), which spent it too.
`HELDOUT2` was written and committed before `STUDIED2`'s failures were looked at, and is
never tuned on: its figures (`dedup_heldout2_*`) tell whether the tuning generalises or
only fits `TUNING`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "FACTS",
    "HELDOUT2",
    "HELDOUT3",
    "HELDOUT4",
    "HELDOUT5",
    "HELDOUT6",
    "HELDOUT7",
    "HELDOUT8",
    "HELDOUT9",
    "HELDOUT10",
    "HELDOUT11",
    "HELDOUT12",
    "HELDOUT13",
    "HELDOUT14",
    "HELDOUT15",
    "HELDOUT16",
    "HELDOUT17",
    "HELDOUT18",
    "HELDOUT19",
    "HELDOUT20",
    "HELDOUT21",
    "HELDOUT22",
    "HELDOUT23",
    "HELDOUT24",
    "HELDOUT25",
    "HELDOUT26",
    "HELDOUT27",
    "HELDOUT28",
    "HELDOUT29",
    "HELDOUT30",
    "HELDOUT31",
    "HELDOUT32",
    "HELDOUT33",
    "HELDOUT34",
    "HELDOUT35",
    "HELDOUT36",
    "HELDOUT37",
    "HELDOUT38",
    "HELDOUT39",
    "HELDOUT40",
    "HELDOUT41",
    "HELDOUT42",
    "HELDOUT43",
    "HELDOUT44",
    "HELDOUT45",
    "HELDOUT46",
    "HELDOUT47",
    "HELDOUT48",
    "HELDOUT49",
    "HELDOUT50",
    "HELDOUT51",
    "HELDOUT52",
    "HELDOUT53",
    "HELDOUT54",
    "HELDOUT55",
    "HELDOUT56",
    "HELDOUT57",
    "HELDOUT58",
    "HELDOUT59",
    "HELDOUT60",
    "HELDOUT61",
    "HELDOUT62",
    "HELDOUT63",
    "HELDOUT64",
    "HELDOUT65",
    "HELDOUT66",
    "HELDOUT67",
    "HELDOUT68",
    "HELDOUT69",
    "HELDOUT70",
    "HELDOUT71",
    "HELDOUT72",
    "HELDOUT73",
    "HELDOUT74",
    "HELDOUT75",
    "HELDOUT76",
    "HELDOUT77",
    "HELDOUT78",
    "HELDOUT79",
    "HELDOUT80",
    "HELDOUT81",
    "HELDOUT82",
    "STUDIED",
    "STUDIED2",
    "TUNING",
    "Fact",
]


@dataclass(frozen=True)
class Fact:
    statement: str
    paraphrases: tuple[str, ...]
    near_misses: tuple[str, ...]


FACTS = (
    Fact(
        "I live in Paris.",
        ("I reside in Paris.", "My home is in Paris.", "I'm living in Paris."),
        ("My sister lives in Paris.", "I lived in Paris until 2019."),
    ),
    Fact(
        "I am allergic to peanuts.",
        ("I have a peanut allergy.", "I'm allergic to peanuts.", "Peanuts give me allergies."),
        ("My son is allergic to peanuts.", "I am allergic to shellfish."),
    ),
    Fact(
        "I work as a nurse at the city hospital.",
        (
            "I'm a nurse at the city hospital.",
            "I work at the city hospital as a nurse.",
            "My job is nurse at the city hospital.",
        ),
        ("I used to work as a nurse at the city hospital.", "My wife works as a nurse."),
    ),
    Fact(
        "I have two cats.",
        ("I own two cats.", "I've got two cats.", "I have 2 cats."),
        ("I have three cats.", "I want to have two cats."),
    ),
    Fact(
        "I love jazz music.",
        ("I really love jazz.", "Jazz is the music I love.", "I adore jazz music."),
        ("I hate jazz music.", "My father loves jazz music."),
    ),
    Fact(
        "I play tennis every Saturday.",
        (
            "Every Saturday I play tennis.",
            "I play tennis on Saturdays.",
            "I play tennis weekly on Saturday.",
        ),
        ("I played tennis every Saturday.", "I play golf every Saturday."),
    ),
    Fact(
        "I drive a blue Toyota.",
        ("My car is a blue Toyota.", "I drive a Toyota that is blue.", "I have a blue Toyota."),
        ("I drive a red Toyota.", "My brother drives a blue Toyota."),
    ),
    Fact(
        "I am vegetarian.",
        ("I'm a vegetarian.", "I follow a vegetarian diet.", "I don't eat meat, I'm vegetarian."),
        ("I am not vegetarian anymore.", "My girlfriend is vegetarian."),
    ),
    Fact(
        "I speak Spanish fluently.",
        (
            "I'm fluent in Spanish.",
            "I speak fluent Spanish.",
            "Spanish is a language I speak fluently.",
        ),
        ("I speak Italian fluently.", "I want to speak Spanish fluently."),
    ),
    Fact(
        "I was born in 1990.",
        ("My birth year is 1990.", "I was born in the year 1990.", "1990 is the year I was born."),
        ("My daughter was born in 2015.", "I was born in 1991."),
    ),
    Fact(
        "I study computer science at MIT.",
        (
            "I'm a computer science student at MIT.",
            "I'm studying computer science at MIT.",
            "At MIT I study computer science.",
        ),
        ("I studied computer science at MIT.", "I study computer science at Stanford."),
    ),
    Fact(
        "I run five kilometers every morning.",
        (
            "Every morning I run five kilometers.",
            "I go for a 5 km run each morning.",
            "I run 5k every morning.",
        ),
        ("I run ten kilometers every morning.", "My roommate runs five kilometers every morning."),
    ),
)

# The first held-out set: written before any tuning, studied after its figures were taken.
STUDIED = (
    Fact(
        "I have a cat named Luna.",
        ("My cat's name is Luna.", "I own a cat called Luna.", "Luna is my cat."),
        ("My neighbour has a cat named Luna.", "I had a cat named Luna."),
    ),
    Fact(
        "I work at Google as a software engineer.",
        (
            "I'm a software engineer at Google.",
            "I am employed by Google as a software engineer.",
            "My job is software engineer at Google.",
        ),
        ("I work at Amazon as a software engineer.", "I want to work at Google as an engineer."),
    ),
    Fact(
        "I drink coffee every morning.",
        (
            "Every morning I drink coffee.",
            "I have coffee each morning.",
            "I drink a cup of coffee every morning.",
        ),
        ("I don't drink coffee in the morning.", "My husband drinks coffee every morning."),
    ),
    Fact(
        "My favourite colour is green.",
        ("Green is my favourite colour.", "My favorite color is green.", "I like green best."),
        ("My favourite colour is purple.", "My daughter's favourite colour is green."),
    ),
    Fact(
        "I have three children.",
        ("I've got three kids.", "I have 3 children.", "I am a parent of three children."),
        ("I have four children.", "I want to have three children."),
    ),
    Fact(
        "I moved to Berlin in 2020.",
        (
            "In 2020 I moved to Berlin.",
            "I relocated to Berlin in 2020.",
            "I moved to Berlin back in 2020.",
        ),
        ("I moved to Munich in 2020.", "My parents moved to Berlin in 2020."),
    ),
    Fact(
        "I am lactose intolerant.",
        ("I'm lactose intolerant.", "I have lactose intolerance.", "I am intolerant to lactose."),
        ("My mother is lactose intolerant.", "I am not lactose intolerant."),
    ),
    Fact(
        "I play the guitar.",
        ("I'm a guitar player.", "I play guitar.", "Guitar is the instrument I play."),
        ("I played the guitar as a teenager.", "I play the piano."),
    ),
    Fact(
        "I go to the gym three times a week.",
        (
            "Three times a week I go to the gym.",
            "I work out at the gym 3 times a week.",
            "I hit the gym three times every week.",
        ),
        ("I go to the gym five times a week.", "I used to go to the gym three times a week."),
    ),
    Fact(
        "My wife's name is Maria.",
        ("My wife is called Maria.", "I'm married to Maria.", "Maria is my wife."),
        ("My sister's name is Maria.", "My wife's name is Laura."),
    ),
    Fact(
        "I'm training for the Boston marathon.",
        (
            "I am training for the Boston Marathon.",
            "I'm preparing for the Boston marathon.",
            "I've been training for the Boston marathon.",
        ),
        (
            "I'm training for the Chicago marathon.",
            "My brother is training for the Boston marathon.",
        ),
    ),
    Fact(
        "I prefer tea over coffee.",
        (
            "I like tea more than coffee.",
            "Tea is what I prefer over coffee.",
            "I'd rather drink tea than coffee.",
        ),
        ("My roommate prefers tea over coffee.", "I used to prefer tea over coffee."),
    ),
    Fact(
        "I am 34 years old.",
        ("I'm 34.", "My age is 34.", "I'm thirty-four years old."),
        ("I am 43 years old.", "My husband is 34 years old."),
    ),
    Fact(
        "I take the bus to work.",
        ("I commute to work by bus.", "I ride the bus to my job.", "I go to work by bus."),
        ("I take the train to work.", "I'm thinking about taking the bus to work."),
    ),
)

# The second held-out set (HELDOUT until its failures were studied): written and
# committed before STUDIED's results were looked at.
STUDIED2 = (
    Fact(
        "I'm allergic to cats.",
        (
            "I have an allergy to cats.",
            "I'm allergic to cats, unfortunately.",
            "Cats trigger my allergies.",
        ),
        ("My husband is allergic to cats.", "I'm allergic to dogs."),
    ),
    Fact(
        "I live in Toronto.",
        ("I'm based in Toronto.", "Toronto is where I live.", "I currently live in Toronto."),
        ("I lived in Toronto as a kid.", "I want to live in Toronto."),
    ),
    Fact(
        "I have a younger brother.",
        ("I've got a younger brother.", "I have a little brother.", "I have one younger brother."),
        ("I have two younger brothers.", "I have a younger sister."),
    ),
    Fact(
        "I teach math at a high school.",
        (
            "I'm a high school math teacher.",
            "I work as a math teacher at a high school.",
            "I teach mathematics at a high school.",
        ),
        ("I taught math at a high school.", "I teach history at a high school."),
    ),
    Fact(
        "I go hiking every Sunday.",
        ("Every Sunday I go hiking.", "I hike on Sundays.", "On Sundays I go for a hike."),
        ("I go hiking every Friday.", "My friends go hiking every Sunday."),
    ),
    Fact(
        "I don't eat pork.",
        ("I do not eat pork.", "I never eat pork.", "Pork is something I don't eat."),
        ("I don't eat beef.", "I eat pork."),
    ),
    Fact(
        "My birthday is on March 3rd.",
        ("I was born on March 3rd.", "My birthday falls on March 3.", "March 3rd is my birthday."),
        ("My son's birthday is on March 3rd.", "My birthday is on May 3rd."),
    ),
    Fact(
        "I have a black Labrador named Max.",
        (
            "My dog Max is a black Labrador.",
            "I own a black Lab called Max.",
            "Max, my black Labrador, lives with me.",
        ),
        ("I have a yellow Labrador named Max.", "I had a black Labrador named Max."),
    ),
    Fact(
        "I sleep about seven hours a night.",
        (
            "I usually sleep seven hours per night.",
            "I get around 7 hours of sleep each night.",
            "Every night I sleep about seven hours.",
        ),
        ("I sleep about five hours a night.", "I want to sleep seven hours a night."),
    ),
    Fact(
        "I'm learning Japanese.",
        ("I am learning Japanese.", "I'm studying Japanese.", "I've started learning Japanese."),
        ("I'm learning Korean.", "My daughter is learning Japanese."),
    ),
    Fact(
        "I work from home.",
        (
            "I work remotely from home.",
            "I'm working from home.",
            "My job is remote, I work from home.",
        ),
        ("I used to work from home.", "My wife works from home."),
    ),
    Fact(
        "I ride my bike to work.",
        ("I cycle to work.", "I bike to work.", "I commute to work by bike."),
        ("I drive to work.", "I don't ride my bike to work."),
    ),
    Fact(
        "I love Italian food.",
        (
            "Italian food is my favourite.",
            "I really love Italian cuisine.",
            "I adore Italian food.",
        ),
        ("I love Mexican food.", "I hate Italian food."),
    ),
    Fact(
        "I was married in 2015.",
        ("I got married in 2015.", "In 2015 I got married.", "My wedding was in 2015."),
        ("I got divorced in 2015.", "My sister got married in 2015."),
    ),
)

TUNING = FACTS + STUDIED + STUDIED2

# The held-out set: written and committed before STUDIED2's failures were looked at, of
# kinds the sets above do not hold (devices, sizes, shifts, habits given up, fears,
# plans, travel counts), in the way people say them; never tuned on.
HELDOUT2 = (
    Fact(
        "I use an iPhone.",
        ("My phone is an iPhone.", "I've got an iPhone.", "I'm an iPhone user."),
        ("I use an Android phone.", "I'm getting an iPhone next week."),
    ),
    Fact(
        "I usually wake up at 6 am.",
        (
            "I normally get up at 6 in the morning.",
            "Most mornings I'm up at 6.",
            "My alarm goes off at 6 am most days.",
        ),
        ("I usually wake up at 9 am.", "My kids usually wake up at 6 am."),
    ),
    Fact(
        "I wear a size 10 shoe.",
        ("My shoe size is 10.", "I take a size 10 in shoes.", "I'm a size 10 in shoes."),
        ("I wear a size 8 shoe.", "My son wears a size 10 shoe."),
    ),
    Fact(
        "I work night shifts.",
        ("I work the night shift.", "I'm on night shifts at work.", "My shifts are at night."),
        ("I used to work night shifts.", "I work morning shifts."),
    ),
    Fact(
        "I have type 1 diabetes.",
        ("I'm a type 1 diabetic.", "I've got type 1 diabetes.", "I'm diabetic, type 1."),
        ("I have type 2 diabetes.", "My dad has type 1 diabetes."),
    ),
    Fact(
        "I rent a two-bedroom apartment.",
        (
            "I'm renting a two-bedroom apartment.",
            "I live in a rented two-bedroom apartment.",
            "The apartment I rent has two bedrooms.",
        ),
        ("I own a two-bedroom apartment.", "I rent a studio apartment."),
    ),
    Fact(
        "I knit in my spare time.",
        (
            "Knitting is my hobby.",
            "In my free time I knit.",
            "I like to knit when I have free time.",
        ),
        ("My grandmother knits in her spare time.", "I'd like to learn to knit."),
    ),
    Fact(
        "I quit smoking last year.",
        (
            "I stopped smoking last year.",
            "Last year I gave up smoking.",
            "I kicked the smoking habit last year.",
        ),
        ("I started smoking last year.", "I'm trying to quit smoking."),
    ),
    Fact(
        "I'm saving up to buy a house.",
        (
            "I'm putting money aside for a house.",
            "I'm saving money to buy a house.",
            "I'm trying to save up for a house.",
        ),
        ("I'm saving up to buy a car.", "I just bought a house."),
    ),
    Fact(
        "I've been to Japan twice.",
        (
            "I have visited Japan two times.",
            "I've travelled to Japan twice.",
            "I've visited Japan twice.",
        ),
        ("I've been to Japan once.", "I'm going to Japan next month."),
    ),
    Fact(
        "I volunteer at the animal shelter on weekends.",
        (
            "On weekends I volunteer at the animal shelter.",
            "I spend my weekends volunteering at the animal shelter.",
            "I do volunteer work at the animal shelter every weekend.",
        ),
        (
            "I volunteer at the food bank on weekends.",
            "I used to volunteer at the animal shelter on weekends.",
        ),
    ),
    Fact(
        "I wear glasses.",
        ("I have to wear glasses.", "I need glasses to see.", "I wear prescription glasses."),
        ("I wear contact lenses.", "I don't wear glasses anymore."),
    ),
    Fact(
        "I'm afraid of heights.",
        ("I have a fear of heights.", "Heights scare me.", "I'm scared of heights."),
        ("I'm afraid of spiders.", "I'm not afraid of heights anymore."),
    ),
    Fact(
        "I'm a Liverpool fan.",
        ("I support Liverpool.", "Liverpool is my team.", "I root for Liverpool."),
        ("I'm a Chelsea fan.", "My boyfriend is a Liverpool fan."),
    ),
)

# The third held-out set: written and committed (3 December) before HELDOUT2's failures
# were looked at, of kinds no set above holds (twins, blood types, degrees, native
# languages, habits by season, dislikes, kinds of person); never tuned on. HELDOUT2 is
# studied from that commit on, so this set is the one whose figures tell.
HELDOUT3 = (
    Fact(
        "I'm a twin.",
        ("I have a twin.", "I was born a twin.", "I'm one of twins."),
        ("My wife is a twin.", "I have an older sister."),
    ),
    Fact(
        "I drive an electric car.",
        ("My car is electric.", "I've got an electric car.", "The car I drive is electric."),
        ("I drive a diesel car.", "I want to buy an electric car."),
    ),
    Fact(
        "I play chess online every evening.",
        (
            "Every evening I play chess online.",
            "I play online chess each evening.",
            "Evenings I spend playing chess online.",
        ),
        ("I play poker online every evening.", "My son plays chess online every evening."),
    ),
    Fact(
        "I'm a manager at a bank.",
        ("I work as a bank manager.", "I'm a bank manager.", "My job is bank manager."),
        ("I'm a cashier at a bank.", "I was a manager at a bank."),
    ),
    Fact(
        "My blood type is O negative.",
        ("I'm O negative.", "I have O negative blood.", "My blood group is O negative."),
        ("My blood type is A positive.", "My daughter's blood type is O negative."),
    ),
    Fact(
        "I listen to podcasts on my commute.",
        (
            "On my commute I listen to podcasts.",
            "I listen to podcasts while commuting.",
            "Podcasts are what I listen to on my way to work.",
        ),
        (
            "I listen to audiobooks on my commute.",
            "I used to listen to podcasts on my commute.",
        ),
    ),
    Fact(
        "I speak German as my first language.",
        (
            "German is my native language.",
            "My mother tongue is German.",
            "I'm a native German speaker.",
        ),
        ("I speak German as a second language.", "My husband's first language is German."),
    ),
    Fact(
        "I have a master's degree in economics.",
        (
            "I hold a master's in economics.",
            "I've got an economics master's degree.",
            "I did a master's degree in economics.",
        ),
        (
            "I have a bachelor's degree in economics.",
            "I'm starting a master's degree in economics.",
        ),
    ),
    Fact(
        "I can't stand horror movies.",
        (
            "I hate horror movies.",
            "Horror films are something I can't stand.",
            "I really dislike horror movies.",
        ),
        ("I love horror movies.", "I can't stand romantic comedies."),
    ),
    Fact(
        "I have a parrot called Kiwi.",
        ("My parrot's name is Kiwi.", "I own a parrot named Kiwi.", "Kiwi is my parrot."),
        ("I had a parrot called Kiwi.", "I have a parrot called Mango."),
    ),
    Fact(
        "I go camping every summer.",
        ("Every summer I go camping.", "I camp each summer.", "Summers I always go camping."),
        ("I go skiing every winter.", "I went camping last summer."),
    ),
    Fact(
        "I'm a morning person.",
        (
            "I'm at my best in the mornings.",
            "I'm more of a morning person.",
            "Mornings are when I have the most energy.",
        ),
        ("I'm a night owl.", "My partner is a morning person."),
    ),
    Fact(
        "I take my coffee black.",
        (
            "I drink my coffee black.",
            "I like black coffee.",
            "I have my coffee without milk or sugar.",
        ),
        ("I take my coffee with milk.", "I don't drink coffee."),
    ),
    Fact(
        "I moved to Lisbon for work.",
        (
            "I relocated to Lisbon for my job.",
            "Work brought me to Lisbon.",
            "I came to Lisbon because of work.",
        ),
        ("I moved to Lisbon to study.", "I'm moving to Lisbon for work next year."),
    ),
)

# The fourth held-out set: written and committed (3 December) after HELDOUT3 was measured
# (1.19 memories per fact, 7.1% wrong merges at 0.8) and before its failures were looked
# at; never tuned on. HELDOUT3 is studied from that commit on.
HELDOUT4 = (
    Fact(
        "I have a standing desk at work.",
        (
            "At work I use a standing desk.",
            "My desk at work is a standing desk.",
            "I work at a standing desk.",
        ),
        ("I want a standing desk at work.", "My boss has a standing desk at work."),
    ),
    Fact(
        "I'm learning to play the violin.",
        ("I'm taking violin lessons.", "I'm learning the violin.", "I've started learning violin."),
        ("I'm learning to play the cello.", "My daughter is learning to play the violin."),
    ),
    Fact(
        "I'm a Buddhist.",
        ("I practise Buddhism.", "I follow Buddhism.", "My religion is Buddhism."),
        ("I'm a Catholic.", "I used to be a Buddhist."),
    ),
    Fact(
        "I bake bread every weekend.",
        (
            "Every weekend I bake bread.",
            "I make my own bread on weekends.",
            "On weekends I bake bread.",
        ),
        ("I bake cakes every weekend.", "I buy bread every weekend."),
    ),
    Fact(
        "I have three sisters.",
        ("I've got three sisters.", "I have 3 sisters.", "I've got 3 sisters."),
        ("I have three brothers.", "My wife has three sisters."),
    ),
    Fact(
        "I work in marketing.",
        ("My job is in marketing.", "I'm in marketing.", "I have a marketing job."),
        ("I work in sales.", "I studied marketing."),
    ),
    Fact(
        "I hate flying.",
        ("I can't stand flying.", "I really dislike flying.", "Flying is something I hate."),
        ("I love flying.", "I hate driving."),
    ),
    Fact(
        "I live with my parents.",
        (
            "I still live at home with my parents.",
            "My parents and I live together.",
            "I'm living with my parents.",
        ),
        ("I used to live with my parents.", "I live with my girlfriend."),
    ),
    Fact(
        "I ran the London marathon in 2022.",
        (
            "In 2022 I ran the London marathon.",
            "I did the London marathon in 2022.",
            "I completed the London marathon in 2022.",
        ),
        ("I ran the London marathon in 2019.", "I'm running the London marathon next year."),
    ),
    Fact(
        "I'm colour blind.",
        ("I am colorblind.", "I have colour blindness.", "I can't tell some colours apart."),
        ("My father is colour blind.", "I'm not colour blind."),
    ),
    Fact(
        "I cycle about 100 km a week.",
        (
            "I ride my bike around 100 kilometres each week.",
            "Every week I cycle roughly 100 km.",
            "I do about 100 km a week on my bike.",
        ),
        ("I cycle about 50 km a week.", "I run about 100 km a week."),
    ),
    Fact(
        "I work four days a week.",
        ("I work a four-day week.", "I'm on a 4-day work week.", "My work week is four days."),
        ("I work five days a week.", "My husband works four days a week."),
    ),
    Fact(
        "I speak a little French.",
        ("I know some French.", "My French is basic.", "I can speak a bit of French."),
        ("I speak a little Italian.", "I'm fluent in French."),
    ),
    Fact(
        "I collect vinyl records.",
        (
            "I'm a vinyl record collector.",
            "Collecting vinyl is my hobby.",
            "I have a collection of vinyl records.",
        ),
        ("I collect stamps.", "I sold my vinyl record collection."),
    ),
)

# The fifth held-out set: written (3 December) by a helper session that did not read the
# dedup code, and committed before HELDOUT4's failures were looked at; never tuned on.
# HELDOUT4 is studied from that commit on.
HELDOUT5 = (
    Fact(
        "I'm 180 cm tall.",
        ("My height is 180 centimetres.", "I'm one metre eighty.", "I stand 1.80 m tall."),
        ("I'm 170 cm tall.", "My wife is 180 cm tall."),
    ),
    Fact(
        "I grew up in Dublin.",
        (
            "I was raised in Dublin.",
            "It was in Dublin that I grew up.",
            "I spent my childhood in Dublin.",
        ),
        ("I grew up in Galway.", "My kids are growing up in Dublin."),
    ),
    Fact(
        "I have a rabbit called Biscuit.",
        (
            "Biscuit is my pet rabbit.",
            "I've got a bunny named Biscuit.",
            "My rabbit's called Biscuit.",
        ),
        ("I have a rabbit called Pepper.", "I'm getting a rabbit and I'll call it Biscuit."),
    ),
    Fact(
        "My best friend is called Tom.",
        (
            "My best friend's name is Tom.",
            "Tom is my best mate.",
            "I'm best friends with a guy named Tom.",
        ),
        ("My best friend is called Tim.", "My brother is called Tom."),
    ),
    Fact(
        "I always ask for a window seat when I fly.",
        (
            "When I fly, I always ask for the window seat.",
            "I always request a window seat on flights.",
            "On planes I'll always ask to sit by the window.",
        ),
        (
            "I always ask for an aisle seat when I fly.",
            "I always ask for a window seat on the train.",
        ),
    ),
    Fact(
        "I meditate for ten minutes before bed.",
        (
            "Before bed I do ten minutes of meditation.",
            "I do a 10-minute meditation before I go to sleep.",
            "Every night before sleeping I meditate for 10 minutes.",
        ),
        (
            "I meditate for ten minutes when I wake up.",
            "I'd like to start meditating for ten minutes before bed.",
        ),
    ),
    Fact(
        "I take medication for high blood pressure.",
        (
            "I'm on blood pressure medication.",
            "I take pills for my high blood pressure.",
            "I'm on meds for hypertension.",
        ),
        (
            "I take medication for high cholesterol.",
            "I stopped taking medication for high blood pressure.",
        ),
    ),
    Fact(
        "I'm doing a PhD in chemistry.",
        (
            "I'm a chemistry PhD student.",
            "I'm working on a doctorate in chemistry.",
            "I'm a doctoral candidate in chemistry.",
        ),
        ("I'm doing a PhD in biochemistry.", "I'm thinking of doing a PhD in chemistry."),
    ),
    Fact(
        "I've been a dentist for twelve years.",
        (
            "I've worked as a dentist for 12 years.",
            "I've been practising dentistry for twelve years.",
            "For 12 years now I've been working as a dentist.",
        ),
        ("I've been a dentist for two years.", "I was a dentist for twelve years."),
    ),
    Fact(
        "I have a vegetable garden in my backyard.",
        (
            "I grow vegetables in my backyard.",
            "There's a vegetable patch in my back garden.",
            "My backyard has a vegetable garden in it.",
        ),
        (
            "I have a flower garden in my backyard.",
            "My neighbour has a vegetable garden in his backyard.",
        ),
    ),
    Fact(
        "My laptop is a MacBook Air.",
        ("I have a MacBook Air.", "The laptop I use is a MacBook Air.", "I'm on a MacBook Air."),
        ("My laptop is a MacBook Pro.", "My son's laptop is a MacBook Air."),
    ),
    Fact(
        "I call my mum every Sunday.",
        (
            "Every Sunday I phone my mom.",
            "I ring my mother on Sundays.",
            "Sunday is when I give my mum a call.",
        ),
        ("I call my mum once a month.", "I used to call my mum every Sunday."),
    ),
    Fact(
        "I love spicy food.",
        (
            "I'm a big fan of spicy food.",
            "Spicy food is something I really love.",
            "I really enjoy eating spicy food.",
        ),
        ("I can't handle spicy food.", "My boyfriend loves spicy food."),
    ),
    Fact(
        "I read about thirty books a year.",
        (
            "I get through around 30 books a year.",
            "Every year I read roughly thirty books.",
            "I read about 30 books annually.",
        ),
        ("I read about three books a year.", "I'm aiming to read thirty books this year."),
    ),
)

# The sixth held-out set: written (3 December) by a helper session that did not read the
# dedup code, and committed before HELDOUT5's failures were looked at; never tuned on.
# HELDOUT5 is studied from that commit on.
HELDOUT6 = (
    Fact(
        "My husband and I have been together for eight years.",
        (
            "I've been with my husband for 8 years.",
            "It's been eight years since my husband and I got together.",
            "My husband and I have been a couple for eight years now.",
        ),
        (
            "My husband and I have been married for eight years.",
            "My husband and I have been together for eighteen years.",
        ),
    ),
    Fact(
        "I have coeliac disease.",
        ("I'm coeliac.", "I've been diagnosed with celiac disease.", "I've got celiac disease."),
        ("My nephew has coeliac disease.", "I think I might have coeliac disease."),
    ),
    Fact(
        "My tortoise Sheldon is 40 years old.",
        (
            "Sheldon, my tortoise, is forty years old.",
            "I have a 40-year-old tortoise called Sheldon.",
            "My tortoise, who's named Sheldon, is forty.",
        ),
        (
            "My tortoise Sheldon is 14 years old.",
            "My tortoise Sheldon would've been 40 this year.",
        ),
    ),
    Fact(
        "I do yoga before work on weekdays.",
        (
            "On weekdays I do yoga before work.",
            "Monday to Friday, I do yoga before I go to work.",
            "Weekday mornings I squeeze in some yoga before work.",
        ),
        (
            "I do yoga after work on weekdays.",
            "I keep meaning to do yoga before work on weekdays.",
        ),
    ),
    Fact(
        "I drive a delivery van for a living.",
        (
            "I'm a delivery van driver.",
            "Driving a delivery van is how I earn a living.",
            "My job's driving a delivery van.",
        ),
        ("I drive a taxi for a living.", "My dad drives a delivery van for a living."),
    ),
    Fact(
        "My grandmother is 95.",
        (
            "My gran is ninety-five.",
            "My grandma is 95 years old.",
            "My grandmother's ninety-five years old.",
        ),
        ("My grandfather is 95.", "My grandmother was 95 when she passed away."),
    ),
    Fact(
        "I've never been outside Europe.",
        (
            "I've never travelled outside of Europe.",
            "I have not once left Europe.",
            "Europe is the only continent I've ever been to.",
        ),
        (
            "I'd never been outside Europe until last year.",
            "My parents have never been outside Europe.",
        ),
    ),
    Fact(
        "I'm not a fan of cilantro.",
        (
            "I don't like coriander.",
            "Cilantro isn't something I enjoy.",
            "I'm not big on cilantro.",
        ),
        ("I'm a big fan of cilantro.", "I'm not a fan of parsley."),
    ),
    Fact(
        "I have a Nintendo Switch.",
        ("I own a Nintendo Switch.", "I've got a Switch.", "I'm a Nintendo Switch owner."),
        ("I'm gonna get a Nintendo Switch for Christmas.", "I have a PlayStation 5."),
    ),
    Fact(
        "I broke my left wrist last month.",
        (
            "Last month I broke my left wrist.",
            "I fractured my left wrist a month ago.",
            "My left wrist got broken last month.",
        ),
        ("I broke my right wrist last month.", "I sprained my left wrist last month."),
    ),
    Fact(
        "I drink about two litres of water a day.",
        (
            "I get through roughly 2 litres of water each day.",
            "Every day I drink around two liters of water.",
            "My water intake is about two litres a day.",
        ),
        (
            "I drink about two litres of Coke a day.",
            "I should be drinking about two litres of water a day.",
        ),
    ),
    Fact(
        "I dropped out of university in my second year.",
        (
            "I left uni during my second year.",
            "In my second year I dropped out of college.",
            "I quit university partway through year two.",
        ),
        (
            "I dropped out of university in my final year.",
            "My brother dropped out of university in his second year.",
        ),
    ),
    Fact(
        "My manager is called Priya.",
        ("My boss's name is Priya.", "Priya is my manager.", "I report to a woman named Priya."),
        ("My old manager was called Priya.", "My mentor is called Priya."),
    ),
    Fact(
        "I visit my family in Poland twice a year.",
        (
            "Twice a year I go and see my family in Poland.",
            "I go back to Poland to visit my family two times a year.",
            "I head over to Poland to see my family twice yearly.",
        ),
        (
            "I visit my family in Poland once every two years.",
            "My family visits me from Poland twice a year.",
        ),
    ),
)

# The seventh held-out set: written (3 December) by a helper session that did not read the
# dedup code, and committed before HELDOUT6's failures were looked at; never tuned on.
# HELDOUT6 is studied from that commit on.
HELDOUT7 = (
    Fact(
        "I pay off my credit card in full every month.",
        (
            "Every month I clear my credit card balance in full.",
            "I pay my credit card off completely each month.",
            "My credit card gets paid off in full every month.",
        ),
        (
            "I only pay the minimum on my credit card every month.",
            "I used to pay off my credit card in full every month.",
        ),
    ),
    Fact(
        "I own a horse called Duchess.",
        ("Duchess is my horse.", "I've got a horse named Duchess.", "My horse's name is Duchess."),
        ("I ride a horse called Duchess.", "My niece owns a horse called Duchess."),
    ),
    Fact(
        "I get migraines a couple of times a month.",
        (
            "A couple of times a month I get a migraine.",
            "I suffer from migraines about twice a month.",
            "Roughly two times a month I'm hit with a migraine.",
        ),
        (
            "I get migraines a couple of times a year.",
            "I used to get migraines a couple of times a month.",
        ),
    ),
    Fact(
        "I use Linux as my main operating system.",
        (
            "My main OS is Linux.",
            "Linux is my daily driver.",
            "For my main operating system, I run Linux.",
        ),
        (
            "I use Windows as my main operating system.",
            "I'm thinking of switching to Linux as my main operating system.",
        ),
    ),
    Fact(
        "I failed my driving test three times.",
        (
            "I've failed my driving test 3 times.",
            "I flunked my driving test three times.",
            "Three times I failed my driving test.",
        ),
        ("I failed my driving test twice.", "I failed my driving theory test three times."),
    ),
    Fact(
        "My parents are divorced.",
        ("My mum and dad are divorced.", "My folks are divorced.", "My mom and dad got divorced."),
        ("My parents are getting divorced.", "My grandparents are divorced."),
    ),
    Fact(
        "I spent six months backpacking across South America.",
        (
            "I backpacked around South America for six months.",
            "For 6 months I went backpacking through South America.",
            "I did a six-month backpacking trip across South America.",
        ),
        (
            "I spent six months backpacking across Southeast Asia.",
            "I'd love to spend six months backpacking across South America.",
        ),
    ),
    Fact(
        "I have porridge for breakfast every day.",
        (
            "Every day I eat oatmeal for breakfast.",
            "It's porridge for breakfast for me, every single day.",
            "My breakfast is porridge every day.",
        ),
        ("I have porridge for breakfast at the weekend.", "I have toast for breakfast every day."),
    ),
    Fact(
        "My flat is on the fourth floor.",
        (
            "I live on the 4th floor.",
            "My apartment's on the fourth floor.",
            "I live in a fourth-floor flat.",
        ),
        ("My office is on the fourth floor.", "My flat is on the fourteenth floor."),
    ),
    Fact(
        "I'm a freelance graphic designer.",
        (
            "I work freelance as a graphic designer.",
            "I do graphic design on a freelance basis.",
            "I'm self-employed as a graphic designer.",
        ),
        ("I'm a freelance web designer.", "I'd love to go freelance as a graphic designer."),
    ),
    Fact(
        "I prefer showers to baths.",
        (
            "I'd rather have a shower than a bath.",
            "Showers over baths, for me.",
            "I like showering better than taking a bath.",
        ),
        ("I prefer baths to showers.", "My boyfriend prefers showers to baths."),
    ),
    Fact(
        "I do the crossword in the newspaper every morning.",
        (
            "Every morning I do the newspaper crossword.",
            "I solve the crossword in the paper each morning.",
            "Doing the crossword in the paper is part of my morning routine.",
        ),
        (
            "I do the sudoku in the newspaper every morning.",
            "I do the crossword in the newspaper every Sunday.",
        ),
    ),
    Fact(
        "I have a 55-inch TV in my living room.",
        (
            "The TV in my living room is 55 inches.",
            "I've got a fifty-five inch telly in the lounge.",
            "My living room television is a 55-inch one.",
        ),
        ("I have a 65-inch TV in my living room.", "I have a 55-inch TV in my bedroom."),
    ),
    Fact(
        "My brother-in-law Gareth is a pilot.",
        (
            "Gareth, my brother-in-law, is a pilot.",
            "My brother-in-law, Gareth, flies planes for a living.",
            "My brother-in-law's a pilot; his name's Gareth.",
        ),
        (
            "My father-in-law Gareth is a pilot.",
            "My brother-in-law Gareth was a pilot before he retired.",
        ),
    ),
)

# The eighth held-out set: written (3 December, the next session) by a helper session that
# did not read the dedup code nor see HELDOUT7's failures, and committed before any change
# drawn from them; it was measured once (1.10 memories per fact, 14.3% wrong merges at
# 0.8), then studied with HELDOUT7.
HELDOUT8 = (
    Fact(
        "I've got about £8,000 left to pay on my student loan.",
        (
            "I still owe roughly £8,000 on my student loan.",
            "There's around eight thousand pounds still outstanding on my student loan.",
            "My student loan's down to about £8,000 now.",
        ),
        (
            "I've got about £8,000 left to pay on my car loan.",
            "My sister's got about £8,000 left to pay on her student loan.",
        ),
    ),
    Fact(
        "I put ten percent of my salary into my pension.",
        (
            "Ten percent of my pay goes into my pension.",
            "I contribute 10% of my salary to my pension.",
            "A tenth of my salary gets paid into my pension.",
        ),
        (
            "My employer puts ten percent of my salary into my pension.",
            "I'm planning to put ten percent of my salary into my pension.",
        ),
    ),
    Fact(
        "I've had asthma since I was a kid.",
        (
            "I've been asthmatic since childhood.",
            "Ever since I was little I've had asthma.",
            "Asthma's something I've had since I was a child.",
        ),
        ("I had asthma as a kid but I grew out of it.", "I've had eczema since I was a kid."),
    ),
    Fact(
        "I'm having knee surgery in two weeks.",
        (
            "I've got knee surgery coming up in a fortnight.",
            "In two weeks' time I'm going in for an operation on my knee.",
            "My knee operation is scheduled for two weeks from now.",
        ),
        ("I had knee surgery two weeks ago.", "I'm having hip surgery in two weeks."),
    ),
    Fact(
        "My neighbour Sue waters my plants when I'm away.",
        (
            "When I'm away, my neighbour Sue waters my plants.",
            "Sue, my neighbour, looks after watering my plants whenever I'm away.",
            "My plants get watered by my neighbour Sue while I'm away.",
        ),
        (
            "I water my neighbour Sue's plants when she's away.",
            "My neighbour Sue feeds my cat when I'm away.",
        ),
    ),
    Fact(
        "We've got solar panels on our roof.",
        (
            "Our roof has solar panels on it.",
            "There are solar panels on the roof of our house.",
            "Our house has solar panels fitted on the roof.",
        ),
        (
            "We're thinking of getting solar panels on our roof.",
            "Our neighbours have got solar panels on their roof.",
        ),
    ),
    Fact(
        "I'm taking a pottery evening class on Thursdays.",
        (
            "On Thursday evenings I go to a pottery class.",
            "I do a pottery class every Thursday evening.",
            "Thursdays I've got my evening pottery class.",
        ),
        (
            "I'm teaching a pottery evening class on Thursdays.",
            "I'm taking a pottery class on Thursday mornings.",
        ),
    ),
    Fact(
        "I weigh about 70 kilos.",
        (
            "My weight is roughly 70 kg.",
            "I'm around seventy kilograms.",
            "I come in at about 70 kilos on the scales.",
        ),
        ("I used to weigh about 70 kilos.", "I weigh about 75 kilos."),
    ),
    Fact(
        "I can touch-type at about 80 words per minute.",
        (
            "I touch-type at roughly 80 wpm.",
            "My touch-typing speed is around eighty words a minute.",
            "Without looking at the keys, I can type about 80 words a minute.",
        ),
        (
            "I can touch-type at about 40 words per minute.",
            "My daughter can touch-type at about 80 words per minute.",
        ),
    ),
    Fact(
        "I only ever travel with hand luggage.",
        (
            "I never check a bag when I travel, it's always just carry-on.",
            "Hand luggage only, that's how I always travel.",
            "Whenever I travel I take nothing but hand luggage.",
        ),
        (
            "I never travel with just hand luggage.",
            "I only ever travel with hand luggage on short trips.",
        ),
    ),
    Fact(
        "I'm in a pub quiz team that plays every Tuesday.",
        (
            "Every Tuesday I play in the pub quiz with my team.",
            "I'm part of a pub quiz team, and we play on Tuesdays.",
            "On Tuesdays I do the pub quiz with my team.",
        ),
        (
            "I host the pub quiz every Tuesday.",
            "I used to be in a pub quiz team that played every Tuesday.",
        ),
    ),
    Fact(
        "I sleep on the left side of the bed.",
        (
            "The left side of the bed is my side.",
            "I always take the left-hand side of the bed.",
            "My side of the bed is the left one.",
        ),
        ("I sleep on the right side of the bed.", "My dog sleeps on the left side of the bed."),
    ),
    Fact(
        "I back up my photos to an external hard drive once a month.",
        (
            "Once a month, I copy my photos onto an external hard drive as a backup.",
            "My photos get backed up to an external drive monthly.",
            "Every month I save a backup of my pictures on an external hard disk.",
        ),
        (
            "I back up my photos to the cloud once a month.",
            "I keep meaning to back up my photos to an external hard drive once a month.",
        ),
    ),
    Fact(
        "I was a lifeguard at the local pool when I was a teenager.",
        (
            "As a teenager I worked as a lifeguard at the local pool.",
            "Back in my teens I was a lifeguard at our local swimming pool.",
            "I had a job lifeguarding at the local pool in my teens.",
        ),
        (
            "My son was a lifeguard at the local pool when he was a teenager.",
            "I was a lifeguard at the local beach when I was a teenager.",
        ),
    ),
)

# The ninth held-out set: written (3 December) by a helper session that did not read the
# dedup code, and committed before HELDOUT7's and HELDOUT8's failures were looked at;
# never tuned on. Its writer's report named each near-miss's kind, which the lead read:
# the words of those kinds that no studied set held were kept out of the signs.
HELDOUT9 = (
    Fact(
        "I split a Netflix subscription with my flatmates.",
        (
            "My flatmates and I share the cost of a Netflix subscription.",
            "The cost of our Netflix subscription is split between me and my flatmates.",
            "My flatmates and I all chip in for one Netflix subscription.",
        ),
        (
            "I split a Disney+ subscription with my flatmates.",
            "I split a Netflix subscription with my parents.",
        ),
    ),
    Fact(
        "I sing alto in a community choir.",
        (
            "I'm an alto in a community choir.",
            "In a community choir, I'm one of the altos.",
            "I'm in a community choir, where I sing the alto part.",
        ),
        ("I sing soprano in a community choir.", "I used to sing alto in a community choir."),
    ),
    Fact(
        "I had my appendix taken out when I was nineteen.",
        (
            "My appendix was removed when I was nineteen.",
            "At nineteen, I had my appendix out.",
            "I had an appendectomy at the age of 19.",
        ),
        (
            "I had my appendix taken out when I was nine.",
            "I had my tonsils taken out when I was nineteen.",
        ),
    ),
    Fact(
        "I lease my car through work.",
        (
            "My car's leased through my employer.",
            "I get my car on a lease through my job.",
            "The car I drive is leased via my work.",
        ),
        ("I lease my car through a dealership.", "I don't lease my car through work."),
    ),
    Fact(
        "My home office is in the spare bedroom.",
        (
            "I've set up my home office in the spare bedroom.",
            "The spare bedroom is where I have my home office.",
            "I use the spare bedroom as my home office.",
        ),
        ("My home office is in the garage.", "I'm turning the spare bedroom into my home office."),
    ),
    Fact(
        "I've got three months' worth of expenses saved in an emergency fund.",
        (
            "My emergency fund would cover three months of my expenses.",
            "I keep enough in an emergency fund to cover three months of expenses.",
            "Three months of living costs are put aside in my emergency fund.",
        ),
        (
            "I've got six months' worth of expenses saved in an emergency fund.",
            "I'd like to have three months' worth of expenses saved in an emergency fund.",
        ),
    ),
    Fact(
        "I went to boarding school from the age of eleven.",
        (
            "I was at boarding school from when I was eleven.",
            "From age 11 onwards, I boarded at school.",
            "I started at boarding school when I was eleven.",
        ),
        (
            "My brother went to boarding school from the age of eleven.",
            "I went to boarding school until the age of eleven.",
        ),
    ),
    Fact(
        "I'm scared of deep water.",
        (
            "Deep water frightens me.",
            "I've got a fear of deep water.",
            "Being in deep water scares me.",
        ),
        ("I used to be scared of deep water.", "I'm a bit nervous of deep water."),
    ),
    Fact(
        "I play five-a-side football on Wednesday nights.",
        (
            "On Wednesday nights I play five-a-side.",
            "Wednesday evenings are when I play five-a-side football.",
            "Five-a-side football is what I play on Wednesday nights.",
        ),
        (
            "I referee five-a-side football on Wednesday nights.",
            "I play five-a-side football on Wednesday lunchtimes.",
        ),
    ),
    Fact(
        "I read to kids at the local library once a month.",
        (
            "Once a month, I go and read to children at the local library.",
            "Every month I do a reading session for kids at the local library.",
            "Kids at the local library get read to by me once a month.",
        ),
        (
            "I read to kids at the local library once a week.",
            "I read to kids at the local school once a month.",
        ),
    ),
    Fact(
        "I take the kids to school on Mondays and Wednesdays.",
        (
            "On Mondays and Wednesdays, I do the school drop-off for the kids.",
            "It's me who takes the kids to school on Mondays and Wednesdays.",
            "The kids get dropped off at school by me on Mondays and Wednesdays.",
        ),
        (
            "My ex takes the kids to school on Mondays and Wednesdays.",
            "I pick the kids up from school on Mondays and Wednesdays.",
        ),
    ),
    Fact(
        "I've cut sugar out of my diet completely.",
        (
            "I don't eat any sugar at all anymore.",
            "Sugar's gone from my diet entirely.",
            "I've completely eliminated sugar from what I eat.",
        ),
        (
            "I'm planning to cut sugar out of my diet completely.",
            "I've cut dairy out of my diet completely.",
        ),
    ),
    Fact(
        "I'm studying psychology part-time with the Open University.",
        (
            "I'm doing a part-time psychology course through the Open University.",
            "Part-time, I study psychology at the Open University.",
            "Psychology is what I'm studying, part-time, with the Open University.",
        ),
        (
            "I'm teaching psychology part-time with the Open University.",
            "I'm studying psychology full-time with the Open University.",
        ),
    ),
    Fact(
        "I bite my nails when I'm stressed.",
        (
            "When I'm stressed, I bite my nails.",
            "Stress makes me bite my nails.",
            "I've got a habit of chewing my nails whenever I'm under stress.",
        ),
        ("I bite my nails when I'm bored.", "I bite my lip when I'm stressed."),
    ),
)

# The tenth held-out set: written (3 December) by a helper session that did not read the
# dedup code and reported nothing of its content, and committed before the dedup used
# WordNet. Measured at 0.8 before WordNet (1.02 memories per fact, 26.2% wrong merges),
# after it (1.05, 23.8%) and after HELDOUT9's study (1.07, 23.8%), then studied.
HELDOUT10 = (
    Fact(
        "I've got a tattoo of a swallow on my left ankle.",
        (
            "There's a swallow tattooed on my left ankle.",
            "On my left ankle I have a swallow tattoo.",
            "My left ankle has a tattoo of a swallow on it.",
        ),
        (
            "I've got a tattoo of a swallow on my right ankle.",
            "I've had a tattoo of a swallow removed from my left ankle.",
        ),
    ),
    Fact(
        "I help my mum out with her rent every month.",
        (
            "Every month I put some money towards my mum's rent.",
            "My mum gets help from me with her rent each month.",
            "I contribute to my mum's rent on a monthly basis.",
        ),
        (
            "My mum helps me out with my rent every month.",
            "I pay all of my mum's rent every month.",
        ),
    ),
    Fact(
        "I see a therapist every other Thursday.",
        (
            "Every second Thursday, I have a session with my therapist.",
            "I've got therapy on alternate Thursdays.",
            "Once a fortnight, on a Thursday, I go to see my therapist.",
        ),
        ("I see a therapist every Thursday.", "My partner sees a therapist every other Thursday."),
    ),
    Fact(
        "I've got about twenty years left on my mortgage.",
        (
            "There are roughly twenty years left to run on my mortgage.",
            "My mortgage has around two decades still to go.",
            "I'll be paying off my mortgage for about another 20 years.",
        ),
        (
            "I took out my mortgage about twenty years ago.",
            "I've got about ten years left on my mortgage.",
        ),
    ),
    Fact(
        "I'm the treasurer of the PTA at my kids' school.",
        (
            "I'm the PTA treasurer at my children's school.",
            "At my kids' school, I look after the PTA's money as its treasurer.",
            "The PTA at my kids' school has me as its treasurer.",
        ),
        (
            "I'm the chair of the PTA at my kids' school.",
            "I'm standing for treasurer of the PTA at my kids' school.",
        ),
    ),
    Fact(
        "I give blood every four months.",
        (
            "Every four months I go and donate blood.",
            "I'm a blood donor, and I donate once every four months.",
            "Donating blood is something I do every four months.",
        ),
        ("I give plasma every four months.", "I gave blood four months ago."),
    ),
    Fact(
        "My daughter's starting university in September.",
        (
            "In September my daughter starts uni.",
            "My daughter will begin university this September.",
            "September is when my daughter goes off to university.",
        ),
        (
            "My daughter's finishing university in September.",
            "My daughter was supposed to start university in September.",
        ),
    ),
    Fact(
        "I get paid on the last Friday of the month.",
        (
            "My payday is the last Friday of each month.",
            "My salary comes in on the final Friday of every month.",
            "The last Friday of the month is when I get my wages.",
        ),
        (
            "I get paid on the first Friday of the month.",
            "I pay my cleaner on the last Friday of the month.",
        ),
    ),
    Fact(
        "I've been sober for three years.",
        (
            "I haven't had a drink in three years.",
            "It's been three years since I last drank alcohol.",
            "I've not touched alcohol for three years now.",
        ),
        ("I've been sober for three months.", "I've been trying to get sober for three years."),
    ),
    Fact(
        "I'm on the waiting list for an allotment.",
        (
            "I've put my name down for an allotment and I'm waiting for one to come up.",
            "My name's on the allotment waiting list.",
            "I'm waiting to be offered an allotment.",
        ),
        (
            "I'm on the waiting list for a bigger allotment.",
            "I came off the waiting list for an allotment last week.",
        ),
    ),
    Fact(
        "I always cook dinner and my partner does the washing up.",
        (
            "My partner does the washing up, and I'm always the one who cooks dinner.",
            "Dinner is always cooked by me, while my partner washes up.",
            "In our house, I always make dinner and my partner does the dishes.",
        ),
        (
            "My partner always cooks dinner and I do the washing up.",
            "I sometimes cook dinner and my partner does the washing up.",
        ),
    ),
    Fact(
        "I was adopted when I was a baby.",
        (
            "I was adopted as a baby.",
            "My parents adopted me when I was a baby.",
            "I got adopted when I was still a baby.",
        ),
        ("I adopted a baby.", "I was adopted when I was six."),
    ),
    Fact(
        "I take a multivitamin every morning.",
        (
            "Every morning I have a multivitamin.",
            "I start every day by taking a multivitamin.",
            "A multivitamin is something I take each morning.",
        ),
        (
            "I take a multivitamin every morning, but only in the winter.",
            "I keep meaning to take a multivitamin every morning.",
        ),
    ),
    Fact(
        "I'm a qualified first aider at work.",
        (
            "At work, I'm a trained first aider.",
            "I'm qualified as a first aider for my workplace.",
            "I hold a first aid qualification and act as a first aider at work.",
        ),
        ("I'm training to be a first aider at work.", "I'm a qualified fire warden at work."),
    ),
)

# The eleventh held-out set: written (3 December) by a helper session that did not read
# the dedup code and reported nothing of its content, committed before HELDOUT10's
# failures were looked at. Measured at 0.8 before HELDOUT10's study (1.24 memories per
# fact, 9.5% wrong merges) and after it (1.26, 7.1%), then studied.
HELDOUT11 = (
    Fact(
        "I'm left-handed.",
        ("I'm a leftie.", "My dominant hand is my left one.", "I'm naturally left-handed."),
        ("I'm left-footed.", "I used to be left-handed."),
    ),
    Fact(
        "I keep two beehives at the bottom of my garden.",
        (
            "At the bottom of my garden I've got two beehives.",
            "I've got a pair of beehives down at the end of my garden.",
            "There are two beehives at the bottom of my garden that I look after.",
        ),
        (
            "I keep two beehives at the bottom of my allotment.",
            "I'm planning to keep two beehives at the bottom of my garden.",
        ),
    ),
    Fact(
        "My son has dyslexia.",
        ("My son is dyslexic.", "My boy's got dyslexia.", "Dyslexia is something my son has."),
        ("My son has dyspraxia.", "I think my son might have dyslexia."),
    ),
    Fact(
        "I coach my daughter's under-10 netball team.",
        (
            "I'm the coach of my daughter's under-10 netball team.",
            "My daughter's under-10 netball team is coached by me.",
            "I'm the one who coaches the under-10 netball team my daughter plays in.",
        ),
        (
            "My husband coaches my daughter's under-10 netball team.",
            "I coach my daughter's under-12 netball team.",
        ),
    ),
    Fact(
        "I brew my own beer at home.",
        (
            "I make my own beer at home.",
            "I'm into home brewing and make my own beer.",
            "Home-brewing my own beer is something I do.",
        ),
        ("I brew my own cider at home.", "I brew my own beer at home, but only around Christmas."),
    ),
    Fact(
        "I've got a lodger who pays me £500 a month.",
        (
            "My lodger pays me £500 a month.",
            "I rent a room out to a lodger for £500 a month.",
            "There's a lodger living with me who pays £500 every month.",
        ),
        ("I've got a lodger who pays me £500 a week.", "I'm a lodger and I pay £500 a month."),
    ),
    Fact(
        "I'm half Italian on my mum's side.",
        (
            "I'm half Italian through my mother.",
            "On my mother's side, I'm half Italian.",
            "My Italian half comes from my mum.",
        ),
        ("I'm half Italian on my dad's side.", "I'm a quarter Italian on my mum's side."),
    ),
    Fact(
        "I do a big online food shop every Thursday night.",
        (
            "Every Thursday night I do a big food shop online.",
            "I place a big online grocery order every Thursday evening.",
            "Thursday nights are when I do my big food shop online.",
        ),
        (
            "I do a big food shop at the supermarket every Thursday night.",
            "I do a big online food shop every Thursday morning.",
        ),
    ),
    Fact(
        "I've got mild hearing loss in my right ear.",
        (
            "I'm a bit deaf in my right ear.",
            "My right ear has some mild hearing loss.",
            "The hearing in my right ear is slightly impaired.",
        ),
        (
            "I've got severe hearing loss in my right ear.",
            "I've got mild hearing loss in my left ear.",
        ),
    ),
    Fact(
        "I lost my dad two years ago.",
        (
            "My dad died two years ago.",
            "My father passed away two years back.",
            "It's been two years since my dad died.",
        ),
        ("I lost my dad two months ago.", "I lost my dad's watch two years ago."),
    ),
    Fact(
        "I'm a member of the National Trust.",
        (
            "I belong to the National Trust.",
            "I have a National Trust membership.",
            "I'm signed up as a National Trust member.",
        ),
        ("I'm not a member of the National Trust.", "I'm a volunteer for the National Trust."),
    ),
    Fact(
        "I sell handmade candles on Etsy.",
        (
            "I make candles by hand and sell them on Etsy.",
            "I've got an Etsy shop where I sell candles I make by hand.",
            "Handmade candles are what I sell on Etsy.",
        ),
        ("I sell handmade candles at the local market.", "I buy handmade candles on Etsy."),
    ),
    Fact(
        "I get my hair cut every six weeks.",
        (
            "I have a haircut every six weeks.",
            "Every six weeks I go and get my hair cut.",
            "My hair gets cut once every six weeks.",
        ),
        ("I get my hair cut every six months.", "I cut my own hair every six weeks."),
    ),
    Fact(
        "My partner works offshore and is away for two weeks at a time.",
        (
            "My partner has an offshore job and is gone for two weeks at a stretch.",
            "My partner's away for two weeks at a time because they work offshore.",
            "Working offshore, my partner spends two weeks away each time.",
        ),
        (
            "My partner works offshore and is away for four weeks at a time.",
            "My partner wants to work offshore and be away for two weeks at a time.",
        ),
    ),
)

# The twelfth held-out set: written (3 December) by a helper session that did not read
# the dedup code and reported nothing of its content, committed before HELDOUT11's
# failures were looked at. Measured before HELDOUT11's study (1.21 memories per fact,
# 16.7% wrong merges at 0.8) and after it, with the same figures; studied once HELDOUT13
# was committed (2.4% after its study).
HELDOUT12 = (
    Fact(
        "I play bass in a covers band.",
        (
            "I'm the bassist in a covers band.",
            "In a covers band, I'm the one on bass.",
            "I'm in a covers band, playing bass.",
        ),
        ("I play drums in a covers band.", "I'd love to play bass in a covers band."),
    ),
    Fact(
        "My wedding anniversary is on the 14th of June.",
        (
            "The 14th of June is my wedding anniversary.",
            "I celebrate my wedding anniversary on June 14th.",
            "My anniversary of getting married falls on the fourteenth of June.",
        ),
        (
            "My parents' wedding anniversary is on the 14th of June.",
            "My wedding anniversary is on the 4th of June.",
        ),
    ),
    Fact(
        "I'm training to become a driving instructor.",
        (
            "I'm in training to be a driving instructor.",
            "I'm working towards qualifying as a driving instructor.",
            "Becoming a driving instructor is what I'm currently training for.",
        ),
        ("I'm training a new driving instructor.", "I've just qualified as a driving instructor."),
    ),
    Fact(
        "I sold my house last spring.",
        (
            "Last spring, I sold my house.",
            "My house was sold last spring.",
            "I sold my home back in the spring of last year.",
        ),
        ("I bought my house last spring.", "I nearly sold my house last spring."),
    ),
    Fact(
        "I snore really loudly.",
        (
            "My snoring is really loud.",
            "I'm a really loud snorer.",
            "When I'm asleep I snore really loudly.",
        ),
        ("My husband snores really loudly.", "I snore, but not very loudly."),
    ),
    Fact(
        "I do my own tax return every January.",
        (
            "Every January I file my own tax return.",
            "I sort out my tax return myself each January.",
            "My tax return is something I do myself every January.",
        ),
        ("My accountant does my tax return every January.", "I do my own tax return every April."),
    ),
    Fact(
        "I've got dual British and Canadian citizenship.",
        (
            "I hold both British and Canadian citizenship.",
            "I'm a dual citizen of Britain and Canada.",
            "I'm a citizen of both the UK and Canada.",
        ),
        (
            "I've applied for dual British and Canadian citizenship.",
            "I've got dual British and Australian citizenship.",
        ),
    ),
    Fact(
        "My youngest goes to nursery three mornings a week.",
        (
            "Three mornings a week, my youngest goes to nursery.",
            "My youngest child is at nursery on three mornings each week.",
            "My littlest one attends nursery three mornings a week.",
        ),
        (
            "My youngest goes to nursery three afternoons a week.",
            "My youngest goes to nursery two mornings a week.",
        ),
    ),
    Fact(
        "I've got a hot tub in the back garden.",
        (
            "There's a hot tub in my back garden.",
            "In my back garden I've got a hot tub.",
            "My back garden has a hot tub in it.",
        ),
        (
            "I used to have a hot tub in the back garden.",
            "I'm getting a hot tub put in the back garden.",
        ),
    ),
    Fact(
        "I rent out a flat I own in Manchester.",
        (
            "I own a flat in Manchester that I let out.",
            "I've got a flat in Manchester that I rent to tenants.",
            "A flat I own in Manchester is rented out to tenants.",
        ),
        ("I rent a flat in Manchester.", "I rent out two flats I own in Manchester."),
    ),
    Fact(
        "I sleepwalk now and then.",
        (
            "Every so often I sleepwalk.",
            "I occasionally walk in my sleep.",
            "Now and again I'll sleepwalk.",
        ),
        ("I talk in my sleep now and then.", "I sleepwalk most nights."),
    ),
    Fact(
        "I'm doing Dry January this year.",
        (
            "This year I'm doing Dry January.",
            "I'm taking part in Dry January this year.",
            "I'm giving up booze for Dry January this year.",
        ),
        ("I'm not doing Dry January this year.", "My flatmate's doing Dry January this year."),
    ),
    Fact(
        "My phone contract runs out in May.",
        (
            "My phone contract ends in May.",
            "In May my mobile contract comes to an end.",
            "The contract on my phone expires in May.",
        ),
        ("My broadband contract runs out in May.", "My phone contract ran out in May."),
    ),
    Fact(
        "I play the organ at my local church on Sundays.",
        (
            "On Sundays I play the organ at my local church.",
            "I'm the Sunday organist at my local church.",
            "At my local church, it's me who plays the organ on Sundays.",
        ),
        (
            "I turn the pages for the organist at my local church on Sundays.",
            "I play the organ at my local church for weddings.",
        ),
    ),
)

# The thirteenth held-out set: written (3 December) by a helper session that did not read
# the dedup code and reported nothing of its content, committed before HELDOUT12's
# failures were looked at. Measured unseen after HELDOUT12's study (1.22 memories per
# fact, 7.9% wrong merges at 0.8, as before it); studied once HELDOUT14 was committed.
HELDOUT13 = (
    Fact(
        "I work as a nurse at the city hospital.",
        (
            "I'm a nurse at the city hospital.",
            "My job is nursing at the city hospital.",
            "The city hospital employs me as a nurse.",
        ),
        (
            "I work as a doctor at the city hospital.",
            "My wife works as a nurse at the city hospital.",
        ),
    ),
    Fact(
        "I have two cats.",
        (
            "I own two cats.",
            "I've got a pair of cats.",
            "I'm the owner of 2 cats.",
        ),
        (
            "I have three cats.",
            "I have two dogs.",
        ),
    ),
    Fact(
        "I'm allergic to peanuts.",
        (
            "I have a peanut allergy.",
            "Peanuts trigger an allergic reaction in me.",
            "I've got an allergy to peanuts.",
        ),
        (
            "My son is allergic to peanuts.",
            "I'm allergic to cashews.",
        ),
    ),
    Fact(
        "I go running every morning before work.",
        (
            "Every morning before work, I go for a run.",
            "I run each morning before I start work.",
            "I head out for a run every morning prior to work.",
        ),
        (
            "I go running every evening after work.",
            "I used to go running every morning before work.",
        ),
    ),
    Fact(
        "My birthday is on March 14th.",
        (
            "I was born on the 14th of March.",
            "March 14 is my birthday.",
            "I celebrate my birthday on the fourteenth of March.",
        ),
        (
            "My daughter's birthday is on March 14th.",
            "My birthday is on March 24th.",
        ),
    ),
    Fact(
        "I drive a blue Toyota Corolla.",
        (
            "My car is a blue Toyota Corolla.",
            "The car I drive is a Toyota Corolla in blue.",
            "I get around in a blue Toyota Corolla.",
        ),
        (
            "I drive a red Toyota Corolla.",
            "I want to buy a blue Toyota Corolla.",
        ),
    ),
    Fact(
        "I speak fluent Spanish.",
        (
            "I'm fluent in Spanish.",
            "My Spanish is fluent.",
            "I can speak Spanish fluently.",
        ),
        (
            "I'm learning to speak Spanish.",
            "I speak fluent Portuguese.",
        ),
    ),
    Fact(
        "I pay 1,200 dollars a month in rent.",
        (
            "My monthly rent is $1,200.",
            "Rent costs me twelve hundred dollars every month.",
            "Each month I pay $1200 for rent.",
        ),
        (
            "I pay 1,500 dollars a month in rent.",
            "I pay 1,200 dollars a month on my mortgage.",
        ),
    ),
    Fact(
        "I don't eat meat.",
        (
            "I avoid eating meat.",
            "Meat isn't something I eat.",
            "I do not eat any meat.",
        ),
        (
            "I don't eat dairy.",
            "I don't eat meat on Fridays.",
        ),
    ),
    Fact(
        "My husband and I have been married for ten years.",
        (
            "I've been married to my husband for 10 years.",
            "It has been ten years since my husband and I got married.",
            "My husband and I have been wed for a decade.",
        ),
        (
            "My husband and I were married for ten years.",
            "My husband and I have been together for ten years.",
        ),
    ),
    Fact(
        "I take the train to work.",
        (
            "I commute to work by train.",
            "The train is how I get to work.",
            "I ride the train to my job.",
        ),
        (
            "I take the bus to work.",
            "I sometimes take the train to work.",
        ),
    ),
    Fact(
        "I'm planning to visit Japan next spring.",
        (
            "I plan to go to Japan next spring.",
            "Next spring I intend to travel to Japan.",
            "A trip to Japan is in my plans for next spring.",
        ),
        (
            "I visited Japan last spring.",
            "I'm planning to visit Japan next autumn.",
        ),
    ),
    Fact(
        "I play the piano.",
        (
            "I'm a piano player.",
            "Playing the piano is something I do.",
            "The piano is an instrument I play.",
        ),
        (
            "I teach the piano.",
            "I'd like to play the piano.",
        ),
    ),
    Fact(
        "I'm six feet tall.",
        (
            "I am 6 feet tall.",
            "My height is six feet.",
            "I stand six feet tall.",
        ),
        (
            "I'm five feet tall.",
            "I'm taller than six feet.",
        ),
    ),
    Fact(
        "My mother lives with me.",
        (
            "I live with my mother.",
            "My mom shares my home.",
            "My mother and I live together.",
        ),
        (
            "My mother lives near me.",
            "My mother lived with me.",
        ),
    ),
    Fact(
        "I go to bed at 11 pm on weeknights.",
        (
            "On weeknights I go to sleep at eleven in the evening.",
            "My bedtime on weeknights is 11 pm.",
            "I turn in at 11 at night during the work week.",
        ),
        (
            "I go to bed at 11 pm on weekends.",
            "I go to bed at 1 am on weeknights.",
        ),
    ),
    Fact(
        "I have a PhD in chemistry.",
        (
            "I hold a doctorate in chemistry.",
            "I earned a PhD in chemistry.",
            "My PhD is in chemistry.",
        ),
        (
            "I'm working on a PhD in chemistry.",
            "I have a master's degree in chemistry.",
        ),
    ),
    Fact(
        "I bought my house in 2015.",
        (
            "I purchased my house in 2015.",
            "My house was bought by me back in 2015.",
            "It was in two thousand fifteen that I bought my house.",
        ),
        (
            "I sold my house in 2015.",
            "I bought my house in 2005.",
        ),
    ),
    Fact(
        "I drink two cups of coffee every day.",
        (
            "Every day I have 2 cups of coffee.",
            "My daily coffee intake is two cups.",
            "Each day I drink two cups of coffee.",
        ),
        (
            "I drink two cups of tea every day.",
            "I drink two cups of coffee every week.",
        ),
    ),
    Fact(
        "I manage a team of eight engineers.",
        (
            "I'm the manager of an eight-person engineering team.",
            "A team of 8 engineers reports to me.",
            "I lead a group of eight engineers as their manager.",
        ),
        (
            "I'm part of a team of eight engineers.",
            "I manage a team of eight designers.",
        ),
    ),
    Fact(
        "I cook dinner for my kids every night.",
        (
            "Every night I make dinner for my kids.",
            "My children get dinner cooked by me each night.",
            "I prepare my kids' dinner every evening.",
        ),
        (
            "My kids cook dinner for me every night.",
            "I cook dinner for my kids every Sunday.",
        ),
    ),
)

# The fourteenth held-out set: written (3 December) by a helper session that did not read
# the dedup code and reported nothing of its content, committed before HELDOUT13's
# failures were looked at. Measured unseen before HELDOUT13's study (1.25 memories per
# fact, 9.5% wrong merges at 0.8) and after it (1.21 / 9.5%); studied once HELDOUT15 was
# committed (4.8% after its study).
HELDOUT14 = (
    Fact(
        "I have two cats.",
        (
            "I own two cats.",
            "I've got a pair of cats.",
            "I'm the owner of two cats.",
        ),
        (
            "I have three cats.",
            "I had two cats.",
        ),
    ),
    Fact(
        "I work as a nurse at a children's hospital.",
        (
            "I'm employed as a nurse at a children's hospital.",
            "My job is nursing at a hospital for children.",
            "At a children's hospital, I work as a nurse.",
        ),
        (
            "I work as a doctor at a children's hospital.",
            "My wife works as a nurse at a children's hospital.",
        ),
    ),
    Fact(
        "I am allergic to peanuts.",
        (
            "I have a peanut allergy.",
            "Peanuts give me an allergic reaction.",
            "I'm allergic to peanuts.",
        ),
        (
            "I am allergic to walnuts.",
            "I am no longer allergic to peanuts.",
        ),
    ),
    Fact(
        "I go running every morning.",
        (
            "Every morning I go for a run.",
            "I run each morning.",
            "I head out for a jog every single morning.",
        ),
        (
            "I go running every evening.",
            "I go running every Sunday morning.",
        ),
    ),
    Fact(
        "My daughter was born on 12 March 2015.",
        (
            "My daughter's date of birth is March 12, 2015.",
            "I had my daughter on the twelfth of March, 2015.",
            "My daughter was born on the 12th of March, 2015.",
        ),
        (
            "My son was born on 12 March 2015.",
            "My daughter was born on 12 March 2016.",
        ),
    ),
    Fact(
        "I drive a red Toyota Corolla.",
        (
            "My car is a red Toyota Corolla.",
            "A red Toyota Corolla is what I drive.",
            "I get around in a red Corolla made by Toyota.",
        ),
        (
            "I drive a blue Toyota Corolla.",
            "I want a red Toyota Corolla.",
        ),
    ),
    Fact(
        "I speak fluent Spanish.",
        (
            "I'm fluent in Spanish.",
            "Spanish is a language I speak fluently.",
            "I can speak Spanish fluently.",
        ),
        (
            "I speak basic Spanish.",
            "My husband speaks fluent Spanish.",
        ),
    ),
    Fact(
        "I pay 1,200 dollars a month in rent.",
        (
            "My monthly rent is $1,200.",
            "Rent costs me twelve hundred dollars every month.",
            "Each month I pay $1200 in rent.",
        ),
        (
            "I pay 1,200 dollars a month for my mortgage.",
            "I pay 1,500 dollars a month in rent.",
        ),
    ),
    Fact(
        "I am vegetarian.",
        (
            "I'm a vegetarian.",
            "I don't eat meat or fish.",
            "I follow a vegetarian diet.",
        ),
        (
            "I am vegan.",
            "I used to be vegetarian.",
        ),
    ),
    Fact(
        "I have been playing the guitar for ten years.",
        (
            "I've played guitar for a decade.",
            "For ten years now, I have been a guitar player.",
            "I started playing the guitar ten years ago and still play.",
        ),
        (
            "I have been playing the guitar for two years.",
            "I have been teaching the guitar for ten years.",
        ),
    ),
    Fact(
        "I'm flying to Tokyo next Friday.",
        (
            "Next Friday I'll be taking a flight to Tokyo.",
            "I have a flight to Tokyo booked for next Friday.",
            "I'm going to Tokyo by plane next Friday.",
        ),
        (
            "I'm flying back from Tokyo next Friday.",
            "I'm flying to Tokyo next month.",
        ),
    ),
    Fact(
        "I take my coffee black with no sugar.",
        (
            "I drink my coffee black, without sugar.",
            "I have my coffee black and unsweetened.",
            "Black coffee with no sugar is how I take it.",
        ),
        (
            "I take my coffee black with two sugars.",
            "I take my tea black with no sugar.",
        ),
    ),
    Fact(
        "I go to bed around 11 pm on weeknights.",
        (
            "On weeknights, I usually go to sleep at about eleven at night.",
            "My weeknight bedtime is roughly 11 p.m.",
            "I hit the sack around 11 in the evening on weeknights.",
        ),
        (
            "I go to bed around 11 pm on weekends.",
            "I go to bed around 1 am on weeknights.",
        ),
    ),
    Fact(
        "I share my apartment with my brother.",
        (
            "My brother and I share an apartment.",
            "I live in a flat with my brother.",
            "My brother is my flatmate.",
        ),
        (
            "I share my apartment with my sister.",
            "I used to share my apartment with my brother.",
        ),
    ),
    Fact(
        "I have type 1 diabetes.",
        (
            "I'm a type 1 diabetic.",
            "I suffer from type 1 diabetes.",
            "I live with type one diabetes.",
        ),
        (
            "I have type 2 diabetes.",
            "My father has type 1 diabetes.",
        ),
    ),
    Fact(
        "I can't swim.",
        (
            "I don't know how to swim.",
            "I'm unable to swim.",
            "Swimming is something I never learned to do.",
        ),
        (
            "I can't swim very well.",
            "I don't like swimming.",
        ),
    ),
    Fact(
        "I bought my house in 2018.",
        (
            "I purchased my home in 2018.",
            "My house was bought by me in 2018.",
            "It was in 2018 that I became the owner of my house.",
        ),
        (
            "I sold my house in 2018.",
            "I bought my house in 2008.",
        ),
    ),
    Fact(
        "I walk my neighbour's dog on Saturdays.",
        (
            "On Saturdays I take my neighbour's dog for a walk.",
            "Every Saturday I walk the dog that belongs to my neighbour.",
            "My neighbour's dog gets walked by me on Saturdays.",
        ),
        (
            "My neighbour walks my dog on Saturdays.",
            "I feed my neighbour's dog on Saturdays.",
        ),
    ),
    Fact(
        "I earn about 60,000 euros a year.",
        (
            "My annual income is roughly 60,000 euros.",
            "I make around sixty thousand euros per year.",
            "Each year I bring in approximately 60k euros.",
        ),
        (
            "I earn about 60,000 dollars a year.",
            "I spend about 60,000 euros a year.",
        ),
    ),
    Fact(
        "I prefer the mountains to the beach.",
        (
            "I like the mountains better than the beach.",
            "Given the choice, I'd pick the mountains over the beach.",
            "Mountains appeal to me more than beaches do.",
        ),
        (
            "I prefer the beach to the mountains.",
            "My wife prefers the mountains to the beach.",
        ),
    ),
    Fact(
        "I stopped smoking three years ago.",
        (
            "I quit smoking three years ago.",
            "It's been three years since I gave up cigarettes.",
            "Three years ago, I kicked the smoking habit.",
        ),
        (
            "I started smoking three years ago.",
            "I stopped smoking three months ago.",
        ),
    ),
)

# The fifteenth held-out set: written (3 December) by a helper session that did not read
# the dedup code and reported nothing of its content, committed before HELDOUT14's
# failures were looked at. Measured unseen before HELDOUT14's study (1.13 memories per
# fact, 7.9% wrong merges at 0.8) and after it (1.16 / 4.8%); studied once HELDOUT16 was
# committed (0% after its study).
HELDOUT15 = (
    Fact(
        "I work as a nurse at a children's hospital.",
        (
            "I'm employed as a nurse at a children's hospital.",
            "My job is nursing at a hospital for children.",
            "At a children's hospital, I work as a nurse.",
        ),
        (
            "My wife works as a nurse at a children's hospital.",
            "I volunteer as a nurse at a children's hospital.",
        ),
    ),
    Fact(
        "I'm allergic to peanuts.",
        (
            "I have a peanut allergy.",
            "Peanuts give me an allergic reaction.",
            "I've got an allergy to peanuts.",
        ),
        (
            "I'm allergic to walnuts.",
            "I used to be allergic to peanuts.",
        ),
    ),
    Fact(
        "I have two cats named Miso and Tofu.",
        (
            "I've got 2 cats called Miso and Tofu.",
            "My two cats are named Miso and Tofu.",
            "Miso and Tofu are the names of my two cats.",
        ),
        (
            "I have two dogs named Miso and Tofu.",
            "My neighbour has two cats named Miso and Tofu.",
        ),
    ),
    Fact(
        "I go running every morning before work.",
        (
            "Every morning before work, I go for a run.",
            "I run each morning prior to starting work.",
            "Before heading to work each day, I go for a morning run.",
        ),
        (
            "I go running every evening after work.",
            "I go running twice a week before work.",
        ),
    ),
    Fact(
        "I've been vegetarian for ten years.",
        (
            "I have been a vegetarian for 10 years.",
            "I stopped eating meat ten years ago and have been vegetarian since.",
            "For the past decade, I've followed a vegetarian diet.",
        ),
        (
            "I've been vegan for ten years.",
            "I was vegetarian for ten years.",
        ),
    ),
    Fact(
        "I'm starting a master's degree in data science this September.",
        (
            "This September I begin a master's in data science.",
            "I'll start my data science master's degree in September.",
            "My master's degree in data science begins this September.",
        ),
        (
            "I'm finishing a master's degree in data science this September.",
            "I'm starting a bachelor's degree in data science this September.",
        ),
    ),
    Fact(
        "I drive a blue 2018 Honda Civic.",
        (
            "My car is a blue Honda Civic from 2018.",
            "I own and drive a 2018 Honda Civic in blue.",
            "The car I drive is a blue 2018-model Honda Civic.",
        ),
        (
            "I drive a red 2018 Honda Civic.",
            "I drive a blue 2015 Honda Civic.",
        ),
    ),
    Fact(
        "I speak fluent Spanish.",
        (
            "I'm fluent in Spanish.",
            "I can speak Spanish fluently.",
            "Spanish is a language I speak fluently.",
        ),
        (
            "I want to speak fluent Spanish.",
            "I speak fluent Portuguese.",
        ),
    ),
    Fact(
        "I pay 1,450 dollars a month in rent.",
        (
            "My rent is $1,450 per month.",
            "Each month I pay one thousand four hundred fifty dollars in rent.",
            "My monthly rent comes to 1450 dollars.",
        ),
        (
            "I pay 1,450 dollars a month for my mortgage.",
            "I pay 1,540 dollars a month in rent.",
        ),
    ),
    Fact(
        "I was born on March 3rd, 1990.",
        (
            "My birthday is 3 March 1990.",
            "My date of birth is the third of March, 1990.",
            "I came into the world on 3/3/1990.",
        ),
        (
            "I was born on March 13th, 1990.",
            "I got married on March 3rd, 1990.",
        ),
    ),
    Fact(
        "I volunteer at the local food bank on Saturdays.",
        (
            "On Saturdays I volunteer at our local food bank.",
            "Every Saturday I do volunteer work at the neighbourhood food bank.",
            "I give my time as a volunteer at the local food bank each Saturday.",
        ),
        (
            "I donate to the local food bank on Saturdays.",
            "My kids volunteer at the local food bank on Saturdays.",
        ),
    ),
    Fact(
        "I take 50 mg of sertraline every day.",
        (
            "I take a 50 mg sertraline tablet daily.",
            "Every day I take fifty milligrams of sertraline.",
            "My daily dose of sertraline is 50 mg.",
        ),
        (
            "I take 100 mg of sertraline every day.",
            "I stopped taking 50 mg of sertraline every day.",
        ),
    ),
    Fact(
        "I play the cello in a community orchestra.",
        (
            "I'm a cellist in a community orchestra.",
            "In a community orchestra, I play the cello.",
            "I play cello as a member of a community orchestra.",
        ),
        (
            "I play the violin in a community orchestra.",
            "I conduct a community orchestra.",
        ),
    ),
    Fact(
        "I moved to Denver in 2021.",
        (
            "I relocated to Denver in 2021.",
            "In 2021 I moved to Denver.",
            "2021 is the year I made the move to Denver.",
        ),
        (
            "I moved away from Denver in 2021.",
            "I moved to Denver in 2012.",
        ),
    ),
    Fact(
        "My wife and I have been married for twelve years.",
        (
            "I've been married to my wife for 12 years.",
            "It's been twelve years since my wife and I got married.",
            "My wife and I are twelve years into our marriage.",
        ),
        (
            "My wife and I have been together for twelve years.",
            "My wife and I were married for twelve years.",
        ),
    ),
    Fact(
        "I'm saving up to buy a house next year.",
        (
            "I'm putting money aside so I can buy a house next year.",
            "Next year I want to purchase a house, so I'm saving for it.",
            "I'm saving money to buy a home next year.",
        ),
        (
            "I'm saving up to buy a car next year.",
            "I'm saving up to buy a house in five years.",
        ),
    ),
    Fact(
        "I prefer tea over coffee in the morning.",
        (
            "In the mornings, I'd rather have tea than coffee.",
            "I like tea more than coffee in the morning.",
            "When it's morning, tea is my preference over coffee.",
        ),
        (
            "I prefer coffee over tea in the morning.",
            "I prefer tea over coffee in the evening.",
        ),
    ),
    Fact(
        "I'm a senior software engineer at a fintech startup.",
        (
            "I work as a senior software engineer for a fintech startup.",
            "My job title is senior software engineer at a financial technology startup.",
            "At a fintech startup, I'm employed as a senior software engineer.",
        ),
        (
            "I'm a junior software engineer at a fintech startup.",
            "I'm hiring a senior software engineer for my fintech startup.",
        ),
    ),
    Fact(
        "I visit my parents in Ohio every Thanksgiving.",
        (
            "Every Thanksgiving I go to see my parents in Ohio.",
            "Each year at Thanksgiving, I visit my mom and dad in Ohio.",
            "I spend every Thanksgiving visiting my parents in Ohio.",
        ),
        (
            "My parents visit me in Ohio every Thanksgiving.",
            "I visit my parents in Ohio every Christmas.",
        ),
    ),
    Fact(
        "I swim two kilometres three times a week.",
        (
            "Three times a week I swim 2 km.",
            "I do a 2 km swim three times weekly.",
            "Three days a week, I swim two thousand metres.",
        ),
        (
            "I swim three kilometres twice a week.",
            "I cycle two kilometres three times a week.",
        ),
    ),
    Fact(
        "I graduated from the University of Michigan with a degree in economics.",
        (
            "I have an economics degree from the University of Michigan.",
            "The University of Michigan is where I earned my degree in economics.",
            "I earned a degree in economics at the University of Michigan.",
        ),
        (
            "I graduated from the University of Michigan with a degree in mathematics.",
            "I teach economics at the University of Michigan.",
        ),
    ),
)

# The sixteenth held-out set: written (3 December) by a helper session that did not read
# the dedup code and reported nothing of its content, committed before HELDOUT15's
# failures were looked at. Measured before HELDOUT15's study (1.19 memories per fact,
# 6.3% wrong merges at 0.8) and after it (1.21 / 3.2%); studied once HELDOUT17 was
# committed.
HELDOUT16 = (
    Fact(
        "I'm allergic to peanuts.",
        (
            "I have a peanut allergy.",
            "Peanuts are something I'm allergic to.",
            "I am allergic to peanuts.",
        ),
        (
            "My son is allergic to peanuts.",
            "I'm allergic to walnuts.",
        ),
    ),
    Fact(
        "I work as a nurse at a children's hospital.",
        (
            "I'm a nurse at a children's hospital.",
            "My job is nursing at a hospital for children.",
            "I'm employed as a nurse in a pediatric hospital.",
        ),
        (
            "I work as a doctor at a children's hospital.",
            "I volunteer as a nurse at a children's hospital.",
        ),
    ),
    Fact(
        "I have two daughters.",
        (
            "I've got two daughters.",
            "I have 2 daughters.",
            "I'm the parent of two daughters.",
        ),
        (
            "I have three daughters.",
            "My brother has two daughters.",
        ),
    ),
    Fact(
        "I go running every morning before work.",
        (
            "Every morning before work, I go for a run.",
            "I run each morning before I head to work.",
            "Before work each morning, I go jogging.",
        ),
        (
            "I go running every evening after work.",
            "I used to go running every morning before work.",
        ),
    ),
    Fact(
        "I'm vegetarian.",
        (
            "I follow a vegetarian diet.",
            "I am a vegetarian.",
            "I eat a vegetarian diet.",
        ),
        (
            "I'm vegan.",
            "I'm trying to become vegetarian.",
        ),
    ),
    Fact(
        "My wife's name is Sofia.",
        (
            "My wife is called Sofia.",
            "I'm married to a woman named Sofia.",
            "Sofia is my wife's name.",
        ),
        (
            "My sister's name is Sofia.",
            "My ex-wife's name is Sofia.",
        ),
    ),
    Fact(
        "I drive a blue Toyota Corolla.",
        (
            "My car is a blue Toyota Corolla.",
            "The car I drive is a Toyota Corolla in blue.",
            "I get around in a blue Toyota Corolla.",
        ),
        (
            "I drive a red Toyota Corolla.",
            "I want to buy a blue Toyota Corolla.",
        ),
    ),
    Fact(
        "I'm flying to Tokyo on March 14th.",
        (
            "My flight to Tokyo is on the 14th of March.",
            "On March 14 I'm flying to Tokyo.",
            "I fly out to Tokyo on 14 March.",
        ),
        (
            "I'm flying back from Tokyo on March 14th.",
            "I'm flying to Tokyo on March 24th.",
        ),
    ),
    Fact(
        "I speak fluent Spanish.",
        (
            "I'm fluent in Spanish.",
            "Spanish is a language I speak fluently.",
            "I can speak Spanish fluently.",
        ),
        (
            "I speak basic Spanish.",
            "I read Spanish fluently.",
        ),
    ),
    Fact(
        "My dog, Max, is a golden retriever.",
        (
            "Max, my dog, is a golden retriever.",
            "I have a golden retriever named Max.",
            "My golden retriever is called Max.",
        ),
        (
            "My dog, Max, is a Labrador retriever.",
            "My neighbour's dog, Max, is a golden retriever.",
        ),
    ),
    Fact(
        "My birthday is on July 3rd.",
        (
            "I was born on the 3rd of July.",
            "July 3 is my birthday.",
            "I celebrate my birthday on the third of July.",
        ),
        (
            "My mother's birthday is on July 3rd.",
            "My birthday is on July 13th.",
        ),
    ),
    Fact(
        "I take 50 mg of sertraline every day.",
        (
            "Every day I take fifty milligrams of sertraline.",
            "I'm on 50 mg of sertraline daily.",
            "My daily sertraline dose is 50 mg.",
        ),
        (
            "I take 100 mg of sertraline every day.",
            "I take 50 mg of sertraline every other day.",
        ),
    ),
    Fact(
        "I pay $1,200 a month in rent.",
        (
            "My rent is $1,200 per month.",
            "Every month I pay twelve hundred dollars in rent.",
            "My monthly rent comes to 1200 dollars.",
        ),
        (
            "I pay $1,200 a month on my mortgage.",
            "I pay more than $1,200 a month in rent.",
        ),
    ),
    Fact(
        "I hate the taste of coriander.",
        (
            "I can't stand the taste of coriander.",
            "Coriander tastes awful to me.",
            "I really dislike how cilantro tastes.",
        ),
        (
            "I love the taste of coriander.",
            "I hate the smell of coriander.",
        ),
    ),
    Fact(
        "I have a master's degree in civil engineering.",
        (
            "I hold a master's in civil engineering.",
            "I've got a civil engineering master's degree.",
            "My master's degree is in civil engineering.",
        ),
        (
            "I have a bachelor's degree in civil engineering.",
            "I'm studying for a master's degree in civil engineering.",
        ),
    ),
    Fact(
        "I usually go to bed around 11 pm.",
        (
            "I normally go to sleep at about eleven at night.",
            "Around 11 p.m. is when I typically go to bed.",
            "My usual bedtime is roughly 11 pm.",
        ),
        (
            "I usually go to bed around 1 am.",
            "I'd like to go to bed around 11 pm.",
        ),
    ),
    Fact(
        "I play the cello in a community orchestra.",
        (
            "I'm a cellist in a community orchestra.",
            "In a community orchestra, I play cello.",
            "I play cello for a local community orchestra.",
        ),
        (
            "I play the violin in a community orchestra.",
            "I conduct a community orchestra.",
        ),
    ),
    Fact(
        "I quit smoking last year.",
        (
            "I stopped smoking last year.",
            "Last year I gave up cigarettes.",
            "I kicked the smoking habit last year.",
        ),
        (
            "I started smoking last year.",
            "I'm trying to quit smoking this year.",
        ),
    ),
    Fact(
        "I'm moving to Denver next month.",
        (
            "Next month I'm relocating to Denver.",
            "I'll be moving to Denver next month.",
            "My move to Denver is happening next month.",
        ),
        (
            "I moved to Denver last month.",
            "I'm moving away from Denver next month.",
        ),
    ),
    Fact(
        "I'm saving up to buy a house.",
        (
            "I'm putting money aside to buy a house.",
            "I'm saving money for a house purchase.",
            "Buying a house is what I'm saving up for.",
        ),
        (
            "I'm saving up to renovate my house.",
            "I'm saving up to buy my parents a house.",
        ),
    ),
    Fact(
        "I teach my son piano every Sunday.",
        (
            "Every Sunday I give my son piano lessons.",
            "On Sundays, I teach piano to my son.",
            "My son gets piano lessons from me each Sunday.",
        ),
        (
            "My son teaches me piano every Sunday.",
            "I teach my son guitar every Sunday.",
        ),
    ),
)

# The seventeenth held-out set: written (3 December) by a helper session that did not read
# the dedup code and reported nothing of its content, given only the statements of the
# earlier sets to stay away from (none of its sentences is in an earlier set); committed
# before HELDOUT16's failures were looked at. Measured before HELDOUT16's study (1.38
# memories per fact, 3.2% wrong merges at 0.8) and after it (1.30 / 3.2%); studied once
# HELDOUT18 was committed.
HELDOUT17 = (
    Fact(
        "I run a watch repair shop in Bristol.",
        (
            "The watch repair shop I run is in Bristol.",
            "I'm the owner and manager of a watch repair shop in Bristol.",
            "My business is a watch repair shop in Bristol, and I run it.",
        ),
        ("I work at a watch repair shop in Bristol.", "I run a watch repair shop in Bath."),
    ),
    Fact(
        "My stepfather is a retired firefighter.",
        (
            "My stepdad used to be a firefighter but he's retired now.",
            "My stepfather retired from the fire service after working as a firefighter.",
            "My stepdad's a firefighter, now retired.",
        ),
        (
            "My father-in-law is a retired firefighter.",
            "My stepfather is still working as a firefighter.",
        ),
    ),
    Fact(
        "I grind my teeth at night, so I sleep with a mouthguard.",
        (
            "Because I grind my teeth in my sleep, I wear a mouthguard to bed.",
            "I wear a mouthguard at night because of teeth grinding.",
            "My nighttime teeth grinding means I have to use a mouth guard when I sleep.",
        ),
        (
            "I grind my teeth at night, but I don't wear a mouthguard.",
            "My son grinds his teeth at night, so he sleeps with a mouthguard.",
        ),
    ),
    Fact(
        "I own a 1974 Vespa scooter.",
        (
            "I've got a Vespa from 1974.",
            "My scooter is a 1974 Vespa.",
            "I'm the owner of a Vespa scooter made in 1974.",
        ),
        ("I sold my 1974 Vespa scooter last year.", "I own a 1984 Vespa scooter."),
    ),
    Fact(
        "I'm going to stand for the parish council next May.",
        (
            "Next May I'll be running for a seat on the parish council.",
            "I plan to put myself forward for the parish council election next May.",
            "My plan is to stand as a candidate for the parish council in May next year.",
        ),
        (
            "I stood for the parish council last May.",
            "My neighbour is going to stand for the parish council next May.",
        ),
    ),
    Fact(
        "I climbed Kilimanjaro in 2016.",
        (
            "Back in 2016 I made it up Kilimanjaro.",
            "Kilimanjaro was the mountain I climbed in 2016.",
            "In 2016, I did the Kilimanjaro climb.",
        ),
        ("I climbed Mount Kenya in 2016.", "I'd love to climb Kilimanjaro one day."),
    ),
    Fact(
        "I have 14 nieces and nephews.",
        (
            "I've got fourteen nieces and nephews.",
            "In total, my nieces and nephews come to 14.",
            "Altogether there are fourteen nieces and nephews in my life.",
        ),
        ("I have 4 nieces and nephews.", "My husband has 14 nieces and nephews."),
    ),
    Fact(
        "I can juggle five balls.",
        (
            "I'm able to juggle with five balls at once.",
            "Juggling five balls is something I can do.",
            "I can keep 5 balls going when I juggle.",
        ),
        ("I can juggle three balls.", "I'm learning to juggle five balls."),
    ),
    Fact(
        "My godson Oliver lives in Cardiff.",
        (
            "Oliver, my godson, is based in Cardiff.",
            "Cardiff is where my godson Oliver lives.",
            "My godson's called Oliver and he lives in Cardiff.",
        ),
        ("My nephew Oliver lives in Cardiff.", "My godson Oliver used to live in Cardiff."),
    ),
    Fact(
        "I do a 24-hour fast once a week.",
        (
            "Once a week I go a full 24 hours without eating.",
            "Every week I fast for twenty-four hours.",
            "One day each week, I fast for 24 hours straight.",
        ),
        ("I do a 24-hour fast once a month.", "I used to do a 24-hour fast once a week."),
    ),
    Fact(
        "I'd rather read on paper than on a Kindle.",
        (
            "Paper books beat a Kindle for me.",
            "I prefer reading physical books to reading on a Kindle.",
            "Given the choice, I'll pick a printed book over a Kindle.",
        ),
        (
            "I'd rather read on a Kindle than on paper.",
            "My daughter would rather read on paper than on a Kindle.",
        ),
    ),
    Fact(
        "Musicals are my favourite kind of theatre.",
        (
            "My favourite type of theatre is musical theatre.",
            "Of all the kinds of theatre, I like musicals best.",
            "When it comes to theatre, musicals are what I love most.",
        ),
        (
            "Musicals are my least favourite kind of theatre.",
            "Musicals were my favourite kind of theatre when I was a teenager.",
        ),
    ),
    Fact(
        "I sponsor a child in Kenya through a charity.",
        (
            "Through a charity, I'm sponsoring a child who lives in Kenya.",
            "There's a Kenyan child I sponsor via a charity.",
            "I'm a charity sponsor for a child in Kenya.",
        ),
        (
            "I sponsor a child in Uganda through a charity.",
            "My parents sponsor a child in Kenya through a charity.",
        ),
    ),
    Fact(
        "I did my electrician's apprenticeship in Leeds.",
        (
            "I trained as an electrician through an apprenticeship in Leeds.",
            "My apprenticeship as an electrician was done in Leeds.",
            "Leeds is where I served my apprenticeship as an electrician.",
        ),
        (
            "I'm currently doing my electrician's apprenticeship in Leeds.",
            "I did my plumbing apprenticeship in Leeds.",
        ),
    ),
    Fact(
        "We had a new boiler fitted last November.",
        (
            "Our new boiler went in last November.",
            "Last November, we got a new boiler installed.",
            "A new boiler was installed in our home last November.",
        ),
        (
            "We're having a new boiler fitted next November.",
            "We had a new boiler fitted last February.",
        ),
    ),
    Fact(
        "I referee amateur rugby matches most weekends.",
        (
            "Most weekends I'm refereeing amateur rugby games.",
            "I'm a referee for amateur rugby and do matches on most weekends.",
            "On the majority of weekends you'll find me refereeing amateur rugby.",
        ),
        (
            "I play in amateur rugby matches most weekends.",
            "I referee amateur rugby matches once a month.",
        ),
    ),
    Fact(
        "I've been running a Minecraft server for my friends since 2019.",
        (
            "Since 2019 I've hosted a Minecraft server for my mates.",
            "My friends have been playing on a Minecraft server I've run since 2019.",
            "I set up a Minecraft server for my friends in 2019 and I still run it.",
        ),
        (
            "I ran a Minecraft server for my friends until 2019.",
            "I've been playing on a friend's Minecraft server since 2019.",
        ),
    ),
    Fact(
        "My grandfather fought in the Korean War.",
        (
            "My grandad was a soldier who fought in the Korean War.",
            "The Korean War is where my grandfather saw combat.",
            "My grandpa saw combat in the Korean War.",
        ),
        (
            "My grandfather fought in the Vietnam War.",
            "My grandfather was a medic in the Korean War.",
        ),
    ),
    Fact(
        "I had chickenpox twice as a child.",
        (
            "When I was a kid I caught chickenpox two times.",
            "I got chickenpox on two separate occasions in my childhood.",
            "As a child I had chicken pox twice.",
        ),
        ("I've never had chickenpox.", "My daughter had chickenpox twice as a child."),
    ),
    Fact(
        "I'm thinking about retraining as a paramedic.",
        (
            "I'm considering a career change to become a paramedic.",
            "Retraining to be a paramedic is something I'm weighing up.",
            "I've been toying with the idea of training to be a paramedic.",
        ),
        ("I used to work as a paramedic.", "My wife is thinking about retraining as a paramedic."),
    ),
    Fact(
        "I want to learn to sail before I turn forty.",
        (
            "Learning to sail before my fortieth birthday is one of my goals.",
            "Before I hit 40, I'd like to have learned how to sail.",
            "I'm hoping to pick up sailing before I'm forty.",
        ),
        (
            "I learned to sail before I turned forty.",
            "I want to learn to sail before I turn fifty.",
        ),
    ),
)

# The eighteenth held-out set: written (3 December) as HELDOUT17 was, committed before
# HELDOUT17's failures were looked at. Measured before HELDOUT17's study (1.22 memories per
# fact, 4.8% wrong merges, 3.2% storing nothing, at 0.8) and after it (1.24 / 4.8% / 3.2%).
HELDOUT18 = (
    Fact(
        "I've made my living as a locksmith since 2011.",
        (
            "Locksmithing has been my job since 2011.",
            "Since 2011 I've earned my money working as a locksmith.",
            "I've been a professional locksmith from 2011 onwards.",
        ),
        (
            "I made my living as a locksmith until 2011.",
            "My father has made his living as a locksmith since 2011.",
        ),
    ),
    Fact(
        "I'm qualified to scuba dive down to 30 metres.",
        (
            "I've got a diving certification that lets me go to 30 metres.",
            "My scuba qualification covers dives to a depth of thirty metres.",
            "I'm certified for scuba dives as deep as 30 m.",
        ),
        (
            "I'm qualified to scuba dive down to 18 metres.",
            "I'm working towards a qualification to scuba dive to 30 metres.",
        ),
    ),
    Fact(
        "I've had a pacemaker since 2021.",
        (
            "My pacemaker went in back in 2021.",
            "Since 2021 I've been living with a pacemaker.",
            "I got a pacemaker fitted in 2021 and still have it.",
        ),
        (
            "My grandad has had a pacemaker since 2021.",
            "I'm due to get a pacemaker fitted next spring.",
        ),
    ),
    Fact(
        "I've visited 27 countries so far.",
        (
            "So far I've been to 27 countries.",
            "My country count currently stands at twenty-seven.",
            "Up to now, I've travelled to twenty-seven different countries.",
        ),
        (
            "I've visited 17 countries so far.",
            "I'd like to visit 27 countries before I turn fifty.",
        ),
    ),
    Fact(
        "I clear out the gutters every October.",
        (
            "Every October I clean the leaves out of our gutters.",
            "The gutters get cleared out by me each October.",
            "Once a year, in October, I clean out the guttering.",
        ),
        (
            "I clear out the gutters every April.",
            "I pay someone to clear out the gutters every October.",
        ),
    ),
    Fact(
        "I'd always rather hang my washing outside than use a tumble dryer.",
        (
            "Given the choice, I dry my laundry on the line instead of in the dryer.",
            "Line-drying clothes outdoors beats a tumble dryer for me every time.",
            "Hanging the washing outside is my preference over using the tumble dryer.",
        ),
        (
            "I'd always rather use a tumble dryer than hang my washing outside.",
            "My flatmate would always rather hang washing outside than use the dryer.",
        ),
    ),
    Fact(
        "My landlord was my geography teacher at secondary school.",
        (
            "Funnily enough, my landlord taught me geography at secondary school.",
            "My old secondary school geography teacher is now my landlord.",
            "The person I rent from used to teach me geography in secondary school.",
        ),
        (
            "My landlord was my sister's geography teacher at secondary school.",
            "My landlord was my geography tutor at university.",
        ),
    ),
    Fact(
        "I keep a canoe at my uncle's lake house.",
        (
            "My canoe is stored at my uncle's place on the lake.",
            "There's a canoe of mine kept at my uncle's lake house.",
            "At my uncle's lake house, I've got my own canoe stashed.",
        ),
        ("I keep a kayak at my uncle's lake house.", "My uncle keeps a canoe at his lake house."),
    ),
    Fact(
        "I'm going to repaint the kitchen yellow over Easter.",
        (
            "Over the Easter break I'll be painting the kitchen yellow.",
            "The plan is to give the kitchen a yellow paint job at Easter.",
            "Come Easter, I'm redoing the kitchen in yellow paint.",
        ),
        (
            "I repainted the kitchen yellow last Easter.",
            "I'm going to repaint the bathroom yellow over Easter.",
        ),
    ),
    Fact(
        "I was made redundant in October 2023.",
        (
            "I lost my job to redundancy in October 2023.",
            "In October 2023 my employer made me redundant.",
            "October 2023 is when I got made redundant.",
        ),
        (
            "My husband was made redundant in October 2023.",
            "I resigned from my job in October 2023.",
        ),
    ),
    Fact(
        "I won a regional spelling bee when I was twelve.",
        (
            "At twelve, I came first in a regional spelling bee.",
            "When I was 12 I won a regional spelling competition.",
            "I was the winner of a regional spelling bee at the age of 12.",
        ),
        (
            "I came second in a regional spelling bee when I was twelve.",
            "My son won a regional spelling bee when he was twelve.",
        ),
    ),
    Fact(
        "My older sister Hannah works as a midwife in Perth.",
        (
            "Hannah, my big sister, is a midwife in Perth.",
            "My elder sister, Hannah, is a Perth-based midwife.",
            "In Perth, my older sister Hannah has a job as a midwife.",
        ),
        (
            "My older sister Hannah is training to be a midwife in Perth.",
            "My older sister Hannah works as a midwife in Adelaide.",
        ),
    ),
    Fact(
        "I write a letter to my pen pal in Chile every month.",
        (
            "Once a month I send a letter to my pen friend in Chile.",
            "My pen pal in Chile gets a letter from me every month.",
            "Every month, I write to my pen pal who lives in Chile.",
        ),
        (
            "I used to write a letter to my pen pal in Chile every month.",
            "I write a letter to my pen pal in Chile every Christmas.",
        ),
    ),
    Fact(
        "I had laser eye surgery in 2019.",
        (
            "Back in 2019 I got laser eye surgery.",
            "My eyes were corrected with laser surgery in 2019.",
            "In 2019, I went in for laser eye surgery.",
        ),
        (
            "I'm considering having laser eye surgery next year.",
            "My wife had laser eye surgery in 2019.",
        ),
    ),
    Fact(
        "I'm licensed to operate a forklift truck.",
        (
            "I have a forklift licence.",
            "Operating forklift trucks is something I'm certified to do.",
            "I've got my licence to drive a forklift.",
        ),
        ("My forklift licence expired last year.", "I'm licensed to operate a crane."),
    ),
    Fact(
        "I like autumn more than any other season.",
        (
            "Of all the seasons, autumn is my favourite.",
            "Autumn's the season I love most.",
            "No season beats autumn for me.",
        ),
        (
            "I like spring more than any other season.",
            "My daughter likes autumn more than any other season.",
        ),
    ),
    Fact(
        "There are 43 houseplants in my flat.",
        (
            "I've got forty-three houseplants in my flat.",
            "My flat is home to 43 house plants.",
            "Forty-three houseplants live in my flat.",
        ),
        ("There are 43 houseplants in my office.", "There are 34 houseplants in my flat."),
    ),
    Fact(
        "My business partner is my ex-husband.",
        (
            "My ex-husband and I are business partners.",
            "I co-own my business with my former husband.",
            "The person I run my business with is my ex.",
        ),
        ("My business partner is my ex-husband's brother.", "My accountant is my ex-husband."),
    ),
    Fact(
        "I'm going to propose to my girlfriend in Venice next month.",
        (
            "Next month I'm planning to propose to my girlfriend in Venice.",
            "I'll be asking my girlfriend to marry me in Venice next month.",
            "My plan is to pop the question to my girlfriend in Venice next month.",
        ),
        (
            "I proposed to my girlfriend in Venice last month.",
            "I'm going to propose to my girlfriend in Vienna next month.",
        ),
    ),
    Fact(
        "I sit as a magistrate one day a fortnight.",
        (
            "Every other week I spend a day sitting as a magistrate.",
            "One day every two weeks, I serve as a magistrate.",
            "I'm a magistrate, and I sit once a fortnight.",
        ),
        ("I sit as a magistrate one day a week.", "I'm applying to become a magistrate."),
    ),
    Fact(
        "I lived on a houseboat in Amsterdam for two years.",
        (
            "For two years my home was a houseboat in Amsterdam.",
            "I spent 2 years living on an Amsterdam houseboat.",
            "Amsterdam is where I lived on a houseboat, for a couple of years.",
        ),
        (
            "I lived on a houseboat in Amsterdam for two months.",
            "I've always wanted to live on a houseboat in Amsterdam.",
        ),
    ),
)

# The nineteenth held-out set: written (3 December) as HELDOUT17 was, committed before
# HELDOUT18's failures were looked at. Measured before HELDOUT18's study (1.25 memories per
# fact, 0% wrong merges at 0.8) and after it (the same).
HELDOUT19 = (
    Fact(
        "I'm the head sommelier at a hotel restaurant in Edinburgh.",
        (
            "My job is head sommelier in a hotel restaurant in Edinburgh.",
            "At a hotel restaurant in Edinburgh, I'm the head sommelier.",
            "Head sommelier at an Edinburgh hotel restaurant, that's what I do for work.",
        ),
        (
            "I'm an assistant sommelier at a hotel restaurant in Edinburgh.",
            "I used to be the head sommelier at a hotel restaurant in Edinburgh.",
        ),
    ),
    Fact(
        "My aunt Rosa raised me from the age of eight.",
        (
            "From when I was eight, I was brought up by my aunt Rosa.",
            "I was raised by my aunt Rosa from age 8.",
            "My aunt Rosa brought me up after I turned eight.",
        ),
        (
            "My grandmother Rosa raised me from the age of eight.",
            "My aunt Rosa raised my brother from the age of eight.",
        ),
    ),
    Fact(
        "I use the sauna at my leisure centre twice a week.",
        (
            "Twice a week I go in the sauna at the leisure centre.",
            "I hit the leisure centre sauna two times a week.",
            "I'm in the sauna at my local leisure centre two times every week.",
        ),
        (
            "I use the sauna at my leisure centre twice a month.",
            "I use the steam room at my leisure centre twice a week.",
        ),
    ),
    Fact(
        "I like my steak cooked medium-rare.",
        (
            "Medium-rare is how I like my steak.",
            "I prefer my steaks done medium-rare.",
            "When I order steak, I have it medium-rare.",
        ),
        ("I like my steak cooked well done.", "My wife likes her steak cooked medium-rare."),
    ),
    Fact(
        "I get eczema on my hands every winter.",
        (
            "Every winter, the eczema on my hands flares up.",
            "My hands break out in eczema each winter.",
            "Eczema on my hands is something I get every winter.",
        ),
        ("I get eczema on my hands every summer.", "My son gets eczema on his hands every winter."),
    ),
    Fact(
        "I own a 3D printer that I keep in the garage.",
        (
            "I've got a 3D printer, and it lives in my garage.",
            "My 3D printer is kept in the garage.",
            "There's a 3D printer of mine set up in the garage.",
        ),
        (
            "I want to buy a 3D printer to keep in the garage.",
            "I own a laser cutter that I keep in the garage.",
        ),
    ),
    Fact(
        "I intend to walk the Camino de Santiago in 2026.",
        (
            "My plan is to do the Camino de Santiago on foot in 2026.",
            "In 2026 I'm going to walk the Camino de Santiago.",
            "Walking the Camino de Santiago is on my agenda for 2026.",
        ),
        (
            "I walked the Camino de Santiago in 2016.",
            "I intend to cycle the Camino de Santiago in 2026.",
        ),
    ),
    Fact(
        "I passed my motorbike test in April 2017.",
        (
            "Back in April 2017 I passed my motorcycle test.",
            "I got through my motorcycle test in April 2017.",
            "April 2017 is when I passed my bike test.",
        ),
        ("I failed my motorbike test in April 2017.", "I passed my motorbike test in April 2019."),
    ),
    Fact(
        "My commute takes 45 minutes each way.",
        (
            "It takes me forty-five minutes to get to work and the same to get back.",
            "Each way, my journey to work is 45 minutes.",
            "I spend three quarters of an hour commuting in each direction.",
        ),
        ("My commute takes 45 minutes in total.", "My commute used to take 45 minutes each way."),
    ),
    Fact(
        "I can solve a Rubik's cube in under a minute.",
        (
            "Give me a Rubik's cube and I'll have it solved in less than sixty seconds.",
            "I'm able to do a Rubik's cube in under a minute.",
            "Solving a Rubik's cube takes me less than a minute.",
        ),
        (
            "I can solve a Rubik's cube in under five minutes.",
            "I'm learning to solve a Rubik's cube in under a minute.",
        ),
    ),
    Fact(
        "My accountant is an old school friend called Nadia.",
        (
            "Nadia, who I went to school with, does my accounts.",
            "An old school friend of mine, Nadia, is my accountant.",
            "I use my old schoolmate Nadia as my accountant.",
        ),
        (
            "My accountant is an old university friend called Nadia.",
            "My dentist is an old school friend called Nadia.",
        ),
    ),
    Fact(
        "I own shares in the company I work for.",
        (
            "I'm a shareholder in my employer.",
            "Some of my employer's shares belong to me.",
            "I hold stock in the firm I work at.",
        ),
        (
            "I used to own shares in the company I work for.",
            "I own shares in the company my husband works for.",
        ),
    ),
    Fact(
        "My cottage has a thatched roof.",
        (
            "The roof on my cottage is thatched.",
            "There's a thatched roof on my cottage.",
            "My cottage is roofed with thatch.",
        ),
        ("My cottage has a slate roof.", "My parents' cottage has a thatched roof."),
    ),
    Fact(
        "I stargaze with a telescope in my back garden on most clear nights.",
        (
            "On most clear nights I'm out in the back garden with my telescope looking at"
            " the stars.",
            "Most nights when the sky's clear, I use my telescope in the back garden to stargaze.",
            "Stargazing through my telescope in the back garden is what I do on most clear nights.",
        ),
        (
            "I stargaze with a telescope in my back garden once a year.",
            "I stargaze with binoculars in my back garden on most clear nights.",
        ),
    ),
    Fact(
        "I'm sitting my last actuarial exam this June.",
        (
            "My final actuarial exam is this June.",
            "This June I take the last of my actuarial exams.",
            "The last actuarial exam I have to sit is in June this year.",
        ),
        (
            "I passed my last actuarial exam this June.",
            "I'm sitting my first actuarial exam this June.",
        ),
    ),
    Fact(
        "I'm on call one weekend a month.",
        (
            "One weekend out of every month, I'm on call.",
            "Once a month I have an on-call weekend.",
            "Every month I do one weekend on call.",
        ),
        ("I'm on call every other weekend.", "My husband is on call one weekend a month."),
    ),
    Fact(
        "I help run a repair cafe on the first Saturday of every month.",
        (
            "On the first Saturday of each month, I help out running a repair cafe.",
            "I'm one of the people running a repair cafe held the first Saturday of every month.",
            "Every month, on the first Saturday, I help to run a repair cafe.",
        ),
        (
            "I help run a repair cafe on the last Saturday of every month.",
            "I used to help run a repair cafe on the first Saturday of every month.",
        ),
    ),
    Fact(
        "I've had a timeshare in Tenerife since 2010.",
        (
            "Since 2010 I've owned a timeshare in Tenerife.",
            "I bought into a timeshare in Tenerife in 2010 and still have it.",
            "I've been a timeshare owner in Tenerife since 2010.",
        ),
        (
            "I've had a timeshare in Lanzarote since 2010.",
            "I had a timeshare in Tenerife until 2010.",
        ),
    ),
    Fact(
        "I can't sleep without earplugs.",
        (
            "Without earplugs I just can't get to sleep.",
            "I need earplugs in to be able to sleep.",
            "Sleeping is impossible for me unless I've got earplugs in.",
        ),
        ("I can't sleep without an eye mask.", "My partner can't sleep without earplugs."),
    ),
    Fact(
        "I've been building a wooden rowing boat in my garage since 2022.",
        (
            "Since 2022 I've been working on building a wooden rowing boat in the garage.",
            "There's a wooden rowing boat I've been building in my garage since 2022.",
            "My garage project since 2022 has been building a wooden rowing boat.",
        ),
        (
            "I finished building a wooden rowing boat in my garage in 2022.",
            "I've been building a wooden kayak in my garage since 2022.",
        ),
    ),
    Fact(
        "My girlfriend is a vet in Swansea.",
        (
            "My girlfriend works as a vet in Swansea.",
            "In Swansea, my girlfriend is a veterinarian.",
            "My girlfriend's a vet, based in Swansea.",
        ),
        ("My girlfriend is training to be a vet in Swansea.", "My girlfriend is a vet in Cardiff."),
    ),
)

# The twentieth held-out set: written (3 December) as HELDOUT17 was, committed before
# HELDOUT19's failures were looked at. Measured before HELDOUT19's study (1.22 memories per
# fact, 4.8% wrong merges at 0.8) and after it (the same); then studied itself (1.25 / 1.6%)
# with no later set committed: the next set written is the unseen one.
HELDOUT20 = (
    Fact(
        "I earned my black belt in judo in 2014.",
        (
            "I got my judo black belt back in 2014.",
            "2014 was the year I was awarded my black belt in judo.",
            "My black belt in judo dates from 2014.",
        ),
        (
            "I'm working towards my black belt in judo.",
            "I earned my black belt in karate in 2014.",
        ),
    ),
    Fact(
        "I'm a union rep at the warehouse where I work.",
        (
            "I work at a warehouse and I'm a union representative there.",
            "I serve as a union rep at my warehouse job.",
            "At the warehouse I work in, I act as a union rep.",
        ),
        (
            "My brother is a union rep at the warehouse where he works.",
            "I used to be a union rep at the warehouse where I worked.",
        ),
    ),
    Fact(
        "I was the best man at my brother's wedding in 2019.",
        (
            "At my brother's wedding in 2019, I was his best man.",
            "I served as best man when my brother got married in 2019.",
            "Back in 2019 I was best man at my brother's wedding.",
        ),
        (
            "I'll be the best man at my brother's wedding in 2026.",
            "I was a groomsman at my brother's wedding in 2019.",
        ),
    ),
    Fact(
        "I floss twice a day.",
        (
            "Twice a day, I floss my teeth.",
            "I floss my teeth two times daily.",
            "Flossing is something I do twice every day.",
        ),
        (
            "I floss once a week.",
            "My son flosses twice a day.",
        ),
    ),
    Fact(
        "Dark chocolate tastes far better to me than milk chocolate.",
        (
            "Given the choice, I go for dark chocolate rather than milk.",
            "Milk chocolate doesn't come close to dark chocolate for me.",
            "I'd pick dark chocolate over milk chocolate any day.",
        ),
        (
            "Milk chocolate tastes far better to me than dark chocolate.",
            "My daughter likes dark chocolate better than milk chocolate.",
        ),
    ),
    Fact(
        "My cholesterol came back high at my last check-up.",
        (
            "At my most recent check-up, my cholesterol was high.",
            "The results of my last check-up showed high cholesterol.",
            "My last check-up found my cholesterol levels were raised.",
        ),
        (
            "My cholesterol came back normal at my last check-up.",
            "My husband's cholesterol came back high at his last check-up.",
        ),
    ),
    Fact(
        "I own a sewing machine that belonged to my grandmother.",
        (
            "The sewing machine I own used to be my grandmother's.",
            "My grandmother's old sewing machine is mine now.",
            "I've got the sewing machine that was once my gran's.",
        ),
        (
            "I want to buy a sewing machine like my grandmother's.",
            "I own a typewriter that belonged to my grandmother.",
        ),
    ),
    Fact(
        "Our board game collection is up to about 150 games.",
        (
            "We own roughly 150 board games.",
            "We've got around a hundred and fifty board games at home.",
            "About 150 board games make up our collection.",
        ),
        (
            "Our board game collection is up to about 50 games.",
            "My friend Sam's board game collection is about 150 games.",
        ),
    ),
    Fact(
        "I'm taking my nephew to Disneyland in October.",
        (
            "In October I'm bringing my nephew to Disneyland.",
            "My nephew and I are off to Disneyland this October.",
            "I've got a Disneyland trip with my nephew planned for October.",
        ),
        (
            "I took my nephew to Disneyland last October.",
            "I'm taking my nephew to Legoland in October.",
        ),
    ),
    Fact(
        "I can read Braille.",
        (
            "Reading Braille is something I'm able to do.",
            "I know how to read Braille.",
            "I'm able to read Braille.",
        ),
        (
            "I'm learning to read Braille.",
            "My mother can read Braille.",
        ),
    ),
    Fact(
        "My job is translating video game scripts from Korean into English.",
        (
            "I translate video game scripts from Korean to English for a living.",
            "For work, I translate the scripts of video games from Korean into English.",
            "I'm a translator who turns Korean video game scripts into English.",
        ),
        (
            "I translate video game scripts from English into Korean.",
            "My job is translating film subtitles from Korean into English.",
        ),
    ),
    Fact(
        "I spent my childhood on a sheep farm in New Zealand.",
        (
            "I grew up on a sheep farm in New Zealand.",
            "As a kid, I lived on a sheep farm in New Zealand.",
            "My childhood was spent on a New Zealand sheep farm.",
        ),
        (
            "My husband spent his childhood on a sheep farm in New Zealand.",
            "I spent my childhood on a dairy farm in New Zealand.",
        ),
    ),
    Fact(
        "I go bouldering with my workmates twice a month.",
        (
            "Twice a month, my colleagues and I go bouldering.",
            "My workmates and I hit the bouldering wall two times a month.",
            "Bouldering with my coworkers is a twice-monthly thing for me.",
        ),
        (
            "I go bouldering with my workmates twice a week.",
            "I used to go bouldering with my workmates twice a month.",
        ),
    ),
    Fact(
        "I lent my best mate 3,000 pounds to start his bakery.",
        (
            "My best mate borrowed 3,000 pounds from me to get his bakery going.",
            "To help start his bakery, my best friend got a 3,000-pound loan from me.",
            "I gave my best mate a loan of three thousand pounds for his new bakery.",
        ),
        (
            "My best mate lent me 3,000 pounds to start my bakery.",
            "I lent my best mate 300 pounds to start his bakery.",
        ),
    ),
    Fact(
        "I've known my closest friend, Aisha, since primary school.",
        (
            "Aisha, my closest friend, and I have been friends since primary school.",
            "My closest friend Aisha and I go back to primary school.",
            "I met Aisha, who's my closest friend, at primary school.",
        ),
        (
            "I met my closest friend, Aisha, at university.",
            "My wife has known her closest friend, Aisha, since primary school.",
        ),
    ),
    Fact(
        "I appeared on a TV quiz show in 2008.",
        (
            "Back in 2008 I was a contestant on a TV quiz show.",
            "In 2008, I went on a quiz show on television.",
            "2008 was when I was on a television quiz show.",
        ),
        (
            "I applied to be on a TV quiz show in 2008.",
            "I appeared on a TV cooking show in 2008.",
        ),
    ),
    Fact(
        "Our house backs onto a golf course.",
        (
            "The back of our house faces onto a golf course.",
            "There's a golf course right behind our house.",
            "A golf course runs along the back of our house.",
        ),
        (
            "Our house is across the road from a golf course.",
            "Our old house backed onto a golf course.",
        ),
    ),
    Fact(
        "I switch my phone off completely on Saturdays.",
        (
            "Every Saturday, my phone stays fully switched off.",
            "On Saturdays I turn my phone right off.",
            "My phone gets turned off completely every Saturday.",
        ),
        (
            "I put my phone on silent on Saturdays.",
            "I switch my phone off completely on Sunday evenings.",
        ),
    ),
    Fact(
        "I'm a registered organ donor.",
        (
            "I've signed up to the organ donor register.",
            "I'm on the register as an organ donor.",
            "Registering as an organ donor is something I've done.",
        ),
        (
            "I'm not a registered organ donor.",
            "My dad is a registered organ donor.",
        ),
    ),
    Fact(
        "Our eldest son is in the navy.",
        (
            "My oldest son serves in the navy.",
            "The navy is where our eldest boy serves.",
            "Our firstborn son is a sailor in the navy.",
        ),
        (
            "Our eldest son is in the army.",
            "Our youngest son is in the navy.",
        ),
    ),
    Fact(
        "I'd like to retire to the coast of Portugal.",
        (
            "I hope to retire somewhere on the Portuguese coast.",
            "Retiring to the Portuguese coast is what I'd love to do.",
            "When I retire, I'd like to move to the coast in Portugal.",
        ),
        (
            "My parents retired to the coast of Portugal.",
            "I'd like to retire to the mountains of Portugal.",
        ),
    ),
)


# The twenty-first held-out set: written (3 December) as HELDOUT17 was, with the earlier sets'
# statements to stay away from, after HELDOUT20's study. Measured unseen: 1.17 memories per
# fact, 1.6% wrong merges, 1.6% of facts stored nothing (offline at 0.8); then studied (1.19 /
# 0%, every fact stored).
HELDOUT21 = (
    Fact(
        "I broke my collarbone falling off a trampoline when I was nine.",
        (
            "When I was nine, I broke my collarbone falling off a trampoline.",
            "I fractured my collarbone at age nine after falling off a trampoline.",
            "Falling off a trampoline at the age of nine left me with a broken collarbone.",
        ),
        (
            "My brother broke his collarbone falling off a trampoline when he was nine.",
            "I broke my collarbone falling off a horse when I was nine.",
        ),
    ),
    Fact(
        "I went to St Mary's primary school in Galway.",
        (
            "My primary school was St Mary's in Galway.",
            "I attended St Mary's primary school in Galway.",
            "St Mary's in Galway is where I went to primary school.",
        ),
        (
            "My kids go to St Mary's primary school in Galway.",
            "I went to St Mary's secondary school in Galway.",
        ),
    ),
    Fact(
        "I had a paper round when I was fourteen.",
        (
            "At fourteen, I did a paper round.",
            "I had a paper round at the age of 14.",
            "Back when I was fourteen, I used to do a paper round.",
        ),
        (
            "My son has a paper round now that he's fourteen.",
            "I had a milk round when I was fourteen.",
        ),
    ),
    Fact(
        "There's a pond with goldfish in my back garden.",
        (
            "I've got a goldfish pond in my back garden.",
            "My back garden has a pond with goldfish in it.",
            "In my back garden there's a pond that has goldfish in it.",
        ),
        (
            "I'm planning to dig a goldfish pond in my back garden.",
            "There's a pond with goldfish in my front garden.",
        ),
    ),
    Fact(
        "I live in a Victorian terraced house built in 1895.",
        (
            "My house is a Victorian terrace that was built in 1895.",
            "The Victorian terraced house I live in dates from 1895.",
            "Built in 1895, my home is a Victorian terraced house.",
        ),
        (
            "My parents live in a Victorian terraced house built in 1895.",
            "I live in a Victorian terraced house built in 1875.",
        ),
    ),
    Fact(
        "My car is a green 2009 Skoda Octavia estate.",
        (
            "I drive a green Skoda Octavia estate from 2009.",
            "I've got a 2009 Skoda Octavia estate in green.",
            "The car I own is a green Skoda Octavia estate, a 2009 model.",
        ),
        (
            "I'm buying a green 2009 Skoda Octavia estate.",
            "My car is a green 2009 Skoda Superb estate.",
        ),
    ),
    Fact(
        "I drive 30 miles each way to my office in Reading.",
        (
            "My drive to the office in Reading is 30 miles each way.",
            "It's a 30-mile drive each way to my office in Reading.",
            "Each way, I drive 30 miles to get to my office in Reading.",
        ),
        (
            "I drive 30 miles each way to my office in Oxford.",
            "I used to drive 30 miles each way to my office in Reading.",
        ),
    ),
    Fact(
        "My council tax is 160 pounds a month.",
        (
            "I pay 160 pounds a month in council tax.",
            "Council tax costs me 160 pounds every month.",
            "Every month, 160 pounds goes on my council tax.",
        ),
        (
            "My water bill is 160 pounds a month.",
            "My council tax is 190 pounds a month.",
        ),
    ),
    Fact(
        "I have 12,000 dollars in a high-interest savings account.",
        (
            "There's 12,000 dollars in my high-interest savings account.",
            "I've got 12,000 dollars saved in a high-interest savings account.",
            "My high-interest savings account has 12,000 dollars in it.",
        ),
        (
            "I want to have 12,000 dollars in a high-interest savings account.",
            "I have 21,000 dollars in a high-interest savings account.",
        ),
    ),
    Fact(
        "I switched my gas and electricity to Octopus Energy in 2023.",
        (
            "In 2023 I moved my gas and electricity over to Octopus Energy.",
            "I changed my gas and electricity supplier to Octopus Energy in 2023.",
            "My gas and electricity were switched to Octopus Energy in 2023.",
        ),
        (
            "I'm thinking of switching my gas and electricity to Octopus Energy.",
            "I switched my gas and electricity to British Gas in 2023.",
        ),
    ),
    Fact(
        "I keep four chickens in a coop in my garden.",
        (
            "I've got four chickens living in a coop in my garden.",
            "In my garden I keep four chickens in a coop.",
            "There's a coop in my garden where I keep my four chickens.",
        ),
        (
            "My neighbour keeps four chickens in a coop in his garden.",
            "I keep four ducks in a coop in my garden.",
        ),
    ),
    Fact(
        "My cocker spaniel Bramble is a rescue dog from Battersea.",
        (
            "I got my cocker spaniel, Bramble, as a rescue from Battersea.",
            "Bramble, my cocker spaniel, is a rescue dog from Battersea.",
            "My cocker spaniel Bramble was rescued from Battersea.",
        ),
        (
            "My sister's cocker spaniel Bramble is a rescue dog from Battersea.",
            "My cocker spaniel Bramble is a rescue dog from the Dogs Trust.",
        ),
    ),
    Fact(
        "I had my tonsils removed when I was six.",
        (
            "When I was six I had my tonsils taken out.",
            "My tonsils were removed when I was six years old.",
            "At the age of six, I had a tonsillectomy.",
        ),
        (
            "My daughter had her tonsils removed when she was six.",
            "I had my tonsils removed when I was sixteen.",
        ),
    ),
    Fact(
        "I'm allergic to penicillin.",
        (
            "I have a penicillin allergy.",
            "Penicillin gives me an allergic reaction.",
            "I've got an allergy to penicillin.",
        ),
        (
            "I'm not allergic to penicillin.",
            "I'm allergic to latex.",
        ),
    ),
    Fact(
        "I passed the B2 exam in Dutch in 2021.",
        (
            "In 2021 I passed my B2 Dutch exam.",
            "I got through the B2 Dutch language exam in 2021.",
            "2021 was when I passed the B2 exam in Dutch.",
        ),
        (
            "I'm sitting the B2 exam in Dutch next year.",
            "I passed the C1 exam in Dutch in 2021.",
        ),
    ),
    Fact(
        "I grew up speaking Tagalog at home.",
        (
            "Tagalog was the language we spoke at home when I was growing up.",
            "As a kid, I spoke Tagalog at home.",
            "At home, growing up, I spoke Tagalog.",
        ),
        (
            "My kids are growing up speaking Tagalog at home.",
            "I grew up speaking Cebuano at home.",
        ),
    ),
    Fact(
        "I do a volunteer shift on the Samaritans helpline every Tuesday night.",
        (
            "Every Tuesday night I volunteer for a shift on the Samaritans helpline.",
            "Tuesday nights are when I do my weekly volunteer shift for the Samaritans helpline.",
            "I volunteer on the Samaritans helpline, doing a shift each Tuesday night.",
        ),
        (
            "I used to do a volunteer shift on the Samaritans helpline every Tuesday night.",
            "I do a volunteer shift on the Samaritans helpline every Friday night.",
        ),
    ),
    Fact(
        "I've been on the RNLI lifeboat crew in Whitby since 2017.",
        (
            "Since 2017 I've crewed the RNLI lifeboat in Whitby.",
            "I joined the RNLI lifeboat crew in Whitby in 2017 and I'm still on it.",
            "I've been part of the Whitby RNLI lifeboat crew since 2017.",
        ),
        (
            "I've been on the RNLI lifeboat crew in Scarborough since 2017.",
            "I was on the RNLI lifeboat crew in Whitby from 2017 to 2020.",
        ),
    ),
    Fact(
        "I work weekends behind the bar at the Red Lion as a second job.",
        (
            "My second job is bartending at the Red Lion at weekends.",
            "As a second job, I work behind the bar at the Red Lion on weekends.",
            "On top of my main job, I'm a weekend bartender at the Red Lion.",
        ),
        (
            "I work weekday evenings behind the bar at the Red Lion as a second job.",
            "I work weekends waiting tables at the Red Lion as a second job.",
        ),
    ),
    Fact(
        "I play poker with my neighbours on the first Friday of every month.",
        (
            "On the first Friday of every month I play poker with my neighbours.",
            "My neighbours and I have a poker game on the first Friday of each month.",
            "Every month, on the first Friday, I get together with my neighbours for poker.",
        ),
        (
            "I play poker with my neighbours every Friday.",
            "I play bridge with my neighbours on the first Friday of every month.",
        ),
    ),
    Fact(
        "I host a barbecue for the whole street every August bank holiday.",
        (
            "Every August bank holiday I throw a barbecue for everyone on my street.",
            "I have the whole street round for a barbecue each August bank holiday.",
            "On the August bank holiday every year, I host a barbecue for the entire street.",
        ),
        (
            "My neighbour hosts a barbecue for the whole street every August bank holiday.",
            "I host a barbecue for the whole street every May bank holiday.",
        ),
    ),
)


# The twenty-second held-out set: written (3 December) alongside HELDOUT21, by another writer
# with the same instructions and other topics, and committed before HELDOUT21's failures were
# looked at. Measured unseen before and after HELDOUT21's study: 1.30 memories per fact, 0%
# wrong merges (offline at 0.8); then studied (1.25 / 0%).
HELDOUT22 = (
    Fact(
        "I've been playing water polo for a club in Leicester since 2017.",
        (
            "Since 2017 I've played water polo for a club in Leicester.",
            "I've played for a Leicester water polo club since 2017.",
            "I joined a water polo club in Leicester in 2017 and have played for them ever since.",
        ),
        (
            "I've been playing water polo for a club in Nottingham since 2017.",
            "I played water polo for a club in Leicester until 2017.",
        ),
    ),
    Fact(
        "I have a season ticket for the Leeds Rhinos.",
        (
            "I'm a Leeds Rhinos season ticket holder.",
            "I've got a season ticket to watch the Leeds Rhinos.",
            "My season ticket is for the Leeds Rhinos.",
        ),
        (
            "My brother has a season ticket for the Leeds Rhinos.",
            "I'm thinking of getting a season ticket for the Leeds Rhinos.",
        ),
    ),
    Fact(
        "I play the trombone in a ska band called The Loose Ends.",
        (
            "I'm the trombonist in a ska band called The Loose Ends.",
            "In a ska band called The Loose Ends, I play trombone.",
            "The trombone is my instrument in The Loose Ends, a ska band I play in.",
        ),
        (
            "I play the saxophone in a ska band called The Loose Ends.",
            "I used to play the trombone in a ska band called The Loose Ends.",
        ),
    ),
    Fact(
        "I sold my first oil painting at a gallery in St Ives in 2021.",
        (
            "In 2021 I sold my first oil painting, at a gallery in St Ives.",
            "My first oil painting sold at a gallery in St Ives in 2021.",
            "A gallery in St Ives is where I sold my first oil painting, back in 2021.",
        ),
        (
            "I sold my first oil painting at a gallery in St Ives in 2023.",
            "I'm hoping to sell my first oil painting at a gallery in St Ives.",
        ),
    ),
    Fact(
        "I own 48 vintage fountain pens.",
        (
            "My collection of vintage fountain pens is 48 strong.",
            "I've got 48 vintage fountain pens.",
            "There are 48 vintage fountain pens in my collection.",
        ),
        (
            "I own 48 vintage pocket watches.",
            "I own 84 vintage fountain pens.",
        ),
    ),
    Fact(
        "I collect a snow globe from every city I visit.",
        (
            "Every city I visit, I pick up a snow globe for my collection.",
            "In each city I go to, I get a snow globe to add to my collection.",
            "My snow globe collection grows by one with every city I visit.",
        ),
        (
            "I collect a fridge magnet from every city I visit.",
            "My daughter collects a snow globe from every city she visits.",
        ),
    ),
    Fact(
        "I make a big pot of chili every Sunday to eat through the week.",
        (
            "Every Sunday I cook a big pot of chili that I eat through the week.",
            "On Sundays I make a large batch of chili to eat over the week.",
            "Sunday is when I make a big pot of chili to see me through the week.",
        ),
        (
            "I make a big pot of lentil soup every Sunday to eat through the week.",
            "I make a big pot of chili every Wednesday to eat through the week.",
        ),
    ),
    Fact(
        "I make my own kimchi in big jars every autumn.",
        (
            "Every autumn I make my own kimchi in big jars.",
            "In autumn each year, I make big jars of my own kimchi.",
            "Making my own kimchi in big jars is something I do every autumn.",
        ),
        (
            "I make my own sauerkraut in big jars every autumn.",
            "My grandmother makes her own kimchi in big jars every autumn.",
        ),
    ),
    Fact(
        "I take a 20-minute nap after lunch every day.",
        (
            "Every day after lunch I have a 20-minute nap.",
            "After lunch each day, I nap for twenty minutes.",
            "My daily routine includes a twenty-minute nap after lunch.",
        ),
        (
            "I take a 90-minute nap after lunch every day.",
            "I take a 20-minute nap after lunch on Sundays.",
        ),
    ),
    Fact(
        "I write three pages in my journal before breakfast every day.",
        (
            "Every day, before breakfast, I write three pages in my journal.",
            "Before I have breakfast each day, I fill three pages of my journal.",
            "Each day starts with me writing three pages in my journal before breakfast.",
        ),
        (
            "I write three pages in my journal before bed every day.",
            "I write one page in my journal before breakfast every day.",
        ),
    ),
    Fact(
        "I cycled from Land's End to John o' Groats in 2019.",
        (
            "In 2019 I cycled from Land's End to John o' Groats.",
            "Back in 2019, I rode my bike all the way from Land's End to John o' Groats.",
            "My Land's End to John o' Groats bike ride was in 2019.",
        ),
        (
            "I walked from Land's End to John o' Groats in 2019.",
            "I'm going to cycle from Land's End to John o' Groats in 2026.",
        ),
    ),
    Fact(
        "I'm going to Iceland in February to see the northern lights.",
        (
            "In February I'm heading to Iceland to see the northern lights.",
            "I've got a trip to Iceland planned for February to see the northern lights.",
            "Seeing the northern lights is the reason for my trip to Iceland in February.",
        ),
        (
            "I went to Iceland in February to see the northern lights.",
            "I'm going to Norway in February to see the northern lights.",
        ),
    ),
    Fact(
        "I took the Trans-Siberian Railway from Moscow to Beijing in 2012.",
        (
            "In 2012 I rode the Trans-Siberian Railway from Moscow to Beijing.",
            "Back in 2012 I travelled from Moscow to Beijing on the Trans-Siberian.",
            "My trip on the Trans-Siberian Railway, from Moscow to Beijing, was in 2012.",
        ),
        (
            "I took the Trans-Siberian Railway from Moscow to Vladivostok in 2012.",
            "My parents took the Trans-Siberian Railway from Moscow to Beijing in 2012.",
        ),
    ),
    Fact(
        "I built my own gaming PC with an RTX 4070 last year.",
        (
            "Last year I built my own gaming PC with an RTX 4070 in it.",
            "My gaming PC, which has an RTX 4070, is one I built myself last year.",
            "I put together my own RTX 4070 gaming PC last year.",
        ),
        (
            "I built my own gaming PC with an RTX 3060 last year.",
            "I bought a prebuilt gaming PC with an RTX 4070 last year.",
        ),
    ),
    Fact(
        "I run a Home Assistant server on a Raspberry Pi in my hallway cupboard.",
        (
            "In my hallway cupboard there's a Raspberry Pi running my Home Assistant server.",
            "My Home Assistant server runs on a Raspberry Pi that I keep in the hallway cupboard.",
            "I've got Home Assistant running on a Raspberry Pi in the cupboard in my hallway.",
        ),
        (
            "I run a Home Assistant server on a Raspberry Pi in my garage.",
            "I plan to run a Home Assistant server on a Raspberry Pi in my hallway cupboard.",
        ),
    ),
    Fact(
        "I buy all my clothes second-hand from charity shops.",
        (
            "All of my clothes come second-hand from charity shops.",
            "Every bit of clothing I buy is second-hand from a charity shop.",
            "Charity shops are where I buy all my clothes, second-hand.",
        ),
        (
            "I buy all my furniture second-hand from charity shops.",
            "I never buy clothes second-hand from charity shops.",
        ),
    ),
    Fact(
        "I get my meat from a farm shop in Ludlow once a month.",
        (
            "Once a month I buy my meat from a farm shop in Ludlow.",
            "My meat comes from a farm shop in Ludlow, where I go once a month.",
            "Every month I pick up my meat at a Ludlow farm shop.",
        ),
        (
            "I get my vegetables from a farm shop in Ludlow once a month.",
            "I get my meat from a farm shop in Ludlow once a week.",
        ),
    ),
    Fact(
        "I spent six years as an air traffic controller at Gatwick before moving into IT.",
        (
            "Before I moved into IT, I was an air traffic controller at Gatwick for six years.",
            "Air traffic control at Gatwick was my job for six years; then I switched to IT.",
            "I was an air traffic controller at Gatwick for six years, then I went into IT.",
        ),
        (
            "I spent six years as an air traffic controller at Heathrow before moving into IT.",
            "I spent six years in IT before becoming an air traffic controller at Gatwick.",
        ),
    ),
    Fact(
        "I started my career as a junior reporter at the Yorkshire Post in 2005.",
        (
            "In 2005 I got my start as a junior reporter at the Yorkshire Post.",
            "My career began in 2005, when I was a junior reporter at the Yorkshire Post.",
            "I began my working life as a junior reporter on the Yorkshire Post back in 2005.",
        ),
        (
            "I started my career as a junior reporter at the Yorkshire Post in 2011.",
            "I started my career as a photographer at the Yorkshire Post in 2005.",
        ),
    ),
    Fact(
        "I organised my parents' 40th wedding anniversary party in 2023.",
        (
            "In 2023 I organised the party for my parents' 40th wedding anniversary.",
            "My parents' 40th wedding anniversary party in 2023 was organised by me.",
            "I was the one who put together my mum and dad's 40th anniversary party in 2023.",
        ),
        (
            "I organised my parents' 25th wedding anniversary party in 2023.",
            "My sister organised my parents' 40th wedding anniversary party in 2023.",
        ),
    ),
    Fact(
        "I hosted Christmas dinner for 18 relatives last year.",
        (
            "Last year I hosted Christmas dinner for 18 of my relatives.",
            "I had 18 relatives round for Christmas dinner last year.",
            "Christmas dinner last year was hosted by me, for 18 relatives.",
        ),
        (
            "I hosted Christmas dinner for 8 relatives last year.",
            "I'm hosting Christmas dinner for 18 relatives this year.",
        ),
    ),
)


# The twenty-third held-out set: written (3 December) as HELDOUT21 was, after HELDOUT21's study,
# and committed before HELDOUT22's failures were looked at. Measured unseen: 1.16 memories per
# fact, 4.8% wrong merges (offline at 0.8), before and after HELDOUT22's study; then studied
# (1.21 / 0%).
HELDOUT23 = (
    Fact(
        "I do Pilates on a reformer machine twice a week.",
        (
            "Twice a week, I do reformer Pilates.",
            "I'm on a reformer machine doing Pilates two times a week.",
            "My Pilates sessions are on a reformer machine, twice every week.",
        ),
        (
            "I do Pilates on a reformer machine twice a month.",
            "I used to do Pilates on a reformer machine twice a week.",
        ),
    ),
    Fact(
        "I walk 10,000 steps every day.",
        (
            "Every day I get my 10,000 steps in.",
            "I hit ten thousand steps each day.",
            "My daily step count is 10,000.",
        ),
        (
            "My husband walks 10,000 steps every day.",
            "I walk 5,000 steps every day.",
        ),
    ),
    Fact(
        "I have a diploma in horticulture from Kew Gardens.",
        (
            "I got my horticulture diploma at Kew Gardens.",
            "My diploma, which is in horticulture, is from Kew Gardens.",
            "Kew Gardens is where I earned a diploma in horticulture.",
        ),
        (
            "I have a diploma in horticulture from the Royal Botanic Garden Edinburgh.",
            "I'm studying for a diploma in horticulture at Kew Gardens.",
        ),
    ),
    Fact(
        "I passed my CELTA teaching certificate in Barcelona in 2016.",
        (
            "In 2016 I passed the CELTA teaching certificate in Barcelona.",
            "I did my CELTA in Barcelona and passed it in 2016.",
            "My CELTA teaching certificate was passed in Barcelona in 2016.",
        ),
        (
            "I failed my CELTA teaching certificate in Barcelona in 2016.",
            "I passed my CELTA teaching certificate in Barcelona in 2018.",
        ),
    ),
    Fact(
        "I've lived in a converted chapel in Shropshire since 2012.",
        (
            "Since 2012, my home has been a converted chapel in Shropshire.",
            "I've been living in a chapel conversion in Shropshire since 2012.",
            "Home for me since 2012 has been a converted chapel in Shropshire.",
        ),
        (
            "My parents have lived in a converted chapel in Shropshire since 2012.",
            "I've lived in a converted barn in Shropshire since 2012.",
        ),
    ),
    Fact(
        "I've moved house eleven times in the last fifteen years.",
        (
            "In the past fifteen years I've moved house eleven times.",
            "I've had eleven house moves over the last fifteen years.",
            "Eleven times in the last fifteen years, I've moved house.",
        ),
        (
            "I've moved house three times in the last fifteen years.",
            "My sister has moved house eleven times in the last fifteen years.",
        ),
    ),
    Fact(
        "I make my own soap from goat's milk.",
        (
            "I make goat's milk soap myself.",
            "My soap is homemade, from goat's milk.",
            "Goat's milk soap is something I make myself.",
        ),
        (
            "I make my own soap from olive oil.",
            "I buy my goat's milk soap from a farmers' market.",
        ),
    ),
    Fact(
        "I make stained glass lampshades in my shed.",
        (
            "I make lampshades out of stained glass in my shed.",
            "My shed is where I make stained glass lampshades.",
            "Stained glass lampshades are what I make in my shed.",
        ),
        (
            "I make stained glass windows in my shed.",
            "I'd like to start making stained glass lampshades in my shed.",
        ),
    ),
    Fact(
        "I've quilted a blanket for each of my five grandchildren.",
        (
            "Each of my five grandchildren has a quilt I made for them.",
            "I've made a quilted blanket for every one of my five grandchildren.",
            "All five of my grandkids have a blanket I quilted for them.",
        ),
        (
            "I've quilted a blanket for each of my three grandchildren.",
            "I'm quilting a blanket for each of my five grandchildren.",
        ),
    ),
    Fact(
        "I'm terrified of driving through tunnels.",
        (
            "Driving through tunnels terrifies me.",
            "Tunnels scare the life out of me when I'm driving through them.",
            "I have a real terror of driving through tunnels.",
        ),
        (
            "I'm terrified of driving over bridges.",
            "My wife is terrified of driving through tunnels.",
        ),
    ),
    Fact(
        "I always pack a travel kettle when I go abroad.",
        (
            "Whenever I go abroad, I pack a travel kettle.",
            "A travel kettle always goes in my bag when I travel abroad.",
            "I never go abroad without packing a travel kettle.",
        ),
        (
            "I always pack a travel iron when I go abroad.",
            "I always pack a travel kettle when I go camping.",
        ),
    ),
    Fact(
        "My father-in-law lives in a care home in Harrogate.",
        (
            "My father-in-law is in a care home in Harrogate.",
            "A care home in Harrogate is where my father-in-law lives.",
            "My father-in-law lives in a Harrogate care home.",
        ),
        (
            "My mother-in-law lives in a care home in Harrogate.",
            "My father-in-law lives in a care home in York.",
        ),
    ),
    Fact(
        "I have two stepsons from my husband's first marriage.",
        (
            "My husband has two sons from his first marriage, who are my stepsons.",
            "I'm stepmum to my husband's two boys from his first marriage.",
            "From my husband's first marriage, I've got two stepsons.",
        ),
        (
            "I have one stepson from my husband's first marriage.",
            "I have two stepdaughters from my husband's first marriage.",
        ),
    ),
    Fact(
        "I use Xero to do the accounts at the garage where I work.",
        (
            "At the garage where I work, I do the accounts in Xero.",
            "The accounts at the garage I work at are done by me in Xero.",
            "Xero is what I use for the accounts at the garage I work for.",
        ),
        (
            "I use QuickBooks to do the accounts at the garage where I work.",
            "I used to use Xero to do the accounts at the garage where I work.",
        ),
    ),
    Fact(
        "My office is on the 31st floor of the Shard.",
        (
            "I work on the 31st floor of the Shard.",
            "The Shard is where my office is, on the 31st floor.",
            "My office is up on floor 31 of the Shard.",
        ),
        (
            "My office is on the 13th floor of the Shard.",
            "My brother's office is on the 31st floor of the Shard.",
        ),
    ),
    Fact(
        "I put 200 pounds into a stocks and shares ISA every month.",
        (
            "Every month I pay 200 pounds into a stocks and shares ISA.",
            "I save 200 quid a month in a stocks and shares ISA.",
            "200 pounds goes into my stocks and shares ISA each month.",
        ),
        (
            "I put 200 pounds into a cash ISA every month.",
            "I put 200 pounds into a stocks and shares ISA every year.",
        ),
    ),
    Fact(
        "I keep a written budget in a notebook and update it every Sunday.",
        (
            "Every Sunday I update the budget I keep written in a notebook.",
            "My budget is written in a notebook, and I update it each Sunday.",
            "I've got a handwritten budget in a notebook that I update on Sundays.",
        ),
        (
            "I keep a budget in a spreadsheet and update it every Sunday.",
            "I keep a written budget in a notebook and update it at the end of each month.",
        ),
    ),
    Fact(
        "I'm allergic to kiwi fruit.",
        (
            "Kiwi fruit gives me an allergic reaction.",
            "I have an allergy to kiwi fruit.",
            "I can't eat kiwi fruit because I'm allergic to it.",
        ),
        (
            "I'm allergic to mango.",
            "My son is allergic to kiwi fruit.",
        ),
    ),
    Fact(
        "I've followed a low-FODMAP diet since 2020.",
        (
            "Since 2020 I've been on a low-FODMAP diet.",
            "I've been eating low-FODMAP since 2020.",
            "My diet has been low-FODMAP since 2020.",
        ),
        (
            "I followed a low-FODMAP diet for a few months in 2020.",
            "I've followed a keto diet since 2020.",
        ),
    ),
    Fact(
        "I met the Queen at a garden party at Buckingham Palace in 2011.",
        (
            "In 2011 I met the Queen at a Buckingham Palace garden party.",
            "I got to meet the Queen in 2011, at a garden party at Buckingham Palace.",
            "At a garden party at Buckingham Palace in 2011, I met the Queen.",
        ),
        (
            "I met the Queen at a garden party at Buckingham Palace in 2015.",
            "My grandmother met the Queen at a garden party at Buckingham Palace in 2011.",
        ),
    ),
    Fact(
        "My house flooded on Boxing Day 2015.",
        (
            "On Boxing Day 2015, my house flooded.",
            "My house was flooded on Boxing Day in 2015.",
            "Boxing Day 2015 was when my house flooded.",
        ),
        (
            "My house nearly flooded on Boxing Day 2015.",
            "My shop flooded on Boxing Day 2015.",
        ),
    ),
)


# The twenty-fourth held-out set: written (3 December) as HELDOUT21 was, after HELDOUT22's
# study, and committed before HELDOUT23's failures were looked at. Measured unseen: 1.22
# memories per fact, 4.8% wrong merges (offline at 0.8), before and after HELDOUT23's study.
HELDOUT24 = (
    Fact(
        "I handle the payroll for 300 staff at a care company in Norwich.",
        (
            "I do payroll for the 300 employees of a care company in Norwich.",
            "At a care company in Norwich, I'm the one who runs payroll for its 300 staff.",
            "The payroll for 300 staff at a care company in Norwich is handled by me.",
        ),
        (
            "I handle the payroll for 30 staff at a care company in Norwich.",
            "My sister handles the payroll for 300 staff at a care company in Norwich.",
        ),
    ),
    Fact(
        "I inspect railway bridges across Cumbria for Network Rail.",
        (
            "My job is inspecting railway bridges across Cumbria for Network Rail.",
            "For Network Rail, I inspect the railway bridges across Cumbria.",
            "I work for Network Rail, inspecting railway bridges all over Cumbria.",
        ),
        (
            "I used to inspect railway bridges across Cumbria for Network Rail.",
            "I inspect railway tunnels across Cumbria for Network Rail.",
        ),
    ),
    Fact(
        "I catch the 7:15 ferry from Gosport to Portsmouth to get to work.",
        (
            "To get to work I take the 7:15 ferry from Gosport over to Portsmouth.",
            "My way to work is the 7:15 ferry from Gosport to Portsmouth.",
            "I get to work by catching the 7.15 ferry across from Gosport to Portsmouth.",
        ),
        (
            "I catch the 8:45 ferry from Gosport to Portsmouth to get to work.",
            "I catch the 7:15 bus from Gosport to Portsmouth to get to work.",
        ),
    ),
    Fact(
        "I bought a secondhand Volvo V70 for 4,500 pounds in 2022.",
        (
            "In 2022 I paid 4,500 pounds for a used Volvo V70.",
            "I got a secondhand Volvo V70 in 2022, and it cost me 4,500 pounds.",
            "A used Volvo V70 was what I bought in 2022, for 4,500 pounds.",
        ),
        (
            "I sold a secondhand Volvo V70 for 4,500 pounds in 2022.",
            "I bought a secondhand Volvo V70 for 4,500 pounds in 2019.",
        ),
    ),
    Fact(
        "I adopted a retired racing greyhound called Pickle in 2020.",
        (
            "In 2020 I adopted Pickle, a retired racing greyhound.",
            "Pickle is a retired racing greyhound that I adopted in 2020.",
            "My retired racing greyhound, Pickle, was adopted by me in 2020.",
        ),
        (
            "I adopted a retired racing greyhound called Pepper in 2020.",
            "My neighbour adopted a retired racing greyhound called Pickle in 2020.",
        ),
    ),
    Fact(
        "I've had a corn snake named Noodle for six years.",
        (
            "My corn snake, Noodle, has been with me for six years.",
            "For six years now I've kept a corn snake called Noodle.",
            "Noodle is my corn snake and I've had her for six years.",
        ),
        (
            "I've had a corn snake named Noodle for six months.",
            "I had a corn snake named Noodle for six years.",
        ),
    ),
    Fact(
        "I lived in Osaka from 2009 to 2013.",
        (
            "From 2009 until 2013 I lived in Osaka.",
            "Osaka was my home between 2009 and 2013.",
            "I spent 2009 to 2013 living in Osaka.",
        ),
        (
            "I lived in Kyoto from 2009 to 2013.",
            "My parents lived in Osaka from 2009 to 2013.",
        ),
    ),
    Fact(
        "I moved from Glasgow to Cork in the summer of 2017.",
        (
            "In the summer of 2017 I moved from Glasgow to Cork.",
            "I relocated from Glasgow to Cork in summer 2017.",
            "It was in the summer of 2017 that I left Glasgow and moved to Cork.",
        ),
        (
            "I moved from Cork to Glasgow in the summer of 2017.",
            "I moved from Glasgow to Cork in the winter of 2017.",
        ),
    ),
    Fact(
        "I scored 7.5 overall in my IELTS exam in 2018.",
        (
            "My overall IELTS score in 2018 was 7.5.",
            "In 2018 I took the IELTS and got 7.5 overall.",
            "I got an overall band of 7.5 when I sat the IELTS in 2018.",
        ),
        (
            "I scored 6.5 overall in my IELTS exam in 2018.",
            "I scored 7.5 in the speaking section of my IELTS exam in 2018.",
        ),
    ),
    Fact(
        "I got an A in A-level Russian in 2008.",
        (
            "I got an A grade in my Russian A-level back in 2008.",
            "In 2008 I was awarded an A for A-level Russian.",
            "My Russian A-level result in 2008 was an A.",
        ),
        (
            "I got a C in A-level Russian in 2008.",
            "I got an A in A-level German in 2008.",
        ),
    ),
    Fact(
        "I finished third in the Welsh national triathlon championships in 2021.",
        (
            "In 2021 I came third at the Welsh national triathlon championships.",
            "I took the bronze at the 2021 Welsh national triathlon championships.",
            "At the Welsh national triathlon championships in 2021, I placed third.",
        ),
        (
            "I finished third in the Scottish national triathlon championships in 2021.",
            "I finished thirteenth in the Welsh national triathlon championships in 2021.",
        ),
    ),
    Fact(
        "I got a hole-in-one on the 14th hole at Royal Birkdale in 2018.",
        (
            "In 2018 I hit a hole-in-one at Royal Birkdale, on the 14th.",
            "I aced the 14th hole at Royal Birkdale in 2018.",
            "Back in 2018 I got a hole in one on Royal Birkdale's 14th hole.",
        ),
        (
            "My dad got a hole-in-one on the 14th hole at Royal Birkdale in 2018.",
            "I got a hole-in-one on the 4th hole at Royal Birkdale in 2018.",
        ),
    ),
    Fact(
        "I take levothyroxine every morning for my underactive thyroid.",
        (
            "Every morning I take levothyroxine for my underactive thyroid.",
            "For my underactive thyroid, I have levothyroxine each morning.",
            "I'm on levothyroxine for an underactive thyroid and take it every morning.",
        ),
        (
            "I take levothyroxine every evening for my underactive thyroid.",
            "I used to take levothyroxine every morning for my underactive thyroid.",
        ),
    ),
    Fact(
        "I was diagnosed with Crohn's disease in 2016.",
        (
            "In 2016 I got a diagnosis of Crohn's disease.",
            "Doctors diagnosed me with Crohn's disease in 2016.",
            "My Crohn's disease was diagnosed in 2016.",
        ),
        (
            "I was diagnosed with Crohn's disease in 2006.",
            "I was diagnosed with ulcerative colitis in 2016.",
        ),
    ),
    Fact(
        "I swim at the lido in Brockwell Park every Wednesday at 7 am.",
        (
            "Every Wednesday at 7 am I go for a swim at the Brockwell Park lido.",
            "Wednesdays at 7 am, I'm swimming at the lido in Brockwell Park.",
            "I go swimming in the Brockwell Park lido at 7 am each Wednesday.",
        ),
        (
            "I swim at the lido in Brockwell Park every Wednesday at 7 pm.",
            "I swim at the lido in Brockwell Park every other Wednesday at 7 am.",
        ),
    ),
    Fact(
        "I do all the ironing for the week on Sunday evenings.",
        (
            "On Sunday evenings I do the whole week's ironing.",
            "Sunday evening is when I get all the week's ironing done.",
            "All of the week's ironing gets done by me on Sunday evenings.",
        ),
        (
            "My husband does all the ironing for the week on Sunday evenings.",
            "I don't do the ironing for the week on Sunday evenings.",
        ),
    ),
    Fact(
        "I keep my grandfather's war medals in a tin under my bed.",
        (
            "My grandfather's war medals are kept in a tin under my bed.",
            "Under my bed there's a tin where I keep my grandfather's war medals.",
            "I've got my grandad's war medals stored in a tin under my bed.",
        ),
        (
            "I keep my grandfather's war medals in a tin in the loft.",
            "I used to keep my grandfather's war medals in a tin under my bed.",
        ),
    ),
    Fact(
        "My passport is in the top drawer of the desk in my study.",
        (
            "I keep my passport in the top drawer of my study desk.",
            "The top drawer of the desk in my study is where my passport lives.",
            "In my study, my passport's kept in the desk's top drawer.",
        ),
        (
            "My driving licence is in the top drawer of the desk in my study.",
            "My passport is in the bottom drawer of the desk in my study.",
        ),
    ),
    Fact(
        "Next year I want to get my pilot's licence.",
        (
            "I'm aiming to get my pilot's licence next year.",
            "Getting my pilot's licence is my goal for next year.",
            "My plan for next year is to get my pilot's licence.",
        ),
        (
            "I got my pilot's licence last year.",
            "Next year I want to get my HGV licence.",
        ),
    ),
    Fact(
        "Next year I'm planning to have our loft converted into a third bedroom.",
        (
            "I plan to get our loft turned into a third bedroom next year.",
            "My plan for next year is a loft conversion to make us a third bedroom.",
            "Having our loft converted into a third bedroom is what I'm planning for next year.",
        ),
        (
            "Next year I'm planning to have our garage converted into a third bedroom.",
            "I've decided not to have our loft converted into a third bedroom next year.",
        ),
    ),
    Fact(
        "My car failed its MOT last week because of worn brake pads.",
        (
            "Last week my car failed its MOT because the brake pads were worn.",
            "Worn brake pads made my car fail its MOT last week.",
            "My car didn't pass its MOT last week because of worn brake pads.",
        ),
        (
            "My car failed its MOT last week because of a cracked windscreen.",
            "My car failed its MOT last year because of worn brake pads.",
        ),
    ),
)


# The twenty-fifth held-out set: written (3 December) as HELDOUT21 was, after HELDOUT23's
# study, and committed before HELDOUT24's failures were looked at. Measured unseen: 1.21
# memories per fact, 4.8% wrong merges (offline at 0.8).
HELDOUT25 = (
    Fact(
        "My model railway club meets in a church hall in Crewe every other Thursday.",
        (
            "Every other Thursday, my model railway club gets together in a Crewe church hall.",
            "The model railway club I'm in meets fortnightly on Thursdays in a Crewe church hall.",
            "A church hall in Crewe is where my model railway club meets, every other Thursday.",
        ),
        (
            "My model railway club meets in a church hall in Crewe every Thursday.",
            "My model railway club meets in a church hall in Nantwich every other Thursday.",
        ),
    ),
    Fact(
        "I joined a cold-water swimming club in Brighton in 2020.",
        (
            "In 2020 I became a member of a cold-water swimming club in Brighton.",
            "Back in 2020, I joined a cold-water swimming club down in Brighton.",
            "2020 was the year I joined a Brighton cold-water swimming club.",
        ),
        (
            "I left a cold-water swimming club in Brighton in 2020.",
            "I'm thinking of joining a cold-water swimming club in Brighton.",
        ),
    ),
    Fact(
        "We held our wedding reception in a barn near Hexham with 90 guests.",
        (
            "Our wedding reception was in a barn near Hexham, and 90 guests came.",
            "We had 90 guests at our wedding reception, which we held in a barn near Hexham.",
            "The reception for our wedding took place in a barn near Hexham, with 90 guests.",
        ),
        (
            "We held our wedding reception in a barn near Hexham with 150 guests.",
            "We held our wedding reception in a hotel near Hexham with 90 guests.",
        ),
    ),
    Fact(
        "I threw my husband a surprise 50th birthday party at a bowling alley in Derby.",
        (
            "For my husband's 50th, I organised him a surprise party at a bowling alley in Derby.",
            "My husband's surprise 50th birthday party was thrown by me at a Derby bowling alley.",
            "When my husband turned 50, I surprised him with a party at a bowling alley in Derby.",
        ),
        (
            "My husband threw me a surprise 50th birthday party at a bowling alley in Derby.",
            "I'm throwing my husband a surprise 50th birthday party at a bowling alley in Derby.",
        ),
    ),
    Fact(
        "I learned to ride a bike when I was seven, on my grandad's farm in Devon.",
        (
            "At seven, I learnt to ride a bike on my grandad's farm in Devon.",
            "My grandad's farm in Devon is where I learned to ride a bike, aged seven.",
            "I was seven when I learned how to ride a bicycle on my grandfather's farm in Devon.",
        ),
        (
            "I learned to ride a horse when I was seven, on my grandad's farm in Devon.",
            "My son learned to ride a bike when he was seven, on my grandad's farm in Devon.",
        ),
    ),
    Fact(
        "I got lost at Blackpool Pleasure Beach when I was five.",
        (
            "When I was five, I got lost at Blackpool Pleasure Beach.",
            "At the age of five I went missing at Blackpool Pleasure Beach.",
            "I was five years old when I got lost at the Pleasure Beach in Blackpool.",
        ),
        (
            "I got lost at Blackpool Pleasure Beach when I was nine.",
            "I got lost at Alton Towers when I was five.",
        ),
    ),
    Fact(
        "I grow tomatoes and chillies in the greenhouse at the bottom of my garden.",
        (
            "In the greenhouse at the bottom of my garden, I grow tomatoes and chillies.",
            "Tomatoes and chillies are what I grow in my greenhouse at the bottom of the garden.",
            "My greenhouse at the bottom of the garden is where I grow chillies and tomatoes.",
        ),
        (
            "I grow tomatoes and chillies on the windowsill in my kitchen.",
            "I used to grow tomatoes and chillies in the greenhouse at the bottom of my garden.",
        ),
    ),
    Fact(
        "I planted a fig tree by my back door in 2019.",
        (
            "In 2019 I put a fig tree in the ground by my back door.",
            "The fig tree by my back door was planted by me in 2019.",
            "2019 is when I planted the fig tree next to my back door.",
        ),
        (
            "I planted an olive tree by my back door in 2019.",
            "I cut down a fig tree by my back door in 2019.",
        ),
    ),
    Fact(
        "I bought my cordless drill at a car boot sale for 15 pounds.",
        (
            "My cordless drill cost me 15 pounds at a car boot sale.",
            "I picked up my cordless drill for 15 quid at a car boot sale.",
            "At a car boot sale, I paid 15 pounds for my cordless drill.",
        ),
        (
            "I bought my cordless drill at a car boot sale for 50 pounds.",
            "I sold my cordless drill at a car boot sale for 15 pounds.",
        ),
    ),
    Fact(
        "I paid for my ride-on mower in twelve monthly instalments.",
        (
            "My ride-on mower was paid for in twelve monthly instalments.",
            "I spread the cost of my ride-on mower over twelve monthly payments.",
            "Twelve monthly instalments is how I paid for my ride-on mower.",
        ),
        (
            "I paid for my ride-on mower in twenty-four monthly instalments.",
            "I paid for my hedge trimmer in twelve monthly instalments.",
        ),
    ),
    Fact(
        "I've been a Scout leader in Bolton since 2015.",
        (
            "Since 2015, I've been a leader with the Scouts in Bolton.",
            "I've been volunteering as a Scout leader in Bolton since 2015.",
            "My role as a Scout leader in Bolton goes back to 2015.",
        ),
        (
            "I was a Scout leader in Bolton until 2015.",
            "I've been a Scout leader in Bury since 2015.",
        ),
    ),
    Fact(
        "I have saxophone lessons with a teacher called Marcus every Tuesday evening.",
        (
            "Every Tuesday evening I have a saxophone lesson with my teacher, Marcus.",
            "My sax teacher's called Marcus, and I have lessons with him every Tuesday evening.",
            "On Tuesday evenings I'm taught the saxophone by a teacher named Marcus.",
        ),
        (
            "I give saxophone lessons to a student called Marcus every Tuesday evening.",
            "I have trumpet lessons with a teacher called Marcus every Tuesday evening.",
        ),
    ),
    Fact(
        "I passed my grade 8 clarinet exam when I was sixteen.",
        (
            "At sixteen, I passed grade 8 on the clarinet.",
            "I was sixteen when I passed my grade 8 exam in clarinet.",
            "My grade 8 clarinet exam was one I passed at the age of sixteen.",
        ),
        (
            "I failed my grade 8 clarinet exam when I was sixteen.",
            "I passed my grade 5 clarinet exam when I was sixteen.",
        ),
    ),
    Fact(
        "I have to carry two EpiPens because of my sesame allergy.",
        (
            "Because I'm allergic to sesame, I have to carry two EpiPens.",
            "My sesame allergy means I've got to carry two EpiPens with me.",
            "Two EpiPens have to go everywhere with me because of my allergy to sesame.",
        ),
        (
            "I have to carry two EpiPens because of my son's sesame allergy.",
            "I have to carry two EpiPens because of my bee sting allergy.",
        ),
    ),
    Fact(
        "I went vegan in January 2022.",
        (
            "I've been vegan since January 2022.",
            "January 2022 is when I became a vegan.",
            "I switched to a vegan diet in January 2022.",
        ),
        (
            "I went vegetarian in January 2022.",
            "My wife went vegan in January 2022.",
        ),
    ),
    Fact(
        "I've had my Google Pixel 7 since December 2022.",
        (
            "Since December 2022, I've had a Google Pixel 7.",
            "My phone's a Google Pixel 7, and I've had it since December 2022.",
            "December 2022 is when I got the Google Pixel 7 that I still have.",
        ),
        (
            "I had a Google Pixel 7 until December 2022.",
            "I've had my Google Pixel 8 since December 2022.",
        ),
    ),
    Fact(
        "I bought a refurbished ThinkPad X1 Carbon for 450 pounds.",
        (
            "I paid 450 pounds for a refurbished ThinkPad X1 Carbon.",
            "For 450 quid, I got myself a refurbished ThinkPad X1 Carbon.",
            "My ThinkPad X1 Carbon is a refurbished one that I bought for 450 pounds.",
        ),
        (
            "I bought a brand-new ThinkPad X1 Carbon for 450 pounds.",
            "I want to buy a refurbished ThinkPad X1 Carbon for 450 pounds.",
        ),
    ),
    Fact(
        "I took the overnight ferry from Hull to Rotterdam in 2019.",
        (
            "In 2019, I went from Hull to Rotterdam on the overnight ferry.",
            "Back in 2019 I caught the overnight boat from Hull over to Rotterdam.",
            "The overnight ferry from Hull to Rotterdam was a trip I made in 2019.",
        ),
        (
            "I took the overnight ferry from Hull to Zeebrugge in 2019.",
            "I'm taking the overnight ferry from Hull to Rotterdam next summer.",
        ),
    ),
    Fact(
        "I travelled on the Caledonian Sleeper from London to Fort William for my 40th birthday.",
        (
            "For my 40th birthday, I rode the Caledonian Sleeper from London up to Fort William.",
            "To mark turning 40, I took the Caledonian Sleeper from London to Fort William.",
            "My 40th birthday trip was on the Caledonian Sleeper, from London to Fort William.",
        ),
        (
            "I travelled on the Caledonian Sleeper from London to Inverness for my 40th birthday.",
            "I went on the Caledonian Sleeper from London to Fort William for my 30th birthday.",
        ),
    ),
    Fact(
        "I'm saving 300 pounds a month for a trip to New Zealand.",
        (
            "Every month I put aside 300 pounds for a trip to New Zealand.",
            "I'm setting aside 300 quid a month towards a trip to New Zealand.",
            "300 pounds a month is going into my savings for a New Zealand trip.",
        ),
        (
            "I'm saving 300 pounds a month for a new car.",
            "I'm saving 300 pounds a week for a trip to New Zealand.",
        ),
    ),
    Fact(
        "My neighbour Derek and I built a treehouse for our kids in 2021.",
        (
            "In 2021, my neighbour Derek and I built our kids a treehouse.",
            "Derek from next door and I built a treehouse for our children in 2021.",
            "The treehouse for our kids was built by me and my neighbour Derek in 2021.",
        ),
        (
            "My neighbour Derek and I built a treehouse for our kids in 2023.",
            "My brother Derek and I built a treehouse for our kids in 2021.",
        ),
    ),
)


# The twenty-sixth held-out set: written (3 December) as HELDOUT21 was, after HELDOUT24's
# study, and committed before HELDOUT25's failures were looked at. Measured unseen: 1.21
# memories per fact, 3.2% wrong merges (offline at 0.8).
HELDOUT26 = (
    Fact(
        "My home town is Kendal in the Lake District.",
        (
            "I'm originally from Kendal, in the Lake District.",
            "Kendal in the Lake District is my home town.",
            "Kendal, up in the Lake District, is where I'm from originally.",
        ),
        (
            "My wife's home town is Kendal in the Lake District.",
            "My home town is Keswick in the Lake District.",
        ),
    ),
    Fact(
        "I did my GCSEs at Hove Park School.",
        (
            "I sat my GCSEs at Hove Park School.",
            "Hove Park School is where I did my GCSEs.",
            "My GCSEs were taken at Hove Park School.",
        ),
        (
            "I did my A-levels at Hove Park School.",
            "I did my GCSEs at Blatchington Mill School.",
        ),
    ),
    Fact(
        "I speak Portuguese with my in-laws whenever we visit them in Porto.",
        (
            "Whenever we go to see my in-laws in Porto, I speak Portuguese with them.",
            "With my in-laws, I use Portuguese every time we visit them in Porto.",
            "Portuguese is what I speak with my in-laws whenever we're visiting them in Porto.",
        ),
        (
            "My husband speaks Portuguese with his parents whenever we visit them in Porto.",
            "I speak English with my in-laws whenever we visit them in Porto.",
        ),
    ),
    Fact(
        "I use my Welsh every day at work at the council offices in Caernarfon.",
        (
            "Every day at work, at the council offices in Caernarfon, I use my Welsh.",
            "I use Welsh daily in my job at the council offices in Caernarfon.",
            "At the council offices in Caernarfon where I work, I use my Welsh every day.",
        ),
        (
            "I used to use my Welsh every day at work at the council offices in Caernarfon.",
            "I use my Welsh once a week at work at the council offices in Caernarfon.",
        ),
    ),
    Fact(
        "My Ford Fiesta broke down on the M6 near Stoke in March 2022.",
        (
            "In March 2022 my Ford Fiesta broke down on the M6 near Stoke.",
            "I had a breakdown in my Ford Fiesta on the M6 near Stoke in March 2022.",
            "My Ford Fiesta conked out on the M6 near Stoke back in March 2022.",
        ),
        (
            "My Ford Fiesta broke down on the M6 near Stoke in March 2023.",
            "My dad's Ford Fiesta broke down on the M6 near Stoke in March 2022.",
        ),
    ),
    Fact(
        "I was rear-ended at a roundabout in Swindon in 2019.",
        (
            "In 2019 I got rear-ended at a roundabout in Swindon.",
            "Someone drove into the back of me at a roundabout in Swindon in 2019.",
            "Back in 2019, a car rear-ended me at a roundabout in Swindon.",
        ),
        (
            "I rear-ended someone at a roundabout in Swindon in 2019.",
            "I was rear-ended at a set of traffic lights in Swindon in 2019.",
        ),
    ),
    Fact(
        "I had a hip replacement in August 2021.",
        (
            "My hip was replaced in August 2021.",
            "In August 2021 I had my hip replaced.",
            "I got a new hip in August 2021.",
        ),
        (
            "I'm having a hip replacement in August.",
            "I had a knee replacement in August 2021.",
        ),
    ),
    Fact(
        "I tore my ACL playing netball in May 2018.",
        (
            "In May 2018 I tore my ACL during a game of netball.",
            "My ACL got torn while I was playing netball in May 2018.",
            "Back in May 2018, I tore my anterior cruciate ligament playing netball.",
        ),
        (
            "My daughter tore her ACL playing netball in May 2018.",
            "I tore my ACL playing football in May 2018.",
        ),
    ),
    Fact(
        "My favourite restaurant is Dishoom, where I always get the black daal.",
        (
            "Dishoom is my favourite restaurant, and I always get the black daal there.",
            "At Dishoom, my favourite restaurant, my order is always the black daal.",
            "I always order the black daal at Dishoom, which is my favourite restaurant.",
        ),
        (
            "My favourite restaurant is Dishoom, where I always get the chicken ruby.",
            "My sister's favourite restaurant is Dishoom, where she always gets the black daal.",
        ),
    ),
    Fact(
        "My usual at the Golden Dragon is crispy chilli beef with egg fried rice.",
        (
            "At the Golden Dragon I usually get crispy chilli beef with egg fried rice.",
            "Crispy chilli beef with egg fried rice is my usual order at the Golden Dragon.",
            "I tend to order crispy chilli beef with egg fried rice at the Golden Dragon.",
        ),
        (
            "My usual at the Golden Dragon used to be crispy chilli beef with egg fried rice.",
            "My usual at the Golden Dragon is crispy chilli beef with plain boiled rice.",
        ),
    ),
    Fact(
        "I have 212 die-cast Matchbox cars in my collection.",
        (
            "My collection of die-cast Matchbox cars is up to 212.",
            "There are 212 die-cast Matchbox cars in my collection.",
            "I've got a collection of 212 die-cast Matchbox cars.",
        ),
        (
            "I have 112 die-cast Matchbox cars in my collection.",
            "I'm hoping to get to 212 die-cast Matchbox cars in my collection.",
        ),
    ),
    Fact(
        "I collect first-edition Agatha Christie novels.",
        (
            "I'm a collector of first-edition Agatha Christie novels.",
            "First-edition Agatha Christie novels are what I collect.",
            "Collecting first editions of Agatha Christie's novels is a hobby of mine.",
        ),
        (
            "I collect first-edition Ian Fleming novels.",
            "My dad collects first-edition Agatha Christie novels.",
        ),
    ),
    Fact(
        "In 2019 I swapped nursing on 29,000 pounds for an IT job paying 41,000.",
        (
            "I left a 29,000-pound nursing job for a 41,000-pound IT job in 2019.",
            "My move from nursing to IT in 2019 took my salary from 29,000 to 41,000 pounds.",
            "Back in 2019, I gave up nursing, which paid 29,000 pounds, for an IT role on 41,000.",
        ),
        (
            "In 2019 I swapped nursing on 29,000 pounds for an IT job paying 35,000.",
            "I'm thinking of swapping nursing on 29,000 pounds for an IT job paying 41,000.",
        ),
    ),
    Fact(
        "My promotion to store manager in January 2023 raised my salary to 45,000 pounds.",
        (
            "I was made store manager in January 2023, which put my pay up to 45,000 pounds.",
            "Since my promotion to store manager in January 2023, I've been on 45,000 pounds.",
            "In January 2023 I got promoted to store manager and my pay rose to 45,000 pounds.",
        ),
        (
            "Being made deputy store manager in January 2023 raised my salary to 45,000 pounds.",
            "My promotion to store manager in January 2024 raised my salary to 45,000 pounds.",
        ),
    ),
    Fact(
        "I ran the Manchester Marathon in April 2023 in 3 hours 52 minutes.",
        (
            "My time for the Manchester Marathon in April 2023 was 3 hours 52 minutes.",
            "In April 2023 I did the Manchester Marathon in 3:52.",
            "I finished the Manchester Marathon in April 2023 in three hours fifty-two.",
        ),
        (
            "I ran the Manchester Marathon in April 2023 in 4 hours 52 minutes.",
            "I'm running the Manchester Marathon in April and hoping for 3 hours 52 minutes.",
        ),
    ),
    Fact(
        "My best time for the Great North Run is 1 hour 48 minutes.",
        (
            "My personal best at the Great North Run is 1 hour 48 minutes.",
            "The fastest I've ever done the Great North Run is 1:48.",
            "I've done the Great North Run in 1 hour 48 minutes, and that's my best.",
        ),
        (
            "My worst time for the Great North Run is 1 hour 48 minutes.",
            "My best time for the Bath Half is 1 hour 48 minutes.",
        ),
    ),
    Fact(
        "My niece Freya turned 11 in March.",
        (
            "My niece Freya had her 11th birthday in March.",
            "In March, my niece Freya turned eleven.",
            "Freya, my niece, hit eleven in March.",
        ),
        (
            "My niece Freya turns 11 in March.",
            "My niece Freya turned 11 in November.",
        ),
    ),
    Fact(
        "I have twin boys, Alfie and Jack, who are three.",
        (
            "My twin boys, Alfie and Jack, are three years old.",
            "Alfie and Jack, my twin sons, are both three.",
            "I've got three-year-old twin boys called Alfie and Jack.",
        ),
        (
            "My sister has twin boys, Alfie and Jack, who are three.",
            "I have twin boys, Alfie and Jack, who are five.",
        ),
    ),
    Fact(
        "We've had a static caravan at a holiday park in Abersoch since 2016.",
        (
            "Since 2016 we've owned a static caravan at a holiday park in Abersoch.",
            "Our static caravan is on a holiday park in Abersoch, and we've had it since 2016.",
            "We've kept a static caravan on a holiday park in Abersoch since 2016.",
        ),
        (
            "We had a static caravan at a holiday park in Abersoch until 2016.",
            "We've had a static caravan at a holiday park in Tenby since 2016.",
        ),
    ),
    Fact(
        "I'm doing a BSL Level 2 course at Exeter College on Monday evenings.",
        (
            "On Monday evenings I'm taking a BSL Level 2 course at Exeter College.",
            "I'm currently studying BSL Level 2 at Exeter College on Monday evenings.",
            "I go to Exeter College on Monday nights for the BSL Level 2 course I'm doing.",
        ),
        (
            "I'm doing a BSL Level 3 course at Exeter College on Monday evenings.",
            "I'm signing up for a BSL Level 2 course at Exeter College on Monday evenings.",
        ),
    ),
    Fact(
        "My lemon marmalade won first prize at the Dorset County Show in 2022.",
        (
            "In 2022 my lemon marmalade took first prize at the Dorset County Show.",
            "First prize at the 2022 Dorset County Show went to my lemon marmalade.",
            "I won first prize with my lemon marmalade at the Dorset County Show in 2022.",
        ),
        (
            "My lemon marmalade won second prize at the Dorset County Show in 2022.",
            "My lemon curd won first prize at the Dorset County Show in 2022.",
        ),
    ),
)


# The twenty-seventh held-out set: written (3 December) as HELDOUT21 was, after HELDOUT25's
# study, and committed before HELDOUT26's failures were looked at. Measured unseen: 1.17
# memories per fact, 6.3% wrong merges (offline at 0.8).
HELDOUT27 = (
    Fact(
        "I do twenty minutes of stretching at 6:30 every morning.",
        (
            "Every morning at 6:30 I spend twenty minutes stretching.",
            "I stretch for twenty minutes at half six each morning.",
            "My morning routine includes twenty minutes of stretching at 6:30 every day.",
        ),
        (
            "I do twenty minutes of stretching at 7:30 every morning.",
            "My son does twenty minutes of stretching at 6:30 every morning.",
        ),
    ),
    Fact(
        "I take a cold shower at 6 am every weekday.",
        (
            "Every weekday at 6 am I have a cold shower.",
            "On weekdays I take a cold shower at six in the morning.",
            "A cold shower at 6 am is something I do every weekday.",
        ),
        (
            "I take a cold shower at 6 am every Saturday.",
            "I used to take a cold shower at 6 am every weekday.",
        ),
    ),
    Fact(
        "I rent a one-bedroom flat in Leith for 950 pounds a month.",
        (
            "My one-bedroom flat in Leith costs me 950 pounds a month in rent.",
            "I pay 950 pounds a month to rent a one-bed flat in Leith.",
            "The one-bedroom flat I rent in Leith is 950 quid a month.",
        ),
        (
            "I rent a one-bedroom flat in Leith for 1,150 pounds a month.",
            "I rent a two-bedroom flat in Leith for 950 pounds a month.",
        ),
    ),
    Fact(
        "I make silver stacking rings and sell them at craft fairs for 25 pounds each.",
        (
            "I sell the silver stacking rings I make at craft fairs, at 25 pounds apiece.",
            "At craft fairs I sell silver stacking rings that I make, for 25 pounds each.",
            "My handmade silver stacking rings sell for 25 pounds each at craft fairs.",
        ),
        (
            "I make silver stacking rings and sell them at craft fairs for 40 pounds each.",
            "I make silver stacking rings and sell them on Instagram for 25 pounds each.",
        ),
    ),
    Fact(
        "I coach an under-12 boys' cricket team in Taunton.",
        (
            "I'm the coach of an under-12 boys' cricket side in Taunton.",
            "In Taunton, I coach a boys' cricket team for under-12s.",
            "An under-12 boys' cricket team in Taunton is coached by me.",
        ),
        (
            "I coach an under-15 boys' cricket team in Taunton.",
            "I coach an under-12 girls' cricket team in Taunton.",
        ),
    ),
    Fact(
        "I umpire hockey matches in the Surrey league on Saturdays.",
        (
            "On Saturdays I umpire hockey games in the Surrey league.",
            "I'm a hockey umpire in the Surrey league on Saturdays.",
            "Saturdays are when I umpire matches in the Surrey hockey league.",
        ),
        (
            "I play hockey matches in the Surrey league on Saturdays.",
            "I umpire hockey matches in the Kent league on Saturdays.",
        ),
    ),
    Fact(
        "My book club meets at the Crown and Anchor on the second Monday of every month.",
        (
            "On the second Monday of each month my book club meets at the Crown and Anchor.",
            "My book club gathers at the Crown and Anchor on the second Monday of the month.",
            "The Crown and Anchor is where my book club meets, on every month's second Monday.",
        ),
        (
            "My book club meets at the Black Swan on the second Monday of every month.",
            "My book club meets at the Crown and Anchor on the second Tuesday of every month.",
        ),
    ),
    Fact(
        "I've read every Terry Pratchett Discworld novel twice.",
        (
            "I've been through all of Terry Pratchett's Discworld novels two times.",
            "Every one of the Discworld novels by Terry Pratchett, I've read twice.",
            "I have read each of Terry Pratchett's Discworld books twice over.",
        ),
        (
            "I've read every Terry Pratchett Discworld novel three times.",
            "I've listened to every Terry Pratchett Discworld novel on audiobook twice.",
        ),
    ),
    Fact(
        "On Christmas morning my family always swims in the sea at Tenby.",
        (
            "My family always goes for a swim in the sea at Tenby on Christmas morning.",
            "Every Christmas morning, my family takes a dip in the sea at Tenby.",
            "A Christmas morning sea swim at Tenby is a tradition my family always keeps.",
        ),
        (
            "On New Year's Day my family always swims in the sea at Tenby.",
            "On Christmas morning my family always swims in the sea at Saundersfoot.",
        ),
    ),
    Fact(
        "Every Diwali my family lights 101 clay lamps around my parents' house in Leicester.",
        (
            "My family lights 101 clay diyas around my parents' Leicester house each Diwali.",
            "Each year at Diwali we light 101 clay lamps round my parents' Leicester house.",
            "Around my parents' Leicester house, 101 clay lamps are lit by my family each Diwali.",
        ),
        (
            "Every Diwali my family lights 51 clay lamps around my parents' house in Leicester.",
            "Every Diwali my family lights 101 clay lamps around my aunt's house in Leicester.",
        ),
    ),
    Fact(
        "Our cat Pepper died of kidney failure in 2022 at the age of seventeen.",
        (
            "Pepper, our cat, died from kidney failure in 2022 when she was seventeen.",
            "In 2022 we lost our seventeen-year-old cat Pepper to kidney failure.",
            "Our cat Pepper was seventeen when kidney failure killed her in 2022.",
        ),
        (
            "Our cat Pepper died of kidney failure in 2022 at the age of twelve.",
            "Our cat Pepper was diagnosed with kidney failure in 2022 at the age of seventeen.",
        ),
    ),
    Fact(
        "We rehomed our border collie Skye with a sheep farmer in Powys in 2021.",
        (
            "In 2021 we rehomed Skye, our border collie, with a sheep farmer in Powys.",
            "Our border collie Skye was rehomed with a sheep farmer in Powys in 2021.",
            "We found our border collie Skye a new home with a sheep farmer in Powys in 2021.",
        ),
        (
            "We adopted our border collie Skye from a sheep farmer in Powys in 2021.",
            "My sister rehomed her border collie Skye with a sheep farmer in Powys in 2021.",
        ),
    ),
    Fact(
        "I owe about 2,400 pounds on my Barclaycard.",
        (
            "There's roughly 2,400 pounds outstanding on my Barclaycard.",
            "My Barclaycard has a balance of about 2,400 pounds that I still owe.",
            "I've got around 2,400 quid of debt on my Barclaycard.",
        ),
        (
            "I owe about 2,400 pounds on my Amex card.",
            "I used to owe about 2,400 pounds on my Barclaycard.",
        ),
    ),
    Fact(
        "I took out a 15,000-pound car loan over five years in 2023.",
        (
            "In 2023 I took out a five-year car loan for 15,000 pounds.",
            "My car loan, taken out in 2023, is for 15,000 pounds over five years.",
            "I borrowed 15,000 pounds for a car in 2023, to be paid back over five years.",
        ),
        (
            "I took out a 15,000-pound car loan over three years in 2023.",
            "I took out a 15,000-pound car loan over five years in 2019.",
        ),
    ),
    Fact(
        "I saw Bruce Springsteen at Wembley Stadium in June 2013.",
        (
            "In June 2013 I went to see Bruce Springsteen play at Wembley Stadium.",
            "I was at Bruce Springsteen's Wembley Stadium gig in June 2013.",
            "Back in June 2013, I caught Bruce Springsteen live at Wembley Stadium.",
        ),
        (
            "I saw Bruce Springsteen at Wembley Stadium in July 1985.",
            "I didn't get to see Bruce Springsteen at Wembley Stadium in June 2013.",
        ),
    ),
    Fact(
        "I've been to Glastonbury Festival five times.",
        (
            "I've gone to Glastonbury five times.",
            "Five times now I've been to the Glastonbury Festival.",
            "I have attended Glastonbury Festival on five occasions.",
        ),
        (
            "I've been to Reading Festival five times.",
            "I've never been to Glastonbury Festival.",
        ),
    ),
    Fact(
        "My wife is a paramedic with the West Midlands Ambulance Service.",
        (
            "My wife works as a paramedic for West Midlands Ambulance Service.",
            "West Midlands Ambulance Service employs my wife as a paramedic.",
            "My wife's job is being a paramedic with the West Midlands Ambulance Service.",
        ),
        (
            "My wife is a call handler with the West Midlands Ambulance Service.",
            "My wife was a paramedic with the West Midlands Ambulance Service.",
        ),
    ),
    Fact(
        "My partner plays darts for the Fox and Hounds team in the Medway league.",
        (
            "My partner's on the Fox and Hounds darts team in the Medway league.",
            "For the Fox and Hounds, my partner plays darts in the Medway league.",
            "My partner is a darts player for the Fox and Hounds in the Medway league.",
        ),
        (
            "My partner captains the Fox and Hounds darts team in the Medway league.",
            "My partner plays pool for the Fox and Hounds team in the Medway league.",
        ),
    ),
    Fact(
        "I re-tiled our bathroom floor myself last summer.",
        (
            "Last summer I put new tiles on our bathroom floor myself.",
            "Our bathroom floor was re-tiled by me, without any help, last summer.",
            "I retiled the bathroom floor on my own last summer.",
        ),
        (
            "I re-tiled our kitchen floor myself last summer.",
            "We paid a tiler to re-tile our bathroom floor last summer.",
        ),
    ),
    Fact(
        "I sell hand-turned oak bowls at Stroud farmers' market every Saturday.",
        (
            "Every Saturday I sell my hand-turned oak bowls at Stroud farmers' market.",
            "At Stroud farmers' market on Saturdays, I sell oak bowls turned by hand.",
            "Hand-turned oak bowls are what I sell at Stroud farmers' market each Saturday.",
        ),
        (
            "I sell hand-turned oak bowls at Stroud farmers' market once a month.",
            "I buy hand-turned oak bowls at Stroud farmers' market every Saturday.",
        ),
    ),
    Fact(
        "I failed my first-year statistics exam at Leeds and retook it in August 2016.",
        (
            "At Leeds I failed my first-year statistics exam, and I resat it in August 2016.",
            "I had to resit my first-year stats exam at Leeds in August 2016 after failing it.",
            "My first-year statistics exam at Leeds was one I failed, then retook in August 2016.",
        ),
        (
            "I failed my first-year economics exam at Leeds and retook it in August 2016.",
            "I failed my first-year statistics exam at Leeds and I'm retaking it in August.",
        ),
    ),
)


# The twenty-eighth held-out set: written (3 December) as HELDOUT21 was, after HELDOUT26's
# study, and committed before HELDOUT27's failures were looked at. Measured unseen: 1.22
# memories per fact, 1.6% wrong merges, 3.2% of its facts stored nothing (offline at 0.8).
HELDOUT28 = (
    Fact(
        "I'm doing an evening course in car mechanics at Bradford College on Tuesdays.",
        (
            "On Tuesday evenings I do a car mechanics course at Bradford College.",
            "I've got a car mechanics night class at Bradford College every Tuesday.",
            "My evening course at Bradford College is in car mechanics, and it's on Tuesdays.",
        ),
        (
            "I'm doing an evening course in car mechanics at Bradford College on Thursdays.",
            "I used to do an evening course in car mechanics at Bradford College on Tuesdays.",
        ),
    ),
    Fact(
        "I walk our beagle round Victoria Park at 9 pm every night.",
        (
            "Every night at 9 pm I take our beagle for a walk round Victoria Park.",
            "Our beagle gets walked round Victoria Park by me at nine o'clock each night.",
            "At nine every night I'm out walking our beagle round Victoria Park.",
        ),
        (
            "My husband walks our beagle round Victoria Park at 9 pm every night.",
            "I walk our beagle round Victoria Park at 6 am every morning.",
        ),
    ),
    Fact(
        "I ride a steel Genesis Croix de Fer that I bought in 2018.",
        (
            "My bike is a steel Genesis Croix de Fer, which I bought in 2018.",
            "The bike I ride is a steel Genesis Croix de Fer I got in 2018.",
            "I bought my steel Genesis Croix de Fer in 2018, and that's what I ride.",
        ),
        (
            "I ride a steel Genesis Croix de Fer that I bought in 2021.",
            "My brother rides a steel Genesis Croix de Fer that he bought in 2018.",
        ),
    ),
    Fact(
        "I cycled the 100-mile Ride London sportive in July 2022.",
        (
            "In July 2022 I rode the 100-mile Ride London sportive.",
            "I did the Ride London 100-mile sportive on my bike in July 2022.",
            "The 100-mile Ride London sportive was something I cycled in July 2022.",
        ),
        (
            "I'm cycling the 100-mile Ride London sportive in July.",
            "I cycled the 60-mile Ride London sportive in July 2022.",
        ),
    ),
    Fact(
        "We moved from Swindon to Frome in October 2020.",
        (
            "In October 2020 we moved from Swindon to Frome.",
            "Our move from Swindon to Frome was in October 2020.",
            "We left Swindon and moved to Frome in October 2020.",
        ),
        (
            "We moved from Swindon to Frome in October 2023.",
            "My parents moved from Swindon to Frome in October 2020.",
        ),
    ),
    Fact(
        "I lived in a flat above a bakery in Hebden Bridge from 2014 to 2017.",
        (
            "From 2014 to 2017 my home was a flat above a bakery in Hebden Bridge.",
            "Between 2014 and 2017 I lived in Hebden Bridge, in a flat over a bakery.",
            "I spent 2014 to 2017 living in a flat above a bakery in Hebden Bridge.",
        ),
        (
            "I lived in a flat above a butcher's in Hebden Bridge from 2014 to 2017.",
            "I lived in a flat above a bakery in Hebden Bridge from 2017 to 2020.",
        ),
    ),
    Fact(
        "I had a crown fitted on a back molar at the dentist last Tuesday.",
        (
            "Last Tuesday the dentist fitted a crown on one of my back molars.",
            "I got a crown put on a back molar at the dentist's last Tuesday.",
            "A crown was fitted on my back molar at the dentist last Tuesday.",
        ),
        (
            "I had a filling in a back molar at the dentist last Tuesday.",
            "I'm having a crown fitted on a back molar at the dentist next Tuesday.",
        ),
    ),
    Fact(
        "My optician told me in January that I now need varifocals.",
        (
            "In January my optician said I need varifocals now.",
            "I was told by my optician in January that I now need varifocals.",
            "I found out at the optician's in January that I need varifocals now.",
        ),
        (
            "My optician told me in January that I now need reading glasses.",
            "My optician told my wife in January that she now needs varifocals.",
        ),
    ),
    Fact(
        "My grandad Stanley taught me to play cribbage when I was eight.",
        (
            "When I was eight, my grandad Stanley taught me cribbage.",
            "I learned to play cribbage from my grandad Stanley at the age of eight.",
            "It was my grandad Stanley who taught me how to play cribbage, when I was eight.",
        ),
        (
            "My grandad Stanley taught me to play dominoes when I was eight.",
            "My grandad Stanley taught my sister to play cribbage when she was eight.",
        ),
    ),
    Fact(
        "My nan taught me to make Welsh cakes on her bakestone in Llanelli.",
        (
            "My nan showed me how to make Welsh cakes on her bakestone in Llanelli.",
            "I was taught to make Welsh cakes by my nan, on her bakestone in Llanelli.",
            "It was my nan who taught me to make Welsh cakes, on her bakestone in Llanelli.",
        ),
        (
            "My aunt taught me to make Welsh cakes on her bakestone in Llanelli.",
            "My nan taught me to make pancakes on her bakestone in Llanelli.",
        ),
    ),
    Fact(
        "I've kept up a 400-day Duolingo streak in Italian.",
        (
            "My Duolingo streak in Italian is at 400 days.",
            "I've done Italian on Duolingo 400 days in a row without a break.",
            "I've got a 400-day streak going on Duolingo for Italian.",
        ),
        (
            "I've kept up a 400-day Duolingo streak in Greek.",
            "I lost my 400-day Duolingo streak in Italian.",
        ),
    ),
    Fact(
        "I study Mandarin flashcards on Anki for 20 minutes on the bus every morning.",
        (
            "Every morning on the bus I spend 20 minutes on Mandarin flashcards in Anki.",
            "On the bus each morning I do 20 minutes of Mandarin flashcards in Anki.",
            "My morning bus ride is when I do my 20 minutes of Anki flashcards for Mandarin.",
        ),
        (
            "I study Mandarin flashcards on Anki for an hour on the bus every morning.",
            "My son studies Mandarin flashcards on Anki for 20 minutes on the bus every morning.",
        ),
    ),
    Fact(
        "I raised 1,250 pounds for Macmillan by running the Bath Half in 2023.",
        (
            "Running the Bath Half in 2023, I raised 1,250 pounds for Macmillan.",
            "In 2023 I ran the Bath Half and raised 1,250 pounds for Macmillan.",
            "My Bath Half run in 2023 raised 1,250 pounds for Macmillan.",
        ),
        (
            "I raised 1,250 pounds for Cancer Research UK by running the Bath Half in 2023.",
            "I raised 250 pounds for Macmillan by running the Bath Half in 2023.",
        ),
    ),
    Fact(
        "I shaved my head in 2021 and raised 800 pounds for the Teenage Cancer Trust.",
        (
            "In 2021 I had my head shaved and raised 800 pounds for the Teenage Cancer Trust.",
            "I raised 800 pounds for the Teenage Cancer Trust by shaving my head in 2021.",
            "Back in 2021 I shaved my head, which raised 800 pounds for the Teenage Cancer Trust.",
        ),
        (
            "My dad shaved his head in 2021 and raised 800 pounds for the Teenage Cancer Trust.",
            "I dyed my hair pink in 2021 and raised 800 pounds for the Teenage Cancer Trust.",
        ),
    ),
    Fact(
        "I keep my late dad's wood lathe in the shed at the bottom of the garden.",
        (
            "My late dad's wood lathe is kept in the shed at the bottom of the garden.",
            "The shed at the bottom of the garden is where I keep my late dad's wood lathe.",
            "In the shed at the bottom of the garden I keep my late father's wood lathe.",
        ),
        (
            "I keep my late dad's welding kit in the shed at the bottom of the garden.",
            "I keep my late dad's wood lathe in the garage.",
        ),
    ),
    Fact(
        "I rent a workshop unit in Wakefield where I restore old motorbikes.",
        (
            "My workshop is a unit I rent in Wakefield, where I restore old motorbikes.",
            "I restore old motorbikes in a workshop unit that I rent in Wakefield.",
            "The unit I rent in Wakefield is my workshop for restoring old motorbikes.",
        ),
        (
            "I rent a workshop unit in Wakefield where I restore old furniture.",
            "I own a workshop unit in Wakefield where I restore old motorbikes.",
        ),
    ),
    Fact(
        "My favourite band is Elbow, and I've seen them live six times.",
        (
            "Elbow are my favourite band and I've been to six of their gigs.",
            "I've seen my favourite band, Elbow, play live six times.",
            "Six times now I've seen Elbow live, and they're my favourite band.",
        ),
        (
            "My favourite band is Elbow, but I've never seen them live.",
            "My favourite band is Doves, and I've seen them live six times.",
        ),
    ),
    Fact(
        "The first gig I ever went to was Oasis at Knebworth in 1996.",
        (
            "My first ever gig was Oasis at Knebworth in 1996.",
            "Oasis at Knebworth in 1996 was the first gig I went to.",
            "I went to my first-ever gig in 1996, and it was Oasis at Knebworth.",
        ),
        (
            "The first gig my dad ever went to was Oasis at Knebworth in 1996.",
            "The first gig I ever went to was Oasis at Maine Road in 1996.",
        ),
    ),
    Fact(
        "My first job was stacking shelves at Tesco in Grimsby for 3.60 pounds an hour.",
        (
            "I started out stacking shelves at Tesco in Grimsby on 3.60 pounds an hour.",
            "Stacking shelves at Tesco in Grimsby, for 3.60 pounds an hour, was my first job.",
            "For my first job I stacked shelves at the Grimsby Tesco for 3.60 pounds an hour.",
        ),
        (
            "My first job was stacking shelves at Tesco in Grimsby for 4.60 pounds an hour.",
            "My first job was working the tills at Tesco in Grimsby for 3.60 pounds an hour.",
        ),
    ),
    Fact(
        "We spent two weeks in Crete, staying in Chania, from 3 to 17 June 2023.",
        (
            "From 3 to 17 June 2023 we were in Crete for two weeks, based in Chania.",
            "Our two-week holiday in Crete was 3 to 17 June 2023, and we stayed in Chania.",
            "We stayed in Chania for a fortnight in Crete, from the 3rd to the 17th of June 2023.",
        ),
        (
            "We spent two weeks in Crete, staying in Heraklion, from 3 to 17 June 2023.",
            "We spent two weeks in Crete, staying in Chania, from 3 to 17 June 2024.",
        ),
    ),
    Fact(
        "I passed my driving test at the second attempt in Carlisle in May 2009.",
        (
            "In May 2009 I passed my driving test in Carlisle at the second attempt.",
            "I got through my driving test on my second go, in Carlisle, in May 2009.",
            "My driving test was in Carlisle in May 2009, and I passed it second time round.",
        ),
        (
            "I passed my driving test at the first attempt in Carlisle in May 2009.",
            "I failed my driving test at the second attempt in Carlisle in May 2009.",
        ),
    ),
)


# The twenty-ninth held-out set: written (3 December) as HELDOUT21 was, after HELDOUT27's
# study, and committed before HELDOUT28's failures were looked at. Measured unseen: 1.17
# memories per fact, 4.8% wrong merges (offline at 0.8).
HELDOUT29 = (
    Fact(
        "I own a 22-foot sailing boat called Marigold that I moor at Lymington.",
        (
            "My 22-foot sailboat, Marigold, is moored at Lymington.",
            "I've got a 22-foot sailing boat named Marigold, and I keep her moored in Lymington.",
            "Marigold, the 22-foot sailing boat I own, sits on a mooring at Lymington.",
        ),
        (
            "My dad owns a 22-foot sailing boat called Marigold that he moors at Lymington.",
            "I own a 22-foot sailing boat called Marigold that I moor at Poole.",
        ),
    ),
    Fact(
        "I bought a second-hand Old Town canoe for 600 pounds in 2020.",
        (
            "In 2020 I picked up a used Old Town canoe for 600 pounds.",
            "My Old Town canoe was second-hand, and I paid 600 pounds for it in 2020.",
            "I got my Old Town canoe pre-owned in 2020, and it cost me 600 pounds.",
        ),
        (
            "I bought a brand-new Old Town canoe for 600 pounds in 2020.",
            "I sold my second-hand Old Town canoe for 600 pounds in 2020.",
        ),
    ),
    Fact(
        "My younger brother Callum has lived in Vancouver since 2018.",
        (
            "Callum, my younger brother, has been living in Vancouver since 2018.",
            "Since 2018 my little brother Callum has lived in Vancouver.",
            "My kid brother Callum's home has been Vancouver since 2018.",
        ),
        (
            "My older brother Callum has lived in Vancouver since 2018.",
            "My younger brother Callum lived in Vancouver until 2018.",
        ),
    ),
    Fact(
        "My sister Marta and her family live in Gdansk.",
        (
            "Marta, my sister, lives in Gdansk with her family.",
            "Gdansk is where my sister Marta lives with her family.",
            "My sister Marta's family home is in Gdansk, and she lives there with them.",
        ),
        (
            "My sister Marta and her family are moving to Gdansk.",
            "My cousin Marta and her family live in Gdansk.",
        ),
    ),
    Fact(
        "I run an eBay shop selling vintage Lego sets that makes about 800 pounds a month.",
        (
            "My eBay shop sells vintage Lego sets and brings in about 800 pounds a month.",
            "I've got an eBay shop for vintage Lego sets that earns roughly 800 pounds a month.",
            "About 800 pounds a month comes in from the eBay shop I run selling vintage Lego.",
        ),
        (
            "I run an eBay shop selling vintage Lego sets that makes about 800 pounds a year.",
            "I used to run an eBay shop selling vintage Lego sets that made 800 pounds a month.",
        ),
    ),
    Fact(
        "I do wedding photography on the side and shoot about 15 weddings a year.",
        (
            "On the side I'm a wedding photographer, shooting around 15 weddings a year.",
            "Wedding photography is my side gig; I shoot about 15 weddings every year.",
            "As a side line, I photograph roughly 15 weddings annually.",
        ),
        (
            "My wife does wedding photography on the side and shoots about 15 weddings a year.",
            "I do wedding photography on the side and shoot about 50 weddings a year.",
        ),
    ),
    Fact(
        "I've been scared of dogs since one bit me when I was seven.",
        (
            "Ever since a dog bit me at the age of seven, I've been frightened of dogs.",
            "My fear of dogs goes back to when I got bitten by one at seven.",
            "I was bitten by a dog when I was seven, and I've been afraid of dogs ever since.",
        ),
        (
            "I've been scared of dogs since one bit me when I was seventeen.",
            "My son has been scared of dogs since one bit him when he was seven.",
        ),
    ),
    Fact(
        "I've been claustrophobic since I got stuck in a lift in Leeds in 2012.",
        (
            "Getting stuck in a lift in Leeds in 2012 left me claustrophobic.",
            "My claustrophobia started in 2012, when I was trapped in a lift in Leeds.",
            "Since being stuck in a lift in Leeds in 2012, I've suffered from claustrophobia.",
        ),
        (
            "I've been claustrophobic since I got stuck in a lift in Leeds in 2002.",
            "I got stuck in a lift in Leeds in 2012, but it didn't make me claustrophobic.",
        ),
    ),
    Fact(
        "My friends all know me for my slow-cooked lamb tagine with apricots.",
        (
            "I'm known among my friends for my slow-cooked lamb tagine with apricots.",
            "Among my mates, I'm famous for my slow-cooked lamb and apricot tagine.",
            "The dish my friends associate with me is my slow-cooked lamb tagine with apricots.",
        ),
        (
            "My friends all know me for my slow-cooked chicken tagine with apricots.",
            "I'm learning to make a slow-cooked lamb tagine with apricots.",
        ),
    ),
    Fact(
        "I always bring my sticky toffee pudding to our office Christmas party.",
        (
            "My sticky toffee pudding comes with me to the office Christmas party every year.",
            "Every year, I take my sticky toffee pudding along to our work Christmas party.",
            "Our office Christmas party always gets my sticky toffee pudding.",
        ),
        (
            "I always bring my sticky toffee pudding to our family Christmas dinner.",
            "I always bring my bread and butter pudding to our office Christmas party.",
        ),
    ),
    Fact(
        "I hiked the 96-mile West Highland Way in seven days in May 2019.",
        (
            "In May 2019 I walked the West Highland Way, all 96 miles, in seven days.",
            "It took me seven days to hike the 96-mile West Highland Way in May 2019.",
            "Back in May 2019, I did the 96-mile West Highland Way on foot over seven days.",
        ),
        (
            "I hiked the 96-mile West Highland Way in five days in May 2019.",
            "I'm hoping to hike the 96-mile West Highland Way in seven days next May.",
        ),
    ),
    Fact(
        "I wild-camped for three nights on Dartmoor last August and walked 45 km in total.",
        (
            "Last August I spent three nights wild camping on Dartmoor, walking 45 km altogether.",
            "I covered 45 km on foot during a three-night wild camp on Dartmoor last August.",
            "My wild-camping trip on Dartmoor last August was three nights and 45 km of walking.",
        ),
        (
            "I wild-camped for three nights in Snowdonia last August and walked 45 km in total.",
            "I wild-camped for three nights on Dartmoor last August and walked 45 miles in total.",
        ),
    ),
    Fact(
        "I help serve breakfast at a Bristol homeless shelter from 6 to 9 am on Fridays.",
        (
            "On Fridays from 6 to 9 am I help serve breakfast at a homeless shelter in Bristol.",
            "Friday mornings, 6 till 9, I help dish up breakfast at a Bristol homeless shelter.",
            "My Friday slot at a Bristol homeless shelter is 6 to 9 am, helping serve breakfast.",
        ),
        (
            "I help serve breakfast at a Bristol homeless shelter from 6 to 9 am on Sundays.",
            "I help serve breakfast at a Cardiff homeless shelter from 6 to 9 am on Fridays.",
        ),
    ),
    Fact(
        "Last Christmas Eve I sorted donations for six hours at the Gateshead food bank.",
        (
            "I spent six hours sorting donations at the Gateshead food bank last Christmas Eve.",
            "At Gateshead food bank last Christmas Eve, I spent six hours sorting donations.",
            "My Gateshead food bank shift last Christmas Eve was six hours of sorting donations.",
        ),
        (
            "Last Christmas Eve I handed out parcels for six hours at the Gateshead food bank.",
            "This Christmas Eve I'll sort donations for six hours at the Gateshead food bank.",
        ),
    ),
    Fact(
        "My partner and I bought a three-bed semi in Northampton for 285,000 pounds in 2021.",
        (
            "In 2021 my partner and I paid 285,000 pounds for a three-bed semi in Northampton.",
            "Our three-bed semi in Northampton cost my partner and me 285,000 pounds in 2021.",
            "For 285,000 pounds, my partner and I bought a Northampton three-bed semi in 2021.",
        ),
        (
            "My partner and I bought a three-bed semi in Northampton for 258,000 pounds in 2021.",
            "In 2021 my partner and I offered 285,000 pounds on a three-bed semi in Northampton.",
        ),
    ),
    Fact(
        "My mortgage is 1,140 pounds a month on a five-year fixed rate of 4.2 percent.",
        (
            "I pay 1,140 pounds a month on my mortgage, fixed at 4.2 percent for five years.",
            "My monthly mortgage payment is 1,140 pounds, on a 4.2 percent five-year fix.",
            "On a five-year fixed rate of 4.2 percent, my mortgage costs me 1,140 pounds a month.",
        ),
        (
            "My mortgage is 1,140 pounds a month on a two-year fixed rate of 4.2 percent.",
            "My sister's mortgage is 1,140 pounds a month on a five-year fix at 4.2 percent.",
        ),
    ),
    Fact(
        "I got a compass tattoo on my right forearm in Lisbon in 2017.",
        (
            "In 2017 I had a compass tattooed on my right forearm in Lisbon.",
            "My right forearm has a compass tattoo that I got in Lisbon in 2017.",
            "The compass tattoo on my right forearm was done in Lisbon in 2017.",
        ),
        (
            "I got a compass tattoo on my left forearm in Lisbon in 2017.",
            "I'm booked in to get a compass tattoo on my right forearm in Lisbon.",
        ),
    ),
    Fact(
        "I had my septum pierced at a studio in Camden in March 2020.",
        (
            "In March 2020 I got my septum pierced at a studio in Camden.",
            "My septum piercing was done at a Camden studio in March 2020.",
            "I went to a studio in Camden in March 2020 to get my septum pierced.",
        ),
        (
            "I had my septum piercing taken out at a studio in Camden in March 2020.",
            "My daughter had her septum pierced at a studio in Camden in March 2020.",
        ),
    ),
    Fact(
        "I wear daily contact lenses with a prescription of minus 3.5 in both eyes.",
        (
            "My daily contact lenses are minus 3.5 in each eye.",
            "I wear daily contacts, and the prescription for both eyes is minus 3.5.",
            "Both my eyes take minus 3.5 in the daily contact lenses I wear.",
        ),
        (
            "I wear daily contact lenses with a prescription of minus 5.5 in both eyes.",
            "I wear monthly contact lenses with a prescription of minus 3.5 in both eyes.",
        ),
    ),
    Fact(
        "I've put over 400 hours into Red Dead Redemption 2 on my Xbox Series X.",
        (
            "On my Xbox Series X, I've played more than 400 hours of Red Dead Redemption 2.",
            "My playtime on Red Dead Redemption 2 on my Xbox Series X is over 400 hours.",
            "I've logged upwards of 400 hours of Red Dead Redemption 2 on my Xbox Series X.",
        ),
        (
            "I've put over 40 hours into Red Dead Redemption 2 on my Xbox Series X.",
            "I've put over 400 hours into Red Dead Redemption 2 on my PS4.",
        ),
    ),
    Fact(
        "I have to wear navy scrubs and white trainers at the dental surgery where I work.",
        (
            "Navy scrubs and white trainers are a must for me at the dental surgery I work in.",
            "I'm required to wear navy scrubs and white trainers at my dental surgery job.",
            "My uniform at the dental surgery where I work is navy scrubs with white trainers.",
        ),
        (
            "I have to wear navy scrubs and black shoes at the dental surgery where I work.",
            "I used to wear navy scrubs and white trainers at the dental surgery I worked at.",
        ),
    ),
)


# The thirtieth held-out set: written (3 December) as HELDOUT21 was, after HELDOUT28's
# study, and committed before HELDOUT29's failures were looked at. Measured unseen: 1.21
# memories per fact, 3.2% wrong merges (offline at 0.8).
HELDOUT30 = (
    Fact(
        "I went to my 20-year school reunion at Kingsway Academy in Stockport last November.",
        (
            "Last November I went to my 20-year school reunion at Kingsway Academy, Stockport.",
            "I attended my 20-year school reunion at Kingsway Academy, Stockport, last November.",
            "I was at my 20-year Kingsway Academy school reunion in Stockport last November.",
        ),
        (
            "I skipped my 20-year school reunion at Kingsway Academy in Stockport last November.",
            "I went to my 10-year school reunion at Kingsway Academy in Stockport last November.",
        ),
    ),
    Fact(
        "I reconnected with my childhood friend Gemma on Facebook in 2022 after 25 years.",
        (
            "In 2022 I got back in touch with my childhood pal Gemma on Facebook after 25 years.",
            "Facebook is how I reconnected with my childhood friend Gemma in 2022 after 25 years.",
            "My childhood friend Gemma and I found each other on Facebook in 2022 after 25 years.",
        ),
        (
            "I reconnected with my childhood friend Gemma on Instagram in 2022 after 25 years.",
            "I'm hoping to reconnect with my childhood friend Gemma on Facebook.",
        ),
    ),
    Fact(
        "I moved three old workplace pensions into one SIPP with Vanguard in 2021.",
        (
            "In 2021 I transferred three old workplace pensions into a single Vanguard SIPP.",
            "My three old work pensions were consolidated into one SIPP with Vanguard in 2021.",
            "I combined three former workplace pensions into one Vanguard SIPP back in 2021.",
        ),
        (
            "I moved two old workplace pensions into one SIPP with Vanguard in 2021.",
            "My husband moved three old workplace pensions into one SIPP with Vanguard in 2021.",
        ),
    ),
    Fact(
        "I've had 5,000 pounds in Premium Bonds since 2019.",
        (
            "Since 2019 I've had 5,000 pounds in Premium Bonds.",
            "My Premium Bonds holding has been 5,000 pounds since 2019.",
            "I've held 5,000 pounds' worth of Premium Bonds since 2019.",
        ),
        (
            "I had 5,000 pounds in Premium Bonds until 2019.",
            "I've had 5,000 pounds in a Lifetime ISA since 2019.",
        ),
    ),
    Fact(
        "I pay 42 pounds a month for my PureGym membership in Sheffield.",
        (
            "My PureGym membership in Sheffield costs me 42 pounds a month.",
            "Every month I'm charged 42 pounds for my Sheffield PureGym membership.",
            "I'm on a 42-pound monthly membership at PureGym in Sheffield.",
        ),
        (
            "I pay 42 pounds a month for my David Lloyd membership in Sheffield.",
            "I pay 32 pounds a month for my PureGym membership in Sheffield.",
        ),
    ),
    Fact(
        "I go to a spin class at 6 pm every Tuesday and Thursday.",
        (
            "Every Tuesday and Thursday at 6 pm I do a spin class.",
            "Tuesdays and Thursdays at six in the evening, I'm at spin class.",
            "I've got spin class at 6 pm on Tuesdays and Thursdays every week.",
        ),
        (
            "I go to a spin class at 6 am every Tuesday and Thursday.",
            "I go to a Zumba class at 6 pm every Tuesday and Thursday.",
        ),
    ),
    Fact(
        "I had a row with my next-door neighbour about his leylandii hedge in 2022.",
        (
            "In 2022 I fell out with my next-door neighbour over his leylandii hedge.",
            "My next-door neighbour and I had an argument about his leylandii hedge in 2022.",
            "Back in 2022, my next-door neighbour and I rowed over his leylandii hedge.",
        ),
        (
            "I had a row with my next-door neighbour about his garden fence in 2022.",
            "My wife had a row with our next-door neighbour about his leylandii hedge in 2022.",
        ),
    ),
    Fact(
        "I organised a street party on Albert Road for the King's coronation in May 2023.",
        (
            "For the King's coronation in May 2023, I organised a street party on Albert Road.",
            "The King's coronation street party on Albert Road in May 2023 was organised by me.",
            "It was me who organised the Albert Road coronation street party in May 2023.",
        ),
        (
            "I went to a street party on Albert Road for the King's coronation in May 2023.",
            "I organised a street party on Victoria Street for the King's coronation in May 2023.",
        ),
    ),
    Fact(
        "I did a one-day Thai cooking class at Leiths in London last March.",
        (
            "Last March I took a one-day Thai cookery course at Leiths in London.",
            "I spent a day at Leiths in London last March doing a Thai cooking class.",
            "My one-day Thai cooking class at Leiths in London was last March.",
        ),
        (
            "I did a one-day Italian cooking class at Leiths in London last March.",
            "I've booked a one-day Thai cooking class at Leiths in London for next March.",
        ),
    ),
    Fact(
        "I came second in the Much Wenlock bake-off with my coffee and walnut cake in 2023.",
        (
            "In 2023 my coffee and walnut cake came second in the Much Wenlock bake-off.",
            "I was runner-up at the 2023 Much Wenlock bake-off with a coffee and walnut cake.",
            "My coffee and walnut cake took second prize at Much Wenlock's bake-off in 2023.",
        ),
        (
            "I came first in the Much Wenlock bake-off with my coffee and walnut cake in 2023.",
            "I came second in the Much Wenlock bake-off with my carrot cake in 2023.",
        ),
    ),
    Fact(
        "We bought a holiday cottage in St Davids in Pembrokeshire in 2018.",
        (
            "In 2018 we bought a holiday cottage in St Davids, Pembrokeshire.",
            "Our holiday cottage in St Davids in Pembrokeshire was bought in 2018.",
            "We've owned a holiday cottage in St Davids, Pembrokeshire, since buying it in 2018.",
        ),
        (
            "We sold a holiday cottage in St Davids in Pembrokeshire in 2018.",
            "My parents bought a holiday cottage in St Davids in Pembrokeshire in 2018.",
        ),
    ),
    Fact(
        "We let out our log cabin near Aviemore on Airbnb for 150 pounds a night.",
        (
            "Our log cabin near Aviemore is let out on Airbnb for 150 pounds a night.",
            "We rent our log cabin near Aviemore out through Airbnb at 150 pounds a night.",
            "At 150 pounds a night, we let our log cabin near Aviemore out on Airbnb.",
        ),
        (
            "We let out our log cabin near Aviemore on Airbnb for 250 pounds a night.",
            "We plan to let out our log cabin near Aviemore on Airbnb for 150 pounds a night.",
        ),
    ),
    Fact(
        "I catch the 7:42 train from Woking to London Waterloo every weekday.",
        (
            "Every weekday I get the 7:42 from Woking to London Waterloo.",
            "On weekdays I take the 7:42 train from Woking into London Waterloo.",
            "My weekday train is the 7:42 from Woking to London Waterloo.",
        ),
        (
            "I catch the 8:42 train from Woking to London Waterloo every weekday.",
            "I catch the 7:42 train from London Waterloo to Woking every weekday.",
        ),
    ),
    Fact(
        "My train from Cambridge to King's Cross takes 52 minutes.",
        (
            "It takes 52 minutes for my train to get from Cambridge to King's Cross.",
            "The train ride from Cambridge to King's Cross is 52 minutes for me.",
            "Cambridge to King's Cross is a 52-minute journey on my train.",
        ),
        (
            "My train from Cambridge to Liverpool Street takes 52 minutes.",
            "My train from Cambridge to King's Cross used to take 52 minutes.",
        ),
    ),
    Fact(
        "For our 25th wedding anniversary in 2022, my wife and I went to Lake Como.",
        (
            "My wife and I marked our 25th wedding anniversary in 2022 with a trip to Lake Como.",
            "My wife and I celebrated our silver wedding anniversary at Lake Como in 2022.",
            "In 2022 my wife and I went to Lake Como to celebrate 25 years of marriage.",
        ),
        (
            "For our 25th wedding anniversary in 2022, my wife and I went to Lake Garda.",
            "For our 20th wedding anniversary in 2022, my wife and I went to Lake Como.",
        ),
    ),
    Fact(
        "I broke my right ankle skiing in Val Thorens in February 2020.",
        (
            "In February 2020 I broke my right ankle while skiing in Val Thorens.",
            "My right ankle got broken when I was skiing in Val Thorens in February 2020.",
            "I fractured my right ankle skiing in Val Thorens back in February 2020.",
        ),
        (
            "I sprained my right ankle skiing in Val Thorens in February 2020.",
            "I broke my left ankle skiing in Val Thorens in February 2020.",
        ),
    ),
    Fact(
        "I had my gallbladder removed at Southmead Hospital in Bristol in 2019.",
        (
            "In 2019 I had my gallbladder taken out at Southmead Hospital in Bristol.",
            "My gallbladder was removed at Bristol's Southmead Hospital in 2019.",
            "I had surgery to remove my gallbladder at Southmead Hospital, Bristol, in 2019.",
        ),
        (
            "I'm having my gallbladder removed at Southmead Hospital in Bristol next month.",
            "My mum had her gallbladder removed at Southmead Hospital in Bristol in 2019.",
        ),
    ),
    Fact(
        "I passed my Grade 5 classical guitar exam with a merit in 2023.",
        (
            "In 2023 I got a merit in my Grade 5 classical guitar exam.",
            "My Grade 5 classical guitar exam in 2023 was a pass with merit.",
            "I was awarded a merit when I passed Grade 5 classical guitar in 2023.",
        ),
        (
            "I passed my Grade 5 classical guitar exam with a distinction in 2023.",
            "I passed my Grade 5 electric guitar exam with a merit in 2023.",
        ),
    ),
    Fact(
        "I make my Nonna's ragu recipe every Christmas Eve.",
        (
            "Every Christmas Eve I cook my Nonna's ragu recipe.",
            "On Christmas Eve each year I make ragu using my Nonna's recipe.",
            "My Nonna's ragu is what I make every Christmas Eve, following her recipe.",
        ),
        (
            "My mum makes my Nonna's ragu recipe every Christmas Eve.",
            "I make my Nonna's ragu recipe every Easter Sunday.",
        ),
    ),
    Fact(
        "I wear my great-grandmother's gold wedding ring on a chain around my neck.",
        (
            "Round my neck, on a chain, I wear my great-grandmother's gold wedding ring.",
            "My great-grandmother's gold wedding ring is on a chain that I wear around my neck.",
            "I keep my great-grandmother's gold wedding ring on a chain I wear round my neck.",
        ),
        (
            "I wear my great-grandmother's gold wedding ring on my little finger.",
            "I wear my great-aunt's gold wedding ring on a chain around my neck.",
        ),
    ),
    Fact(
        "I co-host a weekly podcast about Sheffield Wednesday with my cousin Dean.",
        (
            "My cousin Dean and I co-host a weekly podcast about Sheffield Wednesday.",
            "Every week, I co-present a Sheffield Wednesday podcast with my cousin Dean.",
            "With my cousin Dean, I host a podcast on Sheffield Wednesday that comes out weekly.",
        ),
        (
            "I listen to a weekly podcast about Sheffield Wednesday hosted by my cousin Dean.",
            "I co-host a monthly podcast about Sheffield Wednesday with my cousin Dean.",
        ),
    ),
)


# The thirty-first held-out set: written (3 December) as HELDOUT21 was, after HELDOUT29's
# study, and committed before HELDOUT30's failures were looked at. Measured unseen: 1.27
# memories per fact, 1.6% wrong merges (offline at 0.8).
HELDOUT31 = (
    Fact(
        "I went snowboarding in Whistler for a week in January 2023.",
        (
            "In January 2023 I spent a week snowboarding in Whistler.",
            "I had a week's snowboarding holiday in Whistler in January 2023.",
            "My snowboarding trip to Whistler lasted a week, back in January 2023.",
        ),
        (
            "I went skiing in Whistler for a week in January 2023.",
            "I'm going snowboarding in Whistler for a week next January.",
        ),
    ),
    Fact(
        "My first ski lesson was at the Snowdome in Tamworth when I was nine.",
        (
            "I had my very first ski lesson at the Tamworth Snowdome at the age of nine.",
            "When I was nine, I took my first ski lesson at the Snowdome in Tamworth.",
            "The Snowdome in Tamworth is where I had my first ski lesson, aged nine.",
        ),
        (
            "My daughter's first ski lesson was at the Snowdome in Tamworth when she was nine.",
            "My first ski lesson was at the Snowdome in Tamworth when I was fourteen.",
        ),
    ),
    Fact(
        "Mrs Okonkwo was my Year 3 teacher at Hillside Primary School.",
        (
            "My Year 3 teacher at Hillside Primary School was Mrs Okonkwo.",
            "At Hillside Primary, I had Mrs Okonkwo as my teacher in Year 3.",
            "I was taught by Mrs Okonkwo in Year 3 at Hillside Primary School.",
        ),
        (
            "Mrs Okonkwo was my Year 5 teacher at Hillside Primary School.",
            "Mrs Okonkwo was my son's Year 3 teacher at Hillside Primary School.",
        ),
    ),
    Fact(
        "My mentor on the Rolls-Royce graduate scheme was Sunil Mehta.",
        (
            "On the Rolls-Royce graduate scheme, I was mentored by Sunil Mehta.",
            "Sunil Mehta was my mentor on the graduate scheme at Rolls-Royce.",
            "My graduate scheme mentor at Rolls-Royce was someone called Sunil Mehta.",
        ),
        (
            "My mentor on the Jaguar Land Rover graduate scheme was Sunil Mehta.",
            "My line manager on the Rolls-Royce graduate scheme was Sunil Mehta.",
        ),
    ),
    Fact(
        "I left my passport in a taxi in Madrid in August 2022.",
        (
            "In August 2022 I left my passport behind in a taxi in Madrid.",
            "My passport got left in a Madrid taxi in August 2022.",
            "Back in August 2022, I forgot my passport in a cab in Madrid.",
        ),
        (
            "I left my passport in a taxi in Barcelona in August 2022.",
            "My wife left her passport in a taxi in Madrid in August 2022.",
        ),
    ),
    Fact(
        "Someone stole my Brompton from the bike rack at Bristol Temple Meads in 2021.",
        (
            "My Brompton was stolen from the bike rack at Bristol Temple Meads in 2021.",
            "In 2021 my Brompton got nicked from the bike rack at Bristol Temple Meads.",
            "I had my Brompton stolen from the Bristol Temple Meads bike rack in 2021.",
        ),
        (
            "Someone tried to steal my Brompton from the Bristol Temple Meads bike rack in 2021.",
            "Someone stole my Brompton from the bike rack at Bristol Temple Meads in 2024.",
        ),
    ),
    Fact(
        "We had a Hive smart thermostat fitted in our hallway in 2022.",
        (
            "In 2022 we got a Hive smart thermostat fitted in the hallway.",
            "The Hive smart thermostat in our hallway was fitted in 2022.",
            "We got a Hive smart thermostat put in our hallway in 2022.",
        ),
        (
            "We're having a Hive smart thermostat fitted in our hallway next month.",
            "We had a Nest smart thermostat fitted in our hallway in 2022.",
        ),
    ),
    Fact(
        "My Roomba vacuums the downstairs every weekday at 10 am.",
        (
            "Every weekday at 10 am, my Roomba does the vacuuming downstairs.",
            "I've got my Roomba set to vacuum downstairs at 10 am each weekday.",
            "The downstairs gets vacuumed by my Roomba at 10 am every weekday.",
        ),
        (
            "My Roomba vacuums the upstairs every weekday at 10 am.",
            "My Roomba vacuums the downstairs every Saturday at 10 am.",
        ),
    ),
    Fact(
        "I've kept my sourdough starter alive since April 2020.",
        (
            "My sourdough starter has been going since April 2020.",
            "Since April 2020, I've kept the same sourdough starter alive.",
            "I've had my sourdough starter on the go since April 2020.",
        ),
        (
            "I kept a sourdough starter alive from April 2020 until last summer.",
            "My neighbour has kept her sourdough starter alive since April 2020.",
        ),
    ),
    Fact(
        "I press about 40 litres of cider from our apple trees every autumn.",
        (
            "Every autumn I make around 40 litres of cider from our apple trees.",
            "Each autumn, I press roughly 40 litres of cider from the apples on our trees.",
            "Around 40 litres of cider is what I press from our apple trees each autumn.",
        ),
        (
            "I press about 40 litres of apple juice from our apple trees every autumn.",
            "I press about 120 litres of cider from our apple trees every autumn.",
        ),
    ),
    Fact(
        "Our electricity bill for January 2024 was 212 pounds.",
        (
            "In January 2024 our electricity bill came to 212 pounds.",
            "We were charged 212 pounds for electricity for January 2024.",
            "The electricity bill we got for January 2024 was 212 pounds.",
        ),
        (
            "Our electricity bill for January 2024 was 121 pounds.",
            "Our electricity bill for February 2024 was 212 pounds.",
        ),
    ),
    Fact(
        "My gas direct debit with British Gas is 68 pounds a month.",
        (
            "I pay British Gas 68 pounds a month for gas by direct debit.",
            "68 pounds a month goes out by direct debit to British Gas for my gas.",
            "Every month, a 68-pound direct debit goes to British Gas for my gas.",
        ),
        (
            "My gas direct debit with British Gas is 68 pounds a quarter.",
            "My gas direct debit with British Gas is going up to 68 pounds a month.",
        ),
    ),
    Fact(
        "I play in the Tuesday night doubles league at Edgbaston Priory Club.",
        (
            "On Tuesday nights I play in the doubles league at Edgbaston Priory Club.",
            "Edgbaston Priory Club is where I play in the Tuesday night doubles league.",
            "I'm in the Tuesday evening doubles league at Edgbaston Priory Club.",
        ),
        (
            "I play in the Tuesday night singles league at Edgbaston Priory Club.",
            "I used to play in the Tuesday night doubles league at Edgbaston Priory Club.",
        ),
    ),
    Fact(
        "Chloe and I came second in the 2023 Leeds winter padel league.",
        (
            "In the 2023 Leeds winter padel league, Chloe and I finished second.",
            "Chloe and I were runners-up in the 2023 Leeds winter padel league.",
            "The 2023 Leeds winter padel league saw Chloe and me come second.",
        ),
        (
            "Chloe and I won the 2023 Leeds winter padel league.",
            "Chloe and I came second in the 2023 Leeds summer padel league.",
        ),
    ),
    Fact(
        "I was offered the project manager job at Arup after my second interview in May.",
        (
            "Arup offered me the project manager job once I'd done my second interview in May.",
            "After my second interview in May, I was offered the project manager role at Arup.",
            "My second interview in May led to Arup offering me the project manager job.",
        ),
        (
            "Arup turned me down for the project manager job after my second interview in May.",
            "I was offered the project manager job at Arup after my first interview in May.",
        ),
    ),
    Fact(
        "I interviewed for a history teaching job at Clifton College in 2024 but didn't get it.",
        (
            "In 2024 I interviewed at Clifton College to teach history but got turned down.",
            "I didn't get the history job at Clifton College that I interviewed for in 2024.",
            "My 2024 interview to teach history at Clifton College didn't lead to an offer.",
        ),
        (
            "I've got an interview for a history teaching job at Clifton College next month.",
            "I interviewed for a maths teaching job at Clifton College in 2024 but didn't get it.",
        ),
    ),
    Fact(
        "My sister Hannah got married at a vineyard near Siena in September 2023.",
        (
            "In September 2023, my sister Hannah had her wedding at a vineyard near Siena.",
            "My sister Hannah's wedding was at a vineyard outside Siena in September 2023.",
            "Hannah, my sister, got married at a vineyard near Siena in September 2023.",
        ),
        (
            "My sister Hannah is getting married at a vineyard near Siena in September.",
            "My cousin Hannah got married at a vineyard near Siena in September 2023.",
        ),
    ),
    Fact(
        "I've been a Friend of the Royal Academy since 2019.",
        (
            "Since 2019 I've had a Friends membership at the Royal Academy.",
            "My Royal Academy Friends membership goes back to 2019.",
            "I've held a Friends membership with the Royal Academy since 2019.",
        ),
        (
            "I was a Friend of the Royal Academy from 2019 to 2021.",
            "I've been a Friend of the National Gallery since 2019.",
        ),
    ),
    Fact(
        "I bought a second-hand Triumph Bonneville for 5,500 pounds in 2021.",
        (
            "In 2021 I paid 5,500 pounds for a second-hand Triumph Bonneville.",
            "My Triumph Bonneville cost me 5,500 pounds second-hand in 2021.",
            "I got my used Triumph Bonneville in 2021 for 5,500 pounds.",
        ),
        (
            "I sold my Triumph Bonneville for 5,500 pounds in 2021.",
            "I bought a brand-new Triumph Bonneville for 5,500 pounds in 2021.",
        ),
    ),
    Fact(
        "I commute from Hackney to Holborn on my Honda PCX 125 scooter.",
        (
            "My commute from Hackney to Holborn is on my Honda PCX 125 scooter.",
            "I ride my Honda PCX 125 scooter to get from Hackney to work in Holborn.",
            "I get to work in Holborn from Hackney on my Honda PCX 125 scooter.",
        ),
        (
            "I commute from Hackney to Holborn on the number 55 bus.",
            "My husband commutes from Hackney to Holborn on his Honda PCX 125 scooter.",
        ),
    ),
    Fact(
        "I've got 18,500 Tesco Clubcard points saved up for Christmas.",
        (
            "I've saved up 18,500 Tesco Clubcard points for Christmas.",
            "My Tesco Clubcard has 18,500 points on it that I'm saving for Christmas.",
            "For Christmas I'm saving my Tesco Clubcard points, and I've got 18,500 of them.",
        ),
        (
            "I've got 18,500 Nectar points saved up for Christmas.",
            "I've got 8,500 Tesco Clubcard points saved up for Christmas.",
        ),
    ),
)


# The thirty-second held-out set: written (3 December) as HELDOUT21 was, after HELDOUT30's
# study, and committed before HELDOUT31's failures were looked at. Measured unseen: 1.30
# memories per fact, 0% wrong merges (offline at 0.8).
HELDOUT32 = (
    Fact(
        "I play second cornet in a brass band in Saddleworth.",
        (
            "In a brass band in Saddleworth, I play second cornet.",
            "I'm second cornet in a brass band based in Saddleworth.",
            "I play in a Saddleworth brass band, on second cornet.",
        ),
        (
            "I play second cornet in a brass band in Holmfirth.",
            "I used to play second cornet in a brass band in Saddleworth.",
        ),
    ),
    Fact(
        "I've sung bass in a male voice choir in Treorchy since 2015.",
        (
            "Since 2015 I've been singing bass in a male voice choir in Treorchy.",
            "I've been a bass in a male voice choir in Treorchy since 2015.",
            "I've sung in a Treorchy male voice choir as a bass since 2015.",
        ),
        (
            "My father has sung bass in a male voice choir in Treorchy since 2015.",
            "I've sung tenor in a male voice choir in Treorchy since 2015.",
        ),
    ),
    Fact(
        "I sold my old Vauxhall Corsa to a neighbour for 1,800 pounds in 2023.",
        (
            "In 2023 I sold my old Vauxhall Corsa to a neighbour for 1,800 pounds.",
            "A neighbour bought my old Vauxhall Corsa off me for 1,800 pounds in 2023.",
            "My old Vauxhall Corsa was sold to a neighbour of mine in 2023 for 1,800 pounds.",
        ),
        (
            "I sold my old Vauxhall Corsa to a neighbour for 800 pounds in 2023.",
            "I sold my old Vauxhall Corsa to a dealer for 1,800 pounds in 2023.",
        ),
    ),
    Fact(
        "I had my 2004 Peugeot 206 scrapped in 2022 after it failed its MOT.",
        (
            "After it failed its MOT in 2022, I had my 2004 Peugeot 206 scrapped.",
            "My 2004 Peugeot 206 failed its MOT, so in 2022 I had it scrapped.",
            "In 2022 my 2004 Peugeot 206 was scrapped after failing its MOT.",
        ),
        (
            "I had my 2004 Renault Clio scrapped in 2022 after it failed its MOT.",
            "My dad had his 2004 Peugeot 206 scrapped in 2022 after it failed its MOT.",
        ),
    ),
    Fact(
        "My grandmother Edith died in March 2021 at the age of 92.",
        (
            "I lost my grandmother Edith in March 2021, when she was 92.",
            "In March 2021 my grandmother Edith passed away aged 92.",
            "My gran, Edith, was 92 when she died in March 2021.",
        ),
        (
            "My grandmother Edith turned 92 in March 2021.",
            "My great-aunt Edith died in March 2021 at the age of 92.",
        ),
    ),
    Fact(
        "We planted a cherry tree in Roundhay Park in memory of my brother Sam.",
        (
            "In memory of my brother Sam, we planted a cherry tree in Roundhay Park.",
            "There's a cherry tree in Roundhay Park that we planted in memory of my brother Sam.",
            "We put a cherry tree in the ground in Roundhay Park to remember my brother Sam.",
        ),
        (
            "We planted a cherry tree in Roundhay Park in memory of my cousin Sam.",
            "We're planning to plant a cherry tree in Roundhay Park in memory of my brother Sam.",
        ),
    ),
    Fact(
        "I lent my friend Kieran 150 pounds to cover his rent in January.",
        (
            "In January I lent my friend Kieran 150 pounds to cover his rent.",
            "My friend Kieran borrowed 150 pounds from me in January to cover his rent.",
            "I loaned my mate Kieran 150 pounds in January so he could pay his rent.",
        ),
        (
            "My friend Kieran lent me 150 pounds to cover my rent in January.",
            "I gave my friend Kieran 150 pounds to cover his rent in January.",
        ),
    ),
    Fact(
        "I get my blood pressure checked at the pharmacy every three months.",
        (
            "Every three months I have my blood pressure checked at the pharmacy.",
            "I go to the pharmacy every three months to get my blood pressure checked.",
            "I have my blood pressure taken at the pharmacy once every three months.",
        ),
        (
            "I get my cholesterol checked at the pharmacy every three months.",
            "I get my blood pressure checked at the pharmacy every six months.",
        ),
    ),
    Fact(
        "I've donated platelets at the Tooting donor centre 30 times.",
        (
            "I've given platelets 30 times at the Tooting donor centre.",
            "At the Tooting donor centre, I've made 30 platelet donations.",
            "I've been to the donor centre in Tooting to donate platelets 30 times.",
        ),
        (
            "I've donated plasma at the Tooting donor centre 30 times.",
            "I've donated platelets at the Tooting donor centre 13 times.",
        ),
    ),
    Fact(
        "I shared my first flat in Glasgow with two nurses, Ailsa and Morven.",
        (
            "My first flat was in Glasgow, and I shared it with two nurses, Ailsa and Morven.",
            "My flatmates in my first flat in Glasgow were two nurses, Ailsa and Morven.",
            "Ailsa and Morven, both nurses, shared my first flat in Glasgow with me.",
        ),
        (
            "I shared my first flat in Glasgow with two teachers, Ailsa and Morven.",
            "I shared my first flat in Dundee with two nurses, Ailsa and Morven.",
        ),
    ),
    Fact(
        "I passed my Level 2 swimming teacher certificate in 2019.",
        (
            "In 2019 I passed my Level 2 swimming teacher certificate.",
            "I got through my Level 2 swimming teacher certificate in 2019.",
            "2019 is when I passed my Level 2 certificate as a swimming teacher.",
        ),
        (
            "I passed my Level 1 swimming teacher certificate in 2019.",
            "I failed my Level 2 swimming teacher certificate in 2019.",
        ),
    ),
    Fact(
        "I swam the English Channel as part of a six-person relay in 2017.",
        (
            "In 2017 I swam the English Channel in a six-person relay team.",
            "I was one of a six-person relay team that swam the English Channel in 2017.",
            "Back in 2017, I crossed the English Channel as a swimmer in a relay of six.",
        ),
        (
            "I swam the English Channel solo in 2017.",
            "I'm going to swim the English Channel in a six-person relay next summer.",
        ),
    ),
    Fact(
        "I played Bottom in A Midsummer Night's Dream with the Wem Players in 2018.",
        (
            "In 2018 I played Bottom in the Wem Players' A Midsummer Night's Dream.",
            "My role in the Wem Players' 2018 Midsummer Night's Dream was Bottom.",
            "I was Bottom when the Wem Players put on A Midsummer Night's Dream in 2018.",
        ),
        (
            "I played Puck in A Midsummer Night's Dream with the Wem Players in 2018.",
            "My son played Bottom in A Midsummer Night's Dream with the Wem Players in 2018.",
        ),
    ),
    Fact(
        "I do the lighting for an amateur dramatics society in Ripon.",
        (
            "I'm the lighting person for an am-dram society in Ripon.",
            "For an amateur dramatics society in Ripon, I handle the lighting.",
            "Lighting is what I do for an amateur dramatics group in Ripon.",
        ),
        (
            "I do the costumes for an amateur dramatics society in Ripon.",
            "I used to do the lighting for an amateur dramatics society in Ripon.",
        ),
    ),
    Fact(
        "I video call my friend Ben in Melbourne every Sunday morning.",
        (
            "Every Sunday morning I video call my friend Ben in Melbourne.",
            "My friend Ben, who lives in Melbourne, and I have a video call every Sunday morning.",
            "I have a video chat with my mate Ben in Melbourne each Sunday morning.",
        ),
        (
            "I video call my friend Ben in Melbourne every Sunday evening.",
            "I email my friend Ben in Melbourne every Sunday morning.",
        ),
    ),
    Fact(
        "I met my German pen pal Katrin in person for the first time in 2010.",
        (
            "The first time I met my German pen pal Katrin face to face was in 2010.",
            "In 2010 I met Katrin, my pen pal from Germany, in person for the first time.",
            "My German pen pal Katrin and I first met in person in 2010.",
        ),
        (
            "I met my German pen pal Katrin in person for the first time in 2001.",
            "I've never met my German pen pal Katrin in person.",
        ),
    ),
    Fact(
        "My train from Edinburgh to London was delayed by four hours in December 2022.",
        (
            "In December 2022 my Edinburgh to London train was four hours late.",
            "Back in December 2022, my train from Edinburgh to London was held up by four hours.",
            "My train from Edinburgh down to London ran four hours late in December 2022.",
        ),
        (
            "My train from Edinburgh to London was delayed by forty minutes in December 2022.",
            "My train from Edinburgh to London was cancelled in December 2022.",
        ),
    ),
    Fact(
        "I slept at Dublin Airport when my flight to Boston was delayed in 2019.",
        (
            "In 2019 my flight to Boston was delayed, so I slept at Dublin Airport.",
            "When my Boston flight got delayed in 2019, I ended up sleeping at Dublin Airport.",
            "I had to sleep at Dublin Airport in 2019 because my Boston flight was delayed.",
        ),
        (
            "My daughter slept at Dublin Airport when her flight to Boston was delayed in 2019.",
            "I slept at Dublin Airport when my flight to Chicago was delayed in 2019.",
        ),
    ),
    Fact(
        "I sponsor a donkey called Jasper at the Donkey Sanctuary in Sidmouth.",
        (
            "At the Donkey Sanctuary in Sidmouth, there's a donkey called Jasper that I sponsor.",
            "I'm the sponsor of a donkey named Jasper at the Donkey Sanctuary in Sidmouth.",
            "Jasper, a donkey at the Donkey Sanctuary in Sidmouth, is sponsored by me.",
        ),
        (
            "I used to sponsor a donkey called Jasper at the Donkey Sanctuary in Sidmouth.",
            "My niece sponsors a donkey called Jasper at the Donkey Sanctuary in Sidmouth.",
        ),
    ),
    Fact(
        "I shoot on a Fujifilm X-T4 that I bought in 2021.",
        (
            "My camera is a Fujifilm X-T4, which I bought in 2021.",
            "I bought the Fujifilm X-T4 I shoot with in 2021.",
            "In 2021 I bought a Fujifilm X-T4, and that's the camera I shoot on.",
        ),
        (
            "I shoot on a Fujifilm X-T3 that I bought in 2021.",
            "I shoot on a Fujifilm X-T4 that I was given in 2021.",
        ),
    ),
    Fact(
        "My photo of a heron won the Durham Camera Club contest in 2022.",
        (
            "In 2022 my photo of a heron won the Durham Camera Club contest.",
            "The 2022 Durham Camera Club contest was won by my photo of a heron.",
            "I won the Durham Camera Club contest in 2022 with my photo of a heron.",
        ),
        (
            "My photo of a heron came second in the Durham Camera Club contest in 2022.",
            "My photo of a kingfisher won the Durham Camera Club contest in 2022.",
        ),
    ),
)


# The thirty-third held-out set: written (3 December) as HELDOUT21 was, after HELDOUT31's
# study, and committed before HELDOUT32's failures were looked at. Measured unseen: 1.22
# memories per fact, 1.6% wrong merges, 3.2% of its facts stored nothing (offline at 0.8).
HELDOUT33 = (
    Fact(
        "I retired from Royal Mail in March 2022 after 31 years as a postman.",
        (
            "After 31 years as a postman, I retired from Royal Mail in March 2022.",
            "March 2022 was when I retired from Royal Mail, after 31 years as a postman.",
            "I'd been a postman with Royal Mail for 31 years when I retired in March 2022.",
        ),
        (
            "My dad retired from Royal Mail in March 2022 after 31 years as a postman.",
            "I retired from Royal Mail in March 2022 after 13 years as a postman.",
        ),
    ),
    Fact(
        "I took a year off from teaching in 2019 to travel around Japan.",
        (
            "In 2019 I took a year's break from teaching so I could travel around Japan.",
            "I had a year out from my teaching job in 2019 to go travelling around Japan.",
            "My year-long career break from teaching in 2019 was to travel around Japan.",
        ),
        (
            "I took a year off from teaching in 2019 to travel around South Korea.",
            "I'd love to take a year off from teaching to travel around Japan.",
        ),
    ),
    Fact(
        "I spent nine days in Ninewells Hospital in Dundee with pneumonia in January 2020.",
        (
            "In January 2020 I was in Ninewells Hospital in Dundee for nine days with pneumonia.",
            "Pneumonia put me in Ninewells Hospital in Dundee for nine days in January 2020.",
            "I was in Dundee's Ninewells Hospital with pneumonia for nine days in January 2020.",
        ),
        (
            "My mum spent nine days in Ninewells in Dundee with pneumonia in January 2020.",
            "I spent nine days in Ninewells Hospital in Dundee with sepsis in January 2020.",
        ),
    ),
    Fact(
        "My favourite walk is the coast path from Porthcurno to Lamorna in Cornwall.",
        (
            "The coast path from Porthcurno to Lamorna in Cornwall is my favourite walk.",
            "Of all walks, the Cornish coast path from Porthcurno to Lamorna is my favourite.",
            "I love no walk more than the coast path from Porthcurno to Lamorna in Cornwall.",
        ),
        (
            "My wife's favourite walk is the Cornish coast path from Porthcurno to Lamorna.",
            "My favourite walk is the coast path from Porthcurno to Mousehole in Cornwall.",
        ),
    ),
    Fact(
        "The view I love most is Edinburgh from the top of Arthur's Seat at sunrise.",
        (
            "My favourite view is Edinburgh seen from the top of Arthur's Seat at sunrise.",
            "Nothing beats the view of Edinburgh from the top of Arthur's Seat at sunrise.",
            "Edinburgh from the top of Arthur's Seat at sunrise is the view I love best.",
        ),
        (
            "The view I love most is Edinburgh from the top of Calton Hill at sunrise.",
            "The view I love most is Edinburgh from the top of Arthur's Seat at sunset.",
        ),
    ),
    Fact(
        "I fostered a litter of five kittens for Cats Protection in the summer of 2023.",
        (
            "In summer 2023 I fostered five kittens from one litter for Cats Protection.",
            "A litter of five kittens was fostered by me for Cats Protection in summer 2023.",
            "Back in the summer of 2023, I fostered a five-kitten litter for Cats Protection.",
        ),
        (
            "My sister fostered a litter of five kittens for Cats Protection in summer 2023.",
            "I fostered a litter of three kittens for Cats Protection in the summer of 2023.",
        ),
    ),
    Fact(
        "We fostered a rescue lurcher called Biscuit for three months before he was adopted.",
        (
            "For three months we fostered a rescue lurcher named Biscuit until he got adopted.",
            "Biscuit, a rescue lurcher, was fostered by us for three months before being adopted.",
            "Before he was adopted, we fostered Biscuit, a rescue lurcher, for three months.",
        ),
        (
            "We fostered a rescue lurcher called Biscuit for three weeks before he was adopted.",
            "We fostered a rescue lurcher called Biscuit for three months and then adopted him.",
        ),
    ),
    Fact(
        "My grandfather left me his 1968 Omega Seamaster watch in his will.",
        (
            "In his will, my grandfather left me his 1968 Omega Seamaster watch.",
            "I inherited my grandfather's 1968 Omega Seamaster watch under his will.",
            "My grandad's 1968 Omega Seamaster watch was left to me in his will.",
        ),
        (
            "My grandfather left my cousin his 1968 Omega Seamaster watch in his will.",
            "My grandfather left me his 1968 Rolex Submariner watch in his will.",
        ),
    ),
    Fact(
        "My parents gave us 20,000 pounds towards our house deposit in 2022.",
        (
            "In 2022 my parents gave us 20,000 pounds to put towards our house deposit.",
            "We got 20,000 pounds from my parents towards our house deposit in 2022.",
            "Our house deposit was helped by a gift of 20,000 pounds from my parents in 2022.",
        ),
        (
            "My parents lent us 20,000 pounds towards our house deposit in 2022.",
            "My in-laws gave us 20,000 pounds towards our house deposit in 2022.",
        ),
    ),
    Fact(
        "I knitted a Fair Isle jumper for my son Rory's 18th birthday.",
        (
            "For my son Rory's 18th birthday, I knitted him a Fair Isle jumper.",
            "I made my son Rory a hand-knitted Fair Isle jumper for his 18th birthday.",
            "A Fair Isle jumper I'd knitted was what my son Rory got for his 18th birthday.",
        ),
        (
            "I'm knitting a Fair Isle jumper for my son Rory's 18th birthday.",
            "I knitted a Fair Isle jumper for my son Rory's 21st birthday.",
        ),
    ),
    Fact(
        "I sewed all the curtains for our new house in Ipswich myself.",
        (
            "All the curtains in our new house in Ipswich were sewn by me.",
            "I made every curtain for our new Ipswich house on my own.",
            "The curtains for our new house in Ipswich? I sewed every one of them myself.",
        ),
        (
            "I sewed all the cushion covers for our new house in Ipswich myself.",
            "My mother-in-law sewed all the curtains for our new house in Ipswich.",
        ),
    ),
    Fact(
        "For my 30th birthday we had dinner at Hawksmoor in Manchester.",
        (
            "We went for dinner at Hawksmoor in Manchester for my 30th birthday.",
            "My 30th birthday meal was dinner at Hawksmoor in Manchester.",
            "We celebrated my 30th with dinner at Hawksmoor in Manchester.",
        ),
        (
            "For my 30th birthday we had dinner at Hawksmoor in Edinburgh.",
            "For my husband's 30th birthday we had dinner at Hawksmoor in Manchester.",
        ),
    ),
    Fact(
        "Storm Arwen blew about forty slates off our roof in November 2021.",
        (
            "In November 2021 Storm Arwen blew about forty slates off our roof.",
            "About forty slates came off our roof when Storm Arwen hit in November 2021.",
            "We lost around forty roof slates to Storm Arwen in November 2021.",
        ),
        (
            "Storm Arwen blew about forty slates off our neighbours' roof in November 2021.",
            "Storm Arwen blew about four slates off our roof in November 2021.",
        ),
    ),
    Fact(
        "Our kitchen flooded when the Severn burst its banks in Shrewsbury in February 2020.",
        (
            "In February 2020 the Severn burst its banks in Shrewsbury and flooded our kitchen.",
            "When the Severn burst its banks in Shrewsbury in February 2020, our kitchen flooded.",
            "In Feb 2020 our kitchen got flooded when the Severn burst its banks in Shrewsbury.",
        ),
        (
            "Our garage flooded when the Severn burst its banks in Shrewsbury in February 2020.",
            "Our kitchen nearly flooded when the Severn overflowed in Shrewsbury in Feb 2020.",
        ),
    ),
    Fact(
        "I converted a 2012 Ford Transit into a campervan myself over two years.",
        (
            "Over two years I turned a 2012 Ford Transit into a campervan on my own.",
            "My campervan is a 2012 Ford Transit that I spent two years converting myself.",
            "It took me two years to convert a 2012 Ford Transit into a campervan by myself.",
        ),
        (
            "I converted a 2012 Ford Transit into a campervan myself over two months.",
            "I'm converting a 2012 Ford Transit into a campervan myself.",
        ),
    ),
    Fact(
        "We drove the North Coast 500 in a hired campervan in May 2023.",
        (
            "In May 2023 we did the North Coast 500 in a campervan we'd hired.",
            "We hired a campervan in May 2023 and drove the North Coast 500 in it.",
            "Our drive round the North Coast 500 in May 2023 was in a hired campervan.",
        ),
        (
            "We're going to drive the North Coast 500 in a hired campervan in May.",
            "We drove the North Coast 500 in our own campervan in May 2023.",
        ),
    ),
    Fact(
        "I've supported Sunderland since I was seven.",
        (
            "I've been a Sunderland fan since the age of seven.",
            "Since I was seven, I've supported Sunderland.",
            "Sunderland has been my team ever since I was seven years old.",
        ),
        (
            "My son has supported Sunderland since he was seven.",
            "I've supported Newcastle since I was seven.",
        ),
    ),
    Fact(
        "I was at Anfield when Liverpool beat Barcelona 4-0 in May 2019.",
        (
            "In May 2019 I was in the crowd at Anfield for Liverpool's 4-0 win over Barcelona.",
            "I saw Liverpool beat Barcelona 4-0 in person at Anfield in May 2019.",
            "When Liverpool beat Barcelona 4-0 at Anfield in May 2019, I was there.",
        ),
        (
            "I watched on TV when Liverpool beat Barcelona 4-0 in May 2019.",
            "I was at the Nou Camp when Barcelona beat Liverpool 3-0 in May 2019.",
        ),
    ),
    Fact(
        "I got a 70-pound parking fine outside Leeds station in March.",
        (
            "In March I was given a 70-pound parking ticket outside Leeds station.",
            "I was fined 70 pounds for parking outside Leeds station in March.",
            "My parking fine outside Leeds station in March was 70 pounds.",
        ),
        (
            "I got a 70-pound parking fine outside York station in March.",
            "My partner got a 70-pound parking fine outside Leeds station in March.",
        ),
    ),
    Fact(
        "I was caught doing 38 in a 30 zone in Hove and did a speed awareness course.",
        (
            "After being caught at 38 in a 30 zone in Hove, I went on a speed awareness course.",
            "I got clocked at 38 in a 30 limit in Hove, so I did a speed awareness course.",
            "In Hove I was caught driving at 38 in a 30 zone, and I did a speed awareness course.",
        ),
        (
            "I was caught doing 38 in a 30 zone in Hove and got three points on my licence.",
            "I was caught doing 38 in a 20 zone in Hove and did a speed awareness course.",
        ),
    ),
    Fact(
        "I grew a 28-kilo pumpkin on my allotment in Headingley last autumn.",
        (
            "Last autumn I grew a pumpkin weighing 28 kilos on my Headingley allotment.",
            "On my allotment in Headingley, I grew a 28 kg pumpkin last autumn.",
            "The pumpkin I grew on my allotment in Headingley last autumn weighed 28 kilos.",
        ),
        (
            "I grew a 28-kilo marrow on my allotment in Headingley last autumn.",
            "I'm hoping to grow a 28-kilo pumpkin on my allotment in Headingley this autumn.",
        ),
    ),
)


# The thirty-fourth held-out set: written (3 December) as HELDOUT21 was, after HELDOUT32's
# study, and committed before HELDOUT33's failures were looked at. Measured unseen: 1.16
# memories per fact, 3.2% wrong merges, 4.8% of its facts stored nothing (offline at 0.8).
HELDOUT34 = (
    Fact(
        "I passed my driving theory test at the first attempt in October 2022.",
        (
            "I passed the theory part of my driving test first time in October 2022.",
            "Back in October 2022 I got through my driving theory test on my first go.",
            "My first attempt at the driving theory test, in October 2022, was a pass.",
        ),
        (
            "I failed my driving theory test at the first attempt in October 2022.",
            "I passed my motorbike theory test at the first attempt in October 2022.",
        ),
    ),
    Fact(
        "My pub quiz team, the Quizzly Bears, won the Christmas quiz at the Plough in "
        "Didsbury in 2023.",
        (
            "The Quizzly Bears, my pub quiz team, won the 2023 Christmas quiz at the Plough "
            "in Didsbury.",
            "In 2023 my quiz team, the Quizzly Bears, won the Christmas pub quiz at the "
            "Plough in Didsbury.",
            "The 2023 Christmas quiz at the Plough in Didsbury was won by my pub quiz team, "
            "the Quizzly Bears.",
        ),
        (
            "My pub quiz team, the Quizzly Bears, came last in the Christmas quiz at the "
            "Plough in Didsbury in 2023.",
            "My pub quiz team, the Quizzly Bears, won the Christmas quiz at the Plough in "
            "Didsbury in 2021.",
        ),
    ),
    Fact(
        "My oldest houseplant is a jade plant my gran gave me in 2008.",
        (
            "The oldest plant in my house is a jade plant that my gran gave me in 2008.",
            "My gran gave me a jade plant in 2008, and it's the oldest houseplant I've got.",
            "Of all my houseplants, the oldest is the jade plant I got from my gran in 2008.",
        ),
        (
            "My oldest houseplant is a spider plant my gran gave me in 2008.",
            "My newest houseplant is a jade plant my gran gave me in 2008.",
        ),
    ),
    Fact(
        "I fractured two ribs when I fell off my mountain bike in the Peak District in 2021.",
        (
            "In 2021 I came off my mountain bike in the Peak District and cracked two ribs.",
            "Two of my ribs were fractured when I fell off my mountain bike in the Peak "
            "District in 2021.",
            "I broke two ribs in a fall from my mountain bike in the Peak District back in 2021.",
        ),
        (
            "I bruised two ribs when I fell off my mountain bike in the Peak District in 2021.",
            "My brother fractured two ribs when he fell off his mountain bike in the Peak "
            "District in 2021.",
        ),
    ),
    Fact(
        "Every October we rent the same cottage in Robin Hood's Bay for a week.",
        (
            "We take the same cottage in Robin Hood's Bay for a week each October.",
            "Each year in October, we rent a week at the same cottage in Robin Hood's Bay.",
            "Our week in the same rented cottage in Robin Hood's Bay comes round every October.",
        ),
        (
            "Every October we rent the same cottage in Robin Hood's Bay for a fortnight.",
            "This October we're renting a cottage in Robin Hood's Bay for a week.",
        ),
    ),
    Fact(
        "I record a fortnightly podcast about the history of Norwich with my friend Leah.",
        (
            "Every two weeks my friend Leah and I record a podcast on Norwich's history.",
            "My friend Leah and I make a podcast about Norwich history that we record every "
            "fortnight.",
            "A podcast about the history of Norwich is something I record with my friend "
            "Leah once a fortnight.",
        ),
        (
            "My friend Leah records a fortnightly podcast about the history of Norwich.",
            "I record a fortnightly podcast about the history of Ipswich with my friend Leah.",
        ),
    ),
    Fact(
        "I present a two-hour Northern soul show on Wythenshawe FM every Sunday night.",
        (
            "Every Sunday night I host a two-hour Northern soul programme on Wythenshawe FM.",
            "On Sunday nights, I'm the presenter of a two-hour Northern soul show on "
            "Wythenshawe FM.",
            "My two-hour Northern soul show goes out on Wythenshawe FM every Sunday night, "
            "and I present it.",
        ),
        (
            "I present a one-hour Northern soul show on Wythenshawe FM every Sunday night.",
            "I used to present a two-hour Northern soul show on Wythenshawe FM every Sunday night.",
        ),
    ),
    Fact(
        "I get through a 1 kg bag of coffee beans every two weeks.",
        (
            "A 1 kg bag of coffee beans lasts me a fortnight.",
            "I go through a kilo bag of coffee beans every fortnight.",
            "Every two weeks I finish a one-kilogram bag of coffee beans.",
        ),
        (
            "I get through a 1 kg bag of coffee beans every week.",
            "I used to get through a 1 kg bag of coffee beans every two weeks.",
        ),
    ),
    Fact(
        "I drink five mugs of builder's tea a day, each with two sugars.",
        (
            "Every day I have five mugs of builder's tea with two sugars in each.",
            "Five mugs of builder's tea a day is my usual, with two sugars in every one.",
            "I take two sugars in each of the five mugs of builder's tea I drink every day.",
        ),
        (
            "I drink five mugs of builder's tea a day, each with no sugar.",
            "I'm trying to cut down to five mugs of builder's tea a day, each with two sugars.",
        ),
    ),
    Fact(
        "I drive my daughter Isla to Westfield Academy every morning on my way to work.",
        (
            "Every morning on my way to work, I drop my daughter Isla off at Westfield "
            "Academy in the car.",
            "Isla, my daughter, gets a lift from me to Westfield Academy each morning as I "
            "head to work.",
            "On my way in to work every morning I drive Isla, my daughter, to Westfield Academy.",
        ),
        (
            "My husband drives our daughter Isla to Westfield Academy every morning on his "
            "way to work.",
            "I drive my daughter Isla to Westfield Academy every Friday on my way to work.",
        ),
    ),
    Fact(
        "I enrolled my son Theo at St Aidan's Primary in Penrith in September 2023.",
        (
            "In September 2023 I signed my son Theo up at St Aidan's Primary in Penrith.",
            "My son Theo was enrolled by me at St Aidan's Primary in Penrith in September 2023.",
            "I got Theo, my son, enrolled at St Aidan's Primary in Penrith back in September 2023.",
        ),
        (
            "I took my son Theo out of St Aidan's Primary in Penrith in September 2023.",
            "I'm hoping to enrol my son Theo at St Aidan's Primary in Penrith this September.",
        ),
    ),
    Fact(
        "I had my kids' names, Ruby and Finn, tattooed on the inside of my wrist for my 40th.",
        (
            "For my 40th birthday I got my kids' names, Ruby and Finn, tattooed on my inner wrist.",
            "My children's names, Ruby and Finn, were tattooed on the inside of my wrist for "
            "my 40th.",
            "When I turned 40, I had Ruby and Finn, my kids' names, inked on the inside of "
            "my wrist.",
        ),
        (
            "I had my kids' names, Ruby and Finn, tattooed on the inside of my wrist for my 50th.",
            "I'm getting my kids' names, Ruby and Finn, tattooed on the inside of my wrist "
            "for my 40th.",
        ),
    ),
    Fact(
        "I had my tragus pierced on holiday in Ibiza when I was seventeen.",
        (
            "When I was seventeen, I got my tragus pierced while on holiday in Ibiza.",
            "At 17 I had a tragus piercing done on holiday in Ibiza.",
            "My tragus was pierced on a holiday in Ibiza when I was seventeen.",
        ),
        (
            "I had my helix pierced on holiday in Ibiza when I was seventeen.",
            "My sister had her tragus pierced on holiday in Ibiza when she was seventeen.",
        ),
    ),
    Fact(
        "I built the 3 by 2 metre workshop at the end of my garden myself in 2020.",
        (
            "In 2020 I built the three-by-two-metre workshop at the end of my garden with my "
            "own hands.",
            "The workshop at the end of my garden, which is 3 by 2 metres, was built by me in "
            "2020.",
            "I put up the 3 m by 2 m workshop at the end of my garden on my own back in 2020.",
        ),
        (
            "I built the 3 by 2 metre workshop at the end of my garden myself in 2023.",
            "I paid a builder to put up the 3 by 2 metre workshop at the end of my garden in 2020.",
        ),
    ),
    Fact(
        "I got 134 out of 150 in my Grade 7 piano exam in 2024.",
        (
            "My Grade 7 piano exam in 2024 earned me 134 marks out of 150.",
            "In 2024 I scored 134/150 in Grade 7 piano.",
            "I was given a mark of 134 out of 150 for my Grade 7 piano exam in 2024.",
        ),
        (
            "I got 134 out of 150 in my Grade 7 violin exam in 2024.",
            "I got 114 out of 150 in my Grade 7 piano exam in 2024.",
        ),
    ),
    Fact(
        "I won a mountain bike in the raffle at the Bampton village fete in 2019.",
        (
            "At the Bampton village fete in 2019, I won a mountain bike in the raffle.",
            "A mountain bike was my prize in the raffle at the 2019 village fete in Bampton.",
            "In 2019 my raffle ticket at the Bampton village fete won me a mountain bike.",
        ),
        (
            "I won a garden bench in the raffle at the Bampton village fete in 2019.",
            "I donated a mountain bike to the raffle at the Bampton village fete in 2019.",
        ),
    ),
    Fact(
        "I was a bridesmaid at my best friend Kerry's wedding in Gretna Green in 2018.",
        (
            "I was a bridesmaid when my best friend Kerry got married in Gretna Green in 2018.",
            "My best friend Kerry had me as a bridesmaid at her wedding in Gretna Green in 2018.",
            "Back in 2018 I was bridesmaid for my best mate Kerry at her Gretna Green wedding.",
        ),
        (
            "I was a guest at my best friend Kerry's wedding in Gretna Green in 2018.",
            "I was a bridesmaid at my cousin Kerry's wedding in Gretna Green in 2018.",
        ),
    ),
    Fact(
        "My training plan for the Edinburgh Marathon peaks with a 35 km long run three "
        "weeks before race day.",
        (
            "Three weeks before race day, my Edinburgh Marathon plan peaks with a 35 km long run.",
            "The longest run in my Edinburgh Marathon training plan is 35 km, three weeks "
            "out from the race.",
            "My Edinburgh Marathon training builds up to a 35 km long run three weeks before "
            "the race.",
        ),
        (
            "My training plan for the Edinburgh Marathon peaks with a 30 km long run three "
            "weeks before race day.",
            "My training plan for the Loch Ness Marathon peaks with a 35 km long run three "
            "weeks before race day.",
        ),
    ),
    Fact(
        "I'm running 60 km a week in training for the Chester Marathon.",
        (
            "In training for the Chester Marathon, I'm currently doing 60 km a week.",
            "My weekly distance in training for the Chester Marathon is 60 km right now.",
            "I'm putting in 60 kilometres a week as I train for the Chester Marathon.",
        ),
        (
            "I'm running 40 km a week in training for the Chester Marathon.",
            "I'm aiming to build up to 60 km a week in training for the Chester Marathon.",
        ),
    ),
    Fact(
        "I paid a Gas Safe engineer 280 pounds to replace the pump on our boiler in January.",
        (
            "In January a Gas Safe engineer replaced our boiler's pump and I paid 280 pounds "
            "for it.",
            "Having the pump on our boiler replaced by a Gas Safe engineer in January cost "
            "me 280 pounds.",
            "Our boiler had its pump replaced by a Gas Safe engineer in January, and I paid "
            "280 pounds.",
        ),
        (
            "I paid a Gas Safe engineer 280 pounds to replace the fan on our boiler in January.",
            "I was quoted 280 pounds by a Gas Safe engineer to replace the pump on our "
            "boiler in January.",
        ),
    ),
    Fact(
        "We paid a roofer 1,900 pounds to fix the leaking flat roof on our kitchen extension "
        "in 2023.",
        (
            "In 2023 a roofer fixed the leaking flat roof on our kitchen extension for 1,900 "
            "pounds.",
            "We had the leaky flat roof over our kitchen extension repaired by a roofer in "
            "2023 for 1,900 pounds.",
            "The roofer who fixed our kitchen extension's leaking flat roof in 2023 charged "
            "us 1,900 pounds.",
        ),
        (
            "We paid a roofer 1,900 pounds to fix the leaking flat roof on our garage in 2023.",
            "A roofer charged our neighbours 1,900 pounds to fix the leaking flat roof on "
            "their kitchen extension in 2023.",
        ),
    ),
)


# The thirty-fifth held-out set: written (3 December) as HELDOUT21 was, and committed
# before HELDOUT34's failures were looked at. Measured unseen: 1.19 memories per fact and
# 1.6% wrong merges before HELDOUT33's study, 1.21 and 1.6% after it; every fact stored
# something (offline at 0.8).
HELDOUT35 = (
    Fact(
        "I did two weeks of jury service at Snaresbrook Crown Court in 2019.",
        (
            "In 2019 I spent two weeks on jury service at Snaresbrook Crown Court.",
            "I was a juror at Snaresbrook Crown Court for a fortnight in 2019.",
            "My two weeks of jury service were at Snaresbrook Crown Court, back in 2019.",
        ),
        (
            "I'm due to do two weeks of jury service at Snaresbrook Crown Court next month.",
            "My husband did two weeks of jury service at Snaresbrook Crown Court in 2019.",
        ),
    ),
    Fact(
        "I shoot black-and-white film on my dad's old Pentax K1000.",
        (
            "My dad's old Pentax K1000 is what I shoot black-and-white film on.",
            "I use my father's old Pentax K1000 to shoot black-and-white film.",
            "The camera I shoot black-and-white film with is my dad's old Pentax K1000.",
        ),
        (
            "I shoot colour film on my dad's old Pentax K1000.",
            "My dad shoots black-and-white film on his old Pentax K1000.",
        ),
    ),
    Fact(
        "I volunteer at the Oxfam shop in Totnes every Thursday morning.",
        (
            "Every Thursday morning I volunteer at the Oxfam shop in Totnes.",
            "I do a volunteer shift at the Totnes Oxfam shop on Thursday mornings.",
            "Thursday mornings are when I volunteer in the Oxfam shop in Totnes.",
        ),
        (
            "I volunteer at the Oxfam shop in Totnes every Saturday afternoon.",
            "I used to volunteer at the Oxfam shop in Totnes every Thursday morning.",
        ),
    ),
    Fact(
        "We hired a narrowboat for a week on the Llangollen Canal in August 2022.",
        (
            "In August 2022 we hired a narrowboat on the Llangollen Canal for a week.",
            "We spent a week on a hired narrowboat on the Llangollen Canal in August 2022.",
            "Our week on the Llangollen Canal in August 2022 was on a narrowboat we'd hired.",
        ),
        (
            "We hired a narrowboat for a week on the Kennet and Avon Canal in August 2022.",
            "We're hiring a narrowboat for a week on the Llangollen Canal next August.",
        ),
    ),
    Fact(
        "My eye test at Specsavers in March showed I need glasses for driving.",
        (
            "In March my Specsavers eye test showed I need glasses to drive.",
            "I found out at my Specsavers eye test in March that I need glasses for driving.",
            "According to my eye test at Specsavers in March, I need glasses for driving.",
        ),
        (
            "My eye test at Specsavers in March showed I no longer need glasses for driving.",
            "My wife's eye test at Specsavers in March showed she needs glasses for driving.",
        ),
    ),
    Fact(
        "I made 86 pounds selling my kids' old toys at the Ely car boot sale last Sunday.",
        (
            "Last Sunday I sold my kids' old toys at the Ely car boot sale and made 86 pounds.",
            "Selling my kids' old toys at the Ely car boot sale last Sunday got me 86 pounds.",
            "At the Ely car boot sale last Sunday I made 86 quid from my kids' old toys.",
        ),
        (
            "I made 86 pounds selling my kids' old clothes at the Ely car boot sale last Sunday.",
            "I spent 86 pounds on old toys for my kids at the Ely car boot sale last Sunday.",
        ),
    ),
    Fact(
        "I got a 2:1 in geography from Durham University in 2011.",
        (
            "I graduated from Durham University in 2011 with a 2:1 in geography.",
            "My geography degree from Durham University, which I finished in 2011, was a 2:1.",
            "In 2011 I came out of Durham University with a 2:1 in geography.",
        ),
        (
            "I got a first in geography from Durham University in 2011.",
            "I got a 2:1 in geology from Durham University in 2011.",
        ),
    ),
    Fact(
        "I gave evidence at a burglary trial at Cardiff Crown Court in 2021.",
        (
            "In 2021 I gave evidence in a burglary trial at Cardiff Crown Court.",
            "I testified at a burglary trial in Cardiff Crown Court in 2021.",
            "At Cardiff Crown Court in 2021 I gave evidence in a burglary trial.",
        ),
        (
            "I gave evidence at a burglary trial at Newport Crown Court in 2021.",
            "I was called to a burglary trial at Cardiff Crown Court in 2021 but didn't testify.",
        ),
    ),
    Fact(
        "I pay 18 pounds a month for a SIM-only deal with giffgaff.",
        (
            "My giffgaff SIM-only deal costs me 18 pounds a month.",
            "I'm on an 18-pound-a-month SIM-only plan with giffgaff.",
            "Every month I pay giffgaff 18 pounds for my SIM-only deal.",
        ),
        (
            "I pay 18 pounds a month for a SIM-only deal with Vodafone.",
            "I pay 28 pounds a month for a SIM-only deal with giffgaff.",
        ),
    ),
    Fact(
        "I caught a 12-pound pike on Loch Lomond in October 2022.",
        (
            "In October 2022 I landed a 12-pound pike on Loch Lomond.",
            "I caught a pike weighing 12 pounds on Loch Lomond in October 2022.",
            "Loch Lomond is where I caught a 12-pound pike, in October 2022.",
        ),
        (
            "I caught a 21-pound pike on Loch Lomond in October 2022.",
            "My grandson caught a 12-pound pike on Loch Lomond in October 2022.",
        ),
    ),
    Fact(
        "I hosted a 1920s-themed party for 40 friends at my Brixton flat for my 30th.",
        (
            "For my 30th I threw a 1920s-themed party at my flat in Brixton for 40 friends.",
            "40 friends came to the 1920s-themed party I hosted at my Brixton flat for my 30th.",
            "My 30th was a 1920s-themed party for 40 friends that I hosted at my Brixton flat.",
        ),
        (
            "I hosted a 1980s-themed party for 40 friends at my Brixton flat for my 30th.",
            "My sister had a 1920s-themed party for 40 friends at her Brixton flat for her 30th.",
        ),
    ),
    Fact(
        "I had a yellow fever jab in Bristol before my trip to Ghana in 2018.",
        (
            "Before going to Ghana in 2018 I got a yellow fever jab in Bristol.",
            "In 2018, ahead of my Ghana trip, I was vaccinated against yellow fever in Bristol.",
            "My yellow fever jab was done in Bristol before I went to Ghana in 2018.",
        ),
        (
            "I had a typhoid jab in Bristol before my trip to Ghana in 2018.",
            "I need to get a yellow fever jab in Bristol before my trip to Ghana next year.",
        ),
    ),
    Fact(
        "Ancestry showed me my great-great-grandfather was a miner in Merthyr Tydfil.",
        (
            "I learned on Ancestry that my great-great-grandfather was a miner in Merthyr Tydfil.",
            "Ancestry told me my great-great-grandad was a miner in Merthyr Tydfil.",
            "My great-great-grandfather was a miner in Merthyr Tydfil, Ancestry showed me.",
        ),
        (
            "Ancestry showed me my great-great-grandfather was a miner in Wigan.",
            "Ancestry showed me my great-grandfather was a miner in Merthyr Tydfil.",
        ),
    ),
    Fact(
        "I did my first five-minute stand-up set at the Frog and Bucket in 2023.",
        (
            "In 2023 I did my first stand-up set, five minutes long, at the Frog and Bucket.",
            "My first ever stand-up set was five minutes at the Frog and Bucket in 2023.",
            "Back in 2023 I did five minutes at the Frog and Bucket, my first stand-up set ever.",
        ),
        (
            "I did my first five-minute stand-up set at the Comedy Store in 2023.",
            "I'm doing my first five-minute stand-up set at the Frog and Bucket next month.",
        ),
    ),
    Fact(
        "I've been a parent governor at Oakfield Primary in Didcot since 2020.",
        (
            "Since 2020 I've been a parent governor at Oakfield Primary in Didcot.",
            "I've served as a parent governor at Oakfield Primary, Didcot, since 2020.",
            "I became a parent governor at Oakfield Primary in Didcot in 2020 and still am one.",
        ),
        (
            "I was a parent governor at Oakfield Primary in Didcot until 2020.",
            "I've been chair of the PTA at Oakfield Primary in Didcot since 2020.",
        ),
    ),
    Fact(
        "I charge my Kia Niro overnight at home on a 7 kW Ohme charger.",
        (
            "My Kia Niro gets charged overnight at home on a 7 kW Ohme charger.",
            "Overnight I charge my Kia Niro at home using a 7 kW Ohme charger.",
            "At home I use a 7 kW Ohme charger to charge my Kia Niro overnight.",
        ),
        (
            "I charge my Kia Niro overnight at home on a 22 kW Ohme charger.",
            "My dad charges his Kia Niro overnight at home on a 7 kW Ohme charger.",
        ),
    ),
    Fact(
        "I bought a second-hand Canon 70-200mm lens for 650 pounds in 2023.",
        (
            "In 2023 I paid 650 pounds for a used Canon 70-200mm lens.",
            "My Canon 70-200mm lens was second-hand and cost me 650 pounds in 2023.",
            "I got a used Canon 70-200mm lens for 650 quid back in 2023.",
        ),
        (
            "I bought a brand-new Canon 70-200mm lens for 650 pounds in 2023.",
            "I'm saving up 650 pounds to buy a second-hand Canon 70-200mm lens.",
        ),
    ),
    Fact(
        "My rapid rating on Chess.com is 1450.",
        (
            "On Chess.com my rapid rating is 1450.",
            "I'm rated 1450 at rapid on Chess.com.",
            "My Chess.com rating for rapid games is 1450.",
        ),
        (
            "My blitz rating on Chess.com is 1450.",
            "I'm aiming to get my rapid rating on Chess.com up to 1450.",
        ),
    ),
    Fact(
        "At the barbecue I hosted last July, I cooked a whole lamb shoulder for 25 guests.",
        (
            "I cooked a whole lamb shoulder for 25 guests at my barbecue last July.",
            "Last July I hosted a barbecue and cooked a whole shoulder of lamb for 25 guests.",
            "A whole lamb shoulder is what I cooked for the 25 guests at my barbecue last July.",
        ),
        (
            "At the barbecue I hosted last July, I cooked a whole pork shoulder for 25 guests.",
            "At my barbecue next July I'm going to cook a whole lamb shoulder for 25 guests.",
        ),
    ),
    Fact(
        "My best time for the Times cryptic crossword is 14 minutes.",
        (
            "The fastest I've ever done the Times cryptic crossword is 14 minutes.",
            "At my quickest I've finished the Times cryptic crossword in 14 minutes.",
            "My personal best on the Times cryptic crossword is 14 minutes.",
        ),
        (
            "My best time for the Guardian cryptic crossword is 14 minutes.",
            "My usual time for the Times cryptic crossword is 14 minutes.",
        ),
    ),
    Fact(
        "We towed our touring caravan to Bude for ten nights in July 2021.",
        (
            "In July 2021 we took our touring caravan to Bude for ten nights.",
            "We spent ten nights in Bude with our touring caravan in July 2021.",
            "Our touring caravan was towed down to Bude for ten nights in July 2021.",
        ),
        (
            "We towed our touring caravan to Bude for three nights in July 2021.",
            "My in-laws towed their touring caravan to Bude for ten nights in July 2021.",
        ),
    ),
)


# The thirty-sixth held-out set: written (3 December) as HELDOUT21 was, and committed
# before HELDOUT35's failures were looked at. Measured unseen: 1.17 memories per fact, 7.9%
# wrong merges and 3.2% of its facts stored nothing before HELDOUT34's study; 1.21, 7.9% and
# none after it (offline at 0.8).
HELDOUT36 = (
    Fact(
        "I crashed my first car, a silver Rover 214, into a ditch near Thirsk in 2005.",
        (
            "My first car was a silver Rover 214; I crashed it into a ditch near Thirsk in 2005.",
            "In 2005 I put my first car, a silver Rover 214, in a ditch near Thirsk.",
            "The silver Rover 214 I crashed into a ditch near Thirsk in 2005 was my first car.",
        ),
        (
            "My dad crashed my first car, a silver Rover 214, into a ditch near Thirsk in 2005.",
            "I sold my first car, a silver Rover 214, to a scrapyard near Thirsk in 2005.",
        ),
    ),
    Fact(
        "I fitted the new Howdens kitchen in our Swansea house myself in spring 2022.",
        (
            "In spring 2022 I fitted the new Howdens kitchen in our house in Swansea myself.",
            "The new Howdens kitchen in our Swansea house was fitted by me in spring 2022.",
            "I put in our Swansea house's new Howdens kitchen myself in the spring of 2022.",
        ),
        (
            "I'm going to fit a new Howdens kitchen in our Swansea house myself next spring.",
            "We had a builder fit the new Howdens kitchen in our Swansea house in spring 2022.",
        ),
    ),
    Fact(
        "Our bathroom refit in Leamington cost 8,400 pounds, including a walk-in shower.",
        (
            "We paid 8,400 pounds to refit our bathroom in Leamington, walk-in shower included.",
            "Including a walk-in shower, our Leamington bathroom refit came to 8,400 pounds.",
            "Refitting our bathroom in Leamington with a walk-in shower cost us 8,400 pounds.",
        ),
        (
            "Our bathroom refit in Leamington cost 4,800 pounds, including a walk-in shower.",
            "Our bathroom refit in Leamington cost 8,400 pounds, not counting the walk-in shower.",
        ),
    ),
    Fact(
        "I swam 5 km at Ponds Forge in 2021 and raised 640 pounds for Mind.",
        (
            "In 2021 I raised 640 pounds for Mind by swimming 5 km at Ponds Forge.",
            "My 5 km sponsored swim at Ponds Forge in 2021 raised 640 pounds for Mind.",
            "Mind got 640 pounds from the 5 km I swam at Ponds Forge back in 2021.",
        ),
        (
            "I swam 10 km at Ponds Forge in 2021 and raised 640 pounds for Mind.",
            "My daughter swam 5 km at Ponds Forge in 2021 and raised 640 pounds for Mind.",
        ),
    ),
    Fact(
        "I cycled 300 km from London to Paris for the British Heart Foundation in 2018.",
        (
            "In 2018 I rode 300 km from London to Paris for the British Heart Foundation.",
            "For the British Heart Foundation, I cycled the 300 km from London to Paris in 2018.",
            "My 2018 bike ride for the British Heart Foundation was 300 km, London to Paris.",
        ),
        (
            "I'm going to cycle 300 km from London to Paris for the British Heart Foundation.",
            "I cycled 300 km from London to Brussels for the British Heart Foundation in 2018.",
        ),
    ),
    Fact(
        "At sixteen I had a Saturday job washing pots at an Italian restaurant in Chelmsford.",
        (
            "When I was 16, I worked Saturdays as a pot washer at an Italian place in Chelmsford.",
            "My Saturday job at sixteen was washing pots in an Italian restaurant in Chelmsford.",
            "I washed pots on Saturdays at an Italian place in Chelmsford when I was sixteen.",
        ),
        (
            "At sixteen I had a Saturday job waiting tables at an Italian place in Chelmsford.",
            "At sixteen my brother had a Saturday job washing pots at an Italian in Chelmsford.",
        ),
    ),
    Fact(
        "My favourite takeaway is lamb bhuna from the Spice Lounge, and I get it every Friday.",
        (
            "Every Friday I order my favourite takeaway, the lamb bhuna from the Spice Lounge.",
            "The Spice Lounge's lamb bhuna is my favourite takeaway; I have it every Friday.",
            "Friday nights mean my favourite takeaway: lamb bhuna from the Spice Lounge.",
        ),
        (
            "My favourite takeaway is lamb bhuna from the Spice Lounge; I get it once a month.",
            "My favourite takeaway is chicken tikka from the Spice Lounge; I get it every Friday.",
        ),
    ),
    Fact(
        "Petplan paid 2,300 pounds towards our labrador Bonnie's knee operation in 2023.",
        (
            "In 2023 Petplan covered 2,300 pounds of our labrador Bonnie's knee operation.",
            "Our labrador Bonnie had a knee op in 2023, and Petplan paid 2,300 pounds of it.",
            "We got 2,300 pounds from Petplan for the knee op our labrador Bonnie had in 2023.",
        ),
        (
            "Petplan paid 2,300 pounds towards our labrador Bonnie's hip operation in 2023.",
            "Petplan paid 2,300 pounds towards our labrador Bonnie's knee operation in 2020.",
        ),
    ),
    Fact(
        "Our cat Mango's dental treatment at a vet in Harrogate cost 610 pounds last month.",
        (
            "Last month we paid 610 pounds for our cat Mango's dental work at a Harrogate vet.",
            "A vet in Harrogate charged us 610 pounds last month for our cat Mango's teeth.",
            "It cost 610 pounds last month to have our cat Mango's teeth done at a Harrogate vet.",
        ),
        (
            "Our cat Mango's dental treatment at a vet in Harrogate will cost 610 pounds.",
            "Our cat Mango's dental treatment at a vet in Harrogate cost 160 pounds last month.",
        ),
    ),
    Fact(
        "My Sheffield United season ticket for 2023-24 cost 545 pounds.",
        (
            "I paid 545 pounds for my Sheffield United season ticket for the 2023-24 season.",
            "For 2023-24, my season ticket at Sheffield United set me back 545 pounds.",
            "The 2023-24 Sheffield United season ticket I have was 545 pounds.",
        ),
        (
            "My Sheffield United season ticket for 2024-25 cost 545 pounds.",
            "My son's Sheffield United season ticket for 2023-24 cost 545 pounds.",
        ),
    ),
    Fact(
        "I paid 399 pounds upfront for a year's membership at Virgin Active in Reading.",
        (
            "A year's membership at Virgin Active in Reading cost me 399 pounds upfront.",
            "My year at Virgin Active in Reading was 399 pounds, which I paid all upfront.",
            "Upfront, I paid 399 pounds for a year of membership at Reading's Virgin Active.",
        ),
        (
            "I paid 399 pounds upfront for a year's membership at Virgin Active in Slough.",
            "I'm thinking of paying 399 pounds upfront for a year at Virgin Active in Reading.",
        ),
    ),
    Fact(
        "My aunt Rita flew over from Toronto to stay with us for three weeks in July.",
        (
            "In July my aunt Rita flew in from Toronto and stayed with us for three weeks.",
            "We had my aunt Rita staying for three weeks in July; she flew over from Toronto.",
            "My aunt Rita came over from Toronto by plane and spent three weeks with us in July.",
        ),
        (
            "My aunt Rita flew over from Toronto to stay with us for three days in July.",
            "I flew over to Toronto to stay with my aunt Rita for three weeks in July.",
        ),
    ),
    Fact(
        "I camped for four nights at the Green Man festival in Wales in August 2023.",
        (
            "In August 2023 I spent four nights camping at the Green Man festival in Wales.",
            "Back in August 2023, I camped at Green Man festival in Wales for four nights.",
            "My tent was my home for four nights at Wales's Green Man festival in August 2023.",
        ),
        (
            "I stayed four nights in a hotel for the Green Man festival in Wales in August 2023.",
            "I'm camping for four nights at the Green Man festival in Wales this August.",
        ),
    ),
    Fact(
        "I gave up vaping on 1 March 2023 after five years.",
        (
            "After five years of vaping, I gave it up on 1 March 2023.",
            "1 March 2023 was the day I quit vaping, after five years of it.",
            "I'd vaped for five years when I stopped on the 1st of March 2023.",
        ),
        (
            "I gave up smoking on 1 March 2023 after five years.",
            "I gave up vaping on 1 March 2023 after fifteen years.",
        ),
    ),
    Fact(
        "I deleted Instagram from my phone in January 2024 and haven't used it since.",
        (
            "I haven't used Instagram since I deleted it from my phone in January 2024.",
            "In January 2024 I took Instagram off my phone, and I've not been on it since.",
            "Instagram got deleted from my phone in January 2024; I haven't used it since.",
        ),
        (
            "I deleted Instagram from my phone in January 2024 but reinstalled it in March.",
            "I deleted TikTok from my phone in January 2024 and haven't used it since.",
        ),
    ),
    Fact(
        "I cycle 9 miles from Chorlton to my office in Salford Quays in 40 minutes.",
        (
            "My 9-mile bike ride from Chorlton to my office at Salford Quays takes 40 minutes.",
            "It takes me 40 minutes to cycle the 9 miles from Chorlton to work in Salford Quays.",
            "Cycling to my Salford Quays office from Chorlton is 9 miles and takes 40 minutes.",
        ),
        (
            "I cycle 9 miles from Chorlton to my office in Salford Quays in 25 minutes.",
            "I drive 9 miles from Chorlton to my office in Salford Quays in 40 minutes.",
        ),
    ),
    Fact(
        "I left my iPhone 13 on the 38 bus in Glasgow in October and never got it back.",
        (
            "In October I left my iPhone 13 on Glasgow's number 38 bus and never got it back.",
            "My iPhone 13 got left on the 38 bus in Glasgow in October; I never saw it again.",
            "I never got back the iPhone 13 that I left on a Glasgow 38 bus in October.",
        ),
        (
            "I left my iPhone 13 on the 38 bus in Glasgow in October, but I got it back.",
            "I left my iPad on the 38 bus in Glasgow in October and never got it back.",
        ),
    ),
    Fact(
        "A shop in Cardiff replaced the screen on my Dell XPS 13 for 180 pounds in May.",
        (
            "In May I paid a Cardiff shop 180 pounds to put a new screen on my Dell XPS 13.",
            "My Dell XPS 13 got a new screen at a shop in Cardiff in May, costing 180 pounds.",
            "The screen on my Dell XPS 13 was replaced by a Cardiff shop in May for 180 pounds.",
        ),
        (
            "A shop in Cardiff replaced the keyboard on my Dell XPS 13 for 180 pounds in May.",
            "A Cardiff shop replaced the screen on my sister's Dell XPS 13 for 180 pounds in May.",
        ),
    ),
    Fact(
        "I organised my sister Jess's hen do in Newcastle in June 2022 for 14 people.",
        (
            "In June 2022 I organised a 14-person hen do in Newcastle for my sister Jess.",
            "My sister Jess's hen do for 14 in Newcastle in June 2022 was organised by me.",
            "It was me who organised my sister Jess's hen do for 14 in Newcastle in June 2022.",
        ),
        (
            "I went on my sister Jess's hen do in Newcastle in June 2022 with 14 people.",
            "I organised my sister Jess's hen do in Liverpool in June 2022 for 14 people.",
        ),
    ),
    Fact(
        "We've applied for planning permission for a 4-metre rear extension in Bedford.",
        (
            "We've put in a planning application for a 4-metre rear extension in Bedford.",
            "Our planning application for a 4-metre rear extension in Bedford has gone in.",
            "We've asked the council in Bedford to let us build a 4-metre rear extension.",
        ),
        (
            "We've been granted planning permission for a 4-metre rear extension in Bedford.",
            "We've applied for planning permission for a 4-metre side extension in Bedford.",
        ),
    ),
    Fact(
        "I've run a monthly litter pick along the River Wear in Durham since 2021.",
        (
            "Since 2021 I've run a litter pick along Durham's River Wear once a month.",
            "Every month since 2021, I've organised a litter pick by the River Wear in Durham.",
            "The monthly litter pick along Durham's River Wear has been run by me since 2021.",
        ),
        (
            "I've taken part in a monthly litter pick along the River Wear in Durham since 2021.",
            "I've run a weekly litter pick along the River Wear in Durham since 2021.",
        ),
    ),
)


# The thirty-seventh held-out set: written (3 December) as HELDOUT21 was, and committed
# before HELDOUT36's failures were looked at. Measured unseen: 1.17 memories per fact and
# 11.1% wrong merges, before and after HELDOUT35's study; every fact stored something
# (offline at 0.8).
HELDOUT37 = (
    Fact(
        "I work nights from 10 pm to 7 am at the Asda depot in Wakefield.",
        (
            "My shifts at the Asda depot in Wakefield run from 10 pm to 7 am.",
            "I'm on nights at the Wakefield Asda depot, 10 pm till 7 am.",
            "At the Asda depot in Wakefield, I work from 10 at night until 7 in the morning.",
        ),
        (
            "I work nights from 10 pm to 7 am at the Asda depot in Leeds.",
            "I used to work nights from 10 pm to 7 am at the Asda depot in Wakefield.",
        ),
    ),
    Fact(
        "At Ely fire station I work four 12-hour shifts, then have four days off.",
        (
            "I do four 12-hour shifts on and four days off at Ely fire station.",
            "My rota at Ely fire station is four 12-hour shifts, then four days off.",
            "I'm on a four-on, four-off pattern of 12-hour shifts at Ely fire station.",
        ),
        (
            "At Ely fire station I work four 12-hour shifts, then have two days off.",
            "At Ely fire station my husband works four 12-hour shifts, then has four days off.",
        ),
    ),
    Fact(
        "I've been a member of Rutland Sailing Club since 2018.",
        (
            "I joined Rutland Sailing Club in 2018 and I'm still a member.",
            "Since 2018 I've been a member of Rutland Sailing Club.",
            "My membership of Rutland Sailing Club goes back to 2018.",
        ),
        (
            "I've been a member of Rutland Sailing Club since 2008.",
            "I was a member of Rutland Sailing Club until 2018.",
        ),
    ),
    Fact(
        "I row at stroke in the women's coxed four at Durham Amateur Rowing Club.",
        (
            "I'm the stroke of the women's coxed four at Durham Amateur Rowing Club.",
            "In the women's coxed four at Durham Amateur Rowing Club, I row in the stroke seat.",
            "At Durham Amateur Rowing Club, my seat in the women's coxed four is stroke.",
        ),
        (
            "I row at bow in the women's coxed four at Durham Amateur Rowing Club.",
            "I cox the women's coxed four at Durham Amateur Rowing Club.",
        ),
    ),
    Fact(
        "I made 30 bottles of elderflower wine from the hedgerows near our house in 2023.",
        (
            "In 2023 I made 30 bottles of elderflower wine from the hedgerows near our house.",
            "My 2023 elderflower wine, made from the hedgerows near our house, filled 30 bottles.",
            "From the hedgerows near our house, I made 30 bottles of elderflower wine in 2023.",
        ),
        (
            "I made 30 bottles of elderberry wine from the hedgerows near our house in 2023.",
            "I plan to make 30 bottles of elderflower wine from the hedgerows near our house.",
        ),
    ),
    Fact(
        "I volunteer as a tour guide at Beamish Museum on Sunday afternoons.",
        (
            "On Sunday afternoons I'm a volunteer tour guide at Beamish Museum.",
            "I give tours at Beamish Museum as a volunteer on Sunday afternoons.",
            "My volunteer role at Beamish Museum is guiding tours on Sunday afternoons.",
        ),
        (
            "I work as a paid tour guide at Beamish Museum on Sunday afternoons.",
            "I volunteer in the gift shop at Beamish Museum on Sunday afternoons.",
        ),
    ),
    Fact(
        "I've volunteered at the Saturday Code Club for kids at Lewes Library since 2022.",
        (
            "Since 2022 I've been a volunteer at the kids' Saturday Code Club at Lewes Library.",
            "I've been helping out at Lewes Library's Saturday Code Club for children since 2022.",
            "I've been a volunteer at Lewes Library's Saturday Code Club for kids since 2022.",
        ),
        (
            "I volunteered at the Saturday Code Club for kids at Lewes Library until 2022.",
            "I've volunteered at the Saturday chess club for kids at Lewes Library since 2022.",
        ),
    ),
    Fact(
        "I gave birth to our son Arlo at the Rosie Hospital in Cambridge on 4 May 2023.",
        (
            "I had our son Arlo at the Rosie Hospital in Cambridge on 4 May 2023.",
            "On 4 May 2023 I gave birth to our son Arlo at the Rosie Hospital in Cambridge.",
            "The Rosie Hospital in Cambridge is where I gave birth to our son Arlo on 4 May 2023.",
        ),
        (
            "I gave birth to our son Arlo at home in Cambridge on 4 May 2023.",
            "My sister had her son Arlo at the Rosie Hospital in Cambridge on 4 May 2023.",
        ),
    ),
    Fact(
        "I'm 24 weeks pregnant with our second baby.",
        (
            "I'm 24 weeks along with our second baby.",
            "Our second baby is on the way, and I'm 24 weeks pregnant.",
            "At 24 weeks, I'm now pregnant with our second child.",
        ),
        (
            "My wife is 24 weeks pregnant with our second baby.",
            "I'm 24 weeks pregnant with our third baby.",
        ),
    ),
    Fact(
        "I was awarded a 3,000-pound bursary by the Royal College of Music in 2019.",
        (
            "In 2019 the Royal College of Music gave me a bursary of 3,000 pounds.",
            "I got a 3,000-pound bursary from the Royal College of Music in 2019.",
            "My 2019 bursary from the Royal College of Music was worth 3,000 pounds.",
        ),
        (
            "I was awarded a 3,000-pound bursary by the Royal Northern College of Music in 2019.",
            "I was turned down for a 3,000-pound bursary by the Royal College of Music in 2019.",
        ),
    ),
    Fact(
        "My Honda Jazz's MOT and full service at Kwik Fit came to 245 pounds in February.",
        (
            "In February I paid Kwik Fit 245 pounds for an MOT and full service on my Honda Jazz.",
            "The MOT and full service on my Honda Jazz cost 245 pounds at Kwik Fit in February.",
            "Kwik Fit charged me 245 pounds in February to MOT and fully service my Honda Jazz.",
        ),
        (
            "My Honda Jazz's MOT and full service at Kwik Fit came to 425 pounds in February.",
            "My Honda Jazz's MOT and full service at Kwik Fit will cost 245 pounds in February.",
        ),
    ),
    Fact(
        "I borrowed my friend Declan's pressure washer in April and still haven't given it back.",
        (
            "Back in April I borrowed Declan's pressure washer, and I still haven't returned it.",
            "My friend Declan lent me his pressure washer in April, and I've still got it.",
            "I still have the pressure washer I borrowed from my friend Declan in April.",
        ),
        (
            "I lent Declan my pressure washer in April and he still hasn't given it back.",
            "I borrowed my friend Declan's pressure washer in April and have given it back.",
        ),
    ),
    Fact(
        "I paddleboarded 8 km down the Wye from Glasbury to Hay-on-Wye last August.",
        (
            "Last August I paddleboarded the 8 km from Glasbury down the Wye to Hay-on-Wye.",
            "I did an 8 km paddleboard trip down the Wye from Glasbury to Hay-on-Wye last August.",
            "Last August I went 8 km down the Wye on a paddleboard, from Glasbury to Hay-on-Wye.",
        ),
        (
            "I kayaked 8 km down the Wye from Glasbury to Hay-on-Wye last August.",
            "I'm going to paddleboard 8 km down the Wye from Glasbury to Hay-on-Wye next August.",
        ),
    ),
    Fact(
        "I kayaked the full 37 km length of Loch Ness in two days in June 2022.",
        (
            "In June 2022 I kayaked all 37 km of Loch Ness over two days.",
            "It took me two days in June 2022 to kayak the whole 37 km length of Loch Ness.",
            "My June 2022 kayak trip covered the full 37 km of Loch Ness in two days.",
        ),
        (
            "I kayaked the full 37 km length of Loch Ness in three days in June 2022.",
            "I kayaked the full 36 km length of Loch Lomond in two days in June 2022.",
        ),
    ),
    Fact(
        "I won the dads' race at my son Noah's school sports day in July 2024.",
        (
            "In July 2024 I won the dads' race at my son Noah's school sports day.",
            "At my son Noah's school sports day in July 2024, I came first in the dads' race.",
            "The dads' race at my son Noah's school sports day in July 2024 was won by me.",
        ),
        (
            "I came last in the dads' race at my son Noah's school sports day in July 2024.",
            "I won the dads' race at my son Noah's school sports day in July 2023.",
        ),
    ),
    Fact(
        "I missed my son Leo's Year 9 parents' evening in March because of a late shift.",
        (
            "Because of a late shift, I missed my son Leo's Year 9 parents' evening in March.",
            "A late shift meant I couldn't make my son Leo's Year 9 parents' evening in March.",
            "I was on a late shift, so I wasn't at my son Leo's Year 9 parents' evening in March.",
        ),
        (
            "My husband missed Leo's Year 9 parents' evening in March because of a late shift.",
            "I'll miss my son Leo's Year 9 parents' evening in March because of a late shift.",
        ),
    ),
    Fact(
        "I replaced our broken Bosch washing machine with a 429-pound Samsung from Currys.",
        (
            "I bought a 429-pound Samsung from Currys to replace our broken Bosch washer.",
            "Our Bosch washer broke, so I replaced it with a Samsung from Currys for 429 pounds.",
            "The Samsung I got at Currys for 429 pounds replaced our broken Bosch washer.",
        ),
        (
            "I replaced our broken Bosch dishwasher with a 429-pound Samsung from Currys.",
            "I replaced our broken Bosch washing machine with a 429-pound Samsung from AO.com.",
        ),
    ),
    Fact(
        "I climbed my first 7a sport route at Malham Cove in September 2023.",
        (
            "In September 2023 I climbed my first 7a sport route, at Malham Cove.",
            "My first 7a sport route was at Malham Cove, in September 2023.",
            "Malham Cove is where I climbed my first 7a sport route, back in September 2023.",
        ),
        (
            "I climbed my first 6c sport route at Malham Cove in September 2023.",
            "I failed on my first 7a sport route at Malham Cove in September 2023.",
        ),
    ),
    Fact(
        "We spent four nights at the Hotel Praktik Bakery in Barcelona in March 2024.",
        (
            "In March 2024 we stayed four nights at the Hotel Praktik Bakery in Barcelona.",
            "Our March 2024 city break in Barcelona was four nights at the Hotel Praktik Bakery.",
            "We had four nights in Barcelona in March 2024, staying at the Hotel Praktik Bakery.",
        ),
        (
            "We spent two nights at the Hotel Praktik Bakery in Barcelona in March 2024.",
            "My parents spent four nights at the Hotel Praktik Bakery in Barcelona in March 2024.",
        ),
    ),
    Fact(
        "My comic collection is 1,150 issues, stored in 14 long boxes in the loft.",
        (
            "I've got 1,150 comics, kept in 14 long boxes up in the loft.",
            "Up in the loft I keep my 1,150 comics in 14 long boxes.",
            "There are 1,150 issues in my comic collection, in 14 long boxes in the loft.",
        ),
        (
            "My comic collection is 1,150 issues, stored in 14 long boxes in the garage.",
            "My comic collection is 1,500 issues, stored in 14 long boxes in the loft.",
        ),
    ),
    Fact(
        "HMRC refunded me 1,340 pounds after my 2022-23 self-assessment tax return.",
        (
            "I got a 1,340-pound refund from HMRC on my 2022-23 self-assessment tax return.",
            "My 2022-23 self-assessment tax return got me 1,340 pounds back from HMRC.",
            "After I filed my 2022-23 self-assessment tax return, HMRC paid me back 1,340 pounds.",
        ),
        (
            "I owed HMRC 1,340 pounds after my 2022-23 self-assessment tax return.",
            "HMRC refunded me 1,340 pounds after my 2021-22 self-assessment tax return.",
        ),
    ),
)


# The thirty-eighth held-out set: written (3 December) as HELDOUT21 was, and committed
# before HELDOUT37's failures were looked at. Measured unseen: 1.05 memories per fact, 6.3%
# wrong merges, 4.8% of its facts stored nothing, before and after HELDOUT36's study
# (offline at 0.8).
HELDOUT38 = (
    Fact(
        "I met my wife Priyanka at a salsa class in Coventry in 2011.",
        (
            "My wife Priyanka and I met at a salsa class in Coventry in 2011.",
            "In 2011 I met Priyanka, my wife, at a salsa class in Coventry.",
            "It was at a salsa class in Coventry in 2011 that I met my wife, Priyanka.",
        ),
        (
            "I met my wife Priyanka at a salsa class in Coventry in 2016.",
            "My brother met his wife Priyanka at a salsa class in Coventry in 2011.",
        ),
    ),
    Fact(
        "I was promoted to senior audit manager at Deloitte in Birmingham in April 2022.",
        (
            "In April 2022 I got promoted to senior audit manager at Deloitte in Birmingham.",
            "My promotion to senior audit manager at Deloitte in Birmingham came in April 2022.",
            "April 2022 was when Deloitte promoted me to senior audit manager in Birmingham.",
        ),
        (
            "I was promoted to audit manager at Deloitte in Birmingham in April 2022.",
            "I was turned down for senior audit manager at Deloitte in Birmingham in April 2022.",
        ),
    ),
    Fact(
        "I did a six-week pasta-making evening class at Leeds City College in 2021.",
        (
            "In 2021 I took a six-week evening class in pasta making at Leeds City College.",
            "My 2021 evening class at Leeds City College was six weeks of pasta making.",
            "Leeds City College ran the six-week pasta-making evening class I did in 2021.",
        ),
        (
            "I did a six-week sushi-making evening class at Leeds City College in 2021.",
            "My mum did a six-week pasta-making evening class at Leeds City College in 2021.",
        ),
    ),
    Fact(
        "I go to a beginners' Greek evening class at Brighton Library every Monday.",
        (
            "Every Monday evening I go to a Greek class for beginners at Brighton Library.",
            "On Mondays I attend a beginners' evening class in Greek at Brighton Library.",
            "Brighton Library runs the beginners' Greek evening class I go to every Monday.",
        ),
        (
            "I go to an intermediate Greek evening class at Brighton Library every Monday.",
            "I'm going to start a beginners' Greek evening class at Brighton Library on Mondays.",
        ),
    ),
    Fact(
        "Ryanair lost my suitcase on my flight to Malta in August 2018.",
        (
            "In August 2018, when I flew to Malta, Ryanair lost my suitcase.",
            "My suitcase was lost by Ryanair on the flight I took to Malta in August 2018.",
            "Flying Ryanair to Malta in August 2018, I had my suitcase lost.",
        ),
        (
            "easyJet lost my suitcase on my flight to Malta in August 2018.",
            "Ryanair damaged my suitcase on my flight to Malta in August 2018.",
        ),
    ),
    Fact(
        "I missed my 2017 Krakow flight because I went to Luton instead of Stansted.",
        (
            "In 2017 I went to Luton instead of Stansted and missed my flight to Krakow.",
            "My Krakow flight in 2017 left without me because I'd gone to Luton, not Stansted.",
            "Going to Luton instead of Stansted made me miss my flight to Krakow in 2017.",
        ),
        (
            "I nearly missed my 2017 Krakow flight because I went to Luton instead of Stansted.",
            "I missed my 2017 Krakow flight because my train to Stansted was cancelled.",
        ),
    ),
    Fact(
        "I dug a two-metre-wide wildlife pond in our back garden in Norwich in 2020.",
        (
            "In 2020 I dug a wildlife pond, two metres wide, in our back garden in Norwich.",
            "The wildlife pond I dug in our Norwich back garden in 2020 is two metres wide.",
            "Our back garden in Norwich got a two-metre-wide wildlife pond in 2020, which I dug.",
        ),
        (
            "I dug a four-metre-wide wildlife pond in our back garden in Norwich in 2020.",
            "I filled in the two-metre-wide wildlife pond in our back garden in Norwich in 2020.",
        ),
    ),
    Fact(
        "I bought an 8 by 6 foot polycarbonate greenhouse for 520 pounds in 2021.",
        (
            "In 2021 I paid 520 pounds for an 8 by 6 foot polycarbonate greenhouse.",
            "My 8 by 6 foot polycarbonate greenhouse cost me 520 pounds when I bought it in 2021.",
            "The 8 by 6 foot polycarbonate greenhouse I bought in 2021 set me back 520 pounds.",
        ),
        (
            "I bought an 8 by 6 foot glass greenhouse for 520 pounds in 2021.",
            "I sold an 8 by 6 foot polycarbonate greenhouse for 520 pounds in 2021.",
        ),
    ),
    Fact(
        "I give 15 pounds a month to Shelter by direct debit.",
        (
            "Every month 15 pounds goes from my account to Shelter by direct debit.",
            "I've got a 15-pound monthly direct debit set up to Shelter.",
            "My monthly donation to Shelter is 15 pounds, paid by direct debit.",
        ),
        (
            "I give 50 pounds a month to Shelter by direct debit.",
            "I used to give 15 pounds a month to Shelter by direct debit.",
        ),
    ),
    Fact(
        "My favourite board game is Wingspan, and I've played it over 120 times.",
        (
            "Wingspan is my favourite board game; I've played it more than 120 times.",
            "I've played Wingspan, my favourite board game, over 120 times.",
            "The board game I love most is Wingspan, which I've played upwards of 120 times.",
        ),
        (
            "My favourite board game is Wingspan, and I've played it over 20 times.",
            "My favourite board game is Everdell, and I've played it over 120 times.",
        ),
    ),
    Fact(
        "My Switch says I've played 650 hours of Stardew Valley.",
        (
            "According to my Switch, I've spent 650 hours playing Stardew Valley.",
            "I've played Stardew Valley for 650 hours, going by my Switch.",
            "650 hours of Stardew Valley is what my Switch says I've played.",
        ),
        (
            "My Switch says I've played 65 hours of Stardew Valley.",
            "My son's Switch says he's played 650 hours of Stardew Valley.",
        ),
    ),
    Fact(
        "My first pet was a black guinea pig called Domino that I got for my eighth birthday.",
        (
            "For my eighth birthday I got my first pet, a black guinea pig named Domino.",
            "Domino, a black guinea pig I got for my eighth birthday, was my first pet.",
            "My eighth birthday present was my first pet, Domino, a black guinea pig.",
        ),
        (
            "My first pet was a black rabbit called Domino that I got for my eighth birthday.",
            "My first pet was a black guinea pig called Domino that I got for my tenth birthday.",
        ),
    ),
    Fact(
        "A 2022 skin prick test at Addenbrooke's showed I'm allergic to dust mites.",
        (
            "I had a skin prick test at Addenbrooke's in 2022 and it showed a dust mite allergy.",
            "According to a 2022 skin prick test at Addenbrooke's, I'm allergic to dust mites.",
            "I'm allergic to dust mites, as a skin prick test at Addenbrooke's showed in 2022.",
        ),
        (
            "A 2022 skin prick test at Addenbrooke's showed I'm not allergic to dust mites.",
            "A 2022 skin prick test at Addenbrooke's showed I'm allergic to cat dander.",
        ),
    ),
    Fact(
        "I take one cetirizine tablet every morning from May to August for my hay fever.",
        (
            "From May to August I take a cetirizine tablet each morning for hay fever.",
            "For my hay fever, I have one cetirizine every morning between May and August.",
            "My hay fever means one cetirizine tablet every morning from May to August.",
        ),
        (
            "I take one loratadine tablet every morning from May to August for my hay fever.",
            "My son takes one cetirizine every morning from May to August for his hay fever.",
        ),
    ),
    Fact(
        "I rent a half plot at the Moorside allotments in Bury for 45 pounds a year.",
        (
            "My half plot at the Moorside allotments in Bury costs me 45 pounds a year in rent.",
            "For 45 pounds a year I rent a half plot at Bury's Moorside allotments.",
            "The rent on my half plot at Moorside allotments in Bury is 45 pounds a year.",
        ),
        (
            "I rent a full plot at the Moorside allotments in Bury for 45 pounds a year.",
            "I rent a half plot at the Moorside allotments in Bury for 45 pounds a month.",
        ),
    ),
    Fact(
        "I took 14 kilos of honey from my one beehive in 2023.",
        (
            "In 2023 my single beehive gave me 14 kilos of honey.",
            "I harvested 14 kilos of honey from my only beehive in 2023.",
            "14 kilos of honey is what I got from my one beehive in 2023.",
        ),
        (
            "I took 4 kilos of honey from my one beehive in 2023.",
            "My neighbour Clive took 14 kilos of honey from his one beehive in 2023.",
        ),
    ),
    Fact(
        "My annual season ticket from Sevenoaks to London Bridge costs 4,820 pounds.",
        (
            "I pay 4,820 pounds for my yearly season ticket between Sevenoaks and London Bridge.",
            "An annual season ticket from Sevenoaks to London Bridge costs me 4,820 pounds.",
            "4,820 pounds is what my annual Sevenoaks to London Bridge season ticket costs.",
        ),
        (
            "My annual season ticket from Tonbridge to London Bridge costs 4,820 pounds.",
            "My wife's annual season ticket from Sevenoaks to London Bridge costs 4,820 pounds.",
        ),
    ),
    Fact(
        "I had six physio sessions in Ely after pulling my hamstring at five-a-side in 2023.",
        (
            "After pulling my hamstring at five-a-side in 2023, I saw a physio in Ely six times.",
            "In 2023 I pulled my hamstring at five-a-side and had six physio sessions in Ely.",
            "My hamstring pull at five-a-side in 2023 led to six physio sessions in Ely.",
        ),
        (
            "I had six physio sessions in Ely after tearing my Achilles at five-a-side in 2023.",
            "I had ten physio sessions in Ely after pulling my hamstring at five-a-side in 2023.",
        ),
    ),
    Fact(
        "Admiral paid me 3,200 pounds after a van hit my parked Fiat 500 in 2022.",
        (
            "In 2022 a van hit my Fiat 500 while it was parked, and Admiral paid me 3,200 pounds.",
            "I got 3,200 pounds from Admiral after a van crashed into my parked Fiat 500 in 2022.",
            "After a van hit my parked Fiat 500 in 2022, Admiral paid out 3,200 pounds to me.",
        ),
        (
            "Admiral refused to pay me after a van hit my parked Fiat 500 in 2022.",
            "Admiral paid me 3,200 pounds after my Fiat 500 was stolen in 2022.",
        ),
    ),
    Fact(
        "Three of my ceramic vases were in the Glasgow School of Art degree show in 2016.",
        (
            "I had three ceramic vases in the Glasgow School of Art degree show in 2016.",
            "In 2016 the Glasgow School of Art degree show included three of my ceramic vases.",
            "Three ceramic vases I made were in the 2016 Glasgow School of Art degree show.",
        ),
        (
            "Three of my ceramic vases were in the Glasgow School of Art degree show in 2019.",
            "Three of my ceramic bowls were in the Glasgow School of Art degree show in 2016.",
        ),
    ),
    Fact(
        "My Garmin Venu says my average resting heart rate is 54 beats per minute.",
        (
            "According to my Garmin Venu, my resting heart rate averages 54 beats per minute.",
            "My average resting heart rate is 54 bpm, going by my Garmin Venu.",
            "My Garmin Venu puts my average resting heart rate at 54 beats a minute.",
        ),
        (
            "My Garmin Venu says my average resting heart rate is 64 beats per minute.",
            "My dad's Garmin Venu says his average resting heart rate is 54 beats per minute.",
        ),
    ),
)


# The thirty-ninth held-out set: written (3 December) as HELDOUT21 was, and committed
# before HELDOUT38's failures were looked at. Measured unseen: 1.30 memories per fact and
# 7.9% wrong merges, before and after HELDOUT37's study; every fact stored something
# (offline at 0.8).
HELDOUT39 = (
    Fact(
        "I feed my neighbour Graham's tortoise Herbert while he's in Spain each March.",
        (
            "Each March, while Graham next door is in Spain, I feed his tortoise Herbert.",
            "When my neighbour Graham is in Spain every March, I feed his tortoise, Herbert.",
            "While my neighbour Graham's in Spain each March, his tortoise Herbert is fed by me.",
        ),
        (
            "I feed my neighbour Graham's tortoise Herbert while he's in Spain each October.",
            "My neighbour Graham feeds my tortoise Herbert while I'm in Spain each March.",
        ),
    ),
    Fact(
        "I moved my current account from NatWest to Monzo in February 2023.",
        (
            "In February 2023 I switched my current account over from NatWest to Monzo.",
            "I switched banks in February 2023, taking my current account from NatWest to Monzo.",
            "My current account was moved from NatWest to Monzo in February 2023.",
        ),
        (
            "I moved my savings account from NatWest to Monzo in February 2023.",
            "I'm going to move my current account from NatWest to Monzo next February.",
        ),
    ),
    Fact(
        "I swapped my American Express card for a Halifax Clarity credit card in June 2021.",
        (
            "In June 2021 I ditched my Amex and got a Halifax Clarity credit card instead.",
            "Back in June 2021, I replaced my Amex with a Halifax Clarity credit card.",
            "My American Express was swapped for a Halifax Clarity credit card in June 2021.",
        ),
        (
            "My husband swapped his Amex for a Halifax Clarity credit card in June 2021.",
            "I swapped my American Express card for a Barclaycard Platinum in June 2021.",
        ),
    ),
    Fact(
        "We hired a Fiat Panda in Olbia and drove round Sardinia for ten days in 2022.",
        (
            "In 2022 we toured Sardinia for ten days in a Fiat Panda we'd hired in Olbia.",
            "Our ten-day road trip round Sardinia in 2022 was in a Fiat Panda rented in Olbia.",
            "In 2022 we rented a Fiat Panda in Olbia and spent ten days driving round Sardinia.",
        ),
        (
            "We took our own car over and drove round Sardinia for ten days in 2022.",
            "We hired a Fiat Panda in Olbia and drove round Sardinia for three days in 2022.",
        ),
    ),
    Fact(
        "I've got an MRI scan on my lower back at the Royal Berkshire Hospital on 12 November.",
        (
            "On 12 November I'm having an MRI of my lower back at the Royal Berkshire Hospital.",
            "My lower back MRI is booked for 12 November at the Royal Berkshire Hospital.",
            "The Royal Berkshire Hospital have booked me in for a lower back MRI on 12 November.",
        ),
        (
            "I had an MRI scan on my lower back at the Royal Berkshire Hospital on 12 November.",
            "I've got an MRI scan on my left knee at the Royal Berkshire Hospital on 12 November.",
        ),
    ),
    Fact(
        "My ultrasound at Derriford Hospital in May 2024 found a 6 mm kidney stone.",
        (
            "A 6 mm kidney stone showed up on my ultrasound at Derriford Hospital in May 2024.",
            "In May 2024 my ultrasound at Derriford Hospital picked up a 6 mm kidney stone.",
            "The ultrasound I had at Derriford Hospital in May 2024 found a kidney stone of 6 mm.",
        ),
        (
            "My ultrasound at Derriford Hospital in May 2024 found a 9 mm kidney stone.",
            "My ultrasound at Derriford Hospital in May 2024 found no kidney stones.",
        ),
    ),
    Fact(
        "I start my new job as a quantity surveyor at Balfour Beatty on Monday 3 June.",
        (
            "Monday 3 June is my first day as a quantity surveyor at Balfour Beatty.",
            "My new job as a quantity surveyor with Balfour Beatty starts on Monday 3 June.",
            "On Monday 3 June I'm starting at Balfour Beatty in a new quantity surveyor role.",
        ),
        (
            "My wife starts her new quantity surveyor job at Balfour Beatty on Monday 3 June.",
            "I start my new job as a quantity surveyor at Balfour Beatty on Monday 1 July.",
        ),
    ),
    Fact(
        "I get to my new job at Manchester Airport by tram from Sale in 35 minutes.",
        (
            "My commute to my new job at Manchester Airport is a 35-minute tram ride from Sale.",
            "It takes me 35 minutes by tram from Sale to reach my new job at Manchester Airport.",
            "From Sale, I get the tram to my new job at Manchester Airport, and it's 35 minutes.",
        ),
        (
            "I get to my new job at Manchester Airport by bus from Sale in 35 minutes.",
            "I used to get to my old job at Manchester Airport by tram from Sale in 35 minutes.",
        ),
    ),
    Fact(
        "I laid a 4 by 3 metre Indian sandstone patio in our back garden last May.",
        (
            "Last May I put down a 4 by 3 metre patio of Indian sandstone in our back garden.",
            "Our back garden got a 4m by 3m Indian sandstone patio last May, and I laid it.",
            "A 4 by 3 metre Indian sandstone patio was laid in our back garden by me last May.",
        ),
        (
            "I laid a 6 by 3 metre Indian sandstone patio in our back garden last May.",
            "A landscaper laid a 4 by 3 metre Indian sandstone patio in our back garden last May.",
        ),
    ),
    Fact(
        "I ran my first sub-25 parkrun at Bushy Park last Saturday, in 24 minutes 41 seconds.",
        (
            "Last Saturday at Bushy Park I did my first parkrun under 25 minutes, running 24:41.",
            "My time at Bushy Park parkrun last Saturday was 24:41, my first ever under 25.",
            "I broke 25 minutes at parkrun for the first time last Saturday, 24:41 at Bushy Park.",
        ),
        (
            "I ran my first sub-30 parkrun at Bushy Park last Saturday, in 29 minutes 41 seconds.",
            "I ran my first sub-25 parkrun at Richmond Park last Saturday, in 24:41.",
        ),
    ),
    Fact(
        "I jogged the Race for Life 5k in Cheltenham with my mum in 38 minutes in July 2023.",
        (
            "In July 2023 my mum and I jogged the Cheltenham Race for Life 5k in 38 minutes.",
            "My mum and I did the Race for Life 5k in Cheltenham in July 2023, in 38 minutes.",
            "It took me and Mum 38 minutes to jog the Cheltenham Race for Life 5k in July 2023.",
        ),
        (
            "I jogged the Race for Life 5k in Cheltenham with my mum in 38 minutes in July 2021.",
            "I jogged the Race for Life 5k in Gloucester with my mum in 38 minutes in July 2023.",
        ),
    ),
    Fact(
        "I threw my daughter a 7th birthday party for 20 kids at a soft play in Stockport.",
        (
            "For my daughter's 7th, I threw a party for 20 kids at a soft play in Stockport.",
            "I put on a soft play party in Stockport for 20 kids when my daughter turned 7.",
            "My daughter turned 7 and I threw her a party for 20 kids at a Stockport soft play.",
        ),
        (
            "I threw my daughter a 10th birthday party for 20 kids at a soft play in Stockport.",
            "My sister threw my daughter's 7th party for 20 kids at a soft play in Stockport.",
        ),
    ),
    Fact(
        "I spoke about warehouse robotics at a logistics conference in Birmingham in 2023.",
        (
            "In 2023 I gave a talk on warehouse robotics at a logistics conference in Birmingham.",
            "My talk at a Birmingham logistics conference in 2023 was about warehouse robotics.",
            "I was a speaker at a Birmingham logistics conference in 2023, on warehouse robotics.",
        ),
        (
            "I went to a talk on warehouse robotics at a Birmingham logistics conference in 2023.",
            "I spoke about drone deliveries at a logistics conference in Birmingham in 2023.",
        ),
    ),
    Fact(
        "I use flax seeds instead of eggs in banana bread because of my daughter's egg allergy.",
        (
            "Because my daughter's allergic to eggs, I make banana bread with flax seeds instead.",
            "My banana bread has flax seeds in place of eggs, as my daughter has an egg allergy.",
            "As my daughter is allergic to eggs, I swap them for flax seeds in banana bread.",
        ),
        (
            "I use apple sauce, not eggs, in banana bread because of my daughter's egg allergy.",
            "I use flax seeds instead of eggs in banana bread because my daughter is vegan.",
        ),
    ),
    Fact(
        "My Nissan Qashqai's clutch went near Bodmin in 2023 and the RAC towed it to Exeter.",
        (
            "The RAC towed my Qashqai to Exeter after its clutch failed near Bodmin in 2023.",
            "In 2023 my Qashqai's clutch gave out near Bodmin, and the RAC towed it to Exeter.",
            "My Qashqai was towed to Exeter by the RAC in 2023 when its clutch went near Bodmin.",
        ),
        (
            "My Nissan Qashqai's clutch went near Bodmin in 2023 and the RAC fixed it there.",
            "My Nissan Qashqai's battery died near Bodmin in 2023 and the RAC towed it to Exeter.",
        ),
    ),
    Fact(
        "I carved a walnut chopping board for my brother Rhys's housewarming in 2022.",
        (
            "For my brother Rhys's housewarming in 2022, I carved him a walnut chopping board.",
            "My brother Rhys got a walnut chopping board I'd carved, for his 2022 housewarming.",
            "I hand-carved my brother Rhys a walnut chopping board for his housewarming in 2022.",
        ),
        (
            "I carved an oak chopping board for my brother Rhys's housewarming in 2022.",
            "I bought a walnut chopping board for my brother Rhys's housewarming in 2022.",
        ),
    ),
    Fact(
        "I shot 89 on the West Course at Wentworth in July 2024.",
        (
            "In July 2024 I went round the West Course at Wentworth in 89.",
            "My score on Wentworth's West Course in July 2024 was 89.",
            "I played the West Course at Wentworth in July 2024 and carded an 89.",
        ),
        (
            "My dad shot 89 on the West Course at Wentworth in July 2024.",
            "I shot 89 on the East Course at Wentworth in July 2024.",
        ),
    ),
    Fact(
        "My highest snooker break is 47, against my friend Dev in Rotherham in 2023.",
        (
            "In 2023 I made a 47 break against my friend Dev in Rotherham, my highest at snooker.",
            "I made my top snooker break, a 47, playing my friend Dev in Rotherham in 2023.",
            "47 is my highest snooker break, made against my friend Dev in Rotherham in 2023.",
        ),
        (
            "My highest snooker break is 74, against my friend Dev in Rotherham in 2023.",
            "My friend Dev's highest snooker break is 47, against me in Rotherham in 2023.",
        ),
    ),
    Fact(
        "I made the father of the bride speech at my daughter's wedding in Harrogate in 2024.",
        (
            "At my daughter's Harrogate wedding in 2024, I gave the father-of-the-bride speech.",
            "My daughter wed in Harrogate in 2024, and I did the father of the bride speech.",
            "The father of the bride speech at my daughter's 2024 wedding in Harrogate was mine.",
        ),
        (
            "I'll be making the father of the bride speech at my daughter's wedding in Harrogate.",
            "I didn't give a speech at my daughter's wedding in Harrogate in 2024.",
        ),
    ),
    Fact(
        "My 1998 report from Thornhill School said I was easily distracted in French.",
        (
            "According to my 1998 Thornhill School report, I was easily distracted in French.",
            "My Thornhill School report from 1998 described me as easily distracted in French.",
            "Easily distracted in French is what my 1998 Thornhill School report said about me.",
        ),
        (
            "My brother's 1998 Thornhill School report said he was easily distracted in French.",
            "My 1998 report from Thornhill School said I was easily distracted in maths.",
        ),
    ),
    Fact(
        "I got a B in GCSE chemistry at Ripon Grammar School in 2009.",
        (
            "My GCSE chemistry result at Ripon Grammar School in 2009 was a B.",
            "In 2009 I came out of Ripon Grammar School with a B in chemistry at GCSE.",
            "A B is what I got for GCSE chemistry at Ripon Grammar School in 2009.",
        ),
        (
            "I got a B in my GCSE chemistry mock at Ripon Grammar School in 2009.",
            "I got an A* in GCSE chemistry at Ripon Grammar School in 2009.",
        ),
    ),
)


# The fortieth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT39's failures were looked at. Measured unseen: 1.30 memories per fact, 4.8% wrong
# merges, every fact stored something (offline at 0.8, after HELDOUT38's study).
HELDOUT40 = (
    Fact(
        "I row for 25 minutes on my Concept2 every weekday before breakfast.",
        (
            "Every weekday before breakfast I do 25 minutes on my Concept2 rower.",
            "I do a 25-minute Concept2 rowing session each weekday before breakfast.",
            "Before breakfast on weekdays, I spend 25 minutes rowing on my Concept2.",
        ),
        (
            "I row for 45 minutes on my Concept2 every weekday before breakfast.",
            "I plan to row for 25 minutes on my Concept2 every weekday before breakfast.",
        ),
    ),
    Fact(
        "I lift weights in my garage gym for 40 minutes on Monday and Friday evenings.",
        (
            "On Monday and Friday evenings I do 40 minutes of weights in my garage gym.",
            "Every Monday and Friday evening I lift weights for 40 minutes in my garage gym.",
            "My garage gym is where I lift weights for 40 minutes on Monday and Friday evenings.",
        ),
        (
            "I lift weights at PureGym for 40 minutes on Monday and Friday evenings.",
            "My son lifts weights in our garage gym for 40 minutes on Monday and Friday evenings.",
        ),
    ),
    Fact(
        "We sold our two-bed terrace in Bolton for 182,000 pounds in March 2024.",
        (
            "In March 2024 we sold our two-bedroom terraced house in Bolton for 182,000 pounds.",
            "Our two-bed terrace in Bolton was sold for 182,000 pounds in March 2024.",
            "Our two-bed terrace in Bolton went for 182,000 pounds when we sold it in March 2024.",
        ),
        (
            "We put our two-bed terrace in Bolton on the market for 182,000 pounds in March 2024.",
            "We sold our two-bed terrace in Bolton for 168,000 pounds in March 2024.",
        ),
    ),
    Fact(
        "My HbA1c blood test in September came back at 44 mmol/mol.",
        (
            "In September my HbA1c came back at 44 mmol/mol.",
            "The result of my HbA1c blood test in September was 44 mmol/mol.",
            "The blood test I had in September put my HbA1c at 44 mmol/mol.",
        ),
        (
            "My husband's HbA1c blood test in September came back at 44 mmol/mol.",
            "My HbA1c blood test in September came back at 52 mmol/mol.",
        ),
    ),
    Fact(
        "A blood test in February showed my ferritin was 9 micrograms per litre.",
        (
            "My ferritin was 9 micrograms per litre on a blood test in February.",
            "In February, a blood test put my ferritin at 9 micrograms per litre.",
            "My ferritin came back at 9 micrograms per litre in a February blood test.",
        ),
        (
            "A blood test in February showed my ferritin was 90 micrograms per litre.",
            "A blood test in August showed my ferritin was 9 micrograms per litre.",
        ),
    ),
    Fact(
        "I've booked a hardstanding caravan pitch at Trevornick for 1 to 8 August.",
        (
            "I've got a hardstanding caravan pitch booked at Trevornick for 1 to 8 August.",
            "From 1 to 8 August, I've reserved a hardstanding caravan pitch at Trevornick.",
            "A hardstanding caravan pitch at Trevornick is booked in my name for 1 to 8 August.",
        ),
        (
            "I've booked a grass caravan pitch at Trevornick for 1 to 8 August.",
            "I'm hoping to book a hardstanding caravan pitch at Trevornick for 1 to 8 August.",
        ),
    ),
    Fact(
        "I've paid a 50-pound deposit on a tent pitch at Eweleaze Farm for late August.",
        (
            "I've put down a 50-pound deposit for a tent pitch at Eweleaze Farm in late August.",
            "For late August, I've paid a 50-pound deposit on a tent pitch at Eweleaze Farm.",
            "The deposit I've paid on a late-August tent pitch at Eweleaze Farm is 50 pounds.",
        ),
        (
            "I've paid a 50-pound deposit on a tent pitch at Eweleaze Farm for early August.",
            "I got back my 50-pound deposit on a tent pitch at Eweleaze Farm for late August.",
        ),
    ),
    Fact(
        "My whippet Juno won Best of Breed at the Driffield championship show in 2023.",
        (
            "At the Driffield championship show in 2023, my whippet Juno took Best of Breed.",
            "Best of Breed at the 2023 Driffield championship show went to my whippet Juno.",
            "Juno, my whippet, was awarded Best of Breed at the 2023 Driffield championship show.",
        ),
        (
            "My whippet Juno came second in her class at the Driffield championship show in 2023.",
            "My whippet Juno won Best of Breed at the Driffield championship show in 2021.",
        ),
    ),
    Fact(
        "I take my collie Fern to beginners' agility in Stafford on Wednesday evenings.",
        (
            "Every Wednesday evening I take Fern, my collie, to beginners' agility in Stafford.",
            "My collie Fern and I go to beginners' agility in Stafford on Wednesday evenings.",
            "On Wednesday evenings, my collie Fern does beginners' agility with me in Stafford.",
        ),
        (
            "I take my collie Fern to beginners' agility in Stafford on Saturday mornings.",
            "I take my collie Fern to advanced agility in Stafford on Wednesday evenings.",
        ),
    ),
    Fact(
        "I tutor GCSE maths online three evenings a week at 35 pounds an hour.",
        (
            "Three evenings a week I do online GCSE maths tutoring for 35 pounds an hour.",
            "I charge 35 pounds an hour to tutor GCSE maths online, three evenings a week.",
            "My online GCSE maths tutoring is three evenings a week, at 35 pounds an hour.",
        ),
        (
            "I tutor A-level maths online three evenings a week at 35 pounds an hour.",
            "I'd like to tutor GCSE maths online three evenings a week at 35 pounds an hour.",
        ),
    ),
    Fact(
        "We did a 12-night Norwegian fjords cruise on P&O's Iona in May 2023.",
        (
            "In May 2023 we went on a 12-night cruise of the Norwegian fjords on P&O's Iona.",
            "We spent 12 nights cruising the Norwegian fjords aboard P&O's Iona in May 2023.",
            "Back in May 2023, we took a 12-night Norwegian fjords cruise on P&O's Iona.",
        ),
        (
            "We did a 12-night Baltic cruise on P&O's Iona in May 2023.",
            "We've booked a 12-night Norwegian fjords cruise on P&O's Iona for May.",
        ),
    ),
    Fact(
        "We took the car on Brittany Ferries from Portsmouth to Santander in July 2022.",
        (
            "In July 2022 we took our car from Portsmouth to Santander with Brittany Ferries.",
            "With the car, we sailed Portsmouth to Santander on Brittany Ferries in July 2022.",
            "Our car came with us on Brittany Ferries from Portsmouth to Santander in July 2022.",
        ),
        (
            "We took the car on Brittany Ferries from Plymouth to Santander in July 2022.",
            "We went on foot on Brittany Ferries from Portsmouth to Santander in July 2022.",
        ),
    ),
    Fact(
        "My landlord put my rent up from 1,050 to 1,175 pounds a month in April.",
        (
            "In April my landlord raised my rent from 1,050 pounds a month to 1,175.",
            "My monthly rent was increased by my landlord from 1,050 to 1,175 pounds in April.",
            "My landlord raised my rent in April, taking it from 1,050 pounds a month to 1,175.",
        ),
        (
            "My landlord says he'll put my rent up from 1,050 to 1,175 pounds a month in April.",
            "My landlord put my rent up from 1,050 to 1,250 pounds a month in April.",
        ),
    ),
    Fact(
        "I saw a bittern at Leighton Moss on 2 February this year.",
        (
            "On 2 February this year I spotted a bittern at Leighton Moss.",
            "This year, on 2 February, I had a sighting of a bittern at Leighton Moss.",
            "A bittern was what I saw at Leighton Moss on 2 February this year.",
        ),
        (
            "I saw a bittern at Minsmere on 2 February this year.",
            "I went to Leighton Moss on 2 February this year but didn't see a bittern.",
        ),
    ),
    Fact(
        "My Yamaha U1 upright piano cost me 2,600 pounds from a dealer in Leeds in 2020.",
        (
            "I paid 2,600 pounds for my Yamaha U1 upright piano from a dealer in Leeds in 2020.",
            "In 2020 I bought my Yamaha U1 upright piano from a Leeds dealer for 2,600 pounds.",
            "A dealer in Leeds sold me my Yamaha U1 upright piano for 2,600 pounds in 2020.",
        ),
        (
            "I sold my Yamaha U1 upright piano to a dealer in Leeds for 2,600 pounds in 2020.",
            "My Yamaha U1 upright piano cost me 3,600 pounds from a dealer in Leeds in 2020.",
        ),
    ),
    Fact(
        "About 60 people came to my retirement party at Headingley Stadium in 2023.",
        (
            "Around 60 people turned up to my retirement party at Headingley Stadium in 2023.",
            "My retirement party at Headingley Stadium in 2023 had about 60 guests.",
            "In 2023 I had my retirement party at Headingley Stadium, and about 60 people came.",
        ),
        (
            "About 60 people came to my husband's retirement party at Headingley Stadium in 2023.",
            "About 60 people came to my 60th birthday party at Headingley Stadium in 2023.",
        ),
    ),
    Fact(
        "My dad's side of the family held a reunion for 47 people in Ballymena in 2022.",
        (
            "In 2022, my dad's side of the family had a reunion in Ballymena for 47 people.",
            "There were 47 of us at my dad's side's family reunion in Ballymena in 2022.",
            "A reunion of 47 people from my father's side was held in Ballymena in 2022.",
        ),
        (
            "My mum's side of the family held a reunion for 47 people in Ballymena in 2022.",
            "My dad's side of the family held a reunion for 74 people in Ballymena in 2022.",
        ),
    ),
    Fact(
        "My dentist in Kettering charged me 95 pounds for a white filling in March.",
        (
            "In March I paid my Kettering dentist 95 pounds for a white filling.",
            "A white filling at my dentist in Kettering cost me 95 pounds in March.",
            "I had a white filling done at my Kettering dentist in March; it cost 95 pounds.",
        ),
        (
            "My dentist in Kettering charged me 95 pounds for a root canal in March.",
            "My dentist in Kettering didn't charge me anything for a white filling in March.",
        ),
    ),
    Fact(
        "I paid 650 pounds for a porcelain crown from a private dentist in Chester in 2023.",
        (
            "A private dentist in Chester fitted my porcelain crown in 2023 for 650 pounds.",
            "In 2023 my porcelain crown from a private dentist in Chester cost me 650 pounds.",
            "My porcelain crown cost 650 pounds at a private dentist in Chester in 2023.",
        ),
        (
            "A private dentist in Chester quoted me 650 pounds for a porcelain crown in 2023.",
            "I paid 650 pounds for a porcelain veneer from a private dentist in Chester in 2023.",
        ),
    ),
    Fact(
        "We sat in row C of the stalls for Tosca at the Royal Opera House in March 2024.",
        (
            "In March 2024 we saw Tosca at the Royal Opera House from row C of the stalls.",
            "For Tosca at the Royal Opera House in March 2024 our seats were in stalls row C.",
            "Our seats for Tosca at Covent Garden in March 2024 were in row C of the stalls.",
        ),
        (
            "We sat in row C of the stalls for La Boheme at the Royal Opera House in March 2024.",
            "We sat in row C of the grand tier for Tosca at the Royal Opera House in March 2024.",
        ),
    ),
    Fact(
        "Our Mitsubishi air source heat pump cost 4,200 pounds after the grant in 2023.",
        (
            "After the grant, our Mitsubishi air source heat pump cost us 4,200 pounds in 2023.",
            "The grant brought our 2023 Mitsubishi air source heat pump down to 4,200 pounds.",
            "Once the grant came off, our 2023 Mitsubishi air source heat pump cost 4,200 pounds.",
        ),
        (
            "Our Mitsubishi air source heat pump cost 4,200 pounds before the grant in 2023.",
            "Our Mitsubishi ground source heat pump cost 4,200 pounds after the grant in 2023.",
        ),
    ),
)


# The forty-first held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT40's failures were looked at. Measured unseen: 1.22 memories per fact, 6.3% wrong
# merges, every fact stored something (offline at 0.8, before and after HELDOUT40's study).
HELDOUT41 = (
    Fact(
        "In Year 6 I went on a five-day school trip to the Lake District.",
        (
            "When I was in Year 6, I spent five days in the Lake District on a school trip.",
            "My Year 6 school trip was five days in the Lake District.",
            "Back in Year 6, I went to the Lake District for five days with my school.",
        ),
        (
            "In Year 6 I went on a five-day school trip to Snowdonia.",
            "In Year 6 my brother went on a five-day school trip to the Lake District.",
        ),
    ),
    Fact(
        "When I was fourteen I did a two-week French exchange with a family in Rouen.",
        (
            "At fourteen I spent two weeks on a French exchange with a family in Rouen.",
            "My French exchange, when I was fourteen, was two weeks with a family in Rouen.",
            "I was fourteen when I went on a two-week French exchange to a family in Rouen.",
        ),
        (
            "When I was sixteen I did a two-week French exchange with a family in Rouen.",
            "When I was fourteen I did a two-week French exchange with a family in Lyon.",
        ),
    ),
    Fact(
        "My sister Nadia gave me a silver locket for my 21st birthday.",
        (
            "For my 21st birthday, my sister Nadia gave me a silver locket.",
            "I got a silver locket from my sister Nadia when I turned 21.",
            "I was given a silver locket by my sister Nadia for my 21st birthday.",
        ),
        (
            "My sister Nadia gave me a silver bracelet for my 21st birthday.",
            "I gave my sister Nadia a silver locket for her 21st birthday.",
        ),
    ),
    Fact(
        "My dad bought me a pair of pearl earrings when I passed my A-levels.",
        (
            "When I passed my A-levels, my dad bought me a pair of pearl earrings.",
            "My dad got me pearl earrings when I passed my A-levels.",
            "A pair of pearl earrings was what my dad bought me when I'd passed my A-levels.",
        ),
        (
            "My dad bought me a pair of pearl earrings when I passed my GCSEs.",
            "My dad's going to buy me a pair of pearl earrings when I pass my A-levels.",
        ),
    ),
    Fact(
        "My favourite cafe is Cafe Rio in Hove, where I always get an oat latte for 3.80 pounds.",
        (
            "Cafe Rio in Hove is my favourite cafe, and my usual there is a 3.80-pound oat latte.",
            "At my favourite cafe, Cafe Rio in Hove, I always order an oat latte at 3.80 pounds.",
            "My usual at my favourite cafe, Cafe Rio in Hove, is a 3.80-pound oat latte.",
        ),
        (
            "My favourite cafe is Cafe Rio in Hove, where I always get a 3.80-pound flat white.",
            "My mum's favourite cafe is Cafe Rio in Hove; she always gets a 3.80-pound oat latte.",
        ),
    ),
    Fact(
        "I walked the 84-mile Hadrian's Wall Path in six days in September 2022.",
        (
            "In September 2022 I walked Hadrian's Wall Path, all 84 miles, in six days.",
            "I did the 84-mile Hadrian's Wall Path over six days in September 2022.",
            "It took me six days to walk the 84 miles of Hadrian's Wall Path in September 2022.",
        ),
        (
            "I'm planning to walk the 84-mile Hadrian's Wall Path in six days this September.",
            "I walked the 84-mile Hadrian's Wall Path in eight days in September 2022.",
        ),
    ),
    Fact(
        "My Specialized road bike was stolen from my garden shed in Leyton in 2019.",
        (
            "In 2019 someone stole my Specialized road bike from my garden shed in Leyton.",
            "Someone nicked my Specialized road bike out of my garden shed in Leyton in 2019.",
            "Back in 2019, my Specialized road bike got taken from the garden shed in Leyton.",
        ),
        (
            "My Specialized road bike was stolen from outside my office in Leyton in 2019.",
            "My son's Specialized road bike was stolen from my garden shed in Leyton in 2019.",
        ),
    ),
    Fact(
        "I keep a bearded dragon called Ziggy in a four-foot vivarium in my bedroom.",
        (
            "My bearded dragon, Ziggy, lives in a four-foot vivarium in my bedroom.",
            "Ziggy, my bearded dragon, has a four-foot vivarium in my bedroom.",
            "In my bedroom there's a four-foot vivarium where I keep my bearded dragon Ziggy.",
        ),
        (
            "I keep a leopard gecko called Ziggy in a four-foot vivarium in my bedroom.",
            "I used to keep a bearded dragon called Ziggy in a four-foot vivarium in my bedroom.",
        ),
    ),
    Fact(
        "I've got six neon tetras in a 60-litre tank in my living room.",
        (
            "I keep six neon tetras in a 60-litre fish tank in my living room.",
            "My living room has a 60-litre tank with my six neon tetras in it.",
            "Six neon tetras of mine live in a 60-litre tank in the living room.",
        ),
        (
            "I've got six neon tetras in a 120-litre tank in my living room.",
            "I'd like to get six neon tetras for a 60-litre tank in my living room.",
        ),
    ),
    Fact(
        "I passed my RYA Day Skipper course in Plymouth in 2019.",
        (
            "In 2019 I passed the RYA Day Skipper course in Plymouth.",
            "I qualified as an RYA Day Skipper on a course in Plymouth in 2019.",
            "2019 was when I got through my RYA Day Skipper course, down in Plymouth.",
        ),
        (
            "I passed my RYA Yachtmaster course in Plymouth in 2019.",
            "I failed my RYA Day Skipper course in Plymouth in 2019.",
        ),
    ),
    Fact(
        "I've kept the 23 letters my husband wrote me from Cyprus in 2009.",
        (
            "I still have the 23 letters my husband sent me from Cyprus in 2009.",
            "In 2009 my husband wrote me 23 letters from Cyprus, and I've kept them.",
            "The 23 letters that my husband wrote to me from Cyprus in 2009 have been kept by me.",
        ),
        (
            "I threw away the 23 letters my husband wrote me from Cyprus in 2009.",
            "I've kept the 23 letters my brother wrote me from Cyprus in 2009.",
        ),
    ),
    Fact(
        "I play Royal Match on my phone every day and I'm on level 2,340.",
        (
            "I'm on level 2,340 of Royal Match, which I play on my phone every day.",
            "Every day I play Royal Match on my phone, and I've got to level 2,340.",
            "My daily phone game is Royal Match, and I'm up to level 2,340.",
        ),
        (
            "I play Royal Match on my phone every day and I'm on level 1,340.",
            "I used to play Royal Match on my phone every day and got to level 2,340.",
        ),
    ),
    Fact(
        "We had new double-glazed windows fitted throughout the house for 7,800 pounds in 2023.",
        (
            "In 2023 we paid 7,800 pounds for new double glazing throughout the house.",
            "Our new whole-house double glazing, fitted in 2023, cost 7,800 pounds.",
            "Getting new double-glazed windows in the whole house cost us 7,800 pounds in 2023.",
        ),
        (
            "In 2023 we were quoted 7,800 pounds for new double glazing throughout the house.",
            "In 2023 we paid 7,800 pounds for new double glazing at the front of the house.",
        ),
    ),
    Fact(
        "We had a new slate roof put on the house in 2020 for 14,500 pounds.",
        (
            "In 2020 we paid 14,500 pounds for a new slate roof on the house.",
            "The house's new slate roof cost us 14,500 pounds in 2020.",
            "A new slate roof went on our house in 2020, and it cost 14,500 pounds.",
        ),
        (
            "We need a new slate roof on the house, and it's going to cost 14,500 pounds.",
            "Our neighbours had a new slate roof put on their house in 2020 for 14,500 pounds.",
        ),
    ),
    Fact(
        "I visited Warwick Castle with my two kids on 12 August 2023.",
        (
            "On 12 August 2023 I took my two kids to Warwick Castle.",
            "My two kids and I went to Warwick Castle on 12 August 2023.",
            "Warwick Castle was where I took my two kids on the 12th of August 2023.",
        ),
        (
            "I visited Kenilworth Castle with my two kids on 12 August 2023.",
            "I'm taking my two kids to Warwick Castle on 12 August.",
        ),
    ),
    Fact(
        "We toured Chatsworth House for my mum's 70th birthday on 6 May 2022.",
        (
            "For my mum's 70th birthday, on 6 May 2022, we went round Chatsworth House.",
            "On 6 May 2022 we visited Chatsworth House to celebrate my mum's 70th.",
            "We spent my mum's 70th birthday, 6 May 2022, touring Chatsworth House.",
        ),
        (
            "We toured Chatsworth House for my dad's 70th birthday on 6 May 2022.",
            "We didn't get to tour Chatsworth House for my mum's 70th birthday on 6 May 2022.",
        ),
    ),
    Fact(
        "I did a two-day first-aid course with St John Ambulance in Norwich in 2022.",
        (
            "In 2022 I took a two-day St John Ambulance first-aid course in Norwich.",
            "I went on a two-day first-aid course run by St John Ambulance in Norwich in 2022.",
            "Back in 2022 I spent two days in Norwich on a St John Ambulance first-aid course.",
        ),
        (
            "I did a two-day first-aid course with the Red Cross in Norwich in 2022.",
            "I taught a two-day first-aid course with St John Ambulance in Norwich in 2022.",
        ),
    ),
    Fact(
        "My flatmate Ellie pays me 650 pounds a month for the spare room.",
        (
            "Ellie, my flatmate, pays me 650 pounds a month to rent the spare room.",
            "I get 650 pounds a month from my flatmate Ellie for the spare room.",
            "My flatmate Ellie rents the spare room from me for 650 pounds a month.",
        ),
        (
            "My flatmate Ellie pays me 560 pounds a month for the spare room.",
            "I pay my flatmate Ellie 650 pounds a month for the spare room.",
        ),
    ),
    Fact(
        "I went to A and E in Leicester in 2021 after cutting my thumb on a bread knife.",
        (
            "In 2021 I cut my thumb on a bread knife and had to go to A and E in Leicester.",
            "Cutting my thumb on a bread knife landed me in A and E in Leicester in 2021.",
            "I was in A and E in Leicester in 2021 because I'd cut my thumb on a bread knife.",
        ),
        (
            "I went to A and E in Leicester in 2021 after cutting my thumb on a broken glass.",
            "In 2021 my son cut his thumb on a bread knife and had to go to A and E in Leicester.",
        ),
    ),
    Fact(
        "My deadlift personal best is 140 kg, set at my gym in Derby last March.",
        (
            "I set my deadlift PB of 140 kg at my gym in Derby last March.",
            "Last March, at my gym in Derby, I deadlifted 140 kg, which is my personal best.",
            "The most I've ever deadlifted is 140 kg, at my gym in Derby last March.",
        ),
        (
            "My squat personal best is 140 kg, set at my gym in Derby last March.",
            "My husband's deadlift personal best is 140 kg, set at his gym in Derby last March.",
        ),
    ),
    Fact(
        "I keep the card my grandma Joan sent me for my 18th birthday in my bedside drawer.",
        (
            "In my bedside drawer I keep the card my grandma Joan sent me for my 18th birthday.",
            "The card Grandma Joan sent me when I turned 18 is kept in my bedside drawer.",
            "My bedside drawer is where I keep the card Grandma Joan sent me for my 18th.",
        ),
        (
            "I keep the card my grandma Joan sent me for my 21st birthday in my bedside drawer.",
            "I keep the card my grandma Joan sent me for my 18th birthday in a box in the loft.",
        ),
    ),
)


# The forty-second held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT41's failures were looked at. Measured unseen: 1.27 memories per fact, no wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT41's study).
HELDOUT42 = (
    Fact(
        "I ran the tombola stall at the Aldbourne village fete in June 2023.",
        (
            "At the Aldbourne village fete in June 2023, I was the one running the tombola stall.",
            "The tombola stall at Aldbourne's village fete in June 2023 was run by me.",
            "I was in charge of the tombola stall at the Aldbourne village fete in June 2023.",
        ),
        (
            "I ran the cake stall at the Aldbourne village fete in June 2023.",
            "My mum ran the tombola stall at the Aldbourne village fete in June 2023.",
        ),
    ),
    Fact(
        "I've worn a hearing aid in my left ear since 2021.",
        (
            "Since 2021 I've had a hearing aid in my left ear.",
            "I've been wearing a hearing aid in my left ear since 2021.",
            "My left ear has had a hearing aid in it since 2021.",
        ),
        (
            "I've worn hearing aids in both ears since 2021.",
            "My dad has worn a hearing aid in his left ear since 2021.",
        ),
    ),
    Fact(
        "I visit my grandma Peggy at her care home in Worthing every Wednesday.",
        (
            "Every Wednesday I go and see my grandma Peggy at her care home in Worthing.",
            "Wednesdays are when I visit my gran Peggy in her Worthing care home.",
            "My grandma Peggy is in a care home in Worthing, and I visit her every Wednesday.",
        ),
        (
            "I visit my grandma Peggy at her care home in Worthing every Saturday.",
            "I used to visit my grandma Peggy at her care home in Worthing every Wednesday.",
        ),
    ),
    Fact(
        "We had a Worcester Bosch combi boiler installed in our Plymouth flat in 2018.",
        (
            "In 2018 a Worcester Bosch combi boiler was installed in our flat in Plymouth.",
            "Our flat in Plymouth got a Worcester Bosch combi boiler fitted in 2018.",
            "Our Plymouth flat's Worcester Bosch combi boiler went in in 2018.",
        ),
        (
            "We had a Worcester Bosch combi boiler installed in our Plymouth flat in 2012.",
            "We had an air source heat pump installed in our Plymouth flat in 2018.",
        ),
    ),
    Fact(
        "I do a killer sudoku in bed every night at about half ten.",
        (
            "Every night at around 10:30 I do a killer sudoku in bed.",
            "At about half past ten each night, I'm in bed doing a killer sudoku.",
            "My nightly routine is a killer sudoku in bed at roughly 10:30.",
        ),
        (
            "I do the cryptic crossword in bed every night at about half ten.",
            "My husband does a killer sudoku in bed every night at about half ten.",
        ),
    ),
    Fact(
        "I finished the 100 km Race to the Stones ultramarathon in July 2021.",
        (
            "In July 2021 I completed the 100 km Race to the Stones ultra.",
            "July 2021 was when I finished the 100-kilometre Race to the Stones ultramarathon.",
            "I crossed the finish line of the 100 km Race to the Stones ultra in July 2021.",
        ),
        (
            "I finished the 50 km Race to the Stones ultramarathon in July 2021.",
            "I dropped out of the 100 km Race to the Stones ultramarathon in July 2021.",
        ),
    ),
    Fact(
        "I keep six beehives on my allotment in Chorlton.",
        (
            "I've got six beehives on my Chorlton allotment.",
            "On my allotment in Chorlton I keep six hives of bees.",
            "My allotment in Chorlton is where I keep my six beehives.",
        ),
        (
            "I keep three beehives on my allotment in Chorlton.",
            "I keep six beehives in my back garden in Chorlton.",
        ),
    ),
    Fact(
        "I learned Italian while working as an au pair in Bologna in 2010.",
        (
            "In 2010 I picked up Italian when I was an au pair in Bologna.",
            "Working as an au pair in Bologna in 2010 is how I learned Italian.",
            "My Italian comes from 2010, when I was working as an au pair in Bologna.",
        ),
        (
            "I learned Italian while working as an au pair in Turin in 2010.",
            "My sister learned Italian while working as an au pair in Bologna in 2010.",
        ),
    ),
    Fact(
        "I volunteer for four hours at the Hastings food bank every Tuesday.",
        (
            "Every Tuesday I do a four-hour volunteer shift at the food bank in Hastings.",
            "At the Hastings food bank, I put in four hours as a volunteer each Tuesday.",
            "My volunteering at the Hastings food bank is four hours every Tuesday.",
        ),
        (
            "I volunteer for two hours at the Hastings food bank every Tuesday.",
            "I plan to volunteer for four hours at the Hastings food bank every Tuesday.",
        ),
    ),
    Fact(
        "We went to Japan in November 2023 to see the autumn leaves in Kyoto.",
        (
            "In November 2023 we travelled to Japan to see Kyoto's autumn leaves.",
            "Seeing the autumn leaves in Kyoto was why we went to Japan in November 2023.",
            "Our trip to Japan in November 2023 was to see the autumn leaves in Kyoto.",
        ),
        (
            "We went to Japan in October 2023 to see the autumn leaves in Kyoto.",
            "We're going to Japan this November to see the autumn leaves in Kyoto.",
        ),
    ),
    Fact(
        "I was best man at my old flatmate Josh's wedding in Whitstable in 2021.",
        (
            "In 2021 I was the best man when my old flatmate Josh got married in Whitstable.",
            "Josh, my old flatmate, had me as his best man at his Whitstable wedding in 2021.",
            "At my old flatmate Josh's wedding in Whitstable in 2021, I was the best man.",
        ),
        (
            "I was an usher at my old flatmate Josh's wedding in Whitstable in 2021.",
            "I was best man at my old flatmate Josh's wedding in Whitstable in 2016.",
        ),
    ),
    Fact(
        "I've got 14 locomotives on the OO gauge model railway in my loft.",
        (
            "The OO gauge model railway in my loft has 14 locomotives on it.",
            "There are 14 locos on my OO gauge layout up in the loft.",
            "My OO gauge model railway up in the loft has fourteen locomotives.",
        ),
        (
            "I've got 41 locomotives on the OO gauge model railway in my loft.",
            "I've got 14 locomotives on the OO gauge model railway in my garage.",
        ),
    ),
    Fact(
        "I was fined 100 pounds for speeding on the A14 near Huntingdon in 2022.",
        (
            "In 2022 I got a 100-pound speeding fine on the A14 near Huntingdon.",
            "I got caught speeding on the A14 near Huntingdon in 2022 and was fined 100 pounds.",
            "My speeding fine from the A14 near Huntingdon in 2022 was 100 pounds.",
        ),
        (
            "I was fined 200 pounds for speeding on the A14 near Huntingdon in 2022.",
            "I was let off with a warning for speeding on the A14 near Huntingdon in 2022.",
        ),
    ),
    Fact(
        "I passed my Grade 3 piano exam last December at the age of 52.",
        (
            "Last December, at 52, I passed Grade 3 piano.",
            "At the age of 52 I got through my Grade 3 piano exam, last December.",
            "My Grade 3 piano exam was last December, when I was 52, and I passed it.",
        ),
        (
            "I failed my Grade 3 piano exam last December at the age of 52.",
            "I passed my Grade 5 piano exam last December at the age of 52.",
        ),
    ),
    Fact(
        "I have a tattoo of a fox on my left shoulder blade.",
        (
            "There's a fox tattooed on my left shoulder blade.",
            "My left shoulder blade has a fox tattoo on it.",
            "I've got a fox tattoo on my left shoulder blade.",
        ),
        (
            "I have a tattoo of a fox on my left calf.",
            "I'm planning to get a tattoo of a fox on my left shoulder blade.",
        ),
    ),
    Fact(
        "We adopted a one-eyed tabby called Nelson from the RSPCA centre in Southampton.",
        (
            "Our cat Nelson is a one-eyed tabby we adopted from the RSPCA centre in Southampton.",
            "We got Nelson, our one-eyed tabby, from the Southampton RSPCA centre.",
            "Nelson, a tabby with one eye, was adopted by us from Southampton's RSPCA centre.",
        ),
        (
            "We adopted a one-eyed tabby called Horatio from the RSPCA centre in Southampton.",
            "My parents adopted a one-eyed tabby called Nelson from Southampton's RSPCA centre.",
        ),
    ),
    Fact(
        "I bought a 15-day Interrail Global Pass for 423 euros in 2023.",
        (
            "In 2023 I paid 423 euros for a 15-day Interrail Global Pass.",
            "My 15-day Interrail Global Pass cost me 423 euros in 2023.",
            "A 15-day Interrail Global Pass is what I bought in 2023, for 423 euros.",
        ),
        (
            "I bought a 15-day Interrail Global Pass for 523 euros in 2023.",
            "I bought a 15-day Interrail Global Pass for 423 euros in 2019.",
        ),
    ),
    Fact(
        "This month my book club is reading Demon Copperhead by Barbara Kingsolver.",
        (
            "Our book club's pick for this month is Barbara Kingsolver's Demon Copperhead.",
            "Demon Copperhead by Barbara Kingsolver is this month's book at my book club.",
            "My book club is on Barbara Kingsolver's Demon Copperhead this month.",
        ),
        (
            "Last month my book club read Demon Copperhead by Barbara Kingsolver.",
            "This month my book club is reading The Poisonwood Bible by Barbara Kingsolver.",
        ),
    ),
    Fact(
        "We had 12 solar panels fitted on our roof in Taunton in May 2024.",
        (
            "In May 2024 we got 12 solar panels put on our roof in Taunton.",
            "Twelve solar panels were installed on our Taunton roof in May 2024.",
            "May 2024 is when we had twelve solar panels fitted on our roof in Taunton.",
        ),
        (
            "We had 16 solar panels fitted on our roof in Taunton in May 2024.",
            "Our neighbours had 12 solar panels fitted on their roof in Taunton in May 2024.",
        ),
    ),
    Fact(
        "I bought a used 2020 Tesla Model 3 for 24,000 pounds last summer.",
        (
            "Last summer I paid 24,000 pounds for a second-hand 2020 Tesla Model 3.",
            "My 2020 Tesla Model 3 was bought used last summer for 24,000 pounds.",
            "I got a 2020 Tesla Model 3, second-hand, for 24,000 pounds last summer.",
        ),
        (
            "I bought a used 2020 Tesla Model Y for 24,000 pounds last summer.",
            "I sold my 2020 Tesla Model 3 for 24,000 pounds last summer.",
        ),
    ),
    Fact(
        "I ran the Brighton Marathon in 2024 and raised 3,140 pounds for Age UK.",
        (
            "Running the 2024 Brighton Marathon, I raised 3,140 pounds for Age UK.",
            "My fundraising total for Age UK from the 2024 Brighton Marathon was 3,140 pounds.",
            "I raised 3,140 pounds for Age UK when I ran the Brighton Marathon in 2024.",
        ),
        (
            "I ran the Brighton Marathon in 2024 and raised 1,340 pounds for Age UK.",
            "I ran the Brighton Marathon in 2024 and raised 3,140 pounds for Mind.",
        ),
    ),
)


# The forty-third held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT42's failures were looked at. Measured unseen: 1.24 memories per fact, 3.2% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT42's study).
HELDOUT43 = (
    Fact(
        "In 2022 we paid 16,000 pounds to convert our garage into a home office.",
        (
            "Our garage conversion into a home office cost us 16,000 pounds in 2022.",
            "We spent 16,000 pounds turning the garage into a home office in 2022.",
            "Converting our garage into a home office set us back 16,000 pounds in 2022.",
        ),
        (
            "In 2022 we paid 26,000 pounds to convert our garage into a home office.",
            "In 2022 we paid 16,000 pounds to convert our garage into a gym.",
        ),
    ),
    Fact(
        "I saw my favourite band, the Stone Roses, at Heaton Park in 2012.",
        (
            "My favourite band is the Stone Roses, and I saw them at Heaton Park in 2012.",
            "Back in 2012 I went to see the Stone Roses, my favourite band, at Heaton Park.",
            "I caught the Stone Roses, who are my favourite band, live at Heaton Park in 2012.",
        ),
        (
            "I saw my favourite band, the Stone Roses, at Heaton Park in 2016.",
            "I missed seeing my favourite band, the Stone Roses, at Heaton Park in 2012.",
        ),
    ),
    Fact(
        "I cycled 620 km along the Danube from Passau to Budapest on holiday in 2018.",
        (
            "In 2018 I rode 620 km along the Danube from Passau to Budapest on a cycling holiday.",
            "On holiday in 2018 I biked the 620 km from Passau to Budapest along the Danube.",
            "My 2018 holiday was a 620 km bike ride down the Danube from Passau to Budapest.",
        ),
        (
            "I cycled 320 km along the Danube from Passau to Vienna on holiday in 2018.",
            "I'm planning to cycle 620 km along the Danube from Passau to Budapest next summer.",
        ),
    ),
    Fact(
        "I work as a porter at Leeds General Infirmary, doing early shifts from 7 am to 3 pm.",
        (
            "I'm a porter at Leeds General Infirmary and I work early shifts, 7 am till 3 pm.",
            "My job is portering at Leeds General Infirmary on the 7 am to 3 pm early shift.",
            "At Leeds General Infirmary I work as a porter on early shifts, from 7 am to 3 pm.",
        ),
        (
            "I work as a porter at Leeds General Infirmary, doing late shifts from 3 pm to 11 pm.",
            "I work as a porter at Airedale Hospital, doing early shifts from 7 am to 3 pm.",
        ),
    ),
    Fact(
        "I've been going to a Saturday morning woodturning class in Malvern since January.",
        (
            "Since January I've attended a woodturning class in Malvern on Saturday mornings.",
            "I've done woodturning at a class in Malvern on Saturday mornings since January.",
            "Every Saturday morning since January, I've gone to a woodturning class in Malvern.",
        ),
        (
            "I've been going to a Saturday morning pottery class in Malvern since January.",
            "I stopped going to my Saturday morning woodturning class in Malvern in January.",
        ),
    ),
    Fact(
        "I share a flat in Walthamstow with my younger sister Amira.",
        (
            "My younger sister Amira and I share a flat in Walthamstow.",
            "I live in a flat in Walthamstow that I share with my little sister, Amira.",
            "Amira, my younger sister, is my flatmate in Walthamstow.",
        ),
        (
            "I share a flat in Walthamstow with my cousin Amira.",
            "I used to share a flat in Walthamstow with my younger sister Amira.",
        ),
    ),
    Fact(
        "I did a tandem skydive at Hibaldstow in 2022 and raised 1,100 pounds for Marie Curie.",
        (
            "In 2022 I raised 1,100 pounds for Marie Curie with a tandem skydive at Hibaldstow.",
            "My 2022 tandem skydive at Hibaldstow raised 1,100 pounds for Marie Curie.",
            "I got 1,100 pounds for Marie Curie by doing a tandem skydive at Hibaldstow in 2022.",
        ),
        (
            "I did a tandem skydive at Hibaldstow in 2022 and raised 1,100 pounds for Mind.",
            "Next year I'm doing a tandem skydive at Hibaldstow to raise money for Marie Curie.",
        ),
    ),
    Fact(
        "My Invisalign treatment at an orthodontist in Solihull cost 3,800 pounds.",
        (
            "I paid 3,800 pounds for Invisalign treatment at an orthodontist in Solihull.",
            "Invisalign from a Solihull orthodontist cost me 3,800 pounds.",
            "An orthodontist in Solihull charged me 3,800 pounds for my Invisalign treatment.",
        ),
        (
            "My daughter's Invisalign treatment at an orthodontist in Solihull cost 3,800 pounds.",
            "My Invisalign treatment at an orthodontist in Solihull cost 4,800 pounds.",
        ),
    ),
    Fact(
        "I keep my 1992 Duke of Edinburgh Gold Award certificate framed in my hallway.",
        (
            "My Duke of Edinburgh Gold Award certificate from 1992 hangs framed in my hallway.",
            "Framed in my hallway is my 1992 Duke of Edinburgh Gold Award certificate.",
            "I've got my 1992 Duke of Edinburgh Gold Award certificate in a frame in the hallway.",
        ),
        (
            "I keep my 1992 Duke of Edinburgh Silver Award certificate framed in my hallway.",
            "I keep my 1992 Duke of Edinburgh Gold Award certificate in a drawer in my study.",
        ),
    ),
    Fact(
        "I've collected 87 different commemorative 50p coins.",
        (
            "My collection of commemorative 50p coins is up to 87 different ones.",
            "I have 87 different commemorative 50p coins in my collection.",
            "There are 87 different commemorative 50p pieces in my collection.",
        ),
        (
            "I've collected 87 different commemorative 2-pound coins.",
            "My son has collected 87 different commemorative 50p coins.",
        ),
    ),
    Fact(
        "I pay my dog walker, Tasha, 15 pounds a day to walk our boxer Rolo.",
        (
            "Tasha walks our boxer Rolo for me, and I pay her 15 pounds a day.",
            "Our boxer Rolo gets walked by Tasha, who I pay 15 pounds a day.",
            "I give Tasha 15 pounds a day for walking our boxer, Rolo.",
        ),
        (
            "I pay my dog walker, Tasha, 15 pounds a week to walk our boxer Rolo.",
            "My neighbour pays Tasha 15 pounds a day to walk her boxer Rolo.",
        ),
    ),
    Fact(
        "I bought an iPad Air for 599 pounds from John Lewis in 2023.",
        (
            "In 2023 I paid 599 pounds for an iPad Air from John Lewis.",
            "My iPad Air cost me 599 pounds at John Lewis in 2023.",
            "I got my iPad Air from John Lewis in 2023, and it was 599 pounds.",
        ),
        (
            "I bought an iPad Air for 599 pounds from Argos in 2023.",
            "I returned the iPad Air I bought for 599 pounds from John Lewis in 2023.",
        ),
    ),
    Fact(
        "Every September I go wild swimming in Llyn Padarn in Snowdonia.",
        (
            "I go wild swimming in Llyn Padarn in Snowdonia every September.",
            "Llyn Padarn in Snowdonia is where I go wild swimming each September.",
            "Each September, you'll find me wild swimming in Snowdonia's Llyn Padarn.",
        ),
        (
            "Every September I go wild swimming in Llyn Gwynant in Snowdonia.",
            "Every May I go wild swimming in Llyn Padarn in Snowdonia.",
        ),
    ),
    Fact(
        "My neighbour Imran and I take turns driving to the Nissan plant in Sunderland.",
        (
            "Imran, my neighbour, and I alternate driving to the Sunderland Nissan plant.",
            "Imran next door and I take it in turns to drive to the Nissan plant in Sunderland.",
            "Driving to the Nissan plant in Sunderland, my neighbour Imran and I take turns.",
        ),
        (
            "My colleague Imran and I take turns driving to the Nissan plant in Sunderland.",
            "My neighbour Imran drives me to the Nissan plant in Sunderland every day.",
        ),
    ),
    Fact(
        "I baked a three-tier lemon cake for my mum's 60th birthday.",
        (
            "For my mum's 60th birthday I baked a three-tier lemon cake.",
            "My mum's 60th birthday cake was a three-tier lemon cake that I baked.",
            "I made a lemon cake with three tiers for Mum's 60th birthday.",
        ),
        (
            "I baked a two-tier lemon cake for my mum's 60th birthday.",
            "I baked a three-tier lemon cake for my aunt's 60th birthday.",
        ),
    ),
    Fact(
        "Every Christmas Eve we go to midnight mass at York Minster.",
        (
            "We go to midnight mass at York Minster every Christmas Eve.",
            "Midnight mass at York Minster on Christmas Eve is our yearly tradition.",
            "Each Christmas Eve, we attend midnight mass at York Minster.",
        ),
        (
            "Every Christmas Eve we go to midnight mass at Durham Cathedral.",
            "Last Christmas Eve we went to midnight mass at York Minster for the first time.",
        ),
    ),
    Fact(
        "I won 2,500 pounds on a National Lottery scratchcard in 2020.",
        (
            "In 2020 a National Lottery scratchcard won me 2,500 pounds.",
            "I had a 2,500-pound win on a National Lottery scratchcard in 2020.",
            "2,500 pounds is what I won on a National Lottery scratchcard back in 2020.",
        ),
        (
            "I won 250 pounds on a National Lottery scratchcard in 2020.",
            "I won 2,500 pounds on a National Lottery scratchcard in 2023.",
        ),
    ),
    Fact(
        "I planted a silver birch in my front garden in 2011.",
        (
            "In 2011 I planted a silver birch in my front garden.",
            "The silver birch in my front garden was planted by me in 2011.",
            "I put a silver birch in the front garden back in 2011.",
        ),
        (
            "I planted a silver birch in my front garden in 2017.",
            "I cut down a silver birch in my front garden in 2011.",
        ),
    ),
    Fact(
        "I'm a governor at St Ann's Primary in Leek and chair its finance committee.",
        (
            "At St Ann's Primary in Leek I'm a governor, and I chair the finance committee.",
            "I chair the finance committee at St Ann's Primary in Leek, where I'm a governor.",
            "I sit as a governor at St Ann's Primary in Leek, chairing its finance committee.",
        ),
        (
            "My wife is a governor at St Ann's Primary in Leek and chairs its finance committee.",
            "I'm a governor at St Ann's Primary in Leek and chair its curriculum committee.",
        ),
    ),
    Fact(
        "The AA jump-started my Mazda 3 when its battery died at Tesco in Yeovil in January.",
        (
            "In January my Mazda 3's battery died at Tesco in Yeovil and the AA jump-started it.",
            "My Mazda 3's battery died at Yeovil Tesco in January, so the AA jump-started it.",
            "When my Mazda 3's battery died at Yeovil Tesco in January, the AA jump-started it.",
        ),
        (
            "The AA towed my Mazda 3 home when its battery died at Tesco in Yeovil in January.",
            "Green Flag jump-started my Mazda 3 when its battery died at Yeovil Tesco in January.",
        ),
    ),
    Fact(
        "I shoot a recurve bow at an archery club in Lichfield every Sunday morning.",
        (
            "Every Sunday morning I shoot a recurve bow at an archery club in Lichfield.",
            "On Sunday mornings I'm at an archery club in Lichfield, shooting a recurve bow.",
            "Each Sunday morning I do recurve archery at a club in Lichfield.",
        ),
        (
            "I shoot a compound bow at an archery club in Lichfield every Sunday morning.",
            "I shoot a recurve bow at an archery club in Lichfield every Wednesday evening.",
        ),
    ),
)


# The forty-fourth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT43's failures were looked at. Measured unseen: 1.35 memories per fact, 3.2% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT43's study).
HELDOUT44 = (
    Fact(
        "On our canal boat holiday in 2019, we got through all 29 Caen Hill locks in one day.",
        (
            "We did all 29 Caen Hill locks in a single day on our 2019 canal boat holiday.",
            "All 29 of the Caen Hill locks got done in one day on our canal boat holiday in 2019.",
            "In 2019 we had a canal boat holiday and did Caen Hill's 29 locks in a day.",
        ),
        (
            "On our 2019 canal boat holiday, the 29 Caen Hill locks took us two days.",
            "On next year's canal boat holiday we hope to do all 29 Caen Hill locks in a day.",
        ),
    ),
    Fact(
        "I ran the Cardiff Half Marathon in 2 hours and 4 minutes in 2023.",
        (
            "My Cardiff Half Marathon time in 2023 was 2 hours 4 minutes.",
            "In 2023 I did the Cardiff Half Marathon in 2:04.",
            "It took me two hours and four minutes to run the Cardiff Half in 2023.",
        ),
        (
            "I ran the Cardiff Half Marathon in 1 hour and 54 minutes in 2023.",
            "My husband ran the Cardiff Half Marathon in 2 hours and 4 minutes in 2023.",
        ),
    ),
    Fact(
        "I own a houseboat moored at Shoreham-by-Sea that I bought in 2020.",
        (
            "Since 2020 I've owned a houseboat that's moored at Shoreham-by-Sea.",
            "My houseboat, which I bought in 2020, is moored at Shoreham-by-Sea.",
            "I've got a houseboat at Shoreham-by-Sea that I bought back in 2020.",
        ),
        (
            "In 2020 I sold the houseboat I owned at Shoreham-by-Sea.",
            "I own a houseboat moored at Chiswick that I bought in 2020.",
        ),
    ),
    Fact(
        "I'm closest to my cousin Siobhan, who lives in Dunedin in New Zealand.",
        (
            "My cousin Siobhan lives in Dunedin, New Zealand, and she's the one I'm closest to.",
            "Siobhan, my cousin in Dunedin in New Zealand, is who I'm closest to.",
            "The one I'm closest to is my cousin Siobhan, who's based in Dunedin, New Zealand.",
        ),
        (
            "I'm closest to my cousin Siobhan, who's moving to Dunedin in New Zealand next year.",
            "I'm closest to my cousin Siobhan, who lives in Auckland in New Zealand.",
        ),
    ),
    Fact(
        "I spent six weeks volunteering at a sea turtle project in Costa Rica in 2017.",
        (
            "In 2017 I volunteered for six weeks on a sea turtle project in Costa Rica.",
            "Back in 2017 I did six weeks as a volunteer at a Costa Rican sea turtle project.",
            "My six weeks volunteering at a sea turtle project in Costa Rica were in 2017.",
        ),
        (
            "I spent six weeks volunteering at a sea turtle project in Sri Lanka in 2017.",
            "My son spent six weeks volunteering at a sea turtle project in Costa Rica in 2017.",
        ),
    ),
    Fact(
        "I paid 119 pounds to have the cracked screen on my Samsung Galaxy S22 replaced.",
        (
            "Getting the cracked screen on my Samsung Galaxy S22 replaced cost me 119 pounds.",
            "My Samsung Galaxy S22's cracked screen was replaced, and I paid 119 pounds for it.",
            "It cost 119 pounds to get my cracked Samsung Galaxy S22 screen replaced.",
        ),
        (
            "I got quoted 119 pounds to replace the cracked screen on my Samsung Galaxy S22.",
            "I paid 119 pounds to have the cracked back glass on my Samsung Galaxy S22 replaced.",
        ),
    ),
    Fact(
        "My favourite thing to cook on a Sunday is my nan's Lancashire hotpot.",
        (
            "On Sundays my favourite dish to make is my nan's Lancashire hotpot.",
            "My nan's Lancashire hotpot is what I most love cooking on a Sunday.",
            "What I like cooking best on Sundays is my nan's Lancashire hotpot.",
        ),
        (
            "My favourite thing to cook on a Sunday is my nan's steak and kidney pie.",
            "My nan's favourite thing to cook on a Sunday was Lancashire hotpot.",
        ),
    ),
    Fact(
        "I've earned 340 master points playing at Solihull Bridge Club.",
        (
            "My master point total from playing at Solihull Bridge Club is 340.",
            "Playing at Solihull Bridge Club, I've built up 340 master points.",
            "At Solihull Bridge Club I've picked up 340 master points so far.",
        ),
        (
            "I've earned 430 master points playing at Solihull Bridge Club.",
            "I've earned 340 master points playing at Warwick Bridge Club.",
        ),
    ),
    Fact(
        "Since March 2023 we've been fostering a nine-year-old boy called Kai.",
        (
            "We've fostered Kai, a boy of nine, since March 2023.",
            "Kai, who's nine, has been our foster son since March 2023.",
            "Our foster child is Kai, a nine-year-old boy who's been with us since March 2023.",
        ),
        (
            "Since March 2023 I've been mentoring a nine-year-old boy called Kai.",
            "Since March 2023 we've been fostering a fourteen-year-old boy called Kai.",
        ),
    ),
    Fact(
        "My bike commute is 7 miles each way along the Bristol and Bath Railway Path.",
        (
            "I cycle 7 miles each way to work along the Bristol and Bath Railway Path.",
            "Each way, my ride to work along the Bristol and Bath Railway Path is 7 miles.",
            "Along the Bristol and Bath Railway Path, I've got a 7-mile cycle to work each way.",
        ),
        (
            "My bike commute is 7 miles in total along the Bristol and Bath Railway Path.",
            "My bike commute used to be 7 miles each way along the Bristol and Bath Railway Path.",
        ),
    ),
    Fact(
        "In 2023 I complained to Lambeth Council about my upstairs neighbour's drumming.",
        (
            "Back in 2023 I complained about my upstairs neighbour's drumming to Lambeth Council.",
            "My upstairs neighbour's drumming made me complain to Lambeth Council in 2023.",
            "Lambeth Council heard my complaint about my upstairs neighbour's drumming in 2023.",
        ),
        (
            "In 2023 my upstairs neighbour complained to Lambeth Council about my drumming.",
            "In 2023 I complained to Lambeth Council about my downstairs neighbour's drumming.",
        ),
    ),
    Fact(
        "I wait tables four evenings a week at a Nepalese restaurant in Preston.",
        (
            "I work four evenings a week waiting tables at a Preston Nepalese restaurant.",
            "Four evenings a week, I'm a waiter at a Nepalese restaurant in Preston.",
            "At a Nepalese restaurant in Preston, I wait on tables four evenings a week.",
        ),
        (
            "I cook four evenings a week at a Nepalese restaurant in Preston.",
            "I wait tables two evenings a week at a Nepalese restaurant in Preston.",
        ),
    ),
    Fact(
        "I've saved 18,500 pounds in a Lifetime ISA towards my first flat.",
        (
            "My Lifetime ISA for buying my first flat has 18,500 pounds in it.",
            "There's 18,500 pounds saved in my Lifetime ISA for my first flat.",
            "I've put away 18,500 pounds towards my first flat in a Lifetime ISA.",
        ),
        (
            "I've saved 18,500 pounds in a Lifetime ISA towards my retirement.",
            "I've saved 8,500 pounds in a Lifetime ISA towards my first flat.",
        ),
    ),
    Fact(
        "I found out at Leeds General Infirmary in 2018 that I'm allergic to co-amoxiclav.",
        (
            "My co-amoxiclav allergy was discovered at Leeds General Infirmary in 2018.",
            "In 2018, at Leeds General Infirmary, I learned I'm allergic to co-amoxiclav.",
            "Leeds General Infirmary discovered my allergy to co-amoxiclav in 2018.",
        ),
        (
            "I found out at Leeds General Infirmary in 2018 that I'm allergic to ibuprofen.",
            "At Leeds General Infirmary in 2018 I found out I'm not allergic to co-amoxiclav.",
        ),
    ),
    Fact(
        "My aunt Maureen knitted me a Christmas jumper with a light-up Rudolph on it.",
        (
            "The Christmas jumper my aunt Maureen knitted me has a light-up Rudolph on it.",
            "I was knitted a Christmas jumper with a light-up Rudolph on it by my aunt Maureen.",
            "My aunt Maureen hand-knitted me a Christmas jumper that's got a light-up Rudolph.",
        ),
        (
            "I knitted my aunt Maureen a Christmas jumper with a light-up Rudolph on it.",
            "My aunt Maureen knitted me a Christmas jumper with a light-up snowman on it.",
        ),
    ),
    Fact(
        "I went to my friend Tom's 40th birthday party dressed as Freddie Mercury.",
        (
            "I dressed up as Freddie Mercury for my friend Tom's 40th birthday party.",
            "For my mate Tom's 40th birthday party, I went as Freddie Mercury.",
            "My costume for my friend Tom's 40th birthday do was Freddie Mercury.",
        ),
        (
            "I'm going to my friend Tom's 40th birthday party dressed as Freddie Mercury.",
            "I went to my friend Tom's 50th birthday party dressed as Freddie Mercury.",
        ),
    ),
    Fact(
        "For my 50th birthday I went on a hot air balloon ride over the Cotswolds.",
        (
            "I had a hot air balloon ride over the Cotswolds for my 50th birthday.",
            "My 50th birthday treat was a hot air balloon flight over the Cotswolds.",
            "I celebrated turning 50 with a hot air balloon ride over the Cotswolds.",
        ),
        (
            "For my 50th birthday I went on a helicopter ride over the Cotswolds.",
            "My hot air balloon ride over the Cotswolds for my 50th birthday was cancelled.",
        ),
    ),
    Fact(
        "My first concert was Take That in Manchester in 1995, when I was fourteen.",
        (
            "I was fourteen when I saw my first concert, Take That in Manchester in 1995.",
            "The first gig I ever went to was Take That in Manchester in 1995, aged fourteen.",
            "At fourteen, in 1995, I went to my first concert: Take That in Manchester.",
        ),
        (
            "My first concert was Boyzone in Manchester in 1995, when I was fourteen.",
            "My first concert was Take That in Sheffield in 1995, when I was fourteen.",
        ),
    ),
    Fact(
        "My grandad Albert was a navigator on Lancaster bombers in the Second World War.",
        (
            "In the Second World War, my grandad Albert served as a Lancaster bomber navigator.",
            "My grandfather Albert navigated Lancaster bombers during World War Two.",
            "During WW2 my grandad Albert flew as a navigator on Lancasters.",
        ),
        (
            "My grandad Albert was a rear gunner on Lancaster bombers in the Second World War.",
            "My great-uncle Albert was a navigator on Lancaster bombers in the Second World War.",
        ),
    ),
    Fact(
        "We had 270 mm of insulation laid in our loft in 2021 for 450 pounds.",
        (
            "In 2021 we paid 450 pounds to have 270 mm of insulation put in our loft.",
            "Our loft got 270 mm of insulation in 2021, which cost us 450 pounds.",
            "Getting 270 mm of loft insulation put in cost us 450 pounds in 2021.",
        ),
        (
            "We had 100 mm of insulation laid in our loft in 2021 for 450 pounds.",
            "We're having 270 mm of insulation laid in our loft next month for 450 pounds.",
        ),
    ),
    Fact(
        "I spent three years restoring a 1967 Morris Minor Traveller in my garage.",
        (
            "Restoring my 1967 Morris Minor Traveller in the garage took me three years.",
            "It took me three years in my garage to restore a 1967 Morris Minor Traveller.",
            "A 1967 Morris Minor Traveller was my three-year restoration project in the garage.",
        ),
        (
            "My dad spent three years restoring a 1967 Morris Minor Traveller in his garage.",
            "I spent three years restoring a 1972 Morris Minor Traveller in my garage.",
        ),
    ),
)


# The forty-fifth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT44's failures were looked at. Measured unseen: 1.19 memories per fact, 1.6% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT44's study).
HELDOUT45 = (
    Fact(
        "I rode Nemesis at Alton Towers four times in one day in 2018.",
        (
            "In 2018 I went on Nemesis at Alton Towers four times in a single day.",
            "I had four goes on Nemesis in one day when I was at Alton Towers in 2018.",
            "Back in 2018 I rode Nemesis at Alton Towers four times in the same day.",
        ),
        (
            "I rode Nemesis at Alton Towers four times in one day in 2023.",
            "I was too scared to ride Nemesis when I went to Alton Towers in 2018.",
        ),
    ),
    Fact(
        "I've walked about 800 miles in my Meindl walking boots since I bought them in 2019.",
        (
            "Since buying my Meindl walking boots in 2019, I've done about 800 miles in them.",
            "My Meindl walking boots, bought in 2019, have covered roughly 800 miles.",
            "I got my Meindl walking boots in 2019 and have walked about 800 miles in them.",
        ),
        (
            "I've walked about 800 miles in my Scarpa walking boots since I bought them in 2019.",
            "I've walked about 200 miles in my Meindl walking boots since I bought them in 2019.",
        ),
    ),
    Fact(
        "My divorce from my ex-husband Gary was finalised in 2019.",
        (
            "In 2019 my divorce from Gary, my ex-husband, was made final.",
            "Gary, my ex-husband, and I had our divorce finalised in 2019.",
            "My ex-husband Gary and I have been officially divorced since 2019.",
        ),
        (
            "My divorce from my ex-husband Gary was finalised in 2021.",
            "I'm still waiting for my divorce from my ex-husband Gary to be finalised.",
        ),
    ),
    Fact(
        "We remortgaged with Nationwide in 2024 at a fixed rate of 4.09 percent.",
        (
            "In 2024 we remortgaged with Nationwide on a 4.09 percent fixed rate.",
            "Our 2024 remortgage was with Nationwide, fixed at 4.09 percent.",
            "We switched our mortgage to Nationwide in 2024 and fixed it at 4.09 percent.",
        ),
        (
            "We remortgaged with Halifax in 2024 at a fixed rate of 4.09 percent.",
            "We remortgaged with Nationwide in 2024 on a tracker rate of 4.09 percent.",
        ),
    ),
    Fact(
        "I brew kombucha at home from a SCOBY I've named Brenda.",
        (
            "I make my own kombucha at home using a SCOBY called Brenda.",
            "My homemade kombucha is brewed from a SCOBY that I named Brenda.",
            "Brenda is the name I gave the SCOBY I use to brew kombucha at home.",
        ),
        (
            "I keep a sourdough starter at home that I've named Brenda.",
            "I used to brew kombucha at home from a SCOBY I'd named Brenda.",
        ),
    ),
    Fact(
        "I have a Zoom call with my sister Ana in Sao Paulo every Saturday afternoon.",
        (
            "Every Saturday afternoon I Zoom my sister Ana, who lives in Sao Paulo.",
            "My sister Ana in Sao Paulo and I have a Zoom call each Saturday afternoon.",
            "Saturday afternoons are when I'm on my weekly Zoom with my sister Ana in Sao Paulo.",
        ),
        (
            "I have a Zoom call with my brother Tiago in Sao Paulo every Saturday afternoon.",
            "I have a Zoom call with my sister Ana in Sao Paulo once a month.",
        ),
    ),
    Fact(
        "I swam a mile across Coniston Water in 2022 and raised 520 pounds for Barnardo's.",
        (
            "In 2022 I raised 520 pounds for Barnardo's by swimming a mile across Coniston Water.",
            "My one-mile swim across Coniston Water in 2022 raised 520 pounds for Barnardo's.",
            "Swimming a mile across Coniston Water in 2022, I raised 520 pounds for Barnardo's.",
        ),
        (
            "I swam a mile across Coniston Water in 2022 and raised 520 pounds for Oxfam.",
            "I'm going to swim a mile across Coniston Water to raise money for Barnardo's.",
        ),
    ),
    Fact(
        "I bought a set of five Global knives for 240 pounds in the Black Friday sale.",
        (
            "In the Black Friday sale I got a five-piece Global knife set for 240 pounds.",
            "My set of five Global knives cost me 240 pounds in the Black Friday sale.",
            "I paid 240 pounds for a five-knife Global set in the Black Friday sale.",
        ),
        (
            "I bought a set of five Global knives for 240 pounds in the January sale.",
            "I nearly bought a set of five Global knives for 240 pounds in the Black Friday sale.",
        ),
    ),
    Fact(
        "I bought a 12-inch Lodge cast-iron skillet from a camping shop in Keswick in 2021.",
        (
            "In 2021 I picked up a 12-inch Lodge cast-iron skillet at a camping shop in Keswick.",
            "My 12-inch cast-iron Lodge skillet came from a camping shop in Keswick in 2021.",
            "It was in 2021 at a camping shop in Keswick that I bought my 12-inch Lodge skillet.",
        ),
        (
            "I bought a 10-inch Lodge cast-iron skillet from a camping shop in Keswick in 2021.",
            "I bought a 12-inch Lodge cast-iron skillet from a camping shop in Ambleside in 2021.",
        ),
    ),
    Fact(
        "We've booked Elmore Court in Gloucestershire as our wedding venue for 14,000 pounds.",
        (
            "Our wedding venue is Elmore Court in Gloucestershire, booked for 14,000 pounds.",
            "Elmore Court in Gloucestershire is booked for our wedding at 14,000 pounds.",
            "We booked Elmore Court in Gloucestershire for the wedding, and it's 14,000 pounds.",
        ),
        (
            "We're thinking of booking Elmore Court in Gloucestershire for our wedding.",
            "We've booked Elmore Court in Gloucestershire as our wedding venue for 9,500 pounds.",
        ),
    ),
    Fact(
        "I own a 10 percent share in a racehorse called Copper Kettle.",
        (
            "I've got a 10 percent stake in a racehorse named Copper Kettle.",
            "Ten percent of Copper Kettle, a racehorse, belongs to me.",
            "A racehorse called Copper Kettle is 10 percent owned by me.",
        ),
        (
            "My dad owns a 10 percent share in a racehorse called Copper Kettle.",
            "I sold my 10 percent share in a racehorse called Copper Kettle.",
        ),
    ),
    Fact(
        "I'm doing a ten-week welding night class at Doncaster College on Thursdays.",
        (
            "On Thursdays I go to a ten-week night class in welding at Doncaster College.",
            "I'm taking a ten-week welding course on Thursday nights at Doncaster College.",
            "My ten-week night class in welding is at Doncaster College on Thursdays.",
        ),
        (
            "I'm doing a ten-week welding night class at Doncaster College on Mondays.",
            "I'm doing a ten-week plumbing night class at Doncaster College on Thursdays.",
        ),
    ),
    Fact(
        "Our boiler broke down in January 2023 and we had no heating for nine days.",
        (
            "In January 2023 our boiler packed up and we were without heating for nine days.",
            "We went nine days with no heating when our boiler broke down in January 2023.",
            "For nine days in January 2023 we had no heating because our boiler had broken.",
        ),
        (
            "Our boiler broke down in January 2023 and we had no heating for two days.",
            "My mum's boiler broke down in January 2023 and she had no heating for nine days.",
        ),
    ),
    Fact(
        "I saw humpback whales on a boat trip from Husavik in Iceland in 2022.",
        (
            "In 2022 I went on a boat trip from Husavik in Iceland and saw humpback whales.",
            "On a 2022 boat trip out of Husavik, Iceland, I spotted humpback whales.",
            "I got to see humpback whales in 2022 on a boat trip out of Husavik in Iceland.",
        ),
        (
            "I saw humpback whales on a boat trip from Tromso in Norway in 2022.",
            "I went on a boat trip from Husavik in Iceland in 2022 but didn't see any whales.",
        ),
    ),
    Fact(
        "I met my favourite podcast host, Adam Buxton, in Norwich in 2023.",
        (
            "In 2023 I met Adam Buxton, my favourite podcast host, in Norwich.",
            "I got to meet my favourite podcaster, Adam Buxton, in Norwich in 2023.",
            "My favourite podcast host is Adam Buxton, and I met him in Norwich in 2023.",
        ),
        (
            "I met my favourite podcast host, Adam Buxton, in Cambridge in 2023.",
            "I just missed meeting my favourite podcast host, Adam Buxton, in Norwich in 2023.",
        ),
    ),
    Fact(
        "I paid 1,150 pounds for a Herman Miller Aeron chair for my home office.",
        (
            "My home office chair is a Herman Miller Aeron that cost me 1,150 pounds.",
            "For my home office I bought a Herman Miller Aeron chair for 1,150 pounds.",
            "The Herman Miller Aeron chair in my home office set me back 1,150 pounds.",
        ),
        (
            "I paid 350 pounds for a Herman Miller Aeron chair for my home office.",
            "My employer paid 1,150 pounds for a Herman Miller Aeron chair for my home office.",
        ),
    ),
    Fact(
        "My Fitbit recorded 41,230 steps on the day I walked the Yorkshire Three Peaks.",
        (
            "On the day I did the Yorkshire Three Peaks, my Fitbit logged 41,230 steps.",
            "I clocked up 41,230 steps on my Fitbit the day I walked the Yorkshire Three Peaks.",
            "My Fitbit says I took 41,230 steps the day I walked the Yorkshire Three Peaks.",
        ),
        (
            "My Fitbit recorded 14,230 steps on the day I walked the Yorkshire Three Peaks.",
            "My brother's Fitbit logged 41,230 steps the day he walked the Yorkshire Three Peaks.",
        ),
    ),
    Fact(
        "I had laser surgery on a kidney stone at Birmingham's QE Hospital in 2020.",
        (
            "In 2020 I had a kidney stone treated with a laser at the QE Hospital in Birmingham.",
            "My kidney stone was lasered at the QE Hospital in Birmingham in 2020.",
            "Birmingham's QE Hospital did laser surgery on my kidney stone in 2020.",
        ),
        (
            "I'm waiting for laser surgery on a kidney stone at Birmingham's QE Hospital.",
            "I had laser surgery on a kidney stone at the Royal Stoke Hospital in 2020.",
        ),
    ),
    Fact(
        "I started an engineering apprenticeship with Airbus at Broughton in 2010.",
        (
            "In 2010 I began an engineering apprenticeship at Airbus in Broughton.",
            "My engineering apprenticeship with Airbus at Broughton started in 2010.",
            "I was taken on as an engineering apprentice by Airbus at Broughton in 2010.",
        ),
        (
            "I applied for an engineering apprenticeship with Airbus at Broughton in 2010.",
            "I started an engineering apprenticeship with Airbus at Broughton in 2015.",
        ),
    ),
    Fact(
        "I wrote to my MP in 2023 asking for a 20 mph limit on Mill Lane in Frodsham.",
        (
            "In 2023 I wrote to my MP to ask for a 20 mph limit on Mill Lane in Frodsham.",
            "I sent my MP a letter in 2023 asking for Mill Lane in Frodsham to be made 20 mph.",
            "My 2023 letter to my MP asked for a 20 mph speed limit on Mill Lane in Frodsham.",
        ),
        (
            "I wrote to the council in 2023 asking for a 20 mph limit on Mill Lane in Frodsham.",
            "I wrote to my MP in 2023 asking for a zebra crossing on Mill Lane in Frodsham.",
        ),
    ),
    Fact(
        "My Syrian hamster Nugget is two and a half years old.",
        (
            "Nugget, my Syrian hamster, is two and a half.",
            "I've got a Syrian hamster called Nugget who's two and a half years old.",
            "My Syrian hamster is called Nugget and is two and a half years old.",
        ),
        (
            "My Syrian hamster Nugget is six months old.",
            "My daughter's Syrian hamster Nugget is two and a half years old.",
        ),
    ),
)


# The forty-sixth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT45's failures were looked at. Measured unseen: 1.06 memories per fact, 6.3% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT45's study).
HELDOUT46 = (
    Fact(
        "A plumber called Gareth charged me 240 pounds to fix our leaking shower.",
        (
            "I paid a plumber named Gareth 240 pounds to fix our leaking shower.",
            "Our leaking shower was fixed by Gareth, a plumber who charged me 240 pounds.",
            "Fixing our leaking shower cost me 240 pounds; the plumber was called Gareth.",
        ),
        (
            "A plumber called Gareth charged me 240 pounds to fix our leaking bath.",
            "A plumber called Gareth quoted me 240 pounds to fix our leaking shower.",
        ),
    ),
    Fact(
        "My parents own a holiday home in the Algarve in Portugal.",
        (
            "My mum and dad have a holiday home in Portugal's Algarve.",
            "There's a holiday home in the Algarve, Portugal, that belongs to my parents.",
            "The Algarve in Portugal is where my parents own a holiday home.",
        ),
        (
            "My in-laws own a holiday home in the Algarve in Portugal.",
            "My parents are looking to buy a holiday home in the Algarve in Portugal.",
        ),
    ),
    Fact(
        "I go to a hot yoga class taught by Hannah every Sunday morning.",
        (
            "Every Sunday morning I go to a hot yoga class that Hannah teaches.",
            "My hot yoga class on Sunday mornings is taught by Hannah.",
            "Hannah is the instructor of the hot yoga class I go to every Sunday morning.",
        ),
        (
            "I go to a hot yoga class taught by Hannah every Sunday evening.",
            "I used to go to a hot yoga class taught by Hannah every Sunday morning.",
        ),
    ),
    Fact(
        "I camped at Reading Festival with my cousins in 2011.",
        (
            "Back in 2011 I camped at Reading Festival with my cousins.",
            "In 2011, my cousins and I camped at Reading Festival.",
            "My cousins and I pitched our tents at Reading Festival in 2011.",
        ),
        (
            "I camped at Leeds Festival with my cousins in 2011.",
            "I camped at Reading Festival with my cousins in 2015.",
        ),
    ),
    Fact(
        "My goddaughter Isla's birthday is on the 9th of November.",
        (
            "Isla, my goddaughter, has her birthday on 9 November.",
            "The 9th of November is my goddaughter Isla's birthday.",
            "My goddaughter Isla was born on the 9th of November.",
        ),
        (
            "My niece Isla's birthday is on the 9th of November.",
            "My goddaughter Isla's birthday is on the 19th of November.",
        ),
    ),
    Fact(
        "I play scrum-half for Tynedale Rugby Club.",
        (
            "My position at Tynedale Rugby Club is scrum-half.",
            "At Tynedale Rugby Club, I play in the scrum-half position.",
            "I'm a scrum-half for Tynedale Rugby Club.",
        ),
        (
            "I play fly-half for Tynedale Rugby Club.",
            "My son plays scrum-half for Tynedale Rugby Club.",
        ),
    ),
    Fact(
        "I hired a navy morning suit for my brother's wedding for 95 pounds.",
        (
            "For my brother's wedding I hired a navy morning suit, which cost 95 pounds.",
            "The navy morning suit I hired for my brother's wedding cost me 95 pounds.",
            "I paid 95 pounds to hire a navy morning suit for my brother's wedding.",
        ),
        (
            "I bought a navy morning suit for my brother's wedding for 95 pounds.",
            "I hired a navy morning suit for my brother's wedding for 195 pounds.",
        ),
    ),
    Fact(
        "My neighbour's ginger cat Biscuit comes into our garden every day.",
        (
            "Every day, Biscuit, my neighbour's ginger cat, comes into our garden.",
            "Our garden gets a daily visit from Biscuit, my neighbour's ginger cat.",
            "My neighbour has a ginger cat called Biscuit who comes into our garden every day.",
        ),
        (
            "My neighbour's ginger cat Biscuit comes into our garden every weekend.",
            "My neighbour's ginger cat Biscuit used to come into our garden every day.",
        ),
    ),
    Fact(
        "Our flat in Leith is in council tax band C.",
        (
            "Our Leith flat is council tax band C.",
            "The council tax band for our flat in Leith is C.",
            "Our flat in Leith has been put in council tax band C.",
        ),
        (
            "Our flat in Leith is in council tax band D.",
            "My sister's flat in Leith is in council tax band C.",
        ),
    ),
    Fact(
        "I watched The Nutcracker at the London Coliseum on Boxing Day 2022.",
        (
            "On Boxing Day 2022 I watched The Nutcracker at the London Coliseum.",
            "I saw The Nutcracker at the London Coliseum on Boxing Day in 2022.",
            "Boxing Day 2022 was when I went to see The Nutcracker at the London Coliseum.",
        ),
        (
            "I watched The Nutcracker at the Royal Albert Hall on Boxing Day 2022.",
            "I watched Swan Lake at the London Coliseum on Boxing Day 2022.",
        ),
    ),
    Fact(
        "I grew up at number 14 Cherry Tree Lane in Doncaster.",
        (
            "My childhood home was number 14 Cherry Tree Lane in Doncaster.",
            "Number 14 Cherry Tree Lane in Doncaster is the house I grew up in.",
            "I spent my childhood living at 14 Cherry Tree Lane, Doncaster.",
        ),
        (
            "I grew up at number 41 Cherry Tree Lane in Doncaster.",
            "My wife grew up at number 14 Cherry Tree Lane in Doncaster.",
        ),
    ),
    Fact(
        "My Experian credit score is 961 out of 999.",
        (
            "Out of a possible 999, my Experian credit score is 961.",
            "I have an Experian credit score of 961 out of 999.",
            "Experian puts my credit score at 961 out of 999.",
        ),
        (
            "My Experian credit score is 861 out of 999.",
            "I'm hoping to get my Experian credit score up to 961 out of 999.",
        ),
    ),
    Fact(
        "Nationwide turned down my application for a 25,000-pound personal loan in 2024.",
        (
            "In 2024 Nationwide rejected my application for a 25,000-pound personal loan.",
            "My 2024 application for a 25,000-pound personal loan was refused by Nationwide.",
            "I was turned down by Nationwide for a 25,000-pound personal loan in 2024.",
        ),
        (
            "Nationwide approved my application for a 25,000-pound personal loan in 2024.",
            "Barclays turned down my application for a 25,000-pound personal loan in 2024.",
        ),
    ),
    Fact(
        "I did Sober October for Macmillan in 2021.",
        (
            "In 2021 I did Sober October for Macmillan.",
            "Back in 2021, I took part in Sober October for Macmillan.",
            "2021 was the year I did Sober October for Macmillan.",
        ),
        (
            "I did Sober October for Macmillan in 2023.",
            "My dad did Sober October for Macmillan in 2021.",
        ),
    ),
    Fact(
        "My lost wallet was handed in at the police station in Keswick.",
        (
            "Someone handed in my lost wallet at the police station in Keswick.",
            "The wallet I'd lost was handed in at Keswick police station.",
            "At the police station in Keswick, somebody handed in my lost wallet.",
        ),
        (
            "My lost wallet was handed in at the tourist information centre in Keswick.",
            "My lost phone was handed in at the police station in Keswick.",
        ),
    ),
    Fact(
        "When our Hotpoint washing machine packed up in January 2025, we got a new Miele.",
        (
            "We got a new Miele after our Hotpoint washing machine packed up in January 2025.",
            "Our Hotpoint washing machine broke in January 2025, so we got a new Miele.",
            "In January 2025 our Hotpoint washing machine died, and we got a new Miele instead.",
        ),
        (
            "When our Hotpoint washing machine packed up in January 2025, we got a new Beko.",
            "When our Hotpoint dishwasher packed up in January 2025, we got a new Miele.",
        ),
    ),
    Fact(
        "On a boat fishing trip out of Whitby in 2020, I landed a cod that weighed 14 pounds.",
        (
            "I landed a 14-pound cod on a boat fishing trip out of Whitby in 2020.",
            "In 2020, on a boat fishing trip out of Whitby, I caught a cod weighing 14 pounds.",
            "The cod I landed on a boat fishing trip out of Whitby in 2020 weighed 14 pounds.",
        ),
        (
            "On a boat fishing trip out of Whitby in 2020, I landed a cod that weighed 4 pounds.",
            "On a boat fishing trip out of Whitby in 2020, my brother landed a 14-pound cod.",
        ),
    ),
    Fact(
        "I got a Google Data Analytics certificate through Coursera in 2023.",
        (
            "In 2023 I earned the Google Data Analytics certificate on Coursera.",
            "I completed Coursera's Google Data Analytics certificate in 2023.",
            "My Google Data Analytics certificate, which I got through Coursera, is from 2023.",
        ),
        (
            "I started a Google Data Analytics certificate through Coursera in 2023.",
            "I got a Google Project Management certificate through Coursera in 2023.",
        ),
    ),
    Fact(
        "I was a poll clerk at a polling station in Stockport at the 2024 general election.",
        (
            "At the 2024 general election I was a poll clerk at a Stockport polling station.",
            "I was a poll clerk at a Stockport polling station for the 2024 general election.",
            "My job at the 2024 general election was poll clerk at a Stockport polling station.",
        ),
        (
            "I was a poll clerk at a polling station in Stockport at the 2024 local elections.",
            "I voted at a polling station in Stockport at the 2024 general election.",
        ),
    ),
    Fact(
        "I had my lower left wisdom tooth removed on 3 March 2025.",
        (
            "My lower left wisdom tooth was removed on 3 March 2025.",
            "On the 3rd of March 2025 I had my bottom left wisdom tooth taken out.",
            "I got my lower left wisdom tooth pulled out on 3rd March 2025.",
        ),
        (
            "I had my lower right wisdom tooth removed on 3 March 2025.",
            "I'm booked in to have my lower left wisdom tooth removed on 3 March 2025.",
        ),
    ),
    Fact(
        "I spent six weeks house-sitting for a family in Lyon in 2023.",
        (
            "In 2023 I house-sat for a family in Lyon for six weeks.",
            "I did a six-week house-sitting job for a family in Lyon in 2023.",
            "For six weeks in 2023, I looked after a family's house in Lyon while they were away.",
        ),
        (
            "I spent two weeks house-sitting for a family in Lyon in 2023.",
            "A house-sitter spent six weeks looking after our home in Lyon in 2023.",
        ),
    ),
)


# The forty-seventh held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT46's failures were looked at. Measured unseen: 1.16 memories per fact, 6.3% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT46's study).
HELDOUT47 = (
    Fact(
        "I built a 3 by 4 metre summer house at the end of our garden in Ludlow in 2022.",
        (
            "In 2022 I built a summer house, 3 by 4 metres, at the end of our garden in Ludlow.",
            "The summer house at the end of our Ludlow garden is 3 by 4 metres, and I built it "
            "in 2022.",
            "Our 3 by 4 metre summer house at the end of the garden in Ludlow was built by me "
            "in 2022.",
        ),
        (
            "I built a 2 by 3 metre summer house at the end of our garden in Ludlow in 2022.",
            "I'm going to build a 3 by 4 metre summer house at the end of our garden in Ludlow "
            "in 2026.",
        ),
    ),
    Fact(
        "My favourite pub is the Red Lion in Bampton, and its quiz night is on Thursdays.",
        (
            "The Red Lion in Bampton is my favourite pub, and it runs its quiz night on Thursdays.",
            "Thursday is quiz night at the Red Lion in Bampton, which is my favourite pub.",
            "My top pub is the Red Lion in Bampton; quiz night there is every Thursday.",
        ),
        (
            "My favourite pub is the Red Lion in Bampton, and its quiz night is on Sundays.",
            "My brother's favourite pub is the Red Lion in Bampton, and its quiz night is on "
            "Thursdays.",
        ),
    ),
    Fact(
        "My daughter Poppy's first word was duck, and she said it at ten months old.",
        (
            "Poppy, my daughter, said her first word at ten months old, and it was duck.",
            "At ten months old my daughter Poppy said her first word: duck.",
            "Duck was the first word my daughter Poppy ever said, at the age of ten months.",
        ),
        (
            "My daughter Poppy's first word was duck, and she said it at fourteen months old.",
            "My daughter Poppy's first word was mum, and she said it at ten months old.",
        ),
    ),
    Fact(
        "I finished the Dragon Ride sportive in Wales in 6 hours 20 minutes in 2023.",
        (
            "In 2023 I completed the Dragon Ride sportive in Wales in 6 hours 20 minutes.",
            "My time for the Dragon Ride sportive in Wales in 2023 was 6 hours 20 minutes.",
            "I got round the Dragon Ride sportive in Wales in 6 hours 20 minutes back in 2023.",
        ),
        (
            "I finished the Dragon Ride sportive in Wales in 7 hours 5 minutes in 2023.",
            "My husband finished the Dragon Ride sportive in Wales in 6 hours 20 minutes in 2023.",
        ),
    ),
    Fact(
        "I do a volunteer shift at the British Heart Foundation charity shop in Kendal on "
        "Saturday afternoons.",
        (
            "On Saturday afternoons I volunteer for a shift at the British Heart Foundation "
            "charity shop in Kendal.",
            "My volunteer shift at the British Heart Foundation charity shop in Kendal is on "
            "Saturday afternoons.",
            "Saturday afternoons are when I do my volunteering shift at the British Heart "
            "Foundation charity shop in Kendal.",
        ),
        (
            "I used to do a volunteer shift at the British Heart Foundation charity shop in "
            "Kendal on Saturday afternoons.",
            "I do a volunteer shift at the British Heart Foundation charity shop in Kendal on "
            "Monday mornings.",
        ),
    ),
    Fact(
        "I use a brown Clenil inhaler twice a day for my asthma.",
        (
            "Twice a day I take my brown Clenil inhaler for my asthma.",
            "For my asthma I've got a brown Clenil inhaler that I use twice daily.",
            "My asthma inhaler is a brown Clenil one, and I use it twice a day.",
        ),
        (
            "I use a blue Ventolin inhaler twice a day for my asthma.",
            "My son uses a brown Clenil inhaler twice a day for his asthma.",
        ),
    ),
    Fact(
        "I was a contestant on Pointless in 2019 and got knocked out in the second round.",
        (
            "In 2019 I went on Pointless as a contestant and was knocked out in round two.",
            "I was on Pointless as a contestant in 2019, and I went out in the second round.",
            "Back in 2019 I competed on Pointless, where I got knocked out in the second round.",
        ),
        (
            "I was a contestant on Pointless in 2019 and made it all the way to the final round.",
            "I was a contestant on Tipping Point in 2019 and got knocked out in the second round.",
        ),
    ),
    Fact(
        "Our rabbit Clover lives in a two-storey hutch by the back door.",
        (
            "Clover, our rabbit, lives in a two-storey hutch by the back door.",
            "By the back door there's a two-storey hutch where our rabbit Clover lives.",
            "Our rabbit Clover's home is a two-tier hutch next to the back door.",
        ),
        (
            "Our rabbit Clover lives in a two-storey hutch at the bottom of the garden.",
            "Our rabbit Clover used to live in a two-storey hutch by the back door.",
        ),
    ),
    Fact(
        "I lived in Owens Park halls in Manchester during my first year of university in 2009.",
        (
            "During my first year of university, in 2009, I lived in Owens Park halls in "
            "Manchester.",
            "My first-year university accommodation in 2009 was Owens Park halls in Manchester.",
            "Back in 2009, my first year at uni, I was living in Owens Park halls in Manchester.",
        ),
        (
            "I lived in Owens Park halls in Manchester during my first year of university in 2012.",
            "My sister lived in Owens Park halls in Manchester during her first year of "
            "university in 2009.",
        ),
    ),
    Fact(
        "I went on my brother Callum's stag do in Krakow in May 2023.",
        (
            "In May 2023 I went to Krakow for my brother Callum's stag do.",
            "My brother Callum had his stag do in Krakow in May 2023, and I went on it.",
            "I was on my brother Callum's stag do, which was in Krakow in May 2023.",
        ),
        (
            "I went on my brother Callum's stag do in Riga in May 2023.",
            "I missed my brother Callum's stag do in Krakow in May 2023.",
        ),
    ),
    Fact(
        "I bought a Ninja dual-drawer air fryer in the Black Friday sale in 2023.",
        (
            "In the 2023 Black Friday sale I bought a Ninja dual-drawer air fryer.",
            "My Ninja dual-drawer air fryer was a Black Friday sale buy in 2023.",
            "I picked up a dual-drawer air fryer made by Ninja in the Black Friday sale of 2023.",
        ),
        (
            "I bought a Tefal dual-drawer air fryer in the Black Friday sale in 2023.",
            "I'm going to buy a Ninja dual-drawer air fryer in the Black Friday sale this year.",
        ),
    ),
    Fact(
        "I swim 40 lengths of the pool at Hinckley Leisure Centre every Friday lunchtime.",
        (
            "Every Friday lunchtime I swim 40 lengths in the pool at Hinckley Leisure Centre.",
            "My Friday lunchtime routine is 40 lengths of the pool at Hinckley Leisure Centre.",
            "On Fridays at lunchtime I do 40 lengths of the pool at Hinckley Leisure Centre.",
        ),
        (
            "I swim 60 lengths of the pool at Hinckley Leisure Centre every Friday lunchtime.",
            "I swim 40 lengths of the pool at Hinckley Leisure Centre every Sunday morning.",
        ),
    ),
    Fact(
        "I babysit my five-year-old niece Mabel every Wednesday evening.",
        (
            "Every Wednesday evening I babysit my niece Mabel, who's five.",
            "My niece Mabel is five, and I babysit her every Wednesday evening.",
            "On Wednesday evenings I look after my five-year-old niece Mabel.",
        ),
        (
            "I babysit my five-year-old nephew Alfie every Wednesday evening.",
            "I babysit my five-year-old niece Mabel every Friday evening.",
        ),
    ),
    Fact(
        "Avanti refunded me 38 pounds after a strike cancelled my train to Glasgow in December "
        "2022.",
        (
            "After a strike cancelled my Avanti train to Glasgow in December 2022, I got 38 "
            "pounds back from them.",
            "I received a 38-pound refund from Avanti when my Glasgow train was cancelled by a "
            "strike in December 2022.",
            "In December 2022 my train to Glasgow was cancelled because of a strike, and Avanti "
            "refunded me 38 pounds.",
        ),
        (
            "Avanti refunded me 83 pounds after a strike cancelled my train to Glasgow in "
            "December 2022.",
            "Avanti still hasn't refunded my 38 pounds after a strike cancelled my train to "
            "Glasgow in December 2022.",
        ),
    ),
    Fact(
        "I bought a linocut print of Whitby Abbey from the artist Ruth Pennock in 2021.",
        (
            "In 2021 I bought a linocut print of Whitby Abbey from its artist, Ruth Pennock.",
            "My linocut print of Whitby Abbey was bought from the artist Ruth Pennock in 2021.",
            "I got my Whitby Abbey linocut print straight from the artist, Ruth Pennock, in 2021.",
        ),
        (
            "I bought a linocut print of Bamburgh Castle from the artist Ruth Pennock in 2021.",
            "I was given a linocut print of Whitby Abbey by the artist Ruth Pennock in 2021.",
        ),
    ),
    Fact(
        "I ran a coffee morning in our village hall in Aldbourne that raised 312 pounds for the "
        "air ambulance.",
        (
            "The coffee morning I ran in our village hall in Aldbourne raised 312 pounds for "
            "the air ambulance.",
            "I organised a coffee morning in Aldbourne village hall, and it raised 312 pounds "
            "for the air ambulance.",
            "312 pounds for the air ambulance was raised by the coffee morning I ran in our "
            "village hall in Aldbourne.",
        ),
        (
            "I ran a coffee morning in our village hall in Aldbourne that raised 312 pounds for "
            "the local hospice.",
            "I went to a coffee morning in our village hall in Aldbourne that raised 312 pounds "
            "for the air ambulance.",
        ),
    ),
    Fact(
        "I take our glass recycling to the bottle bank at Tesco in Hexham every Saturday.",
        (
            "Every Saturday I take our glass recycling to the bottle bank at Tesco in Hexham.",
            "Our glass recycling goes to the bottle bank at the Hexham Tesco, and I take it "
            "there every Saturday.",
            "On Saturdays I drop our glass recycling off at the bottle bank at Tesco in Hexham.",
        ),
        (
            "I used to take our glass recycling to the bottle bank at Tesco in Hexham every "
            "Saturday.",
            "I take our glass recycling to the bottle bank at Tesco in Hexham once a month.",
        ),
    ),
    Fact(
        "I've used the same Trangia 27 stove on every camping trip since 2012.",
        (
            "Since 2012 I've used the same Trangia 27 stove on every camping trip.",
            "Every camping trip I've been on since 2012, I've used the same Trangia 27 stove.",
            "The same Trangia 27 stove has been used on all my camping trips since 2012.",
        ),
        (
            "I've used the same Jetboil stove on every camping trip since 2012.",
            "I've used the same Trangia 27 stove on every camping trip since 1998.",
        ),
    ),
    Fact(
        "We bought a six-berth Vango Odyssey tent for family camping in 2020.",
        (
            "In 2020 we bought a Vango Odyssey, a six-berth tent, for family camping.",
            "Our family camping tent is a six-berth Vango Odyssey that we bought in 2020.",
            "The six-berth Vango Odyssey tent we use for family camping was bought in 2020.",
        ),
        (
            "We bought a four-berth Vango Odyssey tent for family camping in 2020.",
            "We hired a six-berth Vango Odyssey tent for family camping in 2020.",
        ),
    ),
    Fact(
        "I've traced my mum's side of the family tree back to 1742 in County Cork.",
        (
            "On my mum's side, I've traced our family tree back to County Cork in 1742.",
            "Tracing my mum's side of the family tree, I've got back to 1742 in County Cork.",
            "My mum's side of the family tree has been traced by me back to 1742 in County Cork.",
        ),
        (
            "I've traced my dad's side of the family tree back to 1742 in County Cork.",
            "I'm hoping to trace my mum's side of the family tree back to 1742 in County Cork.",
        ),
    ),
    Fact(
        "My residents' parking permit from Brighton and Hove council costs 165 pounds a year.",
        (
            "I pay Brighton and Hove council 165 pounds a year for my residents' parking permit.",
            "My residents' parking permit costs me 165 pounds a year from Brighton and Hove "
            "council.",
            "A year's residents' parking permit from Brighton and Hove council costs me 165 "
            "pounds.",
        ),
        (
            "My residents' parking permit from Brighton and Hove council costs 165 pounds a month.",
            "My business parking permit from Brighton and Hove council costs 165 pounds a year.",
        ),
    ),
)


# The forty-eighth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT47's failures were looked at. Measured unseen: 1.25 memories per fact, no wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT47's study).
HELDOUT48 = (
    Fact(
        "I play off a 14 handicap at my home course, Ganton Golf Club.",
        (
            "My golf handicap is 14, and my home course is Ganton Golf Club.",
            "Ganton Golf Club is my home course, and I play off 14 there.",
            "I've got a handicap of 14 at Ganton Golf Club, which is my home course.",
        ),
        (
            "I play off a 9 handicap at my home course, Ganton Golf Club.",
            "My dad plays off a 14 handicap at his home course, Ganton Golf Club.",
        ),
    ),
    Fact(
        "In September 2023 I went to my cousin Priya's wedding in Portugal.",
        (
            "I went to Portugal in September 2023 for my cousin Priya's wedding.",
            "My cousin Priya's wedding in Portugal, in September 2023, was one I went to.",
            "I travelled out to Portugal for cousin Priya's wedding in September 2023.",
        ),
        (
            "In September 2023 I went to my cousin Priya's wedding in Greece.",
            "I couldn't make it to my cousin Priya's wedding in Portugal in September 2023.",
        ),
    ),
    Fact(
        "I bought my mum a second-hand mobility scooter for 1,800 pounds in 2022.",
        (
            "In 2022 I paid 1,800 pounds for a second-hand mobility scooter for my mum.",
            "My mum's used mobility scooter cost me 1,800 pounds when I bought it in 2022.",
            "I got Mum a second-hand mobility scooter in 2022, and it set me back 1,800 pounds.",
        ),
        (
            "I bought my mum a brand-new mobility scooter for 1,800 pounds in 2022.",
            "I bought my dad a second-hand mobility scooter for 1,800 pounds in 2022.",
        ),
    ),
    Fact(
        "I car-share to the Leyland factory with my colleague Dave on weekdays.",
        (
            "On weekdays, my colleague Dave and I car-share to the Leyland factory.",
            "Dave from work and I share a car to the Leyland factory every weekday.",
            "My weekday commute to the Leyland factory is a car share with my colleague Dave.",
        ),
        (
            "I used to car-share to the Leyland factory with my colleague Dave on weekdays.",
            "I car-share to the Leyland factory with my colleague Steve on weekdays.",
        ),
    ),
    Fact(
        "My old landlord in Headingley kept 600 pounds of my deposit for carpet cleaning.",
        (
            "My ex-landlord in Headingley held back 600 pounds of my deposit for carpet cleaning.",
            "600 pounds of my deposit was kept by my old Headingley landlord for carpet cleaning.",
            "For carpet cleaning, my old Headingley landlord docked 600 pounds off my deposit.",
        ),
        (
            "My old landlord in Headingley kept 250 pounds of my deposit for carpet cleaning.",
            "My old landlord in Headingley kept 600 pounds of my deposit for a broken oven.",
        ),
    ),
    Fact(
        "Our African grey parrot Captain is 27 years old.",
        (
            "Captain, our African grey parrot, is 27.",
            "Our parrot Captain, an African grey, is 27 years old.",
            "We've got a 27-year-old African grey parrot called Captain.",
        ),
        (
            "Our African grey parrot Captain is 17 years old.",
            "My sister's African grey parrot Captain is 27 years old.",
        ),
    ),
    Fact(
        "I went to see Aladdin at the Theatre Royal Nottingham in December 2023.",
        (
            "In December 2023 I saw Aladdin at the Theatre Royal Nottingham.",
            "I went to the Aladdin panto at Nottingham's Theatre Royal in December 2023.",
            "Aladdin at the Theatre Royal Nottingham was the panto I saw in December 2023.",
        ),
        (
            "I went to see Aladdin at the Theatre Royal Nottingham in December 2022.",
            "I played Widow Twankey in Aladdin at the Theatre Royal Nottingham in December 2023.",
        ),
    ),
    Fact(
        "I rowed a hired boat across Lake Windermere with my son in July 2022.",
        (
            "In July 2022 my son and I rowed a hired boat across Lake Windermere.",
            "My son and I hired a rowing boat and rowed it across Lake Windermere in July 2022.",
            "Back in July 2022, my son and I rowed across Lake Windermere in a boat we'd hired.",
        ),
        (
            "I sailed a hired boat across Lake Windermere with my son in July 2022.",
            "I rowed a hired boat across Coniston Water with my son in July 2022.",
        ),
    ),
    Fact(
        "I had my left knee replaced at the Nuffield Hospital in Cheltenham in March 2024.",
        (
            "My left knee was replaced at the Nuffield Hospital in Cheltenham in March 2024.",
            "In March 2024 I had a left knee replacement at Cheltenham's Nuffield Hospital.",
            "I got a new left knee at the Nuffield Hospital in Cheltenham in March 2024.",
        ),
        (
            "I had my right knee replaced at the Nuffield Hospital in Cheltenham in March 2024.",
            "My husband had his left knee replaced at the Nuffield in Cheltenham in March 2024.",
        ),
    ),
    Fact(
        "I passed my cycling proficiency test at Brookfield Primary School when I was ten.",
        (
            "When I was ten, I passed my cycling proficiency at Brookfield Primary School.",
            "At Brookfield Primary School I passed my cycling proficiency test, aged ten.",
            "My cycling proficiency test was passed at Brookfield Primary School when I was 10.",
        ),
        (
            "I failed my cycling proficiency test at Brookfield Primary School when I was ten.",
            "I passed my cycling proficiency test at Brookfield Primary School when I was eight.",
        ),
    ),
    Fact(
        "I'm saving 2-pound coins in a jar, aiming for 500 pounds by Christmas.",
        (
            "My target for the jar I'm filling with 2-pound coins is 500 pounds by Christmas.",
            "I'm putting 2-pound coins in a jar, and I want 500 pounds in it by Christmas.",
            "By Christmas I'm hoping to have 500 pounds saved in 2-pound coins in a jar.",
        ),
        (
            "I'm saving 2-pound coins in a jar, aiming for 1,000 pounds by Christmas.",
            "I'm saving 2-pound coins in a jar, aiming for 500 pounds by the summer holidays.",
        ),
    ),
    Fact(
        "I worked on the fish counter at Morrisons in Bradford from 2015 to 2017.",
        (
            "From 2015 to 2017 I was on the fish counter at Morrisons in Bradford.",
            "My job at Morrisons in Bradford, between 2015 and 2017, was on the fish counter.",
            "I spent 2015 to 2017 working the fish counter at the Bradford Morrisons.",
        ),
        (
            "I worked in the bakery at Morrisons in Bradford from 2015 to 2017.",
            "I worked on the fish counter at Asda in Bradford from 2015 to 2017.",
        ),
    ),
    Fact(
        "Since childhood I've had a recurring nightmare about my teeth falling out.",
        (
            "I've kept having the same nightmare about my teeth falling out since I was a child.",
            "Ever since I was a kid, I keep having a nightmare where my teeth fall out.",
            "A nightmare about my teeth falling out has kept coming back to me since childhood.",
        ),
        (
            "Since childhood I've had a recurring nightmare about being chased by a dog.",
            "Since my divorce I've had a recurring nightmare about my teeth falling out.",
        ),
    ),
    Fact(
        "My highest score in the Tuesday bowling league at Hollywood Bowl Leeds is 236.",
        (
            "236 is my top score in the Tuesday bowling league at Hollywood Bowl Leeds.",
            "In the Tuesday bowling league at Hollywood Bowl in Leeds, my best score is 236.",
            "I've never scored higher than 236 in the Tuesday league at Hollywood Bowl Leeds.",
        ),
        (
            "My highest score in the Tuesday bowling league at Hollywood Bowl Leeds is 263.",
            "My average score in the Tuesday bowling league at Hollywood Bowl Leeds is 236.",
        ),
    ),
    Fact(
        "I collected six bags of rubbish at a volunteer beach clean in Saltburn in May 2024.",
        (
            "In May 2024 I filled six bags of rubbish volunteering at a beach clean in Saltburn.",
            "At a volunteer beach clean in Saltburn in May 2024, I picked up six bags of litter.",
            "I helped at a Saltburn beach clean in May 2024 and collected six bags of rubbish.",
        ),
        (
            "I collected six bags of rubbish at a volunteer beach clean in Whitby in May 2024.",
            "Our team got six bags of rubbish at a volunteer beach clean in Saltburn in May 2024.",
        ),
    ),
    Fact(
        "I self-published a cookbook of Nigerian family recipes called Mama's Pot in 2021.",
        (
            "In 2021 I self-published Mama's Pot, a cookbook of Nigerian family recipes.",
            "My self-published cookbook of Nigerian family recipes, Mama's Pot, came out in 2021.",
            "Mama's Pot, my book of Nigerian family recipes, was self-published by me in 2021.",
        ),
        (
            "I'm still writing a cookbook of Nigerian family recipes called Mama's Pot.",
            "My Nigerian family recipe cookbook, Mama's Pot, was published by Penguin in 2021.",
        ),
    ),
    Fact(
        "During Storm Arwen in November 2021 our house in Alnwick had no power for 52 hours.",
        (
            "Our Alnwick house was without power for 52 hours in Storm Arwen in November 2021.",
            "When Storm Arwen hit in November 2021, our Alnwick house lost power for 52 hours.",
            "Storm Arwen, in November 2021, left our house in Alnwick with a 52-hour power cut.",
        ),
        (
            "During Storm Arwen in November 2021 our house in Alnwick had no power for 12 hours.",
            "During Storm Arwen in November 2021 our house in Alnwick had no water for 52 hours.",
        ),
    ),
    Fact(
        "I paid 300 pounds to have a hearing loop installed in my dad's lounge.",
        (
            "I had a hearing loop installed in my dad's lounge, and it cost me 300 pounds.",
            "My dad's lounge has a hearing loop that I paid 300 pounds to have installed.",
            "It cost me 300 pounds to get a hearing loop put in my dad's lounge.",
        ),
        (
            "I paid 300 pounds to have a hearing loop installed in my dad's bedroom.",
            "My dad paid 300 pounds to have a hearing loop installed in his lounge.",
        ),
    ),
    Fact(
        "I hit a 1,000-day Duolingo streak in Japanese last week.",
        (
            "Last week my Duolingo streak in Japanese reached 1,000 days.",
            "I reached 1,000 days in a row on Duolingo Japanese last week.",
            "My Japanese Duolingo streak hit the 1,000-day mark last week.",
        ),
        (
            "I hit a 100-day Duolingo streak in Japanese last week.",
            "I lost my 1,000-day Duolingo streak in Japanese last week.",
        ),
    ),
    Fact(
        "My first grandson, Alfie, was born on 3 March 2024 weighing 7 lb 4 oz.",
        (
            "Alfie, my first grandson, weighed 7 lb 4 oz when he was born on 3 March 2024.",
            "On 3 March 2024 my first grandson Alfie arrived, weighing 7 lb 4 oz.",
            "My first grandson was born at 7 lb 4 oz on 3 March 2024, and he's called Alfie.",
        ),
        (
            "My first grandson, Alfie, was born on 3 March 2024 weighing 8 lb 4 oz.",
            "My second grandson, Alfie, was born on 3 March 2024 weighing 7 lb 4 oz.",
        ),
    ),
    Fact(
        "On our 2023 Caribbean cruise we got a free upgrade to a balcony cabin on deck 12.",
        (
            "We got upgraded free to a deck 12 balcony cabin on our 2023 Caribbean cruise.",
            "In 2023, on our Caribbean cruise, we got a free upgrade to a deck 12 balcony cabin.",
            "On our 2023 Caribbean cruise, our cabin was upgraded free to a deck 12 balcony one.",
        ),
        (
            "On our 2023 Caribbean cruise we got a free upgrade to a balcony cabin on deck 9.",
            "On our 2023 Caribbean cruise we paid to upgrade to a balcony cabin on deck 12.",
        ),
    ),
)


# The forty-ninth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT48's failures were looked at. Measured unseen: 1.19 memories per fact, 7.9% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT48's study).
HELDOUT49 = (
    Fact(
        "My hardest outdoor boulder problem is a Font 6B+ I did at Stanage in 2022.",
        (
            "The hardest boulder problem I've done outdoors is a Font 6B+ at Stanage in 2022.",
            "In 2022 I did a Font 6B+ at Stanage, my hardest boulder problem outside.",
            "A Font 6B+ at Stanage, done in 2022, is my hardest outdoor boulder problem.",
        ),
        (
            "My hardest outdoor boulder problem is a Font 7A I did at Stanage in 2022.",
            "My daughter's hardest outdoor boulder is a Font 6B+ she did at Stanage in 2022.",
        ),
    ),
    Fact(
        "My sister Fiona and I have shared a plot at Walkley Bank allotments since 2019.",
        (
            "Since 2019 I've shared a plot at Walkley Bank allotments with my sister Fiona.",
            "Fiona, my sister, and I have been sharing a Walkley Bank allotment since 2019.",
            "A Walkley Bank allotment plot has been shared by my sister Fiona and me since 2019.",
        ),
        (
            "My sister Fiona has had her own plot at Walkley Bank allotments since 2019.",
            "My sister Fiona and I have shared a plot at Meersbrook allotments since 2019.",
        ),
    ),
    Fact(
        "I came third in the mums' race at my daughter Isla's sports day in June 2023.",
        (
            "At my daughter Isla's sports day in June 2023, I came third in the mums' race.",
            "I finished third in the mums' race at my daughter Isla's June 2023 sports day.",
            "In the mums' race at my daughter Isla's sports day in June 2023, I was third.",
        ),
        (
            "I came third in the mums' race at my son Leo's sports day in June 2023.",
            "I came last in the mums' race at my daughter Isla's sports day in June 2023.",
        ),
    ),
    Fact(
        "I have a Senior Railcard, which gets me a third off most train fares.",
        (
            "My Senior Railcard gets me a third off most train fares.",
            "I've got a Senior Railcard that saves me a third on most rail fares.",
            "With my Senior Railcard, a third is knocked off most of my train fares.",
        ),
        (
            "My wife has a Senior Railcard, which gets her a third off most train fares.",
            "I'm going to apply for a Senior Railcard to get a third off most train fares.",
        ),
    ),
    Fact(
        "My student bus pass in Glasgow gets me half-price fares on First buses.",
        (
            "With my student bus pass I get half-price fares on First buses in Glasgow.",
            "I pay half fare on First buses in Glasgow thanks to my student bus pass.",
            "My Glasgow student bus pass gives me 50 percent off fares on First buses.",
        ),
        (
            "My student bus pass in Glasgow gets me half-price fares on Stagecoach buses.",
            "My student bus pass in Glasgow used to get me half-price fares on First buses.",
        ),
    ),
    Fact(
        "I bought my brother Owen an 85-pound Instax camera for his 30th birthday.",
        (
            "For his 30th birthday I gave my brother Owen an Instax camera that cost 85 pounds.",
            "My present to my brother Owen for his 30th was an Instax camera costing 85 pounds.",
            "I spent 85 pounds on an Instax camera for my brother Owen's 30th birthday.",
        ),
        (
            "I bought my brother Owen an 85-pound Instax camera for his 40th birthday.",
            "My brother Owen bought me an 85-pound Instax camera for my 30th birthday.",
        ),
    ),
    Fact(
        "I counted 23 house sparrows in my garden for the 2024 RSPB Big Garden Birdwatch.",
        (
            "For the 2024 RSPB Big Garden Birdwatch, I counted 23 house sparrows in my garden.",
            "My count for the 2024 RSPB Big Garden Birdwatch was 23 house sparrows in my garden.",
            "In my garden I counted 23 house sparrows for the 2024 RSPB Big Garden Birdwatch.",
        ),
        (
            "I counted 23 starlings in my garden for the 2024 RSPB Big Garden Birdwatch.",
            "I counted 23 house sparrows in my local park for the 2024 RSPB Big Garden Birdwatch.",
        ),
    ),
    Fact(
        "I switched from vegetarian to fully vegan in 2019 after watching Dominion.",
        (
            "In 2019 I went from being vegetarian to fully vegan after watching Dominion.",
            "Watching Dominion in 2019 made me switch from vegetarian to fully vegan.",
            "I was vegetarian until 2019, when I watched Dominion and went fully vegan.",
        ),
        (
            "I switched from vegetarian to fully vegan in 2019 after watching Seaspiracy.",
            "My flatmate Jo went from vegetarian to fully vegan in 2019 after watching Dominion.",
        ),
    ),
    Fact(
        "I saw Barcelona play Sevilla at the Camp Nou in March 2019.",
        (
            "In March 2019 I watched Barcelona take on Sevilla at the Camp Nou.",
            "I was at the Camp Nou in March 2019 to see Barcelona against Sevilla.",
            "My trip to the Camp Nou in March 2019 was to watch Barcelona play Sevilla.",
        ),
        (
            "I saw Barcelona play Valencia at the Camp Nou in March 2019.",
            "I'm going to see Barcelona play Sevilla at the Camp Nou next March.",
        ),
    ),
    Fact(
        "Our freezer died in August 2023 and we lost about 150 pounds' worth of food.",
        (
            "When our freezer packed up in August 2023, we lost around 150 pounds' worth of food.",
            "About 150 pounds' worth of food was lost when our freezer died in August 2023.",
            "We lost around 150 pounds' worth of food after our freezer broke in August 2023.",
        ),
        (
            "Our fridge died in August 2023 and we lost about 150 pounds' worth of food.",
            "Our freezer died in August 2023 and we lost about 40 pounds' worth of food.",
        ),
    ),
    Fact(
        "I got a merit in my LAMDA Grade 4 acting exam in November 2023.",
        (
            "In November 2023 I passed my LAMDA Grade 4 acting exam with a merit.",
            "My result in the LAMDA Grade 4 acting exam I took in November 2023 was a merit.",
            "I was awarded a merit for my Grade 4 LAMDA acting exam in November 2023.",
        ),
        (
            "I got a distinction in my LAMDA Grade 4 acting exam in November 2023.",
            "I got a merit in my LAMDA Grade 4 musical theatre exam in November 2023.",
        ),
    ),
    Fact(
        "I paid off the last 2,300 pounds on my Barclaycard in October 2023.",
        (
            "In October 2023 I cleared the final 2,300 pounds on my Barclaycard.",
            "The last 2,300 pounds of my Barclaycard debt was paid off in October 2023.",
            "October 2023 was when I paid off the remaining 2,300 pounds on my Barclaycard.",
        ),
        (
            "I'm planning to pay off the last 2,300 pounds on my Barclaycard in October.",
            "I paid off the last 2,300 pounds on my car loan in October 2023.",
        ),
    ),
    Fact(
        "Our golden retriever Biscuit died in April 2023 at the age of thirteen.",
        (
            "Biscuit, our golden retriever, died in April 2023 aged thirteen.",
            "We lost our golden retriever Biscuit in April 2023 when he was thirteen.",
            "In April 2023 our thirteen-year-old golden retriever, Biscuit, passed away.",
        ),
        (
            "Our golden retriever Biscuit turned thirteen in April 2023.",
            "Our golden retriever Biscuit died in April 2023 at the age of eleven.",
        ),
    ),
    Fact(
        "The sellers turned down our offer of 310,000 pounds on a terraced house in Harrogate.",
        (
            "Our 310,000-pound offer on a Harrogate terraced house was rejected by the sellers.",
            "We offered 310,000 pounds for a terraced house in Harrogate but the sellers said no.",
            "The sellers of a terraced house in Harrogate rejected the 310,000 pounds we offered.",
        ),
        (
            "The sellers accepted our offer of 310,000 pounds on a terraced house in Harrogate.",
            "The sellers turned down our offer of 310,000 pounds on a terraced house in Ripon.",
        ),
    ),
    Fact(
        "I finally met my online gaming friend Tomasz in person in Krakow in August 2022.",
        (
            "In August 2022 I finally met Tomasz, my online gaming friend, in person in Krakow.",
            "My online gaming friend Tomasz and I finally met in person in Krakow in August 2022.",
            "In Krakow in August 2022 I met my online gaming friend Tomasz face to face at last.",
        ),
        (
            "I finally met my online gaming friend Tomasz in person in Warsaw in August 2022.",
            "I'm finally meeting my online gaming friend Tomasz in person in Krakow next August.",
        ),
    ),
    Fact(
        "My three Bluebelle hens laid 612 eggs between them in 2023.",
        (
            "Between them, my three Bluebelle hens laid 612 eggs in 2023.",
            "In 2023 I got 612 eggs from my three Bluebelle hens.",
            "A total of 612 eggs were laid by my three Bluebelle hens over 2023.",
        ),
        (
            "My neighbour's three Bluebelle hens laid 612 eggs between them in 2023.",
            "My three Bluebelle hens laid 216 eggs between them in 2023.",
        ),
    ),
    Fact(
        "I spent a long weekend at a yoga retreat in Ericeira in Portugal in May 2024.",
        (
            "In May 2024 I went on a long-weekend yoga retreat in Ericeira, Portugal.",
            "I did a yoga retreat over a long weekend in Ericeira in Portugal in May 2024.",
            "My May 2024 long weekend was spent at a yoga retreat in Ericeira, Portugal.",
        ),
        (
            "I spent a long weekend at a surf camp in Ericeira in Portugal in May 2024.",
            "I spent a whole week at a yoga retreat in Ericeira in Portugal in May 2024.",
        ),
    ),
    Fact(
        "My favourite radio show is Lauren Laverne's breakfast show on BBC 6 Music.",
        (
            "Lauren Laverne's breakfast show on BBC 6 Music is my favourite radio show.",
            "Of all the radio shows, I like Lauren Laverne's 6 Music breakfast show best.",
            "The radio show I love most is the BBC 6 Music breakfast show with Lauren Laverne.",
        ),
        (
            "My favourite radio show is Lauren Laverne's breakfast show on BBC Radio 2.",
            "My favourite radio show used to be Lauren Laverne's breakfast show on BBC 6 Music.",
        ),
    ),
    Fact(
        "I volunteer on the ward trolley at Frimley Park Hospital every Wednesday afternoon.",
        (
            "Every Wednesday afternoon I volunteer on the ward trolley at Frimley Park Hospital.",
            "I'm a volunteer on Frimley Park Hospital's ward trolley on Wednesday afternoons.",
            "Wednesday afternoons are when I volunteer on Frimley Park Hospital's ward trolley.",
        ),
        (
            "I volunteer on the ward trolley at Frimley Park Hospital every Friday afternoon.",
            "I volunteer on the hospital radio at Frimley Park Hospital on Wednesday afternoons.",
        ),
    ),
    Fact(
        "Someone reversed into my Ford Fiesta in March 2024 and Direct Line paid for the repair.",
        (
            "In March 2024 someone backed into my Ford Fiesta and Direct Line paid for repairs.",
            "Direct Line paid to fix my Ford Fiesta after someone reversed into it in March 2024.",
            "My Ford Fiesta was reversed into in March 2024, and Direct Line covered the repair.",
        ),
        (
            "Someone reversed into my Ford Fiesta in March 2024 and Admiral paid for the repair.",
            "I reversed into a Ford Fiesta in March 2024 and Direct Line paid for the repair.",
        ),
    ),
    Fact(
        "My training plan for the Outlaw triathlon in Nottingham lasts 24 weeks.",
        (
            "I'm following a 24-week training plan for the Outlaw triathlon in Nottingham.",
            "The plan I'm using to train for the Outlaw triathlon in Nottingham is 24 weeks long.",
            "For the Outlaw triathlon in Nottingham, my training plan runs for 24 weeks.",
        ),
        (
            "My training plan for the Outlaw Half triathlon in Nottingham lasts 24 weeks.",
            "My training plan for the Outlaw triathlon in Nottingham lasts 16 weeks.",
        ),
    ),
)


# The fiftieth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT49's failures were looked at. Measured unseen: 1.13 memories per fact, 6.3% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT49's study).
HELDOUT50 = (
    Fact(
        "I bought a second-hand set of Ping golf clubs for 180 pounds on eBay.",
        (
            "I got a used set of Ping golf clubs off eBay for 180 pounds.",
            "My set of Ping golf clubs was second-hand; I paid 180 pounds for it on eBay.",
            "For 180 pounds I picked up a pre-owned set of Ping golf clubs on eBay.",
        ),
        (
            "I bought a brand new set of Ping golf clubs for 180 pounds on eBay.",
            "I bought a second-hand set of Ping golf clubs for 380 pounds on eBay.",
        ),
    ),
    Fact(
        "We spent a night at the Balmoral in Edinburgh for our tenth wedding anniversary.",
        (
            "For our tenth wedding anniversary, we stayed a night at the Balmoral in Edinburgh.",
            "We celebrated our tenth wedding anniversary with a night at Edinburgh's Balmoral.",
            "To mark ten years of marriage, we had a night at the Balmoral in Edinburgh.",
        ),
        (
            "We spent a night at the Balmoral in Edinburgh for our twentieth wedding anniversary.",
            "We'll spend a night at the Balmoral in Edinburgh for our tenth wedding anniversary.",
        ),
    ),
    Fact(
        "A British Gas engineer did the gas safety check on my Leeds flat last October.",
        (
            "Last October, my Leeds flat had its gas safety check from a British Gas engineer.",
            "My Leeds flat's gas safety check was done by a British Gas engineer last October.",
            "I had a British Gas engineer do the gas safety check on my Leeds flat last October.",
        ),
        (
            "A British Gas engineer will do the gas safety check on my Leeds flat next October.",
            "A British Gas engineer serviced the boiler in my Leeds flat last October.",
        ),
    ),
    Fact(
        "We had a Stovax log burner fitted in our living room in Ambleside in 2022.",
        (
            "In 2022 we got a Stovax log burner put into our living room in Ambleside.",
            "The Stovax log burner in our Ambleside living room was fitted in 2022.",
            "2022 was when we had a Stovax wood burner installed in our living room in Ambleside.",
        ),
        (
            "We had a Stovax log burner fitted in our kitchen in Ambleside in 2022.",
            "We had a Stovax log burner taken out of our living room in Ambleside in 2022.",
        ),
    ),
    Fact(
        "I played the innkeeper in my primary school nativity when I was six.",
        (
            "When I was six, I was the innkeeper in our primary school nativity play.",
            "In my primary school's nativity, I got the part of the innkeeper at age six.",
            "My role in the primary school nativity when I was six was the innkeeper.",
        ),
        (
            "I played a shepherd in my primary school nativity when I was six.",
            "My son played the innkeeper in his primary school nativity when he was six.",
        ),
    ),
    Fact(
        "My brother-in-law Kwame is a tree surgeon in Reading.",
        (
            "Kwame, my brother-in-law, works as a tree surgeon in Reading.",
            "My brother-in-law Kwame works in Reading as a tree surgeon.",
            "In Reading, my brother-in-law Kwame earns his living as a tree surgeon.",
        ),
        (
            "My brother-in-law Kwame is a tree surgeon in Swindon.",
            "My brother-in-law Kwame is training to be a tree surgeon in Reading.",
        ),
    ),
    Fact(
        "I flew 17 hours nonstop from Perth to London with Qantas in 2019.",
        (
            "In 2019 I took a 17-hour nonstop Qantas flight from Perth to London.",
            "My 2019 flight from Perth to London with Qantas was 17 hours nonstop.",
            "Back in 2019, I flew Qantas nonstop from Perth to London, which took 17 hours.",
        ),
        (
            "I flew 17 hours nonstop from London to Perth with Qantas in 2019.",
            "I flew 17 hours nonstop from Perth to London with British Airways in 2019.",
        ),
    ),
    Fact(
        "I came third in the under-1800 section of the Hastings Chess Congress in 2024.",
        (
            "At the 2024 Hastings Chess Congress, I finished third in the under-1800 section.",
            "In 2024 I took third place in the Hastings Chess Congress under-1800 section.",
            "My result in the 2024 Hastings Chess Congress under-1800 section was third place.",
        ),
        (
            "I came first in the under-1800 section of the Hastings Chess Congress in 2024.",
            "I came third in the open section of the Hastings Chess Congress in 2024.",
        ),
    ),
    Fact(
        "I hosted a quiz night at our village hall that raised 640 pounds for the air ambulance.",
        (
            "The quiz night I hosted at our village hall raised 640 pounds for the air ambulance.",
            "I hosted a quiz night in our village hall; it made 640 pounds for the air ambulance.",
            "640 pounds was raised for the air ambulance at the village hall quiz night I hosted.",
        ),
        (
            "I hosted a quiz night at our village hall that raised 640 pounds for the hospice.",
            "I went to our village hall quiz night that raised 640 pounds for the air ambulance.",
        ),
    ),
    Fact(
        "My first job interview was for a Saturday job at Woolworths in Luton when I was fifteen.",
        (
            "At fifteen, I had my first job interview, for a Saturday job at Woolworths in Luton.",
            "I was fifteen at my first job interview, for a Saturday job at Woolworths in Luton.",
            "A Saturday job at Woolworths in Luton was my first job interview, at fifteen.",
        ),
        (
            "My first job interview was for a Saturday job at Woolworths in Luton at eighteen.",
            "My first job was a Saturday job at Woolworths in Luton when I was fifteen.",
        ),
    ),
    Fact(
        "I put up a 12 by 20 foot polytunnel in our garden in Ledbury last spring.",
        (
            "Last spring I erected a 12 by 20 foot polytunnel in our Ledbury garden.",
            "Our garden in Ledbury has a 12 by 20 foot polytunnel that I put up last spring.",
            "The polytunnel I put up in our garden in Ledbury last spring is 12 by 20 feet.",
        ),
        (
            "I put up a 12 by 20 foot polytunnel on my allotment in Ledbury last spring.",
            "I put up a 6 by 10 foot polytunnel in our garden in Ledbury last spring.",
        ),
    ),
    Fact(
        "I take our cockapoo puppy, Maple, to a puppy class in Wokingham every Thursday evening.",
        (
            "Every Thursday evening I take Maple, our cockapoo pup, to puppy class in Wokingham.",
            "On Thursday evenings, our cockapoo puppy Maple and I go to puppy class in Wokingham.",
            "I take Maple, our cockapoo puppy, to puppy class in Wokingham on Thursday evenings.",
        ),
        (
            "I take our cockapoo puppy Maple to puppy class in Wokingham every Saturday morning.",
            "I take our cockapoo puppy Maple to puppy class in Bracknell every Thursday evening.",
        ),
    ),
    Fact(
        "I rent out our holiday cottage in Padstow for 145 pounds a night.",
        (
            "Our holiday cottage in Padstow is let out for 145 pounds a night.",
            "I charge 145 pounds a night for our holiday cottage in Padstow.",
            "The nightly rate for our Padstow holiday cottage, which I rent out, is 145 pounds.",
        ),
        (
            "I rent out our holiday cottage in Padstow for 195 pounds a night.",
            "I rent a holiday cottage in Padstow for 145 pounds a night.",
        ),
    ),
    Fact(
        "I was awarded my Chief Scout's Gold Award in 2006.",
        (
            "In 2006 I received my Chief Scout's Gold Award.",
            "I got the Chief Scout's Gold Award back in 2006.",
            "My Chief Scout's Gold Award was presented to me in 2006.",
        ),
        (
            "I was awarded my Chief Scout's Silver Award in 2006.",
            "I just missed out on my Chief Scout's Gold Award in 2006.",
        ),
    ),
    Fact(
        "My Natural History Museum membership costs 80 pounds a year.",
        (
            "I pay 80 pounds a year for my Natural History Museum membership.",
            "Membership of the Natural History Museum costs me 80 pounds annually.",
            "Every year I spend 80 pounds on my membership at the Natural History Museum.",
        ),
        (
            "My V&A membership costs 80 pounds a year.",
            "My Natural History Museum membership costs 120 pounds a year.",
        ),
    ),
    Fact(
        "I drive for Uber in Bristol about 15 hours a week on top of my day job.",
        (
            "On top of my day job, I do roughly 15 hours a week driving for Uber in Bristol.",
            "Alongside my day job, I put in around 15 hours a week as an Uber driver in Bristol.",
            "About 15 hours of my week go on driving Uber in Bristol, as well as my day job.",
        ),
        (
            "I drive for Uber in Bath about 15 hours a week on top of my day job.",
            "I drive for Uber in Bristol about 30 hours a week on top of my day job.",
        ),
    ),
    Fact(
        "I bought a Le Creuset casserole dish for 8 pounds at the Wimbledon car boot sale.",
        (
            "At the Wimbledon car boot sale, I got a Le Creuset casserole dish for 8 pounds.",
            "For 8 pounds I picked up a Le Creuset casserole dish at the Wimbledon car boot sale.",
            "A Le Creuset casserole dish cost me 8 pounds at the Wimbledon car boot sale.",
        ),
        (
            "I sold a Le Creuset casserole dish for 8 pounds at the Wimbledon car boot sale.",
            "I bought a Le Creuset frying pan for 8 pounds at the Wimbledon car boot sale.",
        ),
    ),
    Fact(
        "I skate for a roller derby team in Leeds, and my derby name is Jam Tart.",
        (
            "My derby name is Jam Tart, and I skate for a roller derby team in Leeds.",
            "I'm on a roller derby team in Leeds, where I go by the derby name Jam Tart.",
            "On the Leeds roller derby team I skate for, my derby name is Jam Tart.",
        ),
        (
            "I skate for a roller derby team in Sheffield, and my derby name is Jam Tart.",
            "I referee for a roller derby team in Leeds, and my derby name is Jam Tart.",
        ),
    ),
    Fact(
        "We had to sandbag our front door in Tewkesbury when the flood warning came in 2007.",
        (
            "In 2007, when the flood warning came, we had to sandbag our Tewkesbury front door.",
            "The 2007 flood warning meant we had to put sandbags at our front door in Tewkesbury.",
            "Our Tewkesbury front door had to be sandbagged when the flood warning came in 2007.",
        ),
        (
            "We had to sandbag our front door in Tewkesbury when the flood warning came in 2014.",
            "We didn't sandbag our front door in Tewkesbury when the flood warning came in 2007.",
        ),
    ),
    Fact(
        "We adopted rescue hens Peggy, Dot and Mabel from the British Hen Welfare Trust.",
        (
            "Our rescue hens Peggy, Dot and Mabel came to us from the British Hen Welfare Trust.",
            "We took in rescue hens Peggy, Dot and Mabel from the British Hen Welfare Trust.",
            "Peggy, Dot and Mabel are rescue hens we adopted from the British Hen Welfare Trust.",
        ),
        (
            "We adopted rescue hens Peggy and Dot from the British Hen Welfare Trust.",
            "We adopted rescue hens Peggy, Dot and Mabel from a farm in Suffolk.",
        ),
    ),
    Fact(
        "I was stung by a jellyfish at Newquay beach in August 2021.",
        (
            "In August 2021 a jellyfish stung me at Newquay beach.",
            "I got stung by a jellyfish on the beach at Newquay in August 2021.",
            "Back in August 2021, I was stung by a jellyfish while I was at Newquay beach.",
        ),
        (
            "I was stung by a weever fish at Newquay beach in August 2021.",
            "My daughter was stung by a jellyfish at Newquay beach in August 2021.",
        ),
    ),
)


# The fifty-first held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT50's failures were looked at. Measured unseen: 1.08 memories per fact, 4.8% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT50's study).
HELDOUT51 = (
    Fact(
        "I play for a darts team at the Royal Oak in Stevenage nicknamed the Arrowheads.",
        (
            "My darts team at the Royal Oak in Stevenage is nicknamed the Arrowheads.",
            "I'm on the Royal Oak's darts team in Stevenage, and we're known as the Arrowheads.",
            "At the Royal Oak in Stevenage I throw for a darts team called the Arrowheads.",
        ),
        (
            "I play for a pool team at the Royal Oak in Stevenage nicknamed the Arrowheads.",
            "I used to play for a darts team at the Royal Oak in Stevenage called the Arrowheads.",
        ),
    ),
    Fact(
        "I was a bridesmaid at my cousin Lauren's wedding in Cheltenham in 2022.",
        (
            "At my cousin Lauren's wedding in Cheltenham in 2022, I was a bridesmaid.",
            "My cousin Lauren got married in Cheltenham in 2022, and I was a bridesmaid.",
            "In 2022 I was a bridesmaid when my cousin Lauren got married in Cheltenham.",
        ),
        (
            "I was the maid of honour at my cousin Lauren's wedding in Cheltenham in 2022.",
            "My daughter was a bridesmaid at my cousin Lauren's wedding in Cheltenham in 2022.",
        ),
    ),
    Fact(
        "My dentist in Worcester charged me 480 pounds for a crown on a front tooth in 2024.",
        (
            "In 2024 I paid my Worcester dentist 480 pounds to crown one of my front teeth.",
            "The crown my Worcester dentist put on a front tooth in 2024 cost me 480 pounds.",
            "I was charged 480 pounds by my Worcester dentist for a front-tooth crown in 2024.",
        ),
        (
            "My dentist in Worcester charged me 480 pounds for a veneer on a front tooth in 2024.",
            "My dentist in Worcester quoted me 480 pounds for a crown on a front tooth in 2024.",
        ),
    ),
    Fact(
        "I've named my sourdough starter Clint Yeastwood.",
        (
            "My sourdough starter's name is Clint Yeastwood.",
            "I call my sourdough starter Clint Yeastwood.",
            "Clint Yeastwood is the name I gave my sourdough starter.",
        ),
        (
            "My sister has named her sourdough starter Clint Yeastwood.",
            "I've named my sourdough starter Bread Pitt.",
        ),
    ),
    Fact(
        "We spent a week in a caravan at Primrose Valley park in North Yorkshire in 2023.",
        (
            "In 2023 we had a week's caravan holiday at Primrose Valley in North Yorkshire.",
            "We stayed in a caravan for a week at Primrose Valley, North Yorkshire, in 2023.",
            "Our 2023 holiday was a week in a caravan at Primrose Valley in North Yorkshire.",
        ),
        (
            "We spent a week in a caravan at Primrose Valley in North Yorkshire in 2024.",
            "We spent a week in a lodge at Primrose Valley in North Yorkshire in 2023.",
        ),
    ),
    Fact(
        "I broke my right wrist falling off a ladder while cleaning the windows in 2017.",
        (
            "In 2017 I fell off a ladder cleaning the windows and broke my right wrist.",
            "My right wrist got broken in 2017 when I fell off a ladder cleaning the windows.",
            "I fractured my right wrist in 2017 after falling off a ladder cleaning the windows.",
        ),
        (
            "I sprained my right wrist falling off a ladder while cleaning the windows in 2017.",
            "My dad broke his right wrist falling off a ladder while cleaning windows in 2017.",
        ),
    ),
    Fact(
        "Our bungalow in Skegness was moved down from council tax band C to band B in 2023.",
        (
            "In 2023 our Skegness bungalow was rebanded from council tax band C down to B.",
            "Our bungalow in Skegness got moved from band C to band B for council tax in 2023.",
            "The council tax band on our bungalow in Skegness dropped from C to B in 2023.",
        ),
        (
            "Our bungalow in Skegness was moved up from council tax band B to band C in 2023.",
            "We've appealed to get our Skegness bungalow moved from council tax band C to B.",
        ),
    ),
    Fact(
        "I sang with my choir in a concert at Gloucester Cathedral in December 2023.",
        (
            "In December 2023 my choir did a concert at Gloucester Cathedral, and I sang in it.",
            "I performed with my choir at Gloucester Cathedral in a concert in December 2023.",
            "Gloucester Cathedral is where I sang in a concert with my choir in December 2023.",
        ),
        (
            "I went to watch my choir's concert at Gloucester Cathedral in December 2023.",
            "I'm going to sing with my choir in a concert at Gloucester Cathedral this December.",
        ),
    ),
    Fact(
        "We had a new wool carpet fitted in our living room for 1,250 pounds in 2024.",
        (
            "In 2024 we paid 1,250 pounds to have a new wool carpet fitted in the living room.",
            "The new wool carpet we had fitted in our living room in 2024 cost 1,250 pounds.",
            "Our living room got a new wool carpet fitted in 2024, and it cost us 1,250 pounds.",
        ),
        (
            "We had a new wool carpet fitted in our main bedroom for 1,250 pounds in 2024.",
            "In 2024 we were quoted 1,250 pounds for a new wool carpet in our living room.",
        ),
    ),
    Fact(
        "I went on a ghost walk around York city centre on Halloween night in 2022.",
        (
            "On Halloween night in 2022 I did a ghost walk around the centre of York.",
            "I joined a ghost walk through York city centre on the night of Halloween 2022.",
            "Halloween 2022 was when I went on a ghost walk round York's city centre at night.",
        ),
        (
            "I went on a ghost walk around Chester city centre on Halloween night in 2022.",
            "I chickened out of a ghost walk around York city centre on Halloween night 2022.",
        ),
    ),
    Fact(
        "We escaped from a prison-themed escape room in Nottingham in 52 minutes.",
        (
            "It took us 52 minutes to get out of a prison-themed escape room in Nottingham.",
            "In Nottingham we did a prison-themed escape room and got out in 52 minutes.",
            "Our time for escaping a prison-themed escape room in Nottingham was 52 minutes.",
        ),
        (
            "We failed to escape from a prison-themed escape room in Nottingham.",
            "We escaped from a prison-themed escape room in Nottingham in 38 minutes.",
        ),
    ),
    Fact(
        "Our smart meter showed we used 11.4 kWh of electricity on Christmas Day 2023.",
        (
            "On Christmas Day 2023 we used 11.4 kWh of electricity, according to our smart meter.",
            "Going by our smart meter, our electricity use on Christmas Day 2023 was 11.4 kWh.",
            "We got through 11.4 kWh of electricity on Christmas Day 2023, our smart meter says.",
        ),
        (
            "Our smart meter showed we used 11.4 kWh of gas on Christmas Day 2023.",
            "Our smart meter showed we used 11.4 kWh of electricity on Boxing Day 2023.",
        ),
    ),
    Fact(
        "When I was thirteen I did a paper round in Rochdale for 8 pounds a week.",
        (
            "At thirteen I had a paper round in Rochdale that paid 8 pounds a week.",
            "My paper round in Rochdale, which I did when I was thirteen, paid 8 pounds a week.",
            "I was paid 8 pounds a week for the paper round I did in Rochdale aged thirteen.",
        ),
        (
            "When I was thirteen I did a milk round in Rochdale for 8 pounds a week.",
            "When I was thirteen I did a paper round in Rochdale for 12 pounds a week.",
        ),
    ),
    Fact(
        "My grandmother Vera left me her silver Parker fountain pen when she died in 2016.",
        (
            "When my grandmother Vera died in 2016, she left me her silver Parker fountain pen.",
            "I inherited my grandmother Vera's silver Parker fountain pen when she died in 2016.",
            "My gran Vera's silver Parker fountain pen was left to me when she died in 2016.",
        ),
        (
            "My grandad Len left me his silver Parker fountain pen when he died in 2016.",
            "My grandmother Vera left me her silver pocket watch when she died in 2016.",
        ),
    ),
    Fact(
        "I took my three kids to Thorpe Park during the October half-term in 2023.",
        (
            "In the October half-term of 2023, I took my three kids to Thorpe Park.",
            "Over October half-term 2023 I took my three children on a trip to Thorpe Park.",
            "My three kids were taken to Thorpe Park by me during the 2023 October half-term.",
        ),
        (
            "I took my three kids to Chessington during the October half-term in 2023.",
            "I took my three kids to Thorpe Park during the February half-term in 2023.",
        ),
    ),
    Fact(
        "I lost my passport in Rome in 2019 and got an emergency one from the British Embassy.",
        (
            "The British Embassy gave me an emergency passport after I lost mine in Rome in 2019.",
            "In 2019 I lost my passport in Rome, and the British Embassy issued an emergency one.",
            "I lost my passport in Rome in 2019, so the British Embassy gave me an emergency one.",
        ),
        (
            "I lost my passport in Rome in 2019 and got an emergency one from the Irish Embassy.",
            "I lost my passport in Rome in 2023 and got an emergency one from the UK embassy.",
        ),
    ),
    Fact(
        "I take a wheel-throwing pottery class with a teacher called Jonty in Totnes.",
        (
            "My wheel-throwing pottery class in Totnes is taught by a teacher called Jonty.",
            "I do a wheel-throwing pottery class in Totnes, and my teacher's name is Jonty.",
            "In Totnes I go to a wheel-throwing pottery class, which Jonty teaches.",
        ),
        (
            "My wife takes a wheel-throwing pottery class with a teacher called Jonty in Totnes.",
            "I used to take a wheel-throwing pottery class with a teacher called Jonty in Totnes.",
        ),
    ),
    Fact(
        "Our quiz team, Les Quizerables, won a 60-pound bar tab at the Swan in Ashby in March.",
        (
            "In March our quiz team Les Quizerables won a 60-pound bar tab at the Swan in Ashby.",
            "At the Swan in Ashby in March, my quiz team Les Quizerables won a 60-pound bar tab.",
            "A 60-pound bar tab is what we won as Les Quizerables at the Swan in Ashby in March.",
        ),
        (
            "Our quiz team, Les Quizerables, won a meat hamper at the Swan in Ashby in March.",
            "Our quiz team, Les Quizerables, won a 60-pound bar tab at the Swan in Ashby in May.",
        ),
    ),
    Fact(
        "I caught a 6-pound sea bass fishing off Chesil Beach in September 2022.",
        (
            "In September 2022 I landed a sea bass weighing 6 pounds off Chesil Beach.",
            "Fishing off Chesil Beach in September 2022, I caught a sea bass weighing 6 pounds.",
            "A 6-pound sea bass is what I caught fishing off Chesil Beach in September 2022.",
        ),
        (
            "My son caught a 6-pound sea bass fishing off Chesil Beach in September 2022.",
            "I caught a 9-pound sea bass fishing off Chesil Beach in September 2022.",
        ),
    ),
    Fact(
        "I made my 50th blood donation at Kidderminster Town Hall in June 2024.",
        (
            "My 50th blood donation was at Kidderminster Town Hall in June 2024.",
            "In June 2024 I gave blood for the 50th time, at Kidderminster Town Hall.",
            "I gave blood for the fiftieth time at Kidderminster Town Hall in June 2024.",
        ),
        (
            "I made my 50th platelet donation at Kidderminster Town Hall in June 2024.",
            "I'll make my 50th blood donation at Kidderminster Town Hall next June.",
        ),
    ),
    Fact(
        "I fell out with my neighbour Colin in 2021 over who should pay for a new fence.",
        (
            "In 2021 my neighbour Colin and I fell out over which of us should fund a new fence.",
            "My neighbour Colin and I had a falling-out in 2021 about who'd pay for a new fence.",
            "Who should pay for a new fence is what Colin next door and I fell out over in 2021.",
        ),
        (
            "I fell out with my neighbour Colin in 2021 over how high the new fence should be.",
            "My mum fell out with her neighbour Colin in 2021 over who'd pay for a new fence.",
        ),
    ),
)


# The fifty-second held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT51's failures were looked at. Measured unseen: 1.16 memories per fact, 1.6% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT51's study).
HELDOUT52 = (
    Fact(
        "I always sing Dancing Queen by ABBA at karaoke night in the Crown and Anchor.",
        (
            "At karaoke night in the Crown and Anchor, I always sing ABBA's Dancing Queen.",
            "My go-to song at the Crown and Anchor's karaoke night is Dancing Queen by ABBA.",
            "Whenever it's karaoke at the Crown and Anchor, I sing Dancing Queen by ABBA.",
        ),
        (
            "I always sing Waterloo by ABBA at karaoke night in the Crown and Anchor.",
            "My brother always sings Dancing Queen by ABBA at karaoke in the Crown and Anchor.",
        ),
    ),
    Fact(
        "I got my moped licence in Swindon in 2009.",
        (
            "I passed my moped licence in Swindon back in 2009.",
            "It was in Swindon in 2009 that I got my licence to ride a moped.",
            "My moped licence dates from 2009, when I got it in Swindon.",
        ),
        (
            "I got my full motorbike licence in Swindon in 2009.",
            "I'm planning to get my moped licence in Swindon this year.",
        ),
    ),
    Fact(
        "Thirty-two of us turned up to my mum's family reunion in Galway in August 2023.",
        (
            "My mum's side held a family reunion in Galway in August 2023, and 32 of us came.",
            "In August 2023, 32 of us got together for my mum's family reunion in Galway.",
            "There were 32 of us at my mother's family reunion in Galway in August 2023.",
        ),
        (
            "Thirty-two of us turned up to my mum's family reunion in Galway in August 2021.",
            "Fifty-two of us turned up to my mum's family reunion in Galway in August 2023.",
        ),
    ),
    Fact(
        "I did a 24-hour sponsored silence in 2018 and raised 350 pounds for Mind.",
        (
            "In 2018 I raised 350 pounds for Mind by doing a 24-hour sponsored silence.",
            "My 24-hour sponsored silence in 2018 raised 350 pounds for Mind.",
            "I raised 350 pounds for Mind in 2018 by keeping a sponsored silence for 24 hours.",
        ),
        (
            "I did a 24-hour sponsored silence in 2018 and raised 350 pounds for Oxfam.",
            "I'm doing a 24-hour sponsored silence next month to raise 350 pounds for Mind.",
        ),
    ),
    Fact(
        "My GP prescribed Eumovate cream for the eczema on my elbows.",
        (
            "For the eczema on my elbows, my GP prescribed me Eumovate cream.",
            "I've been prescribed Eumovate cream by my GP for the eczema on my elbows.",
            "Eumovate is the cream my GP prescribed for my elbow eczema.",
        ),
        (
            "My GP prescribed Eumovate cream for the eczema on my daughter's elbows.",
            "My GP prescribed Eumovate cream for the psoriasis on my elbows.",
        ),
    ),
    Fact(
        "I reversed into a lamppost on my third driving lesson in 2011.",
        (
            "On my third driving lesson in 2011, I backed into a lamppost.",
            "In 2011 I reversed into a lamppost during my third driving lesson.",
            "During my third driving lesson in 2011, I reversed the car into a lamppost.",
        ),
        (
            "I reversed into a bollard on my third driving lesson in 2011.",
            "I nearly reversed into a lamppost on my third driving lesson in 2011.",
        ),
    ),
    Fact(
        "My stamp collection has 1,200 stamps in it, all from Commonwealth countries.",
        (
            "I've got 1,200 stamps in my collection, every one from a Commonwealth country.",
            "There are 1,200 stamps in my collection and they're all from the Commonwealth.",
            "All 1,200 stamps I've collected come from Commonwealth countries.",
        ),
        (
            "My stamp collection has 2,100 stamps in it, all from Commonwealth countries.",
            "My coin collection has 1,200 coins in it, all from Commonwealth countries.",
        ),
    ),
    Fact(
        "After a night out in London, I get the N29 night bus home to Wood Green.",
        (
            "I take the N29 night bus home to Wood Green after nights out in London.",
            "The N29 night bus is how I get home to Wood Green after a night out in London.",
            "When I've been out in London, I catch the N29 night bus back to Wood Green.",
        ),
        (
            "After a night out in London, I get the N279 night bus home to Wood Green.",
            "After a night out in London, I get a taxi home to Wood Green.",
        ),
    ),
    Fact(
        "My younger sister Chloe emigrated to Wellington, New Zealand in March 2022.",
        (
            "In March 2022 my younger sister Chloe emigrated to Wellington in New Zealand.",
            "Chloe, my little sister, moved out to Wellington, New Zealand in March 2022.",
            "March 2022 was when my younger sister Chloe emigrated to Wellington, New Zealand.",
        ),
        (
            "My younger sister Chloe emigrated to Toronto, Canada in March 2022.",
            "My younger sister Chloe is thinking of emigrating to Wellington, New Zealand.",
        ),
    ),
    Fact(
        "I received a redundancy payout of 14,000 pounds from Santander in 2020.",
        (
            "Santander paid me 14,000 pounds in redundancy in 2020.",
            "In 2020 I got a 14,000-pound redundancy payout from Santander.",
            "My redundancy payout from Santander in 2020 came to 14,000 pounds.",
        ),
        (
            "I received a redundancy payout of 4,000 pounds from Santander in 2020.",
            "I turned down a redundancy payout of 14,000 pounds from Santander in 2020.",
        ),
    ),
    Fact(
        "I went wild camping on the summit of Cadair Idris in July 2021.",
        (
            "In July 2021 I wild camped on the summit of Cadair Idris.",
            "July 2021 was when I went wild camping up on the summit of Cadair Idris.",
            "Back in July 2021, I did a wild camp on top of Cadair Idris.",
        ),
        (
            "I went wild camping on the summit of Snowdon in July 2021.",
            "I went wild camping on the summit of Cadair Idris in January 2021.",
        ),
    ),
    Fact(
        "Fixing our leaking dishwasher in 2022 cost us 650 pounds.",
        (
            "In 2022 our dishwasher leaked, and the repair bill came to 650 pounds.",
            "The repair bill for our leaking dishwasher in 2022 was 650 pounds.",
            "We paid 650 pounds in 2022 to get our leaking dishwasher fixed.",
        ),
        (
            "Fixing our leaking washing machine in 2022 cost us 650 pounds.",
            "Fixing our leaking dishwasher in 2022 cost us 1,650 pounds.",
        ),
    ),
    Fact(
        "I've got a tortoiseshell-and-white guinea pig called Pickle.",
        (
            "My guinea pig, Pickle, is tortoiseshell and white.",
            "I have a guinea pig named Pickle who's tortoiseshell and white.",
            "Pickle, my guinea pig, has a tortoiseshell-and-white coat.",
        ),
        (
            "I've got a tortoiseshell-and-white rabbit called Pickle.",
            "I've got an all-black guinea pig called Pickle.",
        ),
    ),
    Fact(
        "At our 2023 work Christmas party, I won the Unsung Hero award.",
        (
            "I was given the Unsung Hero award at our work Christmas party in 2023.",
            "The Unsung Hero award at the 2023 office Christmas party went to me.",
            "I picked up the Unsung Hero award at our work Christmas do in 2023.",
        ),
        (
            "At our 2023 work Christmas party, I won the Rookie of the Year award.",
            "At our 2023 work Christmas party, I was nominated for the Unsung Hero award.",
        ),
    ),
    Fact(
        "My Brompton was stolen from the bike racks at Cambridge station in 2017.",
        (
            "Someone stole my Brompton from the bike racks at Cambridge station in 2017.",
            "In 2017 my Brompton got nicked from the bike racks at Cambridge station.",
            "I had my Brompton stolen from the Cambridge station bike racks in 2017.",
        ),
        (
            "My Brompton was stolen from the bike racks at Ely station in 2017.",
            "Someone tried to steal my Brompton from the bike racks at Cambridge station in 2017.",
        ),
    ),
    Fact(
        "I had to pay Norwich library 18 pounds after I lost their copy of Wolf Hall.",
        (
            "After I lost Norwich library's copy of Wolf Hall, they charged me 18 pounds.",
            "Losing Norwich library's copy of Wolf Hall cost me 18 pounds.",
            "I paid Norwich library 18 pounds because I'd lost their copy of Wolf Hall.",
        ),
        (
            "I had to pay Norwich library 18 pounds after I lost their copy of Atonement.",
            "I didn't have to pay Norwich library anything after I lost their copy of Wolf Hall.",
        ),
    ),
    Fact(
        "I organised the St Aidan's School class of 2010 reunion in Carlisle last summer.",
        (
            "Last summer I organised the reunion in Carlisle for St Aidan's class of 2010.",
            "The St Aidan's class of 2010 reunion in Carlisle last summer was organised by me.",
            "It was me who organised St Aidan's class of 2010 reunion in Carlisle last summer.",
        ),
        (
            "I organised the St Aidan's School class of 2011 reunion in Carlisle last summer.",
            "I went to the St Aidan's School class of 2010 reunion in Carlisle last summer.",
        ),
    ),
    Fact(
        "I had a tattoo of my ex's name lasered off my wrist at a clinic in Leeds in 2020.",
        (
            "In 2020 a clinic in Leeds lasered a tattoo of my ex's name off my wrist.",
            "The tattoo of my ex's name on my wrist was lasered off at a Leeds clinic in 2020.",
            "I got my ex's name tattoo lasered off my wrist in 2020, at a clinic in Leeds.",
        ),
        (
            "I had a tattoo of my ex's name lasered off my ankle at a clinic in Leeds in 2020.",
            "I'm booked in to get a tattoo of my ex's name lasered off my wrist in Leeds.",
        ),
    ),
    Fact(
        "I had my nose pierced at a tattoo studio in Camden in 2016.",
        (
            "In 2016 I got my nose pierced at a tattoo studio in Camden.",
            "My nose piercing was done in 2016 at a tattoo studio in Camden.",
            "Back in 2016, a tattoo studio in Camden pierced my nose.",
        ),
        (
            "I had my tongue pierced at a tattoo studio in Camden in 2016.",
            "My daughter had her nose pierced at a tattoo studio in Camden in 2016.",
        ),
    ),
    Fact(
        "On New Year's Day 2024 I swam in Loch Lomond when the water was just 5 degrees.",
        (
            "I swam in Loch Lomond on New Year's Day 2024, and the water was only 5 degrees.",
            "Loch Lomond was only 5 degrees when I swam in it on New Year's Day 2024.",
            "My New Year's Day swim in Loch Lomond in 2024 was in 5-degree water.",
        ),
        (
            "On New Year's Day 2024 I swam in Loch Lomond when the water was 11 degrees.",
            "On New Year's Day 2024 I swam in Loch Ness when the water was just 5 degrees.",
        ),
    ),
    Fact(
        "I got my 2022 jury summons for Manchester Crown Court deferred because of my wedding.",
        (
            "My 2022 jury summons to Manchester Crown Court was deferred due to my wedding.",
            "Because of my wedding, I had my 2022 Manchester Crown Court jury summons deferred.",
            "I had my 2022 Manchester Crown Court jury summons put back because of my wedding.",
        ),
        (
            "I was excused from my 2022 Manchester Crown Court jury summons due to my wedding.",
            "I got my 2022 jury summons for Liverpool Crown Court deferred because of my wedding.",
        ),
    ),
)


# The fifty-third held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT52's failures were looked at. Measured unseen: 1.22 memories per fact, 0% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT52's study).
HELDOUT53 = (
    Fact(
        "I steered a narrowboat through 21 locks on the Grand Union in Warwickshire.",
        (
            "I was at the tiller of a narrowboat for 21 Grand Union locks in Warwickshire.",
            "In Warwickshire I steered a narrowboat through 21 locks on the Grand Union.",
            "On the Grand Union in Warwickshire, I steered a narrowboat through 21 locks.",
        ),
        (
            "I steered a narrowboat through 21 locks on the Grand Union in Leicestershire.",
            "My dad steered a narrowboat through 21 locks on the Grand Union in Warwickshire.",
        ),
    ),
    Fact(
        "We held my nan Irene's 90th birthday party at Formby Cricket Club in June 2024.",
        (
            "My nan Irene's 90th birthday party was held at Formby Cricket Club in June 2024.",
            "In June 2024 we had my nan Irene's 90th birthday do at Formby Cricket Club.",
            "We threw Nan Irene a party for her 90th at Formby Cricket Club in June 2024.",
        ),
        (
            "We held my nan Irene's 90th birthday party at Formby Golf Club in June 2024.",
            "We held my grandad Wilf's 90th birthday party at Formby Cricket Club in June 2024.",
        ),
    ),
    Fact(
        "I got three penalty points for doing 47 in a 40 on the A30 near Okehampton in 2021.",
        (
            "In 2021 I got 3 points on my licence for 47 in a 40 on the A30 near Okehampton.",
            "Doing 47 in a 40 on the A30 near Okehampton got me three penalty points in 2021.",
            "I was given three points in 2021 for 47 mph in a 40 zone on the A30 by Okehampton.",
        ),
        (
            "I got three penalty points for doing 57 in a 40 on the A30 near Okehampton in 2021.",
            "I got no penalty points for doing 47 in a 40 on the A30 near Okehampton in 2021.",
        ),
    ),
    Fact(
        "I bought a Kala concert ukulele for 89 pounds in 2022.",
        (
            "In 2022 I paid 89 pounds for a Kala concert ukulele.",
            "My Kala concert ukulele cost me 89 pounds when I bought it in 2022.",
            "I picked up a Kala concert ukulele in 2022 for 89 quid.",
        ),
        (
            "I bought a Kala tenor ukulele for 89 pounds in 2022.",
            "I'm thinking of buying a Kala concert ukulele for 89 pounds.",
        ),
    ),
    Fact(
        "We used Pickfords to move house from Watford to Truro in September 2020.",
        (
            "Pickfords moved us from Watford to Truro in September 2020.",
            "In September 2020 we moved house from Watford to Truro using Pickfords.",
            "Our house move from Watford to Truro in September 2020 was done by Pickfords.",
        ),
        (
            "We used Pickfords to move house from Watford to Truro in September 2023.",
            "We used Pickfords to move house from Watford to Penzance in September 2020.",
        ),
    ),
    Fact(
        "I became godmother to my niece Isla at her christening in Beverley Minster in 2019.",
        (
            "At my niece Isla's christening in Beverley Minster in 2019, I became her godmother.",
            "I was made godmother to my niece Isla at her Beverley Minster christening in 2019.",
            "In 2019 my niece Isla was christened in Beverley Minster and I became her godmother.",
        ),
        (
            "I became godmother to my nephew Finn at his christening in Beverley Minster in 2019.",
            "I became godmother to my niece Isla at her christening in Beverley Minster in 2016.",
        ),
    ),
    Fact(
        "The rent on my first flat in Aberdeen was 425 pounds a month in 2009.",
        (
            "In 2009 I paid 425 pounds a month in rent for my first flat in Aberdeen.",
            "My first flat, in Aberdeen, cost me 425 pounds a month to rent back in 2009.",
            "Back in 2009, my first flat in Aberdeen was 425 pounds a month.",
        ),
        (
            "The rent on my first flat in Aberdeen was 525 pounds a month in 2009.",
            "The rent on my first flat in Dundee was 425 pounds a month in 2009.",
        ),
    ),
    Fact(
        "I do a three-hour shift at the Wrexham food bank every Thursday morning.",
        (
            "Every Thursday morning I do a three-hour shift at the Wrexham food bank.",
            "I volunteer at the Wrexham food bank for three hours on Thursday mornings.",
            "Thursday mornings are when I do my three-hour shift at Wrexham food bank.",
        ),
        (
            "I do a three-hour shift at the Wrexham food bank every Thursday evening.",
            "I used to do a three-hour shift at the Wrexham food bank every Thursday morning.",
        ),
    ),
    Fact(
        "I pay our cat sitter, Priya, 12 pounds a visit to feed Mochi when we're away.",
        (
            "Our cat sitter Priya charges me 12 pounds a visit to feed Mochi while we're away.",
            "When we're away, I pay Priya, our cat sitter, 12 pounds per visit to feed Mochi.",
            "It's 12 pounds a visit I pay Priya, our cat sitter, to feed Mochi when we're away.",
        ),
        (
            "I pay our cat sitter, Priya, 15 pounds a visit to feed Mochi when we're away.",
            "My sister pays her cat sitter Priya 12 pounds a visit to feed Mochi when she's away.",
        ),
    ),
    Fact(
        "My husband and I ran the Fox and Hounds pub in Rothbury from 2005 to 2012.",
        (
            "From 2005 to 2012 my husband and I ran the Fox and Hounds pub in Rothbury.",
            "My husband and I were landlords of the Fox and Hounds in Rothbury from 2005 to 2012.",
            "The Fox and Hounds pub in Rothbury was run by me and my husband from 2005 to 2012.",
        ),
        (
            "My husband and I worked at the Fox and Hounds pub in Rothbury from 2005 to 2012.",
            "My husband and I ran the Fox and Hounds pub in Rothbury from 2005 to 2018.",
        ),
    ),
    Fact(
        "We paid 6,200 pounds for a cedar barrel sauna for our garden in 2024.",
        (
            "In 2024 we bought a cedar barrel sauna for our garden for 6,200 pounds.",
            "The cedar barrel sauna we got for the garden in 2024 set us back 6,200 pounds.",
            "Our garden's cedar barrel sauna cost us 6,200 pounds in 2024.",
        ),
        (
            "We paid 6,200 pounds for a cedar hot tub for our garden in 2024.",
            "We paid 4,200 pounds for a cedar barrel sauna for our garden in 2024.",
        ),
    ),
    Fact(
        "I passed my RYA Level 2 dinghy sailing course at Grafham Water in 2022.",
        (
            "In 2022 I passed my RYA Level 2 dinghy sailing course at Grafham Water.",
            "I got my RYA dinghy sailing Level 2 on a course at Grafham Water in 2022.",
            "My RYA Level 2 dinghy sailing course at Grafham Water was passed in 2022.",
        ),
        (
            "I passed my RYA Level 3 dinghy sailing course at Grafham Water in 2022.",
            "I failed my RYA Level 2 dinghy sailing course at Grafham Water in 2022.",
        ),
    ),
    Fact(
        "My parkrun personal best is 22 minutes 10 seconds, set at Sefton Park.",
        (
            "I set my parkrun PB of 22 minutes 10 seconds at Sefton Park.",
            "At Sefton Park I ran my parkrun personal best of 22 minutes 10 seconds.",
            "My fastest parkrun is 22 minutes 10 seconds, which I did at Sefton Park.",
        ),
        (
            "My parkrun personal best is 22 minutes 10 seconds, set at Princes Park.",
            "My son's parkrun personal best is 22 minutes 10 seconds, set at Sefton Park.",
        ),
    ),
    Fact(
        "My company sent me on a six-month secondment to our Singapore office in 2018.",
        (
            "In 2018 I did a six-month secondment at my company's Singapore office.",
            "I was seconded to our Singapore office for six months by my company in 2018.",
            "My six-month work secondment to our Singapore office was in 2018.",
        ),
        (
            "My company sent me on a nine-month secondment to our Singapore office in 2018.",
            "My company sent me on a six-month secondment to our Hong Kong office in 2018.",
        ),
    ),
    Fact(
        "I've been making silver jewellery at an evening class in Stroud since 2021.",
        (
            "Since 2021 I've been making silver jewellery at an evening class in Stroud.",
            "I have gone to an evening class in Stroud to make silver jewellery since 2021.",
            "Making silver jewellery at a Stroud evening class is something I've done since 2021.",
        ),
        (
            "I've been making silver jewellery at a weekend class in Stroud since 2021.",
            "I stopped making silver jewellery at an evening class in Stroud in 2021.",
        ),
    ),
    Fact(
        "I went on Mastermind in 2017 with Thomas Hardy's novels as my specialist subject.",
        (
            "In 2017 I was on Mastermind, and my specialist subject was Thomas Hardy's novels.",
            "My specialist subject when I went on Mastermind in 2017 was Thomas Hardy's novels.",
            "The novels of Thomas Hardy were my specialist subject on Mastermind in 2017.",
        ),
        (
            "I went on Mastermind in 2017 with Thomas Hardy's poems as my specialist subject.",
            "I applied for Mastermind in 2017 with Thomas Hardy's novels as my chosen subject.",
        ),
    ),
    Fact(
        "I wore train-track braces on my teeth from the age of 13 to 15.",
        (
            "From the age of 13 until I was 15, I had train-track braces on my teeth.",
            "I had train-track braces on my teeth between the ages of 13 and 15.",
            "Between 13 and 15 years old, I wore train-track braces on my teeth.",
        ),
        (
            "I wore train-track braces on my teeth from the age of 13 to 17.",
            "My brother wore train-track braces on his teeth from the age of 13 to 15.",
        ),
    ),
    Fact(
        "My neighbour at number 41 opened my parcel of new trainers by mistake.",
        (
            "By mistake, my neighbour at number 41 opened my parcel of new trainers.",
            "My parcel of new trainers was opened by mistake by my neighbour at number 41.",
            "The neighbour at number 41 accidentally opened my parcel of new trainers.",
        ),
        (
            "My neighbour at number 41 opened my parcel of new jeans by mistake.",
            "I opened a parcel of new trainers meant for my neighbour at number 41 by mistake.",
        ),
    ),
    Fact(
        "I saw the northern lights in Tromso, Norway, in January 2020.",
        (
            "In January 2020 I saw the northern lights in Tromso in Norway.",
            "I got to see the aurora borealis in Tromso, Norway, in January 2020.",
            "Back in January 2020, I watched the northern lights in Tromso, Norway.",
        ),
        (
            "I saw the northern lights in Abisko, Sweden, in January 2020.",
            "I went to Tromso, Norway, in January 2020 but didn't see the northern lights.",
        ),
    ),
    Fact(
        "I found a Barbour wax jacket in a Sue Ryder shop in Ilkley for 12 pounds.",
        (
            "In a Sue Ryder shop in Ilkley I found a Barbour wax jacket for 12 pounds.",
            "I picked up a Barbour wax jacket for 12 quid at a Sue Ryder shop in Ilkley.",
            "My Barbour wax jacket was a 12-pound find in a Sue Ryder charity shop in Ilkley.",
        ),
        (
            "I found a Barbour wax jacket in a Sue Ryder shop in Ilkley for 22 pounds.",
            "My sister found a Barbour wax jacket in a Sue Ryder shop in Ilkley for 12 pounds.",
        ),
    ),
    Fact(
        "I've played the bagpipes in a pipe band in Stirling since 2016.",
        (
            "Since 2016 I've played the bagpipes in a pipe band in Stirling.",
            "I have been a piper in a Stirling pipe band since 2016.",
            "I've been playing bagpipes with a pipe band in Stirling since 2016.",
        ),
        (
            "I've played the drums in a pipe band in Stirling since 2016.",
            "I'd like to play the bagpipes in a pipe band in Stirling.",
        ),
    ),
)


# The fifty-fourth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT53's failures were looked at. Measured unseen: 1.16 memories per fact, 1.6% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT53's study).
HELDOUT54 = (
    Fact(
        "I'm ranked third in the men's singles ladder at Bury Table Tennis Club.",
        (
            "At Bury Table Tennis Club, I'm third on the men's singles ladder.",
            "My ranking on the men's singles ladder at Bury Table Tennis Club is third.",
            "I'm number three on the men's singles ladder at Bury Table Tennis Club.",
        ),
        (
            "I'm ranked thirteenth in the men's singles ladder at Bury Table Tennis Club.",
            "My brother is ranked third in the men's singles ladder at Bury Table Tennis Club.",
        ),
    ),
    Fact(
        "I've been lodging with my cousin Farah in Glasgow since September.",
        (
            "Since September I've been living as a lodger with my cousin Farah in Glasgow.",
            "My cousin Farah has had me lodging with her in Glasgow since September.",
            "I've lodged at my cousin Farah's place in Glasgow since September.",
        ),
        (
            "I'm moving in as a lodger with my cousin Farah in Glasgow in September.",
            "I've been lodging with my cousin Farah in Aberdeen since September.",
        ),
    ),
    Fact(
        "I cook my chicken curry from a recipe my aunt Rani wrote down for me in 2010.",
        (
            "The chicken curry I cook is from a recipe my aunt Rani wrote down for me in 2010.",
            "In 2010 my aunt Rani wrote down the recipe I use for my chicken curry.",
            "My chicken curry is made from a recipe that my aunt Rani wrote down for me in 2010.",
        ),
        (
            "I cook my lamb curry from a recipe my aunt Rani wrote down for me in 2010.",
            "I cook my chicken curry from a recipe my aunt Rani wrote down for me in 2016.",
        ),
    ),
    Fact(
        "We had a Stelrad column radiator fitted in our hallway for 360 pounds.",
        (
            "A Stelrad column radiator was fitted in our hallway for 360 pounds.",
            "It cost us 360 pounds to have a Stelrad column radiator fitted in our hallway.",
            "Our hallway got a Stelrad column radiator fitted, which cost us 360 pounds.",
        ),
        (
            "We had a Stelrad column radiator fitted in our bathroom for 360 pounds.",
            "We're getting a Stelrad column radiator fitted in our hallway for 360 pounds.",
        ),
    ),
    Fact(
        "I won the Year 11 chemistry prize at Hartcliffe School in 2009.",
        (
            "In 2009 I was awarded the Year 11 chemistry prize at Hartcliffe School.",
            "The Year 11 chemistry prize at Hartcliffe School went to me in 2009.",
            "I picked up Hartcliffe School's Year 11 chemistry prize in 2009.",
        ),
        (
            "I won the Year 11 physics prize at Hartcliffe School in 2009.",
            "I was runner-up for the Year 11 chemistry prize at Hartcliffe School in 2009.",
        ),
    ),
    Fact(
        "My Vauxhall Corsa failed its MOT in March 2024 on high exhaust emissions.",
        (
            "In March 2024 my Vauxhall Corsa failed its MOT due to high exhaust emissions.",
            "Excessive exhaust emissions made my Vauxhall Corsa fail its MOT in March 2024.",
            "My Vauxhall Corsa's MOT in March 2024 was a fail because of high exhaust emissions.",
        ),
        (
            "My Vauxhall Corsa failed its MOT in March 2024 because of a blown headlight bulb.",
            "My dad's Vauxhall Corsa failed its MOT in March 2024 on high exhaust emissions.",
        ),
    ),
    Fact(
        "I keep 31 orchids in my conservatory in Bromley.",
        (
            "There are 31 orchids of mine in my conservatory in Bromley.",
            "My conservatory in Bromley has 31 of my orchids in it.",
            "In my conservatory in Bromley I've got 31 orchids.",
        ),
        (
            "I keep 13 orchids in my conservatory in Bromley.",
            "I keep 31 cacti in my conservatory in Bromley.",
        ),
    ),
    Fact(
        "As a student I spent the summer of 2012 working at a campsite in Brittany, France.",
        (
            "In summer 2012, when I was a student, I worked at a campsite in Brittany, France.",
            "I had a summer job at a campsite in Brittany, France, in 2012 while I was a student.",
            "My student summer job in 2012 was at a campsite in Brittany, France.",
        ),
        (
            "As a student I spent the summer of 2012 working at a campsite in Galicia, Spain.",
            "As a student I spent the summer of 2014 working at a campsite in Brittany, France.",
        ),
    ),
    Fact(
        "I gave the best man's speech at my friend Tom's wedding in Bath in 2019.",
        (
            "At my friend Tom's wedding in Bath in 2019, I gave the best man's speech.",
            "The best man's speech at my friend Tom's 2019 wedding in Bath was given by me.",
            "In 2019 I did the best man speech when my friend Tom got married in Bath.",
        ),
        (
            "I gave the best man's speech at my friend Sam's wedding in Bath in 2019.",
            "I didn't give the best man's speech at my friend Tom's wedding in Bath in 2019.",
        ),
    ),
    Fact(
        "My library book club in Hexham is reading The Remains of the Day for November.",
        (
            "For November, my library book club in Hexham is reading The Remains of the Day.",
            "The Remains of the Day is my Hexham library book club's book for November.",
            "November's book at my library book club in Hexham is The Remains of the Day.",
        ),
        (
            "My library book club in Hexham is reading Klara and the Sun for November.",
            "My library book club in Hexham is reading The Remains of the Day for December.",
        ),
    ),
    Fact(
        "On a birding trip to Minsmere in May 2021 I saw a red-footed falcon.",
        (
            "I spotted a red-footed falcon on a bird watching trip to Minsmere in May 2021.",
            "In May 2021 I went birding at Minsmere and saw a red-footed falcon.",
            "I got to see a red-footed falcon when I went birding at Minsmere in May 2021.",
        ),
        (
            "On a birding trip to Minsmere in May 2021 I missed the red-footed falcon.",
            "On a birding trip to Minsmere in May 2021 I saw a red-necked phalarope.",
        ),
    ),
    Fact(
        "Meera is my tennis doubles partner at Chapel Allerton Lawn Tennis Club.",
        (
            "My doubles partner for tennis at Chapel Allerton Lawn Tennis Club is Meera.",
            "At Chapel Allerton Lawn Tennis Club, I play doubles with Meera as my partner.",
            "My tennis doubles partner at Chapel Allerton Lawn Tennis Club is called Meera.",
        ),
        (
            "Meera used to be my tennis doubles partner at Chapel Allerton Lawn Tennis Club.",
            "Meera is my husband's tennis doubles partner at Chapel Allerton Lawn Tennis Club.",
        ),
    ),
    Fact(
        "I cancelled my Anytime Fitness membership in Reading in February.",
        (
            "In February I cancelled my Anytime Fitness membership in Reading.",
            "My Anytime Fitness membership in Reading was cancelled by me in February.",
            "February was when I cancelled my Anytime Fitness membership in Reading.",
        ),
        (
            "I'm cancelling my Anytime Fitness membership in Reading in February.",
            "I froze my Anytime Fitness membership in Reading in February.",
        ),
    ),
    Fact(
        "I pay Vodafone 18 pounds a month for my SIM-only phone contract.",
        (
            "My SIM-only phone contract is with Vodafone and costs me 18 pounds a month.",
            "Every month I pay 18 pounds to Vodafone for my SIM-only phone contract.",
            "For 18 pounds a month I've got a SIM-only phone contract with Vodafone.",
        ),
        (
            "I pay Vodafone 28 pounds a month for my SIM-only phone contract.",
            "I pay EE 18 pounds a month for my SIM-only phone contract.",
        ),
    ),
    Fact(
        "The upstairs flat's leaking washing machine stained my kitchen ceiling in May 2023.",
        (
            "In May 2023 my kitchen ceiling was stained by a leaking washer in the flat upstairs.",
            "My kitchen ceiling got stained in May 2023 when the upstairs flat's washer leaked.",
            "A washing machine leaking in the flat above stained my kitchen ceiling in May 2023.",
        ),
        (
            "The upstairs flat's leaking washing machine stained my bedroom ceiling in May 2023.",
            "My leaking washing machine stained the kitchen ceiling downstairs in May 2023.",
        ),
    ),
    Fact(
        "On my gap year in 2015 I travelled through Vietnam, Cambodia and Laos.",
        (
            "I travelled through Vietnam, Cambodia and Laos on my gap year in 2015.",
            "Vietnam, Cambodia and Laos were where I travelled on my 2015 gap year.",
            "During my gap year in 2015, I went travelling through Vietnam, Cambodia and Laos.",
        ),
        (
            "On my gap year in 2015 I travelled through Vietnam, Cambodia and Thailand.",
            "On my gap year next year I'm going to travel through Vietnam, Cambodia and Laos.",
        ),
    ),
    Fact(
        "My hen do was a weekend in Dublin with eleven friends in March 2023.",
        (
            "In March 2023 I had my hen do in Dublin, a weekend away with eleven friends.",
            "Eleven friends and I spent a weekend in Dublin for my hen do in March 2023.",
            "My hen weekend in March 2023 was in Dublin, with eleven of my friends.",
        ),
        (
            "My sister's hen do was a weekend in Dublin with eleven friends in March 2023.",
            "My hen do was a weekend in Liverpool with eleven friends in March 2023.",
        ),
    ),
    Fact(
        "I'm seeing a physio called Niamh in Stockport for my sciatica.",
        (
            "For my sciatica I'm seeing a physio in Stockport called Niamh.",
            "My sciatica is being treated by a physio called Niamh in Stockport.",
            "I've got a Stockport physio called Niamh who I'm seeing for my sciatica.",
        ),
        (
            "I used to see a physio called Niamh in Stockport for my sciatica.",
            "I'm seeing a physio called Niamh in Stockport for my frozen shoulder.",
        ),
    ),
    Fact(
        "I made a patchwork quilt from my late dad's old shirts for my sister Hannah.",
        (
            "For my sister Hannah I made a patchwork quilt out of my late dad's old shirts.",
            "Out of my late dad's old shirts, I sewed a patchwork quilt for my sister Hannah.",
            "My sister Hannah has a patchwork quilt I made for her from my late dad's old shirts.",
        ),
        (
            "I'm making a patchwork quilt from my late dad's old shirts for my sister Hannah.",
            "I made a patchwork quilt from my late dad's old ties for my sister Hannah.",
        ),
    ),
    Fact(
        "My family tree showed my great-great-grandmother Ada was a hat maker in Luton.",
        (
            "Doing my family tree, I found my great-great-grandmother Ada was a Luton hat maker.",
            "My great-great-grandmother Ada was a hat maker in Luton, my family tree revealed.",
            "My family tree revealed that Ada, my great-great-grandmother, made hats in Luton.",
        ),
        (
            "My family tree showed my great-great-grandmother Ada was a lace maker in Luton.",
            "My family tree showed my great-grandmother Ada was a hat maker in Luton.",
        ),
    ),
    Fact(
        "My beagle Pip passed the Kennel Club Good Citizen bronze award in 2022.",
        (
            "In 2022, my beagle Pip passed the Kennel Club Good Citizen bronze award.",
            "The Kennel Club Good Citizen bronze award was passed by my beagle Pip in 2022.",
            "My beagle Pip got through the Kennel Club Good Citizen bronze award in 2022.",
        ),
        (
            "My beagle Pip passed the Kennel Club Good Citizen silver award in 2022.",
            "My beagle Pip failed the Kennel Club Good Citizen bronze award in 2022.",
        ),
    ),
)


# The fifty-fifth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT54's failures were looked at. Measured unseen: 1.13 memories per fact, 0% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT54's study).
HELDOUT55 = (
    Fact(
        "I restored a 1972 Honda CB750 motorbike in my shed over two winters.",
        (
            "Over two winters I restored a 1972 Honda CB750 motorbike in my shed.",
            "I spent two winters in my shed restoring a 1972 Honda CB750 motorbike.",
            "My shed is where I spent two winters restoring a 1972 Honda CB750 motorbike.",
        ),
        (
            "I'm planning to restore a 1972 Honda CB750 motorbike in my shed over two winters.",
            "I restored a 1978 Honda CB750 motorbike in my shed over two winters.",
        ),
    ),
    Fact(
        "I play left back for the Red Lion in a Sunday league in Swindon.",
        (
            "In a Sunday league in Swindon, I play left back for the Red Lion.",
            "My position for the Red Lion's Sunday league team in Swindon is left back.",
            "I'm the Red Lion's left back in a Swindon Sunday league.",
        ),
        (
            "I play right back for the Red Lion in a Sunday league in Swindon.",
            "My son plays left back for the Red Lion in a Sunday league in Swindon.",
        ),
    ),
    Fact(
        "I visit my grandad Frank at Elmwood care home in Bolton every Friday.",
        (
            "Every Friday I go and see my grandad Frank at Elmwood care home in Bolton.",
            "I pop in to see my grandad Frank at Elmwood care home in Bolton on Fridays.",
            "My grandad Frank gets a visit from me at Elmwood care home in Bolton every Friday.",
        ),
        (
            "I visit my grandad Frank at Elmwood care home in Bolton every Monday.",
            "My mum visits my grandad Frank at Elmwood care home in Bolton every Friday.",
        ),
    ),
    Fact(
        "We had quartz worktops fitted in our kitchen for 3,200 pounds.",
        (
            "We paid 3,200 pounds to get quartz worktops fitted in the kitchen.",
            "Quartz worktops were fitted in our kitchen at a cost of 3,200 pounds.",
            "Getting quartz worktops fitted in our kitchen cost us 3,200 pounds.",
        ),
        (
            "We had oak worktops fitted in our kitchen for 3,200 pounds.",
            "We've been quoted 3,200 pounds to have quartz worktops fitted in our kitchen.",
        ),
    ),
    Fact(
        "We took the kids to Kefalonia for our family holiday in 2019.",
        (
            "Our family holiday in 2019 was on Kefalonia with the kids.",
            "In 2019 we went to Kefalonia on a family holiday with the kids.",
            "Kefalonia was where we took the kids on our 2019 family holiday.",
        ),
        (
            "We took the kids to Kefalonia for our family holiday in 2021.",
            "We took the kids to Zakynthos for our family holiday in 2019.",
        ),
    ),
    Fact(
        "Our house rabbit, Nutmeg, is a Netherland Dwarf.",
        (
            "Nutmeg, our house rabbit, is a Netherland Dwarf.",
            "We've got a Netherland Dwarf called Nutmeg as a house rabbit.",
            "Our indoor rabbit Nutmeg is a Netherland Dwarf.",
        ),
        (
            "Our house rabbit, Nutmeg, is a Mini Lop.",
            "My sister's house rabbit, Nutmeg, is a Netherland Dwarf.",
        ),
    ),
    Fact(
        "Status Quo at Sheffield City Hall in 1988 was the first concert I ever went to.",
        (
            "In 1988 I went to my first ever concert: Status Quo at Sheffield City Hall.",
            "I'd never been to a concert before I saw Status Quo at Sheffield City Hall in 1988.",
            "Seeing Status Quo at Sheffield City Hall in 1988 was my first ever concert.",
        ),
        (
            "Status Quo at Sheffield City Hall in 1988 was the last concert I went to.",
            "My brother's first ever concert was Status Quo at Sheffield City Hall in 1988.",
        ),
    ),
    Fact(
        "I work four nights on, four nights off at a warehouse in Daventry.",
        (
            "My shift pattern at the warehouse in Daventry is four nights on, four nights off.",
            "At the Daventry warehouse where I work, I do four nights on then four nights off.",
            "I'm on a four-on, four-off night shift pattern at a warehouse in Daventry.",
        ),
        (
            "I work four days on, four days off at a warehouse in Daventry.",
            "I work three nights on, three nights off at a warehouse in Daventry.",
        ),
    ),
    Fact(
        "My friends threw me a surprise 30th birthday party on a narrowboat in Oxford.",
        (
            "For my 30th, my friends surprised me with a party on a narrowboat in Oxford.",
            "I was thrown a surprise 30th birthday party by my friends on a narrowboat in Oxford.",
            "My friends organised a surprise party for my 30th on a narrowboat in Oxford.",
        ),
        (
            "I threw my friend a surprise 30th birthday party on a narrowboat in Oxford.",
            "My friends threw me a surprise 30th birthday party at a pub in Oxford.",
        ),
    ),
    Fact(
        "I found my lost wedding ring at the bottom of the compost bin.",
        (
            "My wedding ring, which I'd lost, turned up at the bottom of the compost bin.",
            "At the bottom of the compost bin is where I found my lost wedding ring.",
            "I'd lost my wedding ring, and I found it at the bottom of the compost bin.",
        ),
        (
            "My husband found his lost wedding ring at the bottom of the compost bin.",
            "I found my lost engagement ring at the bottom of the compost bin.",
        ),
    ),
    Fact(
        "I was on the council waiting list for an allotment in Leamington for six years.",
        (
            "I spent six years on the council's allotment waiting list in Leamington.",
            "For six years I was on Leamington council's waiting list for an allotment.",
            "My name was on the council waiting list for a Leamington allotment for six years.",
        ),
        (
            "I've been on the council waiting list for an allotment in Leamington for six years.",
            "I was on the council waiting list for an allotment in Leamington for two years.",
        ),
    ),
    Fact(
        "I bought a Valley Etain sea kayak second-hand for 1,100 pounds.",
        (
            "I got a second-hand Valley Etain sea kayak for 1,100 pounds.",
            "For 1,100 pounds I picked up a second-hand Valley Etain sea kayak.",
            "I paid 1,100 pounds for a used Valley Etain sea kayak.",
        ),
        (
            "I sold my Valley Etain sea kayak second-hand for 1,100 pounds.",
            "I bought a P&H Cetus sea kayak second-hand for 1,100 pounds.",
        ),
    ),
    Fact(
        "I've been writing to my pen pal Yuki in Osaka since 1998.",
        (
            "Since 1998 I've been writing letters to Yuki, my pen pal in Osaka.",
            "Yuki in Osaka has been my pen pal since 1998.",
            "I've had Yuki in Osaka as a pen pal since 1998.",
        ),
        (
            "I've been writing to my pen pal Yuki in Osaka since 2008.",
            "I stopped writing to my pen pal Yuki in Osaka in 1998.",
        ),
    ),
    Fact(
        "I've collected over 600 vintage postcards of British seaside towns.",
        (
            "My collection of vintage postcards of British seaside towns is over 600 strong.",
            "I have more than 600 vintage postcards of British seaside towns in my collection.",
            "I've built up a collection of over 600 vintage postcards of British seaside towns.",
        ),
        (
            "I've collected over 60 vintage postcards of British seaside towns.",
            "My dad has collected over 600 vintage postcards of British seaside towns.",
        ),
    ),
    Fact(
        "I tore a ligament in my left knee skiing in Meribel in 2018.",
        (
            "Skiing in Meribel in 2018, I tore a ligament in my left knee.",
            "In 2018 I tore a ligament in my left knee while skiing at Meribel.",
            "A ligament in my left knee got torn when I was skiing in Meribel in 2018.",
        ),
        (
            "I tore a ligament in my right knee skiing in Meribel in 2018.",
            "I tore a ligament in my left knee skiing in Courchevel in 2018.",
        ),
    ),
    Fact(
        "My whippet Luna won a rosette in the puppy class at the Bath Dog Show in 2023.",
        (
            "At the 2023 Bath Dog Show, my whippet Luna won a rosette in the puppy class.",
            "Luna, my whippet, got a rosette in the puppy class at the Bath Dog Show in 2023.",
            "In the puppy class at the 2023 Bath Dog Show, a rosette was won by my whippet Luna.",
        ),
        (
            "My whippet Luna won a rosette in the open class at the Bath Dog Show in 2023.",
            "My whippet Luna didn't win a rosette in the puppy class at the 2023 Bath Dog Show.",
        ),
    ),
    Fact(
        "We had a Zappi electric car charger installed on our driveway in March 2024.",
        (
            "In March 2024 we got a Zappi electric car charger put in on our driveway.",
            "A Zappi electric car charger was installed on our driveway in March 2024.",
            "Our Zappi electric car charger went in on the driveway in March 2024.",
        ),
        (
            "We had a Pod Point electric car charger installed on our driveway in March 2024.",
            "Our neighbours had a Zappi electric car charger fitted on their drive in March 2024.",
        ),
    ),
    Fact(
        "We took a three-month mortgage holiday with Halifax in 2020.",
        (
            "In 2020 we took a three-month mortgage payment holiday with Halifax.",
            "Halifax gave us a three-month mortgage holiday in 2020.",
            "We had a three-month break from our Halifax mortgage payments in 2020.",
        ),
        (
            "We took a six-month mortgage holiday with Halifax in 2020.",
            "We were refused a three-month mortgage holiday by Halifax in 2020.",
        ),
    ),
    Fact(
        "Our team from the Plough won the tug of war at the Hambleden village fete in 2022.",
        (
            "At the Hambleden village fete in 2022, our team from the Plough won the tug of war.",
            "The 2022 Hambleden village fete tug of war was won by our team from the Plough.",
            "We won the 2022 Hambleden village fete tug of war with our team from the Plough.",
        ),
        (
            "Our team from the Plough lost the tug of war at the Hambleden village fete in 2022.",
            "Our team from the Plough won the relay race at the Hambleden village fete in 2022.",
        ),
    ),
    Fact(
        "I've been chair of the PTA at Brookfield Primary in Harpenden since 2021.",
        (
            "Since 2021 I've chaired the PTA at Brookfield Primary in Harpenden.",
            "I've been the PTA chair at Harpenden's Brookfield Primary since 2021.",
            "The PTA at Brookfield Primary in Harpenden has been chaired by me since 2021.",
        ),
        (
            "I've been secretary of the PTA at Brookfield Primary in Harpenden since 2021.",
            "I was chair of the PTA at Brookfield Primary in Harpenden until 2021.",
        ),
    ),
    Fact(
        "We took a boat trip out to Skomer to see the puffins last June.",
        (
            "Last June we went on a boat trip to Skomer to see the puffins.",
            "To see the puffins, we took a boat trip out to Skomer last June.",
            "We got a boat over to Skomer last June to see the puffins.",
        ),
        (
            "We took a boat trip out to Skomer to see the seals last June.",
            "We're taking a boat trip out to Skomer to see the puffins next June.",
        ),
    ),
)


# The fifty-sixth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT55's failures were looked at. Measured unseen: 1.13 memories per fact, 1.6% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT55's study).
HELDOUT56 = (
    Fact(
        "I paid 1,200 pounds for an electric pottery kiln in 2022.",
        (
            "My electric pottery kiln cost me 1,200 pounds in 2022.",
            "In 2022 I bought an electric kiln for my pottery, and it was 1,200 pounds.",
            "The electric pottery kiln I got in 2022 set me back 1,200 pounds.",
        ),
        (
            "I'm saving up 1,200 pounds to buy an electric pottery kiln.",
            "I paid 1,200 pounds for an electric pottery wheel in 2022.",
        ),
    ),
    Fact(
        "I bought a Prusa MK4 3D printer for 950 pounds last spring.",
        (
            "Last spring I got a Prusa MK4 3D printer for 950 pounds.",
            "My Prusa MK4 3D printer cost 950 pounds when I bought it last spring.",
            "The Prusa MK4 3D printer I bought last spring was 950 pounds.",
        ),
        (
            "My brother bought a Prusa MK4 3D printer for 950 pounds last spring.",
            "I bought a Prusa MK4 3D printer for 590 pounds last spring.",
        ),
    ),
    Fact(
        "I walked the West Highland Way in seven days in May 2023.",
        (
            "In May 2023 I did the West Highland Way on foot over seven days.",
            "It took me seven days to walk the West Highland Way in May 2023.",
            "My walk along the West Highland Way in May 2023 lasted seven days.",
        ),
        (
            "I walked the West Highland Way in five days in May 2023.",
            "I walked the Pennine Way in seven days in May 2023.",
        ),
    ),
    Fact(
        "My nephew Callum graduated in geology from Durham in 2024.",
        (
            "In 2024 my nephew Callum got his geology degree from Durham.",
            "Callum, my nephew, finished his geology degree at Durham in 2024.",
            "My nephew Callum's 2024 graduation from Durham was in geology.",
        ),
        (
            "My nephew Callum started a geology degree at Durham in 2024.",
            "My nephew Callum graduated in geography from Durham in 2024.",
        ),
    ),
    Fact(
        "Aviva paid me 4,300 pounds when my Corsa was written off in 2022.",
        (
            "My Corsa was written off in 2022 and Aviva paid out 4,300 pounds to me.",
            "When my Corsa was a write-off in 2022, I got 4,300 pounds from Aviva.",
            "In 2022 my Corsa was written off, and Aviva's payout to me was 4,300 pounds.",
        ),
        (
            "Aviva paid me 3,400 pounds when my Corsa was written off in 2022.",
            "Aviva paid my dad 4,300 pounds when his Corsa was written off in 2022.",
        ),
    ),
    Fact(
        "I earned my 1,500-metre swimming badge when I was nine.",
        (
            "When I was nine I got my 1,500-metre swimming badge.",
            "My 1,500-metre swimming badge was awarded to me at the age of nine.",
            "I was nine when I earned my swimming badge for 1,500 metres.",
        ),
        (
            "I earned my 1,500-metre swimming badge when I was twelve.",
            "My son earned his 1,500-metre swimming badge when he was nine.",
        ),
    ),
    Fact(
        "When I was 16 I worked weekends serving at Birds bakery in Derby.",
        (
            "I had a weekend job serving at Birds bakery in Derby when I was 16.",
            "At 16, I served customers at Birds, a bakery in Derby, at weekends.",
            "My weekend job at 16 was serving behind the counter at Birds bakery in Derby.",
        ),
        (
            "When I was 16 I applied for a weekend job serving at Birds bakery in Derby.",
            "When I was 16 I worked weekends serving at Birds bakery in Nottingham.",
        ),
    ),
    Fact(
        "I inherited a 180-year-old longcase clock from my great-uncle Walter.",
        (
            "My great-uncle Walter left me a longcase clock that's 180 years old.",
            "A 180-year-old longcase clock came to me from my great-uncle Walter.",
            "The longcase clock I inherited from my great-uncle Walter is 180 years old.",
        ),
        (
            "I inherited a 180-year-old oil painting from my great-uncle Walter.",
            "I inherited an 80-year-old longcase clock from my great-uncle Walter.",
        ),
    ),
    Fact(
        "We went two weeks without heating in Aberdeen when our boiler died at Christmas 2017.",
        (
            "When our boiler died at Christmas 2017, we had no heating in Aberdeen for two weeks.",
            "At Christmas 2017 our boiler in Aberdeen died and left us a fortnight without heat.",
            "Our boiler in Aberdeen died at Christmas 2017, so we had two weeks with no heating.",
        ),
        (
            "We went two days without heating in Aberdeen when our boiler died at Christmas 2017.",
            "We went two weeks without heating in Aberdeen when our boiler died at Easter 2017.",
        ),
    ),
    Fact(
        "I play the oboe in the Stockport Community Orchestra.",
        (
            "My instrument in the Stockport Community Orchestra is the oboe.",
            "I'm an oboe player in the Stockport Community Orchestra.",
            "The oboe is what I play in the Stockport Community Orchestra.",
        ),
        (
            "I play the clarinet in the Stockport Community Orchestra.",
            "I used to play the oboe in the Stockport Community Orchestra.",
        ),
    ),
    Fact(
        "I abseiled down the Spinnaker Tower in 2023 and raised 640 pounds for Macmillan.",
        (
            "In 2023 I raised 640 pounds for Macmillan by abseiling down the Spinnaker Tower.",
            "My abseil down the Spinnaker Tower in 2023 raised 640 pounds for Macmillan.",
            "I raised 640 pounds for Macmillan with an abseil down the Spinnaker Tower in 2023.",
        ),
        (
            "I abseiled down the Spinnaker Tower in 2023 and raised 640 pounds for Oxfam.",
            "My wife did the Spinnaker Tower abseil in 2023 and raised 640 pounds for Macmillan.",
        ),
    ),
    Fact(
        "My first mobile phone was a Nokia 3310 that I got in 2001.",
        (
            "I got my first mobile, a Nokia 3310, in 2001.",
            "A Nokia 3310 was my first ever mobile phone, and I got it in 2001.",
            "In 2001 I got my first mobile phone, which was a Nokia 3310.",
        ),
        (
            "My first mobile phone was a Motorola Razr that I got in 2001.",
            "My first mobile phone was a Nokia 3310 that I got in 2004.",
        ),
    ),
    Fact(
        "We rent a beach hut at Southwold for 1,100 pounds a season.",
        (
            "Our beach hut at Southwold costs us 1,100 pounds a season to rent.",
            "For 1,100 pounds a season we rent a beach hut in Southwold.",
            "The beach hut we rent at Southwold is 1,100 pounds per season.",
        ),
        (
            "We rent a beach hut at Southwold for 1,100 pounds a week.",
            "We used to rent a beach hut at Southwold for 1,100 pounds a season.",
        ),
    ),
    Fact(
        "I renewed my passport in March 2024 before a trip to Japan.",
        (
            "Before my trip to Japan, I renewed my passport in March 2024.",
            "In March 2024 I got my passport renewed ahead of a trip to Japan.",
            "My passport was renewed in March 2024, before a trip I took to Japan.",
        ),
        (
            "I renewed my passport in March 2024 before a trip to Canada.",
            "I renewed my son's passport in March 2024 before a trip to Japan.",
        ),
    ),
    Fact(
        "We adopted Rocco, a three-year-old Staffy, from Dogs Trust Leeds.",
        (
            "Our Staffy Rocco was three when we adopted him from Dogs Trust Leeds.",
            "We got Rocco, a three-year-old Staffordshire bull terrier, from Dogs Trust in Leeds.",
            "From Dogs Trust Leeds we adopted Rocco, a Staffy aged three.",
        ),
        (
            "We fostered Rocco, a three-year-old Staffy, from Dogs Trust Leeds.",
            "We adopted Rocco, a seven-year-old Staffy, from Dogs Trust Leeds.",
        ),
    ),
    Fact(
        "Harlow Builders did our loft conversion in 2020 for 42,000 pounds.",
        (
            "Our loft conversion was done by Harlow Builders in 2020 and cost 42,000 pounds.",
            "In 2020 we paid Harlow Builders 42,000 pounds to convert our loft.",
            "We had our loft converted by Harlow Builders in 2020, at a cost of 42,000 pounds.",
        ),
        (
            "Harlow Builders did our kitchen extension in 2020 for 42,000 pounds.",
            "Harlow Builders quoted us 42,000 pounds for a loft conversion in 2020.",
        ),
    ),
    Fact(
        "My 4.2-kilo onion won first prize at the Harrogate Autumn Show in 2023.",
        (
            "At the 2023 Harrogate Autumn Show, my onion weighing 4.2 kilos took first prize.",
            "First prize at the Harrogate Autumn Show in 2023 went to my 4.2-kilo onion.",
            "My onion, which weighed 4.2 kilos, came first at the 2023 Harrogate Autumn Show.",
        ),
        (
            "My 4.2-kilo onion came second at the Harrogate Autumn Show in 2023.",
            "My 4.2-kilo leek won first prize at the Harrogate Autumn Show in 2023.",
        ),
    ),
    Fact(
        "My ferry to work from Dunoon to Gourock takes 25 minutes.",
        (
            "It takes 25 minutes to get to work on the ferry from Dunoon to Gourock.",
            "The ferry I take to work, Dunoon to Gourock, is a 25-minute crossing.",
            "Getting to work on the Dunoon to Gourock ferry takes me 25 minutes.",
        ),
        (
            "My ferry to work from Dunoon to Gourock takes 40 minutes.",
            "My husband's ferry to work from Dunoon to Gourock takes 25 minutes.",
        ),
    ),
    Fact(
        "Dr Patel at Kingsway Dental took out my upper right molar in June 2024.",
        (
            "My upper right molar was extracted by Dr Patel at Kingsway Dental in June 2024.",
            "In June 2024 I had an upper right molar pulled by Dr Patel at Kingsway Dental.",
            "I had Dr Patel at Kingsway Dental remove my upper right molar in June 2024.",
        ),
        (
            "Dr Patel at Kingsway Dental took out my upper left molar in June 2024.",
            "Dr Patel at Kingsway Dental filled my upper right molar in June 2024.",
        ),
    ),
    Fact(
        "I found a Roman silver denarius while metal detecting near Malton in 2021.",
        (
            "In 2021 my metal detector turned up a Roman silver denarius near Malton.",
            "While metal detecting near Malton in 2021, I dug up a Roman silver denarius.",
            "A Roman silver denarius is what I found metal detecting near Malton in 2021.",
        ),
        (
            "I found a medieval silver penny while metal detecting near Malton in 2021.",
            "My friend found a Roman silver denarius while metal detecting near Malton in 2021.",
        ),
    ),
    Fact(
        "I went to the Christmas market in Cologne with my sister in December 2022.",
        (
            "In December 2022 my sister and I visited the Cologne Christmas market.",
            "My sister and I went to Cologne's Christmas market in December 2022.",
            "I visited the Christmas market in Cologne in December 2022, with my sister.",
        ),
        (
            "I went to the Christmas market in Strasbourg with my sister in December 2022.",
            "I went to the Christmas market in Cologne with my mum in December 2022.",
        ),
    ),
)


# The fifty-seventh held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT56's failures were looked at. Measured unseen: 1.22 memories per fact, 0% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT56's study).
HELDOUT57 = (
    Fact(
        "I open the batting for Sowerby Bridge Cricket Club's second eleven.",
        (
            "I'm one of the opening batters for Sowerby Bridge Cricket Club's second eleven.",
            "For Sowerby Bridge Cricket Club's second eleven, I open the batting.",
            "My batting position in Sowerby Bridge Cricket Club's second eleven is opener.",
        ),
        (
            "I bat at number six for Sowerby Bridge Cricket Club's second eleven.",
            "I open the batting for Sowerby Bridge Cricket Club's first eleven.",
        ),
    ),
    Fact(
        "My godfather Malcolm lives in Kirkcudbright.",
        (
            "Kirkcudbright is where my godfather Malcolm lives.",
            "My godfather, Malcolm, is based in Kirkcudbright.",
            "Malcolm, my godfather, has his home in Kirkcudbright.",
        ),
        (
            "My godfather Malcolm grew up in Kirkcudbright.",
            "My father-in-law Malcolm lives in Kirkcudbright.",
        ),
    ),
    Fact(
        "We paid off the mortgage on our house in Stockport in 2021.",
        (
            "The mortgage on our Stockport house was paid off in 2021.",
            "In 2021 we cleared the mortgage on our house in Stockport.",
            "We finished paying off our Stockport house's mortgage in 2021.",
        ),
        (
            "We're hoping to pay off the mortgage on our house in Stockport in 2031.",
            "My parents paid off the mortgage on their house in Stockport in 2021.",
        ),
    ),
    Fact(
        "We had a walk-in shower fitted in our en suite for 3,600 pounds.",
        (
            "Our en suite's walk-in shower cost us 3,600 pounds to have fitted.",
            "Having a walk-in shower put in our en suite cost 3,600 pounds.",
            "For 3,600 pounds, we got a walk-in shower installed in our en suite.",
        ),
        (
            "We had a roll-top bath fitted in our en suite for 3,600 pounds.",
            "We got a quote of 3,600 pounds for a walk-in shower in our en suite.",
        ),
    ),
    Fact(
        "I went on a school exchange trip to Hamburg in Germany when I was fifteen.",
        (
            "When I was fifteen, I went to Hamburg in Germany on a school exchange.",
            "At fifteen I did a school exchange in Hamburg, Germany.",
            "My school exchange trip at the age of fifteen was to Hamburg in Germany.",
        ),
        (
            "I went on a school exchange trip to Hamburg in Germany when I was seventeen.",
            "My son went on a school exchange trip to Hamburg in Germany when he was fifteen.",
        ),
    ),
    Fact(
        "Our blue budgie Sunny can say good morning.",
        (
            "Sunny, our blue budgie, knows how to say good morning.",
            "Our blue budgie, Sunny, is able to say good morning.",
            "Good morning is something our blue budgie Sunny can say.",
        ),
        (
            "Our blue budgie Sunny can say hello.",
            "Our blue budgie Sunny is learning to say good morning.",
        ),
    ),
    Fact(
        "I ran my first half marathon in Liverpool in 1 hour 58 minutes.",
        (
            "My first half marathon was in Liverpool, and I finished it in 1 hour 58 minutes.",
            "In Liverpool I ran my first ever half marathon, finishing in 1:58.",
            "I did 1 hour 58 minutes in my first half marathon, which was in Liverpool.",
        ),
        (
            "I ran my first half marathon in Liverpool in 2 hours 8 minutes.",
            "I ran my first half marathon in Newcastle in 1 hour 58 minutes.",
        ),
    ),
    Fact(
        "My colleague Bethan gives me a lift to our office in Wrexham every morning.",
        (
            "Every morning, Bethan from work gives me a lift into our office in Wrexham.",
            "I get a lift to our Wrexham office every morning from my colleague Bethan.",
            "My workmate Bethan drives me in to our office in Wrexham each morning.",
        ),
        (
            "I give my colleague Bethan a lift to our office in Wrexham every morning.",
            "My colleague Gethin gives me a lift to our office in Wrexham every morning.",
        ),
    ),
    Fact(
        "We bought a second-hand Auto-Trail motorhome in 2019.",
        (
            "In 2019 we bought a used Auto-Trail motorhome.",
            "Our second-hand Auto-Trail motorhome was bought in 2019.",
            "We got a secondhand motorhome, an Auto-Trail, in 2019.",
        ),
        (
            "We bought a second-hand Swift motorhome in 2019.",
            "We sold our second-hand Auto-Trail motorhome in 2019.",
        ),
    ),
    Fact(
        "I volunteer as a coastal rescue officer with the HM Coastguard team in St Ives.",
        (
            "I'm a volunteer coastal rescue officer on the St Ives HM Coastguard team.",
            "With the HM Coastguard team in St Ives, I volunteer as a coastal rescue officer.",
            "My volunteer role is coastal rescue officer for HM Coastguard in St Ives.",
        ),
        (
            "I'm applying to volunteer as a coastal rescue officer with HM Coastguard in St Ives.",
            "My brother volunteers as a coastal rescue officer with HM Coastguard in St Ives.",
        ),
    ),
    Fact(
        "An engineer fixed our Beko fridge freezer for 130 pounds in June.",
        (
            "Our Beko fridge freezer was repaired by an engineer for 130 pounds in June.",
            "In June it cost us 130 pounds to get an engineer to fix our Beko fridge freezer.",
            "Getting our Beko fridge freezer fixed by an engineer in June cost 130 pounds.",
        ),
        (
            "An engineer fixed our Beko fridge freezer for 310 pounds in June.",
            "An engineer fixed our Beko tumble dryer for 130 pounds in June.",
        ),
    ),
    Fact(
        "I visited the Hobbiton set from The Lord of the Rings in New Zealand in 2017.",
        (
            "In 2017 I visited the Lord of the Rings Hobbiton set in New Zealand.",
            "I went to see New Zealand's Hobbiton set from The Lord of the Rings in 2017.",
            "The Lord of the Rings Hobbiton set in New Zealand is where I went in 2017.",
        ),
        (
            "I visited the Hobbiton set from The Lord of the Rings in New Zealand in 2023.",
            "My parents visited the Lord of the Rings Hobbiton set in New Zealand in 2017.",
        ),
    ),
    Fact(
        "I had 32 lessons with my driving instructor Pauline.",
        (
            "My driving instructor Pauline gave me 32 lessons.",
            "I took 32 driving lessons with Pauline, my instructor.",
            "Pauline, my driving instructor, taught me for 32 lessons.",
        ),
        (
            "I had 23 lessons with my driving instructor Pauline.",
            "I've booked 32 lessons with my driving instructor Pauline.",
        ),
    ),
    Fact(
        "Every Friday my dad and I have lunch at the Black Bull in Middleham.",
        (
            "My dad and I have lunch at the Black Bull in Middleham every Friday.",
            "On Fridays, my dad and I go for lunch at the Black Bull in Middleham.",
            "Friday lunch at the Black Bull in Middleham is a weekly thing for my dad and me.",
        ),
        (
            "Every Sunday my dad and I have lunch at the Black Bull in Middleham.",
            "Every Friday my dad and I have lunch at the White Swan in Middleham.",
        ),
    ),
    Fact(
        "My husband surprised me by proposing at the top of Snowdon in 2015.",
        (
            "In 2015 my husband proposed to me at the top of Snowdon, completely by surprise.",
            "At the top of Snowdon in 2015, my husband took me by surprise and proposed.",
            "My husband popped the question on top of Snowdon in 2015, and I never saw it coming.",
        ),
        (
            "My husband surprised me by proposing at the top of Ben Nevis in 2015.",
            "I surprised my husband by proposing at the top of Snowdon in 2015.",
        ),
    ),
    Fact(
        "I do the Guardian quick crossword on my lunch break every day.",
        (
            "Every day on my lunch break I do the Guardian quick crossword.",
            "The Guardian quick crossword is what I do on my lunch break each day.",
            "I do the quick crossword in the Guardian daily during my lunch break.",
        ),
        (
            "I do the Guardian cryptic crossword on my lunch break every day.",
            "I used to do the Guardian quick crossword on my lunch break every day.",
        ),
    ),
    Fact(
        "I bought a De'Longhi bean-to-cup coffee machine in the 2024 Boxing Day sale.",
        (
            "In the 2024 Boxing Day sale I bought a De'Longhi bean-to-cup coffee machine.",
            "My De'Longhi bean-to-cup coffee machine was a 2024 Boxing Day sale purchase.",
            "I got a bean-to-cup coffee machine from De'Longhi in the Boxing Day sale in 2024.",
        ),
        (
            "I bought a Sage bean-to-cup coffee machine in the 2024 Boxing Day sale.",
            "My sister bought a De'Longhi bean-to-cup coffee machine in the 2024 Boxing Day sale.",
        ),
    ),
    Fact(
        "I bought a Panasonic bread maker from Argos in 2020.",
        (
            "In 2020 I bought a Panasonic bread maker from Argos.",
            "My Panasonic bread maker was bought from Argos in 2020.",
            "I got my bread maker, a Panasonic, from Argos in 2020.",
        ),
        (
            "I bought a Panasonic bread maker from Lakeland in 2020.",
            "I bought a Panasonic rice cooker from Argos in 2020.",
        ),
    ),
    Fact(
        "I had a typhoid jab at the Boots travel clinic in Exeter before my trip to India.",
        (
            "Before going to India, I got vaccinated for typhoid at Exeter's Boots travel clinic.",
            "The Boots travel clinic in Exeter gave me a typhoid jab before I went to India.",
            "I got my typhoid jab for my India trip at the Exeter Boots travel clinic.",
        ),
        (
            "I had a rabies jab at the Boots travel clinic in Exeter before my trip to India.",
            "I need a typhoid jab at the Boots travel clinic in Exeter before I visit India.",
        ),
    ),
    Fact(
        "We've got eleven koi in the pond in our back garden.",
        (
            "There are eleven koi in our back garden pond.",
            "Our back garden pond has eleven koi in it.",
            "Eleven koi live in the pond in our back garden.",
        ),
        (
            "We've got seventeen koi in the pond in our back garden.",
            "My neighbours have got eleven koi in the pond in their back garden.",
        ),
    ),
    Fact(
        "I spent four nights on Ward 7 at Musgrove Park Hospital with sepsis.",
        (
            "I was on Ward 7 at Musgrove Park Hospital for four nights with sepsis.",
            "Sepsis put me on Ward 7 at Musgrove Park Hospital for four nights.",
            "With sepsis, I spent four nights in Musgrove Park Hospital on Ward 7.",
        ),
        (
            "I spent eleven nights on Ward 7 at Musgrove Park Hospital with sepsis.",
            "I spent four nights on Ward 12 at Musgrove Park Hospital with sepsis.",
        ),
    ),
)


# The fifty-eighth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT57's failures were looked at. Measured unseen: 1.21 memories per fact, 1.6% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT57's study).
HELDOUT58 = (
    Fact(
        "I play goal defence for Kirkstall Netball Club.",
        (
            "At Kirkstall Netball Club my position is goal defence.",
            "My position at Kirkstall Netball Club is goal defence.",
            "I'm goal defence at Kirkstall Netball Club.",
        ),
        (
            "I play goal attack for Kirkstall Netball Club.",
            "My sister plays goal defence for Kirkstall Netball Club.",
        ),
    ),
    Fact(
        "I kept goal for Canterbury Hockey Club's men's seconds from 2015 to 2019.",
        (
            "From 2015 to 2019 I was goalkeeper for Canterbury Hockey Club's men's seconds.",
            "I was the goalie for the men's seconds at Canterbury Hockey Club from 2015 to 2019.",
            "Between 2015 and 2019, Canterbury Hockey Club's men's seconds had me in goal.",
        ),
        (
            "I've kept goal for Canterbury Hockey Club's men's seconds since 2019.",
            "I kept goal for Canterbury Hockey Club's men's firsts from 2015 to 2019.",
        ),
    ),
    Fact(
        "My aunt Brenda emigrated to Adelaide in 1987.",
        (
            "In 1987 my aunt Brenda emigrated to Adelaide.",
            "My aunt Brenda moved out to Adelaide for good in 1987.",
            "Adelaide is where my aunt Brenda emigrated to in 1987.",
        ),
        (
            "My uncle Keith emigrated to Adelaide in 1987.",
            "My aunt Brenda is thinking of emigrating to Adelaide.",
        ),
    ),
    Fact(
        "I paid off the last 3,200 pounds of my student loan in April 2021.",
        (
            "In April 2021 I cleared the final 3,200 pounds of my student loan.",
            "The last 3,200 pounds of my student loan got paid off in April 2021.",
            "I finished off my student loan in April 2021 by paying the last 3,200 pounds.",
        ),
        (
            "I still have 3,200 pounds of my student loan left to pay off.",
            "I paid off the last 3,200 pounds of my car loan in April 2021.",
        ),
    ),
    Fact(
        "Anglian fitted a double-glazed bay window in our lounge for 2,350 pounds in 2019.",
        (
            "In 2019 we paid Anglian 2,350 pounds to fit our lounge's double-glazed bay window.",
            "We had a double-glazed lounge bay window fitted by Anglian for 2,350 pounds in 2019.",
            "The double-glazed bay window Anglian fitted in our lounge in 2019 cost 2,350 pounds.",
        ),
        (
            "Anglian quoted us 2,350 pounds for a double-glazed bay window in our lounge in 2019.",
            "Anglian fitted a double-glazed bay window in our lounge for 3,150 pounds in 2019.",
        ),
    ),
    Fact(
        "I went on a school history trip to Krakow in 2006.",
        (
            "In 2006 I went to Krakow on a school history trip.",
            "Back in 2006 my school took me on a history trip to Krakow.",
            "Krakow was where I went on a school history trip in 2006.",
        ),
        (
            "I went on a school history trip to Krakow in 2009.",
            "My son went on a school history trip to Krakow in 2006.",
        ),
    ),
    Fact(
        "My leopard gecko Mango is seven years old.",
        (
            "Mango, my leopard gecko, is seven.",
            "My leopard gecko, Mango, is aged seven.",
            "I've got a seven-year-old leopard gecko called Mango.",
        ),
        (
            "My leopard gecko Mango is seven months old.",
            "My crested gecko Mango is seven years old.",
        ),
    ),
    Fact(
        "I did the 60-mile Manchester to Blackpool charity bike ride for The Christie in 2022.",
        (
            "In 2022 I cycled the 60 miles from Manchester to Blackpool for The Christie.",
            "I rode 60 miles from Manchester to Blackpool for The Christie in 2022.",
            "My 2022 charity ride for The Christie was 60 miles from Manchester to Blackpool.",
        ),
        (
            "I'm signed up for the 60-mile Manchester to Blackpool charity ride for The Christie.",
            "I did the 60-mile Manchester to Blackpool charity bike ride for Macmillan in 2022.",
        ),
    ),
    Fact(
        "I'm learning Portuguese at a Wednesday night class at Bath College.",
        (
            "On Wednesday nights I go to a Portuguese class at Bath College.",
            "My Portuguese night class at Bath College is on Wednesdays.",
            "I'm taking Portuguese at Bath College in a night class every Wednesday.",
        ),
        (
            "I'm learning Portuguese at a Wednesday night class at Weston College.",
            "I used to learn Portuguese at a Wednesday night class at Bath College.",
        ),
    ),
    Fact(
        "I bought a second-hand Pearl drum kit for 280 pounds on Facebook Marketplace.",
        (
            "I picked up a used Pearl drum kit on Facebook Marketplace for 280 pounds.",
            "My Pearl drum kit was second-hand and cost me 280 pounds off Facebook Marketplace.",
            "For 280 pounds, I got a second-hand Pearl drum kit through Facebook Marketplace.",
        ),
        (
            "I sold my second-hand Pearl drum kit for 280 pounds on Facebook Marketplace.",
            "I bought a second-hand Pearl drum kit for 280 pounds on eBay.",
        ),
    ),
    Fact(
        "I volunteer on the reception desk at St Wilfrid's Hospice every Friday morning.",
        (
            "Every Friday morning I volunteer on reception at St Wilfrid's Hospice.",
            "On Friday mornings I'm a volunteer receptionist at St Wilfrid's Hospice.",
            "On Friday mornings I volunteer at St Wilfrid's Hospice, on the reception desk.",
        ),
        (
            "I volunteer on the reception desk at St Wilfrid's Hospice every Friday evening.",
            "I work on the reception desk at St Wilfrid's Hospice every Friday morning.",
        ),
    ),
    Fact(
        "A pipe burst under our kitchen sink in December 2022.",
        (
            "In December 2022 a pipe burst under our kitchen sink.",
            "We had a burst pipe under the kitchen sink in December 2022.",
            "December 2022 was when a pipe under our kitchen sink burst.",
        ),
        (
            "A pipe burst under our bathroom sink in December 2022.",
            "A pipe started dripping under our kitchen sink in December 2022.",
        ),
    ),
    Fact(
        "I watched Newcastle beat Arsenal 1-0 at St James' Park in November 2023.",
        (
            "In November 2023 I was at St James' Park to see Newcastle beat Arsenal 1-0.",
            "I saw Newcastle's 1-0 win over Arsenal at St James' Park in November 2023.",
            "I was at St James' Park when Newcastle beat Arsenal 1-0 in November 2023.",
        ),
        (
            "I watched Newcastle beat Arsenal 1-0 on TV in November 2023.",
            "I watched Newcastle beat Arsenal 4-1 at St James' Park in November 2023.",
        ),
    ),
    Fact(
        "I passed a Level 3 paediatric first aid course with the Red Cross in 2022.",
        (
            "In 2022 I passed a Red Cross paediatric first aid course at Level 3.",
            "Back in 2022 I did the Red Cross's Level 3 paediatric first aid course and passed.",
            "My Level 3 paediatric first aid course with the Red Cross was one I passed in 2022.",
        ),
        (
            "I failed a Level 3 paediatric first aid course with the Red Cross in 2022.",
            "I passed a Level 2 paediatric first aid course with the Red Cross in 2022.",
        ),
    ),
    Fact(
        "Every Saturday we get a takeaway pizza from Luigi's on Mill Road.",
        (
            "We order a takeaway pizza from Luigi's on Mill Road every Saturday.",
            "Our Saturday takeaway is always a pizza from Luigi's on Mill Road.",
            "Pizza from Luigi's on Mill Road is our takeaway every Saturday.",
        ),
        (
            "Every Saturday we get a takeaway pizza from Marco's on Mill Road.",
            "Every Saturday my neighbours get a takeaway pizza from Luigi's on Mill Road.",
        ),
    ),
    Fact(
        "My fiance bought my sapphire engagement ring from Beaverbrooks in Chester.",
        (
            "My sapphire engagement ring was bought by my fiance from Beaverbrooks in Chester.",
            "My fiance got my engagement ring, a sapphire, from Beaverbrooks in Chester.",
            "It was Beaverbrooks in Chester where my fiance bought my sapphire engagement ring.",
        ),
        (
            "My fiance bought my emerald engagement ring from Beaverbrooks in Chester.",
            "My fiance had my sapphire engagement ring resized at Beaverbrooks in Chester.",
        ),
    ),
    Fact(
        "I've done 64 thousand-piece jigsaws since January 2020.",
        (
            "Since January 2020 I've completed 64 thousand-piece jigsaws.",
            "I've finished 64 jigsaws of a thousand pieces each since January 2020.",
            "Since January 2020, the number of thousand-piece jigsaws I've done is 64.",
        ),
        (
            "I've done 64 five-hundred-piece jigsaws since January 2020.",
            "I've bought 64 thousand-piece jigsaws since January 2020.",
        ),
    ),
    Fact(
        "In March 2024 I replaced our leaky kettle with a Bosch one.",
        (
            "I swapped our leaking kettle for a Bosch kettle in March 2024.",
            "March 2024 is when I replaced our leaky kettle with a Bosch.",
            "The Bosch kettle I bought in March 2024 replaced our leaky old one.",
        ),
        (
            "In March 2024 I replaced our leaky kettle with a Breville one.",
            "I'm going to replace our leaky kettle with a Bosch one.",
        ),
    ),
    Fact(
        "I had a tetanus jab at my Luton GP after a rusty nail went through my shoe in 2021.",
        (
            "My Luton GP gave me a tetanus jab in 2021 after a rusty nail went through my shoe.",
            "After a rusty nail pierced my shoe in 2021, I got a tetanus jab at my Luton GP.",
            "In 2021 a rusty nail went through my shoe, so I had a tetanus jab at my Luton GP.",
        ),
        (
            "I had a tetanus jab at my Luton GP after a dog bite in 2021.",
            "My Luton GP said I didn't need a tetanus jab after a rusty nail in 2021.",
        ),
    ),
    Fact(
        "Goldfinches and long-tailed tits come to the bird feeder on my apple tree.",
        (
            "My bird feeder on the apple tree gets visits from goldfinches and long-tailed tits.",
            "The bird feeder on my apple tree is visited by goldfinches and long-tailed tits.",
            "I get goldfinches and long-tailed tits coming to the bird feeder on my apple tree.",
        ),
        (
            "Goldfinches and blue tits come to the bird feeder on my apple tree.",
            "Goldfinches and long-tailed tits come to the feeder on my neighbour's apple tree.",
        ),
    ),
    Fact(
        "I broke my left leg in 2016 and had it in a cast for eight weeks.",
        (
            "In 2016 I broke my left leg and spent eight weeks in a cast.",
            "My left leg was broken in 2016, and it was in plaster for eight weeks.",
            "I had my left leg in a cast for eight weeks after breaking it in 2016.",
        ),
        (
            "I broke my left leg in 2016 and had it in a cast for six weeks.",
            "I broke my left arm in 2016 and had it in a cast for eight weeks.",
        ),
    ),
)


# The fifty-ninth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT58's failures were looked at. Measured unseen: 1.11 memories per fact, 3.2% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT58's study).
HELDOUT59 = (
    Fact(
        "I won the Millbrook Bowls Club singles trophy in August 2023.",
        (
            "In August 2023 I won the singles trophy at Millbrook Bowls Club.",
            "The Millbrook Bowls Club singles trophy was won by me in August 2023.",
            "August 2023 was when I took the singles trophy at Millbrook Bowls Club.",
        ),
        (
            "I won the Millbrook Bowls Club pairs trophy in August 2023.",
            "My husband won the Millbrook Bowls Club singles trophy in August 2023.",
        ),
    ),
    Fact(
        "My stepmother Carol breeds Border canaries as a hobby.",
        (
            "Breeding Border canaries is my stepmother Carol's hobby.",
            "My stepmum, Carol, breeds Border canaries for a hobby.",
            "Carol, my stepmother, has a hobby of breeding Border canaries.",
        ),
        (
            "My stepmother Carol used to breed Border canaries as a hobby.",
            "My stepmother Carol breeds Border terriers as a hobby.",
        ),
    ),
    Fact(
        "I opened a personal pension with Aviva in February 2022.",
        (
            "In February 2022 I opened a personal pension with Aviva.",
            "My personal pension with Aviva was opened in February 2022.",
            "I started a personal pension with Aviva back in February 2022.",
        ),
        (
            "I opened a personal pension with Aviva in February 2012.",
            "I opened a personal pension with Scottish Widows in February 2022.",
        ),
    ),
    Fact(
        "We had a conservatory built on the back of our house for 18,000 pounds.",
        (
            "Our conservatory on the back of the house cost us 18,000 pounds to build.",
            "We paid 18,000 pounds to have a conservatory put on the back of our house.",
            "Building the conservatory at the back of our house cost us 18,000 pounds.",
        ),
        (
            "We got a quote of 18,000 pounds to build a conservatory on the back of our house.",
            "My parents had a conservatory built on the back of their house for 18,000 pounds.",
        ),
    ),
    Fact(
        "I got a first for my dissertation on Victorian workhouses at Leeds University.",
        (
            "My dissertation on Victorian workhouses at Leeds University was awarded a first.",
            "At Leeds University my dissertation on Victorian workhouses got a first.",
            "I was given a first for my Leeds University dissertation about Victorian workhouses.",
        ),
        (
            "I got a 2:1 for my dissertation on Victorian workhouses at Leeds University.",
            "My sister got a first for her Leeds University dissertation on Victorian workhouses.",
        ),
    ),
    Fact(
        "My axolotl Mochi is four years old.",
        (
            "I've got an axolotl called Mochi who's four.",
            "Mochi, my pet axolotl, is aged four.",
            "My axolotl's name is Mochi and it's four years old.",
        ),
        (
            "My axolotl Mochi is fourteen months old.",
            "My goldfish Mochi is four years old.",
        ),
    ),
    Fact(
        "I finished the Clumber Park duathlon in 1 hour 52 minutes.",
        (
            "My finish time at the Clumber Park duathlon was 1 hour 52 minutes.",
            "It took me one hour and 52 minutes to finish the Clumber Park duathlon.",
            "At the Clumber Park duathlon I crossed the finish line in 1 hour 52 minutes.",
        ),
        (
            "I'm aiming to finish the Clumber Park duathlon in 1 hour 52 minutes.",
            "I finished the Clumber Park triathlon in 1 hour 52 minutes.",
        ),
    ),
    Fact(
        "I go to an upholstery evening class in Ludlow.",
        (
            "I attend an evening class in upholstery in Ludlow.",
            "My upholstery evening class is in Ludlow.",
            "In Ludlow I do an evening class in upholstery.",
        ),
        (
            "I go to an upholstery evening class in Leominster.",
            "I used to go to an upholstery evening class in Ludlow.",
        ),
    ),
    Fact(
        "I bought a secondhand Honda lawnmower for 85 pounds.",
        (
            "I paid 85 pounds for a secondhand Honda lawnmower.",
            "My secondhand Honda lawnmower cost me 85 pounds.",
            "For 85 pounds I picked up a used Honda lawnmower.",
        ),
        (
            "I bought a secondhand Honda lawnmower for 185 pounds.",
            "I sold a secondhand Honda lawnmower for 85 pounds.",
        ),
    ),
    Fact(
        "I volunteer as a reading helper at Oakfield Primary School on Tuesday mornings.",
        (
            "On Tuesday mornings I volunteer as a reading helper at Oakfield Primary School.",
            "I'm a volunteer reading helper at Oakfield Primary School on Tuesday mornings.",
            "Every Tuesday morning I help out as a volunteer reading helper at Oakfield Primary.",
        ),
        (
            "I volunteer as a reading helper at Oakfield Primary School on Thursday mornings.",
            "I've applied to volunteer as a reading helper at Oakfield Primary School.",
        ),
    ),
    Fact(
        "We had a nine-hour power cut at our house on 3 February 2024.",
        (
            "On 3 February 2024 our house had a power cut that lasted nine hours.",
            "Our house was without power for nine hours on 3 February 2024.",
            "The power was off at our place for nine hours on 3 February 2024.",
        ),
        (
            "We had a nine-hour power cut at our house on 3 February 2023.",
            "My parents had a nine-hour power cut at their house on 3 February 2024.",
        ),
    ),
    Fact(
        "I visited Ely Cathedral in Cambridgeshire with my mum in April 2024.",
        (
            "In April 2024 my mum and I visited Ely Cathedral in Cambridgeshire.",
            "My mum and I went to see Ely Cathedral in Cambridgeshire in April 2024.",
            "Ely Cathedral in Cambridgeshire is where I went with my mum in April 2024.",
        ),
        (
            "I visited Ely Cathedral in Cambridgeshire with my dad in April 2024.",
            "I visited Lincoln Cathedral in Lincolnshire with my mum in April 2024.",
        ),
    ),
    Fact(
        "I did a three-day Italian cookery course with chef Luca Bellini in Bath.",
        (
            "In Bath I did a three-day Italian cookery course with the chef Luca Bellini.",
            "Chef Luca Bellini taught me on a three-day Italian cookery course in Bath.",
            "My three-day Italian cookery course in Bath was run by chef Luca Bellini.",
        ),
        (
            "I did a three-day French cookery course with chef Luca Bellini in Bath.",
            "I've booked a three-day Italian cookery course with chef Luca Bellini in Bath.",
        ),
    ),
    Fact(
        "I always order haddock and mushy peas at the Codfather chippy in Whitby.",
        (
            "At the Codfather chippy in Whitby I always get haddock and mushy peas.",
            "My order at the Codfather chippy in Whitby is always haddock and mushy peas.",
            "Haddock and mushy peas is what I always order at Whitby's Codfather chippy.",
        ),
        (
            "I never order haddock and mushy peas at the Codfather chippy in Whitby.",
            "I always order cod and mushy peas at the Codfather chippy in Whitby.",
        ),
    ),
    Fact(
        "We had 120 guests at our wedding at Pencoed House near Cardiff.",
        (
            "Our wedding at Pencoed House near Cardiff had 120 guests.",
            "There were 120 guests at our wedding at Pencoed House near Cardiff.",
            "We got married at Pencoed House near Cardiff in front of 120 guests.",
        ),
        (
            "We had 200 guests at our wedding at Pencoed House near Cardiff.",
            "We're having 120 guests at our wedding at Pencoed House near Cardiff.",
        ),
    ),
    Fact(
        "My current Wordle streak is 312 days.",
        (
            "I'm on a 312-day Wordle streak right now.",
            "I've got a Wordle streak of 312 days going at the moment.",
            "Right now my streak on Wordle stands at 312 days.",
        ),
        (
            "My longest ever Wordle streak was 312 days.",
            "My current Wordle streak is 31 days.",
        ),
    ),
    Fact(
        "I bought a Hotpoint tumble dryer from Argos in October 2023.",
        (
            "In October 2023 I bought a Hotpoint tumble dryer from Argos.",
            "My Hotpoint tumble dryer was bought from Argos in October 2023.",
            "I got my Hotpoint tumble dryer from Argos in October 2023.",
        ),
        (
            "I bought a Hotpoint dishwasher from Argos in October 2023.",
            "I returned a Hotpoint tumble dryer to Argos in October 2023.",
        ),
    ),
    Fact(
        "My latest eye test gave me a prescription of minus 1.75 in both eyes.",
        (
            "My prescription from my latest eye test is minus 1.75 in both eyes.",
            "At my latest eye test I was prescribed minus 1.75 for both eyes.",
            "Both my eyes came out at minus 1.75 at my latest eye test.",
        ),
        (
            "My latest eye test gave me a prescription of plus 1.75 in both eyes.",
            "My daughter's latest eye test gave her a prescription of minus 1.75 in both eyes.",
        ),
    ),
    Fact(
        "I put a hedgehog house under the laurel hedge in my back garden in 2022.",
        (
            "In 2022 I put a hedgehog house under the laurel hedge in my back garden.",
            "I placed a hedgehog house beneath the laurel hedge in my back garden in 2022.",
            "It was 2022 when I put a hedgehog house under the laurel hedge in my back garden.",
        ),
        (
            "I put a hedgehog house under the laurel hedge in my front garden in 2022.",
            "My neighbour put a hedgehog house under the laurel hedge in her back garden in 2022.",
        ),
    ),
    Fact(
        "I fixed two bat boxes to the big oak at the bottom of our garden.",
        (
            "I put up two bat boxes on the big oak at the bottom of our garden.",
            "On the big oak at the bottom of our garden I've fixed two bat boxes.",
            "The two bat boxes on the big oak at the bottom of our garden were put up by me.",
        ),
        (
            "I fixed four bat boxes to the big oak at the bottom of our garden.",
            "I fixed two bird boxes to the big oak at the bottom of our garden.",
        ),
    ),
    Fact(
        "I visited my nan every evening while she was in Weston General Hospital in 2023.",
        (
            "While my nan was in Weston General Hospital in 2023, I visited her every evening.",
            "In 2023 I went to see my nan every evening when she was in Weston General Hospital.",
            "My nan was in Weston General Hospital in 2023 and I visited her every evening.",
        ),
        (
            "I visited my nan every weekend while she was in Weston General Hospital in 2023.",
            "I visited my grandad every evening while he was in Weston General Hospital in 2023.",
        ),
    ),
)


# The sixtieth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT59's failures were looked at. Measured unseen: 1.24 memories per fact, 0% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT59's study).
HELDOUT60 = (
    Fact(
        "I paddle in seat 6 of the Nottingham Dragons dragon boat crew.",
        (
            "My seat in the Nottingham Dragons dragon boat crew is number 6.",
            "In the Nottingham Dragons dragon boat crew, I'm the paddler in seat 6.",
            "Seat 6 is where I paddle in the Nottingham Dragons dragon boat crew.",
        ),
        (
            "I paddle in seat 2 of the Nottingham Dragons dragon boat crew.",
            "My brother paddles in seat 6 of the Nottingham Dragons dragon boat crew.",
        ),
    ),
    Fact(
        "My granddaughter Isla was born at Airedale Hospital weighing 6 lb 11 oz.",
        (
            "Isla, my granddaughter, was born at Airedale Hospital and weighed 6 lb 11 oz.",
            "Born at Airedale Hospital, my granddaughter Isla weighed 6 lb 11 oz.",
            "My granddaughter Isla came into the world at Airedale Hospital at 6 lb 11 oz.",
        ),
        (
            "My granddaughter Isla was born at Airedale Hospital weighing 8 lb 2 oz.",
            "My great-niece Isla was born at Airedale Hospital weighing 6 lb 11 oz.",
        ),
    ),
    Fact(
        "I won 1,000 pounds on my Premium Bonds in October 2024.",
        (
            "My Premium Bonds paid out a 1,000-pound prize to me in October 2024.",
            "In October 2024 I won a thousand pounds on my Premium Bonds.",
            "A 1,000-pound Premium Bonds prize came my way in October 2024.",
        ),
        (
            "I won 25 pounds on my Premium Bonds in October 2024.",
            "My wife won 1,000 pounds on her Premium Bonds in October 2024.",
        ),
    ),
    Fact(
        "A builder called Gary Hollis rebuilt our collapsed garden wall in 2023.",
        (
            "Our collapsed garden wall was rebuilt in 2023 by a builder called Gary Hollis.",
            "In 2023 we had Gary Hollis, a builder, rebuild our garden wall after it collapsed.",
            "Gary Hollis is the builder who rebuilt our collapsed garden wall in 2023.",
        ),
        (
            "A builder called Gary Hollis rebuilt our collapsed garage in 2023.",
            "I rebuilt our collapsed garden wall myself in 2023.",
        ),
    ),
    Fact(
        "Mr Abbott, my Year 4 teacher at Greenfield Primary, taught our class to juggle.",
        (
            "At Greenfield Primary, my Year 4 teacher Mr Abbott taught our class how to juggle.",
            "We learned to juggle from Mr Abbott, my Year 4 teacher at Greenfield Primary.",
            "My Year 4 teacher at Greenfield Primary, Mr Abbott, taught our class to juggle.",
        ),
        (
            "Mr Abbott, my Year 4 teacher at Greenfield Primary, taught our class to knit.",
            "Mr Abbott, my son's Year 4 teacher at Greenfield Primary, taught them to juggle.",
        ),
    ),
    Fact(
        "I bought my crested gecko Pickle from Scales and Tails in Norwich in 2022.",
        (
            "My crested gecko, Pickle, came from Scales and Tails in Norwich in 2022.",
            "In 2022 I got Pickle, my crested gecko, from the Scales and Tails shop in Norwich.",
            "Pickle, my crested gecko, was bought from Scales and Tails in Norwich in 2022.",
        ),
        (
            "I bought my crested gecko Pickle from a breeder in Norwich in 2022.",
            "I bought my royal python Pickle from Scales and Tails in Norwich in 2022.",
        ),
    ),
    Fact(
        "I completed a 5 km open-water swim in Lake Bala in August 2023.",
        (
            "In August 2023 I finished a 5-kilometre open-water swim in Lake Bala.",
            "Back in August 2023 I completed a five-kilometre open-water swim in Lake Bala.",
            "A 5 km open-water swim in Lake Bala is something I completed in August 2023.",
        ),
        (
            "I completed a 2 km open-water swim in Lake Bala in August 2023.",
            "I pulled out of a 5 km open-water swim in Lake Bala in August 2023.",
        ),
    ),
    Fact(
        "Three of my photos were exhibited at the Biscuit Factory in Newcastle in 2022.",
        (
            "The Biscuit Factory in Newcastle exhibited three of my photos in 2022.",
            "In 2022 I had three photos in an exhibition at the Biscuit Factory in Newcastle.",
            "Three photos of mine went on show at Newcastle's Biscuit Factory in 2022.",
        ),
        (
            "Three of my paintings were exhibited at the Biscuit Factory in Newcastle in 2022.",
            "Three of my photos were rejected by the Biscuit Factory in Newcastle in 2022.",
        ),
    ),
    Fact(
        "I got a Specialized Sirrus hybrid through the Cycle to Work scheme in 2021.",
        (
            "My Specialized Sirrus hybrid came through the Cycle to Work scheme in 2021.",
            "In 2021 I used the Cycle to Work scheme to get a Specialized Sirrus hybrid bike.",
            "The Cycle to Work scheme is how I got my Specialized Sirrus hybrid, back in 2021.",
        ),
        (
            "I got a Giant Escape hybrid through the Cycle to Work scheme in 2021.",
            "I bought a Specialized Sirrus hybrid second-hand on eBay in 2021.",
        ),
    ),
    Fact(
        "I volunteer at the Oxfam bookshop in Harrogate every Thursday morning.",
        (
            "Every Thursday morning I do a volunteer shift at the Oxfam bookshop in Harrogate.",
            "Thursday mornings are when I volunteer at Harrogate's Oxfam bookshop.",
            "My volunteer shift at the Oxfam bookshop in Harrogate is every Thursday morning.",
        ),
        (
            "I volunteer at the Oxfam bookshop in Harrogate every Thursday afternoon.",
            "I used to volunteer at the Oxfam bookshop in Harrogate every Thursday morning.",
        ),
    ),
    Fact(
        "My car broke down on the M6 just past junction 19 in November 2023.",
        (
            "In November 2023 my car broke down on the M6 just past junction 19.",
            "My car conked out on the M6 just after junction 19 in November 2023.",
            "Just past junction 19 of the M6, my car broke down in November 2023.",
        ),
        (
            "My car broke down on the M6 just past junction 27 in November 2023.",
            "My car got a puncture on the M6 just past junction 19 in November 2023.",
        ),
    ),
    Fact(
        "I saw Les Miserables at the Sondheim Theatre in London in 2019.",
        (
            "In 2019 I went to see Les Miserables at the Sondheim Theatre in London.",
            "Les Miserables at London's Sondheim Theatre was a show I saw in 2019.",
            "I watched Les Mis at the Sondheim Theatre in London back in 2019.",
        ),
        (
            "I saw Les Miserables at the Sondheim Theatre in London in 2022.",
            "I performed in Les Miserables at the Sondheim Theatre in London in 2019.",
        ),
    ),
    Fact(
        "I passed my Class 1 HGV licence test in 2015.",
        (
            "In 2015 I passed the test for my Class 1 HGV licence.",
            "2015 was the year I passed my Class 1 HGV test.",
            "I got through my Class 1 HGV licence test back in 2015.",
        ),
        (
            "I passed my Class 2 HGV licence test in 2015.",
            "I failed my Class 1 HGV licence test in 2015.",
        ),
    ),
    Fact(
        "My mum always cooks roast pork with crackling when I go to hers for Sunday lunch.",
        (
            "When I go to my mum's for Sunday lunch, she always does roast pork with crackling.",
            "Sunday lunch at my mum's house is always roast pork with crackling.",
            "Roast pork with crackling is what my mum always makes when I'm at hers on Sunday.",
        ),
        (
            "My mum always cooks roast chicken when I go to hers for Sunday lunch.",
            "My dad always cooks roast pork with crackling when I go to his for Sunday lunch.",
        ),
    ),
    Fact(
        "Forty-two people came to our housewarming party in Sheffield in May 2024.",
        (
            "We had 42 guests at our housewarming party in Sheffield in May 2024.",
            "Our Sheffield housewarming in May 2024 was attended by 42 people.",
            "In May 2024, 42 people turned up to our housewarming party in Sheffield.",
        ),
        (
            "Twelve people came to our housewarming party in Sheffield in May 2024.",
            "Forty-two people came to our engagement party in Sheffield in May 2024.",
        ),
    ),
    Fact(
        "I won 50 pounds in the Radio Times prize crossword in 2022.",
        (
            "In 2022 I won 50 pounds in the Radio Times prize crossword.",
            "My entry to the Radio Times prize crossword won me 50 pounds in 2022.",
            "I picked up a 50-pound prize for the Radio Times crossword in 2022.",
        ),
        (
            "I won 50 pounds in the Private Eye prize crossword in 2022.",
            "I won 50 pounds in the Radio Times prize wordsearch in 2022.",
        ),
    ),
    Fact(
        "I paid 249 pounds for a Shark cordless vacuum cleaner in 2024.",
        (
            "My Shark cordless vacuum cleaner cost me 249 pounds in 2024.",
            "In 2024 I bought a cordless Shark vacuum for 249 pounds.",
            "249 pounds is what I paid for my Shark cordless vacuum in 2024.",
        ),
        (
            "I paid 249 pounds for a Dyson cordless vacuum cleaner in 2024.",
            "I paid 449 pounds for a Shark cordless vacuum cleaner in 2024.",
        ),
    ),
    Fact(
        "I broke my nose playing rugby for Otley RFC in 2012.",
        (
            "My nose got broken while I was playing rugby for Otley RFC in 2012.",
            "In 2012 I broke my nose in a rugby match for Otley RFC.",
            "Playing rugby for Otley RFC in 2012, I broke my nose.",
        ),
        (
            "I broke my collarbone playing rugby for Otley RFC in 2012.",
            "My son broke his nose playing rugby for Otley RFC in 2012.",
        ),
    ),
    Fact(
        "I got concussed when I fell off my horse at a showjumping event in 2020.",
        (
            "Falling off my horse at a showjumping event in 2020 left me with concussion.",
            "In 2020 I was concussed after a fall from my horse at a showjumping event.",
            "I had concussion from falling off my horse at a showjumping event in 2020.",
        ),
        (
            "I got concussed when I fell off my horse at a showjumping event in 2016.",
            "My daughter got concussed falling off her horse at a showjumping event in 2020.",
        ),
    ),
    Fact(
        "I've put up four swift nest boxes under the eaves of our house.",
        (
            "Under the eaves of our house I've put up four nest boxes for swifts.",
            "I've fixed four swift boxes under our house's eaves.",
            "Four swift nest boxes have been put up by me under the eaves of our house.",
        ),
        (
            "I've put up four swift nest boxes under the eaves of our garage.",
            "I'm going to put up four swift nest boxes under the eaves of our house.",
        ),
    ),
    Fact(
        "I spent a night in a police cell in Blackpool after a stag do in 2009.",
        (
            "In 2009 I spent a night in a Blackpool police cell after a stag do.",
            "After a stag do in 2009, I spent the night in a police cell in Blackpool.",
            "I was locked in a police cell in Blackpool overnight after a stag do in 2009.",
        ),
        (
            "My mate Dean spent a night in a police cell in Blackpool after a stag do in 2009.",
            "I spent a night in A&E in Blackpool after a stag do in 2009.",
        ),
    ),
)


# The sixty-first held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT60's failures were looked at. Measured unseen: 1.21 memories per fact, 1.6% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT60's study).
HELDOUT61 = (
    Fact(
        "My golf handicap at Moortown Golf Club came down to 11 in 2023.",
        (
            "In 2023 my handicap at Moortown Golf Club dropped to 11.",
            "I got my golf handicap at Moortown Golf Club down to 11 in 2023.",
            "My handicap at Moortown Golf Club fell to 11 in 2023.",
        ),
        (
            "My golf handicap at Moortown Golf Club came down to 15 in 2023.",
            "My son's golf handicap at Moortown Golf Club came down to 11 in 2023.",
        ),
    ),
    Fact(
        "My half-brother Tomasz lives in Krakow in Poland.",
        (
            "I've got a half-brother, Tomasz, who lives in Krakow in Poland.",
            "Tomasz, my half-brother, is based in Krakow, Poland.",
            "Krakow in Poland is where my half-brother Tomasz lives.",
        ),
        (
            "My half-brother Tomasz is moving to Krakow in Poland next year.",
            "My stepbrother Tomasz lives in Krakow in Poland.",
        ),
    ),
    Fact(
        "I cleared the 4,600 pounds on my Barclaycard in March 2024.",
        (
            "In March 2024 I paid off the 4,600 pounds I owed on my Barclaycard.",
            "I got my 4,600-pound Barclaycard balance cleared in March 2024.",
            "I cleared my Barclaycard's 4,600-pound balance in March 2024.",
        ),
        (
            "I cleared the 4,600 pounds on my Santander credit card in March 2024.",
            "I'm planning to clear the 4,600 pounds on my Barclaycard by March 2024.",
        ),
    ),
    Fact(
        "I borrowed 9,000 pounds from Lloyds Bank in 2022 to pay for our new kitchen.",
        (
            "In 2022 I took out a 9,000-pound loan with Lloyds Bank for our new kitchen.",
            "Our new kitchen was paid for with a 9,000-pound Lloyds Bank loan I took out in 2022.",
            "I got a loan of 9,000 pounds from Lloyds Bank in 2022 to cover our new kitchen.",
        ),
        (
            "I borrowed 9,000 pounds from Lloyds Bank in 2022 to pay for our new bathroom.",
            "I was refused a 9,000-pound loan from Lloyds Bank in 2022 for our new kitchen.",
        ),
    ),
    Fact(
        "We had a new sage green composite front door fitted for 1,350 pounds.",
        (
            "Our new composite front door, in sage green, cost 1,350 pounds to have fitted.",
            "We paid 1,350 pounds to get a new sage green composite front door put in.",
            "For 1,350 pounds, we had a new composite front door in sage green fitted.",
        ),
        (
            "We had a new anthracite grey composite front door fitted for 1,350 pounds.",
            "We had a new sage green composite front door fitted for 1,850 pounds.",
        ),
    ),
    Fact(
        "I got a grade 7 in my GCSE geography in 2019.",
        (
            "My GCSE geography result in 2019 was a grade 7.",
            "In 2019 I was awarded a grade 7 for GCSE geography.",
            "I came away with a 7 in GCSE geography in 2019.",
        ),
        (
            "I got a grade 7 in my GCSE geography mock in 2019.",
            "I got a grade 5 in my GCSE geography in 2019.",
        ),
    ),
    Fact(
        "I have a chinchilla called Pebble.",
        (
            "I've got a chinchilla named Pebble.",
            "My chinchilla's name is Pebble.",
            "Pebble is my pet chinchilla.",
        ),
        (
            "I have a ferret called Pebble.",
            "I used to have a chinchilla called Pebble.",
        ),
    ),
    Fact(
        "I finished the Tough Mudder at Drumlanrig Castle in 2018.",
        (
            "In 2018 I completed the Tough Mudder at Drumlanrig Castle.",
            "I got round the Tough Mudder at Drumlanrig Castle in 2018.",
            "I did the Drumlanrig Castle Tough Mudder in 2018 and made it to the finish.",
        ),
        (
            "I pulled out of the Tough Mudder at Drumlanrig Castle in 2018.",
            "I finished the Tough Mudder at Drumlanrig Castle in 2021.",
        ),
    ),
    Fact(
        "I go to a life drawing class at Hebden Bridge Town Hall on Tuesday evenings.",
        (
            "On Tuesday evenings I attend a life drawing class at Hebden Bridge Town Hall.",
            "Every Tuesday evening I'm at a life drawing class in Hebden Bridge Town Hall.",
            "My life drawing class is on Tuesday evenings at Hebden Bridge Town Hall.",
        ),
        (
            "I teach a life drawing class at Hebden Bridge Town Hall on Tuesday evenings.",
            "I go to a life drawing class at Hebden Bridge Town Hall on Thursday evenings.",
        ),
    ),
    Fact(
        "I sold my second-hand Dagger kayak to my neighbour Gareth for 250 pounds.",
        (
            "My neighbour Gareth bought my second-hand Dagger kayak off me for 250 pounds.",
            "I let my neighbour Gareth have my second-hand Dagger kayak for 250 pounds.",
            "My second-hand Dagger kayak went to my neighbour Gareth for 250 pounds.",
        ),
        (
            "I sold my second-hand Dagger kayak to my neighbour Gareth for 150 pounds.",
            "I bought a second-hand Dagger kayak from my neighbour Gareth for 250 pounds.",
        ),
    ),
    Fact(
        "I've been secretary of the Elm Park Residents' Association since 2021.",
        (
            "Since 2021 I've been the secretary of the Elm Park Residents' Association.",
            "I've served as secretary of the Elm Park Residents' Association since 2021.",
            "The Elm Park Residents' Association has had me as its secretary since 2021.",
        ),
        (
            "I've been chair of the Elm Park Residents' Association since 2021.",
            "I was secretary of the Elm Park Residents' Association until 2021.",
        ),
    ),
    Fact(
        "My Ford Fiesta was clamped in Bristol in 2020 and I paid 100 pounds to get it released.",
        (
            "In 2020 my Ford Fiesta got clamped in Bristol and it cost me 100 pounds "
            "to release it.",
            "I paid a 100-pound release fee after my Ford Fiesta was clamped in Bristol in 2020.",
            "Getting my clamped Ford Fiesta released in Bristol in 2020 set me back 100 pounds.",
        ),
        (
            "My Ford Fiesta was towed in Bristol in 2020 and I paid 100 pounds to get it back.",
            "My Ford Fiesta was clamped in Bath in 2020 and I paid 100 pounds to get it released.",
        ),
    ),
    Fact(
        "A monkey ripped the wing mirror off our car at Longleat Safari Park in 2022.",
        (
            "In 2022 a monkey tore the wing mirror off our car at Longleat Safari Park.",
            "Our car's wing mirror was ripped off by a monkey at Longleat Safari Park in 2022.",
            "At Longleat Safari Park in 2022, one of the monkeys pulled our car's wing mirror off.",
        ),
        (
            "A monkey ripped the windscreen wiper off our car at Longleat Safari Park in 2022.",
            "A monkey ripped the wing mirror off our car at Knowsley Safari Park in 2022.",
        ),
    ),
    Fact(
        "I'm doing my bus driver training at the Stagecoach depot in Chesterfield.",
        (
            "My bus driver training is at the Stagecoach depot in Chesterfield.",
            "I'm training as a bus driver at Stagecoach's Chesterfield depot.",
            "At the Stagecoach depot in Chesterfield, I'm going through my bus driver training.",
        ),
        (
            "I finished my bus driver training at the Stagecoach depot in Chesterfield.",
            "I'm doing my bus driver training at the Stagecoach depot in Mansfield.",
        ),
    ),
    Fact(
        "Every Friday we get fish and chips from the Golden Fry on Ormskirk Road.",
        (
            "We get our fish and chips from the Golden Fry on Ormskirk Road every Friday.",
            "On Fridays our fish supper comes from the Golden Fry on Ormskirk Road.",
            "Friday night is fish and chips from the Golden Fry on Ormskirk Road for us.",
        ),
        (
            "Every Friday we used to get fish and chips from the Golden Fry on Ormskirk Road.",
            "Every Friday we get fish and chips from the Golden Sands on Ormskirk Road.",
        ),
    ),
    Fact(
        "My in-laws' ruby wedding party is being held at the Feathers Hotel in Ludlow this August.",
        (
            "This August my in-laws are holding their ruby wedding party at the Feathers Hotel "
            "in Ludlow.",
            "The Feathers Hotel in Ludlow is the venue for my in-laws' ruby wedding party this "
            "August.",
            "My in-laws are having their ruby wedding party at the Feathers Hotel in Ludlow "
            "this August.",
        ),
        (
            "My in-laws' silver wedding party is being held at the Feathers Hotel in Ludlow "
            "this August.",
            "My in-laws' ruby wedding party was held at the Feathers Hotel in Ludlow last August.",
        ),
    ),
    Fact(
        "The N gauge layout I've built in our loft measures 16 feet by 4 feet.",
        (
            "My N gauge layout in our loft is 16 feet by 4 feet.",
            "I've built an N gauge layout in our loft that's 16 feet long and 4 feet wide.",
            "Up in our loft I've built a 16-by-4-foot N gauge layout.",
        ),
        (
            "The N gauge layout I've built in our loft measures 16 feet by 8 feet.",
            "The N gauge layout I'm planning for our loft measures 16 feet by 4 feet.",
        ),
    ),
    Fact(
        "Our new Belling range cooker from John Lewis is being delivered on Thursday.",
        (
            "John Lewis is delivering our new Belling range cooker on Thursday.",
            "On Thursday our new Belling range cooker is coming from John Lewis.",
            "We're getting our new Belling range cooker delivered by John Lewis on Thursday.",
        ),
        (
            "Our new Belling range cooker from John Lewis was delivered on Thursday.",
            "Our new Belling range cooker from AO is being delivered on Thursday.",
        ),
    ),
    Fact(
        "The nurse at my GP surgery measured my blood pressure at 142 over 91 last week.",
        (
            "Last week the nurse at my GP surgery took my blood pressure and it was 142 over 91.",
            "My blood pressure was 142/91 when the nurse at my GP surgery checked it last week.",
            "I had a blood pressure reading of 142 over 91 from the nurse at my GP surgery "
            "last week.",
        ),
        (
            "The nurse at my GP surgery measured my blood pressure at 124 over 81 last week.",
            "The nurse at my GP surgery measured my husband's blood pressure at 142 over 91 "
            "last week.",
        ),
    ),
    Fact(
        "A pair of robins have built a nest in an old watering can in my shed.",
        (
            "In my shed, a pair of robins have made their nest in an old watering can.",
            "An old watering can in my shed is where a pair of robins have built their nest.",
            "A pair of robins have nested in an old watering can in my shed.",
        ),
        (
            "A pair of blackbirds have built a nest in an old watering can in my shed.",
            "A pair of robins have built a nest in an old watering can in my neighbour's shed.",
        ),
    ),
    Fact(
        "I was foreman of the jury on a fraud trial at Southwark Crown Court in 2023.",
        (
            "In 2023 I was jury foreman for a fraud trial at Southwark Crown Court.",
            "At Southwark Crown Court in 2023, I served as foreman of the jury in a fraud trial.",
            "I was the jury's foreman in a fraud trial at Southwark Crown Court in 2023.",
        ),
        (
            "I was foreman of the jury on a murder trial at Southwark Crown Court in 2023.",
            "I was on the jury, but not the foreman, on a fraud trial at Southwark Crown Court "
            "in 2023.",
        ),
    ),
)


# The sixty-second held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT61's failures were looked at. Measured unseen: 1.14 memories per fact, 1.6% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT61's study).
HELDOUT62 = (
    Fact(
        "I'm fourth on the singles ladder at Harpenden Badminton Club.",
        (
            "I'm currently in fourth place on the Harpenden Badminton Club singles ladder.",
            "On the singles ladder at Harpenden Badminton Club, I sit fourth.",
            "My position on Harpenden Badminton Club's singles ladder is fourth.",
        ),
        (
            "I'm fourth on the doubles ladder at Harpenden Badminton Club.",
            "My son is fourth on the singles ladder at Harpenden Badminton Club.",
        ),
    ),
    Fact(
        "My cousin Bethan is a paediatric nurse at the Royal Gwent Hospital.",
        (
            "Bethan, my cousin, works as a paediatric nurse at the Royal Gwent Hospital.",
            "My cousin Bethan's job is paediatric nursing at the Royal Gwent Hospital.",
            "At the Royal Gwent Hospital, my cousin Bethan works as a children's nurse.",
        ),
        (
            "My cousin Bethan is a paramedic based at the Royal Gwent Hospital.",
            "My cousin Bethan used to be a paediatric nurse at the Royal Gwent Hospital.",
        ),
    ),
    Fact(
        "We bought our terraced house in Stockport at auction for 142,000 pounds in 2020.",
        (
            "In 2020 we got our terraced house in Stockport at auction for 142,000 pounds.",
            "Our Stockport terraced house was bought at auction in 2020 for 142,000 pounds.",
            "We paid 142,000 pounds at auction for our terraced house in Stockport in 2020.",
        ),
        (
            "We bought our terraced house in Stockport at auction for 124,000 pounds in 2020.",
            "We sold our terraced house in Stockport at auction for 142,000 pounds in 2020.",
        ),
    ),
    Fact(
        "I built a 3 by 4 metre summerhouse at the end of my garden last summer.",
        (
            "Last summer I built a summerhouse measuring 3 by 4 metres at the end of my garden.",
            "The summerhouse I built at the end of my garden last summer is 3 by 4 metres.",
            "At the end of my garden there's a 3 x 4 metre summerhouse I built last summer.",
        ),
        (
            "My dad built a 3 by 4 metre summerhouse at the end of my garden last summer.",
            "I built a 3 by 4 metre shed at the end of my garden last summer.",
        ),
    ),
    Fact(
        "I graduated from Cardiff University in a ceremony at St David's Hall in 2015.",
        (
            "My Cardiff University graduation ceremony took place at St David's Hall in 2015.",
            "In 2015 I had my graduation from Cardiff University at St David's Hall.",
            "St David's Hall is where I graduated from Cardiff University, back in 2015.",
        ),
        (
            "I graduated from Cardiff University in a ceremony at St David's Hall in 2018.",
            "I missed my Cardiff University graduation ceremony at St David's Hall in 2015.",
        ),
    ),
    Fact(
        "I have a grey cockatiel called Pickle.",
        (
            "My grey cockatiel's name is Pickle.",
            "Pickle is the name of my grey cockatiel.",
            "I keep a grey cockatiel named Pickle.",
        ),
        (
            "I have a grey cockatiel called Biscuit.",
            "My neighbour has a grey cockatiel called Pickle.",
        ),
    ),
    Fact(
        "I raised 420 pounds for Macmillan on a sponsored walk up Snowdon last June.",
        (
            "Last June I did a sponsored walk up Snowdon and raised 420 pounds for Macmillan.",
            "My sponsored walk up Snowdon last June raised 420 pounds for Macmillan.",
            "420 pounds was raised for Macmillan by my sponsored walk up Snowdon last June.",
        ),
        (
            "I raised 420 pounds for Macmillan on a sponsored walk up Ben Nevis last June.",
            "I raised 420 pounds for Cancer Research UK on a sponsored walk up Snowdon last June.",
        ),
    ),
    Fact(
        "I have an audition for the Bach Choir on Thursday.",
        (
            "My audition for the Bach Choir is on Thursday.",
            "On Thursday I'm auditioning for the Bach Choir.",
            "I'm due to audition for the Bach Choir on Thursday.",
        ),
        (
            "I had an audition for the Bach Choir on Thursday.",
            "I have an audition for the Bach Choir on Tuesday.",
        ),
    ),
    Fact(
        "My ska band rehearses every Sunday afternoon in my mate Ollie's garage.",
        (
            "Every Sunday afternoon my ska band practises in my mate Ollie's garage.",
            "My ska band's practice is every Sunday afternoon, in my mate Ollie's garage.",
            "Sunday afternoons are when my ska band rehearses, in my mate Ollie's garage.",
        ),
        (
            "My ska band rehearses every Sunday afternoon in the back room of the Crown.",
            "My ska band used to rehearse every Sunday afternoon in my mate Ollie's garage.",
        ),
    ),
    Fact(
        "I got a second-hand Skywatcher telescope for 180 pounds at a car boot sale in Ely.",
        (
            "I bought a used Skywatcher telescope at a car boot sale in Ely for 180 pounds.",
            "My second-hand Skywatcher telescope cost me 180 pounds at a car boot sale in Ely.",
            "At a car boot sale in Ely I picked up a used Skywatcher telescope for 180 pounds.",
        ),
        (
            "I got a second-hand Skywatcher telescope for 80 pounds at a car boot sale in Ely.",
            "I got a second-hand Celestron telescope for 180 pounds at a car boot sale in Ely.",
        ),
    ),
    Fact(
        "I did a litter pick along the River Kent with the Kendal Tidy group on Saturday.",
        (
            "On Saturday I went litter picking along the River Kent with the Kendal Tidy group.",
            "With the Kendal Tidy group, I litter-picked along the River Kent on Saturday.",
            "I joined the Kendal Tidy group on Saturday for a litter pick along the River Kent.",
        ),
        (
            "I'm doing a litter pick along the River Kent with the Kendal Tidy group on Saturday.",
            "My wife did a litter pick by the River Kent with the Kendal Tidy group on Saturday.",
        ),
    ),
    Fact(
        "I got a flat tyre on the A82 just outside Fort William on Tuesday.",
        (
            "On Tuesday I had a flat tyre on the A82 just outside Fort William.",
            "My tyre went flat on the A82 just outside Fort William on Tuesday.",
            "Just outside Fort William on the A82, I ended up with a flat tyre on Tuesday.",
        ),
        (
            "I got a flat tyre on the A82 just outside Fort William on Friday.",
            "My car battery went flat on the A82 just outside Fort William on Tuesday.",
        ),
    ),
    Fact(
        "I saw George Ezra headline Latitude Festival in 2019.",
        (
            "In 2019 I was at Latitude Festival and watched George Ezra headline.",
            "George Ezra was the headliner I saw at Latitude Festival in 2019.",
            "I went to Latitude in 2019 and saw George Ezra's headline set.",
        ),
        (
            "I saw Snow Patrol headline Latitude Festival in 2019.",
            "I missed George Ezra's headline set at Latitude Festival in 2019.",
        ),
    ),
    Fact(
        "I got my British Canoeing 3 Star certificate on the River Wye in 2017.",
        (
            "In 2017 I earned my British Canoeing 3 Star certificate on the River Wye.",
            "My British Canoeing 3 Star certificate was gained on the River Wye in 2017.",
            "I passed my 3 Star certificate with British Canoeing on the River Wye in 2017.",
        ),
        (
            "I got my British Canoeing 2 Star certificate on the River Wye in 2017.",
            "I'm training for my British Canoeing 3 Star certificate on the River Wye.",
        ),
    ),
    Fact(
        "Every Saturday I have a bacon bap and a flat white at the Copper Kettle in Ludlow.",
        (
            "My Saturday order at the Copper Kettle in Ludlow is a bacon bap and a flat white.",
            "On Saturdays I go to the Copper Kettle in Ludlow for a bacon bap and a flat white.",
            "A bacon bap and a flat white at Ludlow's Copper Kettle is my order every Saturday.",
        ),
        (
            "Every Sunday I have a bacon bap and a flat white at the Copper Kettle in Ludlow.",
            "Every Saturday I have a sausage bap and a flat white at the Copper Kettle in Ludlow.",
        ),
    ),
    Fact(
        "My colleague Maureen's retirement party was at the Old Bell in Malmesbury on Friday.",
        (
            "On Friday my colleague Maureen had her retirement do at the Old Bell in Malmesbury.",
            "Maureen from work had her retirement party at the Old Bell in Malmesbury on Friday.",
            "The Old Bell in Malmesbury hosted my colleague Maureen's retirement party on Friday.",
        ),
        (
            "My colleague Maureen's retirement party is at the Old Bell in Malmesbury next week.",
            "My colleague Derek's retirement party was at the Old Bell in Malmesbury on Friday.",
        ),
    ),
    Fact(
        "My pub team finished second in the Harrogate quiz league this season.",
        (
            "This season my pub team came second in the Harrogate quiz league.",
            "In the Harrogate quiz league this season, my pub team were runners-up.",
            "Second place in the Harrogate quiz league this season went to my pub team.",
        ),
        (
            "My pub team finished bottom in the Harrogate quiz league this season.",
            "My pub team finished second in the Harrogate quiz league last season.",
        ),
    ),
    Fact(
        "I bought a Bosch under-counter freezer from John Lewis in Cheadle.",
        (
            "My under-counter freezer is a Bosch I bought from John Lewis in Cheadle.",
            "I got a Bosch under-counter freezer at John Lewis in Cheadle.",
            "The under-counter freezer I bought from John Lewis in Cheadle is a Bosch.",
        ),
        (
            "I bought a Bosch under-counter fridge from John Lewis in Cheadle.",
            "I bought a Bosch under-counter freezer from Currys in Cheadle.",
        ),
    ),
    Fact(
        "My allergy blood test last month came back positive for birch pollen.",
        (
            "Last month my allergy blood test came back positive for birch pollen.",
            "I had an allergy blood test last month and it was positive for birch pollen.",
            "Birch pollen came up positive on my allergy blood test last month.",
        ),
        (
            "My allergy blood test last month came back negative for birch pollen.",
            "My allergy blood test last month came back positive for grass pollen.",
        ),
    ),
    Fact(
        "I saw a badger in my back garden at about 2 am last night.",
        (
            "At around 2 am last night I spotted a badger in my back garden.",
            "Last night at about two in the morning I saw a badger in my back garden.",
            "A badger was in my back garden at about 2 am last night, and I saw it.",
        ),
        (
            "I saw a fox in my back garden at about 2 am last night.",
            "I saw a badger in my back garden at about 10 pm last night.",
        ),
    ),
    Fact(
        "We went to Whitby for the day on the May bank holiday.",
        (
            "On the May bank holiday we had a day trip to Whitby.",
            "We spent the May bank holiday on a day out in Whitby.",
            "Whitby is where we went for a day trip on the May bank holiday.",
        ),
        (
            "We went to Scarborough for the day on the May bank holiday.",
            "My parents went to Whitby for the day on the May bank holiday.",
        ),
    ),
)


# The sixty-third held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT62's failures were looked at. Measured unseen: 1.21 memories per fact, 0% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT62's study).
HELDOUT63 = (
    Fact(
        "I'm the captain of our pub quiz team at the Black Horse in Lancaster.",
        (
            "At the Black Horse in Lancaster, I captain our pub quiz team.",
            "Our pub quiz team at the Black Horse in Lancaster is captained by me.",
            "It's me who captains our pub quiz team at the Black Horse in Lancaster.",
        ),
        (
            "My brother is the captain of our pub quiz team at the Black Horse in Lancaster.",
            "I used to be the captain of our pub quiz team at the Black Horse in Lancaster.",
        ),
    ),
    Fact(
        "I handle the music round for our quiz team, and my friend Rosie takes the sport round.",
        (
            "For our quiz team, the music round is handled by me and the sport round by my "
            "friend Rosie.",
            "My friend Rosie takes the sport round for our quiz team, and I handle the music "
            "round.",
            "On our quiz team, I'm the one who does the music round, while my friend Rosie does "
            "the sport round.",
        ),
        (
            "I handle the music round for our quiz team, and my friend Rosie takes the history "
            "round.",
            "I'd like to handle the music round for our quiz team and let my friend Rosie take "
            "the sport round.",
        ),
    ),
    Fact(
        "I lost one of my three beehives to varroa mites last winter.",
        (
            "Last winter I lost one of my three beehives to varroa mites.",
            "One of my three beehives was lost to varroa mites last winter.",
            "Varroa mites cost me one hive out of my three last winter.",
        ),
        (
            "I lost two of my three beehives to varroa mites last winter.",
            "I lost one of my three beehives to wasps last winter.",
        ),
    ),
    Fact(
        "I bought my first beekeeping suit from Thornes for 85 pounds.",
        (
            "My first beekeeping suit cost me 85 pounds from Thornes.",
            "It was from Thornes that I bought my first beekeeping suit, for 85 pounds.",
            "I paid Thornes 85 pounds for my first beekeeping suit.",
        ),
        (
            "I bought my first beekeeping smoker from Thornes for 85 pounds.",
            "My son bought his first beekeeping suit from Thornes for 85 pounds.",
        ),
    ),
    Fact(
        "We spent four nights on a hired canal boat on the Leeds and Liverpool Canal with our "
        "two dogs.",
        (
            "With our two dogs, we spent four nights on a hired canal boat on the Leeds and "
            "Liverpool Canal.",
            "We hired a canal boat on the Leeds and Liverpool Canal and spent four nights on it "
            "with our two dogs.",
            "Our two dogs came with us for four nights on a hired canal boat on the Leeds and "
            "Liverpool Canal.",
        ),
        (
            "We spent four nights on a hired canal boat on the Shropshire Union Canal with our "
            "two dogs.",
            "We spent seven nights on a hired canal boat on the Leeds and Liverpool Canal with "
            "our two dogs.",
        ),
    ),
    Fact(
        "I failed my driving test in Stockport because I didn't check my mirror at a roundabout.",
        (
            "Not checking my mirror at a roundabout is why I failed my driving test in Stockport.",
            "I didn't check my mirror at a roundabout, so I failed my driving test in Stockport.",
            "It was because I didn't check my mirror at a roundabout that I failed my driving "
            "test in Stockport.",
        ),
        (
            "I passed my driving test in Stockport even though I didn't check my mirror at a "
            "roundabout.",
            "I failed my driving test in Stockport because I didn't check my mirror at a "
            "pelican crossing.",
        ),
    ),
    Fact(
        "My driving test is booked for 10:15 on 9 June at the Chingford test centre.",
        (
            "I've got my driving test booked at the Chingford test centre on 9 June at 10:15.",
            "At the Chingford test centre, my driving test is booked for quarter past ten on "
            "the 9th of June.",
            "The Chingford test centre has my driving test booked in for 10.15am on June 9th.",
        ),
        (
            "My driving test is booked for 14:15 on 9 June at the Chingford test centre.",
            "My son's driving test is booked for 10:15 on 9 June at the Chingford test centre.",
        ),
    ),
    Fact(
        "We got married on a beach in Paphos, Cyprus, in September 2021.",
        (
            "In September 2021 we got married on a beach in Paphos, Cyprus.",
            "Our wedding was on a beach in Paphos, Cyprus, in September 2021.",
            "It was on a beach in Paphos, Cyprus, that we got married in September 2021.",
        ),
        (
            "We're getting married on a beach in Paphos, Cyprus, in September 2026.",
            "We got married in a church in Paphos, Cyprus, in September 2021.",
        ),
    ),
    Fact(
        "My sister Megan is getting married at Lake Garda next June, and I'm her maid of honour.",
        (
            "I'm maid of honour for my sister Megan, who's getting married at Lake Garda next "
            "June.",
            "Next June my sister Megan is getting married at Lake Garda, and I'm going to be "
            "her maid of honour.",
            "My sister Megan's wedding is at Lake Garda next June, and I'm her maid of honour.",
        ),
        (
            "My sister Megan is getting married at Lake Maggiore next June, and I'm her maid of "
            "honour.",
            "My sister Megan is getting married at Lake Garda next June, and I'm one of her "
            "bridesmaids.",
        ),
    ),
    Fact(
        "On Wednesday mornings I drive the food bank van to collect donations from the Tesco "
        "Extra in Bangor.",
        (
            "I drive the food bank van on Wednesday mornings to pick up donations from the Tesco "
            "Extra in Bangor.",
            "Donations from the Tesco Extra in Bangor are collected by me in the food bank van "
            "every Wednesday morning.",
            "It's me who drives the food bank van to collect donations from the Tesco Extra in "
            "Bangor on Wednesday mornings.",
        ),
        (
            "On Friday mornings I drive the food bank van to collect donations from the Tesco "
            "Extra in Bangor.",
            "Until 2022 I drove the food bank van on Wednesday mornings to collect donations "
            "from the Tesco Extra in Bangor.",
        ),
    ),
    Fact(
        "My son Reuben had his braces fitted at an NHS orthodontist in Ipswich when he was 12.",
        (
            "When he was 12, my son Reuben had braces fitted at an NHS orthodontist in Ipswich.",
            "An NHS orthodontist in Ipswich fitted my son Reuben's braces when he was 12.",
            "My son Reuben got his braces put on at an NHS orthodontist in Ipswich at the age "
            "of twelve.",
        ),
        (
            "My son Reuben had his braces removed at an NHS orthodontist in Ipswich when he "
            "was 12.",
            "My son Reuben had his braces fitted at a private orthodontist in Ipswich when he "
            "was 12.",
        ),
    ),
    Fact(
        "I've worn a clear retainer every night since my braces came off in 2023.",
        (
            "Since my braces came off in 2023, I've worn a clear retainer every night.",
            "Every night since my braces were removed in 2023, I've worn a clear retainer.",
            "I've been wearing a clear retainer nightly ever since my braces came off in 2023.",
        ),
        (
            "I've worn a clear retainer every night since my braces came off in 2019.",
            "I haven't worn my clear retainer at night since my braces came off in 2023.",
        ),
    ),
    Fact(
        "Our loft conversion added an en-suite bedroom with two Velux windows.",
        (
            "We got an en-suite bedroom with two Velux windows out of our loft conversion.",
            "An en-suite bedroom with two Velux windows was added by our loft conversion.",
            "Thanks to our loft conversion, there's now an en-suite bedroom with two Velux "
            "windows.",
        ),
        (
            "Our loft conversion added an en-suite bedroom with two dormer windows.",
            "Our neighbours' loft conversion added an en-suite bedroom with two Velux windows.",
        ),
    ),
    Fact(
        "I've been the scorer for Bramhall Cricket Club's first eleven since 2018.",
        (
            "Since 2018 I've been the scorer for Bramhall Cricket Club's first eleven.",
            "Bramhall Cricket Club's first eleven has had me as its scorer since 2018.",
            "I've done the scoring for the first eleven at Bramhall Cricket Club since 2018.",
        ),
        (
            "I was the scorer for Bramhall Cricket Club's first eleven until 2018.",
            "I've been the scorer for Bramhall Cricket Club's second eleven since 2018.",
        ),
    ),
    Fact(
        "I took five wickets for 23 runs against Cheadle Hulme last Saturday.",
        (
            "Last Saturday I took five wickets for 23 runs against Cheadle Hulme.",
            "Against Cheadle Hulme last Saturday, I took 5 for 23.",
            "My bowling figures against Cheadle Hulme last Saturday were five wickets for 23 runs.",
        ),
        (
            "My son took five wickets for 23 runs against Cheadle Hulme last Saturday.",
            "I took five wickets for 32 runs against Cheadle Hulme last Saturday.",
        ),
    ),
    Fact(
        "Our rescue greyhound Ziggy came to us from the Greyhound Trust in Hersham in 2022.",
        (
            "We got our rescue greyhound Ziggy from the Greyhound Trust in Hersham in 2022.",
            "In 2022 our rescue greyhound Ziggy came to us from the Greyhound Trust in Hersham.",
            "It was from the Greyhound Trust in Hersham that our rescue greyhound Ziggy came to "
            "us in 2022.",
        ),
        (
            "Our rescue greyhound Ziggy came to us from the Greyhound Trust in Kenilworth in 2022.",
            "My parents' rescue greyhound Ziggy came to them from the Greyhound Trust in "
            "Hersham in 2022.",
        ),
    ),
    Fact(
        "Our greyhound Ziggy has to wear a muzzle in the park because he chases squirrels.",
        (
            "Because he chases squirrels, our greyhound Ziggy has to wear a muzzle in the park.",
            "Ziggy, our greyhound, has to be muzzled in the park since he chases squirrels.",
            "It's because he chases squirrels that our greyhound Ziggy has to wear a muzzle in "
            "the park.",
        ),
        (
            "Our greyhound Ziggy doesn't have to wear a muzzle in the park, though he chases "
            "squirrels.",
            "Our greyhound Ziggy has to wear a muzzle in the park because he chases cats.",
        ),
    ),
    Fact(
        "My daughter Matilda is taking her Grade 5 piano exam with ABRSM on 18 November.",
        (
            "On 18 November my daughter Matilda is taking her ABRSM Grade 5 piano exam.",
            "My daughter Matilda's Grade 5 piano exam with ABRSM is on the 18th of November.",
            "It's on 18 November that my daughter Matilda takes her Grade 5 piano exam with ABRSM.",
        ),
        (
            "My daughter Matilda is taking her Grade 5 violin exam with ABRSM on 18 November.",
            "My daughter Matilda is taking her Grade 6 piano exam with ABRSM on 18 November.",
        ),
    ),
    Fact(
        "Our works Christmas party this year is at the Ivy in Manchester on 13 December.",
        (
            "This year our works Christmas party is on 13 December at the Ivy in Manchester.",
            "The Ivy in Manchester is hosting our works Christmas party this year, on the 13th "
            "of December.",
            "It's at the Ivy in Manchester on December 13th that our works Christmas party is "
            "being held this year.",
        ),
        (
            "Our works Christmas party last year was at the Ivy in Manchester on 13 December.",
            "Our works Christmas party this year is at the Ivy in Manchester on 20 December.",
        ),
    ),
    Fact(
        "I feed my sourdough starter twice a day with a 50-50 mix of rye and white flour.",
        (
            "Twice a day I feed my sourdough starter with a half-and-half mix of rye and white "
            "flour.",
            "My sourdough starter gets fed twice daily with a 50-50 mix of rye and white flour.",
            "I give my sourdough starter an equal blend of white and rye flour twice a day.",
        ),
        (
            "I feed my sourdough starter once a day with a 50-50 mix of rye and white flour.",
            "I feed my sourdough starter twice a day with a 50-50 mix of spelt and white flour.",
        ),
    ),
    Fact(
        "We're moving from a flat in Croydon to a three-bed semi in Horsham on 28 March.",
        (
            "On 28 March we're moving from a flat in Croydon to a three-bed semi in Horsham.",
            "We move out of our flat in Croydon into a three-bedroom semi in Horsham on the "
            "28th of March.",
            "Our move from a flat in Croydon to a three-bed semi-detached house in Horsham is "
            "on 28 March.",
        ),
        (
            "We're moving from a flat in Croydon to a three-bed terrace in Horsham on 28 March.",
            "My in-laws are moving from a flat in Croydon to a three-bed semi in Horsham on "
            "28 March.",
        ),
    ),
)


# The sixty-fourth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT63's failures were looked at. Measured unseen: 1.19 memories per fact, 0% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT63's study).
HELDOUT64 = (
    Fact(
        "I coach the under-12s at Maidstone Otters Swimming Club on Saturday mornings.",
        (
            "On Saturday mornings I coach the under-12s at Maidstone Otters Swimming Club.",
            "The under-12s at Maidstone Otters Swimming Club are coached by me on Saturday "
            "mornings.",
            "It's the under-12s that I coach at Maidstone Otters Swimming Club, on Saturday "
            "mornings.",
        ),
        (
            "I coach the under-16s at Maidstone Otters Swimming Club on Saturday mornings.",
            "I used to coach the under-12s at Maidstone Otters Swimming Club on Saturday mornings.",
        ),
    ),
    Fact(
        "My daughter Elsie got into Taunton Deane Swimming Club's squad after a trial in January.",
        (
            "After a trial in January, my daughter Elsie got into the squad at Taunton Deane "
            "Swimming Club.",
            "In January my daughter Elsie had a trial for Taunton Deane Swimming Club's squad "
            "and got in.",
            "Taunton Deane Swimming Club took my daughter Elsie into its squad after her "
            "January trial.",
        ),
        (
            "My daughter Elsie didn't get into Taunton Deane Swimming Club's squad after a trial "
            "in January.",
            "My niece Elsie got into Taunton Deane Swimming Club's squad after a trial in January.",
        ),
    ),
    Fact(
        "I've dug a vegetable patch by our back fence and planted it with leeks and broad beans.",
        (
            "By our back fence I've dug a vegetable patch and planted leeks and broad beans in it.",
            "There's a vegetable patch I've dug by our back fence, planted with broad beans "
            "and leeks.",
            "Leeks and broad beans are what I've planted in the vegetable patch I dug by our "
            "back fence.",
        ),
        (
            "I've dug a vegetable patch by our back fence and planted it with leeks and "
            "runner beans.",
            "I'm going to dig a vegetable patch by our back fence and plant it with leeks and "
            "broad beans.",
        ),
    ),
    Fact(
        "Slugs ate all twelve lettuce seedlings in my vegetable patch last week.",
        (
            "Last week slugs ate the whole dozen lettuce seedlings in my vegetable patch.",
            "All twelve lettuce seedlings in my vegetable patch were eaten by slugs last week.",
            "It was slugs that ate all twelve of the lettuce seedlings in my vegetable patch "
            "last week.",
        ),
        (
            "Slugs ate all twelve cabbage seedlings in my vegetable patch last week.",
            "Slugs ate six of the twelve lettuce seedlings in my vegetable patch last week.",
        ),
    ),
    Fact(
        "I've just started a new job as a motor claims handler at Ageas in Eastleigh.",
        (
            "At Ageas in Eastleigh I've just started a new job as a motor claims handler.",
            "My new job, which I've just started, is as a motor claims handler at Ageas in "
            "Eastleigh.",
            "I've just begun a new job at Ageas in Eastleigh, working as a motor claims handler.",
        ),
        (
            "I've just started a new job as a home claims handler at Ageas in Eastleigh.",
            "I've just applied for a new job as a motor claims handler at Ageas in Eastleigh.",
        ),
    ),
    Fact(
        "My new job at the insurance broker in Chelmsford pays 28,500 pounds a year.",
        (
            "I'm paid 28,500 pounds a year in my new job at the insurance broker in Chelmsford.",
            "The new job I've got at the insurance broker in Chelmsford pays 28,500 pounds "
            "annually.",
            "At the insurance broker in Chelmsford, my new job pays twenty-eight and a half "
            "thousand pounds a year.",
        ),
        (
            "My old job at the insurance broker in Chelmsford paid 28,500 pounds a year.",
            "My new job at the insurance broker in Colchester pays 28,500 pounds a year.",
        ),
    ),
    Fact(
        "I'm organising my mate Dan's stag do in Newcastle on the weekend of 14 June.",
        (
            "I'm the one organising my mate Dan's stag do, which is in Newcastle on the weekend "
            "of 14 June.",
            "My mate Dan's stag do in Newcastle on the weekend of the 14th of June is being "
            "organised by me.",
            "On the weekend of June 14th my mate Dan has his stag do in Newcastle, and I'm "
            "organising it.",
        ),
        (
            "I'm organising my mate Dan's stag do in Newcastle on the weekend of 21 June.",
            "I'm going on my mate Dan's stag do in Newcastle on the weekend of 14 June.",
        ),
    ),
    Fact(
        "Our Indesit washing machine stopped spinning on Sunday, and the repair man can't come "
        "until Friday.",
        (
            "On Sunday our Indesit washing machine stopped spinning, and the repair man can't "
            "come before Friday.",
            "The repair man can't come until Friday to look at our Indesit washing machine, "
            "which stopped spinning on Sunday.",
            "It was on Sunday that our Indesit washing machine stopped spinning, and the repair "
            "man can't come till Friday.",
        ),
        (
            "Our Indesit washing machine stopped draining on Sunday, and the repair man can't "
            "come until Friday.",
            "Our Indesit washing machine stopped spinning on Sunday, and the repair man can't "
            "come until Monday.",
        ),
    ),
    Fact(
        "I'm appealing a 60-pound parking fine I got outside my dentist's in Rugby.",
        (
            "Outside my dentist's in Rugby I got a 60-pound parking fine, and I'm appealing it.",
            "I'm challenging the 60-pound parking fine I was given outside my dentist's in Rugby.",
            "The parking fine I got outside my dentist's in Rugby was 60 pounds, and I'm "
            "appealing against it.",
        ),
        (
            "I've paid a 60-pound parking fine I got outside my dentist's in Rugby.",
            "I'm appealing a 60-pound parking fine I got outside my doctor's in Rugby.",
        ),
    ),
    Fact(
        "I host our book club in my front room on the first Thursday of every month.",
        (
            "On the first Thursday of every month I host our book club in my front room.",
            "Our book club meets in my front room on the first Thursday of each month, with me "
            "as host.",
            "It's in my front room that I host our book club, on the first Thursday of every "
            "month.",
        ),
        (
            "I host our book club in my front room on the last Thursday of every month.",
            "My friend Gemma hosts our book club in her front room on the first Thursday of "
            "every month.",
        ),
    ),
    Fact(
        "I joined the Rock Choir in Basingstoke last September.",
        (
            "Last September I joined the Rock Choir in Basingstoke.",
            "It was last September that I joined the Rock Choir in Basingstoke.",
            "The Rock Choir in Basingstoke is the choir I joined last September.",
        ),
        (
            "I left the Rock Choir in Basingstoke last September.",
            "I joined the Rock Choir in Andover last September.",
        ),
    ),
    Fact(
        "Our choir is singing Faure's Requiem at St Albans Cathedral on 22 March.",
        (
            "On 22 March our choir is singing Faure's Requiem at St Albans Cathedral.",
            "Faure's Requiem is being sung by our choir at St Albans Cathedral on the 22nd "
            "of March.",
            "It's Faure's Requiem that our choir is singing at St Albans Cathedral on March 22nd.",
        ),
        (
            "Our choir is singing Mozart's Requiem at St Albans Cathedral on 22 March.",
            "Our choir is rehearsing Faure's Requiem at St Albans Cathedral on 22 March.",
        ),
    ),
    Fact(
        "We're taking the kids to Legoland Windsor for two nights in the February half-term.",
        (
            "In the February half-term we're taking the kids to Legoland Windsor for two nights.",
            "Our kids are going to Legoland Windsor with us for two nights in the February "
            "half-term.",
            "Over the February half-term, we're taking the kids on a two-night trip to Legoland "
            "Windsor.",
        ),
        (
            "We're taking the kids to Legoland Windsor for two nights in the May half-term.",
            "We took the kids to Legoland Windsor for two nights in the February half-term.",
        ),
    ),
    Fact(
        "My granny Edna moved into Rosewood care home in Kendal after a fall in October.",
        (
            "After a fall in October, my granny Edna moved into Rosewood care home in Kendal.",
            "Following a fall in October, my granny Edna went to live at Rosewood care home "
            "in Kendal.",
            "It was after a fall in October that my granny Edna moved into Rosewood care home "
            "in Kendal.",
        ),
        (
            "My granny Edna moved into Rosewood care home in Kendal after a stroke in October.",
            "My great-aunt Edna moved into Rosewood care home in Kendal after a fall in October.",
        ),
    ),
    Fact(
        "I'm getting a hummingbird tattooed on my right shoulder at a studio in Bristol on "
        "Saturday.",
        (
            "On Saturday I'm getting a hummingbird tattooed on my right shoulder at a studio "
            "in Bristol.",
            "At a studio in Bristol on Saturday, I'm having a hummingbird tattooed on my right "
            "shoulder.",
            "It's a hummingbird I'm getting tattooed on my right shoulder, at a Bristol studio "
            "on Saturday.",
        ),
        (
            "I'm getting a hummingbird tattooed on my left shoulder at a studio in Bristol on "
            "Saturday.",
            "I'm getting a kingfisher tattooed on my right shoulder at a studio in Bristol on "
            "Saturday.",
        ),
    ),
    Fact(
        "Our kitchen refit is costing 14,000 pounds, including new units from Wren.",
        (
            "Including new units from Wren, our kitchen refit is costing 14,000 pounds.",
            "We're paying 14,000 pounds for our kitchen refit, new Wren units included.",
            "The refit of our kitchen, with new units from Wren, is costing fourteen "
            "thousand pounds.",
        ),
        (
            "Our kitchen refit is costing 14,000 pounds, not including new units from Wren.",
            "Our kitchen refit is costing 19,000 pounds, including new units from Wren.",
        ),
    ),
    Fact(
        "The fitters start ripping out our old kitchen on Monday 7 April.",
        (
            "On Monday 7 April the fitters start ripping out our old kitchen.",
            "Our old kitchen starts being ripped out by the fitters on Monday the 7th of April.",
            "It's on Monday, April 7th, that the fitters start ripping out our old kitchen.",
        ),
        (
            "The fitters finish ripping out our old kitchen on Monday 7 April.",
            "The fitters start ripping out our old bathroom on Monday 7 April.",
        ),
    ),
    Fact(
        "Our tabby cat Marmite has been missing since Tuesday night.",
        (
            "Since Tuesday night our tabby cat Marmite has been missing.",
            "Marmite, our tabby cat, has been missing since Tuesday night.",
            "Our tabby cat Marmite went missing on Tuesday night and still hasn't come back.",
        ),
        (
            "Our tabby cat Marmite has been missing since Thursday night.",
            "Our black cat Marmite has been missing since Tuesday night.",
        ),
    ),
    Fact(
        "I've put up 40 posters about our lost cat around Headington.",
        (
            "Around Headington I've put up 40 posters about our lost cat.",
            "Forty posters about our lost cat have been put up by me around Headington.",
            "There are 40 posters about our lost cat that I've put up around Headington.",
        ),
        (
            "I've put up 40 posters about our lost dog around Headington.",
            "I'm going to put up 40 posters about our lost cat around Headington.",
        ),
    ),
    Fact(
        "My marathon training plan has me running four times a week, with a long run every Sunday.",
        (
            "With a long run every Sunday, my marathon training plan has me running four times "
            "a week.",
            "On my marathon training plan I run four times a week, and my long run is every "
            "Sunday.",
            "Four runs a week, including a long one every Sunday, is what my marathon training "
            "plan has me doing.",
        ),
        (
            "My marathon training plan has me running five times a week, with a long run every "
            "Sunday.",
            "My sister's marathon training plan has her running four times a week, with a long "
            "run every Sunday.",
        ),
    ),
    Fact(
        "I'm 6 weeks into a 16-week training plan for the Loch Ness Marathon.",
        (
            "I'm six weeks into a sixteen-week training plan for the Loch Ness Marathon.",
            "For the Loch Ness Marathon I'm following a 16-week training plan, and I'm six "
            "weeks into it.",
            "My training plan for the Loch Ness Marathon lasts 16 weeks, and I'm 6 weeks in.",
        ),
        (
            "I'm 6 weeks into a 16-week training plan for the Loch Ness Half Marathon.",
            "I'm 10 weeks into a 16-week training plan for the Loch Ness Marathon.",
        ),
    ),
)


# The sixty-fifth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT64's failures were looked at. Measured unseen: 1.11 memories per fact, 1.6% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT64's study).
HELDOUT65 = (
    Fact(
        "I'm on the night shift rota at the Royal Stoke hospital one week in every four.",
        (
            "One week in every four, I'm on the night shift rota at the Royal Stoke hospital.",
            (
                "At the Royal Stoke hospital, the rota puts me "
                "on night shifts one week out of every four."
            ),
            "Every fourth week I'm on the night shift rota at the Royal Stoke hospital.",
        ),
        (
            (
                "My husband is on the night shift rota at the "
                "Royal Stoke hospital one week in every four."
            ),
            "I'm on the night shift rota at the Royal Stoke hospital one week in every three.",
        ),
    ),
    Fact(
        "Our caravan is a 2015 Swift Challenger with a fixed double bed.",
        (
            "We have a 2015 Swift Challenger caravan, and it's got a fixed double bed.",
            "The caravan we own is a Swift Challenger from 2015 with a fixed double bed.",
            "Our caravan, a 2015 Swift Challenger, has a fixed double bed.",
        ),
        (
            "My parents' caravan is a 2015 Swift Challenger with a fixed double bed.",
            "Our caravan is a 2015 Swift Challenger with fixed twin beds.",
        ),
    ),
    Fact(
        "My dental implant at a clinic in Guildford cost 2,400 pounds.",
        (
            "I paid 2,400 pounds for my dental implant at a clinic in Guildford.",
            "A clinic in Guildford charged me 2,400 pounds for my dental implant.",
            "It cost me 2,400 pounds to have my dental implant done at a clinic in Guildford.",
        ),
        (
            "My dental implant at a clinic in Guildford was quoted at 2,400 pounds.",
            "My dental implant at a clinic in Woking cost 2,400 pounds.",
        ),
    ),
    Fact(
        "I delivered 600 leaflets for our Lib Dem candidate before the local elections in May.",
        (
            (
                "Before the local elections in May, I delivered "
                "600 leaflets for our Lib Dem candidate."
            ),
            (
                "Ahead of the May local elections, I put 600 "
                "leaflets through doors for our Lib Dem candidate."
            ),
            (
                "It was 600 leaflets that I delivered for our Lib "
                "Dem candidate before the local elections in May."
            ),
        ),
        (
            "I delivered 600 leaflets for our Labour candidate before the local elections in May.",
            (
                "I'm going to deliver 600 leaflets for our Lib "
                "Dem candidate before the local elections in May."
            ),
        ),
    ),
    Fact(
        (
            "I play in a ukulele group that meets in the back "
            "room of the Talbot in Ledbury on Monday evenings."
        ),
        (
            (
                "On Monday evenings I play in a ukulele group that "
                "meets in the back room of the Talbot in Ledbury."
            ),
            (
                "The ukulele group I play in meets on Monday "
                "evenings in the back room of the Talbot in Ledbury."
            ),
            (
                "It's in the back room of the Talbot in Ledbury that "
                "the ukulele group I play in meets on Monday evenings."
            ),
        ),
        (
            (
                "I play in a ukulele group that meets in the back "
                "room of the Talbot in Ledbury on Thursday evenings."
            ),
            (
                "I play in a ukulele group that meets in the front "
                "bar of the Talbot in Ledbury on Monday evenings."
            ),
        ),
    ),
    Fact(
        "I inherited a silver pocket watch engraved with my great-grandad's initials, W.H.B.",
        (
            (
                "I was left a silver pocket watch that has my "
                "great-grandad's initials, W.H.B., engraved on it."
            ),
            (
                "The silver pocket watch I inherited is engraved "
                "with my great-grandad's initials, W.H.B."
            ),
            (
                "A silver pocket watch engraved with W.H.B., my "
                "great-grandad's initials, came to me as an inheritance."
            ),
        ),
        (
            "I inherited a gold pocket watch engraved with my great-grandad's initials, W.H.B.",
            (
                "My cousin inherited a silver pocket watch "
                "engraved with my great-grandad's initials, W.H.B."
            ),
        ),
    ),
    Fact(
        "Our Vaillant boiler is serviced every October by a Gas Safe engineer called Rob.",
        (
            "Every October a Gas Safe engineer called Rob services our Vaillant boiler.",
            "A Gas Safe engineer named Rob comes to service our Vaillant boiler each October.",
            (
                "It's every October that our Vaillant boiler "
                "gets serviced by Rob, a Gas Safe engineer."
            ),
        ),
        (
            "Our Vaillant boiler is serviced every April by a Gas Safe engineer called Rob.",
            (
                "Our Vaillant boiler used to be serviced every "
                "October by a Gas Safe engineer called Rob."
            ),
        ),
    ),
    Fact(
        "My twin brother Euan was born twelve minutes before me.",
        (
            "I was born twelve minutes after my twin brother Euan.",
            "My twin brother, Euan, is twelve minutes older than me.",
            "Euan, my twin brother, arrived twelve minutes before I did.",
        ),
        (
            "My twin brother Euan was born twelve minutes after me.",
            "My twin brother Euan was born twenty minutes before me.",
        ),
    ),
    Fact(
        "I'm going on a three-day fly fishing trip on the River Tweed with my brother in April.",
        (
            "In April my brother and I are going fly fishing on the River Tweed for three days.",
            "In April I'm off with my brother on a three-day fly fishing trip on the River Tweed.",
            (
                "Three days of fly fishing on the River Tweed with "
                "my brother is what I've got lined up for April."
            ),
        ),
        (
            "I'm going on a three-day fly fishing trip on the River Tay with my brother in April.",
            "I went on a three-day fly fishing trip on the River Tweed with my brother in April.",
        ),
    ),
    Fact(
        "The biggest of my house plants is a Swiss cheese plant that's nearly two metres tall.",
        (
            "My Swiss cheese plant, at nearly two metres tall, is the biggest of my house plants.",
            "Of all my house plants, the biggest is a Swiss cheese plant nearly two metres high.",
            (
                "There's a Swiss cheese plant nearly two metres "
                "tall among my house plants, and it's the biggest."
            ),
        ),
        (
            "The biggest of my house plants is a rubber plant that's nearly two metres tall.",
            "The oldest of my house plants is a Swiss cheese plant that's nearly two metres tall.",
        ),
    ),
    Fact(
        (
            "Our easyJet flight home from Faro was delayed by "
            "seven hours, and we each got 220 pounds compensation."
        ),
        (
            (
                "We each got 220 pounds in compensation after our easyJet "
                "flight home from Faro was delayed by seven hours."
            ),
            (
                "Our flight home from Faro with easyJet was seven hours "
                "late, and we were each given 220 pounds compensation."
            ),
            (
                "EasyJet delayed our flight home from Faro by seven "
                "hours and paid us 220 pounds each in compensation."
            ),
        ),
        (
            (
                "Our easyJet flight out to Faro was delayed by seven "
                "hours, and we each got 220 pounds compensation."
            ),
            (
                "Our easyJet flight home from Faro was delayed by seven "
                "hours, and we each claimed 220 pounds compensation."
            ),
        ),
    ),
    Fact(
        "I've swapped my Christmas Eve night shift with my colleague Dionne.",
        (
            "My Christmas Eve night shift has been swapped with my colleague Dionne.",
            "I've traded my night shift on Christmas Eve with Dionne, a colleague of mine.",
            "It's my Christmas Eve night shift that I've swapped with my colleague Dionne.",
        ),
        (
            "I've swapped my New Year's Eve night shift with my colleague Dionne.",
            "I'd like to swap my Christmas Eve night shift with my colleague Dionne.",
        ),
    ),
    Fact(
        "We keep our touring caravan on a storage site near Malton for 45 pounds a month.",
        (
            (
                "Our touring caravan is kept on a storage site "
                "near Malton, which costs us 45 pounds a month."
            ),
            "For 45 pounds a month, we store our touring caravan on a site near Malton.",
            "We pay 45 pounds a month to keep our touring caravan at a storage site near Malton.",
        ),
        (
            "We keep our touring caravan on a storage site near Pickering for 45 pounds a month.",
            (
                "We kept our touring caravan on a storage site "
                "near Malton for 45 pounds a month until 2022."
            ),
        ),
    ),
    Fact(
        (
            "At my school reunion in Darlington I found out that "
            "my old form tutor, Mr Reeves, is now the headteacher."
        ),
        (
            (
                "I found out at my school reunion in Darlington that "
                "Mr Reeves, my old form tutor, is now the headteacher."
            ),
            (
                "My old form tutor, Mr Reeves, is now the headteacher, "
                "as I found out at my school reunion in Darlington."
            ),
            (
                "It was at my school reunion in Darlington that I learned "
                "my old form tutor Mr Reeves is now the headteacher."
            ),
        ),
        (
            (
                "At my school reunion in Darlington I found out that "
                "my old PE teacher, Mr Reeves, is now the headteacher."
            ),
            (
                "At my school reunion in Darlington I found out that my "
                "old form tutor, Mr Reeves, is no longer the headteacher."
            ),
        ),
    ),
    Fact(
        "The post for my dental implant went in on 4 June, and the crown goes on in September.",
        (
            (
                "On 4 June the post for my dental implant was put "
                "in, and the crown will be fitted in September."
            ),
            (
                "My dental implant's post went in on the 4th "
                "of June, and its crown goes on in September."
            ),
            (
                "The crown for my dental implant goes on in "
                "September, after the post went in on 4 June."
            ),
        ),
        (
            (
                "The post for my dental implant went in on "
                "4 July, and the crown goes on in September."
            ),
            (
                "The post for my dental implant went in on 4 "
                "June, and the abutment goes on in September."
            ),
        ),
    ),
    Fact(
        "I voted by post in the local council election because I was in Spain on polling day.",
        (
            (
                "Because I was in Spain on polling day, I "
                "voted by post in the local council election."
            ),
            (
                "I was in Spain on polling day, so I cast a "
                "postal vote in the local council election."
            ),
            (
                "My vote in the local council election was a "
                "postal one, as I was in Spain on polling day."
            ),
        ),
        (
            (
                "I voted by proxy in the local council election "
                "because I was in Spain on polling day."
            ),
            "I didn't vote in the local council election because I was in Spain on polling day.",
        ),
    ),
    Fact(
        (
            "I've frozen my gym membership at the Better leisure centre "
            "in Walthamstow for three months while my ankle heals."
        ),
        (
            (
                "While my ankle heals, I've frozen my gym membership at "
                "the Better leisure centre in Walthamstow for three months."
            ),
            (
                "My gym membership at the Better leisure centre in Walthamstow "
                "has been frozen for three months while my ankle heals."
            ),
            (
                "I've put my Better leisure centre gym membership in "
                "Walthamstow on hold for three months while my ankle heals."
            ),
        ),
        (
            (
                "I've frozen my gym membership at the Better leisure centre "
                "in Walthamstow for three months while my knee heals."
            ),
            (
                "I'm planning to freeze my gym membership at the Better leisure "
                "centre in Walthamstow for three months while my ankle heals."
            ),
        ),
    ),
    Fact(
        "My twin brother lives in Belfast and works as a train driver.",
        (
            "My twin brother works as a train driver and lives in Belfast.",
            "My twin brother is a train driver, and his home is in Belfast.",
            "Belfast is where my twin brother lives, and he drives trains for a living.",
        ),
        (
            "My twin brother lives in Belfast and works as a bus driver.",
            "My twin brother lived in Belfast and worked as a train driver until 2021.",
        ),
    ),
    Fact(
        "I work three days a week as assistant manager at the Cancer Research UK shop in Chorley.",
        (
            (
                "I'm the assistant manager at the Cancer Research "
                "UK shop in Chorley, working three days a week."
            ),
            (
                "Three days a week, I work at the Cancer Research "
                "UK shop in Chorley as its assistant manager."
            ),
            (
                "My job is assistant manager at the Cancer Research "
                "UK shop in Chorley, and I do three days a week."
            ),
        ),
        (
            "I work three days a week as a volunteer at the Cancer Research UK shop in Chorley.",
            (
                "I'm going to start working three days a week as assistant "
                "manager at the Cancer Research UK shop in Chorley."
            ),
        ),
    ),
    Fact(
        "The engineer who serviced our boiler on Friday said the flue needs replacing.",
        (
            (
                "According to the engineer who serviced our "
                "boiler on Friday, the flue needs replacing."
            ),
            (
                "When our boiler was serviced on Friday, the "
                "engineer told us the flue needs to be replaced."
            ),
            "Our boiler's flue needs replacing, the engineer said when he serviced it on Friday.",
        ),
        (
            "The engineer who serviced our boiler on Friday said the fan needs replacing.",
            "The engineer who serviced our boiler on Friday said the flue doesn't need replacing.",
        ),
    ),
    Fact(
        "I bought my string of pearls plant from a market stall in Brixton for 6 pounds.",
        (
            "I paid 6 pounds for my string of pearls plant at a market stall in Brixton.",
            (
                "My string of pearls plant came from a market "
                "stall in Brixton, where it cost me 6 pounds."
            ),
            (
                "It was at a market stall in Brixton that I "
                "bought my string of pearls plant for 6 pounds."
            ),
        ),
        (
            "I bought my string of hearts plant from a market stall in Brixton for 6 pounds.",
            "I sold my string of pearls plant at a market stall in Brixton for 6 pounds.",
        ),
    ),
)


# The sixty-sixth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT65's failures were looked at. Measured unseen: 1.16 memories per fact, 1.6% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT65's study).
HELDOUT66 = (
    Fact(
        "I judged the Victoria sponge competition at the Wingham village fete last July.",
        (
            "Last July I judged the Victoria sponge competition at the Wingham village fete.",
            "At the Wingham village fete last July, I was the judge of the Victoria sponge "
            "competition.",
            "The Victoria sponge competition at last July's Wingham village fete was judged by me.",
        ),
        (
            "I entered the Victoria sponge competition at the Wingham village fete last July.",
            "I judged the lemon drizzle competition at the Wingham village fete last July.",
        ),
    ),
    Fact(
        "My husband Gareth runs the coconut shy at our village fete in Much Wenlock every August.",
        (
            "Every August my husband Gareth runs the coconut shy at our village fete in Much "
            "Wenlock.",
            "The coconut shy at our Much Wenlock village fete is run by my husband Gareth "
            "every August.",
            "It's my husband Gareth who runs the coconut shy at our village fete in Much "
            "Wenlock each August.",
        ),
        (
            "My husband Gareth used to run the coconut shy at our village fete in Much Wenlock "
            "every August.",
            "My husband Gareth runs the hook-a-duck at our village fete in Much Wenlock every "
            "August.",
        ),
    ),
    Fact(
        "I paid 2,950 pounds for a pair of Phonak hearing aids at Specsavers in Harrogate.",
        (
            "At Specsavers in Harrogate I paid 2,950 pounds for a pair of Phonak hearing aids.",
            "A pair of Phonak hearing aids from Specsavers in Harrogate cost me 2,950 pounds.",
            "I bought a pair of Phonak hearing aids at Specsavers in Harrogate for 2,950 pounds.",
        ),
        (
            "I paid 2,950 pounds for a pair of Phonak hearing aids at Specsavers in Ripon.",
            "My mum paid 2,950 pounds for a pair of Phonak hearing aids at Specsavers in "
            "Harrogate.",
        ),
    ),
    Fact(
        "I change the batteries in my hearing aid every Sunday night.",
        (
            "Every Sunday night I change my hearing aid's batteries.",
            "Sunday night is when I change the batteries in my hearing aid.",
            "I put new batteries in my hearing aid each Sunday night.",
        ),
        (
            "I change the batteries in my hearing aid every Wednesday night.",
            "I don't change the batteries in my hearing aid every Sunday night.",
        ),
    ),
    Fact(
        "We swapped our diesel Golf for a white MG4 electric car in May 2024.",
        (
            "In May 2024 we swapped our diesel Golf for a white MG4 electric car.",
            "In May 2024 we replaced our diesel Golf with a white electric MG4.",
            "It was in May 2024 that we swapped our diesel Golf for a white MG4 electric car.",
        ),
        (
            "We swapped our diesel Golf for a grey MG4 electric car in May 2024.",
            "We swapped our petrol Golf for a white MG4 electric car in May 2024.",
        ),
    ),
    Fact(
        "My student loan repayments come to 74 pounds a month out of my salary.",
        (
            "Each month 74 pounds comes out of my salary for my student loan repayments.",
            "I repay 74 pounds a month of my student loan out of my salary.",
            "My salary has 74 pounds a month taken out of it for my student loan repayments.",
        ),
        (
            "My student loan repayments come to 47 pounds a month out of my salary.",
            "My wife's student loan repayments come to 74 pounds a month out of her salary.",
        ),
    ),
    Fact(
        "I took out a student loan of 11,800 pounds for my master's at the University of "
        "Sheffield in 2020.",
        (
            "In 2020 I took out an 11,800-pound student loan for my master's at the "
            "University of Sheffield.",
            "The student loan I took out in 2020 for my master's at the University of "
            "Sheffield was for 11,800 pounds.",
            "I borrowed 11,800 pounds as a student loan in 2020 for my master's at the "
            "University of Sheffield.",
        ),
        (
            "I took out a student loan of 11,800 pounds for my master's at the University of "
            "Leeds in 2020.",
            "I took out a student loan of 11,800 pounds for my PhD at the University of "
            "Sheffield in 2020.",
        ),
    ),
    Fact(
        "I top up the sunflower hearts in our bird feeder every other morning before work.",
        (
            "Every other morning before work I top up the sunflower hearts in our bird feeder.",
            "Before work, every second morning, I refill our bird feeder with sunflower hearts.",
            "It's every other morning before work that I top up the sunflower hearts in our "
            "bird feeder.",
        ),
        (
            "I top up the sunflower hearts in our bird feeder every other evening after work.",
            "I top up the niger seed in our bird feeder every other morning before work.",
        ),
    ),
    Fact(
        "I play wing attack for the Bluebells in the Tuesday night netball league at "
        "Stockport Leisure Centre.",
        (
            "On Tuesday nights I play wing attack for the Bluebells in the netball league at "
            "Stockport Leisure Centre.",
            "In the Tuesday night netball league at Stockport Leisure Centre, I play wing "
            "attack for the Bluebells.",
            "My position for the Bluebells in the Tuesday night netball league at Stockport "
            "Leisure Centre is wing attack.",
        ),
        (
            "I play wing defence for the Bluebells in the Tuesday night netball league at "
            "Stockport Leisure Centre.",
            "I used to play wing attack for the Bluebells in the Tuesday night netball league "
            "at Stockport Leisure Centre.",
        ),
    ),
    Fact(
        "Our netball team, the Hornets, finished second in the Cheltenham summer league in 2024.",
        (
            "In 2024 our netball team, the Hornets, came second in the Cheltenham summer league.",
            "The Hornets, our netball team, were runners-up in the 2024 Cheltenham summer league.",
            "Second place in the 2024 Cheltenham summer league went to our netball team, the "
            "Hornets.",
        ),
        (
            "Our netball team, the Hornets, finished fourth in the Cheltenham summer league "
            "in 2024.",
            "Our netball team, the Hornets, finished second in the Cheltenham summer league "
            "in 2023.",
        ),
    ),
    Fact(
        "Our chimney sweep, Dave Pike from Bewdley, comes every September before we light "
        "the wood burner.",
        (
            "Every September, before we light the wood burner, our chimney sweep Dave Pike "
            "from Bewdley comes round.",
            "Dave Pike from Bewdley is our chimney sweep, and he comes every September before "
            "we light the wood burner.",
            "Before we light the wood burner each September, our chimney sweep, Dave Pike from "
            "Bewdley, comes.",
        ),
        (
            "Our chimney sweep, Dave Pike from Bewdley, comes every October before we light "
            "the wood burner.",
            "Our chimney sweep, Dave Pike from Bewdley, comes every September before we light "
            "the open fire.",
        ),
    ),
    Fact(
        "The chimney sweep charged us 85 pounds and found a jackdaw's nest in our chimney.",
        (
            "Our chimney sweep found a jackdaw's nest in our chimney and charged us 85 pounds.",
            "We were charged 85 pounds by the chimney sweep, who found a jackdaw's nest in our "
            "chimney.",
            "The chimney sweep who found a jackdaw's nest in our chimney charged us 85 pounds.",
        ),
        (
            "The chimney sweep charged us 85 pounds and found a pigeon's nest in our chimney.",
            "The chimney sweep charged us 58 pounds and found a jackdaw's nest in our chimney.",
        ),
    ),
    Fact(
        "We've booked a holiday cottage in Mousehole in Cornwall for the first week of August.",
        (
            "For the first week of August we've booked a holiday cottage in Mousehole in Cornwall.",
            "A holiday cottage in Mousehole in Cornwall is booked for us for the first week "
            "of August.",
            "We've got a holiday cottage in Mousehole, Cornwall, booked for the first week "
            "in August.",
        ),
        (
            "We've booked a holiday cottage in Mousehole in Cornwall for the last week of August.",
            "We'd like to book a holiday cottage in Mousehole in Cornwall for the first week "
            "of August.",
        ),
    ),
    Fact(
        "My parents own a holiday cottage near St Agnes in Cornwall that sleeps six.",
        (
            "My parents own a holiday cottage near St Agnes in Cornwall, and it sleeps six.",
            "Near St Agnes in Cornwall there's a holiday cottage owned by my parents that "
            "sleeps six.",
            "The holiday cottage my parents own near St Agnes in Cornwall sleeps six people.",
        ),
        (
            "My parents own a holiday cottage near St Agnes in Cornwall that sleeps eight.",
            "My parents rent a holiday cottage near St Agnes in Cornwall that sleeps six.",
        ),
    ),
    Fact(
        "I started a beginners' Spanish night class at Newcastle College on Wednesday "
        "evenings in January.",
        (
            "In January I started a beginners' Spanish night class on Wednesday evenings at "
            "Newcastle College.",
            "It was in January that I started a beginners' Spanish night class at Newcastle "
            "College on Wednesday evenings.",
            "A beginners' Spanish night class at Newcastle College on Wednesday evenings is "
            "what I started in January.",
        ),
        (
            "I finished a beginners' Spanish night class at Newcastle College on Wednesday "
            "evenings in January.",
            "I started an intermediate Spanish night class at Newcastle College on Wednesday "
            "evenings in January.",
        ),
    ),
    Fact(
        "I found out from our family tree that my great-grandfather Albert was a lock "
        "keeper on the Kennet and Avon Canal.",
        (
            "Our family tree showed me that my great-grandfather Albert was a lock keeper on "
            "the Kennet and Avon Canal.",
            "My great-grandfather Albert was a lock keeper on the Kennet and Avon Canal, as I "
            "found out from our family tree.",
            "From our family tree I learned that my great-grandfather Albert worked as a lock "
            "keeper on the Kennet and Avon Canal.",
        ),
        (
            "I found out from our family tree that my great-uncle Albert was a lock keeper on "
            "the Kennet and Avon Canal.",
            "I found out from our family tree that my great-grandfather Albert was a lock "
            "keeper on the Grand Union Canal.",
        ),
    ),
    Fact(
        "Our cellar flooded to knee height after the storm in November 2023 and ruined my "
        "record collection.",
        (
            "After the storm in November 2023 our cellar flooded to knee height, ruining my "
            "record collection.",
            "My record collection was ruined when our cellar flooded to knee height after the "
            "November 2023 storm.",
            "The November 2023 storm left our cellar flooded to knee height, and my record "
            "collection was ruined.",
        ),
        (
            "Our garage flooded to knee height after the storm in November 2023 and ruined my "
            "record collection.",
            "Our cellar flooded to knee height after the storm in November 2023 and ruined my "
            "comic collection.",
        ),
    ),
    Fact(
        "We're picking up our new puppy, a black Labrador called Otis, from a breeder in "
        "Hexham on Saturday.",
        (
            "On Saturday we're picking up Otis, our new black Labrador puppy, from a breeder "
            "in Hexham.",
            "Our new puppy is a black Labrador called Otis, and we're collecting him from a "
            "breeder in Hexham on Saturday.",
            "It's on Saturday that we pick up our new black Labrador puppy, Otis, from a "
            "breeder in Hexham.",
        ),
        (
            "We're picking up our new puppy, a chocolate Labrador called Otis, from a breeder "
            "in Hexham on Saturday.",
            "My sister is picking up her new puppy, a black Labrador called Otis, from a "
            "breeder in Hexham on Saturday.",
        ),
    ),
    Fact(
        "Our new puppy Nell has had her first jab but can't go out for walks until 14 March.",
        (
            "Nell, our new puppy, has had her first jab but can't go out for walks until the "
            "14th of March.",
            "Our new puppy Nell can't go out for walks until 14 March, though she's had her "
            "first jab.",
            "Our new puppy's name is Nell; she's had her first jab but can't be taken out for "
            "walks until 14 March.",
        ),
        (
            "Our new puppy Nell hasn't had her first jab and can't go out for walks until 14 "
            "March.",
            "Our new puppy Nell has had her second jab but can't go out for walks until 14 March.",
        ),
    ),
    Fact(
        "I couldn't give blood at Salisbury City Hall on Thursday because I'd been on antibiotics.",
        (
            "On Thursday I couldn't give blood at Salisbury City Hall because I'd been on "
            "antibiotics.",
            "Because I'd been on antibiotics, I couldn't give blood at Salisbury City Hall on "
            "Thursday.",
            "I'd been on antibiotics, so I was unable to give blood at Salisbury City Hall on "
            "Thursday.",
        ),
        (
            "My husband couldn't give blood at Salisbury City Hall on Thursday because he'd "
            "been on antibiotics.",
            "I couldn't give blood at Salisbury City Hall on Thursday because I'd been on "
            "steroids.",
        ),
    ),
    Fact(
        "I moved up to fifth on the tennis ladder at Westbury Lawn Tennis Club after "
        "beating Colin on Sunday.",
        (
            "After beating Colin on Sunday, I moved up to fifth on the tennis ladder at "
            "Westbury Lawn Tennis Club.",
            "Beating Colin on Sunday took me up to fifth place on the tennis ladder at "
            "Westbury Lawn Tennis Club.",
            "On Sunday I beat Colin and moved up to fifth on the tennis ladder at Westbury "
            "Lawn Tennis Club.",
        ),
        (
            "I dropped to fifth on the tennis ladder at Westbury Lawn Tennis Club after "
            "losing to Colin on Sunday.",
            "I moved up to third on the tennis ladder at Westbury Lawn Tennis Club after "
            "beating Colin on Sunday.",
        ),
    ),
)


# The sixty-seventh held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT66's failures were looked at. Measured unseen: 1.10 memories per fact, 1.6% wrong
# merges, 4.8% of facts stored nothing (offline at 0.8, before HELDOUT66's study).
HELDOUT67 = (
    Fact(
        "I captain the Tuesday night darts team at the Red Lion in Swindon.",
        (
            "At the Red Lion in Swindon, I captain the Tuesday night darts team.",
            "I'm the captain of the Red Lion's Tuesday night darts team in Swindon.",
            "The Tuesday night darts team at the Red Lion in Swindon is captained by me.",
        ),
        (
            "My husband captains the Tuesday night darts team at the Red Lion in Swindon.",
            "I captain the Thursday night darts team at the Red Lion in Swindon.",
        ),
    ),
    Fact(
        "I won the singles title in the Wigan and District darts league in 2023.",
        (
            "In 2023 I won the singles title in the Wigan and District darts league.",
            "The 2023 singles title in the Wigan and District darts league was won by me.",
            "It was in 2023 that I won the Wigan and District darts league's singles title.",
        ),
        (
            "I won the pairs title in the Wigan and District darts league in 2023.",
            "I lost the singles final in the Wigan and District darts league in 2023.",
        ),
    ),
    Fact(
        "I passed a 4 mm kidney stone naturally in January 2025.",
        (
            "In January 2025 I passed a 4 mm kidney stone naturally.",
            "I naturally passed a kidney stone measuring 4 millimetres in January 2025.",
            "It was in January 2025 that I naturally passed a 4 mm kidney stone.",
        ),
        (
            "I passed a 9 mm kidney stone naturally in January 2025.",
            "I couldn't pass a 4 mm kidney stone naturally in January 2025.",
        ),
    ),
    Fact(
        "I've rented plot 17 at the Prospect Park allotments in Reading since April 2021.",
        (
            "Since April 2021 I've rented plot 17 at the Prospect Park allotments in Reading.",
            (
                "Plot 17 at the Prospect Park allotments in "
                "Reading has been rented by me since April 2021."
            ),
            (
                "I've been renting plot number 17 at Reading's "
                "Prospect Park allotments since April 2021."
            ),
        ),
        (
            "I've rented plot 71 at the Prospect Park allotments in Reading since April 2021.",
            "I rented plot 17 at the Prospect Park allotments in Reading until April 2021.",
        ),
    ),
    Fact(
        "The rent on my allotment went up from 40 to 55 pounds this year.",
        (
            "This year the rent on my allotment went up from 40 pounds to 55 pounds.",
            "My allotment's rent rose from 40 to 55 pounds this year.",
            "This year the rent I pay for my allotment increased from 40 pounds to 55.",
        ),
        (
            "The rent on my allotment went down from 55 to 40 pounds this year.",
            "The rent on my allotment went up from 40 to 55 pounds last year.",
        ),
    ),
    Fact(
        "I'm planning to retire in March 2027, when I turn 62.",
        (
            "My plan is to retire in March 2027, when I'll be turning 62.",
            "In March 2027, when I turn 62, I'm planning to retire.",
            "I plan to retire in March 2027, which is when I turn 62.",
        ),
        (
            "My wife is planning to retire in March 2027, when she turns 62.",
            "I'm planning to go part-time in March 2027, when I turn 62.",
        ),
    ),
    Fact(
        "We're taking the 8:30 ferry from Cairnryan to Belfast on the 3rd of July.",
        (
            "On the 3rd of July we're taking the 8:30 ferry from Cairnryan to Belfast.",
            "We're catching the half past eight ferry from Cairnryan to Belfast on 3 July.",
            "The ferry we're taking on 3 July is the 8:30 from Cairnryan to Belfast.",
        ),
        (
            "We're taking the 8:30 ferry from Belfast to Cairnryan on the 3rd of July.",
            "We took the 8:30 ferry from Cairnryan to Belfast on the 3rd of July.",
        ),
    ),
    Fact(
        "I get seasick, so I always book a cabin on the ferry to Santander.",
        (
            "Because I get seasick, I always book a cabin on the Santander ferry.",
            "I always book a cabin on the ferry to Santander because I get seasick.",
            "It's because I get seasick that I always book a cabin on the ferry to Santander.",
        ),
        (
            "My mum gets seasick, so I always book her a cabin on the ferry to Santander.",
            "I get seasick, so I always book a cabin on the ferry to Bilbao.",
        ),
    ),
    Fact(
        "I bought a second-hand black Kawai upright piano on eBay for 450 pounds in 2022.",
        (
            "In 2022 I bought a second-hand black Kawai upright piano for 450 pounds on eBay.",
            "I got my second-hand black Kawai upright piano on eBay in 2022 for 450 pounds.",
            (
                "I paid 450 pounds on eBay in 2022 for a black "
                "Kawai upright piano that was second-hand."
            ),
        ),
        (
            "I bought a second-hand white Kawai upright piano on eBay for 450 pounds in 2022.",
            "I sold a second-hand black Kawai upright piano on eBay for 450 pounds in 2022.",
        ),
    ),
    Fact(
        (
            "I'm giving the best man's speech at my brother "
            "Owen's wedding in Cardiff on 12 September."
        ),
        (
            (
                "On 12 September I'm giving the best man's "
                "speech at my brother Owen's wedding in Cardiff."
            ),
            (
                "At my brother Owen's wedding in Cardiff on the "
                "12th of September, I'm giving the best man's speech."
            ),
            (
                "The best man's speech at my brother Owen's Cardiff "
                "wedding on 12 September will be given by me."
            ),
        ),
        (
            (
                "I'm giving the best man's speech at my brother "
                "Owen's wedding in Cardiff on 19 September."
            ),
            (
                "I'm giving the best man's speech at my cousin "
                "Owen's wedding in Cardiff on 12 September."
            ),
        ),
    ),
    Fact(
        "My wedding speech lasted eleven minutes and made my mother-in-law cry.",
        (
            "My mother-in-law cried at my wedding speech, which lasted eleven minutes.",
            "My wedding speech went on for 11 minutes and brought my mother-in-law to tears.",
            "It was my eleven-minute wedding speech that made my mother-in-law cry.",
        ),
        (
            "My wedding speech lasted eleven minutes and made my mother-in-law laugh.",
            "My wedding speech lasted four minutes and made my mother-in-law cry.",
        ),
    ),
    Fact(
        "I raised 840 pounds for Macmillan by swimming 100 lengths at Crawley K2 in May.",
        (
            "By swimming 100 lengths at Crawley K2 in May, I raised 840 pounds for Macmillan.",
            "In May I swam 100 lengths at Crawley K2 and raised 840 pounds for Macmillan.",
            (
                "My sponsored swim of 100 lengths at Crawley "
                "K2 in May raised 840 pounds for Macmillan."
            ),
        ),
        (
            "I raised 840 pounds for Macmillan by swimming 200 lengths at Crawley K2 in May.",
            (
                "I raised 840 pounds for Cancer Research UK "
                "by swimming 100 lengths at Crawley K2 in May."
            ),
        ),
    ),
    Fact(
        "My Lenovo ThinkPad's screen cracked when I dropped it at Euston station.",
        (
            "When I dropped my Lenovo ThinkPad at Euston station, its screen cracked.",
            "The screen on my Lenovo ThinkPad cracked when I dropped it at Euston station.",
            "I dropped my Lenovo ThinkPad at Euston station and the screen cracked.",
        ),
        (
            "My Lenovo ThinkPad's hinge cracked when I dropped it at Euston station.",
            "My Lenovo ThinkPad's screen cracked when I dropped it at Paddington station.",
        ),
    ),
    Fact(
        "A repair shop on Deansgate quoted me 180 pounds to fix my laptop's broken hinge.",
        (
            "To fix my laptop's broken hinge, a repair shop on Deansgate quoted me 180 pounds.",
            (
                "I was quoted 180 pounds by a repair shop on "
                "Deansgate to fix the broken hinge on my laptop."
            ),
            "A Deansgate repair shop's quote for fixing my laptop's broken hinge was 180 pounds.",
        ),
        (
            "A repair shop on Deansgate charged me 180 pounds to fix my laptop's broken hinge.",
            (
                "A repair shop on Deansgate quoted me 180 "
                "pounds to fix my laptop's broken charging port."
            ),
        ),
    ),
    Fact(
        "My nephew Rhys started a medicine degree at the University of Bristol in September 2024.",
        (
            (
                "In September 2024 my nephew Rhys started a "
                "medicine degree at the University of Bristol."
            ),
            (
                "My nephew, whose name is Rhys, began a medicine "
                "degree at Bristol University in September 2024."
            ),
            (
                "It was at the University of Bristol that my nephew "
                "Rhys started a medicine degree in September 2024."
            ),
        ),
        (
            (
                "My nephew Rhys started a dentistry degree at "
                "the University of Bristol in September 2024."
            ),
            (
                "My nephew Rhys dropped out of a medicine degree "
                "at the University of Bristol in September 2024."
            ),
        ),
    ),
    Fact(
        "My nephew Tariq lives in halls at Leeds and I send him 50 pounds a month.",
        (
            "I send my nephew Tariq 50 pounds a month, and he lives in halls at Leeds.",
            "Every month I send 50 pounds to my nephew Tariq, who lives in halls at Leeds.",
            "My nephew Tariq, who's in halls at Leeds, gets 50 pounds a month from me.",
        ),
        (
            "My nephew Tariq lives in halls at Leeds and I send him 50 pounds a week.",
            "My nephew Tariq lives in halls at Leeds and I used to send him 50 pounds a month.",
        ),
    ),
    Fact(
        "I go to a watercolour class at Ilkley library every Thursday afternoon.",
        (
            "Every Thursday afternoon I go to a watercolour class at Ilkley library.",
            "On Thursday afternoons I attend a watercolour class at the library in Ilkley.",
            "There's a watercolour class at Ilkley library that I go to every Thursday afternoon.",
        ),
        (
            "I'd like to go to a watercolour class at Ilkley library every Thursday afternoon.",
            "I teach a watercolour class at Ilkley library every Thursday afternoon.",
        ),
    ),
    Fact(
        "The couple next door at number 9 have a husky that howls whenever they go out.",
        (
            "Whenever the couple next door at number 9 go out, their husky howls.",
            "The husky belonging to the couple next door at number 9 howls whenever they go out.",
            "It's the couple next door at number 9 whose husky howls whenever they go out.",
        ),
        (
            "The couple next door at number 9 have a beagle that howls whenever they go out.",
            "The couple next door at number 9 have a husky that never howls when they go out.",
        ),
    ),
    Fact(
        "Since the new neighbours moved in at number 14 in June, I've worn earplugs to sleep.",
        (
            "I've worn earplugs to sleep since the new neighbours moved in at number 14 in June.",
            (
                "Ever since June, when the new neighbours "
                "moved into number 14, I've slept in earplugs."
            ),
            (
                "I've been wearing earplugs to sleep since June, "
                "when the new neighbours moved in at number 14."
            ),
        ),
        (
            (
                "Since the new neighbours moved in at number 14 "
                "in June, my daughter has worn earplugs to sleep."
            ),
            (
                "Since the new neighbours moved in at number "
                "14 in June, I've worn headphones to sleep."
            ),
        ),
    ),
    Fact(
        "We pitched our tent at Three Cliffs Bay on the Gower for five nights in July 2024.",
        (
            "In July 2024 we pitched our tent at Three Cliffs Bay on the Gower for five nights.",
            "For five nights in July 2024, our tent was pitched at Three Cliffs Bay on the Gower.",
            (
                "We spent five nights camping in our tent at "
                "Three Cliffs Bay on the Gower in July 2024."
            ),
        ),
        (
            "We pitched our tent at Three Cliffs Bay on the Gower for three nights in July 2024.",
            (
                "We're planning to pitch our tent at Three Cliffs "
                "Bay on the Gower for five nights next July."
            ),
        ),
    ),
    Fact(
        "My new glasses from Vision Express have tortoiseshell frames and cost 129 pounds.",
        (
            (
                "I paid 129 pounds for my new glasses from "
                "Vision Express, which have tortoiseshell frames."
            ),
            (
                "The new glasses I got from Vision Express "
                "cost 129 pounds and have tortoiseshell frames."
            ),
            "My new Vision Express glasses, which have tortoiseshell frames, cost me 129 pounds.",
        ),
        (
            "My new glasses from Vision Express have black frames and cost 129 pounds.",
            "My new sunglasses from Vision Express have tortoiseshell frames and cost 129 pounds.",
        ),
    ),
)


# The sixty-eighth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT67's failures were looked at. Measured unseen: 1.17 memories per fact, 6.3% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT67's study).
HELDOUT68 = (
    Fact(
        "I joined Hartley Green Bowls Club in April and play in the Wednesday afternoon triples.",
        (
            "In April I joined Hartley Green Bowls Club, and I play in the triples on Wednesday "
            "afternoons.",
            "I became a member of Hartley Green Bowls Club in April, and on Wednesday afternoons "
            "I play in the triples.",
            "It was in April that I joined Hartley Green Bowls Club, where I play in the "
            "Wednesday afternoon triples.",
        ),
        (
            "I joined Hartley Green Bowls Club in April and play in the Wednesday afternoon pairs.",
            "My husband joined Hartley Green Bowls Club in April and plays in the Wednesday "
            "afternoon triples.",
        ),
    ),
    Fact(
        "I'm the treasurer of our bowls club in Frinton.",
        (
            "At our bowls club in Frinton, I'm the treasurer.",
            "Our bowls club in Frinton has me as its treasurer.",
            "The treasurer of our Frinton bowls club is me.",
        ),
        (
            "I'm the secretary of our bowls club in Frinton.",
            "I used to be the treasurer of our bowls club in Frinton.",
        ),
    ),
    Fact(
        "I had a cataract removed from my left eye at Moorfields on 12 March.",
        (
            "On 12 March I had a cataract taken out of my left eye at Moorfields.",
            "My left eye had its cataract removed at Moorfields on the 12th of March.",
            "It was at Moorfields, on March 12th, that I had the cataract in my left eye removed.",
        ),
        (
            "I had a cataract removed from my right eye at Moorfields on 12 March.",
            "I'm having a cataract removed from my left eye at Moorfields on 12 March.",
        ),
    ),
    Fact(
        "I have to put the steroid eye drops in four times a day for a month after my cataract "
        "operation.",
        (
            "For a month after my cataract operation, I have to use the steroid eye drops four "
            "times a day.",
            "After my cataract op I've got to put in steroid eye drops four times daily for a "
            "month.",
            "The steroid eye drops have to go in four times a day for a month after my cataract "
            "operation.",
        ),
        (
            "I have to put the steroid eye drops in twice a day for a month after my cataract "
            "operation.",
            "I have to put the steroid eye drops in four times a day for a month before my "
            "cataract operation.",
        ),
    ),
    Fact(
        "I'm transferring my Scottish Widows pension to PensionBee, and it should go through by "
        "the end of June.",
        (
            "My Scottish Widows pension is being transferred to PensionBee and should be done by "
            "the end of June.",
            "I'm moving my pension from Scottish Widows over to PensionBee, which should be "
            "complete by the end of June.",
            "It's my Scottish Widows pension that I'm transferring to PensionBee, and it ought to "
            "go through by the end of June.",
        ),
        (
            "I'm transferring my Scottish Widows pension to PensionBee, and it should go through "
            "by the end of July.",
            "I'm transferring my Scottish Widows pension to Nutmeg, and it should go through by "
            "the end of June.",
        ),
    ),
    Fact(
        "We keep our narrowboat Kingfisher on a mooring at Market Drayton on the Shropshire Union "
        "Canal.",
        (
            "Our narrowboat Kingfisher is moored at Market Drayton on the Shropshire Union Canal.",
            "At Market Drayton on the Shropshire Union Canal, we have a mooring for our "
            "narrowboat, Kingfisher.",
            "Kingfisher, our narrowboat, is kept on a mooring at Market Drayton on the Shropshire "
            "Union Canal.",
        ),
        (
            "We keep our narrowboat Kingfisher on a mooring at Audlem on the Shropshire Union "
            "Canal.",
            "Our friends keep their narrowboat Kingfisher on a mooring at Market Drayton on the "
            "Shropshire Union Canal.",
        ),
    ),
    Fact(
        "The annual fee for our narrowboat mooring went up to 3,200 pounds in April.",
        (
            "In April our narrowboat mooring fee rose to 3,200 pounds a year.",
            "The yearly fee for our narrowboat mooring was increased to 3,200 pounds in April.",
            "It was in April that the annual charge for our narrowboat mooring went up to "
            "3,200 pounds.",
        ),
        (
            "The annual fee for our narrowboat mooring went down to 3,200 pounds in April.",
            "The annual fee for our narrowboat mooring went up to 3,200 pounds in October.",
        ),
    ),
    Fact(
        "My daughter Maisie is learning to drive in my Fiat Panda, and I take her out on Sunday "
        "mornings.",
        (
            "Maisie, my daughter, is learning to drive in my Fiat Panda, and I take her out on "
            "Sunday mornings.",
            "On Sunday mornings I take my daughter Maisie out in my Fiat Panda, which she's "
            "learning to drive in.",
            "My Fiat Panda is the car my daughter Maisie is learning to drive in, and I take her "
            "out in it on Sunday mornings.",
        ),
        (
            "My daughter Maisie is learning to drive in my Fiat Panda, and I take her out on "
            "Sunday evenings.",
            "My goddaughter Maisie is learning to drive in my Fiat Panda, and I take her out on "
            "Sunday mornings.",
        ),
    ),
    Fact(
        "We've added my daughter Maisie to our Churchill car insurance as a learner driver, which "
        "cost an extra 240 pounds.",
        (
            "My daughter Maisie has been added to our Churchill car insurance as a learner "
            "driver, at an extra cost of 240 pounds.",
            "Adding my daughter Maisie to our Churchill car insurance as a learner driver cost us "
            "an extra 240 pounds.",
            "It cost an extra 240 pounds to put my daughter Maisie on our Churchill car insurance "
            "as a learner driver.",
        ),
        (
            "We've added my daughter Maisie to our Direct Line car insurance as a learner driver, "
            "which cost an extra 240 pounds.",
            "We've added my daughter Maisie to our Churchill car insurance as a learner driver, "
            "which cost an extra 420 pounds.",
        ),
    ),
    Fact(
        "The paddle on my Morphy Richards bread maker snapped, so I ordered a replacement for "
        "12 pounds.",
        (
            "I ordered a 12-pound replacement paddle after the one on my Morphy Richards bread "
            "maker snapped.",
            "The paddle of my Morphy Richards bread maker broke, so I ordered a new one for "
            "twelve pounds.",
            "After the paddle on my Morphy Richards bread maker snapped, I ordered a replacement "
            "costing 12 pounds.",
        ),
        (
            "The lid hinge on my Morphy Richards bread maker snapped, so I ordered a replacement "
            "for 12 pounds.",
            "The paddle on my Morphy Richards bread maker snapped, so I'm going to order a "
            "replacement for 12 pounds.",
        ),
    ),
    Fact(
        "I volunteer as a marshal at Cannon Hill parkrun in Birmingham on the first Saturday of "
        "every month.",
        (
            "On the first Saturday of every month I volunteer as a marshal at Cannon Hill parkrun "
            "in Birmingham.",
            "I'm a volunteer marshal at Birmingham's Cannon Hill parkrun on the first Saturday of "
            "each month.",
            "Every month, on the first Saturday, I marshal as a volunteer at Cannon Hill parkrun "
            "in Birmingham.",
        ),
        (
            "I volunteer as a timekeeper at Cannon Hill parkrun in Birmingham on the first "
            "Saturday of every month.",
            "I volunteer as a marshal at Cannon Hill parkrun in Birmingham on the last Saturday "
            "of every month.",
        ),
    ),
    Fact(
        "I ran my 50th parkrun at Pollok Park in Glasgow on New Year's Day 2024.",
        (
            "On New Year's Day 2024 I ran my 50th parkrun, at Pollok Park in Glasgow.",
            "My 50th parkrun was at Pollok Park in Glasgow on 1 January 2024.",
            "It was at Glasgow's Pollok Park that I ran my fiftieth parkrun, on 1st January 2024.",
        ),
        (
            "I ran my 100th parkrun at Pollok Park in Glasgow on New Year's Day 2024.",
            "I ran my 50th parkrun at Victoria Park in Glasgow on New Year's Day 2024.",
        ),
    ),
    Fact(
        "I've been going to a beginners' boxing class at Repton Boxing Club in Bethnal Green "
        "every Monday since September.",
        (
            "Since September I've been going to a beginners' boxing class at Repton Boxing Club "
            "in Bethnal Green every Monday.",
            "Every Monday since September, I've attended a beginners' boxing class at Repton "
            "Boxing Club in Bethnal Green.",
            "It's Repton Boxing Club in Bethnal Green where I've gone to a beginners' boxing "
            "class every Monday since September.",
        ),
        (
            "I've been going to a beginners' boxing class at Repton Boxing Club in Bethnal Green "
            "every Monday since November.",
            "I've been teaching a beginners' boxing class at Repton Boxing Club in Bethnal Green "
            "every Monday since September.",
        ),
    ),
    Fact(
        "A power cut on Christmas Day 2023 meant we had to cook our turkey at my sister's house "
        "in Ilkley.",
        (
            "We had to cook our turkey at my sister's house in Ilkley because of a power cut on "
            "Christmas Day 2023.",
            "Because the power went off on Christmas Day 2023, our turkey had to be cooked at my "
            "sister's house in Ilkley.",
            "It was a power cut on 25 December 2023 that forced us to cook our turkey at my "
            "sister's house in Ilkley.",
        ),
        (
            "A power cut on Christmas Day 2023 meant we had to cook our turkey at my sister's "
            "house in Otley.",
            "A power cut on Christmas Day 2023 almost meant we had to cook our turkey at my "
            "sister's house in Ilkley.",
        ),
    ),
    Fact(
        "We pay our council tax to Bristol City Council by direct debit over 12 months instead "
        "of 10.",
        (
            "Instead of 10 months, we pay our council tax to Bristol City Council by direct debit "
            "over 12.",
            "Our council tax is paid to Bristol City Council by direct debit across twelve months "
            "rather than ten.",
            "We spread our council tax to Bristol City Council over 12 monthly direct debits "
            "rather than 10.",
        ),
        (
            "We pay our council tax to Bristol City Council by direct debit over 10 months "
            "instead of 12.",
            "We used to pay our council tax to Bristol City Council by direct debit over 12 "
            "months instead of 10.",
        ),
    ),
    Fact(
        "I've had a 25 percent single person discount on my council tax since my husband moved "
        "into a care home.",
        (
            "Since my husband moved into a care home, I've had a single person discount of "
            "25 percent on my council tax.",
            "My council tax has had a 25% single person discount since my husband went into a "
            "care home.",
            "Ever since my husband moved into a care home, I've been given a 25 percent single "
            "person discount on my council tax.",
        ),
        (
            "I've had a 25 percent single person discount on my council tax since my mother "
            "moved into a care home.",
            "I've asked for a 25 percent single person discount on my council tax since my "
            "husband moved into a care home.",
        ),
    ),
    Fact(
        "Our lodger Callum works night shifts as a porter at Musgrove Park Hospital.",
        (
            "Callum, our lodger, works nights as a porter at Musgrove Park Hospital.",
            "At Musgrove Park Hospital, our lodger Callum works night shifts as a porter.",
            "Our lodger's name is Callum, and he works night shifts as a porter at Musgrove Park "
            "Hospital.",
        ),
        (
            "Our lodger Callum works day shifts as a porter at Musgrove Park Hospital.",
            "Our lodger Callum works night shifts as a cleaner at Musgrove Park Hospital.",
        ),
    ),
    Fact(
        "Our lodger Ines is moving out at the end of August, so we've advertised her room on "
        "SpareRoom.",
        (
            "Because our lodger Ines is moving out at the end of August, we've put her room up on "
            "SpareRoom.",
            "We've advertised our lodger Ines's room on SpareRoom, since she's moving out at the "
            "end of August.",
            "Ines, our lodger, moves out at the end of August, so her room has been advertised on "
            "SpareRoom.",
        ),
        (
            "Our lodger Ines is moving out at the end of September, so we've advertised her room "
            "on SpareRoom.",
            "Our lodger Ines is moving out at the end of August, so we're going to advertise her "
            "room on SpareRoom.",
        ),
    ),
    Fact(
        "I've put a solar-powered fountain pump in our garden pond to stop the water going green.",
        (
            "To stop the water going green, I've put a solar-powered fountain pump in our garden "
            "pond.",
            "There's now a solar-powered fountain pump in our garden pond, which I put in to stop "
            "the water turning green.",
            "Our garden pond has a solar-powered fountain pump that I've installed to keep the "
            "water from going green.",
        ),
        (
            "I've put a mains-powered fountain pump in our garden pond to stop the water going "
            "green.",
            "I've put a solar-powered fountain pump in our garden pond to stop the water going "
            "brown.",
        ),
    ),
    Fact(
        "For our 30th wedding anniversary we booked dinner at The Hand and Flowers in Marlow on "
        "18 September.",
        (
            "We've booked dinner at The Hand and Flowers in Marlow on 18 September for our 30th "
            "wedding anniversary.",
            "Our 30th wedding anniversary dinner is booked at The Hand and Flowers in Marlow for "
            "the 18th of September.",
            "It's The Hand and Flowers in Marlow where we've booked dinner on 18 September for "
            "our thirtieth wedding anniversary.",
        ),
        (
            "For our 30th wedding anniversary we booked lunch at The Hand and Flowers in Marlow "
            "on 18 September.",
            "For my parents' 30th wedding anniversary we booked dinner at The Hand and Flowers in "
            "Marlow on 18 September.",
        ),
    ),
    Fact(
        "My wife and I have booked a 14-night Canary Islands cruise on Cunard's Queen Victoria, "
        "leaving Southampton on 3 November.",
        (
            "My wife and I are booked on Cunard's Queen Victoria for a 14-night Canary Islands "
            "cruise that leaves Southampton on 3 November.",
            "A 14-night Canary Islands cruise on Cunard's Queen Victoria, sailing from "
            "Southampton on the 3rd of November, is booked for my wife and me.",
            "It's Cunard's Queen Victoria that my wife and I have booked for our 14-night Canary "
            "Islands cruise from Southampton on 3 November.",
        ),
        (
            "My wife and I have booked a 14-night Canary Islands cruise on Cunard's Queen Anne, "
            "leaving Southampton on 3 November.",
            "My wife and I have cancelled our 14-night Canary Islands cruise on Cunard's Queen "
            "Victoria, leaving Southampton on 3 November.",
        ),
    ),
)


# The sixty-ninth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT68's failures were looked at. Measured unseen: 1.05 memories per fact, 6.3% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT68's study).
HELDOUT69 = (
    Fact(
        "I bought a Concept2 rowing machine for 900 pounds in January 2024.",
        (
            "In January 2024 I bought a Concept2 rowing machine for 900 pounds.",
            "I paid 900 pounds for a Concept2 rowing machine in January 2024.",
            "The Concept2 rowing machine I bought in January 2024 cost me 900 pounds.",
        ),
        (
            "I sold a Concept2 rowing machine for 900 pounds in January 2024.",
            "I bought a Concept2 rowing machine for 600 pounds in January 2024.",
        ),
    ),
    Fact(
        "I row 5,000 metres on the rowing machine in our garage every morning before work.",
        (
            "Every morning before work I row 5,000 metres on the rowing machine in our garage.",
            "I do 5 km on the rowing machine in our garage each morning before work.",
            (
                "On the rowing machine in our garage, I row five thousand metres every morning "
                "before work."
            ),
        ),
        (
            "I row 5,000 metres on the rowing machine in our garage every evening after work.",
            (
                "My husband rows 5,000 metres on the rowing machine in our garage every morning "
                "before work."
            ),
        ),
    ),
    Fact(
        "I was appointed a co-opted governor at Hillcrest Academy in Swindon in September 2023.",
        (
            (
                "In September 2023 I was appointed a co-opted governor at Hillcrest Academy in "
                "Swindon."
            ),
            "Hillcrest Academy in Swindon appointed me as a co-opted governor in September 2023.",
            (
                "It was in September 2023 that I was appointed a co-opted governor at Hillcrest "
                "Academy in Swindon."
            ),
        ),
        (
            "I was appointed a parent governor at Hillcrest Academy in Swindon in September 2023.",
            "I resigned as a co-opted governor at Hillcrest Academy in Swindon in September 2023.",
        ),
    ),
    Fact(
        (
            "I'm the safeguarding governor at Brookfield Primary in Kendal and visit the school "
            "once a term."
        ),
        (
            (
                "Once a term I visit Brookfield Primary in Kendal, where I'm the safeguarding "
                "governor."
            ),
            (
                "At Brookfield Primary in Kendal I'm the safeguarding governor, and I visit the "
                "school once a term."
            ),
            (
                "I'm the safeguarding governor for Brookfield Primary in Kendal, and I visit the "
                "school termly."
            ),
        ),
        (
            (
                "I'm the safeguarding governor at Brookfield Primary in Kendal and visit the "
                "school once a week."
            ),
            (
                "My wife is the safeguarding governor at Brookfield Primary in Kendal and visits "
                "the school once a term."
            ),
        ),
    ),
    Fact(
        "My wooden greenhouse blew over in Storm Ciaran in November 2023.",
        (
            "In November 2023 Storm Ciaran blew over my wooden greenhouse.",
            "My wooden greenhouse was blown over by Storm Ciaran in November 2023.",
            "It was Storm Ciaran that blew over my wooden greenhouse in November 2023.",
        ),
        (
            "My wooden shed blew over in Storm Ciaran in November 2023.",
            "The door of my wooden greenhouse blew off in Storm Ciaran in November 2023.",
        ),
    ),
    Fact(
        (
            "I heat my greenhouse with a paraffin heater from November to March to protect my "
            "geraniums."
        ),
        (
            (
                "From November to March I heat my greenhouse with a paraffin heater to protect my "
                "geraniums."
            ),
            (
                "To protect my geraniums, I use a paraffin heater to heat my greenhouse from "
                "November to March."
            ),
            (
                "My greenhouse is heated with a paraffin heater from November to March to protect "
                "my geraniums."
            ),
        ),
        (
            (
                "I heat my greenhouse with an electric heater from November to March to protect "
                "my geraniums."
            ),
            (
                "I used to heat my greenhouse with a paraffin heater from November to March to "
                "protect my geraniums."
            ),
        ),
    ),
    Fact(
        "My best friend Priya's hen party is a cocktail-making class in Bath on 14 June.",
        (
            "On 14 June my best friend Priya's hen party is a cocktail-making class in Bath.",
            (
                "For her hen party, my best friend Priya is having a cocktail-making class in "
                "Bath on the 14th of June."
            ),
            (
                "Priya, my best friend, is having a cocktail-making class in Bath on June 14th "
                "for her hen party."
            ),
        ),
        (
            "My sister Priya's hen party is a cocktail-making class in Bath on 14 June.",
            "My best friend Priya's hen party is a cocktail-making class in Bristol on 14 June.",
        ),
    ),
    Fact(
        (
            "Our dog walker, Kieran, takes our spaniel Biscuit out on Mondays, Wednesdays and "
            "Fridays."
        ),
        (
            (
                "On Mondays, Wednesdays and Fridays our dog walker Kieran takes our spaniel "
                "Biscuit out."
            ),
            (
                "Our spaniel Biscuit is taken out by Kieran, our dog walker, on Mondays, "
                "Wednesdays and Fridays."
            ),
            (
                "Kieran is our dog walker, and he takes our spaniel Biscuit out every Monday, "
                "Wednesday and Friday."
            ),
        ),
        (
            (
                "Our dog walker, Kieran, takes our spaniel Biscuit out on Tuesdays, Thursdays and "
                "Saturdays."
            ),
            (
                "Our dog walker, Kieran, takes our neighbour's spaniel Biscuit out on Mondays, "
                "Wednesdays and Fridays."
            ),
        ),
    ),
    Fact(
        (
            "My son's red Carrera mountain bike was stolen from outside the Tesco in Chorley last "
            "Saturday."
        ),
        (
            (
                "Last Saturday my son's red Carrera mountain bike was stolen from outside the "
                "Tesco in Chorley."
            ),
            (
                "Someone stole my son's red Carrera mountain bike from outside the Tesco in "
                "Chorley last Saturday."
            ),
            (
                "It was from outside the Tesco in Chorley that my son's red Carrera mountain bike "
                "got stolen last Saturday."
            ),
        ),
        (
            (
                "My son's blue Carrera mountain bike was stolen from outside the Tesco in Chorley "
                "last Saturday."
            ),
            (
                "My son's red Carrera mountain bike was found outside the Tesco in Chorley last "
                "Saturday."
            ),
        ),
    ),
    Fact(
        "After my bike was stolen in 2022 I claimed 650 pounds back on my Aviva home insurance.",
        (
            (
                "I claimed 650 pounds back on my Aviva home insurance after my bike was stolen in "
                "2022."
            ),
            (
                "When my bike was stolen in 2022, I got 650 pounds back by claiming on my Aviva "
                "home insurance."
            ),
            (
                "My Aviva home insurance paid out 650 pounds on my claim after my bike was stolen "
                "in 2022."
            ),
        ),
        (
            (
                "After my bike was stolen in 2022 I claimed 450 pounds back on my Aviva home "
                "insurance."
            ),
            (
                "After my bike was stolen in 2022 I was refused 650 pounds on my Aviva home "
                "insurance."
            ),
        ),
    ),
    Fact(
        (
            "I'm selling my hand-knitted tea cosies at a stall at the Lincoln Christmas Market "
            "this December."
        ),
        (
            (
                "This December I'm selling my hand-knitted tea cosies at a stall at the Lincoln "
                "Christmas Market."
            ),
            (
                "At a stall at Lincoln's Christmas Market this December, I'm selling the tea "
                "cosies I've hand-knitted."
            ),
            (
                "My hand-knitted tea cosies are going on sale at a stall at the Lincoln Christmas "
                "Market this December."
            ),
        ),
        (
            (
                "I'm selling my hand-knitted egg cosies at a stall at the Lincoln Christmas "
                "Market this December."
            ),
            (
                "I'd like to sell my hand-knitted tea cosies at a stall at the Lincoln Christmas "
                "Market this December."
            ),
        ),
    ),
    Fact(
        "Our stall at the Winchester Christmas Market cost 1,200 pounds for the whole six weeks.",
        (
            (
                "For the whole six weeks, our stall at the Winchester Christmas Market cost 1,200 "
                "pounds."
            ),
            (
                "We paid 1,200 pounds for our stall at the Winchester Christmas Market for the "
                "full six weeks."
            ),
            "Our Winchester Christmas Market stall cost twelve hundred pounds for all six weeks.",
        ),
        (
            (
                "Our stall at the Winchester Christmas Market cost 1,200 pounds for the whole "
                "four weeks."
            ),
            (
                "Our stall at the Winchester Christmas Market took 1,200 pounds over the whole "
                "six weeks."
            ),
        ),
    ),
    Fact(
        (
            "I've got a physio appointment for my frozen shoulder at 9:15 on Thursday at the "
            "Nuffield in Leeds."
        ),
        (
            (
                "On Thursday at 9:15 I've got a physio appointment at the Nuffield in Leeds for "
                "my frozen shoulder."
            ),
            (
                "My physio appointment for my frozen shoulder is at the Nuffield in Leeds at "
                "quarter past nine on Thursday."
            ),
            (
                "There's a physio appointment booked for my frozen shoulder on Thursday at 9.15am "
                "at the Nuffield in Leeds."
            ),
        ),
        (
            (
                "I've got a physio appointment for my frozen shoulder at 9:15 on Tuesday at the "
                "Nuffield in Leeds."
            ),
            (
                "I've got a physio appointment for my tennis elbow at 9:15 on Thursday at the "
                "Nuffield in Leeds."
            ),
        ),
    ),
    Fact(
        "I missed my NHS physio appointment on 2 April because my train from Stoke was cancelled.",
        (
            (
                "Because my train from Stoke was cancelled, I missed my NHS physio appointment on "
                "2 April."
            ),
            (
                "My train from Stoke was cancelled, so I missed my NHS physio appointment on the "
                "2nd of April."
            ),
            (
                "On April 2nd I missed my NHS physio appointment, as my train from Stoke had been "
                "cancelled."
            ),
        ),
        (
            (
                "I nearly missed my NHS physio appointment on 2 April because my train from Stoke "
                "was cancelled."
            ),
            (
                "My wife missed her NHS physio appointment on 2 April because her train from "
                "Stoke was cancelled."
            ),
        ),
    ),
    Fact(
        "We got our grey corner sofa from DFS half price in the Boxing Day sale.",
        (
            "In the Boxing Day sale we got our grey corner sofa from DFS at half price.",
            "Our grey corner sofa was half price when we got it from DFS in the Boxing Day sale.",
            "It was in the DFS Boxing Day sale that we got our grey corner sofa for half price.",
        ),
        (
            "We got our green corner sofa from DFS half price in the Boxing Day sale.",
            "We got our grey corner sofa from DFS at a quarter off in the Boxing Day sale.",
        ),
    ),
    Fact(
        "I paid 450 pounds for a half-price Habitat sofa bed for the spare room.",
        (
            "For the spare room I paid 450 pounds for a Habitat sofa bed that was half price.",
            "The half-price Habitat sofa bed for the spare room cost me 450 pounds.",
            "A Habitat sofa bed for the spare room cost me 450 pounds at half price.",
        ),
        (
            "I paid 450 pounds for a half-price Habitat sofa bed for the conservatory.",
            "I'm going to pay 450 pounds for a half-price Habitat sofa bed for the spare room.",
        ),
    ),
    Fact(
        "I'm godfather to my nephew Arlo, who was christened at St Mary's in Ludlow in May 2024.",
        (
            (
                "My nephew Arlo, to whom I'm godfather, was christened at St Mary's in Ludlow in "
                "May 2024."
            ),
            (
                "In May 2024 my nephew Arlo was christened at St Mary's in Ludlow, and I'm his "
                "godfather."
            ),
            (
                "I'm the godfather of my nephew Arlo, whose christening was at St Mary's in "
                "Ludlow in May 2024."
            ),
        ),
        (
            (
                "My brother is godfather to my nephew Arlo, who was christened at St Mary's in "
                "Ludlow in May 2024."
            ),
            (
                "I'm godfather to my nephew Arlo, who was christened at St Mary's in Leominster "
                "in May 2024."
            ),
        ),
    ),
    Fact(
        "I swam in the sea at Whitley Bay on New Year's Day when the water was 6 degrees.",
        (
            "On New Year's Day I swam in the sea at Whitley Bay when the water was 6 degrees.",
            (
                "On New Year's Day, when the water was six degrees, I went for a swim in the sea "
                "at Whitley Bay."
            ),
            "The sea at Whitley Bay was 6 degrees when I swam in it on New Year's Day.",
        ),
        (
            "I swam in the sea at Whitley Bay on New Year's Day when the water was 9 degrees.",
            (
                "I didn't swim in the sea at Whitley Bay on New Year's Day when the water was 6 "
                "degrees."
            ),
        ),
    ),
    Fact(
        "My grandad Reg was awarded the Military Medal for bravery at Arnhem in 1944.",
        (
            "In 1944 my grandad Reg was awarded the Military Medal for bravery at Arnhem.",
            "The Military Medal was awarded to my grandad Reg for bravery at Arnhem in 1944.",
            "My grandad Reg received the Military Medal for his bravery at Arnhem in 1944.",
        ),
        (
            "My grandad Reg was awarded the Military Cross for bravery at Arnhem in 1944.",
            "My great-uncle Reg was awarded the Military Medal for bravery at Arnhem in 1944.",
        ),
    ),
    Fact(
        "The flat roof on our garage started leaking after the heavy rain on 9 October.",
        (
            "After the heavy rain on 9 October, the flat roof on our garage started leaking.",
            "Our garage's flat roof began to leak following the heavy rain on the 9th of October.",
            (
                "It was after the heavy rain on 9 October that our garage's flat roof started to "
                "leak."
            ),
        ),
        (
            "The flat roof on our garage started leaking after the heavy rain on 19 October.",
            (
                "The skylight in the flat roof on our garage started leaking after the heavy rain "
                "on 9 October."
            ),
        ),
    ),
    Fact(
        "I won 150 pounds on the quiz machine at the Red Lion in Abingdon last Friday night.",
        (
            "Last Friday night I won 150 pounds on the quiz machine at the Red Lion in Abingdon.",
            "On the quiz machine at the Red Lion in Abingdon, I won 150 pounds last Friday night.",
            (
                "It was at the Red Lion in Abingdon that I won 150 pounds on the quiz machine "
                "last Friday night."
            ),
        ),
        (
            "I lost 150 pounds on the quiz machine at the Red Lion in Abingdon last Friday night.",
            "I won 150 pounds on the fruit machine at the Red Lion in Abingdon last Friday night.",
        ),
    ),
)


# The seventieth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT69's failures were looked at. Measured unseen: 1.13 memories per fact, 0% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT69's study).
HELDOUT70 = (
    Fact(
        "My husband Nick and I ride a blue Dawes tandem along the Camel Trail most Sundays.",
        (
            "Most Sundays my husband Nick and I ride our blue Dawes tandem along the Camel Trail.",
            "Our blue Dawes tandem is what my husband Nick and I ride along the Camel Trail "
            "most Sundays.",
            "It's along the Camel Trail that Nick, my husband, and I ride a blue Dawes tandem "
            "most Sundays.",
        ),
        (
            "My husband Nick and I ride a blue Dawes tandem along the Camel Trail most Saturdays.",
            "My husband Nick and I used to ride a blue Dawes tandem along the Camel Trail "
            "most Sundays.",
        ),
    ),
    Fact(
        "I sold our old Thorn tandem to a couple in Bristol for 600 pounds in May.",
        (
            "In May I sold our old Thorn tandem for 600 pounds to a couple in Bristol.",
            "Our old Thorn tandem was sold by me to a Bristol couple for 600 pounds in May.",
            "A couple in Bristol paid me 600 pounds for our old Thorn tandem in May.",
        ),
        (
            "I bought our old Thorn tandem from a couple in Bristol for 600 pounds in May.",
            "I sold our old Thorn tandem to a couple in Bristol for 800 pounds in May.",
        ),
    ),
    Fact(
        "I've had a jury summons for Guildford Crown Court starting on Monday 3 March.",
        (
            "My jury summons is for Guildford Crown Court, starting on Monday 3 March.",
            "I've been summoned to do jury service at Guildford Crown Court from Monday "
            "the 3rd of March.",
            "A jury summons has come for me to attend Guildford Crown Court from Monday 3 March.",
        ),
        (
            "My husband has had a jury summons for Guildford Crown Court starting on Monday "
            "3 March.",
            "I've had a jury summons for Guildford Crown Court starting on Monday 3 November.",
        ),
    ),
    Fact(
        "I've asked to defer my jury service because it clashes with my hip operation in June.",
        (
            "Because it clashes with my hip operation in June, I've asked to defer my jury "
            "service.",
            "I've requested a deferral of my jury service, as it clashes with my June hip "
            "operation.",
            "My jury service clashes with my hip operation in June, so I've asked to defer it.",
        ),
        (
            "I've asked to defer my jury service because it clashes with my knee operation "
            "in June.",
            "I'm planning to ask to defer my jury service because it clashes with my hip "
            "operation in June.",
        ),
    ),
    Fact(
        "I joined Kidlington Chess Club in January, and it meets on Tuesday evenings in the "
        "library.",
        (
            "In January I became a member of Kidlington Chess Club, which meets in the library "
            "on Tuesday evenings.",
            "Kidlington Chess Club, which I joined in January, meets on Tuesday evenings in "
            "the library.",
            "It was in January that I joined Kidlington Chess Club, and it meets in the "
            "library on Tuesday evenings.",
        ),
        (
            "I joined Kidlington Chess Club in January, and it meets on Thursday evenings in "
            "the library.",
            "I left Kidlington Chess Club in January, and it meets on Tuesday evenings in the "
            "library.",
        ),
    ),
    Fact(
        "My son Ezra won the under-10 trophy at our chess club's Christmas tournament.",
        (
            "At our chess club's Christmas tournament, my son Ezra won the under-10 trophy.",
            "The under-10 trophy at our chess club's Christmas tournament was won by my son Ezra.",
            "It was my son Ezra who won the under-10 trophy at our chess club's Christmas "
            "tournament.",
        ),
        (
            "My son Ezra won the under-12 trophy at our chess club's Christmas tournament.",
            "My son Ezra won the under-10 trophy at our chess club's Easter tournament.",
        ),
    ),
    Fact(
        "I broke my wrist ice skating at the Somerset House rink on Boxing Day.",
        (
            "On Boxing Day I broke my wrist while ice skating at the Somerset House rink.",
            "My wrist got broken when I was ice skating at the Somerset House rink on Boxing Day.",
            "It was at the Somerset House ice rink on Boxing Day that I broke my wrist skating.",
        ),
        (
            "I sprained my wrist ice skating at the Somerset House rink on Boxing Day.",
            "My daughter broke her wrist ice skating at the Somerset House rink on Boxing Day.",
        ),
    ),
    Fact(
        "The plaster cast on my broken wrist comes off at the fracture clinic on 14 February.",
        (
            "On 14 February the plaster cast on my broken wrist is coming off at the "
            "fracture clinic.",
            "The fracture clinic is taking the plaster cast off my broken wrist on the 14th "
            "of February.",
            "It's on 14 February that the plaster cast on my broken wrist comes off at the "
            "fracture clinic.",
        ),
        (
            "The plaster cast on my broken wrist comes off at the fracture clinic on 21 February.",
            "The plaster cast on my broken ankle comes off at the fracture clinic on 14 February.",
        ),
    ),
    Fact(
        "My landlord is refusing to fix the damp in our bathroom, so I've reported him to "
        "Haringey Council.",
        (
            "I've reported my landlord to Haringey Council because he's refusing to fix the "
            "damp in our bathroom.",
            "Because my landlord won't fix the damp in our bathroom, I've reported him to "
            "Haringey Council.",
            "Haringey Council has had a report from me about my landlord, who is refusing to "
            "fix the damp in our bathroom.",
        ),
        (
            "My landlord is refusing to fix the damp in our kitchen, so I've reported him to "
            "Haringey Council.",
            "My landlord is refusing to fix the damp in our bathroom, so I'm going to report "
            "him to Haringey Council.",
        ),
    ),
    Fact(
        "My tribunal hearing against my landlord over the rent increase is on 9 October.",
        (
            "On 9 October I have my tribunal hearing against my landlord over the rent increase.",
            "The tribunal hearing in my rent increase dispute with my landlord is on the 9th "
            "of October.",
            "It's on 9 October that my tribunal hearing against my landlord about the rent "
            "increase takes place.",
        ),
        (
            "My tribunal hearing against my landlord over the rent increase was on 9 October.",
            "My tribunal hearing against my landlord over the service charge is on 9 October.",
        ),
    ),
    Fact(
        "We're selling at the car boot sale at Wisley Airfield on Sunday 6 July to clear out "
        "the loft.",
        (
            "To clear out the loft, we're selling at the Wisley Airfield car boot sale on "
            "Sunday 6 July.",
            "On Sunday the 6th of July we're selling at the car boot sale at Wisley Airfield "
            "to clear out the loft.",
            "It's at the Wisley Airfield car boot sale on Sunday 6 July that we're selling "
            "things to clear out the loft.",
        ),
        (
            "We're selling at the car boot sale at Wisley Airfield on Sunday 6 July to clear "
            "out the garage.",
            "We're selling at the car boot sale at Wisley Airfield on Sunday 13 July to clear "
            "out the loft.",
        ),
    ),
    Fact(
        "I'm having my wedding dress taken in two inches at the waist by a seamstress in Marple.",
        (
            "A seamstress in Marple is taking my wedding dress in two inches at the waist.",
            "My wedding dress is being taken in by two inches at the waist by a Marple seamstress.",
            "It's a seamstress in Marple who's taking in my wedding dress by two inches at "
            "the waist.",
        ),
        (
            "I'm having my wedding dress let out two inches at the waist by a seamstress in "
            "Marple.",
            "I'm having my wedding dress taken in two inches at the bust by a seamstress in "
            "Marple.",
        ),
    ),
    Fact(
        "The alterations to my wedding dress cost 280 pounds and my final fitting is on 2 August.",
        (
            "My final fitting is on 2 August, and the alterations to my wedding dress cost "
            "280 pounds.",
            "Altering my wedding dress cost 280 pounds, with my final fitting on the 2nd of "
            "August.",
            "It cost 280 pounds to have my wedding dress altered, and my last fitting is on "
            "2 August.",
        ),
        (
            "The alterations to my wedding dress cost 380 pounds and my final fitting is on "
            "2 August.",
            "The alterations to my sister's wedding dress cost 280 pounds and her final "
            "fitting is on 2 August.",
        ),
    ),
    Fact(
        "I read three of my own poems at the Bell Inn open mic night in Stroud last Friday.",
        (
            "Last Friday I read three of my own poems at the open mic night at the Bell Inn "
            "in Stroud.",
            "Three of my own poems were read by me at the Bell Inn open mic night in Stroud "
            "last Friday.",
            "At the Bell Inn's open mic night in Stroud last Friday, I read out three poems "
            "I'd written.",
        ),
        (
            "I read three of my own poems at the Bell Inn open mic night in Stroud last Saturday.",
            "I read three of my own short stories at the Bell Inn open mic night in Stroud "
            "last Friday.",
        ),
    ),
    Fact(
        "We're remortgaging with Coventry Building Society in November when our two-year fix "
        "with Virgin Money ends.",
        (
            "When our two-year fix with Virgin Money ends in November, we're remortgaging with "
            "Coventry Building Society.",
            "In November our two-year fixed deal with Virgin Money ends, and we're "
            "remortgaging with Coventry Building Society then.",
            "It's Coventry Building Society we're remortgaging with in November, when our "
            "two-year fix with Virgin Money ends.",
        ),
        (
            "We're remortgaging with Coventry Building Society in November when our five-year "
            "fix with Virgin Money ends.",
            "We remortgaged with Coventry Building Society in November when our two-year fix "
            "with Virgin Money ended.",
        ),
    ),
    Fact(
        "We paid our mortgage broker in Colchester a fee of 499 pounds to arrange our remortgage.",
        (
            "To arrange our remortgage, we paid our Colchester mortgage broker a 499-pound fee.",
            "Our mortgage broker in Colchester charged us 499 pounds to arrange our remortgage.",
            "A fee of 499 pounds was paid by us to our mortgage broker in Colchester for "
            "arranging our remortgage.",
        ),
        (
            "We paid our mortgage broker in Colchester a fee of 999 pounds to arrange our "
            "remortgage.",
            "We paid our solicitor in Colchester a fee of 499 pounds to arrange our remortgage.",
        ),
    ),
    Fact(
        "We're having a bonfire night party in our back garden on Saturday 8 November for "
        "about 30 people.",
        (
            "On Saturday 8 November we're having a bonfire night party for about 30 people in "
            "our back garden.",
            "About 30 people are coming to our bonfire night party in our back garden on "
            "Saturday 8 November.",
            "Our bonfire night party, in our back garden on Saturday the 8th of November, is "
            "for around 30 people.",
        ),
        (
            "We're having a bonfire night party in our back garden on Saturday 8 November for "
            "about 50 people.",
            "We're having a bonfire night party in my parents' back garden on Saturday "
            "8 November for about 30 people.",
        ),
    ),
    Fact(
        "My sister Rachel moved to Brisbane in 2021 and works as a physiotherapist there.",
        (
            "In 2021 my sister Rachel moved to Brisbane, where she works as a physiotherapist.",
            "My sister Rachel works as a physiotherapist in Brisbane, having moved there in 2021.",
            "Brisbane is where my sister Rachel moved in 2021, and she works there as a "
            "physiotherapist.",
        ),
        (
            "My sister Rachel moved to Melbourne in 2021 and works as a physiotherapist there.",
            "My cousin Rachel moved to Brisbane in 2021 and works as a physiotherapist there.",
        ),
    ),
    Fact(
        "Our two guinea pigs, Fudge and Toffee, live in a hutch in the utility room over the "
        "winter.",
        (
            "Over the winter our two guinea pigs, Fudge and Toffee, live in a hutch in the "
            "utility room.",
            "Fudge and Toffee, our two guinea pigs, spend the winter in a hutch in the "
            "utility room.",
            "In winter there's a hutch in the utility room where our two guinea pigs, Fudge "
            "and Toffee, live.",
        ),
        (
            "Our two guinea pigs, Fudge and Toffee, live in a hutch in the garage over the winter.",
            "Our two rabbits, Fudge and Toffee, live in a hutch in the utility room over the "
            "winter.",
        ),
    ),
    Fact(
        "We sold our Lay-Z-Spa hot tub on Facebook Marketplace for 200 pounds because of the "
        "electricity bills.",
        (
            "Because of the electricity bills, we sold our Lay-Z-Spa hot tub for 200 pounds "
            "on Facebook Marketplace.",
            "Our Lay-Z-Spa hot tub went for 200 pounds on Facebook Marketplace; we sold it "
            "because of the electricity bills.",
            "The electricity bills are why we sold our Lay-Z-Spa hot tub on Facebook "
            "Marketplace for 200 pounds.",
        ),
        (
            "We sold our Lay-Z-Spa hot tub on Facebook Marketplace for 200 pounds because of "
            "the water bills.",
            "We're going to sell our Lay-Z-Spa hot tub on Facebook Marketplace for 200 pounds "
            "because of the electricity bills.",
        ),
    ),
    Fact(
        "I got my free older person's bus pass in March when I turned 66.",
        (
            "When I turned 66 in March, I got my free older person's bus pass.",
            "My free older person's bus pass came in March, when I turned 66.",
            "It was in March, when I turned 66, that I got my free older person's bus pass.",
        ),
        (
            "My husband got his free older person's bus pass in March when he turned 66.",
            "I applied for my free older person's bus pass in March when I turned 66.",
        ),
    ),
)


# The seventy-first held-out set: written (4 December) as HELDOUT21 was, and committed
# before HELDOUT70's failures were looked at. Measured unseen: 1.13 memories per fact, 1.6% wrong
# merges, 3.2% of facts stored nothing (offline at 0.8, before HELDOUT70's study).
HELDOUT71 = (
    Fact(
        "I pay 95 pounds a year for my membership of Nottingham Canoe Club.",
        (
            "My membership of Nottingham Canoe Club costs me 95 pounds a year.",
            "Every year I pay 95 pounds to be a member of Nottingham Canoe Club.",
            "Nottingham Canoe Club membership costs me 95 pounds annually.",
        ),
        (
            "I pay 135 pounds a year for my membership of Nottingham Canoe Club.",
            "I pay 95 pounds a year for my daughter's membership of Nottingham Canoe Club.",
        ),
    ),
    Fact(
        "I'm the safety officer at Nottingham Canoe Club, and we paddle on the Trent on Sunday "
        "mornings.",
        (
            "At Nottingham Canoe Club I'm the safety officer, and we paddle on the Trent on "
            "Sunday mornings.",
            "We paddle on the Trent on Sunday mornings at Nottingham Canoe Club, where I'm the "
            "safety officer.",
            "I'm Nottingham Canoe Club's safety officer, and on Sunday mornings we paddle on the "
            "Trent.",
        ),
        (
            "I'm the safety officer at Nottingham Canoe Club, and we paddle on the Trent on "
            "Saturday mornings.",
            "I used to be the safety officer at Nottingham Canoe Club, and we paddle on the "
            "Trent on Sunday mornings.",
        ),
    ),
    Fact(
        "My surgeon at the Royal Orthopaedic in Birmingham says I'll need a new right hip within "
        "two years.",
        (
            "According to my surgeon at the Royal Orthopaedic in Birmingham, I'll need a new "
            "right hip within two years.",
            "Within two years I'll need a new right hip, my surgeon at the Royal Orthopaedic in "
            "Birmingham says.",
            "My surgeon at Birmingham's Royal Orthopaedic says my right hip will need replacing "
            "within two years.",
        ),
        (
            "My surgeon at the Royal Orthopaedic in Birmingham says I'll need a new left hip "
            "within two years.",
            "My surgeon at the Royal Orthopaedic in Birmingham says I'll need a new right hip "
            "within five years.",
        ),
    ),
    Fact(
        "My works van is a white Vauxhall Vivaro with the company logo on both sides.",
        (
            "The van I get from work is a white Vauxhall Vivaro with the company logo on both "
            "sides.",
            "My works van's a white Vauxhall Vivaro, and it has the company logo on both sides.",
            "There's the company logo on both sides of my works van, which is a white Vauxhall "
            "Vivaro.",
        ),
        (
            "My works van is a silver Vauxhall Vivaro with the company logo on both sides.",
            "My works van is a white Vauxhall Vivaro with the company logo on the back doors.",
        ),
    ),
    Fact(
        "I'm allowed to take my works van home at night but not use it at weekends.",
        (
            "I can take my works van home at night, but I'm not allowed to use it at weekends.",
            "My works van can come home with me at night, though I can't use it at weekends.",
            "At night I'm allowed to take my works van home, but at weekends I'm not allowed to "
            "use it.",
        ),
        (
            "I'm allowed to take my works van home at night and use it at weekends.",
            "My colleague Dean is allowed to take his works van home at night but not use it at "
            "weekends.",
        ),
    ),
    Fact(
        "My grandson Oscar starts in Reception at Millfield Primary in Ilkley this September.",
        (
            "This September my grandson Oscar starts in Reception at Millfield Primary in Ilkley.",
            "My grandson Oscar will be starting Reception at Millfield Primary in Ilkley this "
            "September.",
            "It's this September that my grandson Oscar starts in Reception at Millfield Primary "
            "in Ilkley.",
        ),
        (
            "My grandson Oscar starts in Year 1 at Millfield Primary in Ilkley this September.",
            "My grandson Oscar started in Reception at Millfield Primary in Ilkley last September.",
        ),
    ),
    Fact(
        "I pick my grandson Oscar up from school on Tuesdays and Thursdays because his mum works "
        "late.",
        (
            "Because his mum works late, I pick my grandson Oscar up from school on Tuesdays and "
            "Thursdays.",
            "On Tuesdays and Thursdays I collect my grandson Oscar from school, since his mum "
            "works late.",
            "Oscar, my grandson, gets picked up from school by me on Tuesdays and Thursdays "
            "because his mum works late.",
        ),
        (
            "I pick my grandson Oscar up from school on Tuesdays and Fridays because his mum "
            "works late.",
            "My husband picks our grandson Oscar up from school on Tuesdays and Thursdays "
            "because his mum works late.",
        ),
    ),
    Fact(
        "The shower in our family bathroom has been leaking through the dining room ceiling "
        "since February.",
        (
            "Since February, the shower in our family bathroom has been leaking through the "
            "dining room ceiling.",
            "Our family bathroom shower has been leaking through the ceiling of the dining room "
            "since February.",
            "Water from the shower in our family bathroom has been coming through the dining "
            "room ceiling since February.",
        ),
        (
            "The shower in our family bathroom has been leaking through the dining room ceiling "
            "since October.",
            "The bath in our family bathroom has been leaking through the dining room ceiling "
            "since February.",
        ),
    ),
    Fact(
        "I bought a second-hand Shimpo pottery wheel for 350 pounds from a retired teacher in "
        "Frome.",
        (
            "I paid 350 pounds for a second-hand Shimpo pottery wheel from a retired teacher in "
            "Frome.",
            "A retired teacher in Frome sold me a second-hand Shimpo pottery wheel for 350 pounds.",
            "My second-hand Shimpo pottery wheel cost me 350 pounds, and I bought it from a "
            "retired teacher in Frome.",
        ),
        (
            "I sold a second-hand Shimpo pottery wheel for 350 pounds to a retired teacher in "
            "Frome.",
            "I bought a second-hand Shimpo pottery wheel for 550 pounds from a retired teacher "
            "in Frome.",
        ),
    ),
    Fact(
        "My pottery wheel lives in the shed, and I throw on it most Saturday afternoons.",
        (
            "I keep my pottery wheel in the shed and throw on it most Saturday afternoons.",
            "Most Saturday afternoons I throw on my pottery wheel, which is kept in the shed.",
            "The shed is where my pottery wheel lives, and most Saturday afternoons I throw on it.",
        ),
        (
            "My pottery wheel lives in the garage, and I throw on it most Saturday afternoons.",
            "My pottery wheel lives in the shed, and I throw on it most Sunday afternoons.",
        ),
    ),
    Fact(
        "I've had a season ticket at Ashton Gate since 2009, and I sit in the Atyeo Stand.",
        (
            "Since 2009 I've had a season ticket at Ashton Gate, and my seat is in the Atyeo "
            "Stand.",
            "I sit in the Atyeo Stand at Ashton Gate, where I've held a season ticket since 2009.",
            "My Ashton Gate season ticket, which I've had since 2009, is for a seat in the Atyeo "
            "Stand.",
        ),
        (
            "I've had a season ticket at Ashton Gate since 2009, and I sit in the Dolman Stand.",
            "I had a season ticket at Ashton Gate until 2009, and I sat in the Atyeo Stand.",
        ),
    ),
    Fact(
        "I share my Ashton Gate season ticket with my brother Callum, and we take turns at home "
        "games.",
        (
            "My brother Callum and I share my Ashton Gate season ticket and take turns at home "
            "games.",
            "It's my brother Callum that I share my Ashton Gate season ticket with, and we take "
            "turns at home games.",
            "We take turns at home games, as I share my Ashton Gate season ticket with my "
            "brother Callum.",
        ),
        (
            "I share my Ashton Gate season ticket with my cousin Callum, and we take turns at "
            "home games.",
            "I'm planning to share my Ashton Gate season ticket with my brother Callum and take "
            "turns at home games.",
        ),
    ),
    Fact(
        "I made it through Dry January in 2024 without a single drink and saved about 160 pounds.",
        (
            "In 2024 I got through Dry January without a single drink and saved roughly 160 "
            "pounds.",
            "I saved about 160 pounds in 2024 by getting through Dry January without a single "
            "drink.",
            "Dry January 2024 was completed by me without a single drink, and I saved around 160 "
            "pounds.",
        ),
        (
            "I made it through Dry January in 2023 without a single drink and saved about 160 "
            "pounds.",
            "I made it through Dry January in 2024 without a single drink and saved about 260 "
            "pounds.",
        ),
    ),
    Fact(
        "Our house alarm went off at 3 am on Sunday because a spider was crawling on the hall "
        "sensor.",
        (
            "At 3 am on Sunday our house alarm went off because a spider was crawling on the "
            "hall sensor.",
            "A spider crawling on the hall sensor set our house alarm off at 3 am on Sunday.",
            "It was a spider crawling on the hall sensor that set off our house alarm at 3 "
            "o'clock on Sunday morning.",
        ),
        (
            "Our house alarm went off at 3 am on Sunday because a spider was crawling on the "
            "landing sensor.",
            "Our neighbours' house alarm went off at 3 am on Sunday because a spider was "
            "crawling on the hall sensor.",
        ),
    ),
    Fact(
        "My wife and I work as wardens at a Caravan and Motorhome Club site near Keswick from "
        "March to October.",
        (
            "From March to October my wife and I work as wardens at a Caravan and Motorhome Club "
            "site near Keswick.",
            "My wife and I are wardens at a Caravan and Motorhome Club site near Keswick between "
            "March and October.",
            "At a Caravan and Motorhome Club site near Keswick, my wife and I work as wardens "
            "from March to October.",
        ),
        (
            "My wife and I work as wardens at a Caravan and Motorhome Club site near Keswick "
            "from April to October.",
            "My wife and I are hoping to work as wardens at a Caravan and Motorhome Club site "
            "near Keswick from March to October.",
        ),
    ),
    Fact(
        "I've been allergic to bee stings since I was stung at a campsite in Devon aged nine.",
        (
            "Ever since I was stung at a campsite in Devon at the age of nine, I've been "
            "allergic to bee stings.",
            "I've had a bee sting allergy since getting stung at a campsite in Devon when I was "
            "nine.",
            "My allergy to bee stings dates from when I was stung at a campsite in Devon aged "
            "nine.",
        ),
        (
            "I've been allergic to wasp stings since I was stung at a campsite in Devon aged nine.",
            "I've been allergic to bee stings since I was stung at a campsite in Cornwall aged "
            "nine.",
        ),
    ),
    Fact(
        "My eBay shop, Shutter Attic, sells refurbished film cameras, mostly Olympus and Pentax.",
        (
            "Shutter Attic, my eBay shop, sells refurbished film cameras, mostly Olympus and "
            "Pentax.",
            "I sell refurbished film cameras, mostly Olympus and Pentax, through my eBay shop, "
            "Shutter Attic.",
            "My eBay shop's called Shutter Attic, and it sells refurbished film cameras, mostly "
            "Olympus and Pentax.",
        ),
        (
            "My friend's eBay shop, Shutter Attic, sells refurbished film cameras, mostly "
            "Olympus and Pentax.",
            "My eBay shop, Shutter Attic, sells refurbished film cameras, mostly Olympus and "
            "Minolta.",
        ),
    ),
    Fact(
        "Since opening my eBay shop in 2021 I've made over 2,300 sales with 100 percent positive "
        "feedback.",
        (
            "I've made over 2,300 sales with 100 percent positive feedback since opening my eBay "
            "shop in 2021.",
            "I opened my eBay shop in 2021, and since then I've made more than 2,300 sales with "
            "100% positive feedback.",
            "Over 2,300 sales have been made by my eBay shop since I opened it in 2021, with 100 "
            "percent positive feedback.",
        ),
        (
            "Since opening my Etsy shop in 2021 I've made over 2,300 sales with 100 percent "
            "positive feedback.",
            "Since opening my eBay shop in 2021 I've made over 1,300 sales with 100 percent "
            "positive feedback.",
        ),
    ),
    Fact(
        "I'm doing a 20-mile sponsored walk along the Thames Path for the Stroke Association on "
        "14 September.",
        (
            "On 14 September I'm doing a 20-mile sponsored walk along the Thames Path for the "
            "Stroke Association.",
            "For the Stroke Association, I'm doing a 20-mile sponsored walk along the Thames "
            "Path on 14 September.",
            "I'm doing a sponsored walk of twenty miles along the Thames Path for the Stroke "
            "Association on the 14th of September.",
        ),
        (
            "I'm doing a 20-mile sponsored walk along the Thames Path for the British Heart "
            "Foundation on 14 September.",
            "I did a 20-mile sponsored walk along the Thames Path for the Stroke Association on "
            "14 September.",
        ),
    ),
    Fact(
        "I've applied for a replacement passport after losing mine on a train to Cardiff last "
        "week.",
        (
            "After losing my passport on a train to Cardiff last week, I've applied for a "
            "replacement.",
            "I lost my passport on a train to Cardiff last week, so I've applied for a "
            "replacement one.",
            "I've put in an application for a replacement passport, having lost mine on a train "
            "to Cardiff last week.",
        ),
        (
            "I've applied for a replacement passport after losing mine on a train to Swansea "
            "last week.",
            "I'm going to apply for a replacement passport after losing mine on a train to "
            "Cardiff last week.",
        ),
    ),
    Fact(
        "We had to cancel our half-term trip to Lisbon because I'd lost my passport.",
        (
            "Because I'd lost my passport, we had to cancel our half-term trip to Lisbon.",
            "Our half-term trip to Lisbon had to be cancelled because I'd lost my passport.",
            "It was because I'd lost my passport that we had to cancel our half-term trip to "
            "Lisbon.",
        ),
        (
            "We had to cancel our half-term trip to Lisbon because my son had lost his passport.",
            "We had to postpone our half-term trip to Lisbon because I'd lost my passport.",
        ),
    ),
)


# The seventy-second held-out set: written (4 December) as HELDOUT21 was, and committed
# before HELDOUT71's failures were looked at. Measured unseen: 1.22 memories per fact, 0%
# wrong merges, every fact stored something (offline at 0.8, before HELDOUT71's study).
HELDOUT72 = (
    Fact(
        "I cut my golf handicap from 24 to 19 in my first season at Cleeve Hill Golf Club.",
        (
            "In my first season at Cleeve Hill Golf Club I cut my golf handicap from 24 to 19.",
            (
                "My golf handicap came down from 24 to 19 during my first season at Cleeve Hill "
                "Golf Club."
            ),
            (
                "It was in my first season at Cleeve Hill Golf Club that I got my golf handicap "
                "down from 24 to 19."
            ),
        ),
        (
            "I cut my golf handicap from 24 to 21 in my first season at Cleeve Hill Golf Club.",
            (
                "My husband cut his golf handicap from 24 to 19 in his first season at Cleeve "
                "Hill Golf Club."
            ),
        ),
    ),
    Fact(
        "I donated a kidney to my brother Gareth at the University Hospital of Wales in 2021.",
        (
            (
                "In 2021 I gave my brother Gareth one of my kidneys at the University Hospital "
                "of Wales."
            ),
            (
                "My brother Gareth received one of my kidneys at the University Hospital of "
                "Wales in 2021."
            ),
            (
                "It was my brother Gareth I donated a kidney to, at the University Hospital of "
                "Wales in 2021."
            ),
        ),
        (
            (
                "My sister donated a kidney to my brother Gareth at the University Hospital of "
                "Wales in 2021."
            ),
            "I donated a kidney to my brother Gareth at the University Hospital of Wales in 2023.",
        ),
    ),
    Fact(
        "I'm being assessed at Guy's Hospital to donate a kidney to a stranger.",
        (
            "Guy's Hospital is assessing me as a possible kidney donor for a stranger.",
            (
                "I'm going through assessment at Guy's Hospital so I can give a kidney to "
                "someone I don't know."
            ),
            "To donate a kidney to a stranger, I'm being assessed at Guy's Hospital.",
        ),
        (
            "I'm being assessed at Guy's Hospital to donate a kidney to my cousin.",
            "I was assessed at Guy's Hospital to donate a kidney to a stranger.",
        ),
    ),
    Fact(
        "We take our Swift Escape motorhome to the Lake District every Easter.",
        (
            "Every Easter we take our Swift Escape motorhome to the Lake District.",
            "Our Swift Escape motorhome goes to the Lake District with us every Easter.",
            "The Lake District is where we take our Swift Escape motorhome each Easter.",
        ),
        (
            "We take our Swift Escape motorhome to the Yorkshire Dales every Easter.",
            "We used to take our Swift Escape motorhome to the Lake District every Easter.",
        ),
    ),
    Fact(
        "I pay 45 pounds a month to keep our motorhome in a storage yard near Driffield.",
        (
            (
                "Our motorhome is kept in a storage yard near Driffield, which costs me 45 "
                "pounds a month."
            ),
            "Keeping our motorhome in a storage yard near Driffield costs me 45 pounds a month.",
            (
                "There's a storage yard near Driffield where I pay 45 pounds a month to keep our "
                "motorhome."
            ),
        ),
        (
            "I pay 45 pounds a month to keep our caravan in a storage yard near Driffield.",
            "I pay 45 pounds a month to keep our motorhome in a storage yard near Beverley.",
        ),
    ),
    Fact(
        (
            "My granddaughter Freya was born ten weeks early and spent 54 days in the neonatal "
            "unit at Southmead."
        ),
        (
            (
                "Born ten weeks early, my granddaughter Freya spent 54 days in the neonatal unit "
                "at Southmead."
            ),
            (
                "My granddaughter Freya arrived ten weeks premature and was in Southmead's "
                "neonatal unit for 54 days."
            ),
            (
                "Freya, my granddaughter, came ten weeks early and spent 54 days on the neonatal "
                "unit at Southmead."
            ),
        ),
        (
            (
                "My granddaughter Freya was born eight weeks early and spent 54 days in the "
                "neonatal unit at Southmead."
            ),
            (
                "My great-niece Freya was born ten weeks early and spent 54 days in the neonatal "
                "unit at Southmead."
            ),
        ),
    ),
    Fact(
        "British Gas fitted our smart meter on 14 February 2024.",
        (
            "Our smart meter was fitted by British Gas on 14 February 2024.",
            "It was British Gas that fitted our smart meter, on 14/02/2024.",
            "On the 14th of February 2024, British Gas installed our smart meter.",
        ),
        (
            "British Gas removed our smart meter on 14 February 2024.",
            "British Gas fitted our smart meter on 21 February 2024.",
        ),
    ),
    Fact(
        "I'm on the tea rota at Sedlescombe Cricket Club for the home match on 12 July.",
        (
            "For the home match on 12 July I'm on the tea rota at Sedlescombe Cricket Club.",
            "Sedlescombe Cricket Club has me on the tea rota for the home match on 12 July.",
            (
                "I'm down to do the teas at Sedlescombe Cricket Club for the home match on the "
                "12th of July."
            ),
        ),
        (
            (
                "My wife is on the tea rota at Sedlescombe Cricket Club for the home match on 12 "
                "July."
            ),
            "I'm on the tea rota at Sedlescombe Cricket Club for the away match on 12 July.",
        ),
    ),
    Fact(
        (
            "When it's our turn on the cricket tea rota, I make the sandwiches and my friend Sue "
            "bakes the scones."
        ),
        (
            (
                "I make the sandwiches and my friend Sue bakes the scones when it's our turn on "
                "the cricket tea rota."
            ),
            (
                "My friend Sue bakes the scones and I make the sandwiches whenever it's our turn "
                "on the cricket tea rota."
            ),
            (
                "On our turns on the cricket tea rota, the sandwiches are made by me and the "
                "scones are baked by my friend Sue."
            ),
        ),
        (
            (
                "When it's our turn on the cricket tea rota, I make the sandwiches and my friend "
                "Sue bakes the flapjacks."
            ),
            (
                "When it was our turn on the cricket tea rota, I used to make the sandwiches and "
                "my friend Sue baked the scones."
            ),
        ),
    ),
    Fact(
        "I cycle the 12 miles from Tewkesbury to my job in Cheltenham three days a week.",
        (
            "Three days a week I cycle 12 miles from Tewkesbury to my job in Cheltenham.",
            (
                "My job is in Cheltenham, and three days a week I cycle there from Tewkesbury, "
                "12 miles away."
            ),
            (
                "I ride my bike the 12 miles from Tewkesbury to work in Cheltenham three times a "
                "week."
            ),
        ),
        (
            (
                "I'd like to cycle the 12 miles from Tewkesbury to my job in Cheltenham three "
                "days a week."
            ),
            "I drive the 12 miles from Tewkesbury to my job in Cheltenham three days a week.",
        ),
    ),
    Fact(
        (
            "I leave my bike in the secure cage at Reading station before catching the 7:42 to "
            "Paddington."
        ),
        (
            (
                "Before catching the 7:42 to Paddington, I leave my bike in the secure cage at "
                "Reading station."
            ),
            (
                "My bike goes in the secure cage at Reading station before I catch the 7:42 to "
                "Paddington."
            ),
            (
                "I catch the 7:42 to Paddington after leaving my bike in Reading station's "
                "secure cage."
            ),
        ),
        (
            (
                "I leave my bike in the secure cage at Reading station before catching the 8:12 "
                "to Paddington."
            ),
            (
                "I leave my bike in the secure cage at Maidenhead station before catching the "
                "7:42 to Paddington."
            ),
        ),
    ),
    Fact(
        "I had to name my husband Phil as the driver when a speeding notice came for my Fiesta.",
        (
            (
                "When a speeding notice came for my Fiesta, I had to name my husband Phil as the "
                "driver."
            ),
            (
                "A speeding notice arrived for my Fiesta, and I had to nominate my husband Phil "
                "as the driver."
            ),
            (
                "It was my husband Phil I had to name as the driver when my Fiesta got a "
                "speeding notice."
            ),
        ),
        (
            (
                "I didn't have to name my husband Phil as the driver when a speeding notice came "
                "for my Fiesta."
            ),
            (
                "I had to name my husband Phil as the driver when a parking notice came for my "
                "Fiesta."
            ),
        ),
    ),
    Fact(
        (
            "I've been in the Laithwaite's wine club since 2016 and get a mixed case of 12 every "
            "three months."
        ),
        (
            (
                "Since 2016 I've been a member of the Laithwaite's wine club, getting a mixed "
                "case of 12 every three months."
            ),
            (
                "Every quarter I get a mixed case of twelve bottles from the Laithwaite's wine "
                "club, which I joined in 2016."
            ),
            (
                "A mixed case of 12 arrives every three months from the Laithwaite's wine club, "
                "and I've been a member since 2016."
            ),
        ),
        (
            (
                "I've been in the Laithwaite's wine club since 2016 and get a mixed case of 6 "
                "every three months."
            ),
            (
                "I've been in the Laithwaite's wine club since 2016 and get a mixed case of 12 "
                "every month."
            ),
        ),
    ),
    Fact(
        (
            "Our village wine club meets on the first Thursday of the month in the back room of "
            "the Fox and Hounds."
        ),
        (
            (
                "On the first Thursday of the month our village wine club meets in the back room "
                "of the Fox and Hounds."
            ),
            (
                "The back room of the Fox and Hounds is where our village wine club meets, on "
                "the first Thursday of each month."
            ),
            (
                "Our village wine club's meetings are held in the back room of the Fox and "
                "Hounds on the first Thursday of every month."
            ),
        ),
        (
            (
                "Our village wine club meets on the first Tuesday of the month in the back room "
                "of the Fox and Hounds."
            ),
            (
                "Our village wine club meets on the first Thursday of the month in the snug of "
                "the Fox and Hounds."
            ),
        ),
    ),
    Fact(
        "We got our loft insulation topped up for free under the ECO4 grant in January 2025.",
        (
            "In January 2025 our loft insulation was topped up for free under the ECO4 grant.",
            (
                "Under the ECO4 grant, we had our loft insulation topped up at no cost in "
                "January 2025."
            ),
            (
                "The ECO4 grant covered the full cost of topping up our loft insulation in "
                "January 2025."
            ),
        ),
        (
            (
                "We're hoping to get our loft insulation topped up for free under the ECO4 grant "
                "in January 2025."
            ),
            "We got our cavity walls insulated for free under the ECO4 grant in January 2025.",
        ),
    ),
    Fact(
        "We adopted a black cat called Sooty from Cats Protection in Bridgend last March.",
        (
            "Last March we adopted Sooty, a black cat, from Cats Protection in Bridgend.",
            "Sooty, our black cat, was adopted from Cats Protection in Bridgend last March.",
            (
                "It was last March that we adopted our black cat Sooty from Cats Protection in "
                "Bridgend."
            ),
        ),
        (
            "We adopted a grey cat called Sooty from Cats Protection in Bridgend last March.",
            "We adopted a black cat called Sooty from Cats Protection in Bridgend last May.",
        ),
    ),
    Fact(
        (
            "My daughter Poppy is playing the Wicked Witch in her school's Wizard of Oz on 4 "
            "December."
        ),
        (
            (
                "On 4 December my daughter Poppy is playing the Wicked Witch in her school's "
                "Wizard of Oz."
            ),
            (
                "In her school's production of The Wizard of Oz on 4 December, my daughter Poppy "
                "plays the Wicked Witch."
            ),
            (
                "It's the Wicked Witch that my daughter Poppy is playing in her school's Wizard "
                "of Oz on 4 December."
            ),
        ),
        (
            "My daughter Poppy is playing Dorothy in her school's Wizard of Oz on 4 December.",
            (
                "My daughter Poppy played the Wicked Witch in her school's Wizard of Oz on 4 "
                "December."
            ),
        ),
    ),
    Fact(
        (
            "I'm painting the scenery for my son's school play, Bugsy Malone, at St Mary's "
            "Primary in Frome."
        ),
        (
            (
                "For my son's school play, Bugsy Malone, at St Mary's Primary in Frome, I'm "
                "painting the scenery."
            ),
            (
                "The scenery for Bugsy Malone, my son's school play at St Mary's Primary in "
                "Frome, is being painted by me."
            ),
            (
                "My son's school, St Mary's Primary in Frome, is putting on Bugsy Malone as its "
                "school play, and I'm painting the scenery."
            ),
        ),
        (
            (
                "I'm making the costumes for my son's school play, Bugsy Malone, at St Mary's "
                "Primary in Frome."
            ),
            (
                "I'm painting the scenery for my son's school play, Annie, at St Mary's Primary "
                "in Frome."
            ),
        ),
    ),
    Fact(
        "Our Bosch heat pump tumble dryer broke in January and the repair cost 140 pounds.",
        (
            "In January our Bosch heat pump tumble dryer broke, and it cost 140 pounds to repair.",
            (
                "It cost 140 pounds to fix our Bosch heat pump tumble dryer after it broke in "
                "January."
            ),
            (
                "The repair on our Bosch heat pump tumble dryer came to 140 pounds when it broke "
                "in January."
            ),
        ),
        (
            "Our Beko heat pump tumble dryer broke in January and the repair cost 140 pounds.",
            "Our Bosch heat pump tumble dryer broke in January and the repair cost 410 pounds.",
        ),
    ),
    Fact(
        "I have a 45-minute singing lesson with a teacher called Elin every Thursday afternoon.",
        (
            (
                "Every Thursday afternoon I have a 45-minute singing lesson with a teacher "
                "called Elin."
            ),
            (
                "My singing teacher's name is Elin, and I have a 45-minute lesson with her every "
                "Thursday afternoon."
            ),
            (
                "Each Thursday afternoon there's a three-quarter-hour singing lesson for me with "
                "a teacher named Elin."
            ),
        ),
        (
            "I have a 45-minute piano lesson with a teacher called Elin every Thursday afternoon.",
            "I have a 45-minute singing lesson with a teacher called Elin every Thursday evening.",
        ),
    ),
    Fact(
        (
            "I started singing lessons at 52 because I wanted to audition for Bridgwater "
            "Operatic Society."
        ),
        (
            (
                "Because I wanted to audition for Bridgwater Operatic Society, I started singing "
                "lessons at 52."
            ),
            (
                "I was 52 when I began singing lessons, since I wanted to audition for "
                "Bridgwater Operatic Society."
            ),
            (
                "Wanting to audition for Bridgwater Operatic Society is why I took up singing "
                "lessons at the age of 52."
            ),
        ),
        (
            (
                "I started singing lessons at 62 because I wanted to audition for Bridgwater "
                "Operatic Society."
            ),
            (
                "I started singing lessons at 52 because I wanted to audition for Taunton "
                "Operatic Society."
            ),
        ),
    ),
)


# The seventy-third held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT72's failures were looked at. Measured unseen: 1.11 memories per fact, 4.8% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT72's study).
HELDOUT73 = (
    Fact(
        "I'm building a model of Barmouth station for the N gauge railway in my garage.",
        (
            "For the N gauge railway in my garage, I'm building a model of Barmouth station.",
            "I'm making a model of Barmouth station to go on my N gauge railway in the garage.",
            (
                "It's Barmouth station that I'm building a model of for the N gauge railway in my "
                "garage."
            ),
        ),
        (
            "I'm building a model of Barmouth station for the OO gauge railway in my garage.",
            (
                "I've finished building a model of Barmouth station for the N gauge railway in my "
                "garage."
            ),
        ),
    ),
    Fact(
        (
            "I'm booked in for keyhole surgery to remove my gallstones at Leicester Royal "
            "Infirmary on 14 November."
        ),
        (
            (
                "My keyhole surgery to remove my gallstones is booked for 14 November at "
                "Leicester Royal Infirmary."
            ),
            (
                "On the 14th of November I'm having keyhole surgery at Leicester Royal Infirmary "
                "to take out my gallstones."
            ),
            (
                "Leicester Royal Infirmary have booked me in on 14 November for keyhole surgery "
                "to remove my gallstones."
            ),
        ),
        (
            (
                "I'm booked in for keyhole surgery to remove my gallstones at Leicester Royal "
                "Infirmary on 14 December."
            ),
            (
                "My husband is booked in for keyhole surgery to remove his gallstones at "
                "Leicester Royal Infirmary on 14 November."
            ),
        ),
    ),
    Fact(
        "Since my gallstone operation I've cut out fried food completely.",
        (
            "I've completely cut out fried food since I had my gallstone operation.",
            "Fried food is something I've cut out entirely since my gallstone operation.",
            "Since having my operation for gallstones, I've stopped eating fried food altogether.",
        ),
        (
            "Since my gallstone operation I've cut out alcohol completely.",
            "I cut out fried food completely until my gallstone operation.",
        ),
    ),
    Fact(
        "We're doing a house swap with a family from Utrecht for the first two weeks of August.",
        (
            "For the first two weeks of August we're swapping houses with a family from Utrecht.",
            (
                "A family from Utrecht are doing a house swap with us for the first fortnight of "
                "August."
            ),
            "We've arranged a house swap with a Utrecht family for the first fortnight in August.",
        ),
        (
            "We're doing a house swap with a family from Utrecht for the last two weeks of August.",
            (
                "We'd like to do a house swap with a family from Utrecht for the first two weeks "
                "of August."
            ),
        ),
    ),
    Fact(
        "I've listed our cottage in Ambleside on HomeExchange for house swaps.",
        (
            "Our cottage in Ambleside has been listed on HomeExchange by me for house swaps.",
            "I've put our Ambleside cottage up on HomeExchange for house swaps.",
            "For house swaps, I've listed our cottage in Ambleside on HomeExchange.",
        ),
        (
            "My parents have listed their cottage in Ambleside on HomeExchange for house swaps.",
            "I've listed our cottage in Ambleside on Love Home Swap for house swaps.",
        ),
    ),
    Fact(
        "My son Jamie is a lance corporal in the Royal Engineers, based in Chatham.",
        (
            "Jamie, my son, is a lance corporal with the Royal Engineers and is based in Chatham.",
            "My son Jamie is based in Chatham as a lance corporal in the Royal Engineers.",
            "Based in Chatham, my son Jamie is a lance corporal in the Royal Engineers.",
        ),
        (
            "My son Jamie is a corporal in the Royal Engineers, based in Chatham.",
            "My son Jamie was a lance corporal in the Royal Engineers, based in Chatham.",
        ),
    ),
    Fact(
        "Our son is deploying to Estonia with his regiment in March for six months.",
        (
            "In March our son deploys to Estonia with his regiment for six months.",
            "Our son's regiment is taking him to Estonia for six months from March.",
            (
                "It's Estonia that our son is deploying to with his regiment in March, for half a "
                "year."
            ),
        ),
        (
            "Our son is deploying to Estonia with his regiment in March for nine months.",
            "Our son is coming back from Estonia with his regiment in March after six months.",
        ),
    ),
    Fact(
        "My electrician wired my garden shed workshop with four double sockets for 380 pounds.",
        (
            (
                "For 380 pounds, my electrician wired my garden shed workshop with four double "
                "sockets."
            ),
            (
                "My garden shed workshop was wired up with four double sockets by my electrician "
                "for 380 pounds."
            ),
            (
                "It cost me 380 pounds to have my electrician wire four double sockets into my "
                "garden shed workshop."
            ),
        ),
        (
            (
                "My electrician quoted 380 pounds to wire my garden shed workshop with four "
                "double sockets."
            ),
            "My electrician wired my garden shed workshop with six double sockets for 380 pounds.",
        ),
    ),
    Fact(
        "I was co-opted onto Great Shelford Parish Council in January 2024.",
        (
            "In January 2024 I was co-opted onto Great Shelford Parish Council.",
            "Great Shelford Parish Council co-opted me as a councillor in January 2024.",
            "I joined Great Shelford Parish Council by co-option in January 2024.",
        ),
        (
            "I was elected onto Great Shelford Parish Council in January 2024.",
            "I was co-opted onto Little Shelford Parish Council in January 2024.",
        ),
    ),
    Fact(
        (
            "I chair the planning committee on our parish council, which meets on the first "
            "Tuesday of each month."
        ),
        (
            (
                "Our parish council's planning committee, which I chair, meets on the first "
                "Tuesday of every month."
            ),
            (
                "I'm chair of the parish council's planning committee, and it meets on the first "
                "Tuesday of the month."
            ),
            (
                "The planning committee on our parish council meets on the first Tuesday of each "
                "month, and I'm its chair."
            ),
        ),
        (
            (
                "I chair the planning committee on our parish council, which meets on the first "
                "Thursday of each month."
            ),
            (
                "I chair the finance committee on our parish council, which meets on the first "
                "Tuesday of each month."
            ),
        ),
    ),
    Fact(
        "I've renewed my Bath Rugby season ticket for the 2025-26 season, and it cost 585 pounds.",
        (
            "My Bath Rugby season ticket for 2025-26 is renewed, at a cost of 585 pounds.",
            "It cost me 585 pounds to renew my Bath Rugby season ticket for the 2025-26 season.",
            (
                "For the 2025-26 season I've renewed my season ticket at Bath Rugby, paying 585 "
                "pounds."
            ),
        ),
        (
            (
                "I've renewed my Gloucester Rugby season ticket for the 2025-26 season, and it "
                "cost 585 pounds."
            ),
            (
                "I'm going to renew my Bath Rugby season ticket for the 2025-26 season, and it'll "
                "cost 585 pounds."
            ),
        ),
    ),
    Fact(
        "I'm restoring a 1962 Lambretta Li 150 that I found in a barn near Ludlow.",
        (
            "I found a 1962 Lambretta Li 150 in a barn near Ludlow, and I'm restoring it.",
            "The 1962 Lambretta Li 150 I'm restoring is one I found in a barn near Ludlow.",
            "What I'm restoring is a 1962 Lambretta Li 150 that I found in a barn near Ludlow.",
        ),
        (
            "I'm restoring a 1962 Lambretta Li 150 that I found in a barn near Leominster.",
            "I'm selling a 1962 Lambretta Li 150 that I found in a barn near Ludlow.",
        ),
    ),
    Fact(
        (
            "Our drain by the back door got blocked with tree roots, and Dyno-Rod charged 240 "
            "pounds to clear it."
        ),
        (
            (
                "Dyno-Rod charged 240 pounds to clear our drain by the back door after it got "
                "blocked with tree roots."
            ),
            (
                "Tree roots blocked the drain by our back door, and it cost 240 pounds for "
                "Dyno-Rod to clear it."
            ),
            (
                "It was tree roots that blocked our drain by the back door, and Dyno-Rod cleared "
                "it for 240 pounds."
            ),
        ),
        (
            (
                "Our drain by the back door got blocked with cooking fat, and Dyno-Rod charged "
                "240 pounds to clear it."
            ),
            (
                "Our drain by the front door got blocked with tree roots, and Dyno-Rod charged "
                "240 pounds to clear it."
            ),
        ),
    ),
    Fact(
        "My work laptop is a Dell Latitude 7440 that IT gave me when I started in June.",
        (
            "IT gave me a Dell Latitude 7440 as my work laptop when I started in June.",
            "When I started in June, IT issued me a Dell Latitude 7440 as my work laptop.",
            (
                "The laptop I use for work is a Dell Latitude 7440, which IT gave me when I "
                "started in June."
            ),
        ),
        (
            "My work laptop is a Dell Latitude 5440 that IT gave me when I started in June.",
            (
                "My colleague's work laptop is a Dell Latitude 7440 that IT gave her when she "
                "started in June."
            ),
        ),
    ),
    Fact(
        "I left my work laptop on the 17:35 train from Leeds to York last Friday.",
        (
            "Last Friday I left my work laptop on the 17:35 train from Leeds to York.",
            "On Friday last week I left my work laptop on the 5:35 pm train from Leeds to York.",
            "It was on the 17:35 from Leeds to York last Friday that I left my work laptop.",
        ),
        (
            "I left my work laptop on the 18:35 train from Leeds to York last Friday.",
            "I left my work phone on the 17:35 train from Leeds to York last Friday.",
        ),
    ),
    Fact(
        "I got a place in the London Marathon ballot for April 2026 on my fifth attempt.",
        (
            "On my fifth attempt, I got a place in the London Marathon ballot for April 2026.",
            (
                "After four unsuccessful tries, I've got a ballot place in the April 2026 London "
                "Marathon."
            ),
            "It took me five attempts, but I got a London Marathon ballot place for April 2026.",
        ),
        (
            (
                "I didn't get a place in the London Marathon ballot for April 2026 on my fifth "
                "attempt."
            ),
            "I got a place in the London Marathon ballot for April 2026 on my second attempt.",
        ),
    ),
    Fact(
        "My wife and I both entered the Berlin Marathon ballot, but only she got a place.",
        (
            "Only my wife got a place when she and I both entered the Berlin Marathon ballot.",
            (
                "We both entered the ballot for the Berlin Marathon, my wife and I, and only she "
                "got a place."
            ),
            (
                "My wife got a place in the Berlin Marathon ballot, but I didn't, though we both "
                "entered."
            ),
        ),
        (
            "My wife and I both entered the Berlin Marathon ballot, but only I got a place.",
            "My wife and I both entered the Chicago Marathon ballot, but only she got a place.",
        ),
    ),
    Fact(
        (
            "My upper right wisdom tooth is impacted, and my dentist in Ipswich has referred me "
            "to hospital to have it out."
        ),
        (
            (
                "My dentist in Ipswich has referred me to hospital to have my impacted upper "
                "right wisdom tooth taken out."
            ),
            (
                "Because my upper right wisdom tooth is impacted, my Ipswich dentist has referred "
                "me to hospital to remove it."
            ),
            (
                "I've been referred to hospital by my dentist in Ipswich to have out my upper "
                "right wisdom tooth, which is impacted."
            ),
        ),
        (
            (
                "My upper left wisdom tooth is impacted, and my dentist in Ipswich has referred "
                "me to hospital to have it out."
            ),
            (
                "My upper right wisdom tooth is impacted, but my dentist in Ipswich hasn't "
                "referred me to hospital to have it out."
            ),
        ),
    ),
    Fact(
        (
            "I'm going to Ngozi's 40th fancy dress party on Saturday dressed as Wallace from "
            "Wallace and Gromit."
        ),
        (
            (
                "On Saturday I'm going as Wallace from Wallace and Gromit to Ngozi's 40th fancy "
                "dress party."
            ),
            (
                "My costume for Ngozi's 40th fancy dress party on Saturday is Wallace, from "
                "Wallace and Gromit."
            ),
            (
                "It's Wallace from Wallace and Gromit that I'm dressing up as for Ngozi's 40th "
                "fancy dress party on Saturday."
            ),
        ),
        (
            (
                "I'm going to Ngozi's 40th fancy dress party on Saturday dressed as Gromit from "
                "Wallace and Gromit."
            ),
            (
                "I went to Ngozi's 40th fancy dress party on Saturday dressed as Wallace from "
                "Wallace and Gromit."
            ),
        ),
    ),
    Fact(
        "We're hosting a 1920s fancy dress party at our house in Whitby for New Year's Eve.",
        (
            "For New Year's Eve, we're hosting a 1920s fancy dress party at our house in Whitby.",
            (
                "Our house in Whitby is where we're hosting a 1920s fancy dress party on New "
                "Year's Eve."
            ),
            (
                "We're throwing a fancy dress party with a 1920s theme at our Whitby house on New "
                "Year's Eve."
            ),
        ),
        (
            "We're hosting a 1970s fancy dress party at our house in Whitby for New Year's Eve.",
            (
                "Our neighbours are hosting a 1920s fancy dress party at their house in Whitby "
                "for New Year's Eve."
            ),
        ),
    ),
    Fact(
        (
            "I'm doing a charity skydive at Langar on 7 June to raise money for the Stroke "
            "Association."
        ),
        (
            "On 7 June I'm doing a skydive at Langar to raise money for the Stroke Association.",
            (
                "To raise money for the Stroke Association, I'm doing a charity skydive at Langar "
                "on the 7th of June."
            ),
            "My charity skydive for the Stroke Association is at Langar on 7 June.",
        ),
        (
            (
                "I'm doing a charity skydive at Langar on 7 June to raise money for the British "
                "Heart Foundation."
            ),
            (
                "I've cancelled my charity skydive at Langar on 7 June to raise money for the "
                "Stroke Association."
            ),
        ),
    ),
)


# The seventy-fourth held-out set: written (4 December) as HELDOUT21 was, and committed
# before HELDOUT73's failures were looked at. Measured unseen: 1.08 memories per fact, 1.6%
# wrong merges, 3.2% of facts stored nothing (offline at 0.8, before HELDOUT73's study).
HELDOUT74 = (
    Fact(
        "We bought a 10-foot trampoline from Argos for our twins' sixth birthday.",
        (
            "For our twins' sixth birthday we bought a 10-foot trampoline from Argos.",
            "The 10-foot trampoline we bought from Argos was our twins' sixth birthday present.",
            "It was from Argos that we bought a 10-foot trampoline for our twins' sixth birthday.",
        ),
        (
            "We bought a 12-foot trampoline from Argos for our twins' sixth birthday.",
            "My brother bought a 10-foot trampoline from Argos for his twins' sixth birthday.",
        ),
    ),
    Fact(
        "The netting on our garden trampoline ripped in the storm last February.",
        (
            "Last February's storm ripped the netting on our garden trampoline.",
            "Our garden trampoline's netting was ripped in the storm last February.",
            "In the storm last February, the netting on our garden trampoline ripped.",
        ),
        (
            "The padding on our garden trampoline ripped in the storm last February.",
            "The netting on our garden trampoline ripped in the storm last November.",
        ),
    ),
    Fact(
        "My sister-in-law Hannah is getting married at Chester Town Hall on 21 June.",
        (
            "On 21 June my sister-in-law Hannah is getting married at Chester Town Hall.",
            (
                "Hannah, my sister-in-law, is getting married at Chester Town Hall on the 21st of "
                "June."
            ),
            "Chester Town Hall is where my sister-in-law Hannah is getting married on 21 June.",
        ),
        (
            "My sister-in-law Hannah got married at Chester Town Hall on 21 June.",
            "My sister-in-law Hannah is getting married at Chester Cathedral on 21 June.",
        ),
    ),
    Fact(
        "I'm a bridesmaid at my sister-in-law's wedding and my dress is sage green.",
        (
            "At my sister-in-law's wedding I'm a bridesmaid, and my dress is sage green.",
            "My bridesmaid dress for my sister-in-law's wedding is sage green.",
            "I'll be a bridesmaid at my sister-in-law's wedding, wearing a sage green dress.",
        ),
        (
            "I'm a bridesmaid at my sister-in-law's wedding and my dress is dusky pink.",
            (
                "My daughter is a bridesmaid at my sister-in-law's wedding and her dress is sage "
                "green."
            ),
        ),
    ),
    Fact(
        "My two-year-old son Leo is allergic to cow's milk.",
        (
            "Leo, my two-year-old son, is allergic to cow's milk.",
            "My son Leo, who is two, has an allergy to cow's milk.",
            "Cow's milk is something my two-year-old son Leo is allergic to.",
        ),
        (
            "My two-year-old son Leo is allergic to eggs.",
            "My two-year-old son Leo isn't allergic to cow's milk.",
        ),
    ),
    Fact(
        (
            "We found out my daughter Poppy was allergic to cashews when she reacted to pesto at "
            "18 months."
        ),
        (
            (
                "When she reacted to pesto at 18 months, we found out my daughter Poppy was "
                "allergic to cashews."
            ),
            (
                "My daughter Poppy's cashew allergy came to light when she reacted to pesto at 18 "
                "months."
            ),
            (
                "It was when my daughter Poppy reacted to pesto at a year and a half that we "
                "found out she was allergic to cashews."
            ),
        ),
        (
            (
                "We found out my daughter Poppy was allergic to cashews when she reacted to pesto "
                "at 14 months."
            ),
            (
                "We found out my daughter Poppy was allergic to cashews when she reacted to satay "
                "sauce at 18 months."
            ),
        ),
    ),
    Fact(
        "I rent a lock-up garage on Station Road for 70 pounds a month to store my motorbike.",
        (
            "For 70 pounds a month I rent a lock-up garage on Station Road to store my motorbike.",
            (
                "My motorbike is stored in a lock-up garage I rent on Station Road for 70 pounds "
                "a month."
            ),
            (
                "I keep my motorbike in a lock-up garage on Station Road that I rent for 70 "
                "pounds a month."
            ),
        ),
        (
            (
                "I'm planning to rent a lock-up garage on Station Road for 70 pounds a month to "
                "store my motorbike."
            ),
            "I rent a lock-up garage on Station Road for 85 pounds a month to store my motorbike.",
        ),
    ),
    Fact(
        "My Fender Blues Junior amp blew a valve during our gig at the Railway Inn on Saturday.",
        (
            (
                "During our gig at the Railway Inn on Saturday, my Fender Blues Junior amp blew a "
                "valve."
            ),
            (
                "A valve blew in my Fender Blues Junior amp during our gig at the Railway Inn on "
                "Saturday."
            ),
            (
                "On Saturday, at our gig at the Railway Inn, a valve went in my Fender Blues "
                "Junior amp."
            ),
        ),
        (
            "My Fender Blues Junior amp blew a fuse during our gig at the Railway Inn on Saturday.",
            (
                "Our bassist's Fender Blues Junior amp blew a valve during our gig at the Railway "
                "Inn on Saturday."
            ),
        ),
    ),
    Fact(
        (
            "We own a holiday let in Keswick that sleeps six and is booked most weeks from April "
            "to October."
        ),
        (
            (
                "Our holiday let in Keswick sleeps six and is booked most weeks between April and "
                "October."
            ),
            (
                "We own a six-sleeper holiday let in Keswick that's booked most weeks from April "
                "to October."
            ),
            (
                "From April to October, the holiday let we own in Keswick is booked most weeks, "
                "and it sleeps six."
            ),
        ),
        (
            (
                "We used to own a holiday let in Keswick that sleeps six and was booked most "
                "weeks from April to October."
            ),
            (
                "We own a holiday let in Keswick that sleeps four and is booked most weeks from "
                "April to October."
            ),
        ),
    ),
    Fact(
        "Guests at our holiday let near Coniston have to check out by 10am.",
        (
            "Check-out at our holiday let near Coniston is by 10am.",
            "Our holiday let near Coniston has a 10am check-out for guests.",
            "At our holiday let near Coniston, guests have to check out by ten in the morning.",
        ),
        (
            "Guests at our holiday let near Coniston have to check out by 11am.",
            "Guests at our holiday let near Grasmere have to check out by 10am.",
        ),
    ),
    Fact(
        "I play for the Cue Ball Club's B team in the Wigan snooker league on Monday nights.",
        (
            "On Monday nights I play for the Cue Ball Club's B team in the Wigan snooker league.",
            "In the Wigan snooker league, I play for the Cue Ball Club's B team on Monday nights.",
            (
                "It's for the Cue Ball Club's B team that I play in the Wigan snooker league on "
                "Monday nights."
            ),
        ),
        (
            "I play for the Cue Ball Club's A team in the Wigan snooker league on Monday nights.",
            (
                "I play for the Cue Ball Club's B team in the Wigan snooker league on Wednesday "
                "nights."
            ),
        ),
    ),
    Fact(
        "My visitor parking permit for Camden runs out on 31 March.",
        (
            "On 31 March my visitor parking permit for Camden runs out.",
            "My Camden visitor parking permit expires on the 31st of March.",
            "The visitor parking permit I have for Camden runs out at the end of March.",
        ),
        (
            "My resident parking permit for Camden runs out on 31 March.",
            "My visitor parking permit for Camden ran out on 31 March.",
        ),
    ),
    Fact(
        "I applied for a blue badge parking permit for my dad after his hip operation in May.",
        (
            "After his hip operation in May, I applied for a blue badge parking permit for my dad.",
            (
                "I put in an application for a blue badge parking permit for my dad after his hip "
                "operation in May."
            ),
            (
                "It was after my dad's hip operation in May that I applied for a blue badge "
                "parking permit for him."
            ),
        ),
        (
            "I applied for a blue badge parking permit for my mum after her hip operation in May.",
            "I applied for a blue badge parking permit for my dad after his knee operation in May.",
        ),
    ),
    Fact(
        "A fitter from Carpetright is coming to lay the new stair carpet on Thursday morning.",
        (
            "On Thursday morning a fitter from Carpetright is coming to lay the new stair carpet.",
            "The new stair carpet is being laid on Thursday morning by a fitter from Carpetright.",
            (
                "It's a fitter from Carpetright who is coming on Thursday morning to lay the new "
                "stair carpet."
            ),
        ),
        (
            (
                "A fitter from Carpetright is coming to lay the new landing carpet on Thursday "
                "morning."
            ),
            (
                "A fitter from Carpetright is coming to measure for the new stair carpet on "
                "Thursday morning."
            ),
        ),
    ),
    Fact(
        "My grandma Doris turns 90 on 4 November.",
        (
            "On 4 November my grandma Doris turns 90.",
            "My grandma Doris will be ninety on the 4th of November.",
            "Doris, my grandma, has her 90th birthday on 4 November.",
        ),
        (
            "My grandma Doris turns 90 on 14 November.",
            "My great-aunt Doris turns 90 on 4 November.",
        ),
    ),
    Fact(
        "We're throwing a surprise party for my grandma's 90th at the Swan in Lavenham.",
        (
            "For my grandma's 90th we're throwing a surprise party at the Swan in Lavenham.",
            "A surprise party for my grandma's 90th is being thrown by us at the Swan in Lavenham.",
            "At the Swan in Lavenham, we're throwing my grandma a surprise party for her 90th.",
        ),
        (
            "We're throwing a surprise party for my grandad's 90th at the Swan in Lavenham.",
            "We'd like to throw a surprise party for my grandma's 90th at the Swan in Lavenham.",
        ),
    ),
    Fact(
        "My pager for the Aldeburgh lifeboat crew goes off about twice a month, usually at night.",
        (
            (
                "About twice a month, usually at night, my pager for the Aldeburgh lifeboat crew "
                "goes off."
            ),
            "My Aldeburgh lifeboat crew pager goes off roughly twice a month, mostly at night.",
            (
                "It's usually at night that my pager for the Aldeburgh lifeboat crew goes off, "
                "about twice a month."
            ),
        ),
        (
            (
                "My pager for the Aldeburgh lifeboat crew goes off about twice a week, usually at "
                "night."
            ),
            (
                "My pager for the Aldeburgh lifeboat crew goes off about twice a month, usually "
                "in the morning."
            ),
        ),
    ),
    Fact(
        "I've booked a table for eight at the Crown in Amersham for Sunday lunch at 1pm.",
        (
            "For Sunday lunch at 1pm I've booked a table for eight at the Crown in Amersham.",
            (
                "A table for eight at the Crown in Amersham has been booked by me for Sunday "
                "lunch at 1pm."
            ),
            (
                "I've reserved a table for eight people at the Crown in Amersham for Sunday lunch "
                "at one o'clock."
            ),
        ),
        (
            "I've booked a table for eight at the Crown in Amersham for Sunday lunch at 1.30pm.",
            "I've cancelled our table for eight at the Crown in Amersham for Sunday lunch at 1pm.",
        ),
    ),
    Fact(
        (
            "I had to pay a 20 pounds deposit when I booked Mother's Day lunch at the Bell in "
            "Ticehurst."
        ),
        (
            (
                "When I booked Mother's Day lunch at the Bell in Ticehurst, I had to pay a 20 "
                "pounds deposit."
            ),
            (
                "Booking Mother's Day lunch at the Bell in Ticehurst meant I had to pay a 20 "
                "pounds deposit."
            ),
            (
                "There was a 20 pounds deposit to pay when I booked Mother's Day lunch at the "
                "Bell in Ticehurst."
            ),
        ),
        (
            (
                "I had to pay a 20 pounds deposit when I booked Father's Day lunch at the Bell in "
                "Ticehurst."
            ),
            (
                "I didn't have to pay a deposit when I booked Mother's Day lunch at the Bell in "
                "Ticehurst."
            ),
        ),
    ),
    Fact(
        (
            "I've entered the Tour of Cambridgeshire sportive on 8 June and I'm doing the 80-mile "
            "route."
        ),
        (
            (
                "On 8 June I'm doing the 80-mile route of the Tour of Cambridgeshire sportive, "
                "which I've entered."
            ),
            (
                "I've entered the 8 June Tour of Cambridgeshire sportive, and it's the 80-mile "
                "route I'm doing."
            ),
            (
                "I've signed up for the Tour of Cambridgeshire sportive on the 8th of June and "
                "I'll ride the 80-mile route."
            ),
        ),
        (
            (
                "I've entered the Tour of Cambridgeshire sportive on 8 June and I'm doing the "
                "40-mile route."
            ),
            (
                "I'd like to enter the Tour of Cambridgeshire sportive on 8 June and do the "
                "80-mile route."
            ),
        ),
    ),
    Fact(
        (
            "Water leaks into the car through the roof rack fixings on our Skoda Octavia whenever "
            "it rains."
        ),
        (
            (
                "Whenever it rains, water leaks into the car through the roof rack fixings on our "
                "Skoda Octavia."
            ),
            "Our Skoda Octavia's roof rack fixings let water leak into the car whenever it rains.",
            (
                "It's through the roof rack fixings that water leaks into our Skoda Octavia "
                "whenever it rains."
            ),
        ),
        (
            "Water leaks into the car through the sunroof on our Skoda Octavia whenever it rains.",
            (
                "Water used to leak into the car through the roof rack fixings on our Skoda "
                "Octavia whenever it rained."
            ),
        ),
    ),
)


# The seventy-fifth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT74's failures were looked at. Measured unseen: 1.21 memories per fact, 0% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT74's study).
HELDOUT75 = (
    Fact(
        "We're converting an old stone barn near Kirkby Stephen into a four-bedroom house.",
        (
            (
                "An old stone barn near Kirkby Stephen is being converted by us into a "
                "four-bedroom house."
            ),
            "We're turning an old stone barn near Kirkby Stephen into a house with four bedrooms.",
            (
                "It's an old stone barn near Kirkby Stephen that we're converting into a "
                "four-bedroom house."
            ),
        ),
        (
            "We're converting an old stone barn near Kirkby Stephen into a three-bedroom house.",
            (
                "My brother is converting an old stone barn near Kirkby Stephen into a "
                "four-bedroom house."
            ),
        ),
    ),
    Fact(
        (
            "Our barn conversion got planning permission from Westmorland and Furness Council in "
            "October 2023."
        ),
        (
            (
                "In October 2023 Westmorland and Furness Council granted planning permission for "
                "our barn conversion."
            ),
            (
                "Planning permission for our barn conversion was given by Westmorland and Furness "
                "Council in October 2023."
            ),
            (
                "It was in October 2023 that our barn conversion was granted planning permission "
                "by Westmorland and Furness Council."
            ),
        ),
        (
            (
                "Our barn conversion was refused planning permission by Westmorland and Furness "
                "Council in October 2023."
            ),
            (
                "Our barn conversion got building regulations approval from Westmorland and "
                "Furness Council in October 2023."
            ),
        ),
    ),
    Fact(
        "I was diagnosed with type 2 diabetes at my GP surgery in Wrexham in June 2022.",
        (
            "In June 2022 I was diagnosed with type 2 diabetes at my GP surgery in Wrexham.",
            "My GP surgery in Wrexham diagnosed me with type 2 diabetes in June 2022.",
            (
                "It was at my GP surgery in Wrexham, in June 2022, that I was diagnosed with type "
                "2 diabetes."
            ),
        ),
        (
            "I was diagnosed with type 1 diabetes at my GP surgery in Wrexham in June 2022.",
            "I was diagnosed with type 2 diabetes at my GP surgery in Wrexham in June 2012.",
        ),
    ),
    Fact(
        "Since my diabetes diagnosis I take 1,000 mg of metformin twice a day.",
        (
            "I've taken 1,000 mg of metformin twice a day since I was diagnosed with diabetes.",
            "Twice a day I take 1 gram of metformin, as I have done since my diabetes diagnosis.",
            "Ever since my diabetes was diagnosed, I've been on 1000 mg of metformin twice daily.",
        ),
        (
            "Since my diabetes diagnosis I take 1,000 mg of metformin once a day.",
            "Since her diabetes diagnosis my mum takes 1,000 mg of metformin twice a day.",
        ),
    ),
    Fact(
        "My daughter Freya has a Saturday job at Dobbies garden centre in Milngavie.",
        (
            "My daughter Freya works Saturdays at Dobbies garden centre in Milngavie.",
            "Freya, my daughter, has got a Saturday job at the Dobbies garden centre in Milngavie.",
            (
                "It's at Dobbies garden centre in Milngavie that my daughter Freya has her "
                "Saturday job."
            ),
        ),
        (
            "My daughter Freya has a Sunday job at Dobbies garden centre in Milngavie.",
            "My daughter Freya used to have a Saturday job at Dobbies garden centre in Milngavie.",
        ),
    ),
    Fact(
        "I earn 7.55 pounds an hour at my Saturday job at Bents Garden Centre in Glazebury.",
        (
            "My Saturday job at Bents Garden Centre in Glazebury pays me 7.55 pounds an hour.",
            (
                "At Bents Garden Centre in Glazebury, where I have a Saturday job, I get 7.55 "
                "pounds an hour."
            ),
            (
                "I'm paid 7.55 pounds per hour for my Saturday job at Bents Garden Centre in "
                "Glazebury."
            ),
        ),
        (
            "I earn 7.55 pounds an hour at my Saturday job at the Co-op in Glazebury.",
            "I earn 8.55 pounds an hour at my Saturday job at Bents Garden Centre in Glazebury.",
        ),
    ),
    Fact(
        "Our son Hamish boards at Strathallan School in Perthshire during term time.",
        (
            "During term time our son Hamish boards at Strathallan School in Perthshire.",
            "Our son Hamish is a boarder at Strathallan School in Perthshire in term time.",
            "Strathallan School in Perthshire is where our son Hamish boards during term time.",
        ),
        (
            "Our son Hamish is a day pupil at Strathallan School in Perthshire during term time.",
            "Our son Hamish will start boarding at Strathallan School in Perthshire next term.",
        ),
    ),
    Fact(
        "We pay 14,900 pounds a term for our son Hamish to board at Strathallan.",
        (
            "Boarding at Strathallan costs us 14,900 pounds a term for our son Hamish.",
            "For our son Hamish to board at Strathallan, we pay 14,900 pounds each term.",
            "Our son Hamish's boarding at Strathallan costs us 14,900 pounds per term.",
        ),
        (
            "We pay 14,900 pounds a year for our son Hamish to board at Strathallan.",
            "His grandparents pay 14,900 pounds a term for our son Hamish to board at Strathallan.",
        ),
    ),
    Fact(
        "I'm fitting a Webasto diesel heater in the VW T5 camper van I'm converting.",
        (
            "In the VW T5 camper van I'm converting, I'm fitting a Webasto diesel heater.",
            (
                "I'm putting a Webasto diesel heater into the VW T5 that I'm converting into a "
                "camper van."
            ),
            "It's a Webasto diesel heater that I'm fitting in the VW T5 camper van I'm converting.",
        ),
        (
            "I'm fitting a Webasto diesel heater in the VW T6 camper van I'm converting.",
            "I'm removing the Webasto diesel heater from the VW T5 camper van I'm converting.",
        ),
    ),
    Fact(
        "We fitted two 150-watt solar panels to the roof of our camper van in April 2024.",
        (
            "In April 2024 we fitted two 150-watt solar panels to our camper van's roof.",
            (
                "Two 150-watt solar panels were fitted to the roof of our camper van by us in "
                "April 2024."
            ),
            (
                "It was in April 2024 that we fitted two 150-watt solar panels to the roof of our "
                "camper van."
            ),
        ),
        (
            "We fitted two 100-watt solar panels to the roof of our camper van in April 2024.",
            "We fitted two 150-watt solar panels to the roof of our camper van in April 2023.",
        ),
    ),
    Fact(
        "I built a hedgehog house out of an old wine crate and put it behind our compost heap.",
        (
            "I made a hedgehog house from an old wine crate and placed it behind our compost heap.",
            (
                "Out of an old wine crate I built a hedgehog house, which I put behind our "
                "compost heap."
            ),
            "The hedgehog house behind our compost heap is one I built out of an old wine crate.",
        ),
        (
            "I built a hedgehog house out of an old wine crate and put it beside our compost heap.",
            (
                "I built a hedgehog house out of an old apple crate and put it behind our compost "
                "heap."
            ),
        ),
    ),
    Fact(
        "I ran the Three Shires fell race in Little Langdale in 3 hours 12 minutes last September.",
        (
            (
                "Last September I ran the Three Shires fell race in Little Langdale in 3 hours 12 "
                "minutes."
            ),
            "My time for the Three Shires fell race in Little Langdale last September was 3h 12m.",
            (
                "It took me three hours and twelve minutes to run the Three Shires fell race in "
                "Little Langdale last September."
            ),
        ),
        (
            (
                "I ran the Three Shires fell race in Little Langdale in 3 hours 21 minutes last "
                "September."
            ),
            (
                "My husband ran the Three Shires fell race in Little Langdale in 3 hours 12 "
                "minutes last September."
            ),
        ),
    ),
    Fact(
        (
            "I've entered the Kentmere Horseshoe fell race on 20 July because my club, Keswick "
            "AC, is sending a team."
        ),
        (
            (
                "Because my club, Keswick AC, is sending a team, I've entered the Kentmere "
                "Horseshoe fell race on 20 July."
            ),
            (
                "My club Keswick AC is sending a team to the Kentmere Horseshoe fell race on 20 "
                "July, so I've entered it."
            ),
            (
                "I've put in an entry for the Kentmere Horseshoe fell race on 20 July, as my "
                "club, Keswick AC, is sending a team."
            ),
        ),
        (
            (
                "I haven't entered the Kentmere Horseshoe fell race on 20 July even though my "
                "club, Keswick AC, is sending a team."
            ),
            (
                "I've entered the Kentmere Horseshoe fell race on 27 July because my club, "
                "Keswick AC, is sending a team."
            ),
        ),
    ),
    Fact(
        "I did a two-day outdoor first aid course with St John Ambulance in Bristol in March.",
        (
            "In March I did a two-day outdoor first aid course in Bristol with St John Ambulance.",
            "I took a two-day St John Ambulance outdoor first aid course in Bristol in March.",
            (
                "It was with St John Ambulance in Bristol that I did a two-day outdoor first aid "
                "course in March."
            ),
        ),
        (
            (
                "I did a two-day mental health first aid course with St John Ambulance in Bristol "
                "in March."
            ),
            (
                "I'm booked on a two-day outdoor first aid course with St John Ambulance in "
                "Bristol in March."
            ),
        ),
    ),
    Fact(
        "Our Bosch dishwasher has been leaking from the bottom of the door since Christmas.",
        (
            "Since Christmas our Bosch dishwasher has been leaking from the bottom of the door.",
            (
                "Water has been leaking from the bottom of our Bosch dishwasher's door since "
                "Christmas."
            ),
            (
                "There's been a leak from the bottom of the door of our Bosch dishwasher since "
                "Christmas."
            ),
        ),
        (
            "Our Bosch dishwasher has been leaking from the top of the door since Christmas.",
            (
                "Our Bosch washing machine has been leaking from the bottom of the door since "
                "Christmas."
            ),
        ),
    ),
    Fact(
        (
            "Our team, the Quiztopher Columbuses, plays in the Wednesday night quiz league in "
            "Chesterfield."
        ),
        (
            (
                "In Chesterfield our team, the Quiztopher Columbuses, plays in the Wednesday "
                "night quiz league."
            ),
            (
                "The Quiztopher Columbuses, our team, play in Chesterfield's Wednesday night quiz "
                "league."
            ),
            (
                "It's the Wednesday night quiz league in Chesterfield that our team, the "
                "Quiztopher Columbuses, plays in."
            ),
        ),
        (
            (
                "Our team, the Quiztopher Columbuses, plays in the Monday night quiz league in "
                "Chesterfield."
            ),
            (
                "Our team, the Quiztopher Columbuses, used to play in the Wednesday night quiz "
                "league in Chesterfield."
            ),
        ),
    ),
    Fact(
        (
            "We were promoted to Division One of the Chesterfield quiz league after winning 14 of "
            "our 18 games."
        ),
        (
            (
                "After winning 14 of our 18 games, we were promoted to Division One of the "
                "Chesterfield quiz league."
            ),
            (
                "We won 14 of our 18 games and so got promoted to Division One of the "
                "Chesterfield quiz league."
            ),
            (
                "Winning 14 out of 18 games got us promoted to Division One of the Chesterfield "
                "quiz league."
            ),
        ),
        (
            (
                "We were promoted to Division Two of the Chesterfield quiz league after winning "
                "14 of our 18 games."
            ),
            (
                "We weren't promoted to Division One of the Chesterfield quiz league despite "
                "winning 14 of our 18 games."
            ),
        ),
    ),
    Fact(
        "My step-daughter Lily stays with us every other weekend and half the school holidays.",
        (
            (
                "Every other weekend and for half the school holidays, my step-daughter Lily "
                "stays with us."
            ),
            (
                "Lily, my step-daughter, comes to stay with us on alternate weekends and for half "
                "of the school holidays."
            ),
            (
                "My step-daughter Lily stays with us every second weekend and for half the school "
                "holidays."
            ),
        ),
        (
            "My step-daughter Lily stays with us every weekend and half the school holidays.",
            "My niece Lily stays with us every other weekend and half the school holidays.",
        ),
    ),
    Fact(
        (
            "We own a 40 percent share of our shared ownership flat in Reading and pay rent to "
            "Sovereign on the rest."
        ),
        (
            (
                "Our shared ownership flat in Reading is 40 percent ours, and we pay Sovereign "
                "rent on the rest."
            ),
            (
                "We pay rent to Sovereign on the part of our shared ownership flat in Reading "
                "that we don't own, and we own a 40 percent share."
            ),
            (
                "Of our shared ownership flat in Reading we own 40 percent, and we pay rent to "
                "Sovereign on the other 60 percent."
            ),
        ),
        (
            (
                "We own a 60 percent share of our shared ownership flat in Reading and pay rent "
                "to Sovereign on the rest."
            ),
            (
                "We own a 40 percent share of our shared ownership flat in Reading and pay rent "
                "to Clarion on the rest."
            ),
        ),
    ),
    Fact(
        (
            "I've booked five mornings of group ski lessons with ESF in Les Gets for February "
            "half-term."
        ),
        (
            (
                "For February half-term I've booked five mornings of group ski lessons with ESF "
                "in Les Gets."
            ),
            (
                "Five mornings of group ski lessons with ESF in Les Gets are booked for me over "
                "February half-term."
            ),
            (
                "I've got five mornings of ESF group ski lessons booked in Les Gets for the "
                "February half-term."
            ),
        ),
        (
            (
                "I've booked five mornings of private ski lessons with ESF in Les Gets for "
                "February half-term."
            ),
            (
                "I've cancelled five mornings of group ski lessons with ESF in Les Gets for "
                "February half-term."
            ),
        ),
    ),
    Fact(
        "I lost my white gold wedding ring while swimming in the sea at Tenby in August.",
        (
            (
                "While I was swimming in the sea at Tenby in August, I lost my white gold wedding "
                "ring."
            ),
            (
                "My white gold wedding ring was lost when I went swimming in the sea at Tenby in "
                "August."
            ),
            (
                "It was in August, swimming in the sea at Tenby, that I lost my white gold "
                "wedding ring."
            ),
        ),
        (
            "I lost my yellow gold wedding ring while swimming in the sea at Tenby in August.",
            (
                "I lost my white gold wedding ring while swimming in the sea at Saundersfoot in "
                "August."
            ),
        ),
    ),
)


# The seventy-sixth held-out set: written (4 December) as HELDOUT21 was, and committed before
# HELDOUT75's failures were looked at. Measured unseen: 1.16 memories per fact, 3.2% wrong
# merges, every fact stored something (offline at 0.8, before HELDOUT75's study).
HELDOUT76 = (
    Fact(
        "I ring the tenor bell with the St Mary's ringers in Thame every Thursday evening.",
        (
            "Every Thursday evening I ring the tenor bell with the St Mary's ringers in Thame.",
            "With the St Mary's ringers in Thame, I ring the tenor bell each Thursday evening.",
            (
                "It's the tenor bell that I ring with the St Mary's ringers in Thame on Thursday "
                "evenings."
            ),
        ),
        (
            "I ring the treble bell with the St Mary's ringers in Thame every Thursday evening.",
            (
                "My husband rings the tenor bell with the St Mary's ringers in Thame every "
                "Thursday evening."
            ),
        ),
    ),
    Fact(
        (
            "I joined the bell ringers at All Saints in Hertford in 2021 after hearing them "
            "practise from my garden."
        ),
        (
            (
                "After hearing them practise from my garden, I joined the All Saints bell ringers "
                "in Hertford in 2021."
            ),
            (
                "In 2021 I became one of the bell ringers at All Saints in Hertford, having heard "
                "them practise from my garden."
            ),
            (
                "It was in 2021 that I joined the bell ringers at All Saints in Hertford, after "
                "I'd heard them practising from my garden."
            ),
        ),
        (
            (
                "I joined the bell ringers at All Saints in Hertford in 2024 after hearing them "
                "practise from my garden."
            ),
            (
                "I'd like to join the bell ringers at All Saints in Hertford after hearing them "
                "practise from my garden."
            ),
        ),
    ),
    Fact(
        "I'm having an arthroscopy on my right knee at the Spire hospital in Bristol on 14 May.",
        (
            (
                "On 14 May I'm having an arthroscopy on my right knee at the Spire hospital in "
                "Bristol."
            ),
            (
                "My right knee is having an arthroscopy at the Spire hospital in Bristol on the "
                "14th of May."
            ),
            (
                "It's my right knee that I'm having an arthroscopy on, at the Spire hospital in "
                "Bristol on May 14th."
            ),
        ),
        (
            "I'm having an arthroscopy on my left knee at the Spire hospital in Bristol on 14 May.",
            (
                "I'm having an arthroscopy on my right knee at the Spire hospital in Bristol on "
                "14 March."
            ),
        ),
    ),
    Fact(
        "Since my knee arthroscopy in January I've been doing physio exercises twice a day.",
        (
            "I've been doing physio exercises twice a day since my knee arthroscopy in January.",
            (
                "Twice a day since my knee arthroscopy in January, I've been doing my physio "
                "exercises."
            ),
            (
                "Ever since I had my knee arthroscopy in January, I've done physio exercises two "
                "times a day."
            ),
        ),
        (
            (
                "Since my knee arthroscopy in January I've been doing physio exercises three "
                "times a day."
            ),
            (
                "Since my wife's knee arthroscopy in January she's been doing physio exercises "
                "twice a day."
            ),
        ),
    ),
    Fact(
        "My niece Tilly moved to Christchurch in New Zealand to work as a vet in 2023.",
        (
            "In 2023 my niece Tilly moved to Christchurch, New Zealand, to work as a vet.",
            "My niece Tilly relocated to Christchurch in New Zealand in 2023 for a job as a vet.",
            (
                "It was in 2023 that my niece Tilly moved to Christchurch in New Zealand to work "
                "as a vet."
            ),
        ),
        (
            "My niece Tilly moved to Auckland in New Zealand to work as a vet in 2023.",
            "My niece Tilly is planning to move to Christchurch in New Zealand to work as a vet.",
        ),
    ),
    Fact(
        "I bought a second-hand Raleigh electric bike for 850 pounds on Facebook Marketplace.",
        (
            "I paid 850 pounds for a second-hand Raleigh electric bike on Facebook Marketplace.",
            "On Facebook Marketplace I bought a used Raleigh e-bike for 850 pounds.",
            (
                "The second-hand Raleigh electric bike I bought on Facebook Marketplace cost me "
                "850 pounds."
            ),
        ),
        (
            "I sold a second-hand Raleigh electric bike for 850 pounds on Facebook Marketplace.",
            "I bought a second-hand Raleigh electric bike for 580 pounds on Facebook Marketplace.",
        ),
    ),
    Fact(
        "My electric bike's battery gives me about 40 miles on a full charge.",
        (
            "On a full charge, my e-bike's battery gives me roughly 40 miles.",
            "I get about 40 miles out of my electric bike's battery when it's fully charged.",
            "The battery on my electric bike lasts for around forty miles on a full charge.",
        ),
        (
            "My electric bike's battery gives me about 25 miles on a full charge.",
            "My electric bike's battery used to give me about 40 miles on a full charge.",
        ),
    ),
    Fact(
        "We got a green Dalek compost bin from Kent County Council for 12 pounds.",
        (
            "We paid Kent County Council 12 pounds for a green Dalek compost bin.",
            "Our green Dalek compost bin came from Kent County Council and cost 12 pounds.",
            "For twelve pounds, we got a green Dalek compost bin from Kent County Council.",
        ),
        (
            "We got a black Dalek compost bin from Kent County Council for 12 pounds.",
            "Our neighbours got a green Dalek compost bin from Kent County Council for 12 pounds.",
        ),
    ),
    Fact(
        "I started a nine-month secondment to the Cabinet Office in London in September 2024.",
        (
            "In September 2024 I started a nine-month secondment to the Cabinet Office in London.",
            "My nine-month secondment to the Cabinet Office in London began in September 2024.",
            (
                "It was in September 2024 that I began a secondment of nine months to the Cabinet "
                "Office in London."
            ),
        ),
        (
            "I finished a nine-month secondment to the Cabinet Office in London in September 2024.",
            "I started a nine-month secondment to the Home Office in London in September 2024.",
        ),
    ),
    Fact(
        "I won the Christmas darts trophy at the Crown and Anchor in Morpeth with a 121 checkout.",
        (
            (
                "With a 121 checkout, I won the Christmas darts trophy at the Crown and Anchor in "
                "Morpeth."
            ),
            (
                "The Christmas darts trophy at the Crown and Anchor in Morpeth was won by me with "
                "a 121 checkout."
            ),
            (
                "It was a 121 checkout that won me the Christmas darts trophy at the Crown and "
                "Anchor in Morpeth."
            ),
        ),
        (
            (
                "My brother won the Christmas darts trophy at the Crown and Anchor in Morpeth "
                "with a 121 checkout."
            ),
            (
                "I won the Christmas darts trophy at the Crown and Anchor in Morpeth with a 161 "
                "checkout."
            ),
        ),
    ),
    Fact(
        (
            "We had a Stannah stair lift fitted in my dad's house in Doncaster after his hip "
            "operation."
        ),
        (
            (
                "After his hip operation, we had a Stannah stair lift fitted in my dad's house in "
                "Doncaster."
            ),
            (
                "We got a Stannah stair lift put in at my dad's house in Doncaster following his "
                "hip operation."
            ),
            (
                "It was after his hip operation that we had a Stannah stair lift installed in my "
                "dad's Doncaster house."
            ),
        ),
        (
            (
                "We had a Stannah stair lift fitted in my dad's house in Doncaster before his hip "
                "operation."
            ),
            (
                "We didn't need a Stannah stair lift fitted in my dad's house in Doncaster after "
                "his hip operation."
            ),
        ),
    ),
    Fact(
        (
            "We've ordered a four-tier salted caramel wedding cake from Crumbs bakery in Frome "
            "for 480 pounds."
        ),
        (
            (
                "Our wedding cake, a four-tier salted caramel one, is on order from Crumbs bakery "
                "in Frome for 480 pounds."
            ),
            (
                "We've put in an order with Crumbs bakery in Frome for a four-tier salted caramel "
                "wedding cake costing 480 pounds."
            ),
            (
                "It's Crumbs bakery in Frome that we've ordered our four-tier salted caramel "
                "wedding cake from, for 480 pounds."
            ),
        ),
        (
            (
                "We've ordered a three-tier salted caramel wedding cake from Crumbs bakery in "
                "Frome for 480 pounds."
            ),
            (
                "We've cancelled our order for a four-tier salted caramel wedding cake from "
                "Crumbs bakery in Frome for 480 pounds."
            ),
        ),
    ),
    Fact(
        (
            "I'm taking my sister on a ghost tour of Edinburgh's underground vaults for her 40th "
            "birthday."
        ),
        (
            (
                "For her 40th birthday I'm taking my sister on a ghost tour of Edinburgh's "
                "underground vaults."
            ),
            (
                "I'm taking my sister on a ghost tour of the underground vaults in Edinburgh to "
                "celebrate her turning 40."
            ),
            (
                "It's a ghost tour of Edinburgh's underground vaults that I'm taking my sister on "
                "for her fortieth birthday."
            ),
        ),
        (
            (
                "I took my sister on a ghost tour of Edinburgh's underground vaults for her 40th "
                "birthday."
            ),
            (
                "I'm taking my sister on a ghost tour of Edinburgh's underground vaults for her "
                "50th birthday."
            ),
        ),
    ),
    Fact(
        "Our kitchen extension in Kettering was finished in October 2024 and cost 62,000 pounds.",
        (
            (
                "The kitchen extension on our house in Kettering cost 62,000 pounds and was "
                "finished in October 2024."
            ),
            (
                "Our Kettering kitchen extension was completed in October 2024 at a cost of "
                "62,000 pounds."
            ),
            (
                "It cost 62,000 pounds to build our kitchen extension in Kettering, which was "
                "finished in October 2024."
            ),
        ),
        (
            (
                "Our kitchen extension in Kettering was started in October 2024 and cost 62,000 "
                "pounds."
            ),
            (
                "Our kitchen extension in Kettering was finished in October 2024 and cost 52,000 "
                "pounds."
            ),
        ),
    ),
    Fact(
        "We put bifold doors and two roof lanterns in our kitchen extension.",
        (
            "In our kitchen extension we put two roof lanterns and bifold doors.",
            "We fitted our kitchen extension with bifold doors and a pair of roof lanterns.",
            "Bifold doors and two roof lanterns are what we put in our kitchen extension.",
        ),
        (
            "We put bifold doors and three roof lanterns in our kitchen extension.",
            "We put French doors and two roof lanterns in our kitchen extension.",
        ),
    ),
    Fact(
        "We fitted a microchip cat flap in the back door so next door's tom can't get in.",
        (
            (
                "So that next door's tom can't get in, we fitted a microchip cat flap in the back "
                "door."
            ),
            "We put a microchip cat flap in our back door to keep next door's tom cat out.",
            (
                "It's to stop next door's tom getting in that we fitted a microchip cat flap in "
                "the back door."
            ),
        ),
        (
            "We fitted a microchip cat flap in the garage door so next door's tom can't get in.",
            (
                "We're going to fit a microchip cat flap in the back door so next door's tom "
                "can't get in."
            ),
        ),
    ),
    Fact(
        "Our cat flap locks automatically at 9 pm so Tinker stays in overnight.",
        (
            "So that Tinker stays in overnight, our cat flap locks automatically at 9 pm.",
            "At 21:00 our cat flap locks itself so Tinker stays indoors overnight.",
            (
                "Our cat flap is set to lock automatically at nine in the evening so that Tinker "
                "stays in overnight."
            ),
        ),
        (
            "Our cat flap locks automatically at 7 pm so Tinker stays in overnight.",
            "Our cat flap unlocks automatically at 9 pm so Tinker can go out overnight.",
        ),
    ),
    Fact(
        "I'm running the Royal Parks Half in London in October to raise money for Mind.",
        (
            "In October I'm running the Royal Parks Half in London to raise money for Mind.",
            "To raise money for Mind, I'm running London's Royal Parks Half this October.",
            (
                "It's for Mind that I'm raising money by running the Royal Parks Half in London "
                "in October."
            ),
        ),
        (
            "I'm running the Royal Parks Half in London in October to raise money for Macmillan.",
            "I ran the Royal Parks Half in London in October to raise money for Mind.",
        ),
    ),
    Fact(
        (
            "I ran the Bath Half in March 2024 with my sister, who'd never run further than 10K "
            "before."
        ),
        (
            (
                "My sister, who'd never run further than 10K before, ran the Bath Half with me in "
                "March 2024."
            ),
            (
                "In March 2024 I did the Bath Half with my sister, who had never run more than "
                "10K before."
            ),
            (
                "It was the Bath Half in March 2024 that I ran with my sister, who'd never run "
                "beyond 10 kilometres before."
            ),
        ),
        (
            (
                "I ran the Bath Half in March 2024 with my sister, who'd never run further than "
                "5K before."
            ),
            (
                "I ran the Bath Half in March 2024 with my cousin, who'd never run further than "
                "10K before."
            ),
        ),
    ),
    Fact(
        "We bought a Kampa inflatable awning for our caravan from Go Outdoors for 1,200 pounds.",
        (
            (
                "For our caravan we bought a Kampa inflatable awning from Go Outdoors for 1,200 "
                "pounds."
            ),
            "Our caravan's Kampa inflatable awning came from Go Outdoors and cost us 1,200 pounds.",
            "We paid Go Outdoors 1,200 pounds for a Kampa inflatable awning for our caravan.",
        ),
        (
            "We bought a Kampa poled awning for our caravan from Go Outdoors for 1,200 pounds.",
            (
                "Our friends bought a Kampa inflatable awning for their caravan from Go Outdoors "
                "for 1,200 pounds."
            ),
        ),
    ),
    Fact(
        "Our caravan awning was ripped by a storm at a campsite near St Davids last August.",
        (
            "Last August a storm ripped our caravan awning at a campsite near St Davids.",
            "At a campsite near St Davids last August, our caravan awning got ripped in a storm.",
            (
                "It was at a campsite near St Davids last August that a storm ripped our caravan "
                "awning."
            ),
        ),
        (
            "Our caravan awning was ripped by a storm at a campsite near St Davids last October.",
            "Our caravan awning survived a storm at a campsite near St Davids last August.",
        ),
    ),
)


# The seventy-seventh held-out set: written (4 December) as HELDOUT21 was, and committed
# before HELDOUT76's failures were looked at. Measured unseen: 1.22 memories per fact, 0%
# wrong merges, every fact stored something (offline at 0.8, before HELDOUT76's study).
HELDOUT77 = (
    Fact(
        "I keep my red sea kayak in the boathouse at Porthmadog Sailing Club.",
        (
            "My red sea kayak is kept in the boathouse at Porthmadog Sailing Club.",
            "The boathouse at Porthmadog Sailing Club is where I keep my red sea kayak.",
            "At Porthmadog Sailing Club, my red sea kayak lives in the boathouse.",
        ),
        (
            "I keep my yellow sea kayak in the boathouse at Porthmadog Sailing Club.",
            "I don't keep my red sea kayak in the boathouse at Porthmadog Sailing Club.",
        ),
    ),
    Fact(
        "I paddled my sea kayak around Holy Island off Anglesey with my friend Bethan in May 2024.",
        (
            (
                "In May 2024 I paddled my sea kayak around Holy Island, off Anglesey, with my "
                "friend Bethan."
            ),
            (
                "With my friend Bethan, I paddled round Holy Island off Anglesey in my sea kayak "
                "in May 2024."
            ),
            (
                "It was in May 2024 that I took my sea kayak around Holy Island off Anglesey with "
                "my friend Bethan."
            ),
        ),
        (
            (
                "I'd like to paddle my sea kayak around Holy Island off Anglesey with my friend "
                "Bethan."
            ),
            (
                "I paddled my sea kayak around Puffin Island off Anglesey with my friend Bethan "
                "in May 2024."
            ),
        ),
    ),
    Fact(
        "My thyroid blood test on 4 March came back with a TSH level of 6.2.",
        (
            "The thyroid blood test I had on 4 March came back with a TSH of 6.2.",
            "On the 4th of March I had a thyroid blood test, and my TSH level came back at 6.2.",
            "A TSH level of 6.2 was the result of my thyroid blood test on 4 March.",
        ),
        (
            "My thyroid blood test on 4 March came back with a TSH level of 2.6.",
            "My mum's thyroid blood test on 4 March came back with a TSH level of 6.2.",
        ),
    ),
    Fact(
        (
            "I need a repeat thyroid test at my GP surgery in Wokingham in six weeks because my "
            "last result was borderline."
        ),
        (
            (
                "Because my last result was borderline, I need a repeat thyroid test at my GP "
                "surgery in Wokingham in six weeks."
            ),
            (
                "My GP surgery in Wokingham needs me back for a repeat thyroid test in six weeks, "
                "as my last result was borderline."
            ),
            (
                "In six weeks I need to have my thyroid test repeated at my GP surgery in "
                "Wokingham, since my last result was borderline."
            ),
        ),
        (
            (
                "I need a repeat thyroid test at my GP surgery in Wokingham in six months because "
                "my last result was borderline."
            ),
            (
                "I don't need a repeat thyroid test at my GP surgery in Wokingham, even though my "
                "last result was borderline."
            ),
        ),
    ),
    Fact(
        (
            "Our window cleaner, Dave, comes every four weeks and charges 18 pounds for the whole "
            "house."
        ),
        (
            (
                "Dave, our window cleaner, charges 18 pounds to do the whole house and comes "
                "every four weeks."
            ),
            (
                "Every four weeks our window cleaner Dave comes round, and he charges 18 pounds "
                "for the whole house."
            ),
            (
                "Our window cleaner's name is Dave; he comes once every four weeks and does the "
                "whole house for 18 pounds."
            ),
        ),
        (
            (
                "Our window cleaner, Dave, used to come every four weeks and charge 18 pounds for "
                "the whole house."
            ),
            (
                "Our window cleaner, Dave, comes every four weeks and charges 18 pounds for the "
                "front of the house."
            ),
        ),
    ),
    Fact(
        (
            "My daughter Eilidh is in her second year studying veterinary medicine at the "
            "University of Glasgow."
        ),
        (
            (
                "At the University of Glasgow, my daughter Eilidh is in her second year of "
                "veterinary medicine."
            ),
            (
                "My daughter Eilidh is a second-year veterinary medicine student at the "
                "University of Glasgow."
            ),
            (
                "It's veterinary medicine that my daughter Eilidh is studying at the University "
                "of Glasgow, and she's in her second year."
            ),
        ),
        (
            (
                "My daughter Eilidh is in her third year studying veterinary medicine at the "
                "University of Glasgow."
            ),
            (
                "My daughter Eilidh is in her second year studying veterinary medicine at the "
                "University of Edinburgh."
            ),
        ),
    ),
    Fact(
        (
            "We drive six hours from Leicester to take our daughter back to her Glasgow halls at "
            "the start of each term."
        ),
        (
            (
                "At the start of each term we take our daughter back to her halls in Glasgow, a "
                "six-hour drive from Leicester."
            ),
            (
                "Taking our daughter back to her Glasgow halls at the start of every term means a "
                "six-hour drive from Leicester for us."
            ),
            (
                "It's a six-hour drive from Leicester when we take our daughter back to her halls "
                "in Glasgow at the start of each term."
            ),
        ),
        (
            (
                "We drive six hours from Leicester to take our son back to his Glasgow halls at "
                "the start of each term."
            ),
            (
                "We drive six hours from Leicester to bring our daughter home from her Glasgow "
                "halls at the end of each term."
            ),
        ),
    ),
    Fact(
        "Our whole family has a roast dinner at my gran's house in Wigan every Sunday at 2pm.",
        (
            "Every Sunday at 2pm our whole family has a roast dinner at my gran's house in Wigan.",
            (
                "At 2pm each Sunday, the whole family gets together for a roast dinner at my "
                "gran's in Wigan."
            ),
            (
                "My gran's house in Wigan is where our whole family has a roast dinner at 2pm "
                "every Sunday."
            ),
        ),
        (
            "Our whole family has a roast dinner at my gran's house in Wigan every Sunday at 5pm.",
            (
                "Our whole family used to have a roast dinner at my gran's house in Wigan every "
                "Sunday at 2pm."
            ),
        ),
    ),
    Fact(
        (
            "I always make the Yorkshire puddings for our Sunday roast because my husband's never "
            "rise."
        ),
        (
            (
                "Because my husband's never rise, I'm always the one who makes the Yorkshire "
                "puddings for our Sunday roast."
            ),
            (
                "The Yorkshire puddings for our Sunday roast are always made by me, since my "
                "husband's never rise."
            ),
            (
                "It's always me who makes the Yorkshire puddings for our Sunday roast, as my "
                "husband's never rise."
            ),
        ),
        (
            (
                "My husband always makes the Yorkshire puddings for our Sunday roast because mine "
                "never rise."
            ),
            (
                "I always make the Yorkshire puddings for our Christmas dinner because my "
                "husband's never rise."
            ),
        ),
    ),
    Fact(
        "Our Baxi boiler is showing error code E133 and won't fire up, so we've got no hot water.",
        (
            (
                "We've got no hot water because our Baxi boiler won't fire up and is showing "
                "error code E133."
            ),
            (
                "Error code E133 is showing on our Baxi boiler, which won't fire up, so we have "
                "no hot water."
            ),
            (
                "Our Baxi boiler won't fire up and has error code E133 on it, which means we've "
                "got no hot water."
            ),
        ),
        (
            (
                "Our Baxi boiler is showing error code E119 and won't fire up, so we've got no "
                "hot water."
            ),
            (
                "Our Baxi boiler is showing error code E133 and won't fire up, so we've got no "
                "heating."
            ),
        ),
    ),
    Fact(
        (
            "I've got a ticket to see Ian Rankin at the Edinburgh International Book Festival on "
            "17 August."
        ),
        (
            (
                "I've got a ticket for Ian Rankin's event at the Edinburgh International Book "
                "Festival on 17 August."
            ),
            (
                "My ticket for the Edinburgh International Book Festival is to see Ian Rankin on "
                "the 17th of August."
            ),
            (
                "I have a ticket to see Ian Rankin on 17 August at the Edinburgh International "
                "Book Festival."
            ),
        ),
        (
            (
                "I've got a ticket to see Ian Rankin at the Edinburgh International Book Festival "
                "on 19 August."
            ),
            (
                "I'm hoping to get a ticket to see Ian Rankin at the Edinburgh International Book "
                "Festival on 17 August."
            ),
        ),
    ),
    Fact(
        (
            "I gave my Cheltenham Literature Festival ticket to my friend Fiona after I came down "
            "with flu."
        ),
        (
            (
                "After I came down with flu, I gave my ticket for the Cheltenham Literature "
                "Festival to my friend Fiona."
            ),
            (
                "My friend Fiona got my Cheltenham Literature Festival ticket from me after I "
                "came down with flu."
            ),
            (
                "It was my friend Fiona I gave my Cheltenham Literature Festival ticket to after "
                "I came down with flu."
            ),
        ),
        (
            (
                "I sold my Cheltenham Literature Festival ticket to my friend Fiona after I came "
                "down with flu."
            ),
            (
                "My friend Fiona gave me her Cheltenham Literature Festival ticket after she came "
                "down with flu."
            ),
        ),
    ),
    Fact(
        (
            "I help the groundsman mow and roll the bowls green at Sidmouth Bowling Club on "
            "Friday mornings."
        ),
        (
            (
                "On Friday mornings I help the groundsman to mow and roll the bowls green at "
                "Sidmouth Bowling Club."
            ),
            (
                "Every Friday morning I give the groundsman a hand mowing and rolling the bowls "
                "green at Sidmouth Bowling Club."
            ),
            (
                "The bowls green at Sidmouth Bowling Club gets mowed and rolled by the groundsman "
                "on Friday mornings, with my help."
            ),
        ),
        (
            (
                "I help the groundsman mow and water the bowls green at Sidmouth Bowling Club on "
                "Friday mornings."
            ),
            (
                "I help the groundsman mow and roll the bowls green at Sidmouth Bowling Club on "
                "Monday mornings."
            ),
        ),
    ),
    Fact(
        "I have a 30-minute private riding lesson at Brook Farm Equestrian every Wednesday at 6pm.",
        (
            (
                "Every Wednesday at 6pm I have a private riding lesson lasting half an hour at "
                "Brook Farm Equestrian."
            ),
            (
                "At Brook Farm Equestrian I have a half-hour private riding lesson at six o'clock "
                "every Wednesday evening."
            ),
            (
                "My private riding lesson at Brook Farm Equestrian is every Wednesday at 6pm and "
                "lasts 30 minutes."
            ),
        ),
        (
            (
                "I have a 30-minute group riding lesson at Brook Farm Equestrian every Wednesday "
                "at 6pm."
            ),
            (
                "I have a 45-minute private riding lesson at Brook Farm Equestrian every "
                "Wednesday at 6pm."
            ),
        ),
    ),
    Fact(
        (
            "My son Alfie had his first riding lesson on a Shetland pony called Pickle when he "
            "was four."
        ),
        (
            (
                "When he was four, my son Alfie had his first riding lesson on a Shetland pony "
                "called Pickle."
            ),
            (
                "My son Alfie's first riding lesson, at the age of four, was on a Shetland pony "
                "named Pickle."
            ),
            (
                "A Shetland pony called Pickle was what my son Alfie rode in his first riding "
                "lesson, aged four."
            ),
        ),
        (
            (
                "My son Alfie had his first riding lesson on a Welsh pony called Pickle when he "
                "was four."
            ),
            (
                "My nephew Alfie had his first riding lesson on a Shetland pony called Pickle "
                "when he was four."
            ),
        ),
    ),
    Fact(
        (
            "I put a Ring doorbell on our front door after two parcels were stolen from our step "
            "in December."
        ),
        (
            (
                "After two parcels were stolen from our step in December, I put a Ring doorbell "
                "on our front door."
            ),
            (
                "Two parcels were nicked from our doorstep in December, and after that I fitted a "
                "Ring doorbell to our front door."
            ),
            (
                "It was after two parcels got stolen from our step in December that I put a Ring "
                "doorbell on our front door."
            ),
        ),
        (
            (
                "I put a Ring doorbell on our back door after two parcels were stolen from our "
                "step in December."
            ),
            (
                "I'm going to put a Ring doorbell on our front door after two parcels were stolen "
                "from our step in December."
            ),
        ),
    ),
    Fact(
        (
            "I'm going on a National Holidays coach trip to the Isle of Wight with my sister "
            "Janet from 8 to 12 September."
        ),
        (
            (
                "From 8 to 12 September my sister Janet and I are going on a National Holidays "
                "coach trip to the Isle of Wight."
            ),
            (
                "My sister Janet and I have a National Holidays coach trip to the Isle of Wight "
                "coming up, from the 8th to the 12th of September."
            ),
            (
                "It's the Isle of Wight that my sister Janet and I are going to on a National "
                "Holidays coach trip, from 8 to 12 September."
            ),
        ),
        (
            (
                "I'm going on a National Holidays coach trip to the Isle of Man with my sister "
                "Janet from 8 to 12 September."
            ),
            (
                "I went on a National Holidays coach trip to the Isle of Wight with my sister "
                "Janet from 8 to 12 September."
            ),
        ),
    ),
    Fact(
        (
            "We're booked on a seven-night Rhine river cruise with Viking from Basel to Amsterdam "
            "next April."
        ),
        (
            (
                "Next April we're booked on a seven-night Viking river cruise along the Rhine "
                "from Basel to Amsterdam."
            ),
            (
                "We have a seven-night Rhine river cruise with Viking booked for next April, "
                "going from Basel to Amsterdam."
            ),
            (
                "Our seven-night Viking cruise on the river Rhine, booked for next April, runs "
                "from Basel to Amsterdam."
            ),
        ),
        (
            (
                "We're booked on a seven-night Rhine river cruise with Viking from Amsterdam to "
                "Basel next April."
            ),
            (
                "We're booked on a seven-night Rhine river cruise with Riviera from Basel to "
                "Amsterdam next April."
            ),
        ),
    ),
    Fact(
        "My parents celebrated their ruby wedding with a Nile cruise from Luxor to Aswan in 2019.",
        (
            (
                "In 2019 my parents marked their ruby wedding by taking a Nile cruise from Luxor "
                "to Aswan."
            ),
            (
                "For their 40th wedding anniversary in 2019, my parents went on a Nile cruise "
                "from Luxor to Aswan."
            ),
            (
                "A Nile cruise from Luxor to Aswan was how my parents celebrated their ruby "
                "wedding in 2019."
            ),
        ),
        (
            (
                "My parents celebrated their silver wedding with a Nile cruise from Luxor to "
                "Aswan in 2019."
            ),
            (
                "My parents celebrated their ruby wedding with a Nile cruise from Luxor to Aswan "
                "in 2022."
            ),
        ),
    ),
    Fact(
        (
            "We get a medium Riverford veg box delivered every other Thursday, and it's left in "
            "the porch."
        ),
        (
            (
                "Every other Thursday a medium Riverford veg box is delivered to us and left in "
                "the porch."
            ),
            (
                "Our medium Riverford veg box comes fortnightly on a Thursday, and it gets left "
                "in the porch."
            ),
            (
                "We have a medium veg box from Riverford delivered on alternate Thursdays, and "
                "they leave it in the porch."
            ),
        ),
        (
            (
                "We get a large Riverford veg box delivered every other Thursday, and it's left "
                "in the porch."
            ),
            (
                "We get a medium Riverford veg box delivered every other Thursday, and it's left "
                "in the shed."
            ),
        ),
    ),
    Fact(
        (
            "I inherited my grandad's stamp collection in 2015, and the best thing in it is a "
            "used Penny Black."
        ),
        (
            (
                "In 2015 I inherited my grandad's stamp collection, and a used Penny Black is the "
                "best thing in it."
            ),
            (
                "The best stamp in the collection I inherited from my grandad in 2015 is a used "
                "Penny Black."
            ),
            (
                "A used Penny Black is the highlight of my grandad's stamp collection, which I "
                "inherited in 2015."
            ),
        ),
        (
            (
                "I inherited my grandad's stamp collection in 2015, and the best thing in it is a "
                "used Penny Red."
            ),
            (
                "I sold my grandad's stamp collection in 2015, and the best thing in it was a "
                "used Penny Black."
            ),
        ),
    ),
)


# The seventy-eighth held-out set: written (4 December) as HELDOUT21 was, by a session that
# saw nothing of HELDOUT77; committed after a first trace of HELDOUT77 but before any change
# from it. Measured unseen: 1.10 memories per fact, 1.6% wrong merges, 3.2% of facts stored
# nothing (offline at 0.8, on main as of c230c8a, before HELDOUT77's study).
HELDOUT78 = (
    Fact(
        "I passed my England Netball C Award umpiring assessment in Swindon last month.",
        (
            "Last month I passed my England Netball C Award umpiring assessment in Swindon.",
            (
                "My England Netball C Award umpiring assessment was in Swindon last month, and I "
                "passed it."
            ),
            (
                "In Swindon last month, I passed the umpiring assessment for my England Netball C "
                "Award."
            ),
        ),
        (
            "I failed my England Netball C Award umpiring assessment in Swindon last month.",
            (
                "My daughter passed her England Netball C Award umpiring assessment in Swindon "
                "last month."
            ),
        ),
    ),
    Fact(
        (
            "I'm booked on a netball umpiring course at Exeter Leisure Centre on Sunday 9 March, "
            "which costs 35 pounds."
        ),
        (
            (
                "I've booked a place on a 35-pound netball umpiring course at Exeter Leisure "
                "Centre on Sunday 9 March."
            ),
            (
                "The netball umpiring course I'm booked on costs 35 pounds and is at Exeter "
                "Leisure Centre on Sunday 9 March."
            ),
            (
                "It's at Exeter Leisure Centre on Sunday the 9th of March that I'm booked on a "
                "netball umpiring course costing 35 pounds."
            ),
        ),
        (
            (
                "I'm booked on a netball umpiring course at Exeter Leisure Centre on Sunday 16 "
                "March, which costs 35 pounds."
            ),
            (
                "I'm booked on a netball coaching course at Exeter Leisure Centre on Sunday 9 "
                "March, which costs 35 pounds."
            ),
        ),
    ),
    Fact(
        "I'm gluten intolerant, so I always order the gluten-free base at Pizza Express.",
        (
            "Because I'm gluten intolerant, I always order the gluten-free base at Pizza Express.",
            "At Pizza Express I always order the gluten-free base, since I'm intolerant to gluten.",
            (
                "It's the gluten-free base I always order at Pizza Express, because I have a "
                "gluten intolerance."
            ),
        ),
        (
            "I'm not gluten intolerant, but I always order the gluten-free base at Pizza Express.",
            "I'm gluten intolerant, so I always order the gluten-free base at Zizzi.",
        ),
    ),
    Fact(
        "My bloating stopped after I cut gluten out of my diet for six weeks in January 2023.",
        (
            "After I cut gluten out of my diet for six weeks in January 2023, my bloating stopped.",
            (
                "In January 2023 I cut gluten from my diet for six weeks, and after that my "
                "bloating stopped."
            ),
            (
                "My bloating went away after I'd cut out gluten from my diet for six weeks in "
                "January 2023."
            ),
        ),
        (
            "My bloating stopped after I cut dairy out of my diet for six weeks in January 2023.",
            (
                "My bloating stopped after I cut gluten out of my diet for three weeks in January "
                "2023."
            ),
        ),
    ),
    Fact(
        (
            "My granddad Stan built the shed on his allotment in Wolverhampton out of old doors "
            "in 1986."
        ),
        (
            (
                "The shed on my granddad Stan's allotment in Wolverhampton was built by him out "
                "of old doors in 1986."
            ),
            "In 1986 my granddad Stan built his allotment shed in Wolverhampton from old doors.",
            (
                "It was out of old doors that my granddad Stan built the shed on his "
                "Wolverhampton allotment in 1986."
            ),
        ),
        (
            (
                "My granddad Stan built the shed on his allotment in Wolverhampton out of old "
                "pallets in 1986."
            ),
            (
                "My granddad Stan built the shed on his allotment in Wolverhampton out of old "
                "doors in 1996."
            ),
        ),
    ),
    Fact(
        "I've inherited my granddad's allotment shed and I keep his Spear and Jackson spade in it.",
        (
            (
                "I've inherited the shed on my granddad's allotment, and inside it I keep his "
                "Spear and Jackson spade."
            ),
            (
                "My granddad's Spear and Jackson spade is kept by me in his allotment shed, which "
                "I've inherited."
            ),
            (
                "It's in my granddad's allotment shed, which I've inherited, that I keep his "
                "Spear and Jackson spade."
            ),
        ),
        (
            (
                "I've inherited my granddad's allotment shed and I keep his Spear and Jackson "
                "fork in it."
            ),
            (
                "I'm hoping to inherit my granddad's allotment shed and keep his Spear and "
                "Jackson spade in it."
            ),
        ),
    ),
    Fact(
        "We've put our two-bed flat in Bedminster, Bristol, on the market for 275,000 pounds.",
        (
            (
                "Our two-bed flat in Bedminster, Bristol, has been put on the market by us for "
                "275,000 pounds."
            ),
            (
                "We're selling our two-bedroom flat in Bedminster in Bristol, with an asking "
                "price of 275,000 pounds."
            ),
            (
                "There's a 275,000-pound asking price on our two-bed flat in Bedminster, Bristol, "
                "which we've put up for sale."
            ),
        ),
        (
            "We've put our two-bed flat in Bedminster, Bristol, on the market for 295,000 pounds.",
            "We've sold our two-bed flat in Bedminster, Bristol, for 275,000 pounds.",
        ),
    ),
    Fact(
        (
            "My Bristol flat is being sold through Andrews estate agents, who charge 1.5 percent "
            "commission."
        ),
        (
            "Andrews estate agents are selling my Bristol flat and charge 1.5 percent commission.",
            (
                "I'm selling my flat in Bristol through Andrews estate agents, and their "
                "commission is 1.5 percent."
            ),
            (
                "It's Andrews estate agents who are selling my Bristol flat, for a commission of "
                "1.5 percent."
            ),
        ),
        (
            (
                "My Bath flat is being sold through Andrews estate agents, who charge 1.5 percent "
                "commission."
            ),
            (
                "My mum's Bristol flat is being sold through Andrews estate agents, who charge "
                "1.5 percent commission."
            ),
        ),
    ),
    Fact(
        (
            "Our black bin is collected every other Tuesday, and the recycling goes on the "
            "Tuesdays in between."
        ),
        (
            (
                "Every other Tuesday our black bin gets collected, with the recycling going on "
                "the alternate Tuesdays."
            ),
            (
                "The recycling is collected on alternate Tuesdays and our black bin on the "
                "Tuesdays in between."
            ),
            (
                "Our bins are collected on Tuesdays: the black bin one week and the recycling the "
                "next."
            ),
        ),
        (
            (
                "Our black bin is collected every other Thursday, and the recycling goes on the "
                "Thursdays in between."
            ),
            (
                "Our green bin is collected every other Tuesday, and the recycling goes on the "
                "Tuesdays in between."
            ),
        ),
    ),
    Fact(
        (
            "My choir is going on a four-day tour to Prague in May, and we're singing in St Vitus "
            "Cathedral."
        ),
        (
            (
                "In May my choir goes on a four-day tour to Prague, where we're singing in St "
                "Vitus Cathedral."
            ),
            "We're singing in St Vitus Cathedral on my choir's four-day tour to Prague in May.",
            (
                "My choir's four-day Prague tour is in May, and St Vitus Cathedral is where we'll "
                "be singing."
            ),
        ),
        (
            (
                "My choir is going on a four-day tour to Prague in May, and we're singing in St "
                "Nicholas Church."
            ),
            "My choir went on a four-day tour to Prague in May, and we sang in St Vitus Cathedral.",
        ),
    ),
    Fact(
        (
            "The choir tour to Prague costs 640 pounds each, including flights and three nights "
            "in a hotel."
        ),
        (
            (
                "Including flights and three nights in a hotel, the choir tour to Prague costs "
                "640 pounds each."
            ),
            (
                "Each of us pays 640 pounds for the choir tour to Prague, which includes flights "
                "and three nights in a hotel."
            ),
            (
                "It's 640 pounds per person for the Prague choir tour, with flights and three "
                "hotel nights included."
            ),
        ),
        (
            (
                "The choir tour to Prague costs 640 pounds each, including flights and four "
                "nights in a hotel."
            ),
            (
                "The choir tour to Prague costs 640 pounds each, including coach travel and three "
                "nights in a hotel."
            ),
        ),
    ),
    Fact(
        "My Triumph Bonneville passed its MOT on Friday with an advisory about the rear tyre.",
        (
            "On Friday my Triumph Bonneville passed its MOT, with an advisory about the rear tyre.",
            (
                "My Triumph Bonneville got through its MOT on Friday, but with an advisory about "
                "the rear tyre."
            ),
            (
                "There was an advisory about the rear tyre when my Triumph Bonneville passed its "
                "MOT on Friday."
            ),
        ),
        (
            "My Triumph Bonneville passed its MOT on Friday with an advisory about the front tyre.",
            "My Triumph Bonneville passed its MOT on Friday with no advisory about the rear tyre.",
        ),
    ),
    Fact(
        "My son Finn has drum lessons with a teacher called Gareth every Wednesday after school.",
        (
            (
                "Every Wednesday after school my son Finn has drum lessons with a teacher called "
                "Gareth."
            ),
            (
                "Gareth is the teacher who gives my son Finn drum lessons every Wednesday after "
                "school."
            ),
            (
                "My son Finn's drum teacher is called Gareth, and his lessons are every Wednesday "
                "after school."
            ),
        ),
        (
            (
                "My son Finn has guitar lessons with a teacher called Gareth every Wednesday "
                "after school."
            ),
            (
                "My son Finn has drum lessons with a teacher called Gareth every Wednesday before "
                "school."
            ),
        ),
    ),
    Fact(
        "My son passed his Grade 3 Rockschool drums exam with a merit in December.",
        (
            "In December my son passed his Grade 3 Rockschool drums exam with a merit.",
            "My son got a merit when he passed his Grade 3 Rockschool drums exam in December.",
            "It was with a merit that my son passed his Grade 3 Rockschool drums exam in December.",
        ),
        (
            "My son passed his Grade 4 Rockschool drums exam with a merit in December.",
            "My son passed his Grade 3 Rockschool drums exam with a merit in June.",
        ),
    ),
    Fact(
        (
            "We paid 95 pounds for a new fence panel from Wickes after the storm blew ours down "
            "in February."
        ),
        (
            (
                "After the storm blew our fence panel down in February, we paid 95 pounds for a "
                "new one from Wickes."
            ),
            (
                "A new fence panel from Wickes cost us 95 pounds after ours was blown down by the "
                "storm in February."
            ),
            (
                "It was from Wickes that we bought a new fence panel for 95 pounds after the "
                "February storm blew ours down."
            ),
        ),
        (
            (
                "We paid 95 pounds for a new fence panel from B&Q after the storm blew ours down "
                "in February."
            ),
            (
                "We paid 95 pounds for a new gate from Wickes after the storm blew ours down in "
                "February."
            ),
        ),
    ),
    Fact(
        (
            "For my mum's 65th birthday we had a meal for twelve at the Raj Mahal in Leicester on "
            "8 June."
        ),
        (
            (
                "We had a meal for twelve at the Raj Mahal in Leicester on 8 June for my mum's "
                "65th birthday."
            ),
            (
                "On the 8th of June, twelve of us ate at the Raj Mahal in Leicester to celebrate "
                "my mum's 65th birthday."
            ),
            (
                "My mum's 65th birthday meal, for twelve people, was at the Raj Mahal in "
                "Leicester on 8 June."
            ),
        ),
        (
            (
                "For my mum's 75th birthday we had a meal for twelve at the Raj Mahal in "
                "Leicester on 8 June."
            ),
            (
                "For my mum's 65th birthday we're having a meal for twelve at the Raj Mahal in "
                "Leicester on 8 June."
            ),
        ),
    ),
    Fact(
        "My two-year-old, Poppy, has a Water Babies lesson at 9:30 every Saturday morning.",
        (
            "Every Saturday morning at 9:30, my two-year-old Poppy has a Water Babies lesson.",
            (
                "Poppy, my two-year-old, goes to a Water Babies lesson at half past nine every "
                "Saturday morning."
            ),
            (
                "It's at 9:30 on Saturday mornings that my two-year-old, Poppy, has her Water "
                "Babies lesson."
            ),
        ),
        (
            "My two-year-old, Poppy, has a Water Babies lesson at 9:30 every Sunday morning.",
            (
                "My two-year-old, Poppy, used to have a Water Babies lesson at 9:30 every "
                "Saturday morning."
            ),
        ),
    ),
    Fact(
        (
            "A pest controller from Rentokil removed a wasp nest from under our roof tiles for 75 "
            "pounds in August."
        ),
        (
            (
                "In August a Rentokil pest controller removed a wasp nest from under our roof "
                "tiles for 75 pounds."
            ),
            (
                "We paid Rentokil 75 pounds in August for a pest controller to remove a wasp nest "
                "from under our roof tiles."
            ),
            (
                "The wasp nest under our roof tiles was removed by a pest controller from "
                "Rentokil in August for 75 pounds."
            ),
        ),
        (
            (
                "A pest controller from Rentokil removed a wasp nest from under our decking for "
                "75 pounds in August."
            ),
            (
                "A pest controller from Rentokil removed a hornets' nest from under our roof "
                "tiles for 75 pounds in August."
            ),
        ),
    ),
    Fact(
        "I rent locker 214 at the Nuffield gym in Guildford for 8 pounds a month.",
        (
            "At the Nuffield gym in Guildford I rent locker 214 for 8 pounds a month.",
            "Locker 214 at the Nuffield gym in Guildford is rented by me for 8 pounds a month.",
            (
                "My locker at the Nuffield gym in Guildford is number 214, and I rent it for 8 "
                "pounds a month."
            ),
        ),
        (
            "I rent locker 241 at the Nuffield gym in Guildford for 8 pounds a month.",
            "My husband rents locker 214 at the Nuffield gym in Guildford for 8 pounds a month.",
        ),
    ),
    Fact(
        (
            "I car share to work at the Toyota plant in Burnaston with my colleague Priya, and we "
            "take turns driving each week."
        ),
        (
            (
                "My colleague Priya and I car share to work at the Toyota plant in Burnaston, "
                "taking turns to drive each week."
            ),
            (
                "Priya, my colleague, and I take turns driving each week when we car share to "
                "work at the Toyota plant in Burnaston."
            ),
            (
                "It's my colleague Priya I car share with to work at the Toyota plant in "
                "Burnaston, and we alternate who drives each week."
            ),
        ),
        (
            (
                "I car share to work at the Toyota plant in Burnaston with my colleague Priya, "
                "and we take turns driving each day."
            ),
            (
                "I used to car share to work at the Toyota plant in Burnaston with my colleague "
                "Priya, and we took turns driving each week."
            ),
        ),
    ),
    Fact(
        "I give my car share partner 20 pounds a week towards petrol for the lift to work.",
        (
            "For the lift to work, I give my car share partner 20 pounds a week towards petrol.",
            (
                "Each week I give my car share partner 20 pounds towards the petrol for my lift "
                "to work."
            ),
            (
                "My car share partner gets 20 pounds a week from me towards petrol for the lift "
                "to work."
            ),
        ),
        (
            "My car share partner gives me 20 pounds a week towards petrol for the lift to work.",
            "I give my car share partner 20 pounds a month towards petrol for the lift to work.",
        ),
    ),
)


# The seventy-ninth held-out set: written (4 December) as HELDOUT21 was, by a session that
# saw nothing of HELDOUT78, and committed before HELDOUT78's failures were looked at.
# Measured unseen: 1.21 memories per fact, 4.8% wrong merges (offline at 0.8, on main as of
# 0123001, before HELDOUT78's study).
HELDOUT79 = (
    Fact(
        "My personal best for the Ashford Wheelers 10-mile time trial is 24 minutes 38 seconds.",
        (
            (
                "I've ridden the Ashford Wheelers 10-mile time trial in 24 minutes 38 seconds, "
                "which is my personal best."
            ),
            "24:38 is my PB in the 10-mile time trial with Ashford Wheelers.",
            (
                "The fastest I've ever ridden the Ashford Wheelers ten-mile time trial is 24 "
                "minutes 38 seconds."
            ),
        ),
        (
            (
                "My husband's personal best for the Ashford Wheelers 10-mile time trial is 24 "
                "minutes 38 seconds."
            ),
            (
                "My personal best for the Ashford Wheelers 10-mile time trial is 25 minutes 38 "
                "seconds."
            ),
        ),
    ),
    Fact(
        (
            "I'm riding in the club time trial near Great Dunmow on Sunday 14 September, and my "
            "start time is 8:02."
        ),
        (
            (
                "My start time for the club time trial near Great Dunmow on Sunday 14 September "
                "is 8:02."
            ),
            (
                "On Sunday 14 September I'm riding the club time trial near Great Dunmow, setting "
                "off at 8:02."
            ),
            (
                "I've got a start time of 8:02 in the club time trial near Great Dunmow on Sunday "
                "the 14th of September."
            ),
        ),
        (
            (
                "I'm riding in the club time trial near Great Dunmow on Sunday 14 September, and "
                "my start time is 8:20."
            ),
            (
                "I'm riding in the club time trial near Saffron Walden on Sunday 14 September, "
                "and my start time is 8:02."
            ),
        ),
    ),
    Fact(
        "My niece Poppy was diagnosed with coeliac disease when she was seven.",
        (
            "When she was seven, my niece Poppy was diagnosed as coeliac.",
            "Poppy, my niece, got her coeliac diagnosis at the age of seven.",
            "It was at seven years old that my niece Poppy was diagnosed with coeliac disease.",
        ),
        (
            "My daughter Poppy was diagnosed with coeliac disease when she was seven.",
            "My niece Poppy was diagnosed with type 1 diabetes when she was seven.",
        ),
    ),
    Fact(
        "I always buy Genius gluten-free bread for when my coeliac niece Poppy stays with us.",
        (
            (
                "When my niece Poppy, who's coeliac, stays with us, I always buy Genius "
                "gluten-free bread."
            ),
            (
                "Genius gluten-free bread is what I always buy for when my coeliac niece Poppy "
                "comes to stay with us."
            ),
            "For my coeliac niece Poppy's stays with us, I always get in Genius gluten-free bread.",
        ),
        (
            (
                "I always buy Warburtons gluten-free bread for when my coeliac niece Poppy stays "
                "with us."
            ),
            (
                "I always used to buy Genius gluten-free bread for when my coeliac niece Poppy "
                "stayed with us."
            ),
        ),
    ),
    Fact(
        (
            "The builders start our dormer loft conversion on Monday 6 October, and it should "
            "take ten weeks."
        ),
        (
            (
                "Our dormer loft conversion should take ten weeks, with the builders starting on "
                "Monday 6 October."
            ),
            (
                "Work on our dormer loft conversion begins on Monday 6 October and is expected to "
                "last ten weeks."
            ),
            (
                "On Monday the 6th of October the builders begin our dormer loft conversion, "
                "which should take 10 weeks."
            ),
        ),
        (
            (
                "The builders start our dormer loft conversion on Monday 6 October, and it should "
                "take fourteen weeks."
            ),
            (
                "The builders start our hip-to-gable loft conversion on Monday 6 October, and it "
                "should take ten weeks."
            ),
        ),
    ),
    Fact(
        (
            "I've opened a dispute with the Deposit Protection Service over the 420 pounds my "
            "letting agent wants to keep for repainting."
        ),
        (
            (
                "My letting agent wants to keep 420 pounds for repainting, so I've opened a "
                "dispute with the Deposit Protection Service."
            ),
            (
                "There's a dispute I've opened with the Deposit Protection Service about the 420 "
                "pounds my letting agent wants to keep for repainting."
            ),
            (
                "It's over the 420 pounds my letting agent wants to keep for repainting that I've "
                "opened a dispute with the Deposit Protection Service."
            ),
        ),
        (
            (
                "I've opened a dispute with the Deposit Protection Service over the 420 pounds my "
                "letting agent wants to keep for cleaning."
            ),
            (
                "I'm planning to open a dispute with the Deposit Protection Service over the 420 "
                "pounds my letting agent wants to keep for repainting."
            ),
        ),
    ),
    Fact(
        "The TDS adjudicator decided on 12 June that I should get 310 pounds of my deposit back.",
        (
            (
                "On 12 June the TDS adjudicator ruled that 310 pounds of my deposit should be "
                "returned to me."
            ),
            (
                "The TDS adjudicator's decision on 12 June was that 310 pounds of my deposit "
                "should come back to me."
            ),
            (
                "I should get 310 pounds of my deposit back, according to the TDS adjudicator's "
                "decision on the 12th of June."
            ),
        ),
        (
            (
                "The TDS adjudicator decided on 12 June that my flatmate should get 310 pounds of "
                "his deposit back."
            ),
            (
                "The TDS adjudicator decided on 12 July that I should get 310 pounds of my "
                "deposit back."
            ),
        ),
    ),
    Fact(
        "I edit the Little Baddow parish newsletter, which goes out to 640 homes every quarter.",
        (
            (
                "The Little Baddow parish newsletter, which I edit, goes out to 640 homes every "
                "quarter."
            ),
            (
                "I'm the editor of the Little Baddow parish newsletter, and it's delivered to 640 "
                "homes each quarter."
            ),
            (
                "Every quarter the Little Baddow parish newsletter goes out to 640 households, "
                "and I'm the one who edits it."
            ),
        ),
        (
            (
                "I deliver the Little Baddow parish newsletter, which goes out to 640 homes every "
                "quarter."
            ),
            "I edit the Little Baddow parish newsletter, which goes out to 640 homes every month.",
        ),
    ),
    Fact(
        (
            "We're staying in a lodge near Bude for the May half-term, from Saturday 24 to "
            "Saturday 31 May."
        ),
        (
            (
                "For the May half-term we're staying in a lodge near Bude, from Saturday 24 May "
                "to Saturday 31 May."
            ),
            (
                "From Saturday the 24th to Saturday the 31st of May, over half-term, we're "
                "staying in a lodge near Bude."
            ),
            (
                "It's a lodge near Bude that we're staying in for the May half-term, Saturday 24 "
                "to Saturday 31 May."
            ),
        ),
        (
            (
                "We're staying in a lodge near Looe for the May half-term, from Saturday 24 to "
                "Saturday 31 May."
            ),
            (
                "We stayed in a lodge near Bude for the May half-term, from Saturday 24 to "
                "Saturday 31 May."
            ),
        ),
    ),
    Fact(
        "My son Alfie had his first surfing lesson at Fistral Beach during the October half-term.",
        (
            (
                "During the October half-term my son Alfie had his first surfing lesson at "
                "Fistral Beach."
            ),
            "Alfie, my son, had his first surf lesson on Fistral Beach over the October half-term.",
            (
                "It was at Fistral Beach, over the October half-term, that my son Alfie had his "
                "first surfing lesson."
            ),
        ),
        (
            (
                "My son Alfie had his first bodyboarding lesson at Fistral Beach during the "
                "October half-term."
            ),
            (
                "My son Alfie had his first surfing lesson at Fistral Beach during the February "
                "half-term."
            ),
        ),
    ),
    Fact(
        (
            "We've hired a campervan from Bunk Campers in Edinburgh for a week in August, and it "
            "sleeps four."
        ),
        (
            (
                "For a week in August we've hired a four-berth campervan from Bunk Campers in "
                "Edinburgh."
            ),
            (
                "The campervan we've hired from Bunk Campers in Edinburgh for a week in August "
                "sleeps four."
            ),
            (
                "We've got a campervan that sleeps four hired from Bunk Campers in Edinburgh for "
                "a week in August."
            ),
        ),
        (
            (
                "We've hired a campervan from Bunk Campers in Edinburgh for a week in August, and "
                "it sleeps six."
            ),
            (
                "We've hired a campervan from Bunk Campers in Belfast for a week in August, and "
                "it sleeps four."
            ),
        ),
    ),
    Fact(
        "My daughter Harriet takes her Grade 3 violin exam in November.",
        (
            "Harriet, my daughter, has her Grade 3 violin exam in November.",
            "My daughter Harriet's Grade 3 violin exam is in November.",
            "In November my daughter Harriet sits her grade three violin exam.",
        ),
        (
            "My daughter Harriet takes her Grade 3 viola exam in November.",
            "My daughter Harriet passed her Grade 3 violin exam in November.",
        ),
    ),
    Fact(
        (
            "My daughter Harriet has a half-hour violin lesson with Mrs Okafor every Tuesday "
            "after school."
        ),
        (
            (
                "Every Tuesday after school, my daughter Harriet has a 30-minute violin lesson "
                "with Mrs Okafor."
            ),
            (
                "Mrs Okafor gives my daughter Harriet a half-hour violin lesson after school each "
                "Tuesday."
            ),
            (
                "My daughter Harriet's violin lesson with Mrs Okafor is every Tuesday after "
                "school and lasts thirty minutes."
            ),
        ),
        (
            (
                "My daughter Harriet has a half-hour violin lesson with Mrs Okafor every Thursday "
                "after school."
            ),
            (
                "My daughter Harriet used to have a half-hour violin lesson with Mrs Okafor every "
                "Tuesday after school."
            ),
        ),
    ),
    Fact(
        (
            "The gutter over our back door has leaked since Storm Eowyn in January, and a roofer "
            "is coming to fix it on Friday."
        ),
        (
            (
                "Since Storm Eowyn in January the gutter over our back door has been leaking, and "
                "a roofer is coming on Friday to fix it."
            ),
            (
                "A roofer is coming on Friday to fix the gutter over our back door, which has "
                "leaked since Storm Eowyn in January."
            ),
            (
                "There's been a leak in the gutter over our back door since Storm Eowyn in "
                "January, and on Friday a roofer is coming to fix it."
            ),
        ),
        (
            (
                "The gutter over our front door has leaked since Storm Eowyn in January, and a "
                "roofer is coming to fix it on Friday."
            ),
            (
                "The gutter over our back door has leaked since Storm Eowyn in January, and a "
                "roofer is coming to fix it on Monday."
            ),
        ),
    ),
    Fact(
        (
            "We're holding my husband's retirement party in the function room at Ashridge Golf "
            "Club on Saturday 8 November."
        ),
        (
            (
                "My husband's retirement party is being held in the function room at Ashridge "
                "Golf Club on Saturday 8 November."
            ),
            (
                "On Saturday the 8th of November we're having my husband's retirement party in "
                "the Ashridge Golf Club function room."
            ),
            (
                "It's in the function room at Ashridge Golf Club that we're holding my husband's "
                "retirement party, on Saturday 8 November."
            ),
        ),
        (
            (
                "We're holding my father's retirement party in the function room at Ashridge Golf "
                "Club on Saturday 8 November."
            ),
            (
                "We're holding my husband's 60th birthday party in the function room at Ashridge "
                "Golf Club on Saturday 8 November."
            ),
        ),
    ),
    Fact(
        (
            "The golf club is doing a buffet for 80 guests at my husband's retirement party, at "
            "22 pounds a head."
        ),
        (
            (
                "For my husband's retirement party, the golf club is providing a buffet for 80 "
                "guests at 22 pounds per head."
            ),
            (
                "At my husband's retirement party there'll be a buffet for 80 guests from the "
                "golf club, costing 22 pounds a head."
            ),
            (
                "It's 22 pounds a head for the buffet the golf club is doing for 80 guests at my "
                "husband's retirement party."
            ),
        ),
        (
            (
                "The golf club is doing a buffet for 60 guests at my husband's retirement party, "
                "at 22 pounds a head."
            ),
            (
                "The golf club is doing a sit-down dinner for 80 guests at my husband's "
                "retirement party, at 22 pounds a head."
            ),
        ),
    ),
    Fact(
        (
            "I take my eight-month-old daughter Ivy to a Baby Sensory class at the Methodist "
            "church hall on Friday mornings."
        ),
        (
            (
                "On Friday mornings I take Ivy, my eight-month-old daughter, to a Baby Sensory "
                "class at the Methodist church hall."
            ),
            (
                "My eight-month-old daughter Ivy goes with me to a Baby Sensory class at the "
                "Methodist church hall every Friday morning."
            ),
            (
                "It's the Methodist church hall where I take my daughter Ivy, who's eight months "
                "old, to Baby Sensory on Friday mornings."
            ),
        ),
        (
            (
                "My husband takes our eight-month-old daughter Ivy to a Baby Sensory class at the "
                "Methodist church hall on Friday mornings."
            ),
            (
                "I take my eight-month-old daughter Ivy to a baby massage class at the Methodist "
                "church hall on Friday mornings."
            ),
        ),
    ),
    Fact(
        "A mole has dug up about 20 molehills across our back lawn since September.",
        (
            "Since September a mole has pushed up about 20 molehills across our back lawn.",
            (
                "There's a mole that has dug about twenty molehills across our back lawn since "
                "September."
            ),
            "About 20 molehills have been dug up across our back lawn by a mole since September.",
        ),
        (
            "A mole has dug up about 20 molehills across our front lawn since September.",
            "A mole has dug up about 20 molehills across our back lawn since March.",
        ),
    ),
    Fact(
        (
            "I got my son Reuben his first library card at Winchester Discovery Centre when he "
            "turned four."
        ),
        (
            (
                "When my son Reuben turned four, I got him his first library card at Winchester "
                "Discovery Centre."
            ),
            (
                "My son Reuben's first library card was one I got him at Winchester Discovery "
                "Centre when he turned four."
            ),
            (
                "It was at Winchester Discovery Centre that I got my son Reuben his first library "
                "card, when he turned four."
            ),
        ),
        (
            (
                "I got my son Reuben his first library card at Winchester Discovery Centre when "
                "he turned five."
            ),
            (
                "I got my son Reuben his first library card at Basingstoke Discovery Centre when "
                "he turned four."
            ),
        ),
    ),
    Fact(
        (
            "With my Hampshire library card I can borrow up to 12 books at once and download "
            "audiobooks through Libby."
        ),
        (
            (
                "I can download audiobooks through Libby and borrow up to 12 books at once with "
                "my Hampshire library card."
            ),
            (
                "My Hampshire library card lets me take out as many as 12 books at a time and get "
                "audiobooks through Libby."
            ),
            (
                "Up to twelve books at once can be borrowed on my Hampshire library card, and I "
                "can download audiobooks through Libby with it."
            ),
        ),
        (
            (
                "With my Hampshire library card I can borrow up to 12 books at once and download "
                "e-books through Libby."
            ),
            (
                "With my Hampshire library card I can borrow up to 12 books at once, but I can't "
                "download audiobooks through Libby."
            ),
        ),
    ),
    Fact(
        (
            "I swapped my annual season ticket between Chelmsford and Liverpool Street for a "
            "Flexi Season when I started working from home on Fridays."
        ),
        (
            (
                "When I started working from home on Fridays, I swapped my annual Chelmsford to "
                "Liverpool Street season ticket for a Flexi Season."
            ),
            (
                "My annual season ticket between Chelmsford and Liverpool Street was swapped for "
                "a Flexi Season once I started working from home on Fridays."
            ),
            (
                "It was when I started working from home on Fridays that I swapped my annual "
                "Chelmsford to Liverpool Street season ticket for a Flexi Season."
            ),
        ),
        (
            (
                "I'm planning to swap my annual season ticket between Chelmsford and Liverpool "
                "Street for a Flexi Season when I start working from home on Fridays."
            ),
            (
                "I swapped my annual season ticket between Chelmsford and Liverpool Street for a "
                "Flexi Season when I started working from home on Mondays."
            ),
        ),
    ),
)


# The eightieth held-out set: written (4 December) as HELDOUT21 was, by a session that saw
# nothing of HELDOUT79, and committed before HELDOUT79 was studied (one of HELDOUT79's
# sentences had been seen in a list of every set's sentences that stored nothing, during
# HELDOUT78's study). Measured unseen: 1.08 memories per fact, 0% wrong merges (offline at
# 0.8, on main as of c71894a, before HELDOUT79's study).
HELDOUT80 = (
    Fact(
        "I passed my green belt grading at Scarborough Karate Club last Sunday.",
        (
            "Last Sunday I passed my green belt grading at Scarborough Karate Club.",
            "My green belt grading at Scarborough Karate Club was last Sunday, and I passed it.",
            "It was last Sunday that I passed my green belt grading at Scarborough Karate Club.",
        ),
        (
            "I failed my green belt grading at Scarborough Karate Club last Sunday.",
            "My son passed his green belt grading at Scarborough Karate Club last Sunday.",
        ),
    ),
    Fact(
        "My son Ewan's karate grading for his yellow belt is on Saturday 15 March at 10 am.",
        (
            (
                "On Saturday 15 March at 10 am, my son Ewan has his karate grading for his yellow "
                "belt."
            ),
            "Ewan, my son, is grading for his yellow belt in karate at 10 am on Saturday 15 March.",
            (
                "My son Ewan's yellow belt karate grading takes place at ten in the morning on "
                "Saturday 15 March."
            ),
        ),
        (
            "My son Ewan's karate grading for his yellow belt is on Saturday 15 March at 2 pm.",
            "My son Ewan's karate grading for his orange belt is on Saturday 15 March at 10 am.",
        ),
    ),
    Fact(
        "I was diagnosed as lactose intolerant by my GP in Bolton in 2020.",
        (
            "In 2020 my GP in Bolton diagnosed me as lactose intolerant.",
            "My GP in Bolton diagnosed my lactose intolerance in 2020.",
            "It was in 2020 that my GP in Bolton diagnosed me with lactose intolerance.",
        ),
        (
            "My husband was diagnosed as lactose intolerant by his GP in Bolton in 2020.",
            "I was diagnosed as lactose intolerant by my GP in Bolton in 2010.",
        ),
    ),
    Fact(
        "Because of my lactose intolerance I have Oatly in my tea instead of cow's milk.",
        (
            "I put Oatly in my tea rather than cow's milk because I'm lactose intolerant.",
            "Since I'm lactose intolerant, my tea gets Oatly instead of cow's milk.",
            "It's Oatly, not cow's milk, that I have in my tea, because of my lactose intolerance.",
        ),
        (
            "Because of my lactose intolerance I have Oatly in my coffee instead of cow's milk.",
            (
                "Because of my lactose intolerance I used to have Oatly in my tea instead of "
                "cow's milk."
            ),
        ),
    ),
    Fact(
        (
            "We've booked a narrowboat from Anderton Marina on the Trent and Mersey Canal for a "
            "week in May."
        ),
        (
            (
                "For a week in May we've booked a narrowboat from Anderton Marina on the Trent "
                "and Mersey Canal."
            ),
            (
                "A narrowboat from Anderton Marina, on the Trent and Mersey Canal, has been "
                "booked by us for a week in May."
            ),
            (
                "We've got a narrowboat booked for a week in May, from Anderton Marina on the "
                "Trent and Mersey Canal."
            ),
        ),
        (
            (
                "We've booked a narrowboat from Anderton Marina on the Trent and Mersey Canal for "
                "a week in June."
            ),
            (
                "We'd like to book a narrowboat from Anderton Marina on the Trent and Mersey "
                "Canal for a week in May."
            ),
        ),
    ),
    Fact(
        "My husband fell in the canal at Foxton Locks on our narrowboat holiday last summer.",
        (
            "On our narrowboat holiday last summer, my husband fell in the canal at Foxton Locks.",
            "At Foxton Locks, on last summer's narrowboat holiday, my husband fell into the canal.",
            (
                "It was at Foxton Locks that my husband fell in the canal, on our narrowboat "
                "holiday last summer."
            ),
        ),
        (
            "My daughter fell in the canal at Foxton Locks on our narrowboat holiday last summer.",
            "My husband fell in the canal at Watford Locks on our narrowboat holiday last summer.",
        ),
    ),
    Fact(
        (
            "Our new Ideal Logic combi boiler was installed in the loft on 9 February for 2,750 "
            "pounds."
        ),
        (
            (
                "On 9 February our new Ideal Logic combi boiler was installed in the loft, "
                "costing 2,750 pounds."
            ),
            (
                "We paid 2,750 pounds to have our new Ideal Logic combi boiler installed in the "
                "loft on 9 February."
            ),
            (
                "It was on 9 February that our new Ideal Logic combi boiler went into the loft, "
                "for 2,750 pounds."
            ),
        ),
        (
            (
                "Our new Ideal Logic combi boiler was installed in the kitchen on 9 February for "
                "2,750 pounds."
            ),
            (
                "Our new Ideal Logic combi boiler was installed in the loft on 9 February for "
                "3,750 pounds."
            ),
        ),
    ),
    Fact(
        "Our new boiler came with a ten-year warranty as long as we have it serviced every year.",
        (
            "As long as we have it serviced every year, our new boiler has a ten-year warranty.",
            "There's a ten-year warranty on our new boiler, provided it's serviced annually.",
            (
                "Our new boiler's warranty lasts ten years, on condition that we get it serviced "
                "every year."
            ),
        ),
        (
            (
                "Our new boiler came with a seven-year warranty as long as we have it serviced "
                "every year."
            ),
            (
                "Our neighbours' new boiler came with a ten-year warranty as long as they have it "
                "serviced every year."
            ),
        ),
    ),
    Fact(
        "Our book club meets at the Bay Horse in Settle on the last Wednesday of each month.",
        (
            "On the last Wednesday of each month, our book club meets at the Bay Horse in Settle.",
            (
                "The Bay Horse in Settle is where our book club meets, on the last Wednesday of "
                "every month."
            ),
            (
                "It's at the Bay Horse in Settle that our book club gets together on the last "
                "Wednesday of each month."
            ),
        ),
        (
            "Our book club meets at the Bay Horse in Settle on the last Thursday of each month.",
            (
                "Our book club used to meet at the Bay Horse in Settle on the last Wednesday of "
                "each month."
            ),
        ),
    ),
    Fact(
        (
            "My granddaughter Martha is playing the Angel Gabriel in her school nativity on 16 "
            "December."
        ),
        (
            (
                "On 16 December my granddaughter Martha is playing the Angel Gabriel in her "
                "school nativity."
            ),
            (
                "The part of the Angel Gabriel in her school nativity on 16 December is being "
                "played by my granddaughter Martha."
            ),
            (
                "It's the Angel Gabriel that my granddaughter Martha is playing in her school "
                "nativity on 16 December."
            ),
        ),
        (
            "My granddaughter Martha is playing Mary in her school nativity on 16 December.",
            (
                "My granddaughter Martha is playing the Angel Gabriel in her school nativity on "
                "18 December."
            ),
        ),
    ),
    Fact(
        "I bought my grandson Finley a blue Micro scooter for his fourth birthday.",
        (
            "For his fourth birthday I bought my grandson Finley a blue Micro scooter.",
            "A blue Micro scooter is what I bought my grandson Finley for his fourth birthday.",
            (
                "I bought a blue Micro scooter for my grandson Finley as a present for his fourth "
                "birthday."
            ),
        ),
        (
            "I bought my grandson Finley a red Micro scooter for his fourth birthday.",
            "I'm going to buy my grandson Finley a blue Micro scooter for his fourth birthday.",
        ),
    ),
    Fact(
        "I'm doing the 5k Santa Dash in Preston on 7 December to raise money for Derian House.",
        (
            "On 7 December I'm doing the 5k Santa Dash in Preston to raise money for Derian House.",
            (
                "To raise money for Derian House, I'm doing the 5k Santa Dash in Preston on 7 "
                "December."
            ),
            (
                "I'm raising money for Derian House by doing the 5k Santa Dash in Preston on 7 "
                "December."
            ),
        ),
        (
            (
                "I'm doing the 10k Santa Dash in Preston on 7 December to raise money for Derian "
                "House."
            ),
            "I did the 5k Santa Dash in Preston on 7 December to raise money for Derian House.",
        ),
    ),
    Fact(
        "Our Beko washing machine has flooded the kitchen floor twice this week.",
        (
            "Twice this week our Beko washing machine has flooded the kitchen floor.",
            "The kitchen floor has been flooded twice this week by our Beko washing machine.",
            "It's our Beko washing machine that has flooded the kitchen floor twice this week.",
        ),
        (
            "Our Beko washing machine has flooded the kitchen floor three times this week.",
            "Our Beko dishwasher has flooded the kitchen floor twice this week.",
        ),
    ),
    Fact(
        (
            "The engineer says the drum bearings have gone on our washing machine and it isn't "
            "worth repairing."
        ),
        (
            (
                "According to the engineer, our washing machine's drum bearings have gone and it "
                "isn't worth repairing."
            ),
            (
                "The engineer says the drum bearings on our washing machine have gone, and it's "
                "not worth fixing."
            ),
            (
                "The engineer says our washing machine isn't worth repairing and that its drum "
                "bearings have gone."
            ),
        ),
        (
            (
                "The engineer says the drum bearings have gone on our washing machine but it is "
                "worth repairing."
            ),
            (
                "The engineer says the door seal has gone on our washing machine and it isn't "
                "worth repairing."
            ),
        ),
    ),
    Fact(
        "I'm having a dental implant to replace the lower left molar I lost in a cycling accident.",
        (
            (
                "To replace the lower left molar I lost in a cycling accident, I'm having a "
                "dental implant."
            ),
            (
                "The lower left molar I lost in a cycling accident is being replaced with a "
                "dental implant."
            ),
            (
                "I'm getting a dental implant in place of the lower left molar that I lost in a "
                "cycling accident."
            ),
        ),
        (
            (
                "I'm having a dental implant to replace the upper left molar I lost in a cycling "
                "accident."
            ),
            "I'm having a bridge to replace the lower left molar I lost in a cycling accident.",
        ),
    ),
    Fact(
        "We've been going to the same caravan site in Aberporth every Whitsun since 1998.",
        (
            "Every Whitsun since 1998 we've been going to the same caravan site in Aberporth.",
            "Since 1998 we've gone to the same caravan site in Aberporth every Whitsun.",
            (
                "It's the same caravan site in Aberporth that we've been going to every Whitsun "
                "since 1998."
            ),
        ),
        (
            (
                "My parents have been going to the same caravan site in Aberporth every Whitsun "
                "since 1998."
            ),
            "We've been going to the same caravan site in Aberporth every Whitsun since 2008.",
        ),
    ),
    Fact(
        "A hedgehog comes to eat the cat biscuits we put out by the back door every night.",
        (
            "Every night a hedgehog comes to eat the cat biscuits we put out by the back door.",
            (
                "There's a hedgehog that comes every night to eat the cat biscuits we put out by "
                "the back door."
            ),
            (
                "The cat biscuits we put out by the back door are eaten every night by a hedgehog "
                "that comes for them."
            ),
        ),
        (
            "A fox comes to eat the cat biscuits we put out by the back door every night.",
            "A hedgehog comes to eat the cat biscuits we put out by the front door every night.",
        ),
    ),
    Fact(
        "I cut a 13 cm hole in the bottom of our fence so hedgehogs can get through to next door.",
        (
            (
                "So hedgehogs can get through to next door, I cut a 13 cm hole in the bottom of "
                "our fence."
            ),
            (
                "There's a 13 cm hole that I cut in the bottom of our fence so that hedgehogs can "
                "get through to next door."
            ),
            (
                "I cut a hole of 13 centimetres at the bottom of our fence to let hedgehogs "
                "through to next door."
            ),
        ),
        (
            (
                "My husband cut a 13 cm hole in the bottom of our fence so hedgehogs can get "
                "through to next door."
            ),
            (
                "I cut a 13 cm hole in the bottom of our gate so hedgehogs can get through to "
                "next door."
            ),
        ),
    ),
    Fact(
        "Our house in Ripon is in council tax band D, and we pay 2,310 pounds a year.",
        (
            "We pay 2,310 pounds a year in council tax on our house in Ripon, which is in band D.",
            "Our Ripon house is in council tax band D, and the yearly bill is 2,310 pounds.",
            (
                "Our house in Ripon is a band D property for council tax, costing us 2,310 pounds "
                "a year."
            ),
        ),
        (
            "Our house in Ripon is in council tax band E, and we pay 2,310 pounds a year.",
            "Our house in Ripon is in council tax band D, and we pay 2,130 pounds a year.",
        ),
    ),
    Fact(
        "Our golden retriever puppy Pippin chewed through the cable of our Dyson last night.",
        (
            "Last night our golden retriever puppy Pippin chewed through the cable of our Dyson.",
            (
                "The cable of our Dyson was chewed through last night by Pippin, our golden "
                "retriever puppy."
            ),
            (
                "It was our golden retriever puppy, Pippin, who chewed through our Dyson's cable "
                "last night."
            ),
        ),
        (
            "Our golden retriever puppy Pippin chewed through the cable of our Dyson last week.",
            "Our golden retriever puppy Pippin chewed through the hose of our Dyson last night.",
        ),
    ),
    Fact(
        "Our golden retriever puppy Pippin is twelve weeks old and weighs 9 kilos.",
        (
            "Pippin, our golden retriever puppy, weighs 9 kilos and is twelve weeks old.",
            "Our golden retriever puppy Pippin is 12 weeks old and weighs nine kilograms.",
            "At twelve weeks old, our golden retriever puppy Pippin weighs 9 kg.",
        ),
        (
            "Our golden retriever puppy Pippin is twelve weeks old and weighs 7 kilos.",
            "Our labrador puppy Pippin is twelve weeks old and weighs 9 kilos.",
        ),
    ),
)


# The eighty-first held-out set: written (4 December) as HELDOUT21 was, by a session that
# saw nothing of HELDOUT80, and committed before HELDOUT80's failures were looked at.
# Measured unseen: 1.11 memories per fact, 1.6% wrong merges (offline at 0.8, on main as of
# 2f606c3, before HELDOUT80's study).
HELDOUT81 = (
    Fact(
        "I play walking netball at Hinckley Leisure Centre every Thursday morning.",
        (
            "Every Thursday morning I play walking netball at Hinckley Leisure Centre.",
            "It's at Hinckley Leisure Centre that I play walking netball every Thursday morning.",
            "On Thursday mornings I play walking netball at Hinckley Leisure Centre.",
        ),
        (
            "My mum plays walking netball at Hinckley Leisure Centre every Thursday morning.",
            "I play walking netball at Hinckley Leisure Centre every Tuesday morning.",
        ),
    ),
    Fact(
        "I joined the Wirral Wanderers walking netball club in 2022 after my hip replacement.",
        (
            "After my hip replacement, I joined the Wirral Wanderers walking netball club in 2022.",
            (
                "It was in 2022, after my hip replacement, that I joined the Wirral Wanderers "
                "walking netball club."
            ),
            (
                "The Wirral Wanderers walking netball club is the one I joined in 2022 after my "
                "hip replacement."
            ),
        ),
        (
            "I left the Wirral Wanderers walking netball club in 2022 after my hip replacement.",
            "I joined the Wirral Wanderers walking netball club in 2022 after my knee replacement.",
        ),
    ),
    Fact(
        "I carry an EpiPen in my handbag because I'm allergic to Brazil nuts.",
        (
            "Because I'm allergic to Brazil nuts, I carry an EpiPen in my handbag.",
            "I'm allergic to Brazil nuts, so I carry an EpiPen in my handbag.",
            "My Brazil nut allergy is the reason I carry an EpiPen in my handbag.",
        ),
        (
            "I carry an EpiPen in my coat pocket because I'm allergic to Brazil nuts.",
            "I don't carry an EpiPen in my handbag even though I'm allergic to Brazil nuts.",
        ),
    ),
    Fact(
        "My son Harvey had an almond food challenge at Sheffield Children's Hospital on 14 May.",
        (
            (
                "On 14 May my son Harvey had an almond food challenge at Sheffield Children's "
                "Hospital."
            ),
            "Sheffield Children's Hospital gave my son Harvey an almond food challenge on 14 May.",
            (
                "My son Harvey's almond food challenge was at Sheffield Children's Hospital on "
                "the 14th of May."
            ),
        ),
        (
            "My son Harvey had a cashew food challenge at Sheffield Children's Hospital on 14 May.",
            (
                "My son Harvey is due to have an almond food challenge at Sheffield Children's "
                "Hospital on 14 May."
            ),
        ),
    ),
    Fact(
        "I replaced the felt on my shed roof with green EPDM rubber last weekend.",
        (
            "Last weekend I replaced the felt on my shed roof with green EPDM rubber.",
            "I took the felt off my shed roof and put green EPDM rubber on instead last weekend.",
            "It was last weekend that I replaced my shed roof's felt with green EPDM rubber.",
        ),
        (
            "I replaced the felt on my shed roof with black EPDM rubber last weekend.",
            "I'm planning to replace the felt on my shed roof with green EPDM rubber.",
        ),
    ),
    Fact(
        "A handyman called Dave charged me 175 pounds to re-felt my shed roof in Stockport.",
        (
            "I paid a handyman called Dave 175 pounds to re-felt my shed roof in Stockport.",
            (
                "My shed roof in Stockport was re-felted by a handyman called Dave, who charged "
                "me 175 pounds."
            ),
            (
                "It cost me 175 pounds to have a handyman called Dave re-felt my shed roof in "
                "Stockport."
            ),
        ),
        (
            "A handyman called Dave charged me 175 pounds to re-felt my garage roof in Stockport.",
            "A handyman called Dave quoted me 175 pounds to re-felt my shed roof in Stockport.",
        ),
    ),
    Fact(
        "We pay 12 pounds for a car pitch at the Newark Showground car boot sale on Sundays.",
        (
            "A car pitch at the Newark Showground car boot sale on Sundays costs us 12 pounds.",
            "On Sundays we pay 12 pounds for a car pitch at the Newark Showground car boot sale.",
            (
                "It's 12 pounds that we pay for a car pitch at the Newark Showground car boot "
                "sale on Sundays."
            ),
        ),
        (
            "We pay 12 pounds for a van pitch at the Newark Showground car boot sale on Sundays.",
            (
                "We used to pay 12 pounds for a car pitch at the Newark Showground car boot sale "
                "on Sundays."
            ),
        ),
    ),
    Fact(
        "My grandson Teddy starts at Little Acorns Nursery in Solihull on 2 September.",
        (
            "On 2 September my grandson Teddy starts at Little Acorns Nursery in Solihull.",
            (
                "Little Acorns Nursery in Solihull is where my grandson Teddy starts on the 2nd "
                "of September."
            ),
            "My grandson Teddy's first day at Little Acorns Nursery in Solihull is 2 September.",
        ),
        (
            "My granddaughter Rosie starts at Little Acorns Nursery in Solihull on 2 September.",
            "My grandson Teddy starts at Little Acorns Nursery in Solihull on 9 September.",
        ),
    ),
    Fact(
        (
            "I paid the 50-pound registration fee for my grandson Kai's place at Busy Bees "
            "nursery in Chelmsford."
        ),
        (
            (
                "For my grandson Kai's place at Busy Bees nursery in Chelmsford, I paid the "
                "50-pound registration fee."
            ),
            (
                "The 50-pound registration fee for my grandson Kai's place at Busy Bees nursery "
                "in Chelmsford was paid by me."
            ),
            (
                "It was me who paid the 50-pound registration fee for my grandson Kai's place at "
                "Busy Bees nursery in Chelmsford."
            ),
        ),
        (
            (
                "I paid the 50-pound deposit for my grandson Kai's place at Busy Bees nursery in "
                "Chelmsford."
            ),
            (
                "I paid the 50-pound registration fee for my grandson Kai's place at Busy Bees "
                "nursery in Colchester."
            ),
        ),
    ),
    Fact(
        "We've booked the CalMac ferry from Oban to Craignure on Mull for 10:00 on 21 June.",
        (
            "For 10 am on 21 June, we've booked the CalMac ferry from Oban to Craignure on Mull.",
            "The CalMac ferry from Oban to Craignure on Mull is booked for us at 10:00 on 21 June.",
            (
                "We've got the 10 am CalMac ferry from Oban to Craignure on Mull booked for the "
                "21st of June."
            ),
        ),
        (
            "We've booked the CalMac ferry from Craignure on Mull to Oban for 10:00 on 21 June.",
            "We've booked the CalMac ferry from Oban to Craignure on Mull for 14:00 on 21 June.",
        ),
    ),
    Fact(
        "I've had an Islay residents' ferry discount card since I moved to Port Ellen in 2019.",
        (
            (
                "Since I moved to Port Ellen in 2019, I've had an Islay residents' ferry discount "
                "card."
            ),
            (
                "I've held an Islay residents' ferry discount card ever since moving to Port "
                "Ellen in 2019."
            ),
            (
                "Ever since my move to Port Ellen in 2019, I've had an Islay residents' ferry "
                "discount card."
            ),
        ),
        (
            (
                "I've had an Islay residents' ferry discount card since I moved to Port Askaig in "
                "2019."
            ),
            "I had an Islay residents' ferry discount card until I moved to Port Ellen in 2019.",
        ),
    ),
    Fact(
        "I'm booked to give blood at the Birmingham donor centre at 3:40 pm on Friday 7 March.",
        (
            "At 15:40 on Friday 7 March I'm booked to give blood at the Birmingham donor centre.",
            (
                "I've got a blood donation appointment at the Birmingham donor centre at 3:40 pm "
                "on Friday 7 March."
            ),
            (
                "My appointment to give blood at the Birmingham donor centre is at 3:40 in the "
                "afternoon on Friday the 7th of March."
            ),
        ),
        (
            (
                "I'm booked to give plasma at the Birmingham donor centre at 3:40 pm on Friday 7 "
                "March."
            ),
            (
                "I'm booked to give blood at the Birmingham donor centre at 3:40 pm on Friday 14 "
                "March."
            ),
        ),
    ),
    Fact(
        "I bought a 4 by 5 metre butyl pond liner from Wickes for 89 pounds.",
        (
            "From Wickes I bought a butyl pond liner measuring 4 by 5 metres for 89 pounds.",
            "My 4 by 5 metre butyl pond liner was bought from Wickes for 89 pounds.",
            "It cost me 89 pounds to buy a 4 by 5 metre butyl pond liner from Wickes.",
        ),
        (
            "I bought a 4 by 5 metre butyl pond liner from Wickes for 69 pounds.",
            "I'm going to buy a 4 by 5 metre butyl pond liner from Wickes for 89 pounds.",
        ),
    ),
    Fact(
        (
            "Our pub quiz team is called Quiz Team Aguilera and we play at the Kings Arms in "
            "Tring on Wednesdays."
        ),
        (
            (
                "We play at the Kings Arms in Tring on Wednesdays, and our pub quiz team is "
                "called Quiz Team Aguilera."
            ),
            (
                "Quiz Team Aguilera is the name of our pub quiz team, and we play at the Kings "
                "Arms in Tring every Wednesday."
            ),
            (
                "Our pub quiz team's name is Quiz Team Aguilera, and Wednesday is when we play at "
                "the Kings Arms in Tring."
            ),
        ),
        (
            (
                "Our pub quiz team is called Quiz Team Aguilera and we play at the Kings Arms in "
                "Berkhamsted on Wednesdays."
            ),
            (
                "Our pub quiz team was called Quiz Team Aguilera and we played at the Kings Arms "
                "in Tring on Wednesdays."
            ),
        ),
    ),
    Fact(
        "Our quiz team came fourth out of twelve at the Nag's Head in Bicester on Tuesday night.",
        (
            (
                "On Tuesday night our quiz team came fourth out of twelve at the Nag's Head in "
                "Bicester."
            ),
            (
                "At the Nag's Head in Bicester on Tuesday night, our quiz team finished fourth of "
                "the twelve teams."
            ),
            (
                "Out of twelve teams, our quiz team finished in fourth place at the Nag's Head in "
                "Bicester on Tuesday night."
            ),
        ),
        (
            (
                "My brother's quiz team came fourth out of twelve at the Nag's Head in Bicester "
                "on Tuesday night."
            ),
            (
                "Our quiz team came fourth out of twenty at the Nag's Head in Bicester on Tuesday "
                "night."
            ),
        ),
    ),
    Fact(
        (
            "Our piano tuner, Graham Pell, charges 75 pounds to tune our Broadwood upright once a "
            "year."
        ),
        (
            "Once a year, our piano tuner Graham Pell tunes our Broadwood upright for 75 pounds.",
            (
                "Graham Pell, our piano tuner, charges 75 pounds for tuning our Broadwood "
                "upright, which he does once a year."
            ),
            (
                "It's 75 pounds that Graham Pell, our piano tuner, charges to tune our Broadwood "
                "upright once a year."
            ),
        ),
        (
            (
                "Our piano tuner, Graham Pell, charges 75 pounds to tune our Broadwood upright "
                "twice a year."
            ),
            (
                "Our piano tuner, Graham Pell, charges 75 pounds to tune our Broadwood grand once "
                "a year."
            ),
        ),
    ),
    Fact(
        (
            "I've just signed a 24-month EE contract for a blue Samsung Galaxy S24 at 32 pounds a "
            "month."
        ),
        (
            (
                "I've just signed up with EE on a 24-month contract for a blue Samsung Galaxy S24 "
                "at 32 pounds a month."
            ),
            (
                "For 32 pounds a month, I've just signed a two-year EE contract for a blue "
                "Samsung Galaxy S24."
            ),
            (
                "A blue Samsung Galaxy S24 on a 24-month EE contract at 32 pounds a month is what "
                "I've just signed up for."
            ),
        ),
        (
            (
                "I've just signed a 36-month EE contract for a blue Samsung Galaxy S24 at 32 "
                "pounds a month."
            ),
            (
                "I've just signed a 24-month EE contract for a black Samsung Galaxy S24 at 32 "
                "pounds a month."
            ),
        ),
    ),
    Fact(
        "I keep my sourdough starter in the fridge and feed it every Sunday night.",
        (
            "Every Sunday night I feed my sourdough starter, which I keep in the fridge.",
            "My sourdough starter is kept in the fridge and fed every Sunday night.",
            "I feed my sourdough starter on Sunday nights, and I keep it in the fridge.",
        ),
        (
            "I keep my sourdough starter in the fridge and feed it every Sunday morning.",
            "I keep my sourdough starter in the larder and feed it every Sunday night.",
        ),
    ),
    Fact(
        (
            "My sister Niamh gave me some of her sourdough starter when I visited her in Belfast "
            "at Easter."
        ),
        (
            (
                "When I visited my sister Niamh in Belfast at Easter, she gave me some of her "
                "sourdough starter."
            ),
            (
                "I was given some of my sister Niamh's sourdough starter when I visited her in "
                "Belfast at Easter."
            ),
            (
                "It was when I visited her in Belfast at Easter that my sister Niamh gave me some "
                "of her sourdough starter."
            ),
        ),
        (
            (
                "I gave my sister Niamh some of my sourdough starter when I visited her in "
                "Belfast at Easter."
            ),
            (
                "My sister Niamh gave me some of her sourdough starter when I visited her in "
                "Belfast at Christmas."
            ),
        ),
    ),
    Fact(
        "We've had a stall selling beeswax candles at the Bath Christmas Market since 2019.",
        (
            "Since 2019 we've had a stall selling beeswax candles at the Bath Christmas Market.",
            "We've sold beeswax candles from our stall at the Bath Christmas Market since 2019.",
            (
                "There's been a stall of ours selling beeswax candles at the Bath Christmas "
                "Market since 2019."
            ),
        ),
        (
            "We've had a stall selling soy wax candles at the Bath Christmas Market since 2019.",
            (
                "We haven't had a stall selling beeswax candles at the Bath Christmas Market "
                "since 2019."
            ),
        ),
    ),
    Fact(
        "Our rescue greyhound Bess had four teeth taken out at the vet's in Ludlow in January.",
        (
            "In January our rescue greyhound Bess had four teeth taken out at the vet's in Ludlow.",
            (
                "Four of our rescue greyhound Bess's teeth were taken out at the vet's in Ludlow "
                "in January."
            ),
            "The vet's in Ludlow took out four of our rescue greyhound Bess's teeth in January.",
        ),
        (
            "Our rescue greyhound Bess had six teeth taken out at the vet's in Ludlow in January.",
            "Our rescue greyhound Bess had four teeth cleaned at the vet's in Ludlow in January.",
        ),
    ),
)


# The eighty-second held-out set: written (4 December) as HELDOUT21 was, by a session that
# saw nothing of HELDOUT81, and committed before HELDOUT81's failures were looked at.
# Measured unseen: 1.27 memories per fact, 1.6% wrong merges (offline at 0.8, on main as of
# a1592b9, before HELDOUT81's study).
HELDOUT82 = (
    Fact(
        (
            "I'm a member of the Salford Quays open water swimming club and I swim there every "
            "Tuesday evening."
        ),
        (
            (
                "I belong to the Salford Quays open water swimming club and swim there every "
                "Tuesday evening."
            ),
            (
                "I go swimming at Salford Quays every Tuesday evening, and I'm a member of the "
                "open water swimming club there."
            ),
            (
                "Every Tuesday evening I swim with the Salford Quays open water swimming club, "
                "which I'm a member of."
            ),
        ),
        (
            (
                "My wife is a member of the Salford Quays open water swimming club and she swims "
                "there every Tuesday evening."
            ),
            (
                "I'm a member of the Salford Quays open water swimming club and I swim there "
                "every Thursday evening."
            ),
        ),
    ),
    Fact(
        "I passed the 400-metre assessment swim to join the Tamar Lakes open water club in June.",
        (
            (
                "In June I passed the 400-metre assessment swim so I could join the Tamar Lakes "
                "open water club."
            ),
            (
                "To join the Tamar Lakes open water club, I passed a 400-metre assessment swim in "
                "June."
            ),
            (
                "It was in June that I passed the 400 m assessment swim to join the Tamar Lakes "
                "open water club."
            ),
        ),
        (
            (
                "I failed the 400-metre assessment swim to join the Tamar Lakes open water club "
                "in June."
            ),
            (
                "I passed the 750-metre assessment swim to join the Tamar Lakes open water club "
                "in June."
            ),
        ),
    ),
    Fact(
        (
            "I buy my gluten-free bread every Saturday from Crumb and Crust, a coeliac-friendly "
            "bakery in Chester."
        ),
        (
            (
                "Every Saturday I get my gluten-free bread from Crumb and Crust, a "
                "coeliac-friendly bakery in Chester."
            ),
            (
                "Crumb and Crust, a coeliac-friendly bakery in Chester, is where I buy my "
                "gluten-free bread every Saturday."
            ),
            (
                "My gluten-free bread comes from Crumb and Crust, a coeliac-friendly Chester "
                "bakery, where I buy it each Saturday."
            ),
        ),
        (
            (
                "My mum buys her gluten-free bread every Saturday from Crumb and Crust, a "
                "coeliac-friendly bakery in Chester."
            ),
            (
                "I buy my gluten-free bagels every Saturday from Crumb and Crust, a "
                "coeliac-friendly bakery in Chester."
            ),
        ),
    ),
    Fact(
        (
            "We ordered a gluten-free lemon drizzle cake for our daughter Freya's tenth birthday "
            "from a coeliac-friendly bakery in Alnwick."
        ),
        (
            (
                "For our daughter Freya's tenth birthday we ordered a gluten-free lemon drizzle "
                "cake from a coeliac-friendly bakery in Alnwick."
            ),
            (
                "It was from a coeliac-friendly bakery in Alnwick that we ordered a gluten-free "
                "lemon drizzle cake for our daughter Freya's tenth birthday."
            ),
            (
                "Our daughter Freya's tenth birthday cake, a gluten-free lemon drizzle, was "
                "ordered by us from a coeliac-friendly bakery in Alnwick."
            ),
        ),
        (
            (
                "We ordered a gluten-free chocolate fudge cake for our daughter Freya's tenth "
                "birthday from a coeliac-friendly bakery in Alnwick."
            ),
            (
                "We're going to order a gluten-free lemon drizzle cake for our daughter Freya's "
                "tenth birthday from a coeliac-friendly bakery in Alnwick."
            ),
        ),
    ),
    Fact(
        (
            "Our application for a loft insulation grant was turned down because our house has an "
            "EPC rating of C."
        ),
        (
            (
                "Because our house has an EPC rating of C, our application for a loft insulation "
                "grant was turned down."
            ),
            "We were refused a loft insulation grant because our house's EPC rating is C.",
            (
                "The reason our loft insulation grant application got rejected is that our house "
                "is rated C on its EPC."
            ),
        ),
        (
            (
                "My parents' application for a loft insulation grant was turned down because "
                "their house has an EPC rating of C."
            ),
            (
                "Our application for a loft insulation grant was turned down because our house "
                "has an EPC rating of B."
            ),
        ),
    ),
    Fact(
        (
            "I charge my electric car at the lamp-post charger outside number 14 because our "
            "terrace has no driveway."
        ),
        (
            (
                "Our terrace has no driveway, so I charge my electric car at the lamp-post "
                "charger outside number 14."
            ),
            (
                "Since our terrace doesn't have a driveway, I use the lamp-post charger outside "
                "number 14 to charge my electric car."
            ),
            (
                "The lamp-post charger outside number 14 is where I charge my electric car, as "
                "our terrace has no driveway."
            ),
        ),
        (
            (
                "I charge my electric car at the lamp-post charger outside number 41 because our "
                "terrace has no driveway."
            ),
            (
                "I used to charge my electric car at the lamp-post charger outside number 14 "
                "because our terrace had no driveway."
            ),
        ),
    ),
    Fact(
        (
            "My maid of honour speech at Hannah's wedding has to be under five minutes because "
            "the venue runs to a tight schedule."
        ),
        (
            (
                "Because the venue runs to a tight schedule, my maid of honour speech at Hannah's "
                "wedding has to be under five minutes."
            ),
            (
                "The venue runs to a tight schedule, so my maid of honour speech at Hannah's "
                "wedding must be shorter than five minutes."
            ),
            (
                "I have to keep my maid of honour speech at Hannah's wedding below five minutes "
                "since the venue runs to a tight schedule."
            ),
        ),
        (
            (
                "My maid of honour speech at Hannah's wedding has to be under ten minutes because "
                "the venue runs to a tight schedule."
            ),
            (
                "My sister's maid of honour speech at Hannah's wedding has to be under five "
                "minutes because the venue runs to a tight schedule."
            ),
        ),
    ),
    Fact(
        "My son Alfie moved up from Beavers to Cubs at 3rd Wokingham Scout Group in January.",
        (
            "In January my son Alfie moved up from Beavers to Cubs at 3rd Wokingham Scout Group.",
            "At 3rd Wokingham Scout Group, my son Alfie went up from Beavers to Cubs in January.",
            (
                "It was in January that my son Alfie moved up from Beavers into Cubs with 3rd "
                "Wokingham Scout Group."
            ),
        ),
        (
            "My son Alfie moved up from Cubs to Scouts at 3rd Wokingham Scout Group in January.",
            (
                "My son Alfie will move up from Beavers to Cubs at 3rd Wokingham Scout Group in "
                "January."
            ),
        ),
    ),
    Fact(
        "My son's Cub pack meets in St Mary's church hall every Thursday from 6:30 to 8 pm.",
        (
            "Every Thursday from 6:30 to 8 pm, my son's Cub pack meets in St Mary's church hall.",
            (
                "St Mary's church hall is where my son's Cub pack meets, every Thursday from half "
                "six to eight in the evening."
            ),
            (
                "My son's Cubs meet every Thursday evening between 6:30 and 8 pm in St Mary's "
                "church hall."
            ),
        ),
        (
            "My son's Cub pack meets in St Mary's church hall every Thursday from 6 to 7:30 pm.",
            "My son's Cub pack meets in St Mark's church hall every Thursday from 6:30 to 8 pm.",
        ),
    ),
    Fact(
        (
            "I've got an outpatient appointment at the dermatology clinic at Leicester Royal "
            "Infirmary on 3 April at 9:40."
        ),
        (
            (
                "On 3 April at 9:40 I have an outpatient appointment at the dermatology clinic at "
                "Leicester Royal Infirmary."
            ),
            (
                "My outpatient appointment at Leicester Royal Infirmary's dermatology clinic is "
                "at 9:40 on the 3rd of April."
            ),
            (
                "There's an outpatient appointment booked for me at the dermatology clinic at "
                "Leicester Royal Infirmary, at 9:40 on 3 April."
            ),
        ),
        (
            (
                "I've got an outpatient appointment at the rheumatology clinic at Leicester Royal "
                "Infirmary on 3 April at 9:40."
            ),
            (
                "I've got an outpatient appointment at the dermatology clinic at Leicester Royal "
                "Infirmary on 13 April at 9:40."
            ),
        ),
    ),
    Fact(
        (
            "Parking at Addenbrooke's cost me 9 pounds when my outpatient appointment ran two "
            "hours late."
        ),
        (
            (
                "When my outpatient appointment at Addenbrooke's ran two hours late, the parking "
                "cost me 9 pounds."
            ),
            (
                "My outpatient appointment ran two hours late, so parking at Addenbrooke's set me "
                "back nine pounds."
            ),
            (
                "I paid 9 pounds for parking at Addenbrooke's when my outpatient appointment "
                "there ran two hours behind."
            ),
        ),
        (
            (
                "Parking at Addenbrooke's cost my dad 9 pounds when his outpatient appointment "
                "ran two hours late."
            ),
            (
                "Parking at Addenbrooke's cost me 9 pounds when my outpatient appointment ran "
                "three hours late."
            ),
        ),
    ),
    Fact(
        "We've booked a holiday let called Beck Cottage in Grasmere for October half term.",
        (
            "For October half term we've booked a holiday let in Grasmere called Beck Cottage.",
            "Beck Cottage, a holiday let in Grasmere, is booked for us over October half term.",
            (
                "We've got Beck Cottage, a holiday let in Grasmere, booked for the October "
                "half-term holiday."
            ),
        ),
        (
            "We've booked a holiday let called Beck Cottage in Grasmere for February half term.",
            (
                "We'd like to book a holiday let called Beck Cottage in Grasmere for October half "
                "term."
            ),
        ),
    ),
    Fact(
        "The holiday let we rented near Ullswater last May had a hot tub and a wood burner.",
        (
            "Last May we rented a holiday let near Ullswater that had a hot tub and a wood burner.",
            (
                "There was a hot tub and a wood burner at the holiday let we rented near "
                "Ullswater last May."
            ),
            (
                "The holiday let near Ullswater that we rented last May came with a wood burner "
                "and a hot tub."
            ),
        ),
        (
            "The holiday let we rented near Ullswater last May had a hot tub and a pizza oven.",
            "The holiday let we rented near Buttermere last May had a hot tub and a wood burner.",
        ),
    ),
    Fact(
        (
            "My jury service at Leicester Crown Court starts on Monday 8 September and should "
            "last two weeks."
        ),
        (
            (
                "I start my jury service at Leicester Crown Court on Monday 8 September, and it "
                "should last two weeks."
            ),
            (
                "On Monday the 8th of September I begin jury service at Leicester Crown Court, "
                "which is expected to last a fortnight."
            ),
            (
                "It's at Leicester Crown Court that my jury service starts on Monday 8 September, "
                "and it should last two weeks."
            ),
        ),
        (
            "My jury service at Leicester Crown Court ends on Monday 8 September after two weeks.",
            (
                "My jury service at Nottingham Crown Court starts on Monday 8 September and "
                "should last two weeks."
            ),
        ),
    ),
    Fact(
        "I play baritone ukulele in a group called the Frome Strummers.",
        (
            "In a group called the Frome Strummers, I play the baritone ukulele.",
            "The instrument I play in the Frome Strummers group is the baritone ukulele.",
            "I'm a baritone ukulele player in a group called the Frome Strummers.",
        ),
        (
            "I play soprano ukulele in a group called the Frome Strummers.",
            "I used to play baritone ukulele in a group called the Frome Strummers.",
        ),
    ),
    Fact(
        (
            "Our ukulele group is playing a set of Beatles songs at the Dorking summer fair on 12 "
            "July."
        ),
        (
            (
                "On 12 July our ukulele group is playing a set of Beatles songs at the Dorking "
                "summer fair."
            ),
            (
                "A set of Beatles songs is being played by our ukulele group at the Dorking "
                "summer fair on the 12th of July."
            ),
            (
                "At the Dorking summer fair on 12 July, our ukulele group will be playing a set "
                "of Beatles songs."
            ),
        ),
        (
            (
                "Our ukulele group is playing a set of Abba songs at the Dorking summer fair on "
                "12 July."
            ),
            (
                "Our ukulele group isn't playing a set of Beatles songs at the Dorking summer "
                "fair on 12 July."
            ),
        ),
    ),
    Fact(
        "I had a glazier fit a cat flap into the glass of our back door for 120 pounds.",
        (
            "For 120 pounds, I had a glazier fit a cat flap into the glass of our back door.",
            (
                "A glazier fitted a cat flap into the glass of our back door for me, at a cost of "
                "120 pounds."
            ),
            "It cost me 120 pounds to have a glazier put a cat flap in the glass of our back door.",
        ),
        (
            "I had a glazier fit a cat flap into the glass of our front door for 120 pounds.",
            "I had a glazier remove a cat flap from the glass of our back door for 120 pounds.",
        ),
    ),
    Fact(
        (
            "Police found my stolen grey Boardman hybrid in a garage in Swindon six weeks after "
            "it was taken."
        ),
        (
            (
                "Six weeks after it was taken, police found my stolen grey Boardman hybrid in a "
                "garage in Swindon."
            ),
            (
                "My stolen grey Boardman hybrid was found by police in a Swindon garage six weeks "
                "after the theft."
            ),
            (
                "It was in a garage in Swindon that police found my stolen grey Boardman hybrid, "
                "six weeks after it was taken."
            ),
        ),
        (
            (
                "Police found my stolen green Boardman hybrid in a garage in Swindon six weeks "
                "after it was taken."
            ),
            (
                "Police found my stolen grey Boardman hybrid in a garage in Swindon six days "
                "after it was taken."
            ),
        ),
    ),
    Fact(
        "Our electricity bill for January was 212 pounds, the highest we've ever had.",
        (
            "At 212 pounds, our January electricity bill was the highest we've ever had.",
            "We've never had a higher electricity bill than January's, which came to 212 pounds.",
            "Our highest ever electricity bill was the one for January, at 212 pounds.",
        ),
        (
            "Our gas bill for January was 212 pounds, the highest we've ever had.",
            "Our electricity bill for January was 212 pounds, the lowest we've ever had.",
        ),
    ),
    Fact(
        "Our account with E.ON Next is 180 pounds in credit, so I've asked them for a refund.",
        (
            (
                "I've asked E.ON Next for a refund because our account with them is 180 pounds in "
                "credit."
            ),
            (
                "Since we're 180 pounds in credit on our E.ON Next account, I've requested a "
                "refund from them."
            ),
            (
                "There's 180 pounds of credit on our E.ON Next account, so I've asked them to "
                "refund it."
            ),
        ),
        (
            (
                "Our account with E.ON Next is 180 pounds in credit, so I'm going to ask them for "
                "a refund."
            ),
            (
                "Our account with E.ON Next is 180 pounds in credit, so I've asked them to lower "
                "our direct debit."
            ),
        ),
    ),
    Fact(
        (
            "My husband and I are sailing from Newcastle on 16 August for a seven-night cruise to "
            "Norway."
        ),
        (
            "On 16 August my husband and I sail from Newcastle on a seven-night cruise to Norway.",
            (
                "My husband and I have a seven-night Norway cruise that leaves Newcastle on the "
                "16th of August."
            ),
            (
                "My husband and I are going on a cruise to Norway for seven nights, sailing out "
                "of Newcastle on 16 August."
            ),
        ),
        (
            (
                "My husband and I are sailing from Newcastle on 16 August for a seven-night "
                "cruise to Iceland."
            ),
            (
                "My parents are sailing from Newcastle on 16 August for a seven-night cruise to "
                "Norway."
            ),
        ),
    ),
)
