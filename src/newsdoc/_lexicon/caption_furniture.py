"""Page furniture around pictures, per site family (private data).

When an extractor flattens a ``<figure>`` it leaves, besides the caption and the
credit, the words of the page's picture widgets: the caption toggles of public-radio
sites ("toggle caption", "hide caption"), the labels of broadcaster sites that set
caption and copyright apart as keyword pairs ("Caption: ... / Copyright: ..."), the
counters of galleries ("3 of 12") and the archive marks that open a caption ("FILE -",
"ARCHIV -", "Photo d'archives").  Each row names the family of sites that writes it,
so that the table can be read and extended as data; the caption reader derives its
patterns from it.

Sources: the house style of wire captions (AP Stylebook "photo captions": "FILE -"
opener and "(AP Photo/Name, File)"; Reuters pictures: "FILE PHOTO:" and
"REUTERS/Name/File Photo"; dpa Bildfunk: "ARCHIV -" opener and "Foto: Name/dpa";
AFP: "Photo d'archives"; EFE: "Foto de archivo"; ANSA: "foto d'archivio"), the
figure markup of public broadcasters and public radio (visible caption toggles,
"Bildunterschrift"/"Bildquelle", "Légende", "Pie de foto", "Didascalia") and the
gallery widgets of news sites ("1 of 12", "Bild 1 von 12", "Photo 1 sur 12").
"""

from __future__ import annotations

from typing import Literal

import attrs

__all__ = [
    "CAPTION_DATE_MONTHS",
    "CAPTION_DATE_WEEKDAYS",
    "FURNITURE",
    "GALLERY_NAVIGATION",
    "GALLERY_NOUNS",
    "GALLERY_OF",
    "SELF_CONTAINED_KEYWORDS",
    "SHARE_WORDS",
    "Furniture",
    "furniture_texts",
]

FurnitureRole = Literal[
    "trigger", "closer", "caption_label", "credit_label", "file_opener", "handout_opener"
]


@attrs.frozen(kw_only=True)
class Furniture:
    """One piece of picture furniture as a site family writes it.

    Attributes:
        text: The words as written (compared without regard to case, spaces collapsed).
        role: ``"trigger"``: a line that stands before the picture's caption
            ("Enlarge this image", "toggle caption"); ``"closer"``: a line that
            closes the caption ("hide caption"); ``"caption_label"``: a label
            opening the caption text ("Caption:", "Bildunterschrift:");
            ``"credit_label"``: a label opening the credit of a labelled caption
            ("Copyright:", "Bildquelle:"), read only next to a caption;
            ``"file_opener"``: an archive mark opening a caption ("FILE -");
            ``"handout_opener"``: a handout mark opening a caption ("HANDOUT -").
        family: The family of sites or services that writes it.
        language: ISO 639-1 code of the words.
    """

    text: str
    role: FurnitureRole
    family: str
    language: str


def _rows(role: FurnitureRole, family: str, language: str, *texts: str) -> tuple[Furniture, ...]:
    return tuple(Furniture(text=t, role=role, family=family, language=language) for t in texts)


_RADIO = "public radio (caption toggles)"
_GALLERY = "news-site galleries and lightboxes"
_BROADCAST = "public broadcasters (caption and copyright labels)"
_MEDIA = "news sites (labels of embedded videos, graphics and maps)"

