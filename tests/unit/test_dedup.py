"""Near-duplicates and offline categories (pure): what counts as the same fact."""

from __future__ import annotations

import pytest

from memstream.services.extractor.categories import closest_categories
from memstream.services.extractor.dedup import (
    Nearest,
    differs,
    is_near_duplicate,
    repeated,
    swapped,
    swapped_words,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("User lives in Paris", "User resides in Paris"),
        ("User's home is in Paris", "User lives in Paris"),
        # From the HELDOUT78 study: alternating who drives is taking turns driving.
        (
            "User car shares with their colleague Priya, and they take turns driving each week",
            "User car shares with their colleague Priya, and they alternate who drives each week",
        ),
        # From the HELDOUT77 study: half an hour is 30 minutes; a ruby wedding is the 40th
        # anniversary; "nicked" is stolen, in its tense (a guard: "stolen" for "nicked" had
        # split this pair).
        (
            "User has a 30-minute private riding lesson at Brook Farm every Wednesday at 6pm",
            "User has a private riding lesson lasting half an hour at Brook Farm every Wednesday "
            "at 6pm",
        ),
        (
            "User's parents celebrated their ruby wedding with a Nile cruise in 2019",
            "User's parents went on a Nile cruise for their 40th wedding anniversary in 2019",
        ),
        (
            "Someone stole User's road bike from their garden shed in Leyton in 2019",
            "Someone nicked User's road bike from their garden shed in Leyton in 2019",
        ),
        # From the HELDOUT75 study: "3h 12m" is 3 hours 12 minutes; alternate weekends are
        # every other one (a guard).
        (
            "User's time for the fell race in Little Langdale was 3h 12m",
            "User's time for the fell race in Little Langdale was 3 hours 12 minutes",
        ),
        (
            "User's step-daughter Lily stays with them on alternate weekends",
            "User's step-daughter Lily stays with them every other weekend",
        ),
        # From the HELDOUT74 study (guards): a disease named after someone, and a degree,
        # are no one's.
        (
            "User was diagnosed with Crohn's disease in 2016",
            "User's Crohn's disease was diagnosed in 2016",
        ),
        (
            "User has a master's degree in civil engineering",
            "User's master's degree is in civil engineering",
        ),
        # From the HELDOUT73 study: half a year is 6 months.
        (
            "User's son is deploying to Estonia with his regiment in March for 6 months",
            "User's son is deploying to Estonia with his regiment in March, for half a year",
        ),
        # From the HELDOUT72 study: a date in figures is day first; three quarters of an
        # hour are 45 minutes.
        (
            "British Gas fitted User's smart meter on 14 February 2024",
            "British Gas fitted User's smart meter, on 14/02/2024",
        ),
        (
            "User has a 45-minute singing lesson every Thursday afternoon",
            "User has a three-quarter-hour singing lesson every Thursday afternoon",
        ),
        # From the HELDOUT71 study: an allergy that "dates from when" a sting was is since
        # then (a guard: "dates from 2009, when they got it" is past); losing a thing is
        # an ending as having lost it is.
        (
            "User has been allergic to bee stings since they were stung in Devon aged 9",
            "User's allergy to bee stings dates from when they were stung in Devon aged 9",
        ),
        (
            "User got their moped licence in Swindon in 2009",
            "User's moped licence dates from 2009, when they got it in Swindon",
        ),
        (
            "User had to pay Norwich library 18 pounds after they lost their copy of Wolf Hall",
            "Losing Norwich library's copy of Wolf Hall cost User 18 pounds",
        ),
        # From the HELDOUT70 study: a dress is one thing, and what it cost is past; what
        # someone did "having moved" is past; refusing to do a thing is not doing it; "has
        # asked to" and "has requested" are one request; "starting" work is no intent (a
        # guard: "User's daughter's starting university" still is).
        (
            "The alterations to User's wedding dress cost 280 pounds",
            "User paid 280 pounds to have their wedding dress altered",
        ),
        (
            "User's sister Rachel moved to Brisbane in 2021 and works as a physiotherapist there",
            "User's sister Rachel works as a physiotherapist in Brisbane, having moved there in "
            "2021",
        ),
        (
            "User's landlord is refusing to fix the damp, so they've reported him to the council",
            "User has reported him to the council because their landlord won't fix the damp",
        ),
        (
            "User has asked to defer their jury service because it clashes with their operation",
            "User has requested a deferral of their jury service, as it clashes with their "
            "operation",
        ),
        (
            "User runs each morning prior to starting work",
            "User goes running every morning before work",
        ),
        (
            "User's daughter's starting university in September",
            "User's daughter is starting university in September",
        ),
        # From the HELDOUT69 study: a storm that blew over the user's greenhouse is in the
        # past as much as the greenhouse that blew over; a roof that "started to leak"
        # began no thing; thousands of metres are kilometres; two guards: the result of a
        # test is no part of it, and a wish is an aim.
        (
            "User's wooden greenhouse blew over in Storm Ciaran in November 2023",
            "Storm Ciaran blew over User's wooden greenhouse in November 2023",
        ),
        (
            "The flat roof on User's garage started leaking after the heavy rain on 9 October",
            "User's garage's flat roof started to leak after the heavy rain on 9 October",
        ),
        (
            "User rows 5,000 metres on the rowing machine in their garage every morning",
            "User does 5 km on the rowing machine in their garage each morning",
        ),
        (
            "User's HbA1c blood test in September came back at 44 mmol/mol",
            "The result of User's HbA1c blood test in September was 44 mmol/mol",
        ),
        (
            "User wants to get their pilot's licence next year",
            "User is aiming to get their pilot's licence next year",
        ),
        # From the HELDOUT68 study: being taught is still learning (a guard).
        ("User's nan taught them to bake", "User was taught to bake by their nan"),
        # From the HELDOUT65 study: a thing died "from" and lost "to" is no place (a guard).
        (
            "Pepper, User's cat, died from kidney failure in 2022 when she was 17",
            "User and others lost their 17-year-old cat Pepper to kidney failure in 2022",
        ),
        # From the HELDOUT62 study: children who are no one's name a kind ("a children's
        # nurse", "a hospital for children"), not kin; someone "from work" is a colleague,
        # and so is a workmate; two guards: kids read to at a library either way, and
        # "second-hand" describing what was got (no work done by others).
        (
            "User's cousin Bethan is a paediatric nurse at the Royal Gwent Hospital",
            "User's cousin Bethan works as a children's nurse at the Royal Gwent Hospital",
        ),
        (
            "User does a reading session for kids at the local library every month",
            "Kids at the local library get read to by User once a month",
        ),
        (
            "User's colleague Maureen had her retirement party at the Old Bell on Friday",
            "Maureen from work had her retirement party at the Old Bell on Friday",
        ),
        (
            "User's colleague Bethan gives them a lift to their office every morning",
            "User's workmate Bethan gives them a lift to their office every morning",
        ),
        (
            "User bought a second-hand set of Ping golf clubs for 180 pounds on eBay",
            "User got a used set of Ping golf clubs off eBay for 180 pounds",
        ),
        # From the HELDOUT60 study: the first verb after "a builder called Gary Hollis" or
        # "User's crested gecko" tells the past (a name given, or a word describing the
        # thing, is no verb of its own).
        (
            "A builder called Gary Hollis rebuilt User's collapsed garden wall in 2023",
            "User's collapsed garden wall was rebuilt in 2023 by a builder called Gary Hollis",
        ),
        (
            "User bought their crested gecko Pickle from Scales and Tails in Norwich in 2022",
            "User's crested gecko, Pickle, came from Scales and Tails in Norwich in 2022",
        ),
        # From the HELDOUT58 study: "burst" is a past as "put" is, after a thing and a date
        # in front too.
        (
            "A pipe burst under User's kitchen sink in December 2022",
            "User and others had a burst pipe under the kitchen sink in December 2022",
        ),
        (
            "In December 2022 a pipe burst under User's kitchen sink",
            "December 2022 was when a pipe under User's kitchen sink burst",
        ),
        # From the HELDOUT57 study: a verb done to the user's thing, said of the thing,
        # named on the other side right after the verb; a time taken as a clock writes it.
        (
            "User and others paid off the mortgage on their house in Stockport in 2021",
            "The mortgage on User's Stockport house was paid off in 2021",
        ),
        (
            "User bought a Panasonic bread maker from Argos in 2020",
            "User's Panasonic bread maker was bought from Argos in 2020",
        ),
        (
            "User ran their first half marathon in Liverpool in 1 hour 58 minutes",
            "User ran their first ever half marathon, finishing in 1:58 in Liverpool",
        ),
        # From the HELDOUT56 study: a verb done to the user's thing, said of the thing
        # ("User's passport was renewed"); the first verb after an ordinal or a title
        # ("First prize ... went to", "Dr Patel ... took out") tells the past.
        (
            "User renewed their passport in March 2024 before a trip to Japan",
            "User's passport was renewed in March 2024, before a trip they took to Japan",
        ),
        (
            "User's 4.2-kilo onion won first prize at the Harrogate Autumn Show in 2023",
            "First prize at the Harrogate Autumn Show in 2023 went to User's 4.2-kilo onion",
        ),
        (
            "Dr Patel at Kingsway Dental took out User's upper right molar in June 2024",
            "User's upper right molar was extracted by Dr Patel at Kingsway Dental in June 2024",
        ),
        # From the HELDOUT55 study: "over" before seasons counted is a span, not a bound;
        # a passive done "by User's team" is the user's act; "out to" a place adds no
        # particle; one of the user's people before a thing of theirs and "was" ("family
        # holiday in 2019 was") or getting something "from them" is no act of theirs.
        (
            "User restored a 1972 Honda CB750 motorbike in their shed over 2 winters",
            "User spent 2 winters in their shed restoring a 1972 Honda CB750 motorbike",
        ),
        (
            "The 2022 Hambleden village fete tug of war was won by User's team from the Plough",
            "User and others won the 2022 Hambleden village fete tug of war with their team",
        ),
        (
            "User and others took a boat trip out to Skomer to see the puffins in June 2026",
            "User and others went on a boat trip to Skomer to see the puffins in June 2026",
        ),
        (
            "User and others took the kids to Kefalonia for their family holiday in 2019",
            "User's family holiday in 2019 was on Kefalonia with the kids",
        ),
        (
            "User visits their grandad Frank at Elmwood care home every Friday",
            "User's grandad Frank gets a visit from them at Elmwood care home every Friday",
        ),
        # From the HELDOUT53 study: one of the user's people followed by a thing of theirs
        # ("nan Irene's party"), by a name and "was" (a state), or as a pet's carer ("cat
        # sitter") is no one who acts; "in" or "with" a band is one band.
        (
            "User's nan Irene's 90th birthday party was held at Formby Cricket Club",
            "User and others had their nan Irene's 90th birthday do at Formby Cricket Club",
        ),
        (
            "User became godmother to their niece Isla at her christening in Beverley in 2019",
            "User's niece Isla was christened in Beverley and they became her godmother in 2019",
        ),
        (
            "User pays their cat sitter, Priya, 12 pounds a visit to feed Mochi",
            "User's cat sitter Priya charges them 12 pounds a visit to feed Mochi",
        ),
        (
            "User has played the bagpipes in a pipe band in Stirling since 2016",
            "User has been playing bagpipes with a pipe band in Stirling since 2016",
        ),
        # From the HELDOUT52 study: the first verb of a sentence that starts with "a" or
        # "the" thing tells its tense ("A clinic lasered", "The award went to User"; not "A
        # racehorse called ...", "is owned by", a guard, last); "up on the summit" is
        # where, not a particle.
        (
            "User had a tattoo lasered off their wrist at a clinic in Leeds in 2020",
            "A clinic in Leeds lasered a tattoo off User's wrist in 2020",
        ),
        (
            "User won the Unsung Hero award at their 2023 work Christmas party",
            "The Unsung Hero award at the 2023 office Christmas party went to User",
        ),
        (
            "User went wild camping on the summit of Cadair Idris in July 2021",
            "User went wild camping up on the summit of Cadair Idris in July 2021",
        ),
        (
            "User has a 10 percent share in a racehorse called Copper Kettle",
            "A racehorse called Copper Kettle is 10 percent owned by User",
        ),
        # From the HELDOUT51 study: "who should pay" in a quarrel is no intent of the user's.
        (
            "User fell out with their neighbour Colin in 2021 over who should pay for a fence",
            "User and their neighbour Colin had a falling-out in 2021 about who'd pay for a fence",
        ),
        # From the HELDOUT50 study: a past form right before the user it was done to is the
        # past; "cost" after one thing is too ("costs" is the present); "rents out" is "let
        # out"; a possessive or a plural noun after "User's ..." is no verb of someone
        # else's, nor is a name and "and they"; a used thing got is no job done by others,
        # and a phrase moved ("on eBay" / "off eBay") adds no particle; a name after the
        # user's thing is no other thing (a guard, last).
        (
            "User was stung by a jellyfish at Newquay beach in August 2021",
            "In August 2021 a jellyfish stung User at Newquay beach",
        ),
        (
            "User's Invisalign treatment at an orthodontist in Solihull cost 3,800 pounds",
            "User paid 3,800 pounds for Invisalign treatment at an orthodontist in Solihull",
        ),
        (
            "User rents out their holiday cottage in Padstow for 145 pounds a night",
            "User's holiday cottage in Padstow is let out for 145 pounds a night",
        ),
        (
            "User was awarded their Chief Scout's Gold Award in 2006",
            "User's Chief Scout's Gold Award was presented to them in 2006",
        ),
        (
            "User and others adopted rescue hens Peggy and Dot from the Hen Welfare Trust",
            "User's rescue hens Peggy and Dot came to them from the Hen Welfare Trust",
        ),
        (
            "User takes their puppy Maple to puppy class in Wokingham every Thursday evening",
            "User's puppy Maple and they go to puppy class in Wokingham on Thursday evenings",
        ),
        (
            "User bought a second-hand set of Ping golf clubs for 180 pounds on eBay",
            "User got a used set of Ping golf clubs off eBay for 180 pounds",
        ),
        (
            "User's Syrian hamster Nugget is 2 and a half years old",
            "User's Syrian hamster is called Nugget and is 2 and a half years old",
        ),
        # From the HELDOUT47 study (guard): who ran a race took part in it.
        (
            "User ran the London Marathon in 2019 in 4 hours",
            "User took part in the London Marathon in 2019 and finished in 4 hours",
        ),
        # From the HELDOUT46 study (guards): both sides say a thing began, or neither does.
        (
            "User started an engineering apprenticeship with Airbus at Broughton in 2010",
            "User's engineering apprenticeship with Airbus at Broughton started in 2010",
        ),
        (
            "User started their career as a junior reporter at the Yorkshire Post in 2005",
            "User got their start as a junior reporter at the Yorkshire Post in 2005",
        ),
        (
            "User lent their best mate 3,000 pounds to start his bakery",
            "User gave their best mate a loan of 3000 pounds for his new bakery",
        ),
        # From the HELDOUT44 study: one world war, however named.
        (
            "User's grandad Albert was a navigator on Lancaster bombers in the Second World War",
            "User's grandfather Albert navigated Lancaster bombers during World War 2",
        ),
        # From the HELDOUT43 study: the first verb after "User's ..." tells the tense; a
        # participle in front is no past. Guards: a word describing a thing after another's
        # ("the women's coxed 4"), a present verb first ("costs").
        (
            "User's 2022 tandem skydive at Hibaldstow raised 1,100 pounds for Mind",
            "User did a tandem skydive at Hibaldstow in 2022 and raised 1,100 pounds for Mind",
        ),
        (
            "Framed in User's hallway is User's 1992 Duke of Edinburgh certificate",
            "User keeps their 1992 Duke of Edinburgh certificate framed in their hallway",
        ),
        (
            "User rows at stroke in the women's coxed 4 at Durham Amateur Rowing Club",
            "User's seat in the women's coxed 4 is stroke at Durham Amateur Rowing Club",
        ),
        (
            "User's mortgage is 1,140 pounds a month on a 5-year fixed rate of 4.2 percent",
            "User's mortgage costs them 1,140 pounds a month on a 5-year fixed rate of 4.2 percent",
        ),
        # From the HELDOUT42 study: "at half ten" is 10:30; "cost" after a thing of the
        # user's, with a past year, is past. Guards: a place alike to the other ("yard"
        # / "garden", "bedroom" / "room"), a way that is no place, a place of another's.
        (
            "User does a killer sudoku in bed every night at around 10:30",
            "User does a killer sudoku in bed every night at about half ten",
        ),
        (
            "User's 15-day Interrail Global Pass cost them 423 euros in 2023",
            "User bought a 15-day Interrail Global Pass for 423 euros in 2023",
        ),
        (
            "User grows vegetables in their backyard",
            "User has a vegetable patch in their back garden",
        ),
        ("User reads in their bedroom every night", "User reads in their room every night"),
        (
            "User listens to podcasts on their commute",
            "User listens to podcasts on their way to work",
        ),
        (
            "User keeps a canoe at their uncle's lake house",
            "User's canoe is stored at their uncle's place on the lake",
        ),
        # From the HELDOUT41 study: an "-ed" word describing a thing of the user's is no
        # past. Guards (they pass before it too): both sides say the user got it or was
        # taught; someone else's act in the past is past ("Someone nicked ...").
        (
            "User was taught to make Welsh cakes by their nan, on her bakestone in Llanelli",
            "User's nan taught them to make Welsh cakes, on her bakestone in Llanelli",
        ),
        (
            "User pays off their credit card in full every month",
            "User's credit card gets paid off in full every month",
        ),
        (
            "User keeps a bearded dragon called Ziggy in a 4-foot vivarium in their bedroom",
            "User's bearded dragon, Ziggy, lives in a 4-foot vivarium in their bedroom",
        ),
        (
            "User's Specialized road bike was stolen from their garden shed in Leyton in 2019",
            "Someone nicked User's Specialized road bike from their garden shed in Leyton in 2019",
        ),
        ("User likes red cars", "User loves red cars"),
        ("User keeps bees in their garden", "User keeps bees in their big garden"),
        # A number word and its digit are one number.
        ("User has two cats", "User has 2 cats"),
        ("User is thirty-four years old", "User is 34 years old"),
        ("User runs five kilometers every morning", "User goes for a 5k run each morning"),
        # "has got" is no past tense; "was born" tells no tense.
        ("User has got two cats", "User has two cats"),
        ("User's got two cats", "User has two cats"),
        ("User was born in 1990", "User's birth year is 1990"),
        # Contractions spelled out are the same negation.
        ("User doesn't eat meat", "User does not eat meat"),
        # A plural name is its singular.
        ("User plays tennis on Saturdays", "User plays tennis every Saturday"),
        # The user as the object of a sentence that starts with something else.
        ("Peanuts give User allergies", "User is allergic to peanuts"),
        ("Jazz is the music User loves", "User loves jazz music"),
        # A past form that is no verb of the sentence is no past tense.
        ("User's cat's name is Luna", "User has a cat named Luna"),
        ("User is employed by Google", "User works at Google"),
        ("User's wife is called Maria", "User's wife's name is Maria"),
        ("User would rather drink tea than coffee", "User prefers tea over coffee"),
        # One word per relation.
        ("User has 3 kids", "User has three children"),
        ("User's mom lives in Rome", "User's mother lives in Rome"),
        # Giving up said three ways; "twice" is "2 times"; "can't stand" is a dislike.
        ("User quit drinking soda in 2021", "User gave up drinking soda in 2021"),
        ("User stopped eating sugar", "User kicked the sugar habit"),
        ("User has seen the Alps twice", "User has seen the Alps 2 times"),
        ("User can't stand opera", "User hates opera"),
        # A capitalised first word is no name when any sentence may start with it.
        ("Painting is User's passion", "At weekends User paints"),
        # A part of the day on one side only adds to the fact; one role said two ways.
        ("User studies at 9", "User studies at 9 in the evening"),
        ("User is a manager at a hotel", "User works as a hotel manager"),
        # One level of a skill, or one means, said two ways; a level on one side only.
        ("User knows a bit of German", "User speaks basic German"),
        ("User speaks German", "User is fluent in German"),
        ("User cycles to work", "User bikes to work"),
        ("User will always order tea", "User always orders tea"),  # "will" of a habit
        ("My wife and I met in 2010", "I met my wife in 2010"),  # two together: no actor
        ("The meaning of User's name is light", "User's name means light"),
        ("User fractured their ankle", "User broke their ankle"),
        # A state is no act: whoever comes first, one fact.
        ("User's dog is called Rex", "User has a dog named Rex"),
        ("User's sister lives in Lisbon", "User has a sister who lives in Lisbon"),
        ("User won't eat pork", "User doesn't eat pork"),  # refusal, not intent
        ("User will typically go hiking", "User typically goes hiking"),
        # Mum and dad are the parents, and so are the folks.
        ("User's mom and dad are separated", "User's folks are separated"),
        ("User eats nothing but fruit for breakfast", "User only eats fruit for breakfast"),
        # A "since" clause tells when a present began; "has had" is no past.
        ("User has had eczema since they were small", "User has eczema"),
        ("User has always had curly hair", "User has curly hair"),
        ("User hasn't had a car since 2020", "User has not owned a car since 2020"),
        ("User coaches tennis", "User is a tennis coach"),
        # What is preferred to what, however said.
        ("User would rather read than watch TV", "User prefers reading to watching TV"),
        ("User's savings would cover 2 months of rent", "User has savings for 2 months of rent"),
        ("User jogs every day", "User jogs daily"),
        ("User mows the lawn every second Sunday", "User mows the lawn on alternate Sundays"),
        ("User usually walks the dog", "User normally walks the dog"),
        ("User has a parrot named Pip", "User's parrot is called Pip"),  # no one else's doing
        ("User gets paid on Fridays", "User is paid on Fridays"),
        # The order of a list says nothing.
        ("User speaks Dutch and Italian", "User speaks Italian and Dutch"),
        ("User keeps a rabbit and a parrot", "User keeps a parrot and a rabbit"),
        # Where or which, said at the end, is more said of one fact.
        ("User is a midwife", "User is a midwife at a clinic"),
        ("User sings", "User sings in a choir"),
        ("User studies at Leiden", "User studies at Leiden in Holland"),
        # A plural noun after "User's" is no verb ("bike rides are", not "rides").
        ("User's bike rides are 40 km long", "User rides 40 km on their bike"),
        ("User's house plants usually need water on Sundays", "User waters plants on Sundays"),
        # A part taken or an amount weighs only against another one.
        ("User plays the cello", "User is a cellist"),
        ("User takes their son to nursery", "User walks their son to nursery"),
        ("User runs a chess club", "User hosts a chess club"),
        # A particle moved, not added; a verb after what the user has that is a state.
        ("User picks up their niece from school", "User picks their niece up from school"),
        ("User's cat is named Luna", "User has a cat named Luna"),
        ("User's plants get watered by a neighbour", "A neighbour waters User's plants"),
        ("User moved to Leeds in 2015", "User moved to Leeds back in 2015"),
        ("User is learning Portuguese", "User studies Portuguese"),
        ("User usually cycles to the office", "User cycles to the office"),
        ("User now and then bakes bread", "User occasionally bakes bread"),
        ("User works in a bakery", "User works at a bakery"),
        ("User can't ride a bike", "User is unable to ride a bike"),
        ("User plays chess as well", "User plays chess"),  # "as well" is also
        ("User does pilates on weekdays", "Monday to Friday, User does pilates"),
        ("User can speak a bit of Greek", "User speaks a little Greek"),
        ("User does volunteer work at a hospice", "User volunteers at a hospice"),
        ("User has been vegetarian for years", "User has followed a vegetarian diet for years"),
        # From the HELDOUT16 study: a judgement of the thing is a dislike, loose numbers,
        # a money symbol, other words for kin and pets.
        ("User hates the taste of coriander", "Coriander tastes awful to User"),
        ("User has 2 cats", "User has a pair of cats"),
        ("User has played guitar for a decade", "User has played guitar for 10 years"),
        ("User earns 60k euros a year", "User earns 60,000 euros a year"),
        ("User backs up their photos once a month", "User backs up their photos every month"),
        ("User pays $1,200 a month in rent", "User pays 1200 dollars a month in rent"),
        ("User's bedtime is 11 p.m.", "User's bedtime is 11pm"),
        ("User's gran is 95 years old", "User's grandmother is 95 years old"),
        ("User has a bunny named Biscuit", "User has a rabbit named Biscuit"),
        ("User plays football on Wednesday nights", "User plays football on Wednesday evenings"),
        ("User plays Guitar", "User is a guitar player"),  # a fronted phrase's capital
        ("User's best friend is called Tom", "Tom is User's best mate"),
        ("User moved from Leeds to York", "User moved to York from Leeds"),
        # From the HELDOUT17 study: "at once".
        ("User can juggle 5 balls", "User is able to juggle with 5 balls at once"),
        # From the HELDOUT21 study: an age said three ways; a relation word with "'s" is
        # no name ("mum's" and "mother's" had read as two names).
        ("User had their tonsils out when they were 6", "User had their tonsils out aged 6"),
        (
            "User's tonsils were removed when they were 6 years old",
            "User had their tonsils removed at the age of 6",
        ),
        ("User is half Italian on their mum's side", "User is half Italian on their mother's side"),
        ("User won a regional spelling bee", "User came first in a regional spelling bee"),
        # From the HELDOUT22 study: "back in 2015" is no particle ("bought back").
        ("User bought their house in 2015", "User bought their house back in 2015"),
        # An adjective in "-ed" is no verb done; "nearly always" is how often.
        ("User is renting a 2-bedroom flat", "User lives in a rented 2-bedroom flat"),
        ("User nearly always cycles to work", "User almost always cycles to work"),
        # From the HELDOUT24 study: what is "stored" is kept, and no past; an hour "am" is
        # in the morning; a letter in a word ("A-level") or the article "A" is no grade.
        (
            "User keeps their grandfather's war medals in a tin under their bed",
            "User has their grandfather's war medals stored in a tin under their bed",
        ),
        ("User's alarm goes off at 6 am", "User's alarm goes off at 6 in the morning"),
        ("User swims every Friday at 6.30 p.m.", "User swims every Friday at 6 30pm"),
        ("User got an A in A-level Russian", "User got an A grade in their Russian A-level"),
        ("User takes a multivitamin daily", "User takes A multivitamin daily"),
        # Who diagnosed; a place "came" to; "was awarded"; a goal is an intent.
        (
            "User was diagnosed with Crohn's disease in 2016",
            "Doctors diagnosed User with Crohn's disease in 2016",
        ),
        ("User finished third in the Welsh triathlon", "User came third at the Welsh triathlon"),
        (
            "User got an A for A-level Russian in 2008",
            "User was awarded an A for A-level Russian in 2008",
        ),
        (
            "User wants to get their pilot's licence in 2027",
            "Getting User's pilot's licence is User's goal for 2027",
        ),
        # From the HELDOUT25 study: "put" dated in the past is a past; "still" with a
        # year goes on from then, not where "still to go" counts down.
        (
            "User planted a fig tree by their back door in 2019",
            "User put a fig tree in the ground by their back door in 2019",
        ),
        (
            "User has been running a Minecraft server since 2019",
            "User set up a Minecraft server in 2019 and they still run it",
        ),
        # From the HELDOUT39 study: speaking a language is no talk given.
        (
            "User speaks Portuguese with their in-laws whenever they visit them in Porto",
            "User speaks Portuguese with them whenever they go to see their in-laws in Porto",
        ),
        # From the HELDOUT37 study: the span of a shift.
        (
            "User works nights from 10 pm to 7 am at the Asda depot in Wakefield",
            "User works from 10 at night until 7 in the morning at the Asda depot in Wakefield",
        ),
        # From the HELDOUT36 study: a licence to drive is no one else driving; organising
        # said on one side only.
        (
            "User is licensed to operate a forklift truck",
            "User has their licence to drive a forklift",
        ),
        (
            "User organised the street party on Albert Road in May 2023",
            "User was the one behind the street party on Albert Road in May 2023",
        ),
        # From the HELDOUT34 study: ", back in 2021" is "in 2021"; the verb after "User and
        # their neighbour" is theirs.
        (
            "User passed their motorcycle test in April 2017",
            "User passed their motorcycle test, back in April 2017",
        ),
        (
            "User had a row with their next-door neighbour about his hedge in 2022",
            "User and their next-door neighbour rowed over his hedge in 2022",
        ),
        # From the HELDOUT33 study: "so they could" says what for, no wish; a rarer verb's
        # past ("lent", "forgot"); a loan taken out is a thing borrowed.
        (
            "User took a year off from teaching in 2019 to travel around Japan",
            "User took a year off from teaching in 2019 so they could travel around Japan",
        ),
        (
            "User lent their friend Kieran 150 pounds in January",
            "User loaned their friend Kieran 150 pounds in January",
        ),
        (
            "User left their passport in a taxi in Madrid in 2022",
            "User forgot their passport in a taxi in Madrid in 2022",
        ),
        (
            "User took out a 15,000-pound car loan in 2023",
            "User borrowed 15,000 pounds for a car in 2023",
        ),
        # From the HELDOUT31 study: "second-hand" is no second of anything.
        (
            "User got their used Triumph Bonneville in 2021 for 5,500 pounds",
            "User bought a second-hand Triumph Bonneville for 5,500 pounds in 2021",
        ),
        # From the HELDOUT30 study: a runner-up came second.
        ("User came second in the bake-off in 2023", "User was runner-up in the bake-off in 2023"),
        # From the HELDOUT29 study: what is offered to the user is no offer of theirs.
        (
            "User is on the waiting list for an allotment",
            "User is waiting to be offered an allotment",
        ),
        # From the HELDOUT27 study: the days of the week are weekdays.
        ("User does yoga before work on weekdays", "Monday to Friday, User does yoga before work"),
        # From the HELDOUT26 study: who does an act is its doer's noun.
        (
            "User collects first-edition Agatha Christie novels",
            "User is a collector of first-edition Agatha Christie novels",
        ),
        # From the HELDOUT83 study: "is the parent of" says what the user is, as "is a"
        # does, and names no one else.
        ("User has 2 daughters", "User is the parent of 2 daughters"),
        # From the HELDOUT85 study: "no longer" is one negation, as "doesn't ... any more"
        # is; "will be playing" on a date is the plan "is playing" is, no wish; a clock's
        # part of the day against one named the same is no other part (a guard).
        (
            "User no longer needs glasses for driving since their cataract operation",
            "User doesn't need glasses to drive any more since their cataract operation",
        ),
        (
            "User's ukulele group is playing a set of Beatles songs at the summer fair on 12 July",
            "User's ukulele group will be playing a set of Beatles songs at the summer fair on "
            "12 July",
        ),
        (
            "User has booked a table for 8 at the Crown for Sunday lunch at 1pm",
            "User has booked a table for 8 at the Crown for Sunday lunch at one o'clock",
        ),
        # From the HELDOUT86 study: a job offered to the user is no intent of theirs.
        (
            "User has been offered a bus driver job with Arriva at the Dunstable depot",
            "Arriva have offered User a bus driver job at the Dunstable depot",
        ),
        # From the HELDOUT92 study: a thing called off, said in the passive or done to
        # "their" thing or to doing it, is one negation each way.
        (
            "User had to cancel their blood donation in Bury because they had a tattoo in May",
            "User's blood donation in Bury had to be cancelled since they'd had a tattoo in May",
        ),
        (
            "User's blood donation in Bury had to be cancelled because they had a tattoo in May",
            "User got a tattoo in May, which is why they had to cancel giving blood in Bury",
        ),
        # From the HELDOUT93 study: given "by their physiotherapist" is what their
        # physiotherapist gave; "their physio" is their physiotherapist; "finished
        # runner-up" is second; a number with its unit in one word is the number.
        (
            "User's physiotherapist gave them a green resistance band for their exercises",
            "User was given a green resistance band by their physio for their exercises",
        ),
        (
            "User's sister Nadia gave them a silver locket for their 21st birthday",
            "User got a silver locket from their sister Nadia for their 21st birthday",
        ),
        (
            "User's barbershop quartet came second at the regional contest in October",
            "User's barbershop quartet finished runner-up at the regional contest in October",
        ),
        (
            "User and others laid a concrete base for their new 8 by 6 foot shed",
            "User and others laid a concrete base for their new 8ft by 6ft shed",
        ),
        # From the HELDOUT94 study: "which he says will take" opens what he says, no question
        # (a question's "will" is no one's intent: "over which of them should fund", a guard).
        (
            "The builder started on User's porch on 3 March, and he says it'll take 3 weeks",
            "The builder started on User's porch on 3 March, which he says will take 3 weeks",
        ),
        (
            "User and Colin fell out in 2021 over who should pay for a new fence",
            "User and Colin fell out in 2021 over which of them should pay for a new fence",
        ),
        # From the HELDOUT91 study: "at 20 to 11" is the clock's 10.40.
        (
            "User's eye clinic appointment is at 10.40am on Thursday 9 October",
            "User's appointment at the eye clinic is at 20 to 11 on Thursday 9 October",
        ),
        # From the HELDOUT103 study: "every 2 weeks" and "once a fortnight" are fortnightly; a
        # month's possessive says the month; "the Players' panto" names the Players.
        (
            "User scrubs out their bird feeder every 2 weeks to stop the finches catching it",
            "User scrubs out their bird feeder once a fortnight to stop the finches catching it",
        ),
        (
            "User has entered 2 jars of their marmalade in the Marmalade Awards in March",
            "User has entered 2 jars of their marmalade in March's Marmalade Awards",
        ),
        (
            "User is playing Widow Twankey in the Sedbergh Players' Aladdin in December",
            "User is playing Widow Twankey when the Sedbergh Players put on Aladdin in December",
        ),
        # From the HELDOUT105 study: "so it'll be ready" says what it is for, no intent.
        (
            "User puts a beef stew in the slow cooker at 9am, as that way it's ready for tea",
            "User puts a beef stew in the slow cooker at 9am, so it'll be ready for tea",
        ),
        # From the HELDOUT118 study: "now" moved is no thing swapped.
        (
            "User chipped the gravy boat's handle last Easter, so now they only use it for custard",
            "User chipped the gravy boat's handle last Easter, so they now only use it for custard",
        ),
        # From the HELDOUT117 study: "up it" is a way, no phrasal verb; a thing mounted
        # "on" a wall is fixed "to" it.
        (
            "User fixed a 6-foot trellis to the garage wall so the clematis could climb it",
            "User fixed a 6-foot trellis to the garage's wall so that the clematis could climb "
            "up it",
        ),
        (
            "User mounted a Hozelock hose reel on the wall beside the outside tap last weekend",
            "User fixed a Hozelock hose reel to the wall by the outdoor tap last weekend",
        ),
        # From the HELDOUT116 study: a clothes horse is no horse, nor is a board stored
        # folded a past; "User and others put" with a month named is a past.
        (
            "User and others dry their washing on a 3-tier Addis clothes horse in the conservatory",
            "User and others dry their washing on a 3-tier Addis airer in the conservatory",
        ),
        (
            "User keeps their ironing board, folded up, behind the spare room door",
            "User stores their ironing board, folded up, behind the spare room door",
        ),
        (
            "User and others fitted a brush draught excluder on the bottom of the front door in "
            "November 2026",
            "User and others put a brush draught excluder on the bottom of the front door in "
            "November 2026",
        ),
        # From the HELDOUT119 study: "used to" in one and not the other is no sign when the
        # other says no present either (a guard).
        (
            "User used to cycle to work before they moved to Leeds",
            "User cycled to work before they moved to Leeds",
        ),
        # From the HELDOUT115 study: "next door" and "next to" are places, no "next" of a
        # time to come.
        ("User's mum lives next door to them", "User's mum lives right beside them"),
        ("User has lived next door to Sam since 2010", "User has lived beside Sam since 2010"),
        # From the HELDOUT111 study: money spent on a thing "from" a shop is paid for it
        # "at" the shop, and "User put" before "in March" is a past.
        (
            "User spent 85 pounds on a magnetic travel chess set from a shop in Brighton",
            "User spent 85 pounds on a magnetic travel chess set at a shop in Brighton",
        ),
        (
            "User laid a sandstone patio in their back garden in May",
            "User put down a sandstone patio in their back garden in May",
        ),
        # From the HELDOUT110 study: a thing purchased "at" a shop is bought "from" it, 5pm
        # is in the afternoon, a want after "because" is a reason and no wish, and "they
        # keep" after ", and" is the verb said alone.
        (
            "User purchased a yellow Cressi snorkel from Decathlon for 24 pounds",
            "User purchased a yellow Cressi snorkel at Decathlon for 24 pounds",
        ),
        (
            "User's daughter Ellie does a hula hoop class on Wednesdays at 5pm",
            "User's daughter Ellie does a hula hoop class every Wednesday at 5 in the afternoon",
        ),
        (
            "User bought a weighted hula hoop on Amazon to help with their core strength",
            "User bought a weighted hula hoop on Amazon because they wanted help with their "
            "core strength",
        ),
        # From the HELDOUT109 study: "3-tiered" is no past, "'s had" is "has had", a full
        # day is 24 hours.
        (
            "User uses their gran's 3-tier china cake stand whenever they have afternoon tea",
            "User brings out their gran's 3-tiered china cake stand any time they have "
            "afternoon tea",
        ),
        (
            "User's green wheelbarrow has had a flat tyre since October",
            "User's green wheelbarrow's had a flat tyre since October",
        ),
        (
            "User's ice cream maker's bowl has to sit in the freezer for 24 hours",
            "User's ice cream maker's bowl has to sit in the freezer for a full day",
        ),
        # From the HELDOUT108 study: a spouse's father is a father-in-law, a grandfather
        # clock no kin, waking someone no time of day, "inside" a place "in" it.
        (
            "User's husband's father gave them his oak rocking chair in 2025",
            "User's father-in-law gave them his oak rocking chair in 2025",
        ),
        (
            "User's grandfather clock was made by a clockmaker in Kendal in about 1790",
            "User's longcase clock was built by a clockmaker in Kendal circa 1790",
        ),
        (
            "User switches off the cuckoo at 10pm every night so it doesn't wake the baby",
            "User turns off the cuckoo at 10pm each night so that the baby isn't woken",
        ),
        (
            "User winds their grandfather clock with a brass key kept in its case",
            "User winds their grandfather clock with a brass key kept inside its case",
        ),
        # From the HELDOUT159 study: a choir named at length is one group, sung "in" or
        # "with".
        (
            "User sings bass in the Fowey River Shanty Men, who rehearse at the Ship Inn",
            "User sings bass with the Fowey River Shanty Men, who rehearse at the Ship Inn",
        ),
        # From the HELDOUT158 study: initials spelled out are one name, read as names are
        # ("BCSS" had been read as "bcs"); where in a place is no place (a guard).
        (
            "User bought a cactus at the British Cactus and Succulent Society show in Norwich",
            "User bought a cactus at the BCSS show in Norwich",
        ),
        (
            "User keeps their bike in the shed behind their house",
            "User keeps their bike in the shed at the back of their house",
        ),
        # From the HELDOUT157 study: a place of the user's ends before the verb after it
        # ("on User's campervan broke down" had been read as a place, "down").
        (
            "The wheelchair lift on User's campervan broke down at a campsite near Keswick",
            "The wheelchair lift on User's campervan packed up at a campsite near Keswick",
        ),
        # From the HELDOUT156 study: a year with "'s" is still its number; a past verb with
        # an adverb before it is still read after who did it.
        (
            "User completed April 2026's 3 Peaks Race in Yorkshire in 4 hours and 12 minutes",
            "User finished the 3 Peaks Race in Yorkshire in 4 hours and 12 minutes in April 2026",
        ),
        (
            "User badly cut their thumb with their hook knife in October and needed 4 stitches",
            "User cut their thumb badly with their hook knife in October and needed 4 stitches",
        ),
        # (a guard: an adverb before any other past leaves it as it was read; a first try
        # read "User finally met" as a past and "User and their friend Tomasz finally met"
        # not)
        (
            "User finally met their friend Tomasz in person in Krakow in August 2022",
            "User and their friend Tomasz finally met in person in Krakow in August 2022",
        ),
        # From the HELDOUT163 study: a thing made "by their grandad" is made by the user's,
        # as "by User's grandad" is (the second had read as the user's own act); "the pair
        # of" rods are 2, as "a pair of" them are.
        (
            "User's wooden toboggan, which their grandad built in 1962, hangs on the wall of "
            "their garage",
            "The wooden toboggan that hangs on User's garage wall was built by User's grandad "
            "in 1962",
        ),
        (
            "User uses a pair of brass dowsing rods that their uncle Derek made for them in 1994",
            "User's pair of brass dowsing rods was made for them by their uncle Derek in 1994",
        ),
        # (and the "by" may come a few words after the verb: a first try read only the next
        # word, and split HELDOUT116's knitted cover)
        (
            "User's hot water bottle has a knitted cover that their aunt Sheila made in bright "
            "orange wool",
            "The knitted cover on User's hot water bottle was made in bright orange wool by "
            "User's aunt Sheila",
        ),
        # From the HELDOUT165 study: a name after "called" is no verb of its own ("Nibbles"
        # had hidden the past of "chewed"); and (guards, merged before and kept so) a thing
        # that got done to it is past as one that was, and a display that high winds got
        # called off was called off (now read as cancelled).
        (
            "A pygmy goat called Nibbles chewed through the strap of User's yoga mat bag last "
            "Saturday",
            "The strap of User's yoga mat bag was chewed through by a pygmy goat called Nibbles "
            "last Saturday",
        ),
        (
            "A pygmy goat called Nibbles chewed through the strap of User's yoga mat bag last "
            "Saturday",
            "The strap on User's yoga mat bag got chewed through by a pygmy goat named Nibbles "
            "last Saturday",
        ),
        (
            "User's village fireworks display was called off on 7 November because of high winds",
            "High winds got User's village fireworks display called off on 7 November",
        ),
        (
            "User rings for the Sunday service at their parish church every other week",
            "User rings for the Sunday service once a fortnight at their parish church",
        ),
        # From the HELDOUT187 study: what a thing is like, in another order ("a black 3mm
        # wetsuit"), is the same thing.
        (
            "User wears a 3mm black C-Skins wetsuit and a pair of green Mares flippers for bog "
            "snorkelling",
            "User wears a black 3mm C-Skins wetsuit and green Mares flippers for bog snorkelling",
        ),
        # From the HELDOUT184 study: second of 14 teams is second out of them.
        (
            "User's bhangra team Jugni Crew finished second of 14 teams at the Bhangra Showdown "
            "in Birmingham in April",
            "User's bhangra team, Jugni Crew, came second out of 14 teams at the Bhangra "
            "Showdown in Birmingham in April",
        ),
        # From the HELDOUT183 study: a word of a thing's look is no past verb ("his
        # diamond-shaped kite").
        (
            "User's grandson Otis and they fly his yellow diamond-shaped kite each Saturday "
            "afternoon on Parliament Hill",
            "User's grandson Otis and they fly his yellow diamond kite on Parliament Hill every "
            "Saturday afternoon",
        ),
        # From the HELDOUT182 study: a buddy is a friend; a pen pal is no "pal" of a sign (a
        # guard).
        ("User's buddy Steve lives in Hull", "User's friend Steve lives in Hull"),
        (
            "User's pen pal in Chile gets a letter from them every month",
            "User writes a letter to their pen pal in Chile every month",
        ),
        # From the HELDOUT181 study: fined "for turning up" late is no change under way.
        (
            "User got fined £40 for turning up late to jury service",
            "User got fined £40 for arriving late to jury service",
        ),
        # From the HELDOUT180 study: going to a class of a thing is going to the thing; a
        # group organised by someone is run by them; "from half 7" is from 7.30.
        (
            "User goes to a reformer Pilates class with their friend Leanne every Saturday at 8 am",
            "User goes to reformer Pilates each Saturday at 8 in the morning with their friend "
            "Leanne",
        ),
        (
            "User's wild swimming group is run by a retired GP called Moira who lives in Ilkley",
            "User's wild swimming group is organised by Moira, a retired GP who lives in Ilkley",
        ),
        (
            "User goes to bell ringing practice at St Mary's in Thame on Thursday evenings from "
            "half 7 to 9",
            "User goes to bell ringing practice at St Mary's in Thame on Thursday evenings from "
            "7.30 to 9 pm",
        ),
        # From the HELDOUT179 study: a clock's hour with or without its nought; a thing that
        # gave out part-way failed; what doing a thing cost is what was paid to do it; a fee a
        # thing cost is what it cost; time run behind is time run late.
        (
            "User does the Times sudoku on the 07:42 train to Waterloo every weekday morning",
            "User does the sudoku in the Times on the 7.42 to Waterloo each weekday morning",
        ),
        (
            "The Doepfer power supply in User's modular synthesizer failed in the middle of a gig "
            "at the Leadmill in Sheffield in August",
            "User's modular synth's Doepfer power supply gave out mid-gig at Sheffield's Leadmill "
            "in August",
        ),
        (
            "User and others paid £180 to hire a karaoke DJ for their street party on Elm Grove "
            "in July",
            "User and others paid 180 pounds to hire a karaoke DJ for their Elm Grove street party "
            "in July",
        ),
        (
            "The judo grading fee for User's son Alfie's yellow belt at Cheltenham Judo Club was "
            "£28",
            "User's son Alfie's judo grading for his yellow belt at Cheltenham Judo Club cost a "
            "fee of 28 pounds",
        ),
        (
            "User paid 9 pounds to park at Addenbrooke's when their outpatient appointment ran 2 "
            "hours late",
            "User paid 9 pounds for parking at Addenbrooke's when their outpatient appointment "
            "there ran 2 hours behind",
        ),
        # From the HELDOUT178 study: a tour gone on is one taken; a place in figures is the
        # place in words; a thing that burst "in July" did so then, as one that exploded;
        # "finished last Sunday" is no last place.
        (
            "User and their husband Graham took a helicopter tour over the Grand Canyon for "
            "their 25th wedding anniversary in September",
            "User and their husband Graham went on a helicopter tour over the Grand Canyon for "
            "their 25th wedding anniversary in September",
        ),
        (
            "User came third out of 48 players at a Warhammer tournament in October",
            "User came 3rd out of 48 players in a Warhammer tournament in October",
        ),
        (
            "User's wife Sarah finished 4th in the Olney Pancake Race this year",
            "Sarah, User's wife, came in 4th in the Olney Pancake Race this year",
        ),
        (
            "The calico cover of User's coracle split while User was paddling in July",
            "User's coracle's calico cover split while they were paddling in July",
        ),
        (  # (a guard: one of the user's people who set a record in June)
            "User's son Alfie's pogo stick record is 312 bounces, set on their drive in June",
            "User's son Alfie set his pogo stick record of 312 bounces on their drive in June",
        ),
        (
            "A bottle of User's homemade ghost pepper sauce exploded in the kitchen cupboard in "
            "July",
            "A bottle of User's home-made ghost pepper sauce burst in the kitchen cupboard in July",
        ),
        (
            "User's D&D campaign, Curse of Strahd, finished last Sunday after running for 3 years",
            "User's D&D campaign, Curse of Strahd, finished after running for 3 years last Sunday",
        ),
        # From the HELDOUT177 study: reps are repeats; "the over-forties" are the over-40s;
        # plural things of the user's with a place after them cost now, as without one.
        (
            "User does hill reps up Latrigg with Keswick Athletic Club every Wednesday evening "
            "at 6:30 pm",
            "User does hill repeats up Latrigg each Wednesday at half past 6 in the evening "
            "with Keswick Athletic Club",
        ),
        (
            "User finished 9th in the over-40s race at the cyclocross round in Derby's "
            "Markeaton Park on 15 November",
            "User got 9th place in the over-forties race at the cyclocross round in Derby's "
            "Markeaton Park on the 15th of November",
        ),
        (
            "User's aerial silks classes at Flying Fantastic in Manchester cost £22 for a "
            "75-minute session",
            "User's aerial silks classes cost £22 for each 75-minute session at Flying "
            "Fantastic in Manchester",
        ),
        # (guards: "non-stop" against no bare "stop"; a schoolmate is a school friend; a
        # clause before "cost" keeps its own thing)
        (
            "User's son Alfie set his record of 312 non-stop bounces on the pogo stick",
            "User's son Alfie set his record of 312 bounces in a row on the pogo stick",
        ),
        (
            "An old school friend of User's, Nadia, is User's accountant",
            "User uses their old schoolmate Nadia as their accountant",
        ),
        (
            "The alterations to User's wedding dress cost 280 pounds and User's final fitting "
            "is on 2 August",
            "User's final fitting is on 2 August, and the alterations to their wedding dress "
            "cost 280 pounds",
        ),
        # From the HELDOUT176 study: a thing bought "costing" a price, or as a present for
        # someone, was bought for it and for them; water given to a plant is watering it; a
        # high score got is one set.
        (
            "User bought a white Phalaenopsis orchid from Waitrose for £14.99 for their mum's "
            "70th birthday",
            "User bought a white Phalaenopsis orchid costing £14.99 at Waitrose as a present "
            "for their mum's 70th birthday",
        ),
        (
            "User's Dendrobium orchid got root rot in June because they'd been watering it 2 "
            "times a week",
            "User's Dendrobium orchid developed root rot in June because they'd been giving it "
            "water 2 times a week",
        ),
        (
            "User set the high score of 412 million on the Medieval Madness machine in the "
            "arcade on Brighton Pier in September",
            "User got the high score, 412 million, on the Medieval Madness machine in the "
            "arcade on Brighton Pier in September",
        ),
        # From the HELDOUT173 study: "mates" are "friends" (the plural kept); a past said
        # after someone's father-in-law is a past; a pair of shoes is no number.
        (
            "User plays mahjong with 3 friends at the community centre every Tuesday evening",
            "User plays mahjong with 3 mates every Tuesday evening at the community centre",
        ),
        (
            "User's telescope is a 130mm Meade reflector that their father-in-law Keith gave "
            "them for their 50th birthday",
            "User's father-in-law Keith gave them a 130mm Meade reflector for their 50th "
            "birthday, which is their telescope",
        ),
        (
            "User bought a pair of black Bleyer saddle shoes for £95",
            "User bought some black Bleyer saddle shoes for £95",
        ),
        # From the HELDOUT172 study: a quarter-of-an-hour thing is a 15-minute one; half a
        # kilo is 500 grams; who teaches the user a thing is their teacher of it, and a name
        # before who it is in more words reads as after it.
        (
            "User and others paid 140 euros for a 15-minute parasailing flight for 2",
            "User and others paid 140 euros for a quarter-of-an-hour parasailing flight for 2",
        ),
        (
            "User bought a 500g ring of cooking chorizo from Brindisa for £9.50",
            "User bought a half-kilo ring of cooking chorizo from Brindisa for £9.50",
        ),
        (
            "User's oboe teacher, Mrs Pritchard, charges them £38 for a 45-minute lesson",
            "Mrs Pritchard, who teaches User the oboe, charges them 38 quid for a "
            "three-quarter-of-an-hour lesson",
        ),
        (
            "User's Argentine tango teacher, Valeria, grew up in Rosario and has been dancing "
            "since she was 6",
            "Valeria, User's Argentine tango teacher, grew up in Rosario, and she's been "
            "dancing since she was 6",
        ),
        # From the HELDOUT171 study: scoring twice is scoring 2 goals; "each" before what
        # was paid leaves it past.
        (
            "User's son Callum scored 2 times for Kingussie Under-14s in the shinty final",
            "User's son Callum scored 2 goals for Kingussie Under-14s in the shinty final",
        ),
        (
            "User and others paid €135 each for a bobsleigh ride at La Plagne in February 2026",
            "User and others each paid 135 euros for a bobsleigh ride at La Plagne in February "
            "2026",
        ),
        # From the HELDOUT164 study (a guard): "half" is a sign, and halfway through a course
        # is half of it done.
        (
            "User is halfway through a 6-week course of physio at Hereford County Hospital",
            "User's 6-week course of physio at Hereford County Hospital is half done",
        ),
        # From the HELDOUT195 study: aiming at a target is no intent; a thing "over" another
        # is no preference (found in the full run: the first version had kept these apart).
        (
            "User built a cedar pergola over their patio in Harrogate for about 1,400 pounds",
            "User built a cedar pergola over their Harrogate patio for roughly £1,400",
        ),
        (
            "The nurse at User's GP surgery measured User's blood pressure at 142 over 91",
            "The nurse at User's GP surgery took User's blood pressure and it was 142 over 91",
        ),
        (
            "User practises knife throwing from 4 metres at a poplar target in their back "
            "garden every Wednesday evening",
            "User practises their knife throwing in their back garden each Wednesday evening, "
            "aiming at a poplar target from 4 metres away",
        ),
        # From the HELDOUT193 study: who is with the user on one side is no one alone where
        # they do it "with them" on the other (a guard).
        (
            "User and their sister Janet are booked on a bushcraft course on Mull",
            "User's sister Janet is booked on a bushcraft course on Mull with them",
        ),
        (  # (found in the full run: the user said after an "and", further on)
            "User and their husband Graham took a helicopter tour over the Grand Canyon",
            "User's husband Graham and a helicopter tour over the Grand Canyon they took",
        ),
        # From the HELDOUT192 study: a thing named by its stuff on one side is no sign
        # where the other side says the stuff in the same place as no thing of its own
        # (guards, found in the full run: "the Commonwealth", "see Aladdin", "ringing
        # birds", "upgraded free").
        (
            "User's stamp collection has 1,200 stamps in it, all from Commonwealth countries",
            "User has 1,200 stamps in their collection and they're all from the Commonwealth",
        ),
        (
            "User went to see Aladdin at the Theatre Royal Nottingham in December 2023",
            "User went to the Aladdin panto at Nottingham's Theatre Royal in December 2023",
        ),
        (
            "User goes bird ringing at Titchwell Marsh every Sunday morning",
            "User goes ringing birds at Titchwell Marsh every Sunday morning",
        ),
        (
            "User and others got a free upgrade to a balcony cabin on their 2023 Caribbean cruise",
            "User and others got upgraded free to a balcony cabin on their 2023 Caribbean cruise",
        ),
        # From the HELDOUT191 study: the user's thing bought, with no one else named, they
        # bought; entering a contest is under way however it is said; "from 4 m of
        # guttering" is no time from which.
        (
            "User has an Anschütz 1827F biathlon rifle with a walnut stock, which they bought "
            "second-hand for £2,300",
            "User's Anschütz 1827F biathlon rifle, with its walnut stock, was bought second-hand "
            "for £2,300",
        ),
        (
            "User is going to enter the British Biathlon Championships at Ruhpolding in January "
            "2027",
            "User will be entering the British Biathlon Championships in Ruhpolding in January "
            "2027",
        ),
        (
            "User's son Ollie built a hydroponic strawberry system from 4 metres of guttering in "
            "their greenhouse last summer",
            "User's son Ollie made the hydroponic strawberry system in their greenhouse last "
            "summer, using 4 metres of guttering",
        ),
        # From the HELDOUT106 study: "Ace Skip Hire for 280 pounds to clear out" lets nothing
        # out.
        (
            "User got a skip from Ace Skip Hire for 280 pounds to clear out their garage",
            "User got a skip for 280 pounds to clear out their garage from Ace Skip Hire",
        ),
        # From the HELDOUT104 study: a thing bought "at" a shop is bought "from" it.
        (
            "User bought black Bloch tap shoes for 45 pounds from Dancewear Central",
            "User bought black Bloch tap shoes for 45 pounds at Dancewear Central",
        ),
    ],
)
def test_paraphrases_show_no_sign_of_another_fact(a: str, b: str) -> None:
    assert not differs(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("User lives in Paris", "User's sister lives in Paris"),  # another subject
        ("User lives in Paris", "User lived in Paris until 2019"),  # tense, numbers
        ("User keeps bees", "User kept bees"),  # irregular past
        ("User lives in Paris", "User doesn't live in Paris"),  # negation
        # From the HELDOUT158 study: a part of a place of the user's, or a place by it, is
        # where they keep a thing ("on the windowsills of their house" had merged with "in
        # the lean-to greenhouse behind their house"); where in a place is said of the place
        # before it ("the greenhouse at the bottom of their garden" is a greenhouse).
        (
            "User keeps 140 cacti in the lean-to greenhouse behind their house in Lowestoft",
            "User keeps 140 cacti on the windowsills of their house in Lowestoft",
        ),
        (
            "User grows chillies in the greenhouse at the bottom of their garden",
            "User grows chillies on the windowsill in their kitchen",
        ),
        # From the HELDOUT69 study: a part of a thing is not the thing, when the same verb
        # follows (the skylight told apart before only by "started to", read since as no
        # thing begun); a deal wished for is not under way; money taken in is not paid.
        (
            "User's wooden greenhouse blew over in Storm Ciaran in November 2023",
            "The door of User's wooden greenhouse blew off in Storm Ciaran in November 2023",
        ),
        (
            "User's garage's flat roof started to leak after the heavy rain on 9 October",
            "The skylight in the flat roof on User's garage started leaking after the heavy "
            "rain on 9 October",
        ),
        (
            "User is selling their hand-knitted tea cosies at the Lincoln Christmas Market",
            "User would like to sell their hand-knitted tea cosies at the Lincoln Christmas Market",
        ),
        (
            "User's stall at the Winchester Christmas Market cost 1,200 pounds for the whole 6 "
            "weeks",
            "User's stall at the Winchester Christmas Market took 1,200 pounds over the whole 6 "
            "weeks",
        ),
        # From the HELDOUT77 study: a private lesson is not a group one.
        (
            "User has a 30-minute private riding lesson at Brook Farm every Wednesday",
            "User has a 30-minute group riding lesson at Brook Farm every Wednesday",
        ),
        # From the HELDOUT76 study: an order cancelled was not placed after all.
        (
            "User has ordered a 4-tier wedding cake from Crumbs bakery for 480 pounds",
            "User has cancelled their order for a 4-tier wedding cake from Crumbs bakery for "
            "480 pounds",
        ),
        # From the HELDOUT74 study: a thing of someone of the user's, named only on one
        # side, is theirs (WordNet tells a person: a "bassist").
        (
            "User's Fender Blues Junior amp blew a valve during their gig on Saturday",
            "User's bassist's Fender Blues Junior amp blew a valve during their gig on Saturday",
        ),
        # From the HELDOUT73 study: finished building is not building; a lance corporal is
        # no corporal; elected is not co-opted.
        (
            "User is building a model of Barmouth station for the railway in their garage",
            "User has finished building a model of Barmouth station for the railway in their "
            "garage",
        ),
        (
            "User's son Jamie is a lance corporal in the Royal Engineers",
            "User's son Jamie is a corporal in the Royal Engineers",
        ),
        (
            "User was co-opted onto Great Shelford Parish Council in January 2024",
            "User was elected onto Great Shelford Parish Council in January 2024",
        ),
        # From the HELDOUT71 study: an application made is a request, not a plan (a guard:
        # with an adverb between, "has just applied", still no job started).
        (
            "User has applied for a replacement passport after losing theirs on a train",
            "User is going to apply for a replacement passport after losing theirs on a train",
        ),
        (
            "User's new job, which they've just started, is as a claims handler at Ageas",
            "User has just applied for a new job as a claims handler at Ageas",
        ),
        # From the HELDOUT70 study: a request made is not one planned (a guard: with a
        # request read as intent they were one); once a term is no week.
        (
            "User has asked to defer their jury service because it clashes with their operation",
            "User is planning to ask to defer their jury service because it clashes with their "
            "operation",
        ),
        (
            "User visits Brookfield Primary in Kendal once a term",
            "User visits Brookfield Primary in Kendal once a week",
        ),
        # From the HELDOUT68 study: what was done "so" is to come on one side only; what the
        # user has asked for they have not had yet.
        (
            "User's lodger Ines is moving out in August, so they've advertised her room",
            "User's lodger Ines is moving out in August, so they're going to advertise her room",
        ),
        (
            "User has had a 25 percent single person discount on their council tax",
            "User has asked for a 25 percent single person discount on their council tax",
        ),
        # From the HELDOUT68 study (a short one): who teaches a class, with helping verbs
        # between ("has been teaching"), is not who goes to it.
        (
            "User has been going to a beginners' boxing class every Monday since September",
            "User has been teaching a beginners' boxing class every Monday since September",
        ),
        # From the HELDOUT66 study: how many negations, not only whether there is one.
        (
            "User's puppy Nell has had her first jab but can't go out until 14 March",
            "User's puppy Nell hasn't had her first jab and can't go out until 14 March",
        ),
        # From the HELDOUT65 study: a place named, gone to on one side and come from on the
        # other.
        (
            "User's easyJet flight home from Faro was delayed by 7 hours",
            "User's easyJet flight out to Faro was delayed by 7 hours",
        ),
        ("User relocated to Denver in 2021", "User moved away from Denver in 2021"),
        # From the HELDOUT62 study: an event missed was not gone to ("missed a penalty"
        # says something else); kin stay kin ("their children's nurse").
        (
            "User graduated from Cardiff University in a ceremony at St David's Hall in 2015",
            "User missed their Cardiff University graduation ceremony at St David's Hall in 2015",
        ),
        (
            "User was at Latitude Festival and watched George Ezra headline in 2019",
            "User missed George Ezra's headline set at Latitude Festival in 2019",
        ),
        ("User knows a children's nurse", "User knows their children's nurse"),
        # From the HELDOUT61 study: "pulled out of" a race is not having run it.
        (
            "User got round the Tough Mudder at Drumlanrig Castle in 2018",
            "User pulled out of the Tough Mudder at Drumlanrig Castle in 2018",
        ),
        # From the HELDOUT59 study: a name ending as a past does, after "at", is no verb
        # ("at Pencoed House"), so a wedding being planned is not one that was.
        (
            "User's wedding at Pencoed House near Cardiff had 120 guests",
            "User and others are having 120 guests at their wedding at Pencoed House",
        ),
        # From the HELDOUT57 study: a lift got "from" someone far down the sentence is not
        # one given; and two guards, kept apart before by the voice alone: another thing
        # said in the passive, and a thing done by someone else.
        (
            "User gets a lift to their Wrexham office every morning from their colleague Bethan",
            "User gives their colleague Bethan a lift to their office in Wrexham every morning",
        ),
        (
            "User's Panasonic bread maker was bought from Argos in 2020",
            "User bought a Panasonic rice cooker from Argos in 2020",
        ),
        (
            "User's parcel of new trainers was opened by mistake by their neighbour",
            "User opened a parcel of new trainers meant for their neighbour by mistake",
        ),
        # From the HELDOUT56 study: a side after "upper" or "lower".
        (
            "User's upper right molar was extracted by Dr Patel at Kingsway Dental in June 2024",
            "Dr Patel at Kingsway Dental took out User's upper left molar in June 2024",
        ),
        # From the HELDOUT55 study (a guard): "over" before years stays a bound.
        ("User has lived in Leeds for 2 years", "User has lived in Leeds for over 2 years"),
        ("User likes jazz", "User hates jazz"),  # polarity
        ("User lives in Paris", "User wants to live in Paris"),  # intent
        # From the HELDOUT52 study: a summons put off is not one excused; an award won is
        # not one nominated for (a guard: a tense told them apart before).
        (
            "User had their jury summons for Manchester Crown Court deferred in 2022",
            "User was excused from their jury summons for Manchester Crown Court in 2022",
        ),
        (
            "The Unsung Hero award at the 2023 office Christmas party went to User",
            "At User's 2023 work Christmas party, User was nominated for the Unsung Hero award",
        ),
        # From the HELDOUT51 study: who sang in a concert did not go to watch it; who
        # "chickened out of" a walk did not go on it.
        (
            "User performed with their choir at Gloucester Cathedral in December 2023",
            "User went to watch their choir's concert at Gloucester Cathedral in December 2023",
        ),
        (
            "User went on a ghost walk around York city centre on Halloween night in 2022",
            "User chickened out of a ghost walk around York city centre on Halloween night 2022",
        ),
        # From the HELDOUT50 study: a place of the user's said with "into" or "out of", by
        # its compound when WordNet knows one ("living room"); put in or taken out; "missed
        # out on" an award; a list of names with one more; the user's thing with a word
        # after it that makes another thing; and two guards, last: renting against letting
        # out, "turned User down" (each kept apart by another sign before).
        (
            "User and others had a Stovax log burner fitted in their kitchen in 2022",
            "User and others got a Stovax log burner put into their living room in 2022",
        ),
        (
            "User keeps their bike in their kitchen",
            "User keeps their bike out of their living room",
        ),
        (  # put in, or taken out
            "User and others got a Stovax log burner put into their living room in 2022",
            "User and others had a Stovax log burner taken out of their living room in 2022",
        ),
        (
            "User was awarded their Chief Scout's Gold Award in 2006",
            "User just missed out on their Chief Scout's Gold Award in 2006",
        ),
        (
            "User and others adopted rescue hens Peggy, Dot and Mabel from the Hen Welfare Trust",
            "User and others adopted rescue hens Peggy and Dot from the Hen Welfare Trust",
        ),
        (
            "User's first job interview was for a Saturday job at Woolworths when they were 15",
            "User's first job was a Saturday job at Woolworths when they were 15",
        ),
        (
            "User rents out their holiday cottage in Padstow for 145 pounds a night",
            "User rents a holiday cottage in Padstow for 145 pounds a night",
        ),
        (
            "User was offered the project manager job at Arup after their second interview",
            "Arup turned User down for the project manager job after User's second interview",
        ),
        # From the HELDOUT49 study: someone did it to the user, or the user did it.
        (
            "Someone reversed into User's Ford Fiesta in March 2024 and Direct Line paid for it",
            "User reversed into a Ford Fiesta in March 2024 and Direct Line paid for it",
        ),
        # From the HELDOUT48 study: a used thing after someone's ("their mum's used ...").
        (
            "User's mum's used mobility scooter cost them 1,800 pounds when they bought it in 2022",
            "User bought their mum a brand-new mobility scooter for 1,800 pounds in 2022",
        ),
        # From the HELDOUT47 study: a refund not made, when something else was cancelled;
        # who ran a coffee morning put it on.
        (
            "Avanti refunded User 38 pounds after a strike cancelled their train to Glasgow",
            "Avanti still hasn't refunded User's 38 pounds after a strike cancelled their train",
        ),
        (
            "User ran a coffee morning in their village hall that raised 312 pounds",
            "User went to a coffee morning in their village hall that raised 312 pounds",
        ),
        # From the HELDOUT46 study: a thing started is not one had.
        (
            "User got a Google Data Analytics certificate through Coursera in 2023",
            "User started a Google Data Analytics certificate through Coursera in 2023",
        ),
        # From the HELDOUT45 study: which kind of rate.
        (
            "User and others remortgaged with Nationwide in 2024 at a fixed rate of 4.09 percent",
            "User and others remortgaged with Nationwide in 2024 on a tracker rate of 4.09 percent",
        ),
        # From the HELDOUT44 study: what was cancelled did not happen.
        (
            "User went on a hot air balloon ride over the Cotswolds for their 50th birthday",
            "User's hot air balloon ride over the Cotswolds for their 50th birthday was cancelled",
        ),
        # From the HELDOUT43 study: "missed seeing" is no seeing.
        (
            "User saw their favourite band, the Stone Roses, at Heaton Park in 2012",
            "User missed seeing their favourite band, the Stone Roses, at Heaton Park in 2012",
        ),
        # From the HELDOUT42 study: a place of the user's on each side that the other does
        # not name, and WordNet finds not alike.
        (
            "User keeps 6 hives of bees on their allotment in Chorlton",
            "User keeps 6 beehives in their back garden in Chorlton",
        ),
        (
            "User runs a Home Assistant server on a Raspberry Pi in their hallway cupboard",
            "User runs a Home Assistant server on a Raspberry Pi in their garage",
        ),
        # From the HELDOUT41 study: which way a thing or money went; kept or thrown away;
        # who taught a course and who took it; a thing of the user's described by an
        # "-ed" word is no past ("User's bearded dragon"); the last pair is a guard: an
        # "-ed" word's side ("left") is read after "User's".
        (
            "User got a silver locket from their sister Nadia when they turned 21",
            "User gave their sister Nadia a silver locket for her 21st birthday",
        ),
        (
            "User was given a silver locket by their sister Nadia for their 21st birthday",
            "User gave their sister Nadia a silver locket for her 21st birthday",
        ),
        (
            "User gets 650 pounds a month from their flatmate Ellie for the spare room",
            "User pays their flatmate Ellie 650 pounds a month for the spare room",
        ),
        (
            "User gets paid on the last Friday of the month",
            "User pays their cleaner on the last Friday of the month",
        ),
        (
            "User has kept the 23 letters their husband wrote them from Cyprus in 2009",
            "User threw away the 23 letters their husband wrote them from Cyprus in 2009",
        ),
        (
            "User did a 2-day first-aid course with St John Ambulance in Norwich in 2022",
            "User taught a 2-day first-aid course with St John Ambulance in Norwich in 2022",
        ),
        (
            "User's bearded dragon, Ziggy, lives in a 4-foot vivarium in their bedroom",
            "User used to keep a bearded dragon called Ziggy in a 4-foot vivarium in their bedroom",
        ),
        (
            "User's left ankle has a tattoo of a swallow on it",
            "User has a tattoo of a swallow on their right ankle",
        ),
        ("User has two cats", "User has three cats"),  # numbers
        ("User lives in Paris", "User lives in London"),  # other names
        ("User drives a blue Toyota", "User drives a red Toyota"),  # colours
        ("Alice works at Google", "Bob works at Google"),  # other people
        ("User has two cats", "User has 3 cats"),  # other numbers, as words or digits
        ("User runs 5 km", "User runs ten kilometers"),
        ("User has got two cats", "User had two cats"),  # tense, "got" or not
        ("User was born in 1990", "User was born in 1991"),
        ("User plays tennis on Saturdays", "User plays tennis on Sundays"),
        ("Bob gave User a gift", "Alice gave User a gift"),  # the first name is no subject
        ("Maria is User's wife", "Maria is User's sister"),
        ("User has a cat named Luna", "User had a cat named Luna"),  # past, participle or not
        ("User's sister lived in Rome", "User's sister lives in Rome"),
        ("User's older brother moved to Rome", "User's older brother lives in Rome"),
        ("User's sister's name is Maria", "User's wife's name is Maria"),  # relation + 's
        ("User's daughter's favourite colour is green", "User's favourite colour is green"),
        ("User runs in the morning", "User runs at night"),  # parts of the day
        ("User rents a car", "User has a car"),  # renting
        ("User gave up coffee", "User started drinking coffee"),  # giving up
        ("User reads on an iPad", "User reads on a Kindle"),  # a name in camel case
        ("Emily is User's sister", "Holly is User's sister"),  # names ending in "-ly"
        ("User is a waiter at a hotel", "User is a chef at a hotel"),  # what the user is
        ("User is starting a course in Rome", "User has a course in Rome"),  # not yet
        ("User speaks some Spanish", "User is fluent in Spanish"),  # how well
        ("User grows tomatoes", "User buys tomatoes"),  # made or bought
        ("User swims 2 km a day", "User walks 2 km a day"),  # by what means
        ("User stretches before bed", "User stretches when they wake up"),  # the day
        ("User saves 500 a month", "User is aiming to save 500 a month"),  # intent
        ("User has a puppy named Max", "User will get a puppy named Max"),
        ("I walk for an hour after lunch", "I'd love to walk for an hour after lunch"),
        ("User's aunt calls them every week", "User calls their aunt every week"),  # who acts
        ("My cousins visit me at Easter", "I visit my cousins at Easter"),
        ("User keeps meaning to learn Welsh", "User learns Welsh"),  # intent, obligation
        ("I should sleep 8 hours a night", "I sleep 8 hours a night"),
        ("User sprained their ankle in May", "User broke their ankle in May"),  # how hurt
        ("User ran a 5k last weekend", "User walked a 5k last weekend"),  # in the past too
        ("User walks 10 km every morning", "User runs 10 km every morning"),
        ("User and Sam have been dating for 2 years", "User and Sam are married for 2 years"),
        ("I'd already seen Rome by 2019", "I have seen Rome"),  # "'d" + participle: "had"
        ("User had eczema as a child but outgrew it", "User has had eczema since they were small"),
        ("User's cousins are getting married", "User's cousins are married"),  # under way
        ("User's uncle is getting a divorce", "User's uncle is divorced"),
        ("User eats nothing but fruit for breakfast", "User never eats fruit for breakfast"),
        ("User teaches a yoga class on Mondays", "User takes a yoga class on Mondays"),  # part
        ("User coaches a chess club", "User plays in a chess club"),
        ("User's landlord repairs the boiler", "User repairs the boiler"),  # who acts
        ("User's employer pays their train fare", "User pays their train fare"),
        # A "since" clause in front ends where the subject comes back.
        ("Since the flood, User was scared of rain", "Since the flood, User is scared of rain"),
        ("Since retiring User played golf daily", "Since retiring User plays golf daily"),
        ("User prefers tea to coffee", "User prefers coffee to tea"),  # two things swapped
        ("User flew from Oslo to Porto", "User flew from Porto to Oslo"),
        ("User cooks in Lima and sleeps in Cusco", "User cooks in Cusco and sleeps in Lima"),
        ("User swims in the lake", "User swims in the lake in summer"),  # a limit added
        ("User takes the ferry", "User takes the ferry on weekdays"),
        ("User wears a suit", "User wears a suit at work"),
        ("User naps", "User naps whenever they can"),
        ("User prefers reading to watching TV", "User would rather watch TV than read"),
        ("User would rather go by ferry than fly", "User would rather fly than go by ferry"),
        ("User prefers baking at home to buying bread", "User prefers buying bread to baking"),
        ("User prefers rice with curry to naan", "User prefers naan to rice with curry"),
        ("User repays the loan in full each month", "User repays the minimum on the loan"),
        # Under way is not yet; "would" of a wish or of what was not; from or until.
        ("User is converting the loft into a studio", "User's studio is in the loft"),
        ("User would love a bigger garden", "User's garden is big"),
        ("User's car would have been 20 this year", "User's car is 20 years old"),
        ("User lived in Leeds from the age of 6", "User lived in Leeds until the age of 6"),
        # How often, as a period: "once a week" / "once a month", also in a lunchtime.
        ("User swims at the gym once a week", "User swims at the gym once a month"),
        ("User naps on Sunday afternoons", "User naps on Sunday lunchtimes"),
        # From the HELDOUT10 study: an end, every other time, on the way to a role, how
        # often, done to the user or by them, a comparative added, a "but" that limits.
        ("User has had a wart removed from their hand", "User has a wart on their hand"),
        ("User mows the lawn every other Sunday", "User mows the lawn every Sunday"),
        ("User is running for mayor of the town", "User is the mayor of the town"),
        ("User is trying to quit sugar", "User quit sugar"),
        ("User always walks the dog", "User occasionally walks the dog"),
        ("User was interviewed by a reporter", "User interviewed a reporter"),
        ("User wants a flat with a larger balcony", "User wants a flat with a balcony"),
        ("User cycles to work, but only in summer", "User cycles to work"),
        # From the HELDOUT11 study: done by the user themselves or for them by others.
        ("User trims their own beard", "User gets their beard trimmed"),
        ("User services their own car", "User has their car serviced"),
        ("User works full-time at a library", "User works part-time at a library"),
        # From the HELDOUT12 study: a plural possessive, people the user lives with or
        # rents from, a past after what the user has, a particle that makes another verb,
        # a thing being got, an application, working towards.
        ("User's cousins' farm is in Devon", "User's farm is in Devon"),
        ("User's lodger is learning Welsh", "User is learning Welsh"),
        ("User's housemate is vegan", "User is vegan"),
        ("User's car insurance ran out in March", "User's car insurance runs out in March"),
        ("User lets out their garage", "User lets their garage"),
        ("User is getting solar panels fitted on the roof", "User has solar panels on the roof"),
        ("User has applied for a fishing licence", "User has a fishing licence"),
        ("User is working towards a black belt in judo", "User has a black belt in judo"),
        # From the HELDOUT13 study: learning is not yet doing, "sometimes" said of a
        # plain habit, a comparative of what the other says plainly, another place.
        ("User is learning to play the harp", "User plays the harp"),
        ("User rarely cycles to the office", "User cycles to the office"),
        ("User's flat is bigger than 50 square metres", "User's flat is 50 square metres big"),
        ("User's sister lives with them", "User's sister lives near them"),
        ("User works in a hospital", "User works opposite a hospital"),
        # From the HELDOUT14 study: which days, not being able, how well, where from.
        ("User walks to work every morning", "User walks to work every Tuesday morning"),
        ("User can't ride a bike", "User doesn't enjoy riding a bike"),
        ("User can't cook", "User can't cook very well"),
        ("User is sailing to Jersey on Sunday", "User is sailing back from Jersey on Sunday"),
        # From the HELDOUT15 study: unpaid work, another diet, an ending under way, hiring.
        ("User volunteers as a lifeguard at the lido", "User works as a lifeguard at the lido"),
        ("User has been pescatarian since 2019", "User has been vegetarian since 2019"),
        ("User is finishing a diploma in nursing", "User begins a diploma in nursing"),
        ("User is hiring a bookkeeper for their shop", "User is a bookkeeper for their shop"),
        # From the HELDOUT16 study: liking against a judgement, which skill of a
        # language, a bounded number, which money, once every 2 years is not twice a year.
        ("User loves the taste of coriander", "Coriander tastes awful to User"),
        ("User speaks fluent Spanish", "User reads Spanish fluently"),
        ("User pays more than $1,200 a month in rent", "User pays $1,200 a month in rent"),
        ("User has at least 3 cousins", "User has 3 cousins"),
        ("User earns 60,000 euros a year", "User earns 60,000 dollars a year"),
        ("User visits Poland once every 2 years", "User visits Poland 2 times a year"),
        # From the HELDOUT17 study: who runs a business is not who works there, a least
        # favourite is disliked, "is going to" is an intent.
        ("User runs a bike shop in Leeds", "User works at a bike shop in Leeds"),
        ("Jazz is User's least favourite music", "Jazz is User's favourite music"),
        ("User is going to sell their car", "User sells their car"),
        ("User is going to stand for the council", "User stands for the council"),
        # From the HELDOUT20 study: who lends to whom, from what into what.
        (
            "User lent their best mate 3,000 pounds",
            "User's best mate lent them 3,000 pounds",
        ),
        (
            "User translates game scripts from Korean to English",
            "User translates game scripts from English into Korean",
        ),
        # From the HELDOUT18 study: paying someone to do it, a preference's long phrases.
        ("User pays someone to clear the gutters", "User clears the gutters"),
        (
            "User would rather hang their washing outside than use a tumble dryer",
            "User would rather use a tumble dryer than hang their washing outside",
        ),
        # From the HELDOUT21 study: a purchase under way; which degree.
        ("User's car is a green 2009 Skoda Octavia", "User is buying a green 2009 Skoda Octavia"),
        ("User has a master's degree in economics", "User has a bachelor's degree in economics"),
        ("User holds a doctorate in chemistry", "User has a master's degree in chemistry"),
        # From the HELDOUT23 study: under way against done; nearly done.
        (
            "User has quilted a blanket for each grandchild",
            "User is quilting a blanket for each grandchild",
        ),
        (
            "User's house flooded on Boxing Day 2015",
            "User's house nearly flooded on Boxing Day 2015",
        ),
        # From the HELDOUT24 study: a grade, an hour's part of the day, a user's own act.
        ("User got an A in A-level Russian in 2008", "User got a C in A-level Russian in 2008"),
        ("User takes vitamin D every day", "User takes vitamin C every day"),
        ("User swims every Wednesday at 7 am", "User swims every Wednesday at 7 pm"),
        ("User swims every Wednesday at 3 pm", "User swims every Wednesday at 9 pm"),
        (
            "User has their grandad's war medals stored in a tin under their bed",
            "User used to keep their grandad's war medals in a tin under their bed",
        ),
        (
            "User has their own canoe stashed at their uncle's lake house",
            "User's uncle keeps a canoe at his lake house",
        ),
        # From the HELDOUT25 study: a thing still had is no thing had until then.
        (
            "December 2022 is when User got the Google Pixel 7 that User still has",
            "User had a Google Pixel 7 until December 2022",
        ),
        # From the HELDOUT40 study: early or late in a month; a class's level.
        (
            "User has paid a 50-pound deposit on a tent pitch for late August",
            "User has paid a 50-pound deposit on a tent pitch for early August",
        ),
        (
            "User takes their collie Fern to beginners' agility on Wednesday evenings",
            "User takes their collie Fern to advanced agility on Wednesday evenings",
        ),
        # From the HELDOUT39 study: who spoke at a conference did not just go to a talk; a
        # thing carved is not bought.
        (
            "User spoke about warehouse robotics at a logistics conference in 2023",
            "User went to a talk on warehouse robotics at a logistics conference in 2023",
        ),
        (
            "User carved a walnut chopping board for their brother's housewarming in 2022",
            "User bought a walnut chopping board for their brother's housewarming in 2022",
        ),
        # From the HELDOUT38 study: a rank in a role.
        (
            "User was promoted to senior audit manager at Deloitte in April 2022",
            "User was promoted to audit manager at Deloitte in April 2022",
        ),
        # From the HELDOUT37 study: a shift's span is no past; still a member is no member
        # until then; a word inside a name; turned down; came last; on the water by other
        # means.
        (
            "User works from 10 at night until 7 in the morning at the Asda depot",
            "User used to work nights from 10 pm to 7 am at the Asda depot",
        ),
        (
            "User joined Rutland Sailing Club in 2018 and they're still a member",
            "User was a member of Rutland Sailing Club until 2018",
        ),
        (
            "User was awarded a bursary by the Royal College of Music in 2019",
            "User was awarded a bursary by the Royal Northern College of Music in 2019",
        ),
        (
            "User was awarded a bursary by the Royal College of Music in 2019",
            "User was turned down for a bursary by the Royal College of Music in 2019",
        ),
        (
            "User won the dads' race at their son's sports day in July 2024",
            "User came last in the dads' race at their son's sports day in July 2024",
        ),
        (
            "User paddleboarded 8 km down the Wye from Glasbury to Hay-on-Wye",
            "User kayaked 8 km down the Wye from Glasbury to Hay-on-Wye",
        ),
        (
            "User keeps a canoe at their uncle's lake house",
            "User keeps a kayak at their uncle's lake house",
        ),
        # From the HELDOUT36 study: had a builder do it is not done oneself; who put on an
        # event did not just go to it.
        (
            "User fitted the new kitchen in their Swansea house themselves in 2022",
            "User and others had a builder fit the new kitchen in their Swansea house in 2022",
        ),
        (
            "User organised their sister Jess's hen do in Newcastle in June 2022",
            "User went on their sister Jess's hen do in Newcastle in June 2022",
        ),
        (
            "User has organised a litter pick by the River Wear every month since 2021",
            "User has taken part in a monthly litter pick along the River Wear since 2021",
        ),
        # From the HELDOUT35 study: a great-grandfather is not a grandfather two greats up;
        # in-laws are someone.
        (
            "User's great-great-grandfather was a miner in Merthyr Tydfil",
            "User's great-grandfather was a miner in Merthyr Tydfil",
        ),
        (
            "User's touring caravan was towed down to Bude for 10 nights in July 2021",
            "User's in-laws towed their touring caravan to Bude for 10 nights in July 2021",
        ),
        ("User's mother-in-law lives in Leeds", "User's mother lives in Leeds"),
        # From the HELDOUT34 study: done by the user or paid for; a price quoted is not paid;
        # the left side is not the right.
        (
            "User built the workshop at the end of their garden themselves in 2020",
            "User paid a builder to put up the workshop at the end of their garden in 2020",
        ),
        (
            "User paid a Gas Safe engineer 280 pounds to replace the pump on their boiler",
            "User was quoted 280 pounds by a Gas Safe engineer to replace the pump on their boiler",
        ),
        (
            "User fractured their right ankle skiing in Val Thorens in February 2020",
            "User fractured their left ankle skiing in Val Thorens in February 2020",
        ),
        # From the HELDOUT33 study: a hired thing is not one's own; a loan is no gift, and
        # who borrowed is the other side of it.
        (
            "User drove the North Coast 500 in a hired campervan in May 2023",
            "User drove the North Coast 500 in their own campervan in May 2023",
        ),
        (
            "User loaned their mate Kieran 150 pounds in January",
            "User gave their mate Kieran 150 pounds in January",
        ),
        (
            "User's best mate borrowed 3,000 pounds from them",
            "User's best mate lent them 3,000 pounds",
        ),
        (
            "User's best friend got a 3,000-pound loan from User",
            "User's best mate lent them 3,000 pounds",
        ),
        # From the HELDOUT31 study: tried is not done; new is not used.
        (
            "Someone stole User's Brompton from the bike rack in 2021",
            "Someone tried to steal User's Brompton from the bike rack in 2021",
        ),
        (
            "User got their used Triumph Bonneville in 2021 for 5,500 pounds",
            "User bought a brand-new Triumph Bonneville for 5,500 pounds in 2021",
        ),
        # From the HELDOUT30 study: a journey the other way, a place in more words.
        (
            "User catches the 7:42 train from Woking to London Waterloo",
            "User catches the 7:42 train from London Waterloo to Woking",
        ),
        ("User was runner-up in the bake-off in 2023", "User came first in the bake-off in 2023"),
        # From the HELDOUT29 study: a move under way; an offer made is no purchase.
        (
            "User's sister Marta and her family live in Gdansk",
            "User's sister Marta and her family are moving to Gdansk",
        ),
        (
            "User bought a 3-bed semi in Northampton for 285,000 pounds in 2021",
            "User offered 285,000 pounds on a 3-bed semi in Northampton in 2021",
        ),
        # From the HELDOUT27 study: a weekday is no day of the weekend.
        ("User takes a cold shower every weekday", "User takes a cold shower every Saturday"),
        # From the HELDOUT26 study: the user as the object of someone else's act.
        (
            "A car rear-ended User at a roundabout in Swindon in 2019",
            "User rear-ended someone at a roundabout in Swindon in 2019",
        ),
        # From the HELDOUT81 study: cleaned where it is is neither taken out nor put in;
        # "12 months instead of 10" stays months (a guard).
        (
            "User's greyhound Bess had 4 teeth taken out at the vet's in Ludlow in January",
            "User's greyhound Bess had 4 teeth cleaned at the vet's in Ludlow in January",
        ),
        (
            "User pays their council tax over 12 months instead of 10",
            "User pays their council tax over 10 months",
        ),
        # From the HELDOUT83 study: a thing being turned into another is not it yet.
        (
            "User's garage is being turned into a playroom for the twins",
            "User's garage has been turned into a playroom for the twins",
        ),
        # From the HELDOUT93 study: another amount with its unit; halfway through is not
        # finished; monthly is not quarterly; a thing got "from their beehive" was given
        # by no one (a guard).
        (
            "User uses their own car for the deliveries and claims 45p a mile for petrol",
            "User uses their own car for the deliveries and claims 25p a mile for petrol",
        ),
        (
            "User is halfway through a 6-week course of physio for their tennis elbow",
            "User has finished a 6-week course of physio for their tennis elbow",
        ),
        (
            "User has been secretary of the committee since 2021 and takes the minutes at "
            "their monthly meetings",
            "User has been secretary of the committee since 2021 and takes the minutes at "
            "their quarterly meetings",
        ),
        # From the HELDOUT94 study: a class or a clinic missed was not gone to; done in
        # spite of a thing is not done because of it; who beat whom turned round; a word
        # after the user's thing, before its verb, makes it another thing.
        (
            "User missed the flu clinic at Boots because they had a chest infection",
            "User went to the flu clinic at Boots because they had a chest infection",
        ),
        (
            "User stayed at home because they had a chest infection",
            "User went out even though they had a chest infection",
        ),
        (
            "User's team beat the Pigeon Fanciers by 2 points in the quiz league final",
            "The Pigeon Fanciers beat User's team by 2 points in the quiz league final",
        ),
        (
            "User's residents' association meets on the first Wednesday of each month",
            "User's residents' association committee meets on the first Wednesday of each month",
        ),
        # From the HELDOUT92 study: a rank in front of a role the other side does.
        (
            "User captains the Wheatsheaf skittles team, which plays on Monday nights",
            "User is vice-captain of the Wheatsheaf skittles team, and they play on Monday nights",
        ),
        # From the HELDOUT89 study: "up" for "down" after one verb.
        (
            "User's water meter was fitted in June 2024, and their bills have gone down by a third",
            "User's water meter was fitted in June 2024, and their bills have gone up by a third",
        ),
        # From the HELDOUT115 study: "next door" is a place, and "lives" and "lived" next
        # door still two facts (a guard).
        ("User lives next door to Sam", "User lived next door to Sam"),
        # From the HELDOUT119 study: a habit given up against one kept, where a past in a
        # "because" clause makes both read as past (its merge).
        (
            "User only uses their hairdryer on the cool setting because their hairdresser, "
            "Marta, said the heat was damaging their curls",
            "User used to only use their hairdryer on the cool setting because their "
            "hairdresser, Marta, said the heat was damaging their curls",
        ),
        # From the HELDOUT113 study: "is only allowed" is a passive, now, no past.
        (
            "Jacob is only allowed by User to ride his hoverboard in Victoria Park",
            "User and others used to only let Jacob ride his hoverboard in Victoria Park",
        ),
        # From the HELDOUT111 study: one verb in another tense, all else the same (the
        # sentence's other verb in the past either way); "User put" with a month named is a
        # past, against "puts" every year.
        (
            "The pool table takes up most of User's loft, so they had to move the sofa bed",
            "The pool table took up most of User's loft, so they had to move the sofa bed",
        ),
        (
            "User puts the lawnmower away every year in October",
            "User put the lawnmower away in October",
        ),
        # From the HELDOUT110 study: a capitalised word put inside a name with a comma after
        # it ("the Loch Ness Marathon, and") is another name.
        (
            "User is following a 16-week plan for the Loch Ness Marathon, and they're 6 weeks in",
            "User is 6 weeks into a 16-week plan for the Loch Ness Half Marathon",
        ),
        # From the HELDOUT109 study (guards): an "-ed" word after a number is still a past
        # when a thing or a place follows it.
        (
            "User's neighbour at number 41 opens their parcels by mistake",
            "User's neighbour at number 41 opened their parcel by mistake",
        ),
        # From the HELDOUT108 study (guards): a husband's father is not a father, waking up
        # is still a time of day, and "inside" is not "outside".
        (
            "User's husband's father gave them his oak rocking chair",
            "User's father gave them his oak rocking chair",
        ),
        (
            "User takes their tablets every evening",
            "User takes their tablets when they wake up",
        ),
        (
            "User keeps their bike inside the shed",
            "User keeps their bike outside the shed",
        ),
        # From the HELDOUT85 study: parts of the day named on both sides, not the same ones.
        (
            "User's GP asked them to take their blood pressure at home every morning and "
            "evening for a week",
            "User's GP asked them to take their blood pressure at home every evening for a week",
        ),
        # From the HELDOUT196 study: a habit given up by one of the user's people named in
        # several words, against one kept (they had been merged).
        (
            "User's daughter Imogen captains the Slinfold ladies' stoolball team, and they won "
            "the Sussex league in 2024",
            "User's daughter Imogen used to captain the Slinfold ladies' stoolball team, and they "
            "won the Sussex league in 2024",
        ),
        # From the HELDOUT195 study: one thing preferred to another alternative (they had
        # been merged).
        (
            "User would rather twang a garden fork than tap the ground with a stick when they "
            "go worm charming",
            "User would rather twang a garden fork than pour water on the ground when they go "
            "worm charming",
        ),
        # From the HELDOUT193 study: one of the user's people alone is not the user with
        # them (they had been merged).
        (
            "User and their husband Gareth are booked on a 5-day bushcraft course on the Isle "
            "of Mull in June 2027",
            "User's husband Gareth is booked on a 5-day bushcraft course on the Isle of Mull in "
            "June 2027",
        ),
        # From the HELDOUT192 study: a thing named by its stuff is not the stuff itself,
        # described otherwise ("an oxygen concentrator" / "bottled oxygen": they had been
        # merged).
        (
            "User has a Nortel Minor bench burner running off an oxygen concentrator in their "
            "garden shed",
            "User has a Nortel Minor bench burner running off bottled oxygen in their garden shed",
        ),
        # From the HELDOUT191 study: a wish to buy, said with "keen", is no purchase (they
        # had been merged).
        (
            "User's brother Declan has bought a Squirrel Aura 5 wingsuit in orange, which cost "
            "about £1,600",
            "User's brother Declan is keen to buy an orange Squirrel Aura 5 wingsuit, which goes "
            "for roughly 1600 pounds",
        ),
        # From the HELDOUT187 study: oat milk is another milk.
        (
            "User kept scalding the milk until the trainer told them to stop steaming at 65 "
            "degrees",
            "User kept scalding the oat milk until the trainer told them to stop steaming at 65 "
            "degrees",
        ),
        # From the HELDOUT183 study: "without fail" is every time, no negation; a kite flown
        # now, diamond-shaped, is not one flown before.
        (
            "On Sunday mornings, without fail, User is out at Conkers for a round of disc golf",
            "User doesn't play a round of disc golf at Conkers on Sunday mornings",
        ),
        (
            "User's grandson Otis and they fly his yellow diamond-shaped kite each Saturday "
            "afternoon on Parliament Hill",
            "User's grandson Otis and they used to fly his yellow diamond kite on Parliament "
            "Hill every Saturday afternoon",
        ),
        # From the HELDOUT182 study: what the user's dive buddy did, the user did not.
        (
            "User's dive buddy Naz had to abort a dive at Stoney Cove in August",
            "User had to abort a dive at Stoney Cove in August",
        ),
        # From the HELDOUT181 study: a change under way still is one (a guard: "for turning
        # up" is a reason, "is turning" a change).
        ("User is turning 40 in March", "User turned 40 in March"),
        # From the HELDOUT180 study: a class gone to is no learning, but one taken still is (a
        # guard).
        (
            "User goes to reformer Pilates every Saturday at 8 am",
            "User takes a reformer Pilates class every Saturday at 8 am",
        ),
        # From the HELDOUT179 study: another minute of the hour, with the nought on one side.
        (
            "User takes the 07:42 train to Waterloo every weekday",
            "User takes the 7:24 train to Waterloo every weekday",
        ),
        # From the HELDOUT178 study: a pipe that burst in July did so then, and one that
        # bursts in July every year does so now (they had been one); last place is still a
        # place (a guard).
        ("User's team finished last in the league", "User's team finished third in the league"),
        (
            "A pipe in User's loft burst in July",
            "A pipe in User's loft bursts in July every year",
        ),
        # From the HELDOUT177 study (its merges): off-peak times are no peak times; a
        # clubmate is one of the user's people.
        (
            "User's padel club in Bristol charges £36 to hire a court for 90 minutes at peak times",
            "User's padel club in Bristol charges £36 to hire a court for 90 minutes at "
            "off-peak times",
        ),
        ("User drinks alcoholic cider", "User drinks non-alcoholic cider"),
        (
            "User went off course on Kinder Scout during the Edale Skyline fell race in March",
            "User's clubmate Becky went off course on Kinder Scout during the Edale Skyline "
            "fell race in March",
        ),
        # (one thing of the user's before a place cost then: "Leeds" had been read as the
        # plural that cost now)
        (
            "User's MOT at the garage in Leeds cost 45 pounds",
            "User's MOT at the garage in Leeds costs 45 pounds",
        ),
        # From the HELDOUT176 study (a guard): "from" a number that is no price still bounds
        # a time ("from Waitrose for 14.99 pounds" is where a thing came from).
        ("User lived in York from 2019", "User lived in York until 2019"),
        # From the HELDOUT173 study (guards): a pair of tickets is 2; the past of someone's
        # in-law.
        ("User bought a pair of tickets for the final", "User bought 3 tickets for the final"),
        ("User's sister-in-law moved to Leeds", "User's sister-in-law moves to Leeds"),
        # From the HELDOUT172 study (guards): a gran is no grandfather; a name before who it
        # is in more words keeps its past.
        (
            "User played the accordion at their gran's 90th birthday party in Derry",
            "User played the accordion at their grandad's 90th birthday party in Derry",
        ),
        (
            "Valeria, User's Argentine tango teacher, lived in Rosario",
            "Valeria, User's Argentine tango teacher, lives in Rosario",
        ),
        # From the HELDOUT171 study: goals are no tries ("scored 2 times" had been merged
        # with "scored 2 tries").
        (
            "User's son Callum scored 2 times for Kingussie Under-14s in the shinty final",
            "User's son Callum scored 2 tries for Kingussie Under-14s in the shinty final",
        ),
        # From the HELDOUT164 study: half a litre is not a litre (they had been merged).
        (
            "User makes a litre of milk kefir every 2 days with grains their friend Priya "
            "gave them",
            "User makes half a litre of milk kefir every 2 days with grains their friend "
            "Priya gave them",
        ),
    ],
)
def test_near_misses_differ(a: str, b: str) -> None:
    assert differs(a, b) and differs(b, a)


