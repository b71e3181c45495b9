"""Annotation: same-length folding, sentences, and mentions from gazetteers and the case."""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidynews.annotate import Annotator
from tidynews.cases import load_case
from tidynews.document import Tokens, fold, slug


@pytest.fixture(scope="module")
def annotator():
    return Annotator(load_case("venezuela-2019"))


def mentions(annotator, text):
    article = annotator.annotate("0123456789ab", text)
    for m in article.mentions:
        assert text[m.start : m.end] == m.surface
    return [(m.surface, m.entity_id) for m in article.mentions]


@given(st.text())
def test_fold_keeps_length(text):
    assert len(fold(text)) == len(text)


def test_an_en_dash_joining_two_words_folds_to_a_hyphen():
    """Twenty-eighth session, a real law-firm alert: "United Arab Emirates–based companies"
    joins a compound with an en dash; between letters it reads as a hyphen, set off by
    spaces or between numbers it stays what it is."""
    assert fold("Emirates–based firms") == "Emirates-based firms"
    assert fold("Caracas – the capital") == "Caracas – the capital"
    assert fold("in 2014–2019") == "in 2014–2019"


def test_fold_and_slug():
    assert fold("Guaidó, Nicolás, Bogotá, Erdoğan") == "Guaido, Nicolas, Bogota, Erdogan"
    assert slug("Nicolás Maduro Moros") == "nicolas-maduro-moros"


def test_letters_with_a_stroke_fold_and_slug_like_accented_ones():
    # Unicode gives "ł", "ø", "đ" no decomposition: folded by hand, one letter for one, so a
    # Polish or Serbian name is still a run of name words ("said Paweł Szefernaker")
    assert fold("Paweł Sadoś, Bjørn, Đilas") == "Pawel Sados, Bjorn, Dilas"
    assert slug("Paweł Szefernaker") == "pawel-szefernaker"
    assert slug("Dragan Đilas") == "dragan-dilas"
    assert slug("Franz Strauß") == "franz-strauss"


def test_an_apostrophe_inside_a_name_is_dropped_from_its_slug():
    """One word stays one word: "O'Sullivan" (curly or straight) is not "o-sullivan"."""
    assert slug("David O'Sullivan") == "david-osullivan"
    assert slug("James O\u2019Brien") == "james-obrien"
    assert slug("'Quoted' Name") == "quoted-name"


def test_matching_is_accent_and_case_insensitive(annotator):
    assert mentions(annotator, "GUAIDO met guaidó's allies.") == [
        ("GUAIDO", "person:juan-guaido"),
        ("guaidó", "person:juan-guaido"),
    ]


def test_names_sharing_one_head_are_each_named():
    """'the Donetsk and Luhansk people's republics' names both republics; 'the Donetsk and
    Luhansk regions' names neither (no such name in the case file)."""
    ukraine = Annotator(load_case("russia-ukraine-2022"))
    text = (
        "Mr Putin recognised the so-called Donetsk and Luhansk people’s republics. "
        "Shelling hit the Donetsk and Luhansk regions. "
        "He also met the leaders of the Luhansk and Donetsk republics."
    )
    assert mentions(ukraine, text) == [
        ("Putin", "person:vladimir-putin"),
        ("Donetsk", "org:DPR"),
        ("Luhansk people’s republics", "org:LPR"),
        ("Luhansk", "org:LPR"),
        ("Donetsk republics", "org:DPR"),
    ]


def test_a_shared_head_before_of_names_each():
    """Thirty-third session, from TB's errors: "the people's republics of Donetsk and Luhansk"
    names both (each is "People's Republic of …" in the case file); "the regions of Donetsk
    and Luhansk" names neither."""
    ukraine = Annotator(load_case("russia-ukraine-2022"))
    text = (
        "Syria backed the breakaway people's republics of Donetsk and Luhansk. "
        "Fighting spread across the regions of Donetsk and Luhansk."
    )
    assert mentions(ukraine, text) == [
        ("Syria", "country:SYR"),
        ("people's republics of Donetsk", "org:DPR"),
        ("Luhansk", "org:LPR"),
    ]


def test_people_marked_by_a_speech_verb_before_or_an_age_after(annotator):
    found = mentions(annotator, "“No food,” says Maria Pérez. Ana Rojas, 41, a nurse, agreed.")
    assert found == [("Maria Pérez", "person:maria-perez"), ("Ana Rojas", "person:ana-rojas")]


def test_a_place_after_a_preposition_is_no_person_whatever_apposition_follows(annotator):
    """ "At Upper Lars, a 27-year-old developer …": the apposition belongs to the speaker
    after the fronted place (held-out CD made "Upper Lars" a person); without the
    preposition, the apposition marks the name."""
    text = "At Upper Lars, a 27-year-old developer said he had left."
    assert mentions(annotator, text) == []
    text = "Ana Rojas, a 27-year-old developer, said she had left."
    assert mentions(annotator, text) == [("Ana Rojas", "person:ana-rojas")]


def test_the_one_told_is_no_speaker_and_a_network_no_person(annotator):
    assert mentions(annotator, "Mr Bolton told Fox Business Network on Monday.") == [
        ("Bolton", "person:john-bolton")
    ]


def test_a_title_and_a_surname_are_the_person_named_in_full(annotator):
    """ "Senator Wong" after "Foreign Minister Penny Wong" is Penny Wong, not a person called
    "Senator Wong" (held-out BN); "Pope Francis" keeps his one name with the title."""
    text = 'Foreign Minister Penny Wong flew in. "It is urgent," Senator Wong said.'
    assert mentions(annotator, text) == [
        ("Penny Wong", "person:penny-wong"),
        ("Wong", "person:penny-wong"),
    ]


def test_ministries_that_name_one_state_stand_for_it(annotator):
    """ "the Foreign Office", "HM Treasury" are the UK's; "Global Affairs Canada" is Canada's
    (held-out BN: fact boxes name the ministry, not the state)."""
    text = (
        "The Foreign Office froze his assets. HM Treasury agreed. Global Affairs Canada followed."
    )
    found = [(surface, entity) for surface, entity in mentions(annotator, text)]
    assert found == [
        ("Foreign Office", "country:GBR"),
        ("HM Treasury", "country:GBR"),
        ("Global Affairs Canada", "country:CAN"),
    ]


def test_an_organisation_s_name_is_no_person(annotator):
    """ "Chelsea Football Club, who …": a club, whatever the relative pronoun says (held-out
    BJ); a person named before it still is one."""
    text = "The owner of Chelsea Football Club, who was sanctioned, said nothing."
    assert mentions(annotator, text) == []
    text = "Ana Rojas, who was sanctioned, said nothing."
    assert mentions(annotator, text) == [("Ana Rojas", "person:ana-rojas")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition naming a company, and a later mention by the same name (an invented
        # bank: Evrofinance Mosnarbank is in the case file since the twenty-seventh session)
        (
            "The US sanctioned Intertrade Volgabank, a Moscow-based lender. Intertrade"
            " Volgabank denied it.",
            [
                ("Intertrade Volgabank", "org:INTERTRADE_VOLGABANK"),
                ("Intertrade Volgabank", "org:INTERTRADE_VOLGABANK"),
            ],
        ),
        # thirty-fifth session, from VD: "refiner" and "giant" name a company in apposition
        # (the name had been read as a person's)
        (
            "The EU listed Nayara Energy, the Indian refiner part-owned by Rosneft.",
            [("Nayara Energy", "org:NAYARA_ENERGY")],
        ),
        (
            "The EU listed Sibur Holding, the Russian petrochemicals giant.",
            [("Sibur Holding", "org:SIBUR_HOLDING")],
        ),
        # "Bank" ends a lender's name in apposition (an institution word elsewhere)
        (
            "Those sanctioned include a Kyrgyz lender, Keremet Bank, accused of helping Moscow.",
            [("Keremet Bank", "org:KEREMET_BANK")],
        ),
        (
            "OFAC added Keremet Bank, a mid-sized Kyrgyz lender, to its blacklist.",
            [("Keremet Bank", "org:KEREMET_BANK")],
        ),
        # a descriptor before the name; a bank's own name
        (
            "Abrams named state oil company Rosneft.",
            [("Abrams", "person:elliott-abrams"), ("Rosneft", "org:ROSNEFT")],
        ),
        (
            "Sovcombank and the lender Otkritie were cut off.",
            [("Sovcombank", "org:SOVCOMBANK"), ("Otkritie", "org:OTKRITIE")],
        ),
        # a legal form after the name
        (
            "Ballito Bay Shipping Inc. and Caroil Transport Marine Ltd were named, as was"
            " Bluelane Overseas SA.",
            [
                ("Ballito Bay Shipping Inc.", "org:BALLITO_BAY_SHIPPING"),
                ("Caroil Transport Marine Ltd", "org:CAROIL_TRANSPORT_MARINE"),
                ("Bluelane Overseas SA", "org:BLUELANE_OVERSEAS"),
            ],
        ),
        # twenty-seventh session, real 2023 reports: legal forms of Italy and the Gulf free
        # zones, and a trade joined by "and" before the legal form (two firms stay two)
        (
            "PB Tankers SpA and Zeenit Supply and Trading DMCC were named, as was Oil Tankers"
            " SCF Mgmt FZCO.",
            [
                ("PB Tankers SpA", "org:PB_TANKERS"),
                ("Zeenit Supply and Trading DMCC", "org:ZEENIT_SUPPLY_AND_TRADING"),
                ("Oil Tankers SCF Mgmt FZCO", "org:OIL_TANKERS_SCF_MGMT"),
            ],
        ),
        (
            "Large Range Ltd and Lima Trading Corp were named.",
            [("Large Range Ltd", "org:LARGE_RANGE"), ("Lima Trading Corp", "org:LIMA_TRADING")],
        ),
        # twenty-eighth session, real law-firm alerts: a legal form before the name, as
        # Russian firms write it; the id leaves it out
        (
            "OOO Transoil and Public Joint Stock Company Alrosa were named, as was PJSC"
            " Novatek Arctic.",
            [
                ("OOO Transoil", "org:TRANSOIL"),
                ("Public Joint Stock Company Alrosa", "org:ALROSA"),
                ("PJSC Novatek Arctic", "org:NOVATEK_ARCTIC"),
            ],
        ),
        # a measure's object whose last word is a company's
        # (Lukoil Trading: Rosneft Trading is in the case file since the twenty-seventh session)
        ("The Treasury sanctioned Lukoil Trading.", [("Lukoil Trading", "org:LUKOIL_TRADING")]),
        # thirty-sixth session, from WB's errors: an apposition that calls it a company lets
        # an institution's word end its name
        (
            "The EU acted against Kaveh Aerospace Industries, the company behind the drones.",
            [("Kaveh Aerospace Industries", "org:KAVEH_AEROSPACE_INDUSTRIES")],
        ),
        # not a company: a title after "bank", a day, a lower-case word
        ("The central bank Governor Elvira Nabiullina spoke.", []),
        ("The company Monday said it would comply, the firm added.", []),
        # no measure before the company word; a suffix not written as one
        ("Venezuela Oil Exports fell. The sa ltd inc spoke.", []),
    ],
)
def test_companies_the_text_marks_as_companies(annotator, text, expected):
    article = annotator.annotate("0123456789ab", text)
    detected = [
        (m.surface, m.entity_id)
        for m in article.mentions
        if m.kind == "detected" and m.entity_type == "org"
    ]
    assert detected == [pair for pair in expected if pair[1].startswith("org:")]


