"""deploy/grafana/memstream.json: importable, laid out, every query valid PromQL, the panels
operators asked for, and shipped unchanged in the production overlay for Grafana's sidecar.
That its metrics are exported is tests/test_metrics.py's check."""

from __future__ import annotations

import json
from itertools import combinations

import promql_parser

from tests.deploy.manifests import named
from tests.deploy.monitoring import DASHBOARD, dashboard, dashboard_queries, usage

DATASOURCE = {"type": "prometheus", "uid": "${datasource}"}


def test_the_dashboard_is_importable() -> None:
    board = dashboard()
    assert board["uid"] == "memstream" and board["title"] == "memstream"
    assert board["id"] is None  # Grafana assigns it on import
    assert isinstance(board["schemaVersion"], int)
    variables = {v["name"]: v for v in board["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    ids = [panel["id"] for panel in board["panels"]]
    assert len(ids) == len(set(ids))
    for panel in board["panels"]:
        if panel["type"] == "row":
            continue
        assert panel["datasource"] == DATASOURCE, panel["title"]
        assert panel["description"], panel["title"]
        refs = [target["refId"] for target in panel["targets"]]
        assert refs and len(refs) == len(set(refs)), panel["title"]
        for target in panel["targets"]:
            assert target["datasource"] == DATASOURCE, panel["title"]


def test_panels_fit_the_grid_without_overlapping() -> None:
    boxes = [(panel["title"], panel["gridPos"]) for panel in dashboard()["panels"]]
    for title, box in boxes:
        assert box["x"] >= 0 and box["x"] + box["w"] <= 24, title
    for (a, p), (b, q) in combinations(boxes, 2):
        apart = (
            p["x"] + p["w"] <= q["x"]
            or q["x"] + q["w"] <= p["x"]
            or p["y"] + p["h"] <= q["y"]
            or q["y"] + q["h"] <= p["y"]
        )
        assert apart, f"{a!r} overlaps {b!r}"


def test_every_query_is_promql_filtered_by_the_namespace_variable() -> None:
    for where, expr in dashboard_queries():
        promql_parser.parse(expr)  # raises on invalid PromQL
        if where.startswith("panel"):
            for selector in usage(expr).selectors:
                assert ("namespace", False, ".*") in selector.matchers, where


def test_it_has_the_panels_operators_need() -> None:
    """The issue's list: adds and answers by status, publish latency, consumer lag per
    partition and its trend, window use, upstream latency and errors, events by final status
    and duration, dead letters, the status view's size and poll latency."""
    panels = {
        p["title"]: " ".join(t["expr"] for t in p.get("targets", [])) for p in dashboard()["panels"]
    }
    wanted = {
        "Adds/s by answer status": "memstream_http_request_duration_seconds_count",
        "Publish latency by topic": "memstream_kafka_publish_duration_seconds_bucket",
        "Consumer lag per partition": "by (consumer, partition)",
        "Lag trend": "deriv(memstream_kafka_consumer_lag_records",
        "Window use": "memstream_extractor_window_requests",
        "Upstream latency (p95)": "memstream_upstream_call_duration_seconds_bucket",
        "Upstream errors/s": "memstream_upstream_call_errors_total",
        "Events by final status": "memstream_events_finished_total",
        "Event duration": "memstream_extractor_event_duration_seconds_bucket",
        "Dead letters/s": "memstream_dlq_records_total",
        "Status view size": "memstream_status_view_events",
        "Poll latency": "event_id",
    }
    for title, query in wanted.items():
        assert query in panels.get(title, ""), title


def test_production_ships_the_dashboard_to_grafana_s_sidecar() -> None:
    config = named("production", "ConfigMap", "memstream-grafana-dashboard")
    assert config["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert json.loads(config["data"]["memstream.json"]) == json.loads(DASHBOARD.read_text())