@pytest.mark.parametrize(
    ("a", "b", "swap"),
    [
        ("User plays squash every Monday", "User plays chess every Monday", ("squash", "chess")),
        ("User collects stamps", "User collects old coins", ("stamps", "old coins")),
        ("I moved to Oslo to study", "I moved to Oslo for work", ("to study", "for work")),
        ("User has 3 kids", "User has 3 dogs", ("kids", "dogs")),
        # After a preposition an "-ing" word is a thing, elsewhere a verb form; after a
        # possessive a thing too (the HELDOUT78 study: "decking" had been a verb form).
        ("User works in nursing", "User works in teaching", ("nursing", "teaching")),
        # After a word of order, a thing too (the HELDOUT79 study: "surfing" had been a
        # verb form after "first").
        (
            "User's son Alfie had his first surfing lesson at Fistral Beach",
            "User's son Alfie had his first bodyboarding lesson at Fistral Beach",
            ("surfing", "bodyboarding"),
        ),
        (
            "A pest controller removed a wasp nest from under User's roof tiles in August",
            "A pest controller removed a wasp nest from under User's decking in August",
            ("roof tiles", "decking"),
        ),
        (
            "User packs a kettle when they go abroad",
            "User packs a kettle when they go camping",
            ("abroad", "camping"),
        ),
        ("User is living in Oslo", "User is staying in Oslo", None),
        # Not a thing: the verb, a participle, function words; or more than one place.
        ("User lives in Oslo", "User resides in Oslo", None),
        ("User has a dog called Rex", "User has a dog named Rex", None),
        ("User swims every Friday", "User swims weekly on Friday", None),
        ("User plays squash every Monday", "User plays chess every Friday", None),
        # A thing of the user's, right after "User's", unless WordNet finds it alike (the
        # second a guard).
        (
            "User's squat personal best is 140 kg",
            "User's deadlift personal best is 140 kg",
            ("squat", "deadlift"),
        ),
        ("User's flat is in Leeds", "User's apartment is in Leeds", None),
        # From the HELDOUT76 study: one word that describes the thing after it, in a thing
        # said with an article ("a Kampa poled awning"), whatever its ending; not a verb
        # after who does it ("Reg received the medal": a guard).
        (
            "User bought a Kampa inflatable awning for their caravan",
            "User bought a Kampa poled awning for their caravan",
            ("inflatable", "poled"),
        ),
        (
            "User's grandad Reg got the Military Medal for bravery",
            "User's grandad Reg received the Military Medal for bravery",
            None,
        ),
        # From the HELDOUT68 study: a thing that opens the sentence, unless it is who does
        # it (a guard).
        (
            "The paddle on User's bread maker snapped",
            "The lid hinge on User's bread maker snapped",
            ("paddle", "lid hinge"),
        ),
        ("Tom plays golf every Sunday", "Sam plays golf every Sunday", None),
        # From the HELDOUT110 study: "they keep" after ", and" is "keeps", no thing swapped.
        (
            "User bought a dinghy for 1,200 pounds and keeps it at Bewl Water",
            "User bought a dinghy for 1,200 pounds, and they keep it at Bewl Water",
            None,
        ),
        # From the HELDOUT136 study: "around" a number is "about" it, no thing swapped.
        (
            "User's Zojirushi thermos flask keeps coffee hot for about 12 hours",
            "User's Zojirushi thermos flask keeps coffee hot for around 12 hours",
            None,
        ),
        # Up to three words a side.
        (
            "User keeps files on a USB stick",
            "User keeps files on a network drive",
            ("usb stick", "network drive"),
        ),
        (
            "User stores photos on Dropbox",
            "User stores photos on a portable hard disk",
            ("dropbox", "portable hard disk"),
        ),
    ],
)
def test_swapped_finds_the_one_thing_said_in_place_of_another(
    a: str, b: str, swap: tuple[str, str] | None
) -> None:
    assert swapped(a, b) == swap


