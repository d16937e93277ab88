"""Extraction that knows what is already remembered, through the real broker, extractor
and store: what the one LLM call sees (the fake server records every prompt), linked ids,
attribution, categories, near-duplicates, and a record processed twice."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import orjson

from memstream.contracts.events import SourcePosition
from memstream.observability.request_ids import context_from_headers
from memstream.services.extractor.app import ExtractorService
from memstream.testing.data import auth, request_record
from memstream.testing.processes import FakeOpenAI
from tests.support import Stack, llm_answer

NEW_YEAR = 1_767_225_600  # 2026-01-01T00:00:00Z


def _marker() -> str:
    return uuid.uuid4().hex[:12]


async def _added(stack: Stack, body: dict[str, Any]) -> dict[str, Any]:
    accepted = await stack.add(body)
    event = await stack.wait_for_event(accepted["event_id"])
    assert event["status"] == "SUCCEEDED", event
    return event


def _says(user: str, text: str, **fields: Any) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}], "user_id": user, **fields}


def _prompt(fake: FakeOpenAI, match: str) -> str:
    """The user message of the one extraction call whose prompt holds `match`."""
    [messages] = fake.prompts(match)
    return str(messages[-1]["content"])


def _section(prompt: str, title: str) -> str:
    return prompt.split(f"## {title}\n", 1)[1].split("\n\n#", 1)[0]


async def _memory(stack: Stack, memory_id: str) -> dict[str, Any]:
    response = await stack.http.get(f"/v1/memories/{memory_id}/", headers=auth())
    assert response.status_code == 200, response.text
    found: dict[str, Any] = response.json()
    return found


async def test_the_prompt_holds_the_scopes_memories_and_messages_and_no_other_scopes(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    m = _marker()
    user, other = f"ctx-{m}", f"ctx-other-{m}"
    await _added(openai_stack, _says(user, f"I live in Paris {m}-a"))
    await _added(openai_stack, _says(other, f"I collect stamps {m}-secret"))
    await _added(openai_stack, _says(other, f"I live in Paris {m}-secret-too", run_id="r1"))
    # The observation date is the add's timestamp, in its time zone (the day before, in LA).
    body = _says(user, f"I play chess {m}-b", timestamp=NEW_YEAR, timezone="America/Los_Angeles")
    await _added(openai_stack, body)

    prompt = _prompt(fake_openai, f"{m}-b")
    existing = orjson.loads(_section(prompt, "Existing Memories"))
    assert existing == [{"id": "0", "text": f"I live in Paris {m}-a"}]
    assert _section(prompt, "Last k Messages") == f"user: I live in Paris {m}-a"
    assert _section(prompt, "New Messages") == f"user: I play chess {m}-b"
    assert _section(prompt, "Observation Date").startswith("2025-12-31 (Wednesday")
    assert "secret" not in prompt  # another user's, or another run's, scope


async def test_linked_short_ids_map_back_and_categories_and_attribution_are_read_back(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    m = _marker()
    user = f"links-{m}"
    # Categories the LLM gives: left to the fake embedder's random vectors, the first memory
    # would be "travel" now and then, and the filter below would rightly find it too.
    home = llm_answer(f"User lives in Paris {m}", categories=["personal_details"])
    fake_openai.script([{"match": f"{m}-home", "content": home}])
    [first] = (await _added(openai_stack, _says(user, f"I live in Paris {m}-home")))["results"]
    answer = llm_answer(
        f"User moved from Paris to Lyon {m}",
        attributed_to="assistant",
        linked_memory_ids=["0", "7", 0],  # "7" was never shown: dropped
        categories=["travel", "Personal_Details", "not-a-category"],
    )
    fake_openai.script([{"match": f"{m}-moved", "content": answer}])
    event = await _added(openai_stack, _says(user, f"I moved to Lyon {m}-moved"))
    [moved] = event["results"]
    assert moved["event"] == "ADD"

    memory = await _memory(openai_stack, moved["id"])
    assert memory["linked_memory_ids"] == [first["id"]]
    assert memory["attributed_to"] == "assistant"
    assert memory["categories"] == ["travel", "personal_details"]

    # The fake embedder's vectors are random: the query is the memory itself.
    filters = {"user_id": user, "categories": {"in": ["travel"]}}
    search = {"query": moved["data"]["memory"], "filters": filters}
    response = await openai_stack.http.post("/v3/memories/search/", json=search, headers=auth())
    assert response.status_code == 200, response.text
    [found] = response.json()["results"]
    assert (found["id"], found["categories"]) == (moved["id"], ["travel", "personal_details"])


async def test_categories_come_from_the_call_when_it_lists_its_own(rules_stack: Stack) -> None:
    user = f"cats-{_marker()}"
    body = _says(
        user,
        "I adopted a kitten named Miso.",
        custom_categories=[{"pets": "animals the user owns"}, {"cooking": "recipes"}],
    )
    [result] = (await _added(rules_stack, body))["results"]
    memory = await _memory(rules_stack, result["id"])
    assert memory["categories"] and set(memory["categories"]) <= {"pets", "cooking"}
    [default] = (await _added(rules_stack, _says(user, "I work as a nurse.")))["results"]
    categories = (await _memory(rules_stack, default["id"]))["categories"]
    assert categories and "pets" not in categories and "cooking" not in categories


async def test_top_level_categories_narrow_search_and_get_all(rules_stack: Stack) -> None:
    """Mem0's `categories` option of search and get_all: memories in any of them."""
    user = f"topcats-{_marker()}"
    [result] = (await _added(rules_stack, _says(user, "I adopted a kitten named Miso.")))["results"]
    [category, *_] = (await _memory(rules_stack, result["id"]))["categories"]
    for path, extra in (("/v3/memories/search/", {"query": "kitten"}), ("/v3/memories/", {})):
        found = {}
        for asked in ([category], ["no-such-category"]):
            body = {"filters": {"user_id": user}, "categories": asked, **extra}
            response = await rules_stack.http.post(path, json=body, headers=auth())
            assert response.status_code == 200, response.text
            found[asked[0]] = [m["id"] for m in response.json()["results"]]
        assert found == {category: [result["id"]], "no-such-category": []}, path


