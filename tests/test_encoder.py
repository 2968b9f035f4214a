"""The ONNX export of the packaged model gives sentence-transformers' vectors."""

import numpy as np

from citeqa.config import Settings
from citeqa.encoder import load_encoder, packaged_model_dir

SENTENCES = [
    "How much will the Golden Dome cost?",
    "Japan is exploring support for Trump's Golden Dome project.",
    "What's the capital of France?",
]


def test_onnx_vectors_match_sentence_transformers() -> None:
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(packaged_model_dir()), device="cpu").encode(
        SENTENCES, normalize_embeddings=True
    )
    encoder = load_encoder(Settings(_env_file=None).model_cache_dir)  # type: ignore[call-arg]
    ours = encoder.embed(SENTENCES)
    cosines = (ours * reference).sum(axis=1)
    assert ours.shape == reference.shape
    assert np.all(cosines > 0.9999), cosines


def test_word_vectors_line_up_with_the_words_of_the_text() -> None:
    encoder = load_encoder(Settings(_env_file=None).model_cache_dir)  # type: ignore[call-arg]
    text = "Ishiba’s U.S. visit"
    (words,) = encoder.words([text])
    assert [text[s:e] for s, e in words.spans] == words.words
    assert "Ishiba" in words.words and "visit" in words.words
    assert np.allclose(np.linalg.norm(words.vectors, axis=1), 1.0, atol=1e-4)
