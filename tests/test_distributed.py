"""Analysis on a Dask cluster (generator/distributed.py): the same knowledge as on this machine,
and the analyses land in the local cache."""

from pathlib import Path

import pytest

from generator.config import Settings
from generator.distributed import DaskError
from generator.export import export
from generator.pipeline import run

from .conftest import write
from .test_pipeline import TEXTS

pytest.importorskip("distributed")


def test_a_local_dask_cluster_gives_the_same_knowledge_and_fills_the_cache(tmp_path: Path) -> None:
    for i in range(4):
        write(tmp_path / "src", f"d{i:02d}.txt", f"Titel {i}\n\n{TEXTS[i % 3]} Absatz {i}.")
    write(tmp_path / "src", "broken.pdf", b"%PDF-1.4 not really")
    here = run(Settings(sources=tmp_path / "src", cache_dir=None, progress=False, jobs=1))
    settings = Settings(sources=tmp_path / "src", cache_dir=tmp_path / "cache", progress=False, dask="local")
    there = run(settings)
    assert export(there.knowledge) == export(here.knowledge)
    assert [(o.source, o.status) for o in there.outcomes] == [(o.source, o.status) for o in here.outcomes]
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 4


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("generator.distributed.CONNECT_TIMEOUT_S", 2)
    write(tmp_path / "src", "d.txt", f"Titel\n\n{TEXTS[0]}")
    settings = Settings(sources=tmp_path / "src", cache_dir=None, progress=False, dask="tcp://127.0.0.1:9")
    with pytest.raises(DaskError, match="no Dask scheduler at tcp://127.0.0.1:9"):
        run(settings)
