"""Direct quotes and who said them: „…“, "…", “…”, «…», »…« with a speech cue in the sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTED = re.compile(
    r"„(?P<a>[^“”\"]{3,})[“”\"]|\"(?P<b>[^\"]{3,})\"|“(?P<c>[^”]{3,})”|«(?P<d>[^»]{3,})»"
    r"|»(?P<e>[^«]{3,})«"
)
_CUES = re.compile(
    r"\b(?:sagte|sagt|sagten|erklärte|erklärt|betonte|betont|bezeichnete|bezeichnet|meinte|meint"
    r"|warnte|warnt|kritisierte|forderte|fordert|so|schrieb|schreibt|twitterte|ergänzte|fügte"
    r"|versprach|kündigte|räumte|sprach|nannte|zitiert|laut|worten|eröffnete|schloss|said|says"
    r"|told|added|warned|called"
    r"|described|wrote|insisted|argued|stated|according|asked|replied|explained)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundQuote:
    text: str
    start: int  # offsets of the quoted words (without the marks) in the sentence
    end: int


def find_quotes(sentence: str, min_words: int = 3) -> list[FoundQuote]:
    """Quotations of at least ``min_words`` words; shorter ones are mostly scare quotes."""
    found = []
    for match in _QUOTED.finditer(sentence):
        group = next(g for g in "abcde" if match.group(g) is not None)
        text = match.group(group).strip().rstrip(",;")
        if len(text.split()) >= min_words:
            found.append(FoundQuote(text, match.start(group), match.end(group)))
    return found


def has_speech_cue(sentence: str, quote: FoundQuote | None) -> bool:
    """A verb of saying outside the quote, or a colon before it; ``None``: anywhere."""
    if quote is None:
        return bool(_CUES.search(sentence))
    outside = sentence[: quote.start] + " " + sentence[quote.end :]
    return bool(_CUES.search(outside)) or sentence[: quote.start].rstrip(' „"“«»').endswith(":")


def speaker_index(quote: FoundQuote, person_spans: list[tuple[int, int]]) -> int | None:
    """Which of the people named in the sentence (by span) said it: the nearest one before the
    quote, else the first one after it."""
    before = [i for i, (s, _) in enumerate(person_spans) if s < quote.start]
    if before:
        return max(before, key=lambda i: person_spans[i][0])
    after = [i for i, (s, _) in enumerate(person_spans) if s >= quote.end]
    return min(after, key=lambda i: person_spans[i][0]) if after else None
