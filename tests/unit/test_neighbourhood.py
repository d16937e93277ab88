"""The context search's scores rule a near-duplicate search out only when none can exist."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from services.extractor.neighbourhood import Neighbourhood, cosine

LIMIT = 4  # the context search's limit in these tests


def _context_search(query: np.ndarray, stored: list[np.ndarray]) -> Neighbourhood:
    """What the store's context search gives: the best LIMIT scores, best first."""
    scores = sorted((cosine(query, m) for m in stored), reverse=True)[:LIMIT]
    return Neighbourhood(list(query), scores, exhaustive=len(scores) < LIMIT)


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float64)
    return v / np.linalg.norm(v)


vectors = st.lists(st.floats(-1, 1), min_size=3, max_size=3).filter(
    lambda xs: float(np.linalg.norm(xs)) > 0.1
)


@settings(max_examples=400, deadline=None)
@given(
    query=vectors,
    new=vectors,
    stored=st.lists(vectors, max_size=8),
    floor=st.floats(0.5, 0.99),
)
def test_a_ruled_out_memory_has_no_stored_neighbour_within_the_floor(
    query: list[float], new: list[float], stored: list[list[float]], floor: float
) -> None:
    around = _context_search(_unit(*query), [_unit(*m) for m in stored])
    if around.rules_out(_unit(*new), floor):
        assert all(cosine(new, m) < floor for m in stored)


def test_a_new_memory_far_from_every_stored_one_is_ruled_out() -> None:
    query = _unit(1, 0, 0)
    new = _unit(1, 0.2, 0)  # close to the query
    stored = [_unit(0, 1, 0.1), _unit(0, 0.1, 1), _unit(-1, 0, 0.2)]  # all far from it
    assert _context_search(query, stored).rules_out(new, 0.9)


def test_past_the_last_hit_nothing_is_proven() -> None:
    """Four hits, the last one close to the query: a fifth memory past it may be the new
    memory's neighbour, so a search must tell."""
    query = _unit(1, 0, 0)
    stored = [_unit(1, 0.05 * k, 0) for k in range(LIMIT)] + [_unit(1, -0.2, 0)]
    around = _context_search(query, stored)
    assert not around.exhaustive
    assert not around.rules_out(_unit(1, -0.21, 0), 0.9)


def test_a_stored_paraphrase_among_the_hits_is_not_ruled_out() -> None:
    query = _unit(1, 0, 0)
    paraphrase = _unit(1, 0.1, 0)
    around = _context_search(query, [paraphrase, _unit(0, 1, 0)])
    assert not around.rules_out(_unit(1, 0.12, 0), 0.9)


def test_an_empty_scope_rules_out_everything_and_an_unfinished_search_nothing() -> None:
    new = _unit(0, 1, 0)
    assert Neighbourhood([1.0, 0.0, 0.0], [], exhaustive=True).rules_out(new, 0.9)
    assert not Neighbourhood([1.0, 0.0, 0.0], [], exhaustive=False).rules_out(new, 0.9)
