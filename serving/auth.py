"""API keys with roles, and the ASGI middleware that guards the service: keys, body size, content type, error format.

Keys are 32 random bytes (secrets.token_urlsafe); the keys file holds only their SHA-256 hashes. A slow password KDF
(bcrypt, scrypt) protects low-entropy secrets against guessing; a 256-bit random key cannot be guessed, so one fast hash
is enough and keeps every request cheap. Hashes are compared with hmac.compare_digest.
"""

from __future__ import annotations

import contextvars
import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Awaitable, Callable

from serving.schemas import describe_validation_errors, error_body

logger = logging.getLogger(__name__)

ROLES: tuple[str, ...] = ("scan", "moderator", "admin")  # each role may do everything the ones before it may
KEY_PREFIX = "ow_"
KEY_BYTES = 32
KEYS_FILE_VERSION = 1

# Routes and the least role they need. "open_unless_keys": anyone while no key is configured.
CLASSIFY_ROUTES = ("/classify", "/model")
MODERATOR_ROUTES = ("/feedback",)
ADMIN_PREFIX = "/admin/"
INTERNAL_PREFIX = "/internal/"
OPENAPI_PATH = "/docs.json"  # BentoML's OpenAPI document, which lists every route of the service
JSON_POST_ROUTES = ("/classify", "/feedback", "/admin/reload")
BODY_REQUIRED_ROUTES = ("/classify", "/feedback")

# Set while the service calls its own internal batch endpoint in-process (the BentoML self-proxy runs the ASGI app in
# the caller's task, so the flag is visible here); a request from outside can never set it.
internal_call: contextvars.ContextVar[bool] = contextvars.ContextVar("orgwatch_internal_call", default=False)


class KeyFileError(ValueError):
    """The keys file cannot be read or holds something unexpected."""


