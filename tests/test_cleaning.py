"""Cleaning: rule kinds, rule files and folders, the audit, the packaged rules and the seeds.

The seed articles are third-party text: they are read from ../shared and never copied here.
"""

from __future__ import annotations

import csv
import os
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tidynews import cleaning
from tidynews.cleaning import (
    KEEP,
    Cleaned,
    Removal,
    RuleBook,
    RuleFileError,
    RuleSpec,
    Verdict,
    clean,
    default_rulebook,
    load_rule_file,
    normalise_line,
    register_rule_kind,
)
from tidynews.resources import resource_dir

from .conftest import SHARED

PACKAGED = resource_dir("cleaning")


def rules_dir(tmp_path: Path, files: dict[str, str], name: str = "rules") -> Path:
    """A folder of rule files written from dedented YAML strings."""
    folder = tmp_path / name
    folder.mkdir(parents=True, exist_ok=True)
    for filename, text in files.items():
        (folder / filename).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def book_of(tmp_path: Path, files: dict[str, str]) -> RuleBook:
    return RuleBook.load([rules_dir(tmp_path, files)])


def paragraphs(cleaned: Cleaned) -> list[str]:
    return cleaned.text.split("\n\n") if cleaned.text else []


GENERIC_ONLY = """
    outlet: '*'
    rules:
      - {id: notice, drop: '^Media playback'}
      - {id: caption, drop: '^Image caption$', with_next: 1}
      - {id: promo, cut: '^We pay for your stories'}
      - {id: source, meta: '^source:\\s*(?P<source>\\S+)$'}
      - {id: upload, strip: '\\s*Click here to upload yours\\.?'}
      - {id: most-read, drop: '^most read', flags: i}
"""


@pytest.fixture
def small_book(tmp_path: Path) -> RuleBook:
    return book_of(tmp_path, {"generic.yaml": GENERIC_ONLY})


# --------------------------------------------------------------------------------------------
# The four built-in kinds
# --------------------------------------------------------------------------------------------


def test_drop_removes_only_matching_lines(small_book: RuleBook) -> None:
    cleaned = clean("First line.\nMedia playback is unsupported\nSecond line.", rules=small_book)
    assert paragraphs(cleaned) == ["First line.", "Second line."]
    assert cleaned.removed == (Removal("notice", "Media playback is unsupported", 2),)


def test_with_next_takes_the_next_non_empty_lines(small_book: RuleBook) -> None:
    body = "Lead.\n\nImage caption\n\n\nSoldiers in Caracas\n\nReporting goes on."
    cleaned = clean(body, rules=small_book)
    assert paragraphs(cleaned) == ["Lead.", "Reporting goes on."]
    assert [(r.rule_id, r.line) for r in cleaned.removed] == [
        ("caption", "Image caption"),
        ("caption", "Soldiers in Caracas"),
    ]


def test_keep_protects_a_summary_header_and_its_bullets(tmp_path: Path) -> None:
    """A live blog's "Key events" bullets are text; after them, and without the header,
    short bullets are still related links (held-out probe AG lost three of four)."""
    book = book_of(
        tmp_path,
        {
            "generic.yaml": """
                outlet: '*'
                rules:
                  - {id: key-points, keep: '^key events$', flags: i}
                  - {id: link-bullet, drop: '^- (?:\\S+\\s+){0,14}\\S+(?<!\\.)$'}
                  - {id: promo, cut: '^We pay for your stories'}
            """
        },
    )
    body = (
        "Key events\n- Government says it is putting down a coup\n- Trump threatens Cuba\n"
        "22:10\nWe are wrapping up.\n- The crisis in seven charts"
    )
    cleaned = clean(body, rules=book)
    assert paragraphs(cleaned) == [
        "Key events",
        "- Government says it is putting down a coup",
        "- Trump threatens Cuba",
        "22:10",
        "We are wrapping up.",
    ]
    assert [r.line for r in cleaned.removed] == ["- The crisis in seven charts"]
    ended = clean("Key events\nWe pay for your stories\n- Trump threatens Cuba", rules=book)
    assert paragraphs(ended) == ["Key events"]


