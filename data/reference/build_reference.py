"""Rebuild the tidy reference tables in this folder from the raw research files.

Usage (from the repository root)::

    .venv/bin/python data/reference/build_reference.py ../shared/reference

The raw files (``recognitions_venezuela_2019.csv``, ``sanctions_venezuela_2014_2020.csv``,
``venezuelan_refugees_migrants_abroad_2015_2024.csv``) were compiled by hand from news pages
and official releases. This script keeps their facts and figures, their dates and every source
URL, and maps them onto the package's vocabularies (entity ids, stances, modalities, sanction
statuses, target kinds) so that notebooks can set them beside the extracted tables. Free-text
notes and paraphrases are not copied: the raw files keep them.

Why a script and not hand edits: every mapping decision is written down here, once, and
``tests/test_reference.py`` checks that re-running it reproduces the committed files.
docs/reference.md explains the mappings in prose.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from tidynews.cases import Case, load_case
from tidynews.gazetteer import Entry, entries_for

HERE = Path(__file__).resolve().parent
CASE = "venezuela-2019"

# raw file name -> tidy file name (the same names: the case file points at the tidy ones)
FILES = {
    "recognitions": "recognitions_venezuela_2019.csv",
    "sanctions": "sanctions_venezuela_2014_2020.csv",
    "refugees": "venezuelan_refugees_migrants_abroad_2015_2024.csv",
}

# Kosovo has no ISO 3166-1 code; XKX is the user-assigned code the EU, the IMF and the World
# Bank use. No gazetteer entry produces it, so the corpus can never report it (the comparison
# lists it as "not reported", which is true of every corpus this package can read today).
NAME_OVERRIDES = {"kosovo": ("country:XKX", "Kosovo")}

# How each raw recognition `modality` maps onto (stance, modality) in our vocabularies.
# "done" rows read their stance from the wording (see _done_stance); "no statement" rows are
# kept with no stance: they record that a government took no official position.
RECOGNITION_MODALITIES: dict[str, tuple[str | None, str | None]] = {
    "conditional": ("recognises", "conditional"),  # will recognise unless elections are called
    "threatened": ("recognises", "conditional"),  # threatened to recognise if ...
    "refused": ("recognises", "negated"),  # vetoed, stopped short of, does not recognise
    "neutral": ("neutral", "asserted"),
    "no statement": (None, None),
}
# Words that say which stance a "done" row took; the earliest one in the wording wins, so
# "backs Maduro; condemned recognition of Guaidó" is a backing, not a recognition.
STANCE_WORDS = {
    "recogni": "recognises",
    "back": "backs",
    "support": "backs",
    "alliance": "backs",
    "alongside": "backs",
    "ally": "backs",
}

SANCTION_STATUSES = {
    "imposed": "imposed",
    "imposed (law enacted)": "imposed",
    "extended": "existing",  # a renewal keeps measures already in force
    "lifted": "lifted",
    "unknown": None,
}
# Raw target types -> our target kinds; "person" becomes "people" when more than one is named.
TARGET_KINDS = {
    "person": "person",
    "company": "company",
    "entity": "company",
    "government": "government",
    "sector": "sector",
    "country": "country",
    "framework": None,  # a legal framework or a renewal, not a measure against a target
    "legal framework": None,
}

# Raw as_of precisions this script knows (the date itself says day, month or year).
REFUGEE_PRECISIONS = {"day", "year-end", "month", "year", "mid-year"}


# --- names to entity ids ---------------------------------------------------------------------


def fold(text: str) -> str:
    """Accent- and case-insensitive form of a name ('Nicolás' -> 'nicolas')."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", ascii_text).strip().lower()


def without_parentheses(name: str) -> str:
    """'United States (Treasury/OFAC)' -> 'United States'."""
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


class Names:
    """Entity ids of names, through the package's own gazetteer and the case file."""

    def __init__(self, case: Case) -> None:
        self.entries: list[Entry] = [e for e in entries_for(case) if e.entity_type != "blocker"]
        self.by_alias: dict[str, tuple[str, str]] = {}
        for entry in self.entries:
            self.by_alias.setdefault(fold(entry.alias), (entry.entity_id, entry.name))
        self.by_alias.update(NAME_OVERRIDES)

    def resolve(self, name: str) -> tuple[str, str]:
        """Entity id and canonical name of a whole name; KeyError when the name is unknown."""
        for candidate in (name, without_parentheses(name)):
            found = self.by_alias.get(fold(candidate))
            if found:
                return found
        raise KeyError(f"no entity id for {name!r}: add it to the gazetteer or NAME_OVERRIDES")

    def mentioned(self, text: str, entity_type: str | None = None) -> list[str]:
        """Entity ids named inside a description, in order of appearance (no duplicates)."""
        folded = fold(text)
        hits: list[tuple[int, int, str]] = []
        for entry in self.entries:
            if entity_type and entry.entity_type != entity_type:
                continue
            alias = entry.alias if entry.case_sensitive else fold(entry.alias)
            haystack = text if entry.case_sensitive else folded
            if entry.case_sensitive and not alias.isascii():
                continue
            match = re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", haystack)
            if match:
                hits.append((match.start(), -len(alias), entry.entity_id))
        return list(dict.fromkeys(entity_id for _, _, entity_id in sorted(hits)))


