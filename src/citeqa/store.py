"""The Chroma store: passages with their vectors, and the documents they index into.

Chroma runs embedded (a PersistentClient under CITEQA_DATA_DIR) or as a server (HttpClient to
CITEQA_CHROMA_URL). Passages go through llama-index's ChromaVectorStore.

Writes are ordered so that a crash at any point leaves every document wholly present (in its old
or new version) or wholly absent:
1. the new version's passages are upserted (ids carry the content hash, so a repeat is a no-op);
2. the document record, the commit point, is upserted with the new hash;
3. passages of other versions are deleted.
Readers only see passages whose (doc_id, sha256) matches a committed document record.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlparse

import numpy as np

from citeqa.config import Settings
from citeqa.documents import Document
from citeqa.errors import NotFound, Unavailable
from citeqa.passages import Passage

# Chroma insists on a vector per record; document records are looked up by id, never by vector.
_NO_VECTOR = [1.0]


@dataclass(frozen=True)
class DocumentRecord:
    id: str
    source: str
    title: str
    sha256: str
    chars: int
    passages: int
    ingested_at: str

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "sha256": self.sha256,
            "chars": self.chars,
            "passages": self.passages,
            "ingested_at": self.ingested_at,
        }


@dataclass(frozen=True)
class StoredPassage:
    id: str
    sha256: str
    passage: Passage


def passage_id(doc_id: str, sha256: str, seq: int) -> str:
    return f"{doc_id}-{sha256[:16]}-{seq}"


def open_chroma_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if settings.chroma_url:
            url = urlparse(settings.chroma_url)
            client = chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            client.heartbeat()
            return client
        settings.chroma_path.mkdir(parents=True, exist_ok=True)
        _lock_embedded_store(settings)
        return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
    except StoreInUse:
        raise
    except Exception as exc:  # chromadb raises many unrelated types for "cannot connect"
        where = "the Chroma server" if settings.chroma_url else "the embedded Chroma store"
        raise Unavailable(f"cannot open {where}: {type(exc).__name__}") from exc


class StoreInUse(Unavailable):
    error_type = "store_in_use"


# Open lock files, one per embedded store this process holds; kept for the process's lifetime.
_HELD_LOCKS: dict[str, int] = {}


def _lock_embedded_store(settings: Settings) -> None:
    """One process at a time may open an embedded store: a second writer would corrupt it.

    The lock is an advisory flock on a file beside the store, released by the OS when the
    process ends, however it ends.
    """
    import fcntl

    path = settings.chroma_path / ".citeqa.lock"
    key = str(path.resolve())
    if key in _HELD_LOCKS:
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "unknown"
        os.close(fd)
        raise StoreInUse(
            f"the store in {settings.data_dir} is in use by another citeqa process (pid {holder}). "
            "Ask the running server instead (POST /api/ask), stop it first, or share the store "
            "through a Chroma server (CITEQA_CHROMA_URL)."
        ) from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, str(os.getpid()).encode(), 0)
    _HELD_LOCKS[key] = fd


class Store:
    def __init__(self, settings: Settings) -> None:
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self._client = open_chroma_client(settings)
        prefix = settings.collection_prefix
        self._passages = self._client.get_or_create_collection(
            f"{prefix}_passages", metadata={"hnsw:space": "cosine"}, embedding_function=None
        )
        self._documents = self._client.get_or_create_collection(
            f"{prefix}_documents", embedding_function=None
        )
        self.vector_store = ChromaVectorStore(chroma_collection=self._passages)

    def heartbeat(self) -> None:
        try:
            self._client.heartbeat()
        except Exception as exc:
            raise Unavailable(f"the vector store does not answer: {type(exc).__name__}") from exc

    # -- documents -------------------------------------------------------------------------

    def documents(self) -> list[DocumentRecord]:
        result = self._documents.get(include=["metadatas"])
        records = [_record(i, m) for i, m in zip(result["ids"], result["metadatas"], strict=True)]
        return sorted(records, key=lambda record: record.source)

    def document(self, doc_id: str) -> DocumentRecord | None:
        result = self._documents.get(ids=[doc_id], include=["metadatas"])
        return _record(result["ids"][0], result["metadatas"][0]) if result["ids"] else None

    def document_text(self, doc_id: str) -> str:
        result = self._documents.get(ids=[doc_id], include=["documents"])
        if not result["ids"]:
            raise NotFound(f"no document with id {doc_id}")
        return str(result["documents"][0])

    def write_document(
        self, document: Document, passages: Sequence[Passage], vectors: np.ndarray
    ) -> DocumentRecord:
        from llama_index.core.schema import BaseNode, NodeRelationship, RelatedNodeInfo, TextNode

        nodes: list[BaseNode] = []
        for passage, vector in zip(passages, vectors, strict=True):
            node = TextNode(
                id_=passage_id(document.doc_id, document.sha256, passage.seq),
                text=passage.text,
                embedding=vector.tolist(),
                metadata=_passage_metadata(passage, document.sha256),
            )
            node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=document.doc_id)
            nodes.append(node)
        if nodes:
            self.vector_store.add(nodes)
        record = DocumentRecord(
            id=document.doc_id,
            source=document.source,
            title=document.title,
            sha256=document.sha256,
            chars=len(document.text),
            passages=len(passages),
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        self._documents.upsert(
            ids=[record.id],
            documents=[document.text],
            metadatas=[{k: v for k, v in record.to_dict().items() if k != "id"}],
            embeddings=[_NO_VECTOR],
        )
        self.delete_stale_passages(record)
        return record

    def delete_stale_passages(self, record: DocumentRecord) -> None:
        self._passages.delete(where={"$and": [{"doc_id": record.id}, {"sha256": {"$ne": record.sha256}}]})

    def delete_document(self, doc_id: str) -> None:
        if self.document(doc_id) is None:
            raise NotFound(f"no document with id {doc_id}")
        # The record goes first: from then on its passages are invisible, whatever happens next.
        self._documents.delete(ids=[doc_id])
        self._passages.delete(where={"doc_id": doc_id})

    # -- passages --------------------------------------------------------------------------

    def passages(self) -> list[StoredPassage]:
        """Every committed passage, in document and reading order."""
        return self.passages_with_vectors()[0]

    def passages_with_vectors(self) -> tuple[list[StoredPassage], np.ndarray]:
        """Every committed passage, in document and reading order, and their vectors (one row
        each, in the same order)."""
        committed = {record.id: record.sha256 for record in self.documents()}
        if not committed:
            return [], np.zeros((0, 0), dtype=np.float32)
        result = self._passages.get(include=["metadatas", "documents", "embeddings"])
        rows = []
        for pid, text, meta, vector in zip(
            result["ids"], result["documents"], result["metadatas"], result["embeddings"], strict=True
        ):
            if committed.get(str(meta["doc_id"])) != meta["sha256"]:
                continue
            rows.append((StoredPassage(pid, str(meta["sha256"]), _passage(str(text), meta)), vector))
        rows.sort(key=lambda row: (row[0].passage.source, row[0].passage.seq))
        vectors = np.array([vector for _, vector in rows], dtype=np.float32)
        return [stored for stored, _ in rows], vectors

    def passage_count(self) -> int:
        return int(self._passages.count())

    def dense_search(self, vector: np.ndarray, top_k: int) -> list[tuple[str, float]]:
        """Passage ids with their cosine similarity to `vector`, best first."""
        import math

        from llama_index.core.vector_stores.types import VectorStoreQuery

        result = self.vector_store.query(
            VectorStoreQuery(query_embedding=vector.tolist(), similarity_top_k=top_k)
        )
        # ChromaVectorStore reports exp(-distance); with cosine space distance = 1 - cosine.
        return [
            (node_id, 1.0 + math.log(max(similarity, 1e-12)))
            for node_id, similarity in zip(result.ids or [], result.similarities or [], strict=True)
        ]


def _passage_metadata(passage: Passage, sha256: str) -> dict[str, str | int | bool]:
    return {
        "doc_id": passage.doc_id,
        "source": passage.source,
        "sha256": sha256,
        "seq": passage.seq,
        "start": passage.start,
        "end": passage.end,
        "previous": passage.previous,
        "context": passage.context,
        "heading": passage.heading,
        "is_heading": passage.is_heading,
    }


def _passage(text: str, meta: dict) -> Passage:
    return Passage(
        doc_id=str(meta["doc_id"]),
        source=str(meta["source"]),
        seq=int(meta["seq"]),
        start=int(meta["start"]),
        end=int(meta["end"]),
        text=text,
        previous=str(meta.get("previous", "")),
        context=str(meta.get("context", "")),
        heading=str(meta.get("heading", "")),
        is_heading=bool(meta.get("is_heading", False)),
    )


def _record(doc_id: str, meta: dict) -> DocumentRecord:
    return DocumentRecord(
        id=doc_id,
        source=str(meta["source"]),
        title=str(meta["title"]),
        sha256=str(meta["sha256"]),
        chars=int(meta["chars"]),
        passages=int(meta["passages"]),
        ingested_at=str(meta["ingested_at"]),
    )
