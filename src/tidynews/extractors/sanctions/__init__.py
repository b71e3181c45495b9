"""Sanctions: who imposes which measure on whom, and whether it is imposed, already in force,
proposed, threatened, lifted or ruled out.

Each measure is found from its cue, and the cue's shape says where its parts are:

* a measure noun ("sanctions", "curbs", "an embargo", "a travel ban", "asset freezes") takes
  its targets after "on / against / targeting", its imposer from the clause's subject or from a
  modifier ("US sanctions", "the Canadian sanctions"), and "X has been under US and EU
  sanctions since 2014" turns it round: the subject is the target, the modifier the imposer;
* a measure verb ("sanctioned", "blacklisted", "froze the assets of", "barred X from entering",
  "banned imports of", "cut X off from SWIFT", "added X to its sanctions list") takes its
  object as the target and its subject (or "by X" in the passive) as the imposer.

Targets are parsed as a small noun phrase grammar: named people, companies and countries get
their ids; a counted group ("four state governors", "70 Venezuelans", "five Russian banks")
gives a target kind with ``n_targets``, and its named members ("among them …", ": A, B and
C", an apposition) each get their own row, as the annotation guide asks. The status is read
off the words between the imposer and the cue (a relative clause about something else in
between is skipped), plus "since …", "in force" and "under" around it.

The modules, each importing only from those above it (so each can be read, and tested, with
only what it stands on):

* ``vocabulary``: the cue, status and target word lists, the columns, and the small records
  every stage passes on (``Cue``, ``Targets``, ``CaseFacts``, ``_CueContext``);
* ``records``: one fact row, and the article's rows without repeats;
* ``targets``: the target phrase grammar (names, counted groups, their members, pronouns);
* ``imposers``: who imposes the measure (subject, modifier, "by" agent, relative clause,
  the reporter for a sanctioning office);
* ``status``: imposed, existing, proposed, threatened, lifted or negated, and the dating of
  background acts;
* ``cues``: which words of a sentence are measures, and of what form;
* ``measure``: one cue's rows: its targets in the clause, then their imposers and status;
* ``article``: the whole article: every sentence's cues, then the rows merged across it.
"""

from .article import extract_sanctions
from .vocabulary import SANCTION_COLUMNS

__all__ = ["SANCTION_COLUMNS", "extract_sanctions"]
