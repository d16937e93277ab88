"""API keys: `Authorization: Token <key>` → the org and project of the caller.

Keys are kept only as SHA-256 digests in memory, so a lookup is one dict probe
and the plain key never sits in a structure that could be logged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from memstream.errors import ApiError
from memstream.settings import ApiKeyGrant

__all__ = ["ApiKeyAuthenticator", "Principal"]

_SCHEMES = ("token", "bearer")


@dataclass(frozen=True, slots=True)
class Principal:
    org_id: str
    project_id: str
    key_name: str
    user_email: str | None = None


def _digest(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


class ApiKeyAuthenticator:
    def __init__(self, grants: Iterable[ApiKeyGrant]) -> None:
        self._by_digest = {
            _digest(grant.key.get_secret_value()): Principal(
                org_id=grant.org_id,
                project_id=grant.project_id,
                key_name=grant.name,
                user_email=grant.user_email,
            )
            for grant in grants
        }

    def authenticate(self, authorization: str | None) -> Principal:
        """The caller, or a 401 saying what is wrong with the header."""
        if not authorization:
            raise ApiError(401, "Authentication credentials were not provided.")
        scheme, _, key = authorization.strip().partition(" ")
        if scheme.lower() not in _SCHEMES or not key.strip():
            raise ApiError(401, "Use the header `Authorization: Token <api-key>`.")
        principal = self.find(authorization)
        if principal is None:
            raise ApiError(401, "Invalid API key.")
        return principal

    def find(self, authorization: str) -> Principal | None:
        """The caller of a well-formed header, else None (for fast paths that fall back)."""
        scheme, _, key = authorization.strip().partition(" ")
        if scheme.lower() not in _SCHEMES:
            return None
        return self._by_digest.get(_digest(key.strip()))
