"""People of one document: mentions grouped into persons, with roles, ages, parties and quotes.

"Putin", "Putins" and "Wladimir Putin" are one person; "Kim Jong-un" and "Kim Jong Un" too; "Kim"
alone, when both Kim Jong-un and Kim Geum Chol are named, is left out rather than guessed.
"""

from __future__ import annotations

from collections import Counter

from ..records import Fact, LocalPerson, Mention, Quote, Sentence, Span
from .names import genitive_variants, name_tokens
from .quotes import find_quotes, has_speech_cue, speaker_index
from .roles import name_facts, short_role


def split_joined(mentions: list[Mention], texts: list[str]) -> list[Mention]:
    """Split a span that runs two names together ("Kim Jong-un Putin") when both parts are names
    seen elsewhere in the document."""
    known = {name_tokens(m.text) for m in mentions if m.label == "PER"}
    full = {t for t in known if len(t) > 1}
    out = []
    for m in mentions:
        tokens = name_tokens(m.text)
        cut = next((len(f) for f in full if len(f) < len(tokens) and tokens[: len(f)] == f
                    and any(v in known or v[-1:] in {k[-1:] for k in full} for v in genitive_variants(tokens[len(f):]))),
                   None) if m.label == "PER" else None
        if cut is None:
            out.append(m)
            continue
        words = m.text.split()
        # Token counts differ from word counts for hyphenated names; find the word boundary.
        for w in range(1, len(words)):
            if name_tokens(" ".join(words[:w])) == tokens[:cut]:
                head = " ".join(words[:w])
                tail_start = m.text.index(words[w], len(head))
                text = texts[m.span.segment]
                out.append(Mention(head, "PER", Span(m.span.segment, m.span.start, m.span.start + len(head)), m.sentence))
                s = m.span.start + tail_start
                out.append(Mention(text[s : m.span.end], "PER", Span(m.span.segment, s, m.span.end), m.sentence))
                break
        else:
            out.append(m)
    return out


def group_people(mentions: list[Mention]) -> list[list[Mention]]:
    """Group PER mentions that name the same person; ambiguous short forms are dropped."""
    people = [m for m in mentions if m.label == "PER"]
    groups: dict[tuple[str, ...], list[Mention]] = {}
    # Full names first, longest first, so shorter full forms join the longer ones.
    for m in sorted((m for m in people if len(name_tokens(m.text)) > 1),
                    key=lambda m: -len(name_tokens(m.text))):
        tokens = name_tokens(m.text)
        key = next((k for v in genitive_variants(tokens) for k in groups if _same_full_name(v, k)), None)
        groups.setdefault(key or tokens, []).append(m)
    singles: dict[tuple[str, ...], list[Mention]] = {}
    for m in (m for m in people if len(name_tokens(m.text)) == 1):
        target = _resolve_short(name_tokens(m.text), list(groups))
        if target == ():
            continue  # ambiguous: names more than one person
        if target is not None:
            groups[target].append(m)
        else:
            token = name_tokens(m.text)
            key = next((k for v in genitive_variants(token) for k in singles if k == v), token)
            singles.setdefault(key, []).append(m)
    # "Merkels" alone next to "Merkel" alone: genitive forms join their base.
    for key in sorted(singles, key=len):
        for variant in genitive_variants(key)[1:]:
            if variant in singles and variant != key:
                singles[variant].extend(singles.pop(key))
                break
    result = list(groups.values()) + list(singles.values())
    return [sorted(g, key=lambda m: (m.span.segment, m.span.start)) for g in result]


def _same_full_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same person when equal, or when one drops middle names of the other (same first and last)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return short[0] == long[0] and short[-1] == long[-1] and set(short) <= set(long)


def _resolve_short(token: tuple[str, ...], full: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The full name a one-word mention belongs to; None if none, () if several."""
    for variant in genitive_variants(token):
        word = variant[0]
        by_last = {f for f in full if f[-1] == word}
        if len(by_last) == 1:
            return by_last.pop()
        if len(by_last) > 1:
            return ()
        anywhere = {f for f in full if word in f}
        if len(anywhere) == 1:
            return anywhere.pop()
        if len(anywhere) > 1:
            return ()
    return None


def canonical_name(mentions: list[Mention]) -> str:
    """The most frequent full form, preferring nominative spellings; ties go to the first seen."""
    forms = [m.text for m in mentions]
    counts = Counter(forms)
    multi = [f for f in dict.fromkeys(forms) if len(name_tokens(f)) > 1] or list(dict.fromkeys(forms))
    token_sets = {name_tokens(f) for f in forms}
    nominative = [f for f in multi if genitive_variants(name_tokens(f))[-1] not in token_sets
                  or len(genitive_variants(name_tokens(f))) == 1] or multi
    return max(nominative, key=lambda f: (counts[f], -forms.index(f)))


def build_people(mentions: list[Mention], texts: list[str], sentences: list[Sentence]) -> list[LocalPerson]:
    """Persons with their facts, in order of first mention."""
    people = []
    for group in group_people(mentions):
        if _lone_sentence_opener(group, sentences):
            continue
        person = LocalPerson(canonical_name(group), mentions=group)
        for m in group:
            facts = name_facts(texts[m.span.segment], m.span.start, m.span.end)
            if facts.title:
                person.roles.append(Fact(facts.title, m.sentence))
            if facts.apposition:
                person.roles.append(Fact(short_role(facts.apposition), m.sentence, facts.apposition))
            if facts.age is not None:
                person.ages.append(Fact(str(facts.age), m.sentence))
            if facts.party:
                person.parties.append(Fact(facts.party, m.sentence))
        people.append(person)
    _attach_quotes(people, sentences)
    return sorted(people, key=lambda p: (p.mentions[0].span.segment, p.mentions[0].span.start))


def _lone_sentence_opener(group: list[Mention], sentences: list[Sentence]) -> bool:
    """One capitalised word, once, opening a sentence, tied to no full name: in German every
    noun is capitalised, and a model often takes a headline's first noun ("Pakt") for a name."""
    if len(group) != 1 or len(name_tokens(group[0].text)) != 1:
        return False
    m = group[0]
    sentence = sentences[m.sentence]
    return sentence.segment == m.span.segment and m.span.start == sentence.start


def _attach_quotes(people: list[LocalPerson], sentences: list[Sentence]) -> None:
    in_sentence: dict[int, list[tuple[Mention, LocalPerson]]] = {}
    for person in people:
        for m in person.mentions:
            in_sentence.setdefault(m.sentence, []).append((m, person))
    for index, sentence in enumerate(sentences):
        named = sorted(in_sentence.get(index, []), key=lambda pair: pair[0].span.start)
        if not named:
            continue
        spans = [(m.span.start - sentence.start, m.span.end - sentence.start) for m, _ in named]
        for quote in find_quotes(sentence.text):
            if not has_speech_cue(sentence.text, quote):
                continue
            who = speaker_index(quote, spans)
            if who is None:
                continue
            span = Span(sentence.segment, sentence.start + quote.start, sentence.start + quote.end)
            named[who][1].quotes.append(Quote(quote.text, index, span))
