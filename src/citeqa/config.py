"""Settings: one object read from CITEQA_* environment variables (and a .env file)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything citeqa can be configured with. Tests build their own instance."""

    model_config = SettingsConfigDict(env_prefix="CITEQA_", env_file=".env", extra="ignore")

    data_dir: Path = Path("data")
    chroma_url: str | None = None
    embed_model: str = "all-MiniLM-L6-v2"
    # Where the ONNX export of the embedding model is cached; shared by every data dir.
    model_cache_dir: Path = Path.home() / ".cache" / "citeqa"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 30.0  # seconds for a whole LLM call
    llm_connect_timeout: float = 3.0
    llm_retries: int = 1  # extra attempts on transient errors (connection, 429, 5xx)
    llm_history_chars: int = 6000  # conversation passed to the LLM, newest turns first
    llm_passages: int = 6
    admin_key: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    cors_origins: list[str] = Field(default_factory=list)
    seeds_dir: Path = Path("seeds")
    top_k: int = Field(default=5, ge=1, le=50)
    max_question_chars: int = 2000
    max_history_turns: int = 50
    rate_limit_per_minute: int = Field(default=600, ge=0)  # per client address; 0 = off
    # Questions answered at once; more wait their turn without holding the GIL, which keeps
    # health checks and streaming responsive on a busy server. Default: twice the cores.
    answer_workers: int = Field(default_factory=lambda: 2 * (os.cpu_count() or 1), ge=1)
    # Questions allowed to wait for a worker; more get 503 with Retry-After at once.
    max_waiting_questions: int = Field(default=64, ge=0)
    answer_timeout_seconds: float = Field(default=60.0, gt=0)
    # Request bodies are cut off at these sizes while they stream in, whatever Content-Length says.
    max_body_bytes: int = 256 * 1024
    max_upload_bytes: int = 10 * 1024 * 1024
    collection_prefix: str = "citeqa"
    # Answers kept for questions asked again (same words, history and top_k); dropped whenever
    # the corpus changes. 0 turns the cache off.
    answer_cache_size: int = Field(default=1024, ge=0)
    # Up to this many passages, dense search is exact over vectors held in memory; beyond it,
    # Chroma's approximate (HNSW) index answers.
    dense_exact_limit: int = Field(default=100_000, ge=0)

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
