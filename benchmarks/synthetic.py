"""Synthetic news articles for benchmarks: varied templates, not one article repeated.

Each article strings together 6-12 sentences drawn from templates of reporting (stances,
sanctions, figures, quotes and plain filler) with random actors, numbers, hedges and dates, so
the extractors do real work on every article and no two articles are alike.

``synthetic_records`` adds what a corpus export carries (title, outlet, publication date, url)
and guarantees distinct texts: the pipeline drops exact duplicates, and a benchmark whose
articles silently vanish measures less work than it claims.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from datetime import date, timedelta

COUNTRIES = [
    "the US",
    "Canada",
    "Brazil",
    "Colombia",
    "Peru",
    "Argentina",
    "Chile",
    "Spain",
    "France",
    "Germany",
    "the UK",
    "Italy",
    "Russia",
    "China",
    "Turkey",
    "Cuba",
    "Iran",
    "Mexico",
    "Uruguay",
    "Ecuador",
    "Portugal",
    "the Netherlands",
    "Sweden",
    "Austria",
    "Japan",
]
OFFICIALS = [
    "US Secretary of State Mike Pompeo",
    "UK Foreign Secretary Jeremy Hunt",
    "Mr Bolton",
    "Russian Foreign Minister Sergei Lavrov",
    "President Jair Bolsonaro",
    "Mr Trudeau",
]
SUBJECTS = ["Juan Guaidó", "Mr Guaidó", "the opposition leader", "Nicolás Maduro", "Mr Maduro"]
TARGETS = [
    "PDVSA",
    "the central bank",
    "Minerven",
    "key figures in the government",
    "{n} Venezuelan officials",
    "Venezuela's gold sector",
    "Delcy Rodríguez",
]
HEDGES = ["", "about ", "more than ", "nearly ", "at least ", "up to ", "some "]
NUMBERS = [
    "three million",
    "3.4 million",
    "5,000",
    "768,000",
    "1.3 million",
    "four million",
    "{k},000",
    "{n}",
    "twenty",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
]
VENEZUELAN_CITIES = [
    "Maracaibo",
    "Valencia",
    "Barquisimeto",
    "Maturín",
    "San Cristóbal",
    "Ciudad Guayana",
    "Mérida",
    "Cumaná",
]
SUPPLIES = [
    "insulin",
    "antibiotics",
    "baby formula",
    "dialysis equipment",
    "painkillers",
    "clean water",
    "cooking gas",
]
QUOTE_LINES = [
    "This is a fight for democracy",
    "The people have spoken and the world is listening",
    "We call on all sides to show restraint",
    "Sanctions hurt ordinary families most",
    "There can be no going back now",
    "Time is running out for the regime",
    "Our embassy in Caracas will remain open",
    "Humanitarian aid must be allowed across the border",
    "Nobody should interfere in the affairs of a sovereign nation",
    "We will keep up the pressure until there are free elections",
]
CUES = ["said", "told reporters", "wrote on Twitter", "said in a statement", "added"]

PROMO_START = "Call 0212"  # a promotional line, as outlets print under an article

TEMPLATES = [
    "{c1} and {c2} recognised {s} as interim president on {day}.",
    "{c1} continues to back {s}, while {c2} has recognised {s2}.",
    "{s} has the backing of {c1}, {c2} and {c3}.",
    "{c1} has not recognised {s}, officials said on {day}.",
    "{c1} will recognise {s} if new elections are not called by {day}.",
    "{o} urged {c1} to recognise {s} as the legitimate president.",
    "The {c1}-backed opposition leader addressed supporters in Caracas on {day}.",
    "On {day}, {c1} imposed sanctions on {t}.",
    "{c1} has an existing sanctions regime against {n} Venezuelans accused of abuses.",
    "{o} is expected to urge {c1} to impose sanctions on {t}.",
    "{c1} warned it would impose sanctions on {t} within {n} days.",
    "{h}{num} people have fled Venezuela since {year}, according to the UN refugee agency.",
    "{h}{num} Venezuelans now live in {c1}, officials said.",
    "{c1} has sent {h}{num} troops to the border, the ministry said on {d} {month}.",
    "The {n}-country Lima Group met in {city} for {n} hours on {day}.",
    "“We will not accept an ultimatum from anyone,” {o} said on {day}.",
    "{o} told reporters: “The crisis in Venezuela must end through free elections.”",
    "Prices rose by {n}% in {month}, the {n2}th increase this year.",
    PROMO_START + " 555 {n}{n} for more information about the {year} census.",
    "Thousands marched through the capital on {day}, demanding a change of government.",
    "The national assembly met for the {n2}th time since {month}.",
    "Aid worth ${n} million was pledged at a conference in {city} on {d} {month}.",
    # stances the first templates lack: refusals, opposition, neutrality, withdrawals
    "{c1} said it would not recognise {s}, calling the move illegitimate.",
    "{c1} rejected the claim of {s} to the presidency on {day}.",
    "{c1} called for dialogue between {s} and {s2} and declined to take sides.",
    "{c1} withdrew its recognition of {s} in {month}.",
    "{o} said {c1} stands firmly with {s}.",
    "Officials in {c1} said they were considering whether to recognise {s}.",
    # sanctions in other states and measures
    "{c1} lifted sanctions on {t} after talks in {city}.",
    "{c1} froze the assets of {t} on {day}, the finance ministry said.",
    "{c1} imposed a travel ban on {n} officials close to {s}.",
    "{c1} has ruled out sanctions on {t} for now.",
    "An arms embargo imposed by {c1} in {year} remains in force.",
    # figures of other categories
    "{h}{n} people have died in clashes since {month}, a rights group said.",
    "Police detained {h}{n} protesters in {city2} on {day}.",
    "{h}{num} protesters gathered outside the national assembly on {day}.",
    "{h}{n} people were injured when security forces dispersed a march in {city2}.",
    "{h}{n} countries have now recognised {s}.",
    # quotes with other cues
    "“{quote},” {o} {cue} on {day}.",
    "{o} {cue}: “{quote}.”",
    # plain filler, so articles are not only facts
    "Queues for fuel stretched for {n} blocks in {city2} on {day}.",
    "Power cuts left {h}{n} neighbourhoods of {city2} in darkness for {n2} hours.",
    "The bolívar lost {n}% of its value against the dollar in {month}.",
    "Hospitals in {city2} reported shortages of {supply} and {supply2}.",
    "Oil output fell to {n2}0,000 barrels a day in {month}, OPEC figures showed.",
    "Talks between the two sides resumed in {city} on {day} under Norwegian mediation.",
    "Analysts in {city} said the standoff could last for {n} more weeks.",
    "Schools in {city2} closed for {n2} days because teachers could not afford the bus fare.",
]
CITIES = ["Lima", "Bogotá", "Montevideo", "Brussels", "Ottawa", "Caracas"]


def _fill(template: str, rng: random.Random) -> str:
    countries = rng.sample(COUNTRIES, 3)
    subjects = rng.sample(SUBJECTS, 2)
    supplies = rng.sample(SUPPLIES, 2)
    return (
        template.format(
            c1=countries[0],
            c2=countries[1],
            c3=countries[2],
            s=subjects[0],
            s2=subjects[1],
            o=rng.choice(OFFICIALS),
            t=rng.choice(TARGETS).format(n=rng.randint(2, 60)),
            h=rng.choice(HEDGES),
            num=rng.choice(NUMBERS).format(k=rng.randint(2, 900), n=rng.randint(2, 90)),
            n=rng.randint(2, 60),
            n2=rng.randint(4, 19),
            day=rng.choice(DAYS),
            month=rng.choice(MONTHS),
            d=rng.randint(1, 28),
            year=rng.choice([2014, 2015, 2017]),
            city=rng.choice(CITIES),
            city2=rng.choice(VENEZUELAN_CITIES),
            supply=supplies[0],
            supply2=supplies[1],
            quote=rng.choice(QUOTE_LINES),
            cue=rng.choice(CUES),
        )
        .replace("The the", "The")
        .replace(" the the ", " the ")
    )


def synthetic_article(index: int, seed: int = 2019, variant: int = 0) -> tuple[str, str]:
    """(title, text) of article number ``index``; the same index always gives the same text.

    ``variant`` draws another article for the same index (``synthetic_records`` uses it in the
    unlikely case two indexes draw the same text); variant 0 keeps the texts benchmarks have
    always used.
    """
    rng = random.Random(seed * 1_000_003 + index if variant == 0 else f"{seed}:{index}:{variant}")
    sentences = [_fill(rng.choice(TEMPLATES), rng) for _ in range(rng.randint(6, 12))]
    sentences = [s[0].upper() + s[1:] for s in sentences]
    title = f"Venezuela crisis update {index}: {sentences[0][:60]}"
    return title, "\n\n".join(_paragraphs(sentences))


def _paragraphs(sentences: list[str]) -> list[str]:
    """Two sentences a paragraph; a promotional line stands alone, as on a real page.

    The cleaning rules drop a promotional line whole (``promo-phone``): mixed into a paragraph
    it would take the news beside it along, and an article of such paragraphs would vanish.
    """
    paragraphs: list[str] = []
    pending: list[str] = []
    for sentence in sentences:
        if sentence.startswith(PROMO_START):
            paragraphs.extend([" ".join(pending), sentence] if pending else [sentence])
            pending = []
            continue
        pending.append(sentence)
        if len(pending) == 2:
            paragraphs.append(" ".join(pending))
            pending = []
    if pending:
        paragraphs.append(" ".join(pending))
    return paragraphs


def synthetic_articles(
    count: int, seed: int = 2019, profile: str = "dense"
) -> Iterator[tuple[str, str]]:
    """(article_id, text) pairs for ``count`` synthetic articles of a profile (see PROFILES)."""
    make = PROFILES[profile]
    for index in range(count):
        _, text = make(index, seed)
        yield f"{index:012x}", text


# --- the "news" profile: articles shaped like the real ones ----------------------------------
#
# The dense articles above are ~110 words, nearly every sentence a fact: a stress test of the
# extractors. A news archive is not like that: the two real seed articles run 441 and 794
# words with about 30 facts and quotes per 1,000 words, carry headlines, bylines, captions
# and link texts, curly possessives and quote marks (which matter to spaCy's tokenizer, see
# tidynews.annotate.line_pieces), and name many people and places that occur nowhere else.
# This profile draws such articles: 350-1,000 words, a fact sentence (from TEMPLATES) about
# one time in four, the rest reporting and colour around invented names, so the vocabulary
# keeps growing with the corpus as a real archive's does. bench_extract prints the facts
# and mentions per 1,000 words it gives, next to the seeds' when ../shared is present.

SYLLABLES = (
    "ra mi to ve lo za cu ne pa ri don gal ber san mor quin tel az ur ba che li go "
    "fer nan dez var ros ta el is co"
).split()
JOBS = [
    "nurse",
    "shopkeeper",
    "taxi driver",
    "teacher",
    "retired engineer",
    "student",
    "street vendor",
    "economist",
    "union organiser",
    "pharmacist",
]
AGENCIES = ["AFP/Getty Images", "Reuters", "EPA", "AP", "Getty Images"]
NEWS_FILLER = [
    "{person}, a {job} in {place}, said the queues had grown longer since {month}.",
    "\u201c{quote},\u201d said {person}, a {age}-year-old {job} from {place}.",
    "{surname}\u2019s family left {place} for {country} in {year} and has not been back.",
    "{country}\u2019s foreign ministry did not respond to a request for comment.",
    "Residents of {place} say the {supply} they need has not been seen in shops for weeks.",
    "{person} walks {n} blocks every morning to find {supply}, she told the {outlet}.",
    "The government\u2019s critics say the crisis has been years in the making.",
    "In {place}, a town of small farms near the {river} river, the bakery opened at {hour} am.",
    "\u201cWe don\u2019t know what will happen tomorrow,\u201d {person} said, "
    "standing outside the {place} clinic.",
    "Economists at the {university} expect the recession to deepen this year.",
    "Mr {surname}, who has run the {place} pharmacy for {n} years, keeps a list of "
    "customers waiting for {supply}.",
    "It was not clear whether the talks in {city} would resume before the weekend.",
    "Critics of the plan, among them {person}, say it does little for the poorest.",
    "The {outlet} could not independently verify the claims made by either side.",
    "Supporters of both men have called for marches in {place} and other cities.",
    "{subject} spoke to supporters in {city} on {day}, his voice hoarse.",
    "Venezuela\u2019s economy has shrunk by half since {subject} took office, "
    "economists in {city} say.",
    "Diplomats from {country} and {country2} met their counterparts in {city} on {day}.",
    "{subject}\u2019s allies in Caracas dismissed the talks in {city} as theatre.",
    "Many Venezuelans in {country} send money home to relatives in {place}.",
    "The UN and the EU have both called the situation in Venezuela a humanitarian crisis.",
]
NEWS_EXTRAS = [
    "Image copyright {agency}",
    "Image caption {person} speaks to supporters in {place}",
    "Read more: {country}\u2019s role in the crisis explained",
    "Media playback is unsupported on your device",
]
NEWS_HEADLINES = [
    "{country}\u2019s stance hardens as {subject} seeks support abroad",
    "\u2018We are running out of time\u2019: life in {place} as the crisis deepens",
    "{subject} and the army: what happens next?",
    "Why {country}\u2019s neighbours are watching {place} closely",
]
OUTLET_NAMES = ["Herald", "Daily Ledger", "Andes Wire", "Evening Post"]
UNIVERSITIES = ["Central University", "Andes Institute", "School of Economics"]
RIVERS = ["Orinoco", "Apure", "Caroní", "Caura"]


def _invented(rng: random.Random, parts: int) -> str:
    """A name that may occur nowhere else in the corpus, as real archives are full of."""
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _news_fill(template: str, rng: random.Random) -> str:
    person = f"{_invented(rng, 2)} {_invented(rng, 3)}"
    countries = [c.removeprefix("the ") for c in rng.sample(COUNTRIES, 2)]
    return template.format(
        person=person,
        surname=_invented(rng, 3),
        place=_invented(rng, rng.randint(2, 3)),
        job=rng.choice(JOBS),
        age=rng.randint(19, 84),
        month=rng.choice(MONTHS),
        country=countries[0],
        country2=countries[1],
        day=rng.choice(DAYS),
        year=rng.choice([2016, 2017, 2018]),
        quote=rng.choice(QUOTE_LINES),
        supply=rng.choice(SUPPLIES),
        n=rng.randint(2, 40),
        hour=rng.randint(5, 9),
        outlet=rng.choice(OUTLET_NAMES),
        university=rng.choice(UNIVERSITIES),
        river=rng.choice(RIVERS),
        city=rng.choice(CITIES),
        agency=rng.choice(AGENCIES),
        subject=rng.choice(SUBJECTS),
    )


NEWS_FACT_SHARE = 0.25  # of sentences drawn from TEMPLATES, the rest filler


def news_article(index: int, seed: int = 2019) -> tuple[str, str]:
    """(title, text) of article ``index`` of the news profile: 350-1,000 words."""
    rng = random.Random(f"news:{seed}:{index}")
    target_words = rng.randint(350, 1000)
    title = _news_fill(rng.choice(NEWS_HEADLINES), rng)
    lines = [title, f"By {_invented(rng, 2)} {_invented(rng, 3)}, {rng.choice(OUTLET_NAMES)}"]
    words = sum(len(line.split()) for line in lines)
    while words < target_words:
        if rng.random() < 0.08:
            paragraph = _news_fill(rng.choice(NEWS_EXTRAS), rng)
        else:
            sentences = [
                _fill(rng.choice(TEMPLATES), rng)
                if rng.random() < NEWS_FACT_SHARE
                else _news_fill(rng.choice(NEWS_FILLER), rng)
                for _ in range(rng.randint(1, 3))
            ]
            paragraph = " ".join(s[0].upper() + s[1:] for s in sentences)
        lines.append(paragraph)
        words += len(paragraph.split())
    return title, "\n\n".join(lines)


PROFILES = {"dense": synthetic_article, "news": news_article}


# Outlets of a synthetic corpus, with how many articles each publishes relative to the others:
# real archives are uneven, and partitions by outlet should be too.
OUTLETS = {
    "caracas-herald.example": 6,
    "andes-times.example": 5,
    "orinoco-post.example": 4,
    "lima-ledger.example": 3,
    "bogota-bulletin.example": 3,
    "atlantic-wire.example": 2,
    "river-plate-daily.example": 2,
    "northern-gazette.example": 1,
}
CORPUS_START = date(2019, 1, 1)
CORPUS_DAYS = 273  # January to September 2019: nine months, so nine month partitions


def synthetic_record(index: int, seed: int = 2019, variant: int = 0) -> dict[str, str]:
    """One corpus record (the contract's JSONL keys): text, title, outlet, published, url.

    The metadata comes from its own random stream, so the text is exactly
    ``synthetic_article(index, seed, variant)``'s.
    """
    title, text = synthetic_article(index, seed, variant)
    rng = random.Random(f"record:{seed}:{index}")
    outlet = rng.choices(list(OUTLETS), weights=list(OUTLETS.values()))[0]
    published = CORPUS_START + timedelta(days=rng.randrange(CORPUS_DAYS))
    return {
        "title": title.rstrip(),
        "text": text,
        "outlet": outlet,
        "published": published.isoformat(),
        "url": f"https://{outlet}/{published:%Y/%m/%d}/crisis-update-{index}",
    }


def synthetic_records(count: int, seed: int = 2019) -> Iterator[dict[str, str]]:
    """``count`` records with pairwise different texts, the same ones for the same arguments.

    Why check: the pipeline keeps one article per distinct text, so a repeated text would make
    the corpus smaller than ``count``. A repeat is drawn again as another variant of its index
    (8-byte digests keep the memory of 200,000 texts to a few MB).
    """
    seen: set[bytes] = set()
    for index in range(count):
        for variant in range(100):
            record = synthetic_record(index, seed, variant)
            digest = hashlib.blake2b(record["text"].encode("utf-8"), digest_size=8).digest()
            if digest not in seen:
                seen.add(digest)
                yield record
                break
        else:  # pragma: no cover - would take a broken generator
            raise RuntimeError(f"no distinct text for article {index} after 100 variants")
