#!/usr/bin/env bash
# Instructions per operation, counted by valgrind --tool=callgrind: the same for the same binary
# and inputs whatever else the machine is doing, so a stable second opinion on the run-time
# ratios, which are times.
#
#   scripts/callgrind.sh [CATALOG] [PASSES] [PATTERN]   (default alibaba_player, 200 passes)
#
# PATTERN, a grep -E pattern, keeps only the operation/implementation pairs it matches
# (e.g. 'FromStr by (name|alias)').
#
# BENCH_BIN=PATH counts that bench binary instead of building the catalog's (a copy kept from
# an earlier commit, to compare before and after a change).
#
# For every operation/implementation of the catalog's bench, it counts the instructions of the
# bench binary running only that pass PASSES times and running it 0 times, and prints
# (difference) / (PASSES x inputs) as a markdown table, with errcodes' count over the fewest
# of the anchors'.
set -euo pipefail
cd "$(dirname "$0")/.."
catalog=${1:-alibaba_player}
passes=${2:-200}
pattern=${3:-}
command -v valgrind >/dev/null || { echo "callgrind: needs valgrind (apt-get install valgrind)" >&2; exit 2; }

bin=${BENCH_BIN:-}
[[ -n $bin ]] || bin=$(cargo bench -q -p errcodes-bench --bench "$catalog" --no-run --message-format=json 2>/dev/null |
    python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["kind"] == ["bench"] and m.get("executable"):
        print(m["executable"])' | tail -n 1)
[[ -x $bin ]] || { echo "callgrind: cannot find the $catalog bench binary" >&2; exit 2; }

count() { # instructions of the binary with ERRCODES_ONLY=$1 ERRCODES_PASSES=$2
    local out
    out=$(mktemp)
    ERRCODES_ONLY=$1 ERRCODES_PASSES=$2 valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" >/dev/null 2>&1
    awk '/^summary:/ { print $2 }' "$out"
    rm -f "$out"
}

echo "| catalog | operation | implementation | instructions per input |"
echo "|---|---|---|---|"
ERRCODES_ONLY=list "$bin" | grep -E -- "${pattern:-.}" | while IFS=$'\t' read -r only inputs; do
    base=$(count "$only" 0)
    full=$(count "$only" "$passes")
    per=$(python3 -c "print(f'{($full - $base) / ($passes * $inputs):.1f}')")
    echo "| $catalog | ${only%%/*} | ${only#*/} | $per |"
done
