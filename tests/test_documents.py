"""Loaders read text exactly, and refuse what is not text with an error naming the file."""

import pytest

from citeqa.documents import document_from_bytes
from citeqa.errors import DocumentError, NotText, UnsupportedFileType


def test_text_is_kept_byte_for_byte() -> None:
    raw = "Japan’s “Golden Dome”\r\nline two\n".encode()
    assert document_from_bytes(raw, "a.txt").text == raw.decode("utf-8")


def test_binary_content_is_not_text() -> None:
    with pytest.raises(NotText, match="photo.txt"):
        document_from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "photo.txt")


def test_invalid_utf8_is_not_text() -> None:
    with pytest.raises(NotText, match="latin.md"):
        document_from_bytes("café".encode("latin-1"), "latin.md")


def test_unknown_suffix_is_refused() -> None:
    with pytest.raises(UnsupportedFileType, match="tool.exe"):
        document_from_bytes(b"MZ", "tool.exe")


def test_a_fake_pdf_is_refused() -> None:
    with pytest.raises(NotText, match="fake.pdf"):
        document_from_bytes(b"just text pretending", "fake.pdf")


def test_empty_file_is_refused() -> None:
    with pytest.raises(DocumentError, match="no text"):
        document_from_bytes(b"  \n", "empty.txt")


def test_html_keeps_blocks_and_drops_scripts() -> None:
    html = (
        b"<html><head><title>T</title></head><body><h1>Title here</h1><p>First para.</p>"
        b"<script>evil()</script><p>Second.</p></body></html>"
    )
    text = document_from_bytes(html, "page.html").text
    assert text == "Title here\n\nFirst para.\n\nSecond."


def test_a_pdf_without_a_text_layer_is_refused() -> None:
    from io import BytesIO

    import pypdf

    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = BytesIO()
    writer.write(buffer)
    # A real PDF with no text layer: readable, but nothing to ingest.
    with pytest.raises(DocumentError, match="no text"):
        document_from_bytes(buffer.getvalue(), "blank.pdf")
