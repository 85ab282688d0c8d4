"""The given-name list (training/given_names.py)."""

from __future__ import annotations

from generator import lang
from generator.analysis.titles import is_given_name
from training.given_names import given_names


def test_the_shipped_list_is_the_one_the_script_makes() -> None:
    assert lang.given_names() == frozenset(given_names())


def test_a_given_name_is_one_of_any_culture_or_an_initial() -> None:
    assert all(is_given_name(w) for w in ("Gordon", "Jean-Pierre", "Yoshio", "JP"))
    assert not any(is_given_name(w) for w in ("Scotland", "Big", "Oxford"))
