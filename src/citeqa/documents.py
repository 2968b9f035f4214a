"""Loading files into Documents whose text is what citation offsets index into.

For .txt and .md the text is the file's bytes decoded as UTF-8, unchanged, so a citation's
(start, end) can be checked against the file itself. HTML and PDF have no such text: their
extracted text becomes the document text, and the API serves it (GET /api/documents/{id}).
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from citeqa.errors import DocumentError, NotText, UnsupportedFileType

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")


@dataclass(frozen=True)
class Document:
    source: str
    text: str
    sha256: str

    @property
    def doc_id(self) -> str:
        """Stable across edits of the same source, so a changed file replaces its old version."""
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()[:16]

    @property
    def title(self) -> str:
        for line in self.text.splitlines():
            if line.strip():
                return line.strip().lstrip("#").strip()[:200]
        return self.source


def document_from_text(text: str, source: str) -> Document:
    return Document(source=source, text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def document_from_bytes(data: bytes, source: str) -> Document:
    """Decode an uploaded or read file by its suffix; raise a DocumentError naming it on failure."""
    suffix = Path(source).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnsupportedFileType(
            f"{source}: unsupported file type {suffix or '(none)'}; "
            f"supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    if suffix == ".pdf":
        text = _pdf_text(data, source)
    else:
        text = _decode_text(data, source)
        if suffix in (".html", ".htm"):
            text = _html_text(text)
    if not text.strip():
        raise DocumentError(f"{source}: no text to ingest")
    return document_from_text(text, source)


def load_path(path: Path, root: Path | None = None) -> Document:
    source = path.relative_to(root).as_posix() if root else path.as_posix()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{source}: cannot be read ({exc.strerror})") from exc
    return document_from_bytes(data, source)


def discover_files(paths: list[Path]) -> Iterator[Path]:
    """Every supported file under the given files and folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
        else:
            yield path


def _decode_text(data: bytes, source: str) -> str:
    if b"\x00" in data[:8192]:
        raise NotText(f"{source}: looks binary (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotText(f"{source}: is not valid UTF-8 text (byte {exc.start})") from exc
    return text.removeprefix("\ufeff")


_BLOCK_TAGS = re.compile(r"^(p|div|h[1-6]|li|tr|br|section|article|header|footer|blockquote|pre)$")


def _html_text(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    blocks = []
    for element in soup.find_all(_BLOCK_TAGS):
        if element.find(_BLOCK_TAGS):
            continue  # the innermost block carries the text
        text = " ".join(element.get_text(" ").split())
        if text:
            blocks.append(text)
    if not blocks:
        blocks = [" ".join(soup.get_text(" ").split())]
    return "\n\n".join(blocks)


def _pdf_text(data: bytes, source: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.startswith(b"%PDF-"):
        raise NotText(f"{source}: is not a PDF (no %PDF- header)")
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise NotText(f"{source}: is not a readable PDF ({exc})") from exc
    return "\n\n".join(page.strip() for page in pages if page.strip())
