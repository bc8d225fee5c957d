#!/usr/bin/env python3
"""Splits a labelled set's hand-written lines (FOLDER/data_*.tsv) into FOLDER/tuning.tsv and FOLDER/held-out.tsv.

Usage: python3 src/test/resources/catalog/split.py FOLDER SEED (descriptors-v3: seed 20261207; descriptors-v6: 20261208; descriptors-v10: 20261209; descriptors-v11: 20261210; descriptors-v12: 20261211; descriptors-v14: 20261212).

Within each style, lines are shuffled once (fixed seed) and grouped by class (software, vendor:, none), then
dealt alternately: 1st to tuning, 2nd to held-out, 3rd to tuning... so both halves hold every style and class.
Only counts are printed: the held-out lines are never shown.
"""
import glob
import os
import random
import sys

HEADER = "style\tdescriptor\tdescription\tproduct\tvendor"


def kind(product):
    return "none" if product == "none" else "vendor" if product.startswith("vendor:") else "software"


def main():
    here, seed = sys.argv[1], int(sys.argv[2])
    by_style = {}
    for path in sorted(glob.glob(os.path.join(here, "data_*.tsv"))):
        with open(path, encoding="utf-8") as f:
            rows = [line.rstrip("\n") for line in f][1:]
        for row in rows:
            if row.strip():
                by_style.setdefault(row.split("\t")[0], []).append(row)
    rng = random.Random(seed)
    tuning, held_out = [], []
    print("style\ttuning\theld-out\tnone\tvendor:")
    for style in sorted(by_style):
        rows = sorted(by_style[style])
        rng.shuffle(rows)
        t0, h0 = len(tuning), len(held_out)
        for cls in ("software", "vendor", "none"):
            for i, row in enumerate(r for r in rows if kind(r.split("\t")[3]) == cls):
                (tuning if i % 2 == 0 else held_out).append(row)
        classes = [kind(r.split("\t")[3]) for r in rows]
        print(f"{style}\t{len(tuning) - t0}\t{len(held_out) - h0}\t{classes.count('none')}\t{classes.count('vendor')}")
    for name, rows in (("tuning.tsv", tuning), ("held-out.tsv", held_out)):
        with open(os.path.join(here, name), "w", encoding="utf-8") as f:
            f.write(HEADER + "\n" + "\n".join(rows) + "\n")
    print(f"all\t{len(tuning)}\t{len(held_out)}")


if __name__ == "__main__":
    main()
