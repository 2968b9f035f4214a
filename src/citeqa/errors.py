"""Errors citeqa raises on purpose, each carrying the HTTP status and CLI exit code it maps to.

Hierarchy::

    CiteqaError                    500  something failed that is not the caller's fault
    ├── InvalidInput               400  a question or parameter the caller must fix
    │   └── QuestionTooLong        413
    ├── DocumentError              422  a file that cannot be ingested
    │   ├── UnsupportedFileType    415
    │   └── NotText                422  binary or undecodable content
    ├── NotFound                   404
    ├── Unauthorized               401
    ├── Forbidden                  403
    ├── EmptyStore                 409  nothing ingested yet
    └── Unavailable                503  a dependency (vector store, LLM server) cannot be reached
        ├── Overloaded             503  too many questions waiting already (with Retry-After)
        ├── TimedOut               503  a question took longer than the request timeout
        └── StorageFull            503  no space left on the disk that holds the store
"""

from __future__ import annotations


class CiteqaError(Exception):
    status_code = 500
    exit_code = 1
    error_type = "internal_error"
    retry_after: int | None = None  # seconds, sent as Retry-After when set

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(CiteqaError):
    status_code = 400
    exit_code = 2
    error_type = "invalid_request"


class QuestionTooLong(InvalidInput):
    status_code = 413
    error_type = "question_too_long"


class DocumentError(CiteqaError):
    status_code = 422
    exit_code = 3
    error_type = "invalid_document"


class UnsupportedFileType(DocumentError):
    status_code = 415
    error_type = "unsupported_file_type"


class NotText(DocumentError):
    error_type = "not_text"


class NotFound(CiteqaError):
    status_code = 404
    exit_code = 4
    error_type = "not_found"


class Unauthorized(CiteqaError):
    status_code = 401
    exit_code = 5
    error_type = "unauthorized"


class Forbidden(CiteqaError):
    status_code = 403
    exit_code = 5
    error_type = "forbidden"


class EmptyStore(CiteqaError):
    status_code = 409
    exit_code = 6
    error_type = "empty_store"


class Unavailable(CiteqaError):
    status_code = 503
    exit_code = 7
    error_type = "unavailable"


class Overloaded(Unavailable):
    error_type = "overloaded"
    retry_after = 1


class TimedOut(Unavailable):
    error_type = "timeout"


class StorageFull(Unavailable):
    error_type = "storage_full"
