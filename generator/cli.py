"""The `briefing` command: build, serve, generate, export and the evaluation commands."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import engine as engines
from .config import Settings
from .engine import ENGINES, Engine
from .errors import BriefingError
from .staging import staged_folder

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

CONFIG = click.option(
    "-f",
    "--config-file",
    default="mkdocs.yml",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="MkDocs configuration.",
)
SOURCES = click.argument("source_dir", required=False, default=None, type=click.Path(file_okay=False))
JOBS = click.option(
    "-j",
    "--jobs",
    default=None,
    type=click.IntRange(min=0),
    help="Processes analysing documents (default: the configuration's, else one per core; 0: one per core).",
)
ENGINE = click.option(
    "--engine",
    default=None,
    type=click.Choice(ENGINES),
    help="The static-site engine (default: the first of these installed).",
)
DASK = click.option(
    "--dask",
    default=None,
    metavar="ADDRESS",
    help="Analyse on this Dask scheduler ('tcp://host:8786', or 'local'); needs the [dask] extra.",
)


class _Group(click.Group):
    """Turns the pipeline's known errors into one clear line and exit code 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BriefingError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=_Group)
def main() -> None:
    """Turn the documents in a folder into a searchable briefing site."""


@main.command()
@CONFIG
@click.option("--strict/--no-strict", default=True, show_default=True, help="Fail on broken links.")
@click.option("-d", "--site-dir", default=None, help="Output folder (default: site/).")
@click.option(
    "--full", is_flag=True, help="Render every page, not only those that changed since the last build."
)
@JOBS
@DASK
@ENGINE
def build(
    config_file: str,
    strict: bool,
    site_dir: str | None,
    full: bool,
    jobs: int | None,
    dask: str | None,
    engine: str | None,
) -> None:
    """Build the static site (briefing pages from the source folder included). After a build,
    the next one renders only the pages that changed."""
    runner = _engine(engine)
    options: dict[str, object] = {"strict": strict}
    if site_dir:
        options["site_dir"] = site_dir
    config = runner.load_config(config_file, **options)
    if jobs is not None and "briefing" in config.plugins:
        config.plugins["briefing"].config["jobs"] = jobs
    if dask is not None and "briefing" in config.plugins:
        config.plugins["briefing"].config["dask"] = dask
    site = Path(config.site_dir)
    with staged_folder(site) as staging:
        continued = not full and _continue_from(site, staging, config)
        config.site_dir = str(staging)
        config.plugins.on_startup(command="build", dirty=continued)
        runner.build(config, dirty=continued)
    click.echo(f"site written to {site}; report in {site / 'briefing-report.txt'}")


def _continue_from(site: Path, staging: Path, config: MkDocsConfig) -> bool:
    """Copy the last site into ``staging`` when the plugin can continue it (`resume`), so that
    only the pages that changed are rendered again."""
    import shutil

    from .plugin import BriefingPlugin

    plugin = config.plugins.get("briefing")
    if not (isinstance(plugin, BriefingPlugin) and plugin.resume(config, site)):
        return False
    shutil.copytree(site, staging, dirs_exist_ok=True, copy_function=shutil.copy2)  # keeps times
    return True


@main.command()
@CONFIG
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True)
@ENGINE
def serve(config_file: str, dev_addr: str, engine: str | None) -> None:
    """Live preview; rebuilds when a source document or page changes, rendering again only the
    pages whose Markdown changed."""
    _engine(engine).serve(config_file=config_file, dev_addr=dev_addr, build_type="dirty")


def _engine(name: str | None) -> Engine:
    """The engine chosen (else the default one), with its log shown."""
    runner = engines.load(name or engines.default())
    _show_log(runner)
    return runner


class _Echo(logging.Handler):
    """The engine's log on standard error, as `mkdocs build` shows it: errors say why a build stopped.
    (The stream is looked up per message, so it follows click's.)"""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"{record.levelname:<8}-  {record.getMessage()}", err=True)


