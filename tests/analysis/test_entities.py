"""Cleaning of the model's PER spans (generator/analysis/entities.py)."""

from __future__ import annotations

import pytest

from generator.analysis.entities import clean_person, trim
from generator.analysis.titles import is_particle, not_name_part


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kremlchef Wladimir Putin", "Wladimir Putin"),
        ("Ali al-Nuaimi", "Ali al-Nuaimi"),
        ("Baschar al-Assad", "Baschar al-Assad"),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("„Putin", "Putin"),
        ("IHS-Mann Hofer", "Hofer"),
        ("SPD-Politikerin Andrea Nahles", "Andrea Nahles"),
        ("Thomas Hofmann", "Thomas Hofmann"),
        # A capitalised last word is a name part even when it is also a title or a stop word.
        ("Billie Jean King", "Billie Jean King"),
        ("Thorsten Rund", "Thorsten Rund"),
        ("Peter Such sagte", "Peter Such"),
        ("Prop Phil Vickery", "Phil Vickery"),  # a position in a team
        ("Klubobfrau Eva Glawischnig", "Eva Glawischnig"),  # an Austrian office
    ],
)
def test_clean_person_keeps_the_name(text: str, expected: str) -> None:
    span = clean_person(text, 0, len(text))
    assert span is not None
    assert text[span[0] : span[1]] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Foto",
        "Herr",
        "G7",
        "sagte er",
        "STANDARD-Informationen",
        "SPD-Vorstoß",
        "Summer Of Love",
        "Walt Disney Studios",
        "Munich Re",
        "Warner Brothers",
        "Dreitagesfestival Herbstlärm",  # a compound ending in a thing noun names the thing
        "Million Männer",
        "SOZIOÖKONOMISCHES RISIKO",  # a run-in heading in capitals
    ],
)
def test_clean_person_drops_non_names(text: str) -> None:
    assert clean_person(text, 0, len(text)) is None


def test_article_prefixes_are_particles_but_other_lower_case_words_are_not() -> None:
    assert is_particle("al-Assad") and is_particle("el-Sisi") and is_particle("von")
    assert not is_particle("alles") and not is_particle("also-ran")
    assert not_name_part("sagte") and not not_name_part("al-Nuaimi")


def _people(text: str, spans: list[tuple[str, str]], language: str = "de") -> list[str]:
    """Mentions labelled PER when the model gave ``spans`` (each occurrence of the text, in order)."""
    from generator.analysis.entities import mentions_of, sentences_of
    from generator.analysis.nlp import Parsed

    entities, position = [], 0
    for name, label in spans:
        start = text.index(name, position)
        entities.append((start, start + len(name), label))
        position = start + len(name)
    parsed = [Parsed([(0, len(text))], entities)]
    mentions = mentions_of([text], parsed, sentences_of([text], parsed), language)
    return [m.text for m in mentions if m.label == "PER"]


def test_a_name_read_as_something_else_as_often_is_not_a_person() -> None:
    text = "Aston Martin baut Autos. Aston Martin ist teuer."
    assert _people(text, [("Aston Martin", "ORG"), ("Aston Martin", "PER")]) == []
    text = "Ai Weiwei kam. Ai sprach. Ai ging. Ai Weiwei-Schau."
    spans = [("Ai Weiwei", "PER"), ("Ai", "PER"), ("Ai", "PER"), ("Ai Weiwei", "MISC")]
    assert _people(text, spans) == ["Ai Weiwei"]  # the one-word "Ai" is too short to keep


def test_a_cue_outweighs_the_vote() -> None:
    text = "Präsident Aston Martin sprach. Aston Martin baut Autos."
    assert _people(text, [("Aston Martin", "PER"), ("Aston Martin", "ORG")]) == ["Aston Martin"]


