"""CLI commands of the service, mounted by orgwatch.cli: `serve`, `keys create|list`, `feedback purge|export`."""

from __future__ import annotations

import logging
import os
import shlex
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import NoReturn, Optional

import typer
from rich.console import Console

from orgwatch.paths import PROJECT_ROOT, configure_bentoml_home
from serving.config import ConfigError, ServingConfig

logger = logging.getLogger(__name__)
console = Console(highlight=False, soft_wrap=True)  # soft wrap: the printed curl line stays copy-pasteable
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

SERVICE = "serving.service:OrgWatch"
READY_TIMEOUT_S = 300

keys_app = typer.Typer(help="API keys for the service (roles: scan, moderator, admin).", no_args_is_help=True)
feedback_app = typer.Typer(help="Moderator feedback: purge old decisions, export training records.", no_args_is_help=True)


def _fail(message: str, code: int = 1) -> NoReturn:
    err_console.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


def _config() -> ServingConfig:
    try:
        return ServingConfig.from_env()
    except ConfigError as exc:
        _fail(str(exc))


def _curl_example(url: str, keys_configured: bool) -> str:
    auth = ' -H "Authorization: Bearer $ORGWATCH_KEY"' if keys_configured else ""
    body = '{"items": [{"id": "1", "text": "中国XX协会招募理事，缴费授牌"}]}'
    return f"curl -s {url}/classify -H 'Content-Type: application/json'{auth} -d {shlex.quote(body)}"


def serve_command(
    model: str = typer.Option("production", "--model", help="model-store reference: production, a version or orgwatch:VERSION"),
    host: str = typer.Option("127.0.0.1", "--host", help="address to bind (127.0.0.1: this machine only)"),
    port: int = typer.Option(3000, "--port", help="port to listen on"),
    workers: int = typer.Option(1, "--workers", min=1, help="worker processes (each loads the model)"),
) -> None:
    """Serve the API and the review page with BentoML (`bentoml serve serving.service:OrgWatch`)."""
    from orgwatch.store import StoreError, resolve
    from serving.auth import KeyRing

    configure_bentoml_home()
    try:
        resolve(model)  # fail here, with the reason, rather than start a server that is never ready
    except StoreError as exc:
        _fail(f"cannot serve {model!r}: {exc}")
    config = _config()
    env = dict(os.environ, ORGWATCH_MODEL=model, ORGWATCH_WORKERS=str(workers))
    env.setdefault("OTEL_SDK_DISABLED", "true")  # see serving/service.py: BentoML's unexported spans are never freed
    command = [sys.executable, "-m", "bentoml", "serve", SERVICE, "--host", host, "--port", str(port),
               "--working-dir", str(PROJECT_ROOT)]
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{shown_host}:{port}"
    keys_configured = KeyRing(config.keys_file).configured
    console.print(f"starting orgwatch ({model}, {workers} worker{'s' if workers > 1 else ''}) on {host}:{port}")
    if not keys_configured:
        console.print(f"no API keys in {config.keys_file}: /classify is open; /feedback and /admin need keys "
                      "(`orgwatch keys create --role moderator`)")
    process = subprocess.Popen(command, env=env, cwd=PROJECT_ROOT)
    try:
        if _wait_ready(process, url):
            console.print(f"ready: {url}")
            console.print(f"review page: {url}/ui")
            console.print(f"API docs: {url}/docs.json   metrics: {url}/metrics")
            console.print("try: " + _curl_example(url, keys_configured))
        raise typer.Exit(process.wait())
    except KeyboardInterrupt:
        process.send_signal(signal.SIGINT)
        raise typer.Exit(process.wait())


def _wait_ready(process: subprocess.Popen, url: str) -> bool:
    import httpx

    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(url + "/readyz", timeout=1.0).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    return False


@keys_app.command("create")
def keys_create(
    role: str = typer.Option(..., "--role", help="scan (classify), moderator (classify, feedback, review page) or admin (all)"),
    name: str = typer.Option("", "--name", help="who holds the key (shown by `keys list`)"),
) -> None:
    """Create an API key; only its SHA-256 hash is stored. The key is printed once, on the last line."""
    from serving.auth import KeyFileError, create_key

    config = _config()
    try:
        key, entry = create_key(config.keys_file, role, name)
    except KeyFileError as exc:
        _fail(str(exc))
    err_console.print(f"created {entry.role} key {entry.key_id} in {config.keys_file}; it is shown once, store it now:")
    typer.echo(key)


@keys_app.command("list")
def keys_list() -> None:
    """List the configured keys (id, role, name, created); keys themselves are never stored."""
    from serving.auth import KeyFileError, read_key_entries

    config = _config()
    try:
        entries = read_key_entries(config.keys_file)
    except KeyFileError as exc:
        _fail(str(exc))
    if not entries:
        console.print(f"no keys in {config.keys_file}")
        return
    for entry in entries:
        console.print(f"{entry.key_id}  {entry.role:<9}  {entry.created_at:<25}  {entry.name}")


@feedback_app.command("purge")
def feedback_purge(
    older_than: Optional[int] = typer.Option(
        None, "--older-than", min=0, help="days to keep (default: ORGWATCH_FEEDBACK_RETENTION_DAYS, 365)"
    ),
) -> None:
    """Delete stored decisions older than the retention period."""
    from serving.feedback import FeedbackStore

    config = _config()
    days = config.retention_days if older_than is None else older_than
    deleted = FeedbackStore(config.feedback_db).purge(days)
    console.print(f"deleted {deleted} decisions older than {days} days from {config.feedback_db}")


@feedback_app.command("export")
def feedback_export(
    out: Path = typer.Option(..., "-o", "--out", help="output JSONL file (training records, origin 'confirmed')"),
    since: Optional[str] = typer.Option(None, "--since", help="only decisions made on or after this ISO date/datetime"),
) -> None:
    """Export the latest decision per item as training records (rejected flags become labels [])."""
    from serving.feedback import FeedbackStore, export_records, parse_since

    config = _config()
    since_at: Optional[datetime] = None
    if since:
        try:
            since_at = parse_since(since)
        except ValueError:
            _fail(f"--since {since!r}: not an ISO date or datetime (e.g. 2026-01-31)")
    if not config.feedback_db.is_file():
        _fail(f"no feedback store at {config.feedback_db} (ORGWATCH_FEEDBACK_DB)")
    count = export_records(FeedbackStore(config.feedback_db), out, since_at)
    console.print(f"wrote {count} training records to {out}")
