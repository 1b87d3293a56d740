"""The GET routes BentoML APIs cannot be (they are POST only): GET /model and the moderator review page GET /ui."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from serving.schemas import RETRY_AFTER_NO_MODEL_S, error_body, unavailable_headers

logger = logging.getLogger(__name__)

UI_FILE = Path(__file__).resolve().parent / "ui" / "index.html"
# The page is self-contained: nothing may load from elsewhere, and no other site may frame it.
UI_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@lru_cache(maxsize=1)
def _ui_html() -> str:
    return UI_FILE.read_text(encoding="utf-8")


def _runtime():
    import bentoml

    service = bentoml.get_current_service()
    return getattr(service, "runtime", None)


async def model_info(_: Request) -> Response:
    """The loaded bundle's version, tier, labels, thresholds and metrics."""
    runtime = _runtime()
    if runtime:
        runtime.follow_other_workers()
    model = runtime.model if runtime else None
    if model is None:
        reason = runtime.load_error if runtime else "service not started"
        return JSONResponse(error_body(f"no model loaded: {reason}", "model"), status_code=503,
                            headers=unavailable_headers(RETRY_AFTER_NO_MODEL_S))
    return JSONResponse(model.info())


async def review_page(_: Request) -> Response:
    """The moderator review page (static; every action it takes needs a key entered in the page)."""
    return HTMLResponse(_ui_html(), headers=UI_HEADERS)


def create_web_app() -> Starlette:
    """A Starlette app with the GET routes, mounted into the BentoML service at '/'."""
    return Starlette(routes=[
        Route("/model", model_info, methods=["GET"]),
        Route("/ui", review_page, methods=["GET"]),
    ])
