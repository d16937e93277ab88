"""Rate limits per key (adds and erasures): 429 with Retry-After and X-RateLimit-*, as the
SDK expects."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from mem0 import MemoryClient
from mem0.exceptions import RateLimitError

from memstream.kafka.tansu import EmbeddedTansu
from memstream.settings import HttpSettings, Settings
from memstream.testing.data import KEY_A, KEY_B, auth
from tests.support import make_settings, running_stack


def _limited(broker: EmbeddedTansu, tmp_path: Path, rate: float, burst: int) -> Settings:
    settings = make_settings(broker.bootstrap, tmp_path)
    limits = HttpSettings(rate_limit_per_s=rate, rate_limit_burst=burst)
    return settings.model_copy(update={"http": limits})


BODY = {"messages": [{"role": "user", "content": "I like tea"}], "user_id": "u"}


async def test_bursts_over_the_limit_get_429_and_the_sdk_raises_rate_limit_error(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    async with running_stack(_limited(broker, tmp_path, 0.2, 3), names=("ingest",)) as stack:
        responses = [
            await stack.http.post("/v3/memories/add/", json=BODY, headers=auth()) for _ in range(4)
        ]
        other_key = await stack.http.post("/v3/memories/add/", json=BODY, headers=auth(KEY_B))

        def sdk_add() -> None:
            MemoryClient(api_key=KEY_A, host=stack.url).add("I like tea", user_id="u")

        with pytest.raises(RateLimitError) as raised:
            await asyncio.to_thread(sdk_add)

    assert [r.status_code for r in responses] == [200, 200, 200, 429]
    assert responses[2].headers["x-ratelimit-remaining"] == "0"
    refused = responses[3]
    assert refused.headers["retry-after"] == "5"  # one token every 5 s
    assert refused.headers["x-ratelimit-limit"] == "3"
    assert refused.headers["x-ratelimit-remaining"] == "0"
    assert int(refused.headers["x-ratelimit-reset"]) > 0
    assert refused.json()["detail"] == "Rate limit exceeded for this API key."
    assert other_key.status_code == 200  # buckets are per key
    # The seconds until the next token: 5 right after a refusal, fewer as time passes (the
    # SDK's client pings first; a loaded machine once took over a second to get there).
    assert 1 <= raised.value.debug_info["retry_after"] <= 5


async def test_a_refused_body_spends_one_token_not_two(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    """The fast path takes the token and hands its decision on with an invalid body."""
    async with running_stack(_limited(broker, tmp_path, 0.01, 3), names=("ingest",)) as stack:
        invalid = await stack.http.post("/v3/memories/add/", json={"user_id": "u"}, headers=auth())
        valid = [
            await stack.http.post("/v3/memories/add/", json=BODY, headers=auth()) for _ in range(3)
        ]
    assert invalid.status_code == 400
    assert [r.status_code for r in valid] == [200, 200, 429]


async def test_erasures_are_rate_limited_per_key(broker: EmbeddedTansu, tmp_path: Path) -> None:
    """An erasure writes to every partition: a key's flood of them is refused like adds."""
    settings = _limited(broker, tmp_path, 0.01, 3)
    async with running_stack(settings, names=("query",)) as stack:
        erasures = [
            await stack.http.delete("/v1/memories/", params={"user_id": "u"}, headers=auth()),
            await stack.http.delete("/v2/entities/user/u/", headers=auth()),
            await stack.http.delete("/v1/memories/", params={"user_id": "u"}, headers=auth()),
            await stack.http.delete("/v2/entities/user/u/", headers=auth()),
        ]
        other_key = await stack.http.delete("/v2/entities/user/u/", headers=auth(KEY_B))
    assert [r.status_code for r in erasures] == [200, 200, 200, 429]
    assert int(erasures[3].headers["retry-after"]) > 0
    assert erasures[3].json()["detail"] == "Rate limit exceeded for this API key."
    assert other_key.status_code == 200
