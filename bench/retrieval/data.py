"""The conversations and questions (written for this benchmark; no external data).

Ten users, 30 turns each (300 turns): ten turns state a fact each, in the forms real
multi-party chats use (first person, a speaker prefix "Name: ...", the message's `name`,
facts about other people, names, "key: value", a fact inside a question), and twenty are
chit-chat that answers nothing. 100 questions, one per fact turn, each labelled with the
turn that answers it and a class (the form of that turn), so recall can be read per class.

Turn ids are `u<user>-t<turn>`; the harness stores each turn's id in its metadata.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QUESTIONS", "TURNS", "Question", "Turn"]


@dataclass(frozen=True)
class Turn:
    id: str
    user: str
    content: str
    name: str | None = None  # the message's `name` (a named speaker)


@dataclass(frozen=True)
class Question:
    user: str
    text: str
    turns: tuple[str, ...]
    kind: str


# (form, turn text, message name, question) per fact; ten per user.
_FACTS: dict[str, list[tuple[str, str, str | None, str]]] = {
    "caroline": [
        (
            "prefix",
            "Caroline: I went to a LGBTQ support group on Tuesday.",
            None,
            "Which group did Caroline go to?",
        ),
        (
            "first",
            "I'm researching adoption agencies for my future kids.",
            None,
            "What is Caroline researching?",
        ),
        (
            "other",
            "My friend Melanie paints landscapes every weekend.",
            None,
            "What does Melanie paint?",
        ),
        (
            "keyvalue",
            "Favourite book: Becoming Nicole.",
            None,
            "What is Caroline's favourite book?",
        ),
        (
            "question",
            "Since I moved from Sweden four years ago, do you know any good Swedish bakeries?",
            None,
            "Where did Caroline move from?",
        ),
        (
            "name",
            "Hi, I'm Caroline, I work as a school counselor.",
            None,
            "What is Caroline's job?",
        ),
        (
            "named",
            "I keep a necklace my grandmother gave me.",
            "Caroline",
            "What did Caroline's grandmother give her?",
        ),
        (
            "first",
            "I run a charity race every spring for mental health.",
            None,
            "What race does Caroline run?",
        ),
        (
            "other",
            "My brother Lucas is studying medicine in Berlin.",
            None,
            "What is Lucas studying?",
        ),
        ("keyvalue", "Hometown: Gothenburg", None, "What is Caroline's hometown?"),
    ],
    "melanie": [
        (
            "named",
            "I signed up for a pottery class last week.",
            "Melanie",
            "What class did Melanie sign up for?",
        ),
        (
            "prefix",
            "Melanie: We went camping at the beach with the kids.",
            None,
            "Where did Melanie go camping?",
        ),
        (
            "first",
            "I have three children and a dog named Oscar.",
            None,
            "What is the name of Melanie's dog?",
        ),
        (
            "other",
            "My husband Tom works as a firefighter.",
            None,
            "What does Melanie's husband do?",
        ),
        ("keyvalue", "Favourite painter: Van Gogh", None, "Who is Melanie's favourite painter?"),
        (
            "question",
            "I'm allergic to cats, so which pets would you suggest for my son?",
            None,
            "What is Melanie allergic to?",
        ),
        ("name", "Call me Mel, everyone does.", None, "What does Melanie like to be called?"),
        (
            "first",
            "I play the violin in a community orchestra.",
            None,
            "Which instrument does Melanie play?",
        ),
        (
            "other",
            "My daughter Emma just started ballet lessons.",
            None,
            "What lessons did Emma start?",
        ),
        (
            "keyvalue",
            "Morning routine: yoga and black coffee",
            None,
            "What is Melanie's morning routine?",
        ),
    ],
    "raj": [
        (
            "first",
            "I work at a fintech startup as a backend engineer.",
            None,
            "Where does Raj work?",
        ),
        (
            "prefix",
            "Raj: I just finished my first marathon in Chicago.",
            None,
            "Where did Raj run his first marathon?",
        ),
        (
            "other",
            "My sister Priya is a pediatric surgeon in Toronto.",
            None,
            "What is Priya's job?",
        ),
        ("keyvalue", "Blood type: O negative", None, "What is Raj's blood type?"),
        (
            "question",
            "Now that I've adopted a rescue greyhound, how often should I walk him?",
            None,
            "What kind of dog did Raj adopt?",
        ),
        ("name", "I'm Raj, by the way, I grew up in Pune.", None, "Where did Raj grow up?"),
        (
            "named",
            "I'm learning to cook Thai curries from scratch.",
            "Raj",
            "What cuisine is Raj learning to cook?",
        ),
        ("first", "I drive an old green Volvo station wagon.", None, "What car does Raj drive?"),
        (
            "other",
            "Alice from my team collects vintage typewriters.",
            None,
            "What does Alice collect?",
        ),
        ("keyvalue", "Favourite board game: Catan", None, "What is Raj's favourite board game?"),
    ],
    "sofia": [
        (
            "prefix",
            "Sofia: I teach Spanish at a high school in Madrid.",
            None,
            "What does Sofia teach?",
        ),
        (
            "first",
            "I've been vegetarian since I was sixteen.",
            None,
            "Since when has Sofia been vegetarian?",
        ),
        (
            "other",
            "My grandfather was a fisherman in Galicia.",
            None,
            "What was Sofia's grandfather's job?",
        ),
        ("keyvalue", "Allergies: penicillin", None, "What is Sofia allergic to?"),
        (
            "question",
            "Since I'm flying to Tokyo in March, what should I pack?",
            None,
            "Where is Sofia flying in March?",
        ),
        ("name", "My name is Sofia and I love flamenco.", None, "What dance does Sofia love?"),
        (
            "named",
            "I sing in a jazz choir on Thursdays.",
            "Sofia",
            "When does Sofia sing in the choir?",
        ),
        ("first", "I'm saving up to buy a sailboat.", None, "What is Sofia saving for?"),
        (
            "other",
            "My roommate Clara is a nurse at the children's hospital.",
            None,
            "Where does Clara work?",
        ),
        ("keyvalue", "Favourite film: Pan's Labyrinth", None, "What is Sofia's favourite film?"),
    ],
    "ben": [
        (
            "first",
            "I broke my wrist skateboarding last summer.",
            None,
            "How did Ben break his wrist?",
        ),
        (
            "prefix",
            "Ben: I'm moving to Denver for a new job in June.",
            None,
            "Where is Ben moving?",
        ),
        ("other", "My mom runs a small bakery in Vermont.", None, "What does Ben's mom run?"),
        ("keyvalue", "Shoe size: 44", None, "What is Ben's shoe size?"),
        (
            "question",
            "Given that I'm lactose intolerant, is this pizza okay for me?",
            None,
            "What intolerance does Ben have?",
        ),
        ("name", "Hey, I'm Ben, I study architecture.", None, "What does Ben study?"),
        ("named", "I collect vinyl records from the seventies.", "Ben", "What does Ben collect?"),
        (
            "first",
            "I volunteer at the animal shelter on Sundays.",
            None,
            "Where does Ben volunteer?",
        ),
        ("other", "My best friend Omar plays drums in a punk band.", None, "What does Omar play?"),
        ("keyvalue", "Favourite team: Boston Celtics", None, "What is Ben's favourite team?"),
    ],
    "yuki": [
        (
            "named",
            "I practice kendo three evenings a week.",
            "Yuki",
            "Which martial art does Yuki practice?",
        ),
        (
            "prefix",
            "Yuki: I translated a novel from French into Japanese.",
            None,
            "What did Yuki translate?",
        ),
        ("first", "I live in a small apartment near Osaka station.", None, "Where does Yuki live?"),
        ("other", "My cousin Hana is opening a ramen shop.", None, "What is Hana opening?"),
        ("keyvalue", "Favourite tea: genmaicha", None, "What is Yuki's favourite tea?"),
        (
            "question",
            "As I'm training for the Kyoto half marathon, what pace should I aim for?",
            None,
            "What race is Yuki training for?",
        ),
        ("name", "I'm Yuki, nice to meet you.", None, "What is the user's name?"),
        (
            "first",
            "I grow bonsai trees on my balcony.",
            None,
            "What does Yuki grow on the balcony?",
        ),
        (
            "other",
            "My father retired from the railway company last year.",
            None,
            "Where did Yuki's father work?",
        ),
        (
            "keyvalue",
            "Languages: Japanese, French, English",
            None,
            "Which languages does Yuki speak?",
        ),
    ],
    "omar": [
        (
            "first",
            "I play drums in a punk band called Static Bloom.",
            None,
            "What is the name of Omar's band?",
        ),
        (
            "prefix",
            "Omar: My wife and I are expecting twins in October.",
            None,
            "When are Omar's twins due?",
        ),
        ("other", "My neighbour Greta keeps bees in her garden.", None, "What does Greta keep?"),
        ("keyvalue", "Job: electrician", None, "What is Omar's job?"),
        (
            "question",
            "Since I'm diabetic, what snacks can I bring to rehearsal?",
            None,
            "What condition does Omar have?",
        ),
        ("name", "Call me Omar, not Mr. Haddad.", None, "What is Omar's surname?"),
        ("named", "I restored a 1972 Vespa over the winter.", "Omar", "What did Omar restore?"),
        ("first", "I coach a youth football team on Saturdays.", None, "What does Omar coach?"),
        ("other", "My brother Karim is a pilot for a cargo airline.", None, "What does Karim do?"),
        ("keyvalue", "Favourite album: London Calling", None, "What is Omar's favourite album?"),
    ],
    "lena": [
        (
            "prefix",
            "Lena: I defended my PhD in marine biology yesterday.",
            None,
            "What did Lena get her PhD in?",
        ),
        (
            "first",
            "I dive with sharks in the Red Sea every winter.",
            None,
            "Where does Lena dive every winter?",
        ),
        (
            "other",
            "My partner Jonas builds furniture from reclaimed wood.",
            None,
            "What does Jonas build?",
        ),
        ("keyvalue", "Favourite animal: octopus", None, "What is Lena's favourite animal?"),
        (
            "question",
            "Because I get seasick easily, which ferry seats are best?",
            None,
            "What does Lena get easily?",
        ),
        ("name", "Hi! I'm Lena from Hamburg.", None, "Where is Lena from?"),
        (
            "named",
            "I'm writing a children's book about coral reefs.",
            "Lena",
            "What is Lena's book about?",
        ),
        (
            "first",
            "I cycle forty kilometers to the lab and back.",
            None,
            "How does Lena get to the lab?",
        ),
        ("other", "My sister Anke is a judge in Munich.", None, "What is Anke's job?"),
        ("keyvalue", "Dream trip: Galapagos Islands", None, "What is Lena's dream trip?"),
    ],
    "marcus": [
        (
            "first",
            "I manage a bookstore that specializes in comics.",
            None,
            "What does Marcus manage?",
        ),
        (
            "prefix",
            "Marcus: I proposed to Dana on the Brooklyn Bridge.",
            None,
            "Where did Marcus propose?",
        ),
        (
            "other",
            "My dad fought in the Gulf War as a medic.",
            None,
            "What was Marcus's dad in the Gulf War?",
        ),
        (
            "keyvalue",
            "Favourite superhero: Miles Morales",
            None,
            "Who is Marcus's favourite superhero?",
        ),
        (
            "question",
            "Since I'm colorblind, can you describe this chart for me?",
            None,
            "What condition does Marcus have?",
        ),
        (
            "name",
            "I'm Marcus, I run the Tuesday trivia night.",
            None,
            "What night does Marcus run?",
        ),
        (
            "named",
            "I bake sourdough bread every Sunday morning.",
            "Marcus",
            "What does Marcus bake on Sundays?",
        ),
        (
            "first",
            "I have a tattoo of a phoenix on my back.",
            None,
            "What tattoo does Marcus have?",
        ),
        (
            "other",
            "Dana teaches chemistry at the community college.",
            None,
            "What does Dana teach?",
        ),
        ("keyvalue", "Favourite snack: spicy peanuts", None, "What is Marcus's favourite snack?"),
    ],
    "ines": [
        (
            "named",
            "I started learning the cello at forty.",
            "Ines",
            "What instrument did Ines start learning?",
        ),
        (
            "prefix",
            "Ines: I run a vineyard in the Douro valley.",
            None,
            "Where is Ines's vineyard?",
        ),
        (
            "first",
            "I have two horses named Luz and Trovão.",
            None,
            "What are the names of Ines's horses?",
        ),
        (
            "other",
            "My son Tiago plays water polo for the university.",
            None,
            "What sport does Tiago play?",
        ),
        ("keyvalue", "Favourite wine: touriga nacional", None, "What is Ines's favourite wine?"),
        (
            "question",
            "As I'm hosting a harvest festival in September, how many tents do I need?",
            None,
            "What is Ines hosting in September?",
        ),
        ("name", "Call me Ines, please.", None, "What should the user be called?"),
        (
            "first",
            "I lost my sense of smell after a bad flu in 2021.",
            None,
            "What did Ines lose after the flu?",
        ),
        ("other", "My neighbour Rui restores old church organs.", None, "What does Rui restore?"),
        ("keyvalue", "Birthday: 12 May", None, "When is Ines's birthday?"),
    ],
}

_CHATTER = (
    "Haha, that's so true.",
    "Thanks, that helps a lot!",
    "What do you think about that?",
    "Okay, talk to you later.",
    "Wow, I didn't expect that.",
    "Can you say that again?",
    "Sounds good to me.",
    "Hmm, let me think about it.",
    "That's a fair point.",
    "Good morning!",
    "I'm not sure, honestly.",
    "Really? Tell me more.",
    "Oh nice, congrats!",
    "Yeah, same here.",
    "Let's see how it goes.",
    "Sorry, I was busy earlier.",
    "That's hilarious.",
    "Anyway, what's new with you?",
    "I guess so.",
    "See you tomorrow then.",
)


def _build() -> tuple[list[Turn], list[Question]]:
    turns: list[Turn] = []
    questions: list[Question] = []
    for user, facts in _FACTS.items():
        # Each fact turn, then two chit-chat turns: 30 turns per user.
        n = 0
        for i, (kind, text, name, question) in enumerate(facts):
            turn = Turn(f"{user}-t{n}", user, text, name)
            turns.append(turn)
            questions.append(Question(user, question, (turn.id,), kind))
            n += 1
            for chatter in (_CHATTER[(2 * i) % 20], _CHATTER[(2 * i + 7) % 20]):
                turns.append(Turn(f"{user}-t{n}", user, chatter))
                n += 1
    return turns, questions


TURNS, QUESTIONS = _build()
