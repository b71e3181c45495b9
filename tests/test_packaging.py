"""The project's packaging promises: conda and pip list the same dependencies, the CLI exists."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import yaml

from .conftest import REPO

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
NOT_PACKAGES = {"python", "pip"}


def _names(requirement: str) -> set[str]:
    """Normalised package names a requirement brings (dask[distributed] -> dask, distributed)."""
    match = _NAME.match(requirement)
    assert match, requirement
    names = {match.group(1)}
    if match.group(2):
        names |= {extra.strip() for extra in match.group(2).split(",")}
    return {re.sub(r"[-_.]+", "-", name).lower() for name in names}


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _conda_names() -> set[str]:
    environment = yaml.safe_load((REPO / "environment.yml").read_text(encoding="utf-8"))
    names: set[str] = set()
    for entry in environment["dependencies"]:
        if isinstance(entry, str):
            names |= _names(entry)
    return names - NOT_PACKAGES


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = _pyproject()["project"]
    runtime = set().union(*(_names(r) for r in project["dependencies"]))
    test_extra = set().union(*(_names(r) for r in project["optional-dependencies"]["test"]))
    conda = _conda_names()
    assert runtime - conda == set(), "in pyproject.toml but not environment.yml"
    assert conda - runtime - test_extra == set(), "in environment.yml but not pyproject.toml"


def test_console_script_is_declared_and_runs():
    assert _pyproject()["project"]["scripts"]["tidynews"] == "tidynews.cli:main"
    done = subprocess.run(
        [sys.executable, "-m", "tidynews", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("tidynews ")
