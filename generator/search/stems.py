"""Search that finds inflected German and English words and keeps type-ahead.

Material's search (lunr in a web worker) turns every query word into a prefix query ("word*"),
and lunr skips its query pipeline for wildcard terms. So with lunr's stemmer on, whole words stop
matching the stemmed index ("Nordkoreanische*" is not a prefix of "nordkorean"); with it off (our
setting) "Militärausbildern" cannot find "Militärausbilder".

Design, checked in Chromium over HTTP and from file:// (tests/browser/):
- index: the words stay as written, so prefixes keep matching while one types; `augment_index`
  adds to each entry of search_index.json (after the search plugin writes it, before the offline
  plugin inlines it) a field `stems` with the Snowball stems of its words: German, and Porter,
  lunr's English stemmer.
- query: `assets/briefing/search/query.js` wraps the search worker and appends to each query word
  its German and English stems, computed by the same algorithms in the browser (lunr and
  lunr-languages, vendored): "Militärausbildern" is sent as "Militärausbildern militarausbild" and
  the stem, as a prefix, meets the indexed stem of "Militärausbilder".
The stems come from Snowball's C library through PyStemmer, which stays below 3: its German is then
exactly lunr-languages' (Snowball 3 also strips "-et").
Words shorter than three letters are not stemmed on either side (lunr's Porter leaves them).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import Stemmer

FIELD = "stems"
BOOST = 0.5  # below the text itself: a word as written ranks before a word that shares its stem
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=1)
def _stemmers() -> tuple[Stemmer.Stemmer, ...]:
    return Stemmer.Stemmer("german"), Stemmer.Stemmer("porter")


def stems(text: str) -> list[str]:
    """Stems of the words of a text (HTML allowed) that differ from the words, sorted."""
    words = set(_WORD.findall(html.unescape(_TAG.sub(" ", text)).lower()))
    found = {stem for w in words for stem in _word_stems(w)}
    return sorted(found - words - {""})


# Words recur on thousands of pages: each is stemmed once (the pure-Python stemmers were most
# of the site build before).
@lru_cache(maxsize=1 << 18)
def _word_stems(word: str) -> tuple[str, ...]:
    return tuple(stemmer.stemWord(word) for stemmer in _stemmers())


def augment_index(
    path: Path,
    keep: Callable[[str], bool] = lambda location: True,
    ends_page: Callable[[str], bool] = lambda location: False,
    merge: Callable[[list[dict]], list[dict]] = lambda docs: docs,
) -> dict | None:
    """Make Material's search_index.json the file:// index: add the `stems` field to every
    entry; drop the entries whose location ``keep`` refuses, those without text under a
    heading, and from an entry that ``ends_page`` names, the rest of its page; then ``merge``
    the entries with those of pages not rendered in this build. Returns the index (None
    without one)."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    data["config"].setdefault("fields", {})[FIELD] = {"boost": BOOST}
    docs, ended = [], ""
    for doc in data["docs"]:
        location = doc.get("location", "")
        page, _, anchor = location.partition("#")
        if page == ended or not keep(location) or (anchor and not doc.get("text", "").strip()):
            continue
        if ends_page(location):
            ended = page
            continue
        doc[FIELD] = " ".join(stems(doc.get("title", "") + " " + doc.get("text", "")))
        docs.append(doc)
    data["docs"] = merge(docs)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return data
