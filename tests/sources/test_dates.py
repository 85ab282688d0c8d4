from datetime import date

from generator.sources.dates import infer_date, named_years

TODAY = date(2026, 12, 1)


def test_weekday_and_day_take_a_year_the_text_names() -> None:
    assert infer_date("am Montag, 8. Juli, ein Jahr nach der Wahl 2023. Bilanz 2024", TODAY) == date(
        2024, 7, 8
    )
    # 2005 is named, and 12 February 2005 was a Saturday; 2022 (also a Saturday) is not named.
    assert infer_date("On Saturday 12 February the 2005 season opens.", TODAY) == date(2005, 2, 12)


def test_without_a_named_year_that_fits_the_date_stays_unknown() -> None:
    assert infer_date("am Montag, 8. Juli", TODAY) is None
    assert infer_date("Donnerstag, 12. Mai, wie schon 2015", TODAY) is None  # 12 May 2015 was a Tuesday
    # A year far from the date is history, not evidence: 12 December 1993 was a Sunday too.
    far = (
        "Roberts was convicted in 1993 of sending letter bombs." + " More." * 80 + " On Sunday, 12 December."
    )
    assert infer_date(far, TODAY) is None
    assert infer_date("Montag, 8. Juli 2030", TODAY) is None  # after today


def test_evidence_may_come_from_the_document_and_a_leap_day_is_found() -> None:
    assert infer_date("Montag, 29. Februar", TODAY, named_years("https://x.at/2016/02/29/a")) == date(
        2016, 2, 29
    )
    assert named_years("1999, 2016 und 12345") == {1999, 2016}
    assert named_years("on BBC2 at 2005 GMT, um 1930 Uhr") == set()  # times of day
    assert named_years("the 1990s, die 1980er") == set()  # decades