def test_a_name_after_a_thing_noun_is_a_thing_throughout_whatever_the_model_read_there() -> None:
    text = "It uses copy protection firm Macrovision. Macrovision says it works. Macrovision grew."
    spans = [("Macrovision", "ORG"), ("Macrovision", "PER"), ("Macrovision", "PER")]
    assert _labelled(text, spans) == [("Macrovision", "ORG")] * 3
    text = "Mit Hello Barbie hat Hersteller Mattel eine Puppe gebaut. Mattel schwieg."
    assert _people(text, [("Mattel", "PER"), ("Mattel", "PER")]) == []
    text = "Jugnot, star of the film The Chorus, has beaten Depardieu."
    assert _labelled(text, [("Jugnot", "PER"), ("Chorus", "PER"), ("Depardieu", "PER")]) == [
        ("Jugnot", "PER"),
        ("Chorus", "ORG"),  # a capitalised "The" before one word, as "the" before it
        ("Depardieu", "PER"),
    ]


def test_organisation_heads_end_no_person() -> None:
    assert _people("Walt Disney Studios öffnet.", [("Walt Disney Studios", "PER")]) == []
    assert _people("Walt Disney lebte.", [("Walt Disney", "PER")]) == ["Walt Disney"]


def test_plurals_of_acronyms_are_no_people() -> None:
    assert _people("Sony verkauft DVDs.", [("DVDs", "PER")]) == []
    assert _people("Ten PEDs were found.", [("Ten PEDs", "PER")]) == []
    assert _people("JFK sprach.", [("JFK", "PER")]) == ["JFK"]


def test_trim_drops_the_possessive_of_an_acronym_only() -> None:
    for text, expected in [("BBC's", "BBC"), ("the UN’s", "the UN"), ("Moody's", "Moody's"), ("s", "s")]:
        start, end = trim(text, 0, len(text))
        assert text[start:end] == expected


def test_trim_keeps_a_closing_bracket_that_belongs_to_the_span() -> None:
    for text, expected in [("Mladost (BJ) ", "Mladost (BJ)"), ("(Merkel) ", "Merkel"), ("Merkel)", "Merkel")]:
        start, end = trim(text, 0, len(text))
        assert text[start:end] == expected


def test_trim_drops_a_sentence_full_stop_and_a_slash_but_not_an_abbreviation() -> None:
    cases = [
        ("Worldcom.", "Worldcom"),
        ("APA/", "APA"),
        ("Time Warner Inc.", "Time Warner Inc."),
        ("U.S.", "U.S."),
        ("George W.", "George W."),
    ]
    for text, expected in cases:
        start, end = trim(text, 0, len(text))
        assert text[start:end] == expected


def _labelled(text: str, spans: list[tuple[str, str]], language: str = "en") -> list[tuple[str, str]]:
    from generator.analysis.entities import mentions_of, sentences_of
    from generator.analysis.nlp import Parsed

    entities, position = [], 0
    for name, label in spans:  # each occurrence of the text, in order
        start = text.index(name, position)
        entities.append((start, start + len(name), label))
        position = start + len(name)
    parsed = [Parsed([(0, len(text))], entities)]
    return [(m.text, m.label) for m in mentions_of([text], parsed, sentences_of([text], parsed), language)]


def test_an_honorific_makes_a_person_and_a_name_without_letters_is_none() -> None:
    text = "Mr Brown met Lord Ashcroft at Lord of the Rings and paid £ 5."
    spans = [("Mr Brown", "MISC"), ("Lord Ashcroft", "ORG"), ("Lord of the Rings", "LOC"), ("£", "MISC")]
    assert _labelled(text, spans) == [
        ("Brown", "PER"),
        ("Lord Ashcroft", "PER"),
        ("Lord of the Rings", "LOC"),
    ]


def test_an_english_surname_particle_between_names_makes_a_person_but_a_preposition_does_not() -> None:
    text = "By Philip van Doren Stern and Viv Albertine von den Slits, in Rio de Janeiro."
    spans = [
        ("Philip van Doren Stern", "ORG"),
        ("Viv Albertine von den Slits", "MISC"),
        ("Rio de Janeiro", "LOC"),
    ]
    assert _labelled(text, spans) == [
        ("Philip van Doren Stern", "PER"),
        ("Viv Albertine von den Slits", "MISC"),
        ("Rio de Janeiro", "LOC"),
    ]
    assert _labelled("Das Haus von Wien.", [("Haus von Wien", "ORG")], "de") == [("Haus von Wien", "ORG")]


