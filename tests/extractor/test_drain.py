"""SIGTERM: in-flight work finishes, offsets are committed, the process exits 0, and a
restart processes nothing again."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path
from typing import Any

import orjson

from memstream.settings import EmbedderSettings, LlmSettings
from memstream.testing.data import request_record
from memstream.testing.processes import FakeOpenAI, ServiceProcess
from tests.extractor.test_crash import _statuses, _wait_for
from tests.support import make_settings, produce_requests, read_topic, running_stack

REQUESTS = 600


async def test_sigterm_drains_and_a_restart_reprocesses_nothing(
    broker: Any, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    settings = make_settings(
        broker.bootstrap,
        tmp_path / "qdrant",
        llm=LlmSettings(provider="openai", base_url=f"{fake_openai.url}/v1", api_key="sk-test"),
        embedder=EmbedderSettings(provider="openai", dims=64),
    )
    # A window held at 100 (it would grow to take all 600 at once) and an LLM answering in
    # 2 s: the 600 take at least 12 s, so when a fifth have succeeded SIGTERM finds
    # requests in flight and others not started yet. (At 256 and 1 s a loaded run once
    # finished all 600 between the status view showing 120 and the signal.)
    fixed = settings.extractor.model_copy(update={"window": 100, "window_max": 100})
    settings = settings.model_copy(update={"extractor": fixed})
    fake_openai.script([], latency_s=2.0)
    extractor = ServiceProcess("extractor", settings, tmp_path / "extractor.log")
    try:
        async with running_stack(settings, names=("status",)) as stack:
            await asyncio.to_thread(extractor.start)
            records = [
                request_record(
                    {"messages": [{"role": "user", "content": f"fact {n}"}], "user_id": f"u{n}"}
                )
                for n in range(REQUESTS)
            ]
            event_ids = [str(r.event_id) for r in records]
            await produce_requests(settings, records)
            await _wait_for(stack, event_ids, REQUESTS // 5, timeout_s=60)

            exit_code = await asyncio.to_thread(extractor.terminate)
            await asyncio.sleep(0.5)  # let the view take in the drained events' records
            at_stop = _statuses(stack, event_ids)

            await asyncio.to_thread(extractor.start)
            await _wait_for(stack, event_ids, REQUESTS, timeout_s=120)
            finished = _statuses(stack, event_ids)
    finally:
        fake_openai.script([])
        extractor.stop()

    assert exit_code == 0
    assert 0 < at_stop["SUCCEEDED"] < REQUESTS, at_stop
    assert at_stop["RUNNING"] == 0, "SIGTERM left work half done"
    assert finished == Counter({"SUCCEEDED": REQUESTS})
    assert settings.kafka.bootstrap is not None
    lifecycle = await read_topic(
        settings.kafka.bootstrap, f"{settings.kafka.topic_prefix}.lifecycle.v1"
    )
    runs = Counter(
        orjson.loads(r.value or b"")["id"] for r in lifecycle if b'"RUNNING"' in (r.value or b"")
    )
    assert runs == Counter(dict.fromkeys(event_ids, 1)), "some request was processed twice"
