"""`memstream ingest|extractor|status|query|webhooks|dev|topics`: run one service, or the
whole stack."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from memstream.contracts.schemas import write_schemas
from memstream.contracts.topics import topic_names
from memstream.kafka.clients import ensure_topics
from memstream.observability.logs import configure_logging, get_logger
from memstream.observability.tracing import configure_tracing
from memstream.settings import Settings, get_settings

from .keys_cli import add_key_commands, run_key_command
from .stack import (
    DEV_API_KEY,
    ServiceName,
    build_components,
    embedded_broker,
    make_app,
    serve,
    serve_ingest_workers,
    with_dev_key,
)
from .status.rebuild import rebuild_store

__all__ = ["SERVICES", "build_parser", "main", "service_port"]

log = get_logger(__name__)

SERVICES: tuple[ServiceName, ...] = ("ingest", "extractor", "status", "query", "webhooks")

_BANNER = """
memstream is running.

  API:      http://{host}:{port}
  API key:  {key}
  broker:   {broker}

Add a memory, then poll its event:

  curl -s -X POST http://{host}:{port}/v3/memories/add/ \\
    -H "Authorization: Token {key}" -H "Content-Type: application/json" \\
    -d '{{"user_id": "alice", "messages": [
          {{"role": "user", "content": "I just moved to San Francisco from New York."}}]}}'

  curl -s "http://{host}:{port}/v1/event/<event_id>/?wait=30" -H "Authorization: Token {key}"

Then search what was remembered:

  curl -s -X POST http://{host}:{port}/v3/memories/search/ \\
    -H "Authorization: Token {key}" -H "Content-Type: application/json" \\
    -d '{{"query": "Where does the user live?", "filters": {{"user_id": "alice"}}}}'

Ctrl-C stops everything, broker included.
"""


def _require_bootstrap(settings: Settings) -> None:
    if not settings.kafka.bootstrap:
        # Logged, not `sys.exit(message)`: every line a service writes is JSON.
        log.error(
            "bootstrap_missing",
            detail="MEMSTREAM_KAFKA_BOOTSTRAP is required (or use `memstream dev`).",
        )
        sys.exit(2)


async def _run_service(settings: Settings, name: ServiceName) -> None:
    if name != "query":  # query reads Qdrant only
        _require_bootstrap(settings)
    configure_tracing(settings.tracing, service=f"memstream-{name}")
    port = service_port(settings, name)
    app = make_app(settings, build_components(settings, [name]))
    await serve(app, settings.http, port)


def service_port(settings: Settings, name: ServiceName) -> int:
    """The HTTP port of a service: its API, health and metrics (the extractor's: health)."""
    return settings.extractor.health_port if name == "extractor" else settings.http.port


async def _run_dev(settings: Settings) -> None:
    settings = with_dev_key(settings)
    configure_tracing(settings.tracing, service="memstream-dev")
    async with embedded_broker(settings) as running:
        names: list[ServiceName] = ["ingest", "status", "query", "extractor", "webhooks"]
        app = make_app(running, build_components(running, names))
        key = (
            DEV_API_KEY
            if running.auth.api_keys[0].key.get_secret_value() == DEV_API_KEY
            else "<your configured key>"
        )
        banner = _BANNER.format(
            host=running.http.host, port=running.http.port, key=key, broker=running.kafka.bootstrap
        )
        await serve(app, running.http, running.http.port, on_started=banner)


async def _create_topics(settings: Settings) -> None:
    _require_bootstrap(settings)
    assert settings.kafka.bootstrap is not None
    await ensure_topics(
        settings.kafka.bootstrap,
        topic_names(settings.kafka.topic_prefix),
        settings.kafka.partitions,
        settings.kafka.replication_factor,
        security=settings.kafka,
    )


async def _rebuild_status(settings: Settings) -> None:
    _require_bootstrap(settings)
    events = await rebuild_store(settings)
    sys.stdout.write(f"rebuilt {settings.status.store_path}: {events} events\n")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="memstream", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    ingest = commands.add_parser("ingest", help="serve POST /v3/memories/add/ and GET /v1/ping/")
    ingest.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes on the one port (they share the per-key rate limits)",
    )
    commands.add_parser("extractor", help="consume add requests (health on the health port)")
    commands.add_parser("status", help="serve GET /v1/event/{id}/")
    commands.add_parser(
        "query",
        help="serve the memories API: search, list, get, history and entities (reads "
        "Qdrant); update, delete, batches and erasures (publishes them to the broker)",
    )
    commands.add_parser(
        "webhooks",
        help="serve the webhook API (api/v1/webhooks/) and deliver memory changes to webhooks",
    )
    commands.add_parser("dev", help="the whole stack on one port, with an embedded broker")
    commands.add_parser("topics", help="create the topics on the configured broker")
    commands.add_parser("schemas", help="write the JSON Schemas of the contracts to schemas/")
    commands.add_parser(
        "status-rebuild", help="delete this replica's status store and replay the topic"
    )
    add_key_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    if args.command == "keys":
        sys.exit(run_key_command(get_settings(), args))
    if args.command == "schemas":
        for path in write_schemas():
            sys.stdout.write(f"wrote {path}\n")
        return

    configure_logging()  # before the settings: an invalid one is logged as JSON too
    settings = get_settings()
    configure_logging(settings.log_level)
    if args.command == "ingest" and args.workers > 1:
        _require_bootstrap(settings)
        serve_ingest_workers(settings, args.workers)
        return
    if args.command == "dev":
        runner = _run_dev(settings)
    elif args.command == "topics":
        runner = _create_topics(settings)
    elif args.command == "status-rebuild":
        runner = _rebuild_status(settings)
    else:
        runner = _run_service(settings, args.command)
    try:
        import uvloop

        uvloop.run(runner)
    except KeyboardInterrupt:
        pass