def test_a_surname_with_an_arabic_article_the_model_left_out_is_taken_in() -> None:
    text = "Präsident Abdel Fattah al-Sisi traf Osama bin Laden al-Qaida."
    spans = [("Abdel Fattah", "PER"), ("Osama bin Laden", "PER"), ("al-Qaida", "ORG")]
    assert _labelled(text, spans, "de") == [
        ("Abdel Fattah al-Sisi", "PER"),
        ("Osama bin Laden", "PER"),
        ("al-Qaida", "ORG"),
    ]


def test_a_name_before_an_organisations_last_word_is_that_organisation() -> None:
    text = "Forscher der John Hopkins Universität und Anna Gruber warnen."
    spans = [("John Hopkins", "PER"), ("Anna Gruber", "PER")]
    assert _labelled(text, spans, "de") == [("John Hopkins Universität", "ORG"), ("Anna Gruber", "PER")]


def test_members_of_parliaments_are_titles_and_bros_ends_a_firm() -> None:
    text = "MSP Karen Whitefield and MEP Caroline Lucas praised Warner Bros."
    spans = [("MSP Karen Whitefield", "PER"), ("MEP Caroline Lucas", "PER"), ("Warner Bros", "PER")]
    assert _labelled(text, spans) == [("Karen Whitefield", "PER"), ("Caroline Lucas", "PER")]


def test_a_peers_style_before_an_office_is_no_person() -> None:
    text = "The Lord Chancellor, Lord Falconer, met Royal Mail."
    spans = [("Lord Chancellor", "PER"), ("Lord Falconer", "ORG"), ("Royal Mail", "PER")]
    assert _labelled(text, spans) == [("Lord Falconer", "PER")]


def test_titles_the_model_took_into_another_name_go_before_a_middle_initial() -> None:
    text = "He served under Presidents George W Bush and Bill Clinton."
    spans = [("Presidents George", "ORG"), ("Bush", "PER"), ("Bill Clinton", "PER")]
    assert _labelled(text, spans) == [("George W Bush", "PER"), ("Bill Clinton", "PER")]


def test_names_are_counted_and_compared_without_particles_and_styles() -> None:
    from generator.analysis.names import name_tokens, word_count

    assert word_count("Van Nistelrooy") == 1 and word_count("Ruud van Nistelrooy") == 2
    assert word_count("Al Gore") == 2 and word_count("Marine Le Pen") == 2
    assert name_tokens("Lord Kinnock") == name_tokens("Baron Kinnock of Bedwellty") == ("kinnock",)
    assert name_tokens("Mr Justice Forbes") == ("forbes",)
    assert name_tokens("Lady Diana Spencer") == ("lady", "diana", "spencer")


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("George Bush-style", "George Bush"),
        ("Rosneft-owned Yugansk", "Yugansk"),
        ("Man-of-the-match Duff", "Duff"),
        ("Kim Jong-un", "Kim Jong-un"),
        ("Mark Lewis-Francis", "Mark Lewis-Francis"),
        ("Lord Chancellor Lord Falconer", "Lord Falconer"),
        ("Baroness Royall of Blaisdon", "Baroness Royall of Blaisdon"),
        ("Lady Diana Spencer", "Diana Spencer"),
        ("CA del Fava", "CA del Fava"),
        ("Nick Bubb of Evolution Securities", "Nick Bubb"),
        ("Tennisfan Eva Longoria", "Eva Longoria"),
        ("Popchansonnière Patricia Kaas", "Patricia Kaas"),
        ("Stefan Raab", "Stefan Raab"),
        ("Staffan de Mistura", "Staffan de Mistura"),
        ("Dokumentarfilmer Riha", "Riha"),
        ("Goalscorer Toure", "Toure"),
        ("Michael Schumacher", "Michael Schumacher"),
        ("Treasurer Peter Costello", "Peter Costello"),
        ("Dane Kenneth Carlsen", "Kenneth Carlsen"),
        ("Schunkelduo Marianne", "Marianne"),
        ("Konsumentenschützer Kolba", "Kolba"),
        ("Gordon Brown's Treasury", "Gordon Brown"),  # what follows a possessive is his
        ("Dubs’ Succession", "Dubs"),
        ("Roman Abramovich", "Roman Abramovich"),
    ],
)
def test_clean_person_keeps_the_name_its_style_and_initials_not_modifiers(span: str, name: str) -> None:
    cleaned = clean_person(span, 0, len(span))
    assert cleaned is not None and span[cleaned[0] : cleaned[1]] == name


