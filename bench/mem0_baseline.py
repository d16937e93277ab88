"""The baseline: Mem0's own open-source pipeline (mem0ai 2.2.1) on the same workload.

`Memory` / `AsyncMemory` with an OpenAI LLM and embedder pointed at the fake OpenAI
server and Qdrant in local mode on disk, each run in its own directory under `workdir`.
Request n is `[{"role": "user", "content": f"I own {n} plants"}]` for `user_id=f"u{n % 500}"`,
`infer=True`, as in the memstream extractor bench. Per add mem0 makes one chat call (the
ADD-only extraction prompt) and two embedding requests (the search query, the new memory).

- sequential: `Memory.add` one at a time (in a worker thread); adds/s over the run;
- concurrent: `AsyncMemory.add` with at most `concurrency` adds in flight (a semaphore);
  adds/s over the run, and the adds that raised (counted, never fatal). The rate counts
  every add, those that raised too: Qdrant local mode is not thread-safe, and most of them
  fail in the search before the chat call, i.e. faster than a good add (once the local
  collection is corrupted every search fails, so the longer the run, the more fail).
  AsyncMemory runs its blocking calls through `asyncio.to_thread`; the run gets its own
  event loop whose default executor has `concurrency` threads, so that many adds can
  really be in flight (asyncio's default pool would be min(32, CPUs + 4) threads);
- stored memories: after each run the Memory is closed, its Qdrant client too, and the
  Qdrant directory is reopened with a fresh `QdrantClient(path=...)` to count the points of
  mem0's collection. "Expected" is what mem0 reported: the ADD results of the adds that
  returned.

Scripting the fake LLM: mem0 expects `{"memory": [{"text": ...}]}` and the fake answers a
rule's static `content`, so each request n gets its own rule, matching the header mem0's
prompt puts above the new messages plus its text (`## New Messages\\nuser: I own n plants`)
and answering that one fact. Distinct texts matter: mem0 skips a fact whose md5 equals an
existing memory's of the same user, and users repeat every 500 requests. The fake tests
every rule against every ~34 kB transcript, so rules are published for a sliding window of
requests (those not yet ended, up to twice the concurrency ahead), not for the whole run;
a request starts only once its rule is live, and rules go only once their request ended.
Rules carry no `delay_s`: the fake's `latency_s` (re-sent with them, as the fake's config
replaces its latency too) applies. The fake is left with no rules and that latency.

Telemetry is off (`MEM0_TELEMETRY=False`, set before mem0 is imported) and mem0's home
(`MEM0_DIR`, unless set) and history databases are under `workdir`. Without spaCy and
fastembed (the case in this venv: mem0ai[nlp] and [extras] are not installed) mem0 skips
entity linking and BM25, their CPU, and their model downloads (en_core_web_sm, Qdrant/bm25).

python -m bench.mem0_baseline --fake-openai-url http://127.0.0.1:18555 --workdir /tmp/m0
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

if TYPE_CHECKING:
    from mem0 import AsyncMemory, Memory

os.environ["MEM0_TELEMETRY"] = "False"

SCOPES = 500
DIMS = 64
NEW_MESSAGES = "## New Messages\nuser: "  # mem0 2.2.1's extraction prompt, above the input

logger = logging.getLogger("bench.mem0_baseline")
T = TypeVar("T")


def fact(n: int) -> str:
    return f"I own {n} plants"


def add_args(n: int) -> tuple[list[dict[str, str]], str]:
    """Request n's messages and user id."""
    return [{"role": "user", "content": fact(n)}], f"u{n % SCOPES}"


def rule(n: int) -> dict[str, str]:
    """The fake LLM's answer to request n's extraction call: its one fact."""
    return {
        "match": f"{NEW_MESSAGES}{fact(n)}\n",
        "content": json.dumps({"memory": [{"text": fact(n)}]}),
    }


def import_mem0(workdir: Path) -> Any:
    os.environ["MEM0_TELEMETRY"] = "False"
    os.environ.setdefault("MEM0_DIR", str(workdir / "mem0_home"))
    import mem0
    from mem0.memory import telemetry

    if telemetry.MEM0_TELEMETRY:
        raise RuntimeError("mem0 was imported with telemetry on before the baseline ran")
    return mem0