async def test_a_paraphrase_is_not_stored_and_near_misses_are(rules_stack: Stack) -> None:
    user = f"dedup-{_marker()}"
    [kept] = (await _added(rules_stack, _says(user, "I keep bees in my garden.")))["results"]
    paraphrase = await _added(rules_stack, _says(user, "I keep bees in my big garden."))
    assert paraphrase["results"] == [{**kept, "event": "NONE"}]
    for near_miss in ("My sister keeps bees in her garden.", "I kept bees in my garden."):
        [stored] = (await _added(rules_stack, _says(user, near_miss)))["results"]
        assert stored["event"] == "ADD" and stored["id"] != kept["id"], (stored, kept)
    listing = await rules_stack.http.post(
        "/v3/memories/", json={"filters": {"user_id": user}}, headers=auth()
    )
    assert sorted(m["memory"] for m in listing.json()["results"]) == [
        "User keeps bees in their garden",
        "User kept bees in their garden",
        "User's sister keeps bees in her garden",
    ]


async def test_a_paraphrase_closer_to_a_near_miss_than_to_its_fact_is_not_stored(
    rules_stack: Stack,
) -> None:
    """Its closest memory differs (past), the next one is the same fact: not stored."""
    user = f"dedup-next-{_marker()}"
    [kept] = (await _added(rules_stack, _says(user, "I keep bees in my garden.")))["results"]
    [past] = (await _added(rules_stack, _says(user, "I kept bees in my big old garden.")))[
        "results"
    ]
    assert past["event"] == "ADD", past
    paraphrase = await _added(rules_stack, _says(user, "I keep bees in my big old garden."))
    assert paraphrase["results"] == [{**kept, "event": "NONE"}]


