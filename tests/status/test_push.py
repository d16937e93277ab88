"""Push instead of poll: long-polls (`?wait=S`) and the event stream, through the broker.

Events are written straight to the lifecycle topic, so each test decides when an event ends.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from memstream.contracts import lifecycle
from memstream.contracts.events import EventSnapshot
from memstream.kafka.tansu import EmbeddedTansu
from memstream.services.status.app import StatusService
from memstream.settings import Settings
from memstream.testing.data import KEY_A, auth, request_record
from tests.support import Stack, make_settings, produce_lifecycle, running_stack

MESSAGE = {"messages": [{"role": "user", "content": "hi"}], "user_id": "u"}


def _pending(project: str = "project-a") -> EventSnapshot:
    return lifecycle.pending(request_record(MESSAGE, project_id=project))


def _done(snapshot: EventSnapshot) -> EventSnapshot:
    return lifecycle.succeeded(snapshot.model_copy(update={"status": "RUNNING"}), [])


def _with_status(settings: Settings, **changes: Any) -> Settings:
    return settings.model_copy(update={"status": settings.status.model_copy(update=changes)})


def _status(stack: Stack) -> StatusService:
    return next(c for c in stack.components if isinstance(c, StatusService))


async def _until(condition: Any, timeout_s: float = 10.0) -> None:
    async with asyncio.timeout(timeout_s):
        while not condition():  # noqa: ASYNC110 (a condition on the service's own state)
            await asyncio.sleep(0.01)


@pytest.fixture(scope="module")
async def replica(
    broker: EmbeddedTansu, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Stack]:
    settings = _with_status(
        make_settings(broker.bootstrap, tmp_path_factory.mktemp("push") / "q"),
        stream_heartbeat_s=0.3,
    )
    async with running_stack(settings, names=("status",)) as stack:
        yield stack


async def test_a_long_poll_answers_within_100_ms_of_the_event_ending(replica: Stack) -> None:
    pending = _pending()
    await produce_lifecycle(replica.settings, [pending])
    poll = asyncio.create_task(replica.http.get(f"/v1/event/{pending.id}/?wait=20", headers=auth()))
    watchers = _status(replica).watchers
    await _until(lambda: len(watchers) == 1)  # the poll waits in the view, not in a loop
    await asyncio.sleep(0.2)  # and keeps waiting while nothing changes
    assert not poll.done()
    await produce_lifecycle(replica.settings, [_done(pending)])
    ended = time.monotonic()
    response = await poll
    answered = time.monotonic()
    assert response.status_code == 200
    assert response.json()["status"] == "SUCCEEDED"
    assert answered - ended < 0.1, f"answered {answered - ended:.3f} s after the event ended"
    assert len(watchers) == 0


async def test_a_long_poll_answers_the_current_state_after_s_seconds(replica: Stack) -> None:
    pending = _pending()
    await produce_lifecycle(replica.settings, [pending])
    started = time.monotonic()
    response = await replica.http.get(f"/v1/event/{pending.id}/?wait=0.8", headers=auth())
    took = time.monotonic() - started
    assert response.status_code == 200 and response.json()["status"] == "PENDING"
    assert 0.8 <= took < 1.5
    ended = _done(pending)
    await produce_lifecycle(replica.settings, [ended])
    # An event already final answers at once, the same body as without the parameter.
    await _until(
        lambda: (
            _status(replica).store.get_json(pending.id, ("org-1", "project-a")) is not None
            and b"SUCCEEDED"
            in (_status(replica).store.get_json(pending.id, ("org-1", "project-a")) or b"")
        )
    )
    started = time.monotonic()
    waited = await replica.http.get(f"/v1/event/{pending.id}/?wait=30", headers=auth())
    plain = await replica.http.get(f"/v1/event/{pending.id}/", headers=auth())
    assert time.monotonic() - started < 1.0
    assert waited.json() == plain.json() and plain.json()["status"] == "SUCCEEDED"


@pytest.mark.parametrize("wait", ["0", "-1", "60.5", "1e9", "abc", "nan"])
async def test_a_long_poll_refuses_a_wait_out_of_range(replica: Stack, wait: str) -> None:
    response = await replica.http.get(f"/v1/event/{uuid.uuid4()}/?wait={wait}", headers=auth())
    assert response.status_code == 400 and "wait" in response.json()["detail"]


async def test_a_long_poll_of_another_projects_event_is_a_404(replica: Stack) -> None:
    theirs = _pending("project-b")
    await produce_lifecycle(replica.settings, [theirs])
    response = await replica.http.get(f"/v1/event/{theirs.id}/?wait=1", headers=auth(KEY_A))
    assert response.status_code == 404


async def test_a_thousand_long_polls_all_answer_when_their_event_ends(replica: Stack) -> None:
    pending = _pending()
    await produce_lifecycle(replica.settings, [pending])
    port = int(replica.url.rsplit(":", 1)[1])
    request = (
        f"GET /v1/event/{pending.id}/?wait=30 HTTP/1.1\r\nHost: x\r\n"
        f"Authorization: Token {KEY_A}\r\n\r\n"
    ).encode()

    async def long_poll() -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(request)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
            return head.split(b"\r\n")[0] + b" " + await reader.readexactly(length)
        finally:
            writer.close()

    polls = [asyncio.create_task(long_poll()) for _ in range(1000)]
    watchers = _status(replica).watchers
    await _until(lambda: len(watchers) == 1000, timeout_s=60)
    await produce_lifecycle(replica.settings, [_done(pending)])
    answers = await asyncio.gather(*polls)
    assert all(a.startswith(b"HTTP/1.1 200") and b'"SUCCEEDED"' in a for a in answers)
    assert len(watchers) == 0


# -- the event stream ------------------------------------------------------------------


class Sse:
    """A server-sent events client: messages as (id, data), comments counted."""

    def __init__(self, response: httpx.Response) -> None:
        self._lines = response.aiter_lines()
        self.retry: int | None = None

    async def next(self, timeout_s: float = 10.0) -> tuple[str, dict[str, Any]]:
        event_id, data = "", b""
        async with asyncio.timeout(timeout_s):
            async for line in self._lines:
                if line.startswith(":"):
                    continue
                if line.startswith("retry: "):
                    self.retry = int(line[7:])
                elif line.startswith("id: "):
                    event_id = line[4:]
                elif line.startswith("data: "):
                    data = line[6:].encode()
                elif line == "" and data:
                    return event_id, orjson.loads(data)
        raise AssertionError("the stream ended")

    async def heartbeat(self, timeout_s: float = 2.0) -> None:
        async with asyncio.timeout(timeout_s):
            async for line in self._lines:
                if line.startswith(":"):
                    return
                assert not line.startswith("data: "), line


async def _read(sse: Sse, count: int) -> list[tuple[str, dict[str, Any]]]:
    return [await sse.next() for _ in range(count)]


def _seen(messages: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str]]:
    return [(m["id"], m["status"]) for _, m in messages]


async def test_the_stream_sends_the_projects_changes_heartbeats_and_filters(replica: Stack) -> None:
    async with (
        replica.http.stream("GET", "/v1/events/stream", headers=auth()) as everything,
        replica.http.stream(
            "GET", "/v1/events/stream?status=SUCCEEDED", headers=auth()
        ) as finished,
    ):
        assert everything.status_code == 200
        assert everything.headers["content-type"].startswith("text/event-stream")
        sse, done_only = Sse(everything), Sse(finished)
        mine, theirs = _pending(), _pending("project-b")
        await produce_lifecycle(replica.settings, [mine, theirs])
        assert _seen(await _read(sse, 1)) == [(str(mine.id), "PENDING")]
        await produce_lifecycle(replica.settings, [_done(theirs), _done(mine)])
        assert _seen(await _read(sse, 1)) == [(str(mine.id), "SUCCEEDED")]
        assert _seen(await _read(done_only, 1)) == [(str(mine.id), "SUCCEEDED")]
        assert sse.retry == 1000
        await sse.heartbeat()  # an idle stream keeps proxies from closing it
        pending = _pending()
        await produce_lifecycle(replica.settings, [pending])
        assert _seen(await _read(sse, 1)) == [(str(pending.id), "PENDING")]


@pytest.mark.parametrize(
    "last_event_id", ["nonsense", "0123abcd", "0123abcd:", "0123abcd:zz.!", "x" * 30]
)
async def test_the_stream_refuses_an_id_it_did_not_issue(
    replica: Stack, last_event_id: str
) -> None:
    response = await replica.http.get(
        "/v1/events/stream", headers={**auth(), "Last-Event-ID": last_event_id}
    )
    assert response.status_code == 400 and "Last-Event-ID" in response.json()["detail"]


async def test_the_stream_needs_a_key_and_a_known_status(replica: Stack) -> None:
    assert (await replica.http.get("/v1/events/stream")).status_code == 401
    bad = await replica.http.get("/v1/events/stream?status=DONE", headers=auth())
    assert bad.status_code == 400


async def test_the_stream_resumes_across_a_restart_and_on_another_replica_without_gap_or_duplicate(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    settings = make_settings(broker.bootstrap, tmp_path / "q")
    first = [_pending() for _ in range(5)]
    async with (
        running_stack(settings, names=("status",)) as replica,
        replica.http.stream("GET", "/v1/events/stream", headers=auth()) as response,
    ):
        sse = Sse(response)
        await produce_lifecycle(settings, first)
        received = await _read(sse, 5)
    assert sorted(_seen(received)) == sorted((str(e.id), "PENDING") for e in first)
    last_id = received[-1][0]

    # While the replica is down: the first five end, three more arrive.
    later = [_pending() for _ in range(3)]
    await produce_lifecycle(settings, [*(_done(e) for e in first), *later])
    expected = sorted(
        [*((str(e.id), "SUCCEEDED") for e in first), *((str(e.id), "PENDING") for e in later)]
    )
    other_store = _with_status(settings, store="memory")  # a replica that never saw the stream
    for resumed_settings in (settings, other_store):
        async with (
            running_stack(resumed_settings, names=("status",)) as resumed,
            resumed.http.stream(
                "GET", "/v1/events/stream", headers={**auth(), "Last-Event-ID": last_id}
            ) as response,
        ):
            sse = Sse(response)
            assert sorted(_seen(await _read(sse, len(expected)))) == sorted(expected)
            sentinel = _pending()
            await produce_lifecycle(settings, [sentinel])
            # Nothing else came before the sentinel: no duplicate.
            assert _seen(await _read(sse, 1)) == [(str(sentinel.id), "PENDING")]
        expected.append((str(sentinel.id), "PENDING"))


async def test_a_shutdown_answers_long_polls_and_ends_streams_at_once(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    settings = make_settings(broker.bootstrap, tmp_path / "q")
    pending = _pending()
    await produce_lifecycle(settings, [pending])
    async with httpx.AsyncClient(timeout=30) as client:
        async with running_stack(settings, names=("status",)) as replica:
            url = replica.url
            poll = asyncio.create_task(
                client.get(f"{url}/v1/event/{pending.id}/?wait=50", headers=auth())
            )
            stream = await client.send(
                client.build_request("GET", f"{url}/v1/events/stream", headers=auth()),
                stream=True,
            )
            await _until(lambda: len(_status(replica).watchers) == 2)
            stopping = time.monotonic()
        assert time.monotonic() - stopping < 5  # not the 50 s of the poll, nor forever
        answer = await poll
        assert answer.status_code == 200 and answer.json()["status"] == "PENDING"
        assert [line async for line in stream.aiter_lines() if line.startswith("data")] == []
        await stream.aclose()
