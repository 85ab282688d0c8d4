"""People of one document: mentions grouped into persons, with roles, ages, parties and quotes.

"Putin", "Putins" and "Wladimir Putin" are one person; "Kim Jong-un" and "Kim Jong Un" too; "Kim"
alone, when both Kim Jong-un and Kim Geum Chol are named, is left out rather than guessed.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import TypeVar

from .. import lang
from ..records import Fact, LocalPerson, Mention, Quote, Sentence, Span
from .entities import after_thing_noun
from .names import (
    ONLY_NAMES_CAPITALISED,
    S_GENITIVE,
    genitive_variants,
    is_nickname_of,
    name_tokens,
    nominative,
    same_but_middle_names,
    strip_possessive,
    word_count,
)
from .quotes import FoundQuote, find_quotes, has_speech_cue, speaker_index
from .roles import marks_person, name_facts, short_role
from .terms import stop_words
from .titles import (
    PARTICLES,
    PATRONYMICS,
    SURNAME_PARTICLES,
    is_function_word,
    is_honorific,
    is_initial,
    is_particle,
    is_role,
    is_title,
)


def split_joined(mentions: list[Mention], texts: list[str]) -> list[Mention]:
    """Split a span that runs two names together ("Kim Jong-un Putin", "Sobotka Schelling") when
    the first part is a full name or a surname and the second a name, both seen elsewhere in the
    document. A first name never opens such a split: "Angela Merkel" stays whole."""
    per = [m for m in mentions if m.label == "PER"]
    seen = Counter(name_tokens(m.text) for m in per)
    multi = {name_tokens(m.text) for m in per if word_count(m.text) > 1}
    full = {t: None for t in seen if len(t) > 1 and t in multi}  # an ordered set
    ends, runs = _suffixes(full), _runs(full)

    def surname(part: tuple[str, ...]) -> bool:
        return any(ends.get(v, set()) - {v} for v in genitive_variants(part))

    def known(part: tuple[str, ...]) -> bool:
        return any(v in seen for v in genitive_variants(part)) or surname(part)

    out = []
    for m in mentions:
        words = m.text.split()
        whole = name_tokens(m.text)
        cut = None
        if m.label == "PER" and len(words) > 1 and seen[whole] == 1 and not runs.get(whole, set()) - {whole}:
            for w in range(1, len(words)):
                if is_particle(words[w]):
                    continue  # "Tariq bin Taimur", "Ruud van Nistelrooy": one name
                head, tail = name_tokens(" ".join(words[:w])), name_tokens(" ".join(words[w:]))
                # "Lech Kaczyński Wałęsa": a given name and a known surname, then a name seen alone
                given_and_surname = len(head) > 1 and surname(head[-1:]) and tail in seen
                if (head in full or surname(head) or given_and_surname) and known(tail):
                    cut = w
                    break
        if cut is None:
            out.append(m)
            continue
        text = texts[m.span.segment]
        tail_start = m.span.start + m.text.index(words[cut], len(" ".join(words[:cut])))
        head_end = m.span.start + len(" ".join(words[:cut]))
        out.append(
            Mention(
                text[m.span.start : head_end], "PER", Span(m.span.segment, m.span.start, head_end), m.sentence
            )
        )
        out.append(
            Mention(
                text[tail_start : m.span.end], "PER", Span(m.span.segment, tail_start, m.span.end), m.sentence
            )
        )
    return out


_ARTICLE = re.compile(
    r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|im|am|vom|zum"
    r"|zur|beim|the|a|an|no)\s+$",
    re.IGNORECASE,
)


def propagate_names(
    mentions: list[Mention], texts: list[str], sentences: list[Sentence], language: str
) -> list[Mention]:
    """Occurrences the model missed of a name it found: every full name, and the surname of a
    full name, standing as a whole word elsewhere in the document ("Mit diesen Worten eröffnete
    Macron …" after "Emmanuel Macron"). A full name found only in the genitive is found in the
    nominative too ("Maria Giulia nennt sich jetzt Fatima" after "Maria Giulias Eltern")."""
    full = [m.text for m in mentions if m.label == "PER" and word_count(m.text) > 1]
    surnames = {f.split()[-1] for f in full} | {s for f in full for s in _surnames_with_particles(f)}
    if language in S_GENITIVE:
        full += [f[:-1] for f in full if f.endswith("s") and len(genitive_variants(name_tokens(f))) > 1]
    names = set(full) | {s for s in surnames if len(s) > 2 and s[:1].isupper()}  # not "van der"
    if not names:
        return mentions
    pattern = re.compile(
        r"(?<![\w-])("
        + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        + r")(?:s\b|['’]s\b)?(?![\w-])"
    )
    # A name the model read as a person elsewhere is that person here too, also in the genitive
    # ("Lukashenko", "Putins" as ORG).
    mentions = [
        Mention(m.text, "PER", m.span, m.sentence) if m.label != "PER" and pattern.fullmatch(m.text) else m
        for m in mentions
    ]
    taken: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        taken.setdefault(m.span.segment, []).append((m.span.start, m.span.end))
    starts = [(s.segment, s.start) for s in sentences]
    added = _full_names_of_styled(mentions, texts, taken, set(starts), language)
    things: set[str] = set()
    for index, text in enumerate(texts):
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if any(s < end and start < e for s, e in taken.get(index, ())):
                continue
            if match.group(1) not in full and _ARTICLE.search(text, 0, start):
                continue  # "keinen Sinn", "der Koch": a surname that is also a noun, used as one
            if match.group(1) in full and after_thing_noun(text, start, end, language):
                things.add(match.group(1))
            sentence = max(bisect.bisect_right(starts, (index, start)) - 1, 0)
            added.append(Mention(text[start:end], "PER", Span(index, start, end), sentence))
    # As for the model's mentions (entities.mentions_of), a name found after a thing noun is a
    # thing throughout the document: "the Catholic movement Opus Dei", then "links to Opus Dei".
    found = [
        Mention(m.text, "MISC", m.span, m.sentence)
        if m.label == "PER" and strip_possessive(m.text) in things
        else m
        for m in mentions + added
    ]
    return sorted(found, key=lambda m: (m.span.segment, m.span.start))


def _full_names_of_styled(
    mentions: list[Mention],
    texts: list[str],
    taken: dict[int, list[tuple[int, int]]],
    starts: set[tuple[int, int]],
    language: str,
) -> list[Mention]:
    """Full names the model missed of a person it found only with a style: "Feroz Abbasi" in a
    list of names, after "Mr Abbasi". Only where capitals mark names alone: a capitalised word
    before the surname, not opening a sentence, no title, function word or word of another
    entity, is a given name."""
    if language not in ONLY_NAMES_CAPITALISED:
        return []
    surnames = set()
    for m in mentions:
        before = texts[m.span.segment][: m.span.start].split()[-1:]
        if m.label == "PER" and " " not in m.text and len(m.text) > 2 and before and is_honorific(before[0]):
            surnames.add(strip_possessive(m.text))
    if not surnames:
        return []
    pattern = re.compile(
        r"(?<![\w'’-])([A-Z][a-z][\w'’-]*) (" + "|".join(map(re.escape, sorted(surnames))) + r")(?![\w'’-])"
    )
    common = stop_words(language) | {
        w.casefold() for m in mentions if m.label != "PER" for w in m.text.split()
    }  # "Labour", "British": words of organisations, places and groups
    ordered = sorted(starts)
    found = []
    for index, text in enumerate(texts):
        for match in pattern.finditer(text):
            start, end, given = match.start(), match.end(), match.group(1)
            if (index, start) in starts or given.casefold() in common or is_title(given):
                continue
            if any(s < end and start < e for s, e in taken.get(index, ())):
                continue
            sentence = max(bisect.bisect_right(ordered, (index, start)) - 1, 0)
            found.append(Mention(text[start:end], "PER", Span(index, start, end), sentence))
    return found


def _surnames_with_particles(name: str) -> list[str]:
    """ "Van Doren Stern" and "van Doren Stern" of "Philip van Doren Stern"."""
    words = name.split()
    at = next((i for i, w in enumerate(words[1:-1], 1) if w.casefold() in SURNAME_PARTICLES), None)
    if at is None:
        return []
    rest = " ".join(words[at:])
    return [rest, rest[:1].upper() + rest[1:]]


def group_people(mentions: list[Mention], language: str) -> list[list[Mention]]:
    """Group PER mentions that name the same person; ambiguous short forms are dropped."""
    people = [m for m in mentions if m.label == "PER"]
    groups: dict[tuple[str, ...], list[Mention]] = {}
    full = [m for m in people if word_count(m.text) > 1]
    written = {name_tokens(m.text) for m in full} if language in S_GENITIVE else set()
    # Full names first, longest first, so shorter full forms join the longer ones; a genitive
    # joins its base form wherever that stands ("Angela Merkels" before "Angela Merkel").
    # Keys by first and last token: only those can be the same full name (_same_full_name).
    by_ends: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for m in sorted(full, key=lambda m: -len(name_tokens(m.text))):
        tokens = nominative(name_tokens(m.text), written)
        key = next(
            (
                k
                for v in genitive_variants(tokens)
                for k in by_ends.get((v[0], v[-1]), [])
                if same_but_middle_names(v, k) and not _other_form_in_sentence(groups[k], m)
            ),
            None,
        )
        if key is None:
            key = tokens
            by_ends.setdefault((tokens[0], tokens[-1]), []).append(tokens)
        groups.setdefault(key, []).append(m)
    _join_initials(groups)
    _join_nicknames(groups)
    _join_given_names(groups)
    _join_surnames(groups)
    singles: dict[tuple[str, ...], list[Mention]] = {}
    resolve = _ShortNames(list(groups), genitive=language in S_GENITIVE)
    for m in (m for m in people if word_count(m.text) == 1):
        target = resolve(name_tokens(m.text))
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


def _other_form_in_sentence(group: list[Mention], m: Mention) -> bool:
    """A longer or shorter form of the name in the same sentence names someone else: "Presidents
    George W Bush, Bill Clinton, George Bush" lists father and son."""
    size = len(name_tokens(m.text))
    return any(g.sentence == m.sentence and len(name_tokens(g.text)) != size for g in group)


def _join_initials(groups: dict[tuple[str, ...], list[Mention]]) -> None:
    """ "S Lamont" is Sean Lamont and "R de Marigny" Roland De Marigny: a name opened by an
    initial joins the one full name with the same rest whose first name has that initial."""
    opened = {k for k, g in groups.items() if is_initial(g[0].text.split()[0])}
    ends = _suffixes(k for k in groups if k not in opened)
    for key in opened:
        found = [k for k in ends.get(key[1:], set()) if len(k) > len(key) - 1 and k[0].startswith(key[0][0])]
        if len(found) == 1:
            groups[found[0]].extend(groups.pop(key))


def _join_nicknames(groups: dict[tuple[str, ...], list[Mention]]) -> None:
    """ "Dave Collins" is David Collins: a full name whose first name is a pet form of the first
    name of exactly one other full name with the same rest joins it."""
    by_rest: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key in groups:
        if len(key) > 1:
            by_rest.setdefault(key[1:], []).append(key)
    for key in [k for k in groups if len(k) > 1]:
        found = [k for k in by_rest[key[1:]] if is_nickname_of(key[0], k[0])]
        if len(found) == 1 and found[0] in groups:
            groups[found[0]].extend(groups.pop(key))


def _join_given_names(groups: dict[tuple[str, ...], list[Mention]]) -> None:
    """ "Maria Giulias" is Maria Giulia Sergio: a name of two or more words that opens exactly
    one longer full name (in one of its forms: a German genitive) is that person's given names."""
    prefixes: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for key in groups:
        for k in range(2, len(key)):
            prefixes.setdefault(key[:k], set()).add(key)
    for key in [k for k in groups if len(k) > 1]:
        found = {n for v in genitive_variants(key) for n in prefixes.get(v, set())}
        if len(found) == 1:
            groups[found.pop()].extend(groups.pop(key))


def _join_surnames(groups: dict[tuple[str, ...], list[Mention]]) -> None:
    """ "Van Doren Stern" is Philip van Doren Stern: a surname of several words, opened by its
    particle, joins the one longer full name it ends."""
    opened = [k for k in groups if len(k) > 2 and k[0] in SURNAME_PARTICLES]
    ends = _suffixes(k for k in groups if k not in opened)
    for key in opened:
        found = [k for k in ends.get(key, set()) if len(k) > len(key)]
        if len(found) == 1:
            groups[found[0]].extend(groups.pop(key))


T = TypeVar("T")

# "Mahmoud Abbas, also known as Abu Mazen", "William Shatner alias Captain Kirk": what stands
# between two names that are one person. Bare "known as"/"bekannt als" is left out: "Declan
# Donnelly, known as Ant and Dec".
_ALIAS = re.compile(
    r"^\s*[,(]?\s*(?:also known as|better known as|aka|a\.k\.a\.|alias|vulgo|auch bekannt als"
    r"|besser bekannt als|auch genannt|genannt|nennt sich(?: jetzt| heute| inzwischen| seither)?"
    r"|calls (?:himself|herself)|(?:born|geboren) als|(?:whose )?real name(?: is)?|born)\s+$",
    re.IGNORECASE,
)
# A civil name or a nickname after the person it belongs to, with other words between: "Iggy
# Pop ... der bürgerlich James Osterberg gerufene Sänger", "In den Medien wurde sie zur Lady
# Jihad".
_OTHER_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?:bürgerlich|mit bürgerlichem Namen|real name|born|dubbed|nicknamed|Spitznamen?"
    r"|Künstlernamen?|stage name|(?:wurde|wird) (?:sie|er) zu[rm])\s+$",
    re.IGNORECASE,
)


