"""The alerting rules as the production overlay renders them: `promtool check rules`, and
`promtool test rules` with deploy/monitoring/alerts.test.yaml, where each alert has a case
that fires and one that does not. promtool comes from Debian's `prometheus` package
(`make tools`). That the rules' metrics are exported is tests/test_metrics.py's check."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import yaml

from tests.deploy.manifests import DEPLOY, ROOT, deployment
from tests.deploy.monitoring import alert_rules

UNIT_TESTS = DEPLOY / "monitoring" / "alerts.test.yaml"
_QUANTITY = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40}


def _promtool(*args: str) -> subprocess.CompletedProcess[str]:
    promtool = shutil.which("promtool")
    assert promtool, "promtool checks the alerting rules: run `make tools`"
    return subprocess.run(
        [promtool, *args], capture_output=True, text=True, timeout=60, cwd=ROOT, check=False
    )


def _write_rules(directory: Path, rules: list[dict[str, Any]]) -> Path:
    """The rules as a Prometheus rule file, and the unit tests pointing at it."""
    (directory / "alerts.rules.yaml").write_text(
        yaml.safe_dump({"groups": [{"name": "memstream", "rules": rules}]})
    )
    tests = yaml.safe_load(UNIT_TESTS.read_text())
    assert tests["rule_files"] == ["alerts.rules.yaml"]
    path = directory / "alerts.test.yaml"
    path.write_text(yaml.safe_dump(tests))
    return path


def test_the_rules_are_valid(tmp_path: Path) -> None:
    _write_rules(tmp_path, list(alert_rules()))
    result = _promtool("check", "rules", str(tmp_path / "alerts.rules.yaml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(alert_rules())} rules found" in result.stdout


def test_the_alerts_pass_their_unit_tests(tmp_path: Path) -> None:
    result = _promtool("test", "rules", str(_write_rules(tmp_path, list(alert_rules()))))
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_alert_has_a_case_that_fires_and_one_that_does_not() -> None:
    evaluations = [
        check
        for test in yaml.safe_load(UNIT_TESTS.read_text())["tests"]
        for check in test["alert_rule_test"]
    ]
    for rule in alert_rules():
        mine = [e for e in evaluations if e["alertname"] == rule["alert"]]
        assert any(e["exp_alerts"] for e in mine), f"{rule['alert']} never expected to fire"
        assert any(not e["exp_alerts"] for e in mine), f"{rule['alert']} always expected to fire"
        assert {"severity", "summary", "description"} <= {
            *rule["labels"],
            *rule["annotations"],
        }, rule["alert"]


def test_the_unit_tests_fail_when_an_alert_cannot_fire(tmp_path: Path) -> None:
    """The unit tests are live: with every expression replaced by one that never fires,
    promtool reports each alert."""
    silenced = [{**rule, "expr": "vector(0) > 1"} for rule in alert_rules()]
    result = _promtool("test", "rules", str(_write_rules(tmp_path, silenced)))
    assert result.returncode != 0
    for rule in alert_rules():
        assert f"alertname: {rule['alert']}," in result.stdout + result.stderr, rule["alert"]


def test_the_status_disk_alert_matches_the_status_volume() -> None:
    (rule,) = [r for r in alert_rules() if r["alert"] == "MemstreamStatusDiskFilling"]
    volumes = deployment("production", "status")["spec"]["template"]["spec"]["volumes"]
    (state,) = [v for v in volumes if v["name"] == "state"]
    size = re.fullmatch(r"(\d+)(\w+)", state["emptyDir"]["sizeLimit"])
    assert size is not None
    number, unit = size.groups()
    assert f"* {int(number) * _QUANTITY[unit]}" in rule["expr"]
    assert f"{number}{unit}" in rule["annotations"]["summary"]


def test_the_deployment_guide_lists_every_alert() -> None:
    guide = (ROOT / "docs" / "deployment.md").read_text()
    for rule in alert_rules():
        assert f"`{rule['alert']}`" in guide, rule["alert"]
