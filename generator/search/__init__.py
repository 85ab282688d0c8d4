"""Site search: from file://, Material's lunr search over a compact index with stems
(`stems`); over HTTP, Pagefind bundles that a query reads a few chunks of (`pagefind`)."""

from .pagefind import ARTICLE_TAG, SearchedPage, page_language, searched_article, write_bundles
from .stems import BOOST, FIELD, augment_index, stems

PAGEFIND_SCRIPT = "search/pagefind.js"  # over HTTP: Pagefind answers in place of the lunr worker
# Loaded before Material's bundle, in order; under assets/briefing/.
SCRIPTS = (
    "lunr/lunr.min.js",
    "lunr-languages/lunr.stemmer.support.min.js",
    "lunr-languages/lunr.de.min.js",
    "search/query.js",  # from file://: stems added to each query for the lunr worker
    PAGEFIND_SCRIPT,
)

__all__ = [
    "ARTICLE_TAG",
    "BOOST",
    "PAGEFIND_SCRIPT",
    "FIELD",
    "SCRIPTS",
    "SearchedPage",
    "augment_index",
    "page_language",
    "searched_article",
    "stems",
    "write_bundles",
]
