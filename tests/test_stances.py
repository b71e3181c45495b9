"""Stance extraction on invented sentences covering the annotation guide's hard cases."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tidynews.annotate import Annotator
from tidynews.cases import load_case
from tidynews.extractors.stances import extract_stances

GUAIDO, MADURO = "person:juan-guaido", "person:nicolas-maduro"


@pytest.fixture(scope="module")
def case():
    return load_case("venezuela-2019")


@pytest.fixture(scope="module")
def annotator(case):
    return Annotator(case)


def keys(annotator, case, text):
    article = annotator.annotate("0123456789ab", text)
    rows = extract_stances(article, case)
    for row in rows:
        assert text[row["start"] : row["end"]] == row["evidence"]
    return {
        (row["party_id"] or row["actor_id"], row["stance"], row["subject_id"], row["modality"])
        for row in rows
    }


CASES = [
    # twenty-third session, a real report read by eye: "like" after a plural group introduces
    # named examples, which act
    (
        "Countries like Russia have backed Maduro while condemning international interference.",
        {("country:RUS", "backs", MADURO, "asserted")},
    ),
    # twenty-third session, real wire reports read by eye (kept outside the project)
    # the support an accusation speaks of is not given to the accuser
    (
        "In a televised broadcast, Maduro accused the opposition of seeking to stage a coup"
        " with the support of the United States.",
        set(),
    ),
    # objecting to recognition is refusing it
    (
        "Italy's government objected to recognising Guaidó.",
        {("country:ITA", "recognises", GUAIDO, "negated")},
    ),
    # one person named between an unnamed group and "they" is not what "they" points at
    (
        "The UK now recognises Guaidó. Seven EU states had given Maduro until Sunday to call"
        " elections, failing which they would recognise Guaidó as interim leader.",
        {("country:GBR", "recognises", GUAIDO, "asserted")},
    ),
    # a relative clause on an indefinite noun apposed to a bloc is the bloc's; the sentence's
    # subject does not act in it
    (
        "Freeland will attend a meeting in Santiago of Lima Group countries, a regional block"
        " that supports Venezuela's opposition leader, Juan Guaido.",
        {("org:LIMA_GROUP", "backs", GUAIDO, "asserted")},
    ),
    (  # (an unnamed group backs him: a row with no actor, which is never scored)
        "Freeland will attend a meeting of a group that backs Juan Guaido.",
        {(None, "backs", GUAIDO, "asserted")},
    ),
    # a fronted "although" clause ends at its comma even after a title ("head of state")
    (
        "Although most Western nations, including the United States, have recognized Guaido as"
        " interim head of state, Russia, China and Cuba have stood by Maduro.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
            ("country:CUB", "backs", MADURO, "asserted"),
        },
    ),
    # twenty-third session, a real wire list read by eye: a member the gazetteers lack (here
    # an unheld spelling) does not cut a list of states in two; "Luxemburg" is held now
    (
        "EU members Spain, Austria, Finland, Belgium, Ruritania, the Czech Republic and Croatia"
        " signed a joint declaration in support and recognition of Guaido.",
        {
            (f"country:{state}", stance, GUAIDO, "asserted")
            for state in ("ESP", "AUT", "FIN", "BEL", "CZE", "HRV")
            for stance in ("backs", "recognises")
        },
    ),
    (
        "Belgium, Luxemburg and the Netherlands recognise Mr Guaido.",
        {
            ("country:BEL", "recognises", GUAIDO, "asserted"),
            ("country:LUX", "recognises", GUAIDO, "asserted"),
            ("country:NLD", "recognises", GUAIDO, "asserted"),
        },
    ),
    # "has been one of X's staunchest supporters": the subject backs X
    (
        "Cuba has been one of Mr Maduro's staunchest supporters since 2013.",
        {("country:CUB", "backs", MADURO, "asserted")},
    ),
    # an aside between commas ("after Russia") is not the actor
    (
        "Nicaragua became only the second state, after Cuba, to recognise Mr Maduro's new term.",
        {("country:NIC", "recognises", MADURO, "asserted")},
    ),
    # neutrality stated through a role: "a neutral mediator between X and Y"
    (
        "Uruguay has positioned itself as a neutral mediator between Mr Maduro and Mr Guaidó.",
        {
            ("country:URY", "neutral", MADURO, "asserted"),
            ("country:URY", "neutral", GUAIDO, "asserted"),
        },
    ),
    # an inverted condition and an ultimatum are conditions; "it" right before the verb acts
    (
        "Spain said it was ready to recognise Mr Guaidó should Mr Maduro refuse to hold elections.",
        {("country:ESP", "recognises", GUAIDO, "conditional")},
    ),
    (
        "The EU has given Mr Maduro eight days to call elections or it will recognise Mr Guaidó.",
        {("org:EU", "recognises", GUAIDO, "conditional")},
    ),
    # named members after a relative clause on an unnamed group
    (
        "Mr Maduro has few friends left: three governments that stand by him, Cuba, Nicaragua "
        "and Bolivia.",
        {
            ("country:CUB", "backs", MADURO, "asserted"),
            ("country:NIC", "backs", MADURO, "asserted"),
            ("country:BOL", "backs", MADURO, "asserted"),
        },
    ),
    # a question is no stance; considering whether to act is an intention
    ("It is unclear whether the EU will recognise Mr Guaidó.", set()),
    ("Asked whether Britain would recognise Mr Guaidó, a spokesman said it was too early.", set()),
    (
        "Portugal is considering whether to recognise Mr Guaidó.",
        {("country:PRT", "recognises", GUAIDO, "intended")},
    ),
    # a denied report gives no stance; denying the stance itself negates it
    ("Russia denied that it had sent troops to support Mr Maduro.", set()),
    ("Italy denied backing Mr Maduro.", {("country:ITA", "backs", MADURO, "negated")}),
    # a cue with its own object ("not support sanctions") takes no party from before it
    (
        "Bolivia, a long-time ally of Mr Maduro, said it would not support sanctions on oil.",
        {("country:BOL", "backs", MADURO, "asserted")},
    ),
    # ... while the object of "stood by" or "the legitimate president" may come first
    (
        "Russia regarded Mr Maduro as the legitimate president of Venezuela.",
        {("country:RUS", "recognises", MADURO, "asserted")},
    ),
    # a named object that is no party: "accused the US of backing a coup"
    ("Mr Maduro has accused the US of backing a coup.", set()),
    # a bloc classifying one member is not the actor
    (
        "Canada became the first G7 nation to recognise Mr Guaidó.",
        {("country:CAN", "recognises", GUAIDO, "asserted")},
    ),
    # a statement someone blocked takes no stance for its would-be authors
    ("Italy blocked an EU statement recognising Mr Guaidó.", set()),
    ("Hungary vetoed a joint declaration backing Mr Guaidó on Monday.", set()),
    # ... while an issued statement does
    (
        "The EU issued a statement recognising Mr Guaidó.",
        {("org:EU", "recognises", GUAIDO, "asserted")},
    ),
    # "called the move X" names something; it is no urging, so no intent
    (
        "Russia's foreign ministry called the move a coup and said it stood by Mr Maduro.",
        {("country:RUS", "backs", MADURO, "asserted")},
    ),
    (
        "Mr Pompeo called on the EU to recognise Mr Guaidó.",
        {("org:EU", "recognises", GUAIDO, "intended")},
    ),
    # "called upon X to" and "called for X to" urge X, as "called on X to" does
    (
        "Mr Pompeo called upon Italy to recognise Mr Guaidó.",
        {("country:ITA", "recognises", GUAIDO, "intended")},
    ),
    (
        "The Lima Group called for Mexico to recognise Mr Guaidó.",
        {("country:MEX", "recognises", GUAIDO, "intended")},
    ),
    # an official after a possessive country stands for it
    (
        "Brazil's foreign minister Ernesto Araújo said his country supported Mr Guaidó.",
        {("country:BRA", "backs", GUAIDO, "asserted")},
    ),
    # plain active, coordination
    (
        "Russia and China continue to back Mr Maduro.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
        },
    ),
    (
        "Brazil, Colombia and Peru recognised Juan Guaidó as interim president on Wednesday.",
        {
            ("country:BRA", "recognises", GUAIDO, "asserted"),
            ("country:COL", "recognises", GUAIDO, "asserted"),
            ("country:PER", "recognises", GUAIDO, "asserted"),
        },
    ),
    # passive with an unnamed group (not scored, null actor)
    (
        "Mr Guaidó was recognised by the US and several Latin American countries.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            (None, "recognises", GUAIDO, "asserted"),
        },
    ),
    # compound adjective
    (
        "The US-backed opposition leader Juan Guaidó spoke to crowds in Caracas.",
        {("country:USA", "backs", GUAIDO, "asserted")},
    ),
    # noun construction
    (
        "Mr Maduro has the backing of Russia, China, and Turkey.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
            ("country:TUR", "backs", MADURO, "asserted"),
        },
    ),
    # negation
    ("Italy has not recognised Mr Guaidó.", {("country:ITA", "recognises", GUAIDO, "negated")}),
    (
        "Mexico refused to recognise Juan Guaidó as president.",
        {("country:MEX", "recognises", GUAIDO, "negated")},
    ),
    (
        "Greece stopped short of recognising Mr Guaidó.",
        {("country:GRC", "recognises", GUAIDO, "negated")},
    ),
    # intention
    (
        "Spain will recognise Mr Guaidó next week.",
        {("country:ESP", "recognises", GUAIDO, "intended")},
    ),
    (
        "Canada is expected to recognise Juan Guaidó.",
        {("country:CAN", "recognises", GUAIDO, "intended")},
    ),
    (
        "Mr Pompeo urged Ecuador to recognise Mr Guaidó.",
        {("country:ECU", "recognises", GUAIDO, "intended")},
    ),
    # condition
    (
        "Germany will recognise Mr Guaidó if Mr Maduro does not call elections by Sunday.",
        {("country:DEU", "recognises", GUAIDO, "conditional")},
    ),
    # officials stand for their state
    (
        "US Secretary of State Mike Pompeo said Washington supports Juan Guaidó.",
        {("country:USA", "backs", GUAIDO, "asserted")},
    ),
    (
        "Russian Foreign Minister Sergei Lavrov said Moscow stands with Mr Maduro.",
        {("country:RUS", "backs", MADURO, "asserted")},
    ),
    # a pronoun after a named actor
    (
        "Donald Trump said on Wednesday that he supported Mr Guaidó.",
        {("country:USA", "backs", GUAIDO, "asserted")},
    ),
    # both cues in one sentence
    (
        "Portugal and France recognise and fully support Mr Guaidó.",
        {
            ("country:PRT", "recognises", GUAIDO, "asserted"),
            ("country:FRA", "recognises", GUAIDO, "asserted"),
            ("country:PRT", "backs", GUAIDO, "asserted"),
            ("country:FRA", "backs", GUAIDO, "asserted"),
        },
    ),
    # support phrased with "behind"; "rallied" is not seeking support here
    (
        "Argentina threw its weight behind Mr Guaidó.",
        {("country:ARG", "backs", GUAIDO, "asserted")},
    ),
    (
        "Colombia and Peru rallied behind Mr Guaidó on Thursday.",
        {
            ("country:COL", "backs", GUAIDO, "asserted"),
            ("country:PER", "backs", GUAIDO, "asserted"),
        },
    ),
    ("Mr Guaidó is the man behind the protests, Russia said.", set()),
    # a verb that took its own object leaves the named party to the next verb
    (
        "China said it opposed outside interference and continued to support Mr Maduro.",
        {("country:CHN", "backs", MADURO, "asserted")},
    ),
    # "him" is the party named last (a quote and a "Read more" line between), not the
    # subject of the article's last stance
    (
        "The US recognised Mr Guaidó.\n\nMr Maduro cut ties with Washington. “I have decided "
        "to break relations,” he told supporters.\n\nRead more: Guaidó and Maduro, two rivals "
        "in profile\n\nMoscow stood by him.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:RUS", "backs", MADURO, "asserted"),
        },
    ),
    # "both governments" are the states named before, not a name inside "US-drafted"
    (
        "Russia and China vetoed a US-drafted resolution on Thursday. Both governments back "
        "Nicolás Maduro and accuse Washington of trying to topple him.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
        },
    ),
    # a passive with a title of several words after "as"
    (
        "The sanctions come as Juan Guaidó, recognised as interim president by the United "
        "States, tries to cut off the government's cash.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    # solidarity, loyalty and allegiance are support; with no actor named, no stance
    (
        "Cuba and Bolivia expressed their solidarity with Mr Maduro.",
        {
            ("country:CUB", "backs", MADURO, "asserted"),
            ("country:BOL", "backs", MADURO, "asserted"),
        },
    ),
    (
        "The defence minister, Vladimir Padrino, pledged the armed forces' loyalty to Mr Maduro.",
        {("country:VEN", "backs", MADURO, "asserted")},
    ),
    ("Troops loyal to Mr Maduro fired tear gas at the crowd.", set()),
    ("Thousands marched in solidarity with Mr Guaidó.", set()),
    # members listed after an unnamed group, the list closing with an unnamed member
    (
        "More than a dozen countries, including the US, Canada and most of Latin America, have "
        "recognised Mr Guaidó.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
        },
    ),
    # "the legitimate interim president"
    (
        "Germany's chancellor Angela Merkel said Mr Guaidó was the legitimate interim president.",
        {("country:DEU", "recognises", GUAIDO, "asserted")},
    ),
    # a blocked statement as a relative clause takes no stance; an adopted one does
    ("Italy vetoed an EU statement that would have recognised Mr Guaidó.", set()),
    (
        "The EU adopted a statement that recognised Mr Guaidó.",
        {("org:EU", "recognises", GUAIDO, "asserted")},
    ),
    # neutrality stated outright: in a named dispute, or by refusing to take sides
    (
        "Uruguay has remained neutral in the dispute between Mr Maduro and Mr Guaidó.",
        {
            ("country:URY", "neutral", MADURO, "asserted"),
            ("country:URY", "neutral", GUAIDO, "asserted"),
        },
    ),
    (
        "Mexico refused to take sides between Mr Maduro and Mr Guaidó.",
        {
            ("country:MEX", "neutral", MADURO, "asserted"),
            ("country:MEX", "neutral", GUAIDO, "asserted"),
        },
    ),
    ("Mexico has taken sides in the dispute between Mr Maduro and Mr Guaidó.", set()),
    ("Brazil took sides with Mr Guaidó.", {("country:BRA", "backs", GUAIDO, "asserted")}),
    # support received from a named giver, not sought; calling on someone else to support
    (
        "Juan Guaido declared himself acting president on Wednesday, winning swift recognition "
        "from U.S. President Donald Trump.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    ("Mr Guaidó is trying to win support from Russia.", set()),
    (
        "Mr Maduro received strong support from Moscow.",
        {("country:RUS", "backs", MADURO, "asserted")},
    ),
    # an unlisted official set off by commas after a title stands for the state named before
    (
        "Austria's chancellor, Sebastian Kurz, said on Twitter that his country now considered"
        " Guaidó the legitimate interim president.",
        {("country:AUT", "recognises", GUAIDO, "asserted")},
    ),
    # ", and" after a single name joins two clauses; a list's comma has one before it too
    (
        "Brazil sent aid to the border with Venezuela, and the US recognised Mr Guaidó.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Argentina, Chile, and Peru recognised Mr Guaidó.",
        {
            ("country:ARG", "recognises", GUAIDO, "asserted"),
            ("country:CHL", "recognises", GUAIDO, "asserted"),
            ("country:PER", "recognises", GUAIDO, "asserted"),
        },
    ),
    # "defender", "patron", "champion" are ally nouns; a relative clause before the copula
    # holds no subject
    (
        "Russia, which has lent Caracas billions of dollars, has been Mr Maduro's most vocal"
        " defender.",
        {("country:RUS", "backs", MADURO, "asserted")},
    ),
    ("Cuba is Mr Maduro's chief patron.", {("country:CUB", "backs", MADURO, "asserted")}),
    # a statement's stance is its issuer's; "recognition" with no object is of the topic
    (
        "The US recognised Mr Guaidó. Italy refused to sign a joint declaration, so the E.U."
        " issued a weaker statement that stopped short of formal recognition.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("org:EU", "recognises", GUAIDO, "negated"),
        },
    ),
    (
        "The Lima Group issued a declaration that recognised Mr Guaidó as interim president.",
        {("org:LIMA_GROUP", "recognises", GUAIDO, "asserted")},
    ),
    ("Recognition came quickly.", set()),
    # an adverb set off by commas stands between subject and verb
    (
        "Mexico and Uruguay, however, refused to recognise Guaidó.",
        {
            ("country:MEX", "recognises", GUAIDO, "negated"),
            ("country:URY", "recognises", GUAIDO, "negated"),
        },
    ),
    # a pronoun skips a name inside a relative clause
    (
        "The Kremlin, which has lent Caracas billions of dollars, said it continued to regard"
        " Maduro as the legitimate head of state.",
        {("country:RUS", "recognises", MADURO, "asserted")},
    ),
    # a condition outside the relative clause holding the cue is not its condition
    (
        "Spain, which recognised Mr Guaidó in February, has argued that further sanctions should"
        " be considered only if talks fail.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Spain, which would recognise Mr Guaidó if no elections were called, met on Monday.",
        {("country:ESP", "recognises", GUAIDO, "conditional")},
    ),
    # a negation in a first predicate does not reach a second one after "and"
    (
        "Havana rejected the coup movement and reiterated its firm solidarity with Mr Maduro.",
        {("country:CUB", "backs", MADURO, "asserted")},
    ),
    # the object of an earlier stance verb does not join the next clause's subject
    (
        "Russia backs Mr Maduro and the US backs Mr Guaidó.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:USA", "backs", GUAIDO, "asserted"),
        },
    ),
    # a stance verb's own object before the party: the sanctions are supported, not Russia
    ("Poland supports the sanctions against Mr Maduro.", set()),
    # a direct question asserts nothing
    ("Does Mexico recognise Mr Guaidó?", set()),
    ("HOST: Does the US back Mr Guaidó?", set()),
    # a wh-question presupposes what it asks about
    ("Why did the US recognise Mr Guaidó?", {("country:USA", "recognises", GUAIDO, "asserted")}),
    # "recognition" with no object is the topic's only when the subject gives or withholds it
    (
        "The US recognised Mr Guaidó. Russia condemned the recognition.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    # limits of today's rules (found in review): somebody else's presidency or mandate; a
    # leader "of" something other than the state; seeking past a verb; "do so" after another
    # verb phrase in its own sentence; "according to Reuters" is no verb phrase
    (
        "The US recognised the presidency of Mr Guaidó.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    ("The US regards Mr Maduro as the head of a criminal enterprise.", set()),
    ("Russia considers Mr Guaidó the leader of a coup.", set()),
    (
        "Berlin regards Mr Guaidó as the president of Venezuela.",
        {("country:DEU", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Russia sought to reaffirm its support for Mr Maduro.",
        {("country:RUS", "backs", MADURO, "asserted")},
    ),
    (
        "The US recognised Mr Guaidó on Wednesday. It urged Mr Maduro to step down, but he"
        " refused to do so.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Spain recognised Mr Guaidó, according to Reuters. France did the same.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:FRA", "recognises", GUAIDO, "asserted"),
        },
    ),
    # "do so", "do the same", "follow suit": the stance just reported, by another actor
    (
        "Spain recognised Mr Guaidó on Monday. France did the same hours later.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:FRA", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "The US recognised Mr Guaidó and urged the EU to do the same.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("org:EU", "recognises", GUAIDO, "intended"),
        },
    ),
    (
        "The US recognised Mr Guaidó. Italy has refused to do so.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:ITA", "recognises", GUAIDO, "negated"),
        },
    ),
    (
        "The US recognised Mr Guaidó as interim president. Canada followed suit.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
        },
    ),
    # … unless another verb phrase came between, which "do so" may stand for
    (
        "The US recognised Mr Guaidó and called on Russia to step aside. Russia refused to do so.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    # … or the stance is two sentences back
    (
        "The US recognised Mr Guaidó. Mexico stayed away. Peru did the same.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    # "the new term" is the incumbent's (the one subject on the government's side)
    ("The OAS declined to recognise the new term.", {("org:OAS", "recognises", MADURO, "negated")}),
    (
        "The Lima Group had already said on 4 January that its 13 signatories would not"
        " recognise the new term.",
        {("org:LIMA_GROUP", "recognises", MADURO, "negated")},
    ),
    ("The EU said it would recognise the outcome of the new term.", set()),
    # taking a contested party for the leader is recognition; "considers X …" is an opinion
    # held, not an intention (while "considering recognising" stays one)
    (
        "A spokeswoman for the German government said Berlin now regarded Guaidó as interim"
        " president.",
        {("country:DEU", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Japan acknowledged Mr Guaidó as interim president.",
        {("country:JPN", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Germany considers Mr Guaidó the country's rightful leader.",
        {("country:DEU", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Russia still considers Maduro the legitimate president.",
        {("country:RUS", "recognises", MADURO, "asserted")},
    ),
    (
        "The EU does not regard Mr Maduro as Venezuela's rightful president.",
        {("org:EU", "recognises", MADURO, "negated")},
    ),
    ("Russia regards Guaidó as a usurper.", set()),
    (
        "Italy is considering recognising Mr Guaidó.",
        {("country:ITA", "recognises", GUAIDO, "intended")},
    ),
    # companions "along with", "together with", "as well as" take the same stance
    (
        "Brazil, along with the US and Canada, has recognised Juan Guaidó.",
        {
            ("country:BRA", "recognises", GUAIDO, "asserted"),
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Most of Latin America, along with the US and Canada, has thrown its weight behind"
        " Juan Guaidó.",
        {
            (None, "backs", GUAIDO, "asserted"),
            ("country:USA", "backs", GUAIDO, "asserted"),
            ("country:CAN", "backs", GUAIDO, "asserted"),
        },
    ),
    # a descriptor before the companion ("its neighbour"), not a place it is in
    (
        "Brazil, along with its neighbour Colombia, recognised Juan Guaidó.",
        {
            ("country:BRA", "recognises", GUAIDO, "asserted"),
            ("country:COL", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Brazil, along with its allies in the Lima Group, recognised Juan Guaidó.",
        {("country:BRA", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Spain recognised Mr Guaidó together with France.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:FRA", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "The US, as well as Canada, recognised Mr Guaidó.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Mr Maduro, along with Russia, denounced the coup, while the US recognised Mr Guaidó.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    # "Nicaragua's Daniel Ortega": an unlisted leader standing for the state before him
    (
        "Evo Morales tweeted his solidarity with Mr Maduro, as did Nicaragua's Daniel Ortega.",
        {
            ("country:BOL", "backs", MADURO, "asserted"),
            ("country:NIC", "backs", MADURO, "asserted"),
        },
    ),
    # won from a giver named after "of" or as the possessor; sought past modifiers
    (
        "Mr Guaidó has won the support of the US and Canada.",
        {
            ("country:USA", "backs", GUAIDO, "asserted"),
            ("country:CAN", "backs", GUAIDO, "asserted"),
        },
    ),
    ("Mr Maduro won Russia's backing.", {("country:RUS", "backs", MADURO, "asserted")}),
    ("Guaidó wins more European backing as Maduro digs in.", set()),
    ("Mr Guaidó failed to win the army's backing.", set()),
    # the members of an ally noun set off by commas
    (
        "Mr Maduro's closest allies, Russia and China, have condemned foreign meddling.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
        },
    ),
    (
        "Mr Guaidó's foreign backers, including the US and Brazil, sent aid.",
        {
            ("country:USA", "backs", GUAIDO, "asserted"),
            ("country:BRA", "backs", GUAIDO, "asserted"),
        },
    ),
    ("Mr Maduro's allies, however, say the vote was fair.", set()),
    (
        "U.S. Secretary of State Mike Pompeo called on Venezuela's military to support Guaido.",
        {(None, "backs", GUAIDO, "intended")},  # the unnamed party urged, not the urger
    ),
    # a compound modifier is no second stance verb taking the object
    (
        "China has also stood by the Kremlin-backed Maduro government.",
        {
            ("country:CHN", "backs", MADURO, "asserted"),
            ("country:RUS", "backs", MADURO, "asserted"),
        },
    ),
    # "followed by X" does the same; a subjectless clause after "but" keeps the subject
    (
        "The US was the first to recognise Mr Guaidó, followed by Canada and several Latin "
        "American nations.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Japan expressed support for Mr Guaidó but has not formally recognised him.",
        {
            ("country:JPN", "backs", GUAIDO, "asserted"),
            ("country:JPN", "recognises", GUAIDO, "negated"),
        },
    ),
    (
        "Japan expressed support for Mr Guaidó, but Russia has not recognised him.",
        {
            ("country:JPN", "backs", GUAIDO, "asserted"),
            ("country:RUS", "recognises", GUAIDO, "negated"),
        },
    ),
    # "with X doing": the cue has its own subject, not the sentence's
    ("Italy's government is split, with the League backing Mr Guaidó.", set()),
    # members a relative clause lists do not act for the bloc that acts
    (
        "The Lima Group, which includes Argentina, Brazil and Canada, recognised Mr Guaidó.",
        {("org:LIMA_GROUP", "recognises", GUAIDO, "asserted")},
    ),
    # "she" is not a man the article calls "Mr"
    (
        "EU foreign policy chief Federica Mogherini spoke after Mr Duque on Monday. She said "
        "she supported Mr Guaidó.",
        {("org:EU", "backs", GUAIDO, "asserted")},
    ),
    # a headline's topic label before a colon is not the subject of its verb
    ("Venezuela crisis: Europe moves closer to backing Guaidó.", set()),
    (
        "Venezuela crisis: Spain says it backs Mr Guaidó.",
        {("country:ESP", "backs", GUAIDO, "asserted")},
    ),
    # no stance: seeking support, no subject, no actor
    ("Mr Guaidó has held talks with the military to win support for ousting Mr Maduro.", set()),
    ("The Lima Group has opposed any military intervention.", set()),
    ("Protests were held across the country in support of the opposition.", set()),
    # a wire dateline is not part of the first sentence's subject
    (
        "MADRID/BERLIN (Reuters) - Spain, Britain, France and Germany led a wave of European"
        " Union countries that recognised Juan Guaidó as interim president on Monday.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:GBR", "recognises", GUAIDO, "asserted"),
            ("country:FRA", "recognises", GUAIDO, "asserted"),
            ("country:DEU", "recognises", GUAIDO, "asserted"),
        },
    ),
    # a condition in the clause after "while" is that clause's only
    (
        "Australia and Israel have also recognised Guaidó, while the United Kingdom and Spain"
        " said they would recognise him unless Maduro called elections within eight days.",
        {
            ("country:AUS", "recognises", GUAIDO, "asserted"),
            ("country:ISR", "recognises", GUAIDO, "asserted"),
            ("country:GBR", "recognises", GUAIDO, "conditional"),
            ("country:ESP", "recognises", GUAIDO, "conditional"),
        },
    ),
    # "but only if" conditions the clause before it
    (
        "Spain will recognise Guaidó, but only if Maduro refuses to call elections.",
        {("country:ESP", "recognises", GUAIDO, "conditional")},
    ),
    # the urging does not reach a clause with a subject of its own
    (
        "The European Union urged Maduro to hold free elections, with Spain warning it would"
        " recognise Guaidó if no vote was called within eight days.",
        {("country:ESP", "recognises", GUAIDO, "conditional")},
    ),
    (
        "The US recognised Guaidó, with Russia backing Mr Maduro.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:RUS", "backs", MADURO, "asserted"),
        },
    ),
    # someone's rival is the other side
    (
        "The US recognised Maduro's rival, Juan Guaidó, as interim president.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Mr Maduro was furious after Donald Trump recognised his young rival as the country's"
        " rightful leader.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    # "than expected" compares; it intends nothing
    (
        "The US moved faster than anyone expected in recognising Juan Guaidó.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    # names coordinated with an unnamed group whose members are listed
    (
        "The US, Canada and most Latin American nations, including Brazil and Peru, have"
        " recognised Mr Guaidó.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
            ("country:BRA", "recognises", GUAIDO, "asserted"),
            ("country:PER", "recognises", GUAIDO, "asserted"),
        },
    ),
    # blocking a statement of support is no support
    ("Italy blocked a joint statement in support of Guaidó.", set()),
    # an unnamed group is no actor; the members listed after the cue are
    (
        "Several EU countries have recognised Guaidó, including Spain and France.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:FRA", "recognises", GUAIDO, "asserted"),
            (None, "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Eleven of the 14 members of the regional bloc, formed in 2017, have recognised Guaidó,"
        " among them Argentina and Peru.",
        {
            ("country:ARG", "recognises", GUAIDO, "asserted"),
            ("country:PER", "recognises", GUAIDO, "asserted"),
            (None, "recognises", GUAIDO, "asserted"),
        },
    ),
    # a name's apposition stands between two conjuncts of a list
    (
        "Jair Bolsonaro, Brazil's far-right president, and Colombia's Iván Duque are among"
        " Guaidó's most vocal backers.",
        {
            ("country:BRA", "backs", GUAIDO, "asserted"),
            ("country:COL", "backs", GUAIDO, "asserted"),
        },
    ),
    (
        "Russia, Mr Maduro's main creditor, and China back Mr Maduro.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
        },
    ),
    (
        "Mike Pompeo, the US secretary of state, and Canada recognised Guaidó.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
        },
    ),
    # … but a clause between commas is no apposition, and an Oxford comma no aside
    (
        "Mr Guaidó, who crossed into Colombia in defiance of a ban on leaving Venezuela, watched"
        " from Cucuta alongside Colombia's president, Iván Duque, and Chile's Sebastián Piñera,"
        " both of whom back his claim.",
        {
            ("country:COL", "backs", GUAIDO, "asserted"),
            ("country:CHL", "backs", GUAIDO, "asserted"),
        },
    ),
    (
        "Canada, the US, and Spain recognised Guaidó.",
        {
            ("country:CAN", "recognises", GUAIDO, "asserted"),
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:ESP", "recognises", GUAIDO, "asserted"),
        },
    ),
    # "followed suit" repeats a promise as a promise; "did so" reports the deed
    (
        "Spain will recognise Guaidó. The governments of Britain and Portugal followed suit.",
        {
            ("country:ESP", "recognises", GUAIDO, "intended"),
            ("country:GBR", "recognises", GUAIDO, "intended"),
            ("country:PRT", "recognises", GUAIDO, "intended"),
        },
    ),
    (
        "Spain said it would recognise Guaidó. France did so on Monday.",
        {
            ("country:ESP", "recognises", GUAIDO, "intended"),
            ("country:FRA", "recognises", GUAIDO, "asserted"),
        },
    ),
    # the subject of an opening "if" clause is not the main clause's
    ("If Maduro does not call elections, they will recognise Guaidó.", set()),
    # "we" inside a quote is its speaker's, not the name before the quote
    (
        "Britain and Portugal followed suit.\n\n“Without elections within eight days, we will be"
        " ready to recognise Guaidó,” Macron wrote.",
        # (conditional: the fronted "without" phrase is read past the opening quote mark)
        {("country:FRA", "recognises", GUAIDO, "conditional")},
    ),
    (
        "“We back Guaidó,” the French foreign ministry said.",
        {("country:FRA", "backs", GUAIDO, "asserted")},
    ),
    # one of a bloc's members is no bloc
    (
        "Spain was the first of the large EU states to recognise Guaidó.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    # "they" after a counted group is that group, unnamed
    (
        "The EU has set up a contact group. Six governments warned that they would recognise"
        " Guaidó.",
        set(),
    ),
    (
        "Russia and China met. Both countries said they back Maduro.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
        },
    ),
    # a title in quote marks after the person taken for it
    (
        'Russia regards Maduro as the "legitimate president".',
        {("country:RUS", "recognises", MADURO, "asserted")},
    ),
    (
        "Belarus has vowed to stand shoulder to shoulder with Maduro.",
        {("country:BLR", "backs", MADURO, "asserted")},
    ),
    # a fronted adverbial before the subject
    (
        "On Thursday, the Lima Group voted, with one abstention, to recognise Guaidó.",
        {("org:LIMA_GROUP", "recognises", GUAIDO, "asserted")},
    ),
    # "the two countries": the last two states named as such, not a place after "in"
    (
        "Mexico and Uruguay unveiled a plan for dialogue in Venezuela. The two countries, which"
        " have refused to recognise Guaidó, kept their ties.",
        {
            ("country:MEX", "recognises", GUAIDO, "negated"),
            ("country:URY", "recognises", GUAIDO, "negated"),
        },
    ),
    # "the two countries" before a relative clause stands for the two named before
    (
        "Mexico and Uruguay offered to mediate. The two countries, which have refused to"
        " recognise Guaidó as interim president, kept their ties.",
        {
            ("country:MEX", "recognises", GUAIDO, "negated"),
            ("country:URY", "recognises", GUAIDO, "negated"),
        },
    ),
    # a counted subset of a bloc is no bloc
    ("Nineteen EU member states have now recognised Juan Guaidó as interim president.", set()),
    # a condition after a second predicate ("and has said …") is that predicate's
    (
        "President Donald Trump recognized Guaido minutes after he took the oath and has said"
        ' "all options are on the table" if Maduro does not step aside.',
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    # "would keep supporting" promises it: intended, as the guide's "will recognise" (the
    # twenty-first session's convention, from the regression sets' golds)
    (
        "Lavrov said Russia would keep supporting President Maduro.",
        {("country:RUS", "backs", MADURO, "intended")},
    ),
    # (a present continuation is asserted)
    (
        "Lavrov said Russia keeps supporting President Maduro.",
        {("country:RUS", "backs", MADURO, "asserted")},
    ),
    (
        "The United States recognised Guaidó, and so did Brazil and Colombia.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:BRA", "recognises", GUAIDO, "asserted"),
            ("country:COL", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Colombia and Peru signed the declaration. Both have since recognized Guaido.",
        {
            ("country:COL", "recognises", GUAIDO, "asserted"),
            ("country:PER", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Guaido has been recognized by more than 50 countries, including the United States.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            (None, "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Spain recognises the president of the National Assembly, Juan Guaidó, as interim"
        " president.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    (
        "The government of Spain officially recognises Juan Guaidó.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Uruguay has not recognised either side.",
        {
            ("country:URY", "recognises", GUAIDO, "negated"),
            ("country:URY", "recognises", MADURO, "negated"),
        },
    ),
    (
        "Maduro, who is propped up by Cuba and Russia, broke off relations with Colombia.",
        {
            ("country:CUB", "backs", MADURO, "asserted"),
            ("country:RUS", "backs", MADURO, "asserted"),
        },
    ),
    # "So did X." repeats the stance of the sentence before, in its modality
    (
        "The United States recognised Guaidó on Wednesday. So did Brazil and Colombia.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:BRA", "recognises", GUAIDO, "asserted"),
            ("country:COL", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Spain said it would recognise Guaidó. So did France.",
        {
            ("country:ESP", "recognises", GUAIDO, "intended"),
            ("country:FRA", "recognises", GUAIDO, "intended"),
        },
    ),
    # factbox lines: the names of an all-capitals label act; a dash is no hyphen
    ("BRAZIL - Recognized Guaido on Jan. 23.", {("country:BRA", "recognises", GUAIDO, "asserted")}),
    (
        "SPAIN, BRITAIN, FRANCE, GERMANY - Recognized Guaido on Feb. 4.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:GBR", "recognises", GUAIDO, "asserted"),
            ("country:FRA", "recognises", GUAIDO, "asserted"),
            ("country:DEU", "recognises", GUAIDO, "asserted"),
        },
    ),
    ("UPDATE - Recognized as leader.", set()),
    # the case file names the parties' Twitter handles (live blogs embed tweets)
    (
        "The UK now recognises @jguaido as interim constitutional president.",
        {("country:GBR", "recognises", GUAIDO, "asserted")},
    ),
    # a pro-form repeats the last stance though no actor was named for it
    (
        "Several governments recognised Guaidó. Mexico has refused to do so.",
        {("country:MEX", "recognises", GUAIDO, "negated")},
    ),
    # the possessor of "legitimate president" is the state of the office, not the actor
    (
        "Russia said Maduro is Venezuela's legitimate president.",
        {("country:RUS", "recognises", MADURO, "asserted")},
    ),
    (
        "Cuba called Mr Maduro Venezuela's legitimate president.",
        {("country:CUB", "recognises", MADURO, "asserted")},
    ),
    ("Venezuela's legitimate president, Nicolás Maduro, was sworn in.", set()),
    # with nobody named in its clause, the legitimacy is the attributed speaker's
    (
        "Mr Guaidó is Venezuela's legitimate interim president, Mike Pompeo said.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Mr Guaidó is the legitimate interim president, said Mike Pompeo.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    (
        '"Mr Guaidó is the legitimate interim president," Pompeo said.',
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    ("Mr Guaidó is the legitimate interim president.", set()),  # the reporter's own words
    # unwillingness is not taking the stance
    (
        "Italy is reluctant to recognise Mr Guaidó.",
        {("country:ITA", "recognises", GUAIDO, "negated")},
    ),
    (
        "Greece is unwilling to recognise Mr Guaidó.",
        {("country:GRC", "recognises", GUAIDO, "negated")},
    ),
    # what someone did not say reports no stance
    ("Mexico has not said that it backs Mr Guaidó.", set()),
    ("Spain did not say it would recognise Mr Guaidó.", set()),
    ("Italy declined to say it supports Mr Guaidó.", set()),
    (
        "Pompeo said that the US backs Mr Guaidó.",
        {("country:USA", "backs", GUAIDO, "asserted")},
    ),
    # named agents after an unnamed first conjunct
    (
        "Mr Maduro retains the backing of the military, Russia and China.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
        },
    ),
    (
        "Mr Maduro retains the support of the military and of Russia and China.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
        },
    ),
    (
        "Mr Maduro is backed by the military, Russia, China and Cuba.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
            ("country:CUB", "backs", MADURO, "asserted"),
        },
    ),
    ("Mr Maduro is backed by the military, Russia said.", set()),  # Russia reports it
    (
        "Mr Guaidó has the support of the opposition and the US, Spain said.",
        {("country:USA", "backs", GUAIDO, "asserted")},
    ),
    # a pronoun opening an apposition refers past its head
    (
        "Mr Guaidó met President Jair Bolsonaro, one of his firmest allies.",
        {("country:BRA", "backs", GUAIDO, "asserted")},
    ),
    (
        "Mr Maduro spoke. Cuba and Nicaragua, his allies, sent messages.",
        {
            ("country:CUB", "backs", MADURO, "asserted"),
            ("country:NIC", "backs", MADURO, "asserted"),
        },
    ),
    # the country of the office a party is taken for does not act
    (
        "Canada recognises Guaidó as president of Venezuela and supports him.",
        {
            ("country:CAN", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "backs", GUAIDO, "asserted"),
        },
    ),
    (
        "The Organization of American States (OAS) recognised Mr Guaidó.",
        {("org:OAS", "recognises", GUAIDO, "asserted")},
    ),
    # an urging inside a relative clause set off by commas is not the main clause's
    (
        "Canada, which has urged Maduro to step down, recognised Guaidó.",
        {("country:CAN", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Pompeo, who urged Russia to abandon Maduro, said the US backs Guaidó.",
        {("country:USA", "backs", GUAIDO, "asserted")},
    ),
    # a restrictive relative on an unnamed group: its listed members act, nobody else
    (
        "Arreaza summoned the ambassadors of countries that recognised Guaidó.",
        {(None, "recognises", GUAIDO, "asserted")},
    ),
    (
        "Maduro denounced the countries that recognised Guaidó, including Spain.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    ("Maduro criticised the governments that back Guaidó.", {(None, "backs", GUAIDO, "asserted")}),
    ("Who backs Guaidó and who stands by Maduro?", set()),
    # "the three governments" / "these countries" point back at the states just named
    (
        "Argentina, Brazil and Canada signed the declaration. The three governments reiterated"
        " their recognition of Guaidó.",
        {
            ("country:ARG", "recognises", GUAIDO, "asserted"),
            ("country:BRA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
        },
    ),
    # a companion inside a participle clause after the cue is that clause's
    (
        "Mexico has refused to recognise Guaidó, offering instead to mediate together with"
        " Uruguay.",
        {("country:MEX", "recognises", GUAIDO, "negated")},
    ),
    (
        "Spain recognised Guaidó on Monday, along with France.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:FRA", "recognises", GUAIDO, "asserted"),
        },
    ),
    # joining (or not) the recognition just reported
    (
        "Spain recognised Guaidó on Monday. Greece and Cyprus did not join the recognition.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:GRC", "recognises", GUAIDO, "negated"),
            ("country:CYP", "recognises", GUAIDO, "negated"),
        },
    ),
    # an object relative clause hangs on its antecedent
    (
        "Juan Guaidó, whom Russia does not recognise, toured Europe.",
        {("country:RUS", "recognises", GUAIDO, "negated")},
    ),
    (
        "Lavrov called US support for Juan Guaidó, whom Russia does not recognise, an attempt"
        " to usurp power.",
        {
            ("country:USA", "backs", GUAIDO, "asserted"),
            ("country:RUS", "recognises", GUAIDO, "negated"),
        },
    ),
    (
        "Mr Maduro, whom Cuba and Russia back, refused.",
        {
            ("country:CUB", "backs", MADURO, "asserted"),
            ("country:RUS", "backs", MADURO, "asserted"),
        },
    ),
    # a participle aside's words do not set the main cue's modality
    (
        "Spain, having set Caracas a deadline to call elections, recognised Mr Guaidó.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    # urged to stop: the stance is held now
    (
        "Mike Pompeo urged Russia to stop backing Maduro.",
        {("country:RUS", "backs", MADURO, "asserted")},
    ),
    # a conditional stance's main clause after "if"
    (
        "Spain said that if Mr Maduro did not call elections it would recognise Mr Guaidó.",
        {("country:ESP", "recognises", GUAIDO, "conditional")},
    ),
    # an ultimatum's alternative: "failing which", "otherwise it would"
    (
        "Spain and France gave Maduro eight days to call elections, failing which they would"
        " recognise Guaidó.",
        {
            ("country:ESP", "recognises", GUAIDO, "conditional"),
            ("country:FRA", "recognises", GUAIDO, "conditional"),
        },
    ),
    (
        "The EU gave Maduro a deadline; otherwise it would recognise Guaidó.",
        {("org:EU", "recognises", GUAIDO, "conditional")},
    ),
    (
        "Spain recognised Guaidó, otherwise known as the interim president.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    # "X joined Y in recognising": Y acts too; "joined the Lima Group in 2017" names no act
    (
        "Canada joined the United States in recognising Juan Guaidó.",
        {
            ("country:CAN", "recognises", GUAIDO, "asserted"),
            ("country:USA", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Canada joined the Lima Group in 2017 and recognised Juan Guaidó.",
        {("country:CAN", "recognises", GUAIDO, "asserted")},
    ),
    # "alongside" names companions only as an aside (", alongside X,"), not as a verb's own
    (
        "The Democratic Party urged Italy to recognise Juan Guaidó and said Rome had placed"
        " itself alongside Moscow and Havana.",
        {("country:ITA", "recognises", GUAIDO, "intended")},
    ),
    # an elided clause that denies the act: negated, never a copy of the act (probe U)
    (
        "Spain recognised Juan Guaidó, but Italy did not.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:ITA", "recognises", GUAIDO, "negated"),
        },
    ),
    (
        "Canada recognised Juan Guaidó; so did Israel, and Italy did not.",
        {
            ("country:CAN", "recognises", GUAIDO, "asserted"),
            ("country:ISR", "recognises", GUAIDO, "asserted"),
            ("country:ITA", "recognises", GUAIDO, "negated"),
        },
    ),
    (
        "Spain recognised Juan Guaidó, but Italy has not yet.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:ITA", "recognises", GUAIDO, "negated"),
        },
    ),
    (
        "Spain recognised Juan Guaidó, but Italy did not recognise Mr Maduro.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:ITA", "recognises", MADURO, "negated"),
        },
    ),
    # a that-clause's pronoun is the sentence's subject, not the object before it
    (
        "Russia has warned Washington against any military adventure and reaffirmed that it"
        " considers Nicolás Maduro the country's legitimate president.",
        {("country:RUS", "recognises", MADURO, "asserted")},
    ),
    # an apposition after an unlisted official's name gives the state (probe X)
    (
        "Mevlüt Çavuşoğlu, the Turkish foreign minister, also backed Maduro.",
        {("country:TUR", "backs", MADURO, "asserted")},
    ),
    (
        "Maria Pérez, the Venezuelan teacher, backed Maduro.",
        {("person:maria-perez", "backs", MADURO, "asserted")},
    ),
    # a live blog's present tense: "stops short of" is negated as "stopped short of" (probe X)
    (
        "The EU stops short of recognising Juan Guaidó.",
        {("org:EU", "recognises", GUAIDO, "negated")},
    ),
    # "otherwise" right after a modal (held-out probe U)
    (
        "Spain and France warned that they would otherwise recognise Juan Guaidó.",
        {
            ("country:ESP", "recognises", GUAIDO, "conditional"),
            ("country:FRA", "recognises", GUAIDO, "conditional"),
        },
    ),
    (
        "Spain said it would recognise Juan Guaidó, otherwise known as the interim president.",
        {("country:ESP", "recognises", GUAIDO, "intended")},
    ),
    # won from an unnamed group whose members are listed after it
    (
        "Guaidó has won the recognition of more than 50 countries, including Colombia and Brazil.",
        {
            ("country:COL", "recognises", GUAIDO, "asserted"),
            ("country:BRA", "recognises", GUAIDO, "asserted"),
        },
    ),
    ("Guaidó is trying to win the support of several states, including Spain.", set()),
    # a group's leader named before "and including" is a member too
    (
        "A coalition led by the United States and including Britain and France has recognised"
        " Guaidó.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:GBR", "recognises", GUAIDO, "asserted"),
            ("country:FRA", "recognises", GUAIDO, "asserted"),
        },
    ),
    # "whose backers are …", "whose allies include …": the relative's antecedent is backed
    (
        "Maduro, whose main backers are Russia and China, refused to step down.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
        },
    ),
    ("Maduro, whose allies include Cuba, refused.", {("country:CUB", "backs", MADURO, "asserted")}),
    ("Maduro's allies include Cuba.", {("country:CUB", "backs", MADURO, "asserted")}),
    ("Maduro's allies are worried about Russia.", set()),
    # "they" after a sentence whose subject is an unnamed group, or whose names are only
    # places, names nobody; members ("ministers from A and B") and agents are named
    ("Six countries met in Lima on Monday. They recognise Guaidó.", set()),
    ("Talks were held in Oslo. They backed Guaidó.", set()),
    (
        "Foreign ministers from Peru and Chile gathered in Lima. They backed Guaidó.",
        {
            ("country:PER", "backs", GUAIDO, "asserted"),
            ("country:CHL", "backs", GUAIDO, "asserted"),
        },
    ),
    (
        "The governments of Ecuador, Jamaica and Uruguay met today. They recognise Guaidó as"
        " interim president.",
        {
            ("country:ECU", "recognises", GUAIDO, "asserted"),
            ("country:JAM", "recognises", GUAIDO, "asserted"),
            ("country:URY", "recognises", GUAIDO, "asserted"),
        },
    ),
    # "Both" alone right before the cue; "it" for "the Trump administration"
    (
        "The leaders of Brazil and Colombia met in Bogota. Both recognise Guaidó.",
        {
            ("country:BRA", "recognises", GUAIDO, "asserted"),
            ("country:COL", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "The Trump administration did not wait. It recognised Guaidó on the first day.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    # those who "followed" the actor in the act
    (
        "The United States recognised Guaidó on Wednesday, and it was followed by Canada and"
        " Brazil.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
            ("country:BRA", "recognises", GUAIDO, "asserted"),
        },
    ),
    # a group noun phrase in apposition to a named body is that body
    (
        "The Lima Group, a bloc of countries that backs Guaido, met in Bogota.",
        {("org:LIMA_GROUP", "backs", GUAIDO, "asserted")},
    ),
    # "allied with" past a copula and adverbs, or in a relative clause
    ("Cuba is closely allied with Maduro.", {("country:CUB", "backs", MADURO, "asserted")}),
    (
        "Bolivia, which has long been allied with Maduro, refused.",
        {("country:BOL", "backs", MADURO, "asserted")},
    ),
    ("Mexico is not allied with Maduro.", {("country:MEX", "backs", MADURO, "negated")}),
    # the second clause's subject stands before its apposition, not at the sentence's start
    (
        "Russia backs Maduro, and Canada, a Lima Group member, recognises Guaidó.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Spain held talks, and Cuba, a close ally, backed Mr. Maduro.",
        {("country:CUB", "backs", MADURO, "asserted")},
    ),
    # a list after a fronted clause keeps its first item ("to call" is no preposition)
    (
        "After Maduro refused to call an election, Spain, Germany and France recognised Guaidó.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:DEU", "recognises", GUAIDO, "asserted"),
            ("country:FRA", "recognises", GUAIDO, "asserted"),
        },
    ),
    # a second predicate opened by a past verb shares the sentence's subject
    (
        "Mexico called for talks but stopped short of recognizing Guaidó.",
        {("country:MEX", "recognises", GUAIDO, "negated")},
    ),
    (
        "Mexico called for talks and refused to recognise Guaidó.",
        {("country:MEX", "recognises", GUAIDO, "negated")},
    ),
    # the speaker of an attribution aside is not the subject
    (
        "Brazil, Pompeo said, will recognise Guaidó.",
        {("country:BRA", "recognises", GUAIDO, "intended")},
    ),
    # a place naming a text or a meeting does not act
    ("The Lima Declaration refused to recognise the new term of Nicolás Maduro.", set()),
    ("The Ottawa declaration recognised Guaidó.", set()),
    # an aside set off by commas lends the cue no modality
    (
        "The United States, in a move that had been planned for weeks, formally recognized"
        " Juan Guaidó as interim president.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Spain, in a statement, said it would recognise Guaidó.",
        {("country:ESP", "recognises", GUAIDO, "intended")},
    ),
    # a name inside such a relative clause is not the main clause's subject
    (
        "The US, whose allies include Britain, backs Guaidó.",
        {("country:USA", "backs", GUAIDO, "asserted")},
    ),
    # companions in an aside act with the name it hangs on, and only with it
    (
        "Sánchez, joined by France's Emmanuel Macron and Germany's Angela Merkel, announced"
        " that their countries would recognize Guaidó if Maduro did not call elections within"
        " eight days.",
        {
            ("country:ESP", "recognises", GUAIDO, "conditional"),
            ("country:FRA", "recognises", GUAIDO, "conditional"),
            ("country:DEU", "recognises", GUAIDO, "conditional"),
        },
    ),
    (
        "Sánchez, joined by France's Emmanuel Macron, said Spain would recognise Guaidó.",
        {("country:ESP", "recognises", GUAIDO, "intended")},
    ),
    (
        "The US was joined by Canada in recognising Guaidó.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Maduro, who was joined by Putin's envoy, said Russia backs him.",
        {("country:RUS", "backs", MADURO, "asserted")},
    ),
    # a conjoined clause with an unnamed subject of its own; "him" is not the subject of the
    # adverbial clause ("after Maduro let …")
    (
        "The United States recognised Guaidó after Maduro let a deadline lapse, and more than"
        " 50 governments now regard him as the legitimate head of state.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            (None, "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Canada recognised Guaidó, and several EU states said they would back him too.",
        {
            ("country:CAN", "recognises", GUAIDO, "asserted"),
            (None, "backs", GUAIDO, "intended"),
        },
    ),
    # held-out probe M: a condition stays in its own clause; members listed without a comma
    # or after a partitive; "turned its back on"; "Neither" after a pair; "its members … they"
    (
        "Madrid said it would recognise Guaidó if Maduro did not call elections, and it duly"
        " recognised Guaidó on 4 February.",
        {
            ("country:ESP", "recognises", GUAIDO, "conditional"),
            ("country:ESP", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "If Maduro does not call elections, Spain will recognise Guaidó, and France will"
        " recognise him too.",
        {
            ("country:ESP", "recognises", GUAIDO, "conditional"),
            ("country:FRA", "recognises", GUAIDO, "conditional"),
        },
    ),
    (
        "Maduro retains the support of allies including Russia, China and Cuba.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
            ("country:CUB", "backs", MADURO, "asserted"),
        },
    ),
    (
        "When Guaidó took his oath, most of the group's members, Brazil, Colombia and Peru"
        " among them, recognised him within hours.",
        {
            ("country:BRA", "recognises", GUAIDO, "asserted"),
            ("country:COL", "recognises", GUAIDO, "asserted"),
            ("country:PER", "recognises", GUAIDO, "asserted"),
        },
    ),
    ("Britain turned its back on Maduro.", set()),
    (
        "Italy's coalition refuses to recognise Guaidó.",
        {("country:ITA", "recognises", GUAIDO, "negated")},
    ),
    (
        "Mexico and Uruguay say they are neutral. Neither recognises Mr Guaidó.",
        {
            ("country:MEX", "recognises", GUAIDO, "negated"),
            ("country:URY", "recognises", GUAIDO, "negated"),
        },
    ),
    (
        "The Lima Group, the bloc set up to press Caracas, moved first. On 4 January, its"
        " members declared that they would not recognise Maduro's new term.",
        {("org:LIMA_GROUP", "recognises", MADURO, "negated")},
    ),
    # a preposition cue with an object of its own that is no party
    (
        "Asked about Maduro's envoys, Sánchez said Spain would stand with the Venezuelan people.",
        set(),
    ),
    ("Maduro said Russia stands with him.", {("country:RUS", "backs", MADURO, "asserted")}),
    # ninth session: a preposition's object is no subject ("the group" after "with")
    (
        "Brazil, the only BRICS member in the Western Hemisphere, had broken ranks with the"
        " group and recognised Mr Guaidó.",
        {("country:BRA", "recognises", GUAIDO, "asserted")},
    ),
    # a second predicate after "and" shares the sentence's subject, not the object before
    (
        "China has lent Caracas more than $60 billion over the past decade and stands by"
        " Mr Maduro.",
        {("country:CHN", "backs", MADURO, "asserted")},
    ),
    (
        "Spain spoke to Mexico and firmly backs Guaidó.",
        {("country:ESP", "backs", GUAIDO, "asserted")},
    ),
    (
        "The US recognised Guaidó and Canada backs him.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "backs", GUAIDO, "asserted"),
        },
    ),
    # "as X has done" takes the stance the infinitive names, whatever the refusal
    (
        "Jamaica declined to recognise Juan Guaidó, as the United States, Canada and most of"
        " Latin America have done.",
        {
            ("country:JAM", "recognises", GUAIDO, "negated"),
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Leaders declined to recognise Guaidó as interim president as the United States has done.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    # "as Venezuela's interim president, he did so": no ellipsis of Venezuela's
    (
        "Sánchez announced that Spain recognised Juan Guaidó as Venezuela's interim president,"
        " and he did so with one eye on Caracas.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Mexico has not recognised Guaidó, as Uruguay has not.",
        {
            ("country:MEX", "recognises", GUAIDO, "negated"),
            ("country:URY", "recognises", GUAIDO, "negated"),
        },
    ),
    # what something does not mean is denied
    (
        "Nin Novoa said signing the text did not mean Uruguay now recognizes Guaidó.",
        {("country:URY", "recognises", GUAIDO, "negated")},
    ),
    # a part of a bloc's members is not the bloc
    ("Most members of the European Union recognise Mr Guaidó.", set()),
    # a "that"-clause after a verb of demanding is wanted, not reported
    (
        "The Popular Party had demanded that Mr Sánchez recognise Mr Guaidó immediately.",
        {("country:ESP", "recognises", GUAIDO, "intended")},
    ),
    # an apposition opened by a determiner may hold a preposition and still describe
    (
        "He noted that Brazil, the only BRICS member in the Western Hemisphere, had broken"
        " ranks with the group and recognised Mr Guaidó.",
        {("country:BRA", "recognises", GUAIDO, "asserted")},
    ),
    # eleventh session: a gapped conjunct takes the act (a time phrase or "too" in place of
    # verb and object); a verb after the time phrase is no gap
    (
        "Israel recognised Guaidó on Sunday and Australia on Monday.",
        {
            ("country:ISR", "recognises", GUAIDO, "asserted"),
            ("country:AUS", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Russia backs Maduro, and China too.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CHN", "backs", MADURO, "asserted"),
        },
    ),
    (
        "Spain recognised Guaidó and Italy on Monday called for talks.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Spain recognised Guaidó on Monday and Australia said it would wait.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    # an intransitive "followed" with a time phrase repeats the act (held-out probe AA);
    # "followed the talks", "the protests that followed" do not
    (
        "Spain recognised Guaidó on Monday, and Portugal followed later in the day.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:PRT", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Canada recognised Guaidó as interim president. Chile quickly followed.",
        {
            ("country:CAN", "recognises", GUAIDO, "asserted"),
            ("country:CHL", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "Canada recognised Guaidó as interim president. Peru followed the talks closely.",
        {("country:CAN", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Spain recognised Guaidó on Monday, and street protests followed later in the day.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    # "the government" is the state whose government was named before; a state named in
    # between makes it unsure
    (
        "The Spanish government gave Maduro eight days to call elections. The government said"
        " it would otherwise recognise Guaidó.",
        {("country:ESP", "recognises", GUAIDO, "conditional")},
    ),
    # an epithet is the party whose age was given, else the one talked about (probe AA)
    (
        "Juan Guaidó, 35, swore himself in. Maduro, 56, refused to go. Canada recognised the"
        " 35-year-old on Friday.",
        {("country:CAN", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Juan Guaidó, 35, swore himself in. Maduro, 56, refused to go. Cuba backs the 56-year-old.",
        {("country:CUB", "backs", MADURO, "asserted")},
    ),
    (
        "Spain recognised Guaidó on Monday. Sweden announced its own recognition of the"
        " 35-year-old within hours.",
        {
            ("country:ESP", "recognises", GUAIDO, "asserted"),
            ("country:SWE", "recognises", GUAIDO, "asserted"),
        },
    ),
    # "him" after a sentence naming one party on its own and another as a possessor
    (
        "Guaidó argued that Maduro's term was illegitimate. Canada recognised him within hours.",
        {("country:CAN", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Maduro said Guaidó's oath was a coup. Cuba backed him at once.",
        {("country:CUB", "backs", MADURO, "asserted")},
    ),
    # "the four governments" are the last four states listed together, however far back
    (
        "Spain, Britain, France and Germany gave Maduro eight days. Macron spoke in Paris."
        " Merkel was in Tokyo. The four governments issued their ultimatum on Jan. 26, saying"
        " they would recognise Guaidó unless Maduro called a vote.",
        {
            ("country:ESP", "recognises", GUAIDO, "conditional"),
            ("country:GBR", "recognises", GUAIDO, "conditional"),
            ("country:FRA", "recognises", GUAIDO, "conditional"),
            ("country:DEU", "recognises", GUAIDO, "conditional"),
        },
    ),
    # "the group" after the Lima Group, not a group of something
    (
        "Ministers of the Lima Group met in Ottawa. The group, which recognises Guaidó, called"
        " for elections.",
        {("org:LIMA_GROUP", "recognises", GUAIDO, "asserted")},
    ),
    (
        "Ministers of the Lima Group met in Ottawa. A group of protesters, who recognise"
        " Guaidó, gathered outside.",
        set(),
    ),
    # held-out probe Y: "decline" as a noun negates nothing; "with the support of X's
    # allies" names no backer of X
    (
        "The US is holding accountable those responsible for Venezuela's tragic decline, and"
        " will continue to support Interim President Juan Guaidó.",
        {("country:USA", "backs", GUAIDO, "intended")},
    ),
    (
        "Mexico and Uruguay decline to recognise Guaidó.",
        {
            ("country:MEX", "recognises", GUAIDO, "negated"),
            ("country:URY", "recognises", GUAIDO, "negated"),
        },
    ),
    (
        "Luis Parra claimed the presidency of the assembly with the support of Maduro's allies.",
        set(),
    ),
    # held-out probe AD: the month May is no modal; an election's result is the incumbent's
    (
        "Cuba congratulated Maduro last May, and it still backs him.",
        {("country:CUB", "backs", MADURO, "asserted")},
    ),
    ("Cuba may back Maduro.", {("country:CUB", "backs", MADURO, "intended")}),
    (
        "The Lima Group said it would not recognise the result of the May 20 election.",
        {("org:LIMA_GROUP", "recognises", MADURO, "negated")},
    ),
    (
        "The United States said it would not recognise the outcome.",
        {("country:USA", "recognises", MADURO, "negated")},
    ),
    ("The EU did not recognise the result of the talks.", set()),
    # "neither man" is both contested parties (held-out probe AH)
    (
        "Norway, which recognises neither man, called for talks.",
        {
            ("country:NOR", "recognises", GUAIDO, "negated"),
            ("country:NOR", "recognises", MADURO, "negated"),
        },
    ),
    # "they" after "Officials in China" opening the clause is China (the synthetic news
    # profile's template, which an earlier sentence's state used to take)
    (
        "Uruguay spoke first. Officials in China said they were considering whether to"
        " recognise Mr Maduro.",
        {("country:CHN", "recognises", MADURO, "intended")},
    ),
    (
        "Spain met officials in China and said they recognise Guaidó.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    # a subject pronoun right before the cue acts, and opening a coordinated clause it is
    # the sentence's subject (held-out probe AB)
    ("The EU met Russia and it recognised Guaidó.", {("org:EU", "recognises", GUAIDO, "asserted")}),
    # "nor has it" negates the inverted clause (held-out probe AE regression)
    (
        "Spain has not broken with Caracas, nor has it endorsed Maduro's disputed second term.",
        {("country:ESP", "backs", MADURO, "negated")},
    ),
    # "him" along a chain of the same pronoun back to the party named (held-out BH, a Q&A)
    (
        "Juan Guaidó, 35, is an engineer.\n\nOn January 23 he declared himself interim"
        " president, arguing that Nicolás Maduro's re-election was fraudulent.\n\nWhich"
        " countries recognise him?\n\nThe US was first, within minutes of his announcement."
        " Canada and Brazil recognised him the same day.",
        {
            ("country:CAN", "recognises", GUAIDO, "asserted"),
            ("country:BRA", "recognises", GUAIDO, "asserted"),
        },
    ),
    # companions after the main predicate are not the relative clause's (held-out BI)
    (
        "Spain, which recognised Juan Guaidó as interim president in February, pushed for the"
        " new listings along with France and the Netherlands.",
        {("country:ESP", "recognises", GUAIDO, "asserted")},
    ),
    # a conjunct whose own subject is "the number of … governments": nobody named acts
    (
        "Austria and Sweden made similar announcements, and officials in Brussels expected the"
        " number of EU governments lining up behind Guaidó to reach about 20.",
        {(None, "backs", GUAIDO, "intended")},
    ),
    # an ally noun in the second of two coordinated appositions
    (
        "Bolivia, a member of the group and Maduro's closest ally in South America, declined to"
        " sign.",
        {("country:BOL", "backs", MADURO, "asserted")},
    ),
    # review of the fifteenth session: "his" in an aside on a state is the object's (no
    # companion); a hyphened descriptor; a chain stops at a name the annotation lacks
    (
        "Russia backed Maduro, along with his wife Cilia Flores.",
        {("country:RUS", "backs", MADURO, "asserted")},
    ),
    (
        "Bolivia, along with its long-time ally Cuba, continues to back Maduro.",
        {
            ("country:BOL", "backs", MADURO, "asserted"),
            ("country:CUB", "backs", MADURO, "asserted"),
        },
    ),
    (
        "Juan Guaidó named Carlos Vecchio as his envoy to Washington. He is a lawyer. He fled"
        " Venezuela in 2014. The State Department recognised him as Venezuela's ambassador.",
        set(),
    ),
    # a list that "followed" after the first actor's clause (held-out BL)
    (
        "The United States recognised Guaidó within minutes of his declaration, and Canada,"
        " Brazil, Colombia, Argentina, Chile and Peru followed within hours.",
        {
            ("country:USA", "recognises", GUAIDO, "asserted"),
            ("country:CAN", "recognises", GUAIDO, "asserted"),
            ("country:BRA", "recognises", GUAIDO, "asserted"),
            ("country:COL", "recognises", GUAIDO, "asserted"),
            ("country:ARG", "recognises", GUAIDO, "asserted"),
            ("country:CHL", "recognises", GUAIDO, "asserted"),
            ("country:PER", "recognises", GUAIDO, "asserted"),
        },
    ),
    (
        "The US recognised Guaidó, and Canada followed a different path.",
        {("country:USA", "recognises", GUAIDO, "asserted")},
    ),
    # "The four countries" as an ally noun's subject: the list of four named before; a
    # companion inside a relative clause is not the main predicate's (held-out BM)
    (
        "Spain, Britain, France and Germany issued an ultimatum. The four countries are among"
        " Guaidó's strongest backers.",
        {
            ("country:ESP", "backs", GUAIDO, "asserted"),
            ("country:GBR", "backs", GUAIDO, "asserted"),
            ("country:FRA", "backs", GUAIDO, "asserted"),
            ("country:DEU", "backs", GUAIDO, "asserted"),
        },
    ),
    (
        "Colombia, which joined the Lima Group together with Brazil in 2017, has been among"
        " Guaidó's most consistent supporters.",
        {("country:COL", "backs", GUAIDO, "asserted")},
    ),
    # "joined the list of those recognising X": the joiners, members named after "among
    # them" too (held-out BL)
    (
        "By Friday more European governments, among them Portugal, Austria and the"
        " Netherlands, had joined the list of those recognising Guaidó.",
        {
            ("country:PRT", "recognises", GUAIDO, "asserted"),
            ("country:AUT", "recognises", GUAIDO, "asserted"),
            ("country:NLD", "recognises", GUAIDO, "asserted"),
        },
    ),
    # "Eastern European governments" are no bloc: the alias was tried and withdrawn
    (
        "Eastern European governments have been slower to recognise Guaidó.",
        set(),
    ),
    # "prop up" in any form is backing; the accused takes it, not the accuser (held-out BK)
    (
        "He also accused Russia and Cuba of propping up Maduro.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CUB", "backs", MADURO, "asserted"),
        },
    ),
    (
        "The Kremlin, which has propped up Nicolás Maduro with loans and weapons, said nothing.",
        {("country:RUS", "backs", MADURO, "asserted")},
    ),
    ("The Treasury accused the bank of propping up Maduro.", set()),
    ("The stage hands built a prop for Maduro's speech.", set()),
    # "he retains the backing of …" after the one contested person named in the sentence
    (
        "Maduro still controls the army, and he retains the backing of Russia and Cuba.",
        {
            ("country:RUS", "backs", MADURO, "asserted"),
            ("country:CUB", "backs", MADURO, "asserted"),
        },
    ),
    # a sentence with neither the pronoun nor the party breaks the chain
    (
        "Juan Guaidó, 35, is an engineer.\n\nOn January 23 he declared himself interim"
        " president.\n\nThe economy shrank again.\n\nOil output fell.\n\nExports"
        " collapsed. Canada recognised him the same day.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_stances(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_no_case_means_no_stances(annotator):
    from tidynews.cases import Case

    article = annotator.annotate("0123456789ab", "Russia backs Mr Maduro.")
    assert extract_stances(article, Case.empty()) == []


def test_a_pair_anaphora_points_at_the_two_parties_named_last():
    """'Russia recognised both entities', 'the two breakaway republics': the DPR and the LPR
    named before; not after a possessive ('Moscow's recognition of the two entities'); 'sided
    with it' points at the state named before."""
    case = load_case("russia-ukraine-2022")
    annotator = Annotator(case)
    text = (
        "Syria recognised the Donetsk People's Republic and the Luhansk People's Republic.\n\n"
        "Russia recognised both entities in February. North Korea recognised the two breakaway "
        "republics in July. EU leaders condemned Moscow's recognition of the two entities."
    )
    sided = "Only Russia and two governments that sided with it, Belarus and Syria, voted no."
    sided_rows = extract_stances(annotator.annotate("0123456789ab", sided), case)
    assert {(r["actor_id"], r["stance"], r["subject_id"]) for r in sided_rows} == {
        ("country:BLR", "backs", "country:RUS"),
        ("country:SYR", "backs", "country:RUS"),
    }
    later = (
        "Russia recognised the Donetsk and Luhansk people's republics on Monday. Germany "
        "halted Nord Stream 2. Britain sanctioned five banks. Japan barred bond sales. The US "
        "followed. Syria has since said it recognises the two republics."
    )
    plural = (
        "Russia recognised the Donetsk People's Republic and the Luhansk People's Republic. "
        "Kazakhstan said it would not recognise the breakaway republics."
    )
    plural_rows = extract_stances(annotator.annotate("0123456789ab", plural), case)
    assert {(r["actor_id"], r["subject_id"], r["modality"]) for r in plural_rows} == {
        ("country:RUS", "org:DPR", "asserted"),
        ("country:RUS", "org:LPR", "asserted"),
        ("country:KAZ", "org:DPR", "negated"),
        ("country:KAZ", "org:LPR", "negated"),
    }
    later_rows = extract_stances(annotator.annotate("0123456789ab", later), case)
    assert {(r["actor_id"], r["subject_id"], r["sentence_id"]) for r in later_rows} == {
        (actor, subject, sentence)
        for actor, sentence in (("country:RUS", 0), ("country:SYR", 5))
        for subject in ("org:DPR", "org:LPR")
    }
    rows = extract_stances(annotator.annotate("0123456789ab", text), case)
    found = {(r["actor_id"], r["subject_id"], r["sentence_id"]) for r in rows}
    assert found == {
        (actor, subject, sentence)
        for actor, sentence in (("country:SYR", 0), ("country:RUS", 1), ("country:PRK", 2))
        for subject in ("org:DPR", "org:LPR")
    }


def test_the_new_term_needs_one_incumbent(annotator):
    """A case with no subject (or two) on the government's side gives "the new term" nobody."""
    import dataclasses

    case = load_case("venezuela-2019")
    no_sides = dataclasses.replace(
        case, subjects=tuple(dataclasses.replace(p, side=None) for p in case.subjects)
    )
    article = annotator.annotate("0123456789ab", "The OAS declined to recognise the new term.")
    assert extract_stances(article, no_sides) == []


def test_a_passive_reaches_every_coordinated_party_before_it():
    """'The DPR and LPR have been backed by Moscow': both are backed; Moscow (a contested
    party in this case, too) is the agent, not the object."""
    case = load_case("russia-ukraine-2022")
    article = Annotator(case).annotate(
        "0123456789ab", "The DPR and LPR have been backed by Moscow since 2014."
    )
    found = {
        (row["party_id"], row["stance"], row["subject_id"])
        for row in extract_stances(article, case)
    }
    assert found == {("country:RUS", "backs", "org:DPR"), ("country:RUS", "backs", "org:LPR")}


UKRAINE_CASES = [
    # twenty-third session, a real report read by eye: "It is our duty to …" has a dummy
    # "it"; the duty is the speaker's
    (
        "Germany said it would allow the Netherlands to ship weapons to Ukraine.\n\n"
        '"It is our duty to do our best to support Ukraine," Chancellor Olaf Scholz said.',
        {("country:DEU", "backs", "country:UKR", "asserted")},
    ),
    # held-out probe AC: regions "in eastern Ukraine" are a part of it, not Ukraine
    ("Putin recognised two breakaway regions in eastern Ukraine.", set()),
    # a stance noun's possessor takes the stance, not the clause's subject or reporter
    (
        "Moscow condemned the EU's support for Ukraine.",
        {("org:EU", "backs", "country:UKR", "asserted")},
    ),
    (
        "Zakharova said the United States' support for Kyiv was a provocation.",
        {("country:USA", "backs", "country:UKR", "asserted")},
    ),
    (
        "Washington's strong backing for Kyiv angered Moscow.",
        {("country:USA", "backs", "country:UKR", "asserted")},
    ),
    ("Lavrov said Western support for Kyiv was prolonging the war.", set()),  # nobody named
    (
        "Russia's recognition of the DPR was condemned by Britain.",
        {("country:RUS", "recognises", "org:DPR", "asserted")},
    ),
    # "its allies" are the allies of the name before, not of the last contested party
    ("Moscow denies it. The United States, together with its allies, sanctioned VTB.", set()),
    # a stance supposed or warned against is not taken
    (
        "The US warned China of consequences if Beijing were to provide military support to"
        " Moscow.",
        set(),
    ),
    ("Washington warned Beijing against providing military support to Moscow.", set()),
    # a second predicate after a reported clause is the reporter's
    (
        "Putin said Ukraine was part of Russia and recognised the Donetsk People's Republic.",
        {("country:RUS", "recognises", "org:DPR", "asserted")},
    ),
    (
        "Scholz said Russia was wrong and pledged to stand with Ukraine.",
        {("country:DEU", "backs", "country:UKR", "asserted")},
    ),
    # declining to say whether asserts nothing
    (
        "Wang Wenbin declined to say whether China would recognise the Donetsk People's Republic.",
        set(),
    ),
    ("Beijing refused to say whether it backs Moscow.", set()),
    # "them" after the cue: the parties of the last stance reported
    (
        "Russia recognised the Donetsk People's Republic and the Luhansk People's Republic."
        " Syria recognised them.",
        {
            ("country:RUS", "recognises", "org:DPR", "asserted"),
            ("country:RUS", "recognises", "org:LPR", "asserted"),
            ("country:SYR", "recognises", "org:DPR", "asserted"),
            ("country:SYR", "recognises", "org:LPR", "asserted"),
        },
    ),
    # no party backs itself: a pronoun resolved to the object's own side gives no row
    (
        "Alexander Lukashenko is a close ally of Putin. He has said he backs Moscow.",
        {("country:BLR", "backs", "person:vladimir-putin", "asserted")},
    ),
    # "neither … nor …" negates; "held back from recognising" too
    (
        "Neither India nor China has recognised the DPR.",
        {
            ("country:IND", "recognises", "org:DPR", "negated"),
            ("country:CHN", "recognises", "org:DPR", "negated"),
        },
    ),
    (
        "Belarus has held back from recognising the DPR.",
        {("country:BLR", "recognises", "org:DPR", "negated")},
    ),
    # a decision's owner takes the stance it decides; a refusal negates it
    (
        "Nicaragua backed Moscow's decision to recognise the DPR.",
        {
            ("country:NIC", "backs", "country:RUS", "asserted"),
            ("country:RUS", "recognises", "org:DPR", "asserted"),
        },
    ),
    (
        "China criticised Russia's refusal to recognise the DPR.",
        {("country:RUS", "recognises", "org:DPR", "negated")},
    ),
    # "followed X in recognising", "the second country after X to recognise": the subject
    # (and, since the eighteenth session, the one followed: it recognised first)
    (
        "North Korea followed Syria in recognising the DPR.",
        {
            ("country:PRK", "recognises", "org:DPR", "asserted"),
            ("country:SYR", "recognises", "org:DPR", "asserted"),
        },
    ),
    (
        "North Korea became the second country after Syria to recognise the DPR.",
        {("country:PRK", "recognises", "org:DPR", "asserted")},
    ),
    # a part of a state is not the state recognised; a possessor is not what is recognised
    ("The EU condemned Russia's recognition of the breakaway regions of Ukraine.", set()),
    (
        "Lukashenko praised Mr Putin's decision, but Belarus has so far held back from formal"
        " recognition.",
        set(),
    ),
    # names in quote marks still coordinate; "the so-called republics" is the pair
    (
        'Putin recognised the "Donetsk People\'s Republic" and "Luhansk People\'s Republic".',
        {
            ("country:RUS", "recognises", "org:DPR", "asserted"),
            ("country:RUS", "recognises", "org:LPR", "asserted"),
        },
    ),
    (
        "Russia recognised the DPR and the LPR. Ukraine will never recognise the so-called"
        " republics, Zelensky said.",
        {
            ("country:RUS", "recognises", "org:DPR", "asserted"),
            ("country:RUS", "recognises", "org:LPR", "asserted"),
            ("country:UKR", "recognises", "org:DPR", "negated"),
            ("country:UKR", "recognises", "org:LPR", "negated"),
        },
    ),
    # a recognition's object is neither a part of a state, nor a state's territory, nor the
    # owner of something just supported
    ("Putin recognised two breakaway regions of eastern Ukraine as independent states.", set()),
    (
        "The UN General Assembly deplored the recognition as a violation of Ukraine's"
        " territorial integrity.",
        set(),
    ),
    (
        "Nicaragua's Daniel Ortega voiced support for Putin's decision but has not extended"
        " formal recognition.",
        {("country:NIC", "backs", "person:vladimir-putin", "asserted")},
    ),
    (
        "Turkey has backed Ukraine's sovereignty.",
        {("country:TUR", "backs", "country:UKR", "asserted")},
    ),
    # "either republic", "neither entity", "either of them": the pair named before
    (
        "Putin recognised the DPR and the LPR. Kazakhstan has yet to recognise either republic.",
        {
            ("country:RUS", "recognises", "org:DPR", "asserted"),
            ("country:RUS", "recognises", "org:LPR", "asserted"),
            ("country:KAZ", "recognises", "org:DPR", "negated"),
            ("country:KAZ", "recognises", "org:LPR", "negated"),
        },
    ),
    (
        "Putin recognised the DPR and the LPR. China did not recognise either of them.",
        {
            ("country:RUS", "recognises", "org:DPR", "asserted"),
            ("country:RUS", "recognises", "org:LPR", "asserted"),
            ("country:CHN", "recognises", "org:DPR", "negated"),
            ("country:CHN", "recognises", "org:LPR", "negated"),
        },
    ),
    # held-out probe O: a shared head in quote marks; a dated decision, whose governing
    # clause lends it no modality; support a subject needs is given to nobody named before
    (
        "It has neither endorsed nor criticised Moscow's decision of February 21 to recognise"
        ' the Donetsk and Luhansk "people\'s republics".',
        {
            ("country:RUS", "recognises", "org:DPR", "asserted"),
            ("country:RUS", "recognises", "org:LPR", "asserted"),
        },
    ),
    (
        "Poland stands with Ukraine, but Warsaw needs far more support from Brussels.",
        {("country:POL", "backs", "country:UKR", "asserted")},
    ),
    (
        "Putin recognised the DPR and the LPR. Serbia recognises neither entity.",
        {
            ("country:RUS", "recognises", "org:DPR", "asserted"),
            ("country:RUS", "recognises", "org:LPR", "asserted"),
            ("country:SRB", "recognises", "org:DPR", "negated"),
            ("country:SRB", "recognises", "org:LPR", "negated"),
        },
    ),
    # the name an apposition describes acts, not the bloc inside the apposition
    (
        "Kazakhstan, a member of the Russian-led Collective Security Treaty Organization, does"
        " not recognise the DPR and LPR.",
        {
            ("country:KAZ", "recognises", "org:DPR", "negated"),
            ("country:KAZ", "recognises", "org:LPR", "negated"),
        },
    ),
]


@pytest.fixture(scope="module")
def ukraine():
    case = load_case("russia-ukraine-2022")
    return case, Annotator(case)


@pytest.mark.parametrize(("text", "expected"), UKRAINE_CASES)
def test_ukraine_stances(ukraine, text, expected):
    case, annotator = ukraine
    assert keys(annotator, case, text) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["He backs it.", "Back", "x", " ", "\n", "A. B", "su", "pport."])).map(
        "".join
    ),
    st.lists(st.sampled_from(["back", "support", "b", "it. b", "t."]), max_size=3),
)
@example("He backs it. Back x", ["it. b"])  # a hit across two sentences keeps neither
@example("x Back. He backs it.", ["back"])
def test_cue_sentences_are_those_whose_text_holds_a_needle(annotator, text, needles):
    """The str.find scan keeps exactly the sentences whose lower-cased text holds a needle."""
    from tidynews.extractors.clauses import sentence_views

    article = annotator.annotate("a", text)
    expected = [
        s.id for s in article.sentences if any(n in text[s.start : s.end].lower() for n in needles)
    ]
    assert [view.sentence_id for view in sentence_views(article, needles)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bullet under a heading that is one state's name takes that state as its actor
        (
            "Where they stand\n\nUNITED STATES\n\n* Recognised Guaidó on Jan. 23.\n\n"
            "RUSSIA\n\n* Backs Maduro and has lent Caracas billions.",
            {
                ("country:USA", "recognises", GUAIDO, "asserted"),
                ("country:RUS", "backs", MADURO, "asserted"),
            },
        ),
        # a bullet naming its own actor keeps it; prose after the block ends the heading
        (
            "UNITED STATES\n\n* Canada recognised Guaidó too.\n\n"
            "It rained. Recognised him, some said.",
            {("country:CAN", "recognises", GUAIDO, "asserted")},
        ),
        # a heading with no bullets under it is no actor
        ("UNITED STATES\n\nRecognised Guaidó on Jan. 23, officials said.", set()),
    ],
)
def test_a_factbox_bullet_takes_its_heading_as_actor(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the four" alone before its verb is the last list of four states
        (
            "An ultimatum set by Spain, France, Germany and Britain expires. "
            "The four recognise Guaidó as interim president.",
            {
                (f"country:{c}", "recognises", GUAIDO, "asserted")
                for c in ("ESP", "FRA", "DEU", "GBR")
            },
        ),
        (
            "Cuba and Bolivia spoke. The two have since backed Maduro.",
            {
                ("country:CUB", "backs", MADURO, "asserted"),
                ("country:BOL", "backs", MADURO, "asserted"),
            },
        ),
        # a noun after the count, or no list of that many states: nobody
        ("Spain, France and Germany met. The three envoys recognised Guaidó.", set()),
        ("Maduro and Putin met in Moscow. The two agreed to back each other.", set()),
    ],
)
def test_a_bare_count_is_the_list_of_that_many_states(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_the_organisation_is_no_company_named_in_between(annotator, case):
    text = (
        "The OAS met in Washington. Delegates discussed PDVSA's debts. "
        "The organisation reaffirmed its support for Guaidó."
    )
    assert keys(annotator, case, text) == {("org:OAS", "backs", GUAIDO, "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted "without" phrase before a promise is its condition
        (
            "Without a vote by Friday, Portugal will recognise Mr Guaidó.",
            {("country:PRT", "recognises", GUAIDO, "conditional")},
        ),
        (
            "Portugal recognised Mr Guaidó without hesitation.",
            {("country:PRT", "recognises", GUAIDO, "asserted")},
        ),
        # a second predicate opened by "and now" is not under the first one's negation
        (
            "Ecuador no longer recognises Mr Maduro and now recognises Mr Guaidó.",
            {
                ("country:ECU", "recognises", MADURO, "negated"),
                ("country:ECU", "recognises", GUAIDO, "asserted"),
            },
        ),
        (
            "Ecuador does not recognise Mr Maduro or Mr Guaidó.",
            {
                ("country:ECU", "recognises", MADURO, "negated"),
                ("country:ECU", "recognises", GUAIDO, "negated"),
            },
        ),
        # "unlikely to" recognise is no recognition
        (
            "Italy is unlikely to recognise Mr Guaidó soon.",
            {("country:ITA", "recognises", GUAIDO, "negated")},
        ),
    ],
)
def test_condition_and_negation_scope(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "I" inside a quote is its speaker, standing for the speaker's state
        (
            '"I am officially recognizing Juan Guaidó as interim president," Mr Trump said.',
            {("country:USA", "recognises", GUAIDO, "asserted")},
        ),
        # outside a quote "I" is the author: nobody
        ("I recognise Juan Guaidó as interim president, a reader wrote.", set()),
    ],
)
def test_i_inside_a_quote_is_its_speaker(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ultimatum's alternative: "… or see X recognise Y" is conditional
        (
            "Maduro ignored a deadline to call elections by Friday or see Portugal "
            "recognise Guaidó.",
            {("country:PRT", "recognises", GUAIDO, "conditional")},
        ),
        # support given to the one called or assured
        (
            "Mr Putin called Mr Maduro to assure him of Russia's support.",
            {("country:RUS", "backs", MADURO, "asserted")},
        ),
        (
            "Maduro spoke by phone with Minsk. Lukashenko called him to pledge Belarus's support.",
            {("country:BLR", "backs", MADURO, "asserted")},
        ),
        ("Mr Putin called Mr Maduro to discuss Russia's support for the oil sector.", set()),
        # a weighed friendship is backing; a plain friend is not
        (
            "Maduro spoke with Minsk. Belarus is his closest friend in Europe.",
            {("country:BLR", "backs", MADURO, "asserted")},
        ),
        ("Alex Saab, a friend of Mr Maduro, was arrested.", set()),
        # an aside between dashes after the subject
        (
            "China said it opposed interference, while Nicaragua and Cuba – two old friends of "
            "Caracas – stood by Mr Maduro.",
            {
                ("country:NIC", "backs", MADURO, "asserted"),
                ("country:CUB", "backs", MADURO, "asserted"),
            },
        ),
    ],
)
def test_ultimatums_given_support_friends_and_dash_asides(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syria has stood by the government in Caracas.",
            {("country:SYR", "backs", MADURO, "asserted")},
        ),
        ("Syria has stood by the government in Damascus.", set()),
        (
            "Chile said it supports the National Assembly leader.",
            {("country:CHL", "backs", GUAIDO, "asserted")},
        ),
    ],
)
def test_the_case_names_its_parties_by_description(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "his" in an ally apposition is not the apposed state's own leader
        (
            "Mr Maduro spoke. He met Vladimir Putin, a reminder that Russia, his most important "
            "foreign backer, has not wavered.",
            {("country:RUS", "backs", MADURO, "asserted")},
        ),
        # the support a relative clause's subjects give a party
        (
            "Mr Pompeo called the support that Russia, China and Cuba give Maduro intolerable.",
            {(f"country:{c}", "backs", MADURO, "asserted") for c in ("RUS", "CHN", "CUB")},
        ),
        ("Mr Pompeo called the support that Russia wants intolerable.", set()),
        # the relative clause's own negation
        (
            "Mr Pompeo called the support that Cuba no longer gives Maduro a relic.",
            {("country:CUB", "backs", MADURO, "negated")},
        ),
    ],
)
def test_ally_appositions_and_support_given_in_a_relative(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "They were joined (within hours) by X" repeats the last stance with X
        (
            "Spain and France recognised Mr Guaidó on Monday. They were joined within hours by "
            "Sweden and Denmark.",
            {
                (f"country:{c}", "recognises", GUAIDO, "asserted")
                for c in ("ESP", "FRA", "SWE", "DNK")
            },
        ),
        (
            "Spain and France recognised Mr Guaidó on Monday. They were joined at the summit by "
            "Sweden's prime minister.",
            {(f"country:{c}", "recognises", GUAIDO, "asserted") for c in ("ESP", "FRA")},
        ),
        # an intransitive "followed the same day"
        (
            "The US recognised Mr Guaidó on Wednesday. Canada followed the same day.",
            {(f"country:{c}", "recognises", GUAIDO, "asserted") for c in ("USA", "CAN")},
        ),
        # the case's descriptions of its parties
        (
            "Mexico has refused to recognise the president of the National Assembly.",
            {("country:MEX", "recognises", GUAIDO, "negated")},
        ),
        (
            "China has thrown its weight behind the socialist leader.",
            {("country:CHN", "backs", MADURO, "asserted")},
        ),
    ],
)
def test_joined_by_followed_the_same_day_and_descriptions(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probe AX: a sentence opening on "Nor" negates its predicate; "Neither"
        # with the auxiliary inverted too; "Neither X nor Y" stays the pair's
        (
            "Mexico has not recognised Guaidó. Nor, whatever its critics in Bogotá and"
            " Washington like to say, does it back Nicolás Maduro.",
            {
                ("country:MEX", "recognises", GUAIDO, "negated"),
                ("country:MEX", "backs", MADURO, "negated"),
            },
        ),
        ("Neither does Peru back Mr Maduro.", {("country:PER", "backs", MADURO, "negated")}),
        (
            "Peru backs Mr Maduro, but nor does it hide its doubts.",
            {("country:PER", "backs", MADURO, "asserted")},
        ),
        # the copula's subject is among the group whose relative clause takes the stance
        (
            "Costa Rica and Ecuador are among the governments that recognised Juan Guaidó, the"
            " National Assembly leader, as Venezuela's interim president last month.",
            {
                ("country:CRI", "recognises", GUAIDO, "asserted"),
                ("country:ECU", "recognises", GUAIDO, "asserted"),
            },
        ),
        (
            "Officials from Costa Rica are among the governments' envoys in Caracas.",
            set(),
        ),
        # a person's term is his to be recognised; a one-word alias inside another person's
        # name is not that person ("Sánchez" of Salvador Sánchez Cerén is not Pedro Sánchez)
        (
            "Nicaragua recognised Mr Maduro's new term.",
            {("country:NIC", "recognises", MADURO, "asserted")},
        ),
        (
            "Among the guests was Salvador Sánchez Cerén, who backs Mr Maduro.",
            {("person:salvador-sanchez-ceren", "backs", MADURO, "asserted")},
        ),
        ("Spain's Sánchez backs Mr Guaidó.", {("country:ESP", "backs", GUAIDO, "asserted")}),
    ],
)
def test_fronted_nor_copula_groups_and_longer_names(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_a_state_possessing_a_thing_is_not_recognised(ukraine):
    case, annotator = ukraine
    assert keys(annotator, case, "Japan will never recognise Russia's claims to the islands.") == (
        set()
    )
    assert keys(annotator, case, "Japan does not recognise the Donetsk People's Republic.") == {
        ("country:JPN", "recognises", "org:DPR", "negated")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out round 10 (AZ, BA): names set off by em dashes after a count act; "one of
        # the … members of X" describes the name before it, which acts
        (
            "Of the EU's 28 members, seven — France, Germany and Spain — recognised Mr Guaidó.",
            {
                ("country:FRA", "recognises", GUAIDO, "asserted"),
                ("country:DEU", "recognises", GUAIDO, "asserted"),
                ("country:ESP", "recognises", GUAIDO, "asserted"),
            },
        ),
        (
            "Cuba and Bolivia — Caracas's oldest allies — stood by Mr Maduro.",
            {
                ("country:CUB", "backs", MADURO, "asserted"),
                ("country:BOL", "backs", MADURO, "asserted"),
            },
        ),
        (
            "Peru, one of the founding members of the Lima Group, recognised Juan Guaidó.",
            {("country:PER", "recognises", GUAIDO, "asserted")},
        ),
    ],
)
def test_dash_lists_and_one_of_appositions(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_who_gives_the_backing_is_no_subject(ukraine):
    # "has the backing of Russia": Russia backs the one who has it (here no case subject)
    case, annotator = ukraine
    assert (
        keys(annotator, case, "Mr Guaidó has the backing of Russia, the UK and Austria.") == set()
    )


def test_a_recognition_of_someone_else_recognises_no_case_subject(ukraine):
    case, annotator = ukraine
    assert keys(annotator, case, "Russia withdrew its recognition of Mr Maduro in March.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probe AZ: "who" hangs on the person right before it, even after "of"
        (
            "Maduro accused the Europeans of following the lead of U.S. President Donald Trump,"
            " who recognised Guaidó on Jan. 23.",
            {("country:USA", "recognises", GUAIDO, "asserted")},
        ),
        # companions after "and," belong to the next predicate
        (
            "Uruguay has declined to recognise Guaidó and, together with Mexico, promoted a"
            " separate mechanism.",
            {("country:URY", "recognises", GUAIDO, "negated")},
        ),
        (
            "Spain recognised Guaidó, together with France.",
            {
                ("country:ESP", "recognises", GUAIDO, "asserted"),
                ("country:FRA", "recognises", GUAIDO, "asserted"),
            },
        ),
    ],
)
def test_who_antecedents_and_next_predicate_companions(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_a_fronted_nor_negates_no_that_clause(annotator, case):
    text = "Nor is it surprising that Brazil backs Juan Guaidó."
    assert keys(annotator, case, text) == {("country:BRA", "backs", GUAIDO, "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bloc's members named through its possessive act as the bloc, as "Lima Group
        # members" do; counted or quantified members are an unnamed group
        (
            "The Lima Group's member states reaffirmed their support for Guaidó.",
            {("org:LIMA_GROUP", "backs", "person:juan-guaido", "asserted")},
        ),
        (
            "The Lima Group's members, meeting in Ottawa, recognised Guaidó.",
            {("org:LIMA_GROUP", "recognises", "person:juan-guaido", "asserted")},
        ),
        ("Several of the Lima Group's member states have recognised Guaidó.", set()),
    ],
)
def test_bloc_members_through_its_possessive(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the recognition of X" after a verb of judging is not the subject's own: nobody
        # named, or the agent after "by" / "from"
        ("Moscow considers the recognition of Guaidó illegitimate.", set()),
        ("Russia called the recognition of Guaidó a coup.", set()),
        ("Italy blocked an EU statement on the recognition of Guaidó.", set()),
        (
            "Russia condemned the recognition of Guaidó by the United States.",
            {("country:USA", "recognises", "person:juan-guaido", "asserted")},
        ),
        (
            "Russia welcomed the support for Maduro from China.",
            {("country:CHN", "backs", "person:nicolas-maduro", "asserted")},
        ),
        # the subject's own: verbs of stating or giving it, and "the backing of" its giver
        (
            "Spain announced the recognition of Guaidó on Monday.",
            {("country:ESP", "recognises", "person:juan-guaido", "asserted")},
        ),
        (
            "Mr Maduro has the backing of Russia.",
            {("country:RUS", "backs", "person:nicolas-maduro", "asserted")},
        ),
    ],
)
def test_whose_stance_noun_after_a_determiner(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


def test_support_given_after_a_name_that_is_no_subject_never_raises(annotator, case):
    # the giving-verb reader once handed the cue's index where the cue was wanted, and a
    # name before "reaffirmed Moscow's support" raised AttributeError for the whole batch
    text = 'The Kremlin reaffirmed Moscow\'s support for the "legitimate" president, Maduro.'
    article = annotator.annotate("0123456789ab", text)
    assert isinstance(extract_stances(article, case), list)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out probe BE: a condition framing a colon does not reach the clause after it
        (
            "If the aim was to remove Maduro, the answer so far is no: he remains in power,"
            " backed by Russia and Cuba.",
            {
                ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CUB", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
        (
            "The EU said: if Maduro does not call elections, it will recognise Guaidó.",
            {("org:EU", "recognises", "person:juan-guaido", "conditional")},
        ),
        # a relative clause closed before the cue describes its antecedent, the subject
        (
            "Maduro, who has called Guaidó a puppet of Washington, retains the backing of"
            " Russia and China.",
            {
                ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CHN", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
    ],
)
def test_probe_be_condition_and_relative_scope(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BC: a name left out of a group's act is no actor
        ("Of the European countries at the table, all except Italy have recognised Guaidó.", set()),
        ("Every member apart from Mexico recognised Guaidó.", set()),
        # ", as did X" repeats the main predicate, not a relative aside's
        (
            "Ecuador and Costa Rica, which both recognised Guaidó last month, signed the"
            " statement, as did Uruguay despite its neutrality.",
            {
                ("country:ECU", "recognises", "person:juan-guaido", "asserted"),
                ("country:CRI", "recognises", "person:juan-guaido", "asserted"),
            },
        ),
        # a leader's epithet is the person the article is talking about (not a side's title)
        (
            "Maduro addressed supporters in Caracas. Cuba and Bolivia also backed the"
            " beleaguered leader.",
            {
                ("country:CUB", "backs", "person:nicolas-maduro", "asserted"),
                ("country:BOL", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
        ("Maduro spoke. Russia backed the Syrian president.", set()),
    ],
)
def test_probe_bc_exceptions_repeats_and_epithets(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


def test_a_leader_epithet_needs_a_person_to_point_at():
    # in a case whose contested parties are states, "the beleaguered leader" is none of them
    ukraine = load_case("russia-ukraine-2022")
    annotator = Annotator(ukraine)
    text = "Ukraine asked for help. Poland backed the beleaguered leader."
    article = annotator.annotate("0123456789ab", text)
    found = {(r["actor_id"], r["subject_id"]) for r in extract_stances(article, ukraine)}
    assert ("country:POL", "country:UKR") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BC: "He has the backing of X" backs the person opening the sentence before
        (
            "Guaidó, who has rejected talks with Maduro's government, said the only thing left"
            " was Maduro's departure. He has the backing of the United States.",
            {("country:USA", "backs", "person:juan-guaido", "asserted")},
        ),
        (
            "Maduro spoke on Monday. He has the backing of Russia and China.",
            {
                ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CHN", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
    ],
)
def test_a_pronoun_receiving_backing(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BE: a negation of the verb governing an owned stance noun does not deny it
        # (unless that verb gives it); "and said" opens the cue's own predicate
        (
            "Cuba rejected the coup and said its solidarity with the Maduro government was firm.",
            {("country:CUB", "backs", "person:nicolas-maduro", "asserted")},
        ),
        (
            "He warned Russia not to double down on their support for Maduro.",
            {("country:RUS", "backs", "person:nicolas-maduro", "asserted")},
        ),
        (
            "Russia did not offer its support to Maduro.",
            {("country:RUS", "backs", "person:nicolas-maduro", "negated")},
        ),
        # a likeness in a relative clause and "alongside" after backers name co-actors
        (
            "Uruguay, which like Mexico has refused to recognise Guaidó, issued a statement.",
            {
                ("country:URY", "recognises", "person:juan-guaido", "negated"),
                ("country:MEX", "recognises", "person:juan-guaido", "negated"),
            },
        ),
        (
            "China remains one of Maduro's main backers alongside Russia.",
            {
                ("country:CHN", "backs", "person:nicolas-maduro", "asserted"),
                ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
        (
            "Mexico, unlike Peru, refused to recognise Guaidó.",
            {("country:MEX", "recognises", "person:juan-guaido", "negated")},
        ),
    ],
)
def test_probe_be_negation_scope_and_likeness(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BC: a bare "recognition" before a time phrase is of the party last
        # recognised; "would do the same" after a conditional promise keeps its condition
        (
            "Spain recognised Juan Guaidó on Monday. Sweden and Portugal announced their own"
            " recognition within hours.",
            {
                ("country:ESP", "recognises", "person:juan-guaido", "asserted"),
                ("country:SWE", "recognises", "person:juan-guaido", "asserted"),
                ("country:PRT", "recognises", "person:juan-guaido", "asserted"),
            },
        ),
        (
            "Macron wrote that France would recognise Mr Guaidó if no vote was announced by the"
            " deadline, and Angela Merkel's spokeswoman said Berlin would do the same.",
            {
                ("country:FRA", "recognises", "person:juan-guaido", "conditional"),
                ("country:DEU", "recognises", "person:juan-guaido", "conditional"),
            },
        ),
    ],
)
def test_probe_bc_bare_recognition_and_conditional_pro_form(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BE: "legitimate" in a reported clause is the reporter's judgement (not a
        # modifier's: "the U.S. measures"); allies in a relative clause are no apposition
        (
            "Russia, which has lent Maduro's government billions, said the U.S. measures were"
            " an attempt to overthrow a legitimate government.",
            {("country:RUS", "recognises", "person:nicolas-maduro", "asserted")},
        ),
        (
            "The next day Maduro announced an agreement with small opposition parties, which"
            " Guaidó's allies dismissed as a sideshow.",
            set(),
        ),
    ],
)
def test_probe_be_judges_and_relative_allies(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BC: a "that" clause with an unnamed subject of its own keeps the
        # sentence's subject out
        (
            "Canada and a bloc of Latin American governments urged the armed forces to switch"
            " sides on the same day that much of Europe recognised Juan Guaido.",
            set(),
        ),
        (
            "Spain said that it would recognise Guaidó.",
            {("country:ESP", "recognises", "person:juan-guaido", "intended")},
        ),
    ],
)
def test_probe_bc_that_clause_with_its_own_subject(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review mends (a reviewer's invented sentences): a negated verb denies an owned
        # stance unless it is one that leaves it standing
        (
            "Italy did not voice its support for Guaidó.",
            {("country:ITA", "backs", "person:juan-guaido", "negated")},
        ),
        (
            "Mexico has not withdrawn its support for Maduro.",
            {("country:MEX", "backs", "person:nicolas-maduro", "asserted")},
        ),
        # a blocked recognition is nobody's; finalising or agreeing to one is the subject's
        ("Italy blocked the recognition of Guaidó by the European Union.", set()),
        (
            "Germany finalised the recognition of Guaidó on Monday.",
            {("country:DEU", "recognises", "person:juan-guaido", "asserted")},
        ),
        (
            "Austria agreed to the recognition of Guaidó.",
            {("country:AUT", "recognises", "person:juan-guaido", "asserted")},
        ),
        # "she"/"he" receiving backing needs the one person who opened the sentence before
        ("Maduro named Delcy Rodríguez to lead the talks. She has the backing of Russia.", set()),
        (
            "Cabello, the head of the Constituent Assembly, spoke after Maduro. He has the"
            " backing of Cuba.",
            set(),
        ),
        (
            "Maduro dismissed the call. He retains the backing of Russia.",
            {("country:RUS", "backs", "person:nicolas-maduro", "asserted")},
        ),
        # a leader's epithet is the incumbent only when he was the person named last
        ("Guaidó met Pence in Bogotá. Russia, meanwhile, backed the embattled president.", set()),
        # a likeness in a relative clause closed before the cue is about that clause only
        (
            "Peru, which like Colombia borders Venezuela, recognised Guaidó on Wednesday.",
            {("country:PER", "recognises", "person:juan-guaido", "asserted")},
        ),
    ],
)
def test_review_mends_fourteenth_session(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reviewer's: withholding recognition refuses it
        (
            "Spain recognised Guaidó on Monday. Italy withheld recognition.",
            {
                ("country:ESP", "recognises", "person:juan-guaido", "asserted"),
                ("country:ITA", "recognises", "person:juan-guaido", "negated"),
            },
        ),
    ],
)
def test_withholding_recognition(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BH: members of an unnamed group named after a colon, as its leaders in an
        # aside, and "as X do"; a part of a bloc is not the bloc
        (
            "Some 50 countries recognise Guaidó: the United States, Canada and most of the EU.",
            {
                ("country:USA", "recognises", "person:juan-guaido", "asserted"),
                ("country:CAN", "recognises", "person:juan-guaido", "asserted"),
            },
        ),
        (
            "Roughly 54 governments, led by the United States and Canada and joined by most of"
            " the Lima Group, recognise Mr Guaidó.",
            {
                ("country:USA", "recognises", "person:juan-guaido", "asserted"),
                ("country:CAN", "recognises", "person:juan-guaido", "asserted"),
            },
        ),
        (
            "The remaining 130-odd either back Maduro, as Russia and Cuba do, or would rather"
            " not be asked.",
            {
                ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CUB", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
    ],
)
def test_probe_bh_members_of_unnamed_groups(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BF: "stuck with" and "siding with" are standing by
        (
            "Russia and China have stuck with Maduro.",
            {
                ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CHN", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
        (
            "Cuba, siding with Maduro, denounced the coup.",
            {("country:CUB", "backs", "person:nicolas-maduro", "asserted")},
        ),
        ("The EU stuck with its plan.", set()),
    ],
)
def test_sticking_with(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # second review: a colon's list names members only when bare and after no speech or
        # contrast; ", as X have condemned" opens a verb; resisting governs what follows it
        # only; "is stuck with" is burdened, not backing; "led by" stays in its clause
        (
            "Over 40 governments back Guaido, a senior official said: Russia remains with Maduro.",
            set(),
        ),
        (
            "Dozens of governments have recognised Guaido, but one holdout stands out: Mexico.",
            set(),
        ),
        (
            "Some 50 countries recognise Guaido, and the reason is simple: the US asked them to.",
            set(),
        ),
        (
            "Several nations back Maduro: Russia and Cuba.",
            {
                ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CUB", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
        (
            "Peru recognised Guaido on Wednesday, as Bolivia and Cuba have condemned the move.",
            {("country:PER", "recognises", "person:juan-guaido", "asserted")},
        ),
        ("Germany is stuck with Maduro as a creditor for now.", set()),
        (
            "Talks among several countries, led by Norway, have stalled; many recognise Guaido.",
            set(),
        ),
    ],
)
def test_second_review_mends(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


def test_resisting_pressure_then_being_backed_is_backing():
    ukraine = load_case("russia-ukraine-2022")
    text = "Zelensky resisted pressure to leave Kyiv and is backed by the United States."
    article = Annotator(ukraine).annotate("0123456789ab", text)
    rows = {(r["party_id"], r["stance"], r["modality"]) for r in extract_stances(article, ukraine)}
    assert ("country:USA", "backs", "asserted") in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negated simple past and a second simple past after "and": each its own
        (
            "General Francisco Yánez said in a video that he no longer recognised Maduro's "
            "authority and recognised Guaidó as interim president.",
            {
                ("person:francisco-yanez", "recognises", MADURO, "negated"),
                ("person:francisco-yanez", "recognises", GUAIDO, "asserted"),
            },
        ),
        # (after a perfect the auxiliary and its negation are shared)
        (
            "Mexico has not condemned Maduro's inauguration and recognised Guaidó.",
            {("country:MEX", "recognises", GUAIDO, "negated")},
        ),
        # an ultimatum's alternative with a pronoun: "… or see them recognise X"
        (
            "It came as Britain joined France in giving Maduro eight days to call fresh "
            "elections - or see them recognise Guaidó as the country's leader.",
            {
                ("country:GBR", "recognises", GUAIDO, "conditional"),
                ("country:FRA", "recognises", GUAIDO, "conditional"),
            },
        ),
        # "in step with" names companions, for a pro-form too
        (
            "Britain has not yet recognised Mr Guaidó, but Jeremy Hunt has said the UK will do "
            "so unless Mr Maduro calls fresh elections by Sunday, in step with France and Spain.",
            {
                ("country:GBR", "recognises", GUAIDO, "negated"),
                ("country:GBR", "recognises", GUAIDO, "conditional"),
                ("country:FRA", "recognises", GUAIDO, "conditional"),
                ("country:ESP", "recognises", GUAIDO, "conditional"),
            },
        ),
        # a participle after a comma shares the subject, past a "but" predicate
        (
            "Mexico is attending but is not expected to sign any statement, having declined to "
            "recognise Mr Guaidó.",
            {("country:MEX", "recognises", GUAIDO, "negated")},
        ),
        # a first conjunct cut off by its own relative clause
        (
            "Ecuador, which hosted Thursday's meeting, and Costa Rica both recognise Guaidó.",
            {
                ("country:ECU", "recognises", GUAIDO, "asserted"),
                ("country:CRI", "recognises", GUAIDO, "asserted"),
            },
        ),
        (
            "The US imposed sanctions on Maduro, which angered Cuba, and Russia backs Maduro.",
            {("country:RUS", "backs", MADURO, "asserted")},
        ),
        # "the government of President X" is no leader epithet: X is named
        (
            "Russia has also voiced firm support for the government of President Nicolas Maduro.",
            {("country:RUS", "backs", MADURO, "asserted")},
        ),
        # an agency dateline with its date ("CARACAS, May 1 (EFE).-") names no actor
        (
            "CARACAS, May 1 (EFE).- Venezuelan opposition leader Juan Guaidó called on his "
            "supporters to take to the streets again on Wednesday.",
            set(),
        ),
    ],
)
def test_probe_bo_bp_coordination_ultimatums_and_datelines(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed group opening the clause after ", and" is its subject, not the object
        # named before the comma
        (
            "Since then, the U.S. has imposed sanctions on state oil company PDVSA, and 19 "
            "European Union countries have recognised Guaidó.",
            set(),
        ),
        (
            "The US and 11 Lima Group countries have recognised Guaidó.",
            {("country:USA", "recognises", GUAIDO, "asserted")},
        ),
        # "All three governments" points back at the three states just named
        (
            "Guaidó met the leaders of Colombia, Chile and Paraguay. All three governments "
            "recognise him.",
            {
                ("country:COL", "recognises", GUAIDO, "asserted"),
                ("country:CHL", "recognises", GUAIDO, "asserted"),
                ("country:PRY", "recognises", GUAIDO, "asserted"),
            },
        ),
    ],
)
def test_unnamed_conjuncts_and_counted_anaphora(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he" as the subject of a passive cue: the one contested person just named …
        (
            "Guaidó declared himself interim president. He has since been recognised by the "
            "United States and Canada.",
            {
                ("country:USA", "recognises", GUAIDO, "asserted"),
                ("country:CAN", "recognises", GUAIDO, "asserted"),
            },
        ),
        # … not a guess between two
        ("Maduro met Guaidó. He is backed by Russia.", set()),
        # "regards him as", "described him as the legitimate president", "considers him the …"
        (
            "Guaidó spoke in Caracas. Washington regards him as the interim president.",
            {("country:USA", "recognises", GUAIDO, "asserted")},
        ),
        (
            "Maduro was sworn in. The Kremlin described him as the legitimate president.",
            {("country:RUS", "recognises", MADURO, "asserted")},
        ),
        (
            "Maduro spoke. Russia considers him the legitimate president.",
            {("country:RUS", "recognises", MADURO, "asserted")},
        ),
        ("Guaidó spoke in Caracas. Washington regards him as a threat.", set()),
        # support offered with an owning pronoun goes to whom the giver phoned
        (
            "Maduro was sworn in for a second term. And Turkey's President Recep Tayyip Erdoğan "
            "phoned him to offer his support.",
            {("country:TUR", "backs", MADURO, "asserted")},
        ),
        ("Guaidó spoke. Maduro gave his support to the army.", set()),
    ],
)
def test_pronoun_subjects_of_passives_regarding_and_offered_support(
    annotator, case, text, expected
):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # loyalty pledged "to the president" is the incumbent's, when just named
        (
            "Maduro was sworn in on Thursday. Defence Minister Vladimir Padrino López pledged "
            "the army's loyalty to the president.",
            {("country:VEN", "backs", MADURO, "asserted")},
        ),
        ("The aides pledged loyalty to the president.", set()),
        ("Maduro spoke. Guaidó said soldiers owed no loyalty to the president.", set()),
    ],
)
def test_loyalty_to_a_bare_office(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infinitive after a comma takes the subject of the clause before it …
        (
            'Putin addressed the nation. "I consider it necessary to take a long overdue '
            "decision, to immediately recognise the independence and sovereignty of the "
            "Donetsk People's Republic and the Luhansk People's Republic,\" he said.",
            {
                ("country:RUS", "recognises", "org:DPR", "asserted"),
                ("country:RUS", "recognises", "org:LPR", "asserted"),
            },
        ),
        # … unless it is the subject of a verb after it
        (
            'Russia sent troops. "We will never accept it, to recognise the DPR would be '
            'madness," Zelensky said.',
            set(),
        ),
        # a name before a parenthetical opened by a preposition is the subject
        (
            "The Prime Minister spoke hours after Mr Putin, in a rambling, hour-long address "
            "to the Russian nation, recognised the self-proclaimed Donetsk and Luhansk "
            "republics.",
            {
                ("country:RUS", "recognises", "org:DPR", "asserted"),
                ("country:RUS", "recognises", "org:LPR", "asserted"),
            },
        ),
        # "the independence of the two breakaway republics", past an aside
        (
            "Putin recognised the DPR and the LPR on Monday. The EU said it did not "
            "recognise, and never would, the independence of the two breakaway republics.",
            {
                ("country:RUS", "recognises", "org:DPR", "asserted"),
                ("country:RUS", "recognises", "org:LPR", "asserted"),
                ("org:EU", "recognises", "org:DPR", "negated"),
                ("org:EU", "recognises", "org:LPR", "negated"),
            },
        ),
    ],
)
def test_infinitives_parentheticals_and_statehood(ukraine, text, expected):
    case, annotator = ukraine
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of the session's rules: a participle after a clause with its own subject is
        # not the sentence's first subject's
        (
            "The US recognised Guaidó on Wednesday, but Mexico stayed neutral, declining to "
            "recognise him.",
            {("country:USA", "recognises", GUAIDO, "asserted")},
        ),
        # "out of step with" / "despite being in step with" name no companions
        (
            "Mexico, out of step with Brazil and Colombia, refused to recognise Guaidó.",
            {("country:MEX", "recognises", GUAIDO, "negated")},
        ),
        (
            "France recognised Guaidó on Monday. Italy refused to do so, out of step with Spain "
            "and Germany.",
            {
                ("country:FRA", "recognises", GUAIDO, "asserted"),
                ("country:ITA", "recognises", GUAIDO, "negated"),
            },
        ),
        # an ultimatum's "or see it …" conditions no later, separate cue
        (
            "Maduro was given a choice: hold elections or see it all end, said Pompeo, adding "
            "that the US recognises Guaidó as interim president.",
            {("country:USA", "recognises", GUAIDO, "asserted")},
        ),
        # a dated factbox line keeps its state label
        (
            "COLOMBIA, Jan. 23 - Recognised Guaidó as interim president.",
            {("country:COL", "recognises", GUAIDO, "asserted")},
        ),
    ],
)
def test_review_mends_sixteenth_session(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BR: names beside an unnamed group keep their rows
        (
            "More than 50 countries, including the US, Canada and most of the larger Latin "
            "American democracies, recognize Guaidó.",
            {
                ("country:USA", "recognises", GUAIDO, "asserted"),
                ("country:CAN", "recognises", GUAIDO, "asserted"),
            },
        ),
        (
            "Canada and a string of Latin American governments, among them Brazil and Peru, "
            "followed with statements of their own recognizing Guaidó.",
            {
                ("country:CAN", "recognises", GUAIDO, "asserted"),
                ("country:BRA", "recognises", GUAIDO, "asserted"),
                ("country:PER", "recognises", GUAIDO, "asserted"),
            },
        ),
        # an adverb after the comma closing the subject's list
        (
            "Guaidó spoke. Most E.U. members, including Spain, France and Britain, then "
            "recognized him individually on Feb. 4.",
            {
                ("country:ESP", "recognises", GUAIDO, "asserted"),
                ("country:FRA", "recognises", GUAIDO, "asserted"),
                ("country:GBR", "recognises", GUAIDO, "asserted"),
            },
        ),
        # a participle's object is no actor of the next predicate
        (
            "On Saturday an air force general, Francisco Yánez, went further, disavowing Maduro "
            "and declaring his allegiance to Guaidó in a video.",
            {("person:francisco-yanez", "backs", GUAIDO, "asserted")},
        ),
    ],
)
def test_probe_br_groups_lists_and_participles(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BS: a participle's aside between the subject and its verb
        (
            "Two days later, foreign ministers of the Lima Group, meeting in Bogotá with US "
            "Vice-President Mike Pence, reaffirmed their support for Guaidó.",
            {("org:LIMA_GROUP", "backs", GUAIDO, "asserted")},
        ),
        # a past participle's aside says nothing of the modality
        (
            "The Lima Group, set up in 2017 by a dozen governments in the Americas, has backed "
            "Guaidó since January.",
            {("org:LIMA_GROUP", "backs", GUAIDO, "asserted")},
        ),
        # a group relative past a place phrase, apposed to a bloc named by its anaphor
        (
            "Peru has been the driving force behind the Lima Group, the bloc of countries in the "
            "Americas that recognise Guaidó as Venezuela's legitimate leader.",
            {("org:LIMA_GROUP", "recognises", GUAIDO, "asserted")},
        ),
        # (not a name's "States", not a non-restrictive "which")
        (
            "Mike Pompeo told a meeting of the Organization of American States in Washington "
            "that America stands with Guaido.",
            {("country:USA", "backs", GUAIDO, "asserted")},
        ),
    ],
)
def test_probe_bs_asides_and_group_relatives(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X has remained one of his allies": "his" is not X's own
        (
            "Chile recognised Guaidó as interim president on 23 January, and Piñera has "
            "remained one of his most vocal allies in the region.",
            {
                ("country:CHL", "recognises", GUAIDO, "asserted"),
                ("country:CHL", "backs", GUAIDO, "asserted"),
            },
        ),
        (
            "Guaidó spoke on Monday. Piñera has remained one of his most vocal allies.",
            {("country:CHL", "backs", GUAIDO, "asserted")},
        ),
    ],
)
def test_the_ally_of_his_is_another(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


def test_names_before_an_unnamed_member_of_a_list(annotator, case):
    text = (
        "Close to 60 governments, including the United States, Canada and most of Latin "
        "America and the European Union, recognise Juan Guaidó."
    )
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == {
        ("country:USA", "recognises", GUAIDO, "asserted"),
        ("country:CAN", "recognises", GUAIDO, "asserted"),
        ("org:EU", "recognises", GUAIDO, "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out BU: the object of a first predicate does not take the second's stance
        (
            "General Francisco Yánez disavowed Maduro and pledged allegiance to Guaidó.",
            {("person:francisco-yanez", "backs", GUAIDO, "asserted")},
        ),
        (
            "In a video, the colonel said he recognized Guaidó as interim president and no "
            "longer recognized Maduro.",
            set(),
        ),
        # a first conjunct cut off by a "where" clause
        (
            "Italy, where the coalition remains divided, and Greece have refused to recognise "
            "Guaidó.",
            {
                ("country:ITA", "recognises", GUAIDO, "negated"),
                ("country:GRC", "recognises", GUAIDO, "negated"),
            },
        ),
    ],
)
def test_probe_bu_second_predicates_and_where_asides(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


def test_a_bodys_members_voting_to_ask_for_recognition_urge_it(ukraine):
    # held-out BW: "members of the Russian State Duma who voted to ask Putin to recognize"
    # is no group relative past a place phrase: Putin is urged (intended)
    case, annotator = ukraine
    text = (
        "EU ministers agreed sanctions targeting the 351 members of the Russian State Duma who "
        "voted to ask Putin to recognize the Donetsk People's Republic."
    )
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == {
        ("country:RUS", "recognises", "org:DPR", "intended")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seventeenth session: idioms of taking a party's part, from the held-out sets' most
        # frequent stance miss (Maduro's allies)
        (
            "Closer to home, Cuban President Miguel Díaz-Canel also came to Maduro's defense.",
            {("country:CUB", "backs", MADURO, "asserted")},
        ),
        (
            "Russia came to the defence of Mr Maduro at the United Nations.",
            {("country:RUS", "backs", MADURO, "asserted")},
        ),
        ("Mexico refused to come to Maduro's aid.", {("country:MEX", "backs", MADURO, "negated")}),
        ("The general came to the defence of the constitution.", set()),
        ("Russia rushed to the aid of its ally.", set()),
        (
            "Turkey's Recep Tayyip Erdoğan has declared himself firmly on Mr Maduro's side.",
            {("country:TUR", "backs", MADURO, "asserted")},
        ),
        ("Russian troops massed on Ukraine's side of the border.", set()),
        ("On Maduro's side of the border, troops blocked the bridge.", set()),
        ("Russia's foreign ministry was on the side of caution.", set()),
        ("Time is not on Maduro's side.", set()),
        # "has emerged as X's backer" is a copula like "has become"
        (
            "Maduro clung on. Moscow has emerged as Mr Maduro's most important foreign backer.",
            {("country:RUS", "backs", MADURO, "asserted")},
        ),
        ("Bolivia emerged as a mediator between Maduro and Guaidó.", set()),
        # solidarity given with no owning pronoun goes to whom the giver phoned
        (
            "President Tayyip Erdogan telephoned Maduro to express solidarity, telling him to "
            "stand tall.",
            {("country:TUR", "backs", MADURO, "asserted")},
        ),
    ],
)
def test_coming_to_a_partys_defence_and_side(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


def test_coming_to_a_states_aid_in_the_second_case(ukraine):
    case, annotator = ukraine
    text = "Poland came to Ukraine's aid within hours, and Hungary stayed on Russia's side."
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == {
        ("country:POL", "backs", "country:UKR", "asserted"),
        ("country:HUN", "backs", "country:RUS", "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun object repeating an earlier cue of the same stance is that cue's object,
        # past a party named in between (held-out BU: "… but Italy … and Greece have still
        # not recognised him" meant Guaidó, not the Maduro of the "when" clause)
        (
            "Most EU governments recognised Mr Guaidó when an ultimatum to Mr Maduro expired, "
            "but Italy, where the coalition is divided, has still not recognised him.",
            {("country:ITA", "recognises", GUAIDO, "negated")},
        ),
        (
            "Brazil backs Guaidó against Maduro, but Mexico does not back him.",
            {
                ("country:BRA", "backs", GUAIDO, "asserted"),
                ("country:MEX", "backs", GUAIDO, "negated"),
            },
        ),
        # another stance's object is no antecedent: the usual resolution stands
        (
            "Brazil recognised Guaidó. Maduro spoke, and Russia said it would never back him.",
            {
                ("country:BRA", "recognises", GUAIDO, "asserted"),
                ("country:RUS", "backs", MADURO, "negated"),
            },
        ),
        # a possessor is no object of the earlier cue: "him" is resolved as before
        (
            "Russia recognised Maduro's re-election, and Cuba recognised him too.",
            {
                ("country:RUS", "recognises", MADURO, "asserted"),
                ("country:CUB", "recognises", MADURO, "asserted"),
            },
        ),
    ],
)
def test_a_repeated_verbs_pronoun_object_is_its_earlier_object(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject after "but"/"while" with a relative or "where" aside before its predicate
        # is the aside's name (held-out BC, BH, BS, BU)
        (
            "Spain recognised Guaidó, but Italy, which is divided, has not recognised Guaidó.",
            {
                ("country:ESP", "recognises", GUAIDO, "asserted"),
                ("country:ITA", "recognises", GUAIDO, "negated"),
            },
        ),
        (
            "Spain recognised Guaidó, but Italy, where the coalition is divided, has not "
            "recognised Guaidó.",
            {
                ("country:ESP", "recognises", GUAIDO, "asserted"),
                ("country:ITA", "recognises", GUAIDO, "negated"),
            },
        ),
        # the predicate's own name acts, not the aside's
        (
            "Cuba backs Maduro, and Moscow, which recognises Maduro, has accused the United "
            "States of backing Guaidó.",
            {
                ("country:CUB", "backs", MADURO, "asserted"),
                ("country:RUS", "recognises", MADURO, "asserted"),
                ("country:USA", "backs", GUAIDO, "asserted"),
            },
        ),
    ],
)
def test_a_subject_with_an_aside_after_a_conjunction(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Lima Group of countries that recognise X" is the named body's act, not a
        # group the sentence's subject joined (held-out BE)
        (
            "Peru hosted a meeting of the Lima Group of countries that recognise Guaidó as "
            "Venezuela's interim president.",
            {("org:LIMA_GROUP", "recognises", GUAIDO, "asserted")},
        ),
        (
            "Spain joined a group of EU countries that recognised Guaidó.",
            {("country:ESP", "recognises", GUAIDO, "asserted")},
        ),
    ],
)
def test_a_named_bodys_group_of_countries_acts(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X's allies in Y": the states or blocs the allies sit in back X (held-out BF, BH,
        # BU); not the case's own country, a body that is no state, or an apposition
        (
            "Maduro's allies in Moscow and Beijing condemned the move.",
            {
                ("country:RUS", "backs", MADURO, "asserted"),
                ("country:CHN", "backs", MADURO, "asserted"),
            },
        ),
        (
            "Guaidó's allies in the Lima Group met in Bogotá on Monday.",
            {("org:LIMA_GROUP", "backs", GUAIDO, "asserted")},
        ),
        (
            "It has not, and Mr Maduro's patrons in Moscow have every incentive to help.",
            {("country:RUS", "backs", MADURO, "asserted")},
        ),
        ("Guaidó's supporters in Caracas marched on Saturday.", set()),
        ("Maduro's allies in the military remain loyal.", set()),
        ("Guaidó's backers in Congress praised the move.", set()),
        (
            "Rubio, one of Juan Guaidó's most prominent backers in Washington, spoke.",
            set(),
        ),
    ],
)
def test_allies_in_a_capital_or_bloc(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of the seventeenth session's rules (each misfired before its mend)
        # a party that is the subject of the clause in between is what "him" means
        (
            "The United States backs Guaidó, but Maduro still controls the army, and Russia "
            "and China back him.",
            {
                ("country:USA", "backs", GUAIDO, "asserted"),
                ("country:RUS", "backs", MADURO, "asserted"),
                ("country:CHN", "backs", MADURO, "asserted"),
            },
        ),
        # the first clause's object is no actor of the aside's clause after ", and"
        (
            "Russia backs Maduro, and Colombia, where 1 million Venezuelans live, backs Guaidó.",
            {
                ("country:RUS", "backs", MADURO, "asserted"),
                ("country:COL", "backs", GUAIDO, "asserted"),
            },
        ),
        # a party making the call gives the solidarity: the one called backs nobody
        ("Guaidó telephoned Iván Duque to express solidarity after the bombing.", set()),
        (
            "Bolsonaro said he would telephone Guaidó to offer support.",
            {("country:BRA", "backs", GUAIDO, "intended")},
        ),
        # a party's own people are not the party
        ("The US came to the aid of Maduro's opponents with $20 million.", set()),
        ("Russia has emerged as the most important backer of Maduro's rivals.", set()),
        # allies in a country's name, in the party's own capital, or former allies
        ("Guaidó's former allies in Quito have turned on him.", set()),
    ],
)
def test_review_mends_seventeenth_session(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


def test_allies_in_a_countrys_name_or_own_capital_in_the_second_case(ukraine):
    case, annotator = ukraine
    for text in (
        "Russia's allies in Serbia staged a rally in Belgrade.",
        "Zelensky's allies in Kyiv urged patience.",
    ):
        assert {k for k in keys(annotator, case, text) if k[0] is not None} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session: a bare stance noun opening its clause, its giver after "by"/"from"
        (
            "Recognition of Mr Guaidó by the US came within minutes of his oath.",
            {("country:USA", "recognises", GUAIDO, "asserted")},
        ),
        (
            "Support for Mr Maduro from Russia and China has kept him afloat.",
            {
                ("country:RUS", "backs", MADURO, "asserted"),
                ("country:CHN", "backs", MADURO, "asserted"),
            },
        ),
        ("Support for Mr Guaidó from within the army has been scarce.", set()),
        # a state body named by where it sits is that state
        (
            "The government in Madrid recognised Mr Guaidó on Monday.",
            {("country:ESP", "recognises", GUAIDO, "asserted")},
        ),
        (
            "The foreign ministry in Moscow said it continued to support Mr Maduro.",
            {("country:RUS", "backs", MADURO, "asserted")},
        ),
        # a restrictive "who" on people nobody names: they take the stance, not the subject
        ("Venezuela detained 40 protesters who backed Mr Guaidó.", set()),
        ("Mr Maduro jailed lawmakers who recognised Mr Guaidó as interim president.", set()),
        ("The authorities in Caracas detained 40 protesters who backed Mr Guaidó.", set()),
        # (a copula's complement is its subject)
        (
            "The US was the first country who recognised Mr Guaidó.",
            {("country:USA", "recognises", GUAIDO, "asserted")},
        ),
    ],
)
def test_noun_givers_seated_bodies_and_relatives_on_people(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session (blind dev set CE): "extended recognition the same day" is a
        # bare recognition of the party just recognised (a time phrase is no object)
        (
            "The US recognised Mr Guaidó. Canada, Brazil and Peru extended recognition the same "
            "day.",
            {
                ("country:USA", "recognises", GUAIDO, "asserted"),
                ("country:CAN", "recognises", GUAIDO, "asserted"),
                ("country:BRA", "recognises", GUAIDO, "asserted"),
                ("country:PER", "recognises", GUAIDO, "asserted"),
            },
        ),
        # "the presidents of A and B, all of whom …": the states act
        (
            "Mr Guaidó has appeared alongside the presidents of Colombia, Chile and Paraguay, "
            "all of whom recognise him as Venezuela's interim president.",
            {
                ("country:COL", "recognises", GUAIDO, "asserted"),
                ("country:CHL", "recognises", GUAIDO, "asserted"),
                ("country:PRY", "recognises", GUAIDO, "asserted"),
            },
        ),
        # "even if" concedes; it sets no condition
        (
            "Russia has backed Maduro from the first day, and now it is showing that it is "
            "prepared to put people on the ground, even if the numbers are small.",
            {("country:RUS", "backs", MADURO, "asserted")},
        ),
        (
            "Russia will back Maduro if the talks fail.",
            {("country:RUS", "backs", MADURO, "conditional")},
        ),
        # the ones joined "in recognising" have recognised, whatever the joiner does
        (
            "Ireland has joined Spain, Britain and other European Union member states in "
            "recognising Juan Guaidó as interim president.",
            {
                ("country:IRL", "recognises", GUAIDO, "asserted"),
                ("country:ESP", "recognises", GUAIDO, "asserted"),
                ("country:GBR", "recognises", GUAIDO, "asserted"),
            },
        ),
        (
            "Spain refused to join France in recognising Mr Guaidó.",
            {
                ("country:ESP", "recognises", GUAIDO, "negated"),
                ("country:FRA", "recognises", GUAIDO, "asserted"),
            },
        ),
        (
            "The EU will join the US in recognising Mr Guaidó if Mr Maduro does not call "
            "elections.",
            {
                ("org:EU", "recognises", GUAIDO, "conditional"),
                ("country:USA", "recognises", GUAIDO, "asserted"),
            },
        ),
    ],
)
def test_time_phrases_quantified_relatives_concessions_and_the_joined(
    annotator, case, text, expected
):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session (blind dev set CF): a described object ("two breakaway regions")
        # whose apposition names the contested parties, for a verb or an "X-backed" compound
        (
            "Putin recognised two breakaway regions, the Donetsk People's Republic and the "
            "Luhansk People's Republic.",
            {
                ("country:RUS", "recognises", "org:DPR", "asserted"),
                ("country:RUS", "recognises", "org:LPR", "asserted"),
            },
        ),
        (
            "President Vladimir Putin on Monday recognised the independence of two "
            "Russian-backed separatist regions in eastern Ukraine, the self-proclaimed Donetsk "
            "People's Republic and Luhansk People's Republic, defying Western warnings.",
            {
                ("country:RUS", "recognises", "org:DPR", "asserted"),
                ("country:RUS", "recognises", "org:LPR", "asserted"),
                ("country:RUS", "backs", "org:DPR", "asserted"),
                ("country:RUS", "backs", "org:LPR", "asserted"),
            },
        ),
        # a source after the comma is no apposition
        ("Zelensky backed the interim government, Putin told reporters.", set()),
    ],
)
def test_a_described_object_and_its_apposition(ukraine, text, expected):
    case, annotator = ukraine
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session (blind dev set CA): "our"/"my" before a stance noun inside a
        # quote is its speaker's
        (
            '"Our support for Juan Guaidó as interim president is undiminished," said German '
            "Foreign Minister Heiko Maas.",
            {("country:DEU", "backs", GUAIDO, "asserted")},
        ),
        (
            '"My support for Mr Maduro never wavered," Evo Morales said.',
            {("country:BOL", "backs", MADURO, "asserted")},
        ),
        # outside a quote, the article's own voice names nobody
        ("Our support for Mr Guaidó is a matter of principle, this newspaper argued.", set()),
    ],
)
def test_our_support_inside_a_quote_is_the_speakers(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session (blind dev set CF): a place after "in" is not what is recognised;
        # a condemned stance noun is nobody's stance; a gerund subject of a denied predicate
        # is negated
        (
            "The measures came a day after Mr. Putin recognized two separatist enclaves in "
            "eastern Ukraine as independent states.",
            set(),
        ),
        (
            "Putin recognised the Donetsk People's Republic. Marine Le Pen said she condemned "
            'the recognition but wanted France to remain a "balancing power".',
            {("country:RUS", "recognises", "org:DPR", "asserted")},
        ),
        (
            "Kazakhstan's foreign ministry said that recognising the Donetsk People's Republic "
            "was not on the agenda.",
            {("country:KAZ", "recognises", "org:DPR", "negated")},
        ),
        (
            "Zelensky said that backing Ukraine was the right choice for Europe.",
            set(),
        ),
    ],
)
def test_places_condemned_stances_and_denied_gerunds(ukraine, text, expected):
    case, annotator = ukraine
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