def test_a_trader_in_apposition_is_still_a_person(annotator):
    """ "trader" is no company noun for people detection, unlike "refiner" and "giant": a
    person may be "a commodities trader"."""
    text = "Marc Rich, a commodities trader, fled."
    assert mentions(annotator, text) == [("Marc Rich", "person:marc-rich")]


def test_people_marked_by_a_family_word(annotator):
    found = mentions(annotator, "His wife Cilia Flores and his son, Nicolas Ernesto, left.")
    assert found == [
        ("Cilia Flores", "person:cilia-flores"),
        ("Nicolas Ernesto", "person:nicolas-ernesto"),
    ]


def test_a_name_set_off_after_a_title_is_a_person_standing_for_the_state(annotator):
    article = annotator.annotate(
        "0123456789ab",
        "Austria's chancellor, Sebastian Kurz, spoke first. The Austrian chancellor, Sebastian"
        " Kurz, agreed. The bank, Banco Central, is closed.",
    )
    people = [(m.surface, m.party_id) for m in article.mentions if m.entity_type == "person"]
    assert people == [("Sebastian Kurz", "country:AUT"), ("Sebastian Kurz", "country:AUT")]


def test_a_name_after_a_country_possessive_is_its_person_but_not_a_place(annotator):
    article = annotator.annotate(
        "0123456789ab",
        "Nicaragua's Daniel Ortega agreed. Sweden’s Stefan Löfven said no. Venezuela's Tachira"
        " State is poor. Venezuela's National Assembly met.",
    )
    people = [(m.surface, m.party_id) for m in article.mentions if m.entity_type == "person"]
    assert people == [("Daniel Ortega", "country:NIC"), ("Stefan Löfven", "country:SWE")]


def test_a_surname_alone_after_the_full_name_is_the_same_person(annotator):
    article = annotator.annotate(
        "0123456789ab",
        "Austria's chancellor, Sebastian Kurz, spoke. Kurz said Austria agreed. Mr Kurz left."
        " Andrés Manuel López Obrador said no. Leopoldo López said yes. López Obrador repeated"
        " it. Later López spoke.",
    )
    people = [
        (m.surface, m.entity_id, m.party_id) for m in article.mentions if m.entity_type == "person"
    ]
    assert people == [
        ("Sebastian Kurz", "person:sebastian-kurz", "country:AUT"),
        ("Kurz", "person:sebastian-kurz", "country:AUT"),
        ("Kurz", "person:sebastian-kurz", "country:AUT"),
        ("Andrés Manuel López Obrador", "person:andres-manuel-lopez-obrador", "country:MEX"),
        ("Leopoldo López", "person:leopoldo-lopez", None),
        ("López Obrador", "person:andres-manuel-lopez-obrador", "country:MEX"),
        ("López", "person:leopoldo-lopez", None),
    ]


def test_a_surname_that_is_also_a_month_or_an_ordinary_word_is_nobody(annotator):
    article = annotator.annotate(
        "0123456789ab",
        "British Prime Minister Theresa May met Mr Trump. Until May, Britain had refused."
        " Ana Rojas Long, 41, spoke. The talks were long. Long left.",
    )
    people = [m.surface for m in article.mentions if m.entity_type == "person"]
    assert people == ["Theresa May", "Trump", "Ana Rojas Long"]


def test_a_surname_two_people_share_is_nobody(annotator):
    article = annotator.annotate(
        "0123456789ab", "Ana Rojas, 41, agreed. Luis Rojas, 39, did not. Rojas left."
    )
    assert [m.surface for m in article.mentions] == ["Ana Rojas", "Luis Rojas"]


def test_a_surname_shared_with_relatives_is_the_principal(annotator):
    """Thirty-sixth session, from WA's errors: after "President Gustavo Petro … his eldest
    son, Nicolás Petro", "Petro answered within hours" is the president: the others who
    share the surname were introduced as his relatives. One person stands for one state
    throughout: the first state named for him, not a later title's context."""
    text = (
        "Chile's President Raúl Castaño was sanctioned, with his wife, Rosa Castaño, and his"
        " brother, Iván Castaño. Officials in Washington said President Raúl Castaño had"
        " failed. Castaño answered within hours."
    )
    article = annotator.annotate("0123456789ab", text)
    people = [(m.surface, m.entity_id, m.party_id) for m in article.mentions if m.kind != "name"]
    assert people[-1] == ("Castaño", "person:raul-castano", "country:CHL")
    assert {party for _, entity, party in people if entity == "person:raul-castano"} == {
        "country:CHL"
    }


def test_a_name_before_whom_is_a_person(annotator):
    """Thirty-sixth session, from WC's errors: "Carlos Vecchio, whom Guaidó appointed as his
    ambassador in Washington, had lobbied …" — a relative "whom" marks the name before it as
    a person, as "who" did."""
    text = "Rosa Ibarra, whom the party chose in May, had campaigned for a year."
    assert [m.surface for m in annotator.annotate("0123456789ab", text).mentions] == ["Rosa Ibarra"]


def test_acronyms_match_only_in_capitals(annotator):
    found = mentions(annotator, "Let us see what the US and the EU do.")
    assert [entity for _, entity in found] == ["country:USA", "org:EU"]
    assert all(surface.endswith(("US", "EU")) for surface, _ in found)


def test_long_acronyms_match_in_title_case_too(annotator):
    """Twenty-eighth session, real trade-press reports: British and shipping papers write
    "Ofac" and "Opec"; an acronym of four letters or more matches in title case as well,
    but not one that is an ordinary word ("Swift action")."""
    found = mentions(annotator, "Ofac acted after Opec met. Swift action followed.")
    assert found == [("Ofac", "org:OFAC"), ("Opec", "org:OPEC")]


def test_a_one_word_company_name_matches_in_capitals_too(annotator):
    """Twenty-eighth session, a real law-firm alert: "CITGO" is the company the case file
    names "Citgo" (a one-word name matched as written, in its own capitals too)."""
    found = mentions(annotator, "The Treasury barred CITGO from paying PDVSA.")
    assert ("CITGO", "org:CITGO") in found


def test_longest_match_and_blockers(annotator):
    found = mentions(annotator, "The Lima Group met in Lima. Latin American countries watched.")
    assert found == [("Lima Group", "org:LIMA_GROUP"), ("Lima", "country:PER")]


def test_demonyms_capitals_and_titles(annotator):
    article = annotator.annotate(
        "0123456789ab",
        "Russian Foreign Minister Sergei Lavrov spoke to Washington. "
        "UK Foreign Secretary Jeremy Hunt agreed.",
    )
    by_surface = {m.surface: m for m in article.mentions}
    assert by_surface["Russian"].entity_id == "country:RUS"
    assert by_surface["Washington"].entity_id == "country:USA"
    assert by_surface["Sergei Lavrov"].party_id == "country:RUS"
    assert by_surface["Jeremy Hunt"].party_id == "country:GBR"


def test_unlisted_people_are_detected_and_resolved(annotator):
    article = annotator.annotate(
        "0123456789ab",
        "Eduardo Stein, a special representative, said the flow was growing. "
        "Mr Stein added that more help was needed.",
    )
    people = [(m.surface, m.entity_id) for m in article.mentions if m.entity_type == "person"]
    assert ("Eduardo Stein", "person:eduardo-stein") in people
    assert ("Stein", "person:eduardo-stein") in people