def test_the_packaged_rules_keep_a_key_events_summary() -> None:
    body = "Key events\n- 25 soldiers seek refuge at the Brazilian embassy\n\n- Read our explainer"
    assert "25 soldiers" in clean(body).text


def test_cut_removes_the_line_and_everything_after_but_footers_still_give_metadata(
    small_book: RuleBook,
) -> None:
    body = "Reporting.\nWe pay for your stories! Call us.\nMore promo.\nsource: thesun.co.uk"
    cleaned = clean(body, rules=small_book)
    assert cleaned.text == "Reporting."
    assert cleaned.metadata == {"source": "thesun.co.uk"}
    assert [r.rule_id for r in cleaned.removed] == ["promo", "promo", "source"]


def test_meta_turns_named_groups_into_metadata_and_removes_the_line(
    small_book: RuleBook,
) -> None:
    cleaned = clean("Text.\nsource: bbc.com\nsource: other.com", rules=small_book)
    assert cleaned.text == "Text."
    assert cleaned.metadata == {"source": "bbc.com"}  # the first value wins


def test_strip_removes_text_inside_a_line_and_a_line_left_empty(small_book: RuleBook) -> None:
    body = "Send your videos. Click here to upload yours.\nClick here to upload yours."
    cleaned = clean(body, rules=small_book)
    assert cleaned.text == "Send your videos."
    assert cleaned.removed == (
        Removal("upload", " Click here to upload yours.", 1, partial=True),
        Removal("upload", "Click here to upload yours.", 2),
    )


def test_flags_i_makes_a_rule_case_insensitive(small_book: RuleBook) -> None:
    cleaned = clean("MOST READ IN NEWS\nMost Read\nMostly quiet.", rules=small_book)
    assert cleaned.text == "Mostly quiet."


def test_cut_fires_even_when_an_earlier_rule_removed_the_line(tmp_path: Path) -> None:
    book = book_of(
        tmp_path,
        {
            "generic.yaml": """
                rules:
                  - {id: email-promo, drop: 'Email us'}
                  - {id: promo, cut: '^We pay'}
            """
        },
    )
    cleaned = clean("Story.\nWe pay! Email us.\nSign up now", rules=book)
    assert cleaned.text == "Story."
    assert [r.rule_id for r in cleaned.removed] == ["email-promo", "promo"]


# --------------------------------------------------------------------------------------------
# Lines and whitespace
# --------------------------------------------------------------------------------------------


def test_whitespace_is_normalised_and_quotes_are_kept(small_book: RuleBook) -> None:
    body = (
        "  \t“Quoted,”\u00a0 he\t\tsaid.  \r\n"
        "\u00a0\u00a0\r\n"
        "Guaido\u0301 said 'no'.\u200b\n"
        "\x0cLast\u2028line"
    )
    cleaned = clean(body, rules=small_book)
    assert paragraphs(cleaned) == ["“Quoted,” he said.", "Guaidó said 'no'.", "Last", "line"]


def test_normalise_line_is_idempotent_and_strips() -> None:
    line = " a\u00a0\u2009b\t c "
    assert normalise_line(line) == "a b c"
    assert normalise_line(normalise_line(line)) == normalise_line(line)


def test_empty_and_blank_bodies_give_empty_text(small_book: RuleBook) -> None:
    for body in ("", "\n\n \t\n", "\u00a0"):
        cleaned = clean(body, rules=small_book)
        assert cleaned == Cleaned("", {}, ())


# --------------------------------------------------------------------------------------------
# Rule books: outlets, aliases, folders
# --------------------------------------------------------------------------------------------

OUTLET_FILES = {
    "generic.yaml": """
        outlet: '*'
        rules:
          - {id: notice, drop: '^Generic notice$'}
          - {id: credit, drop: '^Credit:'}
    """,
    "news.example.yaml": """
        outlet: news.example
        aliases: [news-mirror.example, www.oldnews.example]
        rules:
          - {id: promo, drop: '^Outlet promo$'}
          - {id: credit, enabled: false}
    """,
}
OUTLET_BODY = "Generic notice\nOutlet promo\nCredit: AFP\nReporting."


