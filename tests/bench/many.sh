#!/usr/bin/env bash
# parse over a folder of rotated logs, in one sitting: parse --summary DIR with the default
# threads, with -j1 and with -j2, against rg -o … DIR | sort | uniq -c (ripgrep counts only
# one-line JSON error codes). Checks the counts against the generator's ground truth and reports
# the best wall time, the CPU time and the peak memory of each run.
#
#   tests/bench/many.sh [FILES=8] [SIZE_MIB=32] [RUNS=5]
#
# Needs: python3, ripgrep, GNU time (apt-get install -y ripgrep time).
set -euo pipefail
cd "$(dirname "$0")/../.."
files=${1:-8}
size=${2:-32}
runs=${3:-5}
dir=${TMPDIR:-/tmp}/ocr-err-bench-many-${files}x${size}
truth=$dir.truth
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/ocr-err
[ -x "$bin" ] || { echo "many.sh: no ocr-err binary at $bin (set CARGO_TARGET_DIR to where cargo builds)" >&2; exit 1; }
if [ ! -d "$dir" ]; then
    mkdir -p "$dir" "$truth"
    for i in $(seq 0 $((files - 1))); do
        # A different seed per file: rotated logs are alike, not the same.
        python3 tests/bench/gen_log.py "$dir/app.log.$i" "$size" "$((i + 1))" >/dev/null
        mv "$dir/app.log.$i.truth.json" "$truth/"
    done
fi

best() { # best wall time, its user+system time, in seconds, of RUNS runs of a shell command
    local best=999999 cpu=0 t
    for _ in $(seq "$runs"); do
        t=$( { /usr/bin/time -f '%e %U %S' bash -c "$1" >/dev/null || true; } 2>&1 | tail -1 )
        read -r wall user sys <<<"$t"
        if awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$wall
            cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
        fi
    done
    echo "$best $cpu"
}
peak() { { /usr/bin/time -f %M bash -c "$1" >/dev/null || true; } 2>&1 | tail -1; }

summary="'$bin' parse --summary --format json"
rg_pattern="'\"error_code\": ?\"[A-Za-z]+\\.[0-9]+\"'"
read -r t_default c_default <<<"$(best "$summary '$dir'")"
read -r t_j1 c_j1 <<<"$(best "$summary -j1 '$dir'")"
read -r t_j2 c_j2 <<<"$(best "$summary -j2 '$dir'")"
read -r t_rg c_rg <<<"$(best "rg -oNI --no-filename $rg_pattern '$dir' | sort | uniq -c")"
p_default=$(peak "$summary '$dir'")
p_j2=$(peak "$summary -j2 '$dir'")

for j in "" "-j1" "-j2"; do
    bash -c "$summary $j '$dir'" > "$dir.out.json" || true
    python3 - "$truth" "$dir.out.json" "${j:-default}" <<'PY'
import json, os, sys
want, errors = {}, 0
for name in os.listdir(sys.argv[1]):
    t = json.load(open(os.path.join(sys.argv[1], name)))
    errors += t["errors"]
    for k, v in t["codes"].items():
        want[k] = want.get(k, 0) + v
out = json.load(open(sys.argv[2]))
got = {}
for c in out["codes"]:
    got[c["code"]] = got.get(c["code"], 0) + c["count"]
ok = got == want and out["total"] == errors
print("counts (%s): %d errors expected, %d found, %s" % (sys.argv[3], errors, out["total"], "exact" if ok else "MISMATCH"))
sys.exit(0 if ok else 1)
PY
done

bytes=$(cat "$dir"/app.log.* | wc -c)
awk -v b="$bytes" -v n="$files" -v cores="$(nproc)" \
    -v td="$t_default" -v cd="$c_default" -v t1="$t_j1" -v c1="$c_j1" -v t2="$t_j2" -v c2="$c_j2" \
    -v tr="$t_rg" -v cr="$c_rg" -v pd="$p_default" -v p2="$p_j2" 'BEGIN {
    printf "input: %d files, %.0f MiB in all, %d cores; best of the runs\n", n, b / 1048576, cores
    printf "%-40s %6.2f s wall %6.2f s cpu %6.0f MB/s %6.1f MiB\n", "parse --summary DIR (default -j)", td, cd, b / 1e6 / td, pd / 1024
    printf "%-40s %6.2f s wall %6.2f s cpu %6.0f MB/s\n", "parse --summary -j1 DIR", t1, c1, b / 1e6 / t1
    printf "%-40s %6.2f s wall %6.2f s cpu %6.0f MB/s %6.1f MiB\n", "parse --summary -j2 DIR", t2, c2, b / 1e6 / t2, p2 / 1024
    printf "%-40s %6.2f s wall %6.2f s cpu %6.0f MB/s\n", "rg -o ... DIR | sort | uniq -c", tr, cr, b / 1e6 / tr
    printf "ratios: -j1 / default %.2f; -j2 / -j1 %.2f; default / rg pipeline %.2f (target < 1.0)\n", t1 / td, t2 / t1, td / tr
}'