def test_sentences_break_at_paragraphs_and_offsets_hold(annotator):
    text = "A heading without a full stop\n\nMr. Guaidó met the U.S. envoy. He left."
    article = annotator.annotate("0123456789ab", text)
    sentences = [text[s.start : s.end] for s in article.sentences]
    assert sentences == [
        "A heading without a full stop",
        "Mr. Guaidó met the U.S. envoy.",
        "He left.",
    ]
    assert [s.id for s in article.sentences] == [0, 1, 2]
    assert article.sentence_of(text.index("He left")) == 2


def test_a_wire_dateline_ends_before_the_first_sentence(annotator):
    text = (
        "MADRID/BERLIN (Reuters) - Spain recognised Mr Guaidó.\n\n"
        "CARACAS, Venezuela (AP) — Crowds gathered. The US - and Canada - agreed."
    )
    article = annotator.annotate("0123456789ab", text)
    assert [text[s.start : s.end] for s in article.sentences] == [
        "MADRID/BERLIN (Reuters) -",
        "Spain recognised Mr Guaidó.",
        "CARACAS, Venezuela (AP) —",
        "Crowds gathered.",
        "The US - and Canada - agreed.",
    ]


def test_a_dateline_dash_with_no_space_after_it_still_ends_the_dateline(annotator):
    """Scraped wire copy loses the space after the dash ("BRUSSELS, Belgium—The EU …"); a
    dash inside a sentence ("Spain—and France—agreed") is no dateline."""
    text = "BRUSSELS, Belgium—The EU cut seven banks from SWIFT.\n\nSpain—and France—agreed."
    article = annotator.annotate("0123456789ab", text)
    assert [text[s.start : s.end] for s in article.sentences] == [
        "BRUSSELS, Belgium—",
        "The EU cut seven banks from SWIFT.",
        "Spain—and France—agreed.",
    ]


def test_a_hyphen_glued_to_the_first_word_after_the_agency_ends_the_dateline(annotator):
    """ "SEOUL (Reuters) -South Korea will …": the hyphen is split off the name, which is
    then matched, and the dateline ends before it."""
    text = "SEOUL (Reuters) -South Korea will ban exports to Russia."
    article = annotator.annotate("0123456789ab", text)
    assert [text[s.start : s.end] for s in article.sentences] == [
        "SEOUL (Reuters) -",
        "South Korea will ban exports to Russia.",
    ]
    assert "country:KOR" in {m.entity_id for m in article.mentions if m.start > 16}


def test_given_names_before_a_known_surname_are_that_person(annotator):
    """ "Nicolas Ernesto Maduro Guerra" (the case file lists "Maduro Guerra"): one person, not
    a detected "Nicolas Ernesto" beside him (a real Fox News report gave both as targets)."""
    text = "The Treasury sanctioned Nicolas Ernesto Maduro Guerra on Friday."
    article = annotator.annotate("0123456789ab", text)
    people = [m for m in article.mentions if m.entity_type == "person"]
    assert [(m.entity_id, m.surface) for m in people] == [
        ("person:nicolas-maduro-guerra", "Nicolas Ernesto Maduro Guerra")
    ]


def test_the_object_of_a_measure_is_a_person_unless_a_company(annotator):
    text = (
        "Canada froze the assets of Tareck El Aissami. The US put sanctions on Ana Rojas and "
        "Luis Mora. The Treasury sanctioned Rosneft Trading. Mike Pence and Capitol Hill "
        "Republicans agreed."
    )
    article = annotator.annotate("0123456789ab", text)
    people = [m.surface for m in article.mentions if m.entity_type == "person"]
    assert people == ["Tareck El Aissami", "Ana Rojas", "Luis Mora", "Mike Pence"]


def test_the_administration_is_the_state_its_leader_governs(annotator):
    text = "The Trump administration acted. The administration recognised him. Its officials left."
    article = annotator.annotate("0123456789ab", text)
    later = [m for m in article.mentions if m.kind == "administration"]
    assert [(m.surface, m.entity_id, m.entity_type) for m in later] == [
        ("administration", "country:USA", "country")
    ]


def test_a_sentence_opening_adverb_is_no_part_of_a_name(annotator):
    """ "Now Rivas, 34, …" (held-out probe AJ) is not a person called "Now Rivas"."""
    article = annotator.annotate("0123456789ab", "Now Rivas, 34, and his wife are camped.")
    assert not [m for m in article.mentions if m.surface.startswith("Now")]


def test_later_references_span_their_own_words(annotator):
    """ "the government" and "the group" are mentions over those words, not the next one."""
    text = (
        "The Spanish government acted. The Lima Group met. The government joined the group's bans."
    )
    article = annotator.annotate("0123456789ab", text)
    found = [
        (m.surface, m.entity_id) for m in article.mentions if m.kind in {"government", "reference"}
    ]
    assert found == [("government", "country:ESP"), ("the group", "org:LIMA_GROUP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the institution acting for the bloc named before
        (
            "EU ministers met. The Council adopted measures.",
            [("The Council", "org:EUROPEAN_COUNCIL", "org:EU")],
        ),
        (
            "Brussels acted. The Commission proposed more.",
            [("The Commission", "org:EUROPEAN_COMMISSION", "org:EU")],
        ),
        # the institution named before, itself
        (
            "The UN Security Council met. The Council failed to agree.",
            [("The Council", "org:UNSC", "org:UNSC")],
        ),
        # twenty-eighth session, a real EU press release: it opens on "The Council" and
        # names the EU after; the institution named first after it
        (
            "The Council today added 11 officials to its list. The EU will keep working.",
            [("The Council", "org:EUROPEAN_COUNCIL", "org:EU")],
        ),
        # twenty-ninth session, an EU press release (held-out PB): no bloc named near it,
        # but another institution acting for the bloc is
        (
            "The Council today adopted a package. It was proposed by the European Commission.",
            [("The Council", "org:EUROPEAN_COUNCIL", "org:EU")],
        ),
        (
            "The European Commission spoke. The Council adopted measures.",
            [("The Council", "org:EUROPEAN_COUNCIL", "org:EU")],
        ),
        # nothing named before, too far back, or not this institution
        ("The Council adopted measures.", []),
        ("The UN refugee agency spoke. The Council adopted measures.", []),
        ("The EU met." + " It rained." * 6 + " The Council acted.", []),
        ("The EU met. The Council of Europe spoke.", []),
        ("The EU met. The Commission President spoke.", []),
        ("The EU met. The city council voted.", []),
    ],
)
def test_the_council_is_the_institution_of_the_bloc_named_before(annotator, text, expected):
    article = annotator.annotate("0123456789ab", text)
    found = [
        (m.surface, m.entity_id, m.party_id) for m in article.mentions if m.kind == "reference"
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bloc named last, not the alias's European Union
        ("The Lima Group met in Ottawa. The bloc backs Guaidó.", "org:LIMA_GROUP"),
        ("The Lima Group met. The EU said so. The bloc backs Guaidó.", "org:EU"),
        # no bloc named before: the alias stands
        ("Spain spoke first. The bloc backs Guaidó.", "org:EU"),
        # "the 27-nation bloc" is the EU whatever came before
        ("The Lima Group met in Ottawa. The 27-nation bloc backs Guaidó.", "org:EU"),
        # a bloc's name as a modifier is no antecedent; a heading's dash is no hyphen
        ("The EU met. Against a G20 economy, the bloc acted.", "org:EU"),
        ("The EU met. The G7-led plan, the bloc said, works.", "org:EU"),
        ("The Lima Group met.\n\nEUROPEAN UNION -\n\nThe bloc has not acted.", "org:EU"),
        # five sentences back at most
        ("The Lima Group met." + " It rained." * 6 + " The bloc acted.", "org:EU"),
    ],
)
def test_the_bloc_is_the_bloc_named_last(annotator, text, expected):
    found = [entity for surface, entity in mentions(annotator, text) if "bloc" in surface]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the case's one holder of an office in a state, named by the office
        ("The Turkish president said so.", [("Turkish president", "person:recep-tayyip-erdogan")]),
        ("Brazil's president spoke.", [("Brazil's president", "person:jair-bolsonaro")]),
        # a name after the title is the mention; a possessive title is no speaker
        (
            "The Turkish president Recep Tayyip Erdoğan spoke.",
            [("Turkish", "country:TUR"), ("Recep Tayyip Erdoğan", "person:recep-tayyip-erdogan")],
        ),
        ("The Turkish president's spokesman spoke.", [("Turkish", "country:TUR")]),
        # thirty-fifth session, from VA: a name in apposition is the holder, whoever the
        # case file names to the office ("Uruguay's president, Luis Lacalle Pou", 2024)
        (
            "Uruguay's president, Luis Lacalle Pou, said so.",
            [("Uruguay", "country:URY"), ("Luis Lacalle Pou", "person:luis-lacalle-pou")],
        ),
        (
            "Turkey's president, Mr Erdoğan, said so.",
            [("Turkey", "country:TUR"), ("Erdoğan", "person:recep-tayyip-erdogan")],
        ),
        # an office the case names nobody to
        ("The Turkish ambassador spoke.", [("Turkish", "country:TUR")]),
    ],
)
def test_an_office_in_a_state_is_its_holder_in_the_case(annotator, text, expected):
    assert mentions(annotator, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a legal form or a bank's opening word makes a company of a name holding a place
        (
            "It listed Lima Shipping Corp. on Friday.",
            [("Lima Shipping Corp.", "org:LIMA_SHIPPING")],
        ),
        (
            "It named Banco de Venezuela and Banco Bicentenario del Pueblo.",
            [
                ("Banco de Venezuela", "org:BANCO_DE_VENEZUELA"),
                ("Banco Bicentenario del Pueblo", "org:BANCO_BICENTENARIO_DEL_PUEBLO"),
            ],
        ),
        (
            "In Panama Maritime Corp. was named.",
            [("Panama Maritime Corp.", "org:PANAMA_MARITIME")],
        ),
        # the place alone, and a blocked name, stay as they were
        ("Bank officials in Lima said so.", [("Lima", "country:PER")]),
        ("The Bank of America said so.", []),
    ],
)
def test_a_company_name_may_hold_a_place_name(annotator, text, expected):
    assert mentions(annotator, text) == expected


