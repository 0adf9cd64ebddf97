#!/usr/bin/env bash
# Build time and peak memory of a crate holding error_catalog!, against the same catalog written
# by hand (and, for alibaba_player, with num_enum + strum + thiserror derives).
#
#   scripts/build-times.sh [--sizes 100,1000,10000] [--rounds 5] [--catalogs alibaba_player]
#                          [--no-full]
#   scripts/build-times.sh --once [--once-entries 10000]
#
# For each catalog it writes scratch crates under target/build-times/crates/<catalog>/:
#   gen     errcodes by path and `error_catalog! { pub enum E from "catalogs/<catalog>.toml"; }`
#   hand    the `hand` module that `cargo run -p errcodes-bench --bin anchors` writes
#   derive  (alibaba_player only) the `derive` module: num_enum + strum, and thiserror
# each with the same `main`, which calls every operation (from_code, code, name, message,
# message_in, group, http_status, is_retryable, FromStr, from_hex, Display) and checks a few
# results. The crates share one target dir, target/build-times/target, whose dependencies are
# built once beforehand, so that a clean build is the crate alone.
#
# For debug and release, it measures a clean build (`cargo clean -p` then `cargo build`) and a
# touch-rebuild (`touch src/main.rs` then `cargo build`), wall time and peak memory, with
# /usr/bin/time on the cargo process: on Linux the peak it reports is the largest of cargo and
# every child cargo waited for, so it is rustc's. The implementations are interleaved,
# A B A B … for --rounds rounds, and the table gives medians and the median of the per-round
# ratios errcodes / anchor. Unless --no-full, it also times one full clean build, dependencies
# included, of the alibaba_player gen crate against its derive crate, each in a throwaway
# target dir.
#
# Output: a markdown table on stdout (progress on stderr), the raw figures in
# target/build-times/results.csv (catalog,entries,profile,kind,implementation,round,seconds,
# peak_mib), for scripts/plot.py.
#
# --once: CI's scale check. A single release build of the gen crate of a synthetic catalog of
# --once-entries entries (10,000 by default), then its binary is run; exits non-zero if either
# fails.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/target/build-times"
sizes="100,1000,10000"
catalogs="alibaba_player"
rounds=5
once=false
once_entries=10000
full=true

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
}
while (($#)); do
    case $1 in
    --sizes) sizes=${2:?--sizes needs a list such as 100,1000}; shift ;;
    --rounds) rounds=${2:?--rounds needs a number}; shift ;;
    --catalogs) catalogs=${2?--catalogs needs a list of bundled catalogs}; shift ;;
    --no-full) full=false ;;
    --once) once=true ;;
    --once-entries) once_entries=${2:?--once-entries needs a number}; shift ;;
    -h | --help) usage ;;
    *) echo "build-times: unknown argument $1" >&2; usage ;;
    esac
    shift