def test_a_conjunct_it_after_an_opening_it(annotator, case):
    # eighteenth session (blind dev set CI): the chain of subject "it"s runs back to Peru
    text = (
        "Peru has taken a hard line against Nicolás Maduro. It hosted the 2017 meeting that "
        "created the Lima Group, and it recognised Juan Guaidó as interim president."
    )
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == {
        ("country:PER", "recognises", GUAIDO, "asserted")
    }
    # a name opening the sentence before is what "it" continues, not a nearer object
    text = "The EU met Russia's foreign minister on Monday. It recognised Juan Guaidó."
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == {
        ("org:EU", "recognises", GUAIDO, "asserted")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eighteenth session (blind dev set CJ): "to side with" is a cue like "sided with";
        # refusing to side with "either" is neutrality
        (
            "Belarus was the only European country to side with Russia.",
            {("country:BLR", "backs", "country:RUS", "asserted")},
        ),
        (
            "India has refused to side with either Russia or the West.",
            {("country:IND", "neutral", "country:RUS", "asserted")},
        ),
        (
            "India has refused to side with Russia.",
            {("country:IND", "backs", "country:RUS", "negated")},
        ),
    ],
)
def test_side_with(ukraine, text, expected):
    case, annotator = ukraine
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of the eighteenth session's rules (each misfired before its mend)
        # a passive's "by" is no giver; a noun its own predicate doubts or ends gives no row
        ("Recognition of Guaidó was condemned by Russia.", set()),
        ("Recognition of Guaidó by Spain is expected on Monday.", set()),
        ("Support for Maduro from Russia has evaporated.", set()),
        ('"Our support for Maduro is over," said Evo Morales.', set()),
        # "side with A against B": B is opposed, not backed; "side with neither" is neutral
        ("Uruguay refused to side with the United States against Maduro.", set()),
        (
            "Norway sought to side with neither camp.",
            {
                ("country:NOR", "neutral", GUAIDO, "asserted"),
                ("country:NOR", "neutral", MADURO, "asserted"),
            },
        ),
        # a group head's relative is the group rules' (the first of the leaders is Duque)
        (
            "Duque was the first of the leaders who recognised Guaidó.",
            {("country:COL", "recognises", GUAIDO, "asserted")},
        ),
        # the speaker's own clause denies it
        (
            "Conte said recognising Guaidó was not on the agenda.",
            {("country:ITA", "recognises", GUAIDO, "negated")},
        ),
    ],
)
def test_review_mends_eighteenth_session(annotator, case, text, expected):
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == expected


