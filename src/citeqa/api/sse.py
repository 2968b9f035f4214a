"""Server-Sent Events framing."""

from __future__ import annotations

import json


def sse_event(event: str, data: object) -> str:
    payload = json.dumps(data, ensure_ascii=False)
    return f"event: {event}\ndata: {payload}\n\n"


def sse_data(data: object) -> str:
    """An unnamed event, as OpenAI's stream uses."""
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return f"data: {payload}\n\n"