def test_pipe_streams_many_articles(annotator):
    pairs = [(f"{i:012x}", f"Russia backs Mr Maduro, report {i} says.") for i in range(300)]
    annotated = list(annotator.pipe(pairs, batch_size=64))
    assert [a.article_id for a in annotated] == [p[0] for p in pairs]
    assert all(a.mentions[0].entity_id == "country:RUS" for a in annotated)


@given(st.text(max_size=300))
def test_annotation_never_raises_and_offsets_hold(text):
    article = _shared_annotator().annotate("0123456789ab", text)
    for mention in article.mentions:
        assert text[mention.start : mention.end] == mention.surface
    for sentence in article.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(text)


_CACHE: dict[str, Annotator] = {}


def _shared_annotator() -> Annotator:
    if "a" not in _CACHE:
        _CACHE["a"] = Annotator(load_case("venezuela-2019"))
    return _CACHE["a"]


# Text made of what decides sentence boundaries: words, sentence-ending characters (ASCII and
# others), other punctuation (quotes, brackets, dashes), spaces and line breaks.
_SENTENCE_PIECES = st.sampled_from(
    [
        "Word",
        "word",
        "U.S.",
        "Mr.",
        "3.5",
        "e.g.",
        ".",
        "!",
        "?",
        "...",
        "?!",
        "。",
        "！",
        "\u0964",
        "\u201c",
        "\u201d",
        '"',
        "'",
        "(",
        ")",
        "-",
        "\u2014",
        ",",
        ";",
        ":",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\t",
    ]
)


@lru_cache(maxsize=1)
def _spacy_sentencizer():
    import spacy

    return spacy.blank("en").add_pipe("sentencizer")


@settings(max_examples=300, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=40).map("".join) | st.text(max_size=120))
def test_sentence_starts_are_those_of_spacy_sentencizer(text: str) -> None:
    """The array rule gives the very boundaries spaCy's sentencizer pipe sets."""
    from tidynews.annotate import blank_pipeline, sentence_starts
    from tidynews.document import Tokens

    nlp = blank_pipeline()
    doc = nlp.make_doc(text)
    reference = _spacy_sentencizer()(nlp.make_doc(text))
    expected = [token.i for token in reference if token.is_sent_start]
    assert sentence_starts(Tokens(doc)) == expected


def _reference_sentences(tokens, starts):
    """The obvious loop the array version of ``split_sentences`` must agree with."""
    from tidynews.document import Sentence

    text = tokens.folded
    count = len(tokens)
    bounds = [*starts[1:], count]
    sentences, ranges = [], []
    owner = [0] * count
    for first, last in zip(starts, bounds, strict=True):
        raw_start, raw_end = tokens.start(first), tokens.end(last - 1)
        raw = text[raw_start:raw_end]
        stripped = raw.strip()
        if stripped:
            start = raw_start + (len(raw) - len(raw.lstrip()))
            sentences.append(Sentence(len(sentences), start, start + len(stripped)))
            ranges.append((first, last))
        elif ranges:
            ranges[-1] = (ranges[-1][0], last)
        owner[first:last] = [max(len(sentences) - 1, 0)] * (last - first)
    if not sentences:
        return [Sentence(0, 0, len(text))], [(0, count)], owner
    return sentences, ranges, owner


def _past_opening_quote(tokens, start: int) -> int:
    """A sentencizer start moved back over the opening quote mark glued to its first word
    (a curly one, or a straight one with a space before it)."""
    mark = start - 1
    if mark <= 0 or tokens.text(mark) not in {'"', "“", "‘"}:
        return start
    if tokens.end(mark) != tokens.start(start):
        return start
    if tokens.text(mark) == '"' and not tokens.folded[tokens.start(mark) - 1].isspace():
        return start
    return mark


@settings(max_examples=300, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=40).map("".join) | st.text(max_size=120))
def test_sentences_from_arrays_match_the_obvious_loop(text: str) -> None:
    """Sentence extents, token ranges and owners as a token-by-token loop would give them."""
    from tidynews.annotate import (
        _NEWLINES,
        _dateline_ends,
        blank_pipeline,
        sentence_starts,
        split_sentences,
    )
    from tidynews.document import Tokens

    doc = blank_pipeline().make_doc(text)
    tokens = Tokens(doc, text)
    if not len(tokens):
        return
    starts = {_past_opening_quote(tokens, start) for start in sentence_starts(tokens)}
    breaks = [match.end() for match in _NEWLINES.finditer(text)]
    for char in [*breaks, *_dateline_ends(text, [0, *breaks])]:
        index = tokens.at_char(char)
        if 0 < index < len(tokens):
            starts.add(index)
    sentences, ranges, owner = split_sentences(doc, tokens)
    expected = _reference_sentences(tokens, sorted(starts | {0}))
    assert (sentences, ranges, owner) == expected


PEOPLE_WORDS = st.sampled_from(
    """Ana Rojas Eduardo Stein Maria Pérez The In Venezuela Caracas Mr Ms envoy President
    minister wife son said says told added Says , . 34 a the who and Church of Lima
    Group 's Venezuela's chancellor state assets sanctions on against sanctioned Trading
    Diosdado Cabello : governors officials director owner are Also Republicans
    """.split()
)


@settings(max_examples=150, deadline=None)
@given(st.lists(PEOPLE_WORDS, min_size=2, max_size=25))
def test_the_people_prefilter_drops_no_person(words: list[str]) -> None:
    """_may_mark_a_person only saves work: with it or without it, the same people."""
    import tidynews.people as people

    text = " ".join(words)
    annotator = _people_annotator()
    with_filter = annotator.annotate("0123456789ab", text).mentions
    original = people._may_mark_a_person
    people._may_mark_a_person = lambda *_: True
    try:
        without_filter = annotator.annotate("0123456789ab", text).mentions
    finally:
        people._may_mark_a_person = original
    assert with_filter == without_filter


@lru_cache(maxsize=1)
def _people_annotator() -> Annotator:
    return Annotator(load_case("venezuela-2019"))


@lru_cache(maxsize=1)
def _ukraine_annotator() -> Annotator:
    return Annotator(load_case("russia-ukraine-2022"))


_NAME_PIECES = st.sampled_from(
    ["Lopez", "Lopez-", "O'Neill", "Neill", "Saab", "Saabs", "a", " ", "."]
)


@given(
    st.lists(_NAME_PIECES, max_size=30).map("".join) | st.text(alphabet="LopezSab' -", max_size=60),
    st.lists(st.sampled_from(["Lopez", "Neill", "O'Neill", "Saab", "Lo", "ez"]), max_size=4),
)
def test_word_matches_are_those_of_the_alternation_pattern(text: str, words: list[str]) -> None:
    """The str.find scan gives what re.finditer gives for (?:w1|w2|…)(?![A-Za-z]): the same
    matches, left to right, none overlapping, the earlier word winning at one start."""
    import re

    from tidynews.document import word_matches

    words = sorted(set(words))
    expected = []
    if words:
        pattern = re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?![A-Za-z])")
        expected = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    assert word_matches(text, words) == expected