def test_an_english_name_may_be_a_german_function_word() -> None:
    span = "Allen Weiner"
    assert clean_person(span, 0, len(span), "en") == (0, len(span))
    assert clean_person(span, 0, len(span)) == (6, len(span))  # "allen" in a German text


def test_a_title_before_a_cued_name_does_not_make_it_an_organisation() -> None:
    text = "Iran's Supreme Leader Ayatollah Ali Khamenei spoke."
    assert _people(text, [("Supreme Leader Ayatollah Ali Khamenei", "ORG")], "en") == ["Ali Khamenei"]


def test_a_capitalised_word_before_an_english_name_belongs_to_it() -> None:
    text = "Eric Cantona and Ole Gunnar Solskjaer played. On Tuesday Kennedy spoke. Then Smith left."
    spans = [("Eric Cantona", "PER"), ("Gunnar Solskjaer", "PER"), ("Kennedy", "PER"), ("Smith", "PER")]
    assert _people(text, spans, "en") == ["Eric Cantona", "Ole Gunnar Solskjaer", "Kennedy", "Smith"]
    # German capitalises nouns: the word before is no part of the name.
    assert _people("Der Koalitionspartner Mitterlehner kam.", [("Mitterlehner", "PER")]) == ["Mitterlehner"]


def test_an_award_is_no_person_and_neither_is_an_event() -> None:
    text = "She won an Oscar. The Oscar went to him. The Oscars were long."
    spans = [("Oscar", "PER"), ("Oscar", "PER"), ("Oscars", "MISC")]
    assert _people(text, spans, "en") == []
    assert _people("At the Consumer Electronics Show.", [("Consumer Electronics Show", "PER")], "en") == []


def test_works_are_no_people_but_a_name_after_a_sentence_is() -> None:
    text = "Her role in Vera Drake. The musical Spend Spend Spend ran. Kill Bill director Quentin Tarantino."
    spans = [
        ("Vera Drake", "PER"),
        ("Spend Spend Spend", "PER"),
        ("Kill Bill", "PER"),
        ("Quentin Tarantino", "PER"),
    ]
    assert _people(text, spans, "en") == ["Quentin Tarantino"]
    text = "He told the BBC News website. Curt Hopkins said so."
    assert _people(text, [("BBC News", "ORG"), ("Curt Hopkins", "PER")], "en") == ["Curt Hopkins"]


def test_an_article_before_a_full_name_counts_only_when_nothing_stands_between() -> None:
    text = "He started as a Royal Marine. Rush into battle alongside a fired-up Luke Skywalker."
    assert _people(text, [("Royal Marine", "PER"), ("Luke Skywalker", "PER")], "en") == ["Luke Skywalker"]


def test_a_name_goes_on_over_a_middle_initial_and_a_particle() -> None:
    text = 'They said "sorry" for George W Bush\'s victory.'
    assert _people(text, [("George", "LOC"), ("Bush", "PER")], "en") == ["George W Bush"]
    text = "Kandidat Alexander Van der Bellen will das."
    assert _people(text, [("Alexander Van", "PER")]) == ["Alexander Van der Bellen"]


def test_outlets_firms_and_works_named_like_people_are_none() -> None:
    text = "Die Satirezeitschrift Charlie Hebdo, die Finanzkanzlei Mossack Fonseca und Filme wie Echo Park."
    spans = [("Charlie Hebdo", "PER"), ("Mossack Fonseca", "PER"), ("Echo Park", "PER")]
    assert _people(text, spans) == []


