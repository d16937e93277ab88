"""Every overlay renders, and every object validates against the Kubernetes schemas."""

from __future__ import annotations

import ipaddress
from typing import Any

import kubernetes_validate
import pytest

from tests.deploy.manifests import OVERLAYS, SERVICES, deployment, objects, render

# The oldest Kubernetes the manifests are written for (docs/deployment.md).
KUBERNETES_VERSION = "1.30.0"
# Custom resources: kubernetes-validate has no schemas for them; the operators' CRDs
# validate them at apply time, test_manifests_match_code checks their fields and
# test_alerts the rules (promtool).
CUSTOM_RESOURCES = {
    ("kafka.strimzi.io/v1beta2", "KafkaTopic"),
    ("kafka.strimzi.io/v1beta2", "KafkaUser"),
    ("keda.sh/v1alpha1", "ScaledObject"),
    ("monitoring.coreos.com/v1", "PodMonitor"),
    ("monitoring.coreos.com/v1", "PrometheusRule"),
    ("keda.sh/v1alpha1", "TriggerAuthentication"),
}


def test_there_are_dev_and_production_overlays() -> None:
    assert {"dev", "production"} <= set(OVERLAYS)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_object_validates(overlay: str) -> None:
    for manifest in render(overlay):
        kind = (manifest["apiVersion"], manifest["kind"])
        try:
            kubernetes_validate.validate(manifest, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.SchemaNotFoundError:
            assert kind in CUSTOM_RESOURCES, f"no schema for {kind}"
        except kubernetes_validate.ValidationError as exc:
            name = manifest["metadata"]["name"]
            pytest.fail(f"{overlay}: {kind[1]} {name}: {exc.message} at {list(exc.path)}")


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_service_has_what_the_platform_requires(overlay: str) -> None:
    pdbs = {p["metadata"]["name"] for p in objects(overlay, "PodDisruptionBudget")}
    workloads = [*objects(overlay, "Deployment"), *objects(overlay, "StatefulSet")]
    assert {w["metadata"]["name"] for w in workloads} >= {f"memstream-{s}" for s in SERVICES}
    for workload in workloads:
        name = workload["metadata"]["name"]
        pod = workload["spec"]["template"]["spec"]
        assert name in pdbs, name
        assert pod["securityContext"]["runAsNonRoot"] is True, name
        assert pod["automountServiceAccountToken"] is False, name
        for container in pod["containers"]:
            security = container["securityContext"]
            assert security["allowPrivilegeEscalation"] is False, name
            assert security["readOnlyRootFilesystem"] is True, name
            assert security["capabilities"]["drop"] == ["ALL"], name
            assert {"requests", "limits"} <= set(container["resources"]), name
            assert {"startupProbe", "livenessProbe", "readinessProbe"} <= set(container), name


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_network_policies_deny_by_default_and_guard_qdrant(overlay: str) -> None:
    policies = {p["metadata"]["name"]: p["spec"] for p in objects(overlay, "NetworkPolicy")}
    deny = policies["memstream-default-deny"]
    assert deny["podSelector"] == {} and set(deny["policyTypes"]) == {"Ingress", "Egress"}
    assert "ingress" not in deny and "egress" not in deny
    qdrant = [
        p
        for p in policies.values()
        if p["podSelector"].get("matchLabels", {}).get("app.kubernetes.io/name") == "qdrant"
    ]
    (only,) = qdrant
    sources = [peer for rule in only["ingress"] for peer in rule["from"]]
    assert sources == [  # only the services that store or search memories
        {
            "podSelector": {
                "matchExpressions": [
                    {
                        "key": "app.kubernetes.io/component",
                        "operator": "In",
                        "values": ["extractor", "query"],
                    }
                ]
            }
        }
    ]


def _selects(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    if not selector.get("matchLabels", {}).items() <= labels.items():
        return False
    return all(labels.get(e["key"]) in e["values"] for e in selector.get("matchExpressions", []))


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_webhooks_may_reach_no_private_or_metadata_address(overlay: str) -> None:
    """The second wall against SSRF: whatever a webhook URL resolves to, the webhooks pods'
    egress by address (ipBlock) never reaches the cluster's inside or a metadata endpoint."""
    labels = deployment(overlay, "webhooks")["spec"]["template"]["metadata"]["labels"]
    blocks = [
        peer["ipBlock"]
        for policy in objects(overlay, "NetworkPolicy")
        if _selects(policy["spec"]["podSelector"], labels)
        for rule in policy["spec"].get("egress", [])
        for peer in rule.get("to", [])
        if "ipBlock" in peer
    ]
    assert blocks, "webhooks cannot reach any receiver"

    def allowed(address: str) -> bool:
        ip = ipaddress.ip_address(address)
        return any(
            ip in ipaddress.ip_network(b["cidr"])
            and not any(ip in ipaddress.ip_network(e) for e in b.get("except", []))
            for b in blocks
        )

    for inside in ("10.0.0.1", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.100.100.200"):
        assert not allowed(inside), inside
    assert allowed("93.184.216.34")
