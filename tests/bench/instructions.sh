#!/usr/bin/env bash
# Start-up cost in instructions (valgrind --tool=callgrind), against moreutils' `errno`, measured
# in the same sitting. Instruction counts are repeatable whatever else the machine is doing.
#
#   tests/bench/instructions.sh            # build release, measure, print the ratios
#
# Needs: valgrind, moreutils (apt-get install -y valgrind moreutils).
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/ocr-err
[ -x "$bin" ] || { echo "instructions.sh: no ocr-err binary at $bin (set CARGO_TARGET_DIR to where cargo builds)" >&2; exit 1; }

count() { # prints the instruction count of one command, its output discarded
    local out
    out=$(mktemp)
    valgrind --tool=callgrind --callgrind-out-file="$out" "$@" >/dev/null 2>"$out.log" || true
    grep -oP 'Collected : \K[0-9]+' "$out.log"
    rm -f "$out" "$out.log"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

report() { # name, reference command (as a string), then our command
    local name=$1 refcmd=$2; shift 2
    local ref ours
    ref=$(count $refcmd)
    ours=$(count "$@")
    printf '%-22s %-44s %10s   %-14s %10s   ratio %s\n' "$name" "${*#"$bin" }" "$ours" "$refcmd" "$ref" "$(ratio "$ours" "$ref")"
}

report explain "errno ENOENT" "$bin" explain AIS.0104
COLUMNS=80 report explain-80-columns "errno ENOENT" "$bin" explain AIS.0104
report explain-options "errno ENOENT" "$bin" explain --lang both AIS.0104
report explain-json "errno ENOENT" "$bin" explain --format json AIS.0104
report list "errno ENOENT" "$bin" list --format plain
report search "errno -s file" "$bin" search file
report search "errno -s file" "$bin" search 图片质量太差
report search "errno -s file" "$bin" search token expired
report search "errno -s file" "$bin" search qaulity
