#!/usr/bin/env python3
"""The median of several runs of the ratio tables, as one table.

    scripts/median-ratios.py DIR [CATALOG ...]

DIR holds the markdown tables that `ERRCODES_RATIOS=1 cargo bench -p errcodes-bench --bench
CATALOG` prints, one file per run and catalog, named RUN-CATALOG.md (any RUN). For every
catalog (all of DIR's, in the order given, else sorted) and operation, it prints one row whose
times and ratios are each the median of that column over the runs: a sub-nanosecond ratio moves
by 10-30% from one run to the next on a shared machine, and the median of five runs moves less.
The best anchor is the one whose median ratio is highest (the one errcodes compares worst
with), and its time the median over the runs that named it best."""

import collections
import pathlib
import re
import statistics
import sys


def rows(path):
    """(catalog, operation) -> dict of the columns, from one printed table."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 7 or cells[0] in ("catalog", "---"):
            continue
        catalog, op, ns, best, anchor_ns, ratio, others = cells
        other = {}
        for part in filter(None, (p.strip() for p in others.split(","))):
            m = re.fullmatch(r"(.+) ([0-9.]+)×", part)
            if m:
                other[m.group(1)] = float(m.group(2))
        ratios = {best: float(ratio.strip("*×")), **other}
        out[(catalog, op)] = {"ns": float(ns), "ratios": ratios, "best_ns": {best: float(anchor_ns)}}
    return out


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = pathlib.Path(sys.argv[1])
    files = sorted(folder.glob("*-*.md"))
    if not files:
        sys.exit(f"median-ratios: no RUN-CATALOG.md files in {folder}")
    runs = collections.defaultdict(list)  # (catalog, op) -> [row of each run]
    order = []
    for path in files:
        for key, row in rows(path).items():
            if key not in runs:
                order.append(key)
            runs[key].append(row)
    catalogs = sys.argv[2:] or sorted({c for c, _ in order})
    counts = {len(v) for v in runs.values()}
    n = max(counts)
    print(f"| catalog | operation | errcodes ns | best anchor | anchor ns | ratio (median of {n} runs) | other anchors (ratio) |")
    print("|---|---|---|---|---|---|---|")
    for catalog in catalogs:
        for key in (k for k in order if k[0] == catalog):
            got = runs[key]
            ns = statistics.median(r["ns"] for r in got)
            # Each anchor's ratio in each run, whether it was that run's best or another.
            names = list(dict.fromkeys(name for r in got for name in r["ratios"]))
            ratio = {
                name: statistics.median(r["ratios"][name] for r in got if name in r["ratios"])
                for name in names
            }
            # The best anchor: the one the generated type compares worst with, over the runs.
            best = max(names, key=lambda name: ratio[name])
            best_ns = [r["best_ns"][best] for r in got if best in r["best_ns"]]
            anchor_ns = statistics.median(best_ns) if best_ns else ns / ratio[best]
            others = ", ".join(f"{name} {ratio[name]:.2f}×" for name in names if name != best)
            print(
                f"| {catalog} | {key[1]} | {ns:.2f} | {best} | {anchor_ns:.2f} | "
                f"**{ratio[best]:.2f}×** | {others} |"
            )

if __name__ == "__main__":
    main()
