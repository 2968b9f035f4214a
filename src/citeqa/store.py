"""The Chroma store: passages with their vectors, and the documents they index into.

Chroma runs embedded (a PersistentClient under CITEQA_DATA_DIR) or as a server (HttpClient to
CITEQA_CHROMA_URL). Passages go through llama-index's ChromaVectorStore.

Writes are ordered so that a crash at any point leaves every document wholly present (in its old
or new version) or wholly absent:
1. the new version's passages are upserted (ids carry the content hash, so a repeat is a no-op);
2. the document record, the commit point, is upserted with the new hash;
3. passages of other versions are deleted.
Readers only see passages whose (doc_id, sha256) matches a committed document record.

A re-index (new splitting rules, say) writes every document's passages into a new collection
while the old one keeps answering, then switches over by upserting one record, the commit point,
in a small meta collection; the old collection is dropped after. A crash before the switch
leaves the old collection active and the new one an orphan, dropped by the next re-index.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import numpy as np

from citeqa.config import Settings
from citeqa.documents import Document
from citeqa.errors import NotFound, StorageFull, Unavailable
from citeqa.passages import Passage

if TYPE_CHECKING:
    from llama_index.vector_stores.chroma import ChromaVectorStore

# Space an embedded store needs per passage while writing it: about 13 KiB ends up stored (text,
# context, vector, full-text index), and Chroma's write log holds it again until compaction.
_BYTES_PER_PASSAGE = 32 * 1024
# Ballast kept beside an embedded store: on a full disk it is deleted so that the store can
# still be opened (Chroma writes a little on open) and queried.
_RESERVE_BYTES = 256 * 1024

# Chroma insists on a vector per record; document and meta records are looked up by id, never
# by vector.
_NO_VECTOR = [1.0]
# The meta record naming the passage collection that answers.
_ACTIVE = "active"


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
        reserve = settings.chroma_path / ".citeqa.reserve"
        try:
            client = chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
        except Exception as exc:
            if not (is_disk_full(exc) and reserve.exists()):
                raise
            from chromadb.api.client import SharedSystemClient

            reserve.unlink()
            SharedSystemClient.clear_system_cache()  # else the failed open is handed back again
            client = chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)
        _keep_reserve(reserve)
        return client
    except (StoreInUse, StorageFull):
        raise
    except Exception as exc:  # chromadb raises many unrelated types for "cannot connect"
        if is_disk_full(exc):
            raise StorageFull("no space left on the disk that holds the store: free some space") from exc
        where = "the Chroma server" if settings.chroma_url else "the embedded Chroma store"
        raise Unavailable(f"cannot open {where}: {type(exc).__name__}") from exc


def is_disk_full(exc: BaseException) -> bool:
    """ENOSPC, or SQLite's "database or disk is full" as Chroma wraps it (an InternalError)."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    return "disk is full" in str(exc) or "No space left" in str(exc)


