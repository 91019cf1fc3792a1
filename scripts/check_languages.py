"""Check that language detection keeps every dev document's corpus language.

Usage: ``PYTHONPATH=src python scripts/check_languages.py [CORPORA_DIR] [--sentences]``

Prints, per corpus, the documents detected as another language than the corpus
is written in (``meta.lang`` where the corpus records it).  With ``--sentences``
it also detects the first sentence of every document on its own.  Prints ids and
counts only, never document text.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from newsdoc import detect_language
from newsdoc._text import paragraphs, sentences

CORPUS_LANGUAGE = {
    "bbc": "en",
    "buzzfeed": "en",
    "horne": "en",
    "polnear": "en",
    "reuters": "en",
    "dequote": "de",
    "gnad": "de",
    "fakedes": "es",
}


def first_sentence(text: str, language: str) -> str:
    """Return the first sentence of the first paragraph longer than a title line."""
    for para in paragraphs(text):
        if len(para.text) >= 60:
            found = sentences(text, para.span.start, para.span.end, language=language)
            return found[0].text if found else para.text
    return ""


def main() -> None:
    """Print the documents whose detected language is not their corpus's."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared" / "corpora"
    check_sentences = "--sentences" in sys.argv
    for path in sorted(root.glob("*/dev.jsonl")):
        corpus = path.parent.name
        wrong: Counter[str] = Counter()
        wrong_first: Counter[str] = Counter()
        ids: list[str] = []
        total = 0
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                expected = doc.get("meta", {}).get("lang") or CORPUS_LANGUAGE.get(corpus)
                if expected is None:
                    continue
                total += 1
                got = detect_language(doc["text"])
                if got != expected:
                    wrong[got] += 1
                    ids.append(doc["id"])
                if check_sentences:
                    sentence = first_sentence(doc["text"], expected)
                    if sentence and detect_language(sentence) != expected:
                        wrong_first[detect_language(sentence)] += 1
        print(f"{corpus}: {total} docs, {sum(wrong.values())} wrong {dict(wrong)}", end="")
        if check_sentences:
            print(
                f"; first sentences wrong {sum(wrong_first.values())} {dict(wrong_first)}", end=""
            )
        print("", " ".join(ids[:8]))


if __name__ == "__main__":
    main()
