"""The rendered overlays of deploy/, as the cluster would receive them."""

from __future__ import annotations

import base64
import shutil
import subprocess
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
OVERLAYS = sorted(p.name for p in (DEPLOY / "overlays").iterdir() if p.is_dir())
SERVICES = ("ingest", "extractor", "status", "query")

Manifest = dict[str, Any]


@cache
def render(overlay: str) -> tuple[Manifest, ...]:
    kubectl = shutil.which("kubectl")
    assert kubectl, "kubectl renders the overlays (kubectl kustomize)"
    out = subprocess.run(
        [kubectl, "kustomize", str(DEPLOY / "overlays" / overlay)],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    return tuple(doc for doc in yaml.safe_load_all(out) if doc)


def objects(overlay: str, kind: str) -> Iterator[Manifest]:
    return (m for m in render(overlay) if m["kind"] == kind)


def named(overlay: str, kind: str, name: str) -> Manifest:
    found = [m for m in objects(overlay, kind) if m["metadata"]["name"] == name]
    assert len(found) == 1, f"{overlay}: one {kind} {name}, found {len(found)}"
    return found[0]


def deployment(overlay: str, service: str) -> Manifest:
    return named(overlay, "Deployment", f"memstream-{service}")


def container(overlay: str, service: str) -> Manifest:
    containers = deployment(overlay, service)["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    found: Manifest = containers[0]
    return found


def config_env(overlay: str) -> dict[str, str]:
    """The ConfigMap every service takes its MEMSTREAM_* settings from."""
    (config,) = [
        m
        for m in objects(overlay, "ConfigMap")
        if m["metadata"]["name"].startswith("memstream-config")
    ]
    data: dict[str, str] = config["data"]
    return data


def secret_env(overlay: str, service: str) -> dict[str, str]:
    """Secret-backed variables of a service, with values where the overlay ships the
    Secret (dev) and a placeholder where the platform creates it (production)."""
    secrets = {m["metadata"]["name"]: m.get("data", {}) for m in objects(overlay, "Secret")}
    values = {}
    for var in container(overlay, service).get("env", []):
        ref = var.get("valueFrom", {}).get("secretKeyRef")
        if ref is None:
            continue
        data = secrets.get(ref["name"])
        values[var["name"]] = (
            base64.b64decode(data[ref["key"]]).decode() if data is not None else _placeholder(var)
        )
    return values


def _placeholder(var: Manifest) -> str:
    return "[]" if var["name"] == "MEMSTREAM_AUTH_API_KEYS" else "placeholder"
