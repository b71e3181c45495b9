"""The quantity parser on invented sentences: what is a quantity, with which value, currency and
bound, and everything the annotation guide says is never a figure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidynews.extractors.numbers import BOUNDS, Quantity, parse_quantities


def quantities(text: str) -> list[tuple[str, float, str, str | None]]:
    found = parse_quantities(text)
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text
    return [(q.text, q.value, q.bound, q.currency) for q in found]


def only(text: str) -> Quantity:
    found = parse_quantities(text)
    assert len(found) == 1, found
    return found[0]


# --- numbers in digits and words ------------------------------------------------------------------

DIGITS = [
    ("Officials counted 5,000 people.", "5,000", 5000),
    ("Some 768,000 Venezuelans live there.", "768,000", 768_000),
    ("Colombia hosts 1.3 million Venezuelans.", "1.3 million", 1_300_000),
    ("The UN said 3.4m people had left.", "3.4m", 3_400_000),
    ("A further 20 countries agreed.", "20", 20),
    ("In total 1,250,000 people registered.", "1,250,000", 1_250_000),
    ("The agency counted 2.5 billion people worldwide.", "2.5 billion", 2_500_000_000),
    ("Police said 12 people were hurt.", "12", 12),
    ("The camp holds 5000 refugees.", "5000", 5000),
    ("The UN counted 2 million refugees.", "2 million", 2_000_000),
]


@pytest.mark.parametrize(("text", "written", "value"), DIGITS)
def test_digits(text, written, value):
    quantity = only(text)
    assert text[quantity.number_start : quantity.end] == written
    assert quantity.value == value
    assert quantity.kind == "count"


WORDS = [
    ("Three million people have fled.", "Three million", 3_000_000),
    ("Twenty governments signed.", "Twenty", 20),
    ("A dozen soldiers defected.", "A dozen", 12),
    ("Two dozen lawmakers were present.", "Two dozen", 24),
    # twenty-third session, a real report: "half a dozen" is six
    ("Washington has imposed half a dozen rounds of sanctions.", "half a dozen", 6),
    ("Half a million people marched.", "Half a million", 500_000),
    ("One and a half million Venezuelans live in Colombia.", "One and a half million", 1_500_000),
    ("A quarter of a million migrants crossed.", "A quarter of a million", 250_000),
    ("Twenty-five detainees were freed.", "Twenty-five", 25),
    (
        "Three hundred and fifty thousand people applied.",
        "Three hundred and fifty thousand",
        350_000,
    ),
    ("A million people signed the petition.", "A million", 1_000_000),
    ("Fifteen hundred troops arrived.", "Fifteen hundred", 1500),
    ("Eleven nations objected.", "Eleven", 11),
]


@pytest.mark.parametrize(("text", "written", "value"), WORDS)
def test_number_words(text, written, value):
    quantity = only(text)
    assert quantity.text == written
    assert quantity.value == value


def test_two_numbers_joined_by_and_are_two_quantities():
    assert [q[1] for q in quantities("Between twenty and thirty nations attended.")] == [20, 30]


def test_compound_counts_the_noun_inside_it():
    quantity = only("The Lima Group, a 14-country body, met in Ottawa.")
    assert (quantity.text, quantity.value, quantity.kind) == ("14-country", 14, "compound")
    assert quantity.compound_noun == "country"
    assert only("an eleven-nation coalition").compound_noun == "nation"


def test_strong_and_odd_extend_the_quantity():
    strong = only("a 5,000-strong force")
    assert (strong.text, strong.value, strong.bound) == ("5,000-strong", 5000, "exact")
    odd = only("some 20-odd countries")
    assert odd.bound == "approx"  # "some" wins, and -odd agrees anyway
    plus = only("in 20-plus countries")
    assert (plus.text, plus.bound) == ("20-plus", "at_least")


# --- money ----------------------------------------------------------------------------------------

MONEY = [
    ("The US pledged $20 million in aid.", "$20 million", 20_000_000, "USD"),
    # any ISO 4217 code, and the currencies of the region by name or sign
    ("Poland will spend 8 billion zloty.", "8 billion zloty", 8_000_000_000, "PLN"),
    ("Hosts get PLN 40 for each guest.", "PLN 40", 40, "PLN"),
    ("Seoul pledged KRW 4 billion.", "KRW 4 billion", 4_000_000_000, "KRW"),
    ("Kyiv set aside 2 billion hryvnias.", "2 billion hryvnias", 2_000_000_000, "UAH"),
    # the sign before the country's letters, as the New Zealand and Australian press write it
    ("Wellington froze $NZ200 million.", "$NZ200 million", 200_000_000, "NZD"),
    ("Canberra gave $A50m.", "$A50m", 50_000_000, "AUD"),
    # crowns by whose adjective (bare: the Czech koruna); dinars, lari
    ("Hosts get 5,000 crowns a month.", "5,000 crowns", 5_000, "CZK"),
    ("Sweden gave 3 billion Swedish crowns.", "3 billion Swedish crowns", 3_000_000_000, "SEK"),
    ("Copenhagen set aside 500 kroner.", "500 kroner", 500, "DKK"),
    ("Belgrade spent 2 billion dinars.", "2 billion dinars", 2_000_000_000, "RSD"),
    ("Tbilisi spent 3 million lari.", "3 million lari", 3_000_000, "GEL"),
    ("Kyiv set aside ₴2 billion.", "₴2 billion", 2_000_000_000, "UAH"),
    ("Taipei gave NT$900 million.", "NT$900 million", 900_000_000, "TWD"),
    ("Washington sent US$20m to Cúcuta.", "US$20m", 20_000_000, "USD"),
    ("The EU gave €5bn.", "€5bn", 5_000_000_000, "EUR"),
    ("Britain froze £1.2 billion of gold.", "£1.2 billion", 1_200_000_000, "GBP"),
    ("Ottawa announced CAD 53 million for the region.", "CAD 53 million", 53_000_000, "CAD"),
    ("Ottawa gave 53 million Canadian dollars.", "53 million Canadian dollars", 53_000_000, "CAD"),
    ("The fund holds 20 million dollars.", "20 million dollars", 20_000_000, "USD"),
    ("They paid 300 euros each.", "300 euros", 300, "EUR"),
    ("The bank moved C$40m.", "C$40m", 40_000_000, "CAD"),
    ("A loan of 5 billion yuan was agreed.", "5 billion yuan", 5_000_000_000, "CNY"),
    ("Brazil sent R$ 10 million.", "R$ 10 million", 10_000_000, "BRL"),
    ("Bonds worth 2 billion USD matured.", "2 billion USD", 2_000_000_000, "USD"),
    ("The fine was 500,000 pounds sterling.", "500,000 pounds sterling", 500_000, "GBP"),
    ("A bill of $2.50 went unpaid.", "$2.50", 2.5, "USD"),
]


@pytest.mark.parametrize(("text", "written", "value", "code"), MONEY)
def test_money(text, written, value, code):
    quantity = only(text)
    assert (quantity.text, quantity.value, quantity.currency, quantity.kind) == (
        written,
        value,
        code,
        "money",
    )


def test_pesos_of_no_named_country_are_not_money():
    assert only("They were paid 300 pesos.").currency is None


def test_crowns_in_words_are_no_money():
    assert only("The three crowns of the kingdom were shown.").kind != "money"


# --- hedges ---------------------------------------------------------------------------------------

HEDGES = [
    ("about 3 million", "approx", "about"),
    ("around 300", "approx", "around"),
    ("approximately 4,000", "approx", "approximately"),
    ("nearly 2,000", "approx", "nearly"),
    ("almost 50", "approx", "almost"),
    ("some 300", "approx", "some"),
    ("roughly 12", "approx", "roughly"),
    ("an estimated 4 million", "approx", "an estimated"),
    ("more than 20", "at_least", "more than"),
    ("over 2.1 million", "at_least", "over"),
    ("at least 40", "at_least", "at least"),
    ("upwards of 10,000", "at_least", "upwards of"),
    ("in excess of 500", "at_least", "in excess of"),
    ("up to 40", "at_most", "up to"),
    ("fewer than 10", "at_most", "fewer than"),
    ("less than 100", "at_most", "less than"),
    ("under 5,000", "at_most", "under"),
    ("no more than 30", "at_most", "no more than"),
    ("as many as 300", "at_most", "as many as"),
    ("20 or more", "at_least", "or more"),
    ("50 or so", "approx", "or so"),
    ("More than $20 million", "at_least", "More than"),
    ("more than half a million", "at_least", "more than"),
]


@pytest.mark.parametrize(("written", "bound", "hedge"), HEDGES)
def test_hedges_are_part_of_the_quantity_text(written, bound, hedge):
    text = f"Officials said {written} people were counted."
    quantity = only(text)
    assert quantity.text == written
    assert (quantity.bound, quantity.hedge) == (bound, hedge)
    assert quantity.bound in BOUNDS


def test_unhedged_is_exact_and_number_start_skips_the_hedge():
    text = "Officials said more than 20 nations agreed and 14 did not."
    first, second = parse_quantities(text)
    assert text[first.number_start : first.end] == "20"
    assert (second.bound, second.hedge) == ("exact", None)


# --- what is never a figure -----------------------------------------------------------------------

EXCLUDED = [
    # years and dates
    "Maduro must wait until 2025.",
    "The group was set up in 2017 to find a solution.",
    "It began on 10 January.",
    "A conference on 7 February in Montevideo.",
    "It began on January 10, 2019.",
    "It began on January 10th.",
    "The vote of 2019-01-23 was annulled.",
    "The deadline is 23/01/2019.",
    "They met on Wednesday 23 for talks.",
    "the 1990s saw growth",
    # times
    "The march starts at 10:30.",
    "The march starts at 3pm.",
    "The march starts at 3 p.m. sharp.",
    "The rally began at 11 o'clock.",
    "Clashes began at 1400 GMT.",
    # durations
    "They stayed for two hours on Wednesday.",
    "He has been in power for 12 years.",
    "The talks lasted 48 hours.",
    "The strike lasted eight days.",
    "He won a four-year term.",
    "A 48-hour ultimatum expired.",
    "He spent six months in jail.",
    # ages
    "The 35-year-old leader spoke.",
    "Mr Guaidó, aged 35, spoke.",
    "Juan Guaidó, 35, said he would stay.",
    "a 35-year-old engineer",
    "He is 35 years old.",
    # phone numbers, links
    "Call 0207 782 4368 today.",
    "WhatsApp us on 07810 791 502.",
    "Dial +44 20 7782 4368 now.",
    "See https://example.com/2019/01/23/story-500 for more.",
    # percentages and votes
    "Turnout was 40%.",
    "Turnout was 40 per cent.",
    "Inflation hit 40 percent.",
    "He won 67.8 percent of the vote.",
    "Maduro received 6.2 million votes.",
    "Unemployment rose five percentage points.",
    # ordinals
    "He began his second term.",
    "It was the 21st rally.",
    "On the first day, talks began.",
    "the twenty-first century",
    # vague
    "Millions have fled.",
    "Hundreds of people gathered.",
    "Tens of thousands marched.",
    "Dozens of nations objected.",
    "Several hundred people were detained.",
    "A few thousand soldiers remain.",
    "Thousands took to the streets.",
    # population totals
    "Venezuela, a country of 30 million people, is in crisis.",
    "The country has a population of about 32 million.",
    "Its 30 million people suffer shortages.",
    "Venezuela's 30 million people suffer.",
    "a nation of some 32 million",
    # ratios, fractions, identifiers, measures
    "One in five Venezuelans has left.",
    "Two out of three voters agreed.",
    "Prices rose five times.",
    "Article 233 of the constitution applies.",
    "Resolution 2254 was cited.",
    "The Covid-19 pandemic hit.",
    "A G20 summit was held.",
    "F-16s flew over.",
    "Inflation reached 2.5 in the month.",
    "Half the population is poor.",
    "Two-thirds of the cabinet resigned.",
    "No one was hurt.",
    "One of them spoke.",
    # twenty-eighth session, real law-firm alerts: a legal instrument's number is its name
    "OFAC acted pursuant to Executive Order 13850.",
    'The Treasury acted under Executive Order ("EO") 13884.',
    "The Treasury acted under EO 14065 and E.O. 13660.",
    "The Treasury issued GL 77.",
    "Rosneft Trading was subject to Directive 4.",
    # a whole people, "all" of them (twenty-eighth session, a real Hansard debate)
    "Nearly all 30 million Venezuelans suffer shortages.",
    # lengths and distances are measurements (thirty-first session, real reports of 2022)
    "The training facility lies 20 kilometres from the Polish border.",
    "The 348-foot long vessel features a live lobster tank.",
    "The tanker waited 12 nautical miles off the coast.",
]


@pytest.mark.parametrize("text", EXCLUDED)
def test_never_a_quantity(text):
    assert quantities(text) == []


def test_a_year_sized_count_of_people_is_kept():
    assert quantities("Officials said 2000 people were detained.")[0][1] == 2000
    assert quantities("In 2019 troops were deployed.") == []


def test_only_the_figure_survives_among_exclusions():
    text = (
        "On 10 January 2019, after 12 years of crisis, about 3 million people (40%) had fled, "
        "officials said at 10:30 on +58 212 555 1234."
    )
    assert quantities(text) == [("about 3 million", 3_000_000, "approx", None)]


# --- robustness -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "junk",
    [
        "",
        " ",
        "0",
        "-",
        "$",
        "$$$",
        "1,",
        ",1",
        "1.",
        "a a a",
        "half",
        "and a half",
        "1e10",
        "٣",
        "١٢٣ people",
        "\x00 5",
        "999999999999999999999999999999 people",
        "a" * 5000,
    ],
)
def test_odd_inputs_do_not_raise(junk):
    for quantity in parse_quantities(junk):
        assert junk[quantity.start : quantity.end] == quantity.text


def test_non_strings_give_nothing():
    assert parse_quantities(None) == []  # type: ignore[arg-type]


_ALPHABET = st.sampled_from(
    [
        *"0123456789,.-:/$€£%+() \n\t",
        "million",
        "thousand",
        "a ",
        "half ",
        "and ",
        "more than ",
        "about ",
        "January ",
        "years",
        "people ",
        "twenty",
        "-five",
        "dozen",
        "US$",
        "m ",
        "bn ",
        "or more ",
        "aged ",
        "per cent",
        "one ",
        "of ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_property_offsets_always_match(text):
    for quantity in parse_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text
        assert quantity.start <= quantity.number_start < quantity.end
        assert quantity.bound in BOUNDS
        assert quantity.value >= 0


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_property_never_raises_on_arbitrary_text(text):
    for quantity in parse_quantities(text):
        assert text[quantity.start : quantity.end] == quantity.text


def test_arithmetic_and_template_syntax_are_not_figures():
    """'{{7*7}}' in a hostile article, '2^10' or '3+4' in a formula: operands, not counts."""
    from tidynews.extractors.numbers import parse_quantities

    for text in ["the agency said {{7*7}} people", "a 2^10 rise", "3+4 refugees"]:
        assert [q.value for q in parse_quantities(text)] == [], text
    assert [q.value for q in parse_quantities("7 people and 49 refugees")] == [7, 49]


def test_a_toll_free_line_written_with_a_lone_zero_is_a_phone_number():
    assert parse_quantities("Refugees can call the hotline on 0 800 800 11.") == []


def test_a_year_before_a_rarer_code_is_no_amount():
    """ "Copyright © 2019 AFN": the Afghan afghani's code after a year; "2000 USD" stays."""
    assert parse_quantities("Copyright © 2019 AFN.") == []
    assert [(q.value, q.currency) for q in parse_quantities("It cost 2000 USD.")] == [
        (2000.0, "USD")
    ]


