"""Sanction extraction on invented sentences covering every status and target kind."""

from __future__ import annotations

from functools import lru_cache

import pytest

from tidynews.annotate import Annotator
from tidynews.cases import load_case
from tidynews.extractors.sanctions import extract_sanctions


@pytest.fixture(scope="module")
def case():
    return load_case("venezuela-2019")


@pytest.fixture(scope="module")
def annotator(case):
    return Annotator(case)


def rows(annotator, case, text, published=None):
    article = annotator.annotate("0123456789ab", text, published)
    found = extract_sanctions(article, case)
    for row in found:
        assert text[row["start"] : row["end"]] == row["evidence"]
    return found


def keys(annotator, case, text, published=None):
    """(imposer, target id or kind, status) of every row, the article dated ``published``."""
    return {
        (row["imposer_id"], row["target_id"] or row["target_kind"], row["status"])
        for row in rows(annotator, case, text, published)
    }


CASES = [
    # a real CBC report read by eye: "70 others" after a sanctioning verb are people
    (
        "Canada expanded sanctions against 43 officials on Monday. Canada had already sanctioned"
        " 70 others.",
        {("country:CAN", "people", "imposed"), ("country:CAN", "people", "existing")},
    ),
    # twenty-third session, a real Reuters report read by eye: whoever criticises or condemns
    # a measure did not impose it; the measure's own owner did, if named
    (
        "Ties have grown stronger, with Erdogan criticising sanctions against Venezuela during a"
        " visit there last month.",
        set(),
    ),
    ("Russia condemned US sanctions on PDVSA.", {("country:USA", "org:PDVSA", "existing")}),
    # twenty-third session, a real report read by eye: "the oil-rich country" is the country
    # named before, not the oil sector
    (
        "Venezuela faces a crisis. Washington has already imposed rounds of sanctions against"
        " the oil-rich country to oust Maduro.",
        {("country:USA", "country:VEN", "existing")},
    ),
    (
        "Venezuela faces a crisis. The US imposed sanctions on the South American nation.",
        {("country:USA", "country:VEN", "imposed")},
    ),
    # twenty-third session, a real headline read by eye: a measure named after the case's
    # contested state ("Venezuela sanctions") is on it; a bare imposer ("US sanctions") is not
    (
        "Canada expanded its Venezuela sanctions on Monday.",
        {("country:CAN", "country:VEN", "imposed")},
    ),
    ("US sanctions on PDVSA took effect on Monday.", {("country:USA", "org:PDVSA", "imposed")}),
    (
        "The EU imposed sanctions on PDVSA. Mr Maduro was added to the US sanctions list.",
        {("org:EU", "org:PDVSA", "imposed"), ("country:USA", "person:nicolas-maduro", "imposed")},
    ),
    # held-out probe N and M: status "under consideration"; a participle ends a target group;
    # named members of a subject group; "Both" after two named targets; "Among those
    # sanctioned … are X"
    (
        "Abrams said that US sanctions on the financial sector were under consideration.",
        {("country:USA", "sector", "proposed")},
    ),
    (
        "Bolton warned that companies propping up Maduro could face sanctions.",
        {("country:USA", "company", "threatened")},
    ),
    (
        "Dozens of officials, including Maduro, are already under US sanctions.",
        {
            ("country:USA", "person:nicolas-maduro", "existing"),
            ("country:USA", "people", "existing"),
        },
    ),
    (
        "The EU sanctioned Diosdado Cabello and Tareck El Aissami on Friday. Both were already"
        " under U.S. sanctions.",
        {
            ("org:EU", "person:diosdado-cabello", "imposed"),
            ("org:EU", "person:tareck-el-aissami", "imposed"),
            ("country:USA", "person:diosdado-cabello", "existing"),
            ("country:USA", "person:tareck-el-aissami", "existing"),
        },
    ),
    (
        "The EU imposed travel bans on seven officials. Among those sanctioned on Friday is"
        " Diosdado Cabello.",
        {("org:EU", "people", "imposed"), ("org:EU", "person:diosdado-cabello", "imposed")},
    ),
    # a relative clause on the measure, its pronoun left out, names the imposer and the status
    (
        "The order goes beyond the sanctions Washington had already imposed on PDVSA.",
        {("country:USA", "org:PDVSA", "existing")},
    ),
    (
        "The sanctions that the US will impose on PDVSA are severe.",
        {("country:USA", "org:PDVSA", "proposed")},
    ),
    # adjectives inside the measure's phrase
    ("Cuba faces a near-total U.S. embargo.", {("country:USA", "country:CUB", "existing")}),
    (
        "Iran, itself under crushing U.S. sanctions, keeps up flights to Caracas.",
        {("country:USA", "country:IRN", "existing")},
    ),
    # a company no case file lists, marked as one by its apposition
    (
        "The Treasury blacklisted Cubametales, a Cuban state company.",
        {("country:USA", "org:CUBAMETALES", "imposed")},
    ),
    # a companion aside adds imposers only when it hangs on one
    (
        "The EU, joined by Norway, imposed sanctions on Maduro's officials.",
        {("org:EU", "people", "imposed"), ("country:NOR", "people", "imposed")},
    ),
    (
        "Trudeau, along with Macron, said Canada would impose sanctions on Maduro.",
        {("country:CAN", "person:nicolas-maduro", "proposed")},
    ),
    # an active removal from a sanctions list lifts the measure on its object
    (
        "The Treasury removed three former officials from its sanctions list.",
        {("country:USA", "people", "lifted")},
    ),
    # renewing sanctions keeps measures in force; extending them to new targets imposes
    (
        "The EU renewed its sanctions on Venezuela for another year.",
        {("org:EU", "country:VEN", "existing")},
    ),
    ("Canada extended its sanctions to 19 more officials.", {("country:CAN", "people", "imposed")}),
    # the adopter stands before the measure's owner
    (
        "Switzerland adopted the EU sanctions against Venezuela on Thursday.",
        {("country:CHE", "country:VEN", "imposed")},
    ),
    # "sanction" is the verb after "and" or a modal, as after "to"
    (
        "The US said it would ban all new investment in Cuba and sanction PDVSA.",
        {("country:USA", "sector", "proposed"), ("country:USA", "org:PDVSA", "proposed")},
    ),
    # "has had" marks a measure in force only when the measure follows it
    (
        "The US has had enough and imposed sanctions on PDVSA on Monday.",
        {("country:USA", "org:PDVSA", "imposed")},
    ),
    # "under sanctions from X": the source after the measure imposes it, already in force
    (
        "Venezuela is already under sanctions from the US and Canada.",
        {
            ("country:USA", "country:VEN", "existing"),
            ("country:CAN", "country:VEN", "existing"),
        },
    ),
    # a pronoun that adopts another's measures is the imposer, not the measure's owner
    (
        "Switzerland, long neutral, said it would adopt the EU's sanctions against Cuba.",
        {("country:CHE", "country:CUB", "proposed")},
    ),
    # in force: "in place" after the target, "has had"; putting in place is the act itself
    (
        "The EU has had an arms embargo on Venezuela in place since 2017.",
        {("org:EU", "country:VEN", "existing")},
    ),
    (
        "Canada keeps sanctions on PDVSA in force.",
        {("country:CAN", "org:PDVSA", "existing")},
    ),
    (
        "On Monday the EU put sanctions on Minerven in place.",
        {("org:EU", "org:MINERVEN", "imposed")},
    ),
    (
        "On Monday, the US imposed curbs on the state-owned oil firm PDVSA.",
        {("country:USA", "org:PDVSA", "imposed")},
    ),
    (
        "The US Treasury announced sanctions on Venezuela's central bank.",
        {("country:USA", "org:BCV", "imposed")},
    ),
    (
        "Canada and the US imposed sanctions on PDVSA and Minerven.",
        {
            ("country:CAN", "org:PDVSA", "imposed"),
            ("country:CAN", "org:MINERVEN", "imposed"),
            ("country:USA", "org:PDVSA", "imposed"),
            ("country:USA", "org:MINERVEN", "imposed"),
        },
    ),
    (
        "The EU has an existing sanctions regime against 18 Venezuelans.",
        {("org:EU", "people", "existing")},
    ),
    (
        "Mr Hunt is expected to urge EU nations to impose sanctions on key figures of the regime.",
        {("org:EU", "people", "proposed")},
    ),
    (
        "Washington warned it would impose sanctions on Cuba.",
        {("country:USA", "country:CUB", "threatened")},
    ),
    ("Italy ruled out sanctions on Venezuela.", {("country:ITA", "country:VEN", "negated")}),
    (
        "The US lifted sanctions on a former intelligence chief, officials said.",
        {("country:USA", "person", "lifted")},
    ),
    (
        "Delcy Rodríguez was sanctioned by the US in 2018.",
        {("country:USA", "person:delcy-rodriguez", "imposed")},
    ),
    # no target, or no imposer: nothing to report
    ("Sanctions have hurt ordinary Venezuelans, economists say.", set()),
    ("Venezuela's economy has shrunk by half since 2013.", set()),
    # the subject is the target: "under … sanctions", with an elliptical second subject
    (
        "Minerven has been under US and EU sanctions since 2019, and PDVSA since 2018.",
        {
            ("country:USA", "org:MINERVEN", "existing"),
            ("org:EU", "org:MINERVEN", "existing"),
            ("country:USA", "org:PDVSA", "existing"),
            ("org:EU", "org:PDVSA", "existing"),
        },
    ),
    # a relative clause: the antecedent is the target
    (
        "Brazil asked about PDVSA, which is already under Canadian sanctions.",
        {("country:CAN", "org:PDVSA", "existing")},
    ),
    # a counted group and its named members, after "among them"
    (
        "Peru barred 90 officials from entering the country, among them Delcy Rodríguez.",
        {
            ("country:PER", "people", "imposed"),
            ("country:PER", "person:delcy-rodriguez", "imposed"),
        },
    ),
    # a group named by apposition, and members after a colon
    (
        "Britain froze the assets of two banks: PDVSA and Minerven.",
        {
            ("country:GBR", "company", "imposed"),
            ("country:GBR", "org:PDVSA", "imposed"),
            ("country:GBR", "org:MINERVEN", "imposed"),
        },
    ),
    # a singular kind named in apposition gives only the name
    (
        "The US sanctioned Venezuela's vice-president, Delcy Rodríguez, on Friday.",
        {("country:USA", "person:delcy-rodriguez", "imposed")},
    ),
    # "followed X in sanctioning": X is not the imposer, and the refusal is a negation
    (
        "Spain has not followed Canada in sanctioning Minerven.",
        {("country:ESP", "org:MINERVEN", "negated")},
    ),
    # an aside between subject and verb neither hides the subject nor sets the status
    (
        "Mexico, which has not recognised Mr Guaidó, imposed sanctions on Minerven.",
        {("country:MEX", "org:MINERVEN", "imposed")},
    ),
    # the imposer named only as a modifier, with no act of imposing: in force already
    (
        "Mr Maduro called the Canadian sanctions on PDVSA illegal.",
        {("country:CAN", "org:PDVSA", "existing")},
    ),
    # a warning: the warned party is the target
    (
        "Washington has warned Cuba of possible sanctions.",
        {("country:USA", "country:CUB", "threatened")},
    ),
    (
        "Mr Bolton warned that banks dealing with Mr Maduro would face sanctions.",
        {("country:USA", "company", "threatened")},
    ),
    # verb cues: barring dealings with a target, banning imports of a sector, cutting off
    (
        "Canada barred its citizens from doing business with PDVSA.",
        {("country:CAN", "org:PDVSA", "imposed")},
    ),
    (
        "The EU banned imports of Venezuelan gold.",
        {("org:EU", "sector", "imposed")},
    ),
    (
        "The US cut Minerven off from the dollar system.",
        {("country:USA", "org:MINERVEN", "imposed")},
    ),
    # lists: added to a sanctions list (imposed); dropped from it (lifted)
    (
        "The EU added Delcy Rodríguez to its sanctions list.",
        {("org:EU", "person:delcy-rodriguez", "imposed")},
    ),
    (
        "Delcy Rodríguez was dropped from the EU's sanctions list.",
        {("org:EU", "person:delcy-rodriguez", "lifted")},
    ),
    # a coordinated second measure shares the subject; a participle clause too
    (
        "The EU maintains an arms embargo on Venezuela, as well as a travel ban on 18 officials.",
        {("org:EU", "country:VEN", "existing"), ("org:EU", "people", "existing")},
    ),
    (
        "Canada adopted new measures on Friday, freezing the assets of Delcy Rodríguez.",
        {("country:CAN", "person:delcy-rodriguez", "imposed")},
    ),
    # "it" after a state's agency is that state
    (
        "Colombia's migration agency said that it had barred Delcy Rodríguez from entering.",
        {("country:COL", "person:delcy-rodriguez", "imposed")},
    ),
    # "urged its members to": the bloc named before is the party that would act
    (
        "The OAS met in Washington on Monday. Its chief urged its members to freeze the assets "
        "of PDVSA.",
        {("org:OAS", "org:PDVSA", "proposed")},
    ),
    # "urged other governments to": an unnamed group, no bloc
    ("The OAS met on Monday. Mr Pence urged other governments to sanction PDVSA.", set()),
    # "both men" picks up the two people named just before
    (
        "Delcy Rodríguez and Diosdado Cabello met on Monday. Canada sanctioned both men.",
        {
            ("country:CAN", "person:delcy-rodriguez", "imposed"),
            ("country:CAN", "person:diosdado-cabello", "imposed"),
        },
    ),
    # "sanctions" is the verb when its object follows at once, the noun before a preposition
    ("Canada already sanctions 70 Venezuelan officials.", {("country:CAN", "people", "existing")}),
    (
        "Canada, which already sanctions 70 officials, said it was weighing more measures.",
        {("country:CAN", "people", "existing")},
    ),
    ("The EU sanctions seven officials over the crackdown.", {("org:EU", "people", "imposed")}),
    ("EU sanctions on Russia remain in force.", {("org:EU", "country:RUS", "existing")}),
    ("US sanctions hit Venezuela's economy hard.", set()),
    # "<verb> X with sanctions": the verb's object is the target
    (
        "The US targeted four judges with sanctions over the ruling.",
        {("country:USA", "people", "imposed")},
    ),
    (
        "The EU could hit more officials with fresh sanctions, diplomats said.",
        {("org:EU", "people", "proposed")},
    ),
    # a perfect with "since <year>" describes a standing regime; "since Monday" an act
    (
        "The Trump administration has imposed sanctions on dozens of officials since 2017.",
        {("country:USA", "people", "existing")},
    ),
    (
        "The EU has imposed sanctions on seven officials since Monday.",
        {("org:EU", "people", "imposed")},
    ),
    # a name right before the frozen assets owns them
    (
        "The Trump administration froze $7bn of PDVSA assets on Monday.",
        {("country:USA", "org:PDVSA", "imposed")},
    ),
    # a veto or opposition rules the measure out; "blocking sanctions" are a kind of measure
    (
        "Hungary said it would veto any new sanctions on Venezuela.",
        {("country:HUN", "country:VEN", "negated")},
    ),
    ("Italy opposes sanctions on Venezuela.", {("country:ITA", "country:VEN", "negated")}),
    (
        "Washington imposed full blocking sanctions on PDVSA.",
        {("country:USA", "org:PDVSA", "imposed")},
    ),
    # a relative named in apposition is the target, not the person whose relative she is
    (
        "In September 2018, Washington sanctioned Mr Maduro's wife, Cilia Flores.",
        {("country:USA", "person:cilia-flores", "imposed")},
    ),
    # the passive: the subject is hit with sanctions by the imposer
    (
        "PDVSA was hit with sanctions by the US in January.",
        {("country:USA", "org:PDVSA", "imposed")},
    ),
    # a lifting refused, weighed or only promised leaves the measure in force
    (
        "The US is weighing whether to lift sanctions on PDVSA.",
        {("country:USA", "org:PDVSA", "existing")},
    ),
    ("The EU refused to lift sanctions on Venezuela.", {("org:EU", "country:VEN", "existing")}),
    (
        "The US said it would lift sanctions on PDVSA if elections were held.",
        {("country:USA", "org:PDVSA", "existing")},
    ),
    # "breaking with its tradition" is no absolute "with X doing": the subject still acts
    (
        "Switzerland, breaking with its tradition of neutrality, adopted the EU's sanctions on "
        "Monday, freezing the assets of Mr Maduro.",
        {("country:CHE", "person:nicolas-maduro", "imposed")},
    ),
    # revoking visas is a travel ban imposed, not a measure lifted
    (
        "Washington has revoked the visas of dozens of Venezuelan officials.",
        {("country:USA", "people", "imposed")},
    ),
    ("The US revoked 77 Venezuelan officials' visas.", {("country:USA", "people", "imposed")}),
    ("The US has revoked sanctions on three officials.", {("country:USA", "people", "lifted")}),
    # "measures" and "penalties" are sanctions when imposed on someone or called punitive
    (
        # (an act "last month" is background since the twenty-seventh session: "on Monday")
        "The United States imposed sweeping measures on PDVSA on Monday.",
        {("country:USA", "org:PDVSA", "imposed")},
    ),
    (
        "Britain imposed punitive measures against Russia.",
        {("country:GBR", "country:RUS", "imposed")},
    ),
    (
        "The US threatened to impose penalties on any company dealing with PDVSA.",
        {("country:USA", "company", "threatened")},
    ),
    ("Security measures on the border were tightened.", set()),
    ("The EU adopted new measures on the export of arms.", set()),
    # what new measures come on top of is in force already
    (
        "The EU agreed new sanctions on Russia. The measures come on top of an asset freeze on"
        " Mr Maduro, agreed last week.",
        {("org:EU", "country:RUS", "imposed"), ("org:EU", "person:nicolas-maduro", "existing")},
    ),
    # a name after a comma with a verb after it starts the next clause: no target
    (
        "In addition to the US sanctions on PDVSA, Canada imposed sanctions on Mr Maduro.",
        {
            ("country:USA", "org:PDVSA", "existing"),
            ("country:CAN", "person:nicolas-maduro", "imposed"),
        },
    ),
    # limits of today's rules (found in review): an adjective in -ed before the subject is no
    # verb; "designated X as ambassador" is an appointment; "the country" is the first one
    # named before it in its sentence
    ("A united EU imposed sanctions on PDVSA.", {("org:EU", "org:PDVSA", "imposed")}),
    (
        "The US designated Mr Guaidó's envoy Carlos Vecchio as the legitimate ambassador.",
        set(),
    ),
    (
        "After Russia invaded Colombia, the EU imposed sanctions on the country.",
        {("org:EU", "country:RUS", "imposed")},
    ),
    # a price cap is a measure; crude is a sector
    (
        "The G7 and the EU agreed a price cap on Venezuelan crude.",
        {("org:G7", "sector", "imposed"), ("org:EU", "sector", "imposed")},
    ),
    # the US Treasury's "designated"; a passive with no agent right after a measure is the
    # same imposer's
    ("The US Treasury designated four governors.", {("country:USA", "people", "imposed")}),
    (
        "The Treasury sanctioned the central bank on Friday. Mr Maduro was designated the same"
        " day.",
        {
            ("country:USA", "org:BCV", "imposed"),
            ("country:USA", "person:nicolas-maduro", "imposed"),
        },
    ),
    ("Mr Maduro was sanctioned in 2017.", set()),
    # a passive travel ban with no agent is imposed by the state whose border it is
    (
        "Mr Maduro is barred from entering the UK.",
        {("country:GBR", "person:nicolas-maduro", "imposed")},
    ),
    # "immobilise" freezes; a person's name for a government targets the government
    (
        "The EU agreed to immobilise the assets of Venezuela's central bank.",
        {("org:EU", "org:BCV", "imposed")},
    ),
    (
        "The Treasury has frozen all Venezuelan government assets in the United States.",
        {("country:USA", "government", "imposed")},
    ),
    # a second predicate with no subject after "but" keeps the sentence's subject; a name
    # a verb took as its object imposes nothing
    (
        "Turkey has sold drones to Colombia but has not imposed sanctions on Venezuela.",
        {("country:TUR", "country:VEN", "negated")},
    ),
    (
        "Canada recognised Mr Guaidó and later imposed sanctions on PDVSA.",
        {("country:CAN", "org:PDVSA", "imposed")},
    ),
    # a list of members ends where a speech clause begins
    (
        "Britain sanctioned five Venezuelan officials, including Mr Maduro, Prime Minister"
        " Theresa May told parliament.",
        {("country:GBR", "people", "imposed"), ("country:GBR", "person:nicolas-maduro", "imposed")},
    ),
    # supporting a measure is wanting it; a question reports none
    (
        "Poland supports the sanctions against Venezuela.",
        {("country:POL", "country:VEN", "proposed")},
    ),
    ("Is Canada going to sanction PDVSA?", set()),
    (
        "Mr Trudeau called Mr Guaidó to offer his support, and later announced sanctions on PDVSA.",
        {("country:CAN", "org:PDVSA", "imposed")},
    ),
    # the verbs that block a statement block a measure too (one list in clauses)
    (
        "Italy stalled new EU sanctions on Venezuelan officials.",
        {("org:EU", "people", "negated")},
    ),
    # risking or facing a measure under a modal is a threat; the imposer's name may stand
    # between the verb and the measure
    (
        "Banks risk US sanctions if they help Mr Maduro sell gold.",
        {("country:USA", "company", "threatened")},
    ),
    ("Turkey could face US penalties.", {("country:USA", "country:TUR", "threatened")}),
    ("Venezuela already faces US sanctions.", {("country:USA", "country:VEN", "existing")}),
    # readiness to impose is no imposing
    (
        "Mr Bolton said the Trump administration was prepared to impose further sanctions on"
        " PDVSA.",
        {("country:USA", "org:PDVSA", "proposed")},
    ),
    # ", and" after a single name joins two clauses: the second has its own subject
    (
        "Colombia closed its border with Venezuela, and the US banned imports of Venezuelan gold.",
        {("country:USA", "sector", "imposed")},
    ),
    # "the country": the country named before it that is not the imposer
    (
        "Venezuela's economy is in freefall. Mr Maduro faces pressure after Washington slapped an"
        " oil embargo on the country.",
        {("country:USA", "country:VEN", "imposed")},
    ),
    (
        "Russia invaded Ukraine in February. The EU imposed sanctions on the country within days.",
        {("org:EU", "country:RUS", "imposed")},
    ),
    (
        "Washington has long criticised Venezuela. The US imposed new sanctions on the country"
        " on Monday.",
        {("country:USA", "country:VEN", "imposed")},
    ),
    # "the country's oil sector" is the sector, not the country
    (
        "Venezuela is short of cash. Washington imposed sanctions on the country's oil sector.",
        {("country:USA", "sector", "imposed")},
    ),
    # a measure's object is a person though the article gives no title
    (
        "Canada froze the assets of Tareck El Aissami.",
        {("country:CAN", "person:tareck-el-aissami", "imposed")},
    ),
    (
        "The US imposed sanctions on Tarek William Saab and Maikel Moreno.",
        {
            ("country:USA", "person:tarek-william-saab", "imposed"),
            ("country:USA", "person:maikel-moreno", "imposed"),
        },
    ),
    # ninth session: an owner's earlier measures; a state's "measures against" a state;
    # "since March 2018"; "not on the table"
    (
        "Canada's earlier sanctions on officials remain in force.",
        {("country:CAN", "people", "existing")},
    ),
    (
        "Switzerland has applied the EU measures against Venezuela since March 2018.",
        {("country:CHE", "country:VEN", "existing")},
    ),
    (
        "Officials said EU sanctions on Venezuelan state companies were not on the table.",
        {("org:EU", "company", "negated")},
    ),
    ("The measures against the virus remain in force.", set()),
    # a company is not taken for a person: its last word says company
    (
        "The Treasury sanctioned Rosneft Trading on Monday.",
        {("country:USA", "org:ROSNEFT_TRADING", "imposed")},
    ),
    # companions of the imposer before the measure
    (
        "The European Union, together with Canada, imposed travel bans on seven officials.",
        {("org:EU", "people", "imposed"), ("country:CAN", "people", "imposed")},
    ),
    (
        "Canada, along with Switzerland, froze the assets of Mr Maduro.",
        {
            ("country:CAN", "person:nicolas-maduro", "imposed"),
            ("country:CHE", "person:nicolas-maduro", "imposed"),
        },
    ),
    # after the measure, "along with" may add a target: no imposer is guessed from it
    (
        "The US imposed sanctions on Mr Maduro, along with Bolivia.",
        {("country:USA", "person:nicolas-maduro", "imposed")},
    ),
    # "then" right after the subject is an adverb, not a clause opener
    (
        "Trump's administration then slapped sanctions on Venezuela's state oil giant PDVSA.",
        {("country:USA", "org:PDVSA", "imposed")},
    ),
    # targets listed after a colon, items split by semicolons
    (
        "The US has imposed sanctions on: PDVSA, the state oil company; and Minerven, the state"
        " gold miner.",
        {("country:USA", "org:PDVSA", "imposed"), ("country:USA", "org:MINERVEN", "imposed")},
    ),
    # a name in apposition to a preposition's object is no subject for a later "it"
    (
        "The Treasury Department imposed sanctions on the state oil company, PDVSA. In March,"
        " it sanctioned Minerven.",
        {("country:USA", "org:PDVSA", "imposed"), ("country:USA", "org:MINERVEN", "imposed")},
    ),
    # "warned X that they could face sanctions": X is threatened
    (
        "Mike Pence said officials who abandoned Maduro could expect relief, and warned those"
        " who remained at his side that they could face further sanctions.",
        {("country:USA", "people", "threatened")},
    ),
    # "owned by" is another participle's agent, not the imposer
    (
        "In April the Treasury sanctioned 34 vessels owned by PDVSA.",
        {("country:USA", "company", "imposed")},
    ),
    # a second predicate after "and" with a participle: the sentence's subject; the first
    # target list ends at it
    (
        "Washington has imposed sanctions on state oil company PDVSA and frozen the U.S. assets"
        " of dozens of Venezuelan officials.",
        {("country:USA", "org:PDVSA", "imposed"), ("country:USA", "people", "imposed")},
    ),
    # "him" is the subject of the sentence before, not a name after a preposition
    (
        "Manuel Cristopher Figuera broke with Maduro and left the country. The US Treasury"
        " lifted sanctions on him.",
        {("country:USA", "person:manuel-cristopher-figuera", "lifted")},
    ),
    # a leader's name before "officials" says whose officials
    (
        "Canada announced that it was imposing sanctions on 43 Maduro officials.",
        {("country:CAN", "people", "imposed")},
    ),
    # "block assets" is a freeze, not a veto
    (
        "The United States imposed sanctions on PDVSA. The measures block PDVSA assets.",
        {("country:USA", "org:PDVSA", "imposed")},
    ),
    (
        "The United States blocked PDVSA assets under U.S. jurisdiction.",
        {("country:USA", "org:PDVSA", "imposed")},
    ),
    # named items of a list may each be described
    (
        "The Treasury has also blacklisted the central bank, the state gold miner Minerven and"
        " the development bank BANDES.",
        {
            ("country:USA", "org:BCV", "imposed"),
            ("country:USA", "org:MINERVEN", "imposed"),
            ("country:USA", "org:BANDES", "imposed"),
        },
    ),
    # sanctions one "has" are in force
    ("The EU has sanctions against 18 officials.", {("org:EU", "people", "existing")}),
    (
        "The U.S. has already frozen $7 billion in assets belonging to PDVSA.",
        {("country:USA", "org:PDVSA", "existing")},
    ),
    # a sector's measure governed by a verb of refusing or proposing; not one condemned
    ("The European Union has so far ruled out oil sanctions.", {("org:EU", "sector", "negated")}),
    ("Russia condemned the oil sanctions.", set()),
    # "the firm" is the company named last
    (
        "Repsol, which works with the state oil company PDVSA, has said it is complying with US"
        " sanctions on the firm.",
        {("country:USA", "org:PDVSA", "existing")},
    ),
    # a pronoun that imposes is not what was just sanctioned
    (
        "In late January the Treasury imposed sanctions on the state oil company, Petróleos de"
        " Venezuela, S.A., or PDVSA, which officials said would block $7 billion in assets. In"
        " March, it sanctioned the state gold miner Minerven, and in April it blacklisted the"
        " Central Bank of Venezuela.",
        {
            ("country:USA", "org:PDVSA", "imposed"),
            ("country:USA", "org:MINERVEN", "imposed"),
            ("country:USA", "org:BCV", "imposed"),
        },
    ),
    # a relative clause between the subject and its verbs is skipped, "but" and all
    (
        "Switzerland, which is not a member of the European Union but usually mirrors its"
        " sanctions, adopted the arms embargo and froze the assets of Interior Minister Néstor"
        " Reverol.",
        {("country:CHE", "person:nestor-reverol", "imposed")},
    ),
    # a regime that "includes" a measure is its owner's, in force
    (
        "Canada has sanctioned 43 officials. The EU's own sanctions regime, in force since"
        " November 2017, includes travel bans and asset freezes on 18 officials.",
        {("country:CAN", "people", "imposed"), ("org:EU", "people", "existing")},
    ),
    # a blacklist is a sanctions list
    (
        "On Wednesday the US added the Central Bank of Venezuela to its blacklist.",
        {("country:USA", "org:BCV", "imposed")},
    ),
    # an amount may stand between the freezing and the assets (and a perfect in a relative
    # aside before the main predicate is background: in force already, held-out BC, BE)
    (
        "Washington, which has frozen more than $7 billion in assets of state oil firm PDVSA,"
        " welcomed the decision.",
        {("country:USA", "org:PDVSA", "existing")},
    ),
    # a second predicate after "and" and an aside shares the sentence's subject
    (
        "The US recognised Guaidó and, a week later, imposed sanctions on PDVSA.",
        {("country:USA", "org:PDVSA", "imposed")},
    ),
    (
        "The US moved quickly. It recognised Guaidó on the day he took his oath and, a week"
        " later, imposed sanctions on PDVSA.",
        {("country:USA", "org:PDVSA", "imposed")},
    ),
    # assets named before a participle: their owner is the target
    (
        "The assets of Diosdado Cabello were frozen by the United States.",
        {("country:USA", "person:diosdado-cabello", "imposed")},
    ),
    (
        "Diosdado Cabello has had his assets frozen by the United States.",
        {("country:USA", "person:diosdado-cabello", "imposed")},
    ),
    (
        "Mr Maduro's assets were frozen by Canada.",
        {("country:CAN", "person:nicolas-maduro", "imposed")},
    ),
    (
        "Diosdado Cabello, whose assets were frozen by the US in 2018, spoke on Monday.",
        {("country:USA", "person:diosdado-cabello", "imposed")},
    ),
    # held-out probe P (tenth session): "added N more" continues the measure just before; a
    # "by" agent of a participle is no subject for "it"; company names over place names;
    # "along with" more targets; an apposition restating the name
    (
        "On April 5 the Treasury sanctioned 34 vessels owned by the state oil company PDVSA. "
        "A week later it added four more shipping firms - Jennifer Navigation Ltd., Lima "
        "Shipping Corp. and the Italian company PB Tankers - and nine of their tankers.",
        {
            ("country:USA", "company", "imposed"),
            ("country:USA", "org:JENNIFER_NAVIGATION", "imposed"),
            ("country:USA", "org:LIMA_SHIPPING", "imposed"),
            ("country:USA", "org:PB_TANKERS", "imposed"),
        },
    ),
    (
        "The EU sanctioned 11 officials in June. He added that further steps were possible.",
        {("org:EU", "people", "imposed")},
    ),
    (
        "The Treasury blacklisted BANDES, the national development bank, along with four of "
        "its subsidiaries, Banco de Venezuela, Banco Bicentenario del Pueblo, Banco Bandes "
        "Uruguay and the Bolivian lender Banco Prodem.",
        {
            ("country:USA", "org:BANDES", "imposed"),
            ("country:USA", "org:BANCO_DE_VENEZUELA", "imposed"),
            ("country:USA", "org:BANCO_BICENTENARIO_DEL_PUEBLO", "imposed"),
            ("country:USA", "org:BANCO_BANDES_URUGUAY", "imposed"),
            ("country:USA", "org:BANCO_PRODEM", "imposed"),
            ("country:USA", "company", "imposed"),
        },
    ),
    (
        "OFAC sanctioned CVG Compania General de Mineria de Venezuela, the state gold miner "
        "known as Minerven, and its president, Adrian Antonio Perdomo Mata.",
        {
            ("country:USA", "org:MINERVEN", "imposed"),
            ("country:USA", "person:adrian-antonio-perdomo-mata", "imposed"),
        },
    ),
    # held-out probe S (tenth session): an agentless passive continues the imposer of a
    # sentence up to three back ("designated as well" is no "as" complement; "hit with"
    # passive); the past perfect in the reporter's voice is existing, after a report not;
    # "its list" after a measure is a sanctions list
    (
        "The Treasury imposed sanctions on Jorge Arreaza. The move came after weeks of tension."
        " In March, Minerven was designated as well.",
        {
            ("country:USA", "person:jorge-arreaza", "imposed"),
            ("country:USA", "org:MINERVEN", "imposed"),
        },
    ),
    (
        "The EU imposed sanctions on 11 officials in June. In January 2018, seven officials,"
        " including Diosdado Cabello, were hit with travel bans.",
        {
            ("org:EU", "people", "imposed"),
            ("org:EU", "person:diosdado-cabello", "imposed"),
        },
    ),
    (
        "The Treasury had blacklisted the Central Bank of Venezuela.",
        {("country:USA", "org:BCV", "existing")},
    ),
    ("The EU said it had imposed sanctions on PDVSA.", {("org:EU", "org:PDVSA", "imposed")}),
    (
        "Canada had imposed sanctions on PDVSA, officials said.",
        {("country:CAN", "org:PDVSA", "imposed")},
    ),
    (
        "The Treasury imposed sanctions on PDVSA. His wife, Cilia Flores, and Vladimir Padrino"
        " López were added to the list in September 2018.",
        {
            ("country:USA", "org:PDVSA", "imposed"),
            ("country:USA", "person:cilia-flores", "imposed"),
            ("country:USA", "person:vladimir-padrino-lopez", "imposed"),
        },
    ),
    ("The mayor added three streets to the list of repairs.", set()),
    (
        "Peru has sanctioned Mr Maduro. Colombia added 200 people to its list of those"
        " prohibited from entering the country.",
        {("country:PER", "person:nicolas-maduro", "imposed"), ("country:COL", "people", "imposed")},
    ),
    ("The Treasury designated Carlos Vecchio as a representative.", set()),
    # the subject of a passive measure is a name even unlisted ("Manuel Quevedo was
    # sanctioned", "TNK Trading International was sanctioned"), and a name in apposition
    # to the subject's description is the subject (held-out probe S)
    (
        "The Treasury sanctioned PDVSA. Manuel Quevedo was sanctioned in March.",
        {
            ("country:USA", "org:PDVSA", "imposed"),
            ("country:USA", "person:manuel-quevedo", "imposed"),
        },
    ),
    (
        "The Treasury sanctioned PDVSA. A second Rosneft unit, TNK Trading International, was"
        " sanctioned in March.",
        {
            ("country:USA", "org:PDVSA", "imposed"),
            ("country:USA", "org:TNK_TRADING_INTERNATIONAL", "imposed"),
        },
    ),
    (
        "The Treasury sanctioned PDVSA. Its chief executive, Manuel Quevedo, was sanctioned in"
        " March.",
        {
            ("country:USA", "org:PDVSA", "imposed"),
            ("country:USA", "person:manuel-quevedo", "imposed"),
        },
    ),
    # an act dated to a year before the latest the article names is background: existing
    # (but not the news of a named day, and not a date in another clause)
    (
        "Mr Maduro was added to the US sanctions list in 2017. In March 2019 the Treasury"
        " sanctioned Minerven.",
        {
            ("country:USA", "person:nicolas-maduro", "existing"),
            ("country:USA", "org:MINERVEN", "imposed"),
        },
    ),
    (
        "Canada on Monday imposed sanctions on 43 officials, bringing to more than 100 the number"
        " targeted since 2017. Elections are due in 2019.",
        {("country:CAN", "people", "imposed")},
    ),
    (
        "Washington sanctioned Delcy Rodríguez, whose assets were frozen in 2018. Talks resumed"
        " in 2019.",
        {("country:USA", "person:delcy-rodriguez", "imposed")},
    ),
    # a future announced as decided is the act; said, or considered, it is proposed
    (
        "Ottawa announced that Canada would impose sanctions on PDVSA.",
        {("country:CAN", "org:PDVSA", "imposed")},
    ),
    (
        "Officials said Canada would impose sanctions on PDVSA.",
        {("country:CAN", "org:PDVSA", "proposed")},
    ),
    (
        "Ottawa announced that Canada would consider sanctions on PDVSA.",
        {("country:CAN", "org:PDVSA", "proposed")},
    ),
    # "along with" a state is a companion, not a target
    (
        "Canada imposed sanctions on Venezuela, along with the United States.",
        {("country:CAN", "country:VEN", "imposed")},
    ),
    # the subject of "face" past "comparable": a noun "freezes on" their assets (held-out BK)
    (
        "Only Cuba, Iran and Syria face comparable U.S. freezes on their governments' assets.",
        {
            ("country:USA", "country:CUB", "existing"),
            ("country:USA", "country:IRN", "existing"),
            ("country:USA", "country:SYR", "existing"),
        },
    ),
    # hedges before a count in a target list; a pronoun after a semicolon is the subject;
    # a negation does not reach past ", preferring …"; "so far" counts a tally (held-out BK)
    (
        "Washington has blacklisted well over 100 Venezuelan officials, including Maduro.",
        {("country:USA", "people", "imposed"), ("country:USA", "person:nicolas-maduro", "imposed")},
    ),
    (
        "The European Union has not followed Washington in targeting Venezuelan state"
        " companies, preferring travel bans on individual officials; it has sanctioned 18 people"
        " so far.",
        {("org:EU", "people", "imposed"), ("org:EU", "people", "existing")},
    ),
    # "Among those hit by the EU's January 2018 sanctions were A and B": a dated owner's
    # measure, the named after the inverted copula
    (
        "Among those hit by the EU's January 2018 sanctions were Diosdado Cabello and Maikel"
        " Moreno.",
        {
            ("org:EU", "person:diosdado-cabello", "existing"),
            ("org:EU", "person:maikel-moreno", "existing"),
        },
    ),
    # a short adverbial aside between subject and verb
    (
        "Canada has not, so far, imposed sanctions on PDVSA.",
        {("country:CAN", "org:PDVSA", "negated")},
    ),
    # who faces a measure never imposes it
    ("Maduro loyalists face the same travel bans as the president himself.", set()),
    # "five more Maduro loyalists": whose loyalists, a group, with its named member
    (
        "On Friday Washington sanctioned five more Maduro loyalists, among them PDVSA's"
        " president, Manuel Quevedo.",
        {("country:USA", "people", "imposed"), ("country:USA", "person:manuel-quevedo", "imposed")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sanctions(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_group_targets_carry_their_count(annotator, case):
    found = rows(annotator, case, "Canada imposed sanctions on 43 Venezuelan officials on Monday.")
    assert [(r["target_kind"], r["n_targets"], r["measure"]) for r in found] == [
        ("people", 43, "sanctions")
    ]


def test_measures(annotator, case):
    found = rows(annotator, case, "The EU imposed an arms embargo on Venezuela in 2017.")
    assert [(r["measure"], r["status"]) for r in found] == [("embargo", "imposed")]


def test_demonym_plural_is_a_group_of_people(annotator, case):
    """'70 Venezuelans', or any plural demonym: found from the gazetteer, not a word list."""
    found = rows(annotator, case, "Canada had already sanctioned 70 Venezuelans in 2018.")
    assert [(r["target_kind"], r["n_targets"], r["status"]) for r in found] == [
        ("people", 70, "existing")
    ]


def test_years_are_not_counts(annotator, case):
    found = rows(annotator, case, "Canada imposed sanctions on 2019 officials, a typo.")
    assert all(r["n_targets"] != 2019 for r in found)


def test_never_raises_on_cue_words_alone(annotator, case):
    for text in ["Sanctions.", "Banned", "Frozen assets of", "off from SWIFT", "under sanctions"]:
        assert rows(annotator, case, text) == []


def test_barring_entry_is_a_travel_ban_on_the_people_named_after_it(annotator, case):
    found = rows(annotator, case, "The UK barred entry to five officials close to Mr Maduro.")
    assert [
        (r["imposer_id"], r["target_kind"], r["n_targets"], r["measure"], r["status"])
        for r in found
    ] == [("country:GBR", "people", 5, "travel ban", "imposed")]


def test_a_bloc_naming_one_member_is_not_the_imposer(annotator, case):
    """'the first G7 country to ban …': the G7 classifies Canada, it imposes nothing."""
    found = rows(annotator, case, "Canada became the first G7 country to ban imports of Cuban oil.")
    assert {(r["imposer_id"], r["status"]) for r in found} == {("country:CAN", "imposed")}


def test_an_object_pronoun_is_the_person_named_before(annotator, case):
    text = "Delcy Rodríguez arrived in Madrid.\n\nPeru banned her from entering the country."
    found = rows(annotator, case, text)
    assert [(r["imposer_id"], r["target_id"], r["measure"]) for r in found] == [
        ("country:PER", "person:delcy-rodriguez", "travel ban")
    ]


def test_banning_from_entering_is_a_travel_ban(annotator, case):
    found = rows(annotator, case, "The US barred 200 officials from travelling to America.")
    assert [(r["target_kind"], r["n_targets"], r["measure"]) for r in found] == [
        ("people", 200, "travel ban")
    ]


def test_a_revoked_visa_is_a_travel_ban_with_its_count(annotator, case):
    found = rows(annotator, case, "Washington revoked the visas of 77 Venezuelan officials.")
    assert [(r["measure"], r["target_kind"], r["n_targets"]) for r in found] == [
        ("travel ban", "people", 77)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle names the imposer, not the sentence's subject
        (
            "Russia condemned the sanctions imposed by Washington on PDVSA.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        # not ruling a measure out keeps it open as a threat
        (
            "Trump did not rule out new sanctions on PDVSA.",
            {("country:USA", "org:PDVSA", "threatened")},
        ),
        ("The EU refused to rule out sanctions on PDVSA.", {("org:EU", "org:PDVSA", "threatened")}),
        ("The EU ruled out sanctions on PDVSA.", {("org:EU", "org:PDVSA", "negated")}),
        # "hit X with sanctions": the imposer is the verb's subject, not its object
        (
            "The EU hit the Maduro government with new sanctions on Monday.",
            {("org:EU", "government", "imposed")},
        ),
        # a relative clause after the urged object leaves the urging in force
        (
            "Speaking at a meeting of the 14-country Lima Group, Pence urged its members to"
            " freeze the assets of state oil company PDVSA, which is already under U.S."
            " sanctions, and to restrict visas for Maduro's inner circle.",
            {
                ("org:LIMA_GROUP", "org:PDVSA", "proposed"),
                ("country:USA", "org:PDVSA", "existing"),
                ("org:LIMA_GROUP", "people", "proposed"),
            },
        ),
        # background: the first US sanctions on Venezuelan officials were Obama's
        (
            "The Obama administration sanctioned seven Venezuelan officials in 2015.",
            {("country:USA", "people", "imposed")},
        ),
        # a passive's unnamed subject is the group targeted; a demonym says whose
        (
            "Five officials were sanctioned by Washington in February.",
            {("country:USA", "people", "imposed")},
        ),
        (
            "Seven Venezuelan officials were sanctioned by the US in 2015.",
            {("country:USA", "people", "imposed")},
        ),
        # a place in a compound, a country modifying holders: no target
        (
            "The U.S. sanctioned a Moscow-based bank that helped PDVSA.",
            {("country:USA", "company", "imposed")},
        ),
        (
            "US sanctions on PDVSA leave Venezuela bondholders in limbo.",
            {("country:USA", "org:PDVSA", "existing")},
        ),
        # members listed after a counted group of the measure's objects are targets
        (
            "The US sanctioned five officials, among them Manuel Quevedo.",
            {
                ("country:USA", "person:manuel-quevedo", "imposed"),
                ("country:USA", "people", "imposed"),
            },
        ),
        (
            "Washington has sanctioned five officials, including Tarek William Saab and Maikel"
            " Moreno.",
            {
                ("country:USA", "person:tarek-william-saab", "imposed"),
                ("country:USA", "person:maikel-moreno", "imposed"),
                ("country:USA", "people", "imposed"),
            },
        ),
    ],
)
def test_sixth_session_probes(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threat reported in a that-clause: the one who warned would impose, not the
        # demonym in the threatened group
        (
            "Bolton warned that Venezuelan officials could face sanctions.",
            {("country:USA", "people", "threatened")},
        ),
        # "who"/"that" after the threatened group: the group is the subject of "face"
        (
            "Bolton warned that officials who backed Maduro could face sanctions.",
            {("country:USA", "people", "threatened")},
        ),
        (
            "The US said companies that buy Venezuelan oil could face sanctions.",
            {("country:USA", "company", "threatened")},
        ),
        (
            "The US warned that foreign banks which help PDVSA could face sanctions.",
            {("country:USA", "company", "threatened")},
        ),
        # "any individual who …", "countries that …": a measure aimed at a behaviour
        (
            "The US warned that it would impose further sanctions on any individual who"
            " undermined the transition.",
            {("country:USA", "people", "threatened")},
        ),
        (
            "The US said it could sanction countries that help Maduro.",
            {("country:USA", "country", "threatened")},
        ),
        (
            "The EU said it would impose sanctions on anyone who undermines the vote.",
            {("org:EU", "people", "threatened")},
        ),
        # a plan aimed at named wrongdoers is no threat
        (
            "The EU will impose sanctions on officials who are responsible for the crackdown.",
            {("org:EU", "people", "proposed")},
        ),
        # the name right before ", which is already under sanctions" is under them, a
        # company as much as a person
        (
            "Pence urged its members to freeze the assets of PDVSA, which is already under U.S."
            " sanctions.",
            {("country:USA", "org:PDVSA", "existing")},
        ),
        # a name the apposition calls a lender is a company (with an id of its own), not a person
        (
            "The U.S. Treasury sanctioned Evrofinance Mosnarbank, a Moscow-based lender.",
            {("country:USA", "org:EVROFINANCE_MOSNARBANK", "imposed")},
        ),
        # a measure that "will be placed": announced (proposed), or under a warning or a
        # condition, a threat; the one who warned past a fronted if-clause
        (
            "Trump said that a full embargo will be placed on Cuba.",
            {("country:USA", "country:CUB", "proposed")},
        ),
        (
            "Trump warned that if Cuban troops stay, a full embargo will be placed on Cuba.",
            {("country:USA", "country:CUB", "threatened")},
        ),
        # every named target: ", as well as B", "and, in April, B"
        (
            "Washington has blacklisted Minerven, as well as BANDES.",
            {("country:USA", "org:MINERVEN", "imposed"), ("country:USA", "org:BANDES", "imposed")},
        ),
        (
            "The US blacklisted Minerven and, in April, the central bank.",
            {("country:USA", "org:MINERVEN", "imposed"), ("country:USA", "org:BCV", "imposed")},
        ),
        # a government with named members: the government and each member
        (
            "The United States froze all assets of the Government of Venezuela, including the"
            " central bank and PDVSA.",
            {
                ("country:USA", "government", "imposed"),
                ("country:USA", "org:BCV", "imposed"),
                ("country:USA", "org:PDVSA", "imposed"),
            },
        ),
        # members an aside names before the clause act; the unnamed group does not
        (
            "Several countries, including Chile and Peru, are considering travel bans on Maduro"
            " officials.",
            {("country:CHL", "people", "proposed"), ("country:PER", "people", "proposed")},
        ),
        (
            "EU nations, including Italy and Poland, imposed travel bans on Maduro officials.",
            {("country:ITA", "people", "imposed"), ("country:POL", "people", "imposed")},
        ),
        # a measure in a relative clause on a text: the text's issuer imposes it
        (
            "Trump signed an order that imposes sanctions on PDVSA.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        # a measure held ("has an arms embargo"), or imposed "since" a year: in force
        (
            "The European Union has an arms embargo on Venezuela.",
            {("org:EU", "country:VEN", "existing")},
        ),
        (
            "Since 2017, Washington has imposed sanctions on Minerven.",
            {("country:USA", "org:MINERVEN", "existing")},
        ),
        (
            "The EU has imposed an arms embargo on Venezuela.",
            {("org:EU", "country:VEN", "imposed")},
        ),
        # a measure's noun phrase may hold an article and a kind: "under a US trade embargo"
        (
            "Cuba has been under a US trade embargo since 1962.",
            {("country:USA", "country:CUB", "existing")},
        ),
        (
            "Cuba and Iran face a US embargo.",
            {
                ("country:USA", "country:CUB", "existing"),
                ("country:USA", "country:IRN", "existing"),
            },
        ),
        # lifting verbs beyond "lift": removed, scrapped (but not a removal from SWIFT)
        (
            "The Treasury removed sanctions on Manuel Cristopher Figuera.",
            {("country:USA", "person:manuel-cristopher-figuera", "lifted")},
        ),
        (
            "The US scrapped sanctions on Manuel Cristopher Figuera.",
            {("country:USA", "person:manuel-cristopher-figuera", "lifted")},
        ),
        (
            "The US refused to remove sanctions on PDVSA.",
            {("country:USA", "org:PDVSA", "existing")},
        ),
        # an attribution between the subject and its verb belongs to neither
        (
            "Canada, Freeland said, will impose sanctions on 14 Venezuelan officials.",
            {("country:CAN", "people", "proposed")},
        ),
        (
            "Companies that support the government, Bolton added, could face U.S. sanctions.",
            {("country:USA", "company", "threatened")},
        ),
        (
            "Brazil, Pompeo said, will impose sanctions on PDVSA.",
            {("country:BRA", "org:PDVSA", "proposed")},
        ),
        (
            "Canada froze the assets of Diosdado Cabello, who is already under EU sanctions.",
            {
                ("country:CAN", "person:diosdado-cabello", "imposed"),
                ("org:EU", "person:diosdado-cabello", "existing"),
            },
        ),
    ],
)
def test_seventh_session_threats(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_a_short_form_in_brackets_leaves_the_imposer(annotator, case):
    """ "The European Union (EU) froze …": the brackets are no clause boundary."""
    assert keys(
        annotator, case, "The European Union (EU) froze the assets of Diosdado Cabello."
    ) == {("org:EU", "person:diosdado-cabello", "imposed")}
    assert keys(
        annotator,
        case,
        "The Office of Foreign Assets Control (OFAC) designated the Banco Central de Venezuela.",
    ) == {("country:USA", "org:BCV", "imposed")}


UKRAINE_SANCTIONS = [
    # a draft named after its imposer; a passive listing takes the recent imposer, or the
    # list's own owner
    (
        "The EU imposed sanctions on Sberbank. The draft would also cut VTB from the SWIFT"
        " messaging system. Patriarch Kirill would be added to the list of people facing asset"
        " freezes and travel bans.",
        {
            ("org:EU", "org:SBERBANK", "imposed"),
            ("org:EU", "org:VTB", "proposed"),
            ("org:EU", "person:patriarch-kirill", "proposed"),
        },
    ),
    # a body named by its noun alone: the state whose body (or leader) was named last
    (
        "President Joe Biden signed an order. The administration imposed sanctions on VEB.",
        {("country:USA", "org:VEB", "imposed")},
    ),
    (
        "The Russian foreign ministry issued a statement. On May 4, the ministry barred 63"
        " Japanese nationals from entering Russia, including Kishida.",
        {("country:RUS", "person:fumio-kishida", "imposed"), ("country:RUS", "people", "imposed")},
    ),
    # (not across a headline's colon, and "the Council" is no bloc's by itself)
    (
        "Venezuela: Council adds seven members of security forces to sanctions list\n\nThe"
        " Council today decided to add seven individuals to the list of persons subject to"
        " restrictive measures.",
        set(),
    ),
    # held-out probe O: "penalties of their own on", seizing assets, a companion after the
    # target, a spokesman's office, a person described before the name, being on a list
    (
        "Turkey and Israel have stopped short of imposing penalties of their own on Russia.",
        {("country:TUR", "country:RUS", "negated"), ("country:ISR", "country:RUS", "negated")},
    ),
    (
        "Russia warned it could seize the assets of Western companies.",
        {("country:RUS", "company", "threatened")},
    ),
    (
        "Australia and Japan have imposed sanctions on Moscow alongside the United States.",
        {("country:AUS", "country:RUS", "imposed"), ("country:JPN", "country:RUS", "imposed")},
    ),
    (
        'Hungarian government spokesman Zoltán Kovács said: "We will not impose sanctions on'
        ' Russia."',
        {("country:HUN", "country:RUS", "negated")},
    ),
    (
        "Italy sanctioned steel magnate Alexei Mordashov.",
        {("country:ITA", "person:alexei-mordashov", "imposed")},
    ),
    (
        "Aluminium billionaire Viktor Vekselberg lost his yacht. Vekselberg has been on US"
        " sanctions lists since 2018.",
        {("country:USA", "person:viktor-vekselberg", "existing")},
    ),
    ("Sechin is on the EU sanctions list.", {("org:EU", "person:igor-sechin", "existing")}),
    # the relative clause's imposer and the main clause's adopter both (the EU's measures in
    # force before the adoption: existing, since the eighteenth session)
    (
        "Switzerland has said it will adopt all of the sanctions the EU has imposed on Russia.",
        {("org:EU", "country:RUS", "existing"), ("country:CHE", "country:RUS", "proposed")},
    ),
    (
        "The EU cut Sovcombank and the lender Otkritie off from SWIFT.",
        {("org:EU", "org:SOVCOMBANK", "imposed"), ("org:EU", "org:OTKRITIE", "imposed")},
    ),
    # dropped from the list at someone's insistence: never imposed, by the recent imposer
    (
        "The EU on Friday adopted a ban on imports of Russian oil. The package also cuts"
        " Sberbank off from SWIFT. Patriarch Kirill, the head of the Russian Orthodox Church, was"
        " dropped from the sanctions list at Hungary's insistence.",
        {
            ("org:EU", "sector", "imposed"),
            ("org:EU", "org:SBERBANK", "imposed"),
            ("org:EU", "person:patriarch-kirill", "negated"),
        },
    ),
    # a measure supposed in an "if" clause is not reported
    ("If Germany backed an embargo on Russian gas, others would follow.", set()),
    # a target list ends at "if"; a future measure on a condition is a threat
    (
        "Washington said further sanctions against Moscow would follow if Russian forces moved"
        " deeper into Ukraine.",
        {("country:USA", "country:RUS", "threatened")},
    ),
    # failing to agree on a measure leaves it proposed
    (
        "EU ambassadors failed again on Wednesday to agree on a ban on Russian oil.",
        {("org:EU", "sector", "proposed")},
    ),
    ("The US imposed export controls on Russia.", {("country:USA", "country:RUS", "imposed")}),
    ("Border controls on Russia were tightened.", set()),
    (
        "Britain has hit Roman Abramovich with an asset freeze.",
        {("country:GBR", "person:roman-abramovich", "imposed")},
    ),
    (
        "US officials have ruled out penalising New Delhi.",
        {("country:USA", "country:IND", "negated")},
    ),
    (
        "The bloc has frozen about 300 billion euros of the Russian central bank's reserves.",
        {("org:EU", "org:CBR", "imposed")},
    ),
    # a speaker judging a measure is not its imposer; the measure's own words may name one
    ("Lavrov said the sanctions on Russian banks were illegal.", set()),
    ("Peskov said the decision to freeze Bank of Russia reserves amounted to theft.", set()),
    (
        "Zakharova said the EU's decision to sanction Patriarch Kirill was absurd.",
        {("org:EU", "person:patriarch-kirill", "imposed")},
    ),
    (
        "Biden said the US would impose sanctions on Sberbank.",
        {("country:USA", "org:SBERBANK", "proposed")},
    ),
    # room between SWIFT and its verb for a counted group with named members
    (
        "The EU excluded seven Russian banks, including VTB and Bank Rossiya, from SWIFT.",
        {
            ("org:EU", "org:VTB", "imposed"),
            ("org:EU", "org:BANK_ROSSIYA", "imposed"),
            ("org:EU", "company", "imposed"),
        },
    ),
    # what the sentence already targets imposes nothing in it (an unnamed imposer: "the
    # Treasury" is the US one in this case)
    (
        "The ministry sanctioned Alisher Usmanov, the metals tycoon, and froze the assets of"
        " Igor Sechin.",
        set(),
    ),
    # factbox lines: the label's names impose (a label of names may be in any case)
    (
        "Key measures:\n\nUNITED STATES - sanctioned Sberbank and VTB.\n\nBritain: froze the"
        " assets of Roman Abramovich.",
        {
            ("country:USA", "org:SBERBANK", "imposed"),
            ("country:USA", "org:VTB", "imposed"),
            ("country:GBR", "person:roman-abramovich", "imposed"),
        },
    ),
    # a company in a person's title is no target
    (
        "Washington froze the assets of Igor Sechin, the Rosneft chief executive.",
        {("country:USA", "person:igor-sechin", "imposed")},
    ),
    # a government body stands for its state
    (
        "Switzerland's Federal Council froze the assets of Vladimir Putin.",
        {("country:CHE", "person:vladimir-putin", "imposed")},
    ),
    # the relative pronoun is the measure's object; the relative clause's subject imposes
    (
        "Roman Abramovich, whose assets Britain froze on 10 March, moved his yachts.",
        {("country:GBR", "person:roman-abramovich", "imposed")},
    ),
    (
        "Alisher Usmanov, whom the EU added to its sanctions list, denied wrongdoing.",
        {("org:EU", "person:alisher-usmanov", "imposed")},
    ),
    # transactions cut off or restricted with named banks
    (
        "South Korea cut off transactions with Sberbank and VTB.",
        {("country:KOR", "org:SBERBANK", "imposed"), ("country:KOR", "org:VTB", "imposed")},
    ),
    (
        "Japan restricted transactions with the Central Bank of Russia.",
        {("country:JPN", "org:CBR", "imposed")},
    ),
    # a negation in the main clause is not the measure's, named by its own participle (and a
    # measure bypassed is in force: twentieth session)
    (
        "Israel will not help anyone bypass sanctions imposed on Russia by the United States.",
        {("country:USA", "country:RUS", "existing")},
    ),
    # a measure verb in a list of predicates under one modal shares its subject (announced
    # as decided: imposed)
    (
        "Fumio Kishida announced that Japan would suspend bond sales, freeze the assets of"
        " individuals linked to the two breakaway regions and deny them visas.",
        {("country:JPN", "people", "imposed")},
    ),
    # cut out of a financial system: a cut-off; its object imposes nothing in the next
    # predicate, which shares the sentence's subject
    (
        "On Feb. 24, the U.S. Treasury cut Sberbank out of the U.S. financial system and imposed"
        " blocking sanctions on VTB.",
        {("country:USA", "org:SBERBANK", "imposed"), ("country:USA", "org:VTB", "imposed")},
    ),
    (
        "On Feb. 24, the U.S. Treasury cut Sberbank, Russia's biggest lender, out of the U.S."
        " financial system and imposed blocking sanctions on VTB.",
        {("country:USA", "org:SBERBANK", "imposed"), ("country:USA", "org:VTB", "imposed")},
    ),
    ("The war cut many people out of work.", set()),
    # past "announced that", the subject is the reporter, not the passive's target; an
    # announced decision is the act (annotation.md: "announced sanctions on"; held-out probes
    # T and AF), no longer a proposal
    (
        "On Feb. 26 the EU, the United States and Britain announced that selected Russian banks"
        " would be removed from the SWIFT messaging system.",
        {
            ("org:EU", "company", "imposed"),
            ("country:USA", "company", "imposed"),
            ("country:GBR", "company", "imposed"),
        },
    ),
    # "the 27-nation bloc" is the EU; "Kremlin-backed" is a modifier of the targets, the
    # Kremlin itself no target (probes L and Q: RT and Sputnik are)
    (
        "On Feb. 23 the 27-nation bloc blacklisted the 351 members of the State Duma.",
        {("org:EU", "people", "imposed")},
    ),
    (
        "The EU banned the Kremlin-backed broadcasters RT and Sputnik.",
        {("org:EU", "org:RT", "imposed"), ("org:EU", "org:SPUTNIK", "imposed")},
    ),
    # the holders of the assets frozen, named in a relative clause without "that"
    (
        "On Feb. 25 EU foreign ministers froze any assets Putin and Lavrov hold in the bloc.",
        {
            ("org:EU", "person:vladimir-putin", "imposed"),
            ("org:EU", "person:sergei-lavrov", "imposed"),
        },
    ),
    # as many names as the group counts, after a comma, are its members
    (
        "Britain froze the assets of three billionaires close to the Kremlin, Gennady Timchenko,"
        " Boris Rotenberg and Igor Rotenberg.",
        {
            ("country:GBR", "people", "imposed"),
            ("country:GBR", "person:gennady-timchenko", "imposed"),
            ("country:GBR", "person:boris-rotenberg", "imposed"),
            ("country:GBR", "person:igor-rotenberg", "imposed"),
        },
    ),
    # pushing or lobbying for a measure proposes it
    ("Poland is pushing for an embargo on Russian oil.", {("country:POL", "sector", "proposed")}),
    # a yacht or a villa frozen is its owner's asset freeze
    (
        "Italy froze a yacht belonging to Gennady Timchenko.",
        {("country:ITA", "person:gennady-timchenko", "imposed")},
    ),
    (
        "France froze the Amore Vero, a yacht linked to Igor Sechin.",
        {("country:FRA", "person:igor-sechin", "imposed")},
    ),
    # "neither … nor …" negates the measure for both
    (
        "Neither India nor China has imposed sanctions on Russia.",
        {("country:IND", "country:RUS", "negated"), ("country:CHN", "country:RUS", "negated")},
    ),
    (
        "Neither the talks nor the pressure worked, but Japan imposed sanctions on Russia.",
        {("country:JPN", "country:RUS", "imposed")},
    ),
    # a passive SWIFT exclusion: the subject is cut off, the agent imposes
    ("VTB was excluded from SWIFT by the EU.", {("org:EU", "org:VTB", "imposed")}),
    (
        "The EU agreed to remove VTB from the SWIFT payments system.",
        {("org:EU", "org:VTB", "imposed")},  # agreed: the decision taken (as the sample's gold)
    ),
    ("Sberbank was cut off from SWIFT by the EU.", {("org:EU", "org:SBERBANK", "imposed")}),
    # the EU's own wording for its sanctions list
    (
        "The EU added 14 individuals to the list of persons subject to restrictive measures.",
        {("org:EU", "people", "imposed")},
    ),
    (
        "The EU removed two businessmen from the list of persons subject to restrictive measures.",
        {("org:EU", "people", "lifted")},
    ),
    # ninth session: whom a trade ban is with
    (
        "South Korea announced a ban on transactions with Sberbank and VTB.",
        {("country:KOR", "org:SBERBANK", "imposed"), ("country:KOR", "org:VTB", "imposed")},
    ),
    (
        "South Korea announced a ban on transactions with seven major Russian banks.",
        {("country:KOR", "company", "imposed")},
    ),
    (
        "The United States barred Americans from any transactions with the central bank of Russia.",
        {("country:USA", "org:CBR", "imposed")},
    ),
    (
        "The EU banned RT and Sputnik.",
        {("org:EU", "org:RT", "imposed"), ("org:EU", "org:SPUTNIK", "imposed")},
    ),
    # a measure as the subject of "covers", "targets": the imposer is the one named before
    (
        "South Korea announced sanctions on Russia. The finance ministry said the ban, which"
        " takes effect on Tuesday, covers Sberbank and VTB.",
        {
            ("country:KOR", "country:RUS", "imposed"),
            ("country:KOR", "org:SBERBANK", "imposed"),
            ("country:KOR", "org:VTB", "imposed"),
        },
    ),
    # "the package" after a sentence adopting one with no row of its own
    (
        "The EU adopted a fifth package on Friday. The package also bans Sberbank.",
        {("org:EU", "org:SBERBANK", "imposed")},
    ),
    # any text that decides, as subject, acts for the last imposer ("The decree", "The
    # regulation"); a bill decides nothing yet
    (
        "Washington imposed sanctions on VTB on Monday. The decree also bans dealings with"
        " Sberbank.",
        {("country:USA", "org:VTB", "imposed"), ("country:USA", "org:SBERBANK", "imposed")},
    ),
    # a date opening a timeline's line, with or without a comma
    (
        "- Feb. 25: Biden, at a meeting in Warsaw, announces sanctions on VTB.",
        {("country:USA", "org:VTB", "imposed")},
    ),
    (
        "On Feb. 25 Biden, at a meeting in Warsaw, announced sanctions on VTB.",
        {("country:USA", "org:VTB", "imposed")},
    ),
    # "the department" after a state's agency named alone
    (
        "The US Treasury acted on Friday. The department blacklisted Sberbank.",
        {("country:USA", "org:SBERBANK", "imposed")},
    ),
    # "and so has X", ", as did X": another imposer doing the same, not a target
    (
        "The United Arab Emirates has declined to impose sanctions on Russia, and so has Saudi"
        " Arabia, the world's largest oil exporter.",
        {("country:ARE", "country:RUS", "negated"), ("country:SAU", "country:RUS", "negated")},
    ),
    (
        "Japan imposed sanctions on Russia, as did South Korea.",
        {("country:JPN", "country:RUS", "imposed"), ("country:KOR", "country:RUS", "imposed")},
    ),
    # exempted from a measure: negated for them; a third party's exemption leaves the measure
    (
        "The EU exempted Sberbank and Gazprombank from the SWIFT ban.",
        {("org:EU", "org:SBERBANK", "negated"), ("org:EU", "org:GAZPROMBANK", "negated")},
    ),
    (
        # (thirty-first session: a measure someone is exempted from is in force, by the guide's
        # "already in force before the reported event"; the news is the licence)
        "Chevron can keep pumping oil after the U.S. Treasury on Thursday renewed the licence"
        " that exempts it from sanctions on Rosneft.",
        {("country:USA", "org:ROSNEFT", "existing")},
    ),
    # a ban applying to no one named: nothing
    ("The ban applies from Tuesday.", set()),
    (
        "Budapest has said it will not support sanctions that target Russian energy.",
        {("country:HUN", "sector", "negated")},
    ),
    # a compound modifier's second half is no verb ("state-backed"); an urging inside a
    # restrictive relative clause does not reach the next predicate (held-out probe T)
    (
        "Canada imposed sanctions on two state-backed banks, VEB and Promsvyazbank.",
        {
            ("country:CAN", "org:VEB", "imposed"),
            ("country:CAN", "org:PSB", "imposed"),
            ("country:CAN", "company", "imposed"),
        },
    ),
    (
        "Ottawa froze the assets of Sberbank. The same package sanctioned the members of the"
        " Duma who voted to ask Putin to recognise the two republics, imposed sanctions on two"
        " state-backed banks, VEB and Promsvyazbank, and banned new investment.",
        {
            ("country:CAN", "org:SBERBANK", "imposed"),
            ("country:CAN", "people", "imposed"),
            ("country:CAN", "org:VEB", "imposed"),
            ("country:CAN", "org:PSB", "imposed"),
            ("country:CAN", "company", "imposed"),
            ("country:CAN", "sector", "imposed"),
        },
    ),
    # a relative clause on the measure that restrains its object: the target (probe T)
    (
        "The United States and Britain have agreed to impose restrictive measures that prevent"
        " Russia's central bank from deploying its international reserves.",
        {("country:USA", "org:CBR", "imposed"), ("country:GBR", "org:CBR", "imposed")},
    ),
    (
        "The EU adopted sanctions that target Sberbank and VTB.",
        {("org:EU", "org:SBERBANK", "imposed"), ("org:EU", "org:VTB", "imposed")},
    ),
    ("The city adopted measures that prevent flooding.", set()),
    # a demand's subjunctive passive is no act of the last imposer (probe W)
    (
        "Canada has sanctioned Sberbank. Officials insisted that Patriarch Kirill be dropped"
        " from the list.",
        {("country:CAN", "org:SBERBANK", "imposed")},
    ),
    # a measure extended to a new target (probe W); extended in time, no target
    ("The EU extended the SWIFT ban to Sberbank.", {("org:EU", "org:SBERBANK", "imposed")}),
    (
        "On Wednesday, the United States extended the same restrictions to Belarus.",
        {("country:USA", "country:BLR", "imposed")},
    ),
    ("The EU extended the sanctions to the end of July.", set()),
    # an abbreviated honorific inside a target; "alongside" names companions (probe W)
    (
        "The United States froze the assets of Mr. Putin.",
        {("country:USA", "person:vladimir-putin", "imposed")},
    ),
    (
        "The United States, alongside the European Union, Britain and Canada, also froze the"
        " assets of Putin.",
        {
            ("country:USA", "person:vladimir-putin", "imposed"),
            ("org:EU", "person:vladimir-putin", "imposed"),
            ("country:GBR", "person:vladimir-putin", "imposed"),
            ("country:CAN", "person:vladimir-putin", "imposed"),
        },
    ),
    # "X joined A, B and C in doing": the joined act with the subject (held-out probe T)
    (
        "Germany joined the United States, Britain and France in agreeing to remove selected"
        " Russian banks from SWIFT.",
        {
            ("country:DEU", "company", "imposed"),
            ("country:USA", "company", "imposed"),
            ("country:GBR", "company", "imposed"),
            ("country:FRA", "company", "imposed"),
        },
    ),
    (
        "Poland joined NATO in 1999 and imposed sanctions on Russia.",
        {("country:POL", "country:RUS", "imposed")},
    ),
    # eleventh session, from held-out probes S and W: measures worded outside the nouns
    (
        "G7 countries agreed to cap the price of Russian oil at $60 a barrel.",
        {("org:G7", "sector", "imposed")},
    ),
    ("The government capped the price of bread.", set()),
    # held-out probe AI: "put a ceiling/cap on the price of"
    (
        "The G7 agreed to put a ceiling on the price of Russian oil.",
        {("org:G7", "sector", "imposed")},
    ),
    ("The city put a ceiling on the price of bread.", set()),
    (
        "Canada closed its airspace to Aeroflot on Sunday.",
        {("country:CAN", "org:AEROFLOT", "imposed")},
    ),
    ("Canada closed its airspace to all flights during the storm.", set()),
    # twenty-third session, blind set LB: a border closed to a people is an entry ban on them
    (
        "Estonia, Latvia, Lithuania and Poland closed their borders to Russian tourists on Monday.",
        {
            ("country:EST", "people", "imposed"),
            ("country:LVA", "people", "imposed"),
            ("country:LTU", "people", "imposed"),
            ("country:POL", "people", "imposed"),
        },
    ),
    (
        "Finland will close its border to Russian tourists, the government said on Friday.",
        {("country:FIN", "people", "proposed")},
    ),
    ("Poland closed its border crossing for repairs on Monday.", set()),
    ("The EU banned Russian aircraft from its airspace.", {("org:EU", "sector", "imposed")}),
    (
        "The UK prohibited the export of luxury goods to Russia.",
        {("country:GBR", "country:RUS", "imposed")},
    ),
    # held-out probes Y and Z: exports "to" a country are a measure on it; imports of its
    # goods a sector; "shut … out of SWIFT", "halt transactions with", kinship groups, and a
    # past-tense verb coordinated after a promise happened
    (
        "The Commerce Department has barred exports to Russia of most American chips.",
        {("country:USA", "country:RUS", "imposed")},
    ),
    ("The EU banned imports of Russian coal.", {("org:EU", "sector", "imposed")}),
    (
        "The European Union formally shut seven Russian banks out of the SWIFT system.",
        {("org:EU", "company", "imposed")},
    ),
    (
        "South Korea said on Tuesday it would halt transactions with the seven banks.",
        {("country:KOR", "company", "proposed")},
    ),
    (
        "The EU adopted its fifth package. It also blacklists President Vladimir Putin's two"
        " daughters.",
        {("org:EU", "people", "imposed")},
    ),
    (
        "Japan said it would join the move to cut Russian banks off from SWIFT and froze the"
        " assets of Mr Putin.",
        {
            ("country:JPN", "company", "proposed"),
            ("country:JPN", "person:vladimir-putin", "imposed"),
        },
    ),
    (
        "Japan said it would freeze the assets of Mr Putin and ban imports of Russian coal.",
        {
            ("country:JPN", "person:vladimir-putin", "proposed"),
            ("country:JPN", "sector", "proposed"),
        },
    ),
    (
        "Hungarian ministers have said they will not support sanctions that touch Russian gas.",
        {("country:HUN", "sector", "negated")},
    ),
    (
        "Truss said London was freezing the assets of Sberbank and Credit Bank of Moscow.",
        {
            ("country:GBR", "org:SBERBANK", "imposed"),
            ("country:GBR", "org:CREDIT_BANK_OF_MOSCOW", "imposed"),
        },
    ),
    ("The court prohibited the sale of the house.", set()),
    # held-out probe AF: an announced decision in a that-clause happened; "put … on its
    # blacklist"; "phase out imports of"
    (
        "On Friday Britain and Canada announced that four lenders would be cut off from the"
        " payment system.",
        {("country:GBR", "company", "imposed"), ("country:CAN", "company", "imposed")},
    ),
    ("The EU put the six deputies on its blacklist.", {("org:EU", "people", "imposed")}),
    (
        "Britain will phase out imports of Russian coal by the end of the year.",
        {("country:GBR", "sector", "proposed")},
    ),
    ("Norway will phase out coal heating in schools.", set()),
    # sovereign debt and bonds are the state's (held-out probe AF; the Ukraine sample)
    (
        "Canada barred its citizens from buying Russian sovereign debt.",
        {("country:CAN", "government", "imposed")},
    ),
    (
        "Japan banned trade in new Russian sovereign bonds.",
        {("country:JPN", "government", "imposed")},
    ),
    ("The EU banned trade in Russian steel.", {("org:EU", "sector", "imposed")}),
    # a demand is a proposal; not hesitating is a threat, not a refusal
    (
        "Poland said the EU should freeze the assets of Russian oligarchs.",
        {("org:EU", "people", "proposed")},
    ),
    (
        "Britain said it would not hesitate to sanction Russian banks.",
        {("country:GBR", "company", "threatened")},
    ),
    ("Britain said it would not sanction Russian banks.", {("country:GBR", "company", "negated")}),
    # named members after a list the groups are on (held-out BD)
    (
        "More than 1,000 individuals and 80 companies and organisations are on the EU's"
        " sanctions list, among them Vladimir Putin and oligarchs such as Roman Abramovich.",
        {
            ("org:EU", "people", "existing"),
            ("org:EU", "company", "existing"),
            ("org:EU", "person:vladimir-putin", "existing"),
            ("org:EU", "person:roman-abramovich", "existing"),
        },
    ),
    # a companion of the owner set off by commas shares the measure, a descriptor before it
    (
        "Putin himself, along with his henchman Sergei Lavrov, had his assets frozen by the US"
        " on Friday.",
        {
            ("country:USA", "person:vladimir-putin", "imposed"),
            ("country:USA", "person:sergei-lavrov", "imposed"),
        },
    ),
    (
        "Sberbank, along with VTB, was cut off from SWIFT by the EU on Tuesday.",
        {("org:EU", "org:SBERBANK", "imposed"), ("org:EU", "org:VTB", "imposed")},
    ),
    # ending a country's goods: a ban ("phase out Russian coal", "stop importing Russian oil")
    (
        "Japan has frozen the assets of Putin and said it will phase out Russian coal.",
        {
            ("country:JPN", "person:vladimir-putin", "imposed"),
            ("country:JPN", "sector", "proposed"),
        },
    ),
    (
        "Britain says it will stop importing Russian coal and oil by the end of the year.",
        {("country:GBR", "sector", "proposed")},
    ),
    ("The refinery stopped buying Russian crude after the sanctions.", set()),
    ("Traders kept buying Russian oil.", set()),
    # "X will join Y in V-ing": X acts (as planned), whatever Y is (held-out BG)
    (
        "Prime Minister Fumio Kishida has said Tokyo will join the United States and Europe in"
        " cutting selected Russian banks off from the SWIFT messaging system.",
        {("country:JPN", "company", "proposed")},
    ),
    # a participle after an intransitive "followed" / "acted" spells out the subject's act
    (
        "Mr Abramovich had his assets frozen by Britain on 10 March, and the European Union"
        " followed five days later, blacklisting him along with other businessmen.",
        {
            ("country:GBR", "person:roman-abramovich", "imposed"),
            ("org:EU", "person:roman-abramovich", "imposed"),
            ("org:EU", "people", "imposed"),
        },
    ),
    (
        "Canada acted on Friday, freezing the assets of Sberbank.",
        {("country:CAN", "org:SBERBANK", "imposed")},
    ),
    # held-out BJ: "the central bank" in this case is Russia's (case alias)
    (
        "The United States barred its banks from dealing with the central bank.",
        {("country:USA", "org:CBR", "imposed")},
    ),
    # a status adjective between the owner and the measure
    (
        "In Brussels the EU's proposed embargo on Russian oil remains stuck.",
        {("org:EU", "sector", "proposed")},
    ),
    # a listed predicate under a pronoun subject's auxiliary; a third one after "and"
    (
        "The EU is weighing more steps. It has already frozen the reserves of Russia's central"
        " bank and cut seven Russian banks off from the SWIFT messaging system.",
        {("org:EU", "org:CBR", "existing"), ("org:EU", "company", "existing")},
    ),
    (
        "The EU has already frozen the assets of Russia's central bank, banned Russian coal"
        " from August and removed seven Russian banks from SWIFT.",
        {
            ("org:EU", "org:CBR", "existing"),
            ("org:EU", "sector", "existing"),
            ("org:EU", "company", "existing"),
        },
    ),
    # "by V-ing": the means of the subject's own act; titles with "of" in a target list
    (
        "Russia hit back by barring President Joe Biden, Secretary of State Antony Blinken and"
        " Defence Secretary Lloyd Austin from entering the country.",
        {
            ("country:RUS", "person:joe-biden", "imposed"),
            ("country:RUS", "person:antony-blinken", "imposed"),
            ("country:RUS", "person:lloyd-austin", "imposed"),
        },
    ),
    (
        "Russia responded by freezing the assets of Sberbank.",
        {("country:RUS", "org:SBERBANK", "imposed")},
    ),
    # Russia's "stop list" bars entry; a list of favoured partners is no measure's
    (
        "Hours later Moscow put 313 Canadians, among them Prime Minister Justin Trudeau, on a"
        " similar stop list.",
        {("country:RUS", "person:justin-trudeau", "imposed"), ("country:RUS", "people", "imposed")},
    ),
    (
        "Britain imposed sanctions on Sberbank. It also removed Russia and Belarus from its"
        " list of most-favoured trading partners.",
        {("country:GBR", "org:SBERBANK", "imposed")},
    ),
    # "Among the N people added to the list was X"
    (
        "Among the 15 people added to the EU's asset-freeze list was Roman Abramovich, the owner"
        " of Chelsea Football Club.",
        {("org:EU", "person:roman-abramovich", "imposed"), ("org:EU", "people", "imposed")},
    ),
    # "rolled out fresh measures against"; a body's possessive list (held-out BJ)
    (
        "The EU and Britain rolled out fresh measures against Moscow on Tuesday.",
        {("org:EU", "country:RUS", "imposed"), ("country:GBR", "country:RUS", "imposed")},
    ),
    ("The team rolled out new measures against doping.", set()),
    (
        "The EU added nearly 200 people to the bloc's blacklist.",
        {("org:EU", "people", "imposed")},
    ),
    # "called (in a resolution) for an embargo": asked for (held-out BJ)
    (
        "On Thursday the European Parliament called in a non-binding resolution for an"
        " immediate and full embargo on Russian oil.",
        {("org:EU", "sector", "proposed")},
    ),
    (
        "The EU imposed sanctions on VTB, a bank called for its links to the Kremlin.",
        {("org:EU", "org:VTB", "imposed")},
    ),
    # a proposal noun governs the measure: proposed, or negated once dropped (held-out BD)
    (
        "A proposal to put Patriarch Kirill on the EU's blacklist was dropped at Hungary's"
        " insistence.",
        {("org:EU", "person:patriarch-kirill", "negated")},
    ),
    (
        "A proposal to put Patriarch Kirill on the EU's blacklist is under discussion.",
        {("org:EU", "person:patriarch-kirill", "proposed")},
    ),
    # a story of one state's measures: its agentless passives are its own, however far back
    # it was named (held-out BN); with two imposers the last one within three sentences
    (
        "Washington sanctioned Sberbank on Thursday. Officials briefed reporters on the new"
        " measures. The list was long. Analysts were surprised by the scope of the measures."
        " Markets fell. Putin and Lavrov were designated the following day.",
        {
            ("country:USA", "org:SBERBANK", "imposed"),
            ("country:USA", "person:vladimir-putin", "imposed"),
            ("country:USA", "person:sergei-lavrov", "imposed"),
        },
    ),
    (
        "Washington sanctioned Sberbank on Thursday. Britain froze the assets of VTB. The"
        " list was long. Analysts were surprised. Markets fell. Officials met. Putin was"
        " designated the following day.",
        {("country:USA", "org:SBERBANK", "imposed"), ("country:GBR", "org:VTB", "imposed")},
    ),
    # "Both" after a pair and an agent of "announced by": the pair; "are also sanctioned":
    # a standing fact (held-out BN)
    (
        "Vladimir Putin and his foreign minister, Sergei Lavrov. Asset freezes announced by"
        " Boris Johnson on 25 February. Both are also sanctioned by the US.",
        {
            ("country:USA", "person:vladimir-putin", "existing"),
            ("country:USA", "person:sergei-lavrov", "existing"),
        },
    ),
    # entry bans in other words: refusing entry, stopping from entering, no more visas
    (
        "From midnight, Estonia and Poland are refusing entry to Russian citizens with"
        " Schengen visas.",
        {("country:EST", "people", "imposed"), ("country:POL", "people", "imposed")},
    ),
    (
        "Finland stopped Russian tourists from entering the country on Friday.",
        {("country:FIN", "people", "imposed")},
    ),
    (
        "Latvia stopped issuing visas to Russian citizens in August.",
        {("country:LVA", "people", "imposed")},
    ),
    ("The bouncer refused entry to the drunk men.", set()),
    ("Rain stopped the fans from entering the stadium.", set()),
    # barring one's own companies from shipping a good: the good is the target (held-out BM)
    (
        "The EU barred European companies from shipping Russian crude to third countries.",
        {("org:EU", "sector", "imposed")},
    ),
    # review of the fifteenth session: a proposal's own predicate decides its fate
    (
        "A proposal to put Patriarch Kirill on the EU's blacklist won wide support, even though"
        " a separate oil embargo was blocked by Hungary.",
        {("org:EU", "person:patriarch-kirill", "proposed")},
    ),
    (
        "An attempt to put Patriarch Kirill on the EU's blacklist failed.",
        {("org:EU", "person:patriarch-kirill", "negated")},
    ),
    (
        "The EU's mooted embargo on Russian gas was shelved after German objections.",
        {("org:EU", "sector", "negated")},
    ),
    (
        "The EU's proposed embargo on Russian oil was approved on Monday.",
        {("org:EU", "sector", "imposed")},
    ),
    # the place or body inside a title is no target; "Chief of the General Staff"
    (
        "The US sanctioned the President of Belarus Alexander Lukashenko.",
        {("country:USA", "person:alexander-lukashenko", "imposed")},
    ),
    (
        "The EU sanctioned Defence Minister Sergei Shoigu and Chief of the General Staff Valery"
        " Gerasimov.",
        {
            ("org:EU", "person:sergei-shoigu", "imposed"),
            ("org:EU", "person:valery-gerasimov", "imposed"),
        },
    ),
    # "the central bank" is another state's where the article says so
    (
        "Russian hackers targeted Ukraine's central bank, and Moscow froze the accounts of the"
        " central bank of Ukraine held in Russia.",
        {("country:RUS", "company", "imposed")},
    ),
    # ", and" a titled name with a verb after it opens the next clause: no target
    (
        "Japan moved on Tuesday to freeze the assets of Russia's central bank as well, and"
        " Prime Minister Fumio Kishida has said more steps would follow.",
        {("country:JPN", "org:CBR", "imposed")},
    ),
    ("The EU adopted new Russia sanctions on Friday.", {("org:EU", "country:RUS", "imposed")}),
    # a real RFA report read by eye: "it would join X in imposing" is the pronoun's act
    (
        "Taiwan on Friday said it would join the U.S. and its allies in imposing sanctions on"
        " Russia.",
        {("country:TWN", "country:RUS", "proposed")},
    ),
    # a real AFP report read by eye: restricting a people's entry is a travel ban on them
    (
        "Poland said on Thursday it would temporarily restrict entry to Russian citizens"
        " holding EU visas.",
        {("country:POL", "people", "proposed")},
    ),
    ("Estonia has restricted entry for Russian tourists.", {("country:EST", "people", "imposed")}),
    # a relative clause spelling out an adopted measure: its "will" is the measure's effect
    (
        "Japanese Prime Minister Fumio Kishida approved sanctions that will freeze the assets of"
        " 18 Russian individuals and four banks.",
        {("country:JPN", "people", "imposed"), ("country:JPN", "company", "imposed")},
    ),
    (
        "The European Union on Monday agreed to a sixth package of sanctions against Russia that"
        " will include a near-total ban on Russian oil imports.",
        {("org:EU", "country:RUS", "imposed"), ("org:EU", "sector", "imposed")},
    ),
    (
        "The EU is discussing sanctions that would ban Russian oil imports.",
        {("org:EU", "sector", "proposed")},
    ),
    # twenty-third session, real reports read by eye: the kin "of" a named person are the
    # targets, not the person; "the federal government" after a contested leader named in
    # passing is the state imposing the article's measures
    (
        "Japan on Tuesday froze the assets of 398 people, including the daughters of Russian"
        " President Vladimir Putin and the wife of Foreign Minister Sergei Lavrov.",
        {("country:JPN", "people", "imposed")},
    ),
    (
        "Canada sanctioned 23 Russians on Monday.\n\nCanada has committed $3.4 billion to"
        " hold Russian President Vladimir Putin accountable for his invasion.\n\nMeanwhile,"
        " the federal government is sanctioning 23 members of the Russian security sector.",
        {("country:CAN", "people", "imposed")},
    ),
    # twenty-third session, a real wire report read by eye (not stored in the project): a
    # passive "hit with" past a time phrase, and a measure coordinated after another
    (
        "Roman Abramovich was on Thursday hit with a UK assets freeze and travel ban.",
        {("country:GBR", "person:roman-abramovich", "imposed")},
    ),
    (
        "Roman Abramovich was hit with a UK travel ban and asset freeze.",
        {("country:GBR", "person:roman-abramovich", "imposed")},
    ),
    # a reduced relative ("oligarchs slapped with restrictions") continues the last imposer,
    # with the group's named members; "Others sanctioned were A and B" lists more targets
    (
        "Britain froze the assets of Roman Abramovich. He was one of seven oligarchs slapped"
        " with restrictions, including his former business partner Oleg Deripaska.",
        {
            ("country:GBR", "person:roman-abramovich", "imposed"),
            ("country:GBR", "person:oleg-deripaska", "imposed"),
            ("country:GBR", "people", "imposed"),
        },
    ),
    ("The town's roads were slapped with new restrictions on parking.", set()),
    (
        "Britain froze the assets of Roman Abramovich. Others sanctioned were Rosneft chief"
        " executive Igor Sechin and the head of Gazprom Alexei Miller.",
        {
            ("country:GBR", "person:roman-abramovich", "imposed"),
            ("country:GBR", "person:igor-sechin", "imposed"),
            ("country:GBR", "person:alexei-miller", "imposed"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), UKRAINE_SANCTIONS)
def test_ukraine_sanctions(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text) == expected


@lru_cache(maxsize=1)
def _ukraine_annotator() -> Annotator:
    return Annotator(load_case("russia-ukraine-2022"))


def _ukraine_keys(text: str, published: str | None = None) -> set[tuple]:
    """keys() of a text read with the second case's file."""
    return keys(_ukraine_annotator(), load_case("russia-ukraine-2022"), text, published)


def test_blocking_sanctions_are_a_measure_unless_someone_is_blocking_them():
    ukraine = load_case("russia-ukraine-2022")
    annotator = Annotator(ukraine)
    announced = (
        "Washington announced full blocking sanctions on two banks and cut Russia's government "
        "off from Western financing."
    )
    assert keys(annotator, ukraine, announced) == {
        ("country:USA", "company", "imposed"),
        ("country:USA", "government", "imposed"),
    }
    blocking = "Hungary is blocking sanctions on Russian oil."
    assert keys(annotator, ukraine, blocking) == {("country:HUN", "sector", "negated")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eleventh session, from held-out probes Y and Z: a present perfect with its starting
        # point is in force; the bare adverb or the news day is not
        (
            "The Treasury has blacklisted PDVSA since January.",
            {("country:USA", "org:PDVSA", "existing")},
        ),
        (
            "The Treasury has sanctioned PDVSA since Monday.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        # a day-precise starting point is the news's own span (held-out probe AF regression)
        (
            "The US and the EU have imposed sanctions on PDVSA in several rounds since 22"
            " February.",
            {("country:USA", "org:PDVSA", "imposed"), ("org:EU", "org:PDVSA", "imposed")},
        ),
        ("The Treasury has since sanctioned PDVSA.", {("country:USA", "org:PDVSA", "imposed")}),
        (
            "The US has imposed sanctions on PDVSA, its toughest since 2014.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        # months or years ago, also in the clause a relative hangs on
        (
            "That threat rests on the order Trump signed last August, which froze all property"
            " of the Venezuelan government in the United States.",
            {("country:USA", "government", "existing")},
        ),
        ("The Treasury sanctioned PDVSA last week.", {("country:USA", "org:PDVSA", "imposed")}),
        # held-out probes AB and AD: "Earlier this month," and "that September" are background
        (
            "Earlier this month, the Treasury blacklisted PDVSA.",
            {("country:USA", "org:PDVSA", "existing")},
        ),
        (
            "Canada froze the assets of 40 Maduro officials that September.",
            {("country:CAN", "people", "existing")},
        ),
        ("On Monday, the Treasury blacklisted PDVSA.", {("country:USA", "org:PDVSA", "imposed")}),
        # held-out probe AC: a list's owner as a possessor; a refusal in a second predicate
        (
            "Diosdado Cabello is on the European Union's sanctions list.",
            {("org:EU", "person:diosdado-cabello", "existing")},
        ),
        (
            "Ankara has condemned the coup but refuses to impose sanctions on PDVSA.",
            {("country:TUR", "org:PDVSA", "negated")},
        ),
        # a blocking verb with its own object is no veto of the next predicate's measure
        (
            "The Treasury blocked 34 vessels owned by PDVSA and sanctioned two shipping firms.",
            {("country:USA", "company", "imposed")},
        ),
        ("Italy blocked new sanctions on PDVSA.", {("country:ITA", "org:PDVSA", "negated")}),
    ],
)
def test_status_of_background_acts(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU added 11 officials to its sanctions list on Monday. Those sanctioned include"
            " Luis Parra, the lawmaker who claimed the presidency, and others.",
            {("org:EU", "people", "imposed"), ("org:EU", "person:luis-parra", "imposed")},
        ),
        (
            "The EU sanctioned seven officials in January 2018. Eleven more, including Delcy"
            " Rodríguez, were added in June 2018.",
            {("org:EU", "people", "imposed"), ("org:EU", "person:delcy-rodriguez", "imposed")},
        ),
        (
            "The EU sanctioned seven officials in January 2018. Eleven more, including Delcy"
            " Rodríguez, were added to the agenda in June 2018.",
            {("org:EU", "people", "imposed")},
        ),
        (
            "The EU first listed seven officials, among them Diosdado Cabello.",
            {("org:EU", "people", "imposed"), ("org:EU", "person:diosdado-cabello", "imposed")},
        ),
        ("Rosneft is listed in Moscow and London.", set()),
        # "blocked" with a state as subject and a party as object is the Treasury's measure
        (
            "In June Washington blocked the state mining company.",
            {("country:USA", "company", "imposed")},
        ),
        ("Protesters blocked the road to the port.", set()),
        ("Hungary blocked the proposal.", set()),
        ("The company listed its shares in London.", set()),
        (
            "The Treasury blacklisted Rosneft Trading SA, the Geneva-based trading arm of"
            " Russia's oil giant, along with its chairman and president, Didier Casimiro.",
            {
                ("country:USA", "org:ROSNEFT_TRADING", "imposed"),
                ("country:USA", "person:didier-casimiro", "imposed"),
            },
        ),
    ],
)
def test_more_targets_and_list_verbs(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probe AD: "…, Maduro among them"; members after "its list"; "Those listed
        # include"; the issuer of what may not be bought is the target, not the buyers
        (
            "Washington has also sanctioned dozens of Venezuelan officials, Maduro among them.",
            {
                ("country:USA", "people", "imposed"),
                ("country:USA", "person:nicolas-maduro", "imposed"),
            },
        ),
        (
            "The EU adds 11 officials to its list, including Vice-President Delcy Rodríguez,"
            " bringing the number under its sanctions to 18.",
            {("org:EU", "people", "imposed"), ("org:EU", "person:delcy-rodriguez", "imposed")},
        ),
        (
            "The EU sanctioned seven officials on Monday. Those listed include Interior Minister"
            " Néstor Reverol.",
            {("org:EU", "people", "imposed"), ("org:EU", "person:nestor-reverol", "imposed")},
        ),
        (
            "Trump signed an executive order barring Americans from buying Venezuelan government"
            " debt.",
            {("country:USA", "government", "imposed")},
        ),
        (
            "The US barred its banks from buying new bonds issued by PDVSA.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        (
            "The US barred three judges from entering the country.",
            {("country:USA", "people", "imposed")},
        ),
    ],
)
def test_members_and_issuers(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probe AC: "it" continues a subject, not a name in a place or complement
        # phrase; a subject that is one stays one
        (
            "The US sanctioned three banks a day after the vote in eastern Venezuela. On Friday"
            " it froze the assets of Diosdado Cabello.",
            {
                ("country:USA", "company", "imposed"),
                ("country:USA", "person:diosdado-cabello", "imposed"),
            },
        ),
        (
            "Canada's government met in Ottawa. It rarely moves without the United States. On"
            " Monday it froze the assets of Diosdado Cabello.",
            {("country:CAN", "person:diosdado-cabello", "imposed")},
        ),
        (
            "The EU met at Spain's request. On Monday it froze the assets of Diosdado Cabello.",
            {("org:EU", "person:diosdado-cabello", "imposed")},
        ),
        # held-out probe AB: "it" opening a coordinated clause is the sentence's subject
        (
            "In January Washington blocked PDVSA, cutting its income, and in March it went on"
            " to sanction Minerven.",
            {("country:USA", "org:MINERVEN", "imposed"), ("country:USA", "org:PDVSA", "imposed")},
        ),
    ],
)
def test_it_is_no_name_in_a_phrase(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probe AC: seized and impounded yachts and villas are asset freezes on
        # their owner; the state's police or customs impose them
        (
            "Spanish police impounded Viktor Vekselberg's yacht in Palma.",
            {("country:ESP", "person:viktor-vekselberg", "imposed")},
        ),
        (
            "Dutch customs seized a yacht belonging to Alexei Mordashov.",
            {("country:NLD", "person:alexei-mordashov", "imposed")},
        ),
        # the people layer and the extractor share FROZEN_THINGS: a mansion's owner is named
        # as a person (not listed in the case file) and targeted
        (
            "Britain seized a mansion owned by Pavel Ignatov in London.",
            {("country:GBR", "person:pavel-ignatov", "imposed")},
        ),
        ("Russian forces seized the Zaporizhzhia nuclear plant, which belongs to Ukraine.", set()),
        ("Police seized Maria Lopez, a local trader, at the border.", set()),
    ],
)
def test_seized_assets(annotator, text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probe AI: states before an intransitive "followed" take the measure
        (
            "The EU froze Usmanov's assets on February 28, and the US and Britain followed in"
            " March.",
            {
                ("org:EU", "person:alisher-usmanov", "imposed"),
                ("country:USA", "person:alisher-usmanov", "imposed"),
                ("country:GBR", "person:alisher-usmanov", "imposed"),
            },
        ),
        (
            "The EU froze the assets of Sberbank and Japan followed suit.",
            {("org:EU", "org:SBERBANK", "imposed"), ("country:JPN", "org:SBERBANK", "imposed")},
        ),
        (
            "Norway froze Sberbank's assets in May, and protests followed in June.",
            {("country:NOR", "org:SBERBANK", "imposed")},
        ),
    ],
)
def test_followers_take_the_measure(annotator, text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probe AJ: a blacklist a party is on; "personal" sanctions; "sanctions" as a
        # verb between a state and a company; "Swiss-based" is no group of Swiss
        (
            "Maduro has been on the Treasury's blacklist since 2017.",
            {("country:USA", "person:nicolas-maduro", "existing")},
        ),
        (
            "Cabello is under personal U.S. sanctions.",
            {("country:USA", "person:diosdado-cabello", "existing")},
        ),
        (
            "The U.S. sanctions Rosneft Trading, the Swiss-based unit.",
            {("country:USA", "org:ROSNEFT_TRADING", "imposed")},
        ),
        ("U.S. sanctions PDVSA officials fear are unfair.", set()),
        # a state or bloc adding to or dropping from "its list" needs no measure named before
        ("The EU adds 11 officials to its list.", {("org:EU", "people", "imposed")}),
        (
            "The EU removed Diosdado Cabello from the list.",
            {("org:EU", "person:diosdado-cabello", "lifted")},
        ),
        ("Rosneft added two tankers to its list of charters.", set()),
    ],
)
def test_lists_and_sanctions_as_a_verb(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_venezuelas_state_oil_company_is_pdvsa(annotator, case):
    """A case alias (held-out probe AE): the description names the company."""
    text = "The US Treasury blacklisted Venezuela's state oil company on Monday."
    assert keys(annotator, case, text) == {("country:USA", "org:PDVSA", "imposed")}


def test_a_factbox_heading_imposes_the_bullets_under_it():
    """Held-out probes AF and AG: a state named alone above a block of bullets imposes the
    measures of bullets that name no imposer; prose after the block ends it."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "Britain on Thursday froze the assets of seven oligarchs.\n\nUNITED STATES\n\n"
        "* Feb. 22: Full blocking sanctions on VEB.\n\n* Feb. 24: VTB placed under full blocking"
        " sanctions.\n\nEUROPEAN UNION\n\n* March 2: Seven banks removed from SWIFT.\n\n"
        "Officials said more would come.\n\n* Sanctions on Sberbank are next."
    )
    found = keys(_ukraine_annotator(), ukraine, text)
    assert ("country:USA", "org:VEB", "imposed") in found
    assert ("country:USA", "org:VTB", "imposed") in found  # "placed under" is the act
    assert ("org:EU", "company", "imposed") in found
    assert not any(imposer == "country:GBR" and target == "org:VEB" for imposer, target, _ in found)
    assert not any(imposer == "org:EU" and target == "org:SBERBANK" for imposer, target, _ in found)


def test_the_council_and_the_entity_list(annotator, case):
    """EU press copy's "the Council" acts for the bloc named before; the US Commerce
    Department's Entity List is an export-control list."""
    council = (
        "EU foreign ministers met on Monday. The Council froze the assets of Diosdado Cabello."
    )
    assert keys(annotator, case, council) == {("org:EU", "person:diosdado-cabello", "imposed")}
    entity_list = "The Commerce Department added PDVSA to its Entity List."
    assert [
        (r["imposer_id"], r["target_id"], r["measure"]) for r in rows(annotator, case, entity_list)
    ] == [("country:USA", "org:PDVSA", "export controls")]
    guest_list = "The embassy added Diosdado Cabello to its guest list."
    assert rows(annotator, case, guest_list) == []


def test_the_cue_word_prefilter_drops_no_cue(annotator):
    """``_cues`` asks ``_cue_at`` only at words of ``_cue_words()``: no other word may give a
    cue, in any sentence of this file's cases and of both sample corpora."""
    from pathlib import Path

    from tidynews import read_corpus
    from tidynews.extractors.clauses import SentenceView
    from tidynews.extractors.sanctions.cues import _cue_at, _cue_words

    data = Path(__file__).resolve().parents[1] / "data"
    samples = [read_corpus(data / name).text for name in ("sample", "sample_ukraine_2022")]
    for text in [text for text, _ in CASES] + [t for texts in samples for t in texts]:
        article = annotator.annotate("0123456789ab", text)
        for sentence in article.sentences:
            start, end = article.token_range(sentence.id)
            mentions = tuple(article.mentions_in(sentence.id))
            view = SentenceView(article, sentence.id, start, end, mentions)
            for index in range(start, end):
                if _cue_at(view, index) is not None:
                    assert view.lower(index) in _cue_words(), (text, view.lower(index))


IMPOSED_ON_RUSSIA = "The EU and the US imposed sweeping sanctions on Russia on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refusal naming no target refuses the sanctions on the country just targeted
        (
            IMPOSED_ON_RUSSIA + "Brazil has not imposed sanctions either.",
            {("country:BRA", "country:RUS", "negated")},
        ),
        (
            IMPOSED_ON_RUSSIA + "Turkey, a NATO member, has refused to join Western sanctions.",
            {("country:TUR", "country:RUS", "negated")},
        ),
        # another's sanctions rejected, an act with no target, or sanctions too far back on
        # a country other than the case's home (on the home country, named anywhere before,
        # the refusal is of the sanctions on it: see test_refusals_without_target_…)
        (IMPOSED_ON_RUSSIA + "Moscow rejected the Canadian sanctions as illegal.", set()),
        (IMPOSED_ON_RUSSIA + "Japan imposed sanctions too.", set()),
        ("Brazil has not imposed sanctions either.", set()),
        (
            "The EU imposed sanctions on Belarus. " + "It rained. " * 9 + "Brazil has not "
            "imposed sanctions.",
            set(),
        ),
        (
            IMPOSED_ON_RUSSIA + "It rained. " * 9 + "Brazil has not imposed sanctions.",
            {("country:BRA", "country:RUS", "negated")},
        ),
    ],
)
def test_a_refusal_without_a_target_refuses_the_sanctions_just_reported(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    found = keys(_ukraine_annotator(), ukraine, text)
    assert {key for key in found if key[0] not in {"org:EU", "country:USA"}} == expected


def test_members_listed_before_among_them_are_targets():
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "Ottawa froze the assets of five bankers, Ivan Petrov, Anna Orlova and Oleg Sidorov "
        "among them."
    )
    assert keys(_ukraine_annotator(), ukraine, text) == {
        ("country:CAN", "person:ivan-petrov", "imposed"),
        ("country:CAN", "person:anna-orlova", "imposed"),
        ("country:CAN", "person:oleg-sidorov", "imposed"),
        ("country:CAN", "people", "imposed"),
    }
    # no measure before the list: nobody is a target, nor a person by this rule
    control = "Four bankers, Ivan Petrov and Oleg Sidorov among them, attended the forum."
    assert keys(_ukraine_annotator(), ukraine, control) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a promise or a schedule proposes
        (
            "Pence spoke in Bogotá. He pledged aid and promised further sanctions on the regime.",
            {("country:USA", "government", "proposed")},
        ),
        (
            "Pence is due to announce further sanctions against Maduro's government.",
            {("country:USA", "government", "proposed")},
        ),
        # "due to" as a cause proposes nothing
        (
            "The US imposed sanctions on PDVSA on Monday due to its role in the crisis.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        # "sanctions" the verb, before a company's description and name
        (
            "The Treasury sanctions the state development bank BANDES and four of its "
            "subsidiaries.",
            {("country:USA", "org:BANDES", "imposed"), ("country:USA", "company", "imposed")},
        ),
    ],
)
def test_promises_schedules_and_the_verb_before_a_description(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" before a date opens no clause: the second predicate keeps the subject
        (
            "The EU has had an arms embargo since November 2017 and has frozen the assets of "
            "18 officials.",
            {("org:EU", "people", "imposed")},
        ),
        # the second of two held measures is held too
        (
            "The European Union, which has an arms embargo on Venezuela and travel bans on 18 "
            "officials, stopped short of recognising Guaidó.",
            {("org:EU", "country:VEN", "existing"), ("org:EU", "people", "existing")},
        ),
        (
            "The EU has an arms embargo on Venezuela and imposed travel bans on 18 officials.",
            {("org:EU", "country:VEN", "existing"), ("org:EU", "people", "imposed")},
        ),
    ],
)
def test_a_second_predicate_or_measure_after_a_held_one(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury designated the Central Bank of Venezuela and one of its directors, "
            "Iliana Ruzza Terán.",
            {
                ("country:USA", "org:BCV", "imposed"),
                ("country:USA", "person:iliana-josefa-ruzza-teran", "imposed"),
            },
        ),
        (
            "The United States has sanctioned PDVSA since January and dozens of Venezuelan "
            "officials since 2015.",
            {("country:USA", "org:PDVSA", "existing"), ("country:USA", "people", "existing")},
        ),
        # a date then another predicate: no more targets
        (
            "The US sanctioned PDVSA in January and froze the assets of Mr Cabello.",
            {
                ("country:USA", "org:PDVSA", "imposed"),
                ("country:USA", "person:diosdado-cabello", "imposed"),
            },
        ),
    ],
)
def test_a_target_list_goes_on_past_an_apposition_or_a_date(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the summit on Friday, ministers discussed aid. Tokyo froze the central bank's "
            "accounts a month ago.",
            {("country:JPN", "org:BCV", "existing")},
        ),
        (
            "Tokyo froze the central bank's accounts on Friday, ministers said at the summit.",
            {("country:JPN", "org:BCV", "imposed")},
        ),
    ],
)
def test_an_act_dated_weeks_or_a_month_ago_is_existing(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brussels has not imposed sanctions on the Venezuelan state itself.",
            {("org:EU", "government", "negated")},
        ),
        (
            "The EU imposed sanctions on a Venezuelan state company.",
            {("org:EU", "company", "imposed")},
        ),
    ],
)
def test_the_state_itself_is_the_government(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland closed its skies to Russian airlines on Sunday.",
            {("country:POL", "company", "imposed")},
        ),
        (
            "The EU would also close its ports to Russian-flagged ships, officials said.",
            {("org:EU", "company", "proposed")},
        ),
        ("Denmark closed its ports for two days because of a storm.", set()),
    ],
)
def test_skies_and_ports_closed_to_a_country(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after the noun it describes, with its agent: under the measure already
        (
            "Gustavo González López was one of seven officials sanctioned by the Obama "
            "administration.",
            {("country:USA", "people", "existing")},
        ),
        # no agent: no reduced relative of this kind
        ("Seven officials sanctioned last year met in Caracas.", set()),
    ],
)
def test_a_reduced_relative_with_its_agent(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The EU banned seven Russian banks from SWIFT on Monday. Among them is VTB.",
            {("org:EU", "company", "imposed"), ("org:EU", "org:VTB", "imposed")},
        ),
        # a next sentence with no member marker names no target
        (
            "The EU banned seven Russian banks from SWIFT on Monday. VTB shares fell.",
            {("org:EU", "company", "imposed")},
        ),
    ],
)
def test_members_named_in_the_next_sentence(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text) == expected


def test_a_partitive_group_is_a_group_target():
    ukraine = load_case("russia-ukraine-2022")
    text = "Washington had already sanctioned several of the men."
    assert keys(_ukraine_annotator(), ukraine, text) == {("country:USA", "people", "existing")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Cabello was added to the EU's asset-freeze list in June.",
            {("org:EU", "person:diosdado-cabello", "imposed")},
        ),
        (
            "The EU added Mr Cabello to its asset-freeze list in June.",
            {("org:EU", "person:diosdado-cabello", "imposed")},
        ),
        ("Mr Cabello has been on the Forbes rich list since 2019.", set()),
    ],
)
def test_a_list_named_by_its_measure(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        # dated before the publication: in force before the news, even with no year in the text
        ("The US sanctioned PDVSA in December 2018.", "2019-01-30", "existing"),
        ("The US sanctioned PDVSA in 2017.", "2019-01-30", "existing"),
        # the publication's own month is the news; no date known, no judgement
        ("The US sanctioned PDVSA in January 2019.", "2019-01-30", "imposed"),
        ("The US sanctioned PDVSA in December 2018.", None, "imposed"),
    ],
)
def test_the_publication_date_dates_the_news(annotator, case, text, published, status):
    article = annotator.annotate("0123456789ab", text, published)
    assert {row["status"] for row in extract_sanctions(article, case)} == {status}


def test_article_inputs_carry_the_publication_date():
    import pandas as pd

    from tidynews.extraction import article_inputs

    frame = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": ["x", "y"],
            "published": pd.to_datetime(["2019-01-30", None]),
        }
    )
    assert article_inputs(frame) == [("a", "x", "2019-01-30"), ("b", "y", None)]
    assert article_inputs(frame.drop(columns="published")) == [("a", "x"), ("b", "y")]


def test_a_company_never_imposes(annotator, case):
    text = (
        "The Treasury imposed sanctions on PDVSA, diverting the earnings of its American "
        "refiner, Citgo, into blocked accounts.\n\nOn 15 February it added five officials to "
        "its sanctions list."
    )
    assert all(key[0] != "org:CITGO" for key in keys(annotator, case, text))


def test_the_company_points_back_at_a_detected_company(annotator, case):
    text = (
        "The Treasury blacklisted Monsoon Navigation Corp. on Friday. In June it lifted the "
        "sanctions on the company."
    )
    assert ("country:USA", "org:MONSOON_NAVIGATION", "lifted") in keys(annotator, case, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probes AL, AR, AT: members of a counted group, listed with where they are from
        (
            "The Treasury imposed sanctions on four state governors loyal to Nicolás Maduro:"
            " Omar Prieto of Zulia, Rafael Lacava of Carabobo and Ramón Carrizales of Apure.",
            {
                ("country:USA", "people", "imposed"),
                ("country:USA", "person:omar-prieto", "imposed"),
                ("country:USA", "person:rafael-lacava", "imposed"),
                ("country:USA", "person:ramon-carrizales", "imposed"),
            },
        ),
        (
            "The US imposed sanctions on four governors allied with Mr Maduro, among them Omar"
            " Prieto of Zulia and Rafael Lacava of Carabobo.",
            {
                ("country:USA", "people", "imposed"),
                ("country:USA", "person:omar-prieto", "imposed"),
                ("country:USA", "person:rafael-lacava", "imposed"),
            },
        ),
        # the next sentence restates the group as its subject and lists it
        (
            "The US sanctioned five officials on Friday. The officials targeted were Manuel"
            " Cristopher Figuera, director of the SEBIN intelligence agency, and Manuel Quevedo,"
            " president of PDVSA, the Treasury Department said.",
            {
                ("country:USA", "people", "imposed"),
                ("country:USA", "person:manuel-cristopher-figuera", "imposed"),
                ("country:USA", "person:manuel-quevedo", "imposed"),
            },
        ),
        (
            "The US sanctioned five officials on Friday. The officials met Juan Guaidó in Caracas.",
            {("country:USA", "people", "imposed")},
        ),
        # "put X under sanctions" is the act, its object the target; "is under" is in force
        (
            "Washington put PDVSA and Minerven under full blocking sanctions.",
            {("country:USA", "org:PDVSA", "imposed"), ("country:USA", "org:MINERVEN", "imposed")},
        ),
        (
            "PDVSA was placed under US sanctions in January.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        ("PDVSA is under US sanctions.", {("country:USA", "org:PDVSA", "existing")}),
    ],
)
def test_members_listed_and_placed_under(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_a_member_restated_with_its_own_cue_is_one_row(annotator, case):
    text = (
        "The US sanctioned five officials on Friday. Those sanctioned include Manuel Cristopher"
        " Figuera and Manuel Quevedo."
    )
    found = rows(annotator, case, text)
    named = [row["target_id"] for row in found if row["target_id"]]
    assert sorted(named) == ["person:manuel-cristopher-figuera", "person:manuel-quevedo"]
    assert all("_member_sentence" not in row for row in found)


def test_an_inverted_passive_lists_its_targets_with_their_titles():
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "Britain froze the assets of eight oligarchs on Thursday. Also sanctioned are Igor"
        " Sechin of Rosneft, Gazprom's chief executive Alexei Miller, the VTB chairman Andrey"
        " Kostin, Transneft's Nikolai Tokarev and Dmitri Lebedev, chairman of Bank Rossiya."
    )
    found = keys(_ukraine_annotator(), ukraine, text)
    people = {key[1] for key in found if key[1].startswith("person:")}
    assert people == {
        "person:igor-sechin",
        "person:alexei-miller",
        "person:andrey-kostin",
        "person:nikolai-tokarev",
        "person:dmitri-lebedev",
    }
    # the companies named as their employers are no targets
    assert not {key[1] for key in found} & {"org:ROSNEFT", "org:GAZPROM", "org:BANK_ROSSIYA"}


def _published(annotator, case, text, published="2019-08-10"):
    article = annotator.annotate("0123456789ab", text, published)
    return {
        (row["imposer_id"], row["target_id"] or row["target_kind"], row["status"])
        for row in extract_sanctions(article, case)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probes AK, AL, AQ, AW: an arms embargo that names no target is on the
        # country the article is about (the case's home country when the article names it)
        (
            "Venezuela's crisis deepened. The EU has had an arms embargo in place since 2017.",
            {("org:EU", "country:VEN", "existing")},
        ),
        (
            "Washington and Washington again: the US view. Venezuela's crisis deepened."
            " The EU has had an arms embargo in place since 2017.",
            {("org:EU", "country:VEN", "existing")},
        ),
        # no country named at all: no row; a travel ban names its own target
        ("The EU has had an arms embargo in place since 2017.", set()),
        # described, not imposed: in force
        (
            "Venezuela's crisis deepened. Switzerland has sanctions of its own, but they are"
            " limited to an arms embargo.",
            {("country:CHE", "country:VEN", "existing")},
        ),
        # a colon spells out the measures of the clause before it: its owner or its subject
        # imposes them, and its date dates them
        (
            "Venezuela's crisis deepened. The European Union's measures remain narrower than"
            " Canada's: an arms embargo, and travel bans and asset freezes on 18 officials.",
            {("org:EU", "country:VEN", "existing"), ("org:EU", "people", "existing")},
        ),
        (
            "Venezuela's crisis deepened. Although it is not in the EU, Switzerland adopted its"
            " own measures in March 2018: an arms embargo, plus entry bans on the seven"
            " officials Brussels had listed by then.",
            {("country:CHE", "country:VEN", "existing"), ("country:CHE", "people", "existing")},
        ),
        # present perfects counted from a month well before the news are a record in force
        (
            "Since January Washington has blocked the assets of PDVSA.",
            {("country:USA", "org:PDVSA", "existing")},
        ),
        (
            "The Treasury blocked the assets of PDVSA in January and has since sanctioned"
            " Minerven.",
            {("country:USA", "org:PDVSA", "existing"), ("country:USA", "org:MINERVEN", "existing")},
        ),
    ],
)
def test_implicit_embargo_targets_and_background_months(annotator, case, text, expected):
    assert _published(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "published", "status"),
    [
        # a month with no year: background from three months before the publication's month
        ("Washington blocked the assets of PDVSA in January.", "2019-04-02", "existing"),
        ("Washington blocked the assets of PDVSA in January.", "2019-03-02", "imposed"),
        ("Washington blocked the assets of PDVSA in October.", "2019-01-30", "existing"),
        ("Washington blocked the assets of PDVSA in January.", None, "imposed"),
        ("Since January Washington has blocked the assets of PDVSA.", "2019-03-20", "imposed"),
        (
            "Since January 2019 Washington has blocked the assets of PDVSA.",
            "2019-03-20",
            "existing",
        ),
        # a day's date, and the clause a when-clause hangs on, date the act too
        ("Britain froze the assets of PDVSA on March 10.", "2019-08-08", "existing"),
        ("Britain froze the assets of PDVSA on 10 March.", "2019-08-08", "existing"),
        (
            "The biggest blow came at the end of February, when Britain froze the assets of PDVSA.",
            "2019-08-08",
            "existing",
        ),
        # "may" the modal is no month
        ("Britain may freeze the assets of PDVSA.", "2019-08-08", "proposed"),
        # a timeline's entry reports its act, however long ago
        ("* April 17 - Britain freezes the assets of PDVSA.", "2019-12-05", "imposed"),
        ("JULY 31 - Britain freezes the assets of PDVSA.", "2019-12-05", "imposed"),
    ],
)
def test_months_without_a_year_are_counted_back_from_the_publication(
    annotator, case, text, published, status
):
    assert {key[2] for key in _published(annotator, case, text, published)} == {status}


def test_the_case_home_country_comes_from_its_companies():
    from tidynews.cases import Case

    assert load_case("venezuela-2019").home_country == "country:VEN"
    assert load_case("russia-ukraine-2022").home_country == "country:RUS"
    assert Case.empty().home_country is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probe AW: a clause with its own subject after a regime's verb is its own
        (
            "Venezuela's crisis deepened. The EU's sanctions regime, in force since November"
            " 2017, consists of an arms embargo, and the bloc has not followed Washington in"
            " sanctioning PDVSA.",
            {("org:EU", "country:VEN", "existing"), ("org:EU", "org:PDVSA", "negated")},
        ),
        # a power to sanction is a threat kept in hand; using it is the act
        (
            "Bolton said the order gave Washington the authority to sanction foreign companies.",
            {("country:USA", "company", "threatened")},
        ),
        (
            "The US used its authority to sanction PDVSA on Monday.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        # a negative quantifier targets nobody
        (
            "No government in the western hemisphere has faced a US asset freeze of this kind.",
            set(),
        ),
        # "whose sanctions" are the antecedent's
        (
            "Venezuela's crisis deepened. The US measures go far beyond those of the European"
            " Union, whose sanctions are limited to an arms embargo.",
            {("org:EU", "country:VEN", "existing")},
        ),
    ],
)
def test_own_clauses_powers_nobody_and_whose(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probes AW, AX: "targeted" by a state where a measure is named; a verb
        # after "and" past a time adverbial shares the sentence's subject
        (
            "The US imposed sanctions on PDVSA in January. In March the Treasury targeted the"
            " state gold miner Minerven and later that month blacklisted BANDES.",
            {
                ("country:USA", "org:PDVSA", "imposed"),
                ("country:USA", "org:MINERVEN", "imposed"),
                ("country:USA", "org:BANDES", "imposed"),
            },
        ),
        (
            "Washington, which imposed financial sanctions on Venezuela in 2017 and has since"
            " targeted dozens of officials, said it would not recognise the new term.",
            {("country:USA", "country:VEN", "existing"), ("country:USA", "people", "existing")},
        ),
        # no measure named: a strike, not a sanction; a strike on a company's property
        ("Russia targeted Minerven on Monday.", set()),
        (
            "The EU imposed sanctions on PDVSA. Russia targeted Minerven's plant on Monday.",
            {("org:EU", "org:PDVSA", "imposed")},
        ),
    ],
)
def test_targeted_in_a_sanctions_story(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probe AX: the Rio Treaty is a bloc; "to bar" is found as "barred" is
        (
            "Members of the Rio Treaty agreed to bar 29 officials from entering their territory.",
            {("org:TIAR", "people", "imposed")},
        ),
        # a ban on leaving one's own country is a domestic measure, no sanction
        (
            "Guaidó says he will go home despite the court order that bars him from leaving"
            " the country.",
            set(),
        ),
    ],
)
def test_bars_on_entering_and_on_leaving(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probe BB: a ban on "financial transactions with" banks targets the banks;
        # members named after a SWIFT exclusion are excluded; a present perfect passive in a
        # relative aside is background; "were left out of the ban" spares its subject
        (
            "South Korea announced that it was banning financial transactions with seven"
            " Russian banks, including Sberbank and VTB.",
            {
                ("country:KOR", "company", "imposed"),
                ("country:KOR", "org:SBERBANK", "imposed"),
                ("country:KOR", "org:VTB", "imposed"),
            },
        ),
        (
            "The European Union excluded seven Russian banks from the SWIFT payment system,"
            " among them VTB and Bank Rossiya.",
            {
                ("org:EU", "company", "imposed"),
                ("org:EU", "org:VTB", "imposed"),
                ("org:EU", "org:BANK_ROSSIYA", "imposed"),
            },
        ),
        (
            "Two superyachts linked to Roman Abramovich, whose assets have been frozen by"
            " Britain and the EU, dropped anchor in Turkish resorts.",
            {
                ("country:GBR", "person:roman-abramovich", "existing"),
                ("org:EU", "person:roman-abramovich", "existing"),
            },
        ),
        (
            "The EU excluded seven banks from SWIFT. Sberbank and Gazprombank were left out of"
            " the ban.",
            {
                ("org:EU", "company", "imposed"),
                ("org:EU", "org:SBERBANK", "negated"),
                ("org:EU", "org:GAZPROMBANK", "negated"),
            },
        ),
    ],
)
def test_round_ten_trade_bans_members_asides_and_spared(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text) == expected


def test_a_measure_s_effect_is_no_second_measure():
    # held-out probe BA: ", cutting X off from …" after a measure says what it does
    venezuela = load_case("venezuela-2019")
    annotator = Annotator(venezuela)
    text = (
        "The United States on Monday imposed sanctions on PDVSA, cutting Maduro's government"
        " off from its most important source of cash."
    )
    assert keys(annotator, venezuela, text) == {("country:USA", "org:PDVSA", "imposed")}
    # with no measure before it, cutting off is the measure
    text = "The EU moved on Monday, cutting Venezuela's central bank off from its reserves."
    assert {key[2] for key in keys(annotator, venezuela, text)} == {"imposed"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of the thirteenth session's rules: controls each rule must leave alone
        (
            "The European Union's measures remain narrower than Washington's: the United"
            " States has frozen the assets of PDVSA.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        ("Venezuela is in crisis. The UN arms embargo expired in 2020.", set()),
        ("Venezuela is in crisis. Berlin has long debated an arms embargo.", set()),
        (
            "The US Treasury sanctioned four Venezuelan officials on Friday. The affected"
            " economy is already in ruins, opposition leader Juan Guaidó said.",
            {("country:USA", "people", "imposed")},
        ),
        (
            "The US imposed sanctions on no fewer than 13 Venezuelan officials on Friday.",
            {("country:USA", "people", "imposed")},
        ),
    ],
)
def test_controls_of_the_thirteenth_session(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probe BB: "Neither country" is the pair joined by "and" just before
        (
            "Turkey and India have become the exceptions to the campaign that the United States"
            " and Japan have waged. Neither country has joined the Western sanctions on Russia.",
            {("country:TUR", "country:RUS", "negated"), ("country:IND", "country:RUS", "negated")},
        ),
        # a subject of its own, or no pair before: nobody
        ("Neither side has joined the Western sanctions on Russia.", set()),
        (
            "Neither India nor China has imposed sanctions on Russia.",
            {("country:IND", "country:RUS", "negated"), ("country:CHN", "country:RUS", "negated")},
        ),
    ],
)
def test_neither_country_is_the_pair_before(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause on the measure (or on the campaign it modifies) names the imposer
        # and its verb, and the clause's own date or verb gives the status
        (
            "The penalties that Washington imposed on PDVSA in January have cut oil revenue.",
            {("country:USA", "org:PDVSA", "existing")},
        ),
        (
            "The sanctions that Washington imposed on PDVSA in January have cut oil revenue.",
            {("country:USA", "org:PDVSA", "existing")},
        ),
        (
            "The penalties that Washington imposed on PDVSA on Monday hit oil revenue at once.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        (
            "The sanctions campaign that the United States has waged against Caracas since 2017"
            " has failed to dislodge Maduro.",
            {("country:USA", "country:VEN", "existing")},
        ),
        (
            "The campaign of sanctions that the Trump administration has waged against the"
            " Maduro government has not worked.",
            {("country:USA", "government", "existing")},
        ),
        # no imposer in the relative clause: "penalties" alone is no sanction
        ("The penalties that football clubs face for late payments are small.", set()),
    ],
)
def test_relative_clause_on_the_measure(annotator, case, text, expected):
    assert keys(annotator, case, text, "2019-08-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BD, BC: a relative aside on the subject is background (a perfect there is
        # in force already), its objects end where the main predicate starts, and the main
        # predicate's act is the aside's antecedent's
        (
            "The vote came as the European Union, which has already frozen the reserves of"
            " Russia's central bank, formally cut seven Russian banks off from SWIFT, among"
            " them VTB and VEB.",
            {
                ("org:EU", "org:CBR", "existing"),
                ("org:EU", "org:VTB", "imposed"),
                ("org:EU", "org:VEB", "imposed"),
                ("org:EU", "company", "imposed"),
            },
        ),
        (
            "The European Union, which has frozen the assets of Putin and Lavrov, said on"
            " Monday it would act.",
            {
                ("org:EU", "person:vladimir-putin", "existing"),
                ("org:EU", "person:sergei-lavrov", "existing"),
            },
        ),
        # news told in the aside stays the news
        (
            "The European Union, which on Monday froze the assets of Putin, said it would act.",
            {("org:EU", "person:vladimir-putin", "imposed")},
        ),
    ],
)
def test_relative_aside_on_the_subject(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BC, BE: a record counted from a point the story told ("Since then",
        # "Since the invasion") and an act "a week after" which the news came: in force
        (
            "The Treasury first sanctioned officials in 2015. Since then it has sanctioned"
            " the central bank and Minerven.",
            {
                ("country:USA", "people", "existing"),
                ("country:USA", "org:BCV", "existing"),
                ("country:USA", "org:MINERVEN", "existing"),
            },
        ),
        (
            "The US said on Monday it was preparing further sanctions against Maduro's inner"
            " circle, a week after it froze the US assets of PDVSA.",
            {("country:USA", "people", "proposed"), ("country:USA", "org:PDVSA", "existing")},
        ),
        # "Since Monday" is the news's own span
        (
            "Since Monday the US has sanctioned the central bank.",
            {("country:USA", "org:BCV", "imposed")},
        ),
    ],
)
def test_since_then_and_a_lagging_act(annotator, case, text, expected):
    assert keys(annotator, case, text, "2019-03-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BD: a target list goes on past a repeated "to", a relative aside on a
        # named person and an apposition before a counted group; the holder of assets
        # "held in their jurisdictions by X"; a name opening a clause after an aside is none
        (
            "Italian police have frozen villas belonging to Gennady Timchenko and to Alexei"
            " Mordashov, the steel magnate.",
            {
                ("country:ITA", "person:gennady-timchenko", "imposed"),
                ("country:ITA", "person:alexei-mordashov", "imposed"),
            },
        ),
        (
            "Washington has sanctioned Alisher Usmanov, whose superyacht is laid up in a"
            " Hamburg shipyard, as well as Putin's spokesman, Dmitry Peskov.",
            {
                ("country:USA", "person:alisher-usmanov", "imposed"),
                ("country:USA", "person:dmitry-peskov", "imposed"),
            },
        ),
        (
            "Britain froze the assets of Roman Abramovich, the owner of Chelsea football club,"
            " and six other oligarchs.",
            {
                ("country:GBR", "person:roman-abramovich", "imposed"),
                ("country:GBR", "people", "imposed"),
            },
        ),
        (
            "On Friday Britain froze any assets held in its jurisdiction by Vladimir Putin.",
            {("country:GBR", "person:vladimir-putin", "imposed")},
        ),
        (
            "Canada and Japan have barred transactions with the Bank of Russia, and even"
            " Switzerland, which has guarded its neutrality for centuries, adopted the rules.",
            {("country:CAN", "org:CBR", "imposed"), ("country:JPN", "org:CBR", "imposed")},
        ),
    ],
)
def test_probe_bd_target_lists(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BE, BC: a participle describing a noun and a power granted are no acts;
        # abbreviated ranks end no sentence, so their names stay with the cue
        ("By 2019 Venezuela had become one of the most heavily sanctioned countries.", set()),
        (
            "The order also allows Washington to sanction foreign companies that help Maduro.",
            set(),
        ),
        (
            "The Treasury sanctioned six officials, among them Maj. Gen. Richard López Vargas.",
            {
                ("country:USA", "people", "imposed"),
                ("country:USA", "person:richard-lopez-vargas", "imposed"),
            },
        ),
        # "whose" + a noun no measure holds is no owner of the measure's object
        (
            "The statement condemns the death of a navy captain, Rafael Acosta Arévalo, whose"
            " treatment prompted Washington to sanction the counter-intelligence agency.",
            set(),  # (the agency is no person, company or state the rules name)
        ),
    ],
)
def test_probe_be_bc_non_acts_and_ranks(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BD: predicates listed after one auxiliary share its subject, whatever the
        # measure's form (a verb, SWIFT, a noun an imposing verb governs)
        (
            "Since February the bloc has frozen the reserves of the Russian central bank,"
            " excluded seven banks from SWIFT, imposed asset freezes on Vladimir Putin.",
            {
                ("org:EU", "org:CBR", "existing"),
                ("org:EU", "company", "existing"),
                ("org:EU", "person:vladimir-putin", "existing"),
            },
        ),
        # a relative clause is no listed predicate
        (
            "Ottawa froze the assets of Sberbank. The same package sanctioned the members of"
            " the Duma who voted to ask Putin to recognise the republics, imposed sanctions on"
            " VEB.",
            {
                ("country:CAN", "org:SBERBANK", "imposed"),
                ("country:CAN", "people", "imposed"),
                ("country:CAN", "org:VEB", "imposed"),
            },
        ),
    ],
)
def test_listed_predicates_share_the_subject(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, "2022-05-31") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BD: a part of the whole is still the target ("the bulk of"), and a
        # decision opening the next sentence acts for whoever just took it
        (
            "European Union leaders agreed late on Monday to ban the bulk of Russian oil"
            " imports. The deal, which diplomats expect to be adopted this week, also removes"
            " Sberbank from the SWIFT messaging system.",
            {("org:EU", "sector", "imposed"), ("org:EU", "org:SBERBANK", "imposed")},
        ),
        # no decision just taken: nobody to act for
        ("The deal also removes Sberbank from the SWIFT messaging system.", set()),
    ],
)
def test_a_decision_acts_for_its_taker(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, "2022-05-31") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BC: a participle hanging on a dated clause is dated by it; an act someone
        # is accused of is no measure
        (
            "Donald Trump went further in 2017, imposing sanctions on Mr Maduro himself and"
            " barring Venezuela from refinancing its debt.",
            {
                ("country:USA", "person:nicolas-maduro", "existing"),
                ("country:USA", "country:VEN", "existing"),
            },
        ),
        (
            "The US acted on Monday, imposing sanctions on PDVSA.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        (
            "Maduro accused the Trump administration of trying to seize the company's US assets.",
            set(),
        ),
    ],
)
def test_probe_bc_dated_participles_and_accusations(annotator, case, text, expected):
    assert keys(annotator, case, text, "2019-02-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BE: a perfect counted up to now is the record (in force); the reporter of
        # a threat is no target of it
        (
            "The Treasury has by now designated more than 150 Venezuelan officials.",
            {("country:USA", "people", "existing")},
        ),
        ("The EU has so far sanctioned 25 officials.", {("org:EU", "people", "existing")}),
        ("The US has sanctioned PDVSA.", {("country:USA", "org:PDVSA", "imposed")}),
        (
            "Bolton said foreign companies risk US sanctions.",
            {("country:USA", "company", "threatened")},
        ),
    ],
)
def test_probe_be_running_totals_and_reported_threats(annotator, case, text, expected):
    assert keys(annotator, case, text, "2019-08-06") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review mends: "Since …" with the news's own day is the news; a contested party
        # reporting a threat is not its imposer; an official's epithet sentence naming
        # another state is unsure
        (
            "Since then, Japan has joined the sanctions and on Friday it froze the assets of VTB.",
            {("country:JPN", "org:VTB", "imposed")},
        ),
        (
            "Since the invasion began on Thursday, Britain has frozen the assets of VTB.",
            {("country:GBR", "org:VTB", "imposed")},
        ),
        ("Zelensky said Russia risked new sanctions if it used chemical weapons.", set()),
        (
            "Biden said Russia would face severe sanctions.",
            {("country:USA", "country:RUS", "threatened")},
        ),
        (
            "Zelensky thanked Japan for its support. The Asian nation froze the assets of VTB on"
            " Friday.",
            set(),
        ),
    ],
)
def test_review_mends_fourteenth_session_sanctions(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, "2022-03-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BD and a reviewer: resisting calls for a measure refuses it
        (
            "Britain has so far resisted calls to sanction Roman Abramovich.",
            {("country:GBR", "person:roman-abramovich", "negated")},
        ),
        (
            "Hungary has resisted calls from Poland for an embargo on Russian energy.",
            {("country:HUN", "sector", "negated")},
        ),
    ],
)
def test_resisting_a_measure(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, "2022-04-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BQ: a person or a possessive after ", along with" is one more target …
        (
            "The US sanctioned Putin, along with his foreign minister, Sergey Lavrov.",
            {
                ("country:USA", "person:vladimir-putin", "imposed"),
                ("country:USA", "person:sergei-lavrov", "imposed"),
            },
        ),
        (
            "The US froze the assets of Putin, together with those of Lavrov.",
            {
                ("country:USA", "person:vladimir-putin", "imposed"),
                ("country:USA", "person:sergei-lavrov", "imposed"),
            },
        ),
        # … a state there acts with the imposer, and is no target
        (
            "The EU sanctioned Sberbank, along with the United States.",
            {("org:EU", "org:SBERBANK", "imposed")},
        ),
        # a reporter imposes a passive in a bare reported clause, not a contested side
        (
            "Treasury Secretary Janet Yellen said Bank Rossiya had been sanctioned.",
            {("country:USA", "org:BANK_ROSSIYA", "imposed")},
        ),
        ("Putin said that Bank Rossiya had been sanctioned illegally.", set()),
    ],
)
def test_companions_of_targets_and_bare_reported_passives(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, "2022-03-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BO and BP: a new clause after ", and" ends the target list …
        (
            "Since then, the U.S. has imposed sanctions on state oil company PDVSA, and 19 "
            "European Union countries have recognised Guaidó.",
            {("country:USA", "org:PDVSA", "existing")},
        ),
        # … and so does a clause of its own after a members list
        (
            "The State Department has revoked the visas of 340 people tied to Nicolas Maduro's "
            "regime, including 107 former diplomats and their family members, as the Trump "
            "administration keeps turning the screws on the embattled socialist leader.",
            {("country:USA", "people", "imposed")},
        ),
    ],
)
def test_clauses_after_target_lists(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review: only a sanctioning office imposes a bare reported passive …
        (
            "Chinese foreign ministry spokesman Zhao Lijian said five Chinese companies had been "
            "sanctioned unfairly.",
            set(),
        ),
        # … while a "that" report keeps its reporter, contested or not
        (
            "Ukraine's security council said that 236 Russian officials had been sanctioned.",
            {("country:UKR", "people", "imposed")},
        ),
        # the imposer's partners after ", along with its" are no targets
        (
            "Japan sanctioned 25 Russian officials, along with its G7 partners.",
            {("country:JPN", "people", "imposed")},
        ),
    ],
)
def test_review_mends_reporters_and_partners(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, "2022-03-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BT: a relative clause's subject on the measure imposes it, past an
        # unlisted first conjunct or an unnamed second one …
        (
            "Russia condemned the sanctions that Europe and Canada have imposed on Gazprom.",
            {("country:CAN", "org:GAZPROM", "imposed")},
        ),
        # … and who condemns a measure imposed it not
        ("Russia condemned the sanctions imposed on Gazprom.", set()),
        (
            "The EU condemned the invasion and announced sanctions imposed on Gazprom.",
            {("org:EU", "org:GAZPROM", "imposed")},
        ),
    ],
)
def test_relative_imposers_and_condemners(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, "2022-06-01") == expected


def test_a_relative_subject_with_its_allies_imposes(annotator, case):
    text = "Maduro denounced the sanctions that Washington and its allies imposed on PDVSA."
    assert keys(annotator, case, text) == {("country:USA", "org:PDVSA", "imposed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BT: a relative clause on the measure saying whom it hits names its targets
        (
            "The EU agreed new measures. A week later the 27-member bloc adopted its eighth "
            "package of sanctions, which targeted the officials who had organised the votes.",
            {("org:EU", "people", "imposed")},
        ),
        (
            "The EU adopted sanctions that cover Sberbank and VTB.",
            {("org:EU", "org:SBERBANK", "imposed"), ("org:EU", "org:VTB", "imposed")},
        ),
    ],
)
def test_targets_in_a_relative_on_the_measure(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, "2022-12-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BV: "Pdvsa" in headline capitals; Maduro's son is not Maduro; a law's name
        # is no person; a long fronted phrase opening on a preposition still dates the act
        ("The US sanctioned Pdvsa on Monday.", {("country:USA", "org:PDVSA", "imposed")}),
        (
            "The Treasury sanctioned Nicolás Maduro Guerra, the president's son.",
            {("country:USA", "person:nicolas-maduro-guerra", "imposed")},
        ),
        (
            "Monday's measures are the fourth round. In September, 2017, under the Special "
            "Economic Measures Act, Ottawa froze the assets of 40 officials.",
            {("country:CAN", "people", "existing")},
        ),
    ],
)
def test_probe_bv_names_and_dated_acts(annotator, case, text, expected):
    assert keys(annotator, case, text, "2019-04-16") == expected


def test_members_listed_between_dashes():
    # held-out BQ: a group's members between dashes, then a second group with a colon list
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "Prime Minister Boris Johnson announced sanctions against five Russian banks - "
        "Rossiya, IS Bank, General Bank, Promsvyazbank and the Black Sea Bank - and three "
        "wealthy individuals close to the Kremlin: Gennady Timchenko and Igor Rotenberg."
    )
    assert keys(_ukraine_annotator(), ukraine, text, "2022-02-22") == {
        ("country:GBR", "company", "imposed"),
        # (twenty-fifth session: names listed with companies are companies)
        ("country:GBR", "org:ROSSIYA", "imposed"),
        ("country:GBR", "org:IS_BANK", "imposed"),
        ("country:GBR", "org:GENERAL_BANK", "imposed"),
        ("country:GBR", "org:PSB", "imposed"),
        ("country:GBR", "people", "imposed"),
        ("country:GBR", "person:gennady-timchenko", "imposed"),
        ("country:GBR", "person:igor-rotenberg", "imposed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seventeenth session: "is subject to US sanctions" reads as "is under US sanctions"
        (
            "Delcy Rodríguez is subject to US sanctions.",
            {("country:USA", "person:delcy-rodriguez", "existing")},
        ),
        (
            "PDVSA has been subject to EU and US sanctions since January.",
            {("org:EU", "org:PDVSA", "existing"), ("country:USA", "org:PDVSA", "existing")},
        ),
        # a threat is no measure in force
        (
            "Any bank dealing with PDVSA would be subject to US sanctions, Bolton warned.",
            {("country:USA", "company", "proposed")},
        ),
        # a phrase on a noun is no predicate, and "the subject" is no cue
        ("The subject to be discussed was the sanctions on PDVSA.", set()),
    ],
)
def test_subject_to_sanctions(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session: a state body named by where it sits acts for that state
        (
            "The foreign ministry in Ottawa announced sanctions on 43 Venezuelan officials.",
            {("country:CAN", "people", "imposed")},
        ),
        (
            "Officials in Washington imposed sanctions on PDVSA.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        # a place where something else happens is no imposer
        ("Protesters in Washington demanded sanctions on PDVSA.", set()),
    ],
)
def test_a_body_seated_in_a_capital_imposes_for_its_state(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session: the imposer's name between "with" and the measure
        (
            "Delcy Rodríguez was hit with new EU sanctions on Monday.",
            {("org:EU", "person:delcy-rodriguez", "imposed")},
        ),
        (
            "Delcy Rodríguez could be hit with EU sanctions, diplomats said.",
            {("org:EU", "person:delcy-rodriguez", "proposed")},
        ),
        # (already in force when the act is dated long before the news)
        (
            "Delcy Rodríguez was hit with EU sanctions in June 2018.",
            {("org:EU", "person:delcy-rodriguez", "existing")},
        ),
    ],
)
def test_hit_with_the_imposers_sanctions(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-03-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session: a future the closing attribution announces as decided is the act
        (
            "Japan will freeze the assets of Russia's central bank, Prime Minister Fumio "
            "Kishida announced.",
            {("country:JPN", "org:CBR", "imposed")},
        ),
        (
            "Japan will freeze the assets of Russia's central bank, officials said.",
            {("country:JPN", "org:CBR", "proposed")},
        ),
        (
            "Japan would consider freezing the assets of Russia's central bank, Mr Kishida "
            "announced.",
            {("country:JPN", "org:CBR", "proposed")},
        ),
        # the attribution's source is no target ("the Swiss government": no group of people)
        (
            "Switzerland froze the assets of Vladimir Putin and Sergei Lavrov, the Swiss "
            "government said.",
            {
                ("country:CHE", "person:vladimir-putin", "imposed"),
                ("country:CHE", "person:sergei-lavrov", "imposed"),
            },
        ),
    ],
)
def test_a_closing_attribution(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-01") == expected


FOUR_GOVERNORS = {
    ("country:USA", "person:omar-prieto", "imposed"),
    ("country:USA", "person:rafael-lacava", "imposed"),
    ("country:USA", "person:ramon-carrizales", "imposed"),
    ("country:USA", "person:jorge-luis-garcia-carneiro", "imposed"),
    ("country:USA", "people", "imposed"),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session (blind dev set CA): a counted group's members listed between
        # dashes or after a comma each get their own row, beside the group's
        (
            "The US announced sanctions on four governors — Omar Prieto, Rafael Lacava, Ramón "
            "Carrizales and Jorge Luis García Carneiro — on Friday.",
            FOUR_GOVERNORS,
        ),
        (
            "The US announced sanctions on four governors, Omar Prieto, Rafael Lacava, Ramón "
            "Carrizales and Jorge Luis García Carneiro.",
            FOUR_GOVERNORS,
        ),
        # a person's apposition naming his state's office is no second imposer, and keeps
        # him the subject across a relative clause
        (
            "Mike Pence, the US vice-president, who attended alongside Mr Guaidó, announced "
            "sanctions on four state governors loyal to Nicolás Maduro — Omar Prieto of Zulia, "
            "Rafael Lacava of Carabobo, Ramón Carrizales of Apure and Jorge Luis García Carneiro "
            "of Vargas — and urged other countries to follow.",
            FOUR_GOVERNORS,
        ),
        (
            "Mike Pence, the US vice-president, announced sanctions on four state governors.",
            {("country:USA", "people", "imposed")},
        ),
        # an aside between dashes names no member
        (
            "The EU sanctioned 11 officials — the largest group so far — on Monday.",
            {("org:EU", "people", "imposed")},
        ),
    ],
)
def test_members_after_a_dash_or_comma_and_title_appositions(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session (blind dev set CA): a measure as the subject of "target" or
        # "cover" names its targets after the verb; "sanctions" before such a verb is the noun
        ("The EU's sanctions currently cover 18 officials.", {("org:EU", "people", "existing")}),
        ("US sanctions target PDVSA.", {("country:USA", "org:PDVSA", "existing")}),
        ("The US sanctions cover PDVSA.", {("country:USA", "org:PDVSA", "existing")}),
        # (new measures are the news)
        (
            "The new EU measures target 11 officials, including the head of the electoral council.",
            {("org:EU", "people", "imposed")},
        ),
        # "hit" says the measure's effect as well: no target
        ("The sanctions hit Venezuela's economy hard.", set()),
        # the verb "sanctions" still takes its object
        ("Canada already sanctions 70 officials.", {("country:CAN", "people", "existing")}),
    ],
)
def test_a_measure_as_the_subject_of_target_or_cover(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session (blind dev set CF): a package, or "it" right after a sentence
        # adopting one, as the subject of "targets": the adopter imposes
        (
            "The EU adopted a new package of sanctions on Wednesday. The package targets the 351 "
            "members of the Russian State Duma.",
            {("org:EU", "people", "imposed")},
        ),
        (
            "European Union foreign ministers agreed unanimously on Tuesday on a first package "
            "of sanctions. It targets the 351 members of the Russian State Duma who voted last "
            "week.",
            {("org:EU", "people", "imposed")},
        ),
        # an aid package targets no one with a measure
        (
            "The EU adopted a new aid package on Wednesday. It targets the 351 poorest villages.",
            set(),
        ),
    ],
)
def test_a_package_that_targets(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-02-24") == expected


def test_a_quoted_description_of_the_targeted_group():
    # eighteenth session (blind dev set CF): quote marks around the group's description
    ukraine = load_case("russia-ukraine-2022")
    text = (
        'Britain imposed sanctions on three "very high net worth individuals": Gennady '
        "Timchenko, Boris Rotenberg and Igor Rotenberg."
    )
    assert keys(_ukraine_annotator(), ukraine, text) == {
        ("country:GBR", "person:gennady-timchenko", "imposed"),
        ("country:GBR", "person:boris-rotenberg", "imposed"),
        ("country:GBR", "person:igor-rotenberg", "imposed"),
        ("country:GBR", "people", "imposed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session (blind dev set CB): the holders in a relative clause on the
        # frozen assets, a group's members named before "among them" past a time phrase, and
        # a measure told in a "when" clause that dates an earlier event (background)
        (
            "The EU froze any assets that Vladimir Putin holds in the bloc.",
            {("org:EU", "person:vladimir-putin", "imposed")},
        ),
        (
            "The package came on top of measures announced on Friday, when the EU and the "
            "United States froze any assets that Vladimir Putin and his foreign minister, "
            "Sergei Lavrov, hold in their jurisdictions.",
            {
                ("org:EU", "person:vladimir-putin", "existing"),
                ("org:EU", "person:sergei-lavrov", "existing"),
                ("country:USA", "person:vladimir-putin", "existing"),
                ("country:USA", "person:sergei-lavrov", "existing"),
            },
        ),
        (
            "The bloc has frozen the assets of more than 1,000 people since February, Mr Putin "
            "and Mr Lavrov among them.",
            {
                ("org:EU", "people", "existing"),
                ("org:EU", "person:vladimir-putin", "existing"),
                ("org:EU", "person:sergei-lavrov", "existing"),
            },
        ),
        # a "when" clause that dates nothing is the news itself
        (
            "The talks collapsed when the EU froze the assets of Vladimir Putin.",
            {("org:EU", "person:vladimir-putin", "imposed")},
        ),
    ],
)
def test_holders_members_among_them_and_dated_when_clauses(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-04-10") == expected


def test_a_relative_clause_naming_several_imposers_of_measures_another_declines():
    # eighteenth session (blind dev set CJ): the relative clause's three imposers (its list
    # ran past the eight tokens once read), their measures in force
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "South Africa has not joined the sanctions that the United States, the European Union "
        "and Britain have imposed on Russia."
    )
    assert keys(_ukraine_annotator(), ukraine, text) == {
        ("country:USA", "country:RUS", "existing"),
        ("org:EU", "country:RUS", "existing"),
        ("country:GBR", "country:RUS", "existing"),
        ("country:ZAF", "country:RUS", "negated"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session (blind dev set CI): measures looked at are proposed
        (
            "Freeland said the government was looking at additional sanctions against officials "
            "of the regime.",
            {("country:CAN", "people", "proposed")},
        ),
        (
            "Canada imposed sanctions on officials after looking at the evidence.",
            {("country:CAN", "people", "imposed")},
        ),
    ],
)
def test_measures_looked_at(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_a_subject_it_continues_the_subject_before_it(annotator, case):
    # eighteenth session (blind dev set CI): "it" opening a sentence or a coordinated clause
    # continues the subject of the sentence before (through an opening "it" there), not the
    # nearest name (the Lima Group inside a relative clause)
    text = (
        "Peru has taken a hard line against Nicolás Maduro. It hosted the 2017 meeting that "
        "created the Lima Group, and it recognised Juan Guaidó as interim president in "
        "January. In February, it barred entry to Maduro and about 100 officials of his "
        "government."
    )
    imposers = {key[0] for key in keys(annotator, case, text, published="2019-03-01")}
    assert imposers == {"country:PER"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session (blind dev set CJ): measures against a target that are discussed
        # or taken; a suspending verb that is the measure itself lifts nothing
        (
            "The EU is also expected to discuss further measures against Russia at a summit in "
            "Versailles.",
            {("org:EU", "country:RUS", "proposed")},
        ),
        (
            "Poland took new measures against Moscow on Monday.",
            {("country:POL", "country:RUS", "imposed")},
        ),
        ("Leaders will discuss measures against climate change.", set()),
        (
            "Early in March Seoul banned transactions with seven major Russian banks and "
            "suspended dealings with the Central Bank of Russia.",
            {("country:KOR", "company", "imposed"), ("country:KOR", "org:CBR", "imposed")},
        ),
    ],
)
def test_measures_discussed_and_dealings_suspended(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of the eighteenth session's rules
        (
            "Venezuela risks being hit with EU sanctions, Mogherini warned.",
            {("org:EU", "country:VEN", "threatened")},
        ),
        (
            "Mike Pompeo, the US secretary of state, announced sanctions on PDVSA.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        (
            "Federica Mogherini, the EU foreign-policy chief, announced sanctions on seven "
            "officials.",
            {("org:EU", "people", "imposed")},
        ),
    ],
)
def test_review_mends_eighteenth_session(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an active perfect or progressive lists its object; its subject imposes
        (
            "Britain has added Roman Abramovich to its sanctions list.",
            {("country:GBR", "person:roman-abramovich", "imposed")},
        ),
        (
            "The EU is adding nearly 200 individuals to its sanctions list.",
            {("org:EU", "people", "imposed")},
        ),
        (
            "The US Treasury has removed three officials from its sanctions list.",
            {("country:USA", "people", "lifted")},
        ),
        (
            "The EU has cut off seven Russian banks from SWIFT.",
            {("org:EU", "company", "imposed")},
        ),
        # a passive still lists its subject, past an adverb
        (
            "Roman Abramovich has also been added to the UK sanctions list.",
            {("country:GBR", "person:roman-abramovich", "imposed")},
        ),
        (
            "VTB has now been cut off from SWIFT by the EU.",
            {("org:EU", "org:VTB", "imposed")},
        ),
    ],
)
def test_perfect_and_progressive_listing_is_active(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # past the lead, a present perfect counting everyone sanctioned so far is a record
        (
            "Canada, a Lima Group founder, has sanctioned more than 100 Venezuelan officials.",
            {("country:CAN", "people", "existing")},
        ),
        (
            "The EU itself has sanctioned 18 officials, a number that has not moved in a year.",
            {("org:EU", "people", "existing")},
        ),
        # the day's news: a fresh count, a day, or no count at all
        (
            "Britain has sanctioned 14 more officials, the Foreign Office said.",
            {("country:GBR", "people", "imposed")},
        ),
        ("The US has sanctioned 11 officials on Monday.", {("country:USA", "people", "imposed")}),
        (
            "Canada has sanctioned the officials who organised the vote.",
            {("country:CAN", "people", "imposed")},
        ),
        # a count of banks or goods banned is an act, not a tally of the sanctioned
        (
            "The US has banned transactions with seven Venezuelan banks.",
            {("country:USA", "company", "imposed")},
        ),
    ],
)
def test_a_running_tally_past_the_lead_is_existing(annotator, case, text, expected):
    background = LEAD + text  # the sentence told after the news
    assert keys(annotator, case, background, published="2019-06-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an uncounted bare plural, past the lead: the record of who is under sanctions
        (
            "Britain and Canada have also sanctioned Venezuelan judges and shipping firms.",
            {
                ("country:GBR", "people", "existing"),
                ("country:GBR", "company", "existing"),
                ("country:CAN", "people", "existing"),
                ("country:CAN", "company", "existing"),
            },
        ),
        # the perfect reaches the noun past "all" and "their own"
        (
            "Panama and Peru have all imposed their own sanctions on people they blame.",
            {("country:PAN", "people", "existing"), ("country:PER", "people", "existing")},
        ),
        # a group the story picks out is the day's act
        (
            "Canada has sanctioned those officials, its foreign ministry said.",
            {("country:CAN", "people", "imposed")},
        ),
    ],
)
def test_an_uncounted_tally_past_the_lead_is_existing(annotator, case, text, expected):
    background = LEAD + text
    assert keys(annotator, case, background, published="2019-06-05") == expected


# A lead with news of its own (the sentences after it are background) and no sanction.
LEAD = (
    "Talks between the government and the opposition resumed in Barbados on Monday. "
    "Delegates met for six hours. Norway's mediators said the mood was calm. "
)


def test_a_running_tally_in_the_lead_is_the_news(annotator, case):
    text = "Washington has sanctioned five officials, including Tarek William Saab."
    assert keys(annotator, case, text) == {
        ("country:USA", "people", "imposed"),
        ("country:USA", "person:tarek-william-saab", "imposed"),
    }


def test_a_list_of_unfriendly_countries_is_no_sanctions_list():
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "In March Moscow announced that it was suspending the talks, and it has placed Japan "
        'on its list of "unfriendly" countries.'
    )
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-04-20") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a faced freeze is a measure named as a noun: whoever faces it is its target
        (
            "Cuba and Syria already face a near-total U.S. freeze of government assets.",
            {
                ("country:USA", "country:CUB", "existing"),
                ("country:USA", "country:SYR", "existing"),
            },
        ),
        # "whose governments face": the owners before ", whose"
        (
            "Venezuela now joins Cuba and Syria, whose governments face a near-total U.S. freeze.",
            {
                ("country:USA", "country:CUB", "existing"),
                ("country:USA", "country:SYR", "existing"),
            },
        ),
        # a restraining relative on the faced measure says what it does: no second measure
        (
            "PDVSA faces US sanctions that bar it from selling oil to American buyers.",
            {("country:USA", "org:PDVSA", "existing")},
        ),
        # (a freeze nobody faces is no cue: "a freeze on public hiring")
        ("The government announced a freeze on public hiring.", set()),
    ],
)
def test_faced_freezes_and_measures(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-08-06") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the agents of a participle set off by commas after the measure made it
        (
            "A price cap of $60 a barrel on Russian seaborne crude, agreed by the Group of "
            "Seven, the European Union and Australia, came into force on Monday.",
            {
                ("org:G7", "sector", "imposed"),
                ("org:EU", "sector", "imposed"),
                ("country:AUS", "sector", "imposed"),
            },
        ),
        # a price cap is on a commodity: a sector's measure, named or not
        (
            "India and China have not signed up to the price cap.",
            {("country:IND", "sector", "negated"), ("country:CHN", "sector", "negated")},
        ),
        # "the cap", once a price cap was named, is that cap (another cap is nothing)
        (
            "The G7 agreed a price cap on Russian crude. India has not signed up to the cap.",
            {("org:G7", "sector", "imposed"), ("country:IND", "sector", "negated")},
        ),
        ("Oil prices rose. The cap on public spending was lifted.", set()),
        # a comma that does not open such a participle names no imposer
        ("A price cap on Russian crude, the toughest measure yet, came into force.", set()),
        # a cap judged or argued over, with no verb of making it before it, is no act
        (
            "Dmitry Peskov said Russia had adapted and that the price cap would damage Europe.",
            set(),
        ),
        (
            "The G7 agreed a price cap on Russian crude. Andriy Yermak said the cap should be "
            "lowered to $30.",
            {("org:G7", "sector", "imposed")},
        ),
    ],
)
def test_price_caps_and_apposed_agents(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-12-06") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a business named by its trade is a company, not the trade's sector (Cubametales is
        # in the case file since the twenty-seventh session: its id)
        (
            "The Treasury blacklisted Cubametales, the Cuban state oil importer.",
            {("country:USA", "org:CUBAMETALES", "imposed")},
        ),
        (
            "The Treasury sanctioned Cubametales, Cuba's state-owned oil importer.",
            {("country:USA", "org:CUBAMETALES", "imposed")},
        ),
        # (the goods alone are still a sector)
        ("The US banned imports of Venezuelan oil.", {("country:USA", "sector", "imposed")}),
    ],
)
def test_a_business_named_by_its_trade_is_a_company(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-09-30") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure just before an event dated years back is as old: in force
        (
            "Mr Timchenko sold his stake in Gunvor in 2014, a day before he was placed under US "
            "sanctions.",
            {("country:USA", "person:gennady-timchenko", "existing")},
        ),
        # … but just before the news's own days, it is the news
        (
            "Russia attacked on Monday, a day before the EU imposed sanctions on Sberbank.",
            {("org:EU", "org:SBERBANK", "imposed")},
        ),
    ],
)
def test_a_measure_a_day_before_a_dated_event(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-04-06") == expected


def test_a_ban_on_travelling_to_a_country_is_not_that_countrys():
    """ "banned from travelling to Poland" may be an exit ban of one's own state (Ukraine's on
    men of fighting age): unlike "from entering the UK", the destination imposes nothing
    (the review of the nineteenth session's rules)."""
    ukraine = load_case("russia-ukraine-2022")
    text = "Ukrainian men aged 18 to 60 have been banned from travelling to Poland."
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-10") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of the nineteenth session's rules: a tally told as the day's news is imposed
        (
            "Canada has also sanctioned 43 Venezuelan officials, Freeland announced.",
            {("country:CAN", "people", "imposed")},
        ),
        (
            "In a statement released this week, Canada said it has sanctioned 43 Venezuelan "
            "officials.",
            {("country:CAN", "people", "imposed")},
        ),
        (
            "The EU has frozen the assets of seven Venezuelan officials in response.",
            {("org:EU", "people", "imposed")},
        ),
        # a measured "before" dates nothing unless the year right before it does
        (
            "Maduro, in power since 2013, left for Moscow a day before the US sanctioned Tarek "
            "William Saab.",
            {("country:USA", "person:tarek-william-saab", "imposed")},
        ),
    ],
)
def test_review_mends_nineteenth_session_tallies(annotator, case, text, expected):
    found = keys(annotator, case, LEAD + text, published="2019-06-05")
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of "unfriendly individuals banned from entering" is an entry ban
        (
            "Russia on Tuesday placed 29 Britons on its list of unfriendly individuals banned "
            "from entering Russia.",
            {("country:RUS", "people", "imposed")},
        ),
        # supporting a price cap is advocacy, no measure
        ("Hungary said it would support the price cap only if pipeline oil was exempt.", set()),
        ("Japan said it would join the price cap.", {("country:JPN", "sector", "proposed")}),
    ],
)
def test_review_mends_nineteenth_session_lists_and_caps(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-12-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refusal naming no target refuses the sanctions on the case's home country, when
        # the article names it (twentieth session, from dev sets CH, DB and DD)
        (
            "Russia invaded Ukraine in February. Serbia and Turkey have declined to join any "
            "sanctions.",
            {("country:SRB", "country:RUS", "negated"), ("country:TUR", "country:RUS", "negated")},
        ),
        (
            "Russia invaded Ukraine in February. Turkey has refused to join European sanctions.",
            {("country:TUR", "country:RUS", "negated")},
        ),
        ("Turkey has refused to join European sanctions.", set()),  # no home country named
        ("Russia invaded Ukraine. Switzerland joined the EU sanctions on Thursday.", set()),
        # ", none of which has joined …": the relative denies it for every name before it
        (
            "Russia invaded Ukraine. Superyachts have steamed off to Turkey, the Maldives and "
            "the United Arab Emirates, none of which has joined Western sanctions.",
            {
                ("country:TUR", "country:RUS", "negated"),
                ("country:MDV", "country:RUS", "negated"),
                ("country:ARE", "country:RUS", "negated"),
            },
        ),
        (
            "Russia invaded Ukraine. Superyachts have gone to Japan and Canada, both of which "
            "have joined Western sanctions.",
            set(),
        ),
        # "Neither Gulf state": a modifier before the noun; a pair joined by "and the"
        (
            "Saudi Arabia and the United Arab Emirates have kept pumping oil. Neither Gulf "
            "state has imposed sanctions on Russia.",
            {("country:SAU", "country:RUS", "negated"), ("country:ARE", "country:RUS", "negated")},
        ),
    ],
)
def test_refusals_without_target_and_none_of_which(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-05-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where frozen assets are held is who froze them
        (
            "Among those whose assets are now frozen in Switzerland are President Vladimir "
            "Putin, Prime Minister Mikhail Mishustin and Foreign Minister Sergei Lavrov.",
            {
                ("country:CHE", "person:vladimir-putin", "imposed"),
                ("country:CHE", "person:mikhail-mishustin", "imposed"),
                ("country:CHE", "person:sergei-lavrov", "imposed"),
                ("country:CHE", "people", "imposed"),
            },
        ),
        (
            "Roman Abramovich has had his British assets frozen.",
            {("country:GBR", "person:roman-abramovich", "imposed")},
        ),
        # the contested state's demonym names the owner, not the place
        ("Roman Abramovich has had his Russian assets frozen.", set()),
        # "frozen in" a month or a city's bank is no state
        ("Roman Abramovich's assets were frozen in March.", set()),
        # a fronted "subject to" + measure: more targets of the act just reported
        (
            "Britain froze the assets of seven oligarchs on Thursday. Also subject to the "
            "asset freeze are Oleg Deripaska, the aluminium magnate, and Igor Sechin.",
            {
                ("country:GBR", "people", "imposed"),
                ("country:GBR", "person:oleg-deripaska", "imposed"),
                ("country:GBR", "person:igor-sechin", "imposed"),
            },
        ),
    ],
)
def test_freezes_placed_and_fronted(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause saying whom the measure already hits: in force
        (
            "The Foreign Office said London was discussing with European partners whether to "
            "widen the EU's sanctions, which currently cover 18 officials.",
            {("org:EU", "people", "existing"), ("org:EU", "people", "proposed")},
        ),
        (
            "Ministers could discuss widening the EU's sanctions, which already target 18 "
            "Venezuelan officials, when they meet later this month.",
            {("org:EU", "people", "existing"), ("org:EU", "people", "proposed")},
        ),
        # the relative describes the measure just imposed
        (
            "The EU imposed sanctions, which target 18 officials, on Monday.",
            {("org:EU", "people", "imposed")},
        ),
    ],
)
def test_a_relative_on_the_measure_says_it_is_in_force(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-05-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the sanctions imposed on Russia by A and B" taken up, or refused, by the subject:
        # A's and B's are in force, the subject's act is its own (twentieth session, EB)
        (
            "He said South Africa would not join the sanctions imposed on Russia by the United "
            "States, Britain and the European Union.",
            {
                ("country:ZAF", "country:RUS", "negated"),
                ("country:USA", "country:RUS", "existing"),
                ("country:GBR", "country:RUS", "existing"),
                ("org:EU", "country:RUS", "existing"),
            },
        ),
        (
            "Switzerland said it would adopt the sanctions imposed on Russia by the European "
            "Union.",
            {("country:CHE", "country:RUS", "proposed"), ("org:EU", "country:RUS", "existing")},
        ),
        # condemned, not taken up: the source's act as told
        (
            "Russia condemned the sanctions imposed on Russia by the European Union.",
            {("org:EU", "country:RUS", "imposed")},
        ),
        # a refusal as the second predicate after "but"
        (
            "South Korea said it supported peace but stopped short of imposing sanctions of its "
            "own on Russia.",
            {("country:KOR", "country:RUS", "negated")},
        ),
    ],
)
def test_measures_another_imposed_taken_up_or_refused(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure another imposed, described as in force: evaded, or the subject of "still"
        (
            "Astana will not let its territory be used to get round the sanctions that the "
            "United States and Britain imposed on Russia after the invasion.",
            {
                ("country:USA", "country:RUS", "existing"),
                ("country:GBR", "country:RUS", "existing"),
            },
        ),
        (
            "The sanctions imposed on Russia by the United States and the European Union still "
            "prevent our exports from reaching those who need them.",
            {("country:USA", "country:RUS", "existing"), ("org:EU", "country:RUS", "existing")},
        ),
        # reported as the news, they are imposed
        (
            "The sanctions imposed on Russia by the EU on Monday cover 90 people.",
            {("org:EU", "country:RUS", "imposed")},
        ),
        # "any of the Western sanctions" refused
        (
            "Russia invaded Ukraine. India has declined to join any of the Western sanctions.",
            {("country:IND", "country:RUS", "negated")},
        ),
    ],
)
def test_measures_described_in_force_and_refused_in_part(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-10-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name set off after a description of it is the subject of the passive
        (
            "The owner, steel pipe billionaire Dmitry Pumpyansky, had been sanctioned by "
            "Britain and the EU just days earlier.",
            {
                ("country:GBR", "person:dmitry-pumpyansky", "existing"),
                ("org:EU", "person:dmitry-pumpyansky", "existing"),
            },
        ),
        # the owner of the decision that is the measure's subject imposes it
        (
            "The EU's sixth package, adopted on June 3 after weeks of wrangling, bans most "
            "imports of Russian oil by the end of the year and cuts Sberbank from the SWIFT "
            "messaging system.",
            {("org:EU", "sector", "imposed"), ("org:EU", "org:SBERBANK", "imposed")},
        ),
        # not when another name acts between them
        (
            "The EU's sixth package, which Hungary fought for weeks, leaves pipeline oil alone; "
            "Hungary bans nothing.",
            set(),
        ),
    ],
)
def test_described_names_and_owned_decisions(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-06-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of the twentieth session's rules: a refusal right after sanctions on a
        # company or on people refuses those, not the home country's
        (
            "Russia and Ukraine resumed talks. Japan has imposed sanctions on Russian banks. "
            "South Korea has refused to join the sanctions.",
            {("country:JPN", "company", "imposed")},
        ),
        # the owner's own demonym is no freezing state
        (
            "Russia invaded. Belarusian businessman Mikhail Gutseriev has had his Belarusian "
            "assets frozen.",
            set(),
        ),
        # a relative saying whom new sanctions "now" cover leaves them imposed
        (
            "Japan on Friday imposed new sanctions, which now target 500 Russian individuals.",
            {("country:JPN", "people", "imposed")},
        ),
        (
            "The EU on Monday adopted its sixth package of sanctions, which currently targets "
            "oil imports.",
            {("org:EU", "sector", "imposed")},
        ),
    ],
)
def test_review_mends_twentieth_session_sanctions(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-06-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States imposed sanctions on PDVSA on Monday. Venezuela's oil exports "
            "fell. India has not joined the sanctions.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
    ],
)
def test_review_a_refusal_after_sanctions_on_a_company(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-02-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" after "the Swiss government": the demonym names the state acting
        (
            "The Swiss government met on Monday. It adopted the European Union's sanctions "
            "against Russia.",
            {("country:CHE", "country:RUS", "imposed")},
        ),
        # "the government" after a state's measure, no other state named since: that state
        (
            "Britain froze the assets of Sberbank. The government also imposed sanctions on "
            "Aeroflot.",
            {
                ("country:GBR", "org:SBERBANK", "imposed"),
                ("country:GBR", "org:AEROFLOT", "imposed"),
            },
        ),
        # (a demonym between, "the Japanese foreign minister", is no other state)
        (
            "Japan froze the assets of Sberbank. The Japanese foreign minister said it was "
            "right. The government also froze the assets of Maria Vorontsova.",
            {
                ("country:JPN", "org:SBERBANK", "imposed"),
                ("country:JPN", "person:maria-vorontsova", "imposed"),
            },
        ),
        # another state named since the measure: "the government" is not read as either
        (
            "Britain froze the assets of Sberbank. Russia called it theft. The government also "
            "imposed sanctions on Aeroflot.",
            {("country:GBR", "org:SBERBANK", "imposed")},
        ),
        # a foreign minister's state is not "the government" that acts next
        (
            "Kuleba urged the EU to impose a full embargo on Russian oil and gas.\n\n"
            "The government also froze the assets of Maria Vorontsova.",
            {("org:EU", "sector", "proposed")},
        ),
    ],
)
def test_twenty_first_session_governments(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-05") == expected


def test_an_envoy_reporting_the_administration_speaks_for_his_state(annotator, case):
    text = (
        "Elliott Abrams, the US special envoy, told lawmakers that pressure would grow. "
        '"The regime is running out of money," Abrams said. The envoy said the '
        "administration was weighing further sanctions against senior officials."
    )
    assert keys(annotator, case, text, published="2019-02-13") == {
        ("country:USA", "people", "proposed")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "did the same" repeats the measure for the states before it
        (
            "Poland and Bulgaria closed their skies to Russian airlines on Friday, and Estonia "
            "and Latvia did the same.",
            {
                ("country:POL", "company", "imposed"),
                ("country:BGR", "company", "imposed"),
                ("country:EST", "company", "imposed"),
                ("country:LVA", "company", "imposed"),
            },
        ),
        (
            "Japan froze the assets of Sberbank, and South Korea will do the same.",
            {
                ("country:JPN", "org:SBERBANK", "imposed"),
                ("country:KOR", "org:SBERBANK", "proposed"),
            },
        ),
        # a sentence of its own: "Canada followed suit", "Hours later Japan did the same"
        (
            "The EU imposed sanctions on Sberbank. Canada followed suit on Monday.",
            {("org:EU", "org:SBERBANK", "imposed"), ("country:CAN", "org:SBERBANK", "imposed")},
        ),
        (
            "The EU imposed sanctions on Sberbank. Hours later Japan and South Korea did the same.",
            {
                ("org:EU", "org:SBERBANK", "imposed"),
                ("country:JPN", "org:SBERBANK", "imposed"),
                ("country:KOR", "org:SBERBANK", "imposed"),
            },
        ),
        # the same act on other targets, or no state following: nothing repeated
        (
            "The EU imposed sanctions on Sberbank. Russia did the same to Western banks.",
            {("org:EU", "org:SBERBANK", "imposed")},
        ),
        (
            "The EU imposed sanctions on Sberbank. Protests followed.",
            {("org:EU", "org:SBERBANK", "imposed")},
        ),
    ],
)
def test_twenty_first_session_followers(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date between a relative's verb and its object: "imposed on Tuesday on X" (an act
        # dated before the news: existing)
        (
            "Britain's new measures followed sanctions that the United States imposed on "
            "Tuesday on Sberbank, the country's largest lender.",
            {("country:USA", "org:SBERBANK", "existing")},
        ),
        # (or a relative time: "imposed earlier this month on X")
        (
            "It follows sanctions that Australia imposed earlier this month on Sberbank.",
            {("country:AUS", "org:SBERBANK", "existing")},
        ),
        # what new measures come on top of is in force
        (
            "Thursday's measures come on top of sanctions that Britain imposed on Tuesday on VTB.",
            {("country:GBR", "org:VTB", "existing")},
        ),
        (
            "The new measures come on top of sanctions that Britain imposed on VTB.",
            {("country:GBR", "org:VTB", "existing")},
        ),
        # a second object after a members aside, with the same preposition
        (
            "Britain imposed sanctions on five banks, including Bank Rossiya, and on three "
            "associates of Putin: Gennady Timchenko, Boris Rotenberg and Igor Rotenberg.",
            {
                ("country:GBR", "company", "imposed"),
                ("country:GBR", "org:BANK_ROSSIYA", "imposed"),
                ("country:GBR", "people", "imposed"),
                ("country:GBR", "person:gennady-timchenko", "imposed"),
                ("country:GBR", "person:boris-rotenberg", "imposed"),
                ("country:GBR", "person:igor-rotenberg", "imposed"),
            },
        ),
        # (a relative clause after the aside is not a second object)
        (
            "Britain imposed sanctions on five banks, including Bank Rossiya, which financed "
            "the army, and on Thursday it went further.",
            {("country:GBR", "company", "imposed"), ("country:GBR", "org:BANK_ROSSIYA", "imposed")},
        ),
    ],
)
def test_twenty_first_session_objects_and_status(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-02-24") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "under sanctions in X": the state the measure holds in
        (
            "Sberbank and VTB are already under sanctions in the United States.",
            {("country:USA", "org:SBERBANK", "existing"), ("country:USA", "org:VTB", "existing")},
        ),
        # "blocked/blocking (financial) dealings with": a restriction on whom the trade is with
        (
            "Singapore blocked financial dealings with four Russian banks.",
            {("country:SGP", "company", "imposed")},
        ),
        # (a blocked resolution is no measure)
        ("Russia blocked the resolution on Friday.", set()),
        # a second participle shares the first's status, whatever a relative inside says
        (
            "Singapore announced sanctions against Russia on Saturday, banning exports of "
            "goods that could be used as weapons and blocking financial dealings with four "
            "Russian banks.",
            {
                ("country:SGP", "country:RUS", "imposed"),
                ("country:SGP", "sector", "imposed"),
                ("country:SGP", "company", "imposed"),
            },
        ),
    ],
)
def test_twenty_first_session_holders_and_participles(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure's entry into force is the news, not a description of one in force
        (
            "The EU's ban on Russian coal came into force on Wednesday.",
            {("org:EU", "sector", "imposed")},
        ),
        (
            "The cap, which takes effect on Monday together with the EU's ban on imports of "
            "Russian crude by sea, bars Western companies from providing shipping.",
            {("org:EU", "sector", "imposed")},
        ),
        # still to take effect: decided, not in force
        (
            "A second cap is due to start in February, alongside an EU ban on imports of "
            "refined products.",
            {("org:EU", "sector", "proposed")},
        ),
        # dated long before the news, or described as in force: existing
        (
            "The EU's ban on Russian coal came into force in August.",
            {("org:EU", "sector", "existing")},
        ),
        (
            "The EU's ban on Russian coal has been in force since August.",
            {("org:EU", "sector", "existing")},
        ),
    ],
)
def test_twenty_first_session_taking_effect(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-12-07") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an official with no state named imposes for the story's main imposer
        (
            "Australia froze the assets of Sberbank. Australia also sanctioned VTB. It rained. "
            "Prime Minister Scott Morrison has slapped sanctions on Vladimir Putin himself.",
            {
                ("country:AUS", "org:SBERBANK", "imposed"),
                ("country:AUS", "org:VTB", "imposed"),
                ("country:AUS", "person:vladimir-putin", "imposed"),
            },
        ),
        # (no state imposing most of the story's measures: the person stays)
        (
            "Prime Minister Scott Morrison has slapped sanctions on Vladimir Putin himself.",
            {("person:scott-morrison", "person:vladimir-putin", "imposed")},
        ),
    ],
)
def test_an_official_imposes_for_the_story_state(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-05") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject complies with, accepts or evades a measure: it is bound, not imposing
        ("Russia will not comply with the price cap.", set()),
        (
            "Kremlin spokesman Dmitry Peskov said Russia would not accept the cap and was "
            "analysing the situation.",
            set(),
        ),
        # (the measure's owner still imposes it)
        (
            "Russia will not comply with the EU's ban on imports of Russian coal.",
            {("org:EU", "sector", "existing")},
        ),
    ],
)
def test_a_measure_complied_with_is_not_the_subjects(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-12-06") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner of a decision opening the clause past a fronted phrase
        (
            "After a month of wrangling, the EU's sixth package of sanctions against Russia "
            "was formally adopted on Friday.",
            {("org:EU", "country:RUS", "imposed")},
        ),
        # (and still at the sentence's start, with a participle aside after it)
        (
            "The EU's sixth package, adopted on June 3 after weeks of wrangling, cuts "
            "Sberbank from the SWIFT messaging system.",
            {("org:EU", "org:SBERBANK", "imposed")},
        ),
    ],
)
def test_a_decision_owner_past_a_fronted_phrase(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-06-04") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a perfect that has held "for years" describes a measure in force
        (
            "Vladimir Padrino López has been barred from entering the United States for years.",
            {("country:USA", "person:vladimir-padrino-lopez", "existing")},
        ),
        (
            "Vladimir Padrino López has been barred from entering the United States.",
            {("country:USA", "person:vladimir-padrino-lopez", "imposed")},
        ),
    ],
)
def test_a_measure_held_for_years_is_in_force(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-09-01") == expected


def test_then_before_an_office_opens_no_clause(annotator, case):
    # "then-President" names a former office; the when-clause is dated by "since 2015"
    text = (
        "Washington has targeted Venezuelan officials since 2015, when then-President Barack "
        "Obama froze the assets of seven military and police officers."
    )
    assert keys(annotator, case, text, published="2019-01-29") == {
        ("country:USA", "people", "existing")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fourth session, a real Fox News report read by eye: a place phrase between
        # the frozen property and its owner ("property in the United States owned by …")
        (
            "The Treasury blocked any property in the United States owned by Maduro's son,"
            " Nicolas Ernesto Maduro Guerra.",
            {("country:USA", "person:nicolas-maduro-guerra", "imposed")},
        ),
        (
            "The Treasury froze any assets within U.S. jurisdiction belonging to Tareck El"
            " Aissami.",
            {("country:USA", "person:tareck-el-aissami", "imposed")},
        ),
        # a clause between them names no owner of the property
        ("The Treasury froze property in Miami, which was owned by Maduro's son.", set()),
    ],
)
def test_frozen_property_owned_after_a_place_phrase(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-06-28") == expected


@pytest.mark.parametrize(
    "fronted",
    [
        "Also added to the list were",
        "Also making the sanctions list are",
        "Also named on the list are",
        "Also on the sanctions list are",
    ],
)
def test_a_fronted_listing_predicate_names_more_targets(fronted):
    # twenty-fourth session, from a real report read by eye ("Also making the sanctions list
    # are …"): the predicate that puts its subject on the list is fronted before the copula
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "Britain froze the assets of seven oligarchs on Thursday. "
        f"{fronted} Oleg Deripaska and Igor Sechin."
    )
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-10") == {
        ("country:GBR", "people", "imposed"),
        ("country:GBR", "person:oleg-deripaska", "imposed"),
        ("country:GBR", "person:igor-sechin", "imposed"),
    }


def test_a_list_of_people_set_off_by_semicolons_with_their_offices(annotator, case):
    # twenty-fourth session, a real report (The Hill) read by eye: each item is a name, a
    # comma and an office; the semicolons hold the list together (only the first was taken)
    text = (
        "The Treasury sanctioned Ivan Rafael Hernandez Dala, the commander of Maduro’s"
        " Presidential Guard and Venezuela’s Directorate General of Military"
        " Counter-Intelligence; Manuel Ricardo Cristopher Figuera, director general of the"
        " Venezuelan National Intelligence Service (SEBIN); Hildemaro Jose Rodriguez Mucura,"
        " first commissioner of SEBIN; and Manuel Salvador Quevedo Fernandez, president of"
        " Venezuela’s state-owned oil company, PDVSA."
    )
    assert keys(annotator, case, text, published="2019-02-15") == {
        ("country:USA", "person:ivan-rafael-hernandez-dala", "imposed"),
        ("country:USA", "person:manuel-cristopher-figuera", "imposed"),
        ("country:USA", "person:hildemaro-jose-rodriguez-mucura", "imposed"),
        ("country:USA", "person:manuel-salvador-quevedo-fernandez", "imposed"),
    }


def test_a_semicolon_after_an_office_opens_no_target_without_a_name(annotator, case):
    text = (
        "The Treasury sanctioned Ivan Rafael Hernandez Dala, the commander of the Presidential"
        " Guard; the move follows a crackdown on protesters."
    )
    assert keys(annotator, case, text, published="2019-02-15") == {
        ("country:USA", "person:ivan-rafael-hernandez-dala", "imposed")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fourth session, real reports (The Hill, AP, Argus, UPI) read by eye.
        # A plain adjective before "country" still names the country just named
        (
            "Venezuela is in crisis. The US has imposed sanctions on officials, but has stopped"
            " short of imposing an oil embargo on the embattled South American country.",
            {("country:USA", "people", "imposed"), ("country:USA", "country:VEN", "negated")},
        ),
        # an agentless passive with the measure as subject is the last imposer's act
        (
            "The US Treasury imposed sanctions on Minerven. New sanctions were also imposed on"
            " PDVSA.",
            {("country:USA", "org:MINERVEN", "imposed"), ("country:USA", "org:PDVSA", "imposed")},
        ),
        # … but an agent after the target imposes
        (
            "The US Treasury imposed sanctions on Minerven. Sanctions were imposed on PDVSA by"
            " the EU.",
            {("country:USA", "org:MINERVEN", "imposed"), ("org:EU", "org:PDVSA", "imposed")},
        ),
        # a single vessel is a business's property, as vessels are
        ("The US Treasury imposed sanctions on a tanker.", {("country:USA", "company", "imposed")}),
        # a subordinate "as" clause after the measure names no target of it
        (
            "The US sanctioned Jorge Arreaza. He joins a list of officials designated for U.S."
            " sanctions as Washington increases pressure on President Nicolás Maduro.",
            {("country:USA", "person:jorge-arreaza", "imposed")},
        ),
        # own nationals barred from "financial dealings with" the targets are no targets
        (
            "The US Treasury sanctioned Jorge Arreaza and Carol Padilla, freezing any assets they"
            " have in the U.S. and barring American citizens or entities from financial dealings"
            " with them.",
            {
                ("country:USA", "person:jorge-arreaza", "imposed"),
                ("country:USA", "person:carol-padilla", "imposed"),
            },
        ),
        # a passive lifting after the measure's target: not done with a modal, done without
        (
            "The EU said sanctions on officials could be lifted if they defect.",
            {("org:EU", "people", "existing")},
        ),
        (
            "The EU said sanctions on Jorge Arreaza will not be eased.",
            {("org:EU", "person:jorge-arreaza", "existing")},
        ),
        (
            "EU sanctions on Jorge Arreaza were lifted on Tuesday.",
            {("org:EU", "person:jorge-arreaza", "lifted")},
        ),
    ],
)
def test_real_report_constructions_of_the_twenty_fourth_session(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-04-26") == expected


def test_a_states_agency_named_in_full_acts_for_the_state(annotator, case):
    # twenty-fourth session, a real Andina report: "Peru's National Superintendence of
    # Migrations" is Peru acting; "forbidden from entering" is a travel ban too
    text = (
        "Peru's National Superintendence of Migrations put into effect the entry ban on key"
        " members of Maduro's administration. Jorge Arreaza has also been forbidden from"
        " entering the country."
    )
    found = rows(annotator, case, text, published="2019-01-08")
    assert {(r["imposer_id"], r["target_id"] or r["target_kind"], r["status"]) for r in found} == {
        ("country:PER", "people", "imposed"),
        ("country:PER", "person:jorge-arreaza", "imposed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fourth session, real reports (RFE/RL, N1, The Independent) read by eye.
        # quote marks around a general measure ("restrictive measures") are no words of it
        (
            "The US, EU and UK also agreed to impose ”restrictive measures” on Russia's Central"
            " Bank.",
            {
                ("country:USA", "org:CBR", "imposed"),
                ("org:EU", "org:CBR", "imposed"),
                ("country:GBR", "org:CBR", "imposed"),
            },
        ),
        # a single company kind with named members: the kind and each member
        (
            "Ms von der Leyen said the bloc would ban the Kremlin’s media machine, including the"
            " state-owned Russia Today and Sputnik.",
            {
                ("org:EU", "company", "proposed"),
                ("org:EU", "org:RT", "proposed"),
                ("org:EU", "org:SPUTNIK", "proposed"),
            },
        ),
        # a group noun and its participle fronted before the copula: the targets follow
        (
            "The US imposed sanctions on two banks. The two banks designated are Russia's"
            " Promsvyazbank, the bank of the armed forces, and Kremlin-controlled VEB bank, the"
            " nation's development bank.",
            {
                ("country:USA", "company", "imposed"),
                ("country:USA", "org:PSB", "imposed"),
                ("country:USA", "org:VEB", "imposed"),
            },
        ),
        # semicolon items that open with a title before the name
        (
            "The United States also sanctioned Aleksandr Bortnikov, the head of Russia's Federal"
            " Security Service (FSB); Kremlin First Deputy Chief of Staff Sergei Kirienko; and"
            " Promsvyazbank CEO Pyotr Fradkov.",
            {
                ("country:USA", "person:aleksandr-bortnikov", "imposed"),
                ("country:USA", "person:sergei-kirienko", "imposed"),
                ("country:USA", "person:pyotr-fradkov", "imposed"),
            },
        ),
        # standing ready to take measures is a threat
        (
            "The EU, he said, would be ready to take targeted measures against those responsible.",
            {("org:EU", "people", "threatened")},
        ),
    ],
)
def test_real_ukraine_report_constructions_of_the_twenty_fourth_session(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-02-27") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fourth session, real reports (Taipei Times, Khaleej Times, AAP) read by eye.
        # "target X with a round of sanctions": the round's measures hit X
        (
            "Australia will target Russia with a round of sanctions following its invasion.",
            {("country:AUS", "country:RUS", "proposed")},
        ),
        # an agentless passive "targeted", its subject opening the sentence after a measure
        (
            "Australia imposed sanctions on eight officials. Russian banks have also been"
            " targeted.",
            {("country:AUS", "people", "imposed"), ("country:AUS", "company", "imposed")},
        ),
        # a demonym in the subject phrase names a target, not the package's owner
        (
            "Britain froze the assets of VTB. The announcement follows a sweeping package of"
            " financial sanctions targeting Russian banks, as well as restrictions on sovereign"
            " debt announced on Tuesday.",
            {
                ("country:GBR", "org:VTB", "imposed"),
                ("country:GBR", "company", "imposed"),
                ("country:GBR", "government", "imposed"),
            },
        ),
        # goods a measure bars are a sector; a compound's first half is no head noun
        (
            "The US has also announced export controls on sensitive components.",
            {("country:USA", "sector", "imposed")},
        ),
        (
            "Japan said it will sanction exports of general-purpose goods such as semiconductors.",
            {("country:JPN", "sector", "proposed")},
        ),
    ],
)
def test_real_ukraine_reports_second_batch(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-02-26") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fourth session, real reports (NationalWorld, RFE/RL) read by eye.
        # bullet items under a line that adopts a package: the adopter's measures
        (
            "The EU agreed on a new package of sanctions, which also included:\n"
            "- An asset freeze and travel ban on individuals\n"
            "- Russia’s biggest bank, Sberbank, will be excluded from SWIFT\n",
            # (twenty-seventh session: a bare "will" right after the adoption tells what the
            # adopted package does, so imposed, as two reviews of real reports judged it)
            {("org:EU", "people", "imposed"), ("org:EU", "org:SBERBANK", "imposed")},
        ),
        # an act naming no target lends its imposer to the agentless passive right after it
        (
            "The EU adopted new sanctions. Sberbank will be excluded from SWIFT.",
            {("org:EU", "org:SBERBANK", "imposed")},
        ),
        # … and to that sentence only
        (
            "The EU adopted new sanctions. Talks went on. Prices rose. Trade slowed. Sberbank"
            " was excluded from SWIFT.",
            set(),
        ),
        # the subject of "…, announcing that" imposes what the reported passive tells, and a
        # coordinated "and that" opens no relative clause of a threat
        (
            "On Saturday the US, EU, Britain and Canada agreed to do just that, announcing that"
            " selected Russian banks would be removed from the SWIFT system and that the assets"
            " of Russia's central bank would be frozen.",
            {
                ("org:EU", "company", "imposed"),
                ("country:GBR", "company", "imposed"),
                ("country:CAN", "company", "imposed"),
                ("org:EU", "org:CBR", "imposed"),
                ("country:GBR", "org:CBR", "imposed"),
                ("country:CAN", "org:CBR", "imposed"),
            },
        ),
    ],
)
def test_lists_untargeted_acts_and_announcing_gerunds(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-05-31") == expected


def test_a_state_that_matched_another_blocs_sanctions_imposes_them():
    # twenty-fourth session, a real Anadolu report: "Switzerland has matched the European
    # Union's sanctions on Moscow" (as "mirrored" and "adopted" already read)
    ukraine = load_case("russia-ukraine-2022")
    text = "Switzerland has matched the European Union's sanctions on Moscow."
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-04-07") == {
        ("country:CHE", "country:RUS", "imposed")
    }


def test_a_rejection_of_sanctions_negates_them():
    # twenty-fourth session, a real TASS report: "the rejection of sanctions [against Russia]"
    # read as sanctions imposed by the speaker
    ukraine = load_case("russia-ukraine-2022")
    text = (
        '"We were a subject of discussion regarding the rejection of sanctions against Russia,'
        ' and I said in response the truth," Vucic said.'
    )
    found = keys(_ukraine_annotator(), ukraine, text, published="2022-12-06")
    assert found and all(status == "negated" for _, _, status in found)


def test_a_name_a_listed_group_is_linked_to_is_no_member():
    # twenty-fourth session, a real ABC report: "Those targeted include …, businessmen linked
    # to Russian President Vladimir Putin, …" made Putin a target of the group's measure
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "The US has announced new sanctions on Russian oligarchs. Those targeted include Kremlin"
        " officials, businessmen linked to Russian President Vladimir Putin, and Alexey"
        " Mordashov."
    )
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-06-03") == {
        ("country:USA", "people", "imposed"),
        ("country:USA", "person:alexei-mordashov", "imposed"),
    }


def test_a_refinery_is_a_company():
    # twenty-fourth session, a real AP report: "A gold refinery … is facing Ugandan sanctions"
    # was the gold sector
    case = load_case("venezuela-2019")
    text = "A gold refinery primarily owned by a Belgian is facing Ugandan sanctions."
    found = keys(Annotator(case), case, text, published="2019-03-25")
    assert {target for _, target, _ in found} == {"company"}


@pytest.mark.parametrize(
    "text",
    [
        "The EU adopted new sanctions on Friday. The sanctions target Promsvyazbank and VEB.",
        "The EU adopted new sanctions on Friday. The sanctions, agreed on Friday, target"
        " Promsvyazbank and VEB.",
    ],
)
def test_a_measure_that_targets_is_the_last_imposers(text):
    # twenty-fifth session, a real report: "The sanctions target Rossiya, IS Bank, …" gave no
    # row, though "They target …" and "The package targets …" did
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-02-25") >= {
        ("org:EU", "org:PSB", "imposed"),
        ("org:EU", "org:VEB", "imposed"),
    }


@pytest.mark.parametrize(
    ("text", "imposer"),
    [
        ("Promsvyazbank and VEB will be cut off from SWIFT, the EU said on Friday.", "org:EU"),
        ("Sanctions will be imposed on Promsvyazbank and VEB, Britain said.", "country:GBR"),
        (
            "The new measures target Promsvyazbank and VEB, the British government said in a"
            " statement.",
            "country:GBR",
        ),
        ("The sanctions will target Promsvyazbank and VEB, Joe Biden said.", "country:USA"),
    ],
)
def test_a_closing_attribution_names_the_imposer(text, imposer):
    # twenty-fifth session: a passive or a measure as subject, with only ", X said" after it,
    # gave no row at all
    ukraine = load_case("russia-ukraine-2022")
    found = keys(_ukraine_annotator(), ukraine, text, published="2022-02-25")
    assert {(i, t) for i, t, _ in found} == {(imposer, "org:PSB"), (imposer, "org:VEB")}


@pytest.mark.parametrize(
    "text",
    [
        # a case subject's word on a measure is not its act
        "Promsvyazbank and VEB will be cut off from SWIFT, the Kremlin said.",
        # nor is a complaint
        "Promsvyazbank was sanctioned illegally, Britain's ambassador said.",
        # a company speaks for nobody's sanctions
        "Sanctions will be imposed on VEB, Promsvyazbank said.",
    ],
)
def test_a_closing_attribution_that_imposes_nothing(text):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-02-25") == set()


def test_a_home_official_attributing_a_measure_imposes_nothing():
    case = load_case("venezuela-2019")
    text = "Venezuelan officials will be barred from entering, Jorge Arreaza said."
    assert keys(Annotator(case), case, text, published="2019-03-25") == set()


@pytest.mark.parametrize(
    "text",
    [
        # twenty-fifth session, a real Kyodo report: a list item that opens with an office held
        # "of" an institution broke the list after its first name
        "Japan imposed sanctions on Vladimir Putin, Deputy Chairman of the Russian Security"
        " Council Dmitry Medvedev, Foreign Minister Sergey Lavrov and Defense Minister Sergey"
        " Shoigu.",
        "Japan imposed sanctions on Vladimir Putin, the deputy chairman of the Security Council,"
        " Dmitry Medvedev, Sergei Lavrov and Sergei Shoigu.",
    ],
)
def test_a_list_of_titled_people(text):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-02-25") == {
        ("country:JPN", person, "imposed")
        for person in (
            "person:vladimir-putin",
            "person:dmitry-medvedev",
            "person:sergei-lavrov",
            "person:sergei-shoigu",
        )
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fifth session, real reports (AP, CBC, Reuters): 25 of them gave no threat at
        # all. A threat naming no target threatens the state its condition names
        (
            "The US imposed sanctions on Russia on Tuesday. Biden said more sanctions could be"
            " added if Moscow continues its aggression.",
            {
                ("country:USA", "country:RUS", "imposed"),
                ("country:USA", "country:RUS", "threatened"),
            },
        ),
        (
            "Canada promised further economic penalties if the Kremlin fails to halt the invasion.",
            {("country:CAN", "country:RUS", "threatened")},
        ),
        # a promise on a condition is a threat, not a proposal
        (
            "Canada has promised further sanctions on Russia if the Kremlin fails to halt the"
            " invasion.",
            {("country:CAN", "country:RUS", "threatened")},
        ),
        # (a name that qualifies the condition's subject is none: "the Barbados talks")
        (
            "EU ministers warned that they would extend the measures if the Belarus talks failed.",
            set(),
        ),
        # (nor is another verb's modal: "talks could stall if" is no threat of sanctions)
        (
            "Brussels called on Belgrade to join the sanctions on Russia and warned that"
            " membership talks could stall if Serbia refused.",
            {("country:SRB", "country:RUS", "proposed")},
        ),
        # the condition of a second predicate is not the first one's
        (
            "Biden announced sanctions on VEB, and said more would follow if Moscow pressed"
            " further into Ukraine.",
            {("country:USA", "org:VEB", "imposed")},
        ),
    ],
)
def test_conditional_threats(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-02-25") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fifth session, real reports (AFP, Reuters, RFE/RL, UPI, CBC): Sberbank was
        # never a target in five of them
        (
            "The EU removed access to SWIFT for Russia's largest bank, Sberbank.",
            {("org:EU", "org:SBERBANK", "imposed")},
        ),
        (
            "The EU adopted its sixth package on Friday. The package also expels Russia's"
            " largest bank, Sberbank, from SWIFT.",
            {("org:EU", "org:SBERBANK", "imposed")},
        ),
        # the source of a measure another state adopts, past "already"
        (
            "Switzerland will adopt all the sanctions already imposed by the EU on Russia.",
            {("org:EU", "country:RUS", "existing"), ("country:CHE", "country:RUS", "proposed")},
        ),
        # what is retaliated against was in force before
        (
            "Moscow retaliated against the restrictions imposed by the US on Russian airlines.",
            {("country:USA", "company", "existing")},
        ),
        # "Others also sanctioned include …" after a measure of the same state
        (
            "Russia banned Joe Biden from entering on Tuesday. Others also sanctioned include"
            " Jake Sullivan and Hillary Clinton.",
            {
                ("country:RUS", "person:joe-biden", "imposed"),
                ("country:RUS", "person:jake-sullivan", "imposed"),
                ("country:RUS", "person:hillary-clinton", "imposed"),
            },
        ),
        # a list named by the measure its members are under
        (
            "Russia on Tuesday barred 313 Canadians. Prime Minister Justin Trudeau was placed on"
            " a list of Canadians banned from Russia.",
            {
                ("country:RUS", "people", "imposed"),
                ("country:RUS", "person:justin-trudeau", "imposed"),
            },
        ),
        # members named after "Among the … named are", a semicolon list of people
        (
            "Japan sanctioned 20 oligarchs on Friday. Among the Russian oligarchs named are"
            " billionaire Yuri Kovalchuk; businessman Arkady Rotenberg; and Sergei Chemezov.",
            {
                ("country:JPN", "people", "imposed"),
                ("country:JPN", "person:yuri-kovalchuk", "imposed"),
                ("country:JPN", "person:arkady-rotenberg", "imposed"),
                ("country:JPN", "person:sergei-chemezov", "imposed"),
            },
        ),
    ],
)
def test_twenty_fifth_session_real_sanctions(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fifth session: a plural noun right before the names describes them; it is no
        # group of its own ("the Kremlin-backed outlets Russia Today and Sputnik")
        (
            "The EU imposed a ban on the Kremlin-backed outlets Russia Today and Sputnik.",
            {("org:EU", "org:RT", "imposed"), ("org:EU", "org:SPUTNIK", "imposed")},
        ),
        # (a counted group set off before its members is one, by the guide)
        (
            "The EU imposed a ban on two banks, Sberbank and VTB.",
            {
                ("org:EU", "org:SBERBANK", "imposed"),
                ("org:EU", "org:VTB", "imposed"),
                ("org:EU", "company", "imposed"),
            },
        ),
    ],
)
def test_a_noun_describing_the_names_after_it(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fifth session, real reports (swissinfo, Reuters, AP): "Those on the sanctions
        # list include …" named nobody, and the titles made a Guaidó and a "Justice" person
        (
            "Switzerland on Wednesday adopted sanctions against Venezuela. Those on the"
            " sanctions list include former National Assembly President Diosdado Cabello,"
            " Interior Minister Nestor Reverol and Chief Justice Maikel Moreno.",
            {
                ("country:CHE", "country:VEN", "imposed"),
                ("country:CHE", "person:diosdado-cabello", "imposed"),
                ("country:CHE", "person:nestor-reverol", "imposed"),
                ("country:CHE", "person:maikel-moreno", "imposed"),
            },
        ),
        # "for" opens whom a measure is for when a group or a name follows
        (
            "The Swiss government on Wednesday ordered asset freezes and travel bans for seven"
            " Venezuelan ministers.",
            {("country:CHE", "people", "imposed")},
        ),
        ("Switzerland imposed sanctions for human rights abuses.", set()),
        # a participle's aside between the measure and its verb names the imposer
        (
            "The new sanctions, delivered by the Treasury's Office of Foreign Assets Control,"
            " target top military brass and regional commanders.",
            {("country:USA", "people", "imposed")},
        ),
    ],
)
def test_twenty_fifth_session_real_venezuela_sanctions(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-03-28") == expected


@pytest.mark.parametrize(
    "text",
    [
        # twenty-fifth session, a real AP report: the sector a "whose" clause owns is under the
        # sanctions, not the name the clause hangs on
        "Washington warned Caracas on Monday about the crisis in Venezuela, whose shrinking oil"
        " industry is also under U.S. sanctions.",
        # (and a possessed sector as the subject, which gave no row)
        "Venezuela's oil industry is under U.S. sanctions.",
    ],
)
def test_a_sector_under_sanctions(annotator, case, text):
    assert keys(annotator, case, text, published="2019-06-03") == {
        ("country:USA", "sector", "existing")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, blind set MD: "within a week of" measures a lag and names no
        # news day; "its finance ministry" acts for the sentence's subject alone (not for the
        # states it joined in the first conjunct), and "among them" after the second conjunct
        # lists its banks, not the first one's
        (
            "Within a week of the invasion, Norway joined the European Union in cutting Russian"
            " lenders off from SWIFT, and on March 3 its finance ministry barred dealings with"
            " four Russian banks, among them Sberbank and VTB.",
            {
                # (the first conjunct names no date the tool can place)
                ("country:NOR", "company", "imposed"),
                ("org:EU", "company", "imposed"),
                ("country:NOR", "company", "existing"),
                ("country:NOR", "org:SBERBANK", "existing"),
                ("country:NOR", "org:VTB", "existing"),
            },
        ),
        # (the same act "this week" is the news)
        (
            "Norway's finance ministry this week barred dealings with Sberbank.",
            {("country:NOR", "org:SBERBANK", "imposed")},
        ),
        # blind set MB: a clause "at the same time as" shares the time its main clause names
        (
            "In May the US Treasury froze the assets of two oligarchs, Ivan Orlov and Pavel"
            " Zotov, at the same time as it put blocking sanctions on Gazprombank.",
            {
                ("country:USA", "people", "existing"),
                ("country:USA", "person:ivan-orlov", "existing"),
                ("country:USA", "person:pavel-zotov", "existing"),
                ("country:USA", "org:GAZPROMBANK", "existing"),
            },
        ),
    ],
)
def test_twenty_sixth_session_dated_background(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-10-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, blind set MB: a person no list knows is marked by the measure
        # that names them: a passive hit "with" a measure, an adding verb's object put on a
        # list or package, the owner of what a freezing verb freezes
        (
            "Pavel Zotov was hit with Canadian sanctions yesterday.",
            {("country:CAN", "person:pavel-zotov", "imposed")},
        ),
        (
            "Canada froze Pavel Zotov's assets.",
            {("country:CAN", "person:pavel-zotov", "imposed")},
        ),
        (
            "Ottawa is weighing adding Pavel Zotov to its next sanctions package, officials said.",
            {("country:CAN", "person:pavel-zotov", "proposed")},
        ),
        # an adverb between the passive's auxiliary and its participle, and a relative clause
        # set off by commas after the subject
        (
            "Canada froze the assets of Pavel Zotov on Friday. His business partner Ivan Orlov,"
            " who once ran a coal mine, was also slapped with an asset freeze.",
            {
                ("country:CAN", "person:pavel-zotov", "imposed"),
                ("country:CAN", "person:ivan-orlov", "imposed"),
            },
        ),
    ],
)
def test_twenty_sixth_session_people_a_measure_names(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-05-14") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, 24 real Russia reports: a sentence-opening frame of the
        # sanctioned, its participle with a hyphened adverb and its agent, or the measure a
        # "by" names, then "include" or the copula and the names; the names after it are people
        (
            "Those newly-sanctioned by Canada include Ivan Orlov, owner of a football club;"
            " industrialist Pavel Zotov, and Rosneft chief Igor Sechin.",
            {
                ("country:CAN", "person:ivan-orlov", "imposed"),
                ("country:CAN", "person:pavel-zotov", "imposed"),
                ("country:CAN", "person:igor-sechin", "imposed"),
            },
        ),
        (
            "Canada imposed sanctions on Russian businessmen on Monday. Those hit by the new"
            " sanctions are Ivan Orlov, chairman of a bank; Pavel Zotov, head of a gas firm; and"
            " Oleg Deripaska.",
            {
                ("country:CAN", "people", "imposed"),
                ("country:CAN", "person:ivan-orlov", "imposed"),
                ("country:CAN", "person:pavel-zotov", "imposed"),
                ("country:CAN", "person:oleg-deripaska", "imposed"),
            },
        ),
        (
            "Canada imposed sanctions on Russian firms on Monday. The latest companies to be"
            " sanctioned include Alfa-Bank and Sovcombank.",
            {
                ("country:CAN", "company", "imposed"),
                ("country:CAN", "org:ALFA_BANK", "imposed"),
                ("country:CAN", "org:SOVCOMBANK", "imposed"),
            },
        ),
        # (a frame of no measure names no target)
        ("Those invited to the talks include Ivan Orlov and Pavel Zotov.", set()),
    ],
)
def test_twenty_sixth_session_frames_of_the_sanctioned(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, real Russia reports: a sanctions list (or an entry blacklist)
        # that "includes" or "names" its members, titles set off from names by commas
        (
            "Moscow's entry blacklist includes Canadian Deputy Prime Minister, Chrystia"
            " Freeland, Defence Minister, Anita Anand, and former Prime Minister, Stephen Harper.",
            {
                ("country:RUS", "person:chrystia-freeland", "existing"),
                ("country:RUS", "person:anita-anand", "existing"),
                ("country:RUS", "person:stephen-harper", "existing"),
            },
        ),
        # members named after a group "included in the sanctions lists"
        (
            "The EU adopted new sanctions against Russia on Monday. In addition, 40 individuals"
            " and entities were included in the sanctions lists, including Moscow Mayor Sergei"
            " Sobyanin.",
            {
                ("org:EU", "country:RUS", "imposed"),
                ("org:EU", "people", "imposed"),
                ("org:EU", "company", "imposed"),
                ("org:EU", "person:sergei-sobyanin", "imposed"),
            },
        ),
        # "X is among those sanctioned": the subject
        (
            "Britain froze the assets of ten oligarchs on Monday. Pavel Zotov is among those"
            " sanctioned.",
            {
                ("country:GBR", "people", "imposed"),
                ("country:GBR", "person:pavel-zotov", "imposed"),
            },
        ),
    ],
)
def test_twenty_sixth_session_lists_that_name_their_members(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-06-10") == expected


def test_a_state_before_a_title_is_not_a_target():
    """Twenty-sixth session, real Russia reports: "banned UK Defence Secretary Ben Wallace"
    bans the minister; the state names whose minister he is."""
    ukraine = load_case("russia-ukraine-2022")
    text = "Russia banned UK Defence Secretary Ben Wallace from entering the country."
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-04-16") == {
        ("country:RUS", "person:ben-wallace", "imposed")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, 24 real Venezuela reports: "One of the <group> sanctioned … is
        # X", and members listed after a colon in a frame of the sanctioned
        (
            "The Treasury sanctioned four governors on Monday. One of the four regional leaders"
            " sanctioned Monday is Omar Prieto, governor of Zulia state.",
            {
                ("country:USA", "people", "imposed"),
                ("country:USA", "person:omar-prieto", "imposed"),
            },
        ),
        (
            "The Treasury imposed new sanctions on Tuesday. The sanctioned entities targeted by"
            " Tuesday's round of sanctions include Caroil Transport Marine Ltd of Cyprus and"
            " three Panama-based groups: Trocana World Inc and Tovase Development Corp.",
            {
                ("country:USA", "company", "imposed"),
                ("country:USA", "org:CAROIL_TRANSPORT_MARINE", "imposed"),
                ("country:USA", "org:TROCANA_WORLD", "imposed"),
                ("country:USA", "org:TOVASE_DEVELOPMENT", "imposed"),
            },
        ),
    ],
)
def test_twenty_sixth_session_frames_in_venezuela_reports(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-09-25") == expected


def test_a_states_agency_is_its_government(annotator, case):
    """Twenty-sixth session, real AP and Reuters reports: a state's agency named by its kind
    ('directorate', 'agency', 'ministry') is the government (not a person because its name
    opens on 'General')."""
    text = (
        "The new U.S. sanctions target Venezuela's General Directorate of Military"
        " Counterintelligence. The Treasury on Thursday also sanctioned Venezuela's"
        " intelligence agency."
    )
    assert keys(annotator, case, text, published="2019-07-11") == {
        ("country:USA", "government", "imposed")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, real Russia reports: a relation "of" a named person is no
        # member, nor is that person's office set off after the name
        (
            "Britain imposed fresh sanctions on a number of Russian individuals, including the"
            " stepdaughter of Sergei Lavrov, Russia's foreign minister.",
            {("country:GBR", "people", "imposed")},
        ),
        # spellings the case file now knows
        (
            "The US imposed sanctions on Alfabank and Rossiya Bank.",
            {
                ("country:USA", "org:ALFA_BANK", "imposed"),
                ("country:USA", "org:BANK_ROSSIYA", "imposed"),
            },
        ),
    ],
)
def test_twenty_sixth_session_relations_and_spellings(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-04-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, real Russia reports: measures in other shapes
        # "close to" as a hedge before a count (not in "officials close to X")
        (
            "Australia has now sanctioned close to 600 individuals and entities.",
            {("country:AUS", "people", "imposed"), ("country:AUS", "company", "imposed")},
        ),
        (
            "Australia imposed a travel ban on 21 officials close to Vladimir Putin.",
            {("country:AUS", "people", "imposed")},
        ),
        # "The restrictions bar …" are the measures just told
        (
            "Singapore announced sanctions against Russia on Saturday. The restrictions bar"
            " Singapore's banks from dealing with VTB Bank and Promsvyazbank.",
            {
                ("country:SGP", "country:RUS", "imposed"),
                ("country:SGP", "org:VTB", "imposed"),
                ("country:SGP", "org:PSB", "imposed"),
            },
        ),
        # a gerund's object after "of", and "the entry of"
        (
            "Switzerland joined the sixth EU package, the Swiss government said on Friday. The"
            " government approved the sanctioning of over 100 further Russian individuals.",
            {("country:CHE", "people", "imposed")},
        ),
        (
            "On Monday Russia banned the entry of 63 Japanese officials.",
            {("country:RUS", "people", "imposed")},
        ),
        # a gerund adjunct after "while" takes the main clause's subject (and, since the
        # twenty-eighth session, a ban on exports "to Russia" is on Russia, as the verb's is
        # and as the regression sets' gold reads it)
        (
            "Australia has supplied arms to Ukraine while imposing a ban on exports of alumina"
            " to Russia.",
            {("country:AUS", "country:RUS", "imposed")},
        ),
    ],
)
def test_twenty_sixth_session_measures_in_other_shapes(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-06-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, a second batch of real Venezuela reports
        (
            "The EU is set to sanction seven more Venezuelan officials.",
            {("org:EU", "people", "proposed")},
        ),
        (
            "Previous Canadian sanctions had targeted a total of 70 Venezuelan officials.",
            {("country:CAN", "people", "existing")},
        ),
        (
            "Spanish Foreign Minister Josep Borrell asked the EU for sanctions against"
            " Venezuelan officials.",
            {("org:EU", "people", "proposed")},
        ),
        (
            "The Treasury removed sanctions from two companies on Friday.",
            {("country:USA", "company", "lifted")},
        ),
        # the verb's own subject pronoun, not the nearest name before it
        (
            "The United States vowed on Friday to topple Venezuela's Nicolas Maduro as it"
            " slapped sanctions on the state-run bank.",
            {("country:USA", "company", "imposed")},
        ),
        # a curly apostrophe in a clitic negates as the straight one does
        (
            "Mexico won’t impose sanctions on Venezuela.",
            {("country:MEX", "country:VEN", "negated")},
        ),
    ],
)
def test_twenty_sixth_session_second_venezuela_batch(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-04-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, a second batch of real Russia reports
        # a denial before "but" is another predicate's
        (
            "Putin signed a decree that not only rejects a price cap but bans sending crude to"
            " any country that has endorsed it.",
            {("country:RUS", "sector", "imposed")},
        ),
        # an opposition to the measure refuses it
        (
            "India has voiced opposition to sanctions against Russia.",
            {("country:IND", "country:RUS", "negated")},
        ),
        # "The decree bans …": whoever signed the decree, not the last imposer
        (
            "Australia and the EU imposed a price cap on Russian oil on Monday. Putin signed a"
            " decree on Tuesday in response. The decree bans the supply of oil to those"
            " countries.",
            {
                ("country:AUS", "sector", "imposed"),
                ("org:EU", "sector", "imposed"),
                ("country:RUS", "sector", "imposed"),
            },
        ),
    ],
)
def test_twenty_sixth_session_second_russia_batch(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-12-27") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, real Russia reports: the target right after a source's agent,
        # and a genitive source
        (
            "Kazakhstan has no intention to join the sanctions imposed by the European Union and"
            " the United States against Russia.",
            {
                ("country:KAZ", "country:RUS", "negated"),
                ("org:EU", "country:RUS", "existing"),
                ("country:USA", "country:RUS", "existing"),
            },
        ),
        (
            "Turkey will not join the sanctions of the European Union against Russia.",
            {("country:TUR", "country:RUS", "negated"), ("org:EU", "country:RUS", "existing")},
        ),
    ],
)
def test_twenty_sixth_session_sources_of_measures_taken_up(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-06-02") == expected


def test_a_target_past_the_agent_belongs_to_another_measure():
    """The officials are what the preferred measures target, not Washington's sanctions."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "The EU said it did not support the broad sanctions imposed by Washington, preferring"
        " targeted measures against individual officials."
    )
    found = keys(_ukraine_annotator(), ukraine, text, published="2022-06-02")
    assert not {key for key in found if key[0] == "country:USA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, real Venezuela reports (second batch)
        # new measures "on the heels of" earlier ones: those were in force
        (
            "The Canadian measures come on the heels of successive rounds of sanctions imposed"
            " against Caracas by the US Treasury.",
            {("country:USA", "country:VEN", "existing")},
        ),
        # a counted group of affiliates, and a target's own subsidiaries
        (
            "The US Treasury announced sanctions on BANDES, a state-owned bank, and four"
            " affiliates on Friday.",
            {("country:USA", "org:BANDES", "imposed"), ("country:USA", "company", "imposed")},
        ),
        (
            "The Treasury slapped sanctions on BANDES, including its subsidiaries in Uruguay and"
            " Bolivia.",
            {("country:USA", "org:BANDES", "imposed"), ("country:USA", "company", "imposed")},
        ),
    ],
)
def test_twenty_sixth_session_groups_and_background(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-09-25") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, real Russia reports (second batch): import and export
        # restrictions on goods named by their trade, introduced after the adoption just told
        (
            "Norway adopted new sanctions on Friday. The Cabinet said additional import"
            " restrictions have been introduced on timber.",
            {("country:NOR", "sector", "imposed")},
        ),
        # a measure pressed for is asked for, not in force
        (
            "Poland had pressed for tougher measures, including a full ban on Russian diamonds.",
            {("country:POL", "sector", "proposed")},
        ),
    ],
)
def test_twenty_sixth_session_restrictions_and_requests(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-09-30") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, real Russia reports (second batch): status
        # a measure's own past "targeted" tells the act
        (
            "The U.K. on Monday announced new measures. The U.K. sanctions targeted top Russian"
            " officials.",
            {("country:GBR", "people", "imposed")},
        ),
        # "wants X to join" urges X; an "effort to extend sanctions" is a proposal
        (
            "Washington wants India to join the coalition to implement the price cap on Russian"
            " oil.",
            {("country:IND", "sector", "proposed")},
        ),
        (
            "Hungary has said it would block any EU effort to extend sanctions to Russian oil.",
            {("org:EU", "sector", "proposed")},
        ),
    ],
)
def test_twenty_sixth_session_status_of_told_and_wanted_measures(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-12-27") == expected


def test_the_named_subject_of_an_absolute_clause_imposes():
    """Twenty-sixth session, a real AFP report: ", with A, B and C all already announcing new
    sanctions" names who imposed them."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "The annexation has been rejected as illegal, with the United States, Britain and Canada"
        " all already announcing new sanctions on Russia."
    )
    found = keys(_ukraine_annotator(), ukraine, text, published="2022-10-01")
    assert {key[0] for key in found} == {"country:USA", "country:GBR", "country:CAN"}
    assert {key[1] for key in found} == {"country:RUS"}


def test_applying_sanctions_to_a_state_targets_it():
    """Twenty-sixth session, a real Reuters report: "applying sanctions to Russia" reaches
    Russia as "extended its sanctions to" does."""
    ukraine = load_case("russia-ukraine-2022")
    text = "The United States has joined Europe in applying sanctions to Russia."
    found = keys(_ukraine_annotator(), ukraine, text, published="2022-10-01")
    assert ("country:USA", "country:RUS") in {key[:2] for key in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, real 2023-24 Russia reports: the bare "the Treasury" of US
        # wire copy is the US agency in this case too
        (
            "The Treasury imposed sanctions on Sberbank on Friday.",
            {("country:USA", "org:SBERBANK", "imposed")},
        ),
        # a legal form the suffix list did not know ("SpA", "DMCC", "FZCO") names a company
        (
            "The Treasury on Friday sanctioned Talassa Shipping DMCC and Oil Tankers SCF Mgmt"
            " FZCO.",
            {
                ("country:USA", "org:TALASSA_SHIPPING", "imposed"),
                ("country:USA", "org:OIL_TANKERS_SCF_MGMT", "imposed"),
            },
        ),
    ],
)
def test_twenty_seventh_session_treasury_and_legal_forms(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    found = keys(_ukraine_annotator(), ukraine, text, published="2023-12-01")
    assert found == expected


def test_the_reporter_is_not_what_a_reported_relative_passive_hits(annotator, case):
    """Twenty-seventh session, a regression-set transcript: "the Treasury said that banks
    which work with … risked being sanctioned" hits the banks, never the Treasury."""
    text = (
        "On Monday the EU froze the assets of PDVSA. On Tuesday the Treasury said that banks"
        " which work with Maduro's gold traders risked being sanctioned themselves."
    )
    found = keys(annotator, case, text, published="2019-09-25")
    assert all(key[1] != "org:US_TREASURY" for key in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, blind set NA read as a dev set: a place on the list just
        # reported names a member, and only the names the copula coordinates
        (
            "The Treasury on Friday sanctioned six generals. Top of the list is Major General"
            " Richard López Vargas, boss of the National Guard.",
            {
                ("country:USA", "people", "imposed"),
                ("country:USA", "person:richard-lopez-vargas", "imposed"),
            },
        ),
        (
            "The Treasury on Friday sanctioned five officials. The fifth man on the list is"
            " Manuel Quevedo, a general who runs PDVSA.",
            {
                ("country:USA", "people", "imposed"),
                ("country:USA", "person:manuel-quevedo", "imposed"),
            },
        ),
        # a list's place with a verb of its own names no member
        (
            "The Treasury on Friday sanctioned five officials. The list was drawn up by Elliott"
            " Abrams.",
            {("country:USA", "people", "imposed")},
        ),
    ],
)
def test_a_place_on_the_list_names_a_member(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-03-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, blind set NA read as a dev set: a plan denied by "no"
        (
            "The bloc had no immediate plans to add names to its sanctions list.",
            {("org:EU", "people", "negated")},
        ),
        (
            "The EU has no plans to impose sanctions on Cuba.",
            {("org:EU", "country:CUB", "negated")},
        ),
        # a plan not denied stays a proposal
        (
            "The EU has plans to impose sanctions on Cuba.",
            {("org:EU", "country:CUB", "proposed")},
        ),
    ],
)
def test_a_plan_denied_by_no_negates(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-03-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, blind set NA read as a dev set: ", as was B" takes the
        # measure the sentence reported for A
        (
            "Iván Hernández Dala was also designated by the Treasury on Friday, as was Rafael"
            " Bastardo Mendoza, head of the police special actions force.",
            {
                ("country:USA", "person:ivan-hernandez-dala", "imposed"),
                ("country:USA", "person:rafael-bastardo-mendoza", "imposed"),
            },
        ),
        # "as were members …, among them C and D"
        (
            "Tareck El Aissami was sanctioned by the Treasury on Friday, as were members of the"
            " government, among them Delcy Rodríguez and Diosdado Cabello.",
            {
                ("country:USA", "person:tareck-el-aissami", "imposed"),
                ("country:USA", "person:delcy-rodriguez", "imposed"),
                ("country:USA", "person:diosdado-cabello", "imposed"),
            },
        ),
        # "as was expected" names nobody
        (
            "The Treasury froze the assets of PDVSA on Friday, as was expected.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
    ],
)
def test_as_was_names_another_target_of_the_measure(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-03-01") == expected


def test_members_named_past_a_sentence_of_no_measure(annotator, case):
    """Twenty-seventh session, a real Reuters report (2024): the members "Those targeted
    include" names belong to the group two sentences back when the sentence between reported
    no measure of its own."""
    text = (
        "Canada imposed sanctions on five senior officials on Tuesday. The foreign ministry said"
        ' in a statement the sanctions targets "have been implicated in fraud." Those targeted'
        " include Caryslia Beatriz Rodriguez, the head of the top court."
    )
    found = keys(annotator, case, text, published="2024-12-17")
    assert ("country:CAN", "person:caryslia-beatriz-rodriguez", "imposed") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, real 2020 reports: the kind is the head noun's ("ship
        # captains" are people), and a reporter is no target of the passive he reports
        (
            "The US sanctioned five Iranian ship captains on Wednesday.",
            {("country:USA", "people", "imposed")},
        ),
        (
            "Secretary of State Mike Pompeo said the captains of Iranian-flagged oil tankers had"
            " been placed on a US Treasury blacklist, freezing their assets.",
            {("country:USA", "people", "imposed")},
        ),
        # a country before the noun of the kind it modifies, past the state's business, and
        # a leader before a hyphened tie, say whose: no target
        (
            "The US on Wednesday slapped sanctions on Venezuela state airline Conviasa.",
            {("country:USA", "org:CONVIASA", "imposed")},
        ),
        (
            "The US on Friday imposed sanctions on Maduro-aligned officials.",
            {("country:USA", "people", "imposed")},
        ),
    ],
)
def test_twenty_seventh_session_kinds_and_modifiers(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2020-02-07") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, real reports from regional outlets: members named next by
        # "The sanctioned <group> include", "Among those punished are", "<group> now
        # sanctioned include", past a place "of Zulia state"
        (
            "The US on Monday sanctioned four governors. The sanctioned Venezuelan state"
            " governors include Omar Prieto of Zulia state and Ramón Carrizales of Apure state.",
            {
                ("country:USA", "people", "imposed"),
                ("country:USA", "person:omar-prieto", "imposed"),
                ("country:USA", "person:ramon-carrizales", "imposed"),
            },
        ),
        (
            "The EU on Monday sanctioned seven officials. Among those punished are Diosdado"
            " Cabello and Vice President Delcy Rodríguez.",
            {
                ("org:EU", "people", "imposed"),
                ("org:EU", "person:diosdado-cabello", "imposed"),
                ("org:EU", "person:delcy-rodriguez", "imposed"),
            },
        ),
        (
            "Canada on Monday sanctioned nine people. Maduro allies now sanctioned include"
            " Tareck El Aissami.",
            {
                ("country:CAN", "people", "imposed"),
                ("country:CAN", "person:tareck-el-aissami", "imposed"),
            },
        ),
    ],
)
def test_twenty_seventh_session_members_named_next(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-03-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, real reports and blind set NA read as a dev set: the
        # measure's own agentless passive takes the last imposer, and its targets from the
        # noun's or the participle's preposition
        (
            "The US on Monday sanctioned PDVSA. In addition, sanctions were imposed against 14"
            " representatives of the military.",
            {("country:USA", "org:PDVSA", "imposed"), ("country:USA", "people", "imposed")},
        ),
        (
            "The US on Monday sanctioned PDVSA. The same day, sanctions on Serenity Maritime Ltd"
            " and Lima Shipping Corp were lifted.",
            {
                ("country:USA", "org:PDVSA", "imposed"),
                ("country:USA", "org:SERENITY_MARITIME", "lifted"),
                ("country:USA", "org:LIMA_SHIPPING", "lifted"),
            },
        ),
        # a name a measure's object would make a person is the company the article wrote
        # with its legal form
        (
            "The US on Monday sanctioned Serenity Maritime Ltd of Liberia. In May, sanctions on"
            " Serenity Maritime were lifted.",
            {
                ("country:USA", "org:SERENITY_MARITIME", "imposed"),
                ("country:USA", "org:SERENITY_MARITIME", "lifted"),
            },
        ),
    ],
)
def test_a_measures_own_agentless_passive(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-05-20") == expected


def test_a_promised_passive_is_not_the_last_imposers_act(annotator, case):
    """ "promised that sanctions would be announced" is the promiser's, never the last
    imposer's act done (blind set KB, a regression the passive rule first made)."""
    text = (
        "The EU froze the assets of PDVSA on Monday. Boris Johnson promised that sanctions"
        " against Venezuela would be announced the next morning."
    )
    found = keys(annotator, case, text, published="2019-05-20")
    assert ("org:EU", "country:VEN", "imposed") not in found


def test_restrictions_imposed_on_a_target_are_a_measure():
    """Twenty-seventh session, a real TASS report: bare "restrictions" are a measure when
    they are the subject of their own passive with a target after it."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "Russia on Monday barred 25 Americans from entering the country. Similar restrictions"
        " were imposed on 61 Canadian citizens."
    )
    found = keys(_ukraine_annotator(), ukraine, text, published="2022-05-20")
    assert found == {("country:RUS", "people", "imposed")}
    rows_found = [
        row
        for row in rows(_ukraine_annotator(), ukraine, text, "2022-05-20")
        if row["n_targets"] == 61
    ]
    assert rows_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, real reports of adopted packages: a bare "will" right after
        # the adoption tells what the package does
        (
            "Japan's Cabinet on Tuesday approved a new package of sanctions. The new measures"
            " will impose restrictions on 33 entities in the defence sector.",
            {("country:JPN", "company", "imposed")},
        ),
        (
            "The EU on Monday adopted its 14th sanctions package. In addition, the EU will"
            " prohibit new investments in LNG projects in Russia.",
            {("org:EU", "country:RUS", "imposed")},
        ),
        # a "will" with a word of planning, or of one more to come, stays a plan
        (
            "The EU on Monday adopted its 14th sanctions package. The EU could prohibit new"
            " investments in LNG projects in Russia.",
            {("org:EU", "country:RUS", "proposed")},
        ),
        (
            "The EU on Monday adopted its 14th sanctions package. Next, the EU will impose"
            " sanctions on Belarus with a new package.",
            {("org:EU", "country:BLR", "proposed")},
        ),
    ],
)
def test_a_will_right_after_an_adoption_tells_its_content(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2024-06-24") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, real reports from regional outlets: a title before a
        # person says whose official, and a measure violated is no new measure
        (
            "Russia on Thursday barred U.S. Vice President Kamala Harris from entering the"
            " country.",
            {("country:RUS", "person:kamala-harris", "imposed")},
        ),
        (
            "The Treasury on Thursday sanctioned two UAE-based shipping firms for violating the"
            " price cap on Russian oil.",
            {("country:USA", "company", "imposed")},
        ),
        ("The firms helped Russia breach the price cap on its oil.", set()),
    ],
)
def test_twenty_seventh_session_titles_and_violations(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-12-20") == expected


def test_measures_taken_by_another_are_that_ones():
    """Twenty-seventh session, a real TASS report: "in response to similar measures taken by
    Wellington against Moscow" names the measure the counter-sanction answers, in force."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "Russia banned 130 New Zealanders from entering the country in response to similar"
        " measures taken by Wellington against Moscow."
    )
    found = keys(_ukraine_annotator(), ukraine, text, published="2022-05-20")
    assert found == {
        ("country:RUS", "people", "imposed"),
        ("country:NZL", "country:RUS", "existing"),
    }


def test_relatives_counted_are_a_group_of_people(annotator, case):
    """Twenty-seventh session, real 2019 reports: "three stepsons of Maduro" are people a
    measure names (the kin nouns grew with sons and daughters)."""
    text = "The Treasury on Thursday sanctioned three stepsons of President Nicolás Maduro."
    assert keys(annotator, case, text, published="2019-09-20") == {
        ("country:USA", "people", "imposed")
    }


def test_an_act_last_month_is_background(annotator, case):
    """Twenty-seventh session, real 2019 reports: "was also sanctioned last month" was in
    force before the story's news (the fifty-four sets: nine errors fixed, six made)."""
    text = (
        "The Treasury on Friday sanctioned Alex Saab. Nicolás Maduro Guerra was also sanctioned"
        " last month."
    )
    found = keys(annotator, case, text, published="2019-07-26")
    assert ("country:USA", "person:nicolas-maduro-guerra", "existing") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, a real AFP report: a measure inside a question reports none
        (
            "Asked by reporters whether the US might consider secondary sanctions on Turkey,"
            " Abrams said the administration was watching closely.",
            set(),
        ),
        ("It is unclear whether the EU will impose sanctions on Cuba.", set()),
        # the main clause after the question is no part of it (blind set CI)
        (
            "Asked whether Ottawa would go further, Freeland said the government was looking at"
            " additional sanctions against officials of the regime.",
            {("country:CAN", "people", "proposed")},
        ),
    ],
)
def test_a_measure_in_a_question_is_none(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-09-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, blind set NA read as a dev set: the subject before a
        # relative aside refuses the measure, not the measure's owner
        (
            "Canada and Mexico, which trade with Havana, have refused to follow U.S. measures"
            " against Cuba.",
            {("country:CAN", "country:CUB", "negated"), ("country:MEX", "country:CUB", "negated")},
        ),
        # … but a critic before the aside takes no part (the sample's own sentence)
        (
            "Russia and China, which both support the Maduro government, have called U.S."
            " sanctions on Venezuela illegal.",
            {("country:USA", "country:VEN", "existing")},
        ),
    ],
)
def test_the_subject_before_a_relative_aside(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-12-04") == expected


@pytest.mark.parametrize(
    "text",
    [
        # twenty-seventh session, blind set NB read as a dev set: "measures" a state joins,
        # past a partitive ("any of the measures")
        "Neither China nor India has joined any of the measures against Minsk.",
        "Neither China nor India has joined the measures against Minsk.",
    ],
)
def test_measures_joined_or_not(text):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-08-20") == {
        ("country:CHN", "country:BLR", "negated"),
        ("country:IND", "country:BLR", "negated"),
    }


def test_a_list_of_people_whose_assets_are_frozen_is_a_sanctions_list(annotator, case):
    """Twenty-seventh session, blind set NC read as a dev set: "added 18 officials to a list
    of people whose assets are frozen, among them A, B and C" lists them under the freeze."""
    text = (
        "In January the EU added 18 officials to a list of people whose assets are frozen,"
        " among them Diosdado Cabello and Vice-President Delcy Rodríguez."
    )
    assert keys(annotator, case, text, published="2019-01-25") == {
        ("org:EU", "people", "imposed"),
        ("org:EU", "person:diosdado-cabello", "imposed"),
        ("org:EU", "person:delcy-rodriguez", "imposed"),
    }


def test_a_sanctions_list_published_names_its_targets():
    """Twenty-seventh session, blind set ND read as a dev set: "published a national
    sanctions list of 50 Russian people and companies" imposes on those it lists."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "Poland on Tuesday published a national sanctions list of 50 Russian people and companies."
    )
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-04-26") == {
        ("country:POL", "people", "imposed"),
        ("country:POL", "company", "imposed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, blind set ND read as a dev set: a freezing passive past its
        # adverbs takes the last imposer, and a stake is a thing frozen
        (
            "The EU sanctioned VTB on Monday. Sberbank's assets were also frozen.",
            {("org:EU", "org:VTB", "imposed"), ("org:EU", "org:SBERBANK", "imposed")},
        ),
        (
            "Poland on Tuesday froze the assets of Sberbank. Gazprom's 48% stake in EuRoPol Gaz was"
            " also frozen.",
            {("country:POL", "org:SBERBANK", "imposed"), ("country:POL", "org:GAZPROM", "imposed")},
        ),
    ],
)
def test_a_freezing_passive_takes_the_last_imposer(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    found = keys(_ukraine_annotator(), ukraine, text, published="2022-04-26")
    assert expected <= found, found


def test_taken_off_a_sanctions_list_is_lifted(annotator, case):
    """Twenty-seventh session, blind set OA read after its scoring: "took him off its
    sanctions list" lifts, like "removed X from the list"."""
    text = (
        "Manuel Cristopher Figuera defected in April. The Treasury took him off its sanctions"
        " list within a week."
    )
    assert keys(annotator, case, text, published="2019-08-14") == {
        ("country:USA", "person:manuel-cristopher-figuera", "lifted")
    }


def test_refusing_to_enforce_sanctions_refuses_them():
    """Twenty-seventh session, blind set OB read after its scoring: "has refused to enforce
    Western sanctions" refuses them, as "refused to join" does."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "The EU imposed sanctions on Russia in March. The United Arab Emirates has refused to"
        " enforce Western sanctions."
    )
    found = keys(_ukraine_annotator(), ukraine, text, published="2022-06-08")
    assert ("country:ARE", "country:RUS", "negated") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, blind set OD read after its scoring: a passive's possessor
        # of anything but a frozen thing says whose, and is no target
        (
            "The US on Friday sanctioned Sberbank. Relatives of several members of Putin's"
            " Security Council were also blacklisted.",
            {("country:USA", "org:SBERBANK", "imposed"), ("country:USA", "people", "imposed")},
        ),
        (
            "The US on Friday sanctioned VTB. Sberbank's assets were also frozen.",
            {("country:USA", "org:VTB", "imposed"), ("country:USA", "org:SBERBANK", "imposed")},
        ),
    ],
)
def test_a_passives_possessor_is_a_target_only_of_its_assets(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-09-30") == expected


def test_an_act_after_a_month_long_before_is_background():
    """Twenty-seventh session, blind set OD read after its scoring: "…, banning exports of
    potash" after "broadened sanctions on Minsk after February", told in December, was in
    force before the news."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "The European Union broadened sanctions on Minsk after February, banning exports of"
        " potash to the West."
    )
    found = keys(_ukraine_annotator(), ukraine, text, published="2022-12-19")
    assert ("org:EU", "sector", "existing") in found
    assert ("org:EU", "sector", "imposed") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-seventh session, blind set OC read after its scoring: the foreign companies
        # the 2019 measures named are in the Venezuela case file
        (
            "Rosneft Trading has been under US sanctions since February.",
            {("country:USA", "org:ROSNEFT_TRADING", "existing")},
        ),
        (
            "Cubametales has been under US sanctions since July.",
            {("country:USA", "org:CUBAMETALES", "existing")},
        ),
    ],
)
def test_the_foreign_companies_of_the_venezuela_case(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-10-10") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-eighth session, blind sets OA and OC read as dev sets: a state that "has"
        # people under sanctions holds a measure in force (its subject the imposer, its
        # object the target), and so does one that "has asset freezes on" them
        (
            "The EU already has 18 Venezuelan officials under sanctions.",
            {("org:EU", "people", "existing")},
        ),
        (
            "The European Union has asset freezes on 25 Venezuelan officials.",
            {("org:EU", "people", "existing")},
        ),
        (
            "The EU, which already has 18 Venezuelan officials under sanctions, is preparing to"
            " add names to its list.",
            {("org:EU", "people", "existing"), ("org:EU", "people", "proposed")},
        ),
        # guards: putting people under sanctions is the act; a perfect of "be" keeps its
        # subject as the target
        (
            "The EU placed 18 Venezuelan officials under sanctions.",
            {("org:EU", "people", "imposed")},
        ),
        (
            "Chief justice Maikel Moreno spoke on Monday. Moreno has long been under US sanctions.",
            {("country:USA", "person:maikel-moreno", "existing")},
        ),
    ],
)
def test_a_measure_a_state_has_on_people_is_in_force(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-10-01") == expected


def test_being_also_on_a_sanctions_list_is_a_measure_in_force(annotator, case):
    """Twenty-eighth session, blind set OA read as a dev set: "is also on the US sanctions
    list", an adverb between the verb and "on", is being on the list, as "is on" is."""
    text = "Chief justice Maikel Moreno spoke on Monday. Moreno is also on the US sanctions list."
    assert keys(annotator, case, text, published="2019-10-01") == {
        ("country:USA", "person:maikel-moreno", "existing")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-eighth session, real law-firm alerts and trade press: the US Treasury's list
        # named by its own name is a sanctions list
        (
            "On Monday OFAC added PdVSA to its SDN List.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
        (
            "On Monday OFAC added Minerven to its Specially Designated Nationals (SDN) list.",
            {("country:USA", "org:MINERVEN", "imposed")},
        ),
        # a defined term in brackets and quote marks stands between a name and its verb as
        # a short form in bare brackets does
        (
            'The Office of Foreign Assets Control ("OFAC") sanctioned Petróleos de Venezuela,'
            ' S.A. ("PdVSA"), the state-owned oil company, pursuant to Executive Order ("EO")'
            " 13850.",
            {("country:USA", "org:PDVSA", "imposed")},
        ),
    ],
)
def test_law_firm_wording_of_a_designation(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-01-29") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-eighth session, real law-firm alerts: the words of the Treasury list's full
        # name ("… and Blocked Persons List") say nothing of the status, and its defined short
        # form after it is no second list
        (
            "OFAC also added 278 members of the legislature to the Specially Designated Nationals"
            ' and Blocked Persons List ("SDN List").',
            [("country:USA", "people", "imposed")],
        ),
        # "signalled its intention to impose" proposes
        (
            "The EU imposed sanctions on Russia in March. The Council of the EU has also signalled"
            " its intention to impose restrictive measures against a further two individuals.",
            [("org:EU", "country:RUS", "existing"), ("org:EU", "people", "proposed")],
        ),
        # a running total since an event a possessor opens is in force
        (
            "Since Russia's annexation of Crimea in 2014, Canada has imposed sanctions on more"
            " than 1,200 individuals.",
            [("country:CAN", "people", "existing")],
        ),
        # the subject of a passive is the group a restrictive relative clause hangs on
        (
            "More than 1,000 people who support the war have already been sanctioned by Australia.",
            [("country:AUS", "people", "existing")],
        ),
    ],
)
def test_official_and_law_firm_wording_of_status_and_subject(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    found = rows(_ukraine_annotator(), ukraine, text, published="2022-12-20")
    assert sorted(
        (r["imposer_id"], r["target_id"] or r["target_kind"], r["status"]) for r in found
    ) == sorted(expected)


def test_a_warning_past_a_relative_clause_on_its_subject_is_a_threat(annotator, case):
    """Twenty-eighth session, real reports read by eye: "warned that foreign companies that
    continued to do business with X could be hit with sanctions" is a warning, though a
    restrictive relative clause stands between "warned that" and the measure."""
    text = (
        "Bolton spoke in Lima. He also warned that foreign companies that continued to do"
        " business with Maduro's government could themselves be hit with US sanctions."
    )
    assert keys(annotator, case, text, published="2019-08-07") == {
        ("country:USA", "company", "threatened")
    }


def test_names_in_brackets_after_a_counted_group_are_its_members():
    """Twenty-eighth session, a real law-firm tracker: "asset freezes on five Russian banks
    (IS Bank, GenBank, PSB, …)" names the group's members in brackets, each a target, even
    when the gazetteers know fewer names than the count."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "On Tuesday the UK imposed asset freezes on five Russian banks (Rossiya, IS Bank,"
        " GenBank, PSB and the Black Sea Bank)."
    )
    found = keys(_ukraine_annotator(), ukraine, text, published="2022-02-23")
    assert found == {
        ("country:GBR", "company", "imposed"),
        ("country:GBR", "org:IS_BANK", "imposed"),
        ("country:GBR", "org:GENBANK", "imposed"),
        ("country:GBR", "org:PSB", "imposed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-eighth session, real law-firm alerts: a designation told as a noun names its
        # targets after "of" or after a linking verb; with no imposer of its own it is the
        # last imposer's
        (
            "The Treasury on Friday announced the designation of Sovcombank and 22 Russian"
            " individuals.",
            {
                ("country:USA", "org:SOVCOMBANK", "imposed"),
                ("country:USA", "people", "imposed"),
            },
        ),
        (
            "The US sanctioned VTB on Monday. The new designations included 14 persons in"
            " Russia's military industrial complex.",
            {("country:USA", "org:VTB", "imposed"), ("country:USA", "people", "imposed")},
        ),
        (
            "The recent OFAC designations include the oligarch Vladimir Potanin.",
            {("country:USA", "person:vladimir-potanin", "imposed")},
        ),
        # guard: a designation to a role is an appointment
        ("Russia condemned the designation of Vladimir Potanin as its envoy.", set()),
    ],
)
def test_a_designation_told_as_a_noun(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-12-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-eighth session, real reports of 2019 and blind set OC: "every member of" a
        # body is a group of people, as "all members of" is
        (
            "Pence warned that every member of the Venezuelan Supreme Court will be added to"
            " the US sanctions list.",
            {("country:USA", "people", "threatened")},
        ),
        (
            "Switzerland has frozen the Swiss assets of every official on the EU list since 2018.",
            {("country:CHE", "people", "existing")},
        ),
        # "potential new sanctions" are proposed
        (
            "The Trump administration recognised Guaido on Wednesday, signalling potential new"
            " sanctions against Venezuela's oil sector.",
            {("country:USA", "sector", "proposed")},
        ),
    ],
)
def test_every_member_and_potential_sanctions(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2019-01-24") == expected


def test_a_full_date_a_year_before_the_news_dates_a_background_act(annotator, case):
    """Twenty-eighth session, real law-firm alerts: "on January 28, 2019" in a report of
    February 2020 dates the act as the month and year do; the comma inside the date ends no
    clause."""
    text = "OFAC designated PDVSA on January 28, 2019."
    assert keys(annotator, case, text, published="2020-02-21") == {
        ("country:USA", "org:PDVSA", "existing")
    }
    assert keys(annotator, case, text, published="2019-01-29") == {
        ("country:USA", "org:PDVSA", "imposed")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-eighth session, real law-firm trackers: "to designate" is the act, and a
        # bracketed word inside a regulation's title names no actor
        (
            "On Thursday Canada amended the Special Economic Measures (Russia) Regulations to"
            " designate 129 individuals and 63 entities.",
            {("country:CAN", "people", "imposed"), ("country:CAN", "company", "imposed")},
        ),
        # guards: "designate" in a title; an act possible only "in theory"
        ("Prime Minister designate Mikhail Mishustin spoke on Thursday.", set()),
        (
            "The Treasury could in theory designate any company that services Aeroflot's planes.",
            set(),
        ),
    ],
)
def test_designate_in_a_regulation_and_its_guards(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2023-02-24") == expected


def test_a_place_joined_by_an_en_dash_to_based_is_where_the_targets_are():
    """Twenty-eighth session, a real law-firm alert: "3 United Arab Emirates–based companies"
    are companies; the country is where they are (as with "UAE-based"), not a target."""
    ukraine = load_case("russia-ukraine-2022")
    text = "OFAC designated 3 United Arab Emirates–based companies on Thursday."
    assert keys(_ukraine_annotator(), ukraine, text, published="2023-11-16") == {
        ("country:USA", "company", "imposed")
    }


def test_the_modal_of_a_free_relative_describing_the_measure_says_no_status():
    """Twenty-eighth session, a real CNBC report: "have placed what could be devastating
    sanctions on Putin" placed them; "could" only says how hard they may bite."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "The United States has placed what could be devastating sanctions on President"
        " Vladimir Putin on Friday."
    )
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-02-26") == {
        ("country:USA", "person:vladimir-putin", "imposed")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-eighth session, a real Global Affairs Canada release: "on Russia today" is
        # no "Russia Today", and "14 close associates" are a group ("close" is an adjective
        # before the noun, a stop only after it)
        (
            "Canada is imposing new sanctions on Russia today.",
            {("country:CAN", "country:RUS", "imposed")},
        ),
        (
            "Canada imposed sanctions on 14 close associates of the regime on Monday.",
            {("country:CAN", "people", "imposed")},
        ),
        # guard: "officials close to Putin" stops at "close"
        (
            "Canada imposed sanctions on 14 officials close to Vladimir Putin on Monday.",
            {("country:CAN", "people", "imposed")},
        ),
    ],
)
def test_a_time_word_ending_a_name_and_close_before_a_noun(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-08") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-eighth session, real briefing transcripts: "we" outside a quote is no state
        # named before it (here the target's own)
        ("Russia invaded Ukraine. We have sanctioned Putin himself.", set()),
        # a transcript turn's "we" is its speaker's state, as a quote's is
        (
            "BLINKEN: The war goes on. We have sanctioned Putin himself.",
            {("country:USA", "person:vladimir-putin", "imposed")},
        ),
        # a speaker who stands for no state speaks for a "we" of their own
        ('"We will not impose sanctions on Russia," said Jelena Markovic, a shopkeeper.', set()),
    ],
)
def test_we_is_the_speakers_state_or_nobody(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-08") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-eighth session, a real White House briefing: "controls on exports" are export
        # controls, and a measure on exports "to Russia and Belarus" is on both countries
        (
            "The Department of Commerce has imposed new controls on exports of U.S. luxury goods"
            " to Russia and Belarus.",
            {("country:USA", "country:RUS", "imposed"), ("country:USA", "country:BLR", "imposed")},
        ),
        (
            "The EU imposed a ban on exports of luxury goods to Russia and Belarus.",
            {("org:EU", "country:RUS", "imposed"), ("org:EU", "country:BLR", "imposed")},
        ),
        # guard: capital controls are no measure on anyone
        ("Russia imposed capital controls on Monday.", set()),
    ],
)
def test_exports_to_named_countries_are_a_measure_on_them(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-11") == expected


def test_a_modal_conjunct_and_a_gerund_after_and_end_the_earlier_reading():
    """Twenty-eighth session, a real Japanese foreign-ministry statement: in "cannot
    overlook this and will respond by imposing strong sanctions against Russia and supporting
    Ukraine" the negation is the first predicate's, and "supporting Ukraine" is another
    predicate, no second target."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "Japan cannot overlook this and will respond by imposing strong sanctions against"
        " Russia and supporting Ukraine."
    )
    found = keys(_ukraine_annotator(), ukraine, text, published="2022-02-24")
    assert found == {("country:JPN", "country:RUS", "proposed")}


def test_designated_as_a_terrorist_is_a_listing_as_its_envoy_an_appointment(annotator, case):
    """Twenty-eighth session, the review: one reader of an "as" complement serves the verb
    and the noun of designating; a terrorist (or a state sponsor of terrorism) is a listing,
    an envoy an appointment."""
    listed = "On Monday the US designated Hugo Carvajal as a terrorist."
    appointed = "On Monday the US designated Hugo Carvajal as its envoy."
    assert keys(annotator, case, listed, published="2019-09-02") == {
        ("country:USA", "person:hugo-carvajal", "imposed")
    }
    assert keys(annotator, case, appointed, published="2019-09-02") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-ninth session, a Treasury release (held-out PB): being on the SDN list is
        # being under US sanctions, the imposer from the release before it
        (
            "OFAC designated Rostec. Almaz-Antey and Kalashnikov Concern have been on the"
            " Specially Designated Nationals list since 2014.",
            {
                ("country:USA", "org:ROSTEC", "imposed"),
                ("country:USA", "org:ALMAZ_ANTEY", "existing"),
                ("country:USA", "org:KALASHNIKOV_CONCERN", "existing"),
            },
        ),
        (
            "OFAC designated Rostec. Almaz-Antey has been on the SDN list since 2014, and"
            " Alrosa has been on the sanctions list since 2022.",
            {
                ("country:USA", "org:ROSTEC", "imposed"),
                ("country:USA", "org:ALMAZ_ANTEY", "existing"),
                ("country:USA", "org:ALROSA", "existing"),
            },
        ),
        # an object relative clause after a description set off by commas is about the name
        # before the description
        (
            "Many of the targets are held by Rostec, the state defence conglomerate, which OFAC"
            " designated in 2020.",
            {("country:USA", "org:ROSTEC", "existing")},
        ),
        # a list of targets goes on past a relative clause on a counted group, and past the
        # "of" phrase of another, to the names after them
        (
            "OFAC today designated 48 entities that make up much of Russia's defence base, 328"
            " members of the State Duma, and Herman Gref, the head of Sberbank.",
            {
                ("country:USA", "company", "imposed"),
                ("country:USA", "people", "imposed"),
                ("country:USA", "person:herman-gref", "imposed"),
            },
        ),
        # guards: a clause's own list is no target list, nor is a country after the "of"
        # phrase
        (
            "OFAC today designated 12 companies that supply Russia, Iran and Syria.",
            {("country:USA", "company", "imposed")},
        ),
        (
            "OFAC today designated 12 officials of Russia and Belarus.",
            {("country:USA", "people", "imposed")},
        ),
    ],
)
def test_official_release_lists_and_the_sdn_list(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-24") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-ninth session, real reports (a wire reprint, an opinion piece): a source
        # participle's agent past a date or an adverb, and after the measure's own target
        (
            "Venezuela's economy has shrunk, despite crippling economic sanctions imposed in"
            " 2019 by the United States on Caracas.",
            {("country:USA", "country:VEN", "existing")},
        ),
        (
            "Economic sanctions against Venezuela unilaterally imposed by the US administration"
            " are harming the poor.",
            {("country:USA", "country:VEN", "imposed")},
        ),
        # the critic of a measure "for its sanctions" imposed nothing
        (
            'Maduro has denounced the US government for its continuous "criminal sanctions"'
            " against PDVSA.",
            {("country:USA", "org:PDVSA", "existing")},
        ),
        # a call to lift a measure leaves it in force; it proposes no imposition
        (
            "Eleven senators signed a letter calling on the Trump administration to"
            " temporarily lift sanctions on Venezuela.",
            {("country:USA", "country:VEN", "existing")},
        ),
        # a delisting is a lifting of the listing
        (
            "The Treasury also delisted two shipping companies, Serenity Maritime Limited and"
            " Lima Shipping Corporation.",
            {
                ("country:USA", "company", "lifted"),
                ("country:USA", "org:SERENITY_MARITIME", "lifted"),
                ("country:USA", "org:LIMA_SHIPPING", "lifted"),
            },
        ),
    ],
)
def test_participle_agents_critics_calls_to_lift_and_delistings(annotator, case, text, expected):
    assert keys(annotator, case, text, published="2020-09-24") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-ninth session, real reports of 2023: a sentence opening on "Previously," tells
        # what came before the news, and "Since passing the Act in March 2022" counts a record
        # up to now, as "Since the invasion" does
        (
            "Previously, the European Union set a price cap on Russian crude oil.",
            {("org:EU", "sector", "existing")},
        ),
        (
            "Since passing the Russia Sanctions Act in March 2022, New Zealand has sanctioned"
            " more than 1000 individuals.",
            {("country:NZL", "people", "existing")},
        ),
        # guards: the day's act, and "Earlier," (often the same day)
        (
            "On Monday the European Union set a price cap on Russian crude oil.",
            {("org:EU", "sector", "imposed")},
        ),
        (
            "Earlier, the European Union set a price cap on Russian crude oil.",
            {("org:EU", "sector", "imposed")},
        ),
    ],
)
def test_previously_and_since_a_gerund_open_background(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(_ukraine_annotator(), ukraine, text, published="2023-12-18") == expected


def test_a_date_after_a_name_in_apposition_dates_the_act():
    """Twenty-ninth session (held-out PD): "froze the assets of North Korea's defence
    minister, Kang Sun Nam, in February" in a September article: the name in apposition ends
    no clause, so "in February" dates the freeze, in force before the news."""
    ukraine = load_case("russia-ukraine-2022")
    text = "The EU froze the assets of North Korea's defence minister, Kang Sun Nam, in February."
    assert keys(_ukraine_annotator(), ukraine, text, published="2024-09-12") == {
        ("org:EU", "person:kang-sun-nam", "existing")
    }


def test_a_list_of_sanctioned_companies_names_the_list_not_a_group(annotator, case):
    """Twenty-ninth session, a real wire report: in "added Rosneft Trading SA to its list of
    sanctioned companies" the participle names the list; no second, unnamed group of
    companies is targeted."""
    text = (
        "Last month the White House added Geneva-based Rosneft Trading SA to its list of"
        " sanctioned companies."
    )
    assert keys(annotator, case, text, published="2020-03-01") == {
        ("country:USA", "org:ROSNEFT_TRADING", "existing")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-ninth session, short formats (PC, dev): a year told from a point before the
        # news ("the year before") dates the act before it
        (
            "Canada sanctioned Padrino López the year before.",
            {("country:CAN", "person:vladimir-padrino-lopez", "existing")},
        ),
        # a participle coordinated after a perfect shares it ("has already … and barred")
        (
            "Washington has already frozen the assets of the Venezuelan government in the"
            " United States and barred US companies from dealing with PDVSA.",
            {
                ("country:USA", "government", "existing"),
                ("country:USA", "org:PDVSA", "existing"),
            },
        ),
        # guard: a past verb after a modal's predicate keeps its own status
        (
            "Japan said it would join the move and froze the assets of PDVSA.",
            {("country:JPN", "org:PDVSA", "imposed")},
        ),
        # a group a participle describes is the target, not whom it props up
        (
            "Washington has warned that Russian firms propping up Maduro could be sanctioned.",
            {("country:USA", "company", "threatened")},
        ),
        # guard: "including" is no participle; the members are the targets
        (
            "Canada has sanctioned oligarchs including Roman Abramovich.",
            {
                ("country:CAN", "people", "imposed"),
                ("country:CAN", "person:roman-abramovich", "imposed"),
            },
        ),
        # a state firm's Spanish name, in the case file or opened by "Corporación"
        (
            "The Treasury added Consorcio Venezolano de Industrias Aeronáuticas y Servicios"
            " Aéreos - Conviasa, the state airline - to its sanctions list.",
            {("country:USA", "org:CONVIASA", "imposed")},
        ),
        (
            "The Treasury blacklisted Corporación Venezolana de Guayana on Monday.",
            {("country:USA", "org:CORPORACION_VENEZOLANA_DE_GUAYANA", "imposed")},
        ),
    ],
)
def test_short_format_dates_shared_perfects_described_groups_and_spanish_names(
    annotator, case, text, expected
):
    assert keys(annotator, case, text, published="2020-03-27") == expected


def test_the_victim_of_an_aggression_is_no_target():
    """Twenty-ninth session, a real report of 2022: in "sanctions in response to Russian
    aggression against Ukraine" the "against" is the aggression's; a sanctions campaign's
    "against" is the measure's own."""
    ukraine = load_case("russia-ukraine-2022")
    text = "The US imposed sanctions in response to Russian aggression against Ukraine."
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-03-01") == set()
    campaign = "The US stepped up its sanctions campaign against Russia on Monday."
    assert ("country:USA", "country:RUS", "imposed") in keys(
        _ukraine_annotator(), ukraine, campaign, published="2022-03-01"
    )


def test_a_blocs_bracketed_short_form_keeps_the_list_of_imposers():
    """Twenty-ninth session, a real report of 2022: "The Group of Seven (G7) nations,
    Australia and the European Union agreed a price cap" is imposed by all three."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "The Group of Seven (G7) nations, Australia and the European Union agreed a price cap"
        " on Russian oil on Friday."
    )
    assert keys(_ukraine_annotator(), ukraine, text, published="2022-12-03") == {
        ("org:G7", "sector", "imposed"),
        ("country:AUS", "sector", "imposed"),
        ("org:EU", "sector", "imposed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "his assets" after a freezing verb: the person the pronoun names owns them
        (
            "Tareck El Aissami, the oil minister, flew to Tehran. Canada froze his assets in"
            " April.",
            {("country:CAN", "person:tareck-el-aissami", "existing")},
        ),
        # not the freezer named before it in the same sentence ("the Supreme Tribunal barred
        # Guaidó … and froze his bank accounts": Guaidó's accounts)
        (
            "Diosdado Cabello, the assembly's president, spoke in Caracas. President Donald"
            " Trump on Monday froze his bank accounts.",
            {("country:USA", "person:diosdado-cabello", "imposed")},
        ),
        # a date after a companion aside dates the act ("…, with the rest of his assets, in
        # March 2019")
        (
            "Nicolás Maduro visited Moscow. Washington froze his villa, with the rest of his"
            " assets there, in March 2019.",
            {("country:USA", "person:nicolas-maduro", "existing")},
        ),
    ],
)
def test_a_possessive_pronoun_names_whose_assets_are_frozen(annotator, case, text, expected):
    """Thirtieth session, from QD's errors and real reports: "the European Union froze his
    assets last year" had given no row at all."""
    assert keys(annotator, case, text, published="2020-09-01") == expected


def test_that_month_dates_an_act_before_the_news():
    """Thirtieth session, from a regression set: "Britain, which froze his assets that
    month, has urged Brussels …" tells the story's past, not its news."""
    text = (
        "Hungary blocked a plan to list Patriarch Kirill in June. Britain, which froze his"
        " assets that month, has urged Brussels to think again."
    )
    assert _ukraine_keys(text, "2022-10-06") == {
        ("country:GBR", "person:patriarch-kirill", "existing")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "both countries" names the two countries of the sentences before
        (
            "Tehran is shipping fuel to Venezuela. The US, which has imposed sanctions on both"
            " countries, says it is watching the tankers.",
            {
                ("country:USA", "country:IRN", "existing"),
                ("country:USA", "country:VEN", "existing"),
            },
        ),
        # a possessive that opens the clause owns the measure: a measure described, in force
        (
            "The United States warned Caracas on Tuesday. Meanwhile, its sanctions on Venezuela"
            " are meant to isolate Maduro.",
            {("country:USA", "country:VEN", "existing")},
        ),
        # an object's possessive is the subject's, whoever that is (here nobody named)
        ("Quiz: which European country extended its sanctions on Venezuela in November?", set()),
    ],
)
def test_both_countries_and_a_clause_opening_possessive(annotator, case, text, expected):
    """Thirtieth session, real reports of 2019-20: "has imposed sanctions on both countries"
    had no target, "its sanctions on Venezuela" no imposer."""
    assert keys(annotator, case, text, published="2020-05-20") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "subjected X to sanctions" puts X under them, as "hit X with sanctions" does
        (
            "The European Union subjected eleven officials to financial sanctions on Monday.",
            {("org:EU", "people", "imposed")},
        ),
        (
            "Nine judges were subjected to EU sanctions on Monday.",
            {("org:EU", "people", "imposed")},
        ),
        # "targeted by" a body that makes its state's sanctions is a sanction; by anyone else
        # it may be a strike
        (
            "Rosneft Trading was targeted by the US Treasury Department on Tuesday.",
            {("country:USA", "org:ROSNEFT_TRADING", "imposed")},
        ),
        ("The power station was targeted by Russia on Tuesday.", set()),
    ],
)
def test_subjected_to_and_targeted_by_a_sanctioning_office(annotator, case, text, expected):
    """Thirtieth session, real reports of 2019-20: "The EU subjected 11 officials to
    financial sanctions" and "… were targeted by the US Treasury Department" gave no row."""
    assert keys(annotator, case, text, published="2020-02-20") == expected


def test_trade_nouns_count_as_company_groups_and_own_firms_are_no_target():
    """Thirtieth session, from QB's errors: "Japan has blacklisted five Chinese suppliers"
    gave no row (a trade's plural was no company group); and a state barring its own firms
    "from" an activity does not target them."""
    listed = "Tokyo blacklisted four Chinese suppliers and two Emirati traders on Friday."
    assert _ukraine_keys(listed, "2023-05-26") == {("country:JPN", "company", "imposed")}
    own = "On Monday Singapore barred its banks from lending to the Russian government."
    assert ("country:SGP", "company", "imposed") not in _ukraine_keys(own, "2022-03-07")


def test_a_demonstrative_that_in_the_subjects_relative_and_a_states_response_spelled_out():
    """Thirtieth session, from QB's errors: in "The 351 deputies who voted for that appeal
    have been under EU sanctions" the "that" opens no clause, so the deputies are the
    target; "The American response came the same night: an executive order banning …" is
    the United States' act (not the last imposer's)."""
    deputies = (
        "The Duma voted in February. The 351 deputies who voted for that appeal have been under"
        " European Union sanctions ever since."
    )
    assert _ukraine_keys(deputies, "2024-02-21") == {("org:EU", "people", "existing")}
    response = (
        "The EU froze the assets of 351 deputies on Wednesday. The American response came the"
        " same night: an executive order banning trade with the Donetsk People's Republic."
    )
    imposers = {
        imposer
        for imposer, target, _ in _ukraine_keys(response, "2022-02-24")
        if target == "org:DPR"
    }
    assert imposers == {"country:USA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "any" past a demonym still quantifies: whoever it may be, a group
        (
            "Brazil has never frozen the assets of any Venezuelan official.",
            {("country:BRA", "people", "negated")},
        ),
        # "every" right before its noun still does
        (
            "Switzerland froze the Swiss assets of every official on the EU list in 2018.",
            {("country:CHE", "people", "existing")},
        ),
        # a second predicate after "and last month" shares the relative clause's subject
        (
            "Mr Maduro protested. The United States, which froze all Venezuelan government"
            " property in August and last month added the state airline Conviasa to its list,"
            " wants its allies to do more.",
            {
                ("country:USA", "government", "existing"),
                ("country:USA", "org:CONVIASA", "existing"),
            },
        ),
    ],
)
def test_quantified_groups_and_a_shared_subject_past_last_month(annotator, case, text, expected):
    """Thirtieth session, from QA's errors: "any Venezuelan official" had been one person;
    Conviasa's listing had been given to Maduro, the government's name inside the first
    predicate."""
    assert keys(annotator, case, text, published="2020-03-06") == expected


def test_sanctions_piled_on_a_country_are_imposed_on_it(annotator, case):
    """Thirtieth session, from QA's errors: "the unilateral sanctions that the United States
    has piled on Venezuela" names the imposer and target as "imposed on" does."""
    text = (
        "Pretoria has said it will not join the unilateral sanctions that the United States has"
        " piled on Venezuela."
    )
    assert keys(annotator, case, text, published="2019-03-05") == {
        ("country:USA", "country:VEN", "existing"),
        ("country:ZAF", "country:VEN", "negated"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the names of a fronted subordinate clause are not the main clause's subject
        (
            "On January 28, five days after Juan Guaidó declared himself interim president, the"
            " Treasury designated the state oil company PDVSA.",
            {("country:USA", "org:PDVSA")},
        ),
        # but a list inside the subordinate clause stays whole
        (
            "When the United States, the European Union and Canada agreed on Saturday to freeze"
            " the assets of PDVSA, markets fell.",
            {("country:USA", "org:PDVSA"), ("org:EU", "org:PDVSA"), ("country:CAN", "org:PDVSA")},
        ),
    ],
)
def test_a_fronted_subordinate_clause_lends_no_imposer(annotator, case, text, expected):
    """Thirtieth session, from QC's errors: Guaidó had been PDVSA's designator."""
    found = keys(annotator, case, text, published="2019-01-29")
    assert {(imposer, target) for imposer, target, _ in found} == expected


def test_closing_entry_to_a_people_is_a_travel_ban():
    """Thirtieth session, a real report of 2022: "Estonia will close entry to all Russian
    citizens with Schengen visas from 19 September" is a travel ban, as "restrict entry to"
    and "closed its border to" are."""
    text = "Latvia will close entry to Russian citizens holding Schengen visas from Monday."
    assert _ukraine_keys(text, "2022-09-08") == {("country:LVA", "people", "proposed")}


def test_a_package_listing_its_targets():
    """Thirtieth session, from QD's errors: "adopted its 13th package of sanctions, listing
    almost 200 more people and companies" names the package's targets, as "targeting" does."""
    text = (
        "On Friday the EU adopted its 13th package of sanctions, listing 106 more people and 88"
        " companies."
    )
    assert _ukraine_keys(text, "2024-02-23") == {
        ("org:EU", "people", "imposed"),
        ("org:EU", "company", "imposed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EU sanctions on Belarusian potash have been in force since 2021.",
            {("org:EU", "sector", "existing")},
        ),
        (
            "India and Turkey have not joined any Western sanctions on Russian metal.",
            {("country:IND", "sector", "negated"), ("country:TUR", "sector", "negated")},
        ),
    ],
)
def test_commodities_a_measure_falls_on_are_sectors(text, expected):
    """Thirtieth session, from QB's and QD's errors: "sanctions on Russian metal" had
    targeted Russia; "on Belarusian potash" nothing at all."""
    assert _ukraine_keys(text, "2024-04-13") == expected


def test_a_name_ending_in_ly_is_no_adverb_before_a_participle():
    """Thirtieth session: "Italy sanctioned oil tycoon Alexei Mordashov" had been read as an
    attributive "sanctioned oil" after an adverb ("Italy" ends in "-ly"), giving no row."""
    text = "Italy sanctioned oil tycoon Alexei Mordashov on Friday."
    assert _ukraine_keys(text, "2022-03-13") == {
        ("country:ITA", "person:alexei-mordashov", "imposed")
    }


def test_a_background_label_marks_a_measure_in_force():
    """Thirtieth session, a real report of 2023: a paragraph labelled "Background:" tells
    what was in force before the news."""
    text = "Background: Seoul has imposed sanctions on four Russian vessels."
    assert _ukraine_keys(text, "2024-01-05") == {("country:KOR", "company", "existing")}


def test_sanctions_on_the_assets_of_an_owner_target_the_owner(annotator, case):
    """Thirtieth session, a real report of 2019: "imposed sanctions on assets of the
    Venezuelan government" had given no row; whose assets they are is the target."""
    text = "Trump on Monday imposed sanctions on assets of the Venezuelan government."
    assert keys(annotator, case, text, published="2019-08-06") == {
        ("country:USA", "government", "imposed")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Maduro protested the US imposition of sanctions on Venezuela.",
        "Russia condemned Washington's tightening of sanctions on Venezuela.",
    ],
)
def test_the_owner_of_an_act_on_measures_imposes_them(annotator, case, text):
    """Thirtieth session, a real report of 2019: "to protest US President Donald Trump's
    tightening of sanctions" names the imposer through the act's owner."""
    assert keys(annotator, case, text, published="2019-09-16") == {
        ("country:USA", "country:VEN", "existing")
    }


def test_hours_after_is_the_same_days_news(annotator, case):
    """Thirtieth session, a real report of 2020: "hours after the EU announced sanctions
    against several officials" is the day's news, not a measure in force before it (as "a
    week after it froze …" is)."""
    text = (
        "Maduro ordered the EU envoy out on Monday, hours after the EU announced sanctions"
        " against several officials loyal to him."
    )
    assert keys(annotator, case, text, published="2020-06-30") == {("org:EU", "people", "imposed")}


def test_him_after_a_sentence_opening_he_is_that_subject(annotator, case):
    """Thirtieth session, from QC's errors: in "He broke with Maduro … and in May the
    Treasury took him off its list" "him" is the "He" the sentence opens on, not Maduro."""
    text = (
        "Manuel Cristopher Figuera ran the intelligence service. He broke with Maduro in April"
        " and fled to Colombia, and in May the Treasury took him off its list."
    )
    assert keys(annotator, case, text, published="2019-12-30") == {
        ("country:USA", "person:manuel-cristopher-figuera", "lifted")
    }


def test_organisations_are_a_company_group():
    """Thirtieth session, a real report of 2023: "sanctions against 39 Russians and 25
    Russian organisations" had kept only the people."""
    text = "Ottawa announced sanctions against 39 Russians and 25 Russian organizations."
    assert _ukraine_keys(text, "2023-02-24") == {
        ("country:CAN", "people", "imposed"),
        ("country:CAN", "company", "imposed"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The final declaration rejects the unilateral coercive measures applied by the United"
        " States against Venezuela.",
        "The summit condemned the illegal measures that the United States applies against"
        " Venezuela.",
    ],
)
def test_a_measure_named_by_its_source_in_passing_is_in_force(annotator, case, text):
    """Thirty-first session, from RA's errors: a measure named with its source ("applied by
    the United States", "that the United States applies") as the object of another act is
    the measure as it stands, not the act of imposing it; "applied"/"applies" name a source
    as "imposed" does."""
    assert keys(annotator, case, text, published="2019-09-02") == {
        ("country:USA", "country:VEN", "existing")
    }


def test_a_source_participle_with_a_news_day_is_the_act(annotator, case):
    """The same participle with the day of the news is the act told."""
    text = "The sanctions imposed by the Treasury on PDVSA on Friday are the toughest yet."
    assert ("country:USA", "org:PDVSA", "imposed") in keys(
        annotator, case, text, published="2019-01-29"
    )


def test_an_infinitives_object_is_no_imposer(annotator, case):
    """Thirty-first session, from RA's errors: in "Mexico has declined to recognise Guaidó
    and has not joined any sanctions against Caracas" Guaidó is the object of "to
    recognise"; Mexico is the subject that joins nothing."""
    text = (
        "Mexico has declined to recognise Guaidó and has not joined any sanctions against Caracas."
    )
    assert keys(annotator, case, text, published="2019-07-26") == {
        ("country:MEX", "country:VEN", "negated")
    }


def test_two_coordinated_names_before_a_verb_open_a_clause(annotator, case):
    """Thirty-first session, from RA's errors: ", and Canada and Switzerland have adopted
    similar measures" is a new clause, not two more targets of the EU's freezes."""
    text = (
        "The European Union has imposed asset freezes on 25 Venezuelan officials, and Canada"
        " and Switzerland have adopted similar measures."
    )
    found = keys(annotator, case, text, published="2019-07-05")
    assert ("org:EU", "country:CAN", "imposed") not in found
    assert ("org:EU", "country:CHE", "imposed") not in found
    assert ("org:EU", "people", "imposed") in found


def test_a_package_including_measures_keeps_the_sentences_imposer():
    """Thirty-first session, a real report of 2022: in "… sanctions against Russia for their
    attack on Ukraine, which includes financial penalties against 58 individuals" the
    relative hangs on the package, so Canada imposes the penalties, not Ukraine."""
    text = (
        "Trudeau announced Canada's second tranche of sanctions against Russia for their"
        " attack on Ukraine, which includes financial penalties against 58 individuals."
    )
    found = _ukraine_keys(text, "2022-02-24")
    assert ("country:CAN", "people", "imposed") in found
    assert not any(key[0] == "country:UKR" for key in found)


@pytest.mark.parametrize(
    "text",
    [
        "Russia imposed entry bans on 228 Australian officials as retaliation for Canberra's"
        " sanctions on Moscow.",
        "Moscow barred 228 Australian officials in response to Australia's sanctions on Russia.",
    ],
)
def test_the_measure_an_answer_answers_is_in_force(text):
    """Thirty-first session, a real report of 2022: the measure named as what a retaliation
    answers stood before it; the retaliation is the news."""
    found = _ukraine_keys(text, "2022-04-07")
    assert ("country:AUS", "country:RUS", "existing") in found
    assert ("country:AUS", "country:RUS", "imposed") not in found


def test_a_main_clauses_negation_is_not_a_reduced_relatives():
    """Thirty-first session, a real report of 2022: "would not name the individuals
    sanctioned by Australia" denies the naming, not the sanctions."""
    text = (
        "Mr Morrison would not explicitly name the individuals sanctioned by Australia but said"
        " they were the same people blacklisted by the UK and US."
    )
    found = _ukraine_keys(text, "2022-02-25")
    assert ("country:AUS", "people", "existing") in found
    assert ("country:AUS", "people", "negated") not in found


def test_a_measures_own_passive_agent_past_a_possessive_target(annotator, case):
    """Thirty-first session, a real report of 2024: "The sweeping sanctions on Venezuela's
    oil industry were first imposed by the Trump administration in 2019" had no row (the
    participle before "by" was taken for another noun's, and the agent was out of reach)."""
    text = (
        "The sweeping sanctions on Venezuela's oil industry were first imposed by the Trump"
        " administration in 2019."
    )
    assert keys(annotator, case, text, published="2024-04-18") == {
        ("country:USA", "sector", "existing")
    }


def test_a_lifting_announced_in_the_future_tense_is_a_lifting(annotator, case):
    """Thirty-first session, a real report of 2024: "the Treasury announced that it would
    ease most of the sanctions" is the lifting decided, not a lifting merely planned (so
    not the measure still in force)."""
    text = (
        "On Wednesday the US Treasury Department announced that it would ease most of the"
        " sanctions against Venezuela's oil industry."
    )
    assert keys(annotator, case, text, published="2023-10-19") == {
        ("country:USA", "sector", "lifted")
    }


def test_a_measure_someone_is_exempted_from_is_in_force(annotator, case):
    """Thirty-first session, a real report of 2024: "a licence exempting it from sanctions
    on Venezuela's oil sector" presupposes the sanctions; they are not the news."""
    text = (
        "Chevron has had a special U.S. operating license exempting it from sanctions on"
        " Venezuela's vital oil sector."
    )
    assert keys(annotator, case, text, published="2024-04-18") == {
        ("country:USA", "sector", "existing")
    }


def test_taking_steps_to_impose_is_a_plan(annotator, case):
    """Thirty-first session, a real report of 2024: "is taking steps to impose visa
    restrictions" is a measure on its way, not one imposed."""
    text = (
        "In addition, the State Department is taking steps to impose visa restrictions on"
        " officials loyal to Maduro."
    )
    assert keys(annotator, case, text, published="2024-07-31") == {
        ("country:USA", "people", "proposed")
    }


def test_a_time_aside_between_subject_and_verb_dates_the_act():
    """Thirty-first session, a real report of 2024: "The US, in December last year,
    sanctioned four Indian firms" is background in a February article; an aside naming the
    news day is still the news."""
    dated = "The US, in December last year, sanctioned four Indian firms."
    assert _ukraine_keys(dated, "2024-02-23") == {("country:USA", "company", "existing")}
    news = "The US, on Friday, sanctioned four Indian firms."
    assert _ukraine_keys(news, "2024-02-23") == {("country:USA", "company", "imposed")}


def test_being_against_a_measure_is_opposing_it():
    """Thirty-first session, a real report of 2023: "Ankara is against Western sanctions on
    Russia" opposes the sanctions, as "opposes sanctions" does; it imposes none."""
    text = "NATO member Ankara is firmly against Western sanctions on Russia."
    assert _ukraine_keys(text, "2023-03-02") == {("country:TUR", "country:RUS", "negated")}


@pytest.mark.parametrize(
    "text",
    [
        'China slammed the United States for what it termed "one-sided" sanctions on Russia.',
        "China criticised the United States for what it called illegal sanctions on Russia.",
    ],
)
def test_blamed_for_what_it_called_sanctions_owns_them(text):
    """Thirty-first session, a real report of 2019: "slammed the United States for what it
    termed 'one-sided' sanctions" names the United States as the measure's owner, as "for
    its sanctions" does; the critic imposes nothing."""
    assert _ukraine_keys(text, "2022-03-02") == {("country:USA", "country:RUS", "existing")}


def test_a_head_of_government_reporting_a_listing_imposes_it():
    """Thirty-first session, a real report of 2022: "Trudeau said 35 more people have been
    added to the sanction list" is Canada's act (it had no row); a head reporting what his
    own people suffer imposes nothing ("Putin said 35 Russian officials have been added")."""
    text = "Trudeau said 35 more people have been added to the sanction list."
    assert _ukraine_keys(text, "2022-03-10") == {("country:CAN", "people", "imposed")}
    suffered = "Putin said 35 Russian officials have been added to the sanction list."
    assert not any(key[0] == "country:RUS" for key in _ukraine_keys(suffered, "2022-03-10"))


def test_either_before_coordinated_agents_keeps_them_all():
    """Thirty-first session, from RD's errors: "has not been sanctioned by either the EU or
    the United States" denies both; "either" had ended the agents' run before it began."""
    text = "Rosatom has not been sanctioned by either the EU or the United States."
    assert _ukraine_keys(text, "2024-02-23") == {
        ("org:EU", "org:ROSATOM", "negated"),
        ("country:USA", "org:ROSATOM", "negated"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The deal also covers Minerven, which the Treasury sanctioned in 2019.",
        "The deal also covers Minerven, the state gold miner that the Treasury sanctioned in 2019.",
        # thirty-second session, from SB's errors: a demonym inside the description
        "The deal also covers Minerven, a Venezuelan gold miner that the Treasury sanctioned in"
        " 2019.",
    ],
)
def test_an_object_relative_on_a_name_or_its_description_targets_the_name(annotator, case, text):
    """Thirty-first session, from RC's errors: "Minerven, the state gold miner that the
    Treasury sanctioned in 2019" targets Minerven (it had no row), as "Minerven, which
    Washington sanctioned" did; a subject opening on "the" names the clause's subject too."""
    assert keys(annotator, case, text, published="2024-02-23") == {
        ("country:USA", "org:MINERVEN", "existing")
    }


def test_reimposing_is_imposing(annotator, case):
    """Thirty-first session, from RC's errors: "the sanctions that Washington reimposed on
    the oil industry" had no row ("reimpose"/"reinstate" were no imposing verbs)."""
    text = (
        "The auction is shaped by the sanctions that Washington reimposed on the oil industry"
        " on Wednesday."
    )
    assert keys(annotator, case, text, published="2024-04-19") == {
        ("country:USA", "sector", "imposed")
    }


def test_a_measure_dated_in_a_relative_aside_is_background(annotator, case):
    """Thirty-first session, from RC's errors: in "Washington, which reimposed its oil and gas
    sanctions in April after …, has said it will judge the election …" the aside's dated
    act is background to the main predicate."""
    text = (
        "Washington, which reimposed its oil and gas sanctions in April after Caracas broke"
        " its promises, has said it will judge the election by how it is conducted."
    )
    assert keys(annotator, case, text, published="2024-05-29") == {
        ("country:USA", "sector", "existing")
    }


def test_the_subject_of_being_the_target_of_a_measure_is_its_target():
    """Thirty-first session, from RB's errors: "Russia is itself the target of sweeping
    measures imposed by the United States and the European Union" had given no row."""
    text = (
        "Russia is itself the target of sweeping measures imposed by the United States and the"
        " European Union since late February."
    )
    assert _ukraine_keys(text, "2022-06-23") == {
        ("country:USA", "country:RUS", "existing"),
        ("org:EU", "country:RUS", "existing"),
    }


def test_refusing_to_join_those_sanctions_refuses_the_ones_just_reported():
    """Thirty-first session, from RB's errors: "… have all declined to join those sanctions"
    refuses the sanctions on Russia just reported, as "the sanctions" did."""
    text = (
        "The United States has imposed sweeping sanctions on Russia since February. Brazil and"
        " India have all declined to join those sanctions."
    )
    found = _ukraine_keys(text, "2022-06-23")
    assert {
        ("country:BRA", "country:RUS", "negated"),
        ("country:IND", "country:RUS", "negated"),
    } <= found


def test_a_measure_that_is_the_answer_is_not_its_cause(annotator):
    """Thirty-first session, review: in "Moscow responded to the seizure by imposing
    sanctions" the sanctions are the answer, not a measure it answers; in "as retaliation
    for Canberra's sanctions" they are what is answered."""
    from tidynews.extractors.clauses import SentenceView
    from tidynews.extractors.sanctions.status import _response_cause

    def answered(text: str) -> bool:
        article = annotator.annotate("0123456789ab", text)
        start, end = article.token_range(0)
        view = SentenceView(article, 0, start, end, tuple(article.mentions_in(0)))
        cue = next(i for i in range(start, end) if view.lower(i) == "sanctions")
        return _response_cause(view, cue)

    assert not answered("Moscow responded to the seizure by imposing sanctions on Gazprom.")
    assert answered("Moscow barred 200 officials as retaliation for Canberra's sanctions.")


def test_keeping_a_measure_in_force_is_holding_it(annotator, case):
    """Thirty-second session, from SA's errors: "The bloc, which has frozen the assets of 36
    Venezuelan officials and keeps an arms embargo on the country in force" keeps the embargo
    itself (the demonym of the first predicate's object had imposed it, on Canada)."""
    text = (
        "Venezuela held elections on Sunday. Canada said it would not recognise the result. The"
        " bloc, which has frozen the assets of 36 Venezuelan officials and keeps an arms embargo"
        " on the country in force, said it would act."
    )
    found = keys(annotator, case, text, published="2020-12-07")
    assert ("org:EU", "country:VEN", "existing") in found
    assert not any(key[0] == "country:VEN" for key in found)


def test_a_predicate_joined_to_a_later_clause_has_that_clauses_subject(annotator, case):
    """Thirty-second session, from SA's errors: in "The US and Canada already have sanctions on
    officials, and the EU has frozen the assets of 18 of them and keeps an arms embargo on
    Venezuela" the EU keeps the embargo, not the names that open the sentence."""
    text = (
        "The United States and Canada already have sanctions on scores of Venezuelan officials,"
        " and the European Union has frozen the assets of 18 of them and keeps an arms embargo"
        " on Venezuela."
    )
    found = keys(annotator, case, text, published="2019-01-30")
    assert ("org:EU", "country:VEN", "existing") in found
    assert not {("country:USA", "country:VEN"), ("country:CAN", "country:VEN")} & {
        key[:2] for key in found
    }


def test_neither_nor_does_not_negate_the_relative_clause_after_the_measure():
    """Thirty-second session, from SB's errors: "has neither condemned Moscow nor joined the
    sanctions that the United States and Japan have imposed on Russia" refuses the sanctions
    (India's, negated) that the two have in force (existing, not negated)."""
    text = (
        "New Delhi has neither condemned Moscow by name nor joined the sanctions that the"
        " United States and Japan have imposed on Russia."
    )
    assert _ukraine_keys(text, "2023-02-24") == {
        ("country:IND", "country:RUS", "negated"),
        ("country:USA", "country:RUS", "existing"),
        ("country:JPN", "country:RUS", "existing"),
    }


def test_a_target_list_that_repeats_its_preposition_keeps_every_item(annotator, case):
    """Thirty-second session, from SA's errors: "sanctions on PDVSA, on the Central Bank of
    Venezuela and on the government" targets all three (only PDVSA had a row); ", on Monday"
    is a date, no target, and "the government" after a name is an item of its own, not a
    description of it ("Minerven and its president, X" still names the president)."""
    listed = (
        "The United States imposed sanctions on PDVSA, on the Central Bank of Venezuela and on"
        " the government."
    )
    assert keys(annotator, case, listed, published="2019-08-06") == {
        ("country:USA", "org:PDVSA", "imposed"),
        ("country:USA", "org:BCV", "imposed"),
        ("country:USA", "government", "imposed"),
    }
    dated = "The United States imposed sanctions on PDVSA, on Monday, and on Minerven."
    assert ("country:USA", "org:PDVSA", "imposed") in keys(annotator, case, dated)
    owned = "Washington sanctioned Minerven and its president, Adrian Perdomo, on Tuesday."
    assert not any(key[1] == "person" for key in keys(annotator, case, owned))


def test_a_context_label_opens_background(annotator, case):
    """Thirty-second session, from SA's errors: a sentence labelled "For context:" tells
    what was in force before the news, as "Background:" does."""
    text = "For context: the EU has imposed travel bans on 55 Venezuelan officials."
    assert keys(annotator, case, text, published="2021-08-13") == {("org:EU", "people", "existing")}


def test_a_perfects_record_may_start_past_a_long_target_list(annotator, case):
    """Thirty-second session, from SA's errors: "has imposed sanctions on PDVSA, on the
    central bank and on the government as a whole, freezing its assets in the US since August
    2019" is a record in force; an event far after the measure ("… since the invasion
    began") is not weighed so far away."""
    text = (
        "The United States has imposed sanctions on PDVSA, on the Central Bank of Venezuela and"
        " on the government as a whole, freezing its assets in the US since August 2019."
    )
    assert {key[2] for key in keys(annotator, case, text, published="2020-07-20")} == {"existing"}
    tally = (
        "Canada has now imposed sanctions on more than 1,400 individuals and entities in Russia,"
        " Belarus and Russian-occupied parts of Ukraine since the invasion began."
    )
    assert ("country:CAN", "people", "imposed") in _ukraine_keys(tally, "2023-02-24")


def test_a_bullet_that_opens_on_its_own_actor_is_not_the_headings():
    """Thirty-second session, from SD's errors: under a factbox heading naming a supplier
    ("NORTH KOREA"), "* The United States sanctioned X …, and has since blacklisted Russian
    shipping companies" and "The European Union listed … Kang Sun Nam …, freezing …" are
    the United States' and the EU's (North Korea had imposed them all)."""
    text = (
        "Factbox: how the West has punished Russia's suppliers\n\nNORTH KOREA\n\n* Sanctions:"
        " The United States sanctioned an arms dealer in March 2023, and has since blacklisted"
        " Russian shipping companies. The European Union listed North Korea's defence"
        " minister, Kang Sun Nam, in February, freezing any assets he holds in the bloc and"
        " barring him from entering it."
    )
    found = _ukraine_keys(text, "2024-10-15")
    assert ("country:USA", "company", "existing") in found
    assert ("org:EU", "person:kang-sun-nam", "existing") in found
    assert not any(key[0] == "country:PRK" for key in found)


def test_a_report_dated_before_the_news_dates_what_it_reports():
    """Thirty-second session, from SD's errors: "Seoul said in February that it had
    sanctioned four North Korean officials", in an October article, is background; said on
    the news day, it is the news."""
    dated = "Seoul said in February that it had sanctioned four North Korean officials."
    assert _ukraine_keys(dated, "2024-10-15") == {("country:KOR", "people", "existing")}
    news = "Seoul said on Monday that it had sanctioned four North Korean officials."
    assert _ukraine_keys(news, "2024-10-15") == {("country:KOR", "people", "imposed")}


def test_the_airline_is_the_airline_just_named():
    """Thirty-second session, from SD's errors: "move to sanction the airline" targets Iran
    Air, named the sentence before, as "the company" targets the company named last."""
    text = (
        "Washington sanctioned Iran Air on Tuesday. Britain said it would move to sanction the"
        " airline."
    )
    assert ("country:GBR", "org:IRAN_AIR", "proposed") in _ukraine_keys(text, "2024-09-12")


def test_a_long_aside_between_spaced_hyphens_is_not_the_subject():
    """Thirty-second session, from SD's errors: in "Lukashenko - Putin's closest ally, who …
    let the Kremlin use his territory … - is already under sanctions in the EU and the US"
    Lukashenko is under sanctions, not the Kremlin named inside the aside (a hyphen set off by
    spaces is a dash; the aside may hold a relative clause)."""
    text = (
        "Lukashenko - Putin's closest ally, who has ruled Belarus since 1994 and let the Kremlin"
        " use his territory as a launchpad for the February 2022 invasion - is already under"
        " sanctions in the EU and the US."
    )
    assert _ukraine_keys(text, "2023-06-01") == {
        ("org:EU", "person:alexander-lukashenko", "existing"),
        ("country:USA", "person:alexander-lukashenko", "existing"),
    }


def test_a_list_of_people_barred_from_entering_the_country_is_its_publishers():
    """Thirty-second session, from SD's errors: "Russia's foreign ministry has published a
    list of 500 Americans who are barred from entering the country" is Russia's travel ban
    on 500 people (the EU, the last imposer named, had imposed it on Russia): "the country"
    is the state named before, and the relative clause hangs on the phrase after "of"."""
    text = (
        "The EU said it would follow the G7 in imposing new curbs on Russia. Russia's foreign"
        " ministry has published a list of 500 Americans who are barred from entering the"
        " country."
    )
    found = _ukraine_keys(text, "2023-05-19")
    assert ("country:RUS", "people", "imposed") in found
    assert ("org:EU", "country:RUS", "imposed") not in found


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("b) Do you think sanctions on a whole government are fair?", True),
        ("(a) Should the EU impose sanctions on Russia?", True),
        ("3. Has Canada sanctioned Sechin?", True),
        ("b) The EU imposed sanctions on Russia.", False),
        ("Why did the EU impose sanctions on Russia?", False),
    ],
)
def test_a_question_after_an_item_marker_is_asked(annotator, text, asked):
    """Thirty-second session, from SC's errors: a worksheet's "b) Do you think sanctions on
    a whole government are fairer …?" asks; the item marker had hidden the auxiliary that
    opens a yes/no question (Russia and China, the article's last imposers, imposed it)."""
    from tidynews.extractors.clauses import is_question

    article = annotator.annotate("0123456789ab", text)
    assert is_question(article.text, article.sentences[-1]) is asked


def test_warned_they_could_face_secondary_sanctions():
    """Thirty-second session, from SB's errors: "US officials have warned Armenian banks that
    they could face secondary sanctions" threatens the banks, as "could face further
    sanctions" does ("secondary" had hidden the verb "face")."""
    text = (
        "US officials have warned Armenian banks that they could face secondary sanctions if"
        " they process payments for sanctioned Russian entities."
    )
    assert _ukraine_keys(text, "2024-03-01") == {("country:USA", "company", "threatened")}


def test_a_described_company_is_the_company_named_before(annotator, case):
    """Thirty-second session, from SA's errors: "the Venezuelan oil company", "the parent
    company" are the company named before, as "the company" is (they had been an unnamed
    company); in "the government and the oil company" the government is no description of
    a company (it had been swallowed into one)."""
    text = (
        "The deal, signed with PDVSA in 2018, has been frozen since the United States imposed"
        " sanctions on the Venezuelan oil company in January 2019."
    )
    assert keys(annotator, case, text, published="2020-05-01") == {
        ("country:USA", "org:PDVSA", "existing")
    }
    two = (
        "PDVSA is struggling. Washington had already barred the government and the oil company"
        " from raising new debt in U.S. markets in 2017."
    )
    assert "government" in {key[1] for key in keys(annotator, case, two, published="2022-11-26")}


def test_an_object_relatives_pronoun_is_the_sentences_subject(annotator, case):
    """Thirty-second session, from the review of the rule above: in "The U.S. Treasury
    blacklisted Evrofinance Mosnarbank, a Moscow lender …, which it accused of helping PDVSA
    evade the sanctions imposed on the oil company" the sanctions are the Treasury's ("it"),
    not Moscow's (the relative's antecedent had been taken for the subject)."""
    text = (
        "The U.S. Treasury on March 11 blacklisted Evrofinance Mosnarbank, a Moscow lender"
        " jointly owned by Russian and Venezuelan state entities, which it accused of helping"
        " PDVSA evade the sanctions imposed on the oil company in January."
    )
    found = keys(annotator, case, text, published="2019-04-02")
    assert ("country:USA", "org:PDVSA", "existing") in found
    assert not any(key[0] == "country:RUS" for key in found)


def test_a_freeze_on_state_assets_that_a_bloc_will_not_follow(annotator, case):
    """Thirty-second session, from SC's errors: "the Lima Group would not follow the United
    States with a general freeze on Venezuelan state assets" refuses the freeze (it had no
    row: "freeze on" was read as a verb, and "follow … with" gave it to the one followed)."""
    text = (
        "The Lima Group would not follow the United States with a general freeze on Venezuelan"
        " state assets."
    )
    assert keys(annotator, case, text, published="2019-08-07") == {
        ("org:LIMA_GROUP", "government", "negated")
    }
    owned = "Trump has ordered a freeze on all property of the Venezuelan government."
    assert keys(annotator, case, owned, published="2019-08-07") == {
        ("country:USA", "government", "imposed")
    }


def test_a_measure_not_under_discussion_is_ruled_out(annotator, case):
    """Thirty-second session, from the review of the rule above: "a blanket freeze on a
    government was not under discussion" rules it out, as "not on the table" does (it had
    been proposed)."""
    text = (
        "The EU has its own targeted measures, an arms embargo and travel bans on 18"
        " Venezuelan officials, but diplomats in Brussels said a blanket freeze on a government"
        " was not under discussion."
    )
    assert ("org:EU", "government", "negated") in keys(annotator, case, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia has abstained in every UN vote and has not joined the Western sanctions on"
        " Russia.",
        "South Africa abstained on every UN General Assembly resolution condemning the invasion"
        " last year and has not imposed sanctions on Russia.",
    ],
)
def test_a_negated_second_predicate_shares_the_subject(text):
    """Thirty-second session, from SD's errors: in "Mongolia has abstained in every UN vote and
    has not joined the Western sanctions on Russia" Mongolia refuses them (the UN, named in
    the first predicate's object, had); an auxiliary and "not" may stand after "and"."""
    found = _ukraine_keys(text, "2024-09-03")
    assert {key[0] for key in found} <= {"country:MNG", "country:ZAF"}
    assert len(found) == 1 and next(iter(found))[1:] == ("country:RUS", "negated")


def test_names_after_a_colon_far_from_their_group_are_its_members(annotator, case):
    """Thirty-second session, from SC's errors: "imposed sanctions on seven lawmakers it
    accused of helping the government to hijack the vote: Luis Parra, Franklyn Duarte and
    Adolfo Superlano" names three targets (the long relative clause had put the group too far
    from the colon for the names to be taken as people)."""
    text = (
        "On Monday the US Treasury imposed sanctions on seven lawmakers it accused of helping"
        " the government to hijack the vote: Luis Parra, Franklyn Duarte and Adolfo Superlano."
    )
    found = keys(annotator, case, text, published="2020-01-15")
    assert {
        ("country:USA", name, "imposed")
        for name in ("person:luis-parra", "person:franklyn-duarte", "person:adolfo-superlano")
    } <= found


def test_a_states_general_measures_and_measures_adopted_against_a_target():
    """Thirty-second session, from SB's errors: "the EU's measures on Moscow" is a measure as
    "the EU measures on Moscow" is, and so is "the measures adopted against Russia by Western
    countries" (neither had been read as one)."""
    urged = "The Commission's report again urged Belgrade to impose the EU's measures on Moscow."
    assert _ukraine_keys(urged, "2022-10-14") == {("country:SRB", "country:RUS", "proposed")}
    adopted = (
        "Pretoria has not joined any of the measures adopted against Russia by Western countries."
    )
    assert _ukraine_keys(adopted, "2023-05-20") == {("country:ZAF", "country:RUS", "negated")}


def test_what_was_just_sanctioned_is_no_pronouns_referent_only_for_two_sentences():
    """Thirty-second session, from SD's errors: a state the EU declined to sanction ten
    paragraphs earlier may be the "It" that has not joined the Western sanctions (the memory
    of what was just targeted had lasted the whole article, and the pronoun had gone to
    the countries of the paragraph before)."""
    filler = " ".join(f"Paragraph {n} says nothing about measures." for n in range(6))
    text = (
        "The EU said it had no plans to take measures against Mongolia. "
        + filler
        + " Mongolia has tried to keep its distance from the war. It has abstained in every UN"
        " vote and has not joined the Western sanctions on Russia."
    )
    assert ("country:MNG", "country:RUS", "negated") in _ukraine_keys(text, "2024-09-03")


def test_among_those_barred_as_are_others_keeps_the_subject():
    """Thirty-second session, from SD's errors: "Former president Barack Obama is among those
    barred, as are …" targets Obama (the copula of ", as are" had been read as the frame's,
    and only the names after it were looked for)."""
    text = (
        "Russia published a list of 500 Americans who are barred from entering the country."
        " Former president Barack Obama is among those barred, as are several television hosts."
    )
    assert ("country:RUS", "person:barack-obama", "imposed") in _ukraine_keys(text, "2023-05-19")


def test_a_state_had_already_listed_a_person():
    """Thirty-second session, from SD's errors: "The European Union had already listed Maria
    Lvova-Belova in February" lists her ("already" between the subject and "listed" had hidden
    the state acting on a party, and the verb was no cue)."""
    text = "The European Union had already listed Maria Lvova-Belova in February."
    assert _ukraine_keys(text, "2023-07-20") == {
        ("org:EU", "person:maria-lvova-belova", "existing")
    }


def test_an_ombudsman_is_a_title():
    """Thirty-second session, from SD's errors: in "Those sanctioned include Russia's education
    minister, Sergei Kravtsov, and Moscow's children's ombudsman, Ksenia Mishonova" both are
    listed ("ombudsman" was no title, so she was no person)."""
    text = (
        "Britain froze the assets of 14 people. Those sanctioned include Russia's education"
        " minister, Sergei Kravtsov, and Moscow's children's ombudsman, Ksenia Mishonova, as"
        " well as several camps."
    )
    found = {key[1] for key in _ukraine_keys(text, "2023-07-20")}
    assert {"person:sergei-kravtsov", "person:ksenia-mishonova"} <= found


def test_a_titled_object_and_its_description_impose_nothing(annotator, case):
    """Thirty-third session, from TC's errors: in "The Canadian government, which recognised
    opposition leader Juan Guaidó as Venezuela's interim president and has since frozen …",
    neither Guaidó (the object of "recognised", behind his title) nor Venezuela (the owner in
    his description) imposes the freeze: Canada does."""
    text = (
        "The Canadian government, which recognised opposition leader Juan Guaidó as Venezuela's"
        " interim president in January and has since frozen the assets of 40 officials, said"
        " little on Tuesday."
    )
    assert keys(annotator, case, text, "2019-06-10") == {("country:CAN", "people", "existing")}


def test_they_is_not_the_owner_in_an_as_description(annotator, case):
    """Thirty-third session, from TC's errors: in "Ottawa still recognises Guaidó as
    Venezuela's interim president, and officials say they will not lift the sanctions on …",
    "they" are Ottawa's, not Venezuela's."""
    text = (
        "Ottawa still recognises Guaidó as Venezuela's interim president, and officials say"
        " they will not lift the sanctions on Venezuela's oil industry soon."
    )
    imposers = {key[0] for key in keys(annotator, case, text, "2021-03-09")}
    assert imposers == {"country:CAN"}


def test_a_phrase_after_the_clause_dates_the_act():
    """Thirty-third session, from TD's errors: "… froze the reserves in the weeks after the
    invasion in February 2022", told in 2024, is in force already ("after the invasion" had
    ended the clause as if it opened a subordinate one, leaving its date outside)."""
    text = (
        "Japan and Canada froze the Russian central bank's reserves in the weeks after the"
        " invasion in February 2022, and ministers said on Monday that they would stay frozen."
    )
    statuses = {key[2] for key in _ukraine_keys(text, "2024-05-20")}
    assert statuses == {"existing"}


def test_who_after_a_description_is_the_person_described():
    """Thirty-third session, from TD's errors: in "… belonged to Igor Petrov, a former
    director of the oil company Rosneft who is not under US sanctions", "who" is Petrov (the
    company at the end of his description had been taken as the relative's head)."""
    text = (
        "The yacht's lawyers said it belonged to Igor Petrov, a former director of the oil"
        " company Rosneft who is not under US sanctions."
    )
    assert _ukraine_keys(text, "2024-04-10") == {("country:USA", "person:igor-petrov", "negated")}


def test_a_count_restating_the_group_names_its_members():
    """Thirty-third session, from TB's errors: "… imposed travel bans on two senior officers.
    The two listed are A and B." lists A and B ("The two listed" has a count, not a group
    noun, as the subject restating who was measured)."""
    text = (
        "Canada imposed travel bans on two senior Belarusian officers on Friday."
        " The two listed are General Pavel Muraveiko and Colonel Ivan Kubrakov."
    )
    found = _ukraine_keys(text, "2022-03-04")
    assert {
        ("country:CAN", "person:pavel-muraveiko", "imposed"),
        ("country:CAN", "person:ivan-kubrakov", "imposed"),
    } <= found


def test_an_adding_verb_reaches_past_two_titled_appositions():
    """Thirty-third session, from TB's errors: "the EU added Belarus's defence minister, Viktor
    Khrenin, and the deputy chief of the general staff, Pavel Muraveiko, to its list" is an
    addition to a sanctions list after a sentence about sanctions (the verb stood past the
    24 tokens the list looked back over)."""
    text = (
        "Western governments have answered with sanctions. In March the European Union added"
        " Belarus's defence minister, Viktor Khrenin, and the first deputy chief of the army's"
        " general staff, Major General Pavel Muraveiko, to its list over the war."
    )
    found = _ukraine_keys(text, "2022-09-14")
    assert ("org:EU", "person:viktor-khrenin", "existing") in found


def test_under_a_jurisdiction_is_no_measure_in_force(annotator, case):
    """Thirty-third session, from TC's errors: "The measures, announced on Monday, block all
    PDVSA property under U.S. jurisdiction and bar Americans from dealing with the company"
    is the news ("under" had been read as "under sanctions"; it holds only with a measure
    right after it)."""
    news = (
        "The United States imposed sanctions on PDVSA on Monday. The measures, announced at the"
        " White House, block all PDVSA property under U.S. jurisdiction and bar Americans from"
        " dealing with the company."
    )
    assert {key[2] for key in keys(annotator, case, news, "2019-01-29")} == {"imposed"}


def test_a_reported_would_of_the_act_just_told_is_its_content(annotator, case):
    """Thirty-third session, from TC's errors: "Canada froze the assets of PDVSA on Monday.
    Freeland said the action would freeze about $500 million." tells what the act does (it
    had been a proposal); under a condition ("… would freeze … if the talks failed") it is
    not the act's content."""
    content = (
        "Canada imposed sanctions on PDVSA on Monday. Freeland said the action would freeze"
        " about $500 million in PDVSA assets."
    )
    assert {key[2] for key in keys(annotator, case, content, "2019-02-12")} == {"imposed"}
    planned = (
        "Canada imposed sanctions on PDVSA on Monday. Freeland said the measures would freeze"
        " PDVSA's assets if the talks failed."
    )
    second = [row for row in rows(annotator, case, planned, "2019-02-12") if row["sentence_id"]]
    assert second and {row["status"] for row in second} != {"imposed"}


def test_a_joined_predicate_shares_an_unnamed_subject_and_its_perfect(annotator, case):
    """Thirty-third session, from TC's errors: in "Trump spoke on Monday. The administration
    has already frozen the assets of the state oil company, PDVSA, and sanctioned Maduro
    himself", the second predicate is the same imposer's ("the administration" names no one
    the joined verb could find) and shares "has already" across the apposition's commas."""
    text = (
        "Trump spoke in Miami on Monday. The administration has already frozen the assets of"
        " the state oil company, PDVSA, and sanctioned Maduro himself."
    )
    assert keys(annotator, case, text, "2019-02-19") == {
        ("country:USA", "org:PDVSA", "existing"),
        ("country:USA", "person:nicolas-maduro", "existing"),
    }


def test_neither_government_points_back_at_the_last_two_states_that_opened_sentences():
    """Thirty-third session, from TB's errors: "Kazakhstan is a member of … . Uzbekistan
    went further … . Neither government has joined the Western sanctions" is both states'
    refusal (only a pair joined by "and" had been looked for)."""
    text = (
        "Kazakhstan is a member of the Russia-led security bloc. Its president has kept his"
        " distance from the war. Uzbekistan went further in March. Its foreign minister called"
        " for a ceasefire. Neither government has joined the Western sanctions on Russia."
    )
    assert _ukraine_keys(text, "2022-06-20") == {
        ("country:KAZ", "country:RUS", "negated"),
        ("country:UZB", "country:RUS", "negated"),
    }


def test_measures_in_place_spelled_out_next_are_in_force():
    """Thirty-third session, from TB's errors: "Canada already has measures of its own in
    place. Early in the war it froze the assets of …" tells a measure in force, not the
    news; a news day ("On Monday it froze …") keeps the act the news."""
    held = (
        "Canada already has measures of its own in place. Early in the war Ottawa froze the"
        " assets of Defence Minister Viktor Khrenin."
    )
    assert _ukraine_keys(held, "2022-03-10") == {
        ("country:CAN", "person:viktor-khrenin", "existing")
    }
    news = (
        "Canada already has measures of its own in place. On Monday Ottawa froze the assets of"
        " Defence Minister Viktor Khrenin."
    )
    assert _ukraine_keys(news, "2022-03-10") == {
        ("country:CAN", "person:viktor-khrenin", "imposed")
    }


def test_a_group_of_people_had_already_been_listed():
    """Thirty-third session, from TB's errors: after a sentence about the EU's list,
    "Twelve members of the Belarusian air force had already been listed in February" is the
    EU's listing of people (a passive "listed" whose subject's head stands before "of")."""
    text = (
        "The European Union imposed sanctions on 22 Belarusian officers on Wednesday. The"
        " officers were added to the list the EU uses against those undermining Ukraine."
        " Twelve members of the Belarusian air force had already been listed in February."
    )
    assert ("org:EU", "people", "existing") in _ukraine_keys(text, "2022-06-03")


def test_an_act_at_the_same_time_as_one_in_force_is_in_force():
    """Thirty-third session, from RD's errors (read while fixing TB's): "… Britain froze his
    assets in February 2022. Lavrov was listed at the same time." in a 2024 article: the
    second act shares the first's date, so it is in force too; with a news day in the
    sentence ("… on Tuesday") it stays the news."""
    text = (
        "Putin has been sanctioned since February 2022, when Britain froze his assets within"
        " days of the invasion. Foreign Minister Sergei Lavrov was listed at the same time."
    )
    assert ("country:GBR", "person:sergei-lavrov", "existing") in _ukraine_keys(text, "2024-02-16")


def test_restricting_a_country_s_trade_targets_the_country():
    """Thirty-third session, from TB's errors: "imposed sanctions on 22 Belarusian officers
    and restricted a large part of the country's trade with the bloc" targets Belarus, as
    "restricted Belarus's trade" does (the owner of the trade had been no target)."""
    text = (
        "The EU imposed sanctions on 22 Belarusian officers and restricted a large part of the"
        " country's trade with the bloc."
    )
    assert ("org:EU", "country:BLR", "imposed") in _ukraine_keys(text, "2022-03-03")
    named = "Canada restricted most of Belarus's trade on Friday."
    assert _ukraine_keys(named, "2022-03-05") == {("country:CAN", "country:BLR", "imposed")}


def test_two_coordinated_measures_share_their_owner(annotator, case):
    """Thirty-third session, from TA's errors: "Portugal signed up last year to the EU's
    travel bans and asset freezes on 18 officials" makes both measures the EU's (the second
    noun had no owner of its own, and the member state was taken as its imposer)."""
    text = "Portugal signed up last year to the EU's travel bans and asset freezes on 18 officials."
    assert {key[0] for key in keys(annotator, case, text, "2019-02-06")} == {"org:EU"}


def test_a_denied_objection_leaves_an_owned_restrictive_measure_standing(annotator, case):
    """Thirty-third session, from TA's errors: "Lisbon has not objected to the EU's
    restrictive measures on Venezuela" is the EU's measure, in force (the owner behind
    "restrictive" had been missed, and the objection's "not" read as the measure's)."""
    text = "Lisbon has not objected to the EU's restrictive measures on Venezuela."
    assert keys(annotator, case, text, "2019-02-06") == {("org:EU", "country:VEN", "existing")}


def test_a_list_of_people_subject_to_an_owned_ban_is_a_sanctions_list(annotator, case):
    """Thirty-third session, from TA's errors: "added eleven officials to the list of people
    subject to the bloc's travel ban and asset freeze" adds them to a sanctions list (an
    owner between "subject to" and the measure had hidden it), and "Those sanctioned
    include X, whom … recognised as president of the National Assembly" lists X, not the
    title's usual holder."""
    text = (
        "EU foreign ministers added eleven Venezuelan officials to the list of people subject"
        " to the bloc's travel ban and asset freeze. Those sanctioned include the deputy Luis"
        " Parra, whom the government recognised as president of the National Assembly."
    )
    found = keys(annotator, case, text, "2020-06-30")
    assert ("org:EU", "people", "imposed") in found
    assert ("org:EU", "person:luis-parra", "imposed") in found
    assert not any(key[1] == "person:juan-guaido" for key in found)


def test_a_name_described_as_sanctioned_is_under_a_measure_in_force():
    """Thirty-third session, from TD's errors: "US prosecutors say the yacht belongs to the
    sanctioned Russian billionaire Suleiman Kerimov" describes Kerimov as under sanctions
    already: in force, not imposed that day."""
    text = (
        "The superyacht, which US prosecutors say belongs to the sanctioned Russian billionaire"
        " Suleiman Kerimov, sailed into San Diego on Monday."
    )
    assert _ukraine_keys(text, "2022-06-28") == {
        ("country:USA", "person:suleiman-kerimov", "existing")
    }


def test_the_country_whose_trade_is_restricted_is_never_the_subject():
    """Thirty-third session, review: "Belarus hosts Russian troops. Lithuania restricted a
    large part of the country's trade." targets Belarus, not Lithuania itself; and the state
    that "already has measures in place" is the one named right before "already"."""
    text = "Belarus hosts Russian troops. Lithuania restricted a large part of the country's trade."
    assert _ukraine_keys(text, "2022-03-03") == {("country:LTU", "country:BLR", "imposed")}
    held = (
        "Against Russia, Canada already has measures in place. Early in the war Ottawa froze"
        " the assets of Defence Minister Viktor Khrenin."
    )
    assert _ukraine_keys(held, "2022-03-10") == {
        ("country:CAN", "person:viktor-khrenin", "existing")
    }


def test_a_measure_noun_conjunct_shares_the_past_perfect_before_it():
    """Thirty-fourth session, from UB's errors: in "Tokyo had already blocked the funds of
    A and B and imposed sanctions on the central bank" the second act, too, stood before
    the news; the same conjunct after a plain past, or a present perfect without "already",
    is today's act."""
    held = (
        "Tokyo had already blocked the funds of Mr Putin and Mr Lavrov and imposed"
        " sanctions on Russia's central bank."
    )
    assert ("country:JPN", "org:CBR", "existing") in _ukraine_keys(held, "2022-03-15")
    also = "Tokyo has already blocked the funds of Mr Putin and imposed sanctions on Rosneft."
    assert ("country:JPN", "org:ROSNEFT", "existing") in _ukraine_keys(also, "2022-03-15")
    fresh = "Tokyo blocked the funds of Mr Putin and imposed sanctions on Rosneft on Tuesday."
    assert ("country:JPN", "org:ROSNEFT", "imposed") in _ukraine_keys(fresh, "2022-03-15")
    perfect = "Tokyo has blocked the funds of Mr Putin and imposed sanctions on Rosneft."
    assert ("country:JPN", "org:ROSNEFT", "imposed") in _ukraine_keys(perfect, "2022-03-15")


def test_a_semicolon_list_goes_on_past_an_item_naming_the_persons_company():
    """Thirty-fourth session, from UB's errors: "…; Nikolai Tokarev of Transneft; Mikhail
    Fridman, …; and Kirill Dmitriev, …" is one list of people: "of Transneft" says whose
    man Tokarev is and the semicolon after it opens the next item."""
    text = (
        "Australia listed 33 oligarchs on Monday. The sanctions also cover Sergei Chemezov,"
        " head of Rostec; Nikolai Tokarev of"
        " Transneft; Mikhail Fridman, a founder of Alfa Group; and Kirill Dmitriev, who runs"
        " the Russian Direct Investment Fund."
    )
    found = {key[1] for key in _ukraine_keys(text, "2022-03-15") if key[0] == "country:AUS"}
    assert {
        "person:sergei-chemezov",
        "person:nikolai-tokarev",
        "person:mikhail-fridman",
        "person:kirill-dmitriev",
    } <= found


def test_a_tally_of_dozens_after_a_dated_act_is_a_record_in_force(annotator, case):
    """Thirty-fourth session, from UA's errors: "… has sanctioned dozens of officials" past
    the lead is a running tally like "… more than 100 officials", and a news word in the
    other clause of ", and" ("new debt") does not make the tally the day's news."""
    lead = "Washington hit PDVSA on Monday. The company sells oil to India. Prices rose."
    text = (
        f"{lead} In 2017 the Treasury stopped Caracas from selling new bonds in New York, and"
        " it has sanctioned dozens of Venezuelan officials, Maduro himself among them."
    )
    found = keys(annotator, case, text, "2019-01-29")
    assert ("country:USA", "person:nicolas-maduro", "existing") in found
    assert ("country:USA", "people", "existing") in found
    news = f"{lead} Washington has sanctioned dozens more Venezuelan officials."
    assert ("country:USA", "people", "imposed") in keys(annotator, case, news, "2019-01-29")


def test_people_named_after_the_office_they_hold_of_a_described_body(annotator, case):
    """Thirty-fourth session, from UA's errors: "the chief of the military counterintelligence
    agency, A, and the head of the national police special forces, B" names two people, each
    after an office "of" a body described in lower-case words; both are the targets, not
    an unnamed person."""
    text = (
        "Washington on Friday sanctioned the chief of the military counterintelligence agency,"
        " Iván Hernández Dala, and the head of the national police special forces, Carlos"
        " Perdomo Arias, accusing them of torture."
    )
    assert keys(annotator, case, text, "2019-02-15") == {
        ("country:USA", "person:ivan-hernandez-dala", "imposed"),
        ("country:USA", "person:carlos-perdomo-arias", "imposed"),
    }


def test_what_is_blamed_on_sanctions_makes_them_a_cause_in_force(annotator, case):
    """Thirty-fourth session, from UC's errors: "Caracas blames the fuel queues on sanctions,
    including the measures Washington put on PDVSA on January 28" names measures already at
    work, and whoever does the blaming imposes nothing (the second sentence, with the owner
    before the measure, was read so before; it guards the rule's reach). A measure called for
    in a predicate joined after the blame is no cause blamed ("blamed the crisis on Maduro's
    allies and called for new sanctions on PDVSA" stays proposed)."""
    text = (
        "Caracas blames the fuel queues on sanctions, including the measures Washington"
        " imposed on PDVSA on January 28."
    )
    assert keys(annotator, case, text, "2019-02-07") == {("country:USA", "org:PDVSA", "existing")}
    plain = "The ruling party blames the blackouts on U.S. sanctions against PDVSA."
    assert keys(annotator, case, plain, "2019-03-30") == {("country:USA", "org:PDVSA", "existing")}
    called = "Guaidó blamed the crisis on Maduro's allies and called for new sanctions on PDVSA."
    assert ("person:juan-guaido", "org:PDVSA", "proposed") in keys(
        annotator, case, called, "2019-03-30"
    )


def test_a_commitment_to_a_measure_is_a_pledge_not_the_act():
    """Thirty-fourth session, from UD's errors: "Berlin and Rome said they were committed to
    cutting selected Russian banks off SWIFT" pledges the measure; it is proposed."""
    text = (
        "Germany and Italy said on Saturday that they were committed to removing selected"
        " Russian banks from SWIFT."
    )
    found = _ukraine_keys(text, "2022-03-03")
    assert ("country:DEU", "company", "proposed") in found
    assert not any(key[2] == "imposed" for key in found)


def test_her_is_the_woman_the_article_genders_not_a_man_named_since():
    """Thirty-fourth session, from UB's errors: "her" after a paragraph about "Ms Kabaeva"
    and a sentence naming only an ungendered man ("Allies of Alexei Navalny urged Washington
    to sanction her") is Kabaeva."""
    text = (
        "Britain froze the assets of Alina Kabaeva in May. Ms Kabaeva chairs a media group."
        " Washington held back for months. Friends of the jailed opposition leader Alexei"
        " Navalny had urged the US to sanction her."
    )
    found = _ukraine_keys(text, "2022-08-03")
    assert ("country:USA", "person:alina-kabaeva", "proposed") in found
    assert not any(key[1] == "person:alexei-navalny" for key in found)


def test_an_act_days_after_one_dated_months_before_the_news_is_in_force():
    """Thirty-fourth session, from UB's errors: "In April, Washington sanctioned X. Britain
    listed her days later." in an August article: the second act follows the first, long
    before the news; after an act of the news day it stays the news."""
    old = "In April, Washington sanctioned Katerina Tikhonova. Britain listed Tikhonova days later."
    assert ("country:GBR", "person:katerina-tikhonova", "existing") in _ukraine_keys(
        old, "2022-08-03"
    )
    new = (
        "On Monday, Washington sanctioned Katerina Tikhonova. Britain listed Tikhonova a day later."
    )
    assert ("country:GBR", "person:katerina-tikhonova", "imposed") in _ukraine_keys(
        new, "2022-08-03"
    )


def test_a_second_by_agent_imposes_the_passive_measure_too():
    """Thirty-fourth session, from UB's errors: "was sanctioned by the EU on 28 February and
    by the United States and Britain on 3 March" names three imposers."""
    text = (
        "Oleg Tinkov was sanctioned by the EU on Monday and by the United States and Britain"
        " on Tuesday."
    )
    imposers = {key[0] for key in _ukraine_keys(text, "2022-03-03")}
    assert imposers == {"org:EU", "country:USA", "country:GBR"}


def test_whom_after_a_description_apposed_to_a_name_is_that_name():
    """Thirty-fourth session, from UB's errors: "Konstantin Malofeyev, a businessman whom
    Washington sanctioned in 2014" targets Malofeyev, as "that" after a description does."""
    text = (
        "Prosecutors seized $5 million from Yevgeny Prigozhin, a caterer whom Washington"
        " sanctioned in 2018 for meddling in elections."
    )
    assert _ukraine_keys(text, "2023-03-10") == {
        ("country:USA", "person:yevgeny-prigozhin", "existing")
    }


def test_a_name_with_a_reflexive_before_among_them_is_a_member(annotator, case):
    """Thirty-fourth session, from UC's errors: "had sanctioned dozens of officials over
    several years, Maduro himself among them" names Maduro among the group."""
    text = "Ottawa had blacklisted scores of officials since 2017, Maduro himself among them."
    found = keys(annotator, case, text, "2019-03-02")
    assert ("country:CAN", "person:nicolas-maduro", "existing") in found


def test_being_on_a_states_own_list_is_a_measure_in_force():
    """Thirty-fourth session, from UB's errors: "Mr Kovalchuk himself was already on Japan's
    list" (no "sanctions" before "list") puts him under Japan's measures, in force; being
    put on a list stays the act."""
    text = (
        "The banker Arkady Rotenberg is close to Putin. Mr Rotenberg himself was already on"
        " Canada's list."
    )
    assert _ukraine_keys(text, "2022-03-15") == {
        ("country:CAN", "person:arkady-rotenberg", "existing")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain froze the assets of Oleg Tinkov in March. The government said the money"
            " would not reach Tinkov or any other sanctioned individual.",
            {("country:GBR", "person:oleg-tinkov", "imposed")},
        ),
        (
            "On Monday Japan froze the assets of 17 Russians. It also ordered banks to halt"
            " transactions involving sanctioned individuals and entities.",
            {("country:JPN", "people", "imposed")},
        ),
    ],
)
def test_a_participle_describing_whoever_is_sanctioned_is_no_act(text, expected):
    """Thirty-fourth session, from UB's and UD's errors: "other sanctioned individuals",
    "transactions involving sanctioned individuals and entities" describe people under
    measures someone took; the participle is no act of its sentence."""
    assert _ukraine_keys(text, "2022-05-30") == expected


def test_a_reflexive_between_the_copula_and_on_the_list_keeps_it_a_listing():
    """Thirty-fourth session, from UB's errors: "Alfa Group, whose Alfa-Bank is itself on the
    EU's list" puts Alfa-Bank under the EU's measures, in force."""
    text = "Both men own Alfa Group, whose Alfa-Bank is itself on the EU's sanctions list."
    assert _ukraine_keys(text, "2024-04-10") == {("org:EU", "org:ALFA_BANK", "existing")}


def test_a_passive_measure_with_its_own_owner_is_that_owners():
    """Thirty-fourth session, from UB's errors: after sentences on EU listings, "Both are
    also subject to British sanctions imposed in March 2022" is Britain's measure, not the
    EU's that the passive would otherwise take from the sentences before."""
    text = (
        "The EU listed Oleg Deripaska and Viktor Vekselberg in 2022. Both are also subject to"
        " American sanctions imposed in April 2018."
    )
    found = _ukraine_keys(text, "2024-04-10")
    assert ("country:USA", "person:oleg-deripaska", "existing") in found
    assert {key[0] for key in found} == {"org:EU", "country:USA"}


@pytest.mark.parametrize(
    "text",
    [
        "Japan is already on Russia's list of unfriendly countries.",
        "Cuba was already on Washington's list of state sponsors of terrorism.",
    ],
)
def test_a_states_list_of_something_else_is_no_sanctions_list(annotator, case, text):
    """Thirty-fourth session, review: a state's "list of …" that lists something other than
    those under measures ("unfriendly countries", "state sponsors of terrorism") is no
    sanctions list; "the Treasury's list of blocked entities" still is."""
    assert _ukraine_keys(text, "2022-03-15") == set()
    blocked = "PDVSA remains on the Treasury's list of blocked entities."
    assert ("country:USA", "org:PDVSA", "existing") in keys(annotator, case, blocked, "2023-01-10")


def test_a_contested_partys_demonym_before_a_passive_measure_is_no_owner():
    """Thirty-fourth session, review: "subject to Russian sanctions imposed in 2014" names
    sanctions on Russia, not Russia's own: Russia imposes nothing here."""
    text = (
        "The EU froze the assets of Rosneft in March. The company is also subject to Russian"
        " sanctions imposed in 2014."
    )
    assert not any(key[0] == "country:RUS" for key in _ukraine_keys(text, "2024-04-10"))


@pytest.mark.parametrize("companion", ["alongside", "along with", "together with"])
def test_a_companion_phrase_takes_the_date_of_its_clause(companion):
    """Thirty-fifth session, from VD's errors: in a 2025 article, "The Group of Seven and the
    EU introduced it in December 2022, alongside the EU's embargo on seaborne imports of
    Russian crude" tells a measure in force long before the news: the verbless companion
    phrase is dated by the clause it hangs on."""
    text = (
        "The Group of Seven, the EU and Australia introduced it in December 2022 at $60,"
        f" {companion} the EU's embargo on seaborne imports of Russian crude."
    )
    found = _ukraine_keys(text, "2025-09-03")
    assert ("org:EU", "sector", "existing") in found
    assert not any(key[2] == "imposed" for key in found)


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        (
            "Britain sanctioned the two producers on the same day.",
            {"org:GAZPROM_NEFT", "org:SURGUTNEFTEGAS"},
        ),
        (
            "Britain sanctioned both Russian oil producers a week later.",
            {"org:GAZPROM_NEFT", "org:SURGUTNEFTEGAS"},
        ),
        # a bare count names new targets, not the two before
        ("Britain sanctioned two shipping companies the same day.", set()),
    ],
)
def test_the_two_producers_are_the_two_companies_named_before(second, expected):
    """Thirty-fifth session, from VD's errors: "The Treasury blacklisted Gazprom Neft and
    Surgutneftegas. Britain sanctioned the two producers on the same day." targets both
    companies (a trade noun, modifiers allowed after "the two" / "both")."""
    text = "On January 10 the Treasury blacklisted Gazprom Neft and Surgutneftegas. " + second
    found = {key[1] for key in _ukraine_keys(text, "2025-01-22") if key[0] == "country:GBR"}
    assert found - {"company"} == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The European Union on Monday extended its economic sanctions on Russia until the"
            " end of July.",
            "existing",
        ),
        ("The EU extended its sanctions on Russia for another six months.", "existing"),
        # extended to new targets: a new act; "for a" without a duration is no time
        ("On Monday the EU extended its sanctions to Belarus.", "imposed"),
        ("On Monday the US extended its sanctions on Russia for a range of sectors.", "imposed"),
    ],
)
def test_a_measure_extended_in_time_is_in_force(text, status):
    """Thirty-fifth session, from VD's errors: "extended its economic sanctions on Russia
    until the end of July" renews measures in force (existing, as "renewed" already read);
    "extended … to Belarus" reaches a new target and is the act."""
    found = _ukraine_keys(text, "2025-01-28")
    assert found and {key[2] for key in found} == {status}


@pytest.mark.parametrize(
    "aside",
    [
        "which has adopted the European Union's sanctions against Russia",
        "which is not an EU member but has adopted the European Union's sanctions against Russia",
    ],
)
def test_a_relative_that_adopts_anothers_sanctions(aside):
    """Thirty-fifth session, from VB's errors (and CG's, UB's): "Switzerland, which is not an
    EU member but has adopted the European Union's sanctions against Russia, has committed
    …" — the antecedent adopts them and their owner holds them, both in force (the perfect
    of an aside, also in the relative's second predicate)."""
    text = f"Switzerland, {aside}, has committed 100 million francs to demining."
    assert _ukraine_keys(text, "2024-11-20") == {
        ("country:CHE", "country:RUS", "existing"),
        ("org:EU", "country:RUS", "existing"),
    }


def test_a_name_in_a_members_description_is_no_member():
    """Thirty-fifth session, from VA's errors: "Those designated include Caryslia Rodríguez,
    the president of the Supreme Court, which last month certified Maduro's re-election, as
    well as …" lists Rodríguez, not Maduro (a name in a member's relative clause, or a
    possessor, is no member); a semicolon closes such a clause, so the last item of "…;
    Saeed Aghajani, who commands the drone units; and Sayed Hojatollah Qureishi, …" is one
    (that part guards the new filter: the old code read it so)."""
    venezuela = load_case("venezuela-2019")
    text = (
        "The US Treasury on Thursday imposed sanctions on 16 Venezuelan officials. Those"
        " designated include Caryslia Rodríguez, the president of the Supreme Court, which"
        " last month certified Maduro's re-election, as well as members of the electoral"
        " council."
    )
    found = keys(Annotator(venezuela), venezuela, text, "2024-09-13")
    assert ("country:USA", "person:caryslia-rodriguez", "imposed") in found
    assert not any(key[1] == "person:nicolas-maduro" for key in found)
    iran = (
        "The EU sanctioned three Iranians on Monday. The three listed are Mohammad Bagheri, the"
        " chief of staff; Saeed Aghajani, who commands the drone units; and Sayed Hojatollah"
        " Qureishi, a defence ministry general."
    )
    listed = {key[1] for key in _ukraine_keys(iran, "2022-10-20")}
    assert "person:sayed-hojatollah-qureishi" in listed


@pytest.mark.parametrize(
    "text",
    [
        "Jair Bolsonaro's government, which recognises Juan Guaidó as Venezuela's interim"
        " president and has barred senior officials of Nicolás Maduro's government from"
        " entering Brazil since August, presents the reception of Venezuelans as proof.",
        "The Brazilian government, which has already barred senior officials of Nicolás"
        " Maduro's government from entering Brazil, presents the reception as proof.",
    ],
)
def test_the_antecedent_of_a_subject_relative_imposes(annotator, case, text):
    """Thirty-fifth session, from VC's errors: in a subject relative (", which recognises X
    … and has barred …") the antecedent imposes, not a name the relative's first predicate
    governs (it had been Venezuela, from "Venezuela's interim president"); the relative's
    own words still set the status. (The second text, a relative with no name in its first
    predicate, was already read so: a guard.)"""
    found = keys(annotator, case, text, "2019-12-06")
    assert found == {("country:BRA", "people", "existing")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a day earlier", "hours earlier": one more act of the same news
        (
            "Canada moved a day earlier, sanctioning nine Venezuelan officials.",
            {("country:CAN", "people", "imposed")},
        ),
        (
            "Panama froze the assets of 20 officials a day earlier.",
            {("country:PAN", "people", "imposed")},
        ),
        # an earlier act without a span of the news's days stays in force before it
        (
            "Canada had earlier sanctioned nine Venezuelan officials.",
            {("country:CAN", "people", "existing")},
        ),
    ],
)
def test_earlier_within_the_news_cycle_is_the_news(annotator, case, text, expected):
    """Thirty-sixth session, from WB's errors: "Britain moved a day earlier, sanctioning four
    senior Belarusian defence officials" (in a report of the EU's listing) is imposed."""
    assert keys(annotator, case, text, published="2019-06-05") == expected


def test_a_date_after_the_last_items_of_a_target_list(annotator, case):
    """Thirty-sixth session, from WB's errors: "Britain and Canada sanctioned him, his eldest
    son Viktor and six other officials in September 2020, …" (a 2023 article) — the date
    after the list's last items dates the act: in force before the news."""
    text = (
        "Maduro spoke on Monday. Canada sanctioned him, his wife and nine other officials in"
        " September 2017, weeks after the vote."
    )
    found = keys(annotator, case, text, published="2019-06-05")
    assert ("country:CAN", "person:nicolas-maduro", "existing") in found
    assert {status for *_, status in found} == {"existing"}
    # (a clause after the comma is no list item: its date does not date the act)
    clause = (
        "Maduro spoke on Monday. Delegates met. Mediators spoke. Canada sanctioned 40"
        " Venezuelan officials, the opposition and rights groups having demanded it since 2017."
    )
    assert keys(annotator, case, clause, published="2019-06-05") == {
        ("country:CAN", "people", "imposed")
    }


def test_a_name_after_a_possessive_determiner_is_no_imposer():
    """Thirty-sixth session, from WB's errors: "the EU has also aligned much of its Belarus
    regime with its Russia sanctions" — Belarus modifies the EU's own regime; it imposes
    nothing."""
    text = "Since 2022 the EU has brought its Belarus regime into line with its Russia sanctions."
    found = _ukraine_keys(text, "2023-08-10")
    assert ("org:EU", "country:RUS", "existing") in found
    assert not any(imposer == "country:BLR" for imposer, *_ in found)


def test_president_obama_acts_for_the_united_states():
    """Thirty-sixth session, from WD's errors (a 2014 report): the Russia case file names the
    US president of the first sanctions, without a role ("the US president" stays Biden)."""
    text = "Hours after the EU decision, President Barack Obama announced sanctions on VTB."
    assert _ukraine_keys(text, "2014-07-29") == {("country:USA", "org:VTB", "imposed")}


def test_a_relatives_noun_before_a_name_continues_the_list(annotator, case):
    """Thirty-sixth session, from WA's errors: "designated Petro's wife, Verónica Alcocer, his
    eldest son, Nicolás Petro, and Interior Minister Armando Benedetti" — a relative's noun
    set off from the name by a comma is one more item of the list."""
    text = (
        "The Treasury designated Maduro's wife, Cilia Flores, her nephew, Carlos Malpica Flores,"
        " and Vice-President Delcy Rodríguez."
    )
    found = {target for _, target, _ in keys(annotator, case, text)}
    assert {"person:cilia-flores", "person:carlos-malpica-flores"} <= found
    assert "person:delcy-rodriguez" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sector's measure with no target phrase, under a verb of lifting
        (
            "In November the Treasury eased its oil sanctions to let Chevron pump again.",
            {("country:USA", "sector", "lifted")},
        ),
        # the contested state owning the sector is no imposer: the oil is Venezuela's
        ("The licence that eased Venezuela's oil sanctions expired.", set()),
    ],
)
def test_a_sectors_measure_eased(annotator, case, text, expected):
    """Thirty-sixth session, from WC's errors: "In November the Treasury eased its oil
    sanctions to let Chevron resume limited production" is a lifting on the oil sector."""
    assert keys(annotator, case, text, published="2022-12-01") == expected


def test_a_refusal_of_the_ban_refuses_the_sector_it_banned():
    """Thirty-seventh session, from XB's errors: "New Delhi has refused to join the ban" many
    sentences after "the G7 now bars imports of Russian diamonds" refuses that sector measure,
    not sanctions on Russia as a whole; a general noun ("the sanctions") still does."""
    filler = " Traders in Antwerp were busy. Prices rose. Dealers met on Monday. Buyers waited."
    banned = "The G7 now bars imports of Russian gold." + filler * 3
    assert ("country:IND", "sector", "negated") in _ukraine_keys(
        banned + " India has refused to join the ban.", "2024-03-01"
    )
    general = _ukraine_keys(banned + " India has refused to join the sanctions.", "2024-03-01")
    assert ("country:IND", "sector", "negated") not in general
    assert ("country:IND", "country:RUS", "negated") in general


def test_restrictions_refused_after_a_sector_measure_are_on_that_sector():
    """Thirty-seventh session, from XB's errors: "… to China, Turkey and India, none of which
    has imposed restrictions" right after a ban on Russian aluminium refuses a measure on the
    sector; bare "restrictions" is a measure when refused."""
    text = (
        "Britain banned imports of Russian copper. Buyers are expected to turn instead to Brazil"
        " and Egypt, neither of which has imposed restrictions."
    )
    assert _ukraine_keys(text, "2024-04-13") == {
        ("country:GBR", "sector", "imposed"),
        ("country:BRA", "sector", "negated"),
        ("country:EGY", "sector", "negated"),
    }


def test_a_date_after_a_described_target_dates_the_act():
    """Thirty-seventh session, from XB's errors: "Washington sanctioned Arctic LNG 2, the
    Novatek-led plant in the Arctic, in November" (a June article): the description sets
    off the target, the date after it dates the act; "Novatek-led" names no target."""
    dated = "The US sanctioned Sovcomflot, the Gazprom-led shipping group, in February."
    assert _ukraine_keys(dated, "2024-09-10") == {("country:USA", "org:SOVCOMFLOT", "existing")}
    today = "The US sanctioned Sovcomflot, the Gazprom-led shipping group, on Friday."
    assert _ukraine_keys(today, "2024-09-10") == {("country:USA", "org:SOVCOMFLOT", "imposed")}


def test_a_companion_of_an_earlier_predicate_does_not_join_the_next():
    """Thirty-seventh session, from XB's errors: "Tokyo banned imports …, in step with the G7,
    and in December froze the assets of …" — the G7 acted with Tokyo in the ban only. A
    companion before any verb hangs on the shared subject and joins both."""
    later = (
        "Canada banned imports of Russian aluminium, in step with the G7, and froze the assets"
        " of Alrosa."
    )
    assert not any(
        imposer == "org:G7" for imposer, target, _ in _ukraine_keys(later) if target == "org:ALROSA"
    )
    shared = (
        "Canada, along with Japan, banned imports of Russian aluminium, and froze the assets"
        " of Alrosa."
    )
    assert ("country:JPN", "org:ALROSA", "imposed") in _ukraine_keys(shared)


def test_the_russia_case_knows_arctic_lng_2_and_nayara():
    """Thirty-seventh session, from XB's errors: the LNG plant and the Indian refinery the
    sanctions of 2023-25 named are companies of the Russia case file."""
    assert _ukraine_keys("The EU listed Nayara and Arctic LNG 2 on Friday.", "2025-07-18") == {
        ("org:EU", "org:NAYARA_ENERGY", "imposed"),
        ("org:EU", "org:ARCTIC_LNG_2", "imposed"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name for the government, then a sector
        (
            "Washington keeps sanctions on the Venezuelan government and its gold sector.",
            {("country:USA", "government", "existing"), ("country:USA", "sector", "existing")},
        ),
        # a name for the government, then a named company
        (
            "The US imposed sanctions on the Venezuelan government and PDVSA.",
            {("country:USA", "government", "imposed"), ("country:USA", "org:PDVSA", "imposed")},
        ),
        # the government's kind noun, then a sector as an item of its own
        (
            "Its sanctions on his government and on the mining industry remain in force.",
            {("country:USA", "government", "existing"), ("country:USA", "sector", "existing")},
        ),
        # "the oil company" points back at a company named before: no second kind
        (
            "Washington had barred the government and the oil company from raising debt in 2017.",
            {("country:USA", "government", "existing")},
        ),
    ],
)
def test_the_government_coordinated_with_another_target(annotator, case, text, expected):
    """Thirty-seventh session, from XA's and XC's errors: "keeps broad sanctions on the
    Venezuelan government and its oil sector" targets both; the government had been lost
    whenever a second kind or a name stood beside it."""
    opening = "The United States sanctioned PDVSA in 2019. "
    found = keys(annotator, case, opening + text, published="2021-01-06")
    assert found - {("country:USA", "org:PDVSA", "existing")} == expected


def test_trying_to_agree_a_package_is_proposed():
    """Thirty-seventh session, from XD's errors: "EU governments … are also trying to finalise
    a 12th package of sanctions against Russia" — wanted, not yet done; trying to get round
    another's sanctions says nothing of them."""
    trying = "The EU is trying to agree a new package of sanctions against Russia."
    assert _ukraine_keys(trying) == {("org:EU", "country:RUS", "proposed")}
    evading = "Traders who try to evade American sanctions on Russia face fines."
    assert ("country:USA", "country:RUS", "proposed") not in _ukraine_keys(evading)


def test_a_lifting_in_the_first_of_two_predicates_is_not_the_measures(annotator, case):
    """Thirty-seventh session, from XC's errors: "the Treasury revoked a separate licence and
    reimposed sanctions on Minerven" — the revoking is the first predicate's; the measure's
    own verb imposes (a noun cue's verb after "and" has its own status, as a verb cue has)."""
    text = "At the end of March the Treasury revoked a licence and reimposed sanctions on Conviasa."
    assert keys(annotator, case, text, published="2024-04-17") == {
        ("country:USA", "org:CONVIASA", "imposed")
    }


def test_a_date_after_the_names_of_the_targets_dates_the_act():
    """Thirty-seventh session, from YD's errors: "Washington sanctioned two Wagner-linked
    companies, Meroe Gold and M Invest, as long ago as July 2020" (a 2023 article): the
    names set off by commas are the targets, the date after them dates the act."""
    text = (
        "Washington sanctioned two Wagner-linked firms, Kilo Mining and Delta Ore, as long ago"
        " as July 2020."
    )
    assert ("country:USA", "company", "existing") in _ukraine_keys(text, "2023-07-21")


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury blacklisted Conviasa, the Venezuelan state airline, and its president,"
        " Ramón Celestino Velásquez.",
        "The Treasury blacklisted Conviasa, the Venezuelan state airline, and its chief"
        " executive, Ramón Celestino Velásquez.",
    ],
)
def test_a_companys_officer_after_its_possessive_continues_the_list(annotator, case, text):
    """Thirty-eighth session, from FC's, IC's and JB's errors: "designated Minerven, the state
    gold-mining company, and its president, Adrián Antonio Perdomo Mata" — an office after
    "its", set off from the name by a comma, is one more item of the list, as a relative's
    noun after "his" is."""
    found = {target for _, target, _ in keys(annotator, case, text)}
    assert "person:ramon-celestino-velasquez" in found


def test_a_member_titled_with_of_is_a_member():
    """Thirty-eighth session, from RB's errors: "barred entry to 963 US citizens, including
    President Joseph Biden, Secretary of State Antony Blinken and CIA Director William Burns"
    — the "of" inside "Secretary of State" is the title's, not someone else's relation."""
    text = (
        "Moscow has barred entry to 500 Americans, including Secretary of State Antony Blinken"
        " and Secretary of Defense Lloyd Austin."
    )
    found = {target for _, target, _ in _ukraine_keys(text, "2023-05-20")}
    assert {"person:antony-blinken", "person:lloyd-austin"} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treasury sanctioned Alex Saab, together with the Colombian businessman Alvaro"
            " Pulido.",
            {"person:alex-saab", "person:alvaro-pulido"},
        ),
        # a companion who imposes is no target
        (
            "Canada sanctioned Alex Saab, together with the United States.",
            {"person:alex-saab"},
        ),
    ],
)
def test_a_described_companion_after_together_with_is_a_target(annotator, case, text, expected):
    """Thirty-eighth session, from EC's errors: "blacklisted three of his stepsons, …, together
    with the Colombian businessman Alex Saab" — a person after "the" and a description (a
    demonym among its words) is one more target, as "along with his wife" was."""
    found = {target for _, target, _ in keys(annotator, case, text, published="2019-08-01")}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union has since listed senior figures, including Vice-President Delcy"
            " Rodríguez.",
            {"person:delcy-rodriguez"},
        ),
        (
            "The European Union listed Vice-President Delcy Rodríguez in June.",
            {"person:delcy-rodriguez"},
        ),
        # a state listing what is no party is no measure
        ("The European Union listed several concerns about the vote.", set()),
    ],
)
def test_a_state_lists_a_party_past_a_modifier_or_a_title(annotator, case, text, expected):
    """Thirty-eighth session, from older explainers' errors: "the EU has since listed senior
    figures including …" — listing by a state is the measure when a modifier ("senior") or
    a title ("Vice-President") stands before the group or the person listed."""
    found = {t for _, t, _ in keys(annotator, case, text, published="2019-09-01") if t}
    assert {t for t in found if str(t).startswith("person:")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the states a passive entry ban keeps them out of, each for its own border
        (
            "From Monday, Russian tourists are barred from entering Estonia, Latvia or Lithuania.",
            {
                ("country:EST", "people", "imposed"),
                ("country:LVA", "people", "imposed"),
                ("country:LTU", "people", "imposed"),
            },
        ),
        # "can no longer enter" a state: that state keeps them out, the reported act
        (
            "From Monday, Russian citizens who hold Schengen visas can no longer enter Estonia,"
            " Latvia or Poland.",
            {
                ("country:EST", "people", "imposed"),
                ("country:LVA", "people", "imposed"),
                ("country:POL", "people", "imposed"),
            },
        ),
        # no state after the verb, a state's market, companies kept out: no travel ban
        ("Foreign banks can no longer enter the market there.", set()),
        ("Russian banks can no longer enter the US market.", set()),
        ("Western companies can no longer enter Russia's market.", set()),
        ("Russian investors can no longer enter Poland's public tenders.", set()),
    ],
)
def test_an_entry_closed_to_a_group_by_the_states_named(text, expected):
    """Thirty-eighth session, from ZB's errors: "Russian citizens who hold Schengen visas for
    tourism can no longer enter Estonia, Latvia, Lithuania or Poland" is a travel ban by each
    state named on the group before the verb; "barred from entering A, B or C" named only
    the first state as its imposer."""
    assert _ukraine_keys(text, "2022-09-19") == expected


def test_a_date_after_and_on_opens_a_new_clause_not_a_target():
    """Thirty-eighth session, from ZB's errors: "Germany and France blocked a bloc-wide ban,
    and on September 9 the EU settled for …" — "and on" before a date is no second target
    ("and on its president"), and "bloc-wide" says where, not whom."""
    text = (
        "Germany and France blocked a bloc-wide ban, and on September 9 the EU settled for"
        " suspending its visa facilitation agreement with Russia."
    )
    assert not any(target == "org:EU" for _, target, _ in _ukraine_keys(text, "2022-09-19"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia said on Tuesday that it was blocking access to 81 media outlets from European"
            " Union countries.",
            {("country:RUS", "company", "imposed")},
        ),
        (
            "Moscow restricted access to dozens of foreign news websites on Friday.",
            {("country:RUS", "company", "imposed")},
        ),
        # blocking a measure is still a veto; access to money is no outlet's
        ("Hungary is blocking the sanctions on Russian oil.", set()),
        ("Hungary is blocking access to EU funds for Ukraine.", set()),
    ],
)
def test_blocking_access_to_outlets_is_a_ban_on_them(text, expected):
    """Thirty-eighth session, from ZB's errors: "it was blocking access to 81 media outlets"
    is a ban on the outlets (what follows "access to" is its target), not a veto of a
    measure, which "is blocking the sanctions" remains."""
    found = {key for key in _ukraine_keys(text, "2024-06-25") if key[2] != "negated"}
    assert found == expected


@pytest.mark.parametrize(
    "office",
    [
        "director of the Federal Security Service",
        "director of the Federal Security Service (FSB)",
    ],
)
def test_a_persons_office_set_off_by_commas_lets_the_list_go_on(office):
    """Thirty-eighth session, from ZD's errors: "The sanctions target Alexander Bortnikov,
    director of the Federal Security Service (FSB), and Sergei Kiriyenko, …" — an office
    with no article after a person's name is an apposition the list goes on after, and a
    name's initials in brackets end no target phrase."""
    text = (
        f"The EU sanctioned Alexander Bortnikov, {office}, and Sergei Kiriyenko, first deputy"
        " chief of staff."
    )
    found = {target for _, target, _ in _ukraine_keys(text, "2020-10-15")}
    assert {"person:alexander-bortnikov", "person:sergei-kiriyenko"} <= found


def test_what_a_participle_clause_calls_in_force_is_another_measure():
    """Thirty-eighth session, from ZD's errors: "The State Department imposed further
    penalties on Russia under a 1991 law, adding to sanctions that have been in force since
    the 2018 attack" — the penalties are imposed; what the "adding to" clause calls in force
    is the earlier measure."""
    text = (
        "The State Department imposed further penalties on Russia under a 1991 law on chemical"
        " weapons, adding to sanctions that have been in force since the 2018 attack on Sergei"
        " Skripal."
    )
    assert ("country:USA", "country:RUS", "imposed") in _ukraine_keys(text, "2021-03-02")


def test_a_those_frame_with_its_agent_tells_the_act():
    """Thirty-eighth session, from ZD's errors: "Those designated by the Treasury are
    Alexander Bortnikov, the FSB director; …" lists the targets of the act the article
    reports, not people already under the measure ("seven officials sanctioned by the Obama
    administration" still are)."""
    text = "Those designated by the Treasury are Alexander Bortnikov, the FSB director."
    assert ("country:USA", "person:alexander-bortnikov", "imposed") in _ukraine_keys(
        text, "2021-03-02"
    )


def test_a_semicolon_list_item_may_be_a_described_pair_of_names():
    """Thirty-eighth session, from ZD's errors: "…; the deputy defence ministers Pavel Popov
    and Alexei Krivoruchko; Prosecutor General Igor Krasnov; and Alexander Kalashnikov, …" —
    an item may open on "the" and three words of description, hold two names, and the list
    goes on after it."""
    text = (
        "The Treasury designated Andrei Yarin, who runs the domestic policy directorate; the"
        " deputy defence ministers Pavel Popov and Alexei Krivoruchko; Prosecutor General Igor"
        " Krasnov; and Alexander Kalashnikov, the head of the prison service."
    )
    found = {target for _, target, _ in _ukraine_keys(text, "2021-03-02")}
    assert {
        "person:andrei-yarin",
        "person:pavel-popov",
        "person:alexei-krivoruchko",
        "person:igor-krasnov",
        "person:alexander-kalashnikov",
    } <= found


def test_a_prepositions_ing_after_a_comma_opens_no_participle_clause():
    """Review of the thirty-eighth session: "…, according to the Treasury, since 2014" is no
    participle clause; the measure's own "since" still makes it a standing one."""
    text = "The US has imposed sanctions on Russia, according to the Treasury, since 2014."
    assert ("country:USA", "country:RUS", "existing") in _ukraine_keys(text, "2022-03-01")


@pytest.mark.parametrize(
    "text",
    ["The US blocked former officials from the talks.", "Canada listed several concerns."],
)
def test_a_state_acting_on_words_that_are_no_rank_is_no_measure(annotator, case, text):
    """Review of the thirty-eighth session: past a modifier, only words of rank ("senior",
    "top", "not only") lead a state's verb to a group it acts on."""
    assert keys(annotator, case, text) == set()