def test_a_comment_apposition_names_no_recognised_party(ukraine):
    case, annotator = ukraine
    text = "Putin recognised two regions, a move condemned by Ukraine and Germany."
    assert {k for k in keys(annotator, case, text) if k[0] is not None} == set()


GUAIDO, MADURO = "person:juan-guaido", "person:nicolas-maduro"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive's "as" phrase is the title, whatever names it holds, up to "by"
        (
            "Guaidó, who is recognised as the country's interim president by the US and "
            "Britain, rushed to the scene.",
            {
                ("country:USA", "recognises", GUAIDO, "asserted"),
                ("country:GBR", "recognises", GUAIDO, "asserted"),
            },
        ),
        (
            "Guaidó is recognised as Venezuela's legitimate interim president by Canada.",
            {("country:CAN", "recognises", GUAIDO, "asserted")},
        ),
        # "with the backing of" named givers: they back the clause's subject
        (
            "Maduro, 56, has clung on to power with the backing of Russia, China and Cuba.",
            {
                ("country:RUS", "backs", MADURO, "asserted"),
                ("country:CHN", "backs", MADURO, "asserted"),
                ("country:CUB", "backs", MADURO, "asserted"),
            },
        ),
        (
            "Guaidó was sworn in with the backing of the United States.",
            {("country:USA", "backs", GUAIDO, "asserted")},
        ),
        # … but not unnamed allies after a possessor, nor "without"
        ("Guaidó claimed the presidency with the support of Maduro's rivals.", set()),
        ("Maduro could not survive without the backing of Russia.", set()),
    ],
)
def test_titled_passives_and_backing_givers(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two coordinated stance verbs share the subject right before the first
        (
            "Foreign Minister Marise Payne said that Canberra recognises and supports Juan Guaidó.",
            {
                ("country:AUS", "recognises", GUAIDO, "asserted"),
                ("country:AUS", "backs", GUAIDO, "asserted"),
            },
        ),
        (
            'Marise Payne said Canberra "recognises and supports Juan Guaidó".',
            {
                ("country:AUS", "recognises", GUAIDO, "asserted"),
                ("country:AUS", "backs", GUAIDO, "asserted"),
            },
        ),
        # a second predicate after another verb's object still takes the opening subject
        (
            "China has lent Caracas $60 billion and stands by Mr Maduro.",
            {("country:CHN", "backs", MADURO, "asserted")},
        ),
    ],
)
def test_coordinated_stance_verbs_share_their_subject(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


RUS = "country:RUS"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # condemning a party, or a party's act named right after the verb, opposes the party
        (
            "Kenya voted with the majority in March to condemn Russia's invasion.",
            {("country:KEN", "opposes", RUS, "asserted")},
        ),
        (
            "Officials insist that Seoul has condemned Russia's invasion.",
            {("country:KOR", "opposes", RUS, "asserted")},
        ),
        ("China has refused to condemn Moscow.", {("country:CHN", "opposes", RUS, "negated")}),
        # anything else condemned takes no stance on a party
        ("Russia condemned the sanctions imposed by the US.", set()),
        ("Moscow condemned the new Ukrainian constitution.", set()),
        # a text's content is no stance of whoever names the text
        ("New Delhi has abstained on every UN vote condemning Russia.", set()),
    ],
)
def test_condemning_a_party_opposes_it(ukraine, text, expected):
    case, annotator = ukraine
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive's agents: the members a part of the list names act too
        (
            "Guaidó is recognised by the United States, most of the European Union and most of "
            "Latin America, including Brazil and Colombia.",
            {
                ("country:USA", "recognises", GUAIDO, "asserted"),
                ("country:BRA", "recognises", GUAIDO, "asserted"),
                ("country:COL", "recognises", GUAIDO, "asserted"),
            },
        ),
        # (an "including" that lists no members adds nobody)
        (
            "Guaidó is recognised by the United States and Canada, including in talks with Brazil.",
            {
                ("country:USA", "recognises", GUAIDO, "asserted"),
                ("country:CAN", "recognises", GUAIDO, "asserted"),
            },
        ),
    ],
)
def test_passive_agents_with_listed_members(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_called_him_a_countrys_legitimate_president(annotator, case):
    """A country's possessive between the pronoun and the title ("called him Venezuela's
    legitimate president") is part of the title, as "the country's" is."""
    text = (
        "Maduro flew to Moscow. Putin has repeatedly called him Venezuela's legitimate president."
    )
    assert keys(annotator, case, text) == {("country:RUS", "recognises", MADURO, "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review of the nineteenth session's rules: "with the backing of" backs only a person
        # opening the clause, never another act's object or a possessor
        ("Washington will keep up the pressure on Maduro with the backing of Brazil.", set()),
        ("Opposition lawmakers voted to remove Maduro with the backing of Washington.", set()),
        ("Maduro's opponents, with the backing of the US, called for a general strike.", set()),
        (
            "Maduro expelled the German ambassador with the backing of Russia.",
            {("country:RUS", "backs", MADURO, "asserted")},
        ),
        # a passive list goes on to members only through parts of itself
        (
            "Guaidó is recognised by the US and Canada, but not by most of Latin America, "
            "including Mexico and Uruguay.",
            {
                ("country:USA", "recognises", GUAIDO, "asserted"),
                ("country:CAN", "recognises", GUAIDO, "asserted"),
            },
        ),
        # a participle's "by" inside the title phrase is no agent of the recognition
        ("Guaidó was recognised as president of a country still controlled by Maduro.", set()),
        (
            "Guaidó was recognised as the head of a government backed by the US.",
            {("country:USA", "backs", GUAIDO, "asserted")},  # (the backing is stated)
        ),
    ],
)
def test_review_mends_nineteenth_session(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X, whose president(,) Y(,) is one of Z's backers": X backs Z (twentieth session,
        # from dev sets CG and DC); the clause before names other states, not the backer
        (
            "Last year Caracas shipped around $900m worth of gold to Turkey, whose president, "
            "Recep Tayyip Erdoğan, is one of Maduro's most vocal backers.",
            {("country:TUR", "backs", "person:nicolas-maduro", "asserted")},
        ),
        (
            "The group's members are Costa Rica, Ecuador, Uruguay and Bolivia, whose president "
            "Evo Morales remains one of Maduro's most loyal supporters.",
            {("country:BOL", "backs", "person:nicolas-maduro", "asserted")},
        ),
        # the relative is over before the copula: its subject backs
        (
            "Turkey, whose president met Guaidó's envoy in March, is one of Maduro's most "
            "vocal backers.",
            {("country:TUR", "backs", "person:nicolas-maduro", "asserted")},
        ),
    ],
)
def test_an_office_holder_in_a_whose_clause_stands_for_its_state(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_review_a_citys_office_holder_is_no_state(annotator, case):
    """ "Lima, whose mayor, Jorge Muñoz, is an ally of Guaidó": a city's office is no state's
    (review of the twentieth session's rules)."""
    text = "The summit was held in Lima, whose mayor, Jorge Muñoz, is an ally of Guaidó."
    assert ("country:PER", "backs", "person:juan-guaido", "asserted") not in keys(
        annotator, case, text
    )


@pytest.mark.parametrize(
    "text",
    [
        # yes/no questions after a transcript label with its outlet, a bare "Q:", or "So"
        "QUESTION (Harbour Wire): Does the United Nations recognise Mr Guaidó or Mr Maduro?",
        "Q: Does the European Union recognise Juan Guaidó as interim president?",
        "Mexico has stayed neutral. So do they back Maduro?",
    ],
)
def test_a_question_asks_and_asserts_no_stance(annotator, case, text):
    assert keys(annotator, case, text) == set()


def test_an_answer_after_a_question_still_asserts(annotator, case):
    text = "Q: Does the European Union recognise Juan Guaidó?\n\nA: Yes. The EU recognises Guaidó."
    assert ("org:EU", "recognises", "person:juan-guaido", "asserted") in keys(annotator, case, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a that-clause hanging on a coordinated clause: "it" is that clause's subject
        (
            "Venezuela is Russia's closest partner in the hemisphere, and the Kremlin has made "
            "it very clear that it backs Maduro.",
            {("country:RUS", "backs", "person:nicolas-maduro", "asserted")},
        ),
        # (on the first clause, the sentence's subject)
        (
            "Russia has warned Washington against intervening and said that it backs Maduro.",
            {("country:RUS", "backs", "person:nicolas-maduro", "asserted")},
        ),
    ],
)
def test_a_that_clause_pronoun_is_its_own_clauses_subject(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_a_recognition_announced_over_the_afternoon_repeats_the_last_subject(annotator, case):
    text = (
        "Vienna now recognises Guaidó. Denmark, Sweden and Finland have also announced their "
        "recognition over the course of the afternoon."
    )
    assert keys(annotator, case, text) == {
        (state, "recognises", "person:juan-guaido", "asserted")
        for state in ("country:AUT", "country:DNK", "country:SWE", "country:FIN")
    }


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("over the course of the afternoon", True),
        ("during the night", True),
        ("in the afternoon", True),
        ("on Monday", True),
        ("over the course", False),
        ("to Guaidó", False),
    ],
)
def test_time_phrases(words, expected):
    from tidynews.extractors.clauses import is_time_phrase

    assert is_time_phrase(words.lower().split()) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gapped conjuncts after commas, each with its own time phrase
        (
            "Washington recognised Guaidó within minutes, Canada within the hour, and Peru by "
            "the afternoon.",
            {
                (state, "recognises", "person:juan-guaido", "asserted")
                for state in ("country:USA", "country:CAN", "country:PER")
            },
        ),
        # (a comma before a clause of its own is no gap)
        (
            "Washington recognised Guaidó on Monday, Canada said, and Peru agreed.",
            {("country:USA", "recognises", "person:juan-guaido", "asserted")},
        ),
        # ", joining X and Y": the ones joined hold the stance already
        (
            "Spain recognised Guaidó on Monday, joining the United States, Canada and most of "
            "Latin America.",
            {
                (state, "recognises", "person:juan-guaido", "asserted")
                for state in ("country:ESP", "country:USA", "country:CAN")
            },
        ),
        # (not when the joiner's own stance is only intended)
        (
            "Spain will recognise Guaidó, joining the United States.",
            {("country:ESP", "recognises", "person:juan-guaido", "intended")},
        ),
    ],
)
def test_twenty_first_session_gaps_and_joining(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Recognition from X and Y followed": the givers after "from", of the one last
        # reported recognised
        (
            "The US recognised Guaidó on Monday. Recognition from Canada and Brazil followed "
            "within hours.",
            {
                (state, "recognises", "person:juan-guaido", "asserted")
                for state in ("country:USA", "country:CAN", "country:BRA")
            },
        ),
        # (no recognition reported before: nobody recognised)
        ("Recognition from Canada and Brazil followed within hours.", set()),
    ],
)
def test_recognition_from_givers_follows_the_last_recognition(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Both governments": the last two states named, not the case's home country
        (
            "Mexico's foreign minister said they were not taking sides. \"We are not here to "
            "decide who governs Venezuela,\" he said at Uruguay's foreign ministry.\n\n"
            "Both governments have declined to recognise Juan Guaidó.",
            {
                ("country:MEX", "recognises", "person:juan-guaido", "negated"),
                ("country:URY", "recognises", "person:juan-guaido", "negated"),
            },
        ),
        # (nor a compound's modifier: "a US-drafted resolution")
        (
            "Russia and China vetoed a US-drafted resolution on Venezuela. Both governments "
            "back Nicolás Maduro.",
            {
                ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CHN", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
    ],
)
def test_both_governments_are_the_last_two_states_named(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    "aside", ["on the other hand", "for their part", "in turn", "by contrast", "however"]
)
def test_an_aside_phrase_between_subject_and_verb_keeps_both_conjuncts(annotator, case, aside):
    text = f"Ecuador and Costa Rica, {aside}, back Guaidó."
    assert keys(annotator, case, text) == {
        ("country:ECU", "backs", "person:juan-guaido", "asserted"),
        ("country:CRI", "backs", "person:juan-guaido", "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second predicate with a verb group of its own takes no negation from the first
        (
            "Greece has not recognised Guaidó and has backed Maduro.",
            {
                ("country:GRC", "recognises", "person:juan-guaido", "negated"),
                ("country:GRC", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
        (
            "The Spanish government says it does not support any military coup but continues "
            "to regard Guaidó as the legitimate interim president.",
            {("country:ESP", "recognises", "person:juan-guaido", "asserted")},
        ),
        (
            "Colombia, which does not recognise Maduro and backs Guaidó, kept the border open.",
            {
                ("country:COL", "recognises", "person:nicolas-maduro", "negated"),
                ("country:COL", "backs", "person:juan-guaido", "asserted"),
            },
        ),
        # (its own negation stays: "and is not backing")
        (
            "Greece has recognised Guaidó and is not backing Maduro.",
            {
                ("country:GRC", "recognises", "person:juan-guaido", "asserted"),
                ("country:GRC", "backs", "person:nicolas-maduro", "negated"),
            },
        ),
    ],
)
def test_a_second_predicate_has_its_own_negation(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_recognition_held_back_is_of_the_story_not_of_another_clause(annotator, case):
    text = (
        "Spain recognised Guaidó on Monday. Greece's government has expressed sympathy for "
        "Maduro, while Cyprus and Slovakia have all held back from recognition."
    )
    assert keys(annotator, case, text) == {
        ("country:ESP", "recognises", "person:juan-guaido", "asserted"),
        ("country:CYP", "recognises", "person:juan-guaido", "negated"),
        ("country:SVK", "recognises", "person:juan-guaido", "negated"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fourth session, real reports (Bloomberg, Reuters) read by eye.
        # "whose country" is the state of the official the relative hangs on; "an ally of
        # Maduro's" (a double genitive) names Maduro as "an ally of Maduro" does
        (
            "Bolivia Foreign Minister Diego Pary, whose country has been a long-time ally of"
            " Maduro’s, said that Venezuelans themselves must decide.",
            {("country:BOL", "backs", "person:nicolas-maduro", "asserted")},
        ),
        (
            "Bolivia, whose government is a close ally of Maduro, said so.",
            {("country:BOL", "backs", "person:nicolas-maduro", "asserted")},
        ),
        # (a possessive that owns a noun still names what is backed: no stance to Maduro)
        ("Bolivia is a close ally of Maduro's rivals.", set()),
        # a blocked position to recognise recognises nobody
        (
            "Italy on Monday blocked a joint European Union position to recognize Venezuela’s"
            " National Assembly head Juan Guaido as interim president.",
            set(),
        ),
        # opposing the act of recognising is not recognising, nor opposing the person; "not
        # alone in" denies nothing
        (
            "Italy is not alone in opposing recognizing Guaido.",
            {("country:ITA", "recognises", "person:juan-guaido", "negated")},
        ),
        ("Italy opposes Guaido.", {("country:ITA", "opposes", "person:juan-guaido", "asserted")}),
    ],
)
def test_real_report_stances_of_the_twenty_fourth_session(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fourth session, a real AFP report: a reported clause whose subject is a plain
        # noun phrase ("oil revenues") is nobody's stance, least of all the reporter's
        (
            "Canadian Prime Minister Justin Trudeau announced a ban on Russian oil imports,"
            " saying oil revenues have helped to prop up President Vladimir Putin.",
            set(),
        ),
        ("Trudeau said that oil revenues prop up President Vladimir Putin.", set()),
        # a pronoun, a name, a state's noun or a collective of states still act
        ("Trudeau said he backs Ukraine.", {("country:CAN", "backs", "country:UKR", "asserted")}),
        (
            "Trudeau said on Monday that the government backs Ukraine.",
            {("country:CAN", "backs", "country:UKR", "asserted")},
        ),
        (
            "Trudeau announced aid, saying the United States stands with Ukraine.",
            {("country:USA", "backs", "country:UKR", "asserted")},
        ),
    ],
)
def test_a_reported_clause_with_a_subject_of_its_own(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(Annotator(ukraine), ukraine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fourth session, a real Anadolu report: the place a contested entity is
        # named after, where its independence is recognised, is the entity
        (
            "Kazakhstan will not recognize the self-proclaimed independence of the Donetsk and"
            " Luhansk regions of Ukraine, President Kassym-Jomart Tokayev has said.",
            {
                ("country:KAZ", "recognises", "org:DPR", "negated"),
                ("country:KAZ", "recognises", "org:LPR", "negated"),
            },
        ),
        (
            "On the eve of the war, President Vladimir Putin recognized the “independence” of"
            " Donetsk and Luhansk.",
            {
                ("country:RUS", "recognises", "org:DPR", "asserted"),
                ("country:RUS", "recognises", "org:LPR", "asserted"),
            },
        ),
        # elsewhere the place is a place: no entity, no stance
        ("Russia backs the fighters in Donetsk and Luhansk.", set()),
    ],
)
def test_a_recognised_place_is_the_entity_named_after_it(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(Annotator(ukraine), ukraine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fourth session, real reports (APA, Reuters) read by eye.
        # "support the legitimate president X": the backing is the stance, the epithet the
        # writer's, no recognition by the backers
        (
            "Such countries as Russia, China and Mexico support the legitimate president Nicolas"
            " Maduro.",
            {
                ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CHN", "backs", "person:nicolas-maduro", "asserted"),
                ("country:MEX", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
        (
            "Russia calls Maduro the legitimate president.",
            {("country:RUS", "recognises", "person:nicolas-maduro", "asserted")},
        ),
        # a parenthetical opened by "under" stands between the subject and its verb
        (
            "Iran, under pressure from sanctions reimposed by U.S. President Donald Trump, has"
            " voiced support for Maduro.",
            {("country:IRN", "backs", "person:nicolas-maduro", "asserted")},
        ),
        # whoever props Maduro up in a relative on the object is that unnamed object
        (
            "The US will continue to target those illegitimately propping up the Maduro regime.",
            {(None, "backs", "person:nicolas-maduro", "asserted")},
        ),
        (
            "The US will pursue gold operations that are propping up the Maduro regime.",
            {(None, "backs", "person:nicolas-maduro", "asserted")},
        ),
    ],
)
def test_real_report_stances_second_batch(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fourth session, real reports (Jordan Times, Sofia Globe) read by eye.
        # a state's name before its own parts ("Ukraine separatist republics") is no object
        ("Syria joins Russia in recognising Ukraine separatist republics.", set()),
        (
            "Syria recognised Ukraine on Monday.",
            {("country:SYR", "recognises", "country:UKR", "asserted")},
        ),
        # "the appeal to X to recognise": X is urged, so the recognition is X's, intended
        (
            "The Duma voted in favour of the appeal to President Vladimir Putin to recognise the"
            " independence of the self-proclaimed Donetsk and Luhansk republics.",
            {
                ("country:RUS", "recognises", "org:DPR", "intended"),
                ("country:RUS", "recognises", "org:LPR", "intended"),
            },
        ),
    ],
)
def test_real_ukraine_report_stances_second_batch(text, expected):
    ukraine = load_case("russia-ukraine-2022")
    assert keys(Annotator(ukraine), ukraine, text) == expected


def test_an_owned_recognition_of_unnamed_regions_names_no_subject():
    # twenty-fourth session, a real Japan Forward report: "sanctions against Russia for its
    # unilateral recognition of the independence of two regions" gave Japan recognising Russia
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "Japanese Prime Minister Kishida Fumio has announced sanctions against Russia for its"
        " unilateral recognition of the independence of two regions in eastern Ukraine."
    )
    assert keys(Annotator(ukraine), ukraine, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fourth session, a real Reuters report: a state's ally apposed to a contested
        # person is that state's stance ("Tehran's ally, Venezuelan President Nicolas Maduro")
        (
            "Rouhani denounced Washington for trying to topple Tehran's ally, Venezuelan"
            " President Nicolas Maduro.",
            {("country:IRN", "backs", "person:nicolas-maduro", "asserted")},
        ),
        (
            "Maduro, Moscow's closest ally in Latin America, spoke.",
            {("country:RUS", "backs", "person:nicolas-maduro", "asserted")},
        ),
        (
            "Moscow's ally Maduro spoke.",
            {("country:RUS", "backs", "person:nicolas-maduro", "asserted")},
        ),
        # the other way round as before: "Maduro's ally Cuba"
        (
            "Maduro's ally Cuba spoke.",
            {("country:CUB", "backs", "person:nicolas-maduro", "asserted")},
        ),
    ],
)
def test_a_states_ally_apposed_to_a_contested_person(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fifth session, a real AP report: the "as" clause has its own subjects, which
        # had been read as objects of "for Maduro" (and the first clause's states took over)
        (
            "Bolivia, Cuba and Nicaragua were the only countries in the region to voice support"
            " for Maduro as Argentina, Brazil and Peru backed Guaido.",
            {
                ("country:BOL", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CUB", "backs", "person:nicolas-maduro", "asserted"),
                ("country:NIC", "backs", "person:nicolas-maduro", "asserted"),
                ("country:ARG", "backs", "person:juan-guaido", "asserted"),
                ("country:BRA", "backs", "person:juan-guaido", "asserted"),
                ("country:PER", "backs", "person:juan-guaido", "asserted"),
            },
        ),
        # a real Reuters report: a finite predicate after the infinitive is the subject's,
        # not the urged person's ("called for Maduro to step down and have recognized")
        (
            "The United States has called for Maduro to step down and has recognized Juan Guaido"
            " as the country's legitimate president.",
            {("country:USA", "recognises", "person:juan-guaido", "asserted")},
        ),
        (
            "Canada urged Maduro to step down and recognised Juan Guaido.",
            {("country:CAN", "recognises", "person:juan-guaido", "asserted")},
        ),
        # (a bare form goes on with the infinitive: the urged party's intention)
        (
            "Canada urged Spain to act and recognise Juan Guaido.",
            {("country:ESP", "recognises", "person:juan-guaido", "intended")},
        ),
        # a real AFP report: the negation in the first gerund's quoted clause is its own
        (
            'Britain joined the US in declaring that Maduro was "not the legitimate leader of'
            ' Venezuela", and backing Guaido.',
            {
                ("country:GBR", "recognises", "person:nicolas-maduro", "negated"),
                ("country:USA", "recognises", "person:nicolas-maduro", "negated"),
                ("country:GBR", "backs", "person:juan-guaido", "asserted"),
                ("country:USA", "backs", "person:juan-guaido", "asserted"),
            },
        ),
        # a real Treasury release: what "continued to prop up" the regime is the operations
        (
            "The Treasury announced new sanctions on Minerven for promoting illicit gold"
            " operations that have continued to prop up the regime of President Nicolas Maduro.",
            {(None, "backs", "person:nicolas-maduro", "asserted")},
        ),
        # a real AP report: "is seeking to stop Maduro and his allies" is no copula
        (
            "The US government is seeking to stop Maduro and his allies from enriching themselves.",
            set(),
        ),
        (
            "Cuba is Maduro's main backer.",
            {("country:CUB", "backs", "person:nicolas-maduro", "asserted")},
        ),
        # a real BBC report: an honorific before the name set off after the title
        (
            "\"I recognise the president of Venezuela's assembly, Mr Juan Guaido, as president in"
            ' charge of Venezuela," Spanish Prime Minister Pedro Sanchez said.',
            {("country:ESP", "recognises", "person:juan-guaido", "asserted")},
        ),
    ],
)
def test_twenty_fifth_session_real_stances(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.fixture(scope="module")
def ukraine_case():
    return load_case("russia-ukraine-2022")


@pytest.fixture(scope="module")
def ukraine_annotator(ukraine_case):
    return Annotator(ukraine_case)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-fifth session, real reports (swissinfo, Al Jazeera, RFE/RL, DW)
        # what a stance is "over" is no object of it
        (
            "Switzerland had walked a tortuous line between showing solidarity with the West over"
            " what it calls Moscow's severe breach of international law and its neutrality.",
            set(),
        ),
        # the first half of "Russia-backed" modifies the object; it is none
        (
            "In 2018, Georgia cut ties with Syria after it recognised the Russia-backed breakaway"
            " states of South Ossetia and Abkhazia as independent.",
            set(),
        ),
        # a demonym before a title qualifies it: the person is the one supported
        (
            "Patriarch Kirill, an avid supporter of Russian President Vladimir Putin, was not on"
            " the list.",
            {("person:patriarch-kirill", "backs", "person:vladimir-putin", "asserted")},
        ),
        # a portfolio before "minister" is part of the title: the demonym names the state
        (
            '"As the federal government, we will stand by Ukraine," German transport minister'
            " Volker Wissing said.",
            {("country:DEU", "backs", "country:UKR", "intended")},
        ),
    ],
)
def test_twenty_fifth_session_real_ukraine_stances(ukraine_annotator, ukraine_case, text, expected):
    assert keys(ukraine_annotator, ukraine_case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, real AP and Reuters reports: "stand by as …" and "stand idly by
        # while …" are standing aside, not standing by someone
        (
            '"We will not stand by as Putin tries to annex parts of Ukraine," US Treasury'
            " Secretary Janet Yellen said.",
            set(),
        ),
        ("Britain will not stand idly by while Putin shells Kharkiv, Truss said.", set()),
        # (while "stand by Ukraine" still backs it)
        (
            "Britain will stand by Ukraine, Truss said.",
            {("country:GBR", "backs", "country:UKR", "intended")},
        ),
    ],
)
def test_twenty_sixth_session_standing_aside(ukraine_annotator, ukraine_case, text, expected):
    assert keys(ukraine_annotator, ukraine_case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, real AP, AFP and VOA reports on Venezuela
        # an adverb between the ally noun and its link
        (
            "Maduro, whose main backers also include Russia and China, says the U.S. is leading"
            " a coup.",
            {
                ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CHN", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
        # "which" as the object of a relative clause whose subject is named after it
        (
            "He was referring to the Maduro government, which the U.S. no longer recognizes.",
            {("country:USA", "recognises", "person:nicolas-maduro", "negated")},
        ),
        # an open question past a time phrase states no stance
        (
            "Asked on Tuesday whether China still recognises Maduro as president, the"
            " spokesman repeated that Beijing opposed interference.",
            set(),
        ),
        # (but "considering whether to recognise" is an intention)
        (
            "Officials said Japan was considering whether to recognise Juan Guaidó.",
            {("country:JPN", "recognises", "person:juan-guaido", "intended")},
        ),
    ],
)
def test_twenty_sixth_session_real_venezuela_stances(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_a_curly_apostrophe_negates(ukraine_annotator, ukraine_case):
    """Twenty-sixth session, a real Reuters report typed with curly apostrophes."""
    text = "Kazakhstan doesn’t recognise the Donetsk People's Republic."
    assert keys(ukraine_annotator, ukraine_case, text) == {
        ("country:KAZ", "recognises", "org:DPR", "negated")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-sixth session, real Venezuela reports (second batch)
        # an absolute clause's unnamed group does the recognising, not the main subject
        (
            "President Donald Trump in January declared Maduro illegitimate, with most Western"
            " and Latin American nations recognizing opposition leader Juan Guaido as interim"
            " president.",
            set(),
        ),
        # a country after a city a preposition governs is the same place, no antecedent
        (
            "A meeting was held in Lima, Peru, last week. Within days, those countries followed"
            " the United States in recognizing Guaido.",
            {("country:USA", "recognises", "person:juan-guaido", "asserted")},
        ),
    ],
)
def test_twenty_sixth_session_second_venezuela_stances(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_wanting_a_treaty_urges_nobody(ukraine_annotator, ukraine_case):
    """Twenty-sixth session: "wants" urges only the name right after it ("wants India to
    join"), not the states a wanted treaty would bind."""
    text = (
        "Kyiv wants an international treaty under which guarantor countries, which could include"
        " Turkey and Poland, would be obliged to come to Ukraine's aid."
    )
    assert not {k for k in keys(ukraine_annotator, ukraine_case, text) if k[0] == "country:POL"}


@pytest.mark.parametrize(
    "text",
    [
        # twenty-seventh session, real reports of 2020-24: a backing given as the reason for
        # punishing someone is the targets' act; the punisher backs nobody
        "The United States on Friday imposed sanctions on more than 400 entities and"
        " individuals for supporting Russia's war effort.",
        "US sanctions companies in China, Turkey over support for Russia's war",
        "The Treasury blacklisted two Russian traders for allegedly propping up Russia.",
    ],
)
def test_a_reason_for_a_measure_is_no_stance_of_the_punisher(ukraine_annotator, ukraine_case, text):
    assert keys(ukraine_annotator, ukraine_case, text) == set()


def test_a_warning_over_a_named_backers_support_keeps_its_stance(ukraine_annotator, ukraine_case):
    """The possessor names who backs: "warned Beijing over its support for Russia"."""
    text = (
        "Washington has repeatedly warned Beijing over its support for Russia's defence industry"
        " and has already issued sanctions."
    )
    found = keys(ukraine_annotator, ukraine_case, text)
    assert ("country:CHN", "backs", "country:RUS", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        # twenty-seventh session, real 2019 reports from regional outlets: an indefinite
        # backer names nobody, and support for an act is not support for its object
        'Bolton said sanctions could be imposed on "anyone who supports" the Venezuelan'
        " government.",
        "Sanctions could hit anyone who supports Maduro, Bolton warned.",
        "Any company that backs Maduro risks sanctions, Pompeo said.",
        "Guaidó travelled to Brussels to bolster support for ousting Maduro.",
    ],
)
def test_an_indefinite_backer_or_an_act_supported_is_no_stance(annotator, case, text):
    assert keys(annotator, case, text) == set()


def test_a_named_backer_before_who_keeps_its_stance(annotator, case):
    """ "Russia, which supports Maduro" names its backer: the guard is for indefinite ones."""
    text = "Russia, which supports Maduro, condemned the sanctions."
    assert ("country:RUS", "backs", "person:nicolas-maduro", "asserted") in keys(
        annotator, case, text
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-eighth session, real reports of 2019 (law firms, trade press, wires): pressure
        # on a party's president takes no side ("on Maduro's side" does)
        (
            "The Trump administration ratcheted up pressure on Venezuela's President Nicolas"
            " Maduro on Wednesday, announcing US recognition of Juan Guaido.",
            {("country:USA", "recognises", GUAIDO, "asserted")},
        ),
        # support for a cause, and support an infinitive's own subject gives up, are no
        # stance of the sentence's subject
        ("China voiced support for dialogue between Maduro and the opposition.", set()),
        (
            "Guaido tried to overthrow Maduro by rallying the military to abandon its support"
            " for him.",
            set(),
        ),
        # the one encouraged to recognise is unnamed: the encourager does not recognise
        (
            "Trump said in a statement, encouraging other governments in the Western Hemisphere"
            " to also recognise Guaido.",
            {(None, "recognises", GUAIDO, "intended")},
        ),
        # "as a legitimate leader" completes a negated recognition: no second, asserted one
        (
            "Maduro is not recognized by the U.S., Venezuela's neighbors, and European"
            " countries as a legitimate leader.",
            {
                ("country:USA", "recognises", MADURO, "negated"),
            },
        ),
        # a passive's agents after an unnamed first conjunct of five words; a passive regard
        (
            "Guaidó is recognized as the legitimate head of state by almost all Western"
            " Hemisphere countries, the European Parliament, and the United States.",
            {
                ("org:EU", "recognises", GUAIDO, "asserted"),  # the Parliament stands for it
                ("country:USA", "recognises", GUAIDO, "asserted"),
            },
        ),
        (
            "The sanctions target Guaido, who is regarded by Washington and most countries in"
            " Europe as Venezuela's interim leader.",
            {
                ("country:USA", "recognises", GUAIDO, "asserted"),
                (None, "recognises", GUAIDO, "asserted"),
            },
        ),
    ],
)
def test_real_report_wording_of_stances(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-eighth session, real reports of 2022-23: the republics called "the separatist
        # regions of Donetsk and Luhansk" are those entities, not parts of a state; the states
        # followed did it too
        (
            "Pyongyang followed Russia and Syria in recognising the separatist regions of Donetsk"
            " and Luhansk as independent states.",
            {
                (actor, "recognises", subject, "asserted")
                for actor in ("country:PRK", "country:RUS", "country:SYR")
                for subject in ("org:DPR", "org:LPR")
            },
        ),
        # a short form in brackets between two coordinated place names
        (
            "Putin recognized Donetsk (DPR) and Luhansk People's Republics (LPR) on Monday.",
            {
                ("country:RUS", "recognises", "org:DPR", "asserted"),
                ("country:RUS", "recognises", "org:LPR", "asserted"),
            },
        ),
        # guard: the regions of a state are its parts
        ("Moscow recognised the breakaway regions of Ukraine.", set()),
    ],
)
def test_recognised_regions_named_by_their_places(ukraine_annotator, ukraine_case, text, expected):
    assert keys(ukraine_annotator, ukraine_case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-eighth session, real briefings and speeches: "the legitimate sitting
        # President" is a leader's title; supporting "the dialogue process" backs no party
        (
            "Pompeo expressed his congratulations to Mr. Guaido as Venezuela's legitimate"
            " sitting President.",
            {("country:USA", "recognises", GUAIDO, "asserted")},
        ),
        (
            "The United States said it would support the dialogue process of the Venezuelan"
            " government and the opposition.",
            set(),
        ),
    ],
)
def test_a_sitting_president_and_a_supported_process(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_opposing_shipments_to_a_party_is_no_stance_on_it(ukraine_annotator, ukraine_case):
    """Twenty-eighth session, a real Brazilian report: "opposed the West's weapon shipments
    to Ukraine" opposes the shipments, not Ukraine."""
    text = "Brazil also opposed the West's weapon shipments to Ukraine."
    assert keys(ukraine_annotator, ukraine_case, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-ninth session, real reports (an explainer, a wire story): a participle set off
        # by commas backs the common noun before it, not the sentence's other subject
        (
            "Although the United States recognises Guaidó as interim president, the military"
            " high command, supported by Russia and Cuba, has remained loyal to Maduro.",
            {("country:USA", "recognises", "person:juan-guaido", "asserted")},
        ),
        # support a party has or lacks, from no giver named, is nobody's stance
        (
            "Maduro appeared alongside troops on Sunday, with Guaidó admitting he does not have"
            " the necessary support.",
            set(),
        ),
        # guards: the giver named
        (
            "Maduro has the backing of Russia, China and Turkey.",
            {
                ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CHN", "backs", "person:nicolas-maduro", "asserted"),
                ("country:TUR", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
        (
            "Guaidó, supported by the United States, called for protests.",
            {("country:USA", "backs", "person:juan-guaido", "asserted")},
        ),
    ],
)
def test_backing_of_a_common_noun_and_support_had_from_nobody(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-ninth session, a declaration (PA, dev): a subject "they" continuing the
        # "they" of the sentence before stands for what that one did, back to the names
        (
            "The Governments of Brazil, Peru and Chile, meeting in Lima, declare the following:"
            "\n\n1. They reiterate that the election lacked legitimacy. Consequently, they do"
            " not recognise Maduro.",
            {
                ("country:BRA", "recognises", "person:nicolas-maduro", "negated"),
                ("country:PER", "recognises", "person:nicolas-maduro", "negated"),
                ("country:CHL", "recognises", "person:nicolas-maduro", "negated"),
            },
        ),
        # the holder of an office named past its noun phrase
        (
            "Peru does not recognise the legitimacy of the new presidential term of Nicolás"
            " Maduro.",
            {("country:PER", "recognises", "person:nicolas-maduro", "negated")},
        ),
    ],
)
def test_a_chain_of_they_and_an_offices_holder(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-ninth session, a foreign ministry's declaration (PA, dev): a conjunct of the
        # same verb set off by commas shares its object; a person in apposition to a title
        (
            "Cuba does not recognise, and will never recognise, the usurper Juan Guaidó.",
            {("country:CUB", "recognises", "person:juan-guaido", "negated")},
        ),
        (
            "Cuba reiterates its firm solidarity with the constitutional President, Nicolás"
            " Maduro.",
            {("country:CUB", "backs", "person:nicolas-maduro", "asserted")},
        ),
        # the support that several states, among others, have given to a titled party
        (
            "Havana values the support that Russia and China, among many others, have given to"
            " President Maduro.",
            {
                ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CHN", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
    ],
)
def test_shared_objects_titled_appositions_and_support_given(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


def test_a_private_group_a_participle_describes_is_nobodys_stance(annotator, case):
    """Twenty-ninth session (PC, dev): in "Washington has warned that Russian firms propping
    up Maduro could be sanctioned" the firms prop him up, not Washington."""
    text = "Washington has warned that Russian firms propping up Maduro could be sanctioned."
    assert keys(annotator, case, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-ninth session, real Caribbean and Indian reports (real21): an age before the
        # name does not end the object; recognising a party's appointee is no recognition of
        # the party
        (
            "Canada will recognise the 35-year-old Guaidó if Maduro fails to call elections.",
            {("country:CAN", "recognises", "person:juan-guaido", "conditional")},
        ),
        ("Brazil refused to recognise Juan Guaidó's choice as Venezuela's ambassador.", set()),
        # guard: his title is his
        (
            "Brazil recognised Venezuela's interim president, Juan Guaidó.",
            {("country:BRA", "recognises", "person:juan-guaido", "asserted")},
        ),
    ],
)
def test_an_age_before_the_object_and_a_partys_appointee(annotator, case, text, expected):
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # twenty-ninth session, real Asian and African reports of 2022 (real22): backing a
        # campaign against a party is no backing of it; a party's "republics" in quote marks
        # are its claim, not the party recognised (an accusation of siding with a party is
        # still read as the accused's stance, as the older sets' golds have it)
        "South Korea joined the coalition in a move to back a campaign to hold Moscow accountable.",
        'Syria said it would not recognise Russia\'s "republics" of Donetsk and Luhansk.',
    ],
)
def test_campaigns_and_quoted_claims_are_no_stances(ukraine_annotator, ukraine_case, text):
    assert keys(ukraine_annotator, ukraine_case, text) == set()


def test_the_names_a_relative_on_a_group_is_equated_with_act(annotator, case):
    """Twenty-ninth session, a real Caribbean report (real21): "Other countries which have
    recognised Guaidó as interim president are Canada, the UK and Brazil": the names after
    the copula are the group that acts."""
    text = (
        "Other countries which have recognised Guaidó as interim president are Canada, the UK"
        " and Brazil."
    )
    assert {k for k in keys(annotator, case, text) if k[0]} == {
        ("country:CAN", "recognises", "person:juan-guaido", "asserted"),
        ("country:GBR", "recognises", "person:juan-guaido", "asserted"),
        ("country:BRA", "recognises", "person:juan-guaido", "asserted"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # twenty-ninth session, a real Argentine report (real22): the one thanked backs the
        # thanker; a thanker who is no party makes no row (never the thanker backing)
        (
            "Argentine President Alberto Fernández thanked Vladimir Putin for his support"
            " during the pandemic.",
            set(),
        ),
        (
            "Zelensky thanked Boris Johnson for his support.",
            {("country:GBR", "backs", "person:volodymyr-zelensky", "asserted")},
        ),
    ],
)
def test_thanks_for_support(ukraine_annotator, ukraine_case, text, expected):
    assert keys(ukraine_annotator, ukraine_case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the punished back Russia, not the one who punishes them (a reason for a measure:
        # no stance read; an unnamed group in a relative: no actor named)
        (
            "The Commerce Department on Tuesday put trade curbs on 14 firms in China and"
            " Turkey for acting in support of Russia's army.",
            set(),
        ),
        (
            "Ottawa is also sanctioning people who support the Kremlin's war.",
            {(None, "backs", "country:RUS", "asserted")},
        ),
        (
            "London sanctioned 12 firms that back Russia's war.",
            {(None, "backs", "country:RUS", "asserted")},
        ),
    ],
)
def test_the_punished_take_the_stance_of_their_reason(
    ukraine_annotator, ukraine_case, text, expected
):
    """Thirtieth session, real reports of 2022-23: "imposing export controls on 28 entities
    … for acting in support of Russia's military" had made the US back Russia."""
    assert keys(ukraine_annotator, ukraine_case, text) == expected


def test_coordinated_possessors_all_hold_the_stance(annotator, case):
    """Thirtieth session, a real report of 2019: "denounced China's and Russia's support for
    Maduro" kept only Russia."""
    text = "Pompeo criticised Cuba's, Iran's and Russia's backing of Maduro on Friday."
    assert keys(annotator, case, text) == {
        ("country:CUB", "backs", MADURO, "asserted"),
        ("country:IRN", "backs", MADURO, "asserted"),
        ("country:RUS", "backs", MADURO, "asserted"),
    }


def test_a_backed_description_names_the_party_just_named(annotator, case):
    """Thirtieth session, a real report of 2019: "the U.S.-backed leader" with no name after
    it is the contested person named just before."""
    text = (
        "Juan Guaidó arrived in Cúcuta on Saturday. As scuffles broke out, the U.S.-backed"
        " leader climbed onto a truck."
    )
    assert keys(annotator, case, text) == {("country:USA", "backs", GUAIDO, "asserted")}
    nobody = "As scuffles broke out, the U.S.-backed leader climbed onto a truck."
    assert keys(annotator, case, nobody) == set()


def test_support_for_a_common_noun_backs_no_party(annotator, case):
    """Thirty-first session, a real report of 2022 (and two regression articles): "sanctions
    will target Maduro's revenue, and the U.S. will strengthen support for civil society"
    backs civil society, not the party named before the noun."""
    text = (
        "Pompeo said sanctions will target Maduro's oil revenue, and that the U.S. will"
        " strengthen support for civil society and independent media."
    )
    assert keys(annotator, case, text) == set()
    named = "Pompeo said the U.S. will strengthen its support for Juan Guaidó."
    assert keys(annotator, case, named) == {
        ("country:USA", "backs", "person:juan-guaido", "intended")
    }


def test_toppling_the_legitimate_government_recognises_no_one(annotator, case):
    """Thirty-first session, a real report of 2019: "Maduro has accused Guaidó of conspiring
    to overthrow the country's legitimate government" had made Maduro recognise Guaidó."""
    text = (
        "Maduro has accused Guaido of conspiring with Washington to overthrow the country's"
        " legitimate government."
    )
    assert keys(annotator, case, text) == set()


def test_a_dashed_aside_inside_a_list_of_actors_keeps_the_list(annotator, case):
    """Thirty-first session, a real report of 2019: "Germany, France, Spain – which has
    167,000 nationals in Venezuela – Great Britain and Sweden recognised Guaidó" had kept
    only the names after the aside."""
    text = (
        "Germany, France, Spain – which has 167,000 nationals in Venezuela – Great Britain"
        " and Sweden recognised Guaido on Monday."
    )
    actors = {key[0] for key in keys(annotator, case, text)}
    assert actors == {"country:DEU", "country:FRA", "country:ESP", "country:GBR", "country:SWE"}


def test_a_fronted_passive_backs_the_subject_after_its_agents(annotator, case):
    """Thirty-first session, a real report of 2019: "Supported by Russia, China, Turkey and
    Cuba, Nicolás Maduro has refused …" had given no stance (the backed party stands after
    the comma that closes the agents)."""
    text = "Supported by Russia, China, Turkey and Cuba, Nicolas Maduro has refused to step down."
    assert keys(annotator, case, text) == {
        (state, "backs", "person:nicolas-maduro", "asserted")
        for state in ("country:RUS", "country:CHN", "country:TUR", "country:CUB")
    }


def test_an_absolute_with_phrase_names_no_actor_of_the_main_clause():
    """Thirty-first session, a real report of 2022: in '"With Russia vetoing UN sanctions, we
    must act ourselves to support Ukraine," Ardern said' Russia is the subject of the
    absolute phrase only; it backs no one."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        '"With Russia vetoing UN sanctions, we must act ourselves to support Ukraine," Ardern said.'
    )
    assert ("country:RUS", "backs", "country:UKR", "asserted") not in keys(
        Annotator(ukraine), ukraine, text
    )


@pytest.mark.parametrize(
    "text",
    [
        "Neither were representatives of the self-proclaimed interim president, Juan Guaidó,"
        " whom Washington recognises.",
        "Officials said the sanctions would be lifted only if Maduro hands over power to Juan"
        " Guaido, whom Washington recognises as the country's interim president.",
    ],
)
def test_a_relative_aside_keeps_its_own_modality(annotator, case, text):
    """Thirty-first session, from RA's errors: the main clause's "Neither …" or "only if …"
    is not the modality of ", whom Washington recognises" (it had made the recognition
    negated or conditional)."""
    assert keys(annotator, case, text) == {
        ("country:USA", "recognises", "person:juan-guaido", "asserted")
    }


def test_a_group_led_by_named_states_names_them(annotator, case):
    """Thirty-first session, from RC's errors: "recognised as interim president by nearly 60
    countries, led by the United States, Canada, Brazil and Colombia" names four of them; a
    group led by others after "against" does not act ("against a group, led by Russia")."""
    text = (
        "Guaidó was recognised as interim president by nearly 60 countries, led by the United"
        " States, Canada, Brazil and Colombia."
    )
    actors = {key[0] for key in keys(annotator, case, text)} - {None}  # (and the unnamed rest)
    assert actors == {"country:USA", "country:CAN", "country:BRA", "country:COL"}
    other = (
        "More than 20 governments had recognised Guaidó, against a smaller group, led by Russia"
        " and China, that continues to recognise Maduro."
    )
    assert not any(
        key[0] in {"country:RUS", "country:CHN"} and key[2] == "person:juan-guaido"
        for key in keys(annotator, case, other)
    )


def test_the_self_styled_leader_is_the_challenger_just_named(annotator, case):
    """Thirty-first session, from RA's errors (and an older regression article): "refused to
    recognise the self-appointed leader" is about the challenger just named, not the
    incumbent; with nobody contested named before, nobody."""
    text = (
        "Juan Guaidó arrived in Caracas on Monday. Russia, China and Cuba have refused to"
        " recognise the self-appointed leader."
    )
    assert keys(annotator, case, text) == {
        (state, "recognises", "person:juan-guaido", "negated")
        for state in ("country:RUS", "country:CHN", "country:CUB")
    }
    alone = "Russia, China and Cuba have refused to recognise the self-appointed leader."
    assert keys(annotator, case, alone) == set()


def test_a_government_headed_by_its_leader_names_him_further_on(annotator, case):
    """Thirty-first session, from RA's errors: "will continue to support the legitimate
    government of Venezuela headed by President Nicolas Maduro" backs Maduro; his name stood
    past the object's usual reach."""
    text = (
        "Russia will continue to support the legitimate government of Venezuela headed by"
        " President Nicolas Maduro."
    )
    assert keys(annotator, case, text) == {
        ("country:RUS", "backs", "person:nicolas-maduro", "intended")
    }


def test_speaking_in_defence_of_a_party_backs_it(annotator, case):
    """Thirty-first session, from RA's errors: "the envoys of Iran, Syria and Nicaragua also
    spoke in defence of the Maduro government" back Maduro; speaking in defence of a thing
    ("the constitution") backs no party."""
    text = "The envoys of Iran, Syria and Nicaragua also spoke in defence of the Maduro government."
    assert keys(annotator, case, text) == {
        (state, "backs", "person:nicolas-maduro", "asserted")
        for state in ("country:IRN", "country:SYR", "country:NIC")
    }
    assert keys(annotator, case, "Iran spoke in defence of the constitution.") == set()


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The EU calls Guaidó the interim president.", "asserted"),
        (
            "In January the EU stopped calling Juan Guaidó the country's interim president.",
            "negated",
        ),
        ("The EU stopped recognising Guaidó in 2021.", "negated"),
    ],
)
def test_calling_someone_the_president_and_stopping_it(annotator, case, text, modality):
    """Thirty-first session, from RC's errors: "calls X the interim president" takes X for the
    leader, as "considers X the interim president" does; a stance stopped ("stopped calling",
    "stopped recognising") is no longer held."""
    assert keys(annotator, case, text) == {("org:EU", "recognises", "person:juan-guaido", modality)}