def test_overlapping_aliases_of_one_person_make_one_mention(annotator):
    """ "Iliana Ruzza Terán" matches the aliases "Iliana Ruzza" and "Ruzza Terán"."""
    assert mentions(annotator, "The US sanctioned Iliana Ruzza Terán on Friday.") == [
        ("The US", "country:USA"),
        ("Iliana Ruzza Terán", "person:iliana-josefa-ruzza-teran"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next item of a list whose item before is a person is a person too, past a
        # place after the name; not a group plural, not a run a verb follows
        (
            "The meeting brought together Diosdado Cabello and Pedro Carreño.",
            ["Diosdado Cabello", "Pedro Carreño"],
        ),
        (
            "The US named Diosdado Cabello of Monagas, Pedro Carreño of Anzoátegui and Iris"
            " Varela.",
            ["Diosdado Cabello", "Pedro Carreño", "Iris Varela"],
        ),
        ("Diosdado Cabello and Capitol Hill Republicans agreed.", ["Diosdado Cabello"]),
        # thirty-eighth session: a preposition may follow the list's last name ("put A and
        # B on its stop list", "brought A and B to Oslo")
        (
            "The talks brought Diosdado Cabello and Pedro Carreño to Oslo in May.",
            ["Diosdado Cabello", "Pedro Carreño"],
        ),
        (
            "Moscow put Diosdado Cabello, Iris Varela and Pedro Carreño on its stop list.",
            ["Diosdado Cabello", "Iris Varela", "Pedro Carreño"],
        ),
        ("Diosdado Cabello and Santa Elena Harbour Authorities agreed.", ["Diosdado Cabello"]),
        # a colon opens the members of a group of people a measure names
        (
            "The Treasury imposed sanctions on four governors loyal to the government: Omar"
            " Prieto of Zulia, Rafael Lacava of Carabobo and Ramón Carrizales of Apure.",
            ["Omar Prieto", "Rafael Lacava", "Ramón Carrizales"],
        ),
        ("The talks covered two issues: Human Rights and Free Elections.", []),
        # twenty-seventh session, a real 2023 report: a counted group of leaders a measure
        # names, its members after a comma
        (
            "The U.K. announced sanctions against two Wagner leaders, Vitalii Perfilev and"
            " Konstantin Pikalov, on Thursday.",
            ["Vitalii Perfilev", "Konstantin Pikalov"],
        ),
        # an apposition opening with an office held "of" something; an owner's name
        (
            "Reporters met Manuel Quevedo, president of the state oil company, on Monday.",
            ["Manuel Quevedo"],
        ),
        ("Reporters visited Santa Elena, state of Bolívar, on Monday.", []),
        ("The US also named Globovision owner Raul Gorrin.", ["Raul Gorrin"]),
        # the inverted passive: "Also sanctioned are …"
        ("Also sanctioned are Igor Sechin and Alexei Miller.", ["Igor Sechin", "Alexei Miller"]),
        # thirtieth session, real reports of 2020: "along with" continues a list of people
        (
            "The Treasury named Diosdado Cabello, along with Franklyn Duarte and José Noriega.",
            ["Diosdado Cabello", "Franklyn Duarte", "José Noriega"],
        ),
        (
            "Diosdado Cabello arrived together with Santa Elena Harbour Authorities.",
            ["Diosdado Cabello"],
        ),
        # thirty-eighth session, from ZD's errors: "listed" marks the counted group's members
        # as a measure verb does; an apposition opening on a title with no article names an
        # office ("Sergei Kiriyenko, first deputy chief of staff in …")
        (
            "The EU also listed two deputy defence ministers, Pavel Popov and Alexei Krivoruchko.",
            ["Pavel Popov", "Alexei Krivoruchko"],
        ),
        (
            "The measures target Jorge Márquez Monsalve, first deputy minister of communication.",
            ["Jorge Márquez Monsalve"],
        ),
        (
            "The talks were held in Simón Planas, capital of the municipality.",
            [],
        ),
    ],
)
def test_people_marked_by_a_list_an_office_or_a_measure(annotator, text, expected):
    article = annotator.annotate("0123456789ab", text)
    assert [m.surface for m in article.mentions if m.entity_type == "person"] == expected


@pytest.mark.parametrize(
    ("text", "surface", "entity_id"),
    [
        # a one-word alias inside another person's longer name is not that person ...
        ("Salvador Sánchez Cerén arrived.", "Sánchez", None),
        ("They met Salvador Sánchez Cerén.", "Sánchez", None),
        # ... but a title, an honorific, a demonym, the person's own first name, a heading's
        # capitals or a clause's first word before it are no other name
        ("President Sánchez arrived.", "Sánchez", "person:pedro-sanchez"),
        ("They met Mr Sánchez.", "Sánchez", "person:pedro-sanchez"),
        ("The Spanish Sánchez government fell.", "Sánchez", "person:pedro-sanchez"),
        ("Guaidó Rejects Maduro Offer\n\nText.", "Maduro", "person:nicolas-maduro"),
        ("RUSSIA\n\n* Backs Maduro and lends Caracas billions.", "Maduro", "person:nicolas-maduro"),
        ("Yesterday Maduro spoke.", "Maduro", "person:nicolas-maduro"),
    ],
)
def test_a_one_word_alias_inside_a_longer_name(annotator, text, surface, entity_id):
    article = annotator.annotate("0123456789ab", text)
    found = [m.entity_id for m in article.mentions if m.surface == surface]
    if entity_id is None:
        assert "person:pedro-sanchez" not in found
    else:
        assert found == [entity_id]


@pytest.mark.parametrize(
    "text",
    ["On Monday Maduro said he would not step down.", "In January Maduro rejected the offer."],
)
def test_a_month_or_weekday_is_no_first_name(annotator, text):
    article = annotator.annotate("0123456789ab", text)
    assert "person:nicolas-maduro" in {m.entity_id for m in article.mentions}


def test_a_colon_after_people_names_no_place(annotator):
    text = "Western sanctions have hurt ordinary people: Kaliningrad Oblast pensioners queue."
    article = annotator.annotate("0123456789ab", text)
    assert [m.surface for m in article.mentions if m.entity_type == "person"] == []


def test_names_with_particles_and_titles_of_others(annotator):
    # held-out BS: lower-case particles inside a name, never after an institution's word
    found = mentions(annotator, "Roxana del Águila, the head of Migraciones, said staff came.")
    assert found == [("Roxana del Águila", "person:roxana-del-aguila")]
    assert mentions(annotator, "Luis Carlos de León said the talks failed.") == [
        ("Luis Carlos de León", "person:luis-carlos-de-leon")
    ]
    assert mentions(annotator, "Corte de Justicia said the ruling stands.") == []
    # a case person's title alias right before another person's name is that person's title
    found = mentions(annotator, "Opposition Leader Kamla Persad-Bissessar said it was a farce.")
    assert found == [("Kamla Persad-Bissessar", "person:kamla-persad-bissessar")]
    assert ("opposition leader", "person:juan-guaido") in {
        (surface.lower(), entity)
        for surface, entity in mentions(annotator, "The opposition leader spoke.")
    }


def test_the_federal_council_is_switzerlands_government_not_germanys(annotator):
    # held-out BJ, BM, BZ: "the Federal Council decided to adopt the EU's sanctions" is the
    # Swiss government acting; Germany's and Austria's upper chambers share the English name
    assert ("Federal Council", "country:CHE") in mentions(
        annotator, "On February 28 the Federal Council decided to adopt the EU's sanctions."
    )
    found = mentions(annotator, "The German Federal Council approved the law.")
    assert all(entity != "country:CHE" for _, entity in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session (blind dev set CI): a capital's name before another name word is
        # a person's first name, not the state
        (
            '"We ask the authorities to apply the exceptions," said Sofía Medina, a spokeswoman '
            "for UNHCR in Lima.",
            [
                ("Sofía Medina", "person:sofia-medina"),
                ("UNHCR", "org:UNHCR"),
                ("Lima", "country:PER"),
            ],
        ),
        ("Washington Post reporters spoke to Guaidó.", [("Guaidó", "person:juan-guaido")]),
        # (a capital before a listed name, a weekday or a bloc's name is still the capital)
        (
            "In Caracas Maduro spoke on Monday.",
            [("Caracas", "country:VEN"), ("Maduro", "person:nicolas-maduro")],
        ),
        ("Officials in Lima Friday said so.", [("Lima", "country:PER")]),
        ("Lima Group ministers met.", [("Lima Group", "org:LIMA_GROUP")]),
    ],
)
def test_a_capitals_name_as_a_first_name(annotator, text, expected):
    assert mentions(annotator, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state office with no state named holds for the one state named just before
        (
            "Finland closed its border on Friday. Foreign Minister Pekka Haavisto said more.",
            [("Pekka Haavisto", "country:FIN")],
        ),
        # ... not the contested state (its officials are the case file's)
        (
            "Panama imposed new sanctions on Venezuela. Foreign Minister Isabel Saint Malo said "
            "more.",
            [("Isabel Saint Malo", "country:PAN")],
        ),
        # two states named: nobody's; no state office ("opposition leader"): nobody's
        (
            "Finland and Sweden applied on Friday. Foreign Minister Pekka Haavisto said more.",
            [("Pekka Haavisto", None)],
        ),
        (
            "Finland closed its border on Friday. Opposition leader Petteri Orpo said more.",
            [("Petteri Orpo", None)],
        ),
        # a demonym naming the state's body names the state; a spokesman's office is a state's
        (
            "The Kazakh foreign ministry said it would not recognise the vote. A spokesman, "
            "Aibek Smadiyarov, said more.",
            [("Aibek Smadiyarov", "country:KAZ")],
        ),
        (
            "Kazakh workers said it was cold. A spokesman, Aibek Smadiyarov, said more.",
            [("Aibek Smadiyarov", None)],
        ),
        # the state named before the sentence before says nothing
        (
            "Finland closed its border. It rained. Foreign Minister Pekka Haavisto said more.",
            [("Pekka Haavisto", None)],
        ),
        # the person's own sentence names one: it wins over the sentence before
        (
            "Lithuania has spent 70 million euros. In Czechia, Prime Minister Petr Fiala said "
            "more.",
            [("Petr Fiala", "country:CZE")],
        ),
        # (its own sentence naming two says nothing)
        (
            "It rained. In Czechia and Slovakia, Prime Minister Petr Fiala said more.",
            [("Petr Fiala", None)],
        ),
    ],
)
def test_a_bare_state_office_stands_for_the_state_just_named(annotator, text, expected):
    article = annotator.annotate("0123456789ab", text)
    people = [(m.surface, m.party_id) for m in article.mentions if m.entity_type == "person"]
    assert people == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # given names coordinated before a full name share its surname
        (
            "Britain sanctioned Gennady Timchenko and the brothers Boris and Igor Rotenberg.",
            [
                ("Gennady Timchenko", "person:gennady-timchenko"),
                ("Boris", "person:boris-rotenberg"),
                ("Igor Rotenberg", "person:igor-rotenberg"),
            ],
        ),
        (
            "The US blacklisted three of his stepsons, Walter Jacob, Yosser Daniel and Yoswal "
            "Alexander Gavidia Flores.",
            [
                ("Walter Jacob", "person:walter-jacob-gavidia-flores"),
                ("Yosser Daniel", "person:yosser-daniel-gavidia-flores"),
                ("Yoswal Alexander Gavidia Flores", "person:yoswal-alexander-gavidia-flores"),
            ],
        ),
        # two full names, or a place before "and", share nothing (two-word given names
        # share a surname only in a list of relatives)
        (
            "In July the Treasury blacklisted Walter Jacob, Yosser Daniel and Yoswal Alexander "
            "Gavidia Flores.",
            [
                ("Walter Jacob", "person:walter-jacob"),
                ("Yosser Daniel", "person:yosser-daniel"),
                ("Yoswal Alexander Gavidia Flores", "person:yoswal-alexander-gavidia-flores"),
            ],
        ),
        (
            "Boris Johnson and Joe Biden spoke on Monday.",
            [("Boris Johnson", "person:boris-johnson"), ("Joe Biden", "person:joe-biden")],
        ),
        (
            "Shelling went on in Kharkiv and Oleg Sentsov said he would stay.",
            [("Oleg Sentsov", "person:oleg-sentsov")],
        ),
    ],
)
def test_coordinated_given_names_share_the_last_surname(text, expected):
    article = _ukraine_annotator().annotate("0123456789ab", text)
    people = [(m.surface, m.entity_id) for m in article.mentions if m.entity_type == "person"]
    assert people == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cleric's or a councillor's title is no part of the name (twentieth session, EA,
        # EC, ED)
        (
            "The director, Father Francisco Bonilla, said the arrivals had changed.",
            [("Francisco Bonilla", "person:francisco-bonilla")],
        ),
        (
            "Councillor Margaret Doyle, who chairs the panel, said more was needed.",
            [("Margaret Doyle", "person:margaret-doyle")],
        ),
        # the short name a politician goes by, an inner word of the full name given before
        (
            'President Luiz Inácio Lula da Silva met him on Monday. "Brazil is a country of '
            'peace," Lula said.',
            [
                ("Luiz Inácio Lula da Silva", "person:luiz-inacio-lula-da-silva"),
                ("Lula", "person:luiz-inacio-lula-da-silva"),
            ],
        ),
        # a first name is anyone's
        (
            'President Luiz Inácio Lula da Silva met him on Monday. "It was cold," Luiz said.',
            [
                ("Luiz Inácio Lula da Silva", "person:luiz-inacio-lula-da-silva"),
                ("Luiz", "person:luiz"),
            ],
        ),
    ],
)
def test_titles_of_clerics_and_councillors_and_short_names(text, expected):
    article = _ukraine_annotator().annotate("0123456789ab", text)
    people = [(m.surface, m.entity_id) for m in article.mentions if m.entity_type == "person"]
    assert people == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of the twentieth session's rules: the state named after the name wins; a
        # state named for another official is not this one's; no relatives, no shared surname
        (
            "Zelensky travelled to Poland on Tuesday. President Gitanas Nauseda of Lithuania "
            "said more.",
            [("Gitanas Nauseda", "country:LTU")],
        ),
        (
            "Britain's Boris Johnson visited Kyiv. President Gitanas Nauseda also spoke.",
            [("Boris Johnson", "country:GBR"), ("Gitanas Nauseda", None)],
        ),
    ],
)
def test_review_state_offices_and_their_states(text, expected):
    article = _ukraine_annotator().annotate("0123456789ab", text)
    people = [
        (m.surface, m.party_id)
        for m in article.mentions
        if m.entity_type == "person" and m.surface != "Zelensky"
    ]
    assert people == expected


