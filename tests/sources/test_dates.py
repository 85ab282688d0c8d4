from datetime import date

from generator.sources.dates import infer_date


def test_weekday_and_day_give_the_latest_fitting_year() -> None:
    assert infer_date("am Montag, 8. Juli", date(2026, 12, 1)) == date(2024, 7, 8)


def test_leap_day_is_found_across_non_leap_years() -> None:
    # 29 February 2026 does not exist: the search goes on to 2016, when it was a Monday.
    assert infer_date("Montag, 29. Februar", date(2026, 12, 1)) == date(2016, 2, 29)