def test_a_second_predicate_through_an_infinitive_shares_the_subject(annotator, case):
    """Thirty-second session, from SA's errors: in "Trinidad and Tobago recognises Nicolás
    Maduro as Venezuela's president and has declined to recognise Juan Guaidó" Trinidad
    declines, not Venezuela (the possessor just before "and")."""
    text = (
        "Trinidad and Tobago, like most of CARICOM, recognises Nicolás Maduro as Venezuela's"
        " president and has declined to recognise Juan Guaidó."
    )
    assert keys(annotator, case, text) == {
        ("country:TTO", "recognises", "person:nicolas-maduro", "asserted"),
        ("country:TTO", "recognises", "person:juan-guaido", "negated"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Italy has not recognised Juan Guaidó, and neither have Mexico and Uruguay.",
        "Italy has not recognised Juan Guaidó. Nor have Mexico and Uruguay.",
    ],
)
def test_neither_have_takes_the_negated_stance_again(annotator, case, text):
    """Thirty-second session, from SC's errors: "…, and neither have Mexico and Uruguay" and
    "Nor have Mexico and Uruguay." deny the recognition just denied (they had no row); after
    an asserted stance they add nothing."""
    assert keys(annotator, case, text) == {
        (state, "recognises", "person:juan-guaido", "negated")
        for state in ("country:ITA", "country:MEX", "country:URY")
    }
    asserted = "Italy has recognised Juan Guaidó, and neither have Mexico and Uruguay."
    assert {key[0] for key in keys(annotator, case, asserted)} == {"country:ITA"}


