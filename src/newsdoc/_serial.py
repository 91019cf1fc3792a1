"""Result objects to JSON-ready dicts and back, and the JSON Schema of those dicts (private).

The three functions walk the attrs fields and type hints of the result classes, so a
field added to any of them is serialised, rebuilt and described without further code:

- :func:`dump` turns an object into dicts, lists, str, int, bool and None (dates, times
  and datetimes as ISO 8601 strings);
- :func:`load` rebuilds an object of a given class from such data, checking every type;
- :func:`schema` writes the JSON Schema (draft 2020-12) that :func:`dump` output obeys.

``python -m newsdoc._serial`` prints the Article schema shipped in ``schema/``; a test
checks that the shipped file matches it.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from collections.abc import Mapping
from typing import Any, Literal, Union, get_args, get_origin

import attrs

__all__ = ["dump", "load", "schema"]

_NONE = type(None)

# ISO 8601 as Python's isoformat() writes it: 2024-03-01, 14:05:00(.123456)(+01:00).
_DATE_PATTERN = r"\d{4}-\d{2}-\d{2}"
_TIME_PATTERN = r"\d{2}:\d{2}:\d{2}(\.\d{6})?([+-]\d{2}:\d{2}(:\d{2}(\.\d{6})?)?)?"


def dump(value: object, *, skip: frozenset[str] = frozenset()) -> object:
    """Return ``value`` as JSON-ready data; ``skip`` names top-level fields to leave out.

    Example:
        >>> from newsdoc.spans import Span
        >>> dump((Span(start=1, end=2),))
        [{'start': 1, 'end': 2}]
    """
    if value is None or isinstance(value, (str, int, float)):  # the most common, first
        return value
    if isinstance(value, (tuple, list)):
        return [dump(item) for item in value]
    if isinstance(value, (dt.date, dt.time)):  # a datetime is a date
        return value.isoformat()
    cls: type = type(value)
    names = _field_names(cls)
    if names:
        return {name: dump(getattr(value, name)) for name in names if name not in skip}
    return value


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """Return the field names of an attrs class, () for any other (computed once per class)."""
    return tuple(field.name for field in attrs.fields(cls)) if attrs.has(cls) else ()


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """Return the resolved type hints of an attrs class (computed once per class)."""
    return typing.get_type_hints(cls)


def _describe(value: object) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text if len(text) <= 40 else text[:39] + '…'}"


def _is_union(tp: object) -> bool:
    return get_origin(tp) in (Union, types.UnionType)


def load(cls: type, data: object, where: str = "") -> Any:
    """Rebuild a value of type ``cls`` from :func:`dump` output; ValueError names the place.

    Example:
        >>> from newsdoc.spans import Span
        >>> load(Span, {"start": 1, "end": 2})
        Span(start=1, end=2)
        >>> load(Span, {"start": "1", "end": 2})
        Traceback (most recent call last):
        ValueError: start: expected int, got str '1'
    """
    return _load(cls, data, where)


def _load(tp: Any, data: object, where: str) -> Any:
    origin = get_origin(tp)
    if tp is _NONE:
        if data is None:
            return None
        raise ValueError(f"{where or 'value'}: expected null, got {_describe(data)}")
    if _is_union(tp):
        return _load_union(get_args(tp), data, where)
    if origin is Literal:
        if any(data == choice and type(data) is type(choice) for choice in get_args(tp)):
            return data
        raise ValueError(f"{where}: expected one of {list(get_args(tp))}, got {_describe(data)}")
    if origin is tuple:
        if not isinstance(data, (list, tuple)):
            raise ValueError(f"{where}: expected a list, got {_describe(data)}")
        item_type = get_args(tp)[0]
        return tuple(_load(item_type, item, f"{where}[{i}]") for i, item in enumerate(data))
    if isinstance(tp, type) and attrs.has(tp):
        return _load_attrs(tp, data, where)
    if tp in (dt.datetime, dt.date, dt.time):
        return _load_iso(tp, data, where)
    if tp in (str, int, bool) and type(data) is tp:  # bool is no int here, nor int a bool
        return data
    if tp is float and isinstance(data, (int, float)) and not isinstance(data, bool):
        return float(data)  # a whole number may arrive as 2
    raise ValueError(f"{where}: expected {getattr(tp, '__name__', tp)}, got {_describe(data)}")


def _load_union(choices: tuple[Any, ...], data: object, where: str) -> Any:
    if data is None and _NONE in choices:
        return None
    options = [choice for choice in choices if choice is not _NONE]
    errors: list[str] = []
    for choice in options:
        try:
            return _load(choice, data, where)
        except ValueError as exc:
            errors.append(str(exc))
    raise ValueError(errors[0] if len(errors) == 1 else f"{where}: {'; '.join(errors)}")


def _load_attrs(cls: type, data: object, where: str) -> Any:
    if not isinstance(data, Mapping):
        raise ValueError(f"{where or cls.__name__}: expected an object, got {_describe(data)}")
    fields = attrs.fields_dict(cls)
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ValueError(f"{where or cls.__name__}: unknown field {unknown[0]!r}")
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for name, field in fields.items():
        place = f"{where}.{name}" if where else name
        if name in data:
            kwargs[name] = _load(hints[name], data[name], place)
        elif field.default is attrs.NOTHING:
            raise ValueError(f"{place}: missing")
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:  # the class's own validators
        raise ValueError(f"{where or cls.__name__}: {exc}") from None


def _load_iso(tp: type, data: object, where: str) -> Any:
    if not isinstance(data, str):
        raise ValueError(f"{where}: expected an ISO 8601 string, got {_describe(data)}")
    text = data[:-1] + "+00:00" if data.endswith("Z") else data  # Python 3.10 refuses "Z"
    try:
        if tp is dt.datetime:
            return dt.datetime.fromisoformat(text)
        if tp is dt.date and len(text) == 10:  # a datetime string is no date
            return dt.date.fromisoformat(text)
        if tp is dt.time:
            return dt.time.fromisoformat(text)
    except ValueError:
        pass
    raise ValueError(f"{where}: expected an ISO 8601 {tp.__name__}, got {_describe(data)}")


def schema(
    root: type, *, optional: frozenset[str] = frozenset(), schema_id: str | None = None
) -> dict[str, object]:
    """Return the JSON Schema of :func:`dump` output for ``root`` (an attrs class).

    Every field is required except the top-level names in ``optional``; no other
    property is allowed.  Nested classes go under ``$defs``.

    Example:
        >>> from newsdoc.spans import Span
        >>> schema(Span)["required"]
        ['start', 'end']
    """
    defs: dict[str, object] = {}
    body = _object_schema(root, defs, optional)
    head: dict[str, object] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    if schema_id is not None:
        head["$id"] = schema_id
    return {**head, **body, "$defs": dict(sorted(defs.items()))}


def _object_schema(cls: type, defs: dict[str, object], optional: frozenset[str]) -> dict[str, Any]:
    hints = _hints(cls)
    names = [field.name for field in attrs.fields(cls)]
    doc = (cls.__doc__ or "").strip().splitlines()
    return {
        "title": cls.__name__,
        "description": doc[0] if doc else cls.__name__,
        "type": "object",
        "properties": {name: _type_schema(hints[name], defs) for name in names},
        "required": [name for name in names if name not in optional],
        "additionalProperties": False,
    }


def _type_schema(tp: Any, defs: dict[str, object]) -> dict[str, object]:
    if tp is _NONE:
        return {"type": "null"}
    if _is_union(tp):
        return {"anyOf": [_type_schema(choice, defs) for choice in get_args(tp)]}
    if get_origin(tp) is Literal:
        return {"enum": list(get_args(tp))}
    if get_origin(tp) is tuple:
        return {"type": "array", "items": _type_schema(get_args(tp)[0], defs)}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # a placeholder stops recursion
            body = _object_schema(tp, defs, frozenset())
            if tp.__name__ == "Span":  # offsets count from 0
                offset = {"type": "integer", "minimum": 0}
                body["properties"] = {"start": offset, "end": offset}
            defs[tp.__name__] = body
        return {"$ref": f"#/$defs/{tp.__name__}"}
    return dict(_SCALARS[tp])


_SCALARS: Mapping[object, Mapping[str, object]] = types.MappingProxyType(
    {
        str: {"type": "string"},
        int: {"type": "integer"},
        float: {"type": "number"},
        bool: {"type": "boolean"},
        dt.date: {"type": "string", "format": "date", "pattern": f"^{_DATE_PATTERN}$"},
        dt.time: {"type": "string", "pattern": f"^{_TIME_PATTERN}$"},
        dt.datetime: {"type": "string", "pattern": f"^{_DATE_PATTERN}T{_TIME_PATTERN}$"},
    }
)


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    import json

    from newsdoc.article import _build_schema

    print(json.dumps(_build_schema(), indent=2, ensure_ascii=False))