def _keep_reserve(path: Path) -> None:
    if path.exists():
        return
    try:
        path.write_bytes(b"\0" * _RESERVE_BYTES)
    except OSError:
        path.unlink(missing_ok=True)


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
        self._settings = settings
        self._client = open_chroma_client(settings)
        self._prefix = settings.collection_prefix
        self._documents = self._client.get_or_create_collection(
            f"{self._prefix}_documents", embedding_function=None
        )
        self._meta = self._client.get_or_create_collection(f"{self._prefix}_meta", embedding_function=None)
        self._use_passages(self.active_passages_name())

    def _use_passages(self, name: str) -> None:
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self._passages = self._passages_collection(name)
        self._passages_name = name
        self.vector_store = ChromaVectorStore(chroma_collection=self._passages)

    def _passages_collection(self, name: str) -> Any:
        return self._client.get_or_create_collection(
            name, metadata={"hnsw:space": "cosine"}, embedding_function=None
        )

    def active_passages_name(self) -> str:
        """The passage collection that answers: the last re-index's, or the original one."""
        result = self._meta.get(ids=[_ACTIVE], include=["metadatas"])
        if result["ids"]:
            return str(result["metadatas"][0]["passages"])
        return f"{self._prefix}_passages"

    def follow_active(self) -> bool:
        """Switch to the active passage collection if another process re-indexed; True if so."""
        name = self.active_passages_name()
        if name == self._passages_name:
            return False
        self._use_passages(name)
        return True

    def ensure_space(self, passages: int, text_chars: int) -> None:
        """Refuse a write that the embedded store's disk can't hold, before anything is written:
        SQLite rolls a failed write back, but Chroma may already have logged part of it."""
        if self._settings.chroma_url:
            return
        free = shutil.disk_usage(self._settings.chroma_path).free
        needed = passages * _BYTES_PER_PASSAGE + 4 * text_chars
        if free < needed:
            raise StorageFull(
                f"not enough space on the disk that holds the store: this document needs about "
                f"{needed / 2**20:.1f} MiB and {free / 2**20:.1f} MiB is free; "
                "documents ingested before are unaffected"
            )

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
        try:
            return self._write_document(document, passages, vectors)
        except Exception as exc:
            if is_disk_full(exc):
                raise StorageFull("the disk that holds the store is full: free some space") from exc
            raise

    def _write_document(
        self, document: Document, passages: Sequence[Passage], vectors: np.ndarray
    ) -> DocumentRecord:
        self.add_passages(document.doc_id, document.sha256, passages, vectors)
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

    def add_passages(
        self, doc_id: str, sha256: str, passages: Sequence[Passage], vectors: np.ndarray
    ) -> None:
        """Add passages of a committed or about-to-be-committed version to the active collection."""
        _add_passages(self.vector_store, doc_id, sha256, passages, vectors)

    def indexed_versions(self) -> set[tuple[str, str]]:
        """(doc_id, sha256) of every version that has passages in the active collection."""
        result = self._passages.get(include=["metadatas"])
        return {(str(m["doc_id"]), str(m["sha256"])) for m in result["metadatas"]}

    def set_passage_count(self, doc_id: str, passages: int) -> None:
        result = self._documents.get(ids=[doc_id], include=["metadatas"])
        if result["ids"]:
            self._documents.update(ids=[doc_id], metadatas=[{**result["metadatas"][0], "passages": passages}])

    # -- re-index --------------------------------------------------------------------------

    def start_reindex(self) -> ReindexTarget:
        """A new, empty passage collection to fill; orphans of interrupted re-indexes are dropped."""
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self._drop_inactive_passage_collections()
        name = f"{self._prefix}_passages_{datetime.now(UTC).strftime('%Y%m%d%H%M%S%f')}"
        return ReindexTarget(name, ChromaVectorStore(chroma_collection=self._passages_collection(name)))

    def finish_reindex(self, target: ReindexTarget) -> None:
        """Switch readers to `target` (one upsert, the commit point), then drop the old passages."""
        self._meta.upsert(ids=[_ACTIVE], metadatas=[{"passages": target.name}], embeddings=[_NO_VECTOR])
        self._use_passages(target.name)
        self._drop_inactive_passage_collections()

    def _drop_inactive_passage_collections(self) -> None:
        active = self.active_passages_name()
        for collection in self._client.list_collections():
            name = collection if isinstance(collection, str) else collection.name
            if name.startswith(f"{self._prefix}_passages") and name != active:
                self._client.delete_collection(name)

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


@dataclass(frozen=True)
class ReindexTarget:
    """A passage collection being filled by a re-index, not yet answering."""

    name: str
    vector_store: ChromaVectorStore

    def add(self, doc_id: str, sha256: str, passages: Sequence[Passage], vectors: np.ndarray) -> None:
        _add_passages(self.vector_store, doc_id, sha256, passages, vectors)


def _add_passages(
    vector_store: ChromaVectorStore,
    doc_id: str,
    sha256: str,
    passages: Sequence[Passage],
    vectors: np.ndarray,
) -> None:
    from llama_index.core.schema import BaseNode, NodeRelationship, RelatedNodeInfo, TextNode

    nodes: list[BaseNode] = []
    for passage, vector in zip(passages, vectors, strict=True):
        node = TextNode(
            id_=passage_id(doc_id, sha256, passage.seq),
            text=passage.text,
            embedding=vector.tolist(),
            metadata=_passage_metadata(passage, sha256),
        )
        node.relationships[NodeRelationship.SOURCE] = RelatedNodeInfo(node_id=doc_id)
        nodes.append(node)
    if nodes:
        vector_store.add(nodes)


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
