"""User-facing error messages that must fit on one line.

Why a module: the CLI promises one line per user mistake, and PyYAML's messages span five
(the problem, an echo of the offending line and a caret under it). Every loader of a user's
YAML file (cases, gold files, cleaning rules) words its parser errors the same way here.
"""

from __future__ import annotations

import yaml


def yaml_problem(error: yaml.YAMLError) -> str:
    """A YAML parser error in one line: where (line and column, from 1) and what is wrong."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None)
    context = getattr(error, "context", None)
    if not problem:
        lines = [line.strip() for line in str(error).splitlines() if line.strip()]
        problem = lines[0] if lines else type(error).__name__
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    return f"{where}{problem}" + (f" ({context})" if context else "")
