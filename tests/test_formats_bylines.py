"""The byline and credit conventions catalogue: one row per layout, one test per row.

Every example was written by us for this table (invented names, fictional stories); the
layouts follow newsroom conventions: the AP Stylebook's bylines and credit lines ("By X
and Y, Associated Press", "Contributing: X", "X contributed to this report"), Reuters
trailers ("(Reporting by X; Editing by Y)"), the credit lines German, Austrian, French,
Spanish and Italian papers print for agency copy ("(dpa)", "(APA/red)", "Avec AFP",
"Con información de EFE", "Fonte: ANSA"), correspondent and special-envoy bylines
("envoyé spécial", "dal nostro inviato"), commentary bylines ("Ein Kommentar von X",
"Analysis by X"), possessive outlet credits ("CNN's X") and section-end signatures.
No corpus text is used.

``docs/formats/bylines.md`` is rendered from :data:`GROUPS`; ``test_docs_in_sync`` fails
when the two differ, and ``python tests/test_formats_bylines.py`` rewrites the page.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from newsdoc import find_bylines

DOC = Path(__file__).resolve().parent.parent / "docs" / "formats" / "bylines.md"


class Row(NamedTuple):
    """One convention: an example of ours and the credits newsdoc reads from it."""

    id: str
    text: str
    people: tuple[str, ...] = ()  # every person of every byline found, in order
    orgs: tuple[str, ...] = ()  # every organisation, in order
    desks: tuple[str, ...] = ()  # desk credits that name no one ("agencies")
    xfail: str | None = None  # why a known miss is missed (strict xfail)


BODY = "\n\nThe council met on Monday."
TAIL = "The council met on Monday.\n\n"

GROUPS: tuple[tuple[str, tuple[Row, ...]], ...] = (
    (
        "Agency and US newspaper bylines (English)",
        (
            Row(
                "ap-two-names-and-agency",
                "By JANE ROE and SAM POE, Associated Press" + BODY,
                ("Jane Roe", "Sam Poe"),
                ("Associated Press",),
            ),
            Row(
                "ap-staff-title",
                "By ANNA KOVAC, AP Diplomatic Writer" + BODY,
                ("Anna Kovac",),
                ("Associated Press",),
            ),
            Row("ap-agency-alone", "By The Associated Press" + BODY, (), ("Associated Press",)),
            Row(
                "us-paper-name-and-outlet",
                "By Tim Ruiz, The Denver Post" + BODY,
                ("Tim Ruiz",),
                ("The Denver Post",),
            ),
            Row(
                "caps-name-with-initial-no-dot",
                "By JOHN E SMITH" + BODY,
                ("John E Smith",),
            ),
            Row(
                "three-names-serial-list",
                "By Ann Lee, Bo Ek and Cy Hart" + BODY,
                ("Ann Lee", "Bo Ek", "Cy Hart"),
            ),
            Row(
                "byline-bar-outlet",
                "By Ann Lee | Reuters" + BODY,
                ("Ann Lee",),
                ("Reuters",),
            ),
            Row(
                "possessive-outlet-byline",
                "By CNN's Jane Doe and Bo Ek" + BODY,
                ("Jane Doe", "Bo Ek"),
                ("CNN",),
            ),
            Row(
                "photo-and-wire-slashed",
                "By EPA-EFE/Reuter" + BODY,
                (),
                ("EPA", "Reuters"),
            ),
            Row(
                "caps-name-line-above-place-time",
                "Storm hits coast\n\nJANE ROE\nMiami, Jan. 2, 2020, 2:15 p.m." + BODY,
                ("Jane Roe",),
            ),
            Row(
                "name-and-agency-without-by",
                "Storm hits coast\n\nJane Roe, Associated Press" + BODY,
                ("Jane Roe",),
                ("Associated Press",),
            ),
            Row(
                "name-and-staff-title-without-by",
                "Storm hits coast\n\nJane Doe, Staff Writer" + BODY,
                ("Jane Doe",),
            ),
            Row(
                "outlet-on-the-line-below",
                "By Jane Roe\nAssociated Press" + BODY,
                ("Jane Roe",),
                ("Associated Press",),
            ),
        ),
    ),
    (
        "Commentary and analysis bylines",
        (
            Row("analysis-by", "Analysis by Jane Roe, CNN" + BODY, ("Jane Roe",), ("CNN",)),
            Row("opinion-by", "Opinion by Sam Poe" + BODY, ("Sam Poe",)),
            Row("commentary-by", "Commentary by Ann Lee" + BODY, ("Ann Lee",)),
            Row(
                "german-commentary",
                "Ein Kommentar von Anna Berger" + BODY,
                ("Anna Berger",),
            ),
            Row("german-analysis", "Eine Analyse von Tom Weiß" + BODY, ("Tom Weiß",)),
            Row("german-guest-essay", "Ein Gastbeitrag von Eva Roth" + BODY, ("Eva Roth",)),
            Row("german-guest-comment", "Ein Gastkommentar von Eva Roth" + BODY, ("Eva Roth",)),
            Row("italian-un-commento", "Un commento di Luca Neri" + BODY, ("Luca Neri",)),
            Row("french-analysis", "Une analyse de Jean Durand" + BODY, ("Jean Durand",)),
            Row("italian-comment", "Il commento di Marco Rossi" + BODY, ("Marco Rossi",)),
        ),
    ),
    (
        "Contributor lines and trailers",
        (
            Row(
                "contributing-colon",
                TAIL + "Contributing: Ann Lee and Bo Ek, USA TODAY",
                ("Ann Lee", "Bo Ek"),
                ("USA Today",),
            ),
            Row(
                "contributing-outlet-with-place-in-brackets",
                TAIL + "Contributing: Ann Lee, The (Cherry Hill, N.J.) Courier-Post",
                ("Ann Lee",),
                ("The (Cherry Hill, N.J.) Courier-Post",),
            ),
            Row(
                "credit-glued-to-last-sentence",
                "The fund closed in May.Contributing: Ann Lee, USA TODAY",
                ("Ann Lee",),
                ("USA Today",),
            ),
            Row(
                "contributed-to-this-report",
                TAIL + "Ann Lee contributed to this report.",
                ("Ann Lee",),
            ),
            Row(
                "possessive-outlet-contributed",
                TAIL + "CNN's Jane Doe contributed to this report.",
                ("Jane Doe",),
                ("CNN",),
            ),
            Row(
                "agency-contributed",
                TAIL + "The Associated Press contributed to this report.",
                (),
                ("Associated Press",),
            ),
            Row(
                "german-mitarbeit",
                TAIL + "Mitarbeit: Tom Weiß",
                ("Tom Weiß",),
            ),
            Row(
                "section-end-signature",
                TAIL + "— Ann Lee",
                ("Ann Lee",),
            ),
            Row(
                "edited-by-with-date-range",
                TAIL + "Edited by Jane Roe, 2–8 March 2020",
                ("Jane Roe",),
            ),
            Row(
                "compiled-by-with-date-range",
                TAIL + "Compiled by Ann Lee (March 2 - March 8)",
                ("Ann Lee",),
            ),
            Row("editor-colon", TAIL + "Editor: Jane Roe", ("Jane Roe",)),
            Row(
                "french-interview-credit",
                TAIL + "Propos recueillis par Jean Durand",
                ("Jean Durand",),
            ),
            Row(
                "german-interview-credit",
                "Die Stadt wächst weiter.\n\nDas Gespräch führte Anna Berger.",
                ("Anna Berger",),
            ),
            Row(
                "spanish-interview-credit",
                TAIL + "Entrevista realizada por Ana García",
                ("Ana García",),
            ),
            Row("podcast-produced-by", TAIL + "Podcast produced by Ann Lee.", ("Ann Lee",)),
            Row(
                "follow-line-social",
                TAIL + "Follow Ann Lee on Twitter @annlee_writes",
                ("Ann Lee",),
            ),
            Row(
                "follow-line-two-authors",
                TAIL + "Follow Ann Lee and Bo Ek on Instagram: @ledger",
                ("Ann Lee", "Bo Ek"),
            ),
            Row(
                "german-follow-line",
                TAIL + "Folgen Sie Anna Berger auf X",
                ("Anna Berger",),
            ),
        ),
    ),
    (
        "Reuters trailers",
        (
            Row(
                "reuters-reporting-editing",
                TAIL + "(Reporting by Omar Haddad; Editing by Rob Pullman)",
                ("Omar Haddad", "Rob Pullman"),
            ),
            Row(
                "reuters-places-and-writing",
                TAIL + "(Reporting by Ann Lee in Paris and Bo Ek in Rome; Writing by Cy Hart; "
                "Editing by Dee Moss)",
                ("Ann Lee", "Bo Ek", "Cy Hart", "Dee Moss"),
            ),
            Row(
                "reuters-additional-reporting",
                TAIL + "Additional reporting by Lena Sato in Tokyo; Editing by Mark Ode",
                ("Lena Sato", "Mark Ode"),
            ),
            Row(
                "reuters-agency-credit-at-foot",
                TAIL + "(Reuters)",
                (),
                ("Reuters",),
            ),
            Row(
                "reuters-trailer-without-brackets",
                TAIL + "Reporting by Ann Lee; Editing by Bo Ek",
                ("Ann Lee", "Bo Ek"),
            ),
            Row(
                "reuters-lower-case-second-role",
                TAIL + "Writing by Ann Lee, editing by Bo Ek",
                ("Ann Lee", "Bo Ek"),
            ),
        ),
    ),
    (
        "Agency credits at the foot of the story",
        (
            Row("with-agency", TAIL + "With AFP", (), ("AFP",)),
            Row("from-agency", TAIL + "From Reuters", (), ("Reuters",)),
            Row("dash-agency", TAIL + "—Associated Press", (), ("Associated Press",)),
            Row("staff-and-agencies", TAIL + "Staff and agencies", desks=("staff and agencies",)),
            Row("french-avec-afp", TAIL + "Avec AFP", (), ("AFP",)),
            Row("french-avec-afp-brackets", TAIL + "(Avec AFP)", (), ("AFP",)),
            Row("french-source-space-colon", TAIL + "Source : AFP", (), ("AFP",)),
            Row("french-paper-avec-agency", TAIL + "Le Monde avec AFP", (), ("Le Monde", "AFP")),
            Row("italian-redazione", TAIL + "Redazione", desks=("staff",)),
            Row("spanish-con-informacion", TAIL + "Con información de EFE", (), ("EFE",)),
            Row("spanish-agencias", TAIL + "Agencias", desks=("agencies",)),
            Row(
                "spanish-con-informacion-agencias",
                TAIL + "Con información de agencias",
                desks=("agencies",),
            ),
            Row(
                "spanish-agency-alone-last-line",
                "El consejo se reunió el lunes y aprobó el plan para la ciudad.\n\nEFE",
                (),
                ("EFE",),
            ),
            Row("french-avec-two-agencies", TAIL + "Avec AFP et Reuters", (), ("AFP", "Reuters")),
            Row("dash-german-agency", TAIL + "– dpa", (), ("dpa",)),
            Row("agency-tag-full-stop", TAIL + "(ANSA).", (), ("ANSA",)),
            Row("italian-fonte", TAIL + "Fonte: ANSA", (), ("ANSA",)),
            Row("german-quelle", TAIL + "Quelle: dpa", (), ("dpa",)),
            Row(
                "german-mit-material",
                TAIL + "Mit Material von dpa und AFP",
                (),
                ("dpa", "AFP"),
            ),
        ),
    ),
    (
        "German-language bylines and agency tags",
        (
            Row("von-name", "Von Anna Berger" + BODY, ("Anna Berger",)),
            Row(
                "von-two-names-agency",
                "Von Anna Berger und Tom Weiß, dpa" + BODY,
                ("Anna Berger", "Tom Weiß"),
                ("dpa",),
            ),
            Row("von-name-place", "Von Anna Berger, Brüssel" + BODY, ("Anna Berger",)),
            Row(
                "caps-name-line-above-place-date",
                "Neue Brücke\n\nANNA BERGER\nBerlin, 2. Januar 2020" + BODY,
                ("Anna Berger",),
            ),
            Row("dpa-tag", "Der Rat tagte am Montag. (dpa)", (), ("dpa",)),
            Row("apa-red-tag", "Der Rat tagte am Montag. (APA/red)", (), ("APA", "red")),
            Row("apa-dated-tag", "Der Rat tagte am Montag. (APA, 1.2.2015)", (), ("APA",)),
            Row("tag-day-range", "Der Rat tagte. (red, 18.–19.12.2015)", (), ("red",)),
            Row("dpa-regional-service-tag", "Der Senat tagte. (dpa/lno)", (), ("dpa",)),
            Row("tag-slashed-days", "Der Rat tagte. (APA, 1./2.2.2015)", (), ("APA",)),
            Row(
                "von-names-with-places",
                "Von Anna Berger, Brüssel, und Tom Weiß, Paris" + BODY,
                ("Anna Berger", "Tom Weiß"),
            ),
            Row("text-colon", "Text: Anna Berger" + BODY, ("Anna Berger",)),
            Row(
                "von-unserem-korrespondenten",
                "Von unserem Korrespondenten Tom Weiß, Brüssel" + BODY,
                ("Tom Weiß",),
            ),
            Row(
                "text-and-photo-roles",
                "Text: Anna Berger, Fotos: Tom Weiß" + BODY,
                ("Anna Berger", "Tom Weiß"),
            ),
        ),
    ),
    (
        "French, Spanish and Italian bylines",
        (
            Row("par-name", "Par Jean Durand" + BODY, ("Jean Durand",)),
            Row(
                "par-two-names-et",
                "Par Jean Durand et Marie Leclerc" + BODY,
                ("Jean Durand", "Marie Leclerc"),
            ),
            Row(
                "par-name-agency-brackets",
                "Par Jean Durand (AFP)" + BODY,
                ("Jean Durand",),
                ("AFP",),
            ),
            Row(
                "par-special-envoy",
                "Par Jean Durand, envoyé spécial à Kiev" + BODY,
                ("Jean Durand",),
            ),
            Row("par-name-a-place", "Par Jean Durand, à Bruxelles" + BODY, ("Jean Durand",)),
            Row(
                "par-notre-envoye-place-name",
                "Par notre envoyé spécial à Kiev Jean Durand" + BODY,
                ("Jean Durand",),
            ),
            Row("french-texte-space-colon", TAIL + "Texte : Jean Durand", ("Jean Durand",)),
            Row(
                "de-notre-correspondant-place-name",
                "De notre correspondant à Berlin, Jean Durand" + BODY,
                ("Jean Durand",),
            ),
            Row("por-name", "Por Ana García" + BODY, ("Ana García",)),
            Row(
                "por-two-names-y",
                "Por Ana García y Luis Pérez" + BODY,
                ("Ana García", "Luis Pérez"),
            ),
            Row(
                "por-names-in-capitals-y",
                "POR ANA GARCÍA Y LUIS PÉREZ" + BODY,
                ("Ana García", "Luis Pérez"),
            ),
            Row(
                "por-special-envoy",
                "Por Ana García, enviada especial a Kiev" + BODY,
                ("Ana García",),
            ),
            Row(
                "de-nuestro-corresponsal",
                "De nuestro corresponsal" + BODY,
                desks=("correspondent",),
            ),
            Row("di-name", "di Marco Rossi" + BODY, ("Marco Rossi",)),
            Row(
                "di-two-names-e",
                "di Marco Rossi e Giulia Bianchi" + BODY,
                ("Marco Rossi", "Giulia Bianchi"),
            ),
            Row(
                "dal-nostro-inviato",
                "dal nostro inviato Marco Rossi" + BODY,
                ("Marco Rossi",),
            ),
            Row(
                "dal-nostro-corrispondente",
                "Dal nostro corrispondente Luca Neri" + BODY,
                ("Luca Neri",),
            ),
            Row(
                "dal-nostro-corrispondente-place-name",
                "dal nostro corrispondente a Parigi Marco Rossi" + BODY,
                ("Marco Rossi",),
            ),
            Row(
                "di-name-nostro-inviato",
                "di Marco Rossi, nostro inviato a Kiev" + BODY,
                ("Marco Rossi",),
            ),
            Row(
                "italian-name-and-envoy-title",
                "Il porto\n\nMarco Rossi, inviato a Kiev" + BODY,
                ("Marco Rossi",),
            ),
            Row(
                "spanish-correspondent-in",
                "Por Ana García, corresponsal en París" + BODY,
                ("Ana García",),
            ),
            Row("ansa-tag-at-foot", "Il consiglio si è riunito lunedì. (ANSA)", (), ("ANSA",)),
        ),
    ),
    (
        "Not bylines (clean copy must give none)",
        (
            Row("by-year", "By 2025, the plan will be law." + BODY),
            Row("by-contrast", "By contrast, prices fell." + BODY),
            Row("with-clause", TAIL + "With the deal done, shares rose."),
            Row("from-date", TAIL + "From Monday, the trains run every hour."),
            Row("german-von-date", "Von Montag an gilt die neue Regel." + BODY),
            Row("french-par-adverb", "Par ailleurs, le ministre a démenti." + BODY),
            Row("spanish-por-phrase", "Por otra parte, el Gobierno lo negó." + BODY),
            Row("italian-di-phrase", "di fronte al Parlamento il governo ha ceduto." + BODY),
            Row("dashed-list-item", TAIL + "- Sales rose in Europe and Asia"),
            Row("agency-in-a-sentence", TAIL + "Reuters could not verify the report."),
            Row("caps-headline-above-date", "TALKS COLLAPSE\nJan. 2, 2020" + BODY),
            Row("place-and-country-line", "Storm hits\n\nParis, France" + BODY),
            Row("name-and-non-staff-title", "Storm hits\n\nJohn Smith, Chief Executive" + BODY),
            Row("english-wire-sign-off", TAIL + "Reuter"),
            Row("follow-the-outlet", TAIL + "Follow us on Twitter @ledger"),
            Row("photo-credit-line-at-top", "Storm hits\n\nJane Roe, Getty Images" + BODY),
            Row("author-bio-sentence-not-read", TAIL + "Ann Lee is a reporter for The Ledger."),
            Row("table-header-in-capitals", "Rates\n\nMONTHS LAST\n1987, 2.5 pct" + BODY),
        ),
    ),
)

ROWS: tuple[Row, ...] = tuple(row for _, rows in GROUPS for row in rows)


def _params() -> list[object]:
    return [
        pytest.param(
            row,
            id=row.id,
            marks=[pytest.mark.xfail(strict=True, reason=row.xfail)] if row.xfail else [],
        )
        for row in ROWS
    ]


@pytest.mark.parametrize("row", _params())
def test_convention(row: Row) -> None:
    found = find_bylines(row.text)
    for byline in found:
        assert row.text[byline.span.start : byline.span.end].strip()
        for person in byline.people:
            assert byline.span.contains(person.span)
    assert tuple(p.name for b in found for p in b.people) == row.people
    assert tuple(o for b in found for o in b.organizations) == row.orgs
    assert tuple(b.desk for b in found if b.desk) == row.desks


def test_ids_unique() -> None:
    assert len({row.id for row in ROWS}) == len(ROWS)


# ---------------------------------------------------------------- the documentation page


def _cell(text: str) -> str:
    shown = text.replace("\n", " ⏎ ").replace("|", "\\|")
    return f"`{shown}`"


def _returns(row: Row) -> str:
    parts = []
    if row.people:
        parts.append("people " + ", ".join(row.people))
    if row.orgs:
        parts.append("organisations " + ", ".join(row.orgs))
    if row.desks:
        parts.append("desk " + ", ".join(row.desks))
    return "; ".join(parts) or "nothing"


def render() -> str:
    """Return the Markdown page of the catalogue."""
    out = [
        "## Bylines",
        "",
        "Each row is an example written by us in the layout the group names, and what",
        "`find_bylines` returns for it: the people and organisations of every credit found",
        "(tested row by row in `tests/test_formats_bylines.py`, which also renders this page).",
        "Sources: the AP Stylebook on bylines and credit lines, the visible trailer and credit",
        "formats of the agencies (Reuters, AFP, dpa, APA, EFE, ANSA) and the byline forms of",
        "German, French, Spanish and Italian dailies.",
        "",
    ]
    for heading, rows in GROUPS:
        out += [f"### {heading}", "", "| id | example | newsdoc returns |", "|---|---|---|"]
        for row in rows:
            returns = _returns(row) + (f" — known miss: {row.xfail}" if row.xfail else "")
            out.append(f"| {row.id} | {_cell(row.text)} | {returns} |")
        out.append("")
    return "\n".join(out)


def test_docs_in_sync() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/formats/bylines.md is out of date: run python tests/test_formats_bylines.py"
    )


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {DOC}\n")
