"""Cleaning of the model's PER spans (generator/analysis/entities.py)."""

from __future__ import annotations

import pytest

from generator.analysis.entities import clean_person
from generator.analysis.titles import is_particle, not_name_part


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kremlchef Wladimir Putin", "Wladimir Putin"),
        ("Ali al-Nuaimi", "Ali al-Nuaimi"),
        ("Baschar al-Assad", "Baschar al-Assad"),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("„Putin", "Putin"),
        ("IHS-Mann Hofer", "Hofer"),
        ("SPD-Politikerin Andrea Nahles", "Andrea Nahles"),
        ("Thomas Hofmann", "Thomas Hofmann"),
    ],
)
def test_clean_person_keeps_the_name(text: str, expected: str) -> None:
    span = clean_person(text, 0, len(text))
    assert span is not None
    assert text[span[0] : span[1]] == expected


@pytest.mark.parametrize("text", ["Foto", "Herr", "G7", "sagte er", "STANDARD-Informationen", "SPD-Vorstoß"])
def test_clean_person_drops_non_names(text: str) -> None:
    assert clean_person(text, 0, len(text)) is None


def test_article_prefixes_are_particles_but_other_lower_case_words_are_not() -> None:
    assert is_particle("al-Assad") and is_particle("el-Sisi") and is_particle("von")
    assert not is_particle("alles") and not is_particle("also-ran")
    assert not_name_part("sagte") and not not_name_part("al-Nuaimi")