def test_companies_outlets_ships_and_things_by_what_stands_around_them() -> None:
    text = (
        "Diageo, the world's biggest spirits company, agreed. Jim Cardwell, president of Warner Home "
        "Video, spoke. It will replace cables for its Xbox consoles. Seaman told the Daily Mail: yes."
    )
    spans = [("Diageo", "PER"), ("Jim Cardwell", "PER"), ("Warner Home Video", "PER"), ("Xbox", "PER")]
    assert _people(text, spans + [("Daily Mail", "PER")], "en") == ["Jim Cardwell"]
    text = "Lorraine Kelly is taking the Nicki Chapman role."
    assert _people(text, [("Lorraine Kelly", "PER"), ("Nicki Chapman", "PER")], "en") == [
        "Lorraine Kelly",
        "Nicki Chapman",
    ]
    assert _people("Die Fregatte Canarias half.", [("Canarias", "PER")]) == []
    # A noun opening the model's span is not looked at: it is the given name Roman here.
    assert _people("Polizeisprecher Roman Hahslinger sagte das.", [("Roman Hahslinger", "PER")]) == [
        "Roman Hahslinger"
    ]


def test_a_team_takes_a_plural_verb_but_a_coordinated_person_too() -> None:
    text = "Chelsea face Barcelona. Chelsea lost. Me and Gethin are young. Gethin is good."
    spans = [("Chelsea", "PER"), ("Chelsea", "PER"), ("Gethin", "PER"), ("Gethin", "PER")]
    assert _people(text, spans, "en") == ["Gethin", "Gethin"]


def test_possessives_come_off_a_name_and_only_they() -> None:
    from generator.analysis.names import strip_possessive

    assert strip_possessive("Elton John's") == "Elton John" and strip_possessive("Obama’s") == "Obama"
    assert strip_possessive("Matt Williams'") == "Matt Williams" and strip_possessive("Ross'") == "Ross"


def test_a_club_one_plays_at_or_holds_an_office_in_is_no_person() -> None:
    text = "Honours won at Chelsea are cheap. Chelsea assistant boss Steve Clarke spoke. Chelsea lost."
    spans = [("Chelsea", "PER"), ("Chelsea", "PER"), ("Steve Clarke", "PER"), ("Chelsea", "PER")]
    assert _people(text, spans, "en") == ["Steve Clarke"]
    text = "One proposal was Bill Oddie for prime minister. It was a swipe at Brown."
    assert _people(text, [("Bill Oddie", "PER"), ("Brown", "PER")], "en") == ["Bill Oddie", "Brown"]
    text = "Rangers' boss Alex McLeish accepted referee Hugh Dallas had no option."
    spans = [("Alex McLeish", "PER"), ("Hugh Dallas", "PER")]
    assert _people(text, spans, "en") == ["Alex McLeish", "Hugh Dallas"]
    text = "Chelsea won at West Bromwich Albion. He contested the Sheffield Hallam seat in 1974."
    spans = [("West Bromwich Albion", "PER"), ("Sheffield Hallam", "PER")]
    assert _people(text, spans, "en") == []  # a club's last word, a constituency


def test_teams_in_a_results_line_and_places_after_a_place_noun_are_no_people() -> None:
    text = "Milwaukee Bucks – Denver Nuggets 92:74. Im Flüchtlingslager Idomeni warten viele."
    spans = [("Milwaukee Bucks", "PER"), ("Denver Nuggets", "PER"), ("Idomeni", "PER")]
    assert _people(text, spans) == []
    text = "Tore: 0:1 (12.) Beric, 1:1 Milik. Die Ortschaft Albu Kamal liegt am Fluss."
    assert _people(text, [("Beric", "PER"), ("Milik", "PER"), ("Albu Kamal", "PER")]) == ["Beric", "Milik"]
    assert _people("The building on George Street.", [("George Street", "PER")], "en") == []
    text = "In Delray Beach the Upper House met, on Yahoo Messenger, Nick Park."
    spans = [
        ("Delray Beach", "PER"),
        ("Upper House", "PER"),
        ("Yahoo Messenger", "PER"),
        ("Nick Park", "PER"),
    ]
    assert _people(text, spans, "en") == ["Nick Park"]  # a place's last word, unless a surname too


