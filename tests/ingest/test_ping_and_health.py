"""`GET /v1/ping/`, liveness and readiness."""

from __future__ import annotations

import asyncio

from memstream.testing.data import KEY_B, auth
from tests.support import Stack


async def test_ping_answers_with_the_keys_org_and_project(rules_stack: Stack) -> None:
    response = await rules_stack.http.get("/v1/ping/", headers=auth(KEY_B))
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "org_id": "org-1",
        "project_id": "project-b",
        "user_email": None,
    }


async def test_ping_with_a_bad_key_is_401(rules_stack: Stack) -> None:
    response = await rules_stack.http.get("/v1/ping/", headers=auth("wrong"))
    assert response.status_code == 401
    assert response.json()["detail"] == "Invalid API key."


async def test_health_endpoints_report_ready(rules_stack: Stack) -> None:
    everything = {"ingest": True, "status": True, "query": True, "extractor": True}
    alive = (await rules_stack.http.get("/healthz")).json()
    assert alive == {"status": "ok", "components": everything}
    # Readiness is a broker round trip within 1 s, as the kubelet's probe sees it: on this
    # shared 2-core machine, with the other tests loading the broker, one may miss it, and
    # a kubelet tries again too. Not ready throughout is the failure.
    async with asyncio.timeout(20):
        while (ready := await rules_stack.http.get("/readyz")).status_code != 200:
            assert ready.status_code == 503, ready.text
            await asyncio.sleep(0.5)
    assert ready.json()["components"] == everything


async def test_openapi_documents_the_mem0_paths_and_their_errors(rules_stack: Stack) -> None:
    document = (await rules_stack.http.get("/openapi.json")).json()
    paths = document["paths"]
    assert {"/v3/memories/add/", "/v1/ping/", "/v1/event/{event_id}/", "/v1/events/"} <= set(paths)
    add = paths["/v3/memories/add/"]["post"]
    assert set(add["responses"]) == {"200", "400", "401", "413", "415", "429", "500", "503"}
    assert add["requestBody"]["content"]["application/json"]["schema"]["required"] == ["messages"]
    error = add["responses"]["429"]["content"]["application/json"]["schema"]
    assert error == {"$ref": "#/components/schemas/ErrorBody"}
    assert document["components"]["schemas"]["ErrorBody"]["required"] == ["detail"]
    assert {"200", "401", "404"} <= set(paths["/v1/event/{event_id}/"]["get"]["responses"])
