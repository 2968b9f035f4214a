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


def test_word_vectors_are_the_same_alone_or_in_a_batch() -> None:
    """Questions answered at once share one model run: padding must change nothing."""
    encoder = load_encoder(Settings(_env_file=None).model_cache_dir)  # type: ignore[call-arg]
    texts = [*SENTENCES, "", "Lt. Gen. Miller’s “we don’t go it alone” remark"]
    together = encoder.words(texts)
    for text, batched in zip(texts, together, strict=True):
        (alone,) = encoder.words([text])
        assert alone.words == batched.words and alone.spans == batched.spans
        assert np.array_equal(alone.vectors, batched.vectors)
        assert np.array_equal(alone.sentence_vector, batched.sentence_vector)


def test_the_model_vocabulary_tells_words_from_typos() -> None:
    encoder = load_encoder(Settings(_env_file=None).model_cache_dir)  # type: ignore[call-arg]
    assert encoder.knows("steel") and encoder.knows("Defence")
    assert not encoder.knows("doem") and not encoder.knows("investng")
