"""The HTTP service."""

from citeqa.api.app import create_app

__all__ = ["create_app"]