def test_review_a_surname_before_and_shares_nothing():
    article = _ukraine_annotator().annotate(
        "0123456789ab", "Medvedchuk and Viktor Orban have backed Putin."
    )
    ids = [m.entity_id for m in article.mentions if m.entity_type == "person"]
    assert "person:medvedchuk-orban" not in ids


@pytest.mark.parametrize("quantifier", ["Several", "Many", "Some", "Both", "Other", "All"])
def test_a_quantifier_opening_a_sentence_is_no_given_name(annotator, quantifier):
    # twenty-fourth session: "Several Gulf states imposed a ban" gave a person "Several Gulf"
    # (and made it a sanctions imposer)
    found = mentions(annotator, f"{quantifier} Gulf states imposed a ban on Russian aircraft.")
    assert [entity for _, entity in found if entity.startswith("person:")] == []


@pytest.mark.parametrize("subordinator", ["When", "After", "Before", "Although", "Since"])
def test_a_subordinator_opening_a_sentence_is_no_given_name(annotator, subordinator):
    """Thirty-eighth session, from ZC's errors: "When Alena Douhan, the UN special
    rapporteur …, ended a visit" gave the speaker "When Alena Douhan" (and lost her quotes)."""
    found = mentions(
        annotator, f"{subordinator} Alena Douhan, the UN special rapporteur, ended her visit."
    )
    assert [entity for _, entity in found if entity.startswith("person:")] == [
        "person:alena-douhan"
    ]


def test_given_names_before_a_known_short_name_join_the_person(annotator):
    # twenty-fourth session: the case file lists "Manuel Cristopher Figuera" (alias
    # "Cristopher Figuera"); a report writes "Manuel Ricardo Cristopher Figuera"
    found = mentions(annotator, "Manuel Ricardo Cristopher Figuera, director of SEBIN, fled.")
    assert found[0] == ("Manuel Ricardo Cristopher Figuera", "person:manuel-cristopher-figuera")
    # words that do not begin with the first name are no given names
    found = mentions(annotator, "Spy Chief Cristopher Figuera fled.")
    assert ("Cristopher Figuera", "person:manuel-cristopher-figuera") in found


def test_a_state_body_after_a_country_possessive_is_no_person(annotator):
    # twenty-fourth session: "Venezuela’s Directorate General of Military Counter-Intelligence"
    # and "the National Police Special Actions Force" were taken for people
    found = mentions(
        annotator,
        "He commands Venezuela’s Directorate General of Military Counter-Intelligence and the"
        " Venezuelan National Police Special Actions Force (FAES).",
    )
    assert [entity for _, entity in found if entity.startswith("person:")] == []


@pytest.mark.parametrize("mark", ["\u00b4", "\u02bc"])
def test_an_accent_typed_for_an_apostrophe_splits_the_possessive(annotator, mark):
    # twenty-fourth session, a real Argus report: "no longer recognize Maduro´s presidency"
    # lost both stances, because "Maduro´s" was one word and no name
    found = mentions(annotator, f"The US no longer recognizes Maduro{mark}s presidency.")
    assert ("Maduro", "person:nicolas-maduro") in found


def test_a_name_set_off_after_a_placed_title_ending_the_sentence(annotator):
    # twenty-fourth session: the cheap pre-test let no run through after "representative in
    # Colombia," though the full test accepts it (so the quote lost its speaker)
    found = mentions(annotator, "It is bad, said the representative in Colombia, Yukiko Iriyama.")
    assert ("Yukiko Iriyama", "person:yukiko-iriyama") in found


def test_foreign_affairs_is_a_title_before_a_name():
    # twenty-fourth session, a real report: "Minister of Foreign Affairs Anniken Huitfeldt"
    # made a person "Affairs Anniken Huitfeldt"
    ukraine = Annotator(load_case("russia-ukraine-2022"))
    found = mentions(
        ukraine, '"We act with the EU," said Minister of Foreign Affairs Anniken Huitfeldt.'
    )
    assert ("Anniken Huitfeldt", "person:anniken-huitfeldt") in found


def test_a_one_word_organisation_alias_matches_as_written(annotator):
    # twenty-fourth session: "Treasury sanctioned …" (the case file's alias) is the US
    # Treasury; "Venezuela's treasury is empty" names no body
    assert ("Treasury", "org:US_TREASURY") in mentions(annotator, "Treasury sanctioned PDVSA.")
    assert all(
        entity != "org:US_TREASURY"
        for _, entity in mentions(annotator, "Venezuela's treasury is empty.")
    )


@lru_cache(maxsize=1)
def _russia_annotator() -> Annotator:
    return Annotator(load_case("russia-ukraine-2022"))


@pytest.mark.parametrize(
    "text",
    [
        # twenty-fifth session, a real Kyodo report: the person after an office held "of" an
        # institution, with or without a comma, was no mention (the institution's name hid it)
        "Japan imposed sanctions on Deputy Chairman of the Russian Security Council Dmitry"
        " Medvedev.",
        "Japan imposed sanctions on the deputy chairman of the Security Council, Dmitry Medvedev.",
    ],
)
def test_a_person_after_an_office_of_an_institution(text):
    article = _russia_annotator().annotate("0123456789ab", text)
    people = [m for m in article.mentions if m.entity_type == "person"]
    assert [(m.surface, m.entity_id) for m in people] == [
        ("Dmitry Medvedev", "person:dmitry-medvedev")
    ]


def test_a_transliterated_given_name_joins_the_case_person():
    # twenty-fifth session: "Sergey Shoigu" became a second person beside the case file's
    # Sergei Shoigu (whose alias is "Shoigu")
    article = _russia_annotator().annotate(
        "0123456789ab", "Japan imposed sanctions on Defense Minister Sergey Shoigu."
    )
    assert [(m.surface, m.entity_id) for m in article.mentions if m.entity_type == "person"] == [
        ("Sergey Shoigu", "person:sergei-shoigu")
    ]


