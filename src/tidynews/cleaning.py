"""Cleaning: from a raw article body to the article text, its metadata and an audit.

Why rules are data: every outlet wraps its reporting in its own furniture (media-player notices,
image credits, promos, "MOST READ" blocks), and researchers meet new outlets all the time. So
boilerplate is described in YAML files (``data/cleaning/generic.yaml`` for every outlet plus one
file per outlet; format in docs/cleaning.md), and a user adds an outlet without touching code.
Python users can add rule kinds beyond the YAML ones with :func:`register_rule_kind`; the
built-in kinds (``drop``, ``cut``, ``meta``, ``strip``, ``keep``) are registered the same way.

Why an audit: cleaning decides what the extractors ever see, so nothing may disappear
unexplained. :class:`Cleaned` lists every removed line with the rule that removed it.

:func:`clean` is pure and never raises on any text: rules are compiled once per
:class:`RuleBook` (and the default book is cached), and a line is only ever matched by them.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .messages import yaml_problem
from .outlets import registrable_domain
from .resources import resource_dir

GENERIC = "*"  # the `outlet` of the rules that apply to every outlet
ENV_VAR = "TIDYNEWS_RULES"  # extra rule folders, os.pathsep-separated
RULE_SUFFIXES = (".yaml", ".yml")
FILE_KEYS = frozenset({"outlet", "aliases", "rules", "description"})
COMMON_RULE_KEYS = frozenset({"id", "flags", "enabled"})
REGEX_FLAGS = {"i": re.IGNORECASE, "s": re.DOTALL, "x": re.VERBOSE}


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Removal:
    """One piece of the raw body that cleaning removed, and the rule that removed it.

    ``line`` is the whole (whitespace-normalised) line, or for a ``strip`` rule only the text
    it cut out of a line that was kept (``partial=True``). ``lineno`` counts raw lines from 1.
    """

    rule_id: str
    line: str
    lineno: int = 0
    partial: bool = False


@dataclass(frozen=True)
class Cleaned:
    """The cleaned article: paragraphs joined by a blank line, metadata read from the body."""

    text: str
    metadata: dict[str, str]
    removed: tuple[Removal, ...]


class RuleFileError(ValueError):
    """A rule file that cannot be used; the message names the file, the rule and the problem."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        problem: str,
        index: int | None = None,
        rule_id: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.index = index
        self.rule_id = rule_id
        where = str(self.path)
        if index is not None:
            where += f": rule #{index}" + (f" (id {rule_id!r})" if rule_id else "")
        super().__init__(f"{where}: {problem}")


# --------------------------------------------------------------------------------------------
# Rule kinds: what a rule says about a line, and the registry of kinds
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """What one rule says about one line.

    ``remove``: the line goes. ``text``: the line is rewritten (a ``strip``), ``fragments``
    being what was cut out. ``with_next``: the next N non-empty lines go too. ``cut``: this line
    and every later one go. ``metadata``: values read from the line. ``keep_bullets``: the line
    is kept, and so are up to N bullet lines right after it, whatever ``drop`` rules say.
    """

    remove: bool = False
    text: str | None = None
    fragments: tuple[str, ...] = ()
    with_next: int = 0
    cut: bool = False
    metadata: Mapping[str, str] = field(default_factory=dict)
    keep_bullets: int = 0  # a ``keep`` header: up to N bullet lines after it stay


KEEP = Verdict()  # the answer of a rule that does not match; shared so the check is cheap

LineRule = Callable[[str], Verdict]


@dataclass(frozen=True)
class RuleSpec:
    """A rule as written in a file, handed to a rule kind's factory to compile.

    ``value`` is what the file gives for the kind's key (a regex for the built-in kinds),
    ``options`` the kind's extra keys (``with_next`` for ``drop``).
    """

    id: str
    kind: str
    value: Any
    flags: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)
    path: Path = Path("<rules>")
    index: int = 0

    def error(self, problem: str) -> RuleFileError:
        """A RuleFileError pointing at this rule (factories raise it for bad values)."""
        return RuleFileError(self.path, problem, self.index, self.id)

    def regex(self) -> re.Pattern[str]:
        """The rule's value compiled as a regex with the rule's flags."""
        if not isinstance(self.value, str) or not self.value:
            raise self.error(f"{self.kind!r} needs a non-empty regex string, got {self.value!r}")
        try:
            return re.compile(self.value, _regex_flags(self))
        except re.error as exc:
            raise self.error(f"bad regex for {self.kind!r}: {self.value!r}: {exc}") from None

    def int_option(self, name: str, default: int = 0) -> int:
        """A non-negative integer option such as ``with_next``."""
        value = self.options.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.error(f"{name!r} must be a whole number >= 0, got {value!r}")
        return value


