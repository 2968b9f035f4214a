"""Admin authentication for document writes: a bearer key, compared in constant time.

With no CITEQA_ADMIN_KEY configured, writes are refused outright (fail closed).
"""

from __future__ import annotations

import hmac

from fastapi import Request

from citeqa.errors import Forbidden, Unauthorized


def require_admin(request: Request) -> None:
    configured = request.app.state.settings.admin_key
    if not configured:
        raise Forbidden("document writes are disabled: the server has no CITEQA_ADMIN_KEY")
    scheme, _, presented = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not presented:
        raise Unauthorized("document writes need the header Authorization: Bearer <admin key>")
    if not hmac.compare_digest(presented.strip().encode(), configured.encode()):
        raise Unauthorized("the admin key is wrong")
