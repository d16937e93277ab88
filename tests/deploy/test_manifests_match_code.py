"""What the manifests say about the services is what the code does: commands from the
CLI's parser, ports and names from Settings, topics from memstream.topics, routes from
the apps, the drain timeout from the extractor's settings."""

from __future__ import annotations

import argparse
import os
import tomllib
from typing import Any

import pytest

from memstream.contracts.topics import topic_names
from memstream.services.cli import SERVICES, build_parser, service_port
from memstream.services.extractor.runner import REVOKE_WAIT_S
from memstream.services.stack import build_components
from memstream.settings import Settings, StatusSettings
from tests.deploy.manifests import (
    DEPLOY,
    OVERLAYS,
    ROOT,
    config_env,
    container,
    deployment,
    named,
    objects,
    secret_env,
)


def _settings(overlay: str, service: str, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings exactly as the service's container builds them from its environment."""
    for name in list(os.environ):
        if name.startswith("MEMSTREAM_"):
            monkeypatch.delenv(name)
    env = {**config_env(overlay), **secret_env(overlay, service)}
    plain = {
        v["name"]: v["value"] for v in container(overlay, service).get("env", []) if "value" in v
    }
    for name, value in {**env, **plain}.items():
        monkeypatch.setenv(name, value)
    return Settings()


def _subcommands() -> set[str]:
    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(commands.choices)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_config_names_only_real_settings(overlay: str) -> None:
    fields = Settings.model_fields
    for name in config_env(overlay):
        section, _, field = name.removeprefix("MEMSTREAM_").lower().partition("_")
        if f"{section}_{field}" in fields:
            continue
        assert section in fields, f"{name}: no settings section {section!r}"
        annotation: Any = fields[section].annotation
        assert field in annotation.model_fields, f"{name}: {section} has no field {field!r}"


@pytest.mark.parametrize("overlay", OVERLAYS)
@pytest.mark.parametrize("service", SERVICES)
def test_containers_run_the_cli_on_its_port(
    overlay: str, service: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _settings(overlay, service, monkeypatch)
    spec = container(overlay, service)
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert spec["command"] == [next(iter(scripts))] == ["memstream"]
    assert service in _subcommands()
    # The arguments are what the CLI accepts (flags included, should a service get some).
    assert build_parser().parse_args(spec["args"]).command == service
    (port,) = spec["ports"]
    assert port["name"] == "http"
    assert port["containerPort"] == service_port(settings, service)
    assert settings.http.host == "0.0.0.0"  # reachable from the kubelet and the Service
    for probe, path in (
        ("startupProbe", "/healthz"),
        ("livenessProbe", "/healthz"),
        ("readinessProbe", "/readyz"),
    ):
        assert spec[probe]["httpGet"] == {"path": path, "port": "http"}, (service, probe)
    annotations = deployment(overlay, service)["spec"]["template"]["metadata"]["annotations"]
    assert annotations["prometheus.io/port"] == str(port["containerPort"])
    assert annotations["prometheus.io/path"] == "/metrics"
    service_object = named(overlay, "Service", f"memstream-{service}")
    assert [p["targetPort"] for p in service_object["spec"]["ports"]] == ["http"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_state_lives_on_the_mounted_volume(overlay: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for service in SERVICES:
        settings = _settings(overlay, service, monkeypatch)
        mounts = {m["mountPath"] for m in container(overlay, service)["volumeMounts"]}
        writable = [settings.auth.key_store_path, settings.status.store_path]
        for path in writable:
            assert path is not None and any(str(path).startswith(m + "/") for m in mounts)
        assert container(overlay, service)["securityContext"]["readOnlyRootFilesystem"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_extractor_grace_covers_its_drain(overlay: str, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(overlay, "extractor", monkeypatch)
    grace = deployment(overlay, "extractor")["spec"]["template"]["spec"][
        "terminationGracePeriodSeconds"
    ]
    # drain, then a commit and leaving the group (bounded like a revocation's wait)
    assert grace >= settings.extractor.drain_timeout_s + REVOKE_WAIT_S


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_topics_match_the_code(overlay: str, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = _settings(overlay, "extractor", monkeypatch)
    topics = {t["spec"]["topicName"]: t["spec"] for t in objects(overlay, "KafkaTopic")}
    assert set(topics) == set(topic_names(settings.kafka.topic_prefix).all())
    for spec in topics.values():
        assert spec["partitions"] == settings.kafka.partitions
        assert spec["replicas"] == settings.kafka.replication_factor
        assert int(spec["config"]["min.insync.replicas"]) <= spec["replicas"]
    lifecycle = topics[topic_names(settings.kafka.topic_prefix).lifecycle]
    retention_days = int(lifecycle["config"]["retention.ms"]) / 86_400_000
    assert retention_days >= settings.status.retention_days  # a new replica can rebuild


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_extractor_scales_on_its_group_lag_up_to_the_partitions(
    overlay: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _settings(overlay, "extractor", monkeypatch)
    scaled = named(overlay, "ScaledObject", "memstream-extractor")["spec"]
    assert scaled["scaleTargetRef"]["name"] == "memstream-extractor"
    assert 1 <= scaled["minReplicaCount"] <= scaled["maxReplicaCount"]
    assert scaled["maxReplicaCount"] <= settings.kafka.partitions
    (trigger,) = scaled["triggers"]
    assert trigger["type"] == "kafka"
    meta = trigger["metadata"]
    assert meta["bootstrapServers"] == settings.kafka.bootstrap
    assert meta["consumerGroup"] == settings.extractor.group_id
    assert meta["topic"] == topic_names(settings.kafka.topic_prefix).requests
    assert meta["allowIdleConsumers"] == "false"
    assert int(meta["lagThreshold"]) == settings.extractor.window
    hpas = {
        h["spec"]["scaleTargetRef"]["name"] for h in objects(overlay, "HorizontalPodAutoscaler")
    }
    assert hpas == {"memstream-ingest", "memstream-status", "memstream-query"}  # KEDA: extractor


# Per service and scraped or probed inside the cluster, not through the ingress.
_NOT_ROUTED = frozenset(["/healthz", "/readyz", "/metrics"])


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_ingress_routes_the_mem0_paths_to_the_services_that_serve_them(overlay: str) -> None:
    settings = Settings(status=StatusSettings(store="memory"), auth={"key_store_path": None})
    served = {
        service: {
            route.path  # type: ignore[attr-defined]
            for component in build_components(settings, [service])
            for router in component.routers()
            for route in router.routes
        }
        for service in ("ingest", "status", "query", "webhooks")
    }
    (ingress,) = objects(overlay, "Ingress")
    (rule,) = ingress["spec"]["rules"]
    routed = {
        (p["path"], p["pathType"], p["backend"]["service"]["name"]) for p in rule["http"]["paths"]
    }
    for path, kind, backend in routed:
        service = backend.removeprefix("memstream-")
        if kind == "Exact":
            assert path in served[service], (path, service)
        else:
            assert any(route.startswith(path) for route in served[service]), (path, service)
    mem0 = {
        "/v3/memories/add/": "ingest",
        "/v1/ping/": "ingest",
        "/v1/event/{event_id}/": "status",
        "/v3/memories/search/": "query",
        "/v3/memories/": "query",
        "/v1/memories/{memory_id}/": "query",
        "/v1/memories/{memory_id}/history/": "query",
        "/v1/memories/": "query",
        "/v1/batch/": "query",
        "/v1/entities/": "query",
        "/v2/entities/{entity_type}/{entity_id}/": "query",
        "/ui/": "query",  # the explorer
        "/api/v1/webhooks/projects/{project_id}/": "webhooks",
        "/api/v1/webhooks/{webhook_id}/": "webhooks",
        "/api/v1/webhooks/{webhook_id}/deliveries/": "webhooks",
    }
    for route, service in mem0.items():
        assert any(
            route == path or (kind == "Prefix" and route.startswith(path))
            for path, kind, backend in routed
            if backend == f"memstream-{service}"
        ), route
    # Every route a service serves is reachable through the ingress, at that service (the
    # project settings route once was not: the SDK's project.get() got the ingress's 404).
    unrouted = {
        (route, service)
        for service, routes in served.items()
        for route in routes - _NOT_ROUTED
        if not any(
            route == path or (kind == "Prefix" and route.startswith(path))
            for path, kind, backend in routed
            if backend == f"memstream-{service}"
        )
    }
    assert unrouted == set()
    assert not any(p.startswith(("/metrics", "/healthz", "/readyz")) for p, _, _ in routed)


def test_image_runs_the_cli_as_a_non_root_user() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text().splitlines()
    instructions = [line.split(maxsplit=1) for line in dockerfile if line and line[0].isupper()]
    froms = [rest for op, rest in instructions if op == "FROM"]
    assert len(froms) >= 2 and all(":" in f and "latest" not in f for f in froms)
    assert ["ENTRYPOINT", '["memstream"]'] in instructions
    (user,) = [rest for op, rest in instructions if op == "USER"]
    assert not user.startswith(("0", "root"))
    assert (ROOT / ".dockerignore").exists() and (DEPLOY / "checkov.yaml").exists()


def test_every_service_has_a_pod_monitor_on_its_metrics_port() -> None:
    """Production: Prometheus Operator scrapes each service's pods where /metrics is, as the
    job the alerting rules and the dashboard name."""
    for service in SERVICES:
        monitor = named("production", "PodMonitor", f"memstream-{service}")["spec"]
        pod = deployment("production", service)["spec"]["template"]
        labels = pod["metadata"]["labels"]
        assert monitor["selector"]["matchLabels"].items() <= labels.items(), service
        selected = [
            d["metadata"]["name"]
            for d in objects("production", "Deployment")
            if monitor["selector"]["matchLabels"].items()
            <= d["spec"]["template"]["metadata"]["labels"].items()
        ]
        assert selected == [f"memstream-{service}"], service
        (endpoint,) = monitor["podMetricsEndpoints"]
        ports = {p["name"]: p["containerPort"] for p in container("production", service)["ports"]}
        assert endpoint["port"] in ports
        assert endpoint["path"] == pod["metadata"]["annotations"]["prometheus.io/path"]
        assert str(ports[endpoint["port"]]) == pod["metadata"]["annotations"]["prometheus.io/port"]
        (job,) = [r for r in endpoint["relabelings"] if r["targetLabel"] == "job"]
        assert job["replacement"] == f"memstream-{service}"