def _regex_flags(spec: RuleSpec) -> int:
    flags = spec.flags
    if not isinstance(flags, str) or any(letter not in REGEX_FLAGS for letter in flags):
        known = ", ".join(REGEX_FLAGS)
        raise spec.error(f"bad flags {flags!r} (letters allowed: {known})")
    result = 0
    for letter in flags:
        result |= REGEX_FLAGS[letter]
    return result


RuleFactory = Callable[[RuleSpec], LineRule]


@dataclass(frozen=True)
class RuleKind:
    """A registered kind: its YAML key, the factory that compiles it and its extra keys."""

    name: str
    factory: RuleFactory
    keys: frozenset[str]


_KINDS: dict[str, RuleKind] = {}
# The default rule book per value of TIDYNEWS_RULES (see default_rulebook).
_DEFAULT_BOOKS: dict[str, RuleBook] = {}


def register_rule_kind(
    name: str, *, keys: Iterable[str] = ()
) -> Callable[[RuleFactory], RuleFactory]:
    """Register a rule kind: ``name`` becomes a key rule files may use, like ``drop``.

    The decorated factory receives a :class:`RuleSpec` and returns a function from a
    (normalised) line to a :class:`Verdict`; it raises ``spec.error(...)`` for a bad value.
    ``keys`` are the extra keys the kind accepts (``drop`` accepts ``with_next``). A later
    registration of the same name replaces the earlier one. Register before loading rules:
    the cached default rule book is dropped so that it is read again with the new kind.
    """
    extra = frozenset(keys)
    if not name.isidentifier() or name in COMMON_RULE_KEYS or name in extra:
        raise ValueError(f"cannot register a rule kind named {name!r}")

    def decorate(factory: RuleFactory) -> RuleFactory:
        _KINDS[name] = RuleKind(name, factory, extra)
        _DEFAULT_BOOKS.clear()
        return factory

    return decorate


def rule_kinds() -> list[str]:
    """The names of the registered rule kinds (the action keys a rule file may use)."""
    return sorted(_KINDS)


@register_rule_kind("drop", keys=("with_next",))
def _drop(spec: RuleSpec) -> LineRule:
    """A line the regex matches goes, with the next ``with_next`` non-empty lines."""
    pattern = spec.regex()
    verdict = Verdict(remove=True, with_next=spec.int_option("with_next"))

    def apply(line: str) -> Verdict:
        return verdict if pattern.search(line) else KEEP

    return apply


@register_rule_kind("keep", keys=("with_next",))
def _keep(spec: RuleSpec) -> LineRule:
    """A header the regex matches ("Key events", "Highlights") is kept, and so are the bullet
    lines right after it (up to ``with_next``, default 12): a live blog's summary, which
    ``drop`` rules for related-link bullets would otherwise take. A ``cut`` still ends the
    article there."""
    pattern = spec.regex()
    verdict = Verdict(keep_bullets=spec.int_option("with_next") or 12)

    def apply(line: str) -> Verdict:
        return verdict if pattern.search(line) else KEEP

    return apply


@register_rule_kind("cut")
def _cut(spec: RuleSpec) -> LineRule:
    """The matching line and everything after it go (promos and footers ending an article)."""
    pattern = spec.regex()
    verdict = Verdict(remove=True, cut=True)

    def apply(line: str) -> Verdict:
        return verdict if pattern.search(line) else KEEP

    return apply