def test_a_clause_opened_by_nor_negates_its_own_stance(annotator, case):
    """Thirty-second session, from SC's errors: in "Italy has not recognised Juan Guaidó,
    nor does Brazil back Nicolás Maduro" Brazil does not back Maduro (it had been asserted);
    the names of a bare "nor has Spain" take the first stance."""
    text = "Italy has not recognised Juan Guaidó, nor does Brazil back Nicolás Maduro."
    assert keys(annotator, case, text) == {
        ("country:ITA", "recognises", "person:juan-guaido", "negated"),
        ("country:BRA", "backs", "person:nicolas-maduro", "negated"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The 54 that recognise him include the United States, Canada and Brazil.",
        "The governments that recognise Juan Guaidó include the United States, Canada and Brazil.",
    ],
)
def test_the_members_a_recognising_group_includes_recognise(annotator, case, text):
    """Thirty-second session, from SC's errors: "The 54 that recognise him include the United
    States, Canada, …" names members of the recognising group (they had no row)."""
    context = "Juan Guaidó declared himself interim president. "
    found = keys(annotator, case, context + text)
    assert {
        (state, "recognises", "person:juan-guaido", "asserted")
        for state in ("country:USA", "country:CAN", "country:BRA")
    } <= found


def test_unnamed_ones_thanked_for_a_stance_are_nobody_charted(annotator, case):
    """Thirty-second session, from SA's errors: "he thanked the governments in the room for
    standing with Guaidó" is their stance, not the thanker's (Pompeo, so the US, had backed
    Guaidó); thanking a named state still gives that state's."""
    unnamed = (
        "Mike Pompeo visited Kingston. He thanked the governments in the room for standing with"
        " Guaidó."
    )
    assert keys(annotator, case, unnamed) == set()
    named = "Pompeo thanked Colombia for standing with Guaidó."
    assert keys(annotator, case, named) == {
        ("country:COL", "backs", "person:juan-guaido", "asserted")
    }


