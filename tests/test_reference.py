"""Reference data: the tidy files in data/reference/, how cases name them, how they load."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pycountry
import pytest

from tidynews import reference as ref
from tidynews.cases import CaseError, load_case
from tidynews.gazetteer import org_names
from tidynews.schemas import ENTITY_ID

from .conftest import REPO, SHARED, write

KINDS = ("recognitions", "sanctions", "refugees")
FOLDER = REPO / "data" / "reference"


@pytest.fixture(scope="module")
def venezuela() -> dict[str, pd.DataFrame]:
    return ref.load_reference("venezuela-2019")


def test_the_venezuela_case_names_three_non_empty_reference_files(venezuela):
    assert list(venezuela) == list(KINDS)
    assert len(venezuela["recognitions"]) > 50
    assert len(venezuela["sanctions"]) > 30
    assert len(venezuela["refugees"]) > 20
    for kind, frame in venezuela.items():
        assert list(frame.columns[: len(ref.COLUMNS[kind])]) == list(ref.COLUMNS[kind])


def test_every_reference_row_has_a_source_url(venezuela):
    for frame in venezuela.values():
        assert frame["source"].notna().all()
        assert frame["source"].str.match(r"https?://\S+$").all()
        second = frame["source_2"].dropna()
        assert second.str.match(r"https?://\S+$").all()


def _known_ids() -> set[str]:
    case = load_case("venezuela-2019")
    return set(org_names()) | {party.id for party in (*case.subjects, *case.actors)}


def test_reference_ids_are_ours(venezuela):
    known = _known_ids()
    ids = pd.concat(
        [
            venezuela["recognitions"]["actor_id"],
            venezuela["recognitions"]["subject_id"],
            venezuela["sanctions"]["imposer_id"],
            venezuela["sanctions"]["target_id"].dropna(),
        ]
    )
    assert ids.str.match(ENTITY_ID).all()
    unknown = set(ids) - known
    # Kosovo has no ISO 3166 code and no gazetteer entry; docs/reference.md says why XKX
    assert unknown == {"country:XKX"}
    for entity_id in {i for i in ids if i.startswith("country:") and i != "country:XKX"}:
        assert pycountry.countries.get(alpha_3=entity_id.split(":")[1]) is not None
    organisations = venezuela["refugees"]["organisation_ids"].dropna().str.split("|").explode()
    assert set(organisations) <= known and {"org:UNHCR", "org:IOM"} <= set(organisations)


def test_reference_dates_and_figures_are_typed(venezuela):
    recognitions, sanctions, refugees = (venezuela[k] for k in KINDS)
    assert str(recognitions["date"].dtype) == "datetime64[ns]"
    dated = recognitions["date"].dropna()
    assert dated.between("2019-01-01", "2019-12-31").all() and len(dated) > 30
    assert sanctions["date"].dropna().between("2014-01-01", "2020-12-31").all()
    assert set(sanctions["date_precision"].dropna()) <= {"day", "month"}
    assert str(refugees["value"].dtype) == "float64" and (refugees["value"] > 100_000).all()
    assert refugees["as_of"].notna().all()
    assert set(refugees["kind"]) == {"estimate", "projection"}
    assert str(sanctions["n_targets"].dtype) == "Int64"


def test_reference_vocabularies_are_the_contracts(venezuela):
    recognitions, sanctions = venezuela["recognitions"], venezuela["sanctions"]
    assert set(recognitions["stance"].dropna()) <= {"recognises", "backs", "neutral", "opposes"}
    assert set(recognitions["modality"].dropna()) == {"asserted", "conditional", "negated"}
    assert set(sanctions["status"].dropna()) <= {"imposed", "existing", "lifted"}
    usa = recognitions[(recognitions["actor_id"] == "country:USA")]
    assert usa[["stance", "subject_id", "modality"]].values.tolist() == [
        ["recognises", "person:juan-guaido", "asserted"]
    ]
    assert usa["date"].iloc[0] == pd.Timestamp("2019-01-23")
    pdvsa = sanctions[sanctions["target_id"] == "org:PDVSA"]
    assert pdvsa[["imposer_id", "status", "target_kind"]].values.tolist() == [
        ["country:USA", "imposed", "company"]
    ]


@pytest.mark.parametrize("case", ["russia-ukraine-2022", None])
def test_a_case_without_reference_gives_empty_typed_frames(case):
    frames = ref.load_reference(case)
    assert list(frames) == list(KINDS)
    for kind, frame in frames.items():
        assert frame.empty and list(frame.columns) == list(ref.COLUMNS[kind])
    assert str(frames["refugees"]["as_of"].dtype) == "datetime64[ns]"


def test_a_case_is_accepted_as_name_path_or_case():
    path = REPO / "cases" / "venezuela-2019.yaml"
    by_path = ref.load_reference(path)
    by_case = ref.load_reference(load_case("venezuela-2019"))
    pd.testing.assert_frame_equal(by_path["sanctions"], by_case["sanctions"])


def _case_file(folder: Path, reference: str) -> Path:
    return write(
        folder / "mine.yaml",
        "name: Mine\nsubjects:\n  - {id: person:someone, name: Someone}\n" + reference,
    )


GOOD_RECOGNITIONS = (
    "actor_id,stance,subject_id,modality,date,source\n"
    "country:USA,recognises,person:someone,asserted,2020-01-02,https://example.org/a\n"
)


def test_a_users_case_finds_its_file_beside_it_or_in_the_package(tmp_path):
    write(tmp_path / "mine.csv", GOOD_RECOGNITIONS)
    case = _case_file(
        tmp_path,
        "reference:\n  recognitions: mine.csv\n"
        "  refugees: venezuelan_refugees_migrants_abroad_2015_2024.csv\n",
    )
    frames = ref.load_reference(case)
    assert frames["recognitions"]["date"].tolist() == [pd.Timestamp("2020-01-02")]
    assert frames["recognitions"]["actor_name"].isna().all()  # optional column added empty
    assert len(frames["refugees"]) > 20  # not beside the case: the packaged file
    assert frames["sanctions"].empty


def test_a_missing_reference_file_names_what_was_tried(tmp_path):
    case = _case_file(tmp_path, "reference: {sanctions: nowhere.csv}\n")
    with pytest.raises(ref.ReferenceDataError, match=r"sanctions.*nowhere\.csv"):
        ref.load_reference(case)


@pytest.mark.parametrize(
    "content, message",
    [
        (GOOD_RECOGNITIONS.replace("2020-01-02", "02/01/2020"), "date"),
        (GOOD_RECOGNITIONS.replace("country:USA", "United States"), "actor_id"),
        (GOOD_RECOGNITIONS.replace("asserted", "done"), "modality"),
        (GOOD_RECOGNITIONS.replace("https://example.org/a", ""), "source"),
        (GOOD_RECOGNITIONS.replace("subject_id,", "").replace("person:someone,", ""), "subject_id"),
    ],
)
def test_a_bad_reference_file_is_a_clear_error(tmp_path, content, message):
    write(tmp_path / "mine.csv", content)
    case = _case_file(tmp_path, "reference: {recognitions: mine.csv}\n")
    with pytest.raises(ref.ReferenceDataError, match=r"mine\.csv") as error:
        ref.load_reference(case)
    assert message in str(error.value)


@pytest.mark.parametrize(
    "reference",
    ["reference: [a.csv]\n", "reference: {treaties: a.csv}\n", "reference: {sanctions: 3}\n"],
)
def test_a_malformed_reference_section_is_a_case_error(tmp_path, reference):
    with pytest.raises(CaseError, match="reference"):
        load_case(_case_file(tmp_path, reference))


def test_reference_dir_follows_the_resource_lookup(monkeypatch, tmp_path):
    assert (ref.reference_dir() / "recognitions_venezuela_2019.csv").is_file()

    def packaged(kind: str) -> Path:
        assert kind == "reference"
        return tmp_path

    monkeypatch.setattr(ref.resources, "resource_dir", packaged)
    assert ref.reference_dir() == tmp_path


# --- the conversion script -------------------------------------------------------------------


@pytest.fixture(scope="module")
def build_script():
    spec = importlib.util.spec_from_file_location("build_reference", FOLDER / "build_reference.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_reference"] = module
    spec.loader.exec_module(module)
    return module


def test_conversion_rules(build_script):
    stance = build_script.recognition_stance
    assert stance("backs Maduro; condemned recognition of Guaidó", "done") == ("backs", "asserted")
    assert stance("recognises and supports as interim president", "done") == (
        "recognises",
        "asserted",
    )
    assert stance("will recognise unless elections", "conditional") == ("recognises", "conditional")
    assert stance("threatened to recognise", "threatened") == ("recognises", "conditional")
    assert stance("vetoed a statement", "refused") == ("recognises", "negated")
    assert stance("no official position", "no statement") == (None, None)
    with pytest.raises(ValueError):
        stance("something", "maybe")
    count = build_script.parse_count
    assert count("7 persons, 23 entities") == (30, "exact")
    assert count("43 (70 previously sanctioned)") == (43, "exact")
    assert count("200+") == (200, "at_least")
    assert count("not stated") == (None, None)
    assert build_script.target_kind("person", 1) == "person"
    assert build_script.target_kind("person / company", 30) == "people"
    assert build_script.target_kind("company (state oil) / sector", 1) == "company"
    assert build_script.target_kind("legal framework", None) is None
    assert build_script.refugee_as_of("2018-12", "month") == ("2018-12-01", "month")
    assert build_script.refugee_as_of("2023", "mid-year") == ("2023-06-30", "year")
    assert build_script.parse_date("2017-08") == ("2017-08-01", "month")


@pytest.mark.shared
def test_committed_files_are_what_the_script_makes_of_the_raw_files(build_script):
    raw = SHARED / "reference"
    if not (raw / "recognitions_venezuela_2019.csv").is_file():
        pytest.skip(f"needs the raw reference files in {raw}")
    for kind, frame in build_script.build(raw).items():
        committed = pd.read_csv(FOLDER / build_script.FILES[kind], dtype=str, keep_default_na=False)
        rebuilt = pd.read_csv(
            pd.io.common.StringIO(frame.to_csv(index=False)), dtype=str, keep_default_na=False
        )
        pd.testing.assert_frame_equal(rebuilt, committed, check_dtype=False)
        source = pd.read_csv(raw / build_script.FILES[kind], dtype=str, keep_default_na=False)
        assert len(committed) == len(source)  # every raw row kept
