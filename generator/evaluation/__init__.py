"""Quality measurements against the shared corpora and gold sets."""

import os
from pathlib import Path

# The team's shared material (corpora, gold sets, scorer) beside the project checkout; the
# evaluations, training and benchmarks all find it here.
SHARED = Path(os.environ.get("BRIEFING_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
DATA = SHARED / "data"
NEWS = Path(os.environ.get("BRIEFING_NEWS_DATA", DATA / "news"))
NER_DATA = Path(os.environ.get("BRIEFING_NER_DATA", DATA / "ner"))
GOLD = DATA / "gold"
# Within NEWS: DER STANDARD (10kGNAD) dev rows, and the BBC articles by topic folder.
GNAD_DEV = Path("10kgnad") / "articles-dev.csv"
BBC_ARTICLES = Path("bbc") / "articles"