def test_the_owner_of_a_role_in_backing_backs(annotator, case):
    """Thirty-third session, from TC's errors: "… asks the State Department to report on
    Cuba's role in propping up Maduro" is Cuba's stance, not the State Department's (the
    possessor had been passed over as a name after a preposition)."""
    text = "The bill asks the State Department to report on Cuba's role in propping up Maduro."
    assert keys(annotator, case, text) == {
        ("country:CUB", "backs", "person:nicolas-maduro", "asserted")
    }


def test_supporters_in_a_capital_are_people_there(annotator, case):
    """Thirty-third session, from TA's errors: "Guaidó's supporters in Lisbon" are people in
    Lisbon, not Portugal's government; "Maduro's allies in Moscow" still are Russia's."""
    crowd = "Guaidó's supporters in Lisbon marched on Saturday."
    assert keys(annotator, case, crowd) == set()
    allies = "Maduro's allies in Moscow condemned the vote."
    assert keys(annotator, case, allies) == {
        ("country:RUS", "backs", "person:nicolas-maduro", "asserted")
    }


def test_whom_recognised_as_a_title_is_the_person_before(annotator, case):
    """Thirty-third session, from TA's errors: "Jorge Pérez, whom Cuba recognised as
    president of the National Assembly" recognises Pérez, not the title's usual holder
    (Guaidó, whose alias it is); "Guaidó, whom Spain recognised as interim president" is
    still Spain's stance."""
    other = (
        "The list includes the deputy Jorge Pérez, whom Cuba recognised as president of the"
        " National Assembly in January."
    )
    assert keys(annotator, case, other) == set()
    own = "Guaidó, whom Spain recognised as interim president, toured Europe."
    assert keys(annotator, case, own) == {
        ("country:ESP", "recognises", "person:juan-guaido", "asserted")
    }


