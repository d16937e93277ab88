"""`memstream keys create|list|revoke`: manage the API-key store."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from memstream.auth.keys import KeyStore
from memstream.settings import Settings

__all__ = ["add_key_commands", "run_key_command"]


def add_key_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    keys = commands.add_parser("keys", help="create, list or revoke API keys")
    actions = keys.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", help="make a key; it is printed once, never stored")
    create.add_argument("--name", required=True)
    create.add_argument("--org", required=True)
    create.add_argument("--project", required=True)
    create.add_argument("--email")
    actions.add_parser("list", help="the keys, by prefix (never the key itself)")
    revoke = actions.add_parser("revoke", help="revoke a key by its prefix")
    revoke.add_argument("prefix")


def _when(timestamp: float | None) -> str:
    return "-" if timestamp is None else datetime.fromtimestamp(timestamp, UTC).isoformat()


def run_key_command(settings: Settings, args: argparse.Namespace) -> int:
    if settings.auth.key_store_path is None:
        sys.stderr.write("MEMSTREAM_AUTH_KEY_STORE_PATH is not set\n")
        return 2
    store = KeyStore(settings.auth.key_store_path)
    try:
        if args.action == "create":
            key, record = store.create(args.name, args.org, args.project, args.email)
            sys.stdout.write(f"{key}\n")
            sys.stderr.write(f"created {record.prefix} for {args.org}/{args.project}\n")
        elif args.action == "list":
            for r in store.records():
                state = "revoked " + _when(r.revoked_at) if r.revoked_at else "active"
                line = f"{r.prefix}\t{r.name}\t{r.org_id}/{r.project_id}\t{_when(r.created_at)}"
                sys.stdout.write(f"{line}\t{state}\n")
        elif not store.revoke(args.prefix):
            sys.stderr.write(f"no active key with prefix {args.prefix}\n")
            return 1
    finally:
        store.close()
    return 0
