"""schemathesis against the app's own OpenAPI schema, on a real uvicorn on 127.0.0.1.

All checks run except two, for reasons the schema cannot express:
- positive_data_acceptance: a file upload is schema-valid as any bytes, yet a PNG is refused
  (415), and an OpenAI conversation must end with a user message (400);
- allow_header_conformance: OPTIONS answers for CORS preflights, not with the schema's methods.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ADMIN_KEY, ServerThread, free_port, make_settings


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    from citeqa.api import create_app

    settings = make_settings(tmp_path_factory.mktemp("fuzz"), admin_key=ADMIN_KEY, rate_limit_per_minute=0)
    with ServerThread(create_app(settings), free_port()) as server:
        yield server


def test_the_api_conforms_to_its_schema_under_generated_requests(
    fuzz_server: ServerThread, tmp_path: Path
) -> None:
    command = [
        str(Path(sys.executable).parent / "st"),
        "run",
        f"{fuzz_server.url}/openapi.json",
        "--checks",
        "all",
        "--exclude-checks",
        "positive_data_acceptance,allow_header_conformance",
        "--max-examples",
        "10",
        "--seed",
        "1",
        "-H",
        f"Authorization: Bearer {ADMIN_KEY}",
    ]
    result = subprocess.run(
        command,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.returncode == 0, result.stdout[-6000:]