def test_a_firm_named_after_a_person_is_none_after_its_trade_but_a_maker_may_be_a_person() -> None:
    text = "Shares in housebuilder George Wimpey rose. Documentary maker Michael Cockerell filmed."
    spans = [("George Wimpey", "PER"), ("Michael Cockerell", "PER")]
    assert _people(text, spans, "en") == ["Michael Cockerell"]


def test_firms_and_venues_are_no_people() -> None:
    text = "Cisco Systems and a Sage Centre."
    spans = [("Cisco Systems", "PER"), ("Sage Centre", "PER")]
    assert _people(text, spans, "en") == []


def test_films_services_products_and_abstract_nouns_are_no_people() -> None:
    text = "David Schwimmer plays a divorced drunkard in Duane Hopwood."
    assert _people(text, [("David Schwimmer", "PER"), ("Duane Hopwood", "PER")], "en") == ["David Schwimmer"]
    text = "Dienste wie Netflix wachsen. Das Konkurrenzprodukt Oculus Rift kommt. Gladbacher Harmlosigkeit"
    spans = [("Netflix", "PER"), ("Oculus Rift", "PER"), ("Gladbacher Harmlosigkeit", "PER")]
    assert _people(text, spans) == []


def test_a_month_does_not_open_a_name_cued_by_its_apposition() -> None:
    from generator.analysis.cues import cued_names

    text = "And last November Samuel Amoah, a Belgian national, was jailed."
    assert [text[s:e] for s, e in cued_names(text)] == ["Samuel Amoah"]


def test_a_german_relative_pronoun_is_no_article_before_a_name() -> None:
    text = "Es ist der Schub, den Blair will. Das war es Merkel nicht wert. Er formte den modernen Oman."
    spans = [("Blair", "PER"), ("Merkel", "PER"), ("Oman", "PER")]
    assert _people(text, spans) == ["Blair", "Merkel"]


def test_god_is_no_person() -> None:
    assert _people("Thank God it is over.", [("God", "PER")], "en") == []


def test_a_name_with_a_year_in_parentheses_is_a_work_but_a_life_is_a_person() -> None:
    text = "Der Filmklassiker Ben Hur (1959) läuft. Heute: (Midnight Lace, USA 1960, David Miller)."
    spans = [("Ben Hur", "PER"), ("Midnight Lace", "PER"), ("David Miller", "PER")]
    assert _people(text, spans) == ["David Miller"]
    assert _people("Pablo Picasso (1881-1973) malte.", [("Pablo Picasso", "PER")]) == ["Pablo Picasso"]


def test_a_firm_by_its_units_profits_relative_pronoun_or_short_apposition() -> None:
    text = (
        "Laura Ashley, which is due to report, fell. Fiat owns the Alfa Romeo division. "
        "NM Rothschild, the investment bank, is advising. The Pop Idol format returns."
    )
    spans = [("Laura Ashley", "PER"), ("Alfa Romeo", "PER"), ("NM Rothschild", "PER"), ("Pop Idol", "PER")]
    assert _people(text, spans, "en") == []


def test_which_after_a_name_inside_a_sentence_and_a_long_apposition_leave_a_person() -> None:
    text = (
        "He wrote Ring of Fire with June Carter Cash, which was a hit. Armand Marie Leroi, a "
        "lecturer at London's Imperial College, won. Beckham's cars were stolen."
    )
    spans = [("June Carter Cash", "PER"), ("Armand Marie Leroi", "PER"), ("Beckham", "PER")]
    assert _people(text, spans, "en") == ["June Carter Cash", "Armand Marie Leroi", "Beckham"]


