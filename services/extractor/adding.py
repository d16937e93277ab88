"""One add, from its messages to the points it writes (the pipeline runs it).

1. context (infer: true): the new messages embedded once; the scope's most similar
   memories added before the record and its conversation's last messages (context.py);
2. extraction: one LLM call (or the rules, or the messages verbatim with infer: false);
3. the candidates' stored points, the scope's registry entry (and, with infer: false,
   its conversation) read in one lookup; the candidates embedded in one call;
4. infer: true: offline includes/excludes, near-duplicates (the closest memories added
   before the record, and the add's own earlier candidates: dedup.py), offline links
   and categories;
5. one upsert: the memories, the scope's registry entry, its conversation.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from qdrant_client import models

from memstream.contracts import payload as fields
from memstream.contracts.categories import category_map
from memstream.contracts.changes import MemoryChange
from memstream.contracts.entities import MessageRole
from memstream.contracts.events import MemoryResult, SourcePosition
from memstream.contracts.ids import conversation_id, scope_key
from memstream.contracts.projects import ProjectSettings
from memstream.contracts.requests import AddRequest
from memstream.llm.embedders import Embedder
from memstream.observability import metrics
from memstream.settings import ExtractorSettings
from memstream.store.base import Found, MemoryPoint

from .categories import CategoryAssigner
from .context import conversation_messages, memories_before, observation, recent_before
from .dedup import ALIKE_FROM, Nearest, repeated, swapped
from .extraction import Extractor, verbatim_memories
from .memories import (
    AddPlan,
    Candidate,
    candidates,
    exact_repeat,
    merged_metadata,
    plan_add,
    result_of,
    scope_entry,
)
from .neighbourhood import Neighbourhood
from .prompt import ExtractionJob
from .retry import StoreCalls
from .store import ONLY_TEXT, MemoryIndex
from .within import closest_earlier

__all__ = ["Adder", "job_for"]

Vector = list[float]
QUERY_LIMIT = 2_000  # characters of the new messages embedded to find similar memories
# Offline includes/excludes: similarity of a memory to the text from which it matches.
INCLUDES_FROM = 0.25
EXCLUDES_FROM = 0.35
ANY_SCORE = -1.0  # the context's similar memories are the closest ones, however far
DEDUP_CANDIDATES = 3  # stored memories a new one is compared with (dedup.repeated)


def job_for(request: AddRequest, project: ProjectSettings) -> ExtractionJob:
    """The extraction job of `request`, without its context: the add's own settings win
    over the project's."""
    agent_scoped = request.agent_id is not None and request.user_id is None
    instructions = request.custom_instructions or project.custom_instructions
    if agent_scoped:
        instructions = (
            request.agent_custom_instructions or project.agent_custom_instructions or instructions
        )
    return ExtractionJob(
        messages=request.messages,
        observed=observation(request),
        categories=category_map(request.custom_categories or project.custom_categories),
        custom_instructions=instructions,
        includes=request.includes,
        excludes=request.excludes,
        agent_scoped=agent_scoped,
    )


def _query(request: AddRequest) -> str:
    text = "\n".join(m.content for m in request.messages if m.role is not MessageRole.SYSTEM)
    return text[-QUERY_LIMIT:]


# Candidates of one add compared on the event loop; more go to a thread (the matrix
# products of 10,000 take seconds). The loop is also yielded every so many candidates.
_WITHIN_ON_LOOP = 64
_YIELD_EVERY = 64


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    return float(np.dot(np.asarray(a, dtype=np.float32), np.asarray(b, dtype=np.float32)))


