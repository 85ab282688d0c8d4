"""Language of a document: declared by the source, else identified from its text."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """ISO 639-1 code and probability for a text."""
    code, probability = _identifier().classify(text)
    return str(code), float(probability)


def choose_language(declared: str, text: str, supported: list[str], default: str = "en") -> tuple[str, str]:
    """The language to analyse in, and where it came from ("declared", "detected" or "default")."""
    if declared in supported:
        return declared, "declared"
    code, probability = identify(text)
    if code in supported and probability >= 0.5:
        return code, "detected"
    return default, "default"
