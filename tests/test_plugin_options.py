"""The plugin's options in mkdocs.yml: MkDocs checks each one, and the valid ones become Settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError

from generator.config import Settings
from generator.plugin import BriefingPlugin
from generator.sources.limits import MB, Limits


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for folder in ("docs", "seeds", "texts"):
        (tmp_path / folder).mkdir()
    return tmp_path


@pytest.mark.parametrize(
    "options, message",
    [
        ({"sources": 3}, "Expected type: <class 'str'>"),
        ({"language": "fr"}, "Expected one of: ['de', 'en'] but received: 'fr'"),
        ({"default_language": "fr"}, "Expected one of: ['de', 'en'] (languages with a model)"),
        ({"models": {"es": "es_core_news_sm"}, "default_language": "fr"}, "['de', 'en', 'es']"),
        ({"models": ["fr_core_news_sm"]}, "Expected a dict of items"),
        ({"models": {False: "nb_core_news_sm"}}, "for keys"),  # YAML's `no:`, not Norwegian
        ({"models": {"French": "fr_core_news_sm"}}, "a language code such as 'fr' but received: 'French'"),
        ({"models": {"fr": 3}}, "Expected type: <class 'str'>"),
        ({"models": {"fr": "builtin:fr"}}, "Expected one of ['builtin:de', 'builtin:en'] or a spaCy"),
        ({"cache": "no"}, "Expected type: <class 'bool'>"),
        ({"overrides": ["entities.yml"]}, "Expected type: <class 'str'>"),
        ({"max_file_mb": 0}, "Expected an integer of at least 1 but received: 0"),
        ({"max_file_mb": True}, "Expected an integer of at least 1 but received: True"),
        ({"max_document_chars": 0}, "at least 1 but received: 0"),
        ({"max_paragraph_chars": "20000"}, "at least 1 but received: '20000'"),
        ({"jobs": -1}, "Expected an integer of at least 0 but received: -1"),
        ({"dask": 8786}, "Expected type: <class 'str'>"),
    ],
)
def test_a_wrong_value_is_an_error_of_its_option(
    project: Path, options: dict[str, object], message: str
) -> None:
    failed, _ = BriefingPlugin().load_config(options, str(project / "mkdocs.yml"))
    errors = {key: str(error) for key, error in failed}
    option = list(options)[-1]  # the wrong one
    assert list(errors) == [option] and message in errors[option], errors


def test_mkdocs_build_stops_naming_the_option(project: Path, caplog: pytest.LogCaptureFixture) -> None:
    config_file = project / "mkdocs.yml"
    config_file.write_text("site_name: x\nplugins:\n  - briefing:\n      language: fr\n", encoding="utf-8")
    with pytest.raises(Abort, match="configuration error"):
        load_config(str(config_file))
    assert (
        "Config value 'plugins': Plugin 'briefing' option 'language': "
        "Expected one of: ['de', 'en'] but received: 'fr'"
    ) in caplog.text


def _settings(project: Path, options: str) -> Settings:
    config_file = project / "mkdocs.yml"
    config_file.write_text(f"site_name: x\nplugins:\n  - briefing:{options}\n", encoding="utf-8")
    config = load_config(str(config_file))
    plugin = config.plugins["briefing"]
    assert isinstance(plugin, BriefingPlugin)
    return plugin.settings_of(config)


def test_the_defaults_are_the_settings_defaults_in_the_project(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project / "texts")  # paths are relative to mkdocs.yml, not to where one is
    assert _settings(project, " {}") == Settings(
        sources=project / "seeds",
        cache_dir=project / ".cache" / "briefing",
        overrides=project / "entities.yml",  # need not exist
    )


def test_valid_values_become_the_settings(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project / "docs")
    options = """
      sources: texts
      language: en
      models: {en: en_core_web_sm, fr: fr_core_news_sm}
      default_language: fr
      cache: false
      overrides: people/corrections.yml
      max_file_mb: 3
      max_document_chars: 1000
      max_paragraph_chars: 100
      jobs: 2
      dask: local"""
    assert _settings(project, options) == Settings(
        sources=project / "texts",
        models={"de": "builtin:de", "en": "en_core_web_sm", "fr": "fr_core_news_sm"},
        default_language="fr",
        site_language="en",
        cache_dir=None,
        overrides=project / "people" / "corrections.yml",
        limits=Limits(file_bytes=3 * MB, document_chars=1000, paragraph_chars=100),
        jobs=2,
        dask="local",
    )


def test_absolute_paths_are_kept(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    settings = _settings(project, f"\n      sources: {elsewhere}\n      overrides: {elsewhere / 'e.yml'}")
    assert (settings.sources, settings.overrides) == (elsewhere, elsewhere / "e.yml")


def test_a_missing_source_folder_stops_the_build_naming_the_option(project: Path) -> None:
    config_file = project / "mkdocs.yml"
    config_file.write_text(
        "site_name: x\nplugins:\n  - briefing:\n      sources: missing\n", encoding="utf-8"
    )
    config = load_config(str(config_file))
    with pytest.raises(PluginError, match=r"source folder .*missing \(option 'sources'\) does not exist"):
        config.plugins.on_config(config)


def test_the_command_line_reads_another_folder_when_the_configured_one_is_missing(project: Path) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    (project / "mkdocs.yml").write_text("site_name: x\nplugins:\n  - briefing:\n      sources: missing\n")
    (project / "texts" / "a.txt").write_text("Titel\n\nAnna Gruber sprach in Wien.\n", encoding="utf-8")
    out = project / "md"
    result = CliRunner().invoke(
        main, ["generate", str(project / "texts"), "--out", str(out), "-f", str(project / "mkdocs.yml")]
    )
    assert result.exit_code == 0, result.output
    assert (out / "briefings" / "a.md").is_file()