def test_a_name_read_as_a_person_more_often_is_a_person_everywhere_in_the_document() -> None:
    text = "Brasiliens Top-Stürmer Neymar fehlt. Damit dürfte Neymar pausieren. Neymar schweigt."
    spans = [("Neymar", "ORG"), ("Neymar", "PER"), ("Neymar", "PER")]
    assert _people(text, spans) == ["Neymar", "Neymar", "Neymar"]


def test_a_countrys_genitive_before_a_name_is_no_part_of_it() -> None:
    text = "Das betonte Brasiliens Teamkicker. Es spielt Frankreichs Kylian Mbappé. Hans Meister kam."
    spans = [("Brasiliens Teamkicker", "PER"), ("Frankreichs Kylian Mbappé", "PER"), ("Hans Meister", "PER")]
    assert _people(text, spans) == ["Kylian Mbappé", "Hans Meister"]


def test_a_context_cue_outweighs_readings_nothing_marks_but_an_article_does_not() -> None:
    text = (
        "Laura Ashley, which is due to report, fell. Laura Ashley is a husk. Laura Ashley was "
        "founded in 1955. Laura Ashley grew. It came from a Jamie McAllister free kick. "
        "McAllister scored. McAllister ran. McAllister won."
    )
    spans = [("Laura Ashley", "PER")] * 4 + [("Jamie McAllister", "PER")] + [("McAllister", "PER")] * 3
    assert _people(text, spans, "en") == ["Jamie McAllister"] + ["McAllister"] * 3
    text = "Mr Laura Ashley, which is odd, spoke. Laura Ashley left. Laura Ashley came."
    assert _people(text, [("Laura Ashley", "PER")] * 3, "en") == ["Laura Ashley"] * 3


def test_adjectives_and_english_laws_are_no_names_but_maria_bill_in_german_is() -> None:
    text = "Psychotische Killervögel greifen an. Karl Rudischer kam. Maria Bill sang."
    spans = [("Psychotische Killervögel", "PER"), ("Karl Rudischer", "PER"), ("Maria Bill", "PER")]
    assert _people(text, spans) == ["Karl Rudischer", "Maria Bill"]
    text = "A shortened Finance Bill would pass. Bill Oddie came."
    assert _people(text, [("Finance Bill", "PER"), ("Bill Oddie", "PER")], "en") == ["Bill Oddie"]


def test_a_name_ending_in_a_country_is_none_unless_a_title_or_a_surname_says_so() -> None:
    text = "Ikea Österreich gewann. Das sagte Polizeichef Badredin Haiti."
    spans = [("Ikea Österreich", "PER"), ("Badredin Haiti", "PER")]
    assert _people(text, spans) == ["Badredin Haiti"]
    text = "Nintendo Europe said so. Michael Jordan played."
    assert _people(text, [("Nintendo Europe", "PER"), ("Michael Jordan", "PER")], "en") == ["Michael Jordan"]


def test_a_title_glued_to_the_name_comes_off_but_a_capital_inside_a_name_stays() -> None:
    text = "Das ist ein Versäumnis mit BürgermeisterThomas Steiner (ÖVP). Leonardo DiCaprio kam."
    spans = [("BürgermeisterThomas Steiner", "PER"), ("Leonardo DiCaprio", "PER")]
    assert _people(text, spans) == ["Thomas Steiner", "Leonardo DiCaprio"]


def test_names_listed_after_a_thing_noun_or_a_works_cue_are_things_but_not_after_a_compound() -> None:
    text = "Ziyi Zhang, star of Crouching Tiger, Hidden Dragon, Hero and House of Flying Daggers, came."
    spans = [("Ziyi Zhang", "PER"), ("Crouching Tiger", "ORG"), ("Hidden Dragon", "PER"), ("Hero", "PER")]
    assert _people(text, spans, "en") == ["Ziyi Zhang"]
    text = (
        "The band Oasis, Noel Gallagher said, is back. Actresses Cate Blanchett and her husband Vic Reeves."
    )
    spans = [
        ("Oasis", "ORG"),
        ("Noel Gallagher", "PER"),
        ("Cate", "ORG"),
        ("Blanchett", "PER"),
        ("Vic Reeves", "PER"),
    ]
    assert _people(text, spans, "en") == ["Noel Gallagher", "Blanchett", "Vic Reeves"]
    text = (
        "Neben dem Moderatorenteam Francine Jordi und Alexander Mazza. Filme wie Echo Park und Blade Runner."
    )
    spans = [
        ("Francine Jordi", "PER"),
        ("Alexander Mazza", "PER"),
        ("Echo Park", "PER"),
        ("Blade Runner", "PER"),
    ]
    people = _people(text, spans)
    assert "Alexander Mazza" in people and "Blade Runner" not in people  # a list goes on after "Filme"


