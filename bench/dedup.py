"""Near-duplicates: how many memories one fact leaves, and how often distinct facts merge.

Sets of facts written for this bench (bench/dedup_facts.py): `TUNING`, the one the rules
and the dedup signs were tuned on, and `HELDOUT2` to `HELDOUT199`, each held out until the
next was committed and then studied; `HELDOUT199`, the last, was never tuned on.
Each fact has paraphrases (the same fact: they should leave no second memory) and
near-misses (distinct facts that must stay separate: "I live in Paris" vs "My sister
lives in Paris" vs "I lived in Paris until 2019"). Each fact gets its own user; its statement,
near-misses and paraphrases are added one add at a time, interleaved, through the
extractor's real add path (`Adder`: context, extraction, embeddings, near-duplicate
search, upsert) on qdrant-edge, without Kafka.

- offline (`dedup_offline_*` on `TUNING`, `dedup_heldout2_*` to `dedup_heldout199_*` on
  the held-out sets (unseen at 0.8: `HELDOUT199` 1.16 / 0%, `HELDOUT198` 1.16 / 0%,
  `HELDOUT197` 1.37 / 0%, `HELDOUT196` 1.21 / 3.2%, `HELDOUT195` 1.16 / 1.6%);
  the first held-out sets were spent, see dedup_facts.py): the rule-based extractor and
  all-MiniLM-L6-v2 at several thresholds (`dedup_offline_0.85_*`); the default
  `MEMSTREAM_EXTRACTOR_DEDUP_THRESHOLD` is chosen from this sweep, and its figures are
  repeated without the threshold in their name;
- llm (`TUNING`, `dedup_llm_heldout3_*` to `dedup_llm_heldout199_*`): the fake OpenAI
  server as the LLM (it answers each user line as one memory, like an LLM that rewrites
  nothing) and MiniLM; the prompt tokens of each call, counted with MiniLM's WordPiece
  tokenizer (an estimate: no OpenAI tokenizer works offline here); and the prompt tokens
  of adds whose scope holds the full context (bench/prompt_tokens.py:
  `prompt_tokens_full_context_*`);
- mem0 (`TUNING`): mem0ai's own pipeline (`Memory`, same fake LLM) on the same adds: its
  exact-hash dedup.

Per run: memories stored per distinct fact (goal 1.0 +- 0.1), distinct facts wrongly
merged into another fact's memory (goal < 2%), and distinct facts nothing was stored for.

python -m bench.dedup [--fake-openai-url URL] [--offline-only]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import openai
import orjson

from bench import dedup_facts
from bench.dedup_facts import TUNING, Fact
from bench.prompt_tokens import percentile, prompt_tokens, run_full_context_tokens
from memstream.contracts.events import SourcePosition
from memstream.contracts.projects import ProjectSettings
from memstream.llm.embedders import Embedder, MiniLMEmbedder
from memstream.services.extractor.adding import Adder
from memstream.services.extractor.extraction import (
    Extractor,
    OpenAIExtractor,
    RuleBasedExtractor,
)
from memstream.services.extractor.retry import StoreCalls
from memstream.services.extractor.store import MemoryStore
from memstream.settings import ExtractorSettings, QdrantSettings
from memstream.store.leases import acquire, release
from memstream.testing.data import request_record

THRESHOLDS = (0.75, 0.8, 0.85, 0.9, 0.95)
ADDS_PER_FACT = 100  # offsets reserved per fact (its scope's adds are numbered in order)
# When every add was said: relative dates ("last November", "on Monday") resolve against
# it, so a run in another month or week reads them as the figures above were read (the
# held-out sets were measured in early December 2026).
OBSERVED = int(datetime(2026, 12, 5, 12, tzinfo=UTC).timestamp())


def utterances(fact: Fact) -> list[tuple[str, str]]:
    """(distinct fact label, text) in the order they are added: interleaved, so that a
    paraphrase may meet a near-miss as its closest memory."""
    order: list[tuple[str, str]] = [("base", fact.statement)]
    paraphrases = list(fact.paraphrases)
    for i, miss in enumerate(fact.near_misses):
        order.append((f"miss{i}", miss))
        if paraphrases:
            order.append(("base", paraphrases.pop(0)))
    order += [("base", p) for p in paraphrases]
    return order


def distinct_facts(facts: tuple[Fact, ...]) -> int:
    return sum(1 + len(f.near_misses) for f in facts)


@dataclass
class Outcome:
    """What the adds of one distinct fact left."""

    added: set[str]
    repeated: set[str]


def score(outcomes: dict[tuple[int, str], Outcome]) -> dict[str, float]:
    owner = {mid: key for key, o in outcomes.items() for mid in o.added}
    stored = [len(o.added) for o in outcomes.values()]
    merged = sum(
        1
        for key, o in outcomes.items()
        if not o.added and any(owner.get(m, key) != key for m in o.repeated)
    )
    lost = sum(1 for o in outcomes.values() if not o.added and not o.repeated)
    total = len(outcomes)
    return {
        "stored_per_fact": statistics.mean(stored),
        "wrong_merge_pct": 100 * merged / total,
        "nothing_stored_pct": 100 * lost / total,
    }


async def run_memstream(
    extractor: Extractor,
    embedder: Embedder,
    threshold: float,
    workdir: Path,
    facts: tuple[Fact, ...] = TUNING,
) -> dict[str, float]:
    store = MemoryStore(acquire(QdrantSettings(path=workdir, collection="dedup")))
    await store.ensure_collection(embedder.dims)
    settings = ExtractorSettings(dedup_threshold=threshold)
    adder = Adder(
        extractor,
        embedder,
        store,
        StoreCalls(store.healthy, 10.0),
        settings,
        ProjectSettings.defaults,
    )
    outcomes: dict[tuple[int, str], Outcome] = defaultdict(lambda: Outcome(set(), set()))

    async def add_fact(n: int, fact: Fact) -> None:
        """One fact's adds, in order (its own scope); the facts run concurrently, as an
        extractor runs scopes, so the LLM's latency is paid once per add of a fact."""
        for i, (label, text) in enumerate(utterances(fact)):
            body = {
                "messages": [{"role": "user", "content": text}],
                "user_id": f"fact-{n}",
                "timestamp": OBSERVED,
            }
            position = SourcePosition(partition=0, offset=n * ADDS_PER_FACT + i)
            results, _ = await adder.add(request_record(body), position)
            outcome = outcomes[(n, label)]
            for result in results:
                (outcome.added if result.event == "ADD" else outcome.repeated).add(result.id)

    try:
        await asyncio.gather(*(add_fact(n, fact) for n, fact in enumerate(facts)))
    finally:
        await release(store.vectors)
    return score(outcomes)


