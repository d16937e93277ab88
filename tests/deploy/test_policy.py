"""Policy scans: checkov over the rendered overlays and the Dockerfile, hadolint over the
Dockerfile. Both come from the tool venv `make scanners` builds (deploy/tools-requirements.txt);
every exception is written down in deploy/checkov.yaml or on the object it concerns."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.deploy.manifests import DEPLOY, OVERLAYS, ROOT, render


def _tool(name: str) -> Path:
    bin_dir = Path(os.environ.get("MEMSTREAM_TOOLS_BIN", ROOT / ".venv-tools" / "bin"))
    tool = bin_dir / name
    assert tool.exists(), f"{tool} is missing: run `make scanners`"
    return tool


WEAKENINGS = [
    ("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false", "CKV_K8S_22"),
    ("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true", "CKV_K8S_20"),
]


@pytest.fixture(scope="module")
def checkov_failures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[str]]:
    """One checkov run (it takes ~20 s) over the real manifests and Dockerfile in `clean/` and one
    weakened copy of the dev overlay per WEAKENINGS entry in `weak/`: failed check ids by file."""
    root = tmp_path_factory.mktemp("checkov")
    (root / "clean").mkdir()
    (root / "weak").mkdir()
    for overlay in OVERLAYS:
        (root / "clean" / f"{overlay}.yaml").write_text(yaml.safe_dump_all(render(overlay)))
    (root / "clean" / "Dockerfile").write_text((ROOT / "Dockerfile").read_text())
    dev = yaml.safe_dump_all(render("dev"))
    for setting, weakened, check in WEAKENINGS:
        assert setting in dev
        (root / "weak" / f"{check}.yaml").write_text(dev.replace(setting, weakened))
    result = subprocess.run(
        [
            str(_tool("checkov")),
            "--directory",
            str(root),
            "--config-file",
            str(DEPLOY / "checkov.yaml"),
            "--output",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    reports = json.loads(result.stdout)
    reports = reports if isinstance(reports, list) else [reports]
    assert {report["check_type"] for report in reports} == {"kubernetes", "dockerfile"}, reports
    failures: dict[str, set[str]] = {}
    for report in reports:
        assert report["summary"]["parsing_errors"] == 0, report["summary"]
        for failed in report["results"]["failed_checks"]:
            failures.setdefault(failed["file_path"].lstrip("/"), set()).add(failed["check_id"])
    return failures


def test_checkov_finds_nothing(checkov_failures: dict[str, set[str]]) -> None:
    clean = {path: checks for path, checks in checkov_failures.items() if path.startswith("clean/")}
    assert clean == {}


@pytest.mark.parametrize("setting, weakened, check", WEAKENINGS)
def test_checkov_catches_a_weakened_manifest(
    checkov_failures: dict[str, set[str]], setting: str, weakened: str, check: str
) -> None:
    """The scan is live: one weakened setting in the rendered dev overlay fails it."""
    assert check in checkov_failures.get(f"weak/{check}.yaml", set())


def test_hadolint_passes() -> None:
    result = subprocess.run(
        [str(_tool("hadolint")), str(ROOT / "Dockerfile")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
