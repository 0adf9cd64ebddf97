#!/usr/bin/env python3
"""How long rustc takes over the shapes of code a large catalog's generated type is made of.

    scripts/rustc_shapes.py [--sizes 10000,20000] [--only TEXT] [--rustc rustc] [--keep DIR]

For each shape and size, writes a Rust file holding an enum of N unit variants (and an
`Unknown` variant with a payload, as the generated types have) plus that one shape, and times
`rustc --crate-type lib --emit=metadata` on it (type and borrow checking, no code generation),
best of three. Prints a markdown table, with the ratio of the largest size's time to the
smallest's: a shape that rustc handles in linear time grows by the ratio of the sizes.
`--only TEXT` keeps the shapes whose title contains TEXT.

The shapes are those docs/BENCHMARKS.md discusses ("Where the time goes as catalogs grow"):
the `match` that gives a variant's position, written with `Self::V` or `E::V` paths, in one
`match` or in a chain of `match`es of sqrt(N) arms (before 2026-12-06) or 4 sqrt(N) arms
(since); and a constant array of every variant, for an enum whose `Unknown` payload is a plain
`u32` (rustc gives the enum a tag) or a `u32` beside a marker with one valid value (rustc
stores the other variants in the marker's niche); and, as the floor any crate pays, a plain enum
of N unit variants with nothing else.
"""

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time

TAGGED = "#[derive(Clone, Copy)] pub struct Unknown(pub u32);"
NICHE = (
    "#[derive(Clone, Copy)] #[repr(u32)] pub enum Marker { Only = 0 }\n"
    "#[derive(Clone, Copy)] pub struct Unknown(pub u32, pub Marker);"
)


def enum(n, payload, unknown_first):
    variants = [f"V{i}," for i in range(n)]
    unknown = "Unknown(Unknown),"
    body = [unknown] + variants if unknown_first else variants + [unknown]
    return payload + "\n#[derive(Clone, Copy)] pub enum E {\n" + "\n".join(body) + "\n}\n"


def plain_enum(n):
    """What anyone would write by hand: `pub enum E { V0, V1, ... }`, nothing else."""
    return "pub enum E {\n" + "\n".join(f"V{i}," for i in range(n)) + "\n}\n"


def one_match(n, prefix):
    arms = "\n".join(f"{prefix}::V{i} => {i + 1}," for i in range(n))
    return (
        "impl E { pub const fn index(self) -> usize { match self {\n"
        f"{prefix}::Unknown(_) => 0,\n{arms}\n}} }} }}\n"
    )


def chained_match(n, per_root):
    k = max(256, per_root * math.isqrt(n))
    starts = list(range(0, n, k))
    out = ["impl E { pub const fn index(self) -> usize { p0(self) } }"]
    for c, start in enumerate(starts):
        arms = " ".join(f"E::V{i} => {i + 1}," for i in range(start, min(start + k, n)))
        rest = f"p{c + 1}(e)" if c + 1 < len(starts) else "0"
        out.append(f"const fn p{c}(e: E) -> usize {{ match e {{ {arms} _ => {rest} }} }}")
    return "\n".join(out) + "\n"


def array(n):
    return "pub const ALL: &[E] = &[" + ",".join(f"E::V{i}" for i in range(n)) + "];\n"


SHAPES = [
    ("`index()`: one `match`, `Self::V` paths", lambda n: enum(n, TAGGED, False) + one_match(n, "Self")),
    ("`index()`: one `match`, `E::V` paths", lambda n: enum(n, TAGGED, False) + one_match(n, "E")),
    ("`index()`: chained `match`es of sqrt(N) arms (at least 256)", lambda n: enum(n, NICHE, True) + chained_match(n, 1)),
    ("`index()`: chained `match`es of 4 sqrt(N) arms (at least 256)", lambda n: enum(n, NICHE, True) + chained_match(n, 4)),
    ("`const ALL: &[E]`, tagged enum", lambda n: enum(n, TAGGED, False) + array(n)),
    ("`const ALL: &[E]`, variants in the niche", lambda n: enum(n, NICHE, True) + array(n)),
    ("the enum alone (niche)", lambda n: enum(n, NICHE, True)),
    ("a plain enum of unit variants (no payload, no derive)", lambda n: plain_enum(n)),
]


def best_time(rustc, path, out_dir):
    best = math.inf
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(
            [rustc, "--crate-type", "lib", "--emit=metadata", "--out-dir", out_dir, path],
            check=True,
        )
        best = min(best, time.perf_counter() - start)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,20000")
    parser.add_argument("--only", default="", help="keep the shapes whose title contains this")
    parser.add_argument("--rustc", default="rustc")
    parser.add_argument("--keep", help="write the Rust files here and keep them")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.keep or tempfile.mkdtemp(prefix="rustc-shapes-")
    os.makedirs(work, exist_ok=True)
    print("| shape | " + " | ".join(f"{n:,} variants" for n in sizes) + f" | ratio for {sizes[-1] // sizes[0]}× |")
    print("|---|" + "---|" * len(sizes) + "---|")
    for s, (title, make) in enumerate(SHAPES):
        if args.only not in title:
            continue
        times = []
        for n in sizes:
            path = os.path.join(work, f"shape{s}_{n}.rs")
            with open(path, "w") as f:
                f.write(make(n))
            times.append(best_time(args.rustc, path, work))
        cells = " | ".join(f"{t:.2f} s" for t in times)
        print(f"| {title} | {cells} | {times[-1] / times[0]:.1f}× |", flush=True)
    if not args.keep:
        for name in os.listdir(work):
            os.remove(os.path.join(work, name))
        os.rmdir(work)


if __name__ == "__main__":
    sys.exit(main())
