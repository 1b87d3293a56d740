"""API request and response schemas (pydantic) and the one error format every 4xx answer uses."""

from __future__ import annotations

import logging
from typing import Annotated, Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, field_validator, model_validator

from orgwatch.labels import LABELS, SOURCE_TYPES
from serving.config import ServingConfig

logger = logging.getLogger(__name__)

_CONFIG = ServingConfig.from_env()
MAX_ID_CHARS = 1_000
MAX_URL_CHARS = 8_192
MAX_NOTE_CHARS = 5_000
MAX_MODERATOR_CHARS = 200

Label = Literal[LABELS]  # type: ignore[valid-type]
SourceType = Literal[SOURCE_TYPES]  # type: ignore[valid-type]
Verdict = Literal["confirm", "reject", "relabel"]


class _Document(BaseModel):
    """The input item contract: exactly one of text / html, non-empty, plus optional id, url and source type."""

    model_config = ConfigDict(strict=True, extra="forbid", hide_input_in_errors=True)

    id: Optional[Annotated[str, Field(max_length=MAX_ID_CHARS)]] = None
    text: Optional[str] = None
    html: Optional[str] = None
    url: Optional[Annotated[str, Field(max_length=MAX_URL_CHARS)]] = None
    source_type: Optional[SourceType] = None

    @field_validator("id")
    @classmethod
    def _id_not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("empty: give a non-empty id (or leave the field out)")
        return value

    @field_validator("text", "html")
    @classmethod
    def _not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("empty: give a non-empty string (or leave the field out)")
        return value

    @model_validator(mode="after")
    def _exactly_one_body(self) -> "_Document":
        if self.text is None and self.html is None:
            raise ValueError("text/html: missing, give exactly one of text or html")
        if self.text is not None and self.html is not None:
            raise ValueError("text/html: both given, give exactly one of text or html")
        return self

    def as_item(self) -> dict[str, Any]:
        """The item as a plain dict with the absent fields left out."""
        return self.model_dump(exclude_none=True, include={"id", "text", "html", "url", "source_type"})


class ClassifyItem(_Document):
    """One item to classify."""


ClassifyItems = Annotated[list[ClassifyItem], Field(min_length=1, max_length=_CONFIG.max_items)]


class FeedbackIn(_Document):
    """A moderator's decision on one item."""

    labels: list[Label]  # type: ignore[valid-type]
    verdict: Verdict
    moderator: Annotated[str, Field(min_length=1, max_length=MAX_MODERATOR_CHARS)]
    note: Optional[Annotated[str, Field(max_length=MAX_NOTE_CHARS)]] = None
    model_version: Optional[Annotated[str, Field(max_length=200)]] = None

    @field_validator("labels")
    @classmethod
    def _no_duplicates(cls, value: list[str]) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("duplicate label")
        return value

    @field_validator("moderator")
    @classmethod
    def _moderator_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("empty: say who decided")
        return value.strip()


class FeedbackStored(BaseModel):
    """What POST /feedback answers: the stored record's id."""

    feedback_id: int
    # BentoML's /docs.json keeps only the first branch of pydantic's anyOf [string, null]: say nullable in OpenAPI 3.0
    item_id: Annotated[Optional[str], WithJsonSchema({"type": "string", "nullable": True, "title": "Item Id"})]
    created_at: str


class ReloadIn(BaseModel):
    """POST /admin/reload body: optionally a model-store reference (never a path); default the configured one."""

    model_config = ConfigDict(strict=True, hide_input_in_errors=True)

    model: Optional[Annotated[str, Field(max_length=200)]] = None


# Seconds a client should wait before retrying a 503: an overloaded worker frees up quickly, a missing model does not.
RETRY_AFTER_OVERLOADED_S = 1
RETRY_AFTER_NO_MODEL_S = 30


def unavailable_headers(retry_after_s: int) -> dict[str, str]:
    """Headers of a 503 answer."""
    return {"Retry-After": str(retry_after_s)}


def error_body(message: str, field: str | None = None, **extra: Any) -> dict[str, Any]:
    """The JSON body of every error answer: a message that names the field, and the field on its own."""
    body: dict[str, Any] = {"error": message}
    if field is not None:
        body["field"] = field
    body.update(extra)
    return body


def location(loc: list[Any] | tuple[Any, ...]) -> str:
    """Turn a pydantic error location like ('items', 3, 'text') into 'items[3].text'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("", "__root__"):
            continue
        else:
            out += ("." if out else "") + str(part)
    return out or "body"


def describe_validation_errors(detail: list[dict[str, Any]]) -> dict[str, Any]:
    """Rewrite pydantic's error list (as BentoML answers it) into one readable message naming item and field."""
    parts = []
    for error in detail:
        loc = list(error.get("loc") or [])
        message = str(error.get("msg", "invalid"))
        if message.startswith("Value error, "):
            message = message[len("Value error, "):]
        if error.get("type") == "json_invalid":
            parts.append(("body", "not valid JSON (" + str((error.get("ctx") or {}).get("error", message)) + ")"))
            continue
        if error.get("type") == "missing" and not loc:
            parts.append(("body", "missing"))
            continue
        where = location(loc)
        # our model validators put the field in the message ("text/html: ..."): move it into the location
        if ": " in message and message.split(": ", 1)[0] in ("text/html",):
            field, message = message.split(": ", 1)
            where = f"{where}.{field}" if where != "body" else field
        if error.get("type") == "extra_forbidden":
            message = "unknown field"
        if error.get("type") == "model_type" or error.get("type") == "dict_type":
            message = "expected a JSON object"
        parts.append((where, message))
    if not parts:
        return error_body("invalid request body", "body")
    shown = "; ".join(f"{where}: {message}" for where, message in parts[:5])
    if len(parts) > 5:
        shown += f"; and {len(parts) - 5} more"
    return error_body(shown, parts[0][0], errors=[{"field": w, "message": m} for w, m in parts[:50]])