def test_whom_after_a_description_naming_a_body_is_the_person_described(annotator, case):
    """Thirty-third session, from TC's errors: "Juan Guaidó, the 35-year-old head of the
    opposition-controlled National Assembly, whom Peru recognised on 23 January" is Peru's
    stance ("whom" had been read as the National Assembly, named last)."""
    text = (
        "The rival is Juan Guaidó, the 35-year-old head of the opposition-controlled National"
        " Assembly, whom Peru recognised on 23 January."
    )
    assert keys(annotator, case, text) == {
        ("country:PER", "recognises", "person:juan-guaido", "asserted")
    }


def test_support_to_people_a_demonym_qualifies_backs_no_party():
    """Thirty-third session, from TD's errors: "Fridman and Aven belonged to Vladimir Putin's
    inner circle and had given financial support to Russian decision-makers" backs no party
    named before (Putin had been taken as the one supported)."""
    ukraine = load_case("russia-ukraine-2022")
    text = (
        "The EU General Court ruled for the bankers Mikhail Fridman and Petr Aven on Wednesday."
        " The Council had argued that Fridman and Aven belonged to Vladimir Putin's inner circle"
        " and had given financial support to Russian decision-makers."
    )
    assert keys(Annotator(ukraine), ukraine, text) == set()


def test_him_after_a_recognising_verb_is_whom_the_sentence_before_recognised(annotator, case):
    """Thirty-fourth session, from UA's errors: when the sentence before names both parties,
    "to recognise him" repeats that sentence's recognition, so "him" is the party it
    recognised, not the one named last."""
    text = (
        "Most EU governments recognised opposition leader Juan Guaidó on Monday, after Nicolás"
        " Maduro ignored their ultimatum. Austria and Sweden were among the first to recognise"
        " him."
    )
    found = keys(annotator, case, text)
    assert ("country:AUT", "recognises", "person:juan-guaido", "asserted") in found
    assert not any(key[2] == "person:nicolas-maduro" for key in found)


