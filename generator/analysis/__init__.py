"""Analysis of one document: language, sentences, entities, people with their facts, key points.

Pure: the same Document and model give the same DocumentAnalysis, so results can be cached.
"""

from __future__ import annotations

from ..records import PARAGRAPH, TEASER, Document, DocumentAnalysis, LocalEntity, Mention, Sentence
from .entities import mentions_of, sentences_of
from .events import find_events
from .keypoints import clean_sentence, completing, key_point_count, rank_sentences, summary_of
from .language import choose_language
from .names import fold, genitive_variants
from .nlp import Parsed, Recognizer
from .people import build_people, propagate_names, split_joined
from .terms import content_terms

__all__ = ["analyse", "find_mentions"]

SUMMARY_SENTENCES = 2
TERMS_KEPT = 100  # a document's most frequent stems: enough to compare, small to cache and hold


def analyse(document: Document, recognizer: Recognizer, default_language: str = "en") -> DocumentAnalysis:
    texts = [s.text for s in document.segments]
    body_text = " ".join(document.texts(PARAGRAPH)) or " ".join(texts)
    language, language_source = choose_language(
        document.language, body_text, recognizer.languages(), default_language
    )
    parsed = recognizer.parse(texts, language)
    sentences = sentences_of(texts, parsed)
    mentions = find_mentions(texts, parsed, sentences, language)
    people = build_people(mentions, texts, sentences, language)
    body = [s.text for s in sentences if document.segments[s.segment].kind == PARAGRAPH]
    teaser = [s.text for s in sentences if document.segments[s.segment].kind == TEASER]
    count = key_point_count(len(body))
    # A few more than needed: the ones that repeat the teaser are passed over.
    ranked = rank_sentences(body, language, max(count, SUMMARY_SENTENCES) + len(teaser) + 2)
    if teaser:
        extra = completing(teaser, body, ranked, language)
        key_points = teaser + [clean_sentence(body[i]) for i in extra]
        source = "teaser_body" if extra else "teaser"
    else:
        key_points = [clean_sentence(body[i]) for i in sorted(ranked[:count])]
        source = "body"
    return DocumentAnalysis(
        document_id=document.id,
        language=language,
        language_source=language_source,
        sentences=sentences,
        key_points=key_points,
        key_points_from=source,
        summary=summary_of(body, ranked, SUMMARY_SENTENCES),
        people=people,
        entities=group_entities(mentions),
        model=recognizer.name(language),
        events=find_events(sentences, document.date, language),
        terms=_top_terms(content_terms(texts, language)),
    )


def _top_terms(counts: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TERMS_KEPT])


def find_mentions(
    texts: list[str], parsed: list[Parsed], sentences: list[Sentence], language: str
) -> list[Mention]:
    """The model's entities after the name rules and the document-level consistency: runs of
    two names split, a name found once is found everywhere. (A lone first name is not extended
    by the next capitalised word: in German that word is mostly a noun, "Melanies Eltern".)"""
    mentions = split_joined(mentions_of(texts, parsed, sentences, language), texts)
    return propagate_names(mentions, texts, sentences, language)


def group_entities(mentions: list[Mention]) -> list[LocalEntity]:
    """Organisations, places and other names, one per distinct name (case and accents ignored).
    A form with "-s" on a last word of more than three letters joins its base form when that is
    also present (`names.genitive_variants`): the German genitive "Russlands", and in English the
    plural, "Liberal Democrats" / "Liberal Democrat", "Olympics" / "Olympic" (without it 12 of 200
    BBC articles split such pairs; "The Times" / "Time" is the price). "iPhone 5s" stays apart."""
    groups: dict[tuple[str, str], LocalEntity] = {}
    others = [m for m in mentions if m.label != "PER"]
    keys = {(m.label, fold(m.text)) for m in others}
    for m in others:
        key = (m.label, fold(m.text))
        variants = genitive_variants(tuple(key[1].split(" ")))
        if len(variants) > 1 and (m.label, " ".join(variants[1])) in keys:
            key = (m.label, " ".join(variants[1]))
        entity = groups.setdefault(key, LocalEntity(m.text, m.label))
        entity.mentions.append(m)
    for entity in groups.values():
        entity.name = min(entity.forms, key=lambda f: (len(f), entity.forms.index(f)))
    return list(groups.values())
