"""Random tables in the contract's shape, for tests of the readers of a tables folder.

Why not extract a corpus: these tests are about reading, filtering and aggregating tables, and
need the awkward cases in numbers a small corpus rarely has (articles with no outlet or date,
null key parts, an id named only in mentions, two units tied for a figure). Values are drawn
from short lists so claims repeat across articles and outlets, as in a real archive.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

OUTLETS = ["one.example", "two.example", "three.example", "four.example", None]
ACTORS = [
    ("country:USA", "United States", "country:USA"),
    ("person:donald-trump", "Donald Trump", "country:USA"),
    ("country:RUS", "Russia", "country:RUS"),
    ("org:EU", "European Union", "org:EU"),
    ("person:ana-example", "Ana Example", None),  # a person named only by the tables
    (None, None, None),  # an unnamed group: no claim
]
SUBJECTS = [("person:juan-guaido", "Juan Guaidó"), ("person:nicolas-maduro", "Nicolás Maduro")]
STANCES = ["recognises", "backs", "opposes", "neutral"]
MODALITIES = ["asserted", "intended", "negated", "conditional"]
TARGETS = [
    ("org:PDVSA", "PDVSA", "company"),
    (None, None, "people"),
    ("person:only-in-mentions", None, "person"),  # its name comes from the mentions table
    (None, None, None),
]
STATUSES = ["imposed", "existing", "proposed", "lifted"]
CATEGORIES = ["displaced", "troops", "other", None]
UNITS = ["people", "refugees", None]


def _pick(rng: np.random.Generator, values: list, size: int) -> list:
    return [values[index] for index in rng.integers(len(values), size=size)]


def fake_tables(seed: int, n_articles: int = 60) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """(articles, fact tables by name): a few rows per article of every fact table."""
    rng = np.random.default_rng(seed)
    ids = [f"{seed:04x}{index:08x}" for index in range(n_articles)]
    days = pd.Timestamp("2018-12-20") + pd.to_timedelta(rng.integers(0, 120, n_articles), "D")
    published = pd.Series(days).where(rng.random(n_articles) > 0.1)  # some undated
    articles = pd.DataFrame(
        {
            "article_id": pd.array(ids, dtype="string"),
            "outlet": pd.array(_pick(rng, OUTLETS, n_articles), dtype="string"),
            "title": pd.array([f"Title {index}" for index in range(n_articles)], dtype="string"),
            "published": published.astype("datetime64[ns]"),
            "url": pd.array([None] * n_articles, dtype="string"),
            "text": pd.array([f"Text of article {i}. " * 20 for i in ids], dtype="string"),
            "n_words": rng.integers(50, 900, n_articles).astype("int64"),
            "path": pd.array([f"{i}.txt" for i in ids], dtype="string"),
        }
    )

    def rows(count_per_article: int) -> tuple[list[str], int]:
        owners = np.repeat(ids, rng.integers(0, count_per_article + 1, n_articles))
        return list(owners), len(owners)

    def provenance(owners: list[str], n: int) -> dict[str, object]:
        return {
            "article_id": owners,
            "sentence_id": rng.integers(0, 20, n).astype("int64"),
            "start": np.arange(n, dtype="int64"),
            "end": np.arange(n, dtype="int64") + 10,
        }

    owners, n = rows(4)
    actors, subjects = _pick(rng, ACTORS, n), _pick(rng, SUBJECTS, n)
    stances = pd.DataFrame(
        {
            **provenance(owners, n),
            "evidence": [f"stance sentence {i}" for i in range(n)],
            "actor_id": [a[0] for a in actors],
            "actor_name": [a[1] for a in actors],
            "party_id": [a[2] for a in actors],
            "stance": _pick(rng, STANCES, n),
            "subject_id": [s[0] for s in subjects],
            "subject_name": [s[1] for s in subjects],
            "modality": _pick(rng, MODALITIES, n),
        }
    )
    owners, n = rows(2)
    targets = _pick(rng, TARGETS, n)
    imposers = _pick(rng, [*ACTORS[:4], ACTORS[5]], n)
    sanctions = pd.DataFrame(
        {
            **provenance(owners, n),
            "evidence": [f"sanction sentence {i}" for i in range(n)],
            "imposer_id": [a[2] or a[0] for a in imposers],
            "imposer_name": [a[1] for a in imposers],
            "target_id": [t[0] for t in targets],
            "target_name": [t[1] for t in targets],
            "target_kind": [t[2] for t in targets],
            "measure": _pick(rng, ["asset freeze", "visa ban", None], n),
            "status": _pick(rng, STATUSES, n),
            "n_targets": pd.array(_pick(rng, [1, 3, None], n), dtype="Int64"),
        }
    )
    owners, n = rows(3)
    figures = pd.DataFrame(
        {
            **provenance(owners, n),
            "evidence": [f"figure sentence {i}" for i in range(n)],
            "category": _pick(rng, CATEGORIES, n),
            "value": _pick(rng, [3_000_000.0, 2.5, 5000.0, 300.0, None], n),
            "unit": _pick(rng, UNITS, n),
            "bound": _pick(rng, ["exact", "approx"], n),
            "quantity_text": _pick(rng, ["three million", "5,000"], n),
            "subject": _pick(rng, ["Venezuelans", None], n),
            "quantity_start": np.zeros(n, dtype="int64"),
            "quantity_end": np.ones(n, dtype="int64"),
        }
    )
    owners, n = rows(6)
    entities = _pick(
        rng,
        [
            ("country:USA", "country", "United States"),
            ("person:only-in-mentions", "person", "Only In Mentions"),
            ("person:only-in-mentions", "person", "A Later Spelling"),
            ("person:ana-example", "person", "Ana Example"),
        ],
        n,
    )
    mentions = pd.DataFrame(
        {
            **provenance(owners, n),
            "surface": [e[2] for e in entities],
            "entity_id": [e[0] for e in entities],
            "entity_type": [e[1] for e in entities],
            "name": [e[2] for e in entities],
            "party_id": [None] * n,
        }
    )
    owners, n = rows(1)
    quotes = pd.DataFrame(
        {
            **provenance(owners, n),
            "text": [f"quoted words {i}" for i in range(n)],
            "speaker_id": _pick(rng, ["person:donald-trump", None], n),
            "speaker_name": _pick(rng, ["Donald Trump", None], n),
            "cue": _pick(rng, ["said", "told"], n),
        }
    )
    facts = {
        "mentions": mentions,
        "quotes": quotes,
        "stances": stances,
        "sanctions": sanctions,
        "figures": figures,
    }
    return articles, {name: frame.reset_index(drop=True) for name, frame in facts.items()}


def write_tables(
    folder: Path,
    articles: pd.DataFrame,
    facts: dict[str, pd.DataFrame],
    *,
    partitioned: tuple[str, ...] = (),
) -> Path:
    """Write the tables as ``tidynews extract`` does; names in ``partitioned`` become
    ``NAME.parquet/OUTLET/YYYY-MM/part-0.parquet`` datasets (plain folder names)."""
    folder.mkdir(parents=True, exist_ok=True)
    where = pd.DataFrame(
        {
            "article_id": articles["article_id"],
            "part": articles["outlet"].fillna("(no outlet)")
            + "/"
            + articles["published"].dt.strftime("%Y-%m").fillna("(undated)"),
        }
    )
    for name, frame in {"articles": articles, **facts}.items():
        if name not in partitioned:
            frame.to_parquet(folder / f"{name}.parquet", index=False)
            continue
        parts = frame[["article_id"]].merge(where, on="article_id", how="left")["part"]
        for part, rows in frame.groupby(parts.to_numpy(), sort=True):
            target = folder / f"{name}.parquet" / part
            target.mkdir(parents=True, exist_ok=True)
            rows.to_parquet(target / "part-0.parquet", index=False)
    report = pd.DataFrame(
        {
            "path": articles["path"],
            "status": "article",
            "reason": None,
            "detail": None,
            "article_id": articles["article_id"],
        }
    )
    report.to_csv(folder / "ingest_report.csv", index=False)
    return folder
