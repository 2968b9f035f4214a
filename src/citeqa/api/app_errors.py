"""The JSON error body every endpoint answers with."""

from __future__ import annotations

from fastapi.responses import JSONResponse
from pydantic import BaseModel


def error_response(status: int, error_type: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"type": error_type, "message": message}}, status_code=status)


class ErrorDetail(BaseModel):
    type: str
    message: str


class ErrorBody(BaseModel):
    error: ErrorDetail


def documented(*statuses: int) -> dict[int | str, dict[str, object]]:
    """OpenAPI entries for the error statuses an endpoint can answer with."""
    return {status: {"model": ErrorBody, "description": _DESCRIPTIONS[status]} for status in statuses}


_DESCRIPTIONS = {
    400: "Invalid input",
    401: "Missing or wrong admin key",
    403: "Document writes are disabled",
    404: "Not found",
    409: "Nothing ingested yet",
    413: "Body or question too large",
    415: "Unsupported file type",
    422: "Invalid request or document",
    429: "Rate limited (see Retry-After)",
    503: "A dependency is unavailable",
}
