"""Score extracted tables against a gold file, exactly as the contract's section 5 says.

Per article, facts are compared on keys after collapsing duplicates; optional gold facts count
neither as misses nor, when predicted, as false positives. Precision, recall and F1 are
micro-averaged over articles; figures also get bound accuracy over matched figures. Every miss
and false positive is listed with its evidence, because a score without them cannot be acted on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd
import yaml

from .messages import yaml_problem

SCORED_TABLES = ("stances", "sanctions", "figures", "quotes")


class GoldFileError(ValueError):
    """A gold file that cannot be read or does not have the contract's shape."""


@dataclass
class TableScore:
    table: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    bound_matched: int = 0
    bound_correct: int = 0
    misses: list[dict] = field(default_factory=list)
    false_positives: list[dict] = field(default_factory=list)
    bound_errors: list[dict] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def bound_accuracy(self) -> float | None:
        return self.bound_correct / self.bound_matched if self.bound_matched else None


@dataclass
class Evaluation:
    scores: dict[str, TableScore]
    articles_scored: int
    gold_not_found: list[str]

    def frame(self) -> pd.DataFrame:
        """One row per table: counts, precision, recall, F1, bound accuracy."""
        return pd.DataFrame(
            [
                {
                    "table": s.table,
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                    "precision": round(s.precision, 3),
                    "recall": round(s.recall, 3),
                    "f1": round(s.f1, 3),
                    "bound_accuracy": None
                    if s.bound_accuracy is None
                    else round(s.bound_accuracy, 3),
                }
                for s in self.scores.values()
            ]
        )

    def text(self) -> str:
        """The report people read: scores, then every miss and false positive with evidence."""
        lines = [f"articles scored: {self.articles_scored}", self.frame().to_string(index=False)]
        for article in self.gold_not_found:
            lines.append(f"gold article not in the corpus: {article}")
        for score in self.scores.values():
            listed = (
                ("MISS", score.misses),
                ("FALSE POSITIVE", score.false_positives),
                ("WRONG BOUND", score.bound_errors),
            )
            for label, items in listed:
                for item in items:
                    evidence = item.get("evidence") or ""
                    lines.append(f"[{score.table}] {label} {item['article']}: {item['key']}")
                    if evidence:
                        lines.append(f"    evidence: {evidence}")
        return "\n".join(lines)


# --- gold -----------------------------------------------------------------------------------


