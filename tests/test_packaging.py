"""The installed layout: every package of the tree is installed, `services/` as
`memstream.services`, and nothing claims the top-level name `services`."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _installed_name(package_dir: Path) -> str:
    relative = package_dir.relative_to(ROOT).parts
    if relative[0] == "services":
        return ".".join(("memstream", *relative))
    return ".".join(relative)


def test_every_package_in_the_tree_is_installed_under_memstream() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    in_tree = {
        _installed_name(init.parent)
        for top in ("memstream", "services")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert set(config["packages"]) == in_tree
    assert config["package-dir"] == {"memstream.services": "services"}
    assert all(name.startswith("memstream") for name in config["packages"])


def test_the_services_import_as_part_of_memstream() -> None:
    import memstream.services.cli as cli

    assert Path(cli.__file__).resolve() == ROOT / "services" / "cli.py"
