"""Kafka users and their ACLs: each service that talks to Kafka has its own user allowed
exactly what the service does, and the service is configured, from the rendered manifests,
to authenticate as that user with the password Strimzi keeps for it."""

from __future__ import annotations

import base64

import pytest

from memstream.contracts.topics import topic_names
from memstream.settings import Settings
from tests.deploy.manifests import OVERLAYS, container, deployment, named, objects
from tests.deploy.test_manifests_match_code import _settings

KAFKA_SERVICES = ("ingest", "extractor", "status", "query", "webhooks")
Acls = dict[tuple[str, str], set[str]]


def _expected(settings: Settings) -> dict[str, Acls]:
    """What each user may do, from the code's topic names and group."""
    topics = topic_names(settings.kafka.topic_prefix)
    group = settings.extractor.group_id
    return {
        # ingest and query read the lifecycle topic for the adds that wait for their
        # event (async_mode=false), without a consumer group.
        "memstream-ingest": {
            ("topic", topics.requests): {"Write", "Describe"},
            ("topic", topics.lifecycle): {"Read", "Write", "Describe"},
        },
        "memstream-extractor": {
            ("topic", topics.requests): {"Read", "Describe"},
            ("group", group): {"Read"},
            ("topic", topics.lifecycle): {"Write", "Describe"},
            ("topic", topics.dlq): {"Write", "Describe"},
            ("topic", topics.changes): {"Write", "Describe"},
            ("topic", topics.projects): {"Read", "Describe"},
        },
        "memstream-query": {
            ("topic", topics.requests): {"Write", "Describe"},
            ("topic", topics.lifecycle): {"Read", "Write", "Describe"},
            ("topic", topics.projects): {"Write", "Read", "Describe"},
        },
        "memstream-status": {("topic", topics.lifecycle): {"Read", "Describe"}},
        "memstream-webhooks": {
            ("topic", topics.changes): {"Read", "Describe"},
            ("group", f"{settings.webhooks.group_id}-router"): {"Read"},
            ("topic", topics.deliveries): {"Read", "Write", "Describe"},
            ("group", settings.webhooks.group_id): {"Read"},
            ("topic", topics.webhooks): {"Read", "Write", "Describe"},
        },
        "memstream-keda": {
            ("topic", topics.requests): {"Describe"},
            ("group", group): {"Describe"},
        },
    }


def _acls(overlay: str) -> dict[str, Acls]:
    users: dict[str, Acls] = {}
    for user in objects(overlay, "KafkaUser"):
        spec = user["spec"]
        assert spec["authentication"] == {"type": "scram-sha-512"}
        assert spec["authorization"]["type"] == "simple"
        acls: Acls = {}
        for acl in spec["authorization"]["acls"]:
            resource = acl["resource"]
            assert resource["patternType"] == "literal" and acl.get("type", "allow") == "allow"
            acls.setdefault((resource["type"], resource["name"]), set()).update(acl["operations"])
        users[user["metadata"]["name"]] = acls
    return users


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_each_user_may_do_exactly_what_its_service_does(
    overlay: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = _settings(overlay, "extractor", monkeypatch)
    users = _acls(overlay)
    assert users == _expected(settings)
    lifecycle = topic_names(settings.kafka.topic_prefix).lifecycle
    requests = topic_names(settings.kafka.topic_prefix).requests
    writers = {u for u, acls in users.items() if "Write" in acls.get(("topic", lifecycle), set())}
    readers = {u for u, acls in users.items() if "Read" in acls.get(("topic", requests), set())}
    assert writers == {"memstream-ingest", "memstream-extractor", "memstream-query"}
    assert readers == {"memstream-extractor"}
    assert not any("Write" in ops for ops in users["memstream-status"].values())
    # The webhooks topic holds signing secrets: only the webhooks service reads it.
    webhooks = topic_names(settings.kafka.topic_prefix).webhooks
    assert {u for u, acls in users.items() if ("topic", webhooks) in acls} == {"memstream-webhooks"}


@pytest.mark.parametrize("overlay", OVERLAYS)
@pytest.mark.parametrize("service", KAFKA_SERVICES)
def test_each_service_authenticates_as_its_own_user_over_tls(
    overlay: str, service: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    kafka = _settings(overlay, service, monkeypatch).kafka
    assert kafka.security_protocol == "SASL_SSL" and kafka.sasl_mechanism == "SCRAM-SHA-512"
    assert kafka.sasl_username == f"memstream-{service}"
    assert kafka.bootstrap is not None and kafka.bootstrap.endswith(":9093")
    mounts = {m["mountPath"]: m["name"] for m in container(overlay, service)["volumeMounts"]}
    volumes = {
        v["name"]: v for v in deployment(overlay, service)["spec"]["template"]["spec"]["volumes"]
    }

    def secret_file(path: object) -> tuple[str, str]:
        """The Secret and key a mounted file comes from."""
        directory, _, name = str(path).rpartition("/")
        secret = volumes[mounts[directory]]["secret"]
        (item,) = [i for i in secret["items"] if i["path"] == name]
        return secret["secretName"], item["key"]

    # Strimzi keeps a user's password in a Secret of the user's name, key `password`.
    assert secret_file(kafka.sasl_password_file) == (f"memstream-{service}", "password")
    assert secret_file(kafka.ssl_ca_file) == ("memstream-cluster-ca-cert", "ca.crt")


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_service_that_talks_to_kafka_may_reach_it(overlay: str) -> None:
    policy = named(overlay, "NetworkPolicy", "memstream-kafka-clients")["spec"]
    (selector,) = policy["podSelector"]["matchExpressions"]
    assert sorted(selector["values"]) == sorted(KAFKA_SERVICES)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_autoscaler_reads_the_lag_as_its_own_user(overlay: str) -> None:
    (trigger,) = named(overlay, "ScaledObject", "memstream-extractor")["spec"]["triggers"]
    assert trigger["metadata"]["sasl"] == "scram_sha512" and trigger["metadata"]["tls"] == "enable"
    auth = named(overlay, "TriggerAuthentication", trigger["authenticationRef"]["name"])["spec"]
    refs = {r["parameter"]: (r["name"], r["key"]) for r in auth["secretTargetRef"]}
    assert refs["password"] == ("memstream-keda", "password")
    assert refs["ca"] == ("memstream-cluster-ca-cert", "ca.crt")
    username = named(overlay, "Secret", refs["username"][0])
    assert base64.b64decode(username["data"][refs["username"][1]]).decode() == "memstream-keda"
