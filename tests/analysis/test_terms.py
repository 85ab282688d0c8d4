"""Stems and content terms (generator/analysis/terms.py), shared by key points and related briefings."""

from generator.analysis.terms import content_terms, stem


def test_stems_merge_inflections_and_spellings_with_and_without_umlaut_or_eszett() -> None:
    assert stem("steuern", "de") == stem("steuer", "de")
    assert stem("rates", "en") == stem("rate", "en")
    assert stem("größe", "de") == stem("grösse", "de") and stem("straße", "de") == stem("strasse", "de")


def test_a_language_snowball_lacks_keeps_its_words() -> None:
    assert stem("kiitos", "xx") == "kiitos"


def test_content_terms_are_counted_stems_without_stop_words() -> None:
    terms = content_terms(["Die Steuern steigen.", "Die Steuer der Bürger in Österreich."], "de")
    assert terms[stem("steuer", "de")] == 2
    assert stem("bürger", "de") in terms and stem("österreich", "de") in terms
    assert "die" not in terms and "der" not in terms