def merge_aliases(groups: list[list[Mention]], texts: list[str]) -> list[list[Mention]]:
    """Groups joined when one name follows another with an alias cue between them, or when a
    civil-name or nickname cue stands before a name (it is the person named last before it)."""
    owner = {id(m): i for i, group in enumerate(groups) for m in group}
    ordered = sorted((m for g in groups for m in g), key=lambda m: (m.span.segment, m.span.start))
    links = []
    for a, b in pairwise(ordered):
        text = texts[b.span.segment]
        between = a.span.segment == b.span.segment and _ALIAS.match(text[a.span.end : b.span.start])
        before = _OTHER_NAME_BEFORE.search(text, max(0, b.span.start - 30), b.span.start)
        if between or (before and owner[id(a)] != owner[id(b)]):
            links.append((owner[id(a)], owner[id(b)]))
    return [sorted(g, key=lambda m: (m.span.segment, m.span.start)) for g in join_linked(groups, links)]


def join_linked(groups: list[list[T]], links: Iterable[tuple[int, int]]) -> list[list[T]]:
    """The groups joined along ``links`` (pairs of group indices), ordered by their first group."""
    parent = list(range(len(groups)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for a, b in links:
        first, second = sorted((root(a), root(b)))
        parent[second] = first
    joined: dict[int, list[T]] = {}
    for index, group in enumerate(groups):
        joined.setdefault(root(index), []).extend(group)
    return list(joined.values())


class _ShortNames:
    """Which full name a one-word mention belongs to. Indexed once per document: a long report
    names thousands of people."""

    def __init__(self, full: list[tuple[str, ...]], *, genitive: bool) -> None:
        # With ``genitive`` a full name may stand only in the genitive: "Heinz-Christian
        # Straches" ... "Strache".
        self.ends = _suffixes(full, genitive_variants if genitive else None)
        self.runs = _runs(full)
        # After "bin" stands the father's name: "Mohammed" alone is not Ahmed bin Mohammed.
        for name in full:
            for part in (p for p in _runs([_after_patronymic(name)]) if p):
                for index in (self.ends, self.runs):
                    index.get(part, set()).discard(name)

    def __call__(self, token: tuple[str, ...]) -> tuple[str, ...] | None:
        """The full name; None if none, () if several. A surname's particles may differ ("Van
        de Vijver" for Walter van der Vijver)."""
        core = tuple(t for t in token if t not in PARTICLES) if len(token) > 1 else token
        for variant in genitive_variants(token) + ([core] if core and core != token else []):
            for found in (self.ends.get(variant, set()), self.runs.get(variant, set())):
                if len(found) == 1:
                    return next(iter(found))
                if len(found) > 1:
                    return ()
        return None


def _after_patronymic(name: tuple[str, ...]) -> tuple[str, ...]:
    """What follows the first patronymic particle in ``name`` (the father's name), or ()."""
    cut = next((i for i, t in enumerate(name) if t in PATRONYMICS), len(name))
    return name[cut + 1 :]


def _suffixes(
    names: Iterable[tuple[str, ...]],
    forms: Callable[[tuple[str, ...]], list[tuple[str, ...]]] | None = None,
) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """Every run of last tokens -> the names ending in it (in one of their ``forms``, when given:
    the genitive "Straches" ends "Heinz-Christian Straches")."""
    ends: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for name in names:
        for form in forms(name) if forms else [name]:
            for k in range(1, len(form) + 1):
                ends.setdefault(form[-k:], set()).add(name)
    return ends


def _runs(names: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """Every contiguous run of tokens, the empty one included -> the names holding it."""
    runs: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for name in names:
        for i in range(len(name) + 1):
            for j in range(i, len(name) + 1):
                runs.setdefault(name[i:j], set()).add(name)
    return runs


# A capitalised word or an acronym right after a name: in German, a noun the name stands before
# in the genitive ("Peter Stögers FC Köln").
_NOUN_AFTER = re.compile(r" (?:[A-ZÄÖÜ][a-zäöüß]|[A-ZÄÖÜ]{2,}\b)")


def _before_noun(text: str, end: int, language: str) -> bool:
    """A noun follows the name at ``end``, maybe after an inflected adjective ("Lew Wallaces
    gleichnamigem Roman")."""
    if _NOUN_AFTER.match(text, end):
        return True
    adjective = lang.pattern(language, "ADJECTIVE_BEFORE_NOUN")
    found = adjective.match(text, end + 1) if adjective and text[end : end + 1] == " " else None
    if found is None or is_function_word(found.group(), language):
        return False
    return bool(_NOUN_AFTER.match(text, found.end()))


def canonical_name(mentions: list[Mention], language: str, texts: list[str] | None = None) -> str:
    """The most frequent full form, preferring nominative spellings; ties go to the first seen.
    In German a form ending in -s that stands only before a noun is a genitive ("Charlotte
    Perkins Gilmans Kurzgeschichte", "Wes Andersons filigranes …"): the name is without the -s."""
    forms = [m.text for m in mentions]
    counts = Counter(forms)
    distinct = list(dict.fromkeys(forms))
    # "Paul O'Connell" before "P O'Connell" of the team sheet
    distinct = [f for f in distinct if not is_initial(f.split()[0])] or distinct
    # A full name, else a styled one ("Lord Falconer" before "Falconer"), else any.
    multi = (
        [f for f in distinct if word_count(f) > 1] or [f for f in distinct if len(f.split()) > 1] or distinct
    )
    token_sets = {name_tokens(f) for f in forms}
    undeclined = [
        f
        for f in multi
        if genitive_variants(name_tokens(f))[-1] not in token_sets
        or len(genitive_variants(name_tokens(f))) == 1
    ] or multi
    name = strip_possessive(max(undeclined, key=lambda f: (counts[f], -forms.index(f))))  # "Elton John's"
    # Named in full only in the genitive, and alone by the base surname: "Heinz-Christian
    # Straches" with "Strache" is Heinz-Christian Strache.
    tokens = name_tokens(name)
    base = genitive_variants(tokens)[-1]
    if language not in S_GENITIVE or base == tokens or len(base) < 2:
        return name
    if base[-1:] in token_sets:
        return name[:-1]
    named = [(texts[m.span.segment], m.span.end) for m in mentions if m.text == name] if texts else []
    return name[:-1] if named and all(_before_noun(text, end, language) for text, end in named) else name


def build_people(
    mentions: list[Mention], texts: list[str], sentences: list[Sentence], language: str
) -> list[LocalPerson]:
    """Persons with their facts, in order of first mention."""
    people = []
    for group in merge_aliases(group_people(mentions, language), texts):
        name = canonical_name(group, language, texts)
        person = LocalPerson(name, mentions=group, weak=_weak_single(group, texts))
        for m in group:
            facts = name_facts(texts[m.span.segment], m.span.start, m.span.end, language)
            if facts.title and is_role(facts.title):
                person.roles.append(Fact(facts.title, m.sentence))
            if facts.apposition:
                role = _with_place(short_role(facts.apposition), facts.apposition, m, texts, mentions)
                person.roles.append(Fact(role, m.sentence, facts.apposition))
            if facts.age is not None:
                person.ages.append(Fact(str(facts.age), m.sentence))
            if facts.party:
                person.parties.append(Fact(facts.party, m.sentence))
        people.append(person)
    _attach_quotes(people, sentences)
    return sorted(people, key=lambda p: (p.mentions[0].span.segment, p.mentions[0].span.start))


def _with_place(role: str, phrase: str, m: Mention, texts: list[str], mentions: list[Mention]) -> str:
    """ "Präsident vom mit Nordkorea verfeindeten Südkorea" -> "Präsident (Südkorea)": the last
    place of the phrase that shortening cut off."""
    if role == phrase:
        return role
    start = texts[m.span.segment].find(phrase, m.span.end)
    cut = start + len(role)
    places = [
        p.text
        for p in mentions
        if p.label == "LOC"
        and p.span.segment == m.span.segment
        and cut <= p.span.start
        and p.span.end <= start + len(phrase)
    ]
    return f"{role} ({places[-1]})" if start >= 0 and places else role


def _weak_single(group: list[Mention], texts: list[str]) -> bool:
    """One word, tied to no full name, with nothing around it that marks a person (title, age,
    party, apposition, a form of address or kinship noun, "who"). The knowledge stage keeps such
    a person only when the word joins a person named in full elsewhere. News names a person in
    full before it shortens the name; models take nouns, adverbs, firms and outlets for names
    ("Pakt", "Kurzum", "Geier", "Tchibo", "Sony", "The Chorus"). Named once, in German, this
    raised people F1 on the first dev set from 0.85 to 0.91; named any number of times it raised
    people-de-dev2 from 0.941 to 0.948 (tune half) and 0.978 to 0.989 (check half)."""
    if any(len(m.text.split()) != 1 for m in group):  # "Lord Woolf" is marked by his style
        return False
    return not any(marks_person(texts[m.span.segment], m.span.start, m.span.end) for m in group)


def _attach_quotes(people: list[LocalPerson], sentences: list[Sentence]) -> None:
    """Quotes go to the person named next to them with a speech cue; a sentence that is all
    quote goes to the one person named in the next sentence when that sentence has a cue
    („…“ Mit diesen Worten eröffnete Macron …)."""
    in_sentence: dict[int, list[tuple[Mention, LocalPerson]]] = {}
    for person in people:
        for m in person.mentions:
            in_sentence.setdefault(m.sentence, []).append((m, person))
    for index, sentence in enumerate(sentences):
        named = sorted(in_sentence.get(index, []), key=lambda pair: pair[0].span.start)
        spans = [(m.span.start - sentence.start, m.span.end - sentence.start) for m, _ in named]
        for quote in find_quotes(sentence.text):
            speaker = None
            if named and has_speech_cue(sentence.text, quote):
                who = speaker_index(quote, spans)
                speaker = named[who][1] if who is not None else None
            elif not named and _whole_sentence(sentence.text, quote) and index + 1 < len(sentences):
                following = {id(p): p for _, p in in_sentence.get(index + 1, [])}
                if len(following) == 1 and has_speech_cue(sentences[index + 1].text, None):
                    speaker = next(iter(following.values()))
            if speaker is not None:
                span = Span(sentence.segment, sentence.start + quote.start, sentence.start + quote.end)
                speaker.quotes.append(Quote(quote.text, index, span))


def _whole_sentence(text: str, quote: FoundQuote) -> bool:
    return not text[: quote.start].strip(' „"“«»‚') and len(text[quote.end :].strip(' “”"«».!?,')) == 0
