"""`make bench`: every benchmark in one run, one table, and bench/results.json.

python -m bench.run [--requests 5000] [--llm-latency 0.3]
                    [--only extractor mem0 ingest status query changes push floor dedup
                            retrieval]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson

from bench.changes import run_changes_bench
from bench.extractor import SLOW_MARKER, run_extractor_bench, saturation_at
from bench.floor import run_floor_bench
from bench.ingest import run_ingest_bench
from bench.push import run_push_bench
from bench.query import run_query_bench
from bench.servers import run_server_bench
from bench.status import run_status_bench
from bench.targets import BEFORE, efficiency_table, where_cpu_goes_table, whole_pipeline_cpu_ms
from memstream.kafka.tansu import EmbeddedTansu
from memstream.testing.processes import FakeOpenAI

RESULTS = Path(__file__).resolve().parent / "results.json"


SLOW_CALLS = [{"match": SLOW_MARKER, "delay_s": 10.0}]
MEM0_LATENCY_S = 1.0  # Mem0's own extraction latency, p50, per its published figures


@contextmanager
def fake_llm(latency_s: float) -> Iterator[FakeOpenAI]:
    """The fake OpenAI server answering after `latency_s`, and 10 s for SLOW_MARKER."""
    fake = FakeOpenAI().start()
    try:
        fake.script(SLOW_CALLS, latency_s)
        yield fake
    finally:
        fake.stop()


@contextmanager
def latency(fake: FakeOpenAI, latency_s: float, then_s: float) -> Iterator[None]:
    fake.script(SLOW_CALLS, latency_s)
    try:
        yield
    finally:
        fake.script(SLOW_CALLS, then_s)


def table(figures: dict[str, float]) -> str:
    width = max(len(name) for name in figures)
    lines = [f"{'figure':<{width}}  value", f"{'-' * width}  ----------"]
    lines += [f"{name:<{width}}  {value:>10.2f}" for name, value in figures.items()]
    return "\n".join(lines)


async def main(args: argparse.Namespace) -> dict[str, float]:
    figures: dict[str, float] = {}
    with (
        tempfile.TemporaryDirectory(prefix="memstream-bench-") as tmp,
        fake_llm(args.llm_latency) as llm,
    ):
        workdir = Path(tmp)
        if "query" in args.only:
            figures |= await run_query_bench(workdir, args.query_memories)
        broker = EmbeddedTansu()
        await broker.start()
        try:
            if "extractor" in args.only:
                figures |= await run_extractor_bench(
                    broker.bootstrap, llm.url, workdir, args.requests, args.llm_latency
                )
                with latency(llm, MEM0_LATENCY_S, args.llm_latency):
                    figures |= await saturation_at(
                        broker.bootstrap, llm.url, workdir, args.requests, "1s"
                    )
                    # The memory bound: the peak RSS with 1,000 requests in flight.
                    figures |= await saturation_at(
                        broker.bootstrap, llm.url, workdir, 2_000, "1s_w1000", window=1000
                    )
            if "floor" in args.only:
                figures |= await run_floor_bench(broker.bootstrap, llm.url, workdir)
                figures |= await run_server_bench(broker.bootstrap, workdir)
            if "ingest" in args.only:
                figures |= await run_ingest_bench(broker.bootstrap, workdir)
            if "status" in args.only:
                figures |= await run_status_bench(broker.bootstrap, workdir, args.status_events)
            if "changes" in args.only:
                figures |= await run_changes_bench(broker.bootstrap, workdir)
            if "push" in args.only:
                figures |= await run_push_bench(broker.bootstrap, llm.url, workdir)
            if "retrieval" in args.only:
                from bench.retrieval_compare import run_retrieval_bench

                figures |= await run_retrieval_bench(broker.bootstrap, workdir)
        finally:
            await broker.stop()
        if "retrieval" in args.only:
            from bench.retrieval.harness import run_retrieval_bench

            figures |= await run_retrieval_bench(workdir / "retrieval")
        if "dedup" in args.only:
            from bench.dedup import run_dedup_bench

            figures |= await run_dedup_bench(llm.url, workdir / "dedup")
        if "mem0" in args.only and "extractor_rps" in figures:
            from bench.mem0_baseline import run_mem0_baseline

            figures |= await run_mem0_baseline(
                llm.url,
                workdir / "mem0",
                sequential_requests=args.mem0_sequential,
                concurrent_requests=args.mem0_concurrent,
                concurrency=256,
                llm_latency_s=args.llm_latency,
            )
            figures["ratio_vs_mem0_sequential"] = (
                figures["extractor_rps"] / figures["mem0_sequential_rps"]
            )
            figures["ratio_vs_mem0_concurrent"] = (
                figures["extractor_rps"] / figures["mem0_concurrent_rps"]
            )
    whole = whole_pipeline_cpu_ms(figures)
    if whole is not None:
        figures["whole_pipeline_cpu_ms_per_add"] = whole
    return figures


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--llm-latency", type=float, default=0.3)
    parser.add_argument("--mem0-sequential", type=int, default=60)
    parser.add_argument("--mem0-concurrent", type=int, default=500)
    parser.add_argument("--status-events", type=int, default=100_000)
    parser.add_argument("--query-memories", type=int, default=100_000)
    parser.add_argument(
        "--only",
        nargs="+",
        default=[
            "extractor",
            "mem0",
            "ingest",
            "status",
            "query",
            "changes",
            "push",
            "floor",
            "dedup",
            "retrieval",
        ],
        help="which benchmarks",
    )
    figures = asyncio.run(main(parser.parse_args()))
    RESULTS.write_bytes(orjson.dumps(figures, option=orjson.OPT_INDENT_2) + b"\n")
    sys.stdout.write(table(figures) + f"\n\nwritten to {RESULTS}\n")
    if efficiency := efficiency_table(figures):
        sys.stdout.write(f"\nefficiency (before: {BEFORE.name})\n{efficiency}\n")
    if where := where_cpu_goes_table(figures):
        sys.stdout.write(f"\nwhere the CPU goes (py-spy samples, bench/profile.py)\n{where}\n")


if __name__ == "__main__":
    cli()