@pytest.mark.parametrize(
    "outlet",
    [
        "news.example",
        "NEWS.example",
        "www.news.example",
        "https://www.news.example/world/2019/01/30/story",
        "news-mirror.example",
        "oldnews.example",
    ],
)
def test_outlet_rules_are_found_by_domain_host_url_and_alias(tmp_path: Path, outlet: str) -> None:
    book = book_of(tmp_path, OUTLET_FILES)
    assert book.outlet_for(outlet) == "news.example"
    assert paragraphs(clean(OUTLET_BODY, outlet, book)) == ["Credit: AFP", "Reporting."]


@pytest.mark.parametrize("outlet", [None, "", "unknown.example", "not a domain"])
def test_an_unknown_outlet_gets_the_generic_rules_only(tmp_path: Path, outlet: str | None) -> None:
    book = book_of(tmp_path, OUTLET_FILES)
    assert book.outlet_for(outlet) is None
    assert paragraphs(clean(OUTLET_BODY, outlet, book)) == ["Outlet promo", "Reporting."]


def test_outlet_rules_run_after_the_generic_ones(tmp_path: Path) -> None:
    book = book_of(tmp_path, OUTLET_FILES)
    assert [rule.id for rule in book.rules_for("news.example")] == ["notice", "promo"]
    assert [rule.id for rule in book.rules_for(None)] == ["notice", "credit"]
    assert book.outlets == ["news.example"]


def test_a_later_folder_overrides_by_id_and_extends(tmp_path: Path) -> None:
    base = rules_dir(tmp_path, OUTLET_FILES, "base")
    user = rules_dir(
        tmp_path,
        {
            "my-news.yaml": """
                outlet: news.example
                rules:
                  - {id: promo, drop: '^Reporting\\.$'}
                  - {id: extra, drop: '^Generic'}
            """
        },
        "user",
    )
    book = RuleBook.load([base, user])
    assert book.files == (base / "generic.yaml", base / "news.example.yaml", user / "my-news.yaml")
    assert [rule.id for rule in book.rules_for("news.example")] == ["notice", "promo", "extra"]
    assert paragraphs(clean(OUTLET_BODY, "news.example", book)) == ["Outlet promo", "Credit: AFP"]


def test_tidynews_rules_folders_are_read_after_the_packaged_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = rules_dir(
        tmp_path,
        {
            "mine.yaml": """
                outlet: '*'
                rules:
                  - {id: house-style, drop: '^HOUSE PROMO$'}
                  - {id: byline, enabled: false}
            """,
            "bbc.yaml": """
                outlet: bbc.com
                rules:
                  - {id: bbc-extra, drop: '^BBC extra$'}
            """,
        },
    )
    other = rules_dir(tmp_path, {}, "empty")
    monkeypatch.setenv(cleaning.ENV_VAR, os.pathsep.join([str(user), str(other)]))
    book = default_rulebook()
    assert book.folders == (PACKAGED, user, other)
    body = "HOUSE PROMO\nBy Jane Doe, Reporter\nBBC extra\nVideo playback is not supported"
    assert paragraphs(clean(body, "bbc.co.uk")) == [
        "By Jane Doe, Reporter",
        "Video playback is not supported",
    ]
    assert paragraphs(clean(body)) == [
        "By Jane Doe, Reporter",
        "BBC extra",
        "Video playback is not supported",
    ]
    monkeypatch.delenv(cleaning.ENV_VAR)
    assert clean(body).text.startswith("HOUSE PROMO")  # the cache is per value of the variable


def test_extra_dirs_are_read_after_the_default_folders(tmp_path: Path) -> None:
    user = rules_dir(tmp_path, {"x.yaml": "outlet: '*'\nrules: [{id: x, drop: '^X$'}]\n"})
    book = RuleBook.load(extra_dirs=[user])
    assert book.folders[0] == PACKAGED and book.folders[-1] == user
    assert clean("X\nMedia playback is unsupported on your device\nY.", rules=book).text == "Y."


