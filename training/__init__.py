"""Training the shipped NER pipelines (see training/README.md)."""

from pathlib import Path

WORK = Path(__file__).resolve().parent / "work"  # raw text, vectors, gazetteer (git-ignored)
OUTPUT = Path(__file__).resolve().parent / "output"  # one folder per training run (git-ignored)
# Every training step runs on one core, so timings are comparable and the other core stays free.
SINGLE_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
