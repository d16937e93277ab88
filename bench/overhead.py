"""Where an add's time goes at a paced rate: the extractor's own histograms, read from its
/metrics before and after, next to the overhead `make bench` reports.

python -m bench.overhead [--rate 60] [--llm-latency 0.3] [--burst 0]

Prints the overhead (completed - created - LLM latency) p50/p99, the pickup (created ->
started) p50, and the mean of each histogram the extractor observed meanwhile (LLM and
embedding calls, store operations, broker publishes, whole events). `--burst N` first sends
N adds at once, as `make bench` does before its paced run (the store then holds more).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from pathlib import Path

import httpx

from bench.extractor import bench_settings, loaded_extractor, overheads_ms, percentile, plants
from bench.run import fake_llm
from memstream.kafka.tansu import EmbeddedTansu

__all__ = ["histogram_means"]

WARM = 200
SECONDS = 10


def _sums_and_counts(text: str) -> dict[str, float]:
    found = {}
    for line in text.splitlines():
        name, _, value = line.rpartition(" ")
        if not line.startswith("#") and ("_sum{" in name or "_count{" in name):
            found[name] = float(value)
    return found


def histogram_means(before: str, after: str) -> dict[str, tuple[float, float]]:
    """Per histogram series of a Prometheus text exposition: (mean ms, observations) of
    what was observed between `before` and `after`."""
    then, now = _sums_and_counts(before), _sums_and_counts(after)
    means = {}
    for name, total in now.items():
        if "_sum{" not in name:
            continue
        count_name = name.replace("_sum{", "_count{")
        count = now.get(count_name, 0.0) - then.get(count_name, 0.0)
        if count > 0:
            series = name.replace("_seconds_sum", "").replace("_sum", "")
            means[series] = (1000 * (total - then.get(name, 0.0)) / count, count)
    return means


async def measure(rate: float, llm_latency_s: float, burst: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, fake_llm(llm_latency_s) as llm:
        broker = EmbeddedTansu()
        await broker.start()
        try:
            workdir = Path(tmp)
            settings = bench_settings(broker.bootstrap, llm.url, workdir, "overhead")
            async with loaded_extractor(settings, workdir) as running, httpx.AsyncClient() as c:
                load, metrics = running.load, f"http://127.0.0.1:{running.port}/metrics"
                if burst:
                    await load.burst([plants(20_000_000 + n) for n in range(burst)], lambda r: True)
                await load.paced(lambda n: plants(10_000_000 + n), WARM, rate)
                before = (await c.get(metrics)).text
                ids = await load.paced(plants, int(rate * SECONDS), rate)
                after = (await c.get(metrics)).text
            ended = load.watcher.ended
            overheads = overheads_ms(load.watcher, ids, llm_latency_s)
            pickups = [(ended[i].started_at - ended[i].created_at).total_seconds() for i in ids]
            sys.stdout.write(
                f"at {rate:g} adds/s: overhead p50 {statistics.median(overheads):.1f} ms, "
                f"p99 {percentile(overheads, 0.99):.1f} ms; "
                f"pickup p50 {1000 * statistics.median(pickups):.1f} ms\n"
            )
            for series, (mean_ms, count) in sorted(histogram_means(before, after).items()):
                sys.stdout.write(f"{mean_ms:9.2f} ms mean  x{count:6.0f}  {series}\n")
        finally:
            await broker.stop()


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate", type=float, default=60.0)
    parser.add_argument("--llm-latency", type=float, default=0.3)
    parser.add_argument("--burst", type=int, default=0)
    args = parser.parse_args()
    asyncio.run(measure(args.rate, args.llm_latency, args.burst))


if __name__ == "__main__":
    cli()