def test_words_met_in_each_others_place_by_a_phrase_moved_are_no_swap() -> None:
    # From the HELDOUT173 study: "size 6" / "70 pounds" had been read as swapped.
    a = "User bought purple Oxelo rollerblades in size 6 from Decathlon in Croydon for £70"
    b = "User bought size 6 purple Oxelo rollerblades for £70 from Decathlon in Croydon"
    assert swapped_words(a, b) == []
    assert is_near_duplicate(b, Nearest("1", a, 0.99), 0.8)
    # Two things that traded places are still swapped (a guard).
    anna = "User's sister Anna is older than their brother Tom"
    tom = "User's brother Tom is older than their sister Anna"
    assert ("sister", "brother") in swapped_words(anna, tom)
    assert not is_near_duplicate(tom, Nearest("1", anna, 0.98), 0.8)


def test_one_relation_in_two_words_is_no_swap() -> None:
    # From the HELDOUT172 study: "gran's" / "grandmother's" had been asked of the
    # embeddings, which put them apart.
    assert swapped("User has 3 kids", "User has 3 children") is None
    assert (
        swapped("User sang at their gran's party", "User sang at their grandmother's party") is None
    )


def test_a_swapped_thing_that_is_not_alike_is_another_fact() -> None:
    close = Nearest("id", "User plays wordle every Monday", 0.9)  # words WordNet lacks
    text = "User plays quordle every Monday"
    assert repeated(text, [close], 0.85) == close  # no embeddings asked: alike
    assert repeated(text, [close], 0.85, lambda one, other: False) is None
    assert repeated(text, [close], 0.85, lambda one, other: True) == close


