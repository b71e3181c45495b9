"""Synthetic news articles for benchmarks: varied templates, not one article repeated.

Each article strings together 6-12 sentences drawn from templates of reporting (stances,
sanctions, figures, quotes and plain filler) with random actors, numbers, hedges and dates, so
the extractors do real work on every article and no two articles are alike.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

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
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June"]

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
    "Call 0212 555 {n}{n} for more information about the {year} census.",
    "Thousands marched through the capital on {day}, demanding a change of government.",
    "The national assembly met for the {n2}th time since {month}.",
    "Aid worth ${n} million was pledged at a conference in {city} on {d} {month}.",
]
CITIES = ["Lima", "Bogotá", "Montevideo", "Brussels", "Ottawa", "Caracas"]


def _fill(template: str, rng: random.Random) -> str:
    countries = rng.sample(COUNTRIES, 3)
    subjects = rng.sample(SUBJECTS, 2)
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
        )
        .replace("The the", "The")
        .replace(" the the ", " the ")
    )


def synthetic_article(index: int, seed: int = 2019) -> tuple[str, str]:
    """(title, text) of article number ``index``; the same index always gives the same text."""
    rng = random.Random(seed * 1_000_003 + index)
    sentences = [_fill(rng.choice(TEMPLATES), rng) for _ in range(rng.randint(6, 12))]
    sentences = [s[0].upper() + s[1:] for s in sentences]
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    title = f"Venezuela crisis update {index}: {sentences[0][:60]}"
    return title, "\n\n".join(paragraphs)


def synthetic_articles(count: int, seed: int = 2019) -> Iterator[tuple[str, str]]:
    """(article_id, text) pairs for ``count`` synthetic articles."""
    for index in range(count):
        _, text = synthetic_article(index, seed)
        yield f"{index:012x}", text
