"""Quality measurements against the shared corpora and gold sets."""

from pathlib import Path

# The team's shared material (corpora, gold sets, scorer) beside the project checkout.
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