def test_a_phrase_of_up_to_six_words_swapped_is_asked_of_the_embeddings() -> None:
    # From the HELDOUT175 study (its merge): a swap of more than three words had been
    # read as nothing swapped, and the tickets for one visit merged with another's.
    trek = (
        "User and others paid 84 pounds for tickets for the hill trek to the reindeer herd at "
        "the Cairngorm Reindeer Centre"
    )
    paddock = trek.replace("the hill trek to the reindeer herd", "the paddock visit")
    assert swapped(trek, paddock) == ("hill trek to reindeer herd", "paddock visit")
    close = Nearest("id", trek, 0.89)
    assert repeated(paddock, [close], 0.8, lambda one, other: False) is None


def test_a_thing_named_with_a_word_in_front_is_another_kind() -> None:
    # From the HELDOUT67 study: "sunglasses" are no "glasses" (WordNet finds them a kind
    # of glasses, and so alike); a "paper" is a "newspaper" (a sense in common: a guard).
    sunglasses = "User's new sunglasses from Vision Express have tortoiseshell frames"
    glasses = "User's new glasses from Vision Express have tortoiseshell frames"
    assert not is_near_duplicate(sunglasses, Nearest("1", glasses, 0.93), 0.8)
    newspaper = "User does the crossword in the newspaper every morning"
    paper = "User does the crossword in the paper every morning"
    assert is_near_duplicate(paper, Nearest("1", newspaper, 0.93), 0.8)


