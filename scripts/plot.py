#!/usr/bin/env python3
"""Plots of errcodes' build time and lookup time against catalog size, as hand-written SVG.

    scripts/plot.py [--build target/build-times/results.csv] [--runtime target/runtime.csv]
                    [--out docs/plots]

--build and --runtime may each be given several times: the rows of all the files are used.

Inputs (python3's standard library only, no plotting package):

- the build-time CSV that scripts/build-times.sh writes:
  catalog,entries,profile,kind,implementation,round,seconds,peak_mib
- a run-time CSV: catalog,entries,operation,implementation,ns (ns per input, one row per
  operation and implementation), which the benches append to with
  ERRCODES_RATIOS=1 ERRCODES_CSV=$PWD/target/runtime.csv cargo bench -p errcodes-bench --bench synth_100
  (and synth_1000, synth_10000).

Outputs, each written only if its CSV exists:

- OUT/build-time.svg: debug touch-rebuild and release clean build, seconds against entries,
  log-log, errcodes' generated type against the hand-written `match`;
- OUT/lookup-time.svg: from_code and FromStr by name, ns per lookup against entries, log-log,
  errcodes against each anchor.

Only the synthetic catalogs (synth_N) make the curves: they differ in size alone. Where a CSV
has several rows for one point (rounds, repeated runs), the point is their median.
"""

import argparse
import csv
import math
import statistics
import sys
from collections import defaultdict
from pathlib import Path

COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"]
FONT = "font-family='DejaVu Sans, Arial, sans-serif'"


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def synthetic(row):
    return row["catalog"].startswith("synth_")


def ticks(lo, hi):
    """Tick values for a log axis from lo to hi: each power of ten, and 2 and 5 within a decade
    or three."""
    first, last = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
    steps = (1, 2, 5) if last - first <= 3 else (1,)
    values = [m * 10**e for e in range(first, last + 1) for m in steps]
    return [v for v in values if lo * 0.999 <= v <= hi * 1.001]


