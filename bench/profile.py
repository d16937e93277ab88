"""Where a process's CPU goes: py-spy samples of it under load, grouped by who spends them.

Each sample is a stack. It is charged to the first library our code calls found from the
outermost frame in (an `openai` call that validates with pydantic is the `openai` call);
a sample without one belongs to the innermost frame of ours, of the HTTP server or of the
event loop (these two call our code: a request handled under uvicorn's frames is ours
until it calls a library; the standard library counts for its caller). Native code
(qdrant-edge, SQLite, orjson) shows as the Python line that called it, so the stores'
calls are charged by the modules that make them.

`python -m bench.profile` charges the kept samples again (bench/profiles/) and prints the
table with the CPU figures of bench/results.json.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

__all__ = ["GROUPS", "OWN", "PROFILES", "charge", "group_shares", "sampled"]

Groups = tuple[tuple[str, tuple[str, ...]], ...]  # (group, fragments of its frames' paths)

# The libraries our code calls.
CALLED: Groups = (
    (
        "llm_client",  # the openai SDK and the HTTP stack under it (httpx2: its own httpx)
        (
            *("/openai/", "/httpx/", "/httpx2/", "/httpcore/", "/httpcore2/"),
            *("/aiohttp/", "/anyio/", "/yarl/", "/multidict/"),
        ),
    ),
    # the memories store (qdrant-edge) and the status view's (SQLite)
    ("store", ("/qdrant_edge/", "/qdrant_client/", "/memstream/store/", "/status/store.py")),
    ("kafka_client", ("/aiokafka/",)),
    ("pydantic", ("/pydantic/", "/pydantic_core/")),
    ("observability", ("/structlog/", "/prometheus_client/", "/opentelemetry/")),
)
OWN = "memstream"
# Innermost first: what runs our code, and our code.
CALLERS: Groups = (
    ("http_server", ("/uvicorn/", "/h11/", "/httptools/", "/starlette/", "/fastapi/")),
    ("event_loop", ("/asyncio/", "/selectors.py", "/uvloop/")),
    (OWN, ("/memstream/", "/services/")),
)
GROUPS: Groups = CALLED + CALLERS
PROFILES = Path(__file__).resolve().parent / "profiles"  # not committed: .gitignore


def _frame_path(frame: str) -> str:
    """`function (path:line)` -> path, rooted: py-spy writes a package's files from the
    package (`openai/_client.py`), so `/openai/` matches it and not `memstream/...openai`."""
    _, _, where = frame.rpartition(" (")
    path = where.rpartition(":")[0]
    return path if path.startswith("/") else "/" + path


def _group(path: str, groups: Groups) -> str | None:
    for group, fragments in groups:
        if any(fragment in path for fragment in fragments):
            return group
    return None


def charge(stack: list[str]) -> str:
    """The group one sample (frames outermost first) is charged to."""
    paths = [_frame_path(frame) for frame in stack]
    for path in paths:
        if (called := _group(path, CALLED)) is not None:
            return called
    for path in reversed(paths):
        if (caller := _group(path, CALLERS)) is not None:
            return caller
    return OWN


def group_shares(raw: str) -> dict[str, float]:
    """Each group's share (0-1) of the samples in py-spy's raw output
    (`frame;frame;... count` per line)."""
    samples: Counter[str] = Counter()
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        samples[charge(stack.split(";"))] += int(count)
    total = sum(samples.values())
    return {group: n / total for group, n in samples.items()} if total else {}


def _py_spy() -> str:
    """The py-spy of this environment (`make bench` runs its python without activating it)."""
    beside = Path(sys.executable).parent / "py-spy"
    found = str(beside) if beside.exists() else shutil.which("py-spy")
    if found is None:
        raise RuntimeError("py-spy is not installed: pip install -e '.[bench]'")
    return found


@contextlib.asynccontextmanager
async def sampled(
    pid: int, shares: dict[str, float], name: str, rate: int = 200
) -> AsyncIterator[None]:
    """Sample process `pid` with py-spy while the block runs; then fill `shares` and keep
    the samples in bench/profiles/`name`.txt (py-spy's raw format: `flamegraph.pl` draws
    it). Without blocking the process (`--nonblocking`), so the sampling hardly slows
    what it measures."""
    PROFILES.mkdir(exist_ok=True)
    out = PROFILES / f"{name}.txt"
    out.unlink(missing_ok=True)
    spy = await asyncio.create_subprocess_exec(
        _py_spy(),
        "record",
        "--pid",
        str(pid),
        "--rate",
        str(rate),
        "--nonblocking",
        "--format",
        "raw",
        "--output",
        str(out),
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        yield
    finally:
        spy.send_signal(signal.SIGINT)  # py-spy writes what it sampled and exits
        await spy.wait()
    if not out.exists():  # e.g. no ptrace permission (a container without SYS_PTRACE)
        sys.stderr.write(f"py-spy sampled nothing of {name} (exit {spy.returncode})\n")
        return
    shares.update(group_shares(out.read_text()))


def main() -> None:
    """Charge the kept samples again; update bench/results.json and print the table."""
    import orjson

    from bench.run import RESULTS
    from bench.targets import PROFILED, where_cpu_goes_table

    figures = orjson.loads(RESULTS.read_bytes())
    for service in PROFILED:
        kept = PROFILES / f"{service.name}.txt"
        if service.total not in figures or not kept.exists():
            continue
        for group, _ in GROUPS:
            figures.pop(service.part(group), None)
        for group, share in group_shares(kept.read_text()).items():
            figures[service.part(group)] = figures[service.total] * share
    RESULTS.write_bytes(orjson.dumps(figures, option=orjson.OPT_INDENT_2) + b"\n")
    sys.stdout.write(where_cpu_goes_table(figures) + "\n")


if __name__ == "__main__":
    main()