async def run_mem0(url: str, workdir: Path) -> dict[str, float]:
    """mem0ai's Memory on the same adds (exact-hash dedup): what each fact left."""
    from bench.mem0_baseline import close_memory, open_memory

    memory: Any = await asyncio.to_thread(open_memory, "Memory", url, workdir, "dedup")
    outcomes: dict[tuple[int, str], Outcome] = defaultdict(lambda: Outcome(set(), set()))
    try:
        for n, fact in enumerate(TUNING):
            for label, text in utterances(fact):
                answer = await asyncio.to_thread(
                    memory.add, [{"role": "user", "content": text}], user_id=f"fact-{n}"
                )
                for result in answer.get("results", []):
                    if result.get("event", "ADD") == "ADD":
                        outcomes[(n, label)].added.add(str(result["id"]))
                outcomes.setdefault((n, label), Outcome(set(), set()))
    finally:
        close_memory(memory)
    return score(outcomes)


# The held-out sets in the order they were written, by their figures' names: each was
# committed before the one before it was studied, and the last one was never tuned on.
HELD_OUT: tuple[tuple[str, tuple[Fact, ...]], ...] = tuple(
    (f"heldout{n}", getattr(dedup_facts, f"HELDOUT{n}")) for n in range(2, 200)
)
# The LLM path runs on the held-out sets from HELDOUT3.
LLM_HELD_OUT = HELD_OUT[1:]