# --- recognitions ----------------------------------------------------------------------------


def _done_stance(wording: str) -> str:
    text = wording.lower()
    found = [(text.find(word), stance) for word, stance in STANCE_WORDS.items() if word in text]
    if not found:
        raise ValueError(f"cannot tell the stance of a 'done' recognition row: {wording!r}")
    return min(found)[1]


def recognition_stance(wording: str, modality: str) -> tuple[str | None, str | None]:
    """(stance, modality) in our vocabularies for one raw row."""
    if modality == "done":
        return _done_stance(wording), "asserted"
    if modality not in RECOGNITION_MODALITIES:
        raise ValueError(f"unknown recognition modality {modality!r}")
    return RECOGNITION_MODALITIES[modality]


def tidy_recognitions(raw: pd.DataFrame, names: Names) -> pd.DataFrame:
    actors = [names.resolve(name) for name in raw["entity"]]
    subjects = [names.resolve(name) for name in raw["leader"]]
    stances = [
        recognition_stance(w, m) for w, m in zip(raw["stance"], raw["modality"], strict=True)
    ]
    return pd.DataFrame(
        {
            "actor_id": [a[0] for a in actors],
            "actor_name": [a[1] for a in actors],
            "stance": [s[0] for s in stances],
            "subject_id": [s[0] for s in subjects],
            "subject_name": [s[1] for s in subjects],
            "modality": [s[1] for s in stances],
            "date": pd.to_datetime(raw["date"], format="%Y-%m-%d").dt.strftime("%Y-%m-%d"),
            "actor_as_reported": raw["entity"],
            "modality_as_reported": raw["modality"],
            "source": raw["source"],
            "source_2": raw["source_2"],
        }
    )


# --- sanctions -------------------------------------------------------------------------------


def parse_date(value: str | float) -> tuple[str | None, str | None]:
    """'2019-01-28' -> (that, 'day'); '2017-08' -> ('2017-08-01', 'month'); blank -> None."""
    if not isinstance(value, str) or not value.strip():
        return None, None
    value = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value, "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return f"{value}-01", "month"
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-01-01", "year"
    raise ValueError(f"not a date: {value!r}")


def parse_count(text: str | float) -> tuple[int | None, str | None]:
    """Number of targets and its bound from '7', '200+', '7 persons, 23 entities', 'not stated'.

    A list of counts ("7 persons, 23 entities") is summed; the first number of anything else is
    the count ("43 (70 previously sanctioned)" -> 43, "1 (plus subsidiaries)" -> 1).
    """
    if not isinstance(text, str) or not re.match(r"\s*\d", text):
        return None, None
    listed = re.fullmatch(r"\s*(\d+) [a-z]+(?:, (\d+) [a-z]+)+\s*", text)
    if listed:
        return sum(int(n) for n in re.findall(r"(\d+) [a-z]+", text)), "exact"
    match = re.match(r"\s*(\d+)(\+)?", text)
    assert match is not None
    return int(match.group(1)), "at_least" if match.group(2) else "exact"


def target_kind(raw_type: str, count: int | None) -> str | None:
    """Our target kind from a raw type such as 'person / company' (the first one listed)."""
    first = re.sub(r"\s*\(.*\)", "", raw_type.split("/")[0]).strip().lower()
    if first not in TARGET_KINDS:
        raise ValueError(f"unknown sanction target type {raw_type!r}")
    kind = TARGET_KINDS[first]
    if kind == "person" and count != 1:
        return "people"
    return kind


def target_id(description: str, kind: str | None, names: Names) -> str | None:
    """The id of a single named target: the person or company, or the state for a government."""
    if kind in {"government", "country"}:
        found = names.mentioned(description, "country")
    elif kind == "person":
        found = names.mentioned(description, "person")
    elif kind == "company":
        found = names.mentioned(description, "org")
    else:
        return None
    return found[0] if found else None


