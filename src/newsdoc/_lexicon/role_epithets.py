"""The general nouns and set phrases news copy uses to take up the holder of an office (private).

News style avoids repeating a noun: after "the mayor, Ana Ruiz" it writes "la
prima cittadina", "l'édile", "el primer edil"; after "le lieutenant X", "l'officier";
after "le curé X", "le prêtre".  Each phrase here stands for the nouns of the offices
it may take up (the hyponyms it is more general than, or the synonyms it varies):
the mention takes up the latest person named with one of them.  Sources: the
elegant variation of news style (Italian "primo cittadino" for the mayor, Treccani;
French "édile" and "premier magistrat de la commune", Larousse; Spanish "primer
edil", DLE; German "Stadtoberhaupt", "Regierungschef", Duden), the ranks that
"officer" names (the commissioned ranks of the armed forces and the police), and the
clergy that "priest" and "prelate" name (Catholic and Protestant titles).  Only
phrases that name one office in every use are listed ("el edil" and "el regidor"
also name a councillor in Spain, and are left out).  Keys are lower case.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["ROLE_EPITHETS"]


def _table(rows: dict[str, str]) -> Mapping[str, frozenset[str]]:
    """Return each phrase with the set of nouns it takes up."""
    return MappingProxyType({phrase: frozenset(nouns.split()) for phrase, nouns in rows.items()})


_OFFICER_RANKS_FR = "lieutenant capitaine commandant colonel lieutenant-colonel général commissaire"
_OFFICER_RANKS_IT = "tenente capitano maggiore colonnello generale commissario"
_OFFICER_RANKS_ES = "teniente capitán comandante coronel general comisario"
# ("general" is left out of English: "General Motors", "General Electric")
_OFFICER_RANKS_EN = "lieutenant captain major colonel commander inspector superintendent"

#: Per language, a phrase of the mention (its words after the determiner) and the
#: nouns of office it takes up.
ROLE_EPITHETS: Mapping[str, Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "it": _table(
            {
                "primo cittadino": "sindaco sindaca",
                "prima cittadina": "sindaca sindaco",
                "capo del governo": "premier presidente",
                "ufficiale": _OFFICER_RANKS_IT,
                "sacerdote": "parroco don padre prete vicario",
                "prete": "parroco don padre sacerdote",
                "prelato": "vescovo arcivescovo cardinale",
                "porporato": "cardinale",
            }
        ),
        "fr": _table(
            {
                "édile": "maire",
                "premier magistrat": "maire",
                "chef de l'état": "président",
                "chef de l’état": "président",
                "officier": _OFFICER_RANKS_FR,
                "prêtre": "curé abbé père vicaire aumônier",
                "prélat": "évêque archevêque cardinal",
                "ecclésiastique": "curé abbé père évêque archevêque cardinal",
            }
        ),
        "es": _table(
            {
                "primer edil": "alcalde",
                "primera edil": "alcaldesa",
                "jefe del ejecutivo": "presidente",
                "jefa del ejecutivo": "presidenta",
                "mandatario": "presidente",
                "mandataria": "presidenta",
                "oficial": _OFFICER_RANKS_ES,
                "sacerdote": "párroco cura padre vicario capellán",
                "prelado": "obispo arzobispo cardenal",
                "purpurado": "cardenal",
            }
        ),
        "en": _table(
            {
                "officer": _OFFICER_RANKS_EN,
                "cleric": "imam priest rabbi vicar pastor reverend",
                "clergyman": "priest vicar pastor reverend rabbi imam",
                "prelate": "bishop archbishop cardinal",
            }
        ),
        "de": _table(
            {
                "stadtoberhaupt": "bürgermeister bürgermeisterin oberbürgermeister "
                "oberbürgermeisterin",
                "regierungschef": "kanzler ministerpräsident premierminister",
                "regierungschefin": "kanzlerin ministerpräsidentin premierministerin",
                "geistliche": "pfarrer pfarrerin priester pastor pastorin imam rabbiner",
                "geistlicher": "pfarrer priester pastor imam rabbiner",
                "offizier": "leutnant hauptmann major oberst general",
            }
        ),
    }
)