def test_as_did_after_a_quantified_relative_aside_repeats_the_main_verb(annotator, case):
    """Thirty-fourth session, from UC's errors: in "Spain and Italy, both of which recognised
    Guaidó last month, backed the resolution, as did Chile" Chile repeats the vote, not the
    recognition told in the ", both of which …" aside."""
    text = (
        "Spain and Portugal, both of which recognised Juan Guaidó last month, backed the"
        " draft, as did Chile and Peru."
    )
    found = keys(annotator, case, text)
    assert ("country:ESP", "recognises", "person:juan-guaido", "asserted") in found
    assert not any(key[0] in {"country:CHL", "country:PER"} for key in found)


def test_what_someone_called_the_legitimate_president_is_asserted(annotator, case):
    """Thirty-fourth session, from UC's errors: in "Havana said Washington could be planning
    to oust what it called Venezuela's legitimate president, Nicolás Maduro" the planning is
    Washington's, feared; the naming is Cuba's, and asserted."""
    text = (
        "Cuba said the United States could be preparing an invasion to oust what it called"
        " Venezuela's legitimate president, Nicolás Maduro."
    )
    assert ("country:CUB", "recognises", "person:nicolas-maduro", "asserted") in keys(
        annotator, case, text
    )


def test_back_after_a_verb_of_motion_is_an_adverb_not_a_backing(annotator, case):
    """Thirty-fourth session, from UC's errors: "there would be no turning back until Maduro
    leaves power" and "Mexico has stepped back and left Maduro alone" back nobody."""
    for text in (
        'Pence told the Lima Group there would be "no turning back" until Nicolás Maduro goes.',
        "Mexico has stepped back and left Nicolás Maduro alone.",
    ):
        assert keys(annotator, case, text) == set()


def test_all_three_governments_after_leaders_named_with_their_states(annotator, case):
    """Thirty-fourth session, from UC's errors: "It was seen off by President Iván Duque,
    Peru's Martín Vizcarra, Ecuador's Lenín Moreno and the OAS's Luis Almagro. All three
    governments recognise Guaidó." counts the three states the leaders stand for ("all" opens
    the counted group as "the" does); the OAS is no government."""
    text = (
        "The convoy was seen off by President Iván Duque, Peru's Martín Vizcarra, Ecuador's"
        " Lenín Moreno and the OAS secretary general, Luis Almagro. All three governments"
        " recognise Guaidó as Venezuela's interim president."
    )
    found = {key[0] for key in keys(annotator, case, text)}
    assert {"country:PER", "country:ECU"} <= found
    assert "org:OAS" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Brazil, Colombia and Mexico asked for the tally sheets. None of the three has"
        " recognised Maduro's victory.",
        "The talks were called by Brazil, Colombia and Mexico, none of which has recognised"
        " Maduro's victory.",
    ],
)
def test_none_of_a_counted_group_denies_the_stance(annotator, case, text):
    """Thirty-fifth session, from VA's errors: "None of the three has recognised Maduro's
    victory" denies the recognition for each of the three (it had been asserted)."""
    assert keys(annotator, case, text) == {
        (actor, "recognises", "person:nicolas-maduro", "negated")
        for actor in ("country:BRA", "country:COL", "country:MEX")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "None of this stopped Brazil from recognising Guaidó.",
            ("country:BRA", "recognises", "person:juan-guaido", "asserted"),
        ),
        (
            "None of the sanctions changed Russia's support for Maduro.",
            ("country:RUS", "backs", "person:nicolas-maduro", "asserted"),
        ),
    ],
)
def test_none_of_that_is_no_subject_denies_nothing(annotator, case, text, expected):
    """Review of the thirty-fifth session: "none of" denies the stance only as its subject
    ("None of the three has recognised"), not "None of this stopped Brazil from …"."""
    assert expected in keys(annotator, case, text)


def test_congratulating_a_contested_winner_backs_him(annotator, case):
    """Thirty-fifth session, from VA's errors: "The presidents of Cuba, Bolivia and Honduras
    were among the first to congratulate Maduro" and "China's foreign ministry congratulated
    him" take the winner's side (backs, asserted); congratulating someone else backs no
    subject."""
    text = (
        "Maduro was declared the winner. The presidents of Cuba and Bolivia were among the"
        " first to congratulate Maduro, and China's foreign ministry congratulated him too."
    )
    assert keys(annotator, case, text) == {
        (actor, "backs", "person:nicolas-maduro", "asserted")
        for actor in ("country:CUB", "country:BOL", "country:CHN")
    }
    assert keys(annotator, case, "Russia congratulated the new speaker, Luis Parra.") == set()


@pytest.mark.parametrize("link", ["; both", ". Both", ". They"])
def test_both_after_two_leaders_named_with_their_states(annotator, case, link):
    """Thirty-fifth session, from VA's errors: "Cuba's Miguel Díaz-Canel and Nicaragua's
    Daniel Ortega were the only foreign heads of state in the chamber; both have stood by
    Maduro since July" is the two leaders, each for a state (it had been nobody)."""
    text = (
        "Cuba's Miguel Díaz-Canel and Nicaragua's Daniel Ortega were the only foreign heads of"
        f" state in the chamber{link} have stood by Maduro since July."
    )
    assert keys(annotator, case, text) == {
        ("country:CUB", "backs", "person:nicolas-maduro", "asserted"),
        ("country:NIC", "backs", "person:nicolas-maduro", "asserted"),
    }


def test_who_after_a_list_of_people_of_their_states(annotator, case):
    """Thirty-fifth session, from VC's errors: "alongside presidents Iván Duque of Colombia,
    Sebastián Piñera of Chile and Mario Abdo Benítez of Paraguay, who had come to the city
    to support him" — each "<person> of <state>" item is the relative's antecedent (only
    the middle one had been read)."""
    text = (
        "Juan Guaidó crossed into Cúcuta on Friday. He appeared at the concert alongside"
        " presidents Iván Duque of Colombia, Sebastián Piñera of Chile and Mario Abdo Benítez"
        " of Paraguay, who had come to the city to support him."
    )
    assert {key[0] for key in keys(annotator, case, text)} == {
        "country:COL",
        "country:CHL",
        "country:PRY",
    }


def test_him_after_a_paragraph_about_another_person(annotator, case):
    """Thirty-fifth session, from VA's errors: "Maduro was sworn in. … Edmundo González is in
    Santo Domingo. He met Joe Biden on Monday. Argentina's president, Javier Milei, who
    received him on Saturday, calls him Venezuela's president-elect." is about González (no
    subject of the case): no stance toward Maduro, the story's earlier topic."""
    text = (
        "Nicolás Maduro was sworn in for a third term on Friday. Cuba backs him.\n\n"
        "Edmundo González, who had promised to be sworn in today, is in Santo Domingo. He met"
        " Joe Biden at the White House on Monday. Argentina's president, Javier Milei, who"
        " received him in Buenos Aires on Saturday, calls him Venezuela's president-elect."
    )
    found = keys(annotator, case, text)
    assert ("country:CUB", "backs", "person:nicolas-maduro", "asserted") in found
    assert not any(key[0] == "country:ARG" for key in found)


def test_together_with_the_other_governments_of_a_bloc(annotator, case):
    """Thirty-fifth session, from VC's errors: "Brasília, which together with the other
    governments of the Lima Group refused to recognise Nicolás Maduro's re-election, …" —
    the companions are the bloc (a collective standing for a bloc is that bloc)."""
    text = (
        "Brasília, which together with the other governments of the Lima Group refused to"
        " recognise Nicolás Maduro's re-election in May, has kept its consulates open."
    )
    assert keys(annotator, case, text) == {
        ("country:BRA", "recognises", "person:nicolas-maduro", "negated"),
        ("org:LIMA_GROUP", "recognises", "person:nicolas-maduro", "negated"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name after a comma's "after" is the subject of the clause it opens
        (
            "Caracas cut diplomatic ties in 2019, after Ottawa recognised Juan Guaidó as"
            " interim president.",
            {("country:CAN", "recognises", "person:juan-guaido", "asserted")},
        ),
        (
            "Maduro's government expelled the ambassador, before Madrid had recognised Guaidó.",
            {("country:ESP", "recognises", "person:juan-guaido", "asserted")},
        ),
        (
            "Ecuador cut ties in 2019, after Washington and Ottawa recognised Guaidó.",
            {
                ("country:USA", "recognises", "person:juan-guaido", "asserted"),
                ("country:CAN", "recognises", "person:juan-guaido", "asserted"),
            },
        ),
    ],
)
def test_the_subject_of_a_clause_of_time(annotator, case, text, expected):
    """Thirty-sixth session, from WC's errors: "…, after Washington recognised Juan Guaidó as
    interim president" was read as the opening subject's (Maduro's) recognition."""
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside ", with X," names who stands with the subject
        (
            "Cuba remains, with Nicaragua and Bolivia, one of Maduro's closest allies.",
            {
                ("country:CUB", "backs", "person:nicolas-maduro", "asserted"),
                ("country:NIC", "backs", "person:nicolas-maduro", "asserted"),
                ("country:BOL", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
        # a copula after "and" is a second predicate: its subject opens the sentence
        (
            "Turkey has lent Caracas $1bn and is one of Maduro's main backers.",
            {("country:TUR", "backs", "person:nicolas-maduro", "asserted")},
        ),
        # not past a saying verb or a subordinate clause
        (
            "Brazil recognised Guaidó, while Bolivia sends fuel to Caracas and is one of"
            " Maduro's allies.",
            {
                ("country:BRA", "recognises", "person:juan-guaido", "asserted"),
                ("country:BOL", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
        (
            "Iran sends fuel to Caracas and is, with Syria, among Maduro's allies.",
            {
                ("country:IRN", "backs", "person:nicolas-maduro", "asserted"),
                ("country:SYR", "backs", "person:nicolas-maduro", "asserted"),
            },
        ),
    ],
)
def test_allies_with_an_aside_and_in_a_second_predicate(annotator, case, text, expected):
    """Thirty-sixth session, from WA's errors: "China has lent Caracas more than $60 billion
    since 2007 and remains, with Russia, one of Maduro's main backers" gave Russia alone."""
    assert keys(annotator, case, text) == expected


def test_a_plural_group_apposed_to_a_list_of_states(annotator, case):
    """Thirty-sixth session, from WA's errors: "There were none from Russia, Cuba or
    Nicaragua, the governments that have stood by Maduro …" — the relative's group noun is
    apposed to the states listed before it (an "or" list too)."""
    text = (
        "No message came from Bolivia, Iran or Syria, the three governments that have backed"
        " Maduro since the vote."
    )
    assert keys(annotator, case, text) == {
        ("country:BOL", "backs", "person:nicolas-maduro", "asserted"),
        ("country:IRN", "backs", "person:nicolas-maduro", "asserted"),
        ("country:SYR", "backs", "person:nicolas-maduro", "asserted"),
    }


def test_a_fronted_duration_without_a_comma(annotator, case):
    """Thirty-sixth session, from WD's errors: "For nearly eight years Moscow armed and backed
    the two entities but stopped short of recognising them" — the subject after a fronted
    duration with no comma is the sentence's, shared by the predicate after "but"."""
    text = "For nearly four years Bolivia backed Guaidó but stopped short of recognising him."
    assert keys(annotator, case, text) == {
        ("country:BOL", "backs", "person:juan-guaido", "asserted"),
        ("country:BOL", "recognises", "person:juan-guaido", "negated"),
    }


def test_the_27_member_states_are_the_eu(ukraine):
    """Thirty-sixth session, from WB's errors: "the 27 member states, which have stood with
    Ukraine since the first hours of the war" — the EU's members acting together are the
    bloc (the gazetteer's aliases)."""
    case, annotator = ukraine
    text = "The measures were approved by the 27 member states, which back Kyiv."
    assert keys(annotator, case, text) == {("org:EU", "backs", "country:UKR", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "In Havana, the minister, sent to reassure Bolivia's leaders, said Maduro would stand"
        " by his allies.",
        "Ankara, he said, had no plans to impose sanctions on Venezuela for now, and would"
        " assess the situation together with Maduro's allies.",
    ],
)
def test_an_ally_noun_past_a_clause_is_no_apposition(annotator, case, text):
    """Thirty-sixth session, from WD's errors: in "Joe Biden, sent to reassure NATO's eastern
    members, said the United States stood with Ukraine and would stand by its NATO allies"
    the allies hang on no name before the comma: a saying verb or an auxiliary stands
    between."""
    assert keys(annotator, case, text) == set()


def test_the_government_in_kiev_is_ukraine(ukraine):
    """Thirty-sixth session, from WD's errors: the case file's "government in Kyiv" in its
    older spelling ("The United States and the European Union, which back the new government
    in Kiev, …", a 2014 report)."""
    case, annotator = ukraine
    text = "Canada, which backs the new government in Kiev, sent observers."
    assert keys(annotator, case, text) == {("country:CAN", "backs", "country:UKR", "asserted")}


def test_a_condition_in_a_later_clause_with_its_own_subject(annotator, case):
    """Thirty-sixth session, from WB's errors: "Yet Iran has backed Moscow diplomatically
    throughout, …, and its supreme leader … said in July that if Russia had not taken the
    initiative, …" — the condition belongs to the clause after ", and" with a subject of
    its own, not to the backing."""
    text = (
        "Cuba has backed Maduro throughout, and its foreign minister said that if the US"
        " invaded, Havana would resist."
    )
    assert keys(annotator, case, text) == {
        ("country:CUB", "backs", "person:nicolas-maduro", "asserted")
    }
    # the last item of an object list is no clause of its own
    listed = (
        "Spain would recognise Guaidó, his deputies, and the National Assembly if Maduro did"
        " not call elections."
    )
    assert keys(annotator, case, listed) == {
        ("country:ESP", "recognises", "person:juan-guaido", "conditional")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the legitimate authority" names a leader's government as the rightful one
        (
            "Cuba's foreign ministry reaffirmed its support for Maduro's government, which it"
            " called the legitimate authority in Venezuela.",
            {
                ("country:CUB", "backs", "person:nicolas-maduro", "asserted"),
                ("country:CUB", "recognises", "person:nicolas-maduro", "asserted"),
            },
        ),
        # "and still treats …": a predicate of its own, not under the first one's refusal
        (
            "Bolivia has refused to recognise Guaidó and still treats Maduro's government as"
            " Venezuela's legitimate authority.",
            {
                ("country:BOL", "recognises", "person:juan-guaido", "negated"),
                ("country:BOL", "recognises", "person:nicolas-maduro", "asserted"),
            },
        ),
    ],
)
def test_the_legitimate_authority_and_a_still_predicate(annotator, case, text, expected):
    """Thirty-sixth session, from WA's errors: "Russia's foreign ministry … reaffirmed its
    support for Maduro's government, which it called the legitimate authority in Venezuela"
    recognises him too."""
    assert keys(annotator, case, text) == expected


def test_solidarity_with_a_people_backs_its_state(ukraine_annotator, ukraine_case):
    """Thirty-seventh session, from XD's errors: "the EU continues to show its solidarity with
    the Ukrainian people" backs Ukraine (a state named earlier in the sentence is no object);
    a people set against its state ("the Russian people, not … Putin's war") backs no state."""
    text = (
        "While Russia keeps shelling Kharkiv, Canada continues to show its solidarity with the"
        " Ukrainian nation."
    )
    assert keys(ukraine_annotator, ukraine_case, text) == {
        ("country:CAN", "backs", "country:UKR", "asserted")
    }
    contrast = "Biden said the United States stands with the Russian people, not with Putin's war."
    assert ("country:USA", "backs", "country:RUS", "asserted") not in keys(
        ukraine_annotator, ukraine_case, contrast
    )


def test_the_rest_of_a_group_is_a_subject_of_its_own(annotator, case):
    """Thirty-seventh session, from XA's errors: "The United States, Canada, Colombia and
    Brazil still recognise him …, and most of the group's other members have not formally
    withdrawn their recognition" — the second clause's subject is the unnamed rest."""
    text = (
        "Peru and Chile still recognise Guaidó as interim president, and the group's other"
        " members have not withdrawn their recognition."
    )
    found = keys(annotator, case, text)
    assert ("country:PER", "recognises", "person:juan-guaido", "asserted") in found
    for state in ("country:PER", "country:CHL"):
        assert (state, "recognises", "person:juan-guaido", "negated") not in found


def test_her_majestys_government_and_a_quoted_first_predicate(annotator, case):
    """Thirty-seventh session, from XA's errors: "Her Majesty's Government "recognises Mr
    Guaidó as … President of Venezuela" and does not recognise Mr Maduro" — the government is
    Britain's, and Venezuela, inside the quoted words, is not the second predicate's subject."""
    text = (
        "Ministers said His Majesty's Government \"recognises Mr Guaidó as interim President of"
        ' Venezuela" and does not recognise Mr Maduro.'
    )
    assert keys(annotator, case, text) == {
        ("country:GBR", "recognises", "person:juan-guaido", "asserted"),
        ("country:GBR", "recognises", "person:nicolas-maduro", "negated"),
    }


def test_a_time_clause_subject_holding_its_article(annotator, case):
    """Thirty-seventh session, from XC's errors: ", after the United States recognised Juan
    Guaidó" — the clause of time's subject is a name that holds its "the"."""
    text = (
        "The embassy was run by envoys named by the opposition, after the United States"
        " recognised Juan Guaidó as interim president."
    )
    assert keys(annotator, case, text) == {
        ("country:USA", "recognises", "person:juan-guaido", "asserted")
    }


def test_backers_among_them_named_leaders(ukraine_annotator, ukraine_case):
    """Thirty-seventh session, from XD's errors: "Leaders of Ukraine's main Western backers,
    among them Germany's Olaf Scholz, France's Emmanuel Macron …" — "among them" opens the
    backers' apposition as "including" does."""
    text = "Kyiv's closest backers, among them Poland and the Baltic states, sent ministers."
    assert ("country:POL", "backs", "country:UKR", "asserted") in keys(
        ukraine_annotator, ukraine_case, text
    )


def test_a_condition_of_a_second_predicate_with_its_own_modal(annotator, case):
    """Thirty-seventh session, from YC's errors: "Mexico was neutral in the dispute between
    Maduro and Guaidó and would offer its help only if both sides asked for it" — the
    condition is the offer's, the neutrality stands."""
    text = (
        "Uruguay is neutral in the dispute between Maduro and Guaidó and would mediate only if"
        " both sides asked."
    )
    assert keys(annotator, case, text) == {
        ("country:URY", "neutral", "person:nicolas-maduro", "asserted"),
        ("country:URY", "neutral", "person:juan-guaido", "asserted"),
    }


def test_a_compound_backer_has_no_companions(annotator, case):
    """Thirty-seventh session, from YC's errors: "Turkey joined Russia, China and Iran in
    standing by the Venezuelan leader against the US-backed opposition leader Juan Guaidó" —
    the companions stand by Maduro; "US-backed" names Guaidó's one backer."""
    text = (
        "Cuba joined Russia in standing by Nicolás Maduro against the US-backed opposition"
        " leader Juan Guaidó."
    )
    found = keys(annotator, case, text)
    assert ("country:USA", "backs", "person:juan-guaido", "asserted") in found
    assert ("country:RUS", "backs", "person:juan-guaido", "asserted") not in found
    assert ("country:RUS", "backs", "person:nicolas-maduro", "asserted") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relations between Washington and Havana, Maduro's main backer, have never been worse.",
            {("country:CUB", "backs", MADURO, "asserted")},
        ),
        # a plural noun is the whole list's
        (
            "Talks between Russia and China, Maduro's main backers, went on for hours.",
            {
                ("country:RUS", "backs", MADURO, "asserted"),
                ("country:CHN", "backs", MADURO, "asserted"),
            },
        ),
    ],
)
def test_a_singular_ally_noun_after_a_list_is_its_last_items(annotator, case, text, expected):
    """Thirty-eighth session, from ZB's errors: "relations between Moscow and Washington,
    Kyiv's biggest military backer" made Moscow a backer of Kyiv: a singular apposition after
    a list describes its last item only."""
    assert keys(annotator, case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU will keep supporting Russia's civil society and independent voices.", set()),
        ("Lithuania backs Belarus's democratic opposition, which lives in exile.", set()),
        # the state itself, or a thing it owns, is still backed
        (
            "The EU will keep supporting Ukraine's sovereignty.",
            {("org:EU", "backs", "country:UKR", "intended")},
        ),
    ],
)
def test_backing_a_states_civil_society_is_no_backing_of_the_state(text, expected):
    """Thirty-eighth session, from ZD's errors: "We will continue supporting Russia's civil
    society and independent voices" made the EU a backer of Russia."""
    case = load_case("russia-ukraine-2022")
    assert keys(Annotator(case), case, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bloc's ministers and, among them, those of named states: the bloc and each state
        (
            "On Friday, foreign ministers of the Lima Group, among them those of Argentina and"
            " Peru, reiterated their support for Guaidó.",
            {
                ("org:LIMA_GROUP", "backs", GUAIDO, "asserted"),
                ("country:ARG", "backs", GUAIDO, "asserted"),
                ("country:PER", "backs", GUAIDO, "asserted"),
            },
        ),
        # some members of a bloc are not the bloc
        (
            "Several members of the European Union, among them Italy, refused to recognise Guaidó.",
            {("country:ITA", "recognises", GUAIDO, "negated")},
        ),
    ],
)
def test_those_of_named_states_among_a_blocs_ministers(annotator, case, text, expected):
    """Thirty-eighth session, from ZA's errors: "foreign ministers of the Lima Group, among
    them those of Argentina, Brazil, …, reiterated their support for Guaidó" gave no actor:
    "those of" names the states whose ministers act, and the bloc's meeting acts too."""
    assert keys(annotator, case, text) == expected
