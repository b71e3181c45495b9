"""The vectorised scans of ``extractors/cuescan.py`` and the number readers built on them give
exactly what the plain scans they replaced give (a speed change that alters output is a bug).
Checked on synthetic news and dense articles and on hypothesis-made texts."""

from __future__ import annotations

import importlib
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from tidynews.annotate import Annotator
from tidynews.cases import load_case
from tidynews.extractors import numbers
from tidynews.extractors.cuescan import sentences_holding, sentences_holding_any
from tidynews.extractors.sanctions.vocabulary import CUE_STEMS as SANCTION_STEMS
from tidynews.extractors.stances import CUE_STEMS as STANCE_STEMS
from tidynews.people import _FIRST_NAME_SPEAKING, _first_name_speaking_matches

from .conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
synthetic = importlib.import_module("synthetic")

ANNOTATOR = Annotator(load_case("venezuela-2019"))
TEXTS = [synthetic.PROFILES[profile](i)[1] for profile in ("news", "dense") for i in range(40)]
NEEDLE_SETS = [
    tuple(dict.fromkeys(stem.lower() for stem in STANCE_STEMS)),
    tuple(dict.fromkeys(stem.lower() for stem in SANCTION_STEMS)),
]
# The number-word scan as it was: one regex with its opening look-behind
PLAIN_WORD_RUN = re.compile(
    r"(?<![\w\-])(?:" + numbers._WORD_RUN.pattern + ")", numbers._WORD_RUN.flags
)
# Letters and marks the scans treat specially, so random texts hit them often
ALPHABET = st.sampled_from(
    [*"abcdeilnorstuw ,.?!…\"'’-0123456789٣", "back", "Carmen", "two", "hundred", "said "]
)


def _same_sentences(text: str) -> None:
    article = ANNOTATOR.annotate("0123456789ab", text)
    lowered = article.text.lower()
    if len(lowered) != len(article.text):
        return  # (the filter reads such a text sentence by sentence instead)
    for needles in NEEDLE_SETS:
        assert sentences_holding_any(article, needles, lowered) == sentences_holding(
            article, needles, lowered
        )


def _same_runs(text: str) -> None:
    lower = text.lower()
    spans = [m.span() for m in numbers._digit_runs(lower)]
    assert spans == [m.span() for m in numbers._DIGIT_RUN.finditer(lower)]
    plain = [m.span() for m in PLAIN_WORD_RUN.finditer(lower)]
    assert [m.span() for m in numbers._word_runs(lower)] == plain
    matches = [m.span() for m in _first_name_speaking_matches(text)]
    assert matches == [m.span() for m in _FIRST_NAME_SPEAKING.finditer(text)]


def test_the_cue_filters_find_the_sentences_the_plain_scan_finds() -> None:
    for text in TEXTS:
        _same_sentences(text)


def test_the_number_and_name_scans_match_the_plain_regexes() -> None:
    for text in TEXTS:
        _same_runs(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=120).map("".join))
def test_the_vectorised_scans_on_made_up_texts(text: str) -> None:
    _same_sentences(text)
    _same_runs(text)