def label(value):
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 1:
        return f"{value:g}"
    return f"{value:.3g}"


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def panel(x0, y0, width, height, title, x_title, y_title, series):
    """SVG of one log-log chart at (x0, y0); series: [(name, color, dashed, [(x, y)])]."""
    points = [p for _, _, _, pts in series for p in pts if p[0] > 0 and p[1] > 0]
    out = [
        f"<text x='{x0 + width / 2}' y='{y0 - 12}' text-anchor='middle' font-size='15' "
        f"font-weight='bold' {FONT}>{esc(title)}</text>"
    ]
    if not points:
        out.append(
            f"<text x='{x0 + width / 2}' y='{y0 + height / 2}' text-anchor='middle' "
            f"font-size='13' {FONT}>no data</text>"
        )
        return out
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    # A decade's margin is too much; pad each side by a quarter of a decade's log.
    x_lo, x_hi = min(xs) / 1.4, max(xs) * 1.4
    y_lo, y_hi = min(ys) / 1.6, max(ys) * 1.6
    lx_lo, lx_hi, ly_lo, ly_hi = map(math.log10, (x_lo, x_hi, y_lo, y_hi))

    def px(x):
        return x0 + (math.log10(x) - lx_lo) / (lx_hi - lx_lo) * width

    def py(y):
        return y0 + height - (math.log10(y) - ly_lo) / (ly_hi - ly_lo) * height

    out.append(
        f"<rect x='{x0}' y='{y0}' width='{width}' height='{height}' fill='white' "
        "stroke='#444'/>"
    )
    for t in ticks(x_lo, x_hi):
        x = px(t)
        out.append(f"<line x1='{x:.1f}' y1='{y0}' x2='{x:.1f}' y2='{y0 + height}' stroke='#ddd'/>")
        out.append(
            f"<text x='{x:.1f}' y='{y0 + height + 18}' text-anchor='middle' font-size='12' "
            f"{FONT}>{label(t)}</text>"
        )
    for t in ticks(y_lo, y_hi):
        y = py(t)
        out.append(f"<line x1='{x0}' y1='{y:.1f}' x2='{x0 + width}' y2='{y:.1f}' stroke='#ddd'/>")
        out.append(
            f"<text x='{x0 - 6}' y='{y + 4:.1f}' text-anchor='end' font-size='12' "
            f"{FONT}>{label(t)}</text>"
        )
    out.append(
        f"<text x='{x0 + width / 2}' y='{y0 + height + 40}' text-anchor='middle' "
        f"font-size='13' {FONT}>{esc(x_title)}</text>"
    )
    out.append(
        f"<text x='{x0 - 52}' y='{y0 + height / 2}' text-anchor='middle' font-size='13' "
        f"transform='rotate(-90 {x0 - 52} {y0 + height / 2})' {FONT}>{esc(y_title)}</text>"
    )
    for name, color, dashed, pts in series:
        pts = sorted(p for p in pts if p[0] > 0 and p[1] > 0)
        if not pts:
            continue
        dash = " stroke-dasharray='6 4'" if dashed else ""
        path = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in pts)
        out.append(f"<polyline points='{path}' fill='none' stroke='{color}' stroke-width='2'{dash}/>")
        for x, y in pts:
            out.append(f"<circle cx='{px(x):.1f}' cy='{py(y):.1f}' r='3.5' fill='{color}'/>")
    # The legend, below the axis title, in two columns, so that it hides no curve.
    names = [s for s in series if s[3]]
    for i, (name, color, dashed, _) in enumerate(names):
        x = x0 + (i % 2) * width / 2
        y = y0 + height + 64 + 18 * (i // 2)
        dash = " stroke-dasharray='6 4'" if dashed else ""
        out.append(
            f"<line x1='{x:.0f}' y1='{y - 4}' x2='{x + 24:.0f}' y2='{y - 4}' stroke='{color}' "
            f"stroke-width='2'{dash}/>"
        )
        out.append(f"<text x='{x + 30:.0f}' y='{y}' font-size='12' {FONT}>{esc(name)}</text>")
    return out


def svg(width, height, title, parts, note):
    head = [
        "<?xml version='1.0' encoding='UTF-8'?>",
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
        f"viewBox='0 0 {width} {height}'>",
        f"<rect width='{width}' height='{height}' fill='white'/>",
        f"<text x='{width / 2}' y='24' text-anchor='middle' font-size='17' font-weight='bold' "
        f"{FONT}>{esc(title)}</text>",
        f"<text x='{width / 2}' y='{height - 10}' text-anchor='middle' font-size='11' "
        f"fill='#555' {FONT}>{esc(note)}</text>",
    ]
    return "\n".join(head + parts + ["</svg>", ""])


def medians(rows, key, value):
    groups = defaultdict(list)
    for row in rows:
        groups[key(row)].append(float(row[value]))
    return {k: statistics.median(v) for k, v in groups.items()}


IMPL_NAMES = {"gen": "errcodes", "hand": "hand-written match", "derive": "num_enum + strum"}


def build_plot(rows):
    rows = [r for r in rows if synthetic(r) and r["implementation"] in ("gen", "hand")]
    med = medians(
        rows,
        lambda r: (r["profile"], r["kind"], r["implementation"], int(r["entries"])),
        "seconds",
    )
    parts = []
    for i, (profile, kind, title) in enumerate(
        [("debug", "touch", "Debug touch-rebuild"), ("release", "clean", "Release build of the crate")]
    ):
        series = []
        for j, impl in enumerate(("gen", "hand")):
            pts = [(n, s) for (p, k, im, n), s in med.items() if (p, k, im) == (profile, kind, impl)]
            series.append((IMPL_NAMES[impl], COLORS[j], impl != "gen", pts))
        parts += panel(90 + i * 480, 70, 380, 300, title, "catalog entries", "seconds (median)", series)
    return svg(
        960,
        530,
        "Build time of a crate holding a catalog: errcodes vs hand-written",
        parts,
        "scripts/build-times.sh, synthetic catalogs; the crate alone, dependencies prebuilt; log-log",
    )


def lookup_plot(rows):
    rows = [r for r in rows if synthetic(r)]
    med = medians(rows, lambda r: (r["operation"], r["implementation"], int(r["entries"])), "ns")
    impls = []
    for r in rows:
        if r["implementation"] not in impls:
            impls.append(r["implementation"])
    parts = []
    for i, op in enumerate(("from_code", "FromStr by name")):
        series = []
        for j, impl in enumerate(impls):
            pts = [(n, ns) for (o, im, n), ns in med.items() if (o, im) == (op, impl)]
            series.append((impl, COLORS[j % len(COLORS)], impl != "errcodes", pts))
        parts += panel(90 + i * 480, 70, 380, 300, op, "catalog entries", "ns per lookup (median)", series)
    return svg(
        960,
        530,
        "Lookup time against catalog size: errcodes vs its anchors",
        parts,
        "ERRCODES_RATIOS=1 ERRCODES_CSV=… cargo bench -p errcodes-bench --bench synth_N; release; log-log",
    )


def main():
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--build", action="append", help="default target/build-times/results.csv")
    args.add_argument("--runtime", action="append", help="default target/runtime.csv")
    args.add_argument("--out", default="docs/plots")
    args = args.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    wrote = 0
    for paths, name, plot in (
        (args.build or ["target/build-times/results.csv"], "build-time.svg", build_plot),
        (args.runtime or ["target/runtime.csv"], "lookup-time.svg", lookup_plot),
    ):
        missing = [p for p in paths if not Path(p).is_file()]
        if missing:
            print(f"plot: no {', '.join(missing)}, so no {name}", file=sys.stderr)
            continue
        try:
            text = plot([row for p in paths for row in read_csv(p)])
        except (KeyError, ValueError) as e:
            print(f"plot: {', '.join(paths)}: not in the expected format: {e}", file=sys.stderr)
            return 2
        (out / name).write_text(text, encoding="utf-8")
        print(f"plot: wrote {out / name}")
        wrote += 1
    return 0 if wrote else 2


if __name__ == "__main__":
    sys.exit(main())
