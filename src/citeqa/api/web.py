"""The chat page ("/"), the embeddable widget ("/widget.js") and their static files."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

WEB_DIR = Path(__file__).resolve().parent.parent / "web"

# The page runs only its own scripts and styles, and talks only to its own origin.
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

router = APIRouter(include_in_schema=False)


@router.get("/")
async def chat_page() -> FileResponse:
    return FileResponse(
        WEB_DIR / "index.html", media_type="text/html", headers={"Content-Security-Policy": PAGE_CSP}
    )


@router.get("/widget.js")
async def widget() -> FileResponse:
    return FileResponse(WEB_DIR / "widget.js", media_type="text/javascript")


def static_files() -> StaticFiles:
    return StaticFiles(directory=WEB_DIR)
