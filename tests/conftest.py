"""Shared fixtures: the real seed articles in ../shared and small corpora built on the fly."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIDYNEWS_SHARED", REPO.parent / "shared"))
SAMPLE = REPO / "data" / "sample"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project; tests that need it skip cleanly where it is absent."""
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip(f"needs the shared seed corpus at {SHARED} (set TIDYNEWS_SHARED to move it)")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "seeds"


@pytest.fixture(scope="session")
def ukraine_annotator():
    """The second case's annotator, built once: its matchers take a while to build."""
    from tidynews.annotate import Annotator
    from tidynews.cases import load_case

    return Annotator(load_case("russia-ukraine-2022"))


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


ARTICLE = (
    "Lima Group rejects Maduro's new term\n"
    "Thirteen governments of the Lima Group said they would not recognise Nicolás Maduro's "
    "second term.\n\n"
    "Peru's foreign minister read the statement in Lima on Friday.\n"
)


def write(path: Path, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes to path, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --- reports (tests/test_report.py, tests/test_browser.py) --------------------------------

# The fixture notebooks are inputs of the report tests, not notebooks for nbval to check.
collect_ignore_glob = ["fixtures/*"]

NOTEBOOKS = REPO / "notebooks"
FIXTURE_NOTEBOOKS = REPO / "tests" / "fixtures" / "notebooks"
# Each case's sample corpus: the reports made from them are the ones readers would get.
REPORT_CASES = {
    "venezuela-2019": REPO / "data" / "sample",
    "russia-ukraine-2022": REPO / "data" / "sample_ukraine_2022",
}


@dataclass(frozen=True)
class ReportRun:
    """A `tidynews report` run made by a fixture: where it wrote and what it printed."""

    case: str
    out: Path
    returncode: int
    stdout: str
    stderr: str
    seconds: float


def shipped_notebook_names() -> list[str]:
    """The notebooks `tidynews report` runs by default (known at collection time)."""
    return sorted(path.stem for path in NOTEBOOKS.glob("*.ipynb"))


@dataclass(frozen=True)
class InstalledWheel:
    """The built wheel and the bare folder it was installed into."""

    wheel: Path
    site: Path

    def environment(self) -> dict[str, str]:
        """Environment for a child Python that imports tidynews from the wheel, not the checkout
        (PYTHONPATH comes before the editable install's path entry)."""
        return {**os.environ, "PYTHONPATH": str(self.site), "PYTHONDONTWRITEBYTECODE": "1"}


@pytest.fixture(scope="session")
def installed_tidynews(tmp_path_factory: pytest.TempPathFactory) -> InstalledWheel:
    """The project built as a wheel and installed into a bare folder (no repository around).

    Commands run with ``PYTHONPATH`` set to it import tidynews from the wheel, so they prove
    that the notebooks, templates and data ship inside the package.
    """
    root = tmp_path_factory.mktemp("wheel")
    wheel_dir, site = root / "dist", root / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheel_dir), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheel_dir.glob("tidynews-*.whl")
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    return InstalledWheel(wheel, site)


@pytest.fixture(scope="session", params=sorted(REPORT_CASES))
def case_report(
    request: pytest.FixtureRequest,
    installed_tidynews: InstalledWheel,
    tmp_path_factory: pytest.TempPathFactory,
) -> ReportRun:
    """`tidynews report` of one case's sample corpus, run as a user would after `pip install`:
    the installed wheel's command, its shipped notebooks, from an unrelated working folder."""
    case = request.param
    workdir = tmp_path_factory.mktemp(f"report-{case}")
    out = workdir / "reports"
    command = [sys.executable, "-m", "tidynews", "report", str(REPORT_CASES[case])]
    command += ["--case", case, "--out", str(out)]
    started = time.perf_counter()
    done = subprocess.run(
        command,
        cwd=workdir,
        env=installed_tidynews.environment(),
        capture_output=True,
        text=True,
        timeout=1800,
    )
    return ReportRun(
        case, out, done.returncode, done.stdout, done.stderr, time.perf_counter() - started
    )
