"""Standard Webhooks signing (https://www.standardwebhooks.com): a secret per webhook,
and the three headers every delivery carries, so receivers verify with any of its
libraries (`standardwebhooks.Webhook(secret).verify(body, headers)`)."""

from __future__ import annotations

import base64
import secrets
from datetime import datetime

from standardwebhooks.webhooks import Webhook as Signer

__all__ = ["new_secret", "signed_headers"]


def new_secret() -> str:
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def signed_headers(secret: str, message_id: str, body: bytes, at: datetime) -> dict[str, str]:
    """`webhook-id` (the same on every retry), `webhook-timestamp` (this attempt's, in unix
    seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of id.timestamp.body)."""
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Signer(secret).sign(message_id, at, body.decode()),
    }
