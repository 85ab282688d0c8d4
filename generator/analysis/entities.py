"""Entity mentions from the model's spans, cleaned: titles cut off names, non-names dropped."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from ..records import Mention, Sentence, Span
from .cues import cued_names
from .nlp import Parsed
from .titles import (
    is_function_word,
    is_lower_case_word,
    is_organisation_head,
    is_particle,
    is_thing_noun,
    is_title,
    not_name_part,
)

# Words a model trained on news tags as persons although they never are in this product.
_NOT_PEOPLE = {
    "bild",
    "foto",
    "fotos",
    "grafik",
    "video",
    "quelle",
    "herr",
    "frau",
    "gott",
    "artikel",
    "teilen",
    "dpa",
    "apa",
    "afp",
    "reuters",
    "ap",
    "epa",
    "getty",
    "imago",
    "picture",
    "alliance",
}
_EDGE = re.compile(r"^[\s\"'„“”«»‚‘’()\[\],.;:!?–-]+|[\s\"'„“”«»‚‘’()\[\],;:!?–-]+$")
_HAS_DIGIT = re.compile(r"\d")
# "STANDARD-Informationen", "SPD-Vorstoß": an acronym compound is a noun, not a one-word name.
_ACRONYM_COMPOUND = re.compile(r"^[A-ZÄÖÜ]{2,}-[A-ZÄÖÜ]?[a-zäöüß]")
# "DVDs", "PEDs", "PKWs": the plural of an acronym is a thing.
_ACRONYM_PLURAL = re.compile(r"^[A-ZÄÖÜ]{2,}s$")
# "the BBC's editor": an acronym's possessive is never part of its name ("Moody's" may be).
_ACRONYM_POSSESSIVE = re.compile(r"\b[A-Z][A-Z0-9&.]*[A-Z0-9]['’]s$")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding punctuation and quote marks."""
    span = text[start:end]
    lead = _EDGE.match(span)
    if lead:
        start += lead.end()
        span = text[start:end]
    tail = _EDGE.search(span)
    if tail:
        kept, closing = tail.start(), span.find(")", tail.start())
        if closing >= 0 and span[:kept].count("(") > span[:kept].count(")"):  # "Mladost (L)"
            kept = closing + 1
        end -= len(span) - kept
    if _ACRONYM_POSSESSIVE.search(text[start:end]):
        end -= 2
    return start, end


def clean_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name inside a PER span ("Kremlchef Wladimir Putin" -> "Wladimir Putin"), or None when
    what is left is not a name."""
    start, end = trim(text, start, end)
    words = text[start:end].split()
    titles = [i for i, w in enumerate(words[:-1]) if is_title(w)]
    if titles:  # "Tory Treasurer Lord Ashcroft": the name follows the last title
        cut = titles[-1] + 1
        start = text.index(words[cut], start + len(" ".join(words[:cut])) - len(words[cut - 1]))
    while True:
        words = text[start:end].split()
        if len(words) > 1 and not_name_part(words[0]):
            start = text.index(words[1], start + len(words[0]))
        # Only a lower-case word ends no name: a capitalised one after a name is its last part
        # even when it is also a title or a stop word ("Billie Jean King", "Thorsten Rund").
        elif len(words) > 1 and is_lower_case_word(words[-1]):
            end = text.rindex(words[-2], start, end) + len(words[-2])
        else:
            break
        start, end = trim(text, start, end)
    words = text[start:end].split()
    if not words or _HAS_DIGIT.search(text[start:end]):
        return None
    if not all(w[:1].isupper() or is_particle(w) for w in words):
        return None
    if (len(words) > 1 and is_organisation_head(words[-1])) or _ACRONYM_PLURAL.match(words[-1]):
        return None
    if any(is_function_word(w) for w in words[1:-1]):  # "Summer Of Love", "Game Against Poverty"
        return None
    if len(words) == 1 and (
        not_name_part(words[0])
        or words[0].strip(".").casefold() in _NOT_PEOPLE
        or len(words[0].strip(".")) < 3
        or _ACRONYM_COMPOUND.match(words[0])
    ):
        return None
    return start, end


def _with_cued_names(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's spans plus the names the text marks as people."""
    cued = cued_names(text)
    # The cue outweighs the model's label and edges for a span inside the name ("Kim Geum Chol"
    # as ORG; "Hans-Werner" of "Hans-Werner Sinn", where "Sinn" is also a noun).
    kept = [(a, b, label) for a, b, label in entities if not any(s <= a and b <= e for s, e in cued)]
    extra = [(s, e, "PER") for s, e in cued if not any(a < e and s < b for a, b, _ in kept)]
    return sorted(kept + extra)


