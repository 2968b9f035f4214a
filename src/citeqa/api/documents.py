"""The documents endpoints: list, read (with the text citations index into), upload, delete."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import unquote

from fastapi import APIRouter, Depends, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field

from citeqa.api.app_errors import documented
from citeqa.api.security import require_admin
from citeqa.documents import document_from_bytes
from citeqa.engine import Engine
from citeqa.errors import InvalidInput, NotFound
from citeqa.store import DocumentRecord

router = APIRouter(prefix="/api/documents", tags=["documents"], responses=documented(404, 429, 503))
_WRITE_ERRORS = documented(400, 401, 403, 413, 415, 422)


class DocumentOut(BaseModel):
    id: str
    source: str
    title: str
    sha256: str
    chars: int
    passages: int
    ingested_at: str


class DocumentWithText(DocumentOut):
    text: str = Field(description="The full text that citation offsets index into.")


class TextUpload(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"text": "Tokyo pledged $3 billion.", "source": "note.txt"}]},
    )

    text: str = Field(min_length=1)
    source: str = Field(min_length=1, max_length=200, description="A file name; its suffix picks the format.")


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def upload_source(filename: str) -> str:
    """The name an upload is stored under: its base name only, never a path of the caller's.

    Percent-encoding is undone first, so "..%2f..%2fx.txt" is "x.txt" too. The name is a label:
    uploads are read from the request body and never written to or read from a path."""
    name = PureWindowsPath(PurePosixPath(unquote(filename)).name).name.strip()
    if not name or name in {".", ".."} or name.startswith("."):
        raise InvalidInput("the upload needs a file name such as notes.txt")
    return f"uploads/{name}"


@router.get("", response_model=list[DocumentOut])
async def list_documents(request: Request) -> list[DocumentOut]:
    records = await run_in_threadpool(_engine(request).store.documents)
    return [_out(record) for record in records]


@router.get("/{doc_id}", response_model=DocumentWithText)
async def get_document(request: Request, doc_id: str) -> DocumentWithText:
    store = _engine(request).store
    record = await run_in_threadpool(store.document, doc_id)
    if record is None:
        raise NotFound(f"no document with id {doc_id}")
    text = await run_in_threadpool(store.document_text, doc_id)
    return DocumentWithText.model_validate({**record.to_dict(), "text": text})


@router.post(
    "",
    response_model=DocumentOut,
    status_code=201,
    dependencies=[Depends(require_admin)],
    responses={
        200: {"model": DocumentOut, "description": "The same content was already ingested"},
        **_WRITE_ERRORS,
    },
    openapi_extra={
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {"file": {"type": "string", "format": "binary"}},
                        "required": ["file"],
                    }
                },
                "application/json": {"schema": TextUpload.model_json_schema()},
            },
            "required": True,
        }
    },
)
async def upload_document(request: Request, response: Response) -> DocumentOut:
    """Ingest a .txt/.md/.html/.pdf upload (multipart field `file`) or JSON `{text, source}`."""
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise InvalidInput("the multipart body needs a file in the field `file`")
        source = upload_source(upload.filename or "")
        data = await upload.read()
        document = await run_in_threadpool(document_from_bytes, data, source)
    elif content_type.startswith("application/json"):
        body = TextUpload.model_validate_json(await request.body())
        source = upload_source(body.source)
        document = await run_in_threadpool(document_from_bytes, body.text.encode("utf-8"), source)
    else:
        raise InvalidInput("send multipart/form-data with a `file`, or JSON {text, source}")
    record, changed = await run_in_threadpool(_engine(request).ingest_document, document)
    if not changed:
        response.status_code = 200
    return _out(record)


@router.delete("/{doc_id}", status_code=204, dependencies=[Depends(require_admin)], responses=_WRITE_ERRORS)
async def delete_document(request: Request, doc_id: str) -> Response:
    await run_in_threadpool(_engine(request).delete_document, doc_id)
    return Response(status_code=204)


def _out(record: DocumentRecord) -> DocumentOut:
    return DocumentOut.model_validate(record.to_dict())
