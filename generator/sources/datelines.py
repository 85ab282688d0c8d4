"""Datelines ("Wien – ", "LONDON (Reuters) - ") and the stand-first they separate from the body.

Agency and newspaper copy opens its body with a dateline; a paragraph or sentences before it are
the stand-first (teaser) the editors wrote, as in DER STANDARD: "<teaser>. Wien – <body>".
"""

from __future__ import annotations

import re

# "Wien – ", "Santiago de Chile – ", "LONDON (Reuters) - ", "Berlin/Paris (dpa) – ".
_PLACE_WORD = r"(?:[A-ZÄÖÜ][a-z]{0,2}\.|[A-ZÄÖÜ][\w'’\-]*)"  # "St. Pölten", "New York"
_PLACE_JOIN = r"(?:\s+|/|\s*/\s*)"
# Sentence-initial function words are never a place ("Die Regierung – so heißt es – ...").
_NOT_PLACE = (
    r"(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Er|Sie|Es|Wir|Ich|Man|Dies\w*"
    r"|Jede\w*|Alle\w*|Auch|Aber|Und|Doch|Nur|Wie|Was|Wer|Als|In|Im|Am|Auf|Mit|Nach|Bei|Von"
    r"|Für|Zum|Zur|Seit|The|A|An|This|That|These|Those|He|She|It|We|They|I|You|But|And|So)\b)"
)
_PLACE_PARTICLE = r"(?:de|del|la|el|am|an|der|im|bei|ob|on|upon)"  # "Frankfurt am Main"
_DATELINE = re.compile(
    rf"^\s*{_NOT_PLACE}{_PLACE_WORD}(?:{_PLACE_JOIN}(?:{_PLACE_WORD}|{_PLACE_PARTICLE}))"
    r"{0,4}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # "LONDON, Nov 25 (Reuters) - "
    r"(?:\s*\([^()]{1,40}\))?(?:\s*[–—]\s*|\s+--?\s+)"
    r"(?!\s*[a-zß-ÿ])"  # the body opens with a capital: "Wilkinson - who had ..." is no dateline
)
_SENTENCE_END = re.compile(r"(?<=[.!?:\"“”'‘’)])\s+")
# A stand-first is one to three sentences.  A "dateline" after more words than this is a dash
# inside the body ("Insgesamt – über alle 115 Länder – sind ..."), not the body's start.
STANDFIRST_MAX_WORDS = 60


def dateline_length(text: str) -> int:
    """Characters of a leading dateline ("Wien – ", "LONDON (Reuters) - "), 0 if there is none."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def split_standfirst(text: str) -> tuple[str, str] | None:
    """Split "<stand-first>. Wien – <body>" at the first sentence that opens with a dateline,
    or None when no dateline follows within STANDFIRST_MAX_WORDS words."""
    for boundary in _SENTENCE_END.finditer(text):
        standfirst, body = text[: boundary.start()].strip(), text[boundary.end() :].strip()
        if len(standfirst.split()) > STANDFIRST_MAX_WORDS:
            return None
        if standfirst and body and dateline_length(body):
            return standfirst, body
    return None
