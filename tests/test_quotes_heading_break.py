"""A heading with no full stop does not swallow the subject of the paragraph after it.

Our own sentences.  A subheading ("Un camino nuevo") and the next paragraph are
no single sentence: the subject of that paragraph ("Vidal presentó …") is who a
dropped subject after the next quotation stands for, in Spanish, where the
speaker is read back from the subjects before.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _last(text: str, language: str) -> str | None:
    """Return the speaker mention, as written, of the last quotation of ``text``."""
    q = find_quotes(text, language=language)[-1]
    return None if q.speaker_span is None else text[q.speaker_span.start : q.speaker_span.end]


CASES = [
    pytest.param(
        "es",
        "El ministro Tomás Gil Rey dirigirá la comisión. El plan fue aprobado.\n\n"
        "Un barrio nuevo\n\n"
        "En otra promesa de campaña, Vidal presentó un proyecto para el puerto. "
        '"Todos los vecinos tendrán una casa digna antes de cinco años", había dicho en mayo.',
        "Vidal",
        id="es-subheading",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_subject_after_a_heading(language: str, text: str, expected: str) -> None:
    assert _last(text, language) == expected
