"""Dated events placed relative to the document date."""

from __future__ import annotations

from datetime import date

from generator.analysis.events import DatedEvent, find_events
from generator.records import Sentence


def _events(texts: list[str], when: date | None) -> list[tuple[str, str, int, str]]:
    sentences = [Sentence(0, 0, len(t), t) for t in texts]
    return [(e.date.isoformat(), e.precision, e.sentence, e.text) for e in find_events(sentences, when, "de")]


def test_events_relative_to_the_document_date() -> None:
    found = _events(
        [
            "Sie hat am vergangenen Montag, 8. Juli, den Präsidenten empfangen.",
            "Im Juni hatte Macron angekündigt, Ausbilder zu schicken.",
            "Macron met Merkel in Paris last Tuesday.",
            "On 3 March the two had agreed, and again on March 5, 2023.",
            "Gestern tagte der Rat; die Sitzung am 12.11.2023 war kurz.",
            "Morgen ist hier ein Hauptwort.",
        ],
        date(2024, 7, 10),
    )  # a Wednesday
    assert found == [
        ("2024-07-08", "day", 0, "8. Juli"),
        ("2024-06-01", "month", 1, "Im Juni"),
        ("2024-07-09", "day", 2, "last Tuesday"),
        ("2024-03-03", "day", 3, "3 March"),
        ("2023-03-05", "day", 3, "March 5, 2023"),
        ("2023-11-12", "day", 4, "12.11.2023"),
        ("2024-07-09", "day", 4, "Gestern"),
    ]


def test_without_document_date_only_full_dates() -> None:
    found = _events(["Am 3. März 2024 trafen sie sich, am vergangenen Montag wieder, im Juni auch."], None)
    assert found == [("2024-03-03", "day", 0, "3. März 2024")]


def test_month_without_year_takes_the_nearest_year() -> None:
    found = _events(["Im Dezember begann es."], date(2025, 1, 15))
    assert found == [("2024-12-01", "month", 0, "Im Dezember")]
    assert isinstance(find_events([Sentence(0, 0, 7, "im Juni")], date(2024, 7, 1), "de")[0], DatedEvent)