@register_rule_kind("meta")
def _meta(spec: RuleSpec) -> LineRule:
    """The matching line goes; its named groups become metadata (``source``, ``date``, ...)."""
    pattern = spec.regex()
    if not pattern.groupindex:
        raise spec.error("a 'meta' regex needs a named group such as (?P<source>...)")

    def apply(line: str) -> Verdict:
        match = pattern.search(line)
        if match is None:
            return KEEP
        found = {key: value.strip() for key, value in match.groupdict().items() if value}
        return Verdict(remove=True, metadata={k: v for k, v in found.items() if v})

    return apply


@register_rule_kind("strip")
def _strip(spec: RuleSpec) -> LineRule:
    """The matched text goes from inside the line; a line left empty goes entirely."""
    pattern = spec.regex()

    def apply(line: str) -> Verdict:
        fragments = tuple(m.group(0) for m in pattern.finditer(line) if m.group(0))
        if not fragments:
            return KEEP
        rest = normalise_line(pattern.sub("", line))
        return Verdict(remove=not rest, text=rest, fragments=fragments)

    return apply


# --------------------------------------------------------------------------------------------
# Compiled rules and the rule book
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """A compiled rule: its id (for the audit and for overriding), kind and line function."""

    id: str
    kind: str
    apply: LineRule
    origin: str = ""


# An outlet's rules by id, in order; None marks an id switched off with `enabled: false`.
RuleTable = dict[str, Rule | None]


@dataclass
class _RuleSet:
    """What the files loaded so far say about one outlet (or about every outlet, for "*")."""

    rules: RuleTable = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _ParsedFile:
    outlet: str
    aliases: tuple[str, ...]
    rules: tuple[tuple[str, Rule | None], ...]


class RuleBook:
    """All loaded rule files: generic rules plus each outlet's, looked up by domain or alias.

    Files are merged in load order (folders in the order given, files by name within a
    folder). For the same outlet, a rule whose id was already loaded replaces it in place and a
    new id is appended: that is how a user's folder overrides a packaged file. An outlet's rules
    run after the generic ones and add to them; ``{id: X, enabled: false}`` in an outlet's file
    switches rule X off for that outlet, whether X is its own or a generic rule.
    """

    def __init__(
        self,
        sets: Mapping[str, _RuleSet],
        folders: Sequence[Path] = (),
        files: Sequence[Path] = (),
    ) -> None:
        self._sets = dict(sets)
        self._sets.setdefault(GENERIC, _RuleSet())
        self.folders = tuple(folders)
        self.files = tuple(files)  # every file read, in load order
        self._aliases: dict[str, str] = {}
        for outlet, ruleset in self._sets.items():
            for alias in ruleset.aliases:
                self._aliases[alias] = outlet
        self._compiled: dict[str | None, tuple[Rule, ...]] = {}

    @classmethod
    def load(
        cls,
        dirs: Sequence[str | os.PathLike[str]] | None = None,
        *,
        extra_dirs: Sequence[str | os.PathLike[str]] = (),
    ) -> RuleBook:
        """Load every ``*.yaml``/``*.yml`` file of the folders; later folders win.

        ``dirs`` defaults to the packaged rules then the ``TIDYNEWS_RULES`` folders;
        ``extra_dirs`` (the CLI's ``--rules``) are read after them. Raises RuleFileError for a
        missing folder or a bad file.
        """
        folders = default_rule_dirs() if dirs is None else [Path(d) for d in dirs]
        folders = [*folders, *(Path(d) for d in extra_dirs)]
        sets: dict[str, _RuleSet] = {}
        files = [path for folder in folders for path in _rule_files(folder)]
        for path in files:
            _merge_file(sets, path, _parse_file(path))
        return cls(sets, folders, files)

    @property
    def outlets(self) -> list[str]:
        """The outlets that have their own rules (registrable domains, as the files name them)."""
        return sorted(name for name in self._sets if name != GENERIC)

    def outlet_for(self, outlet: str | None) -> str | None:
        """Whose rules apply to ``outlet`` (a domain, hostname or URL); None: generic only."""
        if not outlet or not outlet.strip():
            return None
        name = outlet.strip().lower()
        for candidate in (name, registrable_domain(name)):
            if candidate is None or candidate == GENERIC:
                continue
            if candidate in self._sets:
                return candidate
            if candidate in self._aliases:
                return self._aliases[candidate]
        return None

    def rules_for(self, outlet: str | None) -> tuple[Rule, ...]:
        """The generic rules, then the outlet's, minus the ids the outlet switched off."""
        key = self.outlet_for(outlet)
        if key not in self._compiled:
            own: RuleTable = self._sets[key].rules if key is not None else {}
            switched_off = {rule_id for rule_id, rule in own.items() if rule is None}
            generic = [
                rule
                for rule_id, rule in self._sets[GENERIC].rules.items()
                if rule is not None and rule_id not in switched_off
            ]
            self._compiled[key] = (*generic, *(rule for rule in own.values() if rule))
        return self._compiled[key]

    def __repr__(self) -> str:
        return f"RuleBook(outlets={self.outlets!r}, folders={[str(f) for f in self.folders]!r})"


