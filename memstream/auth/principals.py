"""API keys: `Authorization: Token <key>` → the org and project of the caller.

Keys come from settings (`MEMSTREAM_AUTH_API_KEYS`, e.g. for `memstream dev`) and from
the key store (`memstream keys`). Either way only SHA-256 digests are kept, so a lookup
is one dict probe and a plain key never sits where it could be logged.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from memstream.auth.keys import KeyStore, digest
from memstream.contracts.errors import ApiError
from memstream.settings import ApiKeyGrant, Settings

__all__ = ["ApiKeyAuthenticator", "Principal", "authenticator_for"]

_SCHEMES = ("token", "bearer")
REFRESH_S = 1.0


@dataclass(frozen=True, slots=True)
class Principal:
    org_id: str
    project_id: str
    key_name: str
    user_email: str | None = None
    key_digest: str = ""  # hex digest of the key: names it for rate limits, reveals nothing


class ApiKeyAuthenticator:
    def __init__(self, grants: Iterable[ApiKeyGrant], store: KeyStore | None = None) -> None:
        self._configured = {
            key_digest: Principal(
                grant.org_id, grant.project_id, grant.name, grant.user_email, key_digest.hex()
            )
            for grant in grants
            for key_digest in [digest(grant.key.get_secret_value())]
        }
        self._store = store
        self._store_version: int | None = None
        self._checked_at = 0.0
        self._by_digest: dict[bytes, Principal] = {}
        self._projects: set[tuple[str, str]] = set()
        self._reload()

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
        self._refresh_if_stale()
        return self._by_digest.get(digest(key.strip()))

    def __contains__(self, project: object) -> bool:
        """Whether an (org_id, project_id) has a key: records of other projects are refused."""
        self._refresh_if_stale()
        return project in self._projects

    def _refresh_if_stale(self) -> None:
        now = time.monotonic()
        if self._store is None or now - self._checked_at < REFRESH_S:
            return
        self._checked_at = now
        if self._store.version() != self._store_version:
            self._reload()

    def _reload(self) -> None:
        by_digest = dict(self._configured)
        if self._store is not None:
            self._store_version = self._store.version()
            for record in self._store.records():
                if record.revoked_at is None:
                    by_digest[record.digest] = Principal(
                        record.org_id,
                        record.project_id,
                        record.name,
                        record.user_email,
                        record.digest.hex(),
                    )
        self._by_digest = by_digest
        self._projects = {(p.org_id, p.project_id) for p in by_digest.values()}


def authenticator_for(settings: Settings) -> ApiKeyAuthenticator:
    path = settings.auth.key_store_path
    return ApiKeyAuthenticator(settings.auth.api_keys, KeyStore(path) if path else None)
