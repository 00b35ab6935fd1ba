"""A generator of news-like corpora: story clusters with syndicated near-duplicates.

Each story is told by 3–7 outlets. The first runs the wire copy; others re-run it with a new
headline, a dateline and a copyright footer (near-duplicate documents), or rewrite it: keep
some sentences, swap words, reorder, add a paragraph of their own (near-duplicate and
conflicting sentences: an outlet that rewrites sometimes gets a number wrong). Sentences are
built from parts (who, what, where, how many, when) drawn from large generated vocabularies,
so two different stories share phrasing about as much as real ones do; a little boilerplate
("did not respond to a request for comment") is shared by all. Deterministic for a seed.
"""

from __future__ import annotations

import random
from pathlib import Path

_SYLLABLES = ["ar", "bel", "cor", "dan", "el", "fen", "gar", "hal", "is", "jor", "kel", "lin",
              "mar", "nor", "os", "pel", "quin", "ros", "sal", "tor", "ul", "ven", "wes", "yar"]
_FIRST = ["Ilse", "Oren", "Talia", "Dario", "Mira", "Ruth", "Anna", "Lena", "Tom", "Maren",
          "Jonas", "Sara", "Amir", "Chen", "Fatima", "Kofi", "Lucia", "Nikolai", "Priya", "Yusuf",
          "Elena", "Marco", "Hana", "Diego", "Ines", "Pavel", "Grace", "Omar", "Sofia", "Liam"]
_ROLES = ["mayor", "minister", "union leader", "police spokesperson", "chief executive",
          "council member", "fire chief", "judge", "governor", "health official",
          "prosecutor", "school superintendent", "coast guard commander", "party chair"]
_ORG_KINDS = ["Council", "Transit Authority", "Water Board", "Health Trust", "Port Company",
              "Teachers Union", "Energy Cooperative", "Housing Agency", "Chamber of Commerce"]
_EVENTS = [
    ("strike", "workers walked off the job"), ("flood", "the river burst its banks"),
    ("fire", "a fire tore through a warehouse"), ("election", "voters went to the polls"),
    ("merger", "the two firms agreed to combine"), ("protest", "thousands marched downtown"),
    ("landslide", "a hillside collapsed onto the main road"),
    ("budget vote", "the council approved its spending plan"),
    ("outbreak", "clinics reported a surge of infections"),
    ("power cut", "the grid failed during the evening peak"),
    ("court ruling", "the court struck down the permit"),
    ("factory closure", "the plant announced it would shut"),
    ("storm", "gale-force winds hit the coast"),
    ("bridge collapse", "a span of the bridge gave way"),
    ("data breach", "hackers stole customer records"), ("rail crash", "two trains collided"),
]
_PARTS = {  # every sentence names something of its own story, as real reporting does
    "lead": [
        "In {place}, {what} on {day}, according to {person}, the {role}.",
        "{what} in {place} on {day}, {person} told reporters.",
        "{person}, the {role} of {place}, confirmed on {day} that {what}.",
    ],
    "count": [
        "About {n} people in {district} were affected by the {event}, {org} estimated.",
        "The {event} has touched roughly {n} households around {street}, {person} said.",
        "{org} put the number of {district} residents affected at {n}.",
    ],
    "cost": [
        "{org} said damage along {street} could cost {m} million dollars to repair.",
        "Early estimates from {org} put the bill for {district} at {m} million dollars.",
        "Repairs in {district} will run to {m} million dollars, {person} said.",
    ],
    "quote": [
        "“We will not rest until {district} is back on its feet,” {person} said.",
        "“Nobody in {district} expected this,” said {witness}, a {job} on {street}.",
        "“This is the worst I have seen in {k} years,” {witness} told {outlet}.",
    ],
    "history": [
        "The last {event} of this scale in {place} came in {year}, when {witness} was {role}.",
        "Records kept by {org} show nothing comparable in {district} since {year}.",
    ],
    "detained": [
        "Police in {place} said {n3} people had been detained near {street}.",
        "{n3} arrests were made overnight in {district}, a {place} police statement said.",
    ],
    "outlook": [
        "{person} expects the disruption in {district} to last another {k2} days.",
        "{org} warned that full service on {street} may not return for {k2} days.",
        "{person} promised {place} a full report by {day2}.",
    ],
    "local": [
        "Schools along {street} in {district} stayed closed on {day}.",
        "Shops near {street} reported losses of about {p} percent, {witness} said.",
        "Residents of {district} said they waited {k} hours for word from {org}.",
        "Volunteers from {org} handed out water at {street} on {day}.",
    ],
}
_BOILERPLATE = ["{org} did not respond to a request for comment.",
                "The investigation is continuing."]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_JOBS = ["teacher", "baker", "nurse", "driver", "shopkeeper", "farmer", "electrician"]