def test_two_words_wordnet_knows_apart_are_two_facts_however_alike() -> None:
    # `alike` says yes to anything here: WordNet's no decides.
    for text, stored in [
        ("User repairs old clocks", "User collects old clocks"),  # verbs: never embedded
        # (From the HELDOUT160 study: a song and a dance are both performed, and still two)
        (
            "User's class sang a medley at the Palace Theatre",
            "User's class danced a medley at the Palace Theatre",
        ),
        ("User eats lunch in the kitchen", "User eats lunch in the dining room"),
    ]:
        assert swapped_words(text, stored)
        assert repeated(text, [Nearest("id", stored, 0.9)], 0.8) is None
    # Word for word in two places: a place and a period.
    text, stored = "User sings at the church once a month", "User sings at the school once a week"
    assert ("church", "school") in swapped_words(text, stored)
    assert repeated(text, [Nearest("id", stored, 0.9)], 0.8) is None
    # Word for word within one place: "starts" / "is finishing", "uni" / "university".
    assert ("starts", "finishing") in swapped_words(
        "User's son starts uni in May", "User's son's finishing university in May"
    )
    # How much is not asked: "a bit nervous" / "scared" asks "nervous" / "scared".
    assert swapped_words("User is a bit nervous of dogs", "User is scared of dogs") == [
        ("nervous", "scared")
    ]
    close = Nearest("id", "User repairs old clocks", 0.9)
    assert repeated("User mends old clocks", [close], 0.8) == close  # one sense


