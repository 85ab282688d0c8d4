"""Key point selection and summaries (no data needed)."""

from __future__ import annotations

import pytest

from generator.analysis.keypoints import (
    RANKED_SENTENCES_MAX,
    Params,
    clean_sentence,
    key_point_count,
    rank_sentences,
    select_key_points,
    summarize,
)

GERMAN = [
    "Wien – Die Regierung hat am Montag eine umfassende Steuerreform für Unternehmen beschlossen.",
    "Die Steuerreform senkt die Körperschaftsteuer für Unternehmen um zwei Prozentpunkte.",
    "Foto: APA/Hans Punz",
    "Lesen Sie auch: Was die Reform für Pendler bedeutet.",
    "Was meinen Sie zur Steuerreform der Regierung?",
    "Die Opposition kritisiert die Steuerreform der Regierung als Geschenk an Konzerne.",
    "Der Finanzminister rechnet mit Kosten von rund drei Milliarden Euro pro Jahr.",
    "Das Wetter in Wien war am Montag sonnig und mild.",
    "Die Reform soll mit Jänner des kommenden Jahres in Kraft treten.",
]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Wien – Die Regierung tagt.", "Die Regierung tagt."),
        ("Wien –Der Nationalrat tagt.", "Der Nationalrat tagt."),
        ("Wien - Was die Redakteure sagen.", "Was die Redakteure sagen."),
        ("Santiago de Chile – Neymar ist gesperrt.", "Neymar ist gesperrt."),
        ("Berlin/Paris (dpa) – Die Minister treffen sich.", "Die Minister treffen sich."),
        ("LONDON (Reuters) - The bank raised rates.", "The bank raised rates."),
        ("LONDON, Nov 25 (Reuters) - Shares fell.", "Shares fell."),
        ("WASHINGTON — The Senate voted.", "The Senate voted."),
        ("Frankfurt am Main – Die Börse schloss.", "Die Börse schloss."),
        (
            "Nach dem Spiel – so der Trainer – war alles gut.",
            "Nach dem Spiel – so der Trainer – war alles gut.",
        ),
        ("Bild: APA/Hans Punz", ""),  # a credit alone leaves nothing
        ("Die Feuerwehr rückte aus. (Foto: APA)", "Die Feuerwehr rückte aus."),
        ("Die Pegel steigen. Grafik: DER STANDARD", "Die Pegel steigen."),  # every credit label
        ("Rivers rose. [Pictures: PA]", "Rivers rose."),
        ("(APA) Der Index stieg.", "Der Index stieg."),
        ("Die Regierung – so heißt es – plant viel.", "Die Regierung – so heißt es – plant viel."),
        ("Wien-Wieden ist ein Bezirk.", "Wien-Wieden ist ein Bezirk."),
        # an aside between dashes after a name is no dateline: the name stays
        ("Lord Bingham - a senior law lord - said so.", "Lord Bingham - a senior law lord - said so."),
        ("  Zu   viel\n Leerraum. ", "Zu viel Leerraum."),
    ],
)
def test_clean_sentence(raw: str, expected: str) -> None:
    assert clean_sentence(raw) == expected


def test_junk_sentences_are_never_chosen() -> None:
    chosen = select_key_points(GERMAN, "de", count=5)
    assert not {2, 3, 4} & set(chosen)


@pytest.mark.parametrize("count", [3, 4, 5])
def test_count_respected_and_document_order(count: int) -> None:
    chosen = select_key_points(GERMAN, "de", count=count)
    assert len(chosen) == count
    assert chosen == sorted(chosen)
    assert len(set(chosen)) == count


def test_fewer_usable_sentences_return_fewer() -> None:
    sentences = ["Die Regierung hat eine neue Steuerreform beschlossen.", "Foto: APA", "Warum?"]
    assert select_key_points(sentences, "de", count=3) == [0]


def test_near_duplicates_are_not_both_chosen() -> None:
    sentences = [
        "The central bank raised interest rates by half a point on Thursday.",
        "The central bank raised interest rates by half a point on Thursday, it said.",
        "Mortgage lenders are expected to pass the increase on to home owners.",
        "Economists had predicted a smaller rise because inflation is slowing.",
        "Shares in housebuilders fell sharply after the announcement.",
    ]
    chosen = select_key_points(sentences, "en", count=3)
    assert len(chosen) == 3
    assert not {0, 1} <= set(chosen)


def test_empty_and_degenerate_input() -> None:
    assert select_key_points([], "de") == []
    assert select_key_points(["", "   "], "en") == []
    assert select_key_points(GERMAN, "de", count=0) == []
    assert summarize([], "en") == ""


def test_unknown_language_is_treated_like_english() -> None:
    sentences = ["The council approved the new budget for the city on Monday."] * 1
    assert select_key_points(sentences, "fr") == [0]


def test_summary_is_short_and_clean() -> None:
    summary = summarize(GERMAN, "de", max_sentences=2)
    assert summary
    assert not summary.startswith("Wien")
    assert summary.count(".") <= 2
    one = summarize(GERMAN, "de", max_sentences=1)
    assert one and one in summary


def test_the_topic_weight_favours_the_sentence_of_the_recurring_subject() -> None:
    sentences = [
        "Novartis bought Hexal yesterday.",
        "Novartis shares rose sharply.",
        "Generic drugs are cheap.",
        "Analysts expect Novartis shares and Hexal to merge.",  # three terms that recur
    ]
    params = {w: Params(topic_weight=w, min_words=3, max_similarity=1.0) for w in (0.0, 10.0)}
    ranked = {w: rank_sentences(sentences, "en", 4, p) for w, p in params.items()}
    assert ranked[0.0][0] == 0 and ranked[10.0][0] == 3
    assert ranked[10.0][-1] == 2  # no term in common with another sentence


@pytest.mark.parametrize(
    ("sentences", "expected"), [(0, 3), (12, 3), (30, 3), (31, 4), (40, 4), (41, 5), (500, 5)]
)
def test_key_point_count_grows_with_the_article(sentences: int, expected: int) -> None:
    assert key_point_count(sentences) == expected


def test_only_the_first_sentences_of_a_book_length_text_are_ranked() -> None:
    """The similarity matrix is square in the sentences: a 2 MB source had crashed the build."""
    filler = [f"Absatz {i} beschreibt die Verhandlungen der Regierung mit den Ländern." for i in range(3000)]
    chosen = select_key_points(filler + GERMAN, "de", 5)
    assert len(chosen) == 5 and max(chosen) < RANKED_SENTENCES_MAX
