"""Page names: stable, unique slugs that never take a name the site reserves."""

from __future__ import annotations

from slugify import slugify

# In every folder MkDocs makes index.md (and README.md, which it treats the same) the folder's
# index page, so a briefing, person or entity of that slug would replace the index.
RESERVED = frozenset({"index", "readme"})


class Slugs:
    """The same name gives a new, unused slug each time it is asked for ("name", "name-2" ...)."""

    def __init__(self) -> None:
        self._taken: set[str] = set(RESERVED)

    def new(self, name: str, fallback: str) -> str:
        base = slugify(name) or fallback
        candidate, n = base, 1
        while candidate in self._taken:
            n += 1
            candidate = f"{base}-{n}"
        self._taken.add(candidate)
        return candidate