def hash_key(key: str) -> str:
    """SHA-256 hex digest of a key (what the keys file stores)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def role_allows(role: str, needed: str) -> bool:
    """True when role is at least as strong as needed (scan < moderator < admin)."""
    return role in ROLES and ROLES.index(role) >= ROLES.index(needed)


@dataclass(frozen=True)
class KeyEntry:
    """One configured key: its hash, role, a short public id and an optional holder name."""

    key_id: str
    sha256: str
    role: str
    name: str = ""
    created_at: str = ""


def read_key_entries(path: Path) -> list[KeyEntry]:
    """The entries of a keys file (none when it does not exist); raises KeyFileError when it is malformed."""
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KeyFileError(f"{path}: cannot be read ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("keys"), list):
        raise KeyFileError(f"{path}: expected an object with a 'keys' list")
    entries = []
    for i, row in enumerate(data["keys"]):
        if not isinstance(row, dict):
            raise KeyFileError(f"{path}: keys[{i}] is not an object")
        digest, role = row.get("sha256"), row.get("role")
        if not isinstance(digest, str) or len(digest) != 64 or role not in ROLES:
            raise KeyFileError(f"{path}: keys[{i}] needs a sha256 hex digest and a role in {', '.join(ROLES)}")
        entries.append(
            KeyEntry(str(row.get("id") or digest[:8]), digest, role, str(row.get("name") or ""), str(row.get("created_at") or ""))
        )
    return entries


def create_key(path: Path, role: str, name: str = "") -> tuple[str, KeyEntry]:
    """Generate a new key with a role, store only its hash in the keys file (mode 0600) and return (key, entry)."""
    if role not in ROLES:
        raise KeyFileError(f"unknown role {role!r} (known: {', '.join(ROLES)})")
    entries = read_key_entries(path)
    key = KEY_PREFIX + secrets.token_urlsafe(KEY_BYTES)
    digest = hash_key(key)
    entry = KeyEntry(digest[:8], digest, role, name, datetime.now(timezone.utc).isoformat(timespec="seconds"))
    entries.append(entry)
    rows = [
        {"id": e.key_id, "sha256": e.sha256, "role": e.role, "name": e.name, "created_at": e.created_at} for e in entries
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"version": KEYS_FILE_VERSION, "keys": rows}, fh, indent=2)
    os.replace(tmp, path)  # atomic: a running service never reads half a file
    return key, entry


class KeyRing:
    """The configured keys, re-read when the keys file changes (so new keys work without a restart)."""

    CHECK_EVERY_S = 1.0

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()
        self._stamp: tuple[float, int] | None = None
        self._entries: list[KeyEntry] = []
        self._checked_at = 0.0
        self._error: str | None = None
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        """Re-read the keys file if it changed; a broken file keeps the last good keys and logs the reason."""
        now = time.monotonic()
        if not force and now - self._checked_at < self.CHECK_EVERY_S:
            return
        with self._lock:
            self._checked_at = now
            try:
                st = self.path.stat()
                stamp: tuple[float, int] | None = (st.st_mtime, st.st_size)
            except FileNotFoundError:
                stamp = None
            if stamp == self._stamp and not force:
                return
            try:
                self._entries = read_key_entries(self.path)
                self._error = None
            except KeyFileError as exc:
                if self._error != str(exc):
                    logger.error("keys file ignored, keeping the previous keys: %s", exc)
                self._error = str(exc)
            self._stamp = stamp

    @property
    def configured(self) -> bool:
        """True when at least one key exists."""
        return bool(self._entries)

    def lookup(self, key: str) -> KeyEntry | None:
        """The entry of a presented key, or None; every entry is compared in constant time."""
        digest = hash_key(key)
        found = None
        for entry in self._entries:
            if hmac.compare_digest(entry.sha256, digest):
                found = entry
        return found


def required_role(path: str, keys_configured: bool) -> str | None:
    """The least role a path needs, or None when it is open (health, metrics, the UI page, docs)."""
    if path.startswith(ADMIN_PREFIX):
        return "admin"
    if path in MODERATOR_ROUTES:
        return "moderator"
    if path in CLASSIFY_ROUTES:
        return "scan" if keys_configured else None
    return None


ASGIApp = Callable[[dict, Callable[[], Awaitable[dict]], Callable[[dict], Awaitable[None]]], Awaitable[None]]


async def _send_json(send: Callable[[dict], Awaitable[None]], status: int, body: dict[str, Any],
                     headers: list[tuple[bytes, bytes]] | None = None) -> None:
    payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())] + (headers or []),
    })
    await send({"type": "http.response.body", "body": payload})


def _without_internal_routes(send: Callable[[dict], Awaitable[None]]) -> Callable[[dict], Awaitable[None]]:
    """A send that drops the in-process-only routes from BentoML's OpenAPI document (they answer 404 outside)."""
    started: dict[str, Any] = {}
    chunks: list[bytes] = []

    async def filtered(message: dict) -> None:
        if message["type"] == "http.response.start":
            started.update(message)
            return
        if message["type"] != "http.response.body":
            await send(message)
            return
        chunks.append(message.get("body", b""))
        if message.get("more_body"):
            return
        payload = b"".join(chunks)
        if started.get("status") == 200:
            try:
                document = json.loads(payload)
                document["paths"] = {k: v for k, v in document.get("paths", {}).items()
                                     if not k.startswith(INTERNAL_PREFIX)}
                payload = json.dumps(document, ensure_ascii=False).encode("utf-8")
            except (ValueError, AttributeError):
                logger.warning("could not filter %s; served as is", OPENAPI_PATH)
        headers = [(k, v) for k, v in started.get("headers", []) if k.lower() != b"content-length"]
        await send({**started, "headers": headers + [(b"content-length", str(len(payload)).encode())]})
        await send({"type": "http.response.body", "body": payload})

    return filtered


class _BodyTooLarge(Exception):
    pass