def _after_thing_noun(text: str, start: int, end: int) -> bool:
    """ "Zeitung El Mundo", "Kater Robby": the noun before the name, or at the start of the span."""
    before = text[:start].split()
    first = text[start:end].split()[:1]
    return any(
        w[:1].isupper() and is_thing_noun(w)
        for w in before[-1:] + (first if len(text[start:end].split()) > 1 else [])
    )


_OPENING_QUOTE = re.compile(r"\s([„‚«»“\"])\s*$")


def _move_opening_quotes(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Rule-based splitters leave an opening quote mark at the end of the sentence before it
    ("… in Paris. „" + "Wir stehen …“"); give it to the sentence it opens."""
    fixed = list(bounds)
    for i in range(len(fixed) - 1):
        start, end = fixed[i]
        match = _OPENING_QUOTE.search(text, start, end)
        if match and match.end() == end:
            fixed[i] = (start, match.start(1))
            fixed[i + 1] = (match.start(1), fixed[i + 1][1])
    return fixed


def sentences_of(segments: list[str], parsed: list[Parsed]) -> list[Sentence]:
    sentences = []
    for index, (text, result) in enumerate(zip(segments, parsed, strict=True)):
        for start, end in _move_opening_quotes(text, result.sentences):
            piece = text[start:end]
            s = start + len(piece) - len(piece.lstrip())
            e = start + len(piece.rstrip())
            if e > s:
                sentences.append(Sentence(index, s, e, text[s:e]))
    return sentences


def _trimmed(text: str, start: int, end: int) -> str:
    start, end = trim(text, start, end)
    return text[start:end]


def _document_labels(segments: list[str], parsed: list[Parsed]) -> dict[str, str]:
    """Names the model reads as a person in one place and as something else in as many or more
    places of the same document ("Aston Martin" PER once, ORG once) -> the most frequent other
    label: one document is about one "Aston Martin". Person readings of the name's single words
    count for the person ("Ai Weiwei" PER once, MISC once, "Ai" PER four times stays a person)."""
    votes: dict[str, Counter[str]] = {}
    for text, result in zip(segments, parsed, strict=True):
        for start, end, label in result.entities:
            votes.setdefault(_trimmed(text, start, end), Counter())[label] += 1
    relabel = {}
    for name, count in votes.items():
        others = [(n, label) for label, n in count.items() if label != "PER"]
        if not count["PER"] or not others:
            continue
        words = name.split()
        person = count["PER"] + sum(votes[w]["PER"] for w in words if len(words) > 1 and w in votes)
        n, label = max(others)
        if n >= person:
            relabel[name] = label
    return relabel


def mentions_of(segments: list[str], parsed: list[Parsed], sentences: list[Sentence]) -> list[Mention]:
    """All entity mentions, PER spans cleaned, each tied to the sentence it stands in."""
    starts = [(s.segment, s.start) for s in sentences]
    things = {
        text[start:end]
        for text, result in zip(segments, parsed, strict=True)
        for start, end, label in result.entities
        if label == "PER" and _after_thing_noun(text, start, end)
    }
    relabel = _document_labels(segments, parsed)
    mentions = []
    for index, (text, result) in enumerate(zip(segments, parsed, strict=True)):
        # The vote corrects the model's labels; cues then outweigh any model label, as always.
        entities = [
            (start, end, relabel.get(_trimmed(text, start, end), label))
            if label == "PER" and text[start:end] not in things
            else (start, end, label)
            for start, end, label in result.entities
        ]
        for start, end, label in _with_cued_names(text, entities):
            if label == "PER" and text[start:end] in things:
                label = "MISC"
            cleaned = clean_person(text, start, end) if label == "PER" else trim(text, start, end)
            if cleaned is None or cleaned[1] <= cleaned[0]:
                continue
            s, e = cleaned
            sentence = max(bisect.bisect_right(starts, (index, s)) - 1, 0)
            mentions.append(Mention(text[s:e], label, Span(index, s, e), sentence))
    return mentions