def test_a_code_that_is_also_a_word_is_no_currency():
    """ "ALL 40 MINERS" in a capitalised headline: ALL is the Albanian lek's code too; "40
    NATO troops": three capitals that are no code at all. The quantity is the number alone."""
    assert [
        (q.value, q.currency, q.text) for q in parse_quantities("ALL 40 MINERS WERE SAVED")
    ] == [(40.0, None, "40")]
    assert [(q.currency, q.text) for q in parse_quantities("40 NATO troops")] == [(None, "40")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the low end of a range takes the high end's scale; the range gives both bounds
        (
            "Between 3 and 4 million Venezuelans",
            [(3e6, "at_least", "3"), (4e6, "at_most", "4 million")],
        ),
        (
            "between 300,000 and 400,000 people",
            [(3e5, "at_least", "300,000"), (4e5, "at_most", "400,000")],
        ),
        ("3-4 million Venezuelans", [(3e6, "at_least", "3"), (4e6, "at_most", "4 million")]),
        (
            "three to four million people",
            [(3e6, "at_least", "three"), (4e6, "at_most", "four million")],
        ),
        # a currency written once covers both ends
        ("$3-4bn in aid", [(3e9, "at_least", "$3"), (4e9, "at_most", "4bn")]),
        # a hedge on the range covers both ends
        ("some 3 to 4 million people", [(3e6, "approx", "some 3"), (4e6, "approx", "4 million")]),
        # a change is no range; a range of percentages or ages is no count at all
        ("rose from 20 to 35 people", [(20.0, "exact", "20"), (35.0, "exact", "35")]),
        ("5 to 10 per cent", []),
        ("between 5% and 10%", []),
        ("aged 30 to 40", []),
        ("on 2019-01-23 and in 2018-19", []),
    ],
)
def test_ranges_give_both_ends(text, expected):
    assert [(q.value, q.bound, q.text) for q in parse_quantities(text)] == expected


def test_a_hedge_reaches_past_words_of_more():
    """Twenty-eighth session, a real UN briefing: "up to a further 7 million" is at most 7
    million; the words of more between the hedge and the number leave the hedge its bound."""
    assert quantities("Up to a further 7 million people could leave.") == [
        ("Up to a further 7 million", 7_000_000, "at_most", None)
    ]
    assert quantities("More than an additional 500 troops arrived.")[0][2] == "at_least"
    assert quantities("All 4 million Venezuelans abroad need help.") == [
        ("4 million", 4_000_000, "exact", None)
    ]
