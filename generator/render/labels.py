"""Words the generated pages use, in the site's language."""

LABELS: dict[str, dict[str, str]] = {
    "de": {
        "briefings": "Briefings", "people": "Personen", "organisations": "Organisationen",
        "places": "Orte", "topics": "Weitere Namen", "key_points": "Kernpunkte",
        "summary": "Zusammenfassung", "quotes": "Zitate", "related": "Verwandte Briefings",
        "text": "Text", "credits": "Bildnachweis", "source": "Quelle", "date": "Datum",
        "date_inferred": "erschlossen aus dem Text", "language": "Sprache", "aliases": "Auch genannt",
        "roles": "Rollen", "age": "Alter", "born": "geboren etwa", "party": "Partei",
        "mentions": "Erwähnungen", "together": "Gemeinsam erwähnt mit", "timeline": "Zeitleiste",
        "with": "Im Zusammenhang mit", "in_briefings": "In Briefings", "name": "Name",
        "title": "Titel", "count": "Briefings", "report": "Build-Bericht", "file": "Datei",
        "outcome": "Ergebnis", "no_date": "ohne Datum", "said": "sagte", "at": "am",
        "undated": "ohne Datum", "kicker": "Rubrik", "model": "Modell", "key_points_body":
            "aus dem Text gewählt", "key_points_teaser": "aus dem Vorspann",
    },
    "en": {
        "briefings": "Briefings", "people": "People", "organisations": "Organisations",
        "places": "Places", "topics": "Other names", "key_points": "Key points",
        "summary": "Summary", "quotes": "Quotes", "related": "Related briefings", "text": "Text",
        "credits": "Credits", "source": "Source", "date": "Date", "date_inferred": "inferred from the text",
        "language": "Language", "aliases": "Also called", "roles": "Roles", "age": "Age",
        "born": "born about", "party": "Party", "mentions": "Mentions", "together": "Mentioned with",
        "timeline": "Timeline", "with": "Mentioned together with", "in_briefings": "In briefings",
        "name": "Name", "title": "Title", "count": "Briefings", "report": "Build report",
        "file": "File", "outcome": "Outcome", "no_date": "undated", "said": "said", "at": "on",
        "undated": "undated", "kicker": "Section", "model": "Model", "key_points_body":
            "selected from the text", "key_points_teaser": "from the teaser",
    },
}