async def run_offline(embedder: Embedder, workdir: Path) -> dict[str, float]:
    """The rule-based extractor on every set at every threshold (no LLM, no fake server)."""
    default = ExtractorSettings().dedup_threshold
    figures: dict[str, float] = {}
    for name, facts in (("offline", TUNING), *HELD_OUT):
        figures[f"dedup_{name}_distinct_facts"] = distinct_facts(facts)
        for threshold in THRESHOLDS:
            found = await run_memstream(
                RuleBasedExtractor(), embedder, threshold, workdir / f"{name}-{threshold}", facts
            )
            figures |= {f"dedup_{name}_{threshold}_{k}": v for k, v in found.items()}
            if threshold == default:
                figures |= {f"dedup_{name}_{k}": v for k, v in found.items()}
    unseen_name, unseen = HELD_OUT[-1]
    fresh = unseen_only(unseen, (TUNING, *(facts for _, facts in HELD_OUT[:-1])))
    figures[f"dedup_{unseen_name}_fresh_distinct_facts"] = distinct_facts(fresh)
    found = await run_memstream(
        RuleBasedExtractor(), embedder, default, workdir / f"{unseen_name}-fresh", fresh
    )
    figures |= {f"dedup_{unseen_name}_fresh_{k}": v for k, v in found.items()}
    return figures


def unseen_only(facts: tuple[Fact, ...], earlier: Iterable[tuple[Fact, ...]]) -> tuple[Fact, ...]:
    """The facts none of whose sentences an earlier set holds. The writers of the sets
    never saw each other's, yet wrote some of the same sentences ("I speak fluent
    Spanish."): the last set's figures on these alone are the ones no study has seen."""
    known = {text for facts_before in earlier for fact in facts_before for text in _texts(fact)}
    return tuple(fact for fact in facts if not known.intersection(_texts(fact)))


def _texts(fact: Fact) -> tuple[str, ...]:
    return (fact.statement, *fact.paraphrases, *fact.near_misses)


async def run_dedup_bench(url: str, workdir: Path) -> dict[str, float]:
    embedder = MiniLMEmbedder()
    default = ExtractorSettings().dedup_threshold
    figures = await run_offline(embedder, workdir)
    async with (
        openai.AsyncOpenAI(base_url=f"{url}/v1", api_key="sk-bench") as client,
        httpx.AsyncClient(base_url=url) as fake,
    ):
        llm = OpenAIExtractor(client, "fake-model")
        found = await run_memstream(llm, embedder, default, workdir / "llm")
        recorded = orjson.loads((await fake.get("/_fake/prompts")).content)
        held_out = {
            name: await run_memstream(llm, embedder, default, workdir / f"llm-{name}", facts)
            for name, facts in LLM_HELD_OUT
        }
    # This run's calls are the last ones the fake saw: one per add (in any order).
    prompts = recorded[-sum(len(utterances(f)) for f in TUNING) :]
    figures |= {f"dedup_llm_{k}": v for k, v in found.items()}
    for name, found_in_set in held_out.items():
        figures |= {f"dedup_llm_{name}_{k}": v for k, v in found_in_set.items()}
    tokens = prompt_tokens(prompts, embedder)
    figures["prompt_tokens_p50"] = float(statistics.median(tokens))
    figures["prompt_tokens_p99"] = percentile(tokens, 0.99)
    figures |= await run_full_context_tokens(url, workdir / "full-context", embedder)
    figures |= {f"dedup_mem0_{k}": v for k, v in (await run_mem0(url, workdir)).items()}
    return figures


async def _main(url: str | None, offline_only: bool) -> dict[str, float]:
    from memstream.testing.processes import FakeOpenAI

    with tempfile.TemporaryDirectory(prefix="memstream-dedup-") as tmp:
        if offline_only:
            return await run_offline(MiniLMEmbedder(), Path(tmp))
        if url is not None:
            return await run_dedup_bench(url, Path(tmp))
        fake = FakeOpenAI().start()
        try:
            return await run_dedup_bench(fake.url, Path(tmp))
        finally:
            fake.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fake-openai-url", default=None)
    parser.add_argument(
        "--offline-only", action="store_true", help="only the rule-based sweep (no LLM, no mem0)"
    )
    args = parser.parse_args()
    figures = asyncio.run(_main(args.fake_openai_url, args.offline_only))
    width = max(map(len, figures))
    for name, value in figures.items():
        sys.stdout.write(f"{name:<{width}}  {value:10.3f}\n")


if __name__ == "__main__":
    main()