FURNITURE: tuple[Furniture, ...] = (
    # --- caption toggles: the visible text of a "show/hide the caption" button
    *_rows("trigger", _RADIO, "en", "toggle caption", "show caption", "enlarge this image"),
    *_rows("closer", _RADIO, "en", "hide caption"),
    *_rows("trigger", _GALLERY, "en", "modal trigger", "expand image", "view larger image"),
    *_rows("trigger", _GALLERY, "de", "Bild vergrößern", "Bildunterschrift anzeigen"),
    *_rows("closer", _GALLERY, "de", "Bildunterschrift ausblenden"),
    *_rows("trigger", _GALLERY, "fr", "agrandir l'image", "afficher la légende"),
    *_rows("closer", _GALLERY, "fr", "masquer la légende"),
    *_rows("trigger", _GALLERY, "es", "ampliar imagen", "ampliar foto", "ver pie de foto"),
    *_rows("trigger", _GALLERY, "it", "ingrandisci immagine", "ingrandisci foto"),
    # --- caption labels
    *_rows(
        "caption_label",
        "BBC and English-language broadcasters",
        "en",
        "Image caption",
        "Media caption",
        "Photo caption",
        "Picture caption",
        "Caption",
    ),
    *_rows("caption_label", _BROADCAST, "de", "Bildunterschrift", "Bildbeschreibung", "Bildtext"),
    *_rows("caption_label", _BROADCAST, "fr", "Légende", "Légende photo"),
    *_rows("caption_label", _BROADCAST, "es", "Pie de foto", "Pie de imagen", "Leyenda"),
    *_rows("caption_label", _BROADCAST, "it", "Didascalia"),
    # the media labels news sites set before the caption of an embedded video, graphic
    # or map ("Video: Waves flood the seafront"); with a colon only, and never before
    # a credit ("Video: Reuters" is one)
    *_rows("caption_label", _MEDIA, "en", "Video", "Graphic", "Map", "Chart"),
    *_rows("caption_label", _MEDIA, "de", "Grafik", "Karte"),
    *_rows("caption_label", _MEDIA, "fr", "Vidéo", "Infographie", "Carte"),
    *_rows("caption_label", _MEDIA, "es", "Vídeo", "Gráfico", "Mapa"),
    *_rows("caption_label", _MEDIA, "it", "Grafico", "Mappa"),
    # --- credit labels of keyword pairs (read only beside a caption label)
    *_rows("credit_label", _BROADCAST, "en", "Copyright", "Image copyright", "Image source"),
    *_rows("credit_label", _BROADCAST, "en", "Credit", "Photo credit", "Source", "Photo"),
    *_rows("credit_label", _BROADCAST, "de", "Bildquelle", "Bildrechte", "Quelle", "Foto", "Bild"),
    *_rows("credit_label", _BROADCAST, "fr", "Crédit", "Crédits", "Crédit photo", "Source"),
    *_rows("credit_label", _BROADCAST, "es", "Fuente", "Crédito", "Créditos", "Foto"),
    *_rows("credit_label", _BROADCAST, "it", "Fonte", "Credito", "Crediti", "Foto"),
    # --- archive marks opening a caption, followed by ":", "-", "–", "—", "," or "."
    *_rows("file_opener", "AP", "en", "FILE"),
    *_rows("file_opener", "Reuters", "en", "FILE PHOTO", "File photo"),
    *_rows("file_opener", "dpa and German dailies", "de", "ARCHIV", "ARCHIVBILD", "Archivbild"),
    *_rows("file_opener", "dpa and German dailies", "de", "ARCHIVFOTO", "Archivfoto"),
    *_rows("file_opener", "AFP and French dailies", "fr", "PHOTO D'ARCHIVES", "Photo d'archives"),
    *_rows("file_opener", "AFP and French dailies", "fr", "Photo d'archive", "ARCHIVES"),
    *_rows("file_opener", "EFE and Spanish dailies", "es", "FOTO DE ARCHIVO", "Foto de archivo"),
    *_rows("file_opener", "EFE and Spanish dailies", "es", "Imagen de archivo", "ARCHIVO"),
    *_rows("file_opener", "ANSA and Italian dailies", "it", "FOTO D'ARCHIVIO", "Foto d'archivio"),
    *_rows("file_opener", "ANSA and Italian dailies", "it", "Foto di archivio", "ARCHIVIO"),
    # --- handout marks opening a caption the same way: dpa's "HANDOUT - Das Bild zeigt ..."
    *_rows("handout_opener", "dpa and German dailies", "de", "HANDOUT"),
)