@pytest.mark.parametrize(
    ("written", "known", "same"),
    [
        ("sergey", "sergei", True),
        ("dmitri", "dmitry", True),
        ("yury", "yuri", True),
        ("nikolay", "nikolai", True),
        ("maria", "mario", False),
        ("joe", "jill", False),
        ("ali", "aly", False),  # (too short to tell)
    ],
)
def test_same_given_name(written, known, same):
    from tidynews.annotate import same_given_name

    assert same_given_name(written, known) is same


def test_an_opening_quote_mark_starts_its_sentence():
    # twenty-fifth session: spaCy's sentencizer leaves an opening mark at the end of the
    # sentence before, so evidence ended on a stray '"' and the quoted sentence lost it
    text = (
        'Switzerland adopted the sanctions on Monday. "We stand with Ukraine," the government'
        ' said. He said "stop." Then he left. “Yes,” he said.'
    )
    article = _russia_annotator().annotate("0123456789ab", text)
    assert [text[s.start : s.end] for s in article.sentences] == [
        "Switzerland adopted the sanctions on Monday.",
        '"We stand with Ukraine," the government said.',
        'He said "stop."',
        "Then he left.",
        "“Yes,” he said.",
    ]


def test_the_government_is_no_speaker_when_it_does_not_speak():
    # ("key figures in the government" after "Canada has ruled out sanctions": whose, unsaid)
    article = _russia_annotator().annotate(
        "0123456789ab", "Canada has ruled out sanctions on key figures in the government for now."
    )
    assert [m.entity_id for m in article.mentions] == ["country:CAN"]


@pytest.mark.parametrize(
    ("text", "companies"),
    [
        # twenty-fifth session, real reports (Kyodo, Reuters): a name no gazetteer lists,
        # listed with companies, is a company; it had broken the list of targets
        (
            # (banks the case file does not list: Sovcombank and the like now are)
            "Japan will freeze the assets of VTB Bank, Tinkoff, Uralsib and Zenit.",
            {"org:TINKOFF", "org:URALSIB", "org:ZENIT"},
        ),
        (
            "The sanctions target Rossiya, IS Bank, General Bank, Promsvyazbank and Black Sea"
            " Bank.",
            {"org:ROSSIYA", "org:IS_BANK", "org:GENERAL_BANK", "org:BLACK_SEA_BANK"},
        ),
        # (not a sentence's subject, nor a name followed by a verb)
        ("Rosneft and Gazprom were hit, Reuters reported.", set()),
        ("Moscow condemned the sanctions on Sberbank, Lavrov said.", set()),
    ],
)
def test_names_listed_with_companies_are_companies(text, companies):
    article = _russia_annotator().annotate("0123456789ab", text)
    detected = {m.entity_id for m in article.mentions if m.kind == "detected"}
    assert detected == companies


def test_a_bank_name_stops_before_the_name_of_its_office_holder():
    # twenty-fifth session: "the Governor of the Bank of England Andrew Bailey" was one
    # company, org:BANK_OF_ENGLAND_ANDREW_BAILEY
    article = _russia_annotator().annotate(
        "0123456789ab", "He met the Governor of the Bank of England Andrew Bailey in London."
    )
    assert [(m.surface, m.entity_id) for m in article.mentions] == [
        ("Bank of England", "org:BANK_OF_ENGLAND"),
        ("Andrew Bailey", "person:andrew-bailey"),
        ("London", "country:GBR"),
    ]


def test_a_bare_surname_names_whom_the_article_named_in_full(annotator):
    """Twenty-sixth session, a real AFP report: the case's alias "Rodríguez" (Delcy) names
    Jorge Rodríguez when the article named him in full and not her."""
    text = 'Communications Minister Jorge Rodriguez spoke on Monday. "Be patient," Rodriguez urged.'
    assert [m.entity_id for m in annotator.annotate("0123456789ab", text).mentions] == [
        "person:jorge-rodriguez",
        "person:jorge-rodriguez",
    ]
    # (a known person named in full keeps the surname: "Delcy Rodríguez … Rodríguez")
    text = "Delcy Rodríguez met Jorge Rodriguez. Rodríguez said the talks failed."
    found = [m.entity_id for m in annotator.annotate("0123456789ab", text).mentions]
    assert found[-1] == "person:delcy-rodriguez"


def test_the_first_of_two_surnames_alone_is_the_person(annotator):
    """Twenty-seventh session, real 2020 reports: "Alex Saab Moran" is "Saab" later, as
    Spanish names are shortened, and "Omar Al Nasser" is "Nasser"; a surname someone
    else has as their own still names that one (see the López test above)."""
    article = annotator.annotate(
        "0123456789ab",
        "Colombian businessman Alex Saab Moran was arrested on Friday. Washington sanctioned"
        " Saab in July. Deputy Minister Omar Al Nasser spoke. Nasser left.",
    )
    people = [(m.surface, m.entity_id) for m in article.mentions if m.entity_type == "person"]
    assert ("Saab", "person:alex-saab-moran") in people
    assert ("Nasser", "person:omar-al-nasser") in people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-ninth session (held-out PD): a state's carrier is named by the state
        ("The US Treasury sanctioned Iran Air on Monday.", ["org:US_TREASURY", "org:IRAN_AIR"]),
        ("Qatar Airways flew on.", ["org:QATAR_AIRWAYS"]),
        # guard: a place after another word is no carrier's name
        ("Flights to Iran resumed.", ["country:IRN"]),
    ],
)
def test_a_place_before_a_carriers_word_is_a_company(text, expected):
    article = _russia_annotator().annotate("0123456789ab", text)
    assert [m.entity_id for m in article.mentions] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury sanctioned judges Fanny Márquez and Juan Carlos Hidalgo.",
            ["person:fanny-marquez", "person:juan-carlos-hidalgo"],
        ),
        ("The Treasury sanctioned prosecutor Luis Ernesto Duéñez.", ["person:luis-ernesto-duenez"]),
        ("Attorney Christopher Pryde spoke to the court.", ["person:christopher-pryde"]),
    ],
)
def test_judges_prosecutors_and_attorneys_title_the_names_after_them(annotator, text, expected):
    """Thirty-first session, a real report of 2024: "sanctioned judges Fanny Márquez and …"
    and "prosecutor Luis Ernesto Duéñez" had found no person (only "judge" was a title)."""
    found = [m.entity_id for m in annotator.annotate("0123456789ab", text).mentions]
    assert [i for i in found if i.startswith("person:")] == expected


def test_a_deputys_title_holds_no_case_persons_title_alias(annotator):
    """Thirty-first session, a real report of 2024: "the vice-president of the National
    Assembly, Pedro Infante" had named Guaidó through his alias "president of the National
    Assembly"; the president's title alone still names him."""
    text = "The vice-president of the National Assembly, Pedro Infante, spoke."
    found = [m.entity_id for m in annotator.annotate("0123456789ab", text).mentions]
    assert "person:juan-guaido" not in found
    text = "The president of the National Assembly spoke."
    found = [m.entity_id for m in annotator.annotate("0123456789ab", text).mentions]
    assert found == ["person:juan-guaido"]


def test_a_chinese_family_name_written_first_names_the_person_later(annotator):
    """Thirty-first session, from RA's errors (and five older regression quotes): "Lu Kang"
    is "Lu" later, "Zhang Jun" is "Zhang", the family name being written first; a Western
    given name alone is still nobody ("Mark Wolf … Mark")."""
    text = "Spokesperson Lu Kang spoke on Monday. Lu said China's position was clear."
    found = [m.entity_id for m in annotator.annotate("0123456789ab", text).mentions]
    assert found.count("person:lu-kang") == 2
    assert "person:lu" not in found
    western = "Judge Mark Wolf spoke on Monday. Mark said the ruling was clear."
    found = [m.entity_id for m in annotator.annotate("0123456789ab", western).mentions]
    assert found.count("person:mark-wolf") == 1


def test_a_bare_initial_opens_a_name(annotator):
    """Thirty-first session, from RB's errors (and an older regression article): Indian papers
    write "S Jaishankar" with no period; the initial opens the name as "S." does (he had
    not been found at all). "A" and "I" open sentences, never names."""
    text = "External affairs minister S Jaishankar spoke in Moscow. Jaishankar said ties were good."
    found = [m.entity_id for m in annotator.annotate("0123456789ab", text).mentions]
    assert found.count("person:s-jaishankar") == 2


def test_a_person_named_by_the_place_they_sit_for_before_speaking(annotator):
    """Thirty-third session, from TC's and PB's errors: "Michael McCaul of Texas said" and
    "…, Ana Castro of Peru, said" name a person (the "of" phrase had hidden the speech
    verb); a person named "of" a state speaks for it, so Castro's party is Peru."""
    text = (
        "Michael McCaul of Texas said he was worried. The delegate, Ana Castro of Peru, said"
        " the vote mattered."
    )
    article = annotator.annotate("0123456789ab", text)
    people = {m.surface: m.party_id for m in article.mentions if m.entity_type == "person"}
    assert people == {"Michael McCaul": None, "Ana Castro": "country:PER"}


