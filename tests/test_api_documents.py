"""Documents over HTTP: listing, full text for highlighting, uploads and deletes behind the key."""

from __future__ import annotations

import httpx
import pytest

from .conftest import ADMIN_KEY, SEED_FILE, ServerThread, free_port

AUTH = {"Authorization": f"Bearer {ADMIN_KEY}"}


def test_list_and_read_documents(live_server: ServerThread) -> None:
    listed = httpx.get(f"{live_server.url}/api/documents").json()
    seed = next(d for d in listed if d["source"].endswith("japan-golden-dome.txt"))
    assert set(seed) == {"id", "source", "title", "sha256", "chars", "passages", "ingested_at"}
    full = httpx.get(f"{live_server.url}/api/documents/{seed['id']}").json()
    assert full["text"] == SEED_FILE.read_text(encoding="utf-8")
    assert full["chars"] == len(full["text"])


def test_citation_doc_ids_resolve_to_the_text_they_index(live_server: ServerThread) -> None:
    answer = httpx.post(
        f"{live_server.url}/api/ask", json={"question": "How much will the Golden Dome cost?"}, timeout=60
    ).json()
    citation = answer["citations"][0]
    text = httpx.get(f"{live_server.url}/api/documents/{citation['doc_id']}").json()["text"]
    assert text[citation["start"] : citation["end"]] == citation["text"]


def test_an_unknown_document_is_404(live_server: ServerThread) -> None:
    response = httpx.get(f"{live_server.url}/api/documents/nope")
    assert response.status_code == 404
    assert response.json()["error"]["type"] == "not_found"


def test_upload_ask_and_delete_a_document(live_server: ServerThread) -> None:
    note = "Field notes\n\nThe Okinawa radar unit was commissioned by Colonel Aiko Tanaka in 2031."
    created = httpx.post(
        f"{live_server.url}/api/documents",
        files={"file": ("notes.md", note.encode(), "text/markdown")},
        headers=AUTH,
        timeout=120,
    )
    assert created.status_code == 201, created.text
    record = created.json()
    assert record["source"] == "uploads/notes.md" and record["passages"] == 2

    again = httpx.post(
        f"{live_server.url}/api/documents",
        files={"file": ("notes.md", note.encode())},
        headers=AUTH,
        timeout=120,
    )
    assert again.status_code == 200 and again.json()["sha256"] == record["sha256"]

    answer = httpx.post(
        f"{live_server.url}/api/ask",
        json={"question": "Who commissioned the Okinawa radar unit?"},
        timeout=60,
    ).json()
    assert answer["answerable"] and "Aiko Tanaka" in answer["citations"][0]["text"]
    assert answer["citations"][0]["doc_id"] == record["id"]

    deleted = httpx.delete(f"{live_server.url}/api/documents/{record['id']}", headers=AUTH)
    assert deleted.status_code == 204
    assert httpx.get(f"{live_server.url}/api/documents/{record['id']}").status_code == 404
    after = httpx.post(
        f"{live_server.url}/api/ask",
        json={"question": "Who commissioned the Okinawa radar unit?"},
        timeout=60,
    ).json()
    assert all(c["doc_id"] != record["id"] for c in after["citations"] + after["passages"])


def test_json_text_uploads_are_ingested(live_server: ServerThread) -> None:
    body = {"text": "Memo. The budget review is due in March.", "source": "../../etc/memo.txt"}
    created = httpx.post(f"{live_server.url}/api/documents", json=body, headers=AUTH, timeout=120)
    assert created.status_code == 201
    assert created.json()["source"] == "uploads/memo.txt"  # never a path of the caller's
    httpx.delete(f"{live_server.url}/api/documents/{created.json()['id']}", headers=AUTH)


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": ADMIN_KEY}, {"X-Api-Key": ADMIN_KEY}],
)
def test_writes_without_the_right_key_are_401(live_server: ServerThread, headers: dict[str, str]) -> None:
    upload = httpx.post(
        f"{live_server.url}/api/documents", files={"file": ("a.txt", b"Some text here.")}, headers=headers
    )
    assert upload.status_code == 401
    assert upload.json()["error"]["type"] == "unauthorized"
    seed_id = httpx.get(f"{live_server.url}/api/documents").json()[0]["id"]
    assert httpx.delete(f"{live_server.url}/api/documents/{seed_id}", headers=headers).status_code == 401


def test_bad_uploads_get_clear_4xx(live_server: ServerThread) -> None:
    url = f"{live_server.url}/api/documents"
    cases = [
        (("fake.pdf", b"not really a pdf"), 422, "not_text"),
        (("photo.txt", b"\x89PNG\r\n\x00\x00"), 422, "not_text"),
        (("tool.exe", b"MZ..."), 415, "unsupported_file_type"),
        (("big.txt", b"word " * 20000), 413, "payload_too_large"),
    ]
    for (name, data), status, error_type in cases:
        response = httpx.post(url, files={"file": (name, data)}, headers=AUTH, timeout=60)
        assert response.status_code == status, (name, response.text)
        assert response.json()["error"]["type"] == error_type
    missing = httpx.post(url, data={"other": "x"}, headers=AUTH)
    assert missing.status_code == 400
    assert httpx.delete(f"{url}/nope", headers=AUTH).status_code == 404


def test_writes_are_refused_when_no_admin_key_is_configured(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from citeqa.api import create_app

    from .conftest import make_settings

    with ServerThread(create_app(make_settings(tmp_path, admin_key=None)), free_port()) as server:
        response = httpx.post(
            f"{server.url}/api/documents",
            files={"file": ("a.txt", b"text")},
            headers={"Authorization": "Bearer anything"},
        )
        assert response.status_code == 403
        assert "CITEQA_ADMIN_KEY" in response.json()["error"]["message"]