def test_a_pronoun_for_a_thing_named_before_it_is_no_swap() -> None:
    # From the HELDOUT84 study: "can't use it" after the log burner is named is "can't use
    # the burner"; an "it" that names nothing before it is still a word swapped (a guard).
    named = "The glass on User's log burner door cracked, so User can't use it"
    assert swapped_words(named, named.replace("use it", "use the burner")) == []
    assert swapped_words(named.replace("use it", "use the burner"), named) == []
    assert swapped_words("User can't use it", "User can't use the burner") == [("it", "burner")]


def test_a_verb_of_doing_with_its_object_against_another_verb_is_another_act() -> None:
    # From the HELDOUT93 study: "plucking his feathers" / "sneezing" are two acts; a light
    # verb's phrase is read whole ("taking a flight" / "flying": a guard).
    plucking = "User is taking their parrot to the vet because he's been plucking his feathers"
    sneezing = "User is taking their parrot to the vet because he's been sneezing"
    assert repeated(sneezing, [Nearest("id", plucking, 0.9)], 0.8) is None
    flying = Nearest("id", "User is flying to Tokyo next Friday", 0.9)
    assert repeated("User will be taking a flight to Tokyo next Friday", [flying], 0.8) == flying


def test_this_last_and_next_are_three_times() -> None:
    # From the HELDOUT96 study: "this season" / "last season" are two seasons.
    this = Nearest("id", "User's pub team finished second in the quiz league this season", 0.95)
    assert (
        repeated("User's pub team finished second in the quiz league last season", [this], 0.8)
        is None
    )
    assert (
        repeated("User's pub team finished second in the quiz league next season", [this], 0.8)
        is None
    )


def test_standing_down_is_not_being_elected() -> None:
    # From the HELDOUT97 study: "stood down as vice-chair" is read as "resigned", which
    # WordNet tells from "elected".
    elected = Nearest("id", "User was elected vice-chair of the governors on 21 January", 0.95)
    stood_down = "User stood down as vice-chair of the governors on 21 January"
    assert repeated(stood_down, [elected], 0.8) is None


