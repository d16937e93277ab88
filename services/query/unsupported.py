"""Mem0's routes memstream does not serve (feedback, memory exports, summaries, profiles):
each answers a 400 saying so (memstream.contracts.parity.CALLS), after the API key is
checked, rather than the router's bare 404, which the SDK raises as MemoryNotFoundError."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import APIRouter

from memstream.contracts.errors import ApiError, error_responses
from memstream.contracts.parity import CALLS, RefusedCall, call_refusal
from memstream.web.handlers import OrjsonResponse, PrincipalDep

__all__ = ["router"]

router = APIRouter(tags=["unsupported"])


def _refuse(call: RefusedCall) -> Callable[[PrincipalDep], Awaitable[OrjsonResponse]]:
    async def refuse(principal: PrincipalDep) -> OrjsonResponse:
        raise ApiError(400, call_refusal(call))

    refuse.__name__ = f"refuse_{call.methods[0]}"
    return refuse


for _call in CALLS:
    router.add_api_route(
        _call.path,
        _refuse(_call),
        methods=[_call.verb],
        include_in_schema=False,
        responses=error_responses(400, 401),
    )
