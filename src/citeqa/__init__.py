"""citeqa: answers questions about documents, citing the exact sentences the answers come from."""

__version__ = "0.1.0"
