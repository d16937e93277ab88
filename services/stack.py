"""Composition root: which components run, on which app, with which broker."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Literal

import uvicorn
from uvicorn.config import STARTUP_FAILURE
from uvicorn.supervisors import Multiprocess

from memstream.asgi import ASGIApp
from memstream.auth.principals import authenticator_for
from memstream.contracts.topics import topic_names
from memstream.kafka.clients import ensure_topics
from memstream.kafka.snapshots import start_embedded, stop_embedded
from memstream.observability.logs import configure_logging
from memstream.observability.metrics import HttpMetricsMiddleware
from memstream.observability.request_ids import RequestIdMiddleware
from memstream.observability.tracing import TracingMiddleware, configure_tracing
from memstream.settings import ApiKeyGrant, HttpSettings, Settings, get_settings
from memstream.web.app import Component, build_app
from memstream.web.ratelimit import SharedBuckets
from memstream.web.server import server_config, tune_collector
from memstream.web.validation import Utf8UrlGuard

__all__ = [
    "DEV_API_KEY",
    "ServiceName",
    "build_components",
    "embedded_broker",
    "ingest_app",
    "serve",
    "serve_ingest_workers",
    "with_dev_key",
]

ServiceName = Literal["ingest", "extractor", "status", "query", "webhooks"]
DEV_API_KEY = "msk-dev-local-only"


def component_class(name: ServiceName) -> Callable[[Settings], Component]:
    """The component of one service, importing only that service: a gateway worker must
    not pay for the extractor's imports (openai, qdrant-client) at every start."""
    if name == "ingest":
        from .ingest.app import IngestService

        return IngestService
    if name == "status":
        from .status.app import StatusService

        return StatusService
    if name == "extractor":
        from .extractor.app import ExtractorService

        return ExtractorService
    if name == "webhooks":
        from .webhooks.app import WebhooksService

        return WebhooksService
    from .query.app import QueryService

    return QueryService


def build_components(settings: Settings, names: Sequence[ServiceName]) -> list[Component]:
    return [component_class(name)(settings) for name in names]


def make_app(settings: Settings, components: Sequence[Component]) -> ASGIApp:
    """The components' routes on one FastAPI app, behind their fast paths, timed
    and traced; a URL not UTF-8 once percent-decoded is refused before any of them."""
    authenticator = authenticator_for(settings)
    app: ASGIApp = build_app(components, authenticator)
    for component in components:
        app = component.wrap(app, authenticator)
    return TracingMiddleware(RequestIdMiddleware(HttpMetricsMiddleware(Utf8UrlGuard(app))))


def with_dev_key(settings: Settings) -> Settings:
    """`memstream dev` only: a known key when none is configured."""
    if settings.auth.api_keys:
        return settings
    grant = ApiKeyGrant(key=DEV_API_KEY, org_id="dev-org", project_id="dev-project", name="dev")
    return settings.model_copy(
        update={"auth": settings.auth.model_copy(update={"api_keys": (grant,)})}
    )


@asynccontextmanager
async def embedded_broker(settings: Settings) -> AsyncIterator[Settings]:
    """Yields settings pointing at a broker: the configured one, or a Tansu started here
    that holds what the one before it held at a clean stop (memstream/kafka/snapshots.py)."""
    topics = topic_names(settings.kafka.topic_prefix)
    if settings.kafka.bootstrap:
        await ensure_topics(
            settings.kafka.bootstrap,
            topics,
            settings.kafka.partitions,
            settings.kafka.replication_factor,
            security=settings.kafka,
        )
        yield settings
        return
    # What the last clean stop kept comes back; the next stop keeps it again, once the
    # services have drained.
    snapshot = settings.kafka.snapshot_path
    broker = await start_embedded(topics, settings.kafka.partitions, snapshot)
    try:
        kafka = settings.kafka.model_copy(update={"bootstrap": broker.bootstrap})
        yield settings.model_copy(update={"kafka": kafka})
    finally:
        await stop_embedded(broker, snapshot)


async def serve(app: ASGIApp, http: HttpSettings, port: int, on_started: str | None = None) -> None:
    server = uvicorn.Server(server_config(app, http, port=port))

    async def announce() -> None:
        while not server.started:  # noqa: ASYNC110 (uvicorn offers no started event)
            await asyncio.sleep(0.05)
        tune_collector()
        if on_started:
            sys.stdout.write(on_started)
            sys.stdout.flush()

    announcer = asyncio.create_task(announce())
    # uvicorn re-raises the SIGTERM it handled once it has shut down gracefully; with
    # this handler restored under it, a drained service exits 0 as Kubernetes expects.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: None)
    try:
        await server.serve()
    finally:
        announcer.cancel()


def ingest_app() -> ASGIApp:
    """The ingest app of one worker process, configured from the environment."""
    settings = get_settings()
    configure_logging(settings.log_level)
    configure_tracing(settings.tracing, service="memstream-ingest")
    app = make_app(settings, build_components(settings, ["ingest"]))
    tune_collector()
    return app


def serve_ingest_workers(settings: Settings, workers: int) -> None:
    """`memstream ingest --workers N`: N processes on one port sharing one rate-limit table.

    Exits 3, as one process does, when a worker could not start (e.g. no broker): the
    supervisor then stops, and whatever restarts the gateway should know it failed.
    """
    table = settings.http.rate_limit_table or SharedBuckets.create()
    metrics_dir = tempfile.mkdtemp(prefix="memstream-metrics-")
    # The workers inherit both: one rate-limit table, one fresh directory of metric files.
    os.environ["MEMSTREAM_HTTP_RATE_LIMIT_TABLE"] = str(table)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    config = server_config(
        "memstream.services.stack:ingest_app",
        settings.http,
        factory=True,
        workers=workers,
        # uvicorn kills a worker that does not answer its supervisor's ping within this,
        # and restarts it: a slow start on a busy node must not become a restart loop.
        timeout_worker_healthcheck=30,
    )
    supervisor = Multiprocess(config, sockets=[config.bind_socket()])
    try:
        supervisor.run()
    finally:
        if settings.http.rate_limit_table is None:
            table.unlink(missing_ok=True)
        shutil.rmtree(metrics_dir, ignore_errors=True)
    if any(process.exitcode == STARTUP_FAILURE for process in supervisor.processes):
        sys.exit(STARTUP_FAILURE)
