"""The dashboard's and the alerts' PromQL, read through a PromQL parser: which metrics, label
matchers and groupings each query uses, and whether a scrape of the services exports them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import promql_parser
from prometheus_client.parser import text_string_to_metric_families

from tests.deploy.manifests import DEPLOY, named

DASHBOARD = DEPLOY / "grafana" / "memstream.json"

# Labels Prometheus attaches to every target (the PodMonitors' relabelings included), and
# the series it makes itself for each target: not the services' to export.
TARGET_LABELS = frozenset({"namespace", "pod", "job", "instance", "container", "endpoint"})
PER_TARGET_SERIES = frozenset({"up"})

# Grafana's variables as a query reaches Prometheus.
_VARIABLES = {"$__rate_interval": "1m", "$__interval": "1m", "$__range": "1h", "$namespace": ".*"}
_LABEL_VALUES = re.compile(r"label_values\((?P<metric>[^,]+),\s*(?P<label>\w+)\)")

# The sample names a family exports, by its type (Prometheus' text format).
_SUFFIXES = {
    "counter": ("_total", "_created"),
    "gauge": ("",),
    "histogram": ("_bucket", "_sum", "_count", "_created"),
    "summary": ("", "_sum", "_count", "_created"),
    "unknown": ("",),
}


def dashboard() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DASHBOARD.read_text())
    return loaded


def _substitute(expr: str) -> str:
    for variable, value in _VARIABLES.items():
        expr = expr.replace(variable, value)
    assert "$" not in expr, f"an unknown Grafana variable in {expr!r}"
    return expr


def dashboard_queries() -> list[tuple[str, str]]:
    """(where, PromQL) of every panel target and template variable, variables filled in."""
    board = dashboard()
    queries = [
        (f"panel {panel['title']!r}", _substitute(target["expr"]))
        for panel in board["panels"]
        for target in panel.get("targets", [])
    ]
    for variable in board["templating"]["list"]:
        if variable["type"] != "query":
            continue
        found = _LABEL_VALUES.fullmatch(variable["query"]["query"])
        assert found, f"variable {variable['name']}: only label_values(metric, label) is checked"
        selector = f"{found['metric']}{{{found['label']}!=''}}"
        queries.append((f"variable {variable['name']!r}", selector))
    return queries


@cache
def alert_rules() -> tuple[dict[str, Any], ...]:
    """The alerting rules as the production overlay renders them."""
    spec = named("production", "PrometheusRule", "memstream")["spec"]
    return tuple(rule for group in spec["groups"] for rule in group["rules"])


def alert_queries() -> list[tuple[str, str]]:
    return [(f"alert {rule['alert']}", rule["expr"]) for rule in alert_rules()]


@dataclass
class Selector:
    metric: str
    matchers: list[tuple[str, bool, str]]  # (label, is an equality, value)


@dataclass
class Usage:
    """What one query asks of the metrics."""

    selectors: list[Selector] = field(default_factory=list)
    # (labels grouped by, the metrics aggregated): each label must be on one of them
    groupings: list[tuple[list[str], set[str]]] = field(default_factory=list)


def _selectors(node: Any) -> list[Selector]:
    found = []

    def visit(each: Any) -> bool:
        if isinstance(each, promql_parser.VectorSelector):
            assert each.name, f"a selector without a metric name: {each}"
            matchers = [
                (m.name, m.op == promql_parser.MatchOp.Equal, m.value)
                for m in each.matchers.matchers
            ]
            found.append(Selector(each.name, matchers))
        return True

    promql_parser.walk(node, visit)
    return found


def usage(expr: str) -> Usage:
    tree = promql_parser.parse(expr)
    found = Usage(selectors=_selectors(tree))

    def visit(node: Any) -> bool:
        if isinstance(node, promql_parser.AggregateExpr) and node.modifier is not None:
            metrics = {s.metric for s in _selectors(node.expr)}
            found.groupings.append((list(node.modifier.labels), metrics))
        return True

    promql_parser.walk(tree, visit)
    return found


@dataclass
class Exported:
    """What a scrape of the services holds: sample names, and per sample name the label
    names and values seen."""

    names: set[str]
    labels: dict[str, dict[str, set[str]]]

    @classmethod
    def parse(cls, text: str) -> Exported:
        names: set[str] = set()
        labels: dict[str, dict[str, set[str]]] = {}
        for family in text_string_to_metric_families(text):
            names.update(family.name + suffix for suffix in _SUFFIXES[family.type])
            for sample in family.samples:
                names.add(sample.name)
                seen = labels.setdefault(sample.name, {})
                for label, value in sample.labels.items():
                    seen.setdefault(label, set()).add(value)
        return cls(names, labels)

    def problems(self, where: str, expr: str) -> list[str]:
        """Metric names not exported, label matchers on labels or values the services never
        export, groupings by labels the aggregated metrics do not have."""
        found = usage(expr)
        problems = []
        for selector in found.selectors:
            if selector.metric in PER_TARGET_SERIES:
                continue
            if selector.metric not in self.names:
                problems.append(f"{where}: {selector.metric} is not exported")
                continue
            seen = self.labels.get(selector.metric)
            if seen is None:  # declared, but the workload made no sample of it
                continue
            for label, equality, value in selector.matchers:
                if label in TARGET_LABELS:
                    continue
                if label not in seen:
                    problems.append(f"{where}: {selector.metric} has no label {label!r}")
                elif equality and value not in seen[label]:
                    problems.append(f"{where}: {selector.metric} never has {label}={value!r}")
        for grouping, metrics in found.groupings:
            available = set(TARGET_LABELS)
            for metric in metrics:
                available.update(self.labels.get(metric, {}))
            unknown = [
                label
                for label in grouping
                if label not in available and all(m in self.labels for m in metrics)
            ]
            if unknown:
                problems.append(f"{where}: grouped by {unknown}, not labels of {sorted(metrics)}")
        return problems