class GuardMiddleware:
    """Checks keys and roles, caps body size (413), forces JSON parsing and rewrites validation errors readably."""

    def __init__(self, app: ASGIApp, keys_file: str | Path, max_body_bytes: int):
        self.app = app
        self.keys = KeyRing(Path(keys_file))
        self.max_body_bytes = int(max_body_bytes)

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if path.startswith(INTERNAL_PREFIX):
            if internal_call.get():
                await self.app(scope, receive, send)
            else:
                await _send_json(send, 404, error_body(f"{path}: not found", "path"))
            return
        self.keys.refresh()
        needed = required_role(path, self.keys.configured)
        if needed is not None:
            denial = self._check_key(scope, needed)
            if denial is not None:
                status, body = denial
                await _send_json(send, status, body, [(b"www-authenticate", b"Bearer")] if status == 401 else None)
                return
        if scope.get("method") == "POST" and path in JSON_POST_ROUTES:
            await self._guarded_post(scope, receive, send)
            return
        if path == OPENAPI_PATH:
            await self.app(scope, receive, _without_internal_routes(send))
            return
        await self.app(scope, receive, send)

    def _check_key(self, scope: dict, needed: str) -> tuple[int, dict[str, Any]] | None:
        header = ""
        for name, value in scope.get("headers", []):
            if name == b"authorization":
                header = value.decode("latin-1")
                break
        scheme, _, key = header.partition(" ")
        if not header or scheme.lower() != "bearer" or not key.strip():
            hint = "" if self.keys.configured else " (no key is configured yet: create one with `orgwatch keys create --role ROLE`)"
            return 401, error_body(f"missing API key: send 'Authorization: Bearer KEY' with a {needed} key{hint}", "authorization")
        entry = self.keys.lookup(key.strip())
        if entry is None:
            return 401, error_body("unknown API key", "authorization")
        if not role_allows(entry.role, needed):
            return 403, error_body(f"this key has role {entry.role!r}; {scope.get('path')} needs {needed!r} or stronger", "authorization")
        return None

    async def _guarded_post(self, scope: dict, receive: Callable, send: Callable) -> None:
        declared = None
        headers = []
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = None
            if name in (b"content-type", b"content-length", b"transfer-encoding"):
                continue  # set below: the API speaks JSON only, every body is parsed as JSON (curl -d sends a form type)
            headers.append((name, value))
        if declared is not None and declared > self.max_body_bytes:
            await _send_json(send, 413, self._too_large())
            return
        try:
            body = await self._read_body(receive)
        except _BodyTooLarge:
            await _send_json(send, 413, self._too_large())
            return
        if not body.strip():
            if scope.get("path") in BODY_REQUIRED_ROUTES:
                await _send_json(send, 400, error_body("body: empty; send a JSON object (see /docs.json)", "body"))
                return
            body = b"{}"
        headers += [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        inner_scope = dict(scope, headers=headers)
        delivered = False

        async def replay() -> dict:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(inner_scope, replay, _ErrorRewriter(send))

    async def _read_body(self, receive: Callable) -> bytes:
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                raise _BodyTooLarge()
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _too_large(self) -> dict[str, Any]:
        return error_body(f"request body larger than {self.max_body_bytes} bytes (ORGWATCH_MAX_BODY_BYTES)", "body")


class _ErrorRewriter:
    """Wraps send: a 400 with pydantic's error list (BentoML's validation answer) becomes one message naming the field."""

    def __init__(self, send: Callable):
        self.send = send
        self.start: dict | None = None
        self.chunks: list[bytes] = []

    async def __call__(self, message: dict) -> None:
        if message["type"] == "http.response.start":
            if message["status"] == 400:
                self.start = message
                return
            await self.send(message)
            return
        if message["type"] == "http.response.body" and self.start is not None:
            self.chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = b"".join(self.chunks)
            try:
                data = json.loads(body)
            except ValueError:
                data = None
            if isinstance(data, dict) and isinstance(data.get("detail"), list):
                body = json.dumps(describe_validation_errors(data["detail"]), ensure_ascii=False).encode("utf-8")
            headers = [(k, v) for k, v in self.start.get("headers", []) if k.lower() not in (b"content-length", b"content-type")]
            headers += [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            await self.send(dict(self.start, headers=headers))
            await self.send({"type": "http.response.body", "body": body})
            return
        await self.send(message)