#: The weekdays of an English caption's date.  AP's caption formula closes the first
#: sentence with the day of the week and the full date ("..., Monday, Jan. 4, 2021."),
#: a form story text does not use (it names the weekday alone, or the date alone).
CAPTION_DATE_WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

#: The months of an English caption's date, in full and in AP's abbreviations
#: (AP Stylebook "months": Jan., Feb., Aug., Sept., Oct., Nov., Dec.).
CAPTION_DATE_MONTHS: tuple[str, ...] = (
    *"January February March April May June July August September October November".split(),
    "December",
    *"Jan. Feb. Aug. Sept. Sep. Oct. Nov. Dec.".split(),
)

#: Nouns that may open a gallery counter: "Photo 3 of 12", "Bild 3 von 12", "Foto 3 de 12".
GALLERY_NOUNS: tuple[str, ...] = (
    "Photo",
    "Picture",
    "Image",
    "Slide",
    "Bild",
    "Foto",
    "Imagen",
    "Immagine",
    "Diapo",
)

#: The words between a gallery counter's numbers: "3 of 12", "3 von 12", "3 sur 12", "3/12".
GALLERY_OF: tuple[str, ...] = ("of", "von", "aus", "sur", "de", "di", "/")

#: The navigation of a gallery that extractors leave beside its counter:
#: "‹ 3 of 12 ›", "Previous 3 of 12 Next", "3/12 Weiter" (compared without regard to case).
GALLERY_NAVIGATION: tuple[str, ...] = (
    "Previous",
    "Prev",
    "Next",
    "Back",
    "Zurück",
    "Weiter",
    "Précédent",
    "Suivant",
    "Anterior",
    "Siguiente",
    "Precedente",
    "Successivo",
    "‹",
    "›",
    "«",
    "»",
    "<",
    ">",
    "←",
    "→",
)

#: Credit keywords that credit the page's lead picture on their own line, with no
#: caption next to them (blogs and aggregators): the lines around them are story text.
SELF_CONTAINED_KEYWORDS: frozenset[str] = frozenset(
    {"featured image", "featured photo", "top image", "header image", "lead image"}
)

#: Words of share, follow and embed bars: a line made only of these is page furniture,
#: never a caption (lower case).  The services are those of the common share-button
#: kits (AddThis, ShareThis, AddToAny, Shariff) and the follow buttons of news sites,
#: with "google plus" spelt as the kits label it ("Google+", "Google Plus"); the verbs
#: are the labels of their buttons in the five languages ("Share", "Embed", "Teilen",
#: "Einbetten", "Partager", "Intégrer", "Compartir", "Insertar", "Condividi", "Incorpora").
SHARE_WORDS: frozenset[str] = frozenset(
    # the buttons' verbs and their objects
    """share shares sharing this article story page post video photo on via tweet email
    e-mail mail print save copy link url embed follow like pin send more comments comment
    teilen drucken merken einbetten folgen artikel seite partager imprimer intégrer suivre
    cet article envoyer compartir imprimir insertar seguir enviar correo condividi stampa
    incorpora segui invia"""
    # the services of the share and follow buttons
    """ facebook twitter x whatsapp linkedin pinterest reddit messenger telegram flipboard
    google google+ g+ plus tumblr stumbleupon digg delicious pocket evernote buffer mix
    xing vk sms gmail instagram youtube snapchat threads bluesky mastodon tiktok""".split()
)


def furniture_texts(*roles: FurnitureRole) -> frozenset[str]:
    """Return the texts of the furniture rows of ``roles``, case-folded, spaces single.

    Example:
        >>> "hide caption" in furniture_texts("closer")
        True
    """
    return frozenset(" ".join(f.text.casefold().split()) for f in FURNITURE if f.role in roles)
