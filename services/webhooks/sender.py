"""One delivery attempt: POST the signed payload, no redirects, bounded in time."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import aiohttp
import orjson

from memstream.contracts.webhooks import Delivery, Webhook
from memstream.settings import WebhooksSettings

from .signing import signed_headers
from .ssrf import GuardedResolver, UnsafeUrlError, UrlGuard, is_ip

__all__ = ["Sender", "Sent"]

USER_AGENT = "memstream-webhooks/1"


@dataclass(frozen=True, slots=True)
class Sent:
    status_code: int | None
    latency_ms: float
    error: str | None = None
    retry_after_s: float | None = None

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds a `Retry-After` header asks for (delta-seconds or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


class Sender:
    def __init__(self, settings: WebhooksSettings, guard: UrlGuard) -> None:
        self._settings = settings
        self._guard = guard
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        connector = aiohttp.TCPConnector(
            resolver=GuardedResolver(self._guard),
            limit=0,  # bounded per webhook instead: one endpoint never starves another
            limit_per_host=self._settings.max_in_flight,
        )
        timeout = aiohttp.ClientTimeout(
            total=self._settings.timeout_s, sock_connect=self._settings.connect_timeout_s
        )
        self._session = aiohttp.ClientSession(
            connector=connector, timeout=timeout, trust_env=False, auto_decompress=False
        )

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def send(self, webhook: Webhook, delivery: Delivery) -> Sent:
        assert self._session is not None
        body = orjson.dumps(delivery.body)
        now = datetime.now(UTC)
        headers = {
            **signed_headers(webhook.secret, str(delivery.delivery_id), body, now),
            "content-type": "application/json",
            "user-agent": USER_AGENT,
        }
        started = time.perf_counter()
        try:
            host, port = self._guard.target(webhook.url)
            if is_ip(host):  # aiohttp resolves (through the guard) names only
                await self._guard.addresses(host, port)
            async with self._session.post(
                webhook.url, data=body, headers=headers, allow_redirects=False
            ) as response:
                code = response.status
                wait = retry_after(response.headers.get("retry-after"), now)
                location = response.headers.get("location")
        except UnsafeUrlError as exc:
            return Sent(None, _ms(started), f"refused: {exc}")
        except TimeoutError:
            return Sent(None, _ms(started), f"no answer within {self._settings.timeout_s:g} s")
        except aiohttp.ClientConnectorError as exc:
            if exc.strerror and exc.strerror.startswith("refused: "):  # the guard's refusal
                return Sent(None, _ms(started), exc.strerror)
            return Sent(None, _ms(started), f"{type(exc).__name__}: {exc}"[:500])
        except aiohttp.ClientError as exc:
            return Sent(None, _ms(started), f"{type(exc).__name__}: {exc}"[:500])
        error = None
        if 300 <= code < 400:
            error = f"redirect to {location} not followed"[:500]
        elif not 200 <= code < 300:
            error = f"HTTP {code}"
        return Sent(code, _ms(started), error, wait)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 3)
