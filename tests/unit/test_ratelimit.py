"""Token buckets, with time passed in."""

from __future__ import annotations

from memstream.ratelimit import KeyedRateLimiter, TokenBucket


def test_a_burst_is_allowed_then_refused_with_the_time_to_wait() -> None:
    bucket = TokenBucket(rate=0.5, burst=2, now=0.0)
    first, second, third = bucket.take(0.0), bucket.take(0.0), bucket.take(0.0)
    assert first.allowed and second.allowed and not third.allowed
    assert (second.remaining, third.remaining) == (0, 0)
    assert third.retry_after_s == 2  # one token back after 1 / 0.5 s
    assert third.reset_s == 4


def test_tokens_come_back_with_time_up_to_the_burst() -> None:
    bucket = TokenBucket(rate=10, burst=3, now=0.0)
    for _ in range(3):
        bucket.take(0.0)
    assert not bucket.take(0.0).allowed
    assert bucket.take(0.1).allowed
    assert bucket.take(100.0).remaining == 2  # full (3) minus this one


def test_keys_have_their_own_buckets() -> None:
    limiter = KeyedRateLimiter(rate=1, burst=1)
    assert limiter.take("a", 0.0).allowed
    assert not limiter.take("a", 0.0).allowed
    assert limiter.take("b", 0.0).allowed