def default_rule_dirs(env: str | None = None) -> list[Path]:
    """The packaged rule folder, then each folder named by ``TIDYNEWS_RULES``."""
    value = os.environ.get(ENV_VAR, "") if env is None else env
    return [resource_dir("cleaning"), *(Path(p) for p in value.split(os.pathsep) if p.strip())]


def _rule_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise RuleFileError(folder, "rules folder not found (or not a folder)")
    # Dot-files are editor lock files and backups, not rules.
    names = (
        p for p in folder.iterdir() if p.suffix in RULE_SUFFIXES and not p.name.startswith(".")
    )
    return sorted(p for p in names if p.is_file())


def _merge_file(sets: dict[str, _RuleSet], path: Path, parsed: _ParsedFile) -> None:
    ruleset = sets.setdefault(parsed.outlet, _RuleSet())
    ruleset.aliases.extend(a for a in parsed.aliases if a not in ruleset.aliases)
    ruleset.rules.update(parsed.rules)  # dict.update: same id replaced in place, new appended


# --------------------------------------------------------------------------------------------
# Reading one rule file
# --------------------------------------------------------------------------------------------


def load_rule_file(path: str | os.PathLike[str]) -> tuple[str, tuple[str, ...], tuple[Rule, ...]]:
    """One file's outlet, aliases and enabled rules (to check a file on its own)."""
    parsed = _parse_file(Path(path))
    rules = tuple(rule for _, rule in parsed.rules if rule is not None)
    return parsed.outlet, parsed.aliases, rules


def _parse_file(path: Path) -> _ParsedFile:
    data = _read_yaml(path)
    unknown = sorted(str(key) for key in data if key not in FILE_KEYS)
    if unknown:
        allowed = ", ".join(sorted(FILE_KEYS))
        raise RuleFileError(path, f"unknown key(s) {unknown} at the top (allowed: {allowed})")
    outlet = _outlet_name(path, data.get("outlet"))
    aliases = _aliases(path, data.get("aliases"))
    raw_rules = data.get("rules") or []
    if not isinstance(raw_rules, list):
        raise RuleFileError(path, "'rules' must be a list of rules")
    parsed: dict[str, Rule | None] = {}
    for index, raw in enumerate(raw_rules, start=1):
        rule_id, rule = _parse_rule(path, index, raw)
        if rule_id in parsed:
            raise RuleFileError(path, "duplicate id in this file", index, rule_id)
        parsed[rule_id] = rule
    return _ParsedFile(outlet, aliases, tuple(parsed.items()))


