"""A Qdrant REST front over qdrant-client's local mode, for tests with several processes.

Qdrant local mode locks its directory to one process, and no Qdrant server can run
here, so tests that SIGKILL extractor processes share one store through this: the
subset of the Qdrant REST API memstream uses (collections, payload indexes, retrieve, upsert,
count, scroll, query, delete), each call answered by the real local-mode engine.

    python -m memstream.testing.fakes.qdrant_server --port N [--path DIR]

Without `--path` the store lives in memory (its writes are an order of magnitude faster
than local mode's on disk): for tests whose store never outlives the front.

An upsert of a memory containing `REFUSED_MARKER` is answered 500, as a Qdrant server
answers a request it fails on (e.g. a payload it cannot read) while it serves others.
"""

from __future__ import annotations

import argparse
from importlib.metadata import version
from typing import Any

import orjson
import uvicorn
from qdrant_client import QdrantClient, models
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

CLIENT: QdrantClient | None = None
REFUSED_MARKER = "qdrant-fails-on-this"


def _client() -> QdrantClient:
    assert CLIENT is not None
    return CLIENT


def _ok(result: Any) -> Response:
    if hasattr(result, "model_dump"):
        result = result.model_dump(mode="json")
    elif isinstance(result, list):
        result = [r.model_dump(mode="json") if hasattr(r, "model_dump") else r for r in result]
    body = {"result": result, "status": "ok", "time": 0.0}
    return Response(orjson.dumps(body), media_type="application/json")


def qdrant_version() -> str:
    return version("qdrant-client")


async def root(_: Request) -> Response:
    return Response(orjson.dumps({"title": "qdrant-local-front", "version": qdrant_version()}))


async def exists(request: Request) -> Response:
    return _ok({"exists": _client().collection_exists(request.path_params["name"])})


async def collection(request: Request) -> Response:
    name = request.path_params["name"]
    if request.method == "PUT":
        spec = models.CreateCollection.model_validate_json(await request.body())
        return _ok(
            _client().create_collection(
                name, vectors_config=spec.vectors, sparse_vectors_config=spec.sparse_vectors
            )
        )
    if not _client().collection_exists(name):
        return Response(orjson.dumps({"status": {"error": "Not found"}}), 404)
    return _ok(_client().get_collection(name))


async def points(request: Request) -> Response:
    name = request.path_params["name"]
    if request.method == "PUT":
        batch = models.PointsList.model_validate_json(await request.body())
        if any(REFUSED_MARKER in str((p.payload or {}).get("memory")) for p in batch.points):
            error = {"status": {"error": "Service internal error: cannot process this point"}}
            return Response(orjson.dumps(error), 500, media_type="application/json")
        return _ok(_client().upsert(name, points=batch.points, wait=True))
    query = models.PointRequest.model_validate_json(await request.body())
    return _ok(
        _client().retrieve(
            name,
            ids=query.ids,
            with_payload=query.with_payload if query.with_payload is not None else True,
            with_vectors=query.with_vector or False,
        )
    )


async def index(request: Request) -> Response:
    # Local mode has no payload indexes: accepted and ignored, as qdrant-client does.
    return _ok({"operation_id": 0, "status": "completed"})


async def count(request: Request) -> Response:
    query = models.CountRequest.model_validate_json(await request.body() or b"{}")
    return _ok(_client().count(request.path_params["name"], count_filter=query.filter, exact=True))


async def scroll(request: Request) -> Response:
    query = models.ScrollRequest.model_validate_json(await request.body() or b"{}")
    found, next_offset = _client().scroll(
        request.path_params["name"],
        scroll_filter=query.filter,
        limit=query.limit or 10,
        offset=query.offset,
        with_payload=query.with_payload if query.with_payload is not None else True,
        with_vectors=query.with_vector or False,
    )
    return _ok(
        {"points": [p.model_dump(mode="json") for p in found], "next_page_offset": next_offset}
    )


async def query(request: Request) -> Response:
    asked = models.QueryRequest.model_validate_json(await request.body())
    return _ok(
        _client().query_points(
            request.path_params["name"],
            query=asked.query,
            query_filter=asked.filter,
            limit=asked.limit or 10,
            offset=asked.offset,
            score_threshold=asked.score_threshold,
            with_payload=asked.with_payload if asked.with_payload is not None else True,
        )
    )


async def delete(request: Request) -> Response:
    selector = models.PointIdsList.model_validate_json(await request.body())
    return _ok(_client().delete(request.path_params["name"], points_selector=selector, wait=True))


app = Starlette(
    routes=[
        Route("/", root),
        Route("/collections/{name}/exists", exists),
        Route("/collections/{name}", collection, methods=["GET", "PUT"]),
        Route("/collections/{name}/points", points, methods=["POST", "PUT"]),
        Route("/collections/{name}/index", index, methods=["PUT"]),
        Route("/collections/{name}/points/count", count, methods=["POST"]),
        Route("/collections/{name}/points/scroll", scroll, methods=["POST"]),
        Route("/collections/{name}/points/query", query, methods=["POST"]),
        Route("/collections/{name}/points/delete", delete, methods=["POST"]),
    ]
)


def main() -> None:
    global CLIENT
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", default=None, help="unset: in memory")
    args = parser.parse_args()
    CLIENT = QdrantClient(path=args.path) if args.path else QdrantClient(location=":memory:")
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
