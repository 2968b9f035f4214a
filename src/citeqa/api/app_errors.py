"""The JSON error body every endpoint answers with."""

from __future__ import annotations

from fastapi.responses import JSONResponse


def error_response(status: int, error_type: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"type": error_type, "message": message}}, status_code=status)
