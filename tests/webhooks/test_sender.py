"""One delivery attempt against real receivers: what the sender refuses at connect time
(DNS rebinding, loopback without the operator setting), redirects it does not follow,
timeouts, Retry-After."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime

import pytest

from memstream.contracts.changes import ChangeKind
from memstream.contracts.webhooks import Delivery, Webhook, WebhookEventType
from memstream.services.webhooks.sender import Sender
from memstream.services.webhooks.signing import new_secret
from memstream.services.webhooks.ssrf import UrlGuard, system_resolve
from memstream.settings import WebhooksSettings
from tests.webhooks.receivers import Receiver

NOW = datetime.now(UTC)
DELIVERY = Delivery(
    delivery_id=uuid.uuid4(),
    webhook_id="wh",
    memory_id=str(uuid.uuid4()),
    event=ChangeKind.ADD,
    body={"event_details": {"id": "m", "data": {"memory": "x"}, "event": "ADD"}},
    changed_at=NOW,
    queued_at=NOW,
)


def hook(url: str) -> Webhook:
    return Webhook(
        webhook_id="wh",
        org_id="o",
        project_id="p",
        name="n",
        url=url,
        event_types=[WebhookEventType.MEMORY_ADD],
        is_active=True,
        secret=new_secret(),
        owner="a",
        created_at=NOW,
        updated_at=NOW,
    )


MakeSender = Callable[[UrlGuard], Awaitable[Sender]]


@pytest.fixture
async def make_sender() -> AsyncIterator[MakeSender]:
    made: list[Sender] = []

    async def make(guard: UrlGuard) -> Sender:
        sender = Sender(WebhooksSettings(timeout_s=0.5, connect_timeout_s=0.5), guard)
        await sender.start()
        made.append(sender)
        return sender

    yield make
    for sender in made:
        await sender.stop()


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    started = await Receiver().start()
    yield started
    await started.stop()


async def test_a_name_that_rebinds_to_loopback_after_creation_is_refused_at_connect(
    make_sender: MakeSender, receiver: Receiver
) -> None:
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])

    async def rebinding(host: str, port: int) -> list[str]:
        return next(answers)

    guard = UrlGuard(allow_private=False, resolve=rebinding)
    url = f"http://rebind.test:{receiver.port}/hook"
    await guard.check(url)  # at creation: a public address
    sent = await (await make_sender(guard)).send(hook(url), DELIVERY)
    assert not sent.ok and sent.error is not None
    assert (
        sent.error
        == "refused: url: rebind.test resolves to 127.0.0.1, a loopback or private address"
    )
    assert receiver.requests == 0


async def test_loopback_is_refused_at_connect_unless_the_operator_allows_it(
    make_sender: MakeSender, receiver: Receiver
) -> None:
    refused = await (await make_sender(UrlGuard(False))).send(hook(receiver.url), DELIVERY)
    assert (
        refused.error
        == "refused: url: 127.0.0.1 resolves to 127.0.0.1, a loopback or private address"
    )
    assert receiver.requests == 0
    allowed = await (await make_sender(UrlGuard(True))).send(hook(receiver.url), DELIVERY)
    assert allowed.ok and receiver.requests == 1


async def test_a_redirect_to_loopback_is_not_followed(
    make_sender: MakeSender, receiver: Receiver
) -> None:
    redirecting = await Receiver(lambda _: 307, headers={"location": receiver.url}).start()
    try:
        sender = await make_sender(UrlGuard(True, system_resolve))
        sent = await sender.send(hook(redirecting.url), DELIVERY)
    finally:
        await redirecting.stop()
    assert sent.status_code == 307 and not sent.ok
    assert sent.error == f"redirect to {receiver.url} not followed"
    assert redirecting.requests == 1 and receiver.requests == 0


async def test_an_attempt_ends_at_its_timeout(make_sender: MakeSender) -> None:
    silent = await Receiver(lambda _: None).start()
    try:
        sent = await (await make_sender(UrlGuard(True))).send(hook(silent.url), DELIVERY)
    finally:
        await silent.stop()
    assert sent.error == "no answer within 0.5 s" and sent.status_code is None
    assert sent.latency_ms >= 500


async def test_retry_after_is_read_from_the_answer(make_sender: MakeSender) -> None:
    busy = await Receiver(lambda _: 429, headers={"retry-after": "42"}).start()
    try:
        sent = await (await make_sender(UrlGuard(True))).send(hook(busy.url), DELIVERY)
    finally:
        await busy.stop()
    assert (sent.status_code, sent.error, sent.retry_after_s) == (429, "HTTP 429", 42.0)
