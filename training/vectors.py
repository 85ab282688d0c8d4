"""Small floret (subword-hashed) vectors for German, trained on training/work/raw-de.txt.

    python -m training.pretrain corpus        # raw text first
    python -m training.vectors                # floret -> spacy init vectors (mode floret)

floret stores only ``bucket`` x ``dim`` float32 rows (50,000 x 50 = 10 MB); every word, seen or
not, gets a vector from the hashed character n-grams (``minn``..``maxn``) and the word itself.
Output: training/work/vectors-de.floret and the spaCy vectors pipeline training/work/vectors-de
(pass it to training as ``--initialize.vectors training/work/vectors-de``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from training import SINGLE_THREAD, WORK


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--input", type=Path, default=WORK / "raw-de.txt")
    parser.add_argument("--name", default="vectors-de")
    parser.add_argument("--lang", default="de", help="language of the spaCy vectors pipeline")
    parser.add_argument("--model", default="cbow", choices=["cbow", "skipgram"])
    parser.add_argument("--dim", type=int, default=50)
    parser.add_argument("--bucket", type=int, default=50000)
    parser.add_argument("--minn", type=int, default=4)
    parser.add_argument("--maxn", type=int, default=5)
    parser.add_argument("--hash-count", type=int, default=2)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--epoch", type=int, default=15)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()

    import floret

    start = time.perf_counter()
    model = floret.train_unsupervised(
        str(args.input),
        model=args.model,
        mode="floret",
        dim=args.dim,
        bucket=args.bucket,
        minn=args.minn,
        maxn=args.maxn,
        hashCount=args.hash_count,
        minCount=args.min_count,
        epoch=args.epoch,
        thread=args.threads,
    )
    trained = time.perf_counter() - start
    floret_file = WORK / f"{args.name}.floret"
    model.save_floret_vectors(str(floret_file))
    for word in ("Merkel", "Schröder", "Frankfurt", "Siemens", "Odobaldus"):
        print(word, [w for _, w in model.get_nearest_neighbors(word, k=5)])

    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "init",
            "vectors",
            args.lang,
            str(floret_file),
            str(WORK / args.name),
            "--mode",
            "floret",
        ],
        check=True,
        env={**os.environ, **SINGLE_THREAD},
    )
    info = {
        **vars(args),
        "input": str(args.input),
        "train_seconds": round(trained),
        "init_seconds": round(time.perf_counter() - start),
        "words": len(model.words),
    }
    (WORK / f"{args.name}.json").write_text(json.dumps(info, indent=2))
    print(json.dumps(info, indent=2))


if __name__ == "__main__":
    main()
