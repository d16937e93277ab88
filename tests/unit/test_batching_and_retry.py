"""Micro-batching of concurrent calls, and retries that end."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from memstream.llm.batching import MicroBatcher
from memstream.services.extractor.retry import retry_until


async def test_concurrent_submits_share_one_call_and_get_their_own_slice() -> None:
    calls: list[list[int]] = []

    async def double(items: list[int]) -> list[int]:
        calls.append(items)
        return [i * 2 for i in items]

    batcher: MicroBatcher[int, int] = MicroBatcher(double, max_size=100, max_wait_s=0.01)
    results = await asyncio.gather(batcher.submit([1, 2]), batcher.submit([3]), batcher.submit([]))
    assert results == [[2, 4], [6], []]
    assert calls == [[1, 2, 3]]


async def test_a_full_batch_goes_out_without_waiting() -> None:
    calls: list[list[int]] = []
    batcher: MicroBatcher[int, int] = MicroBatcher(_echo_into(calls), max_size=2, max_wait_s=60)
    async with asyncio.timeout(1):
        assert await asyncio.gather(batcher.submit([1]), batcher.submit([2])) == [[1], [2]]
    assert calls == [[1, 2]]


async def test_a_caller_alone_does_not_wait_for_company() -> None:
    """At low load the wait would be pure latency on every add (four batched calls in a
    row): an idle batcher calls once the loop has run what was ready."""
    batcher: MicroBatcher[int, int] = MicroBatcher(_echo_into([]), max_size=100, max_wait_s=60)
    async with asyncio.timeout(1):
        assert await batcher.submit([1]) == [1]


async def test_what_arrives_during_a_call_goes_out_together_when_it_ends() -> None:
    calls: list[list[int]] = []
    called, release = asyncio.Event(), asyncio.Event()

    async def slow(items: list[int]) -> list[int]:
        calls.append(items)
        called.set()
        await release.wait()
        return items

    batcher: MicroBatcher[int, int] = MicroBatcher(slow, max_size=100, max_wait_s=60)
    first = asyncio.ensure_future(batcher.submit([1]))
    async with asyncio.timeout(1):
        await called.wait()
    later = [asyncio.ensure_future(batcher.submit([n])) for n in (2, 3)]
    release.set()
    async with asyncio.timeout(1):
        assert await asyncio.gather(first, *later) == [[1], [2], [3]]
    assert calls == [[1], [2, 3]]


def _echo_into(calls: list[list[int]]) -> Callable[[list[int]], Awaitable[list[int]]]:
    async def echo(items: list[int]) -> list[int]:
        calls.append(items)
        return items

    return echo


async def test_a_failed_call_fails_every_caller_in_it() -> None:
    async def boom(items: list[int]) -> list[int]:
        raise ConnectionError("down")

    batcher: MicroBatcher[int, int] = MicroBatcher(boom, max_size=10, max_wait_s=0.001)
    results = await asyncio.gather(batcher.submit([1]), batcher.submit([2]), return_exceptions=True)
    assert all(isinstance(r, ConnectionError) for r in results)


async def test_retry_until_recovers_from_transient_errors() -> None:
    attempts = 0

    async def flaky() -> str:
        nonlocal attempts
        attempts += 1
        if attempts < 3:
            raise ConnectionError("not yet")
        return "ok"

    result = await retry_until(flaky, transient=lambda e: True, deadline_s=5, base_s=0.001)
    assert (result, attempts) == ("ok", 3)


async def test_retry_until_gives_up_at_the_deadline() -> None:
    async def down() -> None:
        raise ConnectionError("still down")

    with pytest.raises(ConnectionError):
        await retry_until(down, transient=lambda e: True, deadline_s=0.05, base_s=0.01, cap_s=0.02)


async def test_permanent_errors_are_not_retried() -> None:
    attempts = 0

    async def bad() -> None:
        nonlocal attempts
        attempts += 1
        raise ValueError("bad request")

    with pytest.raises(ValueError):
        await retry_until(bad, transient=lambda e: isinstance(e, ConnectionError), deadline_s=5)
    assert attempts == 1


async def test_one_callers_bad_input_fails_only_that_caller() -> None:
    async def strict(items: list[int]) -> list[int]:
        if any(i < 0 for i in items):
            raise ValueError("negative")
        return items

    batcher: MicroBatcher[int, int] = MicroBatcher(strict, max_size=100, max_wait_s=0.01)
    good, bad = await asyncio.gather(
        batcher.submit([1, 2]), batcher.submit([-1]), return_exceptions=True
    )
    assert good == [1, 2]
    assert isinstance(bad, ValueError)


async def test_a_cancelled_call_leaves_no_caller_waiting() -> None:
    started = asyncio.Event()

    async def hang(items: list[int]) -> list[int]:
        started.set()
        await asyncio.sleep(60)
        return items

    batcher: MicroBatcher[int, int] = MicroBatcher(hang, max_size=1, max_wait_s=0)
    waiting = asyncio.ensure_future(batcher.submit([1]))
    await started.wait()
    for task in list(batcher._inflight):
        task.cancel()
    with pytest.raises(asyncio.CancelledError):
        async with asyncio.timeout(1):
            await waiting
