"""What the context search already proves about a new memory's stored neighbours.

The context search ranks the scope's memories by cosine similarity to the add's messages
(the query q). A memory extracted from those messages (c) lies at some angle from q. The
angle between unit vectors is a metric, so for any stored memory m:

    angle(q, m) <= angle(q, c) + angle(c, m)   and   angle(c, m) >= |angle(q, m) - angle(q, c)|.

A stored memory within `floor` of c (angle(c, m) <= acos(floor)) therefore lies within
angle(q, c) + acos(floor) of q. If the context search's last hit is farther from q than
that, every such memory is among the hits; if none of the hits can be that close to c by
the second inequality, there is none, and the near-duplicate search would find nothing.
Only the scores the context search returned are needed, no vectors (reading ten vectors
back costs about as much as the search it would save).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["Neighbourhood"]

# Scores come back in float32; a margin (radians) well above its rounding keeps the
# proof on the safe side.
MARGIN = 1e-3


def _angle(score: float) -> float:
    return math.acos(min(1.0, max(-1.0, score)))


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    """The cosine similarity of two vectors of any length (the store normalises too)."""
    x, y = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    norms = float(np.linalg.norm(x) * np.linalg.norm(y))
    return float(np.dot(x, y)) / norms if norms else 0.0


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """The context search: its query vector and its hits' scores, best first.
    `exhaustive`: the hits are every memory the search's filter selects (it asked for
    more than it got, at any score)."""

    query: Sequence[float]
    scores: Sequence[float]
    exhaustive: bool

    def rules_out(self, vector: Sequence[float], floor: float) -> bool:
        """Whether no memory the search's filter selects can score `floor` or more with
        `vector`: True only when the inequalities above prove it."""
        radius = _angle(floor) + MARGIN
        to_new = _angle(cosine(self.query, vector))
        if not self.exhaustive and (not self.scores or to_new + radius >= _angle(self.scores[-1])):
            return False  # a memory within `floor` of the new one may lie past the last hit
        return all(abs(_angle(score) - to_new) > radius for score in self.scores)