def test_a_file_without_outlet_is_named_by_its_file_name(tmp_path: Path) -> None:
    book = book_of(
        tmp_path,
        {
            "generic.yaml": "rules: [{id: g, drop: '^G$'}]\n",
            "paper.example.yml": "rules: [{drop: '^P$'}]\n",
        },
    )
    assert book.outlets == ["paper.example"]
    cleaned = clean("G\nP\nText.", "paper.example", book)
    assert cleaned.text == "Text."
    assert cleaned.removed[1].rule_id.endswith("paper.example.yml#1")  # a rule without an id


# --------------------------------------------------------------------------------------------
# Bad rule files
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rules: [{id: a, drop: '^x$', withnext: 1}]",
            ["rule #1", "'a'", "unknown key", "withnext"],
        ),
        ("rules: [{id: a, drop: 'x'}, {id: b, drop: '(unclosed'}]", ["rule #2", "bad regex"]),
        ("rules: [{id: a, flags: i}]", ["rule #1", "missing action", "drop"]),
        ("rules: [{id: a, drop: x, cut: y}]", ["rule #1", "more than one action"]),
        ("rules: [{id: a, cut: '^x', with_next: 1}]", ["unknown key", "with_next", "'cut' rule"]),
        ("rules: [{id: a, drop: '^x', with_next: two}]", ["with_next", "whole number"]),
        ("rules: [{id: a, meta: '^source: (\\S+)$'}]", ["named group"]),
        ("rules: [{id: a, drop: 42}]", ["regex string"]),
        ("rules: [{id: a, drop: x, flags: q}]", ["bad flags"]),
        ("rules: [{id: a, drop: x}, {id: a, drop: y}]", ["rule #2", "duplicate id"]),
        ("rules: ['^x$']", ["rule #1", "mapping"]),
        ("rules: {id: a}", ["list of rules"]),
        ("outlet: x.example\nrule: []", ["unknown key", "rule"]),
        ("aliases: 3\nrules: []", ["aliases"]),
        ("rules: [{id: a, drop: x}\n", ["not valid YAML"]),
        ("", ["expected a mapping"]),
    ],
)
def test_bad_rule_files_raise_rule_file_error_naming_the_file(
    tmp_path: Path, text: str, expected: list[str]
) -> None:
    folder = rules_dir(tmp_path, {"broken.example.yaml": text})
    with pytest.raises(RuleFileError) as caught:
        RuleBook.load([folder])
    message = str(caught.value)
    assert "broken.example.yaml" in message
    for part in expected:
        assert part in message, (part, message)
    assert caught.value.path == folder / "broken.example.yaml"


def test_a_missing_folder_is_a_rule_file_error(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="not found"):
        RuleBook.load([tmp_path / "nowhere"])


# --------------------------------------------------------------------------------------------
# Rule kinds from Python
# --------------------------------------------------------------------------------------------


