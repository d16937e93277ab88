"""A fake OpenAI-compatible server: chat completions, embeddings and a rerank endpoint
(Cohere's shape: a document's relevance is the share of the query's words it holds)
over real HTTP.

Tests and benchmarks run it in its own process (`python -m memstream.testing.fakes.openai_server
--port N`) and script it through `/_fake/*`:

- `POST /_fake/config` `{"rules": [...], "latency_s": 0.0}`: a chat request whose
  transcript contains a rule's `match` gets that rule's answer: `status` (default 200),
  `content` (the assistant message), `delay_s`, `retry_after` (header on errors), and
  `times` (apply only to the first N matching calls). Without a matching rule the answer
  is Mem0's v3 shape with one memory per user line of the prompt's last "## New Messages"
  section (or of the whole transcript, without one): `{"memory": [{"id": "0", "text":
  <the line>, "attributed_to": "user"}, ...]}`.
- `GET /_fake/calls`: counts of chat and embedding calls, per rule too.
- `GET /_fake/prompts?match=...`: the last 1,000 chat requests' messages (those whose
  transcript contains `match`), oldest first: what the LLM saw.
- `POST /_fake/reset`.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import re
import time
from collections import deque
from typing import Any

import numpy as np
import orjson
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

DIMS = 64


class _State:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.rules: list[dict[str, Any]] = []
        self.latency_s = 0.0
        self.calls: dict[str, int] = {"chat": 0, "embeddings": 0, "rerank": 0}
        self.rule_hits: dict[str, int] = {}
        self.prompts: deque[list[dict[str, Any]]] = deque(maxlen=1000)


STATE = _State()


def _json(body: object, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status, headers, media_type="application/json")


def _vector(text: str) -> np.ndarray[Any, np.dtype[np.float32]]:
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
    vector = np.random.default_rng(seed).standard_normal(DIMS).astype(np.float32)
    return vector / np.linalg.norm(vector)


_NEW_MESSAGES = "## New Messages\n"
_USER_LINE = re.compile(r"^user(?: \[[^\]]*\])?: (.+)$")


def _default_memories(transcript: str) -> str:
    """One memory per user line of the new messages (Mem0's v3 answer shape)."""
    if _NEW_MESSAGES in transcript:
        transcript = transcript.rsplit(_NEW_MESSAGES, 1)[1].split("\n\n#", 1)[0]
    lines = [m.group(1) for m in map(_USER_LINE.match, transcript.splitlines()) if m]
    memory = [{"id": str(i), "text": t, "attributed_to": "user"} for i, t in enumerate(lines)]
    return orjson.dumps({"memory": memory}).decode()


def _matching_rule(transcript: str) -> dict[str, Any] | None:
    for rule in STATE.rules:
        if rule["match"] not in transcript:
            continue
        hits = STATE.rule_hits.get(rule["match"], 0)
        if rule.get("times") is not None and hits >= rule["times"]:
            continue
        STATE.rule_hits[rule["match"]] = hits + 1
        return rule
    return None


async def chat(request: Request) -> Response:
    body = orjson.loads(await request.body())
    STATE.calls["chat"] += 1
    STATE.prompts.append(body["messages"])
    transcript = "\n".join(str(m.get("content", "")) for m in body["messages"])
    rule = _matching_rule(transcript) or {}
    await asyncio.sleep(rule.get("delay_s", STATE.latency_s))
    status = rule.get("status", 200)
    if status != 200:
        headers = {"retry-after": str(rule["retry_after"])} if "retry_after" in rule else None
        return _json({"error": {"message": "scripted failure", "type": "fake"}}, status, headers)
    content = rule.get("content", _default_memories(transcript))
    return _json(
        {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }
    )


async def embeddings(request: Request) -> Response:
    body = orjson.loads(await request.body())
    STATE.calls["embeddings"] += 1
    texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
    as_base64 = body.get("encoding_format") == "base64"
    data = []
    for index, text in enumerate(texts):
        vector = _vector(str(text))
        encoded: object = (
            base64.b64encode(vector.tobytes()).decode() if as_base64 else vector.tolist()
        )
        data.append({"object": "embedding", "index": index, "embedding": encoded})
    return _json(
        {
            "object": "list",
            "data": data,
            "model": body.get("model", "fake"),
            "usage": {"prompt_tokens": 1, "total_tokens": 1},
        }
    )


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


async def rerank(request: Request) -> Response:
    body = orjson.loads(await request.body())
    STATE.calls["rerank"] += 1
    query = _words(str(body["query"]))
    scores = [
        len(query & _words(str(document))) / max(1, len(query)) for document in body["documents"]
    ]
    ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    top_n = int(body.get("top_n") or len(ranked))
    results = [{"index": i, "relevance_score": scores[i]} for i in ranked[:top_n]]
    return _json({"id": "fake-rerank", "results": results, "meta": {}})


async def configure(request: Request) -> Response:
    body = orjson.loads(await request.body())
    STATE.rules = list(body.get("rules", []))
    STATE.latency_s = float(body.get("latency_s", 0.0))
    return _json({"ok": True})


async def calls(_: Request) -> Response:
    return _json({**STATE.calls, "rules": STATE.rule_hits})


async def prompts(request: Request) -> Response:
    match = request.query_params.get("match", "")
    return _json(
        [
            messages
            for messages in STATE.prompts
            if match in "\n".join(str(m.get("content", "")) for m in messages)
        ]
    )


async def reset(_: Request) -> Response:
    STATE.reset()
    return _json({"ok": True})


async def health(_: Request) -> Response:
    return _json({"ok": True})


app = Starlette(
    routes=[
        Route("/v1/chat/completions", chat, methods=["POST"]),
        Route("/v1/embeddings", embeddings, methods=["POST"]),
        Route("/v1/rerank", rerank, methods=["POST"]),
        Route("/_fake/config", configure, methods=["POST"]),
        Route("/_fake/calls", calls),
        Route("/_fake/prompts", prompts),
        Route("/_fake/reset", reset, methods=["POST"]),
        Route("/_fake/health", health),
    ]
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    # Keep-alive longer than the clients' pools (aiohttp keeps an idle connection 15 s):
    # at uvicorn's 5 s a client could reuse a connection the server was closing, and a
    # test client without retries failed its call.
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=args.port,
        log_level="warning",
        access_log=False,
        timeout_keep_alive=75,
    )


if __name__ == "__main__":
    main()
