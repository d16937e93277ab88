"""The one settings object of every memstream service.

Environment variables use one `MEMSTREAM_` prefix and a single `_` between a
section and its field, e.g. `MEMSTREAM_KAFKA_BOOTSTRAP` or
`MEMSTREAM_LLM_BASE_URL`. Tests build `Settings(...)` directly.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = [
    "ApiKeyGrant",
    "AuthSettings",
    "EmbedderSettings",
    "ExtractorSettings",
    "HttpSettings",
    "KafkaSettings",
    "LlmSettings",
    "QdrantSettings",
    "QuerySettings",
    "RerankSettings",
    "Settings",
    "StatusSettings",
    "TracingSettings",
    "WebhooksSettings",
    "get_settings",
]

MIB = 1024 * 1024


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class KafkaSettings(_Section):
    bootstrap: str | None = Field(
        default=None,
        description="host:port list; unset means `memstream dev` starts an embedded Tansu broker",
    )
    topic_prefix: str = Field(default="memstream", pattern=r"^[A-Za-z0-9._-]{1,100}$")
    partitions: int = Field(default=12, ge=1, le=1024)
    replication_factor: int = Field(default=1, ge=1)
    request_timeout_ms: int = Field(default=10_000, ge=100)
    publish_timeout_s: float = Field(
        default=5.0,
        gt=0,
        description="an add waits this long for the broker (plus a second), then answers 503; "
        "the producer drops a record it has not sent, but one already sent may still be "
        "written: clients retry with the same Idempotency-Key",
    )
    max_publishes_in_flight: int = Field(
        default=1000, ge=1, description="adds waiting for the broker; more get 503 at once"
    )
    snapshot_path: Path = Field(
        default=Path("var/broker-snapshot.jsonl"),
        description="`memstream dev` only: the embedded broker's topics, records and consumer "
        "group offsets, written here on a clean stop (Ctrl-C, SIGTERM), restored into the "
        "next start and then removed (memstream/kafka/snapshot_file.py has the format)",
    )
    # Kafka's own security, for every producer, consumer and admin client. Secrets are
    # files (mounted Kubernetes secrets), read when a client is made.
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"] = "SCRAM-SHA-512"
    sasl_username: str | None = Field(default=None, description="SASL_*: this service's user")
    sasl_password_file: Path | None = Field(default=None, description="SASL_*: its password")
    ssl_ca_file: Path | None = Field(
        default=None, description="SSL, SASL_SSL: CAs to verify the brokers (else the system's)"
    )
    ssl_cert_file: Path | None = Field(
        default=None, description="SSL, SASL_SSL: a client certificate (mTLS), with its key"
    )
    ssl_key_file: Path | None = None
    ssl_key_password_file: Path | None = None
    ssl_check_hostname: bool = True

    @model_validator(mode="after")
    def _security_is_coherent(self) -> KafkaSettings:
        """Refuse settings that would be silently ignored (honour or refuse)."""
        tls = self.security_protocol in ("SSL", "SASL_SSL")
        sasl = self.security_protocol.startswith("SASL")
        tls_files = (self.ssl_ca_file, self.ssl_cert_file, self.ssl_key_file)
        if not tls and any(f is not None for f in tls_files):
            raise ValueError(
                f"ssl_* files need security_protocol SSL or SASL_SSL, not {self.security_protocol}"
            )
        if not sasl and (self.sasl_username or self.sasl_password_file):
            raise ValueError(
                f"sasl_* settings need security_protocol SASL_*, not {self.security_protocol}"
            )
        if (self.ssl_cert_file is None) != (self.ssl_key_file is None):
            raise ValueError("ssl_cert_file and ssl_key_file go together (mTLS)")
        return self


class HttpSettings(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    max_body_bytes: int = Field(default=MIB, ge=1024)
    rate_limit_per_s: float = Field(default=100.0, gt=0, description="adds per key per second")
    rate_limit_burst: int = Field(default=500, ge=1, description="adds per key at once")
    rate_limit_table: Path | None = Field(
        default=None,
        description="file the worker processes of one gateway share their rate-limit buckets "
        "in; `memstream ingest --workers N` sets it, one process needs none",
    )
    max_header_bytes: int = Field(
        default=32 * 1024, ge=1024, description="URL and headers of a request; more get 431"
    )
    max_headers: int = Field(default=100, ge=10, description="headers of a request; more: 431")
    read_timeout_s: float = Field(
        default=15.0, gt=0, description="to send a whole request, head and body; then 408"
    )
    keep_alive_s: float = Field(
        default=20.0,
        gt=5,
        description="idle keep-alive connections close after this; above clients' own pool "
        "expiry (httpx and the mem0 SDK: 5 s), or a request may meet a closing connection",
    )
    max_connections: int = Field(
        default=1024, ge=1, description="per process; more get 503 with Retry-After"
    )
    sync_add_wait_s: float = Field(
        default=30.0,
        gt=0,
        le=300,
        description="how long an add with async_mode=false waits for its event to end before "
        "the queued answer (the SDK's own timeout is 300 s)",
    )


class ApiKeyGrant(_Section):
    """An API key and the org/project every request made with it belongs to."""

    key: SecretStr
    org_id: str = Field(min_length=1)
    project_id: str = Field(min_length=1)
    name: str = ""
    user_email: str | None = None


class AuthSettings(_Section):
    api_keys: tuple[ApiKeyGrant, ...] = ()
    key_store_path: Path | None = Field(
        default=Path("var/keys.sqlite3"), description="`memstream keys` manages it"
    )


class LlmSettings(_Section):
    """An OpenAI-compatible endpoint, used for extraction and embeddings."""

    provider: Literal["auto", "openai", "rules"] = "auto"
    base_url: str | None = None
    api_key: SecretStr | None = None
    model: str = "gpt-4.1-mini"
    timeout_s: float = Field(default=30.0, gt=0)
    max_retries: int = Field(default=3, ge=0)

    @property
    def configured(self) -> bool:
        return self.base_url is not None or self.api_key is not None


class EmbedderSettings(_Section):
    provider: Literal["auto", "openai", "minilm", "hashing"] = "auto"
    model: str = "text-embedding-3-small"
    dims: int = Field(default=1536, ge=8, description="vector size of the openai/hashing embedder")


class QdrantSettings(_Section):
    url: str | None = Field(default=None, description="Qdrant server; unset means embedded")
    api_key: SecretStr | None = None
    embedded: Literal["edge", "local"] = Field(
        default="edge",
        description="embedded engine without a url: qdrant-edge (payload indexes) or "
        "qdrant-client local mode (scans every point of a filtered query)",
    )
    path: Path = Path("var/qdrant")
    collection: str = Field(default="memstream_memories", pattern=r"^[A-Za-z0-9_-]{1,100}$")


class ExtractorSettings(_Section):
    group_id: str = "memstream-extractor"
    window: int = Field(
        default=256, ge=1, description="requests in flight per process at start (it adapts)"
    )
    window_max: int = Field(
        default=1024,
        ge=1,
        description="the adaptive window's ceiling: what bounds the process's memory",
    )
    commit_interval_s: float = Field(default=1.0, gt=0)

    max_record_bytes: int = Field(default=2 * MIB, ge=1024)
    session_timeout_ms: int = Field(default=10_000, ge=1000)
    heartbeat_interval_ms: int = Field(default=3_000, ge=100)
    health_port: int = Field(default=8001, ge=0, le=65535)
    batch_max_size: int = Field(default=256, ge=1, description="texts or points per shared call")
    batch_max_wait_ms: float = Field(
        default=5.0, ge=0, description="longest a batch waits for more while a call is in flight"
    )
    fetch_max_wait_ms: int = Field(default=20, ge=1, description="broker long-poll bound")
    store_retry_deadline_s: float = Field(
        default=300.0, gt=0, description="how long an unavailable Qdrant is waited for"
    )
    drain_timeout_s: float = Field(default=20.0, gt=0, description="SIGTERM: in-flight work")
    erase_page_size: int = Field(
        default=1000, ge=1, le=10_000, description="points an erasure deletes per store call"
    )
    startup_timeout_s: float = Field(
        default=10.0, gt=0, description="how long a start waits to read the project settings"
    )
    # What one extraction sees, and what it dedups (services/extractor/context.py, dedup.py).
    context_memories: int = Field(
        default=10, ge=0, le=50, description="the scope's most similar memories in the prompt"
    )
    context_messages: int = Field(
        default=10, ge=0, le=20, description="the conversation's last messages in the prompt"
    )
    memory_texts_kept: int = Field(
        default=50_000,
        ge=0,
        description="memories' texts the extractor keeps by id (about 300 bytes each), so "
        "that its context and near-duplicate searches read no payloads (0: they read them)",
    )
    dedup: bool = Field(default=True, description="near-duplicates of a memory are not stored")
    dedup_threshold: float = Field(
        default=0.8,
        ge=0,
        le=1,
        description="cosine similarity from which a memory may be a near-duplicate (chosen "
        "for all-MiniLM-L6-v2 by `python -m bench.dedup`; measure again for another embedder)",
    )
    link_threshold: float = Field(
        default=0.6,
        ge=0,
        le=1,
        description="offline: a new memory links the closest stored one from this similarity",
    )

    @model_validator(mode="after")
    def _window_in_bounds(self) -> ExtractorSettings:
        if self.window > self.window_max:
            raise ValueError("the extractor's window is above its window_max")
        return self


class StatusSettings(_Section):
    freshness_timeout_s: float = Field(
        default=3.0, gt=0, description="how long a poll that misses waits for the view to catch up"
    )
    fetch_max_wait_ms: int = Field(default=100, ge=1)
    store: Literal["sqlite", "memory"] = "sqlite"
    store_path: Path = Field(default=Path("var/status.sqlite3"), description="one per replica")
    retention_days: float = Field(default=7.0, gt=0, description="older events are evicted")
    sweep_interval_s: float = Field(default=60.0, gt=0)
    stream_heartbeat_s: float = Field(
        default=15.0, gt=0, description="an idle event stream sends a comment this often"
    )
    stream_max_s: float = Field(
        default=300.0,
        gt=0,
        description="an event stream ends after this long; the client reconnects with its "
        "Last-Event-ID (on any replica) and misses nothing",
    )


class QuerySettings(_Section):
    change_timeout_s: float = Field(
        default=10.0,
        gt=0,
        description="how long an update or delete waits to be applied, then answers 503 (the "
        "change stays queued and is still applied, in order)",
    )


class WebhooksSettings(_Section):
    """The webhooks service: its consumer groups, and how it delivers."""

    group_id: str = "memstream-webhooks"
    allow_private_urls: bool = Field(
        default=False,
        description="let webhooks reach loopback and private (RFC 1918, ULA) addresses: for "
        "tests and receivers inside the cluster; link-local and cloud metadata addresses are "
        "refused whatever this says",
    )
    connect_timeout_s: float = Field(default=5.0, gt=0, description="to connect to a receiver")
    timeout_s: float = Field(default=15.0, gt=0, description="a whole delivery attempt")
    max_in_flight: int = Field(
        default=4, ge=1, le=64, description="attempts at once per webhook (one per memory)"
    )
    max_queued: int = Field(
        default=10_000,
        ge=1,
        description="undelivered changes per webhook; at this many the webhook is disabled "
        "(its receiver is down or too slow) and they are dropped",
    )
    retry_base_s: float = Field(default=2.0, gt=0, description="the first retry's delay")
    retry_max_s: float = Field(default=3600.0, gt=0, description="the longest retry delay")
    give_up_after_s: float = Field(
        default=86_400.0, gt=0, description="a webhook failing this long is disabled"
    )
    max_consecutive_failures: int = Field(
        default=100,
        ge=1,
        description="a webhook failing this many attempts in a row is disabled (the default "
        "is more than the backoff makes in 24 h, so by default a webhook is retried for 24 h)",
    )
    fetch_max_wait_ms: int = Field(default=50, ge=1)


class RerankSettings(_Section):
    """A rerank endpoint for searches with `rerank: true` (Cohere's, Jina's, vLLM's, TEI's
    and others' `POST <url>/rerank` shape); unset, such searches are a 400."""

    url: str | None = Field(
        default=None, description="base URL; memstream posts to <url>/rerank (e.g. .../v1)"
    )
    api_key: SecretStr | None = Field(default=None, description="sent as a Bearer token")
    model: str = "rerank-v3.5"
    timeout_s: float = Field(default=10.0, gt=0)
    candidates: int = Field(
        default=50, ge=1, le=1000, description="memories reranked per search (at least top_k)"
    )


class TracingSettings(_Section):
    otlp_endpoint: str | None = Field(
        default=None,
        description="OTLP/HTTP base URL (spans go to <url>/v1/traces); unset, and without "
        "OTEL_EXPORTER_OTLP_ENDPOINT, tracing is off",
    )
    sample_ratio: float = Field(default=1.0, ge=0, le=1, description="of new traces")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MEMSTREAM_",
        env_nested_delimiter="_",
        env_nested_max_split=1,
        env_ignore_empty=True,
        extra="ignore",
        frozen=True,
    )

    kafka: KafkaSettings = KafkaSettings()
    http: HttpSettings = HttpSettings()
    auth: AuthSettings = AuthSettings()
    llm: LlmSettings = LlmSettings()
    embedder: EmbedderSettings = EmbedderSettings()
    qdrant: QdrantSettings = QdrantSettings()
    extractor: ExtractorSettings = ExtractorSettings()
    status: StatusSettings = StatusSettings()
    query: QuerySettings = QuerySettings()
    webhooks: WebhooksSettings = WebhooksSettings()
    rerank: RerankSettings = RerankSettings()
    tracing: TracingSettings = TracingSettings()
    log_level: Literal["debug", "info", "warning", "error"] = "info"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