def _read_yaml(path: Path) -> dict[Any, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(path, f"cannot read the file: {exc}") from None
    except yaml.YAMLError as exc:
        raise RuleFileError(path, f"not valid YAML: {yaml_problem(exc)}") from None
    if not isinstance(data, dict):
        raise RuleFileError(path, "expected a mapping with 'outlet', 'aliases' and 'rules'")
    return data


def _outlet_name(path: Path, value: Any) -> str:
    """The file's outlet: its ``outlet`` key, else its name (``generic.yaml`` is every outlet)."""
    if value is None:
        value = GENERIC if path.stem == "generic" else path.stem
    if not isinstance(value, str) or not value.strip():
        raise RuleFileError(path, f"'outlet' must be a domain or '*', got {value!r}")
    name = value.strip().lower()
    return name if name == GENERIC else (registrable_domain(name) or name)


def _aliases(path: Path, value: Any) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else (value or [])
    if not isinstance(items, list) or not all(isinstance(a, str) and a.strip() for a in items):
        raise RuleFileError(path, f"'aliases' must be a list of domains, got {value!r}")
    names: list[str] = []
    for alias in items:
        lowered = alias.strip().lower()
        names.extend(n for n in (lowered, registrable_domain(lowered)) if n and n not in names)
    return tuple(names)


def _parse_rule(path: Path, index: int, raw: Any) -> tuple[str, Rule | None]:
    if not isinstance(raw, dict):
        raise RuleFileError(path, "a rule must be a mapping like {id: x, drop: '...'}", index)
    rule_id = _rule_id(path, index, raw)
    kinds = [key for key in raw if key in _KINDS]
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RuleFileError(path, f"'enabled' must be true or false, got {enabled!r}", index)
    if not kinds and enabled:
        known = ", ".join(rule_kinds())
        raise RuleFileError(path, f"missing action: give one of {known}", index, rule_id)
    if len(kinds) > 1:
        raise RuleFileError(path, f"more than one action ({', '.join(kinds)})", index, rule_id)
    kind = _KINDS[kinds[0]] if kinds else None
    _check_keys(path, index, rule_id, raw, kind)
    if kind is None or not enabled:
        return rule_id, None
    spec = RuleSpec(
        id=rule_id,
        kind=kind.name,
        value=raw[kind.name],
        flags=raw.get("flags") or "",
        options={key: raw[key] for key in kind.keys if key in raw},
        path=path,
        index=index,
    )
    return rule_id, Rule(rule_id, kind.name, _build(kind, spec), f"{path}#{index}")


def _rule_id(path: Path, index: int, raw: Mapping[Any, Any]) -> str:
    """The rule's id; a rule without one gets a name no other file can override by accident."""
    if "id" not in raw:
        return f"{path}#{index}"
    value = raw["id"]
    if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).strip():
        raise RuleFileError(path, f"'id' must be a non-empty name, got {value!r}", index)
    return str(value).strip()


def _check_keys(
    path: Path, index: int, rule_id: str, raw: Mapping[Any, Any], kind: RuleKind | None
) -> None:
    allowed = set(COMMON_RULE_KEYS)
    if kind is not None:
        allowed |= {kind.name, *kind.keys}
    unknown = [str(key) for key in raw if key not in allowed]
    if not unknown:
        return
    what = f"a {kind.name!r} rule" if kind else "this rule"
    raise RuleFileError(
        path,
        f"unknown key(s) {unknown} for {what} (allowed: {', '.join(sorted(allowed))})",
        index,
        rule_id,
    )


def _build(kind: RuleKind, spec: RuleSpec) -> LineRule:
    """Compile a rule; a plugin factory's own error still names the file and rule."""
    try:
        return kind.factory(spec)
    except RuleFileError:
        raise
    except Exception as exc:  # a plugin's factory: report it against the rule file
        raise spec.error(f"cannot build {kind.name!r} rule: {exc}") from exc


# --------------------------------------------------------------------------------------------
# Cleaning
# --------------------------------------------------------------------------------------------

# Control characters (but tab and the line and space separators), zero-width space, word
# joiner and BOM: invisible, and they would stop a rule's regex from matching what it sees.
_INVISIBLE = dict.fromkeys(
    [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0)],
)
_INVISIBLE.update(dict.fromkeys([0x200B, 0x2060, 0xFEFF]))
_SPACES = re.compile(r"\s+")  # str patterns: tabs, NBSP, thin and other Unicode spaces too


def normalise_line(line: str) -> str:
    """A line as rules see it: NFC, control and zero-width characters gone, spaces collapsed.

    Quote characters are left exactly as written (quote extraction depends on them).
    """
    text = line.translate(_INVISIBLE)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", text).strip()


