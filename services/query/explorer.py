"""`GET /ui/`: the explorer, a page that calls the public API with the key its user signs
in with (kept in the browser's session storage only), so it never shows more than that
key can read. Plain HTML, one script and one style sheet: no build step.

Every answer carries a Content Security Policy that allows scripts, styles and requests
from this origin only (no inline script, no framing), so a memory holding markup can
never run as code; the page also writes everything users wrote as text, never as HTML.
"""

from __future__ import annotations

from importlib import resources

from fastapi import APIRouter
from fastapi.responses import Response

from memstream.contracts.errors import ApiError

__all__ = ["router"]

router = APIRouter(include_in_schema=False)

_FILES = {  # what /ui/ serves, and as what
    "explorer.js": "text/javascript; charset=utf-8",
    "explorer.css": "text/css; charset=utf-8",
}
_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


def _read(name: str) -> bytes:
    return (resources.files(__package__) / "ui" / name).read_bytes()


@router.get("/ui/")
async def explorer_page() -> Response:
    return Response(_read("index.html"), media_type="text/html; charset=utf-8", headers=_HEADERS)


@router.get("/ui/{name}")
async def explorer_file(name: str) -> Response:
    media_type = _FILES.get(name)
    if media_type is None:
        raise ApiError(404, "Not found.")
    return Response(_read(name), media_type=media_type, headers=_HEADERS)