@pytest.fixture
def private_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Kinds a test registers vanish after it."""
    monkeypatch.setattr(cleaning, "_KINDS", dict(cleaning._KINDS))


@pytest.mark.usefixtures("private_registry")
def test_a_registered_rule_kind_is_usable_from_rule_files(tmp_path: Path) -> None:
    @register_rule_kind("max_words", keys=("tag",))
    def max_words(spec: RuleSpec):
        if not isinstance(spec.value, int):
            raise spec.error("max_words needs a number")
        verdict = Verdict(remove=True, metadata={"tag": spec.options.get("tag", "")})
        return lambda line: verdict if len(line.split()) <= spec.value else KEEP

    assert "max_words" in cleaning.rule_kinds()
    book = book_of(tmp_path, {"generic.yaml": "rules: [{id: tiny, max_words: 2, tag: short}]\n"})
    cleaned = clean("Two words\nThree words here.\nOne", rules=book)
    assert cleaned.text == "Three words here."
    assert cleaned.metadata == {"tag": "short"}
    assert [r.rule_id for r in cleaned.removed] == ["tiny", "tiny"]

    broken = rules_dir(tmp_path, {"bad.yaml": "rules: [{id: t, max_words: many}]\n"}, "bad")
    with pytest.raises(RuleFileError, match=r"bad\.yaml: rule #1 .*max_words needs a number"):
        RuleBook.load([broken])


@pytest.mark.usefixtures("private_registry")
def test_a_plugin_factory_failure_names_the_rule_file(tmp_path: Path) -> None:
    @register_rule_kind("explode")
    def explode(spec: RuleSpec):
        raise TypeError("boom")

    folder = rules_dir(tmp_path, {"plugin.yaml": "rules: [{id: e, explode: 1}]\n"})
    with pytest.raises(RuleFileError, match=r"plugin\.yaml: rule #1 .*boom"):
        RuleBook.load([folder])


def test_reserved_names_cannot_be_rule_kinds() -> None:
    for name in ("id", "flags", "enabled", "not-an-identifier"):
        with pytest.raises(ValueError):
            register_rule_kind(name)


# --------------------------------------------------------------------------------------------
# The audit
# --------------------------------------------------------------------------------------------


def test_every_removed_line_is_in_the_audit() -> None:
    body = (
        "![](http://example.org/a.jpg)\nImage copyright\nAFP\nImage caption\nA caption\n"
        "Reporting one.\n• Related headline\nBy Jane Doe, Reporter\nReporting two.\n"
        "source: bbc.com\ndate: 2019-01-30"
    )
    cleaned = clean(body, "bbc.com")
    lines = [normalise_line(line) for line in body.splitlines() if normalise_line(line)]
    removed = [r.line for r in cleaned.removed if not r.partial]
    assert paragraphs(cleaned) == ["Reporting one.", "Reporting two."]
    assert sorted(removed + paragraphs(cleaned)) == sorted(lines)
    assert [r.lineno for r in cleaned.removed] == [1, 2, 3, 4, 5, 7, 8, 10, 11]
    assert cleaned.metadata == {
        "source": "bbc.com",
        "date": "2019-01-30",
        "byline": "Jane Doe, Reporter",
    }


# --------------------------------------------------------------------------------------------
# The packaged rules
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(PACKAGED.glob("*.yaml")), ids=lambda p: p.name)
def test_every_packaged_rule_file_loads(path: Path) -> None:
    outlet, _, rules = load_rule_file(path)
    assert outlet
    assert all(rule.id for rule in rules)


def test_resource_dir_points_at_the_repository_folders() -> None:
    repo = Path(__file__).resolve().parents[1]
    if not (Path(cleaning.__file__).parent / "_resources").is_dir():
        assert resource_dir("cleaning") == repo / "data" / "cleaning"
        assert resource_dir("cases") == repo / "cases"
    with pytest.raises(ValueError, match="unknown resource kind"):
        resource_dir("nonsense")


BOILERPLATE = [
    "![](http://mcb777.site/wp-content/uploads/2019/01/photo.jpg?w=620)",
    "![Protesters in Caracas](https://example.org/a.png)",
    "Media playback is unsupported on your device",
    "Media captionJuan Guaidó: “We will win”",
    "Image copyright",
    "Image copyrightAFP",
    "Image: Reuters",
    "Photo: Federico Parra/AFP",
    "*Photo: Reuters*",
    "Credit: Getty Images - Getty",
    "By James Landale, BBC diplomatic correspondent",
    "By Jane Doe | Andes Wire",
    "By Ana Vanessa Herrero",
    "• The crisis in seven charts",
    "• Who is Juan Guaidó?",
    "- [Maduro digs in](https://example.org/maduro)",
    "* Venezuela crisis: what happens next",
    "MOST READ IN NEWS",
    "MORE ON THIS STORY",
    "Related Topics",
    "Read more: Venezuela crisis in seven charts",
    "Sign up to our daily newsletter",
    "Share this article",
    "Follow us on Twitter",
    "Do you have a story? Email us at tips@example.org",
    "Call our news desk on 0207 782 4368",
    "Advertisement",
    "(Reporting by Luc Cohen; Editing by Peter Cooney)",
    "source: bbc.com",
    "date: 2019-01-30",
]

REPORTING = [
    "Diplomatic pressure grows",
    "What did Mr Guaidó’s piece say?",
    "MONTHS OF CHAOS",
    "By Sunday, 20 countries had recognised Mr Guaidó.",
    "By far the largest group of migrants went to Colombia.",
    "By James Landale's count, the talks failed.",
    "Photos of the protest were shared widely on social media.",
    "The photo shows soldiers at the border.",
    "A photographer said: “Image is everything.”",
    "About 3,000,000 people have fled, the UN said.",
    "Mr Bolton's notepad read “5,000 troops to Colombia”.",
    "Call for elections grows",
    "He called 2019 “the year of freedom” in 14 speeches.",
    "- The US imposed sanctions on PDVSA on Monday.",
    "• “We will not surrender,” Maduro told supporters.",
    "Source: a senior official said the talks would resume.",
    "Follow the money, investigators say.",
    "Share prices in Caracas fell 5%.",
    "Read the full statement below.",
    "Most readers in Caracas saw the speech.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_generic_rules_remove_boilerplate(line: str) -> None:
    assert clean(f"Reporting.\n{line}\nMore reporting.", "unknown.example").text == (
        "Reporting.\n\nMore reporting."
    )


@pytest.mark.parametrize("outlet", [None, "bbc.com", "thesun.co.uk"])
@pytest.mark.parametrize("line", REPORTING)
def test_rules_keep_reporting(line: str, outlet: str | None) -> None:
    cleaned = clean(f"Lead.\n{line}\nEnd.", outlet)
    assert paragraphs(cleaned) == ["Lead.", line, "End."], cleaned.removed


def test_bbc_takes_the_credit_and_the_caption_after_the_notices() -> None:
    body = "Lead.\nImage copyright\nAFP/Getty Images\nImage caption\n\nSoldiers march\nEnd."
    cleaned = clean(body, "www.bbc.co.uk")
    assert paragraphs(cleaned) == ["Lead.", "End."]
    generic = clean(body, None)  # elsewhere a bare notice does not take the next line
    assert "AFP/Getty Images" in paragraphs(generic)


def test_the_sun_promo_ends_the_article() -> None:
    body = "Lead.\nWe pay for your stories! Got a tip?\nSun Online news team\nsource: thesun.co.uk"
    cleaned = clean(body, "thesun.co.uk")
    assert cleaned.text == "Lead."
    assert cleaned.metadata == {"source": "thesun.co.uk"}


# --------------------------------------------------------------------------------------------
# The real seeds (read from ../shared, never copied)
# --------------------------------------------------------------------------------------------

NOTICE_PREFIXES = ("Media caption", "Video caption", "Image caption")  # captions, not reporting
SENTENCE_END = tuple(".!?\"”’'")


def seed_cases() -> list[tuple[str, str, str, list[str]]]:
    """(file, outlet, body, boilerplate_absent) per seed; skips where ../shared is absent."""
    seeds = SHARED / "corpus" / "seeds"
    gold_path = SHARED / "gold" / "seeds.yaml"
    if not (seeds / "manifest.csv").is_file() or not gold_path.is_file():
        pytest.skip(f"needs the shared seed corpus and gold at {SHARED} (absent here)")
    with (seeds / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        outlets = {row["file"]: row["outlet"] for row in csv.DictReader(handle)}
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))["articles"]
    cases = []
    for name, facts in sorted(gold.items()):
        raw = (seeds / name).read_text(encoding="utf-8")
        cases.append((name, outlets[name], body_of(raw), list(facts["boilerplate_absent"])))
    return cases


def body_of(raw: str) -> str:
    """Everything after the first non-empty line (the headline)."""
    lines = raw.splitlines()
    first = next(i for i, line in enumerate(lines) if line.strip())
    return "\n".join(lines[first + 1 :])


def reporting_lines(body: str, boilerplate: list[str]) -> list[str]:
    """Raw lines that read as reporting: 8+ words ending like a sentence, no boilerplate."""
    found = []
    for raw_line in body.splitlines():
        line = normalise_line(raw_line)
        if len(line.split()) < 8 or not line.endswith(SENTENCE_END):
            continue
        if any(b in line for b in boilerplate) or line.startswith(NOTICE_PREFIXES):
            continue
        found.append(line)
    return found


@pytest.mark.shared
def test_seed_boilerplate_is_gone_and_reporting_is_kept() -> None:
    for name, outlet, body, boilerplate in seed_cases():
        cleaned = clean(body, outlet)
        for text in boilerplate:
            assert text not in cleaned.text, (name, text)
        expected = reporting_lines(body, boilerplate)
        assert len(expected) >= 10, name
        kept = paragraphs(cleaned)
        for line in expected:
            assert line in kept, (name, line)


@pytest.mark.shared
def test_seed_audit_accounts_for_every_line() -> None:
    for name, outlet, body, _ in seed_cases():
        cleaned = clean(body, outlet)
        lines = [normalise_line(line) for line in body.splitlines() if line.strip()]
        removed = [r.line for r in cleaned.removed]
        assert sorted(removed + paragraphs(cleaned)) == sorted(lines), name
        assert removed, name


@pytest.mark.shared
def test_seed_bbc_footer_is_metadata() -> None:
    cases = {outlet: clean(body, outlet) for _, outlet, body, _ in seed_cases()}
    assert cases["bbc.com"].metadata["source"] == "bbc.com"
    assert "source" not in cases["thesun.co.uk"].metadata


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

SAMPLE_LINES = BOILERPLATE + REPORTING + ["Image caption", "We pay for your stories!", ""]
line_strategy = st.one_of(
    st.text(max_size=60),
    st.sampled_from(SAMPLE_LINES),
    st.text(alphabet=" \t\u00a0\u2009\u200b\r\n\x0b\x0c\x1c\u2028e\u0301“”'\"•*-", max_size=12),
)


@st.composite
def bodies(draw: st.DrawFn) -> str:
    lines = draw(st.lists(line_strategy, max_size=25))
    separators = draw(
        st.lists(st.sampled_from(["\n", "\r\n", "\n\n", "\r", "\u2028"]), min_size=len(lines))
    )
    return "".join(line + sep for line, sep in zip(lines, separators, strict=False))


@settings(max_examples=300, deadline=None)
@given(body=bodies(), outlet=st.sampled_from([None, "bbc.com", "thesun.co.uk", "x.example"]))
def test_clean_never_raises_and_keeps_only_input_lines(body: str, outlet: str | None) -> None:
    cleaned = clean(body, outlet)
    lines = [normalise_line(line) for line in body.splitlines()]
    non_empty = [line for line in lines if line]
    kept = paragraphs(cleaned)
    assert all(paragraph in lines for paragraph in kept)
    assert all(paragraph and "\n" not in paragraph for paragraph in kept)
    assert len(kept) + len([r for r in cleaned.removed if not r.partial]) == len(non_empty)
    assert all(isinstance(v, str) for v in cleaned.metadata.values())


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalise_line_is_stable(text: str) -> None:
    once = normalise_line(text)
    assert normalise_line(once) == once
    assert once == once.strip()
    assert "  " not in once and "\t" not in once


# --------------------------------------------------------------------------------------------
# The format document stays true
# --------------------------------------------------------------------------------------------

DOC = Path(__file__).resolve().parents[1] / "docs" / "cleaning.md"


def code_blocks(language: str) -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    return [block.split("```", 1)[0] for block in text.split(f"```{language}\n")[1:]]


def test_the_yaml_example_of_the_docs_loads_and_cleans(tmp_path: Path) -> None:
    (example,) = code_blocks("yaml")
    book = book_of(tmp_path, {"bbc.com.yaml": example})
    body = (
        "Media playback is unsupported on your device\nImage caption\nA caption\n"
        "Reporting. Click here to upload yours.\nWe pay for your stories\nsource: bbc.com"
    )
    cleaned = clean(body, "bbc.co.uk", book)
    assert cleaned.text == "Reporting."
    assert cleaned.metadata == {"source": "bbc.com"}


@pytest.mark.usefixtures("private_registry")
def test_the_python_example_of_the_docs_works(tmp_path: Path) -> None:
    (example,) = code_blocks("python")
    exec(compile(example, str(DOC), "exec"), {})
    book = book_of(tmp_path, {"generic.yaml": "rules: [{id: tiny, max_words: 2}]\n"})
    assert clean("Two words\nThree words here.", rules=book).text == "Three words here."
