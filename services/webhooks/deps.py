"""What the webhook routes depend on: the webhooks component's admin."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from memstream.web.handlers import component_part

from .manage import WebhookAdmin

__all__ = ["AdminDep"]

AdminDep = Annotated[WebhookAdmin, Depends(component_part("webhooks", "admin"))]