def mem0_config(fake_openai_url: str, run_dir: Path, collection: str) -> dict[str, Any]:
    openai = {"api_key": "sk-test", "openai_base_url": f"{fake_openai_url}/v1"}
    return {
        "llm": {"provider": "openai", "config": {"model": "fake-model", **openai}},
        "embedder": {
            "provider": "openai",
            "config": {"model": "fake-embedding", "embedding_dims": DIMS, **openai},
        },
        "vector_store": {
            "provider": "qdrant",
            "config": {
                "collection_name": collection,
                "path": str(run_dir / "qdrant"),
                "embedding_model_dims": DIMS,
                "on_disk": True,
            },
        },
        "history_db_path": str(run_dir / "history.db"),
    }


@dataclass
class RuleWindow:
    """Keeps the fake LLM scripted with `rule(n)` for the requests of a sliding window.

    Rules are live for every request below `_published` that has not ended; a request
    waits in `ready` until its rule is. One task posts the rules, so posts never race.
    """

    client: httpx.AsyncClient
    latency_s: float
    total: int
    window: int
    _ended: set[int] = field(default_factory=set)
    _low: int = 0
    _published: int = 0
    _failure: BaseException | None = None
    _wanted: asyncio.Event = field(default_factory=asyncio.Event)
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> RuleWindow:
        self._task = asyncio.create_task(self._publish_forever())
        return self

    async def __aexit__(self, *_: object) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._post([])

    async def ready(self, n: int) -> None:
        if n >= self._published:
            self._wanted.set()
        async with self._changed:
            await self._changed.wait_for(lambda: n < self._published or self._failure is not None)
        if n >= self._published:
            raise RuntimeError("could not script the fake LLM") from self._failure

    def ended(self, n: int) -> None:
        self._ended.add(n)
        while self._low in self._ended:
            self._low += 1
        if self._bound() - self._published >= self.window // 4:
            self._wanted.set()

    def _bound(self) -> int:
        return min(self.total, len(self._ended) + self.window)

    async def _publish_forever(self) -> None:
        try:
            while True:
                await self._wanted.wait()
                self._wanted.clear()
                bound = self._bound()
                await self._post([rule(n) for n in range(self._low, bound) if n not in self._ended])
                async with self._changed:
                    self._published = bound
                    self._changed.notify_all()
        except Exception as error:
            async with self._changed:
                self._failure = error
                self._changed.notify_all()

    async def _post(self, rules: list[dict[str, str]]) -> None:
        body = {"rules": rules, "latency_s": self.latency_s}
        response = await self.client.post("/_fake/config", json=body)
        response.raise_for_status()


@dataclass
class RunResult:
    elapsed_s: float
    reported: int  # memories mem0 said it added
    errors: Counter[str]


async def run_adds(
    add: Callable[[int], Awaitable[dict[str, Any]]], rules: RuleWindow, total: int, concurrency: int
) -> RunResult:
    """Requests 0..total-1 through `add`, at most `concurrency` at a time."""
    semaphore = asyncio.Semaphore(concurrency)
    errors: Counter[str] = Counter()

    async def one(n: int) -> int:
        async with semaphore:
            await rules.ready(n)
            try:
                return len((await add(n))["results"])
            except Exception as error:
                errors[type(error).__name__] += 1
                logger.debug("add %d raised", n, exc_info=True)
                return 0
            finally:
                rules.ended(n)

    started = time.perf_counter()
    reported = await asyncio.gather(*(one(n) for n in range(total)))
    return RunResult(time.perf_counter() - started, sum(reported), errors)


def close_memory(memory: Memory | AsyncMemory) -> None:
    """Memory.close() closes the history database only: close the Qdrant client too."""
    memory.close()
    try:
        memory.vector_store.client.close()
    except Exception:
        logger.exception("closing mem0's Qdrant client failed")


def count_stored(run_dir: Path, collection: str) -> int:
    from qdrant_client import QdrantClient

    client = QdrantClient(path=str(run_dir / "qdrant"))
    try:
        if not client.collection_exists(collection):
            return 0
        return client.count(collection, exact=True).count
    finally:
        client.close()


