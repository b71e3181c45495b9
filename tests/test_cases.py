"""Case files: loading, validation, and a second crisis with nothing about Venezuela around."""

from __future__ import annotations

import ast
import re
import shutil

import pytest

from tidynews.cases import CaseError, available_cases, load_case
from tidynews.pipeline import build_tables

from .conftest import REPO


def test_bundled_cases_load():
    assert {"venezuela-2019", "russia-ukraine-2022"} <= set(available_cases())
    venezuela = load_case("venezuela-2019")
    assert venezuela.period_start.isoformat() == "2019-01-10"
    trump = venezuela.party("person:donald-trump")
    assert trump is not None and trump.party_id == "country:USA"
    # in 2019 Borrell was Spain's foreign minister: he speaks for Spain in this case, for
    # the EU in the 2022 one
    assert venezuela.party("person:josep-borrell").party_id == "country:ESP"
    ukraine = load_case("russia-ukraine-2022")
    assert ukraine.party("person:josep-borrell").party_id == "org:EU"


def test_case_by_path_and_unknown_names(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("name: Mine\nsubjects:\n  - {id: 'person:a-b', name: A B}\n")
    assert load_case(path).subjects[0].id == "person:a-b"
    with pytest.raises(CaseError, match="unknown case 'atlantis'; known cases: "):
        load_case("atlantis")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name: X\n", "at least one contested party"),
        ("subjects:\n  - {id: 'Person:X', name: X}\n", "is not an entity id"),
        ("subjects:\n  - {id: 'person:x', name: X, country: usa}\n", "ISO3"),
        ("subjects: [1, 2", "not readable YAML"),
        ("period: {start: yesterday}\nsubjects:\n  - {id: 'person:x', name: X}\n", "YYYY-MM-DD"),
    ],
)
def test_bad_case_files(tmp_path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    with pytest.raises(CaseError, match=message):
        load_case(path)


@pytest.mark.slow
def test_second_case_runs_with_the_venezuela_file_absent(tmp_path, monkeypatch):
    """Nothing about Venezuela is in the package: the Ukraine case runs without its file."""
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copy(REPO / "cases" / "russia-ukraine-2022.yaml", cases)
    monkeypatch.chdir(tmp_path)  # ./cases now holds only the second case
    monkeypatch.setenv("TIDYNEWS_CASES", str(cases))
    monkeypatch.setattr("tidynews.cases.resource_dir", lambda kind: tmp_path / "no-such-dir")
    assert available_cases() == ["russia-ukraine-2022"]
    with pytest.raises(CaseError):
        load_case("venezuela-2019")
    built = build_tables(REPO / "data" / "sample_ukraine_2022", case="russia-ukraine-2022")
    stances = built.tables["stances"]
    assert len(built.ingest.articles) == 14
    assert "org:DPR" in set(stances["subject_id"])
    assert not stances["subject_id"].str.contains("guaido|maduro").any()
    assert len(built.tables["sanctions"]) > 0 and len(built.tables["figures"]) > 0


def _code_strings_and_names(source: str) -> str:
    """Identifiers and string constants of a module, without docstrings and comments."""
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    parts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings:
                parts.append(node.value)
        elif isinstance(node, ast.Name):
            parts.append(node.id)
    return "\n".join(parts).lower()


def test_package_code_names_no_crisis():
    """A guard: the package's code (examples in docs aside) names no party of a bundled case."""
    pattern = re.compile(r"guaid|maduro|pdvsa|caracas|venezuela\b|venezuelans|donetsk|luhansk")
    for path in (REPO / "src" / "tidynews").rglob("*.py"):
        found = pattern.findall(_code_strings_and_names(path.read_text(encoding="utf-8")))
        assert not found, f"{path.name} names {sorted(set(found))}"


def test_an_organisation_in_a_case_can_act_for_a_state(tmp_path):
    """'the Treasury' is ambiguous in the built-in list; a case file may say whose it is."""
    from tidynews.annotate import Annotator

    case_file = tmp_path / "case.yaml"
    case_file.write_text(
        "name: Test crisis\n"
        "subjects: [{id: person:ana-example, name: Ana Example}]\n"
        "actors:\n"
        "  - {id: org:HM_TREASURY, name: HM Treasury, aliases: [the Treasury],"
        " speaks_for: country:GBR}\n"
        "  - {id: org:ACME, name: Acme Oil, kind: company, country: VEN}\n",
        encoding="utf-8",
    )
    case = load_case(str(case_file))
    article = Annotator(case).annotate("0" * 12, "The Treasury froze the assets of Acme Oil.")
    parties = {m.entity_id: m.party_id for m in article.mentions}
    assert parties["org:HM_TREASURY"] == "country:GBR"
    assert parties["org:ACME"] in {None, "org:ACME"}  # a company's `country` is where it is


def test_contested_are_the_subjects_and_the_states_they_stand_for():
    ukraine = load_case("russia-ukraine-2022")
    assert {"country:UKR", "country:RUS", "person:vladimir-putin", "org:DPR"} <= ukraine.contested
    assert "country:USA" not in ukraine.contested
    venezuela = load_case("venezuela-2019")
    assert venezuela.contested == {"person:juan-guaido", "person:nicolas-maduro"}
