import pytest

from generator.analysis import analyse
from generator.analysis.cues import cued_names

from ..conftest import make_doc


@pytest.mark.parametrize(
    "text, names",
    [
        ("An seine Stelle rückt Ömer Çelik, bisher Sprecher der AKP.", ["Ömer Çelik"]),
        ("Außenminister Mevlüt Çavuşoğlu sagte nichts.", ["Mevlüt Çavuşoğlu"]),
        # The word before the title must not hide the title from the pattern.
        ("Erdoğan traf Außenminister Mevlüt Çavuşoğlu in Ankara.", ["Mevlüt Çavuşoğlu"]),
        ("Yoon Suk-yeol (63), Präsident von Südkorea, sprach.", ["Yoon Suk-yeol"]),
        ("Der Chef des Ifo Instituts kam.", []),
        ("Der Chef des Ifo Instituts, Hans-Werner Sinn geht davon aus.", ["Hans-Werner Sinn"]),
        ("Die Chefin der Behörde, die am Montag kam, sprach.", []),
        ("Die Grünen Wien (SPÖ) und Der Standard (2015) schrieben.", []),
        ("Kanzler Faymann sprach.", []),  # one word: left to the model
        ("Trainer Pep Guardiola führt Manchester City (3) an.", ["Pep Guardiola"]),
        # Adjectives between the article and the office.
        (
            "Auch Bulut Yiğit, der umstrittene nationalistisch-populistische Wirtschaftsberater.",
            ["Bulut Yiğit"],
        ),
        ("In Berlin Mitte, die sehr schöne Gegend, wohnen viele.", []),
        # Function words after the article open a relative clause, not an apposition.
        ("Daran gibt er den Medien Schuld, die nur über Syrer berichten.", []),
        ("Nächster Gegner ist Jack Sock, der Amerikaner.", ["Jack Sock"]),
        ("BOXING - PRINCE NASEEM RETAINS WBO TITLE.", []),  # an all-caps headline
        ("1965 besucht Papst Paul VI. die UNO.", ["Paul VI"]),
        # An English kinship noun marks even one name; a capitalised one is no cue.
        ("He fell out with his daughter Victoria over it.", ["Victoria"]),
        ("The Sister Act musical and the mother company Ryanair.", []),
    ],
)
def test_cued_names(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e in cued_names(text)] == names


def test_cue_overrides_a_wrong_label(fake) -> None:
    doc = make_doc("t", "Die Delegation führt Kim Geum Chol, der Leiter der Uni.")
    analysis = analyse(doc, fake({"Kim Geum Chol": "ORG"}))
    assert [p.name for p in analysis.people] == ["Kim Geum Chol"]
    assert analysis.people[0].roles[0].value == "Leiter der Uni"


def test_cue_completes_a_name_the_model_cut_short(fake) -> None:
    # "Sinn" is also a noun, and a model may stop before it.
    doc = make_doc("t", "Der Chef des Ifo Instituts, Hans-Werner Sinn geht davon aus.")
    analysis = analyse(doc, fake({"Hans-Werner": "PER"}))
    assert [p.name for p in analysis.people] == ["Hans-Werner Sinn"]
