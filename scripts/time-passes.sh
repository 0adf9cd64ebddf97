#!/usr/bin/env bash
# rustc's own account (`-Ztime-passes`) of a debug touch-rebuild of the 10,000-entry crate, with
# errcodes at each of the given commits: `expand_crate` (the macro, then rustc's parse of what
# it returns) and `total`, one line per rebuild.
#
#   scripts/time-passes.sh [--rounds 3] COMMIT...
#
# Needs the crates of `scripts/build-times.sh` (run it once, or `scripts/build-times.sh --once`).
# Each commit is checked out in a worktree under target/time-passes/, and a copy of the `gen`
# crate is pointed at it. The first rebuild after the switch is not counted: its incremental
# cache is from another compiler flag set; the `--rounds` after it reuse it, as a plain
# `touch src/main.rs && cargo build` does. `RUSTC_BOOTSTRAP=1` lets stable rustc take `-Z`.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=3
commits=()
while (($#)); do
    case $1 in
        --rounds) rounds=${2:?--rounds needs a number}; shift ;;
        -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
        *) commits+=("$1") ;;
    esac
    shift
done
((${#commits[@]} >= 1)) || { echo "time-passes: give one commit or more" >&2; exit 2; }
gen=target/build-times/crates/synth_10000/gen
[[ -d $gen ]] || { echo "time-passes: run scripts/build-times.sh first (no $gen)" >&2; exit 2; }
work=$PWD/target/time-passes
crate=$work/crate
mkdir -p "$work"
rm -rf "$crate" && cp -r "$gen" "$crate" && rm -rf "$crate/target"
echo "| commit | round | expand_crate s | total s |"
echo "|---|---|---|---|"
for commit in "${commits[@]}"; do
    tree=$work/tree-$commit
    [[ -d $tree ]] || git worktree add -q --detach "$tree" "$commit"
    sed -i "s#^errcodes = { path = \".*\" }#errcodes = { path = \"$tree\" }#" "$crate/Cargo.toml"
    (cd "$crate" && cargo build -q && touch src/main.rs && RUSTC_BOOTSTRAP=1 cargo rustc -q -- -Ztime-passes >/dev/null 2>&1)
    for ((r = 1; r <= rounds; r++)); do
        touch "$crate/src/main.rs"
        (cd "$crate" && RUSTC_BOOTSTRAP=1 cargo rustc -q -- -Ztime-passes 2>&1) |
            awk -v c="$commit" -v r="$r" '$NF == "expand_crate" { e = $2 } $NF == "total" { t = $2 } END { gsub(";", "", e); gsub(";", "", t); print "| " c " | " r " | " e " | " t " |" }'
    done
done