class Adder:
    def __init__(
        self,
        extractor: Extractor,
        embedder: Embedder,
        store: MemoryIndex,
        stored: StoreCalls,
        settings: ExtractorSettings,
        projects: Callable[[str, str], ProjectSettings],
    ) -> None:
        self._extractor = extractor
        self._embedder = embedder
        self._store = store
        self._stored = stored
        self._settings = settings
        self._projects = projects
        self._categories = CategoryAssigner(embedder)
        self.stage = ""

    async def add(
        self, request: AddRequest, source: SourcePosition
    ) -> tuple[list[MemoryResult], list[MemoryChange]]:
        """The event's results and its history items; `stage` names the step running."""
        self.stage = "reading the scope's context"
        scope = scope_key(request.org_id, request.project_id, request)
        conversation_key, entry_id = conversation_id(scope), scope_entry(request)
        job = job_for(request, self._projects(request.org_id, request.project_id))
        conversation, around = None, None
        where = memories_before(request, source)  # what the add's searches may see
        if request.infer:
            job, conversation, around = await self._context(request, source, where, job)
            self.stage = "extracting memories"
            extracted = await self._extractor.extract(job)
        else:
            extracted = verbatim_memories(request.messages)
        self.stage = "looking up existing memories"
        found = candidates(request, extracted)
        wanted = [*(c.id for c in found), entry_id]
        if not request.infer:
            wanted.append(conversation_key)
        stored = await self._stored(lambda: self._store.lookup(wanted))
        conversation = conversation if request.infer else stored.get(conversation_key)
        self.stage = "embedding memories"
        own = str(request.event_id)
        # An exact repeat needs no vector unless it is written again: as this event's own
        # (a redelivery) or with new metadata merged in.
        needed = [
            c
            for c in found
            if not exact_repeat(c, stored)
            or stored[c.id].get(fields.EVENT_ID) == own
            or merged_metadata(stored[c.id], request) is not None
        ]
        vectors = dict(
            zip(
                (c.id for c in needed),
                await self._embedder.embed([c.text for c in needed]),
                strict=True,
            )
        )
        duplicates: dict[str, Nearest] = {}
        if request.infer:
            self.stage = "finding near-duplicates"
            found, duplicates = await self._refine(where, job, found, vectors, around)
        else:
            found = await self._described(found, vectors, {}, job, offline=False)
        plan = plan_add(request, found, stored, source, entry_id, duplicates)
        self.stage = "storing memories"
        messages = conversation_messages(conversation, request, source)
        owner = {fields.ORG_ID: request.org_id, fields.PROJECT_ID: request.project_id}
        talk = fields.conversation_payload(
            {**owner, **request.entity_values()}, messages, own, source
        )
        points = _points(plan, vectors, entry_id)
        points.append(MemoryPoint(conversation_key, self._talk_vector(around, points), talk))
        await self._stored(lambda: self._store.upsert(points))
        return [result_of(request, o) for o in plan.results], plan.changes

    def _talk_vector(self, around: Neighbourhood | None, points: list[MemoryPoint]) -> Vector:
        """A vector for the conversation's point (the collection needs one of its size)."""
        if around is not None:
            return list(around.query)
        return points[0].vector if points else _unit(self._embedder.dims)

    async def _context(
        self,
        request: AddRequest,
        source: SourcePosition,
        where: models.Filter,
        job: ExtractionJob,
    ) -> tuple[ExtractionJob, dict[str, Any] | None, Neighbourhood | None]:
        """The job with its context; the conversation's point; the context search."""
        settings = self._settings
        scope = scope_key(request.org_id, request.project_id, request)
        key = conversation_id(scope)
        around: Neighbourhood | None = None
        similar: list[Found] = []
        looked_up = self._stored(lambda: self._store.lookup([key]))
        if settings.context_memories:
            [query] = await self._embedder.embed([_query(request)])
            searched = self._stored(
                lambda: self._store.search(
                    query, where, settings.context_memories, ANY_SCORE, ONLY_TEXT
                )
            )
            similar, stored = await asyncio.gather(searched, looked_up)
            scores = [f.score or 0.0 for f in similar]
            around = Neighbourhood(query, scores, len(similar) < settings.context_memories)
        else:
            stored = await looked_up
        conversation = stored.get(key)
        job = dataclasses.replace(
            job,
            existing=[(f.id, str(f.payload.get(fields.MEMORY, ""))) for f in similar],
            recent=recent_before(conversation, source, settings.context_messages),
        )
        return job, conversation, around

    async def _refine(
        self,
        where: models.Filter,
        job: ExtractionJob,
        found: list[Candidate],
        vectors: dict[str, Vector],
        around: Neighbourhood | None,
    ) -> tuple[list[Candidate], dict[str, Nearest]]:
        """Offline includes/excludes, near-duplicates, offline links and categories."""
        offline = not self._extractor.understands_text
        if offline and (job.includes or job.excludes):
            found = await self._matching(found, vectors, job.includes, job.excludes)
        embedded = [c for c in found if c.id in vectors]
        nearest = await self._nearest(where, embedded, vectors, around)
        duplicates: dict[str, Nearest] = {}
        kept: list[Candidate] = []
        threshold = self._settings.dedup_threshold
        within: dict[str, list[Nearest]] = {}
        alike: Callable[[str, str], bool] | None = None
        if self._settings.dedup:
            within = await self._within(embedded, vectors)
            alike = await self._alike(embedded, within, nearest)
        kept_ids: set[str] = set()
        for index, candidate in enumerate(found):
            if alike is not None and candidate.id in within:
                if index % _YIELD_EVERY == 0:
                    await asyncio.sleep(0)  # a long add leaves the loop its heartbeats
                earlier = [n for n in within[candidate.id] if n.id in kept_ids]
                closest = [*nearest.get(candidate.id, []), *earlier]
                same = repeated(candidate.text, closest, threshold, alike)
                if same is not None:
                    duplicates[candidate.id] = same
                    continue
            kept.append(candidate)
            kept_ids.add(candidate.id)
        closest_stored = {cid: hits[0] for cid, hits in nearest.items() if hits}
        return await self._described(found, vectors, closest_stored, job, offline), duplicates

    async def _within(
        self, found: list[Candidate], vectors: dict[str, Vector]
    ) -> dict[str, list[Nearest]]:
        """Each candidate's closest earlier candidates of the same add over the threshold
        (within.py), in a thread when the add is large enough for it to take a while."""
        threshold = self._settings.dedup_threshold
        embedded = [vectors[c.id] for c in found]
        if len(found) > _WITHIN_ON_LOOP:
            closest = await asyncio.to_thread(closest_earlier, embedded, threshold)
        else:
            closest = closest_earlier(embedded, threshold)
        return {
            c.id: [Nearest(found[j].id, found[j].text, score) for j, score in hits]
            for c, hits in zip(found, closest, strict=True)
        }

    async def _alike(
        self,
        found: list[Candidate],
        within: dict[str, list[Nearest]],
        nearest: dict[str, list[Nearest]],
    ) -> Callable[[str, str], bool]:
        """Whether two phrases swapped between memories close enough to be one fact name
        one thing (dedup.swapped), by their own embeddings: every such swap the dedup may
        meet, embedded in one call, and only those."""
        threshold = self._settings.dedup_threshold
        pairs = [
            (c.text, n.text)
            for c in found
            for n in (*nearest.get(c.id, []), *within.get(c.id, []))
            if n.score >= threshold
        ]
        phrases = sorted({p for a, b in pairs if (swap := swapped(a, b)) for p in swap})
        if not phrases:
            return lambda one, other: True
        embedded = dict(zip(phrases, await self._embedder.embed(phrases), strict=True))
        return lambda one, other: _cosine(embedded[one], embedded[other]) >= ALIKE_FROM

    async def _nearest(
        self,
        where: models.Filter,
        found: list[Candidate],
        vectors: dict[str, Vector],
        around: Neighbourhood | None,
    ) -> dict[str, list[Nearest]]:
        """The stored memories closest to each candidate (added before the record), the
        closest first: a paraphrase's closest may be a near-miss ("User studied X" for
        "User is studying X") and the next one its fact. No search for a candidate whose
        neighbourhood the context search already proves empty."""
        settings = self._settings
        offline = not self._extractor.understands_text
        if not found or not (settings.dedup or offline):
            return {}
        # Links to the closest memory are made offline only (the LLM gives its own).
        floor = min(settings.dedup_threshold, settings.link_threshold)
        if not offline:
            floor = settings.dedup_threshold

        async def closest(candidate: Candidate) -> tuple[str, list[Found]]:
            vector = vectors[candidate.id]
            if around is not None and around.rules_out(vector, floor):
                metrics.NEAR_DUPLICATE_SEARCHES.labels("ruled_out").inc()
                return candidate.id, []
            metrics.NEAR_DUPLICATE_SEARCHES.labels("searched").inc()
            hits = await self._stored(
                lambda: self._store.search(vector, where, DEDUP_CANDIDATES, floor, ONLY_TEXT)
            )
            return candidate.id, hits

        answers = await asyncio.gather(*(closest(c) for c in found))
        return {
            cid: [
                Nearest(hit.id, str(hit.payload.get(fields.MEMORY, "")), hit.score or 0.0)
                for hit in hits
            ]
            for cid, hits in answers
        }

    async def _matching(
        self,
        found: list[Candidate],
        vectors: dict[str, Vector],
        includes: str | None,
        excludes: str | None,
    ) -> list[Candidate]:
        """Offline: the candidates that resemble `includes` and not `excludes`."""
        texts = [t for t in (includes, excludes) if t]
        hints = dict(zip(texts, await self._embedder.embed(texts), strict=True))
        kept = []
        for candidate in found:
            vector = vectors.get(candidate.id)
            if vector is None:
                kept.append(candidate)
                continue
            if includes and _cosine(vector, hints[includes]) < INCLUDES_FROM:
                continue
            if excludes and _cosine(vector, hints[excludes]) >= EXCLUDES_FROM:
                continue
            kept.append(candidate)
        return kept

    async def _described(
        self,
        found: list[Candidate],
        vectors: dict[str, Vector],
        nearest: dict[str, Nearest],
        job: ExtractionJob,
        offline: bool,
    ) -> list[Candidate]:
        """Categories the extraction did not give, from the embeddings; offline, a link to
        the closest stored memory when it is close enough."""
        missing = [c for c in found if c.extracted.categories is None and c.id in vectors]
        assigned = await self._categories.assign([vectors[c.id] for c in missing], job.categories)
        categories = {c.id: names for c, names in zip(missing, assigned, strict=True)}
        described = []
        for candidate in found:
            item = candidate.extracted
            if candidate.id in categories:
                item = dataclasses.replace(item, categories=categories[candidate.id])
            closest = nearest.get(candidate.id)
            if offline and closest is not None and closest.score >= self._settings.link_threshold:
                item = dataclasses.replace(item, linked_memory_ids=(closest.id,))
            described.append(dataclasses.replace(candidate, extracted=item))
        return described


def _unit(dims: int) -> Vector:
    return [1.0] + [0.0] * (dims - 1)


def _points(plan: AddPlan, vectors: dict[str, Vector], entry_id: str) -> list[MemoryPoint]:
    """The memories to write, and the scope's registry entry when its count changed (it
    needs a vector of the collection's size: its first new memory's)."""
    points = [MemoryPoint(w.candidate.id, vectors[w.candidate.id], w.payload) for w in plan.writes]
    if plan.entry is not None and points:
        points.append(MemoryPoint(entry_id, points[0].vector, plan.entry))
    return points
