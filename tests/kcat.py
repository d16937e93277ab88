"""Running Debian's kcat against Tansu.

Debian 12's kcat links librdkafka 2.0.2, which cannot parse Tansu 0.6.0's ApiVersions v3
answer ("Read underflow", and kcat forces api.version.request on). librdkafka 2.16,
bundled in the confluent-kafka wheel, can: kcat runs on it through LD_LIBRARY_PATH.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import confluent_kafka


def kcat_env(workdir: Path) -> dict[str, str]:
    """The environment that makes `kcat` load the newer librdkafka."""
    assert shutil.which("kcat"), "kcat is missing: `make tools` installs it"
    libs = Path(confluent_kafka.__file__).parent.parent / "confluent_kafka.libs"
    bundled = next(libs.glob("librdkafka-*.so.1"))
    link_dir = workdir / "librdkafka"
    link_dir.mkdir(exist_ok=True)
    link = link_dir / "librdkafka.so.1"
    if not link.exists():
        link.symlink_to(bundled)
    return {**os.environ, "LD_LIBRARY_PATH": str(link_dir)}
