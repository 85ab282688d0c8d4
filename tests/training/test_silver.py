from training.silver import majority


def test_majority_keeps_spans_most_teachers_agree_on() -> None:
    teachers = [
        [(0, 2, "PER"), (5, 6, "LOC")],
        [(0, 2, "PER"), (5, 6, "ORG")],
        [(0, 1, "PER"), (5, 6, "LOC"), (8, 9, "MISC")],
    ]
    assert majority(teachers) == [(0, 2, "PER"), (5, 6, "LOC")]


def test_majority_of_two_needs_both_and_never_overlaps() -> None:
    assert majority([[(0, 2, "PER")], [(0, 2, "PER"), (1, 3, "ORG")]]) == [(0, 2, "PER")]
    assert majority([[(0, 3, "ORG")], [(0, 3, "ORG")], [(1, 3, "PER")]]) == [(0, 3, "ORG")]