async def drive(
    add: Callable[[int], Awaitable[dict[str, Any]]],
    url: str,
    latency_s: float,
    total: int,
    concurrency: int,
) -> RunResult:
    """`run_adds`, with the fake LLM scripted for a window of twice the concurrency."""
    window = 2 * concurrency + 16
    async with (
        httpx.AsyncClient(base_url=url) as client,
        RuleWindow(client, latency_s, total, window) as rules,
    ):
        return await run_adds(add, rules, total, concurrency)


def open_memory(kind: str, url: str, workdir: Path, run: str) -> Memory | AsyncMemory:
    """`Memory` or `AsyncMemory` (`kind`) on `workdir/run`, collection `mem0_{run}`."""
    mem0 = import_mem0(workdir)
    run_dir = workdir / run
    run_dir.mkdir(parents=True, exist_ok=True)
    return getattr(mem0, kind).from_config(mem0_config(url, run_dir, f"mem0_{run}"))


async def sequential_run(url: str, workdir: Path, total: int, latency_s: float) -> RunResult:
    memory = await asyncio.to_thread(open_memory, "Memory", url, workdir, "sequential")

    async def add(n: int) -> dict[str, Any]:
        messages, user_id = add_args(n)
        result: dict[str, Any] = await asyncio.to_thread(memory.add, messages, user_id=user_id)
        return result

    try:
        return await drive(add, url, latency_s, total, concurrency=1)
    finally:
        close_memory(memory)


async def concurrent_run(
    url: str, workdir: Path, total: int, concurrency: int, latency_s: float
) -> RunResult:
    memory = await asyncio.to_thread(open_memory, "AsyncMemory", url, workdir, "concurrent")

    async def add(n: int) -> dict[str, Any]:
        messages, user_id = add_args(n)
        result: dict[str, Any] = await memory.add(messages, user_id=user_id)
        return result

    try:
        return await drive(add, url, latency_s, total, concurrency)
    finally:
        close_memory(memory)


def in_own_loop(run: Callable[[], Awaitable[T]], threads: int) -> T:
    """`run()` on a new event loop whose default executor has `threads` threads."""

    async def main() -> T:
        executor = ThreadPoolExecutor(threads, thread_name_prefix="mem0-baseline")
        asyncio.get_running_loop().set_default_executor(executor)
        return await run()

    return asyncio.run(main())


def log_errors(name: str, result: RunResult) -> None:
    if result.errors:
        logger.warning("%s run: adds that raised: %s", name, dict(result.errors))


async def run_mem0_baseline(
    fake_openai_url: str,
    workdir: Path,
    sequential_requests: int,
    concurrent_requests: int,
    concurrency: int,
    *,
    llm_latency_s: float = 0.3,
) -> dict[str, float]:
    """Mem0's adds/s one at a time and at `concurrency`, and what it really stored.

    `llm_latency_s` is re-sent to the fake with the rules (its config replaces both).
    """
    url = fake_openai_url.rstrip("/")
    sequential = await asyncio.to_thread(
        in_own_loop,
        lambda: sequential_run(url, workdir, sequential_requests, llm_latency_s),
        threads=4,
    )
    concurrent = await asyncio.to_thread(
        in_own_loop,
        lambda: concurrent_run(url, workdir, concurrent_requests, concurrency, llm_latency_s),
        threads=concurrency,
    )
    log_errors("sequential", sequential)
    log_errors("concurrent", concurrent)
    return {
        "mem0_sequential_rps": sequential_requests / sequential.elapsed_s,
        "mem0_sequential_memories_stored": await asyncio.to_thread(
            count_stored, workdir / "sequential", "mem0_sequential"
        ),
        "mem0_concurrent_rps": concurrent_requests / concurrent.elapsed_s,
        "mem0_concurrent_errors": sum(concurrent.errors.values()),
        "mem0_concurrent_memories_expected": concurrent.reported,
        "mem0_concurrent_memories_stored": await asyncio.to_thread(
            count_stored, workdir / "concurrent", "mem0_concurrent"
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--fake-openai-url", required=True)
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--sequential", type=int, default=60)
    parser.add_argument("--concurrent", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--llm-latency", type=float, default=0.3)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    figures = asyncio.run(
        run_mem0_baseline(
            args.fake_openai_url,
            args.workdir,
            args.sequential,
            args.concurrent,
            args.concurrency,
            llm_latency_s=args.llm_latency,
        )
    )
    sys.stdout.write(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