def test_the_leaders_after_a_bloc_s_leaders_are_the_bloc():
    """Thirty-third session, from TD's errors: "G7 leaders met … The leaders pledged …" and
    "EU foreign ministers met … The other ministers said …" name the bloc again; "the
    leaders" with no bloc's leaders before name nobody."""
    ukraine = Annotator(load_case("russia-ukraine-2022"))
    text = (
        "G7 leaders met in Apulia on Thursday. The leaders pledged more aid. "
        "EU foreign ministers met in Brussels. The other ministers backed the plan."
    )
    found = [(s, e) for s, e in mentions(ukraine, text) if s in {"leaders", "ministers"}]
    assert found == [("leaders", "org:G7"), ("ministers", "org:EU")]
    alone = "The leaders pledged more aid."
    assert mentions(ukraine, alone) == []


def test_a_name_described_as_a_distributor_is_a_company(annotator):
    """Thirty-third session, from TB's errors: "Kotor Electronics, an Armenian chip
    distributor, …" names a company ("distributor", "supplier", "wholesaler" and "importer"
    describe firms), not a person."""
    text = "Kotor Electronics, an Armenian chip distributor, had been sanctioned in November."
    article = annotator.annotate("0123456789ab", text)
    found = [(m.surface, m.entity_type) for m in article.mentions if m.kind != "demonym"]
    assert found == [("Kotor Electronics", "org")]


def test_a_titled_apposition_with_a_hyphened_last_part_names_a_person(annotator):
    """Thirty-third session, from TB's errors: "North Korea's defence minister, Kang
    Sun-nam, …" names Kang Sun-nam (the apposition's closing comma had been looked for right
    after "Sun", before the hyphened part)."""
    text = "North Korea's defence minister, Kang Sun-nam, visited Moscow."
    article = annotator.annotate("0123456789ab", text)
    assert [m.surface for m in article.mentions if m.entity_type == "person"] == ["Kang Sun-nam"]


def test_a_korean_family_name_written_first_names_the_person_later(annotator):
    """Thirty-third session, from TB's errors: "Defence Minister Shin Won-sik" is "Shin"
    later, as Chinese names written family name first were."""
    text = "Defence Minister Shin Won-sik spoke on Monday. Shin said the supplies were growing."
    found = [m.entity_id for m in annotator.annotate("0123456789ab", text).mentions]
    assert found.count("person:shin-won-sik") == 2


def test_a_name_among_counted_people_is_a_person(annotator):
    """Thirty-third session, from TC's errors: "Dozens of Republicans voted for it, among
    them Mario Díaz-Balart of Miami" names a person (a later "Díaz-Balart … he said" is
    his); "Several countries backed it, among them Costa Rica" names a country."""
    people = "Dozens of Republicans voted for it, among them Ana Ferrer of Miami."
    found = [
        (m.surface, m.entity_type) for m in annotator.annotate("0123456789ab", people).mentions
    ]
    assert found == [("Ana Ferrer", "person")]
    states = "Several countries backed it, among them Costa Rica."
    found = [m.entity_id for m in annotator.annotate("0123456789ab", states).mentions]
    assert found == ["country:CRI"]


def test_a_western_given_name_that_is_a_korean_family_name_stays_a_given_name(annotator):
    """Thirty-third session, review: "Lee Anderson spoke … Lee said" is not Anderson (a
    Korean family name written first names the person later only before a hyphened given
    name, "Lee Jae-myung")."""
    text = "Senator Lee Anderson spoke on Monday. Lee said the vote was clear."
    found = [m.entity_id for m in annotator.annotate("0123456789ab", text).mentions]
    assert found.count("person:lee-anderson") == 1


def test_a_name_after_as_well_as_in_a_list_of_people_is_a_person(annotator):
    """Thirty-fourth session, from UB's errors: "… sanctioned Oleg Deripaska and Viktor
    Vekselberg, as well as Polina Yumasheva" lists one more person after "as well as"."""
    text = (
        "Washington sanctioned Oleg Deripaska and Viktor Vekselberg, as well as Polina"
        " Yumasheva, in April."
    )
    found = [(m.surface, m.entity_type) for m in annotator.annotate("0123456789ab", text).mentions]
    assert ("Polina Yumasheva", "person") in found


def test_an_envoy_to_a_body_named_in_apposition_is_a_person(annotator):
    """Thirty-fourth session, review: the office "of" a lower-case body must not stop the
    older reading of a title placed "to" a body: "Venezuela's envoy to the UN Human Rights
    Council, Jorge Valero, spoke" names a person."""
    text = "Venezuela's envoy to the UN Human Rights Council, Jorge Valero, spoke on Monday."
    found = [(m.surface, m.entity_type) for m in annotator.annotate("0123456789ab", text).mentions]
    assert ("Jorge Valero", "person") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Jozef Merkx, UNHCR\'s representative in Colombia, called it "a historic step".',
            "Jozef Merkx",
        ),
        ("Igor Polikha, Russia's ambassador to India, said so.", "Igor Polikha"),
        ("Kwame Osei, the agency's envoy for the Americas, called it a milestone.", "Kwame Osei"),
    ],
)
def test_a_titled_apposition_with_a_posting_marks_a_person(annotator, text, name):
    """Thirty-fifth session, from VC's errors: "Jozef Merkx, UNHCR's representative in
    Colombia, called …" names a person, as ", IOM's director general," did: the title may
    be followed by its posting ("in Colombia", "to India", "for the Americas")."""
    assert name in [surface for surface, _ in mentions(annotator, text)]


def test_a_delegate_is_a_title(annotator):
    """Thirty-fifth session, from VC's errors: Chile's regional presidential delegates are
    officials: "The regional presidential delegate for Tarapacá, Miguel Ángel Quezada,
    defended the eviction" names a person."""
    text = "The regional presidential delegate for Tarapacá, Miguel Ángel Quezada, spoke."
    assert ("Miguel Ángel Quezada", "person:miguel-angel-quezada") in mentions(annotator, text)


def test_a_giant_of_letters_is_no_company(annotator):
    """Review of the thirty-fifth session: "giant" names a company in apposition, but "a
    giant of Latin American letters" describes a person."""
    text = "Mario Vargas Llosa, a giant of Latin American letters, said so."
    assert ("Mario Vargas Llosa", "person:mario-vargas-llosa") in mentions(annotator, text)


def test_only_an_officials_title_takes_the_state_named_after_the_name(annotator):
    """Review of the thirty-fifth session: "The delegate, Ana Castro of Peru" stands for
    Peru; "The activist, Ana Castro of Peru" is no official and stands for nobody."""
    for title, party in (("delegate", "country:PER"), ("activist", None)):
        text = f"The {title}, Ana Castro of Peru, said the vote mattered."
        people = [m for m in annotator.annotate("0123456789ab", text).mentions]
        castro = [m for m in people if m.entity_id == "person:ana-castro"]
        assert castro and castro[0].party_id == party, title


def test_the_name_before_a_particle_surname_alone_is_the_person(annotator):
    """Thirty-seventh session, from XA's errors: "Luiz Inácio Lula da Silva" is "Lula" later
    (the name before a surname with particles, past the given name); a given name before a
    particle surname ("Ursula" of "Ursula von der Leyen") is no such form."""
    text = (
        "The visit was hosted by Brazil's president, Luiz Inácio Lula da Silva, on Monday."
        " Lula said little. The envoy José Eduardo dos Santos spoke. Eduardo left."
    )
    found = mentions(annotator, text)
    assert ("Lula", "person:luiz-inacio-lula-da-silva") in found
    assert not any(surface == "Eduardo" for surface, _ in found)


def test_a_first_name_opening_a_sentence_with_an_age_is_a_person(annotator):
    """Thirty-seventh session, from XD's errors: "Oleksandr, a 31-year-old warehouse worker in
    Wrocław who asked that his surname not be used, said …" — a first name described by an
    age; a thing described by its age is none ("Petrocaribe, a 15-year-old alliance")."""
    found = mentions(annotator, "Rosa, a 45-year-old nurse from Maracaibo, said she left in May.")
    assert ("Rosa", "person:rosa") in found
    alliance = mentions(annotator, "Petrocaribe, a 15-year-old alliance, was wound down.")
    assert not any(entity.startswith("person:") for _, entity in alliance)


def _matched_words(annotator, text):
    folded = fold(text)
    doc = annotator.nlp(folded)
    tokens = Tokens(doc, folded)
    return [
        " ".join(tokens.text(i) for i in range(start, end))
        for start, end, _ in annotator.gazetteer_matches(doc, tokens)
    ]


def test_gazetteer_matches_keep_acronyms_out_of_longer_names(annotator):
    """The floor the speed benchmark times is the annotation's own matching: an acronym
    written in title case inside a longer capitalised name is no match, elsewhere it is."""
    inside = _matched_words(annotator, "Banco Bandes Uruguay lent to Bandes, the EU said.")
    assert inside.count("Bandes") == 1 and "EU" in inside
    alone = _matched_words(annotator, "Bandes lent to BANDES and the European Union.")
    assert alone.count("Bandes") == 1 and "BANDES" in alone and "European Union" in alone


def test_annotation_finds_gazetteer_names_through_gazetteer_matches(annotator, monkeypatch):
    """What the speed benchmark times as the floor is what annotation uses: with no matches,
    no gazetteer name is a mention."""
    text = "The European Union froze the assets of PDVSA, Venezuela's state oil company."
    assert {m.entity_id for m in next(annotator.pipe([("a", text)])).mentions} >= {
        "org:EU",
        "org:PDVSA",
    }
    monkeypatch.setattr(Annotator, "gazetteer_matches", lambda self, doc, tokens: [])
    assert not next(annotator.pipe([("a", text)])).mentions
