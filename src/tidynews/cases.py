"""Case files: the contested parties and case-specific actors of one crisis.

Nothing about a particular crisis lives in the package's code: a case file names who stances
point at (``subjects``) and who else acts (``actors``), so the same code serves another crisis.
A case is found by name in the packaged cases, the project's ``cases/`` folder, the folders in
``TIDYNEWS_CASES``, or given as a path to a YAML file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from .messages import yaml_problem
from .resources import resource_dir

# Kinds of reference data a case file may point at (``reference:``; docs/reference.md).
REFERENCE_KINDS = ("recognitions", "sanctions", "refugees")

ENTITY_ID = re.compile(r"^(country:[A-Z]{3}|org:[A-Z0-9_]+|person:[a-z0-9]+(?:-[a-z0-9]+)*)$")


class CaseError(ValueError):
    """A case that cannot be found or does not parse: says which and how to fix it."""


@dataclass(frozen=True)
class Party:
    """A subject or actor of a case: an entity id, its canonical name and its aliases."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO3 of the state a person speaks for
    speaks_for: str | None = None  # entity id of a bloc or agency a person speaks for
    side: str | None = None
    role: str | None = None
    kind: str | None = None

    @property
    def party_id(self) -> str | None:
        """The state or bloc this party stands for (itself for a country or organisation)."""
        if not self.id.startswith("person:"):
            return self.id
        if self.country:
            return f"country:{self.country}"
        return self.speaks_for


@dataclass(frozen=True)
class Case:
    name: str
    key: str
    period_start: date | None
    period_end: date | None
    subjects: tuple[Party, ...]
    actors: tuple[Party, ...] = ()
    source: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # reference kind -> CSV file, relative to the case file's folder or data/reference/
    reference: dict[str, str] = field(default_factory=dict)

    @classmethod
    def empty(cls) -> Case:
        """No contested parties: quotes, figures and sanctions still extract; stances cannot."""
        return cls(name="(no case)", key="", period_start=None, period_end=None, subjects=())

    def party(self, entity_id: str) -> Party | None:
        return next((p for p in (*self.subjects, *self.actors) if p.id == entity_id), None)

    @cached_property
    def contested(self) -> frozenset[str]:
        """The case's subjects and the states they are or speak for (Zelensky: UKR): whose
        officials the case file lists, and whose stances and measures are the contest itself.
        Computed once per case."""
        ids = {party.id for party in self.subjects}
        ids |= {f"country:{party.country}" for party in self.subjects if party.country}
        return frozenset(ids)

    @cached_property
    def home_country(self) -> str | None:
        """The country most of the case's companies and banks belong to (`country:VEN` for
        Venezuela 2019, `country:RUS` for Russia 2022): what its articles are about, read
        from the case file rather than written into the code; None when it lists none.
        Computed once per case (extraction asks for it per article)."""
        counts: dict[str, int] = {}
        for party in self.actors:
            if party.kind in {"company", "bank"} and party.country:
                counts[party.country] = counts.get(party.country, 0) + 1
        return f"country:{max(counts, key=lambda c: counts[c])}" if counts else None


def case_dirs() -> list[Path]:
    """Where case names are looked up, first match wins."""
    dirs = [Path(p) for p in os.environ.get("TIDYNEWS_CASES", "").split(os.pathsep) if p]
    return [*dirs, Path.cwd() / "cases", resource_dir("cases")]


def available_cases() -> list[str]:
    names = {
        path.stem for folder in case_dirs() if folder.is_dir() for path in folder.glob("*.yaml")
    }
    return sorted(names)


def find_case(name_or_path: str | os.PathLike[str]) -> Path:
    """The YAML file of a case given by name or path; CaseError listing the known names."""
    candidate = Path(name_or_path)
    if candidate.suffix in {".yaml", ".yml"} or candidate.exists():
        if candidate.is_file():
            return candidate
        raise CaseError(f"case file not found: {candidate}")
    for folder in case_dirs():
        path = folder / f"{name_or_path}.yaml"
        if path.is_file():
            return path
    known = ", ".join(available_cases()) or "none"
    raise CaseError(f"unknown case {str(name_or_path)!r}; known cases: {known}")


def load_case(name_or_path: str | os.PathLike[str] | Case | None) -> Case:
    """Load and validate a case file (None: the empty case)."""
    if isinstance(name_or_path, Case):
        return name_or_path
    if name_or_path is None:
        return Case.empty()
    path = find_case(name_or_path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CaseError(f"{path}: cannot read the case file: {error.strerror or error}") from None
    except yaml.YAMLError as error:
        raise CaseError(f"{path}: not readable YAML: {yaml_problem(error)}") from None
    if not isinstance(data, dict):
        raise CaseError(f"{path}: a case file is a mapping with name, subjects and actors")
    return _parse_case(data, path)


def _parse_case(data: dict[str, Any], path: Path) -> Case:
    subjects = tuple(_party(entry, path, "subjects") for entry in data.get("subjects") or [])
    if not subjects:
        raise CaseError(f"{path}: 'subjects' must list at least one contested party")
    actors = tuple(_party(entry, path, "actors") for entry in data.get("actors") or [])
    period = data.get("period") or {}
    known = {"name", "period", "subjects", "actors", "reference"}
    return Case(
        name=str(data.get("name") or path.stem),
        key=path.stem,
        period_start=_date(period.get("start"), path),
        period_end=_date(period.get("end"), path),
        subjects=subjects,
        actors=actors,
        source=path,
        extra={k: v for k, v in data.items() if k not in known},
        reference=_reference(data.get("reference"), path),
    )


def _reference(value: Any, path: Path) -> dict[str, str]:
    """The ``reference:`` mapping, checked: known kinds, each naming one CSV file."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise CaseError(f"{path}: 'reference' maps kinds ({', '.join(REFERENCE_KINDS)}) to files")
    unknown = sorted(set(value) - set(REFERENCE_KINDS))
    if unknown:
        raise CaseError(
            f"{path}: unknown reference kind(s) {', '.join(map(str, unknown))}; "
            f"known: {', '.join(REFERENCE_KINDS)}"
        )
    for kind, file in value.items():
        if not isinstance(file, str) or not file.strip():
            raise CaseError(f"{path}: reference {kind!r} must name a CSV file, not {file!r}")
    return {kind: file.strip() for kind, file in value.items()}


def _party(entry: Any, path: Path, section: str) -> Party:
    if not isinstance(entry, dict) or "id" not in entry or "name" not in entry:
        raise CaseError(f"{path}: every entry of '{section}' needs an id and a name: {entry!r}")
    entity_id = str(entry["id"])
    if not ENTITY_ID.match(entity_id):
        raise CaseError(
            f"{path}: {entity_id!r} is not an entity id (country:ISO3, org:CODE, person:slug)"
        )
    country = entry.get("country")
    if country is not None and not re.fullmatch(r"[A-Z]{3}", str(country)):
        raise CaseError(f"{path}: {entity_id}: country must be an ISO3 code, not {country!r}")
    return Party(
        id=entity_id,
        name=str(entry["name"]),
        aliases=tuple(str(alias) for alias in entry.get("aliases") or ()),
        country=country,
        speaks_for=entry.get("speaks_for"),
        side=entry.get("side"),
        role=entry.get("role"),
        kind=entry.get("kind"),
    )


def _date(value: Any, path: Path) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise CaseError(f"{path}: period dates are YYYY-MM-DD, not {value!r}") from None
