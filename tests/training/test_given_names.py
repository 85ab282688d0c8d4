"""The given-name list (training/given_names.py)."""

from __future__ import annotations

from generator import lang
from generator.analysis.titles import is_given_name
from training.given_names import faker_given_names


def test_the_shipped_list_holds_fakers_names_and_the_corpora_s() -> None:
    assert faker_given_names() <= lang.given_names()
    assert {"condoleezza", "vyacheslav"} <= lang.given_names() - faker_given_names()
    assert not {"big", "black", "scotland"} & lang.given_names()


def test_a_given_name_is_one_of_any_culture_or_an_initial() -> None:
    assert all(is_given_name(w) for w in ("Gordon", "Jean-Pierre", "Yoshio", "JP", "Condoleezza"))
    assert not any(is_given_name(w) for w in ("Scotland", "Big", "Oxford"))
