from generator.slugs import Slugs


def test_reserved_and_taken_names_get_a_suffix() -> None:
    slugs = Slugs()
    assert [slugs.new(n, "x") for n in ("Index", "index", "README", "Anna Gruber", "Anna Gruber")] == [
        "index-2",
        "index-3",
        "readme-2",
        "anna-gruber",
        "anna-gruber-2",
    ]
    assert slugs.new("!!!", "person") == "person"
