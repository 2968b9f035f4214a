"""Answerers: extractive (default, no LLM) and generative, sharing citation verification."""
