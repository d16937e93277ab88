"""Recall@k on the retrieval benchmark, through the extractor's real add path.

Every turn is one add (`messages: [turn]`, the turn's `name` when it has one, metadata
`{"turn_id": ...}`) of its user, through `Adder` (context, extraction, embeddings, dedup,
upsert) on qdrant-edge, without Kafka; then each question is embedded and searched among
its user's memories (top 10, no threshold), and a question is answered at k when one of
the first k memories comes from a turn labelled as its answer.

- verbatim: `infer: false`, the turns as they are (the reference);
- rules: `infer: true` with the offline rule-based extractor (issue 15 item 6: its
  recall@10 must reach 90% of the verbatim one on the same questions).

Both with all-MiniLM-L6-v2. Issue 16 adds its dense/hybrid and mem0 runs beside these.

python -m bench.retrieval.harness
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from qdrant_client import models

from bench.retrieval.data import QUESTIONS, TURNS
from memstream.contracts import payload as fields
from memstream.contracts.events import SourcePosition
from memstream.contracts.projects import ProjectSettings
from memstream.llm.embedders import Embedder, MiniLMEmbedder
from memstream.services.extractor.adding import Adder
from memstream.services.extractor.extraction import Extractor, RuleBasedExtractor
from memstream.services.extractor.retry import StoreCalls
from memstream.services.extractor.store import MemoryStore
from memstream.settings import ExtractorSettings, QdrantSettings
from memstream.store.leases import acquire, release
from memstream.testing.data import request_record

__all__ = ["recall", "run_retrieval_bench"]

KS = (5, 10)


def _users_memories(user: str) -> models.Filter:
    return models.Filter(
        must=[models.FieldCondition(key="user_id", match=models.MatchValue(value=user))],
        must_not=[
            models.FieldCondition(
                key=fields.KIND, match=models.MatchAny(any=list(fields.HIDDEN_KINDS))
            )
        ],
    )


async def recall(
    extractor: Extractor, embedder: Embedder, infer: bool, workdir: Path
) -> dict[str, Any]:
    """recall@k overall and recall@10 per question class, for one way of adding."""
    store = MemoryStore(acquire(QdrantSettings(path=workdir, collection="retrieval")))
    await store.ensure_collection(embedder.dims)
    adder = Adder(
        extractor,
        embedder,
        store,
        StoreCalls(store.healthy, 10.0),
        ExtractorSettings(),
        ProjectSettings.defaults,
    )
    try:
        for offset, turn in enumerate(TURNS):
            message: dict[str, Any] = {"role": "user", "content": turn.content}
            if turn.name:
                message["name"] = turn.name
            body = {
                "messages": [message],
                "user_id": turn.user,
                "infer": infer,
                "metadata": {"turn_id": turn.id},
            }
            await adder.add(request_record(body), SourcePosition(partition=0, offset=offset))
        vectors = await embedder.embed([q.text for q in QUESTIONS])
        hits: dict[int, int] = defaultdict(int)
        by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for question, vector in zip(QUESTIONS, vectors, strict=True):
            found = await store.search(vector, _users_memories(question.user), max(KS), -1.0)
            turns = [(f.payload.get(fields.METADATA) or {}).get("turn_id") for f in found]
            for k in KS:
                hits[k] += any(t in question.turns for t in turns[:k])
            by_kind[question.kind][0] += any(t in question.turns for t in turns[: max(KS)])
            by_kind[question.kind][1] += 1
    finally:
        await release(store.vectors)
    total = len(QUESTIONS)
    return {
        **{f"recall_at_{k}": hits[k] / total for k in KS},
        "by_kind": {kind: answered / n for kind, (answered, n) in sorted(by_kind.items())},
    }


async def run_retrieval_bench(workdir: Path) -> dict[str, float]:
    embedder = MiniLMEmbedder()
    verbatim = await recall(RuleBasedExtractor(), embedder, False, workdir / "verbatim")
    rules = await recall(RuleBasedExtractor(), embedder, True, workdir / "rules")
    figures: dict[str, float] = {
        "retrieval_questions": len(QUESTIONS),
        "retrieval_turns": len(TURNS),
    }
    for name, found in (("verbatim", verbatim), ("rules", rules)):
        figures |= {f"retrieval_{name}_{k}": v for k, v in found.items() if k != "by_kind"}
        figures |= {f"retrieval_{name}_r10_{c}": v for c, v in found["by_kind"].items()}
    figures["retrieval_rules_vs_verbatim_r10_pct"] = (
        100 * rules["recall_at_10"] / verbatim["recall_at_10"]
    )
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="memstream-retrieval-") as tmp:
        figures = asyncio.run(run_retrieval_bench(Path(tmp)))
    width = max(map(len, figures))
    for name, value in figures.items():
        sys.stdout.write(f"{name:<{width}}  {value:8.3f}\n")


if __name__ == "__main__":
    main()