def tidy_sanctions(raw: pd.DataFrame, names: Names) -> pd.DataFrame:
    imposers = [names.resolve(name) for name in raw["imposer"]]
    dates = [parse_date(value) for value in raw["date"]]
    counts = [parse_count(value) for value in raw["count_targets"]]
    kinds = [target_kind(t, c[0]) for t, c in zip(raw["target_type"], counts, strict=True)]
    statuses = []
    for status in raw["status"]:
        if status not in SANCTION_STATUSES:
            raise ValueError(f"unknown sanction status {status!r}")
        statuses.append(SANCTION_STATUSES[status])
    bodies = [
        match.group(1) if (match := re.search(r"\(([^)]*)\)", name)) else None
        for name in raw["imposer"]
    ]
    return pd.DataFrame(
        {
            "date": [d[0] for d in dates],
            "date_precision": [d[1] for d in dates],
            "imposer_id": [i[0] for i in imposers],
            "imposer_name": [i[1] for i in imposers],
            "imposer_body": bodies,
            "target_id": [
                target_id(d, k, names) for d, k in zip(raw["target"], kinds, strict=True)
            ],
            "target_kind": kinds,
            "target_description": raw["target"],
            "measure": raw["kind"],
            "status": statuses,
            "n_targets": pd.array([c[0] for c in counts], dtype="Int64"),
            "n_targets_bound": [c[1] for c in counts],
            "legal_instrument": raw["legal_instrument"],
            "status_as_reported": raw["status"],
            "target_type_as_reported": raw["target_type"],
            "count_as_reported": raw["count_targets"],
            "source": raw["source"],
            "source_2": raw["source_2"],
        }
    )


# --- refugees and migrants -------------------------------------------------------------------


def refugee_as_of(value: str, precision: str) -> tuple[str, str]:
    """ISO date and precision (day, month or year) of a raw ``as_of``.

    A partial date stands for the start of the period it names ('2018-12' -> 2018-12-01,
    'month'; '2015' -> 2015-01-01, 'year'), so "the latest figure before an article's date" never
    uses a figure from after it. One exception names a point inside the year: 'mid-year' ->
    30 June, precision 'year'. Projections keep the date they project to.
    """
    date, parsed = parse_date(value)
    if date is None or parsed is None:
        raise ValueError(f"a refugee figure needs an as_of date: {value!r}")
    raw = precision.split("(")[0].strip().lower()
    if raw == "mid-year":
        return f"{value[:4]}-06-30", "year"
    if not raw.startswith("projection") and raw not in REFUGEE_PRECISIONS:
        raise ValueError(f"unknown as_of precision {precision!r}")
    return date, parsed


def organisation_ids(text: str, names: Names) -> str:
    """'UNHCR & IOM (joint release)' -> 'org:UNHCR|org:IOM' (the organisations named)."""
    return "|".join(names.mentioned(text, "org"))


def _is_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))


def tidy_refugees(raw: pd.DataFrame, names: Names) -> pd.DataFrame:
    as_of = [
        refugee_as_of(str(v), p) for v, p in zip(raw["as_of"], raw["as_of_precision"], strict=True)
    ]
    kinds = ["projection" if str(k).startswith("projection") else "estimate" for k in raw["kind"]]
    # A second source URL sits in `notes` on one raw row: keep it as a source, not as a note.
    second = [n if _is_url(n) else None for n in raw["notes"]]
    return pd.DataFrame(
        {
            "as_of": [a[0] for a in as_of],
            "as_of_precision": [a[1] for a in as_of],
            "category": "displaced",
            "value": raw["figure"].astype("float64"),
            "unit": "people",
            "kind": kinds,
            "scope": raw["scope"],
            "organisation": raw["organisation"],
            "organisation_ids": [organisation_ids(o, names) for o in raw["organisation"]],
            "reported_by": raw["reported_by"],
            "as_of_as_reported": raw["as_of"].astype(str),
            "precision_as_reported": raw["as_of_precision"],
            "kind_as_reported": raw["kind"],
            "source": raw["source"],
            "source_2": second,
        }
    )


# --- driver ----------------------------------------------------------------------------------

BUILDERS: dict[str, Callable[[pd.DataFrame, Names], pd.DataFrame]] = {
    "recognitions": tidy_recognitions,
    "sanctions": tidy_sanctions,
    "refugees": tidy_refugees,
}


def build(raw_dir: Path, kinds: Iterable[str] = FILES) -> dict[str, pd.DataFrame]:
    """Tidy tables from the raw files in ``raw_dir`` (nothing written)."""
    names = Names(load_case(CASE))
    tables = {}
    for kind in kinds:
        raw = pd.read_csv(raw_dir / FILES[kind], dtype=str, keep_default_na=False)
        raw = raw.replace("", None)
        if kind == "refugees":
            raw["figure"] = raw["figure"].astype("float64")
        tables[kind] = BUILDERS[kind](raw, names)
    return tables


def write(tables: dict[str, pd.DataFrame], out_dir: Path = HERE) -> list[Path]:
    paths = []
    for kind, frame in tables.items():
        path = out_dir / FILES[kind]
        frame.to_csv(path, index=False, lineterminator="\n")
        paths.append(path)
    return paths


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for path in write(build(Path(argv[0]))):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
