"""The baseline of the HTTP benchmarks: a bare ASGI app answering a constant JSON body,
with its length declared as every memstream JSON answer has it (without one, uvicorn
sends the body chunked, in a write of its own)."""

from __future__ import annotations

from typing import Any

BODY = b'{"status":"ok"}'


async def answer(send: Any, body: bytes) -> None:
    """A 200 with a JSON `body` of declared length."""
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "http":
        await answer(send, BODY)


def main() -> None:
    """`python -m bench.bare_app --port N [--workers W]`: the app under the services' own
    server (memstream.web.server), so the comparison is of the app alone."""
    import argparse

    import uvicorn
    from uvicorn.supervisors import Multiprocess

    from memstream.settings import HttpSettings
    from memstream.web.server import server_config

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    config = server_config(
        "bench.bare_app:app",
        HttpSettings(port=args.port),
        workers=args.workers,
        log_level="warning",
    )
    if args.workers == 1:
        uvicorn.Server(config).run()
    else:
        Multiprocess(config, sockets=[config.bind_socket()]).run()


if __name__ == "__main__":
    main()
