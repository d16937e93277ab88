"""The floor of an add in this design: what no ingest built on it can do without.

The services' server stack (bench/bare_app.py's), the body read and parsed as JSON, its
request record produced and acknowledged (acks=all, memstream's producer settings), then
a PENDING record naming the request's position, then an answer with the new event id.
Nothing else: no authentication, validation, rate limit, metrics, traces or logs. What
memstream's ingest spends per add above this is what those cost.

python -m bench.bare_gateway --port N --bootstrap HOST:PORT --prefix P [--workers W]
"""

from __future__ import annotations

import os
import uuid
from typing import Any

import orjson
from aiokafka import AIOKafkaProducer

from bench.bare_app import answer
from memstream.contracts.topics import topic_names
from memstream.kafka.clients import make_producer
from memstream.settings import KafkaSettings

_ANSWER = b'[{"message":"queued","status":"PENDING","event_id":"%s"}]'


class BareGateway:
    def __init__(self, bootstrap: str, prefix: str) -> None:
        self._kafka = KafkaSettings(bootstrap=bootstrap, topic_prefix=prefix)
        self._topics = topic_names(prefix)
        self._producer: AIOKafkaProducer | None = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            body = await self._add(receive) if scope["method"] == "POST" else b"{}"
            await answer(send, body)

    async def _lifespan(self, receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._producer = make_producer(self._kafka, f"bare-gateway-{os.getpid()}")
                await self._producer.start()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._producer is not None:
                    await self._producer.stop()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _add(self, receive: Any) -> bytes:
        assert self._producer is not None
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = orjson.loads(b"".join(chunks))
        event_id = str(uuid.uuid4())
        key = str(body.get("user_id")).encode()
        request = orjson.dumps({"event_id": event_id, **body})
        sent = await self._producer.send_and_wait(self._topics.requests, request, key)
        pending = orjson.dumps(
            {"id": event_id, "status": "PENDING", "partition": sent.partition, "at": sent.offset}
        )
        await self._producer.send_and_wait(self._topics.lifecycle, pending, event_id.encode())
        return _ANSWER % event_id.encode()


def main() -> None:
    import argparse

    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from memstream.settings import HttpSettings
    from memstream.web.server import server_config

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--prefix", required=True)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    os.environ["BARE_GATEWAY"] = f"{args.bootstrap} {args.prefix}"
    config = server_config(
        "bench.bare_gateway:app",
        HttpSettings(port=args.port),
        factory=True,
        workers=args.workers,
        log_level="warning",
        lifespan="on",
    )
    if args.workers == 1:
        uvicorn.Server(config).run()
    else:
        Multiprocess(config, sockets=[config.bind_socket()]).run()


def app() -> BareGateway:
    """The app of one worker process (uvicorn's factory: each worker makes its own)."""
    bootstrap, prefix = os.environ["BARE_GATEWAY"].split()
    return BareGateway(bootstrap, prefix)


if __name__ == "__main__":
    main()
