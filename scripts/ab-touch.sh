#!/usr/bin/env bash
# Touch-rebuild times of two or more crates, alternating (A B A B …), for a comparison that holds
# on a noisy machine: each round touches `src/main.rs` of each crate in turn and times
# `cargo build` with GNU time. Prints one line per build (crate, seconds, peak KiB) and, at the
# end, each crate's median and the median of its per-round ratios to the first crate.
#
#   scripts/ab-touch.sh [--rounds 3] [--release] CRATE_DIR CRATE_DIR...
#
# The crates are built once before the rounds. For instance, the 10,000-entry catalog with the
# macro optimized, against the hand-written match (crates made by scripts/build-times.sh):
#
#   c=target/build-times/crates/synth_10000
#   cp -r $c/gen $c/gen-opt && printf '\n[profile.dev.build-override]\nopt-level = 3\n' >> $c/gen-opt/Cargo.toml
#   scripts/ab-touch.sh --rounds 3 $c/hand $c/gen $c/gen-opt
set -euo pipefail
rounds=3
profile=()
dirs=()
while (($#)); do
    case $1 in
        --rounds) rounds=${2:?--rounds needs a number}; shift ;;
        --release) profile=(--release) ;;
        -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
        *) dirs+=("$1") ;;
    esac
    shift
done
((${#dirs[@]} >= 2)) || { echo "ab-touch: give two crate directories or more" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "ab-touch: needs GNU time at /usr/bin/time" >&2; exit 2; }
for d in "${dirs[@]}"; do
    (cd "$d" && cargo build -q "${profile[@]}")
done
results=$(mktemp)
for ((r = 1; r <= rounds; r++)); do
    for d in "${dirs[@]}"; do
        touch "$d/src/main.rs"
        line=$( (cd "$d" && /usr/bin/time -f "%e %M" cargo build -q "${profile[@]}") 2>&1 | tail -n 1)
        echo "$d $line"
        echo "$r $d $line" >>"$results"
    done
done
python3 - "$results" "${dirs[@]}" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
dirs = sys.argv[2:]
secs = {(r, d): float(s) for r, d, s, _ in rows}
rounds = sorted({r for r, *_ in rows})
for d in dirs:
    times = [secs[(r, d)] for r in rounds]
    ratios = [secs[(r, d)] / secs[(r, dirs[0])] for r in rounds]
    print(f"{d}: median {statistics.median(times):.2f} s, ratio to {dirs[0]} {statistics.median(ratios):.2f}x")
EOF
rm -f "$results"
