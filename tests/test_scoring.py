"""Scoring follows section 5 of the contract: keys, optional facts, duplicates, micro-averages."""

from __future__ import annotations

import pandas as pd
import pytest

from tidynews.scoring import GoldFileError, evaluate, load_gold, quote_words

ARTICLES = pd.DataFrame(
    {"article_id": ["aaaaaaaaaaaa", "bbbbbbbbbbbb"], "path": ["x/one.txt", "two.jsonl#1"]}
)


def stance(article, actor, party, stance_, subject, modality, evidence="e"):
    return {
        "article_id": article,
        "actor_id": actor,
        "party_id": party,
        "stance": stance_,
        "subject_id": subject,
        "modality": modality,
        "evidence": evidence,
    }


GOLD = {
    "articles": {
        "one.txt": {  # matched by file name
            "stances": [
                {
                    "actor": "country:USA",
                    "stance": "backs",
                    "subject": "person:g",
                    "modality": "asserted",
                },
                {
                    "actor": "country:MEX",
                    "stance": "neutral",
                    "subject": "person:m",
                    "modality": "asserted",
                    "optional": True,
                },
                {
                    "actor": "org:EU",
                    "stance": "recognises",
                    "subject": "person:g",
                    "modality": "conditional",
                },
            ],
            "sanctions": [
                {"imposer": "country:USA", "target": "org:PDVSA", "status": "imposed"},
                {
                    "imposer": "org:EU",
                    "target_kind": "people",
                    "status": "existing",
                    "n_targets": 18,
                },
            ],
            "figures": [
                {"category": "displaced", "value": 3000000, "bound": "approx"},
                {"category": "troops", "value": 5000, "bound": "exact"},
            ],
            "quotes": [{"speaker": "person:g", "starts": "We have had clandestine meetings"}],
        },
        "two.jsonl#1": {
            "stances": [],
            "figures": [{"category": "countries", "value": 14, "bound": "exact"}],
        },
    }
}


@pytest.fixture()
def tables():
    return {
        "stances": pd.DataFrame(
            [
                stance(
                    "aaaaaaaaaaaa",
                    "person:donald-trump",
                    "country:USA",
                    "backs",
                    "person:g",
                    "asserted",
                ),
                stance(
                    "aaaaaaaaaaaa", "country:USA", "country:USA", "backs", "person:g", "asserted"
                ),
                stance(
                    "aaaaaaaaaaaa", "country:MEX", "country:MEX", "neutral", "person:m", "asserted"
                ),
                stance("aaaaaaaaaaaa", None, None, "backs", "person:g", "asserted"),  # not scored
                stance(
                    "aaaaaaaaaaaa",
                    "country:RUS",
                    "country:RUS",
                    "backs",
                    "person:g",
                    "asserted",
                    "Russia backs G.",
                ),
            ]
        ),
        "sanctions": pd.DataFrame(
            [
                {
                    "article_id": "aaaaaaaaaaaa",
                    "imposer_id": "country:USA",
                    "target_id": "org:PDVSA",
                    "target_kind": "company",
                    "status": "imposed",
                    "evidence": "e",
                },
                {
                    "article_id": "aaaaaaaaaaaa",
                    "imposer_id": "org:EU",
                    "target_id": None,
                    "target_kind": "people",
                    "status": "existing",
                    "evidence": "e",
                },
            ]
        ),
        "figures": pd.DataFrame(
            [
                {
                    "article_id": "aaaaaaaaaaaa",
                    "category": "displaced",
                    "value": 3e6,
                    "bound": "approx",
                    "evidence": "e",
                },
                {
                    "article_id": "aaaaaaaaaaaa",
                    "category": "troops",
                    "value": 5000.0,
                    "bound": "at_least",
                    "evidence": "e",
                },
                {
                    "article_id": "aaaaaaaaaaaa",
                    "category": "other",
                    "value": 7.0,
                    "bound": "exact",
                    "evidence": "e",
                },
                {
                    "article_id": "bbbbbbbbbbbb",
                    "category": "countries",
                    "value": 14.0,
                    "bound": "exact",
                    "evidence": "e",
                },
            ]
        ),
        "quotes": pd.DataFrame(
            [
                {
                    "article_id": "aaaaaaaaaaaa",
                    "speaker_id": "person:g",
                    "text": "“We — have had clandestine meetings, with",
                    "evidence": None,
                },
            ]
        ),
    }


def test_scores_per_table(tables):
    evaluation = evaluate(GOLD, ARTICLES, tables)
    scores = evaluation.scores
    stances = scores["stances"]
    # Trump (party USA) and the US collapse into one key; MEX is optional; RUS is a false positive.
    assert (stances.tp, stances.fp, stances.fn) == (1, 1, 1)
    assert stances.false_positives[0]["evidence"] == "Russia backs G."
    assert (scores["sanctions"].tp, scores["sanctions"].fp, scores["sanctions"].fn) == (2, 0, 0)
    figures = scores["figures"]
    assert (figures.tp, figures.fp, figures.fn) == (3, 0, 0)  # "other" is never scored
    assert figures.bound_accuracy == pytest.approx(2 / 3)
    assert scores["quotes"].f1 == 1.0
    assert evaluation.articles_scored == 2
    text = evaluation.text()
    assert "FALSE POSITIVE" in text and "MISS" in text and "WRONG BOUND" in text
    assert set(evaluation.frame()["table"]) == {"stances", "sanctions", "figures", "quotes"}


def test_gold_figures_of_category_other_are_not_scored(tables):
    """Section 5 keys figures 'for every category but other': a gold 'other' figure is
    neither a miss when absent nor a hit when predicted, as a predicted one is no false
    positive."""
    gold = {
        "articles": {
            "one.txt": {
                "figures": [
                    {"category": "displaced", "value": 3000000, "bound": "approx"},
                    {"category": "other", "value": 40, "bound": "exact"},  # tonnes, ships …
                    {"category": "other", "value": 7, "bound": "exact"},
                ]
            }
        }
    }
    figures = evaluate(gold, ARTICLES, tables, which=["figures"]).scores["figures"]
    assert (figures.tp, figures.fp, figures.fn) == (1, 1, 0)  # (the troops row is the fp)
    assert all(miss["key"][0] != "other" for miss in figures.misses)


def test_precision_recall_f1():
    evaluation = evaluate(GOLD, ARTICLES, {})
    stances = evaluation.scores["stances"]
    assert (stances.tp, stances.fp, stances.fn) == (0, 0, 2)
    assert stances.recall == 0 and stances.f1 == 0


def test_gold_articles_missing_from_the_corpus_are_listed():
    gold = {"articles": {"nowhere.txt": {"stances": []}}}
    assert evaluate(gold, ARTICLES, {}).gold_not_found == ["nowhere.txt"]


def test_quote_words():
    assert quote_words("“The military’s withdrawal of support”") == (
        "the",
        "militarys",
        "withdrawal",
        "of",
    )
    assert quote_words("The military's withdrawal of") == ("the", "militarys", "withdrawal", "of")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("articles: [1, 2", "not valid YAML"),
        ("case: x\n", "articles:"),
        ("articles:\n  a.txt: {stances: 3}\n", "must be a list"),
    ],
)
def test_bad_gold_files(tmp_path, content, message):
    path = tmp_path / "gold.yaml"
    path.write_text(content)
    with pytest.raises(GoldFileError, match=message):
        load_gold(path)


def test_seed_gold_loads(shared_dir):
    gold = load_gold(shared_dir / "gold" / "seeds.yaml")
    assert len(gold["articles"]) == 2
