"""API keys and the guard middleware: hashes only on disk, roles, live key changes, body limit, internal route."""

import asyncio
import json
import os
import stat

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from serving.auth import (
    GuardMiddleware,
    KeyFileError,
    KeyRing,
    create_key,
    hash_key,
    internal_call,
    required_role,
    role_allows,
)


def test_the_keys_file_holds_only_hashes(tmp_path):
    path = tmp_path / "keys.json"
    key, entry = create_key(path, "moderator", "alice")
    content = path.read_text()
    assert key not in content and hash_key(key) in content
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert len(key) > 40 and entry.role == "moderator"
    ring = KeyRing(path)
    assert ring.lookup(key).name == "alice"
    assert ring.lookup(key + "x") is None


def test_unknown_role_is_refused(tmp_path):
    with pytest.raises(KeyFileError, match="unknown role"):
        create_key(tmp_path / "keys.json", "root")


def test_roles_are_ordered():
    assert role_allows("admin", "moderator") and role_allows("moderator", "scan")
    assert not role_allows("scan", "moderator") and not role_allows("moderator", "admin")


def test_classify_is_open_only_while_no_key_exists():
    assert required_role("/classify", keys_configured=False) is None
    assert required_role("/classify", keys_configured=True) == "scan"
    assert required_role("/feedback", keys_configured=False) == "moderator"
    assert required_role("/admin/reload", keys_configured=False) == "admin"
    assert required_role("/healthz", keys_configured=True) is None


def test_new_keys_are_picked_up_and_a_broken_file_keeps_the_old_ones(tmp_path):
    path = tmp_path / "keys.json"
    first, _ = create_key(path, "scan")
    ring = KeyRing(path)
    second, _ = create_key(path, "admin")
    ring.refresh(force=True)
    assert ring.lookup(second).role == "admin"
    path.write_text("{broken")
    ring.refresh(force=True)
    assert ring.lookup(first) is not None


async def _echo(request: Request) -> JSONResponse:
    body = await request.body()
    return JSONResponse({"length": len(body), "type": request.headers.get("content-type")})


def _client(tmp_path, max_body_bytes=100):
    app = Starlette(routes=[Route(p, _echo, methods=["POST"]) for p in ("/classify", "/internal/classify_batch")])
    guarded = GuardMiddleware(app, keys_file=tmp_path / "keys.json", max_body_bytes=max_body_bytes)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=guarded), base_url="http://test")


def _run(coro):
    return asyncio.run(coro)


def test_a_streamed_body_over_the_limit_gets_413(tmp_path):
    async def go():
        async def chunks():
            for _ in range(5):
                yield b"x" * 40

        async with _client(tmp_path) as client:
            return await client.post("/classify", content=chunks())

    answer = _run(go())
    assert answer.status_code == 413 and answer.json()["field"] == "body"


def test_every_body_is_handed_on_as_json(tmp_path):
    async def go():
        async with _client(tmp_path) as client:
            return await client.post("/classify", content=b'{"a": 1}', headers={"content-type": "text/plain"})

    assert _run(go()).json() == {"length": 8, "type": "application/json"}


def test_the_internal_route_answers_only_in_process_calls(tmp_path):
    async def go(inside):
        token = internal_call.set(inside)
        try:
            async with _client(tmp_path) as client:
                return await client.post("/internal/classify_batch", content=b"{}")
        finally:
            internal_call.reset(token)

    assert _run(go(False)).status_code == 404
    assert _run(go(True)).status_code == 200


def test_missing_key_answers_401_with_a_hint(tmp_path):
    create_key(tmp_path / "keys.json", "scan")

    async def go():
        async with _client(tmp_path) as client:
            return await client.post("/classify", content=b"{}")

    answer = _run(go())
    assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer" in json.loads(answer.text)["error"]