def test_an_athletes_discipline_before_the_name_is_a_title() -> None:
    text = "Sprinter Walker quits athletics. Former hurdler Colin Jackson spoke."
    spans = [("Sprinter Walker", "PER"), ("Colin Jackson", "PER")]
    assert _people(text, spans, "en") == ["Walker", "Colin Jackson"]


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Farmer Geoff Brooks", "Geoff Brooks"),  # a role noun before the name
        ("Model Anna Nicole Smith", "Anna Nicole Smith"),
        ("A Craig", "A Craig"),  # an initial is no common word
        ("Free Nelson Mandela", "Nelson Mandela"),
    ],
)
def test_an_english_common_word_before_a_name_is_no_part_of_it(span: str, name: str) -> None:
    cleaned = clean_person(span, 0, len(span), "en")
    assert cleaned is not None and span[cleaned[0] : cleaned[1]] == name


@pytest.mark.parametrize("span", ["Casino Royale", "Ask Jeeves", "Free Mojtaba"])
def test_an_english_two_word_name_opening_with_a_common_word_is_no_person(span: str) -> None:
    assert clean_person(span, 0, len(span), "en") is None


@pytest.mark.parametrize(
    ("span", "language"),
    [("Christmas", "en"), ("Comedy Christmas", "en"), ("Weihnachten", "de"), ("Dinamo Zagreb", "de")],
)
def test_a_holiday_or_a_clubs_word_makes_no_person(span: str, language: str) -> None:
    assert clean_person(span, 0, len(span), language) is None
    assert clean_person("Christmas Jones", 0, 15, "en") == (0, 15)


def test_an_english_phrase_in_a_german_text_is_no_person() -> None:
    assert clean_person("Mad Men", 0, 7, "de") is None
    assert clean_person("Ghost Games", 0, 11, "de") is None
    assert clean_person("Task Switcher", 0, 13, "de") is None
    assert clean_person("Rand Paul", 0, 9, "de") == (0, 9)
    assert clean_person("Heiko Maas", 0, 10, "de") == (0, 10)


def test_a_cue_keeps_a_name_that_opens_with_a_common_word() -> None:
    text = "the actor Ice Cube said"
    assert clean_person(text, 10, 18, "en") == (10, 18)


@pytest.mark.parametrize("span", ["Scotland Yard", "Big Brother", "Oxford East", "Speeder Bike"])
def test_an_english_two_word_name_ending_in_a_common_word_after_no_given_name_is_no_person(span: str) -> None:
    assert clean_person(span, 0, len(span), "en") is None


@pytest.mark.parametrize("text", ["Jude Law", "R Styles", "Jean-Pierre Page", "Pops presenter Fearne Cotton"])
def test_a_given_name_or_a_cue_keeps_a_name_ending_in_a_common_word(text: str) -> None:
    start = text.rindex(" ", 0, text.rindex(" ")) + 1 if text.count(" ") > 1 else 0
    assert clean_person(text, start, len(text), "en") == (start, len(text))


@pytest.mark.parametrize("text", ["the Australian Financial Review said", "The Argentine Work Ministry said"])
def test_a_nationality_before_a_name_opening_with_a_common_word_is_an_adjective(text: str) -> None:
    start = text.index(" ", 4) + 1
    end = text.rindex(" ")
    assert clean_person(text, start, end, "en") is None
    assert clean_person(text, 0, end, "en") is None
