from generator.analysis.quotes import find_quotes, has_speech_cue, speaker_index


def test_german_and_english_quote_marks() -> None:
    for sentence in (
        "Er sagte: „Wir bleiben hier und kämpfen.“",
        'He said "we will stay and fight".',
        "Sie sagte «wir bleiben ganz sicher hier».",
    ):
        (quote,) = find_quotes(sentence)
        assert quote.text.lower().startswith("wir") or quote.text.startswith("we")


def test_scare_quotes_are_not_quotes() -> None:
    assert find_quotes('Der sogenannte "Deal" platzte.') == []


def test_speaker_is_the_nearest_name_before_the_quote() -> None:
    sentence = 'Putin traf Yoon, der das Abkommen als "eine klare Bedrohung für alle" bezeichnete.'
    (quote,) = find_quotes(sentence)
    assert has_speech_cue(sentence, quote)
    spans = [(0, 5), (11, 15)]
    assert speaker_index(quote, spans) == 1


def test_quote_without_cue_is_not_attributed() -> None:
    sentence = 'Putin und der "Krieg der Welten" im Kino.'
    (quote,) = find_quotes(sentence)
    assert not has_speech_cue(sentence, quote)