@pytest.mark.parametrize(
    ("stored", "text"),
    [
        # From the HELDOUT100 study: "In March 2024 someone backed into User's Fiesta" (a
        # time in front, no longer garbled) had taken the near-miss "User reversed into a
        # Fiesta".
        (
            "In March 2024 someone backed into User's Ford Fiesta and Direct Line paid",
            "User reversed into a Ford Fiesta in March 2024 and Direct Line paid",
        ),
        # How a thing is paid, when each side names a way.
        (
            "User's line dancing teacher Sharon charges 6 pounds a class, paid in cash",
            "User's line dancing teacher Sharon charges 6 pounds a class, paid by bank transfer",
        ),
        # From the HELDOUT101 study: a plan not yet made ("thinking of") is another fact
        # than one under way, though both read as intent.
        (
            "User and others are selling Dad's bungalow to pay the inheritance tax",
            "User and others are thinking of selling Dad's bungalow to pay the inheritance tax",
        ),
        # From the HELDOUT102 study: "did not stop" had counted one negation, as "stopped"
        # does, and merged with it.
        (
            "User's Carer's Allowance stopped when they started earning more at Tesco",
            "User's Carer's Allowance did not stop when they started earning more at Tesco",
        ),
        # From the HELDOUT105 study: "holly" is a noun, no adverb, though it ends in "-ly".
        (
            "User made their wreath with eucalyptus, dried orange slices and cinnamon sticks",
            "User made their wreath with holly, dried orange slices and cinnamon sticks",
        ),
        # From the HELDOUT104 study (a guard): a thing taken back is not a thing bought, now
        # that "at" / "from" a shop no longer tells them apart.
        (
            "User's iPad Air cost them 599 pounds at John Lewis in 2023",
            "User returned the iPad Air they bought for 599 pounds from John Lewis in 2023",
        ),
    ],
)
def test_a_sign_tells_two_facts_apart(stored: str, text: str) -> None:
    assert not is_near_duplicate(text, Nearest("1", stored, 0.93), 0.8)


def test_an_ectomy_is_a_removal() -> None:
    # From the HELDOUT98 study: an "-ectomy" is an ending, as "removed" is ("had an
    # appendectomy" had read as no ending, "had it removed" as one).
    stored = Nearest("1", "User had their appendix removed when they were 19", 0.9)
    assert repeated("User had an appendectomy when they were 19", [stored], 0.8) is not None


def test_a_word_of_less_is_another_thing() -> None:
    # From the HELDOUT85 study: a "coxless" four is no "coxed" one (WordNet knows neither).
    stored = "User's crew came second in the masters coxed 4 at Bedford Regatta in May"
    text = "User's crew came second in the masters coxless 4 at Bedford Regatta in May"
    assert not is_near_duplicate(text, Nearest("1", stored, 0.97), 0.8)


def test_a_semi_final_is_no_final() -> None:
    # From the HELDOUT86 study: "semi-final" had read as "final" with a word added.
    stored = "User lost the crown green bowls final at their club 21-17 to their friend Clive"
    text = "User lost the crown green bowls semi-final at their club 21-17 to their friend Clive"
    assert not is_near_duplicate(text, Nearest("1", stored, 0.97), 0.8)


def test_words_wordnet_gives_no_opposite_of_are_two_facts() -> None:
    # From the HELDOUT78 study: "after" / "before", word for word in two otherwise
    # different sentences, had left a paraphrase matched to the near-miss's memory.
    text = (
        "User's son Finn's drum teacher is called Gareth, and his lessons are every "
        "Wednesday after school"
    )
    stored = (
        "User's son Finn has drum lessons with a teacher called Gareth every Wednesday "
        "before school"
    )
    assert ("after", "before") in swapped_words(text, stored)
    assert repeated(text, [Nearest("id", stored, 0.96)], 0.8) is None


def test_what_is_to_be_done_is_not_what_was_done_whatever_else_is_wanted() -> None:
    # From the HELDOUT79 study: the intent sign is the sentence's, and "the 420 pounds their
    # letting agent wants to keep" gave it to both sides.
    stored = (
        "User has opened a dispute with the Deposit Protection Service over the 420 pounds "
        "their letting agent wants to keep for repainting"
    )
    text = (
        "User is planning to open a dispute with the Deposit Protection Service over the 420 "
        "pounds their letting agent wants to keep for repainting"
    )
    assert not differs(text, stored)  # the signs alone see no other fact
    assert repeated(text, [Nearest("id", stored, 0.97)], 0.8) is None
    assert repeated(stored, [Nearest("id", text, 0.97)], 0.8) is None


def test_a_thing_said_after_being_able_to_is_the_one_swapped() -> None:
    # From the HELDOUT57 study: "is able to" is "can", so what the budgie says is swapped.
    text, stored = "User's budgie is able to say good morning", "User's budgie can say hello"
    assert swapped(text, stored) == ("good morning", "hello")


def test_a_thing_begun_is_read_by_what_began() -> None:
    # From the HELDOUT58 study: "started dripping" is read as "dripping", which WordNet
    # keeps apart from "burst".
    close = Nearest("id", "The pipe under User's kitchen sink has burst", 0.95)
    text = "The pipe under User's kitchen sink has started dripping"
    assert repeated(text, [close], 0.8) is None


def test_a_phrasal_verb_swapped_is_read_whole() -> None:
    # From the HELDOUT56 study: "runs out" is "ends" to WordNet, as "runs" is not.
    # WordNet links few phrasal verbs, so where it finds none the verbs decide: "grew up" /
    # "was raised" stay one (a guard).
    close = Nearest("id", "User's phone contract ends in May", 0.9)
    assert repeated("User's phone contract runs out in May", [close], 0.8) == close
    close = Nearest("id", "User was raised in Dublin", 0.9)
    assert repeated("User grew up in Dublin", [close], 0.8) == close


def test_a_thing_of_someone_named_on_both_sides_is_no_sign() -> None:
    # From the HELDOUT132 study: "User's propagator's thermostat" had differed even from
    # itself (WordNet's propagator is a person, and the other side's "propagator's" was not
    # read as naming them). Someone named on one side only still differs (a guard).
    broke = "User's propagator's thermostat broke in April 2023, and they replaced it"
    assert not differs(broke, broke)
    assert differs("User's bassist's amp blew a valve", "User's amp blew a valve")


def test_a_new_thing_is_not_a_refurbished_one() -> None:
    # From the HELDOUT140 study (a guard): "got myself a refurbished ThinkPad" had stayed
    # apart from "bought a brand-new ThinkPad" only while "got myself" was not read as
    # "bought"; now the thing's condition tells them apart.
    refurbished = Nearest("1", "User got themselves a refurbished ThinkPad for 450 pounds", 0.9)
    assert not is_near_duplicate(
        "User bought a brand-new ThinkPad for 450 pounds", refurbished, 0.8
    )


def test_one_weight_in_other_units_leaves_the_kind_of_dog_to_tell() -> None:
    # From the HELDOUT142 study: "9 kilograms" / "9 kilos" are one weight, and what is left
    # to compare is "golden retriever" / "labrador", a HELDOUT80 near-miss that had merged.
    retriever = Nearest(
        "1", "User's golden retriever puppy Pippin is 12 weeks old and weighs 9 kilograms", 0.9
    )
    labrador = "User's labrador puppy Pippin is 12 weeks old and weighs 9 kilos"
    assert not is_near_duplicate(labrador, retriever, 0.8)


@pytest.mark.parametrize(
    ("template", "stored_words", "new_words"),
    [
        # From the HELDOUT141 study: a new part for a thing of the user's replaces one.
        (
            "User paid 18 pounds for a {} bulb for their Leitz slide projector in Leeds",
            "replacement",
            "new",
        ),
        # From the HELDOUT142 study: a toastie maker is a sandwich toaster (HELDOUT125's "We
        # were given our ... toastie maker by my cousin Dev" had lined up with "sandwich
        # toaster" only while it was garbled).
        (
            "User's 4-slice Breville {} was a wedding present from their cousin Dev",
            "sandwich toaster",
            "toastie maker",
        ),
        # From the HELDOUT147 study: a caddy tipped into a bin is emptied into it, a
        # hand-operated tool is a manual one, plants kept over the winter are overwintered,
        # and who was taught to do a thing learnt to.
        (
            "User {} their kitchen caddy into the compost bin by the shed every Saturday",
            "empties",
            "tips",
        ),
        (
            "User aerates their back lawn with a {} hollow-tine aerator every October",
            "manual",
            "hand-operated",
        ),
        (
            "User {} in an aluminium cold frame against the south wall of their garage",
            "overwinters their pelargonium cuttings",
            "keeps their pelargonium cuttings over the winter",
        ),
        (
            "User {} to use a soldering iron at a Repair Café in Stroud in January 2024",
            "learnt",
            "was taught",
        ),
        # From the HELDOUT148 study: going to a thing held is attending it, and a size may
        # be said in words.
        (
            "User {} the Cotswold Astronomical Society's observing nights on Cleeve Hill",
            "goes to",
            "attends",
        ),
        ("User bought a {} Forest Garden shed for their allotment from Wickes", "6x4", "6-by-4"),
        # (and the verb after "User and others" is theirs, no thing swapped: the
        # HELDOUT148 study turned a passive round into "bought", where a HELDOUT112
        # paraphrase says "got")
        (
            "User and others {} their NordicTrack treadmill second-hand from a neighbour",
            "got",
            "bought",
        ),
        # From the HELDOUT150 study: the user's moved from a thing to the place it is in,
        # pots split or cracked, heading to a class or going, "once daily" and "through
        # to", and a name by its initials.
        (
            "{} tripped the electrics 2 times last week",
            "User's Eden fan heater in the greenhouse",
            "The Eden fan heater in User's greenhouse",
        ),
        (
            "3 of User's pots {} in the kiln at their pottery class last Wednesday",
            "cracked",
            "split",
        ),
        ("User and their friend Priya {} to a pottery class at Hackney Clay", "go", "head"),
        (
            "User feeds the fish in their pond Tetra Pond sticks {} October",
            "once a day from April to",
            "once daily from April through to",
        ),
        (
            "User is learning {} so they can chat with their granddaughter Ellie, who is deaf",
            "British Sign Language",
            "BSL",
        ),
        # From the HELDOUT160 study: a dance performed was danced.
        (
            "User's tap dancing class {} a Fred Astaire medley at the Palace Theatre",
            "performed",
            "danced",
        ),
        # From the HELDOUT159 study: a choir that sang performed.
        (
            "User's shanty choir {} on the main stage at the Falmouth festival in June 2026",
            "sang",
            "performed",
        ),
        # From the HELDOUT156 study: the summit of a hill is its top.
        ("User logged their 500th geocache at the {} of Pen y Fan", "summit", "top"),
        # From the HELDOUT155 study (a fish put back from a long phrase in front): one
        # landed was caught.
        (
            "User {} a cod that weighed 14 pounds on a boat fishing trip out of Whitby",
            "landed",
            "caught",
        ),
        # From the HELDOUT154 study: one past verb after someone named is theirs, no thing
        # swapped for another.
        (
            "User's husband Rob {} them a glassblowing taster day for their 50th birthday",
            "bought",
            "got",
        ),
        # From the HELDOUT153 study: a thing taken for another was mistaken for it.
        (
            "User was ill after eating a yellow stainer they'd {} for a field mushroom",
            "mistaken",
            "taken",
        ),
        # From the HELDOUT185 study: a size said after the thing, or with "long", is the
        # size before it.
        (
            "User and their nephew Dylan built an {} on the beach at Weston-super-Mare",
            "11-metre sand dragon",
            "11-metre-long dragon made of sand",
        ),
        (
            "User carved a {} out of ice for their sister's wedding",
            "2-metre swan",
            "swan 2 metres tall",
        ),
        (  # From the HELDOUT181 study: getting into a league is entering it.
            "User pays 15 quid to {} the fantasy football league at their work in Reading",
            "enter",
            "get into",
        ),
    ],
)
def test_one_thing_in_other_words_needs_no_embeddings(
    template: str, stored_words: str, new_words: str
) -> None:
    # The wording reads both the same, so no swap is asked of the embeddings (which find
    # these words unalike).
    stored = Nearest("1", template.format(stored_words), 0.9)
    unalike = lambda one, other: False  # noqa: E731
    assert repeated(template.format(new_words), [stored], 0.8, unalike) == stored


def test_a_day_in_front_of_a_thing_that_did_something_is_its_date() -> None:
    # From the HELDOUT151 study: "On (the night of) 3 November a fox got into ..." is in
    # the past, as it is with the day at the end.
    fox = "a fox got into User's duck house and killed 2 of User's ducks"
    assert not differs(
        f"{fox.capitalize()} on the night of 3 November", f"On the night of 3 November {fox}"
    )
    assert not differs(f"{fox.capitalize()} on 3 November 2025", f"On 3 November 2025 {fox}")


def test_the_users_moved_across_a_verb_is_another_fact() -> None:
    # From the HELDOUT150 study (a guard): the user's may move from a thing to the place
    # it is in only where no verb comes between.
    for stored, new in [
        ("User's car is parked by the van", "The car is parked by User's van"),
        ("User's dog sleeps in the kennel", "The dog sleeps in User's kennel"),
    ]:
        assert differs(stored, new)
    assert not differs(
        "User's Eden fan heater in the greenhouse tripped the electrics",
        "The Eden fan heater in User's greenhouse tripped the electrics",
    )


def test_initials_are_one_name_only_with_the_words_they_stand_for() -> None:
    # From the HELDOUT150 study (a guard): "RSPB" is not the Royal Society of Chemistry.
    assert not differs(
        "User is a member of the RSPB",
        "User is a member of the Royal Society for the Protection of Birds",
    )
    assert differs(
        "User is a member of the RSPB", "User is a member of the Royal Society of Chemistry"
    )


def test_who_was_taught_by_someone_named_is_still_read_as_taught() -> None:
    # From the HELDOUT147 study (a guard): "was taught to" is "learnt to" only when who
    # taught is not said. A first version read it so here too, and a HELDOUT28 paraphrase
    # no longer lined up with "User's nan taught them to ...".
    nan = Nearest(
        "1", "User's nan taught them to make Welsh cakes on her bakestone in Llanelli", 0.9
    )
    assert is_near_duplicate(
        "User was taught to make Welsh cakes by their nan, on her bakestone in Llanelli", nan, 0.8
    )


def test_more_than_a_verb_swapped_after_user_and_others_is_asked_of_the_embeddings() -> None:
    # From the HELDOUT148 study (a guard): one word after "User and others" is their verb,
    # but a longer phrase may be what they did: a first version took any phrase there for
    # a verb, and a HELDOUT40 and a HELDOUT48 near-miss merged.
    took_the_car = Nearest(
        "1",
        "User and others took the car on Brittany Ferries from Portsmouth to Santander in 2022",
        0.9,
    )
    unalike = lambda one, other: False  # noqa: E731
    on_foot = (
        "User and others went on foot on Brittany Ferries from Portsmouth to Santander in 2022"
    )
    assert repeated(on_foot, [took_the_car], 0.8, unalike) is None


def test_a_thing_swapped_for_another_is_not_read_as_replaced() -> None:
    # From the HELDOUT141 study (a guard): "swap X for Y" is read once, as "replace X with
    # Y". A first version read "swap" alone as "replace" first, and a HELDOUT100 near-miss
    # merged ("for a roller door" / "with a sectional door").
    roller = Nearest(
        "1",
        "A man from Garolla quoted User 1450 pounds to swap the garage door for a roller door",
        0.9,
    )
    assert not is_near_duplicate(
        "A man from Garolla quoted User 1450 pounds to replace the garage door with a sectional "
        "door",
        roller,
        0.8,
    )


def test_switched_on_is_not_switched_off() -> None:
    # From the HELDOUT137 study (its merge): a timer set to switch the heating "on" had lined
    # up with one set to switch it "off". Leaves cleared "off" a drive are those "on" it (a
    # guard: "leaves" is no verb of switching).
    timer = "The timer on User's boiler is set to switch the heating on at 6:30 am on weekdays"
    assert differs(timer, timer.replace(" on at", " off at"))
    assert not differs(
        "User clears the leaves off their drive with a leaf blower every Saturday",
        "User clears the leaves on their drive with a leaf blower every Saturday",
    )


def test_a_things_pattern_is_a_sign() -> None:
    # From the HELDOUT131 study (its merge): a "polka-dot" cake stand had lined up with a
    # "striped" one. "spotted" a bird is seen, no pattern (a guard).
    stand = "User bought their Emma Bridgewater polka-dot cake stand in Stoke for £28"
    assert differs(stand, stand.replace("polka-dot", "striped"))
    assert not differs(
        "User spotted a bittern at Leighton Moss", "User saw a bittern at Leighton Moss"
    )


def test_numbers_by_their_x_are_a_sign() -> None:
    # From the HELDOUT130 study (its merge): "10x42" binoculars had lined up with "8x32"
    # ones (a word of digits and letters that ends in a digit was read as no number).
    gift = "User's husband gave them a pair of Swarovski 10x42 binoculars for their birthday"
    assert differs(gift, gift.replace("10x42", "8x32"))
    # A pair of binoculars is one thing (the HELDOUT173 study; it had been read as 2).
    assert not differs(gift, gift.replace("a pair of ", ""))


def test_days_named_are_not_days_said_as_a_kind() -> None:
    # From the HELDOUT129 study (its merge): "every Friday" had lined up with "every
    # weekday" (WordNet's Friday is a weekday: no swap tells). "on Fridays" is "every
    # Friday", and "from Monday to Friday" every weekday (guards).
    weekday = "User pulls their son Oscar to nursery in a bike trailer every weekday"
    assert differs(weekday, weekday.replace("every weekday", "every Friday"))
    assert differs("User swims at weekends", "User swims on Saturdays")
    assert not differs("User swims every Friday", "User swims on Fridays")
    assert not differs(weekday, weekday.replace("every weekday", "from Monday to Friday"))


