"""Blind probe (round 2): photo captions and credits in five languages.

Covers ``newsdoc.parse_credit`` (photographers, agencies, file, handout and pool flags of a
credit as written) and ``newsdoc.find_captions`` on scraped article bodies: caption lines with
their credit between paragraphs, at the top, on a line of their own, glued to a paragraph,
behind a pipe or in brackets; caption labels, gallery counters, archive, handout and
illustration openers, pool and frame-grab credits; and hard negatives (datelines with agency
tags, bylines, sign-offs, agency names and the words "photo"/"Foto" in story prose, quotations,
reading links and page copyright lines).

Written blind from newsroom conventions (agency caption formats of AP, Reuters, AFP, dpa, APA,
Keystone, EFE, Europa Press, ANSA, LaPresse; outlet habits in the five languages) by a helper
who read neither the rules nor their tests. Every sentence, person and most places are
invented.

Cases (170):

- ``test_parse_credit_probe``: 62 (en 12, de 13, fr 12, es 12, it 13)
- ``test_find_captions_probe``: 64 (en 12, de 13, fr 13, es 13, it 13)
- ``test_find_captions_negative_probe``: 44 (en 8, de 9, fr 9, es 9, it 9)

Passed at first: 144 of 170 (parse_credit 50 of 62, find_captions 54 of 64, hard
negatives 40 of 44); 169 now, the rest strict xfails naming their construction.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newsdoc import find_captions, parse_credit

NB = "\u00a0"  # no-break space (French colon)

# ---------------------------------------------------------------------------
# 1. parse_credit
# ---------------------------------------------------------------------------

# credit, photographers, agencies, file_photo, handout, pool
CREDIT_CASES = [
    # --- English ---------------------------------------------------------
    pytest.param(
        "REUTERS/Selin Arkwright/File Photo",
        ("Selin Arkwright",),
        ("Reuters",),
        True,
        False,
        False,
        id="en-reuters-file-photo-suffix",
    ),
    pytest.param(
        "(AP Photo/Teodor Halvik)",
        ("Teodor Halvik",),
        ("AP",),
        False,
        False,
        False,
        id="en-ap-photo-bracket",
    ),
    pytest.param(
        "(AP Photo/Renata Oyelaran, File)",
        ("Renata Oyelaran",),
        ("AP",),
        True,
        False,
        False,
        id="en-ap-photo-file",
    ),
    pytest.param(
        "(AP Photo/Dmitri Kasparian, Pool)",
        ("Dmitri Kasparian",),
        ("AP",),
        False,
        False,
        True,
        id="en-ap-photo-pool",
    ),
    pytest.param(
        "(Maren Oakes/The Ridgefield Courier via AP)",
        ("Maren Oakes",),
        ("The Ridgefield Courier", "AP"),
        False,
        False,
        False,
        id="en-member-paper-via-ap",
    ),
    pytest.param(
        "OSSIAN FARROW/AFP via Getty Images",
        ("Ossian Farrow",),
        ("AFP", "Getty Images"),
        False,
        False,
        False,
        id="en-caps-name-afp-via-getty",
    ),
    pytest.param(
        "(Photo by Bettina Crowe/Getty Images)",
        ("Bettina Crowe",),
        ("Getty Images",),
        False,
        False,
        False,
        id="en-photo-by-getty-bracket",
    ),
    pytest.param(
        "Selin Arkwright/Pool via REUTERS",
        ("Selin Arkwright",),
        ("Reuters",),
        False,
        False,
        True,
        id="en-name-pool-via-reuters",
    ),
    pytest.param(
        "Ministry of Defence Press Office/Handout via REUTERS",
        (),
        ("Ministry of Defence Press Office", "Reuters"),
        False,
        True,
        False,
        id="en-press-office-handout-via-reuters",
    ),
    pytest.param(
        "EPA/HALVARD STRAND",
        ("Halvard Strand",),
        ("EPA",),
        False,
        False,
        False,
        id="en-epa-caps-name",
    ),
    pytest.param(
        "Yusuf Demirel/Anadolu Agency via Getty Images",
        ("Yusuf Demirel",),
        ("Anadolu Agency", "Getty Images"),
        False,
        False,
        False,
        id="en-anadolu-via-getty",
    ),
    pytest.param(
        "Photo courtesy of Harlow County Sheriff's Office",
        (),
        ("Harlow County Sheriff's Office",),
        False,
        True,
        False,
        id="en-photo-courtesy-of-sheriff",
    ),
    # --- German ----------------------------------------------------------
    pytest.param(
        "Foto: Annika Brühl/dpa",
        ("Annika Brühl",),
        ("dpa",),
        False,
        False,
        False,
        id="de-foto-name-dpa-umlaut",
    ),
    pytest.param(
        "Foto: picture alliance/dpa | Matthias Kerbel",
        ("Matthias Kerbel",),
        ("picture alliance", "dpa"),
        False,
        False,
        False,
        id="de-picture-alliance-pipe-name",
    ),
    pytest.param(
        "Bild: Keystone",
        (),
        ("Keystone",),
        False,
        False,
        False,
        id="de-ch-bild-keystone",
    ),
    pytest.param(
        "Severin Tobler / Keystone",
        ("Severin Tobler",),
        ("Keystone",),
        False,
        False,
        False,
        id="de-ch-name-slash-keystone",
    ),
    pytest.param(
        "APA/BARBARA EDLINGER-TRAUN",
        ("Barbara Edlinger-Traun",),
        ("APA",),
        False,
        False,
        False,
        id="de-at-apa-caps-double-surname",
    ),
    pytest.param(
        "Archivfoto: Kerstin Vogl/dpa",
        ("Kerstin Vogl",),
        ("dpa",),
        True,
        False,
        False,
        id="de-archivfoto-keyword",
    ),
    pytest.param(
        "Foto: Wiebke Haslinger/dpa/Archivbild",
        ("Wiebke Haslinger",),
        ("dpa",),
        True,
        False,
        False,
        id="de-dpa-archivbild-suffix",
    ),
    pytest.param(
        "Foto: IMAGO/Marek Lindqvist",
        ("Marek Lindqvist",),
        ("imago",),
        False,
        False,
        False,
        id="de-imago-caps-name",
    ),
    pytest.param(
        "Foto: IMAGO/Xinhua",
        (),
        ("imago", "Xinhua"),
        False,
        False,
        False,
        id="de-imago-xinhua-two-sources",
    ),
    pytest.param(
        "Foto: Jörg Tannhäuser/dpa-Pool/dpa",
        ("Jörg Tannhäuser",),
        None,
        False,
        False,
        True,
        id="de-dpa-pool-desk",
    ),
    pytest.param(
        "HANDOUT - Das von der Feuerwehr veröffentlichte Bild zeigt die eingestürzte "
        "Lagerhalle. Foto: -/Feuerwehr Bad Ehrenstein/dpa",
        (),
        None,
        False,
        True,
        False,
        id="de-handout-opener-dash-photographer",
    ),
    pytest.param(
        "Bild: Screenshot/ZDF",
        (),
        ("ZDF",),
        False,
        False,
        False,
        id="de-screenshot-broadcaster",
    ),
    pytest.param(
        "Foto: Lennart Pfister/Geisler-Fotopress/dpa",
        ("Lennart Pfister",),
        ("Geisler-Fotopress", "dpa"),
        False,
        False,
        False,
        id="de-unknown-photo-agency-before-dpa",
    ),
    # --- French ----------------------------------------------------------
    pytest.param(
        f"Photo{NB}: AFP",
        (),
        ("AFP",),
        False,
        False,
        False,
        id="fr-photo-nbsp-colon-afp",
    ),
    pytest.param(
        "© Camille Berthelot / AFP",
        ("Camille Berthelot",),
        ("AFP",),
        False,
        False,
        False,
        id="fr-copyright-sign-name-afp",
    ),
    pytest.param(
        "ÉLODIE VASSEUR / AFP",
        ("Élodie Vasseur",),
        ("AFP",),
        False,
        False,
        False,
        id="fr-caps-accented-name-afp",
    ),
    pytest.param(
        "AFP PHOTO / THIBAULT DURANCEAU",
        ("Thibault Duranceau",),
        ("AFP",),
        False,
        False,
        False,
        id="fr-afp-photo-old-style",
    ),
    pytest.param(
        "Photo : Léon Marchetti / Hans Lucas",
        ("Léon Marchetti",),
        ("Hans Lucas",),
        False,
        False,
        False,
        id="fr-photo-name-hans-lucas",
    ),
    pytest.param(
        "Crédit photo : Aurélie Lagrange / Maxppp",
        ("Aurélie Lagrange",),
        ("MAXPPP",),
        False,
        False,
        False,
        id="fr-credit-photo-maxppp",
    ),
    pytest.param(
        "NOÉMIE CHARVET / POOL / AFP",
        ("Noémie Charvet",),
        ("AFP",),
        False,
        False,
        True,
        id="fr-afp-pool-caps",
    ),
    pytest.param(
        "HANDOUT / MINISTÈRE DES ARMÉES / AFP",
        (),
        None,
        False,
        True,
        False,
        id="fr-afp-handout-ministry",
    ),
    pytest.param(
        f"Photo{NB}: document remis par la préfecture de la Drôme",
        (),
        None,
        False,
        True,
        False,
        id="fr-document-remis",
    ),
    pytest.param(
        "Photo d’archives : Ouest-France",
        (),
        ("Ouest-France",),
        True,
        False,
        False,
        id="fr-photo-d-archives-outlet",
    ),
    pytest.param(
        "Photo Sébastien Pérignon / SIPA",
        ("Sébastien Pérignon",),
        ("Sipa",),
        False,
        False,
        False,
        id="fr-photo-name-sipa",
    ),
    pytest.param(
        "Capture d’écran / France 2",
        (),
        ("France 2",),
        False,
        False,
        False,
        id="fr-capture-ecran-broadcaster",
    ),
    # --- Spanish ---------------------------------------------------------
    pytest.param(
        "EFE/Ana Belén Cordero",
        ("Ana Belén Cordero",),
        ("EFE",),
        False,
        False,
        False,
        id="es-efe-slash-three-word-name",
    ),
    pytest.param(
        "EFE/Mateu",
        ("Mateu",),
        ("EFE",),
        False,
        False,
        False,
        id="es-efe-surname-only",
    ),
    pytest.param(
        "EFE/J. M. Sanfeliu",
        ("J. M. Sanfeliu",),
        ("EFE",),
        False,
        False,
        False,
        id="es-efe-initials",
    ),
    pytest.param(
        "Foto: EFE/Rodrigo Iturbe",
        ("Rodrigo Iturbe",),
        ("EFE",),
        False,
        False,
        False,
        id="es-foto-efe-name",
    ),
    pytest.param(
        "Lucía Orbaneja / Europa Press",
        ("Lucía Orbaneja",),
        ("Europa Press",),
        False,
        False,
        False,
        id="es-name-europa-press",
    ),
    pytest.param(
        "Alba Torrijos (EFE)",
        ("Alba Torrijos",),
        ("EFE",),
        False,
        False,
        False,
        id="es-name-agency-bracket",
    ),
    pytest.param(
        "EFE/Nerea Olaizola/Archivo",
        ("Nerea Olaizola",),
        ("EFE",),
        True,
        False,
        False,
        id="es-efe-archivo-suffix",
    ),
    pytest.param(
        "EFE/Archivo",
        (),
        ("EFE",),
        True,
        False,
        False,
        id="es-efe-archivo-bare",
    ),
    pytest.param(
        "EFE/EPA/KAROLINA NOWAK",
        ("Karolina Nowak",),
        ("EFE", "EPA"),
        False,
        False,
        False,
        id="es-efe-epa-caps-name",
    ),
    pytest.param(
        "Imagen cedida por la Guardia Civil",
        (),
        None,
        False,
        True,
        False,
        id="es-imagen-cedida-handout",
    ),
    pytest.param(
        "(Foto: Reuters/Violeta Sarmiento)",
        ("Violeta Sarmiento",),
        ("Reuters",),
        False,
        False,
        False,
        id="es-foto-reuters-bracket",
    ),
    pytest.param(
        "Europa Press/Contacto/Hugo Salinas",
        ("Hugo Salinas",),
        ("Europa Press", "Contacto"),
        False,
        False,
        False,
        id="es-europa-press-contacto",
    ),
    # --- Italian ---------------------------------------------------------
    pytest.param(
        "ANSA/GIULIA TOSCANELLI",
        ("Giulia Toscanelli",),
        ("ANSA",),
        False,
        False,
        False,
        id="it-ansa-caps-name",
    ),
    pytest.param(
        "Foto ANSA/RAFFAELE D'AMBROSIO",
        ("Raffaele D'Ambrosio",),
        ("ANSA",),
        False,
        False,
        False,
        id="it-foto-ansa-apostrophe-surname",
    ),
    pytest.param(
        "ANSA/GIORGIO DI MEOLA",
        ("Giorgio Di Meola",),
        ("ANSA",),
        False,
        False,
        False,
        id="it-ansa-particle-surname",
    ),
    pytest.param(
        "Foto: LaPresse",
        (),
        ("LaPresse",),
        False,
        False,
        False,
        id="it-foto-colon-lapresse",
    ),
    pytest.param(
        "Foto Tiziana Bertolli/LaPresse",
        ("Tiziana Bertolli",),
        ("LaPresse",),
        False,
        False,
        False,
        id="it-foto-name-lapresse",
    ),
    pytest.param(
        "ANSA/POOL",
        (),
        ("ANSA",),
        False,
        False,
        True,
        id="it-ansa-pool",
    ),
    pytest.param(
        "ANSA/UFFICIO STAMPA QUIRINALE",
        (),
        None,
        False,
        True,
        False,
        id="it-ansa-ufficio-stampa-handout",
    ),
    pytest.param(
        "Foto d'archivio Ansa",
        (),
        ("ANSA",),
        True,
        False,
        False,
        id="it-foto-d-archivio-ansa",
    ),
    pytest.param(
        "ANSA/EPA/HANNAH BECKER",
        ("Hannah Becker",),
        ("ANSA", "EPA"),
        False,
        False,
        False,
        id="it-ansa-epa-caps-name",
    ),
    pytest.param(
        "Foto di Matteo Guarnieri",
        ("Matteo Guarnieri",),
        (),
        False,
        False,
        False,
        id="it-foto-di-name-only",
    ),
    pytest.param(
        "Foto: Imagoeconomica",
        (),
        ("Imagoeconomica",),
        False,
        False,
        False,
        id="it-imagoeconomica-not-imago",
    ),
    pytest.param(
        "Immagine: Xinhua",
        (),
        ("Xinhua",),
        False,
        False,
        False,
        id="it-immagine-xinhua",
    ),
    pytest.param(
        "Credito: Comune di Valdorno",
        (),
        ("Comune di Valdorno",),
        False,
        False,
        False,
        id="it-credito-town-hall",
    ),
]


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies", "file_photo", "handout", "pool"), CREDIT_CASES
)
def test_parse_credit_probe(
    credit: str,
    photographers: tuple[str, ...] | None,
    agencies: tuple[str, ...] | None,
    file_photo: bool | None,
    handout: bool | None,
    pool: bool | None,
) -> None:
    result = parse_credit(credit)
    assert result is not None
    if photographers is not None:
        assert result.photographers == photographers
    if agencies is not None:
        assert result.agencies == agencies
    if file_photo is not None:
        assert result.file_photo == file_photo
    if handout is not None:
        assert result.handout == handout
    if pool is not None:
        assert result.pool == pool


# ---------------------------------------------------------------------------
# 2. find_captions: captions in scraped bodies
# ---------------------------------------------------------------------------


class Cap(NamedTuple):
    """One expected caption unit: a fragment of its text, its agencies, its kind."""

    fragment: str
    agencies: frozenset[str] | None = None
    kind: str | None = None


def _set(*names: str) -> frozenset[str]:
    return frozenset(names)


POSITIVE_CASES = [
    # --- English ---------------------------------------------------------
    pytest.param(
        "Port operators on the North Sea coast reopened two of their four container "
        "terminals on Thursday after a stoppage that lasted eight days.\n\n"
        "Dock workers walk past stacked containers in Bremerhaven, Germany, May 14, 2026. "
        "REUTERS/Kaspar Dorn\n\n"
        "Union leaders said members would ballot on the revised pay offer before June.",
        "en",
        (Cap("Dock workers walk past", _set("Reuters"), "photo"),),
        id="en-reuters-caption-between-paragraphs",
    ),
    pytest.param(
        "FILE - A freight train crosses the Millbrook trestle near Avondale, Ohio, on "
        "Sept. 3, 2024. (AP Photo/Renata Oyelaran, File)\n\n"
        "COLUMBUS, Ohio (AP) — State regulators on Wednesday told the railroad to inspect "
        "every bridge on the Avondale line before the leaves turn.\n\n"
        "The order follows two derailments on the same stretch in as many years.",
        "en",
        (Cap("freight train crosses the Millbrook trestle", _set("AP"), "photo"),),
        id="en-ap-file-opener-at-top",
    ),
    pytest.param(
        "Board members pushed the closure of three rural schools back to 2027.\n\n"
        "Members of the Harlan County school board listen to parents during a meeting in "
        "Pineville, Ky., Monday, May 11, 2026. (Corinne Atwell/The Harlan Gazette via AP)\n\n"
        "Parents had packed the gym an hour before the meeting began, and several held "
        "hand-painted signs.",
        "en",
        (Cap("school board listen to parents", _set("The Harlan Gazette", "AP")),),
        id="en-member-paper-via-ap-bracket",
    ),
    pytest.param(
        "The council argued over the zoning map for more than four hours before the chair "
        "finally called a recess.Photograph: Bettina Crowe/Getty Images\n\n"
        "When members came back, the map was approved without a roll call.",
        "en",
        (Cap("", _set("Getty Images")),),
        id="en-guardian-keyword-glued-to-paragraph",
    ),
    pytest.param(
        "Crossings in the central Mediterranean have doubled since March, according to "
        "figures kept by the coast guard.\n\n"
        "OSSIAN FARROW/AFP via Getty Images\n\n"
        "Migrants wait to board a ferry at the port of Lampedusa, Italy, on Tuesday.\n\n"
        "Aid groups say the island's reception centre has held three times its capacity "
        "for most of the spring, and they want the ministry to move people faster.",
        "en",
        (Cap("Migrants wait to board a ferry", _set("AFP", "Getty Images")),),
        id="en-huffpost-credit-line-then-caption",
    ),
    pytest.param(
        "Police knocked on 300 doors overnight as the Carrow spilled into the lower town.\n\n"
        "Image source, Reuters\n"
        "Image caption, Rescue teams worked through the night in the flooded Riverside "
        "district\n\n"
        "The county council said its schools in the valley would stay shut until Monday.",
        "en",
        (Cap("Rescue teams worked through the night", _set("Reuters"), "photo"),),
        id="en-bbc-image-source-and-caption",
    ),
    pytest.param(
        "The city's emergency line logged more than 900 calls before midnight.\n\n"
        "Media caption, Footage shows water pouring down the steps of a metro station\n\n"
        "Train services on two lines were suspended for most of the evening.",
        "en",
        (Cap("water pouring down the steps", None, "video"),),
        id="en-bbc-media-caption-video",
    ),
    pytest.param(
        "Some 400 volunteers spent the weekend stacking sandbags along the Carrow.\n\n"
        "1 / 12\n"
        "Volunteers fill sandbags outside the library in Dunmore on Friday. "
        "Tomasz Wrobel/Reuters\n\n"
        "2 / 12\n"
        "A flooded car park near the Carrow bridge. Tomasz Wrobel/Reuters\n\n"
        "Forecasters think the Carrow will crest early on Tuesday.",
        "en",
        (
            Cap("Volunteers fill sandbags", _set("Reuters")),
            Cap("flooded car park", _set("Reuters")),
        ),
        id="en-gallery-slash-counters-two-captions",
    ),
    pytest.param(
        "Rescuers search for survivors after a landslide buried part of a hillside village "
        "in Sichuan province, China, May 9, 2026. (Xinhua/Wen Jialu)\n\n"
        "State media put the number of missing at 14 after nearly a week of rain.",
        "en",
        (Cap("Rescuers search for survivors", _set("Xinhua")),),
        id="en-xinhua-bracket-at-top",
    ),
    pytest.param(
        "The company wants to start laying pipe next spring.\n\n"
        "Map: The proposed route of the Harwick pipeline through three counties "
        "(Source: Dunmore County planning office)\n\n"
        "Landowners along the route have until August to file objections with the county.",
        "en",
        (Cap("proposed route of the Harwick pipeline", None, "graphic"),),
        id="en-map-label-graphic",
    ),
    pytest.param(
        "The strike was the third on the airfield since April, officials said.\n\n"
        "A satellite image shows damaged hangars at the Korvan air base on May 10, 2026. "
        "Maxar Technologies/Handout via REUTERS\n\n"
        "The defence ministry did not answer written questions about the losses.",
        "en",
        (Cap("damaged hangars at the Korvan air base", _set("Maxar Technologies", "Reuters")),),
        id="en-satellite-handout-via-reuters",
    ),
    pytest.param(
        "Negotiators haggled over commas until dawn.\n\n"
        "Delegates leave the hall after the closing session in Geneva | Photo: Jed Morrow/AP\n\n"
        "At least 40 governments must ratify the text before it takes effect.",
        "en",
        (Cap("Delegates leave the hall", _set("AP")),),
        id="en-caption-pipe-credit",
    ),
    # --- German ----------------------------------------------------------
    pytest.param(
        "Lindenau (dpa) - Nach monatelangem Streit hat der Stadtrat von Lindenau den Abriss "
        "der alten Stadthalle beschlossen.\n\n"
        "Ein Bagger steht vor der alten Stadthalle in Lindenau. Foto: Annika Brühl/dpa\n\n"
        "Der Neubau soll laut Verwaltung 2029 bezugsfertig sein.",
        "de",
        (Cap("Ein Bagger steht vor der alten Stadthalle", _set("dpa"), "photo"),),
        id="de-dpa-foto-after-dateline-paragraph",
    ),
    pytest.param(
        "Die Fraktionen im Bundestag ringen weiter um den Etat für das kommende Jahr.\n\n"
        "Abgeordnete verfolgen die Debatte im Plenarsaal des Bundestages.\n"
        "Foto: picture alliance/dpa | Matthias Kerbel\n\n"
        "Eine Einigung erwarten die Haushälter frühestens in der nächsten Sitzungswoche.",
        "de",
        (Cap("Abgeordnete verfolgen die Debatte", _set("picture alliance", "dpa")),),
        id="de-picture-alliance-pipe-credit-line",
    ),
    pytest.param(
        "CDU und FDP wollen den Ausschuss zur Wasserstoff-Affäre bis Juli einsetzen.\n\n"
        "Der Landtag in Wiesbaden (Archivbild). Foto: Jakob Thalberg/dpa\n\n"
        "Die Regierungsfraktionen haben bereits angekündigt, den Antrag abzulehnen.",
        "de",
        (Cap("Landtag in Wiesbaden", _set("dpa")),),
        id="de-archivbild-in-brackets-then-credit",
    ),
    pytest.param(
        "Der Bundesrat will die Mittel für den Zivilschutz bis 2030 verdoppeln.\n\n"
        "Bundesrätin Regula Amstutz spricht am Mittwoch vor den Medien in Bern. "
        "Bild: Keystone\n\n"
        "Das Parlament berät das Geschäft in der Herbstsession.",
        "de",
        (Cap("Regula Amstutz spricht", _set("Keystone")),),
        id="de-ch-bild-keystone",
    ),
    pytest.param(
        "Die Zahl der Grenzgänger aus dem Elsass ist im vergangenen Jahr erneut gestiegen.\n\n"
        "Severin Tobler / Keystone\n\n"
        "«Ohne die Pendler aus Frankreich könnten wir die Hälfte unserer Schichten nicht "
        "besetzen», sagte der Personalchef eines Basler Chemiekonzerns am Dienstag vor "
        "Journalisten.",
        "de",
        (Cap("", _set("Keystone")),),
        id="de-ch-credit-line-alone-before-quote-paragraph",
    ),
    pytest.param(
        "Wien – Die ÖBB kündigen für den Sommer umfangreiche Bauarbeiten an der Weststrecke "
        "an.\n\n"
        "Ein Zug der Westbahn im Bahnhof St. Pölten | Foto: APA/GERNOT PICHLBAUER\n\n"
        "Zwischen Juli und September fahren auf dem Abschnitt Busse statt Züge.",
        "de",
        (Cap("Ein Zug der Westbahn", _set("APA")),),
        id="de-at-caption-pipe-apa-caps",
    ),
    pytest.param(
        "Im Harz brennen seit Samstag an vier Stellen Wald und Heide.\n\n"
        "Bildunterschrift: Ein Löschflugzeug über den Wäldern bei Wernigerode\n"
        "Bild: Tilman Vogt/dpa/picture alliance\n\n"
        "Der Landkreis hat den Katastrophenfall noch nicht ausgerufen.",
        "de",
        (Cap("Ein Löschflugzeug über den Wäldern", _set("dpa", "picture alliance")),),
        id="de-dw-bildunterschrift-label-then-credit",
    ),
    pytest.param(
        "So voll wie diesmal war das Bernkasteler Weinfest noch nie.\n\n"
        "Bild 3 von 8\n"
        "Besucher drängen sich zwischen den Ständen am Moselufer. Foto: Hanno Severin/dpa\n\n"
        "Die Veranstalter sprechen von rund 120.000 Gästen an drei Tagen.",
        "de",
        (Cap("Besucher drängen sich", _set("dpa")),),
        id="de-gallery-bild-von-counter",
    ),
    pytest.param(
        "HANDOUT - Das von der Feuerwehr veröffentlichte Bild zeigt die eingestürzte "
        "Lagerhalle in Bad Ehrenstein. Foto: -/Feuerwehr Bad Ehrenstein/dpa\n\n"
        "Bad Ehrenstein (dpa) - Unter der Schneelast ist in der Nacht zum Sonntag das Dach "
        "einer Lagerhalle eingestürzt. Verletzt wurde niemand.",
        "de",
        (Cap("eingestürzte Lagerhalle", None),),
        id="de-handout-opener-at-top",
    ),
    pytest.param(
        "Die Zahl der Rettungseinsätze in der Innenstadt ist seit 2020 um ein Drittel "
        "gestiegen.\n\n"
        "Symbolbild: Ein Rettungswagen fährt mit Blaulicht durch die Fußgängerzone. "
        "Foto: imago images/Kurt Wendland\n\n"
        "Die Stadt will deshalb eine zweite Rettungswache eröffnen.",
        "de",
        (Cap("Ein Rettungswagen fährt mit Blaulicht", _set("imago")),),
        id="de-symbolbild-prefix-imago-images",
    ),
    pytest.param(
        "Die Preise für Fernwärme sollen zum Jahreswechsel um zwölf Prozent steigen, sagte "
        "eine Sprecherin der Stadtwerke am Montag.Foto: Christine Adler/dpa\n\n"
        "Die Verbraucherzentrale kündigte an, die Klauseln prüfen zu lassen.",
        "de",
        (Cap("", _set("dpa")),),
        id="de-foto-credit-glued-to-paragraph",
    ),
    pytest.param(
        "Immer mehr Beschäftigte kommen aus dem Umland in die Stadt.\n\n"
        "So viele Menschen pendeln täglich in die Landeshauptstadt. Grafik: Jonas Pelzer\n\n"
        "Besonders stark gewachsen ist der Zustrom aus den Landkreisen im Norden.",
        "de",
        (Cap("pendeln täglich in die Landeshauptstadt", None, "graphic"),),
        id="de-grafik-credit-graphic",
    ),
    pytest.param(
        "Der Donaupegel bei Deggendorf kletterte am Sonntag auf 7,40 Meter.\n\n"
        "Video: Luftaufnahmen zeigen das überflutete Donauufer bei Deggendorf\n\n"
        "Die Pegel sollen nach Angaben des Hochwassernachrichtendienstes langsam sinken.",
        "de",
        (Cap("überflutete Donauufer", None, "video"),),
        id="de-video-label-kind",
    ),
    # --- French ----------------------------------------------------------
    pytest.param(
        "Le gouvernement a dévoilé mercredi une enveloppe pour les éleveurs de la vallée du "
        "Rhône.\n\n"
        "Des agriculteurs bloquent l’autoroute A7 près de Valence (Drôme), le 12 mai 2026. "
        "ÉLODIE VASSEUR / AFP\n\n"
        "Pour la fédération départementale, le compte n’y est pas.",
        "fr",
        (Cap("Des agriculteurs bloquent l’autoroute", _set("AFP"), "photo"),),
        id="fr-le-monde-caps-credit-after-caption",
    ),
    pytest.param(
        "Les élus ont voté le budget 2026 par 19 voix contre 8.\n\n"
        "Le maire de Valcourt, Bastien Roussel, lors du conseil municipal, lundi 11 mai.\n"
        f"Photo{NB}: AFP\n\n"
        "L’opposition dénonce une hausse de la taxe foncière qu’elle juge déguisée.",
        "fr",
        (Cap("lors du conseil municipal", _set("AFP")),),
        id="fr-photo-nbsp-colon-afp-own-line",
    ),
    pytest.param(
        "Les sauveteurs ont tiré de l’eau quarante-deux personnes dans le détroit depuis "
        "vendredi.\n\n"
        "Un canot de sauvetage au large de Calais, le 9 mai 2026. © AFP\n\n"
        "La préfecture maritime a renforcé la surveillance du détroit.",
        "fr",
        (Cap("Un canot de sauvetage au large de Calais", _set("AFP")),),
        id="fr-copyright-sign-afp-bare",
    ),
    pytest.param(
        "Plusieurs milliers de personnes ont défilé dans le centre de Rennes.\n\n"
        f"Rassemblement devant la mairie de Rennes, samedi 9 mai. Photo{NB}: Léon Marchetti / "
        "Hans Lucas\n\n"
        "Le collectif promet de revenir devant l’hôtel de ville le 23 mai.",
        "fr",
        (Cap("Rassemblement devant la mairie", _set("Hans Lucas")),),
        id="fr-photo-name-hans-lucas",
    ),
    pytest.param(
        "Le chantier de restauration de la basilique doit durer encore deux hivers.\n\n"
        "La basilique de Valcourt sous la neige.\n"
        "Crédit photo : Aurélie Lagrange / Maxppp\n\n"
        "La fondation du patrimoine a lancé une souscription auprès des habitants.",
        "fr",
        (Cap("La basilique de Valcourt sous la neige", _set("MAXPPP")),),
        id="fr-credit-photo-line-maxppp",
    ),
    pytest.param(
        "Le ministre a plaidé mardi soir pour armer tous les policiers municipaux.\n\n"
        "Le ministre de l’Intérieur sur le plateau de BFMTV, mardi 12 mai. "
        "Capture d’écran BFMTV\n\n"
        "Il a promis un texte devant le Parlement avant l’automne.",
        "fr",
        (Cap("sur le plateau de BFMTV", _set("BFMTV")),),
        id="fr-capture-ecran-broadcaster",
    ),
    pytest.param(
        "Photo d’archives. Le viaduc de la Sorme, dans le Finistère, en mars 2019. "
        "GASPARD LEFEUVRE / AFP\n\n"
        "Quimper (AFP) - Le viaduc de la Sorme restera fermé aux poids lourds jusqu’à la "
        "fin des travaux de renforcement, a annoncé le département.",
        "fr",
        (Cap("Le viaduc de la Sorme", _set("AFP")),),
        id="fr-photo-d-archives-opener-at-top",
    ),
    pytest.param(
        "La rupture de la digue a inondé une centaine de maisons dans la nuit de lundi à "
        "mardi.\n\n"
        "La digue rompue à Saint-Vallier, mardi, sur une image diffusée par les secours. "
        f"Photo{NB}: document remis par la préfecture de la Drôme\n\n"
        "Les sinistrés sont hébergés au gymnase en attendant la décrue.",
        "fr",
        (Cap("La digue rompue à Saint-Vallier", None),),
        id="fr-document-remis-handout",
    ),
    pytest.param(
        "Une bruine a accompagné les cérémonies toute la matinée.\n\n"
        "Le président de la République lors de la cérémonie du 8-Mai, à Paris. "
        "NOÉMIE CHARVET / POOL / AFP\n\n"
        "Aucune annonce n’était attendue à cette occasion.",
        "fr",
        (Cap("lors de la cérémonie du 8-Mai", _set("AFP")),),
        id="fr-afp-pool-caps",
    ),
    pytest.param(
        "Le feu a parcouru 580 hectares de garrigue depuis dimanche.\n\n"
        "Légende : Des pompiers luttent contre les flammes près de Martigues.\n"
        "Crédit : Théo Ravanel / AFP\n\n"
        "Météo-France annonce une accalmie du mistral pour jeudi.",
        "fr",
        (Cap("Des pompiers luttent contre les flammes", _set("AFP")),),
        id="fr-legende-credit-labels",
    ),
    pytest.param(
        "Trois cents volontaires ont sillonné le littoral samedi et dimanche.\n\n"
        "2 / 9\n"
        "Des bénévoles ramassent des déchets sur la plage de Pornic. Photo : Ouest-France\n\n"
        "Le butin : près de deux tonnes de plastique.",
        "fr",
        (Cap("Des bénévoles ramassent des déchets", _set("Ouest-France")),),
        id="fr-gallery-slash-counter-ouest-france",
    ),
    pytest.param(
        "Les travaux du tramway commenceront à l’automne 2027.\n\n"
        "Le tracé de la future ligne de tramway entre Valcourt et Sainte-Aline. "
        "Infographie : Le Parisien\n\n"
        "La facture prévue atteint 412 millions d’euros.",
        "fr",
        (Cap("Le tracé de la future ligne", _set("Le Parisien"), "graphic"),),
        id="fr-infographie-graphic",
    ),
    pytest.param(
        "Le club artésien a assuré sa place dans l’élite avec une journée d’avance.\n\n"
        "Des supporters lensois dans les tribunes du stade Bollaert, dimanche. "
        "— Mathilde Ferrat / AFP\n\n"
        "L’entraîneur a prolongé jusqu’en 2028.",
        "fr",
        (Cap("Des supporters lensois", _set("AFP")),),
        id="fr-em-dash-credit",
    ),
    # --- Spanish ---------------------------------------------------------
    pytest.param(
        "Sevilla, 14 may (EFE).- El Ayuntamiento de Sevilla ha aprobado este jueves el plan "
        "de limpieza del cauce del Guadalquivir a su paso por la ciudad.\n\n"
        "Operarios municipales retiran lodo de la orilla del río, este jueves. "
        "EFE/Ana Belén Cordero\n\n"
        "Las máquinas entrarán en el cauce el lunes.",
        "es",
        (Cap("Operarios municipales retiran lodo", _set("EFE"), "photo"),),
        id="es-efe-slash-after-dateline-paragraph",
    ),
    pytest.param(
        "Las cuentas autonómicas llegarán a la Cámara a finales de junio.\n\n"
        "El presidente autonómico, durante su comparecencia en el Parlamento. "
        "(Foto: EFE/Rodrigo Iturbe)\n\n"
        "La oposición ha pedido que se adelante el debate de totalidad.",
        "es",
        (Cap("durante su comparecencia", _set("EFE")),),
        id="es-foto-efe-bracket",
    ),
    pytest.param(
        "Sanidad prevé inaugurar tres consultorios en Tierra de Campos antes de 2028.\n\n"
        "La consejera de Sanidad, Marta Ibarrola, en rueda de prensa este martes en "
        "Valladolid.\n"
        "Lucía Orbaneja / Europa Press\n\n"
        "Para ello hará falta reclutar a 140 enfermeras.",
        "es",
        (Cap("Marta Ibarrola, en rueda de prensa", _set("Europa Press")),),
        id="es-europa-press-credit-line",
    ),
    pytest.param(
        "Fotografía de archivo fechada el 3 de marzo de 2025 que muestra la fachada del "
        "Palacio de Justicia de Pamplona. EFE/Nerea Olaizola\n\n"
        "Pamplona, 14 may (EFE).- La Audiencia de Navarra ha fijado para septiembre el juicio "
        "contra los tres exdirectivos de la cooperativa.",
        "es",
        (Cap("fachada del Palacio de Justicia", _set("EFE")),),
        id="es-fotografia-de-archivo-at-top",
    ),
    pytest.param(
        "La falta de médicos de familia obliga a cerrar por las tardes cuatro consultorios.\n\n"
        "Vecinos de Valdemorillo hacen cola ante el centro de salud, el lunes. "
        "ALBA TORRIJOS (EFE)\n\n"
        "La Consejería asegura que las plazas se cubrirán en verano.",
        "es",
        (Cap("hacen cola ante el centro de salud", _set("EFE")),),
        id="es-el-pais-name-agency-bracket",
    ),
    pytest.param(
        "Seis personas han sido arrestadas en Burgos, Soria y Palencia.\n\n"
        "Agentes inspeccionan la nave donde se hallaron las piezas robadas. "
        "Imagen cedida por la Guardia Civil.\n\n"
        "Los investigadores calculan que la red movió material por valor de dos millones.",
        "es",
        (Cap("Agentes inspeccionan la nave", None),),
        id="es-imagen-cedida-handout",
    ),
    pytest.param(
        "El alcalde defendió la subida del transporte en una entrevista televisiva.\n\n"
        "El alcalde, durante la entrevista en La 1 este martes. Captura de pantalla de RTVE\n\n"
        "Los grupos de la oposición han pedido su comparecencia en el pleno.",
        "es",
        (Cap("durante la entrevista en La 1", None),),
        id="es-captura-de-pantalla-broadcaster",
    ),
    pytest.param(
        "La protesta llenó la carrera de San Jerónimo a la hora de comer.\n\n"
        "Manifestantes ante el Congreso de los Diputados, en Madrid. "
        "(Foto: Reuters/Violeta Sarmiento)\n\n"
        "Los convocantes hablaron de 12.000 asistentes; la policía, de la mitad.",
        "es",
        (Cap("Manifestantes ante el Congreso", _set("Reuters")),),
        id="es-foto-reuters-bracket",
    ),
    pytest.param(
        "Siete días después, las palas siguen sacando fango de los bajos.\n\n"
        "Foto 4 de 10\n"
        "Vecinos de Alzira limpian el barro de sus casas tras la riada. EFE/Mateu\n\n"
        "La Generalitat pagará hasta 6.000 euros por cada casa afectada.",
        "es",
        (Cap("limpian el barro de sus casas", _set("EFE")),),
        id="es-gallery-foto-de-counter-surname-credit",
    ),
    pytest.param(
        "Las cofradías han recortado este año el recorrido de sus estaciones de penitencia.\n\n"
        "Pie de foto: Un paso avanza por la calle Sierpes de Sevilla.\n"
        "Fuente: Europa Press\n\n"
        "El Consejo de Hermandades estudia nuevos horarios para el próximo año.",
        "es",
        (Cap("Un paso avanza por la calle Sierpes", _set("Europa Press")),),
        id="es-pie-de-foto-fuente-labels",
    ),
    pytest.param(
        "Los ataques de la madrugada dañaron al menos una docena de edificios.\n\n"
        "Bomberos trabajan entre los escombros de un edificio en Járkov (Ucrania), este "
        "miércoles. EFE/EPA/KAROLINA NOWAK\n\n"
        "Las autoridades locales han abierto refugios en cuatro estaciones de metro.",
        "es",
        (Cap("Bomberos trabajan entre los escombros", _set("EFE", "EPA")),),
        id="es-efe-epa-caps-name",
    ),
    pytest.param(
        "Abril dejó 2.300 parados menos en la provincia.\n\n"
        "Evolución del paro registrado en la provincia desde 2019. Infografía: Europa Press\n\n"
        "Bares y hoteles firmaron casi uno de cada dos contratos.",
        "es",
        (Cap("Evolución del paro registrado", _set("Europa Press"), "graphic"),),
        id="es-infografia-graphic",
    ),
    pytest.param(
        "Al pantano le queda menos de una quinta parte del agua que puede almacenar.\n\n"
        "Imagen de archivo del embalse de La Baells, en el Berguedà. EFE/Archivo\n\n"
        "Los regantes temen otro verano sin riego.\n\n"
        "El mismo embalse, este lunes, con la antigua iglesia al descubierto. "
        "EFE/J. M. Sanfeliu\n\n"
        "Los técnicos no descartan nuevas restricciones en julio.",
        "es",
        (
            Cap("embalse de La Baells", _set("EFE")),
            Cap("antigua iglesia al descubierto", _set("EFE")),
        ),
        id="es-two-captions-archivo-and-current",
    ),
    # --- Italian ---------------------------------------------------------
    pytest.param(
        "(ANSA) - GENOVA, 14 MAG - Il Comune ha chiuso un tratto della sopraelevata per "
        "lavori urgenti ai giunti.\n\n"
        "Le auto in coda all'ingresso della sopraelevata. ANSA/GIULIA TOSCANELLI\n\n"
        "La riapertura è prevista entro venerdì, ha spiegato l'assessore alla mobilità.",
        "it",
        (Cap("Le auto in coda", _set("ANSA"), "photo"),),
        id="it-ansa-caps-after-dateline-paragraph",
    ),
    pytest.param(
        "La Regione ha stanziato 40 milioni per le scuole danneggiate dal sisma.\n\n"
        "Il presidente della Regione durante la conferenza stampa a Napoli.\n"
        "Foto ANSA/RAFFAELE D'AMBROSIO\n\n"
        "I fondi saranno distribuiti ai Comuni entro settembre.",
        "it",
        (Cap("durante la conferenza stampa", _set("ANSA")),),
        id="it-foto-ansa-credit-line",
    ),
    pytest.param(
        "I volontari della Protezione civile distribuiscono acqua agli sfollati nella "
        "piazza principale di Senigallia (ANSA)\n\n"
        "La prefettura stima in circa 800 gli sfollati dopo l'esondazione del Misa, e "
        "altri centri di accoglienza apriranno in giornata.",
        "it",
        (Cap("distribuiscono acqua agli sfollati", _set("ANSA")),),
        id="it-caption-closing-ansa-bracket-at-top",
        marks=pytest.mark.xfail(
            strict=True,
            reason="documented choice: a lone agency in brackets with no stop before it "
            "closes a caption line of at most 12 words, not a longer paragraph "
            "('... des Sonnensystems (dpa)' closes story copy); this caption has 17",
        ),
    ),
    pytest.param(
        "I blucerchiati hanno chiuso il campionato al secondo posto.\n\n"
        "I tifosi blucerchiati festeggiano la promozione sugli spalti di Marassi. "
        "Foto Tiziana Bertolli/LaPresse\n\n"
        "In centro si è cantato fino alle quattro del mattino.",
        "it",
        (Cap("festeggiano la promozione", _set("LaPresse")),),
        id="it-foto-name-lapresse",
    ),
    pytest.param(
        "Foto d'archivio. Il ponte sul Po a Casalmaggiore durante la piena del 2024. "
        "ANSA/GIORGIO DI MEOLA\n\n"
        "Il ponte resterà chiuso ai mezzi pesanti fino a nuovo avviso, ha comunicato la "
        "Provincia.",
        "it",
        (Cap("Il ponte sul Po a Casalmaggiore", _set("ANSA")),),
        id="it-foto-d-archivio-opener-at-top",
    ),
    pytest.param(
        "A Bruxelles nessuna intesa sul bilancio comune.\n\n"
        "Il presidente del Consiglio al vertice europeo di Bruxelles. ANSA/POOL\n\n"
        "I leader torneranno a vedersi a fine giugno.",
        "it",
        (Cap("al vertice europeo di Bruxelles", _set("ANSA")),),
        id="it-ansa-pool",
    ),
    pytest.param(
        "Gli atleti hanno portato a casa 21 medaglie dai Giochi.\n\n"
        "Il capo dello Stato riceve al Quirinale gli atleti paralimpici. "
        "ANSA/UFFICIO STAMPA QUIRINALE\n\n"
        "Nel suo discorso ha ringraziato gli allenatori e le famiglie.",
        "it",
        (Cap("riceve al Quirinale gli atleti", None),),
        id="it-ansa-ufficio-stampa-handout",
    ),
    pytest.param(
        "Oltre centomila spettatori hanno affollato la passeggiata per il primo corso.\n\n"
        "Foto 5 di 9\n"
        "I carri allegorici sfilano lungo il viale a mare di Viareggio. (Ansa)\n\n"
        "Il prossimo corso mascherato è in programma domenica.",
        "it",
        (Cap("I carri allegorici sfilano", _set("ANSA")),),
        id="it-gallery-foto-di-counter",
    ),
    pytest.param(
        "Da sabato si pedala dal centro fino alla zona artigianale.\n\n"
        "Didascalia: Un tratto della ciclabile lungo il Brenta a Bassano.\n"
        "Fonte: Comune di Bassano del Grappa\n\n"
        "Il cantiere è costato 3,1 milioni, un terzo dei quali versati dalla Regione.",
        "it",
        (Cap("Un tratto della ciclabile", None),),
        id="it-didascalia-fonte-labels",
    ),
    pytest.param(
        "Il governo conta di chiudere la manovra entro ottobre.\n\n"
        "Il ministro dell'Economia alla Camera dei deputati. Foto: Imagoeconomica\n\n"
        "Le opposizioni chiedono un passaggio in Aula prima dell'invio a Bruxelles.",
        "it",
        (Cap("Il ministro dell'Economia", _set("Imagoeconomica")),),
        id="it-foto-imagoeconomica",
    ),
    pytest.param(
        "Undici feriti, tre dei quali gravi, il bilancio provvisorio.\n\n"
        "Soccorritori al lavoro dopo il crollo di una palazzina a Lione. "
        "ANSA/EPA/HANNAH BECKER\n\n"
        "La procura di Lione indaga sulla manutenzione dello stabile.",
        "it",
        (Cap("Soccorritori al lavoro", _set("ANSA", "EPA")),),
        id="it-ansa-epa-caps-name",
    ),
    pytest.param(
        "La banda ha imboccato l'autostrada pochi minuti dopo il colpo.\n\n"
        "Un fermo immagine del video diffuso dai carabinieri mostra il furgone usato per "
        "la rapina. (ANSA)\n\n"
        "I militari confrontano quel filmato con le registrazioni di un distributore vicino.",
        "it",
        (Cap("mostra il furgone", _set("ANSA")),),
        id="it-fermo-immagine-frame-grab",
    ),
    pytest.param(
        "Il nuovo mercato coperto ha aperto sabato dopo quattro anni di lavori.\n\n"
        "Il sindaco di Valdorno tra i banchi del nuovo mercato coperto "
        "(foto di Matteo Guarnieri)\n\n"
        "Ospiterà 46 banchi, la metà dei quali riservati a produttori della provincia.",
        "it",
        (Cap("tra i banchi del nuovo mercato", frozenset()),),
        id="it-foto-di-photographer-only-bracket",
    ),
]


def _agencies(caption: object) -> frozenset[str]:
    credit = getattr(caption, "credit", None)
    if credit is None:
        return frozenset()
    return frozenset(credit.agencies)


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE_CASES)
def test_find_captions_probe(text: str, language: str, expected: tuple[Cap, ...]) -> None:
    captions = find_captions(text, language=language)
    found = [caption.span.slice(text) for caption in captions]
    assert len(captions) == len(expected), found
    starts = [caption.span.start for caption in captions]
    assert starts == sorted(starts), found
    for caption, want in zip(captions, expected, strict=True):
        assert want.fragment in caption.text, (caption.text, found)
        if want.agencies is not None:
            assert _agencies(caption) == want.agencies, found
        if want.kind is not None:
            assert caption.kind == want.kind, found


# ---------------------------------------------------------------------------
# 3. find_captions: hard negatives
# ---------------------------------------------------------------------------

# text, language, target (a part of the text no caption may overlap)
NEGATIVE_CASES = [
    # --- English ---------------------------------------------------------
    pytest.param(
        "HARWICK, Maine (AP) — A judge on Tuesday blocked the town's plan to sell its "
        "harbor land to a private developer.\n\n"
        "Either side has a month to lodge an appeal with the state's high court.",
        "en",
        "HARWICK, Maine (AP) —",
        id="en-ap-dateline",
    ),
    pytest.param(
        "Flooding closed the main road into Dunmore for a third day.\n\n"
        "A photo posted by the mayor on Sunday showed the bridge deck split in two, and an "
        "aide told Reuters repairs could take months.\n\n"
        "The council has put up barriers along the towpath.",
        "en",
        "A photo posted by the mayor on Sunday showed the bridge deck split in two, and an "
        "aide told Reuters repairs could take months.",
        id="en-photo-and-reuters-in-prose",
    ),
    pytest.param(
        "Governor Ellen Marsh speaks to reporters in Albany, New York, May 12, 2026. "
        "REUTERS/Kaspar Dorn\n\n"
        "The governor's budget includes a freeze on tuition at state colleges.\n\n"
        "A Reuters/Ipsos poll completed on Thursday found 41% of respondents approved of "
        "her handling of the budget, down from 47% in February.",
        "en",
        "A Reuters/Ipsos poll completed on Thursday",
        id="en-reuters-ipsos-poll-sentence",
    ),
    pytest.param(
        "Lifeguards have kept bathers out of Lake Tamsin since late June.\n\n"
        "A joint EPA/NOAA study released in March tied the algae blooms to fertilizer "
        "washing off the surrounding farms.",
        "en",
        "A joint EPA/NOAA study released in March",
        id="en-epa-noaa-slash-in-prose",
    ),
    pytest.param(
        "By Teodor Halvik | Reuters\n\n"
        "LONDON, May 14 (Reuters) - Britain's biggest landlord union said on Thursday it "
        "would take the new rental rules to court.",
        "en",
        "By Teodor Halvik | Reuters",
        id="en-byline-pipe-agency",
    ),
    pytest.param(
        "The slope gave way shortly after 6 a.m.\n\n"
        "“I took that photo from my kitchen window, and then the whole hillside moved,” "
        "said Gwen Talbot, 64, who has lived on the street since 1989.",
        "en",
        "“I took that photo from my kitchen window, and then the whole hillside moved,”",
        id="en-quote-mentions-photo",
    ),
    pytest.param(
        "Linemen hope to reconnect the last 2,000 customers by Friday.\n\n"
        "READ MORE: Photos show the damage left behind by the Harwick storm\n\n"
        "The utility has asked customers to report downed lines by phone.",
        "en",
        "READ MORE: Photos show the damage left behind by the Harwick storm",
        id="en-read-more-link-photos",
    ),
    pytest.param(
        "The ministry said the tender would be reopened in the autumn.\n\n"
        "Reporting by Selin Arkwright in Ankara; additional reporting by Kaspar Dorn in "
        "Berlin; editing by Mara Lindqvist",
        "en",
        "Reporting by Selin Arkwright in Ankara",
        id="en-reporting-credits-signoff",
    ),
    # --- German ----------------------------------------------------------
    pytest.param(
        "Oberhagen (dpa/lnw) - Der Stadtrat von Oberhagen hat am Donnerstag den Bau einer "
        "zweiten Gesamtschule beschlossen.\n\n"
        "Die Schule soll zum Schuljahr 2029/30 öffnen.",
        "de",
        "Oberhagen (dpa/lnw) -",
        id="de-dpa-regional-dateline-slash",
    ),
    pytest.param(
        "Von Annika Brühl, dpa\n\n"
        "Lindenau (dpa) - Für die Bewohner der Altstadt beginnt am Montag eine lange "
        "Baustellenzeit.",
        "de",
        "Von Annika Brühl, dpa",
        id="de-byline-von-name-dpa",
    ),
    pytest.param(
        "Bis Oktober soll die Brücke wieder befahrbar sein, schreibt das Landratsamt.\n\nlbr/dpa",
        "de",
        "lbr/dpa",
        id="de-initials-signoff-slash-dpa",
    ),
    pytest.param(
        "Gegen das Aus für das Hallenbad zogen am Samstag rund 200 Menschen durch die Stadt.\n\n"
        "Vor dem Rathaus verteilte die Initiative ein Handout mit ihren zwölf Forderungen an "
        "die Stadtverwaltung.",
        "de",
        "Vor dem Rathaus verteilte die Initiative ein Handout",
        id="de-handout-leaflet-in-prose",
    ),
    pytest.param(
        "Der Fahrer kletterte leicht verletzt aus dem Führerhaus.\n\n"
        "Ein Foto, das die Polizei am Dienstag veröffentlichte, zeigt den völlig zerstörten "
        "Wagen am Rand der Bundesstraße.\n\n"
        "Die Ermittler gehen von überhöhter Geschwindigkeit aus.",
        "de",
        "Ein Foto, das die Polizei am Dienstag veröffentlichte",
        id="de-foto-in-prose",
    ),
    pytest.param(
        "Die Tarifparteien wollen Anfang Juni weiterverhandeln.\n\n"
        "© dpa-infocom, dpa:260514-99-204117/3",
        "de",
        "© dpa-infocom, dpa:260514-99-204117/3",
        id="de-dpa-infocom-story-copyright",
    ),
    pytest.param(
        "Der Verkehrsminister steht wegen der Mautpläne unter Druck.\n\n"
        "Der „Bild am Sonntag“ sagte er, an einen Rücktritt denke er nicht.",
        "de",
        "Der „Bild am Sonntag“ sagte er",
        id="de-bild-newspaper-in-prose",
    ),
    pytest.param(
        "Die Delegationen treffen sich am Dienstag erneut am Genfersee.\n\n"
        "Mit Material der Nachrichtenagenturen dpa und AFP",
        "de",
        "Mit Material der Nachrichtenagenturen dpa und AFP",
        id="de-mit-material-agencies-note",
    ),
    pytest.param(
        "Ein Zug der Westbahn im Bahnhof St. Pölten. Foto: APA/Gernot Pichlbauer\n\n"
        "St. Pölten – Die Bahn will den Abschnitt bis 2031 viergleisig ausbauen.\n\n"
        "Dieser Text stammt aus dem Nachrichtenangebot der APA und wurde von der Redaktion "
        "nicht bearbeitet.",
        "de",
        "Dieser Text stammt aus dem Nachrichtenangebot der APA",
        id="de-at-agency-feed-note-after-real-caption",
    ),
    # --- French ----------------------------------------------------------
    pytest.param(
        "Lyon (AFP) - Le tribunal correctionnel a relaxé mardi les deux militants "
        "poursuivis pour l’occupation d’un chantier.\n\n"
        "Le ministère public peut encore contester cette décision d’ici la fin du mois.",
        "fr",
        "Lyon (AFP) -",
        id="fr-afp-dateline",
    ),
    pytest.param(
        "Le Journal du Val avec AFP\n\n"
        "Les bus scolaires seront gratuits à la rentrée, ont décidé jeudi les élus du "
        "département.",
        "fr",
        "Le Journal du Val avec AFP",
        id="fr-outlet-avec-afp-byline",
    ),
    pytest.param(
        "Par Camille BERTHELOT (AFP)\n\n"
        "Marseille (AFP) - Les dockers du port ont reconduit jeudi leur mouvement pour une "
        "semaine.",
        "fr",
        "Par Camille BERTHELOT (AFP)",
        id="fr-byline-par-name-agency-bracket",
    ),
    pytest.param(
        "L’hebdomadaire devra dédommager l’auteur du cliché à hauteur de 3 000 euros.\n\n"
        "Le tribunal lui a reproché d’avoir publié le cliché sans crédit photo ni accord de "
        "son auteur.",
        "fr",
        "sans crédit photo ni accord de son auteur",
        id="fr-credit-photo-words-in-prose",
    ),
    pytest.param(
        "L’immeuble menaçait de s’effondrer depuis plusieurs semaines.\n\n"
        "Un photographe de l’AFP présent sur place a vu les gendarmes évacuer une dizaine de "
        "familles en pleine nuit.",
        "fr",
        "Un photographe de l’AFP présent sur place",
        id="fr-afp-photographer-in-prose",
    ),
    pytest.param(
        "La troisième étape s’est jouée dans les derniers mètres.\n\n"
        "Le Belge s’est imposé au photo-finish devant le champion sortant, au terme d’un "
        "sprint massif.",
        "fr",
        "Le Belge s’est imposé au photo-finish",
        id="fr-photo-finish-in-prose",
    ),
    pytest.param(
        "Le jury a distingué cette année douze reportages réalisés sur quatre continents.\n\n"
        "Lire aussi | Les photographes de l’AFP primés à Perpignan\n\n"
        "Les lauréats seront récompensés samedi soir au Campo Santo.",
        "fr",
        "Lire aussi | Les photographes de l’AFP primés à Perpignan",
        id="fr-lire-aussi-pipe-link",
    ),
    pytest.param(
        "Des agriculteurs bloquent la rocade de Mont-de-Marsan, le 4 mai 2026. "
        "ÉLODIE VASSEUR / AFP\n\n"
        "La préfecture espère une levée des blocages avant la nuit.\n\n"
        "© Le Courrier de l’Adour 2026 – Tous droits réservés",
        "fr",
        "© Le Courrier de l’Adour 2026 – Tous droits réservés",
        id="fr-page-copyright-after-real-caption",
    ),
    pytest.param(
        "La rue a été évacuée juste avant l’effondrement.\n\n"
        "\u00ab\u202fCette photo, je l’ai prise depuis mon balcon\u202f\u00bb, a raconté à "
        "l’AFP Josiane Perrot, 71 ans.",
        "fr",
        "\u00ab\u202fCette photo, je l’ai prise depuis mon balcon\u202f\u00bb",
        id="fr-quote-mentions-photo",
    ),
    # --- Spanish ---------------------------------------------------------
    pytest.param(
        "Sevilla, 14 may (EFE).- El pleno municipal ha rechazado este jueves la moción para "
        "ampliar la zona de bajas emisiones.\n\n"
        "Solo dos grupos respaldaron la iniciativa de la concejala.",
        "es",
        "Sevilla, 14 may (EFE).-",
        id="es-efe-dateline",
    ),
    pytest.param(
        "VALLADOLID, 14 (EUROPA PRESS)\n\n"
        "Las Cortes han aprobado la ley de caza con los votos del grupo mayoritario.",
        "es",
        "VALLADOLID, 14 (EUROPA PRESS)",
        id="es-europa-press-dateline-line",
    ),
    pytest.param(
        "La Fiscalía estudiará el informe antes de decidir si recurre.\n\nEFE\nmcm/lss",
        "es",
        "EFE\nmcm/lss",
        id="es-efe-signoff-initials",
    ),
    pytest.param(
        "El partido del alcalde seguiría siendo la primera fuerza en el pleno.\n\n"
        "Según una encuesta elaborada por Ipsos para Europa Press, el 38 % de los votantes "
        "no ha decidido aún su voto.",
        "es",
        "Según una encuesta elaborada por Ipsos para Europa Press",
        id="es-poll-for-europa-press-in-prose",
    ),
    pytest.param(
        "El comienzo del curso no se retrasará, pese a las obras en dos institutos.\n\n"
        "Fuentes de la Consejería de Educación consultadas por Europa Press confirmaron que "
        "el calendario escolar no cambiará.",
        "es",
        "Fuentes de la Consejería de Educación consultadas por Europa Press",
        id="es-sources-consulted-by-europa-press",
    ),
    pytest.param(
        "Las lluvias de la madrugada inundaron varios sótanos del barrio.\n\n"
        "Según una foto difundida en redes sociales por un vecino, el agua llegó a cubrir los "
        "coches del garaje, algo que el Ayuntamiento no ha confirmado.",
        "es",
        "Según una foto difundida en redes sociales por un vecino",
        id="es-foto-in-prose",
    ),
    pytest.param(
        "Por Ana Belén Cordero | EFE\n\n"
        "Cádiz, 14 may (EFE).- El astillero recuperará en junio a los 300 trabajadores en "
        "regulación temporal de empleo.",
        "es",
        "Por Ana Belén Cordero | EFE",
        id="es-byline-por-pipe-agency",
    ),
    pytest.param(
        "El decreto irá al Consejo de Ministros del martes, según fuentes del Ejecutivo.\n\n"
        "Con información de EFE y Europa Press",
        "es",
        "Con información de EFE y Europa Press",
        id="es-con-informacion-agencies-note",
    ),
    pytest.param(
        "Operarios retiran la arena de la playa de la Malvarrosa, este lunes. "
        "EFE/Ana Belén Cordero\n\n"
        "El viento arrancó toldos y farolas en todo el paseo marítimo.\n\n"
        "La imagen del alcalde achicando agua junto a los vecinos dio la vuelta al país en "
        "cuestión de horas.",
        "es",
        "La imagen del alcalde achicando agua junto a los vecinos",
        id="es-imagen-in-prose-after-real-caption",
    ),
    # --- Italian ---------------------------------------------------------
    pytest.param(
        "(ANSA) - ROMA, 14 MAG - Palazzo Chigi ha varato in serata un decreto sui parcheggi "
        "nei centri storici.\n\n"
        "Entro sessanta giorni il Parlamento dovrà convertirlo in legge.",
        "it",
        "(ANSA) - ROMA, 14 MAG -",
        id="it-ansa-dateline",
    ),
    pytest.param(
        "Le perquisizioni hanno interessato uffici in quattro regioni.\n\n"
        "Secondo quanto riferito all'ANSA da fonti della Procura, l'indagine riguarda tre "
        "appalti per la manutenzione delle strade provinciali.",
        "it",
        "Secondo quanto riferito all'ANSA da fonti della Procura",
        id="it-told-ansa-in-prose",
    ),
    pytest.param(
        "Il corteo ha attraversato il quartiere di San Lorenzo per tutto il pomeriggio.\n\n"
        "Come ha riportato LaPresse, i partecipanti sono tornati a casa senza tensioni "
        "verso le 19.",
        "it",
        "Come ha riportato LaPresse",
        id="it-lapresse-in-prose",
    ),
    pytest.param(
        "La motovedetta ha intercettato il barcone a venti miglia da Lampedusa.\n\n"
        "Un fotografo dell'ANSA ha documentato l'arrivo dei soccorritori sul molo "
        "Favarolo a tarda sera.",
        "it",
        "Un fotografo dell'ANSA ha documentato",
        id="it-ansa-photographer-in-prose",
    ),
    pytest.param(
        "Domenica sera, gran finale con i fuochi sul Panaro.\n\n"
        "Leggi anche: Le immagini della sagra di Castelvetro\n\n"
        "L'ingresso è gratuito per i residenti.",
        "it",
        "Leggi anche: Le immagini della sagra di Castelvetro",
        id="it-leggi-anche-link",
    ),
    pytest.param(
        "Redazione ANSA\n"
        "MILANO\n"
        "14 maggio 2026\n"
        "16:42\n\n"
        "Il Comune ha presentato il nuovo piano per le piste ciclabili in periferia.",
        "it",
        "Redazione ANSA",
        id="it-redazione-ansa-page-header",
    ),
    pytest.param(
        "Il ponte è crollato poco dopo il passaggio di un autobus vuoto.\n\n"
        "\u00abQuella foto l'ho scattata io, dal ponte vecchio\u00bb, ha detto Luca Ferrandi "
        "ai cronisti.",
        "it",
        "\u00abQuella foto l'ho scattata io, dal ponte vecchio\u00bb",
        id="it-quote-mentions-foto",
    ),
    pytest.param(
        "I lavori sulla circonvallazione sono fermi da marzo.\n\n"
        "Il sindaco ha detto che il cantiere riaprirà entro l'estate e che i costi resteranno "
        "quelli previsti dal progetto. (ANSA).",
        "it",
        "Il sindaco ha detto che il cantiere riaprirà entro l'estate",
        id="it-story-paragraph-ending-ansa-signoff",
    ),
    pytest.param(
        "Le auto in coda all'ingresso della sopraelevata. ANSA/GIULIA TOSCANELLI\n\n"
        "In serata le code si erano già dissolte.\n\n"
        "Il sindaco ha pubblicato su Instagram una foto del cantiere, scrivendo che i "
        "lavori finiranno a giugno.",
        "it",
        "Il sindaco ha pubblicato su Instagram una foto del cantiere",
        id="it-instagram-foto-in-prose-after-real-caption",
    ),
]


@pytest.mark.parametrize(("text", "language", "target"), NEGATIVE_CASES)
def test_find_captions_negative_probe(text: str, language: str, target: str) -> None:
    start = text.index(target)
    end = start + len(target)
    for caption in find_captions(text, language=language):
        overlaps = caption.span.start < end and start < caption.span.end
        assert not overlaps, caption.span.slice(text)