async def test_a_record_processed_twice_sees_the_same_context_and_ends_the_same(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    """Invariant 2 with context: the second run must not see what the first one stored."""
    m = _marker()
    user = f"twice-{m}"
    await _added(openai_stack, _says(user, f"I live in Paris {m}-before"))
    pipeline = openai_stack.extractor.pipeline
    assert pipeline is not None
    record = request_record(_says(user, f"I play the cello {m}-twice"))
    # After everything the scope's partition holds (as a redelivery is).
    source = SourcePosition(partition=0, offset=10**12)
    context = context_from_headers(None, None)
    first, _ = await pipeline.process(record, source, context)
    second, _ = await pipeline.process(record, source, context)
    assert first.status.value == "SUCCEEDED"
    assert second.results == first.results
    one, two = (str(p[-1]["content"]) for p in fake_openai.prompts(f"{m}-twice"))
    assert one == two
    assert f"{m}-before" in _section(one, "Existing Memories")
    assert "cello" not in _section(one, "Existing Memories")
    assert "cello" not in _section(one, "Last k Messages")
    assert datetime.now(UTC).date().isoformat() in _section(one, "Observation Date")


async def test_recent_messages_survive_an_extractor_restart(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    """They live in the store (a point per scope), not in the consumer that saw them: a new
    extractor, like one a partition moves to, shows them to the LLM."""
    m = _marker()
    user = f"restart-{m}"
    await _added(openai_stack, _says(user, f"My sister lives in Rome {m}-before"))
    old = openai_stack.extractor
    await old.stop()
    new = ExtractorService(openai_stack.settings)
    await new.start()
    openai_stack.components[openai_stack.components.index(old)] = new  # stopped at teardown
    await _added(openai_stack, _says(user, f"I play chess {m}-after"))
    prompt = _prompt(fake_openai, f"{m}-after")
    assert _section(prompt, "Last k Messages") == f"user: My sister lives in Rome {m}-before"


async def test_the_prompt_shows_a_memory_as_its_last_change_left_it(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    """The extractor keeps the texts it wrote (services/extractor/texts.py) instead of
    reading them back: an update or a delete through the API is one of its writes."""
    m = _marker()
    user = f"changed-{m}"
    [first] = (await _added(openai_stack, _says(user, f"I live in Paris {m}-a")))["results"]
    await _added(openai_stack, _says(user, f"I play chess {m}-b"))  # the text was searched
    moved = {"text": f"I live in Rome {m}-a2"}
    url = f"/v1/memories/{first['id']}/"
    response = await openai_stack.http.put(url, json=moved, headers=auth())
    assert response.status_code == 200, response.text
    await _added(openai_stack, _says(user, f"I play tennis {m}-c"))
    shown = orjson.loads(_section(_prompt(fake_openai, f"{m}-c"), "Existing Memories"))
    assert moved["text"] in [e["text"] for e in shown]
    assert not any("Paris" in e["text"] for e in shown)

    assert (await openai_stack.http.delete(url, headers=auth())).status_code == 200
    await _added(openai_stack, _says(user, f"I play golf {m}-d"))
    shown = orjson.loads(_section(_prompt(fake_openai, f"{m}-d"), "Existing Memories"))
    assert shown and not any("Rome" in e["text"] for e in shown)


async def test_includes_excludes_and_agent_instructions_reach_the_llm(
    openai_stack: Stack, fake_openai: FakeOpenAI
) -> None:
    m = _marker()
    hints = {"includes": f"food {m}-inc", "excludes": f"work {m}-exc"}
    await _added(openai_stack, _says(f"hints-{m}", f"I like ramen {m}-hints", **hints))
    prompt = _prompt(fake_openai, f"{m}-hints")
    assert _section(prompt, "Includes (remember only this)") == f"food {m}-inc"
    assert _section(prompt, "Excludes (never remember this)") == f"work {m}-exc"

    agent = {
        "messages": [{"role": "user", "content": f"Always answer in French {m}-agent"}],
        "agent_id": f"agent-{m}",
        "custom_instructions": f"general {m}",
        "agent_custom_instructions": f"for agents {m}",
    }
    await _added(openai_stack, agent)
    [messages] = fake_openai.prompts(f"{m}-agent")
    system, user = (str(x["content"]) for x in messages)
    assert "belong to an AI agent" in system
    assert _section(user, "Custom Instructions") == f"for agents {m}"


async def test_offline_includes_and_excludes_keep_only_matching_memories(
    rules_stack: Stack,
) -> None:
    user = f"offline-hints-{_marker()}"
    text = "I love ramen. I work as a nurse. I play the violin."
    kept = await _added(rules_stack, _says(user, text, includes="ramen violin"))
    assert sorted(r["data"]["memory"] for r in kept["results"]) == [
        "User loves ramen",
        "User plays the violin",
    ]
    other = await _added(rules_stack, _says(f"{user}-x", text, excludes="nurse"))
    assert "User works as a nurse" not in [r["data"]["memory"] for r in other["results"]]
    assert len(other["results"]) == 2
