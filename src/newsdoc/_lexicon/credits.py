"""Words of photo captions and credit lines, per language (private data).

The credit keywords open a credit ("Photo: AP", "Foto: dpa", "Crédit photo : AFP");
the modifiers mark how a picture reached the paper (a file picture, a handout, a
pool picture); the organisation words tell an unknown organisation ("Harbor
Gazette") from a photographer's name ("Dana Reyes").  News agencies, photo
agencies and outlets themselves live in the shared table,
:mod:`newsdoc._lexicon.agencies`.

Sources:

* Credit keywords and the file, handout and pool markers: the credit-line
  conventions of the agencies ("AP Photo/Name", "(AP Photo, File)",
  "REUTERS/Name/File Photo", "Name/Pool via AP", "Name/Getty Images") and the
  labels papers print before a credit in each language ("Foto:", "Bild:",
  "Crédit photo :", "Foto de archivo", "Foto d'archivio").
* ``ORG_WORDS`` and ``CORPORATE_SUFFIXES``: head nouns of organisation names
  (newspaper titles such as "Herald" or "Gazette", "Agency", "Museum") and
  legal-form suffixes ("Inc.", "GmbH").
* ``PLATFORMS``: the social networks and the map, street-level and globe services
  pictures are taken from (the consumer map services of Google, Apple, Microsoft,
  Yandex, Baidu and HERE, and the open OpenStreetMap and Mapillary projects).
* ``FURNITURE_LINES``, ``CAPTION_TRIGGERS``, ``CAPTION_OPENERS``,
  ``NOT_CREDIT_OPENERS``: page furniture of news sites (share buttons, "Hide
  caption") and the stock openings of captions and reading notes.
* ``STORY_WORDS`` and ``STORY_OPENERS``: verbs of saying and modal verbs, and
  pronouns and conjunctions (closed classes) that open story sentences.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "BRACKET_KEYWORDS",
    "CAPITALISED_PARTICLES",
    "CAPTION_OPENERS",
    "CAPTION_TRIGGERS",
    "CORPORATE_SUFFIXES",
    "CREDIT_KEYWORDS",
    "FILE_WORDS",
    "FURNITURE_LINES",
    "GRAPHIC_KEYWORDS",
    "HANDOUT_PHRASES",
    "HANDOUT_WORDS",
    "NAME_PARTICLES",
    "NOT_CREDIT_OPENERS",
    "NOT_NAME_WORDS",
    "ORG_WORDS",
    "PLATFORMS",
    "POOL_WORDS",
    "PRESS_OFFICES",
    "ROLE_WORDS",
    "SCREEN_KEYWORDS",
    "SOURCE_NOUNS",
    "STORY_OPENERS",
    "STORY_WORDS",
    "VIDEO_KEYWORDS",
]

#: Keywords that open a credit, per language, without their separator: each is
#: followed in copy by ":", "...", "," or "by"/"von"/"de" ("Photo: AP", "Photo by
#: Sam Pike", "Credit...Lena Park", "Image source, Getty Images").  Longer keywords
#: are tried first, so "Photo credit" wins over "Photo".
CREDIT_KEYWORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": (
            "Photo",
            "Photos",
            "Photograph",
            "Photographs",
            "Photographer",
            "Photo credit",
            "Photo credits",
            "Photo credit should read",
            "Photo illustration",
            "Photo courtesy",
            "Photo courtesy of",
            "Photograph courtesy of",
            "Picture",
            "Pictures",
            "Pictured",
            "Picture credit",
            "Image",
            "Images",
            "Image credit",
            "Image copyright",
            "Image source",
            "Image courtesy of",
            "Credit",
            "Credits",
            "Featured image",
            "Featured photo",
            "Featured Image",
            "Top image",
            "Header image",
            "Lead image",
            "Video",
            "Graphic",
            "Illustration",
            "Composite",
            "Map",
            "Courtesy",
            "Courtesy of",
            "Submitted photo",
            "Submitted",
            "Screenshot",
            "Screengrab",
            "Screen grab",
            "Screen capture",
            "Infographic",
        ),
        "de": (
            "Foto",
            "Fotos",
            "Bild",
            "Bilder",
            "Fotograf",
            "Grafik",
            "Illustration",
            "Video",
            "Archivbild",
            "Archivfoto",
            "Bildquelle",
            "Bildrechte",
            "Bildnachweis",
            "Fotonachweis",
            "Foto/Quelle",
            "Infografik",
            "Screenshot",
            "Standbild",
        ),
        "fr": (
            "Photo",
            "Photos",
            "Crédit photo",
            "Crédits photo",
            "Crédit",
            "Crédits",
            "Photo d'illustration",
            "Photo d'archives",
            "Illustration",
            "Image",
            "Vidéo",
            "Infographie",
            "Capture d'écran",
            "Capture écran",
            "Capture vidéo",
        ),
        "es": (
            "Foto",
            "Fotos",
            "Fotografía",
            "Imagen",
            "Crédito",
            "Vídeo",
            "Video",
            "Gráfico",
            "Foto de archivo",
            "Imagen de archivo",
            "Infografía",
            "Captura de pantalla",
            "Captura de vídeo",
        ),
        "it": (
            "Foto",
            "Immagine",
            "Credito",
            "Crediti",
            "Video",
            "Grafica",
            "Foto d'archivio",
            "Infografica",
            "Fermo immagine",
            "Screenshot",
        ),
    }
)

#: Keywords that open a credit only inside brackets: "(Source: NASA)", "[File: Reuters]".
#: On a line of their own they are reading notes, not credits ("Source: Reuters").
BRACKET_KEYWORDS: tuple[str, ...] = ("Source", "Quelle", "Source photo", "Fuente", "Fonte", "File")

#: Keywords that make a caption a video caption: "Media caption", "Video: Reuters".
VIDEO_KEYWORDS: frozenset[str] = frozenset({"video", "vidéo", "vídeo", "media caption"})

#: Keywords and labels that make a caption a graphic: "Graphic: Lena Park", "Map: AFP",
#: the media labels of maps and charts ("Karte:", "Carte :", "Mapa:", "Mappa:", "Chart:").
GRAPHIC_KEYWORDS: frozenset[str] = frozenset(
    {
        "graphic",
        "grafik",
        "illustration",
        "map",
        "infographie",
        "infographic",
        "infografik",
        "infografía",
        "infografica",
        "gráfico",
        "grafica",
        "grafico",
        "chart",
        "karte",
        "carte",
        "mapa",
        "mappa",
    }
)

#: Words that mark a file (archive) picture: "REUTERS/Mark Ellison/File Photo", "(AP Photo, File)".
FILE_WORDS: frozenset[str] = frozenset(
    {
        "file",
        "file photo",
        "file picture",
        "file image",
        "archive",
        "archives",
        "archive photo",
        "archivbild",
        "archivfoto",
        "archiv",
        "photo d'archives",
        "archives photo",
        "archivo",
        "foto de archivo",
        "imagen de archivo",
        "archivio",
        "foto d'archivio",
    }
)

#: Words that mark a handout picture: "Handout via Reuters", "Submitted photo", "Courtesy of".
HANDOUT_WORDS: frozenset[str] = frozenset(
    {
        "handout",
        "handout photo",
        "handout picture",
        "submitted",
        "submitted photo",
        "courtesy",
        "courtesy of",
        "photo courtesy",
        "photo courtesy of",
        "photograph courtesy of",
        "image courtesy of",
        "document",
        "dpa-handout",
    }
)

#: Phrases that open a handout credit by naming who handed the picture out, per
#: language: "Courtesy of the museum", "Imagen cedida por la Guardia Civil",
#: "document remis par la préfecture", "foto concessa dal Comune".  The provider after
#: them may be any body, named in a few words.  Sources: the handout lines of the
#: agencies' caption guides (AP "Courtesy of", "Photo provided by"), of EFE and the
#: Spanish dailies ("Imagen cedida por", "facilitada por"), of AFP and the French
#: dailies ("Document remis par", "fournie par"), of ANSA and the Italian dailies
#: ("foto concessa da", "per gentile concessione di") and of the German papers
#: ("mit freundlicher Genehmigung von").
HANDOUT_PHRASES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": (
            "Photo provided by",
            "Image provided by",
            "Photo supplied by",
            "Image supplied by",
        ),
        "de": ("Mit freundlicher Genehmigung von", "Zur Verfügung gestellt von"),
        "fr": (
            "Document remis par",
            "Photo remise par",
            "Image remise par",
            "Photo fournie par",
            "Image fournie par",
            "Document fourni par",
            "Photo transmise par",
            "Image transmise par",
        ),
        "es": (
            "Imagen cedida por",
            "Foto cedida por",
            "Fotografía cedida por",
            "Imagen facilitada por",
            "Foto facilitada por",
            "Fotografía facilitada por",
            "Imagen proporcionada por",
            "Foto proporcionada por",
            "Cedida por",
            "Facilitada por",
        ),
        "it": (
            "Foto concessa da",
            "Immagine concessa da",
            "Foto fornita da",
            "Immagine fornita da",
            "Per gentile concessione di",
            "Su gentile concessione di",
        ),
    }
)

#: Press offices credited in a picture's source slot, which make it a handout: ANSA's
#: "ANSA/UFFICIO STAMPA QUIRINALE", dpa's "Foto: Pressestelle der Stadt/dpa", "Service
#: de presse de l'Élysée", "Gabinete de prensa del Ayuntamiento".  A credit part
#: opening with one is the press office of a body, not a photographer.
PRESS_OFFICES: tuple[str, ...] = (
    "press office",
    "pressestelle",
    "service de presse",
    "service presse",
    "gabinete de prensa",
    "oficina de prensa",
    "servicio de prensa",
    "ufficio stampa",
)

#: Keywords of a frame grabbed from a screen, per language: "Capture d'écran BFMTV",
#: "Captura de pantalla de RTVE", "Fermo immagine Rai", "Screenshot: ZDF".  They are
#: followed by the channel or site the frame comes from, with or without a separator.
#: Sources: the screen-capture credits of the French ("Capture d'écran"), Spanish
#: ("Captura de pantalla"), Italian ("Fermo immagine", "Screenshot") and German
#: ("Screenshot", "Standbild") papers, and the English "Screenshot", "Screengrab".
SCREEN_KEYWORDS: frozenset[str] = frozenset(
    {
        "screenshot",
        "screengrab",
        "screen grab",
        "screen capture",
        "standbild",
        "capture d'écran",
        "capture écran",
        "capture vidéo",
        "captura de pantalla",
        "captura de vídeo",
        "fermo immagine",
    }
)

#: Roles that sit in a credit without naming anyone: "Getty - Contributor".
ROLE_WORDS: frozenset[str] = frozenset(
    {
        "contributor",
        "staff",
        "stringer",
        "staff photographer",
        "staff photo",
        "freelance",
        "correspondent",
        "new",
        "photo",
        "photos",
        "photograph",
        "image",
        "images",
        "screenshot",
        "screen shot",
        "screengrab",
        "screen grab",
        "screen capture",
        "video screenshot",
        "video still",
        "still",
        # the screen-capture keywords of the other languages in a slash credit:
        # "Capture d'écran/France 2"
        *SCREEN_KEYWORDS,
    }
)

#: Words that mark a pool picture: "Ivan Petrov/Pool/Getty Images", "POOL New/Reuters",
#: "Pool Photo via AP".  A pool credit is the word "pool" alone or followed by one of the
#: :data:`ROLE_WORDS` that stand for the photographer's place in a credit ("Pool Photo",
#: "Pool Staff", "Pool Stringer", Reuters' "POOL New"), as the agencies write it in the
#: photographer's slot; AP adds the distributing agency ("Pool via AP").
POOL_WORDS: frozenset[str] = frozenset(
    {"pool", "pool via ap", *(f"pool {role}" for role in ROLE_WORDS)}
)

#: Social platforms and sharing sites: a name next to one is an account, not a
#: photographer ("Facebook/Jane Roe" is a picture taken from Jane Roe's page).
PLATFORMS: tuple[str, ...] = (
    "Twitter",
    "Facebook",
    "Instagram",
    "YouTube",
    "LinkedIn",
    "TikTok",
    "Snapchat",
    "Reddit",
    "Pinterest",
    "Telegram",
    "Weibo",
    # Map, street-level and globe services whose pictures news sites reuse: a picture
    # "from Google Street View" credits the service, not a photographer.  The consumer
    # map services of the large platforms and the open map projects.
    "Google Maps",
    "Google Street View",
    "Google Earth",
    "Apple Maps",
    "Bing Maps",
    "Bing Streetside",
    "OpenStreetMap",
    "Mapillary",
    "Yandex Maps",
    "Baidu Maps",
    "HERE WeGo",
)


# The public bodies that hand out pictures, in the other four languages: town halls,
# ministries, prefectures, police and fire services, the army ("Comune di Valdorno",
# "Ministère des Armées", "Guardia Civil", "Feuerwehr Bad Ehrenstein").  Source: the
# handout credits of dpa ("Foto: -/Polizei .../dpa"), AFP ("HANDOUT / MINISTÈRE ... /
# AFP"), EFE ("EFE/Guardia Civil") and ANSA ("ANSA/UFFICIO STAMPA ..."), whose source
# slot names such a body.
_PUBLIC_BODIES = frozenset(
    """
    feuerwehr stadt gemeinde landkreis landratsamt ministerium bundeswehr bundespolizei
    staatsanwaltschaft rathaus pressestelle polizeipräsidium polizeidirektion
    polizeiinspektion landespolizei
    ministère préfecture mairie ville gendarmerie pompiers sapeurs-pompiers région armée
    armées élysée assemblée sénat gouvernement
    ayuntamiento policía guardia bomberos ministerio gobierno diputación generalitat xunta
    consejería ejército mossos ertzaintza
    comune regione provincia prefettura questura carabinieri vigili ministero governo
    protezione quirinale ufficio esercito procura
    """.split()
)

# The nouns of broadcasters' names in the other four languages, whose frames screen
# captures credit ("Canal Sur", "Rete 4", "Télé Lyon", "Sender Freies Berlin").
_BROADCAST_NOUNS = frozenset(
    "canal cadena televisión télévision télé televisione rete sender fernsehen rundfunk".split()
)

#: Words that make a capitalised name an organisation rather than a person:
#: "Orlando Sentinel", "Global Risk Insights", "Science Photo Library".
ORG_WORDS: frozenset[str] = frozenset(
    """
    images image photo photos pictures picture press news newswire wire times post herald
    tribune journal gazette observer sentinel chronicle inquirer magazine library agency media
    group collaboration insights house office department ministry police service services
    museum university college archive archives foundation institute center centre council
    committee campaign network studios studio films productions entertainment records commons
    daily weekly review bulletin register courier examiner dispatch republic telegraph
    independent beast guardian stock tv radio channel broadcasting company party government
    army navy force forces command administration commission senate congress parliament
    association society club team league bank fund airlines hospital school zoo project
    lab laboratory observatory century collection partners associates official handout
    pictures agentur zeitung presse nachrichten bildagentur bundesregierung polizei journal
    nasa esa fbi cia usgs noaa un who nato eu
    """.split()
) | (_PUBLIC_BODIES | _BROADCAST_NOUNS)


#: Nouns that close the name of a picture source: an organisation line ending in one
#: ("Harbor City Images", "KNA Photo Agency", "State Archives") is a credit even when
#: the agency table does not know it.  Deliberately narrower than ``ORG_WORDS``: no
#: "News" or "Press", which close headlines and programme names too.
SOURCE_NOUNS: frozenset[str] = frozenset(
    """images pictures photos photography agency archive archives library collection
    bildarchiv bildagentur""".split()
)

#: Corporate suffixes kept with the name before them: "Apple, Inc.", "Future plc".
CORPORATE_SUFFIXES: frozenset[str] = frozenset(
    {"inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.", "co", "co.", "gmbh", "ag", "sa"}
)

#: Lowercase words allowed inside a photographer's name: "Alé de Basseville", "Ludwig van Dam".
#: Deliberately narrower than the bylines' ``names.NAME_PARTICLES``: in a one-line credit,
#: German "vom"/"zum" and Italian "lo" join a name to the caption text around it.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "del", "della", "di", "van", "von", "der", "den", "le", "la", "du", "dos"}
    | {"das", "bin", "al", "el", "y", "ten", "ter", "zu", "af"}
)

#: Particles of Italian surnames, which Italian writes with a capital ("Di Meola", "Della
#: Valle", "Dal Lago"; the Accademia della Crusca's and the Italian registry's usage):
#: a name credited in capitals keeps them so ("GIORGIO DI MEOLA" -> "Giorgio Di Meola").
#: The particles other languages share ("de", "da", "del", "la") stay in lower case.
CAPITALISED_PARTICLES: frozenset[str] = frozenset(
    {"di", "della", "dello", "delle", "degli", "dei", "dal", "dalla", "dalle", "dall'"}
)

#: Lines that open with these are reading notes or boilerplate, never credits:
#: "Related: ...", "Source: Reuters", "Via The Example", "H/T ...", "Reporting by ...".
NOT_CREDIT_OPENERS: tuple[str, ...] = (
    "related",
    "by ",
    "read more",
    "see also",
    "source",
    "sources",
    "via",
    "from",
    "h/t",
    "hat tip",
    "reporting by",
    "additional reporting",
    "editing by",
    "writing by",
    "compiled by",
    "copyright",
    "follow",
    "also on",
    "watch",
    "more",
    "quelle",
    "mit material",
)

#: Furniture lines that sit between a caption and its repeat: modal triggers and caption
#: toggles ("Modal Trigger", "Hide caption").  Compared case-insensitively.  Share bars
#: ("Facebook Twitter Pinterest") are read by their words, ``caption_furniture.SHARE_WORDS``.
FURNITURE_LINES: frozenset[str] = frozenset(
    {
        "modal trigger",
        "enlarge this image",
        "toggle caption",
        "hide caption",
        "show caption",
        "expand",
        "close",
    }
)

#: Openers of a caption that carries no credit: "A screenshot of the post ...",
#: "This map shows ...".  Compared case-insensitively, at the start of a line.
CAPTION_OPENERS: tuple[str, ...] = (
    "a screenshot of",
    "screenshot of",
    "screenshot from",
    "a screen grab of",
    "screen grab from",
    "a still from",
    "this photo shows",
    "this image shows",
    "this picture shows",
    "this map shows",
    "this graphic shows",
    "this chart shows",
    "this file photo shows",
    "this handout photo",
    "this undated photo",
    "this undated handout",
    "in this photo",
    "in this file photo",
    "in this image",
    "pictured:",
    "pictured above",
    "above:",
)

#: Furniture lines that announce the caption on the next line ("Modal Trigger").
CAPTION_TRIGGERS: frozenset[str] = frozenset({"modal trigger", "enlarge this image"})

#: Words that mark a paragraph as story text rather than a caption: reporting verbs,
#: modals, interviews ("Paul then interjected, calling ...", "may want to").
STORY_WORDS: frozenset[str] = frozenset(
    """said says told tells asked added wrote according report reports reported notes noted
    explains explained argued interjected citing calling interview interviews
    expressed articulated sagte erklärte sagt dijo afirmó déclaré detto
    may might would could should will must""".split()
)

#: First words of story sentences that a caption does not open with: pronouns and
#: connectives ("She expressed ...", "In response to ...", "But the mayor ...").
STORY_OPENERS: frozenset[str] = frozenset(
    """he she they it we i you his her their its our this that these those there here
    in on at when after before but and so as however since while although though meanwhile
    still yet then if because what why how who which now even also""".split()
)

#: Words that never stand in a person's name, so that a credit naming "All About
#: Space" or "Live Watch" is read as an organisation or not at all.  Lower case.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """about all our your my their its new live watch breaking latest top more how what
    why when where this that these those in on at of to into over under after before
    against between through without is are was were not no yes here there every
    weekly daily""".split()
)