_SWAPS = {"said": "stated", "people": "residents", "officials": "authorities",
          "about": "roughly", "reported": "recorded", "expect": "anticipate",
          "confirmed": "said", "warned": "cautioned", "estimates": "figures"}
OUTLETS = ["Northline Wire", "Valley Courier", "Harbor Daily", "Summit Herald", "City Ledger",
           "Ridge Tribune", "Coastal Times", "Evening Post", "Plains Gazette", "Metro Record",
           "Lakeside News", "Capital Observer"]


def _name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).title()


def _values(rng: random.Random) -> dict[str, object]:
    event, what = rng.choice(_EVENTS)
    place = _name(rng, rng.randint(2, 3))
    return {
        "event": event, "what": what, "place": place,
        "person": f"{rng.choice(_FIRST)} {_name(rng)}", "role": rng.choice(_ROLES),
        "witness": f"{rng.choice(_FIRST)} {_name(rng)}", "job": rng.choice(_JOBS),
        "org": f"the {place} {rng.choice(_ORG_KINDS)}", "district": _name(rng),
        "street": f"{_name(rng)} Street", "day": rng.choice(_DAYS), "day2": rng.choice(_DAYS),
        "n": rng.randint(20, 9000), "n3": rng.randint(2, 60), "m": rng.randint(2, 400),
        "k": rng.randint(2, 30), "k2": rng.randint(2, 20), "year": rng.randint(1950, 2020),
        "p": rng.randint(5, 60), "outlet": rng.choice(OUTLETS),
    }


def _story(rng: random.Random) -> tuple[str, str, list[str], dict[str, object]]:
    values = _values(rng)
    kinds = ["lead", *rng.sample([k for k in _PARTS if k != "lead"], rng.randint(5, 7))]
    sentences = [_cap(rng.choice(_PARTS[k]).format(**values)) for k in kinds]
    sentences += [_cap(rng.choice(_BOILERPLATE).format(**values))] if rng.random() < 0.5 else []
    title = f"{str(values['event']).title()} in {values['place']}"
    return title, str(values["place"]), sentences, values


def _rewrite(sentences: list[str], values: dict[str, object], rng: random.Random) -> list[str]:
    """An outlet's own version: some sentences kept and reworded, one number maybe changed,
    a paragraph of its own added."""
    kept = [sentences[0], *(s for s in sentences[1:] if rng.random() < 0.6)]
    out = []
    for sentence in kept:
        words = [_SWAPS.get(w, w) if rng.random() < 0.5 else w for w in sentence.split()]
        if rng.random() < 0.1:  # a different figure: the disagreements summaries must show
            words = [str(int(w) + rng.randint(1, 9)) if w.isdigit() and len(w) < 4 else w
                     for w in words]
        out.append(" ".join(words))
    own = _values(rng) | {k: values[k] for k in ("event", "place", "org", "district")}
    extra = rng.choice([k for k in _PARTS if k != "lead"])
    return [*out, _cap(rng.choice(_PARTS[extra]).format(**own))]


def _cap(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:]


def generate(articles: int, seed: int = 20251122) -> list[tuple[str, str]]:
    """`articles` (file name, text) pairs in story clusters of 3–7 outlets."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    story_no = 0
    while len(out) < articles:
        story_no += 1
        title, place, sentences, values = _story(rng)
        wire = rng.choice(OUTLETS)
        for copy in range(rng.randint(3, 7)):
            if len(out) >= articles:
                break
            outlet = rng.choice(OUTLETS)
            if copy == 0 or rng.random() < 0.4:  # the wire copy, re-headlined
                body = [f"{place.upper()} ({wire}) — {sentences[0]}", *sentences[1:]]
                text = f"{title}: latest\n\n" + "\n\n".join(body)
                text += f"\n\nCopyright 2026 {outlet}. All rights reserved.\n"
            else:
                body = _rewrite(sentences, values, rng)
                text = f"{title}, as {outlet} reports\n\n" + "\n\n".join(body) + "\n"
            out.append((f"{story_no:05}_{copy}_{outlet.replace(' ', '_').lower()}.txt", text))
    return out


def write(articles: int, folder: Path, seed: int = 20251122) -> Path:
    """Write a corpus of `articles` files into `folder` (created); returns `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in generate(articles, seed):
        (folder / name).write_text(text, encoding="utf-8")
    return folder
