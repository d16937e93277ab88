"""A status store outlives the broker it read: `make run` twice in one folder, a topic
made anew. After a clean stop the embedded broker comes back as it was (same cluster, same
offsets): the view's checkpoint holds, old events are served and accepted adds are
processed. Otherwise (a crash, a topic made anew) the checkpoint is of another broker or
topic: the view is rebuilt from what the broker now holds, and new events are served."""

from __future__ import annotations

from pathlib import Path

from aiokafka.admin import AIOKafkaAdminClient

from memstream.contracts.topics import topic_names
from memstream.kafka.clients import ensure_topics
from memstream.kafka.tansu import EmbeddedTansu
from memstream.services.stack import embedded_broker
from memstream.services.status.app import StatusService
from memstream.settings import Settings
from memstream.testing.data import auth
from tests.support import Stack, make_settings, running_stack

NAMES = ("ingest", "status")


async def _add(stack: Stack, n: int) -> str:
    body = {"messages": [{"role": "user", "content": f"I have {n} cats."}], "user_id": f"u{n}"}
    return str((await stack.add(body))["event_id"])


async def _polled(stack: Stack, event_id: str) -> int:
    return (await stack.http.get(f"/v1/event/{event_id}/", headers=auth())).status_code


def _rebuilds(stack: Stack) -> int:
    return next(c for c in stack.components if isinstance(c, StatusService)).follower.rebuilds


def _dev(tmp_path: Path) -> Settings:
    """As `memstream dev` runs: an embedded broker of its own each time, the same files."""
    settings = make_settings("unused", tmp_path / "qdrant")
    return settings.model_copy(
        update={"kafka": settings.kafka.model_copy(update={"bootstrap": None})}
    )


async def test_make_run_again_serves_old_events_and_ends_accepted_adds(tmp_path: Path) -> None:
    dev = _dev(tmp_path)
    async with embedded_broker(dev) as running:
        async with running_stack(running) as stack:
            done = await _add(stack, 1)
            succeeded = await stack.wait_for_event(done)
            assert succeeded["status"] == "SUCCEEDED"
        async with running_stack(running, NAMES) as stack:  # no extractor: adds wait
            waiting = await _add(stack, 2)
            polled = await stack.http.get(f"/v1/event/{waiting}/", headers=auth())
            assert polled.json()["status"] == "PENDING"
    assert dev.kafka.snapshot_path.exists()
    async with embedded_broker(dev) as running, running_stack(running) as stack:
        assert not dev.kafka.snapshot_path.exists()
        assert await stack.wait_for_event(done) == succeeded
        assert (await stack.wait_for_event(waiting))["status"] == "SUCCEEDED"
        assert _rebuilds(stack) == 0  # the view's checkpoint is of this very broker


async def test_make_run_after_a_crash_serves_new_events(tmp_path: Path) -> None:
    dev = _dev(tmp_path)
    async with embedded_broker(dev) as running, running_stack(running, NAMES) as stack:
        old = [await _add(stack, n) for n in range(20)]
        assert {await _polled(stack, e) for e in old} == {200}
    dev.kafka.snapshot_path.unlink()  # as a SIGKILL leaves it: nothing kept
    async with embedded_broker(dev) as running, running_stack(running, NAMES) as stack:
        new = [await _add(stack, n) for n in range(3)]
        assert [await _polled(stack, e) for e in new] == [200] * 3
        assert _rebuilds(stack) == 1
        # The view is the new broker's: events of the forgotten one are gone with it.
        assert await _polled(stack, old[0]) == 404


async def test_a_topic_made_anew_rebuilds_the_view(broker: EmbeddedTansu, tmp_path: Path) -> None:
    settings = make_settings(broker.bootstrap, tmp_path / "qdrant")
    async with running_stack(settings, NAMES) as stack:
        for n in range(20):
            await _add(stack, n)
    await _recreate_topics(settings)
    async with running_stack(settings, NAMES) as stack:
        new = [await _add(stack, n) for n in range(3)]
        assert [await _polled(stack, e) for e in new] == [200] * 3
        assert _rebuilds(stack) == 1


async def _recreate_topics(settings: Settings) -> None:
    assert settings.kafka.bootstrap is not None
    topics = topic_names(settings.kafka.topic_prefix)
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka.bootstrap)
    await admin.start()
    try:
        await admin.delete_topics([topics.lifecycle])
    finally:
        await admin.close()
    await ensure_topics(settings.kafka.bootstrap, topics, settings.kafka.partitions)
