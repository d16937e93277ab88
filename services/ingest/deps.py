"""What the ingest routes depend on: parts of this process's ingest component."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from memstream.kafka.adds import AddPublisher
from memstream.kafka.endings import EventEndings
from memstream.settings import Settings
from memstream.web.handlers import component_part
from memstream.web.ratelimit import SharedBuckets

__all__ = ["EndingsDep", "LimiterDep", "PublisherDep", "SettingsDep"]

PublisherDep = Annotated[AddPublisher, Depends(component_part("ingest", "publisher"))]
LimiterDep = Annotated[SharedBuckets, Depends(component_part("ingest", "limiter"))]
SettingsDep = Annotated[Settings, Depends(component_part("ingest", "settings"))]
EndingsDep = Annotated[EventEndings, Depends(component_part("ingest", "endings"))]