def clean(body: str, outlet: str | None = None, rules: RuleBook | None = None) -> Cleaned:
    """Clean a raw article body with the generic rules and those of ``outlet``.

    ``outlet`` may be a registrable domain, a hostname or a URL; an outlet without its own
    file gets the generic rules. ``rules`` defaults to the packaged rules plus the folders in
    ``TIDYNEWS_RULES`` (loaded once and cached).
    """
    book = rules if rules is not None else default_rulebook()
    return apply_rules(body, book.rules_for(outlet))


def default_rulebook() -> RuleBook:
    """The packaged rules plus ``TIDYNEWS_RULES`` (cached per value of that variable)."""
    env = os.environ.get(ENV_VAR, "")
    book = _DEFAULT_BOOKS.get(env)
    if book is None:
        book = _DEFAULT_BOOKS[env] = RuleBook.load(default_rule_dirs(env))
    return book


def clear_rule_cache() -> None:
    """Forget the cached default rule book (after editing rule files in a running session)."""
    _DEFAULT_BOOKS.clear()


@dataclass
class _LineJudgement:
    """What all the rules together say about one line."""

    text: str
    removed_by: str | None = None
    with_next: int = 0
    next_by: str = ""
    cut_by: str | None = None
    fragments: list[tuple[str, str]] = field(default_factory=list)
    keep_bullets: int = 0


def _judge(line: str, rules: Sequence[Rule], metadata: dict[str, str]) -> _LineJudgement:
    """Run every rule on a line, in order.

    The first rule that removes the line is the one the audit names, but later rules still see
    it: a ``cut`` still ends the article there, a ``with_next`` still takes the next lines and a
    ``meta`` still reads its values, even when another rule removed the line first. So an
    outlet's rule can add to a generic one. Metadata found first wins.
    """
    judgement = _LineJudgement(line)
    for rule in rules:
        verdict = rule.apply(judgement.text)
        if verdict is KEEP:
            continue
        for key, value in verdict.metadata.items():
            metadata.setdefault(key, value)
        if verdict.cut and judgement.cut_by is None:
            judgement.cut_by = rule.id
        if verdict.keep_bullets:
            judgement.keep_bullets = max(judgement.keep_bullets, verdict.keep_bullets)
            continue
        if verdict.with_next > judgement.with_next:
            judgement.with_next, judgement.next_by = verdict.with_next, rule.id
        if judgement.removed_by is not None:
            continue
        if verdict.remove or verdict.cut:
            judgement.removed_by = rule.id
        elif verdict.text is not None:
            judgement.fragments.extend((rule.id, piece) for piece in verdict.fragments)
            judgement.text = verdict.text
    return judgement


# A bullet line: "- …", "• …", "* …" (what a `keep` header protects after it).
_BULLET_LINE = re.compile(r"(?:[•·▪●]\s*|[*+\-–]\s+)\S")


def apply_rules(body: str, rules: Sequence[Rule]) -> Cleaned:
    """Clean ``body`` with an explicit list of compiled rules (see :func:`clean`)."""
    kept: list[str] = []
    removed: list[Removal] = []
    metadata: dict[str, str] = {}
    cut_by: str | None = None
    pending_by, pending = "", 0  # a `with_next` still taking lines
    kept_bullets = 0  # bullet lines a `keep` header still protects
    for lineno, raw in enumerate((body or "").splitlines(), start=1):
        line = normalise_line(raw)
        if not line:
            continue  # empty lines only separate paragraphs
        judgement = _judge(line, rules, metadata)
        cut_by = cut_by or judgement.cut_by
        protected = kept_bullets > 0 and _BULLET_LINE.match(line) is not None
        kept_bullets = judgement.keep_bullets or (kept_bullets - 1 if protected else 0)
        if judgement.keep_bullets or protected:
            judgement.removed_by = None  # a summary's header and its bullets stay
            pending = 0
        reason = judgement.removed_by or (pending_by if pending else None) or cut_by
        pending = max(pending - 1, 0)
        if judgement.with_next >= pending and judgement.next_by:
            pending_by, pending = judgement.next_by, judgement.with_next
        if reason is not None:
            removed.append(Removal(reason, line, lineno))
            continue
        removed.extend(Removal(rid, piece, lineno, True) for rid, piece in judgement.fragments)
        kept.append(judgement.text)
    return Cleaned("\n\n".join(kept), metadata, tuple(removed))