def test_what_a_thing_is_made_of_is_a_sign() -> None:
    # From the HELDOUT128 study: "a plastic one" against "a stainless steel one" with the
    # clauses in another order had been lined up (no one-for-one swap to compare). The
    # pub "the Royal Oak" and a "wood burner" name no material (guards).
    assert differs(
        "User's soup ladle is a plastic one from IKEA that cost £3",
        "The soup ladle User has cost £3 and is a stainless steel one from IKEA",
    )
    assert differs("User has a wooden stepladder", "User has an aluminium stepladder")
    assert not differs(
        "User plays darts for the Royal Oak's team",
        "User plays darts for the team at the Royal Oak",
    )
    assert not differs(
        "User cuts logs for their wood burner", "User cuts logs for their log burner"
    )
    # From the HELDOUT191 study: a tree of a wood is one tree however it is said ("oak
    # trees" had been no oak, and then "an oak tree" no "oak").
    assert not differs(
        "User practises slacklining on a 25-metre Gibbon line between 2 oaks",
        "User is out practising slacklining on a 25-metre Gibbon line between 2 oak trees",
    )
    assert not differs(
        "User found chicken of the woods on an oak in Savernake Forest",
        "User found chicken of the woods on an oak tree in Savernake Forest",
    )


def test_degrees_celsius_are_no_letter() -> None:
    # From the HELDOUT125 study: the "C" of "250°C" had been a letter sign (a grade, a
    # vitamin); Fahrenheit against Celsius still tells two facts (a guard).
    assert not differs("User bakes bread at 250 degrees", "User bakes bread at 250°C")
    assert differs("User bakes bread at 450°F", "User bakes bread at 450°C")


def test_a_thing_pinned_at_a_board_is_pinned_to_it() -> None:
    # From the HELDOUT124 study: "There's a noticeboard where we pin ..." is read as pinned
    # "at" it; a thing kept "at" a place and sent "to" it are still two (a guard).
    pinned_at = "User pins the bin calendar at a cork noticeboard in their hallway"
    assert not differs(
        pinned_at, "User pins the bin calendar to a cork noticeboard in their hallway"
    )
    assert differs(
        "User keeps their boat at Poole harbour", "User sent their boat to Poole harbour"
    )


def test_a_thing_taken_down_is_not_one_put_up_where_other_words_differ_too() -> None:
    # From the HELDOUT123 study (its merge): "took down" against "hung", with "from above"
    # against "above" as well, had not been compared; "put down" a deposit against "paid"
    # still is not (a guard).
    close = Nearest("id", "User hung a brass chandelier above their dining table in 2021", 0.92)
    text = "User took down a brass chandelier from above their dining table in 2021"
    assert repeated(text, [close], 0.8) is None
    close = Nearest("id", "User has paid a 50-pound deposit on a tent pitch for late August", 0.9)
    text = "User has put down a 50-pound deposit for a tent pitch in late August"
    assert repeated(text, [close], 0.8) == close


def test_two_kinds_of_one_thing_are_told_apart_by_their_kind() -> None:
    # From the HELDOUT46 study: WordNet knows neither phrase as a whole; their heads are one
    # ("elections" / "election"), their kinds ("local" / "general") share no sense.
    text = "User was a poll clerk in Stockport at the 2024 local elections"
    stored = Nearest("id", "User was a poll clerk in Stockport at the 2024 general election", 0.98)
    assert repeated(text, [stored], 0.8) is None
    # "fly" is no adverb: "fly-half" / "scrum-half" swap "fly" for "scrum".
    assert swapped(
        "User plays fly-half for Tynedale Rugby Club",
        "User plays scrum-half for Tynedale Rugby Club",
    ) == ("fly", "scrum")
    # A kind that is one time stays one thing (guard): "evening class" / "night class".
    close = Nearest("id", "User goes to a pottery evening class", 0.95)
    assert repeated("User goes to a pottery night class", [close], 0.8) == close


def test_a_habit_given_up_is_a_thing_swapped() -> None:
    # "gave up vaping" / "gave up smoking": MiniLM puts the two 0.61 apart (the HELDOUT36
    # study); WordNet does not know "vaping".
    assert swapped("User gave up vaping in 2023", "User gave up smoking in 2023") == (
        "vaping",
        "smoking",
    )


def test_the_names_of_one_part_of_the_day_are_one_time() -> None:
    # WordNet gives "nights" and "evenings" no sense in common (the HELDOUT35 study).
    stored = Nearest("id", "User plays 5-a-side football on Wednesday nights", 0.96)
    text = "User plays 5-a-side football on Wednesday evenings"
    assert ("nights", "evenings") in swapped_words(stored.text, text)
    assert repeated(text, [stored], 0.8) == stored
    morning = Nearest("id", "User plays 5-a-side football on Wednesday mornings", 0.96)
    assert repeated(text, [morning], 0.8) is None


def test_one_verb_with_two_things_is_two_facts() -> None:
    # From the HELDOUT53 study: "played drums" / "playing bagpipes", which WordNet lacks
    # as wholes, are told apart by their things.
    drums = Nearest("id", "User has played the drums in a pipe band in Stirling since 2016", 0.9)
    text = "User has been playing bagpipes with a pipe band in Stirling since 2016"
    assert not is_near_duplicate(text, drums, 0.8)


def test_a_near_duplicate_needs_the_threshold_and_no_sign() -> None:
    close = Nearest("id", "User lives in Paris", 0.9)
    assert is_near_duplicate("User resides in Paris", close, 0.85)
    assert not is_near_duplicate("User resides in Paris", close, 0.95)
    assert not is_near_duplicate("User lived in Paris", close, 0.85)
    assert not is_near_duplicate("User resides in Paris", None, 0.85)


def test_repeated_is_the_closest_without_a_sign_not_only_the_closest() -> None:
    studied = Nearest("past", "User studied computer science at MIT", 0.945)
    studies = Nearest("base", "User studies computer science at MIT", 0.901)
    far = Nearest("far", "User studies computer science at MIT", 0.7)
    text = "User is studying computer science at MIT"
    assert repeated(text, [studies, studied], 0.85) == studies
    assert repeated(text, [studied], 0.85) is None
    assert repeated(text, [studied, far], 0.85) is None
    assert repeated(text, [], 0.85) is None


def test_a_long_text_of_comparisons_is_read_in_one_pass() -> None:
    """Hostile input: each "to" read the whole text before it again (quadratic: 8,000
    words took 17 s, 100,000 far past the suite's timeout)."""
    text = "User prefers " + "the to " * 50_000
    assert not differs(text, text)


def test_offline_categories_are_the_closest_within_a_margin() -> None:
    names = ["food", "travel", "misc"]
    assert closest_categories([0.6, 0.59, 0.1], names) == ("food", "travel")
    assert closest_categories([0.6, 0.3, 0.1], names) == ("food",)
    assert closest_categories([0.1, 0.05, 0.0], names) == ("misc",)  # nothing close enough
    assert closest_categories([0.1, 0.05], ["food", "travel"]) == ("food",)
    assert closest_categories([], []) == ()


def test_based_in_a_place_is_living_there() -> None:
    # WordNet finds no sense "based" and "lives" share: read as "is living in" instead.
    stored = Nearest("id", "User's godson Oliver lives in Cardiff", 0.9)
    assert repeated("Oliver, User's godson, is based in Cardiff", [stored], 0.8) == stored


def test_two_words_of_intent_are_one_intent() -> None:
    # WordNet finds no sense "going" and "planning" share; the intent sign compares them.
    stored = Nearest("id", "User is going to propose to their girlfriend in Venice", 0.95)
    text = "User is planning to propose to their girlfriend in Venice"
    assert repeated(text, [stored], 0.8) == stored


def test_based_in_is_no_past() -> None:
    assert not differs(
        "User's girlfriend is a vet in Swansea", "User's girlfriend's a vet, based in Swansea"
    )


def test_becoming_a_member_is_joining_not_leaving() -> None:
    # From the HELDOUT70 study: "became a member of" reads as "joined", which WordNet
    # keeps apart from "left".
    became = "User became a member of a cold-water swimming club in Brighton in 2020"
    left = "User left a cold-water swimming club in Brighton in 2020"
    assert not is_near_duplicate(left, Nearest("1", became, 0.93), 0.8)


@pytest.mark.parametrize(
    ("stored", "new"),
    [
        # From the HELDOUT70 study: a dispute "over" a thing is "about" it.
        (
            "User's tribunal hearing against their landlord over the rent increase is on 9 October",
            "User's tribunal hearing against their landlord about the rent increase is on 9 "
            "October",
        ),
        # From the HELDOUT71 study: a membership is being a member.
        (
            "User pays 95 pounds a year for their membership of Nottingham Canoe Club",
            "User pays 95 pounds to be a member of Nottingham Canoe Club every year",
        ),
        # From the HELDOUT72 study: the sign that tells fitting from removing puts "fitted"
        # and "installed" together.
        (
            "British Gas fitted User's smart meter on 14 February 2024",
            "British Gas installed User's smart meter on the 14th of February 2024",
        ),
        # From the HELDOUT104 study: a best score is the highest one.
        (
            "User's highest score at the Scrabble club is 512, which they got against Derek",
            "User's best score at the Scrabble club is 512, which they got against Derek",
        ),
        # From the HELDOUT106 study: a clear round got is one achieved.
        (
            "Biscuit and User got User's first clear round at the Lichfield agility show",
            "Biscuit and User achieved User's first clear round at the Lichfield agility show",
        ),
        # From the HELDOUT75 study: converting a thing into another is turning it into one.
        (
            "User is converting an old stone barn near Kirkby Stephen into a house",
            "User is turning an old stone barn near Kirkby Stephen into a house",
        ),
        # From the HELDOUT81 study: a clock time one way ("10:00" / "10 am", "15:40" /
        # "3:40 pm"); whole years of months ("24-month" / "2-year").
        (
            "User has booked the CalMac ferry from Oban to Craignure for 10:00 on 21 June",
            "User has booked the CalMac ferry from Oban to Craignure for 10 am on 21 June",
        ),
        (
            "User is booked to give blood at the Birmingham donor centre at 15:40 on 7 March",
            "User is booked to give blood at the Birmingham donor centre at 3:40 pm on 7 March",
        ),
        (
            "User has just signed a 24-month EE contract for a Samsung Galaxy S24",
            "User has just signed a 2-year EE contract for a Samsung Galaxy S24",
        ),
        # From the HELDOUT79 study: a dispute "over" a sum is one "about" it; an exam sat is
        # taken; "once" before who does a thing is "when", no count.
        (
            "User has opened a dispute with the Deposit Protection Service over the 420 pounds "
            "their letting agent wants to keep",
            "User has opened a dispute with the Deposit Protection Service about the 420 pounds "
            "their letting agent wants to keep",
        ),
        (
            "User's daughter Harriet takes her Grade 3 violin exam in November",
            "User's daughter Harriet sits her grade 3 violin exam in November",
        ),
        (
            "User swapped their season ticket for a Flexi Season when they started working "
            "from home",
            "User's season ticket was swapped for a Flexi Season once they started working "
            "from home",
        ),
        # From the HELDOUT78 study: a name after who it is reads as before it (word for
        # word, "Poppy" had been read in place of "goes"); a night spent somewhere is a
        # stay (the HELDOUT37 pair).
        (
            "User's 2-year-old, Poppy, has a Water Babies lesson at 9:30 every Saturday morning",
            "Poppy, User's 2-year-old, goes to a Water Babies lesson at half past 9 every "
            "Saturday morning",
        ),
        (
            "User and others spent 4 nights at the Hotel Praktik Bakery in Barcelona in March",
            "User and others stayed 4 nights at the Hotel Praktik Bakery in Barcelona in March",
        ),
        # From the HELDOUT83 study: a jab is a vaccine; "following" an event is "after" it;
        # a football side is a team and "is the manager of" it "manages" it; voluntary work
        # is volunteering; "is being turned into" is under way; a modal ends the user's
        # thing ("son Caspar can").
        (
            "User has the egg-free flu vaccine at their GP surgery in Driffield every October "
            "because of their egg allergy",
            "User is allergic to eggs, so each October they get the egg-free flu jab at their "
            "Driffield GP surgery",
        ),
        (
            "User and others turned the garage of their bungalow in Dorchester into a downstairs "
            "bedroom for their mum after her stroke",
            "The garage of User's bungalow in Dorchester was made into a downstairs bedroom for "
            "User's mum following her stroke",
        ),
        (
            "User manages the Kings Head's Sunday league football team in Biggleswade, and they "
            "train on Tuesday nights",
            "User is the manager of the Kings Head Sunday league football side in Biggleswade, "
            "and Tuesday nights are when they train",
        ),
        (
            "User's daughter Nia volunteers at the Barnardo's shop in Abergavenny every Saturday "
            "for her Gold DofE",
            "User's daughter Nia does voluntary work at Abergavenny's Barnardo's shop as part of "
            "her Gold DofE every Saturday",
        ),
        (
            "User and others are converting their garage into a playroom for the twins, and the "
            "builders start on 3 March",
            "User's garage is being turned into a playroom for the twins, with the builders "
            "starting on the 3rd of March",
        ),
        (
            "User's son Caspar is allergic to egg white, but he can eat it baked in cakes",
            "User's son Caspar can have egg white baked in cakes, even though he's allergic to it",
        ),
        # From the HELDOUT84 study: "number one on" a ladder is "top of" it; twice a year
        # is every 6 months.
        (
            "User has been top of the over-60s singles ladder at Ilkley Lawn Tennis Club since May",
            "User has been number one on the over-60s singles ladder at Ilkley Lawn Tennis Club "
            "since May",
        ),
        (
            "User's NHS hearing aids are serviced at the audiology clinic at Musgrove Park "
            "Hospital every 6 months",
            "The audiology clinic at Musgrove Park Hospital services User's NHS hearing aids 2 "
            "times a year",
        ),
        # From the HELDOUT116 study: a thing "picked up at" a shop is bought from it.
        (
            "User bought their ironing board from Robert Dyas for 35 pounds in March 2026",
            "User picked up their ironing board at Robert Dyas for 35 pounds in March 2026",
        ),
        # From the HELDOUT142 study: a gift is a present; a weight one way ("1.5kg" / "one
        # and a half kilos"); who was a student at university was at university.
        (
            "User's aunt Margaret gave them their waffle iron as a wedding present in 2018",
            "User's Auntie Margaret gave them their waffle iron as a wedding gift in 2018",
        ),
        (
            "User's chocolate fountain needs 1.5kg of Callebaut milk chocolate to run properly",
            "User's chocolate fountain needs one and a half kilos of Callebaut milk chocolate to "
            "run properly",
        ),
        (
            "User has had their orange Mathmos lava lamp since they were at university in "
            "Sheffield",
            "User has had their orange Mathmos lava lamp since they were a student at university "
            "in Sheffield",
        ),
        # From the HELDOUT141 study: a part swapped on its own is replaced.
        (
            "User replaces the mop head every 3 months",
            "User swaps the mop head every 3 months",
        ),
        # From the HELDOUT139 study: who passed away died.
        (
            "User's grandmother Edna left them her Cornishware milk jug when she died in 2016",
            "User's nan Edna left them her Cornishware milk jug when she passed away in 2016",
        ),
        # From the HELDOUT138 study: keys hung on a hook are kept there; "the pair of us" is
        # "the two of us", "about a fortnight" is "about 2 weeks", and ", and that lasts" is
        # ", which lasts".
        (
            "User and others keep the car keys on the brass key hook next to the fuse box",
            "User and others hang the car keys on the brass key hook by the fuse box",
        ),
        (
            "User's tea caddy holds 80 Yorkshire Tea bags, which lasts the 2 of them about a "
            "fortnight",
            "User's tea caddy holds 80 Yorkshire Tea bags, and that lasts the pair of User "
            "roughly 2 weeks",
        ),
        # From the HELDOUT136 study: a thing clipped "on" a strap is clipped "to" it; a
        # reading measured is recorded; an age reached is turned.
        (
            "User keeps a Silva Expedition 4 compass clipped to the shoulder strap of their "
            "rucksack",
            "User keeps a Silva Expedition 4 compass clipped on the shoulder strap of their "
            "rucksack",
        ),
        (
            "User's weather station recorded 48 millimetres of rain in their garden in Buxton",
            "User's weather station measured 48mm of rain in their garden in Buxton",
        ),
        (
            "User's grandfather gave them his brass Army compass from 1944 when they turned 18",
            "User's grandfather gave them his brass Army compass from 1944 when they reached 18",
        ),
        # From the HELDOUT135 study: a shelf "over" a piano is above it; time taken to do a
        # thing is time spent doing it.
        (
            "User keeps their Lego Hogwarts Castle on a glass shelf above the piano in their "
            "front room",
            "User's Lego Hogwarts Castle is kept on a glass shelf over the piano in their front "
            "room",
        ),
        (
            "User spent 3 years restoring a 1967 Morris Minor Traveller in their garage",
            "User took 3 years to restore their 1967 Morris Minor Traveller in the garage",
        ),
        # From the HELDOUT115 study: "next to" is no "next" of a time to come, and
        # "beside" no other place; a bowl restocked is refilled.
        (
            "User keeps the butter dish next to the Aga because their kitchen in Frome is too "
            "cold for the butter to spread",
            "User keeps the butter dish beside the Aga because their Frome kitchen's too cold "
            "for the butter to spread",
        ),
        (
            "User refills the fruit bowl every Saturday morning with whatever's cheapest at "
            "Rahman's greengrocer on Mill Lane",
            "User restocks the fruit bowl with whatever's cheapest at Rahman's greengrocer on "
            "Mill Lane on Saturday mornings",
        ),
        # From the HELDOUT114 study: a thing screwed to a door is fixed to it.
        (
            "User screwed a 20-jar Kamenstein spice rack to the inside of their pantry door "
            "last weekend",
            "User fixed a 20-jar Kamenstein spice rack last weekend to the inside of their "
            "pantry door",
        ),
        (
            "User's wooden wine rack under the stairs holds 24 bottles",
            "User's wooden wine rack under the stairs takes 2 dozen bottles",
        ),
    ],
)
def test_words_wordnet_keeps_apart_that_say_one_thing(stored: str, new: str) -> None:
    assert is_near_duplicate(new, Nearest("1", stored, 0.95), 0.8)
