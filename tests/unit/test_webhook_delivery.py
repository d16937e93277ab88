"""Webhook delivery's pure parts: retry delays, giving up, per-endpoint queues and their
bound, Retry-After, where a URL may point, Mem0's payload and Standard Webhooks signing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from standardwebhooks.webhooks import Webhook as Verifier

from memstream.contracts.changes import ChangeKind, MemoryChange
from memstream.contracts.webhooks import Delivery, delivery_id, mem0_payload
from memstream.services.webhooks.queues import EndpointQueue, Pending, retry_delay, why_disable
from memstream.services.webhooks.sender import retry_after
from memstream.services.webhooks.signing import new_secret, signed_headers
from memstream.services.webhooks.ssrf import UnsafeUrlError, UrlGuard, refusal
from memstream.settings import WebhooksSettings

CONFIG = WebhooksSettings(retry_base_s=2, retry_max_s=3600, max_consecutive_failures=5)
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def change(kind: ChangeKind = ChangeKind.ADD, memory: uuid.UUID | None = None) -> MemoryChange:
    return MemoryChange(
        id=uuid.uuid4(),
        memory_id=memory or uuid.uuid4(),
        old_memory="before" if kind is not ChangeKind.ADD else None,
        new_memory=None if kind is ChangeKind.DELETE else "after",
        event=kind,
        created_at=NOW,
        updated_at=NOW,
        org_id="org-1",
        project_id="p",
        event_id=uuid.uuid4(),
    )


def pending(memory: str, offset: int) -> Pending:
    delivery = Delivery(
        delivery_id=uuid.uuid4(),
        webhook_id="wh",
        memory_id=memory,
        event=ChangeKind.ADD,
        body={},
        changed_at=NOW,
        queued_at=NOW,
    )
    return Pending(delivery, 0, offset)


@given(st.integers(1, 200), st.floats(0, 1))
def test_backoff_grows_exponentially_with_jitter_up_to_the_cap(failures: int, r: float) -> None:
    delay = retry_delay(failures, None, CONFIG, rand=lambda: r)
    backoff = min(3600.0, 2.0 * 2 ** (failures - 1))
    assert backoff / 2 <= delay <= backoff


def test_jitter_spreads_retries() -> None:
    assert retry_delay(3, None, CONFIG, rand=lambda: 0.0) == 4.0
    assert retry_delay(3, None, CONFIG, rand=lambda: 1.0) == 8.0


def test_retry_after_is_honoured_but_bounded_by_giving_up() -> None:
    assert retry_delay(1, 120.0, CONFIG, rand=lambda: 0.0) == 120.0
    assert retry_delay(20, 1.0, CONFIG, rand=lambda: 0.0) == 1800.0  # never sooner than backoff
    assert retry_delay(1, 10**9, CONFIG) == CONFIG.give_up_after_s


def test_retries_last_at_least_a_day_before_the_default_gives_up() -> None:
    default = WebhooksSettings()
    # The delays between the first attempt and the last one before N failures disable it,
    # each the shortest the jitter makes it.
    shortest = [
        retry_delay(n, None, default, rand=lambda: 0.0)
        for n in range(1, default.max_consecutive_failures)
    ]
    assert sum(shortest) >= 86_400 and default.give_up_after_s >= 86_400


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (" 7 ", 7.0),
        ("Thu, 01 Jan 2026 00:01:00 GMT", 60.0),
        ("Wed, 31 Dec 2025 00:00:00 GMT", 0.0),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_header(value: str | None, seconds: float | None) -> None:
    assert retry_after(value, NOW) == seconds


def test_consecutive_failures_or_a_day_of_failing_disable_with_the_reason() -> None:
    queue = EndpointQueue("wh", 0, max_in_flight=4, max_queued=10)
    first = pending("m", 0)
    queue.add(first)
    for n in range(4):
        queue.failed(first, now=float(n), delay_s=1.0)
        assert why_disable(queue, float(n), CONFIG) is None
    queue.failed(first, now=5.0, delay_s=1.0)
    assert why_disable(queue, 5.0, CONFIG) == "5 delivery attempts in a row failed"
    queue.delivered(first)
    queue.failed(pending("m", 1), now=100.0, delay_s=1.0)
    assert why_disable(queue, 100.0 + 86_400, CONFIG) == "deliveries failed for 24 h (1 attempts)"


def test_a_memorys_changes_go_one_at_a_time_in_order_others_at_once() -> None:
    queue = EndpointQueue("wh", 0, max_in_flight=3, max_queued=10)
    a1, a2, b1, c1, d1 = (pending(m, n) for n, m in enumerate("aabcd"))
    for item in (a1, a2, b1, c1, d1):
        assert queue.add(item)
    assert queue.take(0.0) == [a1, b1, c1]  # a2 waits for a1; d1 for a free slot
    assert queue.take(0.0) == []
    queue.delivered(a1)
    assert queue.take(0.0) == [a2]


def test_after_a_failure_one_attempt_at_a_time_oldest_first_after_the_delay() -> None:
    queue = EndpointQueue("wh", 0, max_in_flight=3, max_queued=10)
    a, b = pending("a", 0), pending("b", 1)
    queue.add(a)
    queue.add(b)
    assert queue.take(0.0) == [a, b]
    queue.failed(a, now=0.0, delay_s=5.0)
    queue.failed(b, now=0.0, delay_s=5.0)
    assert queue.take(4.9) == []
    assert queue.take(5.0) == [a]
    queue.delivered(a)
    assert queue.take(5.0) == [b]  # recovered: as many at once as allowed again


def test_at_its_bound_a_queue_takes_no_more() -> None:
    queue = EndpointQueue("wh", 0, max_in_flight=1, max_queued=2)
    assert queue.add(pending("a", 0)) and queue.add(pending("b", 1))
    assert not queue.add(pending("c", 2))
    assert len(queue.clear()) == 2 and len(queue) == 0


@pytest.mark.parametrize(
    ("address", "allowed_privately", "refused"),
    [
        ("127.0.0.1", True, False),
        ("127.0.0.1", False, True),
        ("10.1.2.3", False, True),
        ("192.168.1.1", False, True),
        ("100.64.0.1", False, True),
        ("::1", False, True),
        ("fd00::1", False, True),
        ("169.254.169.254", True, True),
        ("fd00:ec2::254", True, True),
        ("fe80::1%eth0", True, True),
        ("::ffff:10.0.0.1", False, True),
        ("::ffff:169.254.169.254", True, True),
        ("64:ff9b::a9fe:a9fe", True, True),  # NAT64 of the metadata address
        ("2002:a9fe:a9fe::", True, True),  # 6to4 of it
        ("0.0.0.0", True, True),
        ("224.0.0.1", True, True),
        ("93.184.216.34", False, False),
        ("2606:2800:220:1::", False, False),
    ],
)
def test_where_a_webhook_may_connect(address: str, allowed_privately: bool, refused: bool) -> None:
    assert (refusal(address, allowed_privately) is not None) is refused


async def test_a_name_is_refused_when_any_of_its_addresses_is() -> None:
    async def resolve(host: str, port: int) -> list[str]:
        return {"public.test": ["93.184.216.34"], "inside.test": ["93.184.216.34", "10.0.0.7"]}[
            host
        ]

    guard = UrlGuard(allow_private=False, resolve=resolve)
    await guard.check("https://public.test/hook")
    with pytest.raises(UnsafeUrlError, match=r"resolves to 10\.0\.0\.7"):
        await guard.check("http://inside.test:8080/hook")


@given(st.text(max_size=200))
def test_any_url_is_either_callable_or_refused_with_a_reason(url: str) -> None:
    try:
        host, port = UrlGuard.target(url)
    except UnsafeUrlError as exc:
        assert str(exc).startswith("url: ")
    else:
        assert host and 0 < port < 65536
        assert not any(char.isspace() for char in url)


@pytest.mark.parametrize("kind", list(ChangeKind))
def test_the_payload_is_mem0s(kind: ChangeKind) -> None:
    made = change(kind)
    text = "before" if kind is ChangeKind.DELETE else "after"
    assert mem0_payload(made) == {
        "event_details": {"id": str(made.memory_id), "data": {"memory": text}, "event": kind}
    }


def test_a_redelivered_change_keeps_its_id_per_webhook() -> None:
    made = change()
    assert delivery_id("wh1", made) == delivery_id("wh1", made) != delivery_id("wh2", made)


def test_signatures_verify_with_the_standard_webhooks_library() -> None:
    secret, body = new_secret(), b'{"event_details": {}}'
    headers = signed_headers(secret, "msg_1", body, datetime.now(UTC))
    assert Verifier(secret).verify(body, headers) == {"event_details": {}}
    with pytest.raises(Exception, match="signature"):
        Verifier(new_secret()).verify(body, headers)
    stale = signed_headers(secret, "msg_1", body, datetime.now(UTC) - timedelta(hours=1))
    with pytest.raises(Exception, match="too old"):
        Verifier(secret).verify(body, stale)
