"""Argument checks shared by every public function (private)."""

from __future__ import annotations

__all__ = ["ensure_str"]


def ensure_str(value: object, name: str = "text") -> str:
    """Return ``value`` if it is a ``str``; raise a helpful ``TypeError`` otherwise."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{name} must be a str, not {type(value).__name__}; "
            "decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{name} must be a str, not {type(value).__name__}")
