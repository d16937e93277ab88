"""Policy scans: checkov over the rendered overlays and the Dockerfile, hadolint over the
Dockerfile. Both come from the tool venv `make scanners` builds (deploy/tools-requirements.txt);
every exception is written down in deploy/checkov.yaml or on the object it concerns."""

from __future__ import annotations

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


def _checkov(directory: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(_tool("checkov")),
            "--directory",
            str(directory),
            "--config-file",
            str(DEPLOY / "checkov.yaml"),
            "--output",
            "cli",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_checkov_finds_nothing(tmp_path: Path) -> None:
    for overlay in OVERLAYS:
        (tmp_path / f"{overlay}.yaml").write_text(yaml.safe_dump_all(render(overlay)))
    (tmp_path / "Dockerfile").write_text((ROOT / "Dockerfile").read_text())
    result = _checkov(tmp_path)
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
    assert "kubernetes scan results" in result.stdout
    assert "dockerfile scan results" in result.stdout
    assert "Failed checks: 0" in result.stdout


def test_hadolint_passes() -> None:
    result = subprocess.run(
        [str(_tool("hadolint")), str(ROOT / "Dockerfile")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "setting, weakened, check",
    [
        ("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false", "CKV_K8S_22"),
        ("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true", "CKV_K8S_20"),
    ],
)
def test_checkov_catches_a_weakened_manifest(
    tmp_path: Path, setting: str, weakened: str, check: str
) -> None:
    """The scan is live: one weakened setting in the rendered dev overlay fails it."""
    rendered = yaml.safe_dump_all(render("dev"))
    assert setting in rendered
    (tmp_path / "dev.yaml").write_text(rendered.replace(setting, weakened))
    result = _checkov(tmp_path)
    assert result.returncode != 0 and check in result.stdout
