"""`make setup`'s bytecode step: compiles what memstream's processes import, once.

This machine's environment sets PYTHONDONTWRITEBYTECODE, and uv installs without
bytecode, so every process compiled openai, qdrant-client and fastapi anew from source:
an extractor's imports took 6.9 s of CPU, 3.8 s from bytecode. The tests start services
and fakes dozens of times. Only the modules those processes import are compiled (a few
thousand files, seconds), not the whole environment (torch, sympy, transformers: a
minute): py_compile writes the files whatever PYTHONDONTWRITEBYTECODE says.

    python -m memstream.services.bytecode
"""

from __future__ import annotations

import importlib
import importlib.util
import py_compile
import sys
from pathlib import Path

# Each process kind's entry modules: the CLI, every service, and the tests' fake servers.
ENTRY_MODULES = (
    "memstream.services.cli",
    "memstream.services.ingest.app",
    "memstream.services.status.app",
    "memstream.services.extractor.app",
    "memstream.services.query.app",
    "memstream.services.webhooks.app",
    "memstream.testing.fakes.openai_server",
    "memstream.testing.fakes.qdrant_server",
    "uvicorn.protocols.http.httptools_impl",
    "uvloop",
)


def loaded_sources() -> list[Path]:
    sources = (getattr(m, "__file__", None) for m in list(sys.modules.values()))
    return sorted({Path(s) for s in sources if s and s.endswith(".py")})


def compile_sources(sources: list[Path]) -> int:
    """Compiles the sources whose bytecode is missing or stale; returns how many."""
    compiled = 0
    for source in sources:
        cached = Path(importlib.util.cache_from_source(str(source)))
        if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
            continue
        try:
            py_compile.compile(str(source), cfile=str(cached), doraise=True)
        except (py_compile.PyCompileError, OSError):
            continue  # unreadable or read-only: that process compiles it in memory, as before
        compiled += 1
    return compiled


def main() -> None:
    for name in ENTRY_MODULES:
        importlib.import_module(name)
    sources = loaded_sources()
    compiled = compile_sources(sources)
    sys.stdout.write(f"bytecode: {compiled} of {len(sources)} imported modules compiled\n")


if __name__ == "__main__":
    main()
