"""The API-key store: keys kept only as SHA-256 digests in one SQLite file.

`memstream keys create|list|revoke` manage it; every service reads it through
`ApiKeyAuthenticator`, which reloads it when another process changed it (checked at
most once a second), so a revocation takes effect within seconds, without a restart.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["KeyRecord", "KeyStore", "digest", "new_key"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    digest BLOB PRIMARY KEY,
    prefix TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    org_id TEXT NOT NULL,
    project_id TEXT NOT NULL,
    user_email TEXT,
    created_at REAL NOT NULL,
    revoked_at REAL
)
"""


def new_key() -> str:
    return "msk_" + secrets.token_urlsafe(32)


def digest(key: str) -> bytes:
    return hashlib.sha256(key.encode()).digest()


@dataclass(frozen=True, slots=True)
class KeyRecord:
    prefix: str  # the key's first characters: enough to name it, useless to use it
    name: str
    org_id: str
    project_id: str
    user_email: str | None
    created_at: float
    revoked_at: float | None
    digest: bytes


class KeyStore:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute(_SCHEMA)

    def create(
        self, name: str, org_id: str, project_id: str, user_email: str | None = None
    ) -> tuple[str, KeyRecord]:
        """A new key (shown once, never stored) and its record."""
        key = new_key()
        record = KeyRecord(
            key[:12], name, org_id, project_id, user_email, time.time(), None, digest(key)
        )
        self._db.execute(
            "INSERT INTO api_keys VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.digest,
                record.prefix,
                name,
                org_id,
                project_id,
                user_email,
                record.created_at,
                None,
            ),
        )
        return key, record

    def revoke(self, prefix: str) -> bool:
        cursor = self._db.execute(
            "UPDATE api_keys SET revoked_at = ? WHERE prefix = ? AND revoked_at IS NULL",
            (time.time(), prefix),
        )
        return cursor.rowcount == 1

    def records(self) -> list[KeyRecord]:
        rows = self._db.execute(
            "SELECT prefix, name, org_id, project_id, user_email, created_at, revoked_at, digest "
            "FROM api_keys ORDER BY created_at"
        ).fetchall()
        return [KeyRecord(*row) for row in rows]

    def version(self) -> int:
        """Changes when any connection commits to the file."""
        (value,) = self._db.execute("PRAGMA data_version").fetchone()
        return int(value)

    def close(self) -> None:
        self._db.close()
