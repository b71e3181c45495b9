"""Sanctions for one cue: the targets in its clause (objects, "on/against" phrases, subjects of
passives and of "under sanctions", trade partners and sectors), then each target's imposers
and the measure's status, as rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from ...document import AnnotatedArticle, Mention
from ...gazetteer import org_names
from ...people import FROZEN_THINGS, OWNER_PLACE_OPENERS, POSSESSIVES, TITLE_WORDS
from ..clauses import (
    CLAUSE_BOUNDARIES,
    POSSESSIVE_SUBJECTS,
    PREPOSITIONS,
    STRONG_BOUNDARIES,
    SentenceView,
    clause_end,
    clause_start,
    companions_of,
    dash_aside_before,
    forward_run,
    is_time_phrase,
    named_before_an_apposition,
    nearest_run,
    object_relative_antecedent,
    opening_run,
    person_before_a_description,
    relative_antecedent,
    relative_aside_close,
    resolve_pronoun,
    same_act_at,
    same_act_by,
    strong_end,
    window_words,
)
from .cues import (
    LIST_LINKS,
    LIST_WORDS,
    TARGETING_VERBS,
    _restraining_relative,
    _under_position,
    _visa_targets,
    _widening_verb_before,
    refuses_to_join,
)
from .imposers import (
    ANNOUNCING_GERUNDS,
    APPOSED_PARTICIPLES,
    BULLET_MARKS,
    MEASURE_MODIFIERS,
    SOURCE_ADVERBS,
    SOURCE_PARTICIPLES,
    THOSE_ADVERBS,
    THOSE_LINKS,
    _among_those,
    _can_own_measures,
    _fronted_predicate,
    _imposers,
    _imposing_verb_between,
    _is_passive,
    _members_listed_before,
    _one_of_the,
    _relative_imposer,
    _relative_on_measure,
    _source_after,
    _spelled_out_after_colon,
    _swift_passive,
    _those_on_the_list,
    attribution_comma,
    measure_noun_passive,
    participle_agent,
    target_modifier,
    those_frame_link,
)
from .records import _kind_of, _row
from .status import (
    CLOSED_SPACES,
    HELD_HEADS,
    IN_FORCE,
    PUTTING_IN_PLACE,
    _added_to,
    _conditional_future,
    _default_status,
    _face_verb,
    _hit_with,
    _status,
    anchor_of,
)
from .targets import (
    FROZEN_PARTICIPLES,
    OWNER_PRONOUNS,
    _add_members,
    _among_inverted,
    _anaphoric_group,
    _count,
    _governments_unnamed,
    _parse_targets,
    pronoun_target,
    semicolon_list_end,
)
from .vocabulary import (
    ADVOCATING,
    ATTRIBUTING_VERBS,
    BE_FORMS,
    DEALING_VERBS,
    DETERMINERS,
    EVADING_WORDS,
    EXEMPTING_VERBS,
    FREEZE_WORDS,
    GROUP_KINDS,
    IMPOSING_VERBS,
    LIFTED,
    NOUN_WORD,
    PARTICIPLE_ADVERBS,
    PASSIVE_AUXILIARIES,
    PREPOSITION_INGS,
    PROPOSED,
    REPORTING_VERBS,
    RETALIATING_WORDS,
    SINGLE_KINDS,
    SUBJECT_TARGETING_VERBS,
    TARGET_PREPOSITIONS,
    THREATENED,
    TIME_WORDS,
    TRADE_MODIFIERS,
    TRADE_NOUNS,
    CaseFacts,
    Cue,
    Targets,
    _CueContext,
    passive_verb_at,
)


def _rows_for_cue(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: Cue,
    facts: CaseFacts,
    recent: list[Mention],
    just_targeted: frozenset[str] | set[str] = frozenset(),
    recent_at: int = -2,
    targeted_here: set[str] | None = None,
    implicit: Targets | None = None,
) -> tuple[list[dict], list[Mention]]:
    """Rows for one cue, and its imposers. ``targeted_here``: the names earlier cues of the
    sentence target, whether or not their imposer was found; it grows by this cue's.
    ``implicit``: what a refusal naming no target refuses, the country the article's
    sanctions last targeted ("Brazil has not imposed sanctions either") or the sector
    ("India has not joined the ban"), see ``_implicit_target``."""
    targets, modifier_end = _targets_for(article, view, cue, facts)
    _governments_unnamed(targets)
    context = _CueContext(
        recent, just_targeted, recent_at, targeted_here, facts.contested, facts.home
    )
    if targets.empty() and _arms_embargo(view, cue.index) and _embargo_held(view, cue.index):
        # "The EU has had an arms embargo in place since 2017": on the country the article
        # is about (the next one when that country imposes it)
        for country in _topic_countries(article, view, facts.home)[:2]:
            # (a trial: what it targets joins the sentence's targets only when it gives rows)
            here = set(targeted_here) if targeted_here is not None else None
            trial = _CueContext(recent, just_targeted, recent_at, here, facts.contested, facts.home)
            rows, imposers = _rows_for_targets(
                article, view, cue, Targets(named=[country]), modifier_end, trial
            )
            if rows:
                if targeted_here is not None:
                    targeted_here.add(country.entity_id)
                return _described_as_held(view, cue, rows), imposers
        return [], []
    if targets.empty():
        conditioned = _conditioned_party(view, cue)
        if conditioned is not None:  # "more sanctions could follow if Moscow continues …"
            targets = Targets(named=[conditioned])
            return _rows_for_targets(article, view, cue, targets, modifier_end, context)
        return _refused_without_target(article, view, cue, recent, recent_at, implicit)
    return _rows_for_targets(article, view, cue, targets, modifier_end, context)


def _conditioned_party(view: SentenceView, cue: Cue) -> Mention | None:
    """The state whose conduct a threat with no target is conditioned on: "more sanctions
    could be added if Moscow continues its aggression", "further penalties if the Kremlin
    fails to halt the invasion" threaten Moscow. The condition's subject, a country named
    right after "if" / "unless" (a demonym or a person is no such subject)."""
    if not _conditional_future(view, cue.index):
        return None
    condition = next(i for i in range(cue.index + 1, view.end) if view.lower(i) in {"if", "unless"})
    mention = view.mention_starting(condition + 1)  # (an alias may hold "the": "the Kremlin")
    if mention is None and view.lower(condition + 1) == "the":
        mention = view.mention_starting(condition + 2)
    if mention is None or mention.entity_type != "country" or mention.kind == "demonym":
        return None
    following = view.lower(mention.token_end + 1)
    if following.endswith("ed") or following in {"is", "are", "was", "were", "will", "would"}:
        return None  # "if the Barbados talks failed": the name qualifies the subject
    return mention


def _described_as_held(view: SentenceView, cue: Cue, rows: list[dict]) -> list[dict]:
    """An embargo no verb of its clause imposes is described, not imposed ("its sanctions
    are limited to an arms embargo"): in force, so `existing` rather than the default."""
    if _imposing_verb_between(view, clause_start(view, cue.index), cue.index):
        return rows
    return [{**row, "status": "existing"} if row["status"] == "imposed" else row for row in rows]


EMBARGO_HOLDING_WORDS = frozenset(
    """keeps kept keep maintains maintained maintain includes include included consists
    consist limited comprises comprise""".split()
)


def _embargo_held(view: SentenceView, cue: int) -> bool:
    """Is the embargo held or imposed ("has had an arms embargo in place", "its sanctions are
    limited to an arms embargo", "imposed an arms embargo", a list after a colon), not
    debated or expired ("has long debated an arms embargo", "The UN arms embargo expired")?"""
    start = clause_start(view, cue)
    words = window_words(view, view.start, cue)
    # "has an arms embargo", "has had an arms embargo" (not "has long debated an embargo")
    had = any(
        word in {"has", "have", "had"} and following in {"an", "a", "its", "their", "had"}
        for word, following in pairwise(words)
    )
    after = window_words(view, cue + 1, clause_end(view, cue) + 1)
    # "an arms embargo imposed by Portugal in 2014 remains in force"
    imposed_after = after[:1] and after[0] in SOURCE_PARTICIPLES
    in_force = bool(set(pairwise(after)) & IN_FORCE)
    return bool(
        _imposing_verb_between(view, start, cue)
        or had
        or imposed_after
        or in_force
        or EMBARGO_HOLDING_WORDS.intersection(words)
        or _spelled_out_after_colon(view, cue) >= 0
    )


def _arms_embargo(view: SentenceView, cue: int) -> bool:
    """Is the measure at ``cue`` an embargo on arms ("an arms embargo", "an embargo on arms
    and on equipment …")? Its target is always a country, named or not."""
    if view.lower(cue) not in {"embargo", "embargoes"}:
        return False
    before = view.lower(cue - 1)
    return before in ARMS_WORDS or (
        view.lower(cue + 1) == "on" and view.lower(cue + 2) in ARMS_WORDS
    )


ARMS_WORDS = frozenset({"arms", "weapons"})


def _topic_countries(
    article: AnnotatedArticle, view: SentenceView, home: str | None
) -> list[Mention]:
    """The countries the article is about, each as its last mention up to the sentence: the
    case's home country first when the article names it anywhere (a US-centred story on
    Venezuela names the US more often), then the others named in the sentence or the
    TOPIC_REACH before it, most named first (ties: the first named). What an arms embargo
    that names no target is on."""
    if "topic countries" not in article.shared:
        counts: dict[str, int] = {}
        for mention in article.mentions:
            if mention.entity_type == "country":
                counts[mention.entity_id] = counts.get(mention.entity_id, 0) + 1
        article.shared["topic countries"] = sorted(counts, key=lambda c: (c != home, -counts[c]))
    first = view.sentence_id - TOPIC_REACH
    chosen = []
    for country in article.shared["topic countries"]:
        # (the case's home anywhere before; another country named in the sentence or the
        # few before it: the story is still about it)
        named = [m for m in article.mentions if m.entity_id == country]
        if country == home:
            earlier = [m for m in named if m.sentence_id <= view.sentence_id]
            chosen.append(earlier[-1] if earlier else named[0])
            continue
        nearby = [m for m in named if first <= m.sentence_id <= view.sentence_id]
        if nearby:
            chosen.append(nearby[-1])
    return chosen


TOPIC_REACH = 3  # sentences from an unnamed embargo to its country's last mention


def _rows_for_targets(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: Cue,
    targets: Targets,
    modifier_end: int,
    context: _CueContext,
) -> tuple[list[dict], list[Mention]]:
    """Rows for a cue whose targets are read: the imposer is a regime's owner, a relative
    clause's subject, or the main clause's (``context``: the recent imposers, what was just
    targeted, where the recent imposers imposed, what this sentence targets)."""
    exclude = set() if targets.between else {t.entity_id for t in targets.named}
    if context.targeted_here is not None:
        # what an earlier cue of the sentence targets imposes nothing in it: "The Treasury
        # sanctioned Alisher Usmanov … and froze the assets of Igor Sechin"
        exclude |= context.targeted_here
        context.targeted_here.update(t.entity_id for t in targets.named)
    owner = _regime_owner(view, cue.index, exclude)
    if owner is not None:  # "The EU's sanctions regime includes an arms embargo …"
        status = (
            "lifted"
            if any(view.lower(i) in LIFTED for i in range(view.start, cue.index))
            else "existing"
        )
        return _rows(article, view, [owner], targets, cue, status), [owner]
    relative = _relative_imposer(view, cue.index, exclude) if cue.form == "noun" else []
    if relative:  # "the sanctions Washington had already imposed on PDVSA"
        default = _default_status(view, cue, relative)
        status = _status(view, relative[0].token_start, cue, targets, default=default)
        taken_up = _imposing_verb_between(view, clause_start(view, cue.index), cue.index)
        held = (
            taken_up
            or refuses_to_join(view, cue.index)
            or _described_in_force(view, cue)
            or _blamed_on(view, cue) >= 0  # "blames … on sanctions, including the measures X…"
        )
        if held and status == "imposed":
            # "Switzerland will adopt / South Africa has not joined the sanctions the EU has
            # imposed on Russia": in force before the act the sentence reports
            status = "existing"
        rows = _rows(article, view, relative, targets, cue, status)
        if not taken_up:
            return rows, relative
        # "Switzerland will adopt the sanctions the EU has imposed on Russia": the adopter too
        adopted, _ = _main_rows(article, view, cue, targets, exclude, modifier_end, context)
        return rows + adopted, relative
    sourced = _taken_up_from_source(view, cue, exclude)
    if sourced:
        # "South Africa would not join the sanctions imposed on Russia by the United States
        # and the EU": the sources' measures are in force; the subject's taking them up is
        # its own act (negated, proposed or imposed, read as usual)
        rows = _rows(article, view, sourced, targets, cue, "existing")
        taken, imposers = _main_rows(
            article, view, cue, targets, exclude | _ids(sourced), modifier_end, context, True
        )
        return rows + taken, imposers or sourced
    return _main_rows(article, view, cue, targets, exclude, modifier_end, context)


GETTING_ROUND = frozenset(
    {
        ("get", "round"),
        ("get", "around"),
        ("getting", "round"),
        ("getting", "around"),
        ("got", "round"),
        ("got", "around"),
    }
)
EVADED_REACH = 3  # words from the evading verb to the measure noun ("evade the new sanctions")


def _whom_for(view: SentenceView, first: int) -> bool:
    """Does "for" open whom a measure is for (a named person or company, or a group of them:
    "travel bans for people, companies and organisations", "asset freezes for seven
    officials"), not why ("sanctions for human rights abuses")?"""
    while view.lower(first) in DETERMINERS or _count(view.lower(first)) is not None:
        first += 1
    mention = view.mention_starting(first)
    if mention is not None and mention.kind != "demonym":
        return mention.entity_type in {"person", "org"}
    # the group's head, past a demonym or two adjectives ("seven Venezuelan ministers")
    return any(
        GROUP_KINDS.get(view.lower(i)) in {"people", "company"} for i in range(first, first + 3)
    )


def _described_in_force(view: SentenceView, cue: Cue) -> bool:
    """Is a measure whose imposer its own relative or participle names ("the sanctions that
    the US imposed on Russia", "the sanctions imposed on Russia by the EU") described as in
    force rather than reported: the object of evading it ("to get round", "evade", "despite")
    or the subject of "still" ("… by the EU still prevent our exports"), or what new measures
    come on top of?"""
    if cue.form != "noun":
        return False
    sourced = view.lower(cue.index + 1) in SOURCE_PARTICIPLES
    related = view.lower(cue.index + 1) in {"that", "which"} or sourced
    if not related:
        return False
    before = [
        view.lower(i) for i in range(max(view.start, cue.index - EVADED_REACH - 2), cue.index)
    ]
    if EVADING_WORDS.intersection(before) or GETTING_ROUND & set(pairwise(before)):
        return True
    if RETALIATING_WORDS.intersection(before):
        return True  # "retaliated against restrictions imposed by the US": in force before
    if _added_to(before):  # "come on top of sanctions that Britain imposed on Tuesday"
        return True
    if not sourced:
        return False
    end = clause_end(view, cue.index + 1)
    # the subject of the sentence's verb: "still" right after the participle's phrase
    return any(view.lower(i) == "still" for i in range(cue.index + 2, min(end + 2, view.end)))


BLAMING_VERBS = frozenset({"blame", "blames", "blamed", "blaming"})
BLAMED_ON_REACH = 12  # tokens of "blames the country's shortages on sanctions, including the"


def _blamed_on(view: SentenceView, cue: Cue) -> int:
    """The blaming verb when the measure is what something is blamed on ("blames the
    shortages on U.S. sanctions", "… on sanctions, including the measures the US imposed on
    PDVSA"), else -1. No measure may be imposed, nor another predicate joined, between them
    ("blamed the crisis on Maduro's allies and called for new sanctions" blames nothing on
    the sanctions)."""
    on = -1
    for index in range(cue.index - 1, max(view.start, cue.index - BLAMED_ON_REACH) - 1, -1):
        word = view.lower(index)
        if word in {".", ";", ":", "and", "but"} or word in IMPOSING_VERBS or word in FREEZE_WORDS:
            return -1  # ("blamed the crisis on Maduro's allies and called for new sanctions")
        if word == "on" and on < 0:
            on = index
        if word in BLAMING_VERBS:
            return index if on > index else -1
    return -1


def _ids(mentions: list[Mention]) -> set[str]:
    return {m.entity_id for m in mentions}


def _taken_up_from_source(view: SentenceView, cue: Cue, exclude: set[str]) -> list[Mention]:
    """The agents of "the sanctions imposed (on X) by A and B" when the measure is the object
    of a verb of joining or adopting, or of a refusal to ("would not join", "will adopt",
    "declined to follow"); [] otherwise."""
    participle = cue.index + 1 + (view.lower(cue.index + 1) in SOURCE_ADVERBS)
    genitive = view.lower(cue.index + 1) == "of"  # "will not join the sanctions of the EU"
    if cue.form != "noun" or (view.lower(participle) not in SOURCE_PARTICIPLES and not genitive):
        return []
    taken_up = _imposing_verb_between(view, clause_start(view, cue.index), cue.index)
    if not taken_up and not refuses_to_join(view, cue.index):
        return []
    return _source_after(view, cue.index, exclude)


IMPLICIT_TARGET_REACH = 8  # sentences back to the sanctions a bare refusal refers to


def _home_named(article: AnnotatedArticle, view: SentenceView, home: str | None) -> Mention | None:
    """The case's home country as the article names it up to the sentence (its last
    mention): what "has refused to join Western sanctions" refuses when no sanctions were
    reported just before, because in a case about one country's crisis the sanctions regime
    everyone joins or shuns is the one on that country. None when the case has no home
    country or the article has not named it yet."""
    if home is None:
        return None
    end = article.sentences[view.sentence_id].end
    named = [m for m in article.mentions if m.entity_id == home and m.end <= end]
    return named[-1] if named else None


def _implicit_target(
    article: AnnotatedArticle, view: SentenceView, rows: list[dict], home: str | None, cue: Cue
) -> Targets | None:
    """What a refusal naming no target refuses: the sector when "the" and the measure's noun
    point back at a sector measure of the article ("… now bar imports of Russian diamonds. …
    New Delhi has refused to join the ban"); else the country the sanctions just reported
    targeted (within IMPLICIT_TARGET_REACH sentences); else the sector when the sanctions
    reported in the JUST_REPORTED_REACH sentences before were all on a sector ("… considered
    a ban on Russian aluminium. … China and India, none of which has imposed restrictions");
    else the case's home country (``_home_named``), unless sanctions on people or companies
    were reported just before, which the refusal may mean ("The US sanctioned PDVSA. India
    has not joined the sanctions": nothing)."""
    if _points_back_at_a_sector(view, cue, rows):
        return Targets(groups=[("sector", None)])
    last = _last_country_target(article, view, rows)
    if last is not None:
        return Targets(named=[last])
    recent = _held_rows_since(rows, view.sentence_id - JUST_REPORTED_REACH)
    specific = view.lower(cue.index) not in GENERAL_MEASURE_NOUNS
    if specific and recent and all(row["target_kind"] == "sector" for row in recent):
        return Targets(groups=[("sector", None)])
    home_named = None if recent else _home_named(article, view, home)
    return Targets(named=[home_named]) if home_named is not None else None


HELD = frozenset({"imposed", "existing", "proposed", "threatened"})  # measures not undone


def _held_rows_since(rows: list[dict], first_sentence: int) -> list[dict]:
    """The rows of measures not negated or lifted from ``first_sentence`` on (rows are in
    sentence order, so the walk back stops at the first older one)."""
    found = []
    for row in reversed(rows):
        if row["sentence_id"] < first_sentence:
            break
        if row["status"] in HELD:
            found.append(row)
    return found


# Nouns that name sanctions in general: a refusal of them refuses a country's whole regime
# ("has refused to join Western sanctions"), not the sector measure just reported
GENERAL_MEASURE_NOUNS = frozenset({"sanctions", "measures", "penalties"})


def _points_back_at_a_sector(view: SentenceView, cue: Cue, rows: list[dict]) -> bool:
    """Is the measure "the" and a noun the article's latest measure of that noun was a sector
    measure ("the ban" after "bar imports of Russian diamonds", reported as a ban)? Not
    "the sanctions" or "the measures", which may mean a whole regime."""
    noun = view.lower(cue.index)
    if cue.form != "noun" or view.lower(cue.index - 1) != "the" or noun in GENERAL_MEASURE_NOUNS:
        return False
    for row in reversed(rows):
        if row["status"] in HELD and (row["measure"] or "").split()[-1:] == [noun]:
            return row["target_kind"] == "sector"
    return False


JUST_REPORTED_REACH = 2  # sentences back to sanctions "the sanctions" may point to instead


def _last_country_target(
    article: AnnotatedArticle, view: SentenceView, rows: list[dict]
) -> Mention | None:
    """The country the article's last sanctions on a country targeted (within
    IMPLICIT_TARGET_REACH sentences), as the mention that named it."""
    for row in reversed(rows):
        if row["sentence_id"] < view.sentence_id - IMPLICIT_TARGET_REACH:
            return None
        if row["target_kind"] != "country" or row["status"] not in HELD:
            continue
        before = article.sentences[view.sentence_id].start
        named = (m for m in reversed(article.mentions) if m.entity_id == row["target_id"])
        return next((m for m in named if m.start < before), None)
    return None


def _refused_without_target(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: Cue,
    recent: list[Mention],
    recent_at: int,
    implicit: Targets | None,
) -> tuple[list[dict], list[Mention]]:
    """A refusal that names no target refuses the sanctions just reported: "The EU imposed
    sanctions on Russia. … Brazil has not imposed sanctions either", "Mexico and South Africa
    have declined to join the measures". Only negated rows: an act with no target named is
    not known to be on that country."""
    if implicit is None or not refuses_to_join(view, cue.index):
        return [], _imposers_of_an_untargeted_act(article, view, cue, recent, recent_at)
    targets = Targets(named=list(implicit.named), groups=list(implicit.groups))
    exclude = {mention.entity_id for mention in implicit.named}
    context = _CueContext(recent, frozenset(), recent_at, None)
    rows, imposers = _main_rows(article, view, cue, targets, exclude, -1, context)
    rows = [row for row in rows if row["status"] == "negated"]
    return rows, imposers if rows else []


UNTARGETED_VERB_REACH = 4  # tokens from the imposing verb to the measure ("adopted new")


def _imposers_of_an_untargeted_act(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: Cue,
    recent: list[Mention],
    recent_at: int,
) -> list[Mention]:
    """Who imposes a measure the sentence names no target of ("The EU adopted new sanctions.
    Sberbank will be excluded from SWIFT."): no row, but the imposer an agentless passive
    after it refers to. Only for a noun measure an imposing verb governs, imposed by a state
    or bloc."""
    if cue.form != "noun":
        return []
    first = max(view.start, cue.index - UNTARGETED_VERB_REACH)
    if not any(view.lower(i) in IMPOSING_VERBS for i in range(first, cue.index)):
        return []
    context = _CueContext(recent, frozenset(), recent_at, None)
    imposers, _ = _imposers(article, view, cue, Targets(), set(), -1, context, False)
    return [m for m in imposers if m.entity_type in {"country", "org"} and m.kind != "demonym"]


def _main_rows(
    article: AnnotatedArticle,
    view: SentenceView,
    cue: Cue,
    targets: Targets,
    exclude: set[str],
    modifier_end: int,
    context: _CueContext,
    own_act: bool = False,
) -> tuple[list[dict], list[Mention]]:
    """Rows for a cue whose imposer the main clause names (the usual case; ``own_act``: the
    subject takes up a measure another imposed, see ``_taken_up_from_source``)."""
    imposers, first = _imposers(
        article, view, cue, targets, exclude, modifier_end, context, own_act
    )
    blaming = _blamed_on(view, cue)
    if blaming >= 0:
        # "His government blames the shortages on sanctions": who blames imposes nothing
        imposers = [imposer for imposer in imposers if imposer.token_start > blaming]
    if not imposers:
        return [], []
    # "The EU, together with Canada, imposed travel bans on …"
    companions = companions_of(view, anchor_of(cue), exclude, after_cue=False, actors=imposers)
    imposers += [c for c in companions if c not in imposers]
    imposers += [m for m in same_act_by(view, cue.index, exclude) if m not in imposers]
    if targets.the_country >= 0:
        parties = {imposer.party_id or imposer.entity_id for imposer in imposers}
        antecedent = _country_antecedent(article, view, targets.the_country, parties)
        targets.named.extend([antecedent] if antecedent is not None else [])
    hit = _hit_with(view, cue.index) if targets.passive and first >= 0 else None
    if hit is not None:
        first = min(first, clause_start(view, hit[0]))  # "could be hit with EU sanctions"
    if first < 0 and _lifting_before(view, cue.index):
        status = "existing"  # "urged Washington to lift sanctions on Venezuela": still in force
    elif first < 0:
        status = _status(view, anchor_of(cue), cue, targets, default="proposed")
    else:
        status = _status(view, first, cue, targets, default=_default_status(view, cue, imposers))
    if status == "imposed" and not own_act and (_described_in_force(view, cue) or blaming >= 0):
        # "to get round the sanctions that the US imposed on Russia"; "blames the shortages
        # on U.S. sanctions": a cause already at work
        status = "existing"
    rows = _rows(article, view, imposers, targets, cue, status)
    if cue.form != "noun" or status not in {"proposed", "threatened"}:
        return rows, imposers  # ("imposed new sanctions, which now target 500 people": new)
    if not _held_by_relative(view, cue.index):
        return rows, imposers
    # "whether to widen the EU's sanctions, which currently cover 18 officials": the 18 are
    # already covered (existing), and the widening is proposed too
    in_force = _rows(article, view, imposers, targets, cue, "existing")
    return in_force + rows, imposers


def _lifting_before(view: SentenceView, cue: int) -> bool:
    """A lifting verb right before the measure ("to lift sanctions", "to temporarily ease
    the sanctions"): what an urging asks for is their end, not their imposition."""
    return any(view.lower(i) in LIFTED for i in range(max(view.start, cue - 3), cue))


HOLDING_ADVERBS = frozenset({"already", "currently"})
# Nouns of an attack whose "against X" names its victim, not a measure's target (not
# "campaign": "the sanctions campaign against Russia" is the measure's)
AGGRESSION_NOUNS = frozenset(
    "aggression war attack attacks invasion offensive crimes violence".split()
)
PRESENT_TARGETING_VERBS = frozenset({"target", "targets", "cover", "covers"})


def _held_by_relative(view: SentenceView, cue: int) -> bool:
    """Does a relative clause set off after the measure say whom it hits now (", which
    already target 18 officials", ", which currently cover …", ", which cover 18
    officials")? Beside a proposal to widen it, that is the measure in force."""
    if view.lower(cue + 1) != "," or view.lower(cue + 2) != "which":
        return False
    word, following = view.lower(cue + 3), view.lower(cue + 4)
    return (word in HOLDING_ADVERBS and following in TARGETING_VERBS) or (
        word in PRESENT_TARGETING_VERBS
    )


def _rows(
    article: AnnotatedArticle,
    view: SentenceView,
    imposers: list[Mention],
    targets: Targets,
    cue: Cue,
    status: str,
) -> list[dict]:
    """One row per imposer and target (named, or a kind with its count). A company never
    imposes ("On 15 February it added five officials …" after Citgo was named: not Citgo's)."""
    rows = []
    for imposer in imposers:
        if imposer.entity_id in article.companies:
            continue
        party = imposer.party_id or imposer.entity_id
        for target in targets.named:
            if target.entity_id != party:
                kind = _kind_of(target)
                rows.append(_row(article, view, imposer, target, kind, cue, status, None))
        for kind, count in targets.kinds():
            rows.append(_row(article, view, imposer, None, kind, cue, status, count))
    return rows


REGIME_NOUNS = frozenset({"regime", "measures", "sanctions", "package", "programme", "program"})
INCLUDING_VERBS = frozenset(
    "includes include included comprises comprise covers cover consists contains".split()
)


def _regime_owner(view: SentenceView, cue: int, exclude: set[str]) -> Mention | None:
    """The owner named as the possessor of the subject when a regime "includes" the measure:
    "The EU's (own) sanctions regime, in force since 2017, includes an embargo on arms …"."""
    if INCLUDING_VERBS.isdisjoint(view.article.tokens.words[view.start : cue]):
        return None
    verb = next(
        (i for i in range(cue - 1, view.start - 1, -1) if view.lower(i) in INCLUDING_VERBS), -1
    )
    if verb < 0 or _own_clause_between(view, verb, cue):
        return None
    for mention in view.mentions:
        if mention.token_start >= verb:
            break
        if view.lower(mention.token_end) not in POSSESSIVES or mention.entity_id in exclude:
            continue
        position = mention.token_end + 1
        while view.lower(position) in {"own", "sanctions", "current", "existing"}:
            position += 1
        if view.lower(position - 1) in REGIME_NOUNS or view.lower(position) in REGIME_NOUNS:
            return mention if _can_own_measures(mention) else None
    return None


def _own_clause_between(view: SentenceView, verb: int, cue: int) -> bool:
    """Does a clause with a subject of its own open between the regime's verb and the cue
    ("…, consists of an arms embargo …, and the bloc has not followed Washington in
    sanctioning PDVSA")? Its measure is that clause's, not the regime's."""
    for index in range(verb + 1, cue - 1):
        if view.lower(index) in {"and", "but", ";"} and view.lower(index - 1) in {",", ";"}:
            following = view.lower(index + 1)
            if following in {"the", "it", "they"} or view.mention_starting(index + 1):
                return True
    return False


def _targets_for(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, facts: CaseFacts
) -> tuple[Targets, int]:
    """The cue's targets, and (for 'under US sanctions') where the imposer modifiers start."""
    among = _among_inverted(article, view, cue, facts)
    if among is not None:  # "Among the 15 people added to the EU's list was Abramovich"
        return among, -1
    targets, modifier_start = _targets_in_clause(article, view, cue, facts)
    if targets.empty() and cue.form in {"freeze", "list_add", "verb"}:
        antecedent = object_relative_antecedent(view, anchor_of(cue), FROZEN_THINGS)
        if antecedent is not None and antecedent.kind != "demonym":
            # "Abramovich, whose assets Britain froze", "…, whom the EU added to" (the
            # imposer is the relative clause's own subject, after the pronoun)
            return Targets(named=[antecedent]), modifier_start
    return targets, modifier_start


# Words of a share before an owner's trade: "a large part of", "much of", "most of the"
SHARE_WORDS = frozenset(
    "a an the large big significant major part share much most all some of".split()
)
SHARE_REACH = 8  # tokens from the verb to the owner's possessive


def _owner_of_the_trade(article: AnnotatedArticle, view: SentenceView, cue: Cue) -> Mention | None:
    """The country whose trade the verb restricts ("restricted a large part of Belarus's
    trade", "… of the country's trade" after Belarus was named): the measure's target, not
    the goods. None when the object is no country's trade."""
    for index in range(cue.index + 1, min(view.end - 1, cue.index + 1 + SHARE_REACH)):
        word = view.lower(index)
        if word in POSSESSIVES:
            if view.lower(index + 1) not in TRADE_NOUNS:
                return None
            owner = view.mention_ending(index - 1)
            if owner is not None and owner.entity_type == "country" and owner.kind != "demonym":
                return owner
            if (view.lower(index - 2), view.lower(index - 1)) == ("the", "country"):
                # (never the sentence's own subject: "Lithuania restricted … the country's
                # trade" is another country's)
                opening = view.mention_starting(view.start) or view.mention_starting(view.start + 1)
                acting = {opening.party_id or opening.entity_id} if opening is not None else set()
                country = _country_antecedent(article, view, index - 2, acting)
                # (a demonym names its country here: "22 Belarusian officers and … the
                # country's trade")
                return country._replace(kind="party") if country is not None else None
            return None
        if word not in SHARE_WORDS and word != "country" and view.mention_covering(index) is None:
            return None
    return None


def _targets_in_clause(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, facts: CaseFacts
) -> tuple[Targets, int]:
    owner = _owner_of_the_trade(article, view, cue) if cue.form == "verb" else None
    if owner is not None:  # "restricted a large part of the country's trade with the bloc"
        return Targets(named=[owner]), -1
    end = _target_end(view, cue.index)
    exempt = _exempted_from(view, cue.index)
    if exempt is not None:  # "The EU exempted Sberbank and Gazprombank from the SWIFT ban"
        verb, before = exempt
        targets = _parse_targets(article, view, verb + 1, before, facts)
        targets.verb, targets.exempted = verb, True
        if not targets.empty():
            return targets, -1
    if (cue.form == "verb" or _fronted_predicate(view, cue.index)) and _among_those(
        view, cue.index
    ):  # ("Also subject to the asset freeze are …": a noun fronted with its predicate)
        return _among_those_targets(article, view, cue.index, facts), -1
    if view.lower(cue.index) in LIST_WORDS and view.lower(cue.index + 1) in LIST_LINKS:
        # "Russia's entry blacklist includes A, B and C": the members follow the verb
        first = cue.index + 2
        return _parse_targets(article, view, first, _target_end(view, first), facts), -1
    if cue.form == "noun" and those_frame_link(view, cue.index) >= 0:
        # "Those hit by the new sanctions are A, B and C"
        return _among_those_targets(article, view, cue.index, facts), -1
    if cue.form == "noun" and _those_on_the_list(view, cue.index):
        # "Those on the sanctions list include A, B and C"
        return _among_those_targets(article, view, cue.index, facts), -1
    participle = measure_noun_passive(view, cue.index) if cue.form == "noun" else -1
    if participle >= 0 and view.lower(participle + 1) in TARGET_PREPOSITIONS:
        # "sanctions were imposed against 14 officials": the targets follow the participle
        first = participle + 2
        targets = _parse_targets(article, view, first, _target_end(view, first), facts)
        if not targets.empty():
            return targets, -1
    copula = _target_of_frame(view, cue.index) if cue.form == "noun" else -1
    if copula >= 0:  # "Russia is itself the target of sweeping measures imposed by …"
        targets = _subject_targets(article, view, copula, facts)
        if not targets.empty():
            return targets, -1
    spared = _spared_passive(view, cue.index) if cue.form == "noun" else -1
    if spared >= 0:  # "Sberbank and Gazprombank … were left out of the ban"
        targets = _subject_targets(article, view, spared, facts)
        targets.exempted = targets.passive = True
        if not targets.empty():
            return targets, -1
    if cue.form == "no_entry":
        # "Russian tourists can no longer enter Estonia": the subject is kept out
        return _subject_targets(article, view, cue.verb, facts), -1
    if cue.form == "swift" and _swift_passive(view, cue):
        # "VTB was excluded from SWIFT by the EU": the subject is cut off
        return _subject_targets(article, view, cue.verb, facts), -1
    if cue.form == "swift":
        first = cue.verb + 1
        if view.lower(first) in {"off", "out"} and view.lower(first + 1) not in {"from", "of"}:
            first += 1  # "cut off seven Russian banks from SWIFT": the particle, then the object
        if view.lower(first) == "access":
            # "removed access to SWIFT payments for Russia's largest bank, Sberbank": whose
            # access follows "for"
            beneficiary = next(
                (i for i in range(cue.index + 1, cue.index + 4) if view.lower(i) == "for"), -1
            )
            if beneficiary < 0:
                return Targets(), -1
            return _parse_targets(
                article, view, beneficiary + 1, _target_end(view, beneficiary), facts
            ), -1
        stop = next(
            (i for i in range(first, cue.index + 1) if view.lower(i) in {"off", "from", "out"}),
            cue.index,
        )
        targets = _parse_targets(article, view, first, stop, facts)
        # "excluded seven Russian banks from the SWIFT payment system, among them VTB"
        _add_members(view, cue.index + 1, _target_end(view, cue.index), targets)
        return targets, -1
    if cue.form == "list_add" and passive_verb_at(view, cue.verb):
        # "Mr Maduro was added to the US sanctions list": the subject is listed; "57 people
        # were included in the lists, including A and B": and its named members
        targets = _subject_targets(article, view, cue.verb, facts)
        _add_members(view, cue.index + 1, _target_end(view, cue.index), targets)
        return targets, -1
    if cue.form == "list_add":
        # "added X to its list", "put X on its blacklist"
        stop = next(
            (i for i in range(cue.verb + 1, cue.index) if view.lower(i) in {"to", "on"}), -1
        )
        if stop < 0:
            return Targets(), -1
        targets = _parse_targets(article, view, cue.verb + 1, stop, facts)
        # "adds 11 officials to its list, including Vice-President Delcy Rodríguez"
        _add_members(view, cue.index + 1, _target_end(view, cue.index), targets)
        return targets, -1
    if cue.form == "list_drop" and not passive_verb_at(view, cue.verb):
        # "The Treasury removed three officials from its sanctions list": the object
        stop = next(
            (i for i in range(cue.verb + 1, cue.index) if view.lower(i) in {"from", "off"}), -1
        )  # ("took him off its sanctions list")
        if stop > cue.verb + 1:
            return _parse_targets(article, view, cue.verb + 1, stop, facts), -1
    # (the measure's own passive, "sanctions on X were lifted", names its targets after it)
    own_passive = cue.form == "noun" and participle >= 0
    if cue.form == "list_drop" or (_is_passive(view, cue) and not own_passive):
        anchor = cue.verb if cue.form == "list_drop" else cue.index
        return _subject_targets(article, view, anchor, facts), -1
    if cue.form == "freeze":
        return _frozen_targets(article, view, cue, end, facts), -1
    if cue.form == "verb" and view.lower(cue.index) in CLOSED_SPACES:
        # "airspace to …", "borders to …", up to the clause's end ("close EU ports to Russian
        # ships, bar …")
        end = min(end, clause_end(view, cue.index))
        return _parse_targets(article, view, cue.index + 2, end, facts), -1
    if cue.form == "verb" and cue.measure == "price cap":
        return _parse_targets(article, view, cue.index + 4, end, facts), -1  # "the price of"
    if cue.form == "verb":
        return _object_targets(article, view, cue, end, facts), -1
    if cue.form == "visa":
        return _visa_targets(article, view, cue, end, facts), -1
    return _noun_targets(article, view, cue, end, facts)


# Words after which a target list has ended: "sanctions on Moscow if Russian forces moved
# deeper into Ukraine" does not target Ukraine.
# ("alongside the United States" names a companion, not a target)
TARGET_ENDERS = frozenset({"if", "unless", "because", "until", "when", "whenever", "alongside"})


def _target_end(view: SentenceView, cue: int) -> int:
    end = semicolon_list_end(view, strong_end(view, cue))
    aside = relative_aside_close(view, cue)
    if aside >= 0:
        end = min(end, aside)  # "the EU, which has frozen X's reserves, formally cut …"
    so_did = same_act_at(view, cue, end)
    if so_did >= 0:
        end = so_did  # "…, and so has Saudi Arabia": another imposer, not a target
    attribution = attribution_comma(view, cue, ATTRIBUTING_VERBS)
    if 0 <= attribution < end:
        end = attribution  # "… of Vladimir Putin, the Swiss government announced": its source
    return next((i for i in range(cue + 1, end) if view.lower(i) in TARGET_ENDERS), end)


def _among_those_targets(
    article: AnnotatedArticle, view: SentenceView, cue: int, facts: CaseFacts
) -> Targets:
    copula = next(
        (i for i in range(cue + 1, min(view.end, cue + 8)) if view.lower(i) in THOSE_LINKS),
        -1,
    )
    if copula >= 0 and those_frame_link(view, cue) == copula:
        end = _target_end(view, copula + 1)
        targets = _parse_targets(article, view, copula + 1, end, facts)
        group = _frame_group(view, cue)
        if group is not None and group not in targets.groups:
            # "The latest companies to be sanctioned include A and B": the group and its members
            targets.groups.append(group)
        # "… include Caroil and three Panama-based groups: Trocana World, Tovase …"
        members_end = strong_end(view, end + 1) if view.lower(end) == ":" else end
        _add_members(view, copula + 1, members_end, targets)
        return targets
    head = cue - 1 - (view.lower(cue - 1) in THOSE_ADVERBS)
    among = view.lower(head - 1) == "among" and view.lower(head - 2) in THOSE_LINKS
    if copula < 0 or (among and view.lower(copula - 1) == "as"):
        if not among:
            return Targets()
        # "Ivan Orlov and Pavel Zotov are among those sanctioned this year": the subject;
        # "Barack Obama is among those barred, as are the hosts A, B and C": and the others
        targets = _subject_targets(article, view, head - 2, facts)
        if copula >= 0:
            more = _parse_targets(article, view, copula + 1, _target_end(view, copula + 1), facts)
            targets.named.extend(m for m in more.named if m not in targets.named)
            targets.groups.extend(more.groups)
        return targets
    return _parse_targets(article, view, copula + 1, _target_end(view, copula + 1), facts)


def _frame_group(view: SentenceView, cue: int) -> tuple[str, int | None] | None:
    """The group a frame of the sanctioned opens on ("The latest companies to be sanctioned",
    "The four banks hit by …"), with its count; None for "Those …"."""
    start = view.start
    if _one_of_the(view, start):
        start += 2  # "One of the four regional leaders sanctioned Monday is …"
    if view.lower(start) != "the":
        return None
    for index in range(start + 1, min(cue, start + 4)):
        if view.lower(index) in GROUP_KINDS:
            counts = [_count(view.lower(i)) for i in range(start + 1, index)]
            return GROUP_KINDS[view.lower(index)], next((c for c in counts if c), None)
    return None


TARGETING_ADVERBS = frozenset(
    {"also", "will", "would", "now", "mainly", "largely", "currently", "already"}
    | {"has", "have", "had", "previously"}  # "Previous Canadian sanctions had targeted 70 …"
)


def _targeting_relative(view: SentenceView, cue: int) -> int:
    """Where the object of a relative clause on the measure starts when its verb says whom
    the measure hits ("new measures that target the organisers", "sanctions, which targeted
    the officials who …"), or of the verb the measure is the subject of ("US sanctions
    target PDVSA"); -1 otherwise."""
    index = cue + 1
    if view.lower(index) == ",":
        index += 1
    relative = view.lower(index) in {"which", "that"}
    if not relative and index > cue + 1:
        return -1
    index += relative
    while view.lower(index) in TARGETING_ADVERBS:
        index += 1
    if relative:
        return index + 1 if view.lower(index) in TARGETING_VERBS else -1
    # the measure as its verb's subject: "The EU's sanctions currently cover 18 officials"
    # (not "hit", which says its effect too: "the sanctions hit the economy hard")
    return index + 1 if view.lower(index) in SUBJECT_TARGETING_VERBS else -1


RELATIVE_TIME_WORDS = frozenset(
    "earlier later this last that month week year ago days weeks months".split()
)


def _past_a_date(view: SentenceView, index: int) -> int:
    """The word after a date opening at ``index`` ("on Tuesday", "on 22 February", "in
    March", "earlier this month"), or ``index`` when none opens there."""
    if view.lower(index) in {"earlier", "last", "this"}:
        after = index
        while after < index + 3 and view.lower(after) in RELATIVE_TIME_WORDS:
            after += 1
        return after if after > index + 1 else index
    if view.lower(index) not in {"on", "in"}:
        return index
    after = index + 1
    if view.lower(after).isdigit():
        after += 1  # "on 22 February"
    if view.lower(after) not in TIME_WORDS:
        return index
    after += 1
    if view.lower(after).isdigit():
        after += 1  # "on February 22"
    return after


def _auxiliary_before(view: SentenceView, verb: int) -> bool:
    """Is the verb a passive participle: right after its auxiliary, or after it and a short
    time phrase ("was on Thursday hit with a UK asset freeze")?"""
    for auxiliary in range(verb - 1, max(view.start, verb - 5) - 1, -1):
        if view.lower(auxiliary) in PASSIVE_AUXILIARIES:
            between = [view.lower(i) for i in range(auxiliary + 1, verb)]
            return not between or is_time_phrase(between) or set(between) <= PASSIVE_ADVERBS
    return False


# Adverbs between a passive's auxiliary and its participle ("was also slapped with …")
PASSIVE_ADVERBS = frozenset({"also", "later", "subsequently", "already", "now", "recently"})


# Words a noun phrase before a reduced relative ("seven oligarchs slapped with …") does not
# reach back past
NOUN_PHRASE_STOPS = (
    PASSIVE_AUXILIARIES | CLAUSE_BOUNDARIES | frozenset("of in on at by for with to , ; :".split())
)


def _reduced_relative_head(view: SentenceView, verb: int) -> int:
    """Where the noun phrase a past participle modifies starts ("seven oligarchs slapped with
    restrictions", "the banks hit with sanctions"), or -1 when the word before the
    participle is no noun (an auxiliary, a pronoun, a conjunction)."""
    if not view.lower(verb).endswith("ed") and view.lower(verb) != "hit":
        return -1
    noun = view.lower(verb - 1)
    if not noun.isalpha() or noun in NOUN_PHRASE_STOPS or noun in OWNER_PRONOUNS:
        return -1
    first = verb - 1
    while first - 1 >= view.start and verb - first < 6:
        word = view.lower(first - 1)
        if word in NOUN_PHRASE_STOPS or not (word.isalnum() or word in {"-", "'s", "’s"}):
            break
        first -= 1
    return first


PASSIVE_IMPOSING_PARTICIPLES = frozenset(
    w for w in IMPOSING_VERBS if w.endswith("ed") and w not in {"agreed", "backed", "supported"}
) | {"put", "set"}


def _imposed_passively(view: SentenceView, cue: int, preposition: int, end: int) -> bool:
    """Is the measure the subject of an agentless passive of imposing, right before its
    target ("New sanctions were imposed on PDVSA", "Sanctions have also been slapped on …")?
    Not with an agent after the target ("… on PDVSA by the US"): the agent imposes."""
    participle = preposition - 1
    if view.lower(participle) not in PASSIVE_IMPOSING_PARTICIPLES:
        return False
    auxiliary = participle - 1
    while view.lower(auxiliary) in PARTICIPLE_ADVERBS and auxiliary > cue:
        auxiliary -= 1
    if auxiliary <= cue or view.lower(auxiliary) not in BE_FORMS:
        return False
    return "by" not in window_words(view, preposition + 1, end)


def _noun_targets(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, end: int, facts: CaseFacts
) -> tuple[Targets, int]:
    under = _under_position(view, cue.index)
    placing = _placing_verb(view, under) if under >= 0 else -1
    if placing >= 0:  # "Washington put Sberbank and Alfa-Bank under full blocking sanctions"
        targets = _parse_targets(article, view, placing + 1, under, facts)
        targets.verb = placing  # the imposer is the verb's subject, before its object
        return targets, -1
    if under >= 0:
        targets = _subject_targets(article, view, under, facts)
        targets.named.extend(_elliptical_targets(view, cue.index, end, targets))
        # "1,000 individuals are on the EU's sanctions list, among them Vladimir Putin"
        _add_members(view, cue.index + 1, _target_end(view, cue.index), targets)
        return targets, under + 1
    hit = _hit_with(view, cue.index)
    if hit is not None:
        verb, with_at = hit
        if verb + 1 < with_at:  # "targeted four judges with sanctions": the verb's object
            targets = _parse_targets(article, view, verb + 1, with_at, facts)
            targets.verb = verb  # the imposer is the verb's subject, before its object
            return targets, -1
        if _auxiliary_before(view, verb):  # "X has been (on Thursday) hit with sanctions"
            targets = _subject_targets(article, view, verb, facts)
            targets.passive = True
            return targets, -1
        head = _reduced_relative_head(view, verb)
        if head >= 0:  # "one of seven oligarchs slapped with restrictions": the noun's
            targets = _parse_targets(article, view, head, verb, facts)
            if not targets.empty():
                targets.passive = True  # (an agentless passive: the last imposer's act)
                # "…, including his former business partner Oleg Deripaska": members
                _add_members(view, cue.index + 1, _target_end(view, cue.index), targets)
                return targets, -1
    targeted = _targeting_relative(view, cue.index)
    if targeted >= 0:  # "its eighth package of sanctions, which targeted the officials …"
        targets = _parse_targets(article, view, targeted, _target_end(view, targeted), facts)
        # "The sanctions target Promsvyazbank and VEB": the measure is its verb's subject, so
        # whoever took it was named before (not so in a relative clause on the measure)
        targets.measure_subject = view.lower(cue.index + 1) not in {",", "which", "that"}
        return targets, -1
    restrained = _restraining_relative(view, cue.index)
    if restrained is not None:  # "measures that prevent Russia's central bank from …"
        targets = _parse_targets(article, view, restrained[0], restrained[1], facts)
        if not targets.empty() or _facing_subject(view, cue.index) < 0:
            return targets, -1
        # ("PDVSA faces US sanctions that bar it from …": "it" is whoever faces them, below)
    _, relative_verb = _relative_on_measure(view, cue.index, set())
    preposition = _past_a_date(view, relative_verb + 1) if relative_verb >= 0 else -1
    if relative_verb >= 0 and view.lower(preposition) in TARGET_PREPOSITIONS:
        # "the sanctions that the US will impose on PDVSA", "that Britain imposed on Tuesday
        # on five smaller banks": the relative clause's object
        first = preposition + 1
        return _parse_targets(article, view, first, _target_end(view, first), facts), -1
    index = cue.index + 1
    widening = _widening_verb_before(view, cue.index)
    reach = 6 + _agent_phrase_length(view, cue.index)  # "imposed by the EU and the US against"
    while index < end and index - cue.index <= reach:
        word = view.lower(index)
        if word in TARGET_PREPOSITIONS and view.lower(index + 1) == ":":
            # "sanctions on: PDVSA, the state oil company; and Minerven, …": a list to the end
            return _listed_targets(article, view, index + 2, facts), -1
        if (
            word in TARGET_PREPOSITIONS
            and view.lower(index + 1) in TRADE_NOUNS
            and (view.lower(index + 2) == "with" or _trade_partners(view, index + 1, end))
        ):
            # "a ban on transactions with seven Russian banks": whom the trade is with; "new
            # controls on exports of luxury goods to Russia and Belarus": where it goes
            return _trade_targets(article, view, index + 1, end, facts), -1
        if word in TARGET_PREPOSITIONS and view.lower(index - 1) in AGGRESSION_NOUNS:
            break  # "sanctions in response to Russian aggression against Ukraine": the victim
        lifted_from = word == "from" and any(
            view.lower(i) in LIFTED for i in range(max(view.start, cue.index - 3), cue.index)
        )  # "removed sanctions from two companies": whom they are lifted from
        if (word in TARGET_PREPOSITIONS or lifted_from) and view.lower(index + 1) not in TIME_WORDS:
            targets = _parse_targets(article, view, index + 1, end, facts)
            if targets.empty() and _facing_subject(view, cue.index) >= 0:
                break  # "Cuba and Iran face U.S. freezes on their governments' assets"
            # "New sanctions were imposed on PDVSA": an agentless passive, the last imposer's
            targets.passive = _imposed_passively(view, cue.index, index, end)
            # "The sanctions, announced on Friday, target VTB": the measure is the subject
            targets.measure_subject = (
                word in SUBJECT_TARGETING_VERBS and view.lower(index - 1) == ","
            )
            return targets, -1
        if word == "to" and widening:  # "extended its sanctions to 19 more officials"
            return _parse_targets(article, view, index + 1, end, facts), -1
        if word == "for" and _whom_for(view, index + 1):
            # "ordered asset freezes and travel bans for people, companies and organisations"
            return _parse_targets(article, view, index + 1, end, facts), -1
        if word in CLAUSE_BOUNDARIES or word in {"over", "for"}:
            break
        if word == "as" and view.lower(index + 1) != "well":
            break  # "designated for U.S. sanctions as Washington increases pressure on Maduro"
        if word == "," and any(view.lower(i) in HELD_HEADS for i in range(index + 1, index + 5)):
            break  # "an arms embargo, plus entry bans on seven officials": the bans' target
        index += 1
    covering = _covering_verb_after(view, cue.index, end)
    if covering >= 0:  # "the ban, which takes effect on Tuesday, covers Sberbank, VEB and VTB"
        first = covering + 1 + (view.lower(covering + 1) == "to")
        targets = _parse_targets(article, view, first, _target_end(view, first), facts)
        targets.measure_subject = True
        return targets, -1
    facing = _facing_subject(view, cue.index)
    if facing >= 0:  # "institutions dealing with him would face sanctions" (up to "face")
        facing = _relative_head(view, facing)
        targets = _parse_targets(article, view, facing, _face_verb(view, cue.index), facts)
        if targets.empty() and view.lower(facing - 1) == "whose":
            # "Cuba and Syria, whose governments face a U.S. freeze": the owners face it
            targets = Targets(named=relative_antecedent(view, facing, set()))
        warned = _warned_of(view, facing) if targets.empty() else None
        if warned is not None:  # "warned officials that they could face sanctions"
            targets = _parse_targets(article, view, warned[0] + 1, warned[1], facts)
            targets.verb = warned[0]  # the one who warned would impose them
        elif view.lower(facing - 1) in REPORTING_VERBS:  # "The US said companies … could face"
            reporter = nearest_run(
                view, clause_start(view, facing - 1), facing - 1, set(), frozenset({"of"})
            )
            if reporter and all((m.party_id or m.entity_id) in facts.contested for m in reporter):
                # "Zelensky said Russia risked new sanctions": a contested party calls for
                # them, it would not impose them; who would, the text does not say
                return Targets(), -1
            targets.verb = facing - 1
        elif view.lower(facing - 1) == "that" and view.lower(facing - 2) in REPORTING_VERBS:
            # "Bolton warned that Venezuelan officials could face sanctions": the one who
            # warned would impose them, not the demonym in the target phrase
            targets.verb = facing - 2
        else:
            targets.before_cue = True  # who faces the measure is its target, never its imposer
        return targets, -1
    placed = _placed_on(view, cue.index, end)
    if placed >= 0:
        return _parse_targets(article, view, placed, end, facts), -1
    threatened = _threat_object(view, cue.index)
    if threatened.empty() and (
        _sector_measure_acted_on(view, cue.index) or _price_cap_acted_on(view, cue)
    ):
        return Targets(single="sector"), -1  # "ruled out oil sanctions"
    if threatened.empty():
        named = target_modifier(view, cue.index)
        if named is not None:  # "Canada expands Venezuela sanctions": on Venezuela
            return Targets(named=[named]), -1
    return threatened, -1


# Verbs whose subject is a measure and whose object is what it hits: "the ban covers X".
COVERING_VERBS = INCLUDING_VERBS | frozenset(
    """covered targets target targeted included hits hit applies apply applied extends extend
    extended names name named touch touches touched affect affects affected""".split()
)
COVERING_AUXILIARIES = frozenset({"will", "would", "also", "now", "which", "that"})


def _covering_verb_after(view: SentenceView, cue: int, end: int) -> int:
    """The verb right after a measure that is its subject ("The ban covers", "the measures,
    which take effect on Tuesday, will also target"), or -1. "apply", "extend" need a "to"."""
    index = cue + 1
    if view.lower(index) == ",":  # past an aside set off by commas
        closing = next(
            (i for i in range(index + 1, min(end, index + 14)) if view.lower(i) == ","), -1
        )
        opener = view.lower(index + 1)
        # (a relative, or a participle's aside: "The new sanctions, delivered by the
        # Treasury's OFAC, target …")
        if closing < 0 or (opener not in {"which", "that", "who"} and not opener.endswith("ed")):
            return -1
        index = closing + 1
    while view.lower(index) in COVERING_AUXILIARIES:
        index += 1
    word = view.lower(index)
    if word not in COVERING_VERBS or index >= end:
        return -1
    if word.startswith(("appl", "exten")) and view.lower(index + 1) != "to":
        return -1
    return index


SPARING_PARTICIPLES = EXEMPTING_VERBS | {"left", "kept", "excluded", "exempt"}


TARGET_NOUNS = frozenset({"target", "targets", "object"})
TARGET_FRAME_ADVERBS = frozenset({"itself", "themselves", "also", "now", "already", "still"})
TARGET_FRAME_REACH = 4  # words of "sweeping new US" between "of" and the measure


def _target_of_frame(view: SentenceView, cue: int) -> int:
    """The copula of "X is (itself) the target of (sweeping US) sanctions", or -1: X, its
    subject, is what the measure hits."""
    position = cue - 1
    while cue - position <= TARGET_FRAME_REACH and view.lower(position) != "of":
        if view.mention_covering(position) is None and not view.lower(position).isalpha():
            return -1
        position -= 1
    if view.lower(position) != "of" or view.lower(position - 1) not in TARGET_NOUNS:
        return -1
    position -= 2
    while view.lower(position) in {"the", "a", "main", "primary", "latest", "prime"}:
        position -= 1
    while view.lower(position) in TARGET_FRAME_ADVERBS:
        position -= 1
    return position if view.lower(position) in BE_FORMS else -1


def _spared_passive(view: SentenceView, cue: int) -> int:
    """The participle of "were left out of the ban", "was spared from the sanctions", "were
    exempted from the measures" before the measure at ``cue``, or -1: its subject is spared."""
    position = cue - 1
    while view.lower(position) in DETERMINERS or view.lower(position) in MEASURE_MODIFIERS:
        position -= 1
    if view.lower(position) not in {"of", "from"}:
        return -1
    position -= 1
    if view.lower(position) == "out":
        position -= 1
    if view.lower(position) not in SPARING_PARTICIPLES:
        return -1
    auxiliary = view.lower(position - 1)
    return position if auxiliary in BE_FORMS or auxiliary in {"also", "been"} else -1


def _exempted_from(view: SentenceView, cue: int) -> tuple[int, int] | None:
    """For '<exempt> X from the (SWIFT) ban': the verb's position and the "from"'s."""
    position = cue - 1
    while (
        view.lower(position) in DETERMINERS
        or view.lower(position) in MEASURE_MODIFIERS
        or (view.mention_ending(position) is not None)
    ):
        mention = view.mention_ending(position)
        position = mention.token_start - 1 if mention is not None else position - 1
    if view.lower(position) != "from" or view.lower(cue + 1) in TARGET_PREPOSITIONS:
        return None  # ("exempts Chevron from sanctions on PDVSA": PDVSA's stay in force)
    for verb in range(position - 1, max(view.start, position - 12) - 1, -1):
        if view.lower(verb) in EXEMPTING_VERBS:
            return (verb, position) if verb + 1 < position else None
        if view.lower(verb) in CLAUSE_BOUNDARIES:
            return None
    return None


def _listed_targets(
    article: AnnotatedArticle, view: SentenceView, first: int, facts: CaseFacts
) -> Targets:
    """Targets listed after a colon, items split by semicolons ("on: PDVSA, the state oil
    company; Minerven, the gold miner; and the central bank")."""
    targets = Targets()
    bounds = [first, *(i + 1 for i in range(first, view.end) if view.lower(i) == ";")]
    for start, stop in zip(bounds, [*bounds[1:], view.end + 1], strict=True):
        start += 1 if view.lower(start) in {"and", "or"} else 0
        item = _parse_targets(article, view, start, stop - 1, facts)
        targets.named.extend(m for m in item.named if m not in targets.named)
        targets.groups.extend(item.groups)
        targets.single = targets.single or item.single
    return targets


PLACED_OBJECT_REACH = 12  # tokens of "Sberbank and Alfa-Bank, Russia's two largest lenders,"
# Verbs that hold their object under a measure already in force ("already has 18 officials
# under sanctions", "keeps the bank under sanctions")
HOLDING_VERBS = frozenset({"has", "have", "had", "keeps", "keep", "kept"})


def _placing_verb(view: SentenceView, under: int) -> int:
    """The verb that puts or holds its object under the measure ("put Sberbank under
    sanctions", "has placed four judges under US sanctions", "already has 18 officials under
    sanctions"), or -1: an active verb with its object between it and "under", in the same
    clause. The object is the target and the verb's subject the imposer (a passive, "was
    placed under", keeps its subject as the target; so does a perfect, "has been under")."""
    for index in range(under - 2, max(view.start, under - PLACED_OBJECT_REACH) - 1, -1):
        word = view.lower(index)
        if word in PUTTING_IN_PLACE:
            return -1 if view.lower(index - 1) in BE_FORMS else index
        if word in HOLDING_VERBS and _holds_an_object(view, index + 1, under):
            return index
        if word in CLAUSE_BOUNDARIES or word in {";", ":"}:
            return -1
    return -1


def _holds_an_object(view: SentenceView, start: int, under: int) -> bool:
    """Is what stands between a holding verb and "under" its object, not the rest of a verb
    group ("has long been under sanctions", "had its assets frozen under")?"""
    return not any(
        view.lower(index) in BE_FORMS
        or view.lower(index) in {"been", "remained", "stayed"}
        or view.lower(index).endswith("ed")
        for index in range(start, under)
    )


def _elliptical_targets(view: SentenceView, cue: int, end: int, targets: Targets) -> list[Mention]:
    """'… under US sanctions since 2018 and Mr Sechin since 2014': more subjects, same measure."""
    found = []
    for mention in view.mentions:
        if cue < mention.token_start < view.end and view.lower(mention.token_end) == "since":
            glue = view.lower(mention.token_start - 1)
            if glue in {"and", ",", "company", "bank", "firm"} or glue in TITLE_WORDS:
                found.append(mention)
    known = {m.entity_id for m in targets.named}
    return [m for m in found if m.entity_id not in known]


def _facing_subject(view: SentenceView, cue: int) -> int:
    """'X would face (further) sanctions': the first token of X's clause, or -1."""
    index = _face_verb(view, cue)
    if index < 0:
        return -1
    # ("Bolton said foreign companies risk US sanctions": the reported clause's subject)
    return _past_reported_that(view, clause_start(view, index), index)


def _relative_head(view: SentenceView, start: int) -> int:
    """Where a clause opened by a relative pronoun attaches: "officials who backed Maduro
    could face sanctions" has its subject before "who" ("that" only after a group noun,
    since it also opens a reported clause)."""
    before = view.lower(start - 1)
    if before not in {"who", "which"} and not (
        before == "that" and view.lower(start - 2) in GROUP_KINDS
    ):
        return start
    index, loose = start - 1, 0  # walk back over the noun phrase the relative clause follows
    while index - 1 >= max(view.start, start - 10):
        word = view.lower(index - 1)
        if view.mention_covering(index - 1) is None and not (
            word in GROUP_KINDS
            or word in SINGLE_KINDS
            or word in DETERMINERS
            or _count(word) is not None
        ):
            if word in REPORTING_VERBS or word in THREATENED or word in CLAUSE_BOUNDARIES:
                break
            loose += 1  # an adjective ("state-run companies"): at most two
            if loose > 2 or not NOUN_WORD.match(word) or word == "that":
                break
        index -= 1
    return index


def _warned_of(view: SentenceView, subject: int) -> tuple[int, int] | None:
    """For "warned X that they could face …" with ``subject`` at "they": the warning verb and
    where X ends."""
    if view.lower(subject) not in {"they", "he", "she"} or view.lower(subject - 1) != "that":
        return None
    for index in range(subject - 2, max(view.start, subject - 14) - 1, -1):
        if view.lower(index) in THREATENED:
            return (index, subject - 1) if index + 1 < subject - 1 else None
        if view.lower(index) in STRONG_BOUNDARIES:
            break
    return None


def _placed_on(view: SentenceView, cue: int, end: int) -> int:
    """'an embargo … would be placed on Cuba': the first token after such an 'on'."""
    for index in range(cue + 1, view.end - 1):
        if view.lower(index) in {"placed", "imposed", "slapped", "levied"} and view.lower(
            index + 1
        ) in {"on", "against"}:
            return index + 2
        if view.lower(index) in {";", "."}:
            break
    return -1


def _threat_object(view: SentenceView, cue: int) -> Targets:
    """'warned China of "consequences", including possible sanctions': China is the target."""
    for index in range(cue - 1, view.start - 1, -1):
        word = view.lower(index)
        if word in STRONG_BOUNDARIES:
            break
        if word in THREATENED and word != "possible":
            run = forward_run(view, index + 1, cue, set())
            if run:
                return Targets(named=list(run), verb=index)
            break
    return Targets()


AGENT_PHRASE_REACH = 10  # tokens of "by the European Union and the United States"


def _agent_phrase_length(view: SentenceView, cue: int) -> int:
    """Tokens of the agent of a source participle right after the measure ("sanctions imposed
    by the European Union and the United States against Russia"): the target follows it."""
    by = participle_agent(view, cue + 1)
    if by < 0:
        return 0
    agents = forward_run(view, by + 1, min(view.end, by + 1 + AGENT_PHRASE_REACH), set())
    if not agents or view.lower(agents[-1].token_end) not in TARGET_PREPOSITIONS:
        return 0  # (the target right after the agent: not "…, preferring measures against X")
    return agents[-1].token_end - cue - 1


def _object_targets(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, end: int, facts: CaseFacts
) -> Targets:
    """'sanctioned X', 'barred 200 people … from entering', 'banned imports of Russian oil'."""
    first = cue.index + 1
    while view.lower(first) in {"on"}:
        first += 1
    if view.lower(first) == "of" and view.lower(cue.index).endswith("ing"):
        first += 1  # "approved the sanctioning of 100 further individuals": a gerund's object
    entry = view.lower(first) == "entry" and view.lower(first + 1) in {"to", "into", "for"}
    if entry:
        first += 2  # "barred entry to five officials": the officials are the targets
    elif [view.lower(i) for i in range(first, first + 3)] == ["the", "entry", "of"]:
        first += 3  # "banned the entry of 63 Japanese officials"
    if view.lower(cue.index) == "issuing" and view.lower(first) == "visas":
        first += 2 if view.lower(first + 1) in {"to", "for"} else 1  # "stopped issuing visas to"
    restricting = view.lower(cue.index) in {"restrict", "restricts", "restricted", "restricting"}
    if restricting and view.lower(first) in TRADE_NOUNS:
        return _trade_targets(article, view, first, end, facts)  # "restricted transactions with"
    if restricting and entry:
        return _parse_targets(article, view, first, end, facts)  # "restrict entry to X"
    if restricting:
        # "to restrict visas for Maduro's inner circle": the targets follow "for".
        after = next((i for i in range(first, min(end, first + 4)) if view.lower(i) == "for"), -1)
        if after < 0:
            return Targets()
        return _parse_targets(article, view, after + 1, end, facts)
    if view.lower(first) in TRADE_NOUNS or (
        view.lower(first) in DETERMINERS | {"all", "most"}
        and view.lower(first + 1) in TRADE_NOUNS | {"investment", "issuance"}
    ):
        return _trade_targets(article, view, first, end, facts)
    if view.lower(first) in TRADE_MODIFIERS and view.lower(first + 1) in TRADE_NOUNS:
        return _trade_targets(article, view, first + 1, end, facts)  # "financial transactions"
    dealing = _dealing_with(view, first, end)
    if dealing >= 0:
        return _parse_targets(article, view, dealing, end, facts)
    bought = _instrument_bought(view, first, end)
    if bought >= 0:  # "barring Americans from buying Venezuelan government debt"
        return _instrument_targets(article, view, bought, end, facts)
    return _parse_targets(article, view, first, end, facts)


# "barred US banks from buying new bonds issued by the government": the issuer is the target,
# not those barred from buying
BUYING_VERBS = frozenset(
    """buying purchasing trading selling holding financing acquiring dealing shipping
    importing exporting insuring transporting""".split()
)
ISSUERS = frozenset({"issued", "sold", "offered", "backed"})


def _instrument_bought(view: SentenceView, first: int, end: int) -> int:
    """Where the instrument starts after "from buying / trading in" in the dozen words after
    the object, or -1."""
    for index in range(first, min(end, first + 12)):
        if view.lower(index) == "from" and view.lower(index + 1) in BUYING_VERBS:
            position = index + 2
            while view.lower(position) in {"in", "or", "otherwise", ","} or (
                view.lower(position) in BUYING_VERBS
            ):
                position += 1  # "from buying, selling or otherwise dealing in"
            return position
        if view.lower(index) in CLAUSE_BOUNDARIES:
            return -1
    return -1


def _instrument_targets(
    article: AnnotatedArticle, view: SentenceView, first: int, end: int, facts: CaseFacts
) -> Targets:
    """The issuer of what may not be bought: after "issued by" ("bonds issued by the
    government or by the state oil company PDVSA"), else the instrument's own owner
    ("Venezuelan government debt": the government)."""
    for index in range(first, min(end, first + 10)):
        if view.lower(index) in ISSUERS and view.lower(index + 1) == "by":
            targets = _parse_targets(article, view, index + 2, end, facts)
            if not targets.empty():
                return targets
    return _parse_targets(article, view, first, end, facts)


def _trade_targets(
    article: AnnotatedArticle, view: SentenceView, first: int, end: int, facts: CaseFacts
) -> Targets:
    """'banning imports of Russian coal' (a sector) or 'trade … in the DPR and the LPR'; exports
    "to Russia" or imports "from Venezuela" are a measure on that country."""
    destinations = _trade_partners(view, first, end)
    if destinations:
        return Targets(named=destinations)
    for index in range(first, end):
        word = view.lower(index)
        if word == "of":
            targets = _parse_targets(article, view, index + 1, end, facts)
            if targets.named and all(m.entity_type == "country" for m in targets.named):
                return Targets(single="sector")  # "imports of Russian oil": a sector
            return targets if not targets.empty() else Targets(single="sector")
        if word in {"in", "with", "between"}:
            targets = _parse_targets(article, view, index + 1, end, facts)
            targets.between = word == "between"
            if targets.named or (word == "with" and targets.groups):
                return targets  # ("… with seven Russian banks": a counted group)
            if targets.single == "government":
                return targets  # "trade in its new sovereign debt": the state's
    return Targets(single="sector")


OUTWARD_TRADE = frozenset("exports export sales sale supply supplies delivery deliveries".split())
INWARD_TRADE = frozenset({"imports", "import", "purchases"})


def _trade_partners(view: SentenceView, first: int, end: int) -> list[Mention]:
    """The countries trade goes to ("exports to Russia of most American chips", "the export
    of luxury goods to Russia and Belarus") or comes from ("imports from Venezuela"), within
    the phrase; none when it names no country there."""
    trade = next((i for i in range(first, min(end, first + 3)) if view.lower(i) in TRADE_NOUNS), -1)
    if trade < 0:
        return []
    direction = "to" if view.lower(trade) in OUTWARD_TRADE else "from"
    if view.lower(trade) not in OUTWARD_TRADE | INWARD_TRADE:
        return []
    for index in range(trade + 1, min(end, trade + 12)):
        if view.lower(index) in CLAUSE_BOUNDARIES or view.lower(index) == ",":
            return []
        if view.lower(index) == direction:
            # ("to Russia and Belarus": the coordinated names right after it)
            return [
                m
                for m in forward_run(view, index + 1, end, set())
                if m.entity_type == "country" and m.kind != "demonym"
            ]
    return []


def _dealing_with(view: SentenceView, first: int, end: int) -> int:
    """'barred Americans from dealing with the central bank', '… from any transactions with
    the central bank': the first token after 'with'."""
    for index in range(first, min(end, first + 10)):
        following = view.lower(index + 1)
        if following in {"any", "all"}:
            following = view.lower(index + 2)
        if following in TRADE_MODIFIERS and view.lower(index) == "from":
            following = view.lower(index + 2 + (view.lower(index + 1) in {"any", "all"}))
            # ("from financial dealings with them", "from any commercial transactions with")
        if view.lower(index) == "from" and (following in DEALING_VERBS or following in TRADE_NOUNS):
            for position in range(index + 2, min(end, index + 6)):
                if view.lower(position) == "with":
                    return position + 1
    return -1


def _sector_measure_acted_on(view: SentenceView, cue: int) -> bool:
    """ "ruled out oil sanctions", "is weighing oil sanctions", "eased its oil sanctions": a
    sector's measure that a verb of imposing, proposing, refusing or lifting governs (not
    "condemned the oil sanctions")."""
    if SINGLE_KINDS.get(view.lower(cue - 1)) != "sector":
        return False
    # (the five words before the kind word: "ruled out oil sanctions")
    governing = IMPOSING_VERBS | PROPOSED | THREATENED | LIFTED
    return bool(_words_before(view, cue - 1, 5) & governing)


def _words_before(view: SentenceView, index: int, reach: int = 6) -> set[str]:
    """The words of the few tokens before ``index``: where the verb governing a measure's
    noun stands ("has ruled out oil sanctions", "have not signed up to the price cap")."""
    return {view.lower(i) for i in range(max(view.start, index - reach), index)}


SIGNING_UP = frozenset({"signed", "sign", "signs", "signing"})
BACKING = ADVOCATING | {"back", "backs", "backed"}


def _price_cap_acted_on(view: SentenceView, cue: Cue) -> bool:
    """ "agreed a price cap", "have not signed up to the cap", "the price cap, agreed by the
    G7": a cap is on a commodity's price, a sector's measure, whether or not the commodity
    is named; a verb of imposing, joining or refusing it before it, or a participle of
    making it set off after it, makes it one reported."""
    if cue.measure != "price cap":
        return False
    if view.lower(cue.index + 1) == "," and view.lower(cue.index + 2) in APPOSED_PARTICIPLES:
        return True  # "the price cap, agreed by the G7, …"
    # (only a verb before it governs it: "Peskov said the price cap would damage Europe",
    # "Yermak said the cap should be lowered" judge a cap, they impose none)
    near = _words_before(view, cue.index)
    if near & BACKING:
        return False  # "would support the price cap only if …": advocacy, no measure taken
    return bool(near & (IMPOSING_VERBS | PROPOSED | THREATENED | SIGNING_UP))


OWNED_BY = frozenset(
    {
        ("belonging", "to"),
        ("owned", "by"),
        ("held", "by"),
        ("controlled", "by"),
        ("linked", "to"),  # "a yacht linked to Igor Sechin"
        ("tied", "to"),
    }
)


def _frozen_targets(
    article: AnnotatedArticle, view: SentenceView, cue: Cue, end: int, facts: CaseFacts
) -> Targets:
    """'froze the (personal) assets of X', 'freezing X's assets', 'froze VTB's assets'."""
    if view.lower(cue.index) in FROZEN_PARTICIPLES:
        before = _frozen_before(article, view, cue.index, facts)
        if before is not None:
            return before  # "the assets of X were frozen", "X has had his assets frozen"
    for index in range(cue.index + 1, min(end, cue.index + 12)):
        if view.lower(index) in FROZEN_THINGS and view.lower(index + 1) == "of":
            return _parse_targets(article, view, index + 2, end, facts)
        owner = _owner_after_a_place(view, index, end)
        if view.lower(index) in FROZEN_THINGS and owner > 0:
            # "$7 billion in assets belonging to PDVSA", "any property in the United States
            # owned by Maduro's son"
            return _parse_targets(article, view, owner, end, facts)
        agent = _holder_after_a_place(view, index, end)
        if view.lower(index) in FROZEN_THINGS and agent > 0:
            # "froze any assets held in their jurisdictions by Putin and Lavrov"
            return _parse_targets(article, view, agent, end, facts)
        if view.lower(index) in FROZEN_THINGS:
            holders = forward_run(view, index + 1, end, set())
            if holders and view.lower(holders[-1].token_end) in HOLDING_VERBS:
                return Targets(named=holders)  # "froze any assets Putin and Lavrov hold"
            holders = _holders_in_a_relative(view, index + 1, end)
            if holders:
                return Targets(named=holders)  # "any assets that Putin and … Lavrov hold"
    owners = []
    for index in range(cue.index + 1, min(end, cue.index + 12)):
        mention = view.mention_starting(index)
        if mention is not None and view.lower(mention.token_end) in {"'s", "’s", "'"}:
            owners.append(mention)
        subject_form = POSSESSIVE_SUBJECTS.get(view.lower(index))
        if subject_form in {"he", "she"} and _owns_frozen_things(view, index):
            # "the European Union froze his assets last year": whom "his" names (not the
            # freezer: "the Supreme Tribunal barred Guaidó … and froze his bank accounts")
            named = pronoun_target(article, view, index, subject_form, _freezers(view, cue))
            owners.extend(m for m in named if m not in owners)
        if view.lower(index) in FROZEN_THINGS:
            # "froze $7bn of PDVSA assets": a name right before the assets owns them
            modifier = view.mention_ending(index - 1)
            if modifier is not None and modifier.kind != "demonym" and modifier not in owners:
                owners.append(modifier)
            break
    return Targets(named=owners)


def _freezers(view: SentenceView, cue: Cue) -> frozenset[str]:
    """Who freezes: the names opening the freezing verb's clause ("…, when the UK froze his
    assets"), else the sentence's opening names ("The Supreme Tribunal barred Guaidó … and
    froze his bank accounts")."""
    start = clause_start(view, cue.index)
    subject = [
        m for m in view.mentions if start <= m.token_start <= start + 3 and m.token_end <= cue.index
    ]
    run = forward_run(view, subject[0].token_start, cue.index, set()) if subject else []
    run = run or opening_run(view, cue.index, set(), across=True)
    return frozenset(m.entity_id for m in run)


OWNED_THING_REACH = 3  # tokens from "his" to the assets: "his UK-based assets"


def _owns_frozen_things(view: SentenceView, pronoun: int) -> bool:
    """Does the possessive at ``pronoun`` own the frozen things ("his assets", "her personal
    property"), with no other noun phrase between?"""
    for index in range(pronoun + 1, min(view.end, pronoun + 1 + OWNED_THING_REACH)):
        if view.lower(index) in FROZEN_THINGS:
            return True
        if not view.lower(index).replace("-", "").isalpha():
            return False
    return False


HOLDER_RELATIVE_REACH = 14  # tokens of "that Vladimir Putin and his foreign minister, Sergei
# Lavrov, hold"


def _holders_in_a_relative(view: SentenceView, relative: int, end: int) -> list[Mention]:
    """The names between "that"/"which" after a frozen thing and the clause's holding verb
    ("any assets that Vladimir Putin and his foreign minister, Sergei Lavrov, hold"): the
    owners, appositions and all; none when another verb comes first."""
    if view.lower(relative) not in {"that", "which"}:
        return []
    for index in range(relative + 1, min(end, relative + HOLDER_RELATIVE_REACH)):
        word = view.lower(index)
        if word in HOLDING_VERBS:
            return [
                m
                for m in view.mentions
                if relative < m.token_start
                and m.token_end <= index
                and m.entity_type in {"person", "org"}
            ]
        if word in CLAUSE_BOUNDARIES or word in {";", ":", "."}:
            return []
    return []


HELD_PARTICIPLES = frozenset({"held", "owned", "controlled"})
HOLDER_REACH = 8  # tokens of "held in their jurisdictions by"


def _holder_after_a_place(view: SentenceView, thing: int, end: int) -> int:
    """Where the holder starts in "assets held <place> by X" (a place phrase between the
    participle and its agent), or -1."""
    if view.lower(thing + 1) not in HELD_PARTICIPLES:
        return -1
    for index in range(thing + 2, min(end, thing + HOLDER_REACH)):
        word = view.lower(index)
        if word == "by":
            return index + 1
        if word in {",", ";", ":"} or word in CLAUSE_BOUNDARIES:
            return -1
    return -1


HOLDING_VERBS = frozenset({"hold", "holds", "held", "own", "owns", "owned", "have", "has", "had"})


def _owner_after_a_place(view: SentenceView, thing: int, end: int) -> int:
    """Where the owner starts in "assets owned by X" or "assets <place> owned by X" (a place
    phrase between the frozen thing and its participle), or -1. The participle must follow
    the place phrase within a few words, with no comma or clause in between: "property in
    the United States owned by X" names X as the owner, "property in Miami, which he owned"
    does not."""
    if (view.lower(thing + 1), view.lower(thing + 2)) in OWNED_BY:
        return thing + 3
    if view.lower(thing + 1) not in OWNER_PLACE_OPENERS:
        return -1
    for index in range(thing + 2, min(end - 1, thing + HOLDER_REACH)):
        if (view.lower(index), view.lower(index + 1)) in OWNED_BY:
            return index + 2
        if view.lower(index) in {",", ";", ":"} or view.lower(index) in CLAUSE_BOUNDARIES:
            return -1
    return -1


FROZEN_THING_REACH = 10  # tokens from the participle back to "assets" ("the assets of Russia's
# central bank would be frozen")


def _frozen_before(
    article: AnnotatedArticle, view: SentenceView, cue: int, facts: CaseFacts
) -> Targets | None:
    """The owner of assets named before a participle: "the assets of X were frozen",
    "X's assets were frozen", "X has had his assets frozen", "X, whose assets were frozen".
    None when no assets stand within a few words before it ("froze" in the active voice)."""
    thing = -1
    for index in range(cue - 1, max(view.start, cue - FROZEN_THING_REACH) - 1, -1):
        if view.lower(index) in FROZEN_THINGS:
            thing = index
            break
        if view.lower(index) in {",", ";", ":", "that", "and"} and index < cue - 4:
            break  # (past the auxiliaries, a clause boundary ends the subject)
    if thing < 0:
        return None
    of = next((i for i in range(thing + 1, cue) if view.lower(i) == "of"), -1)
    if of >= 0:
        stop = next((i for i in range(of + 1, cue) if view.lower(i) in PASSIVE_AUXILIARIES), cue)
        return _parse_targets(article, view, of + 1, stop, facts)
    for position in range(thing - 1, max(view.start, thing - 3) - 1, -1):
        word = view.lower(position)
        if word in POSSESSIVES:
            owner = view.mention_ending(position - 1)
            return Targets(named=[owner] if owner is not None else [], before_cue=True)
        if word in OWNER_PRONOUNS:
            return Targets(named=_pronoun_owner(article, view, position), before_cue=True)
    return None


def _pronoun_owner(article: AnnotatedArticle, view: SentenceView, pronoun: int) -> list[Mention]:
    """Whom "his" / "whose" assets belong to: the clause's subject ("Cabello has had his
    assets frozen"), the antecedent of "whose", else the pronoun's antecedent."""
    start = clause_start(view, pronoun)
    if view.lower(pronoun) == "whose":
        return relative_antecedent(view, pronoun + 1, set())
    owners = nearest_run(view, start, pronoun, set(), frozenset())
    if not owners:
        word = {"his": "he", "her": "she", "its": "it", "their": "they"}[view.lower(pronoun)]
        owners = resolve_pronoun(article, view, pronoun, word, set())
    if any(m.sentence_id == view.sentence_id for m in owners):
        # "Putin, along with his henchman Lavrov, had his assets frozen": both
        return _merged(owners, companions_of(view, pronoun, set(), False, list(owners)))
    return owners


def _subject_targets(
    article: AnnotatedArticle, view: SentenceView, anchor: int, facts: CaseFacts
) -> Targets:
    """The subject before 'X has been under …', 'X was sanctioned', 'X was dropped from …'."""
    start = _past_reported_that(view, clause_start(view, anchor), anchor)
    possessed = _whose_sector(article, view, start, anchor, facts)
    if possessed is not None:  # "Venezuela, whose oil industry is under U.S. sanctions"
        return possessed
    head = _head_before_a_restrictive_relative(article, view, start, facts)
    if head is not None:  # "1,000 people who support the war have been sanctioned"
        return head
    head = _group_before_a_participle(article, view, start, anchor, facts)
    if head is not None:  # "Russian firms propping up Maduro could be sanctioned"
        return head
    subject_end = dash_aside_before(view, anchor, PASSIVE_AUXILIARIES | SUBJECT_ADVERBS)
    run = nearest_run(view, start, subject_end, set(), frozenset({"of"}))
    # "Seven Venezuelan officials were sanctioned": the demonym says whose officials; and
    # "Relatives of members of Putin's Security Council were blacklisted": a possessor of
    # anything but a frozen thing says whose, and is no target
    run = [m for m in run if m.kind != "demonym" and not _possessor_of_another(view, m)]
    if not run:
        run = (
            _named_before_relative(view, start)
            or _named_before_closed_relative(view, start)
            or relative_antecedent(view, start, set())
            or _apposition_antecedent(view, start)
        )
    members = [] if run else _members_listed_before(view, start, set())
    if members:  # "Dozens of officials, including Maduro, are already under US sanctions"
        head = clause_start(view, members[0].token_start - 2)
        group = _parse_targets(article, view, head, members[0].token_start - 2, facts)
        return Targets(named=members, groups=group.groups, before_cue=True)
    reported = view.lower(start - 1) == "that" and (
        view.lower(start - 2) in REPORTING_VERBS | REPORTING_GERUNDS
    )
    # (a relative clause inside the reported one: "the Treasury said that banks which work
    # with Mir risked being sanctioned": the sentence's opening names the reporter still)
    reported = reported or _past_reported_that(view, view.start, anchor) > view.start
    if not run and not reported:  # (past "announced that" the subject names the reporters)
        run = [m for m in opening_run(view, anchor, set()) if m.kind != "demonym"]
    if run:
        # "Putin, along with his henchman Sergei Lavrov, had his assets frozen": both
        companions = companions_of(view, anchor, set(), after_cue=False, actors=list(run))
        return Targets(named=_merged(run, companions), before_cue=True)
    group = _anaphoric_group(article, view, start, anchor, facts)
    if group:
        return Targets(named=group, before_cue=True)
    end = anchor
    if view.lower(end) == "to" and view.lower(end - 1) == "subject":
        end -= 1  # "Eighteen officials are currently subject to its asset freeze"
    while end > start and view.lower(end - 1) in PASSIVE_AUXILIARIES | SUBJECT_ADVERBS:
        end -= 1
    unnamed = _parse_targets(article, view, start, end, facts) if end > start else Targets()
    if unnamed.groups or unnamed.single == "sector":
        # "Five officials were sanctioned by Washington", "Venezuela's oil industry is under
        # U.S. sanctions"
        unnamed.before_cue = True
        return unnamed
    return Targets()


def _group_before_a_participle(
    article: AnnotatedArticle, view: SentenceView, start: int, anchor: int, facts: CaseFacts
) -> Targets | None:
    """The subject is a group a participle describes, when the measure's clause opens on it:
    in "Russian firms propping up Maduro could be sanctioned" the firms are the targets, not
    the one they prop up. None when no group noun stands right before an "-ing" word there."""
    for index in range(start, anchor - 1):
        following = view.lower(index + 1)
        if view.lower(index) not in GROUP_KINDS or not following.endswith("ing"):
            continue
        if not following.isalpha() or following in GROUP_KINDS or following in PREPOSITION_INGS:
            continue  # ("Oligarchs including Roman Abramovich …": members, see below)
        found = _parse_targets(article, view, start, index + 1, facts)
        if not (found.named or found.groups):
            return None
        found.before_cue = True
        return found
    return None


def _head_before_a_restrictive_relative(
    article: AnnotatedArticle, view: SentenceView, start: int, facts: CaseFacts
) -> Targets | None:
    """The subject a restrictive relative clause hangs on, when the measure's clause opens
    inside it: in "More than 1,000 people and organisations who support the war have been
    sanctioned by Australia" the clause found opens at "support", and its subject is the
    group before "who", not a name inside the relative clause. None when the clause opens
    otherwise or the words before "who" hold no target."""
    while view.lower(start - 1) == "that" and view.lower(start - 2) in PREPOSITIONS | {"by"}:
        # "who voted for that appeal": "that" after a preposition is a demonstrative, no clause
        start = clause_start(view, start - 2)
    pronoun = start - 1
    word, before = view.lower(pronoun), view.lower(pronoun - 1)
    # ("that" only after a group noun: after a verb it opens a reported clause)
    if not (word == "who" or (word == "that" and before in GROUP_KINDS)) or before in {",", ""}:
        return None
    head = _after_last_preposition(view, clause_start(view, pronoun), pronoun)
    if head >= pronoun:
        return None
    found = _parse_targets(article, view, head, pronoun, facts)
    described = person_before_a_description(view, pronoun) if word == "who" else None
    if (
        described is not None
        and not found.groups
        and all(m.entity_type != "person" for m in found.named)
    ):
        # "Eduard Khudainatov, a former chief executive of the oil company Rosneft who is not
        # under US sanctions": "who" is the person the description follows, never the
        # company inside it
        found = _parse_targets(article, view, described.token_start, described.token_end, facts)
    if not (found.named or found.groups):
        return None
    found.before_cue = True
    return found


def _after_last_preposition(view: SentenceView, head: int, pronoun: int) -> int:
    """Where the noun phrase a relative pronoun hangs on begins: after the last "of" close
    before it ("published a list of 500 Americans who are barred": the Americans, not the
    publisher that opens the clause), else the clause's start."""
    for index in range(pronoun - 1, max(head, pronoun - RELATIVE_HEAD_REACH) - 1, -1):
        if view.lower(index) == "of":
            return index + 1
    return head


RELATIVE_HEAD_REACH = 6  # tokens of "a list of [500 senior Venezuelan officials] who"


def _possessor_of_another(view: SentenceView, mention: Mention) -> bool:
    """Is the name a possessor of something other than what a freeze takes ("Putin's
    Security Council", "Lavrov's daughter"), not of its assets ("Sberbank's assets")?"""
    if view.lower(mention.token_end) not in POSSESSIVES:
        return False
    return view.lower(mention.token_end + 1) not in FROZEN_THINGS


def _whose_sector(
    article: AnnotatedArticle, view: SentenceView, start: int, anchor: int, facts: CaseFacts
) -> Targets | None:
    """A sector a "whose" clause owns as its subject ("Venezuela, whose shrinking oil industry
    is also under U.S. sanctions"): the sector is the target, not the name the clause hangs
    on. None when the clause opens otherwise or owns no sector."""
    whose = start if view.lower(start) == "whose" else start - 1
    if view.lower(whose) != "whose":
        return None
    end = anchor
    while end > whose + 1 and view.lower(end - 1) in PASSIVE_AUXILIARIES | SUBJECT_ADVERBS:
        end -= 1
    owned = _parse_targets(article, view, whose + 1, end, facts)
    if owned.single != "sector" or owned.named:
        return None
    owned.before_cue = True
    return owned


def _merged(first: Iterable[Mention], more: Iterable[Mention]) -> list[Mention]:
    """The mentions of ``first`` then those of ``more`` it does not hold, in order."""
    merged = list(first)
    seen = {m.entity_id for m in merged}
    for mention in more:
        if mention.entity_id not in seen:
            merged.append(mention)
            seen.add(mention.entity_id)
    return merged


def _past_reported_that(view: SentenceView, start: int, anchor: int) -> int:
    """Where a reported clause begins: "the EU announced that selected banks would be
    removed …", "Bolton said foreign companies risk US sanctions" (the reporters are not
    what the passive or the threat is about)."""
    for index in range(anchor - 1, start, -1):
        if (
            view.lower(index) == "that"
            and view.lower(index - 1) in REPORTING_VERBS | REPORTING_GERUNDS
        ):
            return index + 1  # ("…, announcing that selected Russian banks would be removed")
        if view.lower(index) in REPORTING_VERBS and view.lower(index + 1) not in {"that", ","}:
            return index + 1  # (not an aside: "Companies …, Bolton added, could face …")
    return start


SUBJECT_ADVERBS = frozenset({"also", "already", "reportedly", "previously", "since", "been"})
REPORTING_GERUNDS = ANNOUNCING_GERUNDS | {"adding", "stating"}


def _named_before_relative(view: SentenceView, start: int) -> list[Mention]:
    """ "the assets of PDVSA, which is already under U.S. sanctions": the name right before
    ", which" is what the relative clause is about, company or not (the actor search behind
    ``relative_antecedent`` passes over companies, and found the sentence's subject)."""
    if view.lower(start - 1) not in {"which", "who"} or view.lower(start - 2) != ",":
        return []
    mention = view.mention_ending(start - 3)
    return [mention] if mention is not None and mention.kind != "demonym" else []


def _named_before_closed_relative(view: SentenceView, start: int) -> list[Mention]:
    """ "Putin's ex-wife Lyudmila Ocheretnaya, who divorced him in 2014, was also
    sanctioned": the clause starts past a relative clause set off by commas; the person named
    right before its ", who" is the subject."""
    if view.lower(start - 1) != ",":
        return []
    for index in range(start - 2, max(view.start, start - CLOSED_RELATIVE_REACH) - 1, -1):
        word = view.lower(index)
        if word in {",", ";", ":"} and not (word == "," and view.lower(index + 1) == "who"):
            return []
        if word == "who" and view.lower(index - 1) == ",":
            named = view.mention_ending(index - 2)
            return [named] if named is not None and named.entity_type == "person" else []
    return []


CLOSED_RELATIVE_REACH = 16  # tokens of a relative clause set off by commas
APPOSITION_HEAD_REACH = 6  # words of the description before a name in apposition


def _apposition_antecedent(view: SentenceView, start: int) -> list[Mention]:
    """'PDVSA, the state oil company, came under …': the name before the apposition; 'Its
    chief executive, Manuel Quevedo, was sanctioned': the name that is the apposition."""
    if view.lower(start - 1) != ",":
        return []
    named = view.mention_ending(start - 2)
    comma = _described_name_comma(view, named) if named is not None else -1
    if named is not None and named.kind != "demonym" and comma >= 0:
        # ("Its chief executive, Manuel Quevedo, was …"; "The owner, steel pipe billionaire
        # Dmitry Pumpyansky, had been …": a description may stand before the name)
        head = clause_start(view, comma)
        while view.lower(head) in BULLET_MARKS and head < comma:
            head += 1  # "- Russia's biggest bank, Sberbank, will be excluded …"
        if comma - head <= APPOSITION_HEAD_REACH and not any(
            _names_another_party(view, i) for i in range(head, comma)
        ):
            return [named]
    mention = named_before_an_apposition(view, start - 1)
    return [mention] if mention is not None and mention.kind != "demonym" else []


NAME_DESCRIPTION_REACH = 4  # words of a description before the name in an apposition


def _names_another_party(view: SentenceView, index: int) -> bool:
    """Does a name stand at ``index`` in a description before an apposed name, other than its
    owner or its nationality ("Russia's biggest bank, Sberbank", "the Russian lender, VTB")?"""
    mention = view.mention_covering(index)
    if mention is None or mention.kind == "demonym":
        return False
    return view.lower(mention.token_end) not in POSSESSIVES


def _described_name_comma(view: SentenceView, named: Mention) -> int:
    """The comma opening an apposition that ends on ``named``: right before the name, or
    before a few words describing it with no name among them ("steel pipe billionaire");
    -1 when there is none."""
    for index in range(named.token_start - 1, named.token_start - 2 - NAME_DESCRIPTION_REACH, -1):
        word = view.lower(index)
        if word == ",":
            return index
        if not word.isalpha() or view.mention_covering(index) is not None:
            return -1
        if word in CLAUSE_BOUNDARIES or word in LISTING_WORDS:
            return -1  # ("Dozens of officials, including Maduro, are …": a member, no name)
    return -1


# Words that make what follows a member of a group, not the name of what precedes
LISTING_WORDS = frozenset(
    "including among notably especially such as like plus and or but mainly mostly".split()
)


ANTECEDENT_REACH = 2  # sentences before the target's that "the country" may point back to


def _country_antecedent(
    article: AnnotatedArticle, view: SentenceView, index: int, imposers: set[str]
) -> Mention | None:
    """The country "the country" points back to, never the imposer: the first one named
    before it, in its own sentence ("After Russia invaded Ukraine, the EU imposed sanctions
    on the country": Russia) or else in the nearest sentence before that names one, as a
    sentence's subject is the likeliest topic ("Russia invaded Ukraine. The EU imposed
    sanctions on the country": Russia)."""
    limit = view.char(index)
    own = [m for m in view.mentions if m.start < limit]
    for mention in own:
        country = _country_of(mention, imposers)
        if country is not None:
            return country
    for sentence_id in range(view.sentence_id - 1, view.sentence_id - 1 - ANTECEDENT_REACH, -1):
        for mention in article.mentions_in(sentence_id) if sentence_id >= 0 else []:
            country = _country_of(mention, imposers)
            if country is not None:
                return country
    return None


def _country_of(mention: Mention, imposers: set[str]) -> Mention | None:
    """A mention as the country it names or (an official) stands for, unless an imposer."""
    country = mention.entity_id if mention.entity_type == "country" else mention.party_id
    if country is None or not country.startswith("country:") or country in imposers:
        return None
    if mention.entity_type == "country":
        return mention
    name = org_names().get(country, country)
    return mention._replace(entity_id=country, entity_type="country", name=name, kind="party")
