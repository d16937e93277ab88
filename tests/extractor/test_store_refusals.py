"""A Qdrant server that answers 500 for one request while it serves the others: that
event FAILS at once, naming the store's answer, instead of holding its scope for the
store's whole retry deadline; the scope's next request goes through."""

from __future__ import annotations

from pathlib import Path

from memstream.kafka.tansu import EmbeddedTansu
from memstream.settings import QdrantSettings
from memstream.testing.fakes.qdrant_server import REFUSED_MARKER
from memstream.testing.processes import qdrant_front
from tests.support import make_settings, running_stack


async def test_a_request_the_store_refuses_fails_at_once_and_the_scope_goes_on(
    broker: EmbeddedTansu, tmp_path: Path
) -> None:
    with qdrant_front(tmp_path / "qdrant") as url:
        settings = make_settings(broker.bootstrap, tmp_path / "unused")
        settings = settings.model_copy(
            update={"qdrant": QdrantSettings(url=url, collection="memories")}
        )
        async with running_stack(settings, names=("ingest", "status", "extractor")) as stack:

            def body(text: str) -> dict[str, object]:
                return {
                    "messages": [{"role": "user", "content": text}],
                    "user_id": "refused",
                    "infer": False,
                }

            refused = await stack.add(body(f"Remember {REFUSED_MARKER}."))
            after = await stack.add(body("I like green tea."))
            # The store's retry deadline is 300 s: a 500 retried as transient never ends here.
            failed = await stack.wait_for_event(refused["event_id"], timeout_s=20)
            done = await stack.wait_for_event(after["event_id"], timeout_s=20)
    assert failed["status"] == "FAILED"
    assert "memory store refused" in failed["error"] and "HTTP 500" in failed["error"]
    assert done["status"] == "SUCCEEDED"
