"""Datelines and the stand-first before them."""

from __future__ import annotations

import pytest

from generator.sources.datelines import STANDFIRST_MAX_WORDS, dateline_length, split_standfirst

TEASER = "Franzosen verteidigen 2:1-Führung – Kritik an Superstar – Benfica in St. Petersburg."
BODY_DE = (
    "London – Mit einem knappen Vorsprung ist Paris Saint Germain nach London gereist. "
    "Am Mittwochabend verteidigt der französische Meister gegen Chelsea ein 2:1 aus dem Hinspiel."
)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("Wien – Der Nationalrat tagt.", "Wien – "),
        ("LONDON, Nov 25 (Reuters) - Shares fell.", "LONDON, Nov 25 (Reuters) - "),
        ("Frankfurt am Main – Die EZB", "Frankfurt am Main – "),
        ("Die Regierung – so heißt es – tagt.", ""),
        ("Wilkinson - who had targeted the match - is out.", ""),
        ("Kein Strich in diesem Satz.", ""),
    ],
)
def test_dateline_length(text: str, dateline: str) -> None:
    assert text[: dateline_length(text)] == dateline


def test_split_standfirst_at_dateline() -> None:
    assert split_standfirst(f"{TEASER} {BODY_DE}") == (TEASER, BODY_DE)


@pytest.mark.parametrize(
    "body",
    [
        "Santiago de Chile – Neymar ist für vier Spiele gesperrt.",
        "Wien –Der Nationalrat hat 123 Gesetze beschlossen.",
        "Wien - Der ORF plant den Umzug.",
        "Berlin (dpa) – Die Minister treffen sich.",
    ],
)
def test_split_standfirst_dateline_variants(body: str) -> None:
    assert split_standfirst(f"Ein kurzer Teaser zum Thema. {body}") == (
        "Ein kurzer Teaser zum Thema.",
        body,
    )


def test_split_standfirst_without_dateline() -> None:
    assert split_standfirst("Teaser ohne Ortsmarke. Der Text beginnt gleich mit dem Inhalt.") is None


def test_split_standfirst_ignores_dashes_inside_the_body() -> None:
    # "Die SPÖ – bisher ..." is an aside, not a dateline: the text has no teaser/body split.
    text = "Kurzer Teaser. Die SPÖ – bisher für die Wehrpflicht – unterstützt nun das Berufsheer."
    assert split_standfirst(text) is None


def test_split_standfirst_rejects_a_teaser_longer_than_a_teaser() -> None:
    long_teaser = " ".join(["Wort"] * (STANDFIRST_MAX_WORDS + 1)) + "."
    assert split_standfirst(f"{long_teaser} Insgesamt – über alle Länder – sinkt die Zahl.") is None
    assert split_standfirst(f"{long_teaser} Wien – Der Nationalrat tagt.") is None