done
[[ $rounds =~ ^[1-9][0-9]*$ ]] || { echo "build-times: --rounds must be a number above 0" >&2; exit 2; }
[[ $sizes =~ ^([1-9][0-9]*(,[1-9][0-9]*)*)?$ ]] || { echo "build-times: --sizes must be like 100,1000" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "build-times: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

export CARGO_TARGET_DIR="$out/target"
mkdir -p "$out/catalogs" "$out/crates"
log() { echo "build-times: $*" >&2; }

# Writes $2 to the file $1 unless it already holds exactly that (so mtimes move only on change).
put() {
    mkdir -p "$(dirname "$1")"
    if [[ ! -f $1 ]] || [[ "$(cat "$1")" != "$2" ]]; then printf '%s\n' "$2" >"$1"; fi
}

# The catalog file of $1 (a bundled name, or synth_N), in $out/catalogs; prints its entry count.
catalog_file() {
    local id=$1 file="$out/catalogs/$1.toml"
    if [[ $id == synth_* ]]; then
        [[ -f $file ]] || cargo run -q -p errcodes-bench --bin synth -- "${id#synth_}" E >"$file"
    else
        [[ -f $root/catalogs/$id.toml ]] || { echo "build-times: no bundled catalog $id" >&2; exit 2; }
        cp "$root/catalogs/$id.toml" "$file"
    fi
    grep -c '^\[\[error\]\]' "$file"
}

manifest() { # name, dependencies
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n# Not in the errcodes workspace.\n[workspace]\n\n[dependencies]\n%s' "$1" "$2"
}
errcodes_deps="errcodes = { path = \"$root\" }"
derive_deps='num_enum = "0.7"
strum = { version = "0.27", features = ["derive"] }
thiserror = "2"'

# The main every implementation shares: the type is `E`; $1 is the catalog file.
main_body() {
    local first_code first_name
    first_code=$(grep -m1 '^code = ' "$1" | sed 's/^code = //')
    first_name=$(grep -m1 '^name = ' "$1" | sed 's/^name = //')
    cat <<EOF
use std::fmt::Write as _;
use std::hint::black_box;

const FIRST_CODE: u32 = $first_code;
const FIRST_NAME: &str = $first_name;

fn main() {
    let mut sum = 0_u64;
    let mut text = String::new();
    let base = black_box(FIRST_CODE);
    for i in 0..256 {
        let e = E::from_code(base.wrapping_add(i));
        sum += u64::from(e.code());
        sum += e.name().map_or(0, str::len) as u64;
        sum += e.message().len() as u64;
        sum += e.message_in(black_box("zh-CN")).map_or(0, str::len) as u64;
        sum += e.group().map_or(0, str::len) as u64;
        sum += u64::from(e.http_status().unwrap_or(0));
        sum += u64::from(e.is_retryable());
        text.clear();
        write!(text, "{e}").unwrap();
        sum += text.len() as u64;
    }
    let first = E::from_code(black_box(FIRST_CODE));
    assert_eq!(first.name(), Some(FIRST_NAME));
    assert_eq!(black_box(FIRST_NAME).parse::<E>().ok(), Some(first));
    let hex = format!("{FIRST_CODE:#010X}");
    assert_eq!(E::from_hex(&hex).ok(), Some(first));
    assert_eq!(hex.parse::<E>().ok(), Some(first));
    assert!(!first.to_string().is_empty());
    println!("ok {sum}");
}
EOF
}

# Writes the crates of catalog $1 (its file is $out/catalogs/$1.toml); prints the kinds written.
make_crates() {
    local id=$1 file="$out/catalogs/$1.toml" dir="$out/crates/$1" body
    body=$(main_body "$file")
    put "$dir/gen/Cargo.toml" "$(manifest "gen_$id" "$errcodes_deps")"
    put "$dir/gen/catalogs/$id.toml" "$(cat "$file")"
    put "$dir/gen/src/main.rs" "//! The generated type of $id, every operation called.
#[allow(unused_imports)]
use errcodes::{ErrorCode as _, NumericErrorCode as _};

errcodes::error_catalog! {
    /// The generated type.
    pub enum E from \"catalogs/$id.toml\";
}

$body"
    put "$dir/hand/Cargo.toml" "$(manifest "hand_$id" "")"
    put "$dir/hand/src/anchors.rs" "$(cargo run -q -p errcodes-bench --bin anchors -- --only hand "$file")"
    put "$dir/hand/src/main.rs" "//! The hand-written anchor of $id, every operation called.
#[allow(dead_code, clippy::all)]
mod anchors;
use anchors::hand::Hand as E;

$body"
    echo gen hand
    if [[ $id == alibaba_player ]]; then
        put "$dir/derive/Cargo.toml" "$(manifest "derive_$id" "$derive_deps")"
        put "$dir/derive/src/anchors.rs" "$(cargo run -q -p errcodes-bench --bin anchors -- --only derive "$file")"
        # The derives give no messages, groups or hex: the closest the main can do.
        put "$dir/derive/src/main.rs" "//! The num_enum + strum anchor of $id, wrapped in a thiserror error.
#[allow(dead_code, clippy::all)]
mod anchors;
use anchors::derive::Derived as E;
use std::hint::black_box;

$(grep -m1 '^const FIRST_CODE' <<<"$body")
$(grep -m1 '^const FIRST_NAME' <<<"$body")

/// What an SDK would return.
#[derive(Debug, thiserror::Error)]
#[error(\"error {0:?}\")]
pub struct Failure(E);

fn main() {
    let mut sum = 0_u64;
    let base = black_box(FIRST_CODE);
    for i in 0..256 {
        let e = E::from(base.wrapping_add(i));
        sum += u64::from(u32::from(e));
        let name: &'static str = e.into();
        sum += name.len() as u64;
        sum += Failure(e).to_string().len() as u64;
    }
    let first = E::from(black_box(FIRST_CODE));
    assert_eq!(black_box(FIRST_NAME).parse::<E>().ok(), Some(first));
    println!(\"ok {sum}\");
}"
        echo derive
    fi
}

# Builds the dependencies of every kind of crate in $CARGO_TARGET_DIR, once per profile, through
# crates that have the same dependencies and nothing else.
prime() {
    local profile=$1 flags=()
    [[ $profile == release ]] && flags=(--release)
    put "$out/crates/deps/gen/Cargo.toml" "$(manifest deps_gen "$errcodes_deps")"
    put "$out/crates/deps/gen/src/main.rs" "fn main() {}"
    put "$out/crates/deps/derive/Cargo.toml" "$(manifest deps_derive "$derive_deps")"
    put "$out/crates/deps/derive/src/main.rs" "fn main() {}"
    for kind in gen derive; do
        [[ -f $out/crates/deps/$kind/Cargo.lock ]] || cp "$root/Cargo.lock" "$out/crates/deps/$kind/"
        cargo build -q --manifest-path "$out/crates/deps/$kind/Cargo.toml" "${flags[@]}"
    done
}

# One measured build: crate dir $1, profile $2, kind $3 (clean|touch); prints "seconds peak_mib".
measure() {
    local dir=$1 profile=$2 kind=$3 flags=() pkg
    [[ $profile == release ]] && flags=(--release)
    pkg=$(sed -n 's/^name = "\(.*\)"/\1/p' "$dir/Cargo.toml" | head -1)
    [[ -f $dir/Cargo.lock ]] || cp "$root/Cargo.lock" "$dir/"
    if [[ $kind == clean ]]; then
        cargo clean -q --manifest-path "$dir/Cargo.toml" -p "$pkg" "${flags[@]}"
    else
        touch "$dir/src/main.rs"
    fi
    if ! /usr/bin/time -f '%e %M' -o "$out/time.txt" \
        cargo build -q --manifest-path "$dir/Cargo.toml" "${flags[@]}" 2>"$out/build.log"; then
        cat "$out/build.log" >&2
        echo "build-times: the build of $dir ($profile) failed" >&2
        return 1
    fi
    awk 'END { printf "%.2f %.0f\n", $1, $2 / 1024 }' "$out/time.txt"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

run_binary() { # crate dir, profile
    local exe
    exe="$CARGO_TARGET_DIR/$([[ $2 == release ]] && echo release || echo debug)/$(sed -n 's/^name = "\(.*\)"/\1/p' "$1/Cargo.toml" | head -1)"
    "$exe" >/dev/null || { echo "build-times: $exe failed" >&2; return 1; }
}

if $once; then
    id="synth_$once_entries"
    catalog_file "$id" >/dev/null
    make_crates "$id" >/dev/null
    log "building the dependencies (release)"
    prime release
    log "release build of the gen crate of $id"
    read -r secs mib < <(measure "$out/crates/$id/gen" release clean)
    run_binary "$out/crates/$id/gen" release
    echo "$id: release build of the gen crate ${secs} s, peak ${mib} MiB; its binary ran"
    exit 0
fi

ids=()
for c in ${catalogs//,/ }; do ids+=("$c"); done
for n in ${sizes//,/ }; do ids+=("synth_$n"); done
csv="$out/results.csv"
echo "catalog,entries,profile,kind,implementation,round,seconds,peak_mib" >"$csv"
table="| catalog | entries | profile | kind | errcodes median s | anchor | anchor median s | ratio (median of per-round) | errcodes peak MiB | anchor peak MiB |
|---|---|---|---|---|---|---|---|---|---|"
started=$SECONDS
for profile in debug release; do
    log "building the dependencies ($profile)"
    prime "$profile"
done
for id in "${ids[@]}"; do
    entries=$(catalog_file "$id")
    read -r -a kinds <<<"$(make_crates "$id" | tr "\n" " ")"
    for profile in debug release; do
        for kind in clean touch; do
            declare -A secs=() mibs=()
            for ((r = 1; r <= rounds; r++)); do
                for impl in "${kinds[@]}"; do
                    log "$id ($entries entries) $profile $kind: $impl, round $r of $rounds"
                    read -r s m < <(measure "$out/crates/$id/$impl" "$profile" "$kind")
                    [[ -n ${s:-} ]] || exit 1
                    secs[$impl]+="$s "
                    mibs[$impl]+="$m "
                    echo "$id,$entries,$profile,$kind,$impl,$r,$s,$m" >>"$csv"
                done
            done
            run_binary "$out/crates/$id/gen" "$profile"
            gen_s=$(tr ' ' '\n' <<<"${secs[gen]}" | grep . | median)
            gen_m=$(tr ' ' '\n' <<<"${mibs[gen]}" | grep . | median)
            for impl in "${kinds[@]:1}"; do
                ratio=$(paste -d' ' <(tr ' ' '\n' <<<"${secs[gen]}" | grep .) <(tr ' ' '\n' <<<"${secs[$impl]}" | grep .) |
                    awk '{ print ($2 > 0 ? $1 / $2 : "nan") }' | median)
                row=$(printf '| %s | %s | %s | %s | %s | %s | %s | **%.2f×** | %s | %s |' "$id" "$entries" "$profile" "$kind" \
                    "$gen_s" "$impl" "$(tr ' ' '\n' <<<"${secs[$impl]}" | grep . | median)" "$ratio" \
                    "$gen_m" "$(tr ' ' '\n' <<<"${mibs[$impl]}" | grep . | median)")
                table+=$'\n'"$row"
                log "$row"
            done
            unset secs mibs
        done
    done
done

if $full; then
    # One full clean build, dependencies included, each in a throwaway target dir.
    full_entries=$(catalog_file alibaba_player)
    make_crates alibaba_player >/dev/null
    full_table="| full clean build (deps included) | profile | errcodes s | errcodes peak MiB | thiserror + num_enum + strum s | peak MiB | ratio |
|---|---|---|---|---|---|---|"
    for profile in debug release; do
        declare -A fs=() fm=()
        for impl in gen derive; do
            log "full clean build of alibaba_player $impl ($profile)"
            export CARGO_TARGET_DIR="$out/full-target"
            rm -rf "$CARGO_TARGET_DIR"
            read -r fs[$impl] fm[$impl] < <(measure "$out/crates/alibaba_player/$impl" "$profile" touch)
            echo "alibaba_player,$full_entries,$profile,full,$impl,1,${fs[$impl]},${fm[$impl]}" >>"$csv"
        done
        rm -rf "$out/full-target"
        export CARGO_TARGET_DIR="$out/target"
        full_table+=$'\n'"$(printf '| alibaba_player | %s | %s | %s | %s | %s | **%.2f×** |' "$profile" "${fs[gen]}" "${fm[gen]}" \
            "${fs[derive]}" "${fm[derive]}" "$(awk -v a="${fs[gen]}" -v b="${fs[derive]}" 'BEGIN { print a / b }')")"
        unset fs fm
    done
fi

echo "$table"
if $full; then echo; echo "$full_table"; fi
echo
echo "Raw figures: $csv; $rounds rounds; the whole run took $((SECONDS - started)) s."
