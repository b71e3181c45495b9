"""Later references ("the government", "the group", "the Council", "the administration"):
one table of rules read by one loop, each rule with a case that fires and controls."""

from __future__ import annotations

import re

import numpy as np
import pytest

from tidynews.annotate import Annotator
from tidynews.cases import load_case
from tidynews.references import (
    Antecedent,
    LaterReference,
    Site,
    later_references,
    reference_rules,
)

LATER_KINDS = {"administration", "government", "reference"}


@pytest.fixture(scope="module")
def annotator():
    return Annotator(load_case("venezuela-2019"))


def later(annotator, text):
    article = annotator.annotate("0123456789ab", text)
    return [(m.surface, m.entity_id) for m in article.mentions if m.kind in LATER_KINDS]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain's government acted. The government said so.", [("government", "country:ESP")]),
        ("The government of Peru acted. The government said so.", [("government", "country:PER")]),
        # another name after the head, or a state named otherwise in between
        ("The Spanish government acted. The government of Peru said so.", []),
        ("The Spanish government acted. The government's envoy left.", []),
        ("The Spanish government acted. France agreed. The government said so.", []),
        # more than three sentences back
        ("The Spanish government acted." + " It rained." * 4 + " The government said so.", []),
    ],
)
def test_the_government_is_the_state_named_with_a_government(annotator, text, expected):
    assert later(annotator, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lima Group met. The group backs Guaidó.", [("The group", "org:LIMA_GROUP")]),
        # an organisation that is no Group, another group, or one too far back
        ("The EU met. The group backs Guaidó.", []),
        ("The Lima Group met. The group of 20 nations spoke.", []),
        ("The Lima Group met." + " It rained." * 4 + " The group spoke.", []),
    ],
)
def test_the_group_is_the_group_named_last(annotator, text, expected):
    assert later(annotator, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Singapore announced sanctions on Russia. The city-state will also ban exports.",
            [("The city-state", "country:SGP")],
        ),
        (
            "Japan acted on Monday. The Asian nation froze the assets.",
            [("The Asian nation", "country:JPN")],
        ),
        # an official's sentence: the state the official speaks for
        ("Jeremy Hunt spoke. The country will act.", [("The country", "country:GBR")]),
        # not the sentence's first word, the state after a preposition, a bloc, or a
        # sentence in between: "the country" is too often the crisis's own country
        ("Spain acted. Then the country spoke.", []),
        ("Sanctions on Russia grew. The country responded.", []),
        ("The EU imposed sanctions. The country responded.", []),
        ("Spain acted. It rained. The country spoke.", []),
        ("Spain acted. The nation of Peru spoke.", []),
    ],
)
def test_a_state_epithet_opening_a_sentence_is_the_subject_before(annotator, text, expected):
    assert later(annotator, text) == expected


def test_the_administration_needs_a_leader_named_with_it(annotator):
    assert later(annotator, "Officials said the administration would act.") == []


def test_a_new_kind_of_reference_is_one_more_row(annotator):
    """The table is open: "the alliance" after NATO, written as a rule of its own."""

    def last_alliance(site: Site) -> Antecedent | None:
        named = [m for m in site.mentions if m.start < site.char and m.entity_type == "org"]
        if named and named[-1].entity_id == "org:NATO":
            return Antecedent("org:NATO", "org", named[-1].name, "org:NATO")
        return None

    alliance = LaterReference(
        re.compile(r"(?:T|t)he (alliance)(?![\w-])"),
        "alliance",
        lambda following: following == "of",
        with_article=True,
        kind="reference",
        antecedent=last_alliance,
    )
    text = "NATO met in Warsaw. The alliance said it would act. The alliance of rebels did not."
    article = annotator.annotate("0123456789ab", text)
    tokens = article.tokens
    token_sentence = [0] * len(tokens)
    for sentence_id, (first, end) in enumerate(article.sentence_tokens):
        token_sentence[first:end] = [sentence_id] * (end - first)
    used = np.zeros(len(tokens), dtype=bool)
    found = later_references(text, tokens, used, token_sentence, article.mentions, [alliance])
    assert [(m.surface, m.entity_id, m.sentence_id) for m in found] == [
        ("The alliance", "org:NATO", 1)
    ]
    # and the shipped rules know nothing of alliances
    shipped = reference_rules([])
    assert later_references(text, tokens, used, token_sentence, article.mentions, shipped) == []


def test_a_company_or_body_named_in_between_is_no_group(annotator):
    text = (
        "The Lima Group met in Bogotá. Pence urged it to freeze the assets of PDVSA. "
        "The group reaffirmed its support for Guaidó."
    )
    assert later(annotator, text) == [("The group", "org:LIMA_GROUP")]
    # a body that is not called a Group is stepped over (held-out BI: "asked the
    # International Criminal Court to … and urged others to follow the group's lead")
    assert later(annotator, "The Lima Group met. The EU spoke. The group left.") == [
        ("The group", "org:LIMA_GROUP")
    ]
    # but only within reach: three sentences
    far = "The Lima Group met. It rained. It snowed. It hailed. The group left."
    assert later(annotator, far) == []


def test_the_bloc_between_links_the_group_to_its_name(annotator):
    """ "The bloc" names the bloc named last within five sentences, so "the group" after it
    reaches as far (held-out BI)."""
    text = (
        "The Lima Group met in Bogotá. It rained. For Peru the meeting showed how far the bloc"
        " has come. It was founded in 2017. It grew. That changed when the group declared it"
        " would not recognise Maduro."
    )
    assert later(annotator, text) == [("the group", "org:LIMA_GROUP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's foreign ministry published a list. The ministry barred 20 journalists.",
            [("The ministry", "country:RUS")],
        ),
        (
            "The Norwegian Foreign Ministry spoke. The foreign ministry said talks would go on.",
            [("The foreign ministry", "country:NOR")],
        ),
        # another ministry by name, another state in between, or no state's ministry named
        ("Russia's foreign ministry spoke. The ministry of a Baltic state said so.", []),
        ("Russia's foreign ministry spoke. Spain disagreed. The ministry said so.", []),
        # no ministry named before: the one state that opened the sentence before speaks
        ("Russia spoke. The ministry said so.", [("The ministry", "country:RUS")]),
        ("Russia and Spain spoke. The ministry said so.", []),
        ("Talks with Russia went on. The ministry said so.", []),
    ],
)
def test_the_ministry_is_the_state_named_with_a_ministry(annotator, text, expected):
    assert later(annotator, text) == expected