def load_gold(path: str | Path) -> dict[str, Any]:
    """Read and check a gold file; GoldFileError says what is wrong."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise GoldFileError(f"gold file not readable: {error}") from None
    except yaml.YAMLError as error:
        raise GoldFileError(f"gold file {path} is not valid YAML: {yaml_problem(error)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), dict):
        raise GoldFileError(f"gold file {path} needs a top-level 'articles:' mapping")
    for key, facts in data["articles"].items():
        if not isinstance(facts, dict):
            raise GoldFileError(f"gold file {path}: article {key!r} must map to its facts")
        for table in SCORED_TABLES:
            if not isinstance(facts.get(table) or [], list):
                raise GoldFileError(f"gold file {path}: {key}: '{table}' must be a list")
    return data


# --- keys -----------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def quote_words(text: str, n: int = 4) -> tuple[str, ...]:
    """First n words, lower-cased, punctuation and quote marks stripped."""
    cleaned = re.sub(r"[^\w\s]", "", _fold(text).lower())
    return tuple(cleaned.split()[:n])


def gold_key(table: str, fact: Mapping[str, Any]) -> Hashable:
    if table == "stances":
        return (fact.get("actor"), fact.get("stance"), fact.get("subject"), fact.get("modality"))
    if table == "sanctions":
        target = fact.get("target") or f"kind:{fact.get('target_kind')}"
        return (fact.get("imposer"), target, fact.get("status"))
    if table == "figures":
        return (fact.get("category"), float(fact.get("value")))
    if table == "quotes":
        return (fact.get("speaker"), quote_words(str(fact.get("starts", ""))))
    raise KeyError(table)


def predicted_keys(table: str, row: Mapping[str, Any]) -> list[Hashable]:
    """The keys a predicted row can match (a sanction: by target id, else by target kind)."""
    if table == "stances":
        if _missing(row.get("actor_id")):
            return []
        actor = row.get("party_id") if not _missing(row.get("party_id")) else row["actor_id"]
        return [(actor, row["stance"], row["subject_id"], row["modality"])]
    if table == "sanctions":
        keys = []
        if not _missing(row.get("target_id")):
            keys.append((row["imposer_id"], row["target_id"], row["status"]))
        if not _missing(row.get("target_kind")):
            keys.append((row["imposer_id"], f"kind:{row['target_kind']}", row["status"]))
        return keys
    if table == "figures":
        return [] if row["category"] == "other" else [(row["category"], float(row["value"]))]
    if table == "quotes":
        speaker = None if _missing(row.get("speaker_id")) else row["speaker_id"]
        return [(speaker, quote_words(str(row["text"])))]
    raise KeyError(table)


def _scored_fact(table: str, fact: Mapping[str, Any]) -> bool:
    """Section 5 keys figures "for every category but other": a gold figure of category
    ``other`` is not scored, as a predicted one is not (``predicted_keys``), so it is never
    a miss."""
    return not (table == "figures" and fact.get("category") == "other")


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NA


# --- scoring --------------------------------------------------------------------------------


def match_articles(
    gold: Mapping[str, Any], articles: pd.DataFrame
) -> tuple[dict[str, str], list[str]]:
    """Gold article keys to article ids: by path, else by file name (seeds use bare names)."""
    by_path = dict(zip(articles["path"].astype(str), articles["article_id"], strict=True))
    by_name: dict[str, str] = {}
    for path, article_id in by_path.items():
        by_name.setdefault(PurePosixPath(path).name, article_id)
    found, missing = {}, []
    for key in gold["articles"]:
        article_id = by_path.get(key) or by_name.get(PurePosixPath(key).name)
        if article_id is None:
            missing.append(key)
        else:
            found[key] = article_id
    return found, missing


def evaluate(
    gold: Mapping[str, Any] | str | Path,
    articles: pd.DataFrame,
    tables: Mapping[str, pd.DataFrame],
    which: Iterable[str] = SCORED_TABLES,
) -> Evaluation:
    """Score predicted tables against gold facts (section 5 of the contract)."""
    gold_data = load_gold(gold) if isinstance(gold, str | Path) else gold
    matched, missing = match_articles(gold_data, articles)
    scores = {table: TableScore(table) for table in which}
    for key, article_id in matched.items():
        facts = gold_data["articles"][key] or {}
        for table, score in scores.items():
            frame = tables.get(table)
            rows = (
                [] if frame is None else frame[frame["article_id"] == article_id].to_dict("records")
            )
            _score_article(score, key, table, facts.get(table) or [], rows)
    return Evaluation(scores, len(matched), missing)


def _score_article(
    score: TableScore, article: str, table: str, facts: list[dict], rows: list[dict]
) -> None:
    facts = [f for f in facts if _scored_fact(table, f)]
    required = {gold_key(table, f): f for f in facts if not f.get("optional")}
    optional = {gold_key(table, f) for f in facts if f.get("optional")}
    predicted: dict[Hashable, dict] = {}
    for row in rows:
        keys = predicted_keys(table, row)
        if not keys:
            continue
        chosen = next((k for k in keys if k in required or k in optional), keys[0])
        predicted.setdefault(chosen, row)
    for key, row in predicted.items():
        if key in required:
            score.tp += 1
            if table == "figures":
                score.bound_matched += 1
                expected = required[key].get("bound")
                score.bound_correct += int(row.get("bound") == expected)
                if row.get("bound") != expected:
                    key_text = f"{key}: predicted {row.get('bound')}, gold {expected}"
                    score.bound_errors.append(
                        {"article": article, "key": key_text, "evidence": row.get("evidence")}
                    )
        elif key not in optional:
            score.fp += 1
            evidence = row.get("evidence") or row.get("text")
            score.false_positives.append({"article": article, "key": key, "evidence": evidence})
    for key in required:
        if key not in predicted:
            score.fn += 1
            score.misses.append({"article": article, "key": key, "evidence": None})