class _KnownDirtyBuild(logging.Filter):
    """MkDocs warns that a dirty build may leave navigation stale. The generated pages are not
    in the navigation, and a change of the docs folder makes a full build (rebuild.py); the
    warning would also fail every strict build."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not message.startswith(("A 'dirty' build is being performed", "The directory contains stale"))


def _show_log(engine: Engine) -> None:
    logger = engine.logger  # ProperDocs': the parent of the `mkdocs` logger (engine.py)
    if not any(isinstance(h, _Echo) for h in logger.handlers):
        logger.addHandler(_Echo(logging.INFO))
    logger.setLevel(logging.INFO)
    build_log = logging.getLogger(f"{engine.name}.commands.build")
    if not any(isinstance(f, _KnownDirtyBuild) for f in build_log.filters):
        build_log.addFilter(_KnownDirtyBuild())


def _settings(config_file: str, source_dir: str | None, **given: object) -> Settings:
    """The plugin's settings in ``config_file`` when there is one (else the defaults), with the
    source folder and the options given on the command line instead."""
    settings = Settings()
    if Path(config_file).is_file():
        from mkdocs.config import load_config

        from .plugin import BriefingPlugin

        config = load_config(config_file)
        plugin = config.plugins.get("briefing")
        if isinstance(plugin, BriefingPlugin):
            settings = plugin.settings_of(config)
    if source_dir is not None:
        settings.sources = Path(source_dir)
    for name, value in given.items():
        if value is not None:
            setattr(settings, name, value)
    return settings


@main.command()
@CONFIG
@SOURCES
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder for the Markdown files.")
@click.option("--language", default=None, help="Language of the page labels (default: mkdocs.yml's, or de).")
@JOBS
@DASK
def generate(
    config_file: str,
    source_dir: str | None,
    out: str,
    language: str | None,
    jobs: int | None,
    dask: str | None,
) -> None:
    """Write the generated Markdown pages to a folder (settings from mkdocs.yml, if there is one)."""
    from .pipeline import generate as run_generate
    from .pipeline import report_lines

    settings = _settings(config_file, source_dir, site_language=language, jobs=jobs, dask=dask)
    pages, outcomes = run_generate(settings)
    for path, content in pages.items():
        target = Path(out) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    click.echo("\n".join(report_lines(outcomes)))
    click.echo(f"{len(pages)} pages written to {out}")


@main.command()
@CONFIG
@SOURCES
@click.option(
    "--json",
    "json_file",
    required=True,
    type=click.Path(dir_okay=False),
    help="Output file ('-' for stdout).",
)
@JOBS
@DASK
def export(
    config_file: str, source_dir: str | None, json_file: str, jobs: int | None, dask: str | None
) -> None:
    """Export documents, people and entities as JSON (settings from mkdocs.yml, if there is one)."""
    from .export import export as to_json
    from .pipeline import report_lines, run

    result = run(_settings(config_file, source_dir, jobs=jobs, dask=dask))
    text = json.dumps(to_json(result.knowledge), ensure_ascii=False, indent=2)
    if json_file == "-":
        click.echo(text)
    else:
        Path(json_file).write_text(text + "\n", encoding="utf-8")
        click.echo("\n".join(report_lines(result.outcomes)), err=True)


@main.command("eval-ner")
@click.option("--lang", required=True, type=click.Choice(["de", "en"]))
@click.option("--data", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--model", default=None, help="A spaCy pipeline name or path (default: the shipped one).")
@click.option(
    "--rules",
    is_flag=True,
    help="Score the spans as the analysis stage corrects them: name rules and document-level "
    "consistency (documents from -DOCSTART- lines or GermEval source comments).",
)
def eval_ner(lang: str, data: str, model: str | None, rules: bool) -> None:
    """Precision, recall and F1 of the NER model on a GermEval/BIOES/CoNLL file, as JSON."""
    from .evaluation.ner import run as run_eval

    click.echo(json.dumps(run_eval(lang, Path(data), model, rules), indent=2))


@main.command("eval-keypoints")
@click.option("--lang", required=True, type=click.Choice(["de", "en"]))
@click.option("--limit", default=None, type=int, help="Only the first N documents.")
@click.option(
    "--count",
    default="3",
    show_default=True,
    help="Sentences every method selects, or 'auto': as many as the briefing page shows (3-5).",
)
def eval_keypoints(lang: str, limit: int | None, count: str) -> None:
    """ROUGE of our key points against Lead-3, TextRank and LexRank, as JSON."""
    from .evaluation.keypoints import run as run_eval

    click.echo(json.dumps(run_eval(lang, limit, count=_count(count)), indent=2))


def _count(value: str) -> int | None:
    if value == "auto":
        return None
    if not value.isdigit() or int(value) < 1:
        raise click.BadParameter(f"{value!r} is neither a positive number nor 'auto'", param_hint="--count")
    return int(value)


@main.command("eval-people")
@click.option(
    "--gold",
    "golds",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Gold JSON (repeatable); default: every people-*.json in ../shared/data/gold.",
)
@click.option(
    "--sources",
    "source_dir",
    type=click.Path(exists=True, file_okay=False),
    help="The gold set's source folder; default: the gold file's path without .json.",
)
@click.option("--misses", is_flag=True, help="Also list missed and spurious people.")
@click.option(
    "--model",
    "models",
    multiple=True,
    metavar="LANG=PIPELINE",
    help="Use this spaCy pipeline (name or path) for a language, e.g. de=training/output/de-x/model-best.",
)
def eval_people(
    golds: tuple[str, ...], source_dir: str | None, misses: bool, models: tuple[str, ...]
) -> None:
    """Score people per document and cross-document clusters against gold sets, as JSON: one
    set's figures, or with several sets (the default: all of them) an object keyed by set."""
    from .evaluation.people import GOLD_DIR, gold_sets, score

    chosen = {}
    for item in models:
        lang, sep, pipeline = item.partition("=")
        if not sep or not lang or not pipeline:
            raise click.BadParameter(f"expected LANG=PIPELINE, got {item!r}", param_hint="--model")
        chosen[lang] = pipeline
    paths = [Path(g) for g in golds] or gold_sets()
    if not paths:
        raise click.UsageError(f"no --gold given and no people-*.json gold set in {GOLD_DIR}")
    if source_dir and len(paths) > 1:
        raise click.UsageError("--sources goes with a single --gold")
    results = {}
    for path in paths:
        result = score(path, Path(source_dir) if source_dir else path.with_suffix(""), models=chosen)
        lines = result.pop("misses")
        for line in lines if misses else []:
            click.echo(line, err=True)
        results[path.stem] = result
    click.echo(json.dumps(results[paths[0].stem] if len(paths) == 1 else results, indent=2))


@main.command("eval-knowledge")
@click.option("--per-source", default=300, show_default=True, help="DER STANDARD and BBC articles each.")
@click.option(
    "--corpus",
    default=".cache/eval-knowledge",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder the articles are written to (and read from, with the analysis cache).",
)
def eval_knowledge(per_source: int, corpus: str) -> None:
    """Related briefings in the same category, glued punctuation, split variant sets and wrong
    years on DER STANDARD and BBC articles from ../shared/data/news, as JSON."""
    from .evaluation.knowledge import run as run_eval

    click.echo(json.dumps(run_eval(Path(corpus), per_source), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    sys.exit(main())
