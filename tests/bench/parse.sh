#!/usr/bin/env bash
# parse --summary on a large mixed log, piped through cat, against a ripgrep pipeline that counts
# only one-line JSON error codes, in the same sitting; then the same log gzip-compressed, read by
# ocr-err from the file against zcat | rg | sort | uniq -c. Checks the counts against the
# generator's ground truth and reports MB/s, the ratios and the peak memory.
#
#   tests/bench/parse.sh [SIZE_MIB=512] [RUNS=3]
#
# Needs: python3, ripgrep, gzip, GNU time (apt-get install -y ripgrep time gzip).
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-512}
runs=${2:-3}
log=${TMPDIR:-/tmp}/ocr-err-bench-${size}.log
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-$PWD/target}/release/ocr-err
[ -x "$bin" ] || { echo "parse.sh: no ocr-err binary at $bin (set CARGO_TARGET_DIR to where cargo builds)" >&2; exit 1; }
[ -f "$log" ] && [ -f "$log.truth.json" ] || python3 tests/bench/gen_log.py "$log" "$size"
bytes=$(stat -c %s "$log")

best() { # best wall time in seconds of RUNS runs of a shell command
    local best=999999 t
    for _ in $(seq "$runs"); do
        t=$( { /usr/bin/time -f %e bash -c "$1" >/dev/null; } 2>&1 | tail -1 )
        best=$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b) ? a : b }')
    done
    echo "$best"
}

ours="cat '$log' | '$bin' parse --summary --format json"
reference="cat '$log' | rg -o '\"error_code\": ?\"[A-Za-z]+\\.[0-9]+\"' | sort | uniq -c"

t_ours=$(best "$ours")
t_ref=$(best "$reference")
# Peak memory of the parser itself (exit 1 is expected: the log holds codes not in the catalog).
peak_parser=$( { cat "$log" | /usr/bin/time -f %M "$bin" parse --summary --format json >/dev/null || true; } 2>&1 | tail -1 )

# Exact counts.
bash -c "$ours" > "$log.out.json" || true
python3 - "$log.truth.json" "$log.out.json" <<'PY'
import json, sys
truth = json.load(open(sys.argv[1])); out = json.load(open(sys.argv[2]))
got = {}
for c in out["codes"]:  # one row per code and HTTP status
    got[c["code"]] = got.get(c["code"], 0) + c["count"]
bad = {k: (truth["codes"].get(k), got.get(k)) for k in set(truth["codes"]) | set(got) if truth["codes"].get(k) != got.get(k)}
print("counts: %d errors expected, %d found, %s" % (truth["errors"], out["total"], "exact" if not bad and truth["errors"] == out["total"] else "MISMATCH %r" % bad))
sys.exit(1 if bad or truth["errors"] != out["total"] else 0)
PY

# The compressed row: a rotated log read as it lies.
[ -f "$log.gz" ] || gzip -k -1 "$log"
t_gz=$(best "'$bin' parse --summary --format json '$log.gz'")
t_zref=$(best "zcat '$log.gz' | rg -o '\"error_code\": ?\"[A-Za-z]+\\.[0-9]+\"' | sort | uniq -c")
"$bin" parse --summary --format json "$log.gz" > "$log.gz.out.json" || true
python3 - "$log.out.json" "$log.gz.out.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
same = a["codes"] == b["codes"] and a["total"] == b["total"]
print("gzip counts: %s" % ("the same as the text's" if same else "DIFFERENT"))
sys.exit(0 if same else 1)
PY
awk -v g="$t_gz" -v z="$t_zref" 'BEGIN {
    printf "ocr-err parse --summary FILE.gz: %.2f s; zcat | rg | sort | uniq -c: %.2f s; ratio %.2f\n", g, z, g / z
}'

awk -v b="$bytes" -v o="$t_ours" -v r="$t_ref" -v p="$peak_parser" 'BEGIN {
    printf "input: %.0f MiB\n", b / 1048576
    printf "ocr-err parse --summary: %.2f s, %.0f MB/s\n", o, b / 1e6 / o
    printf "rg | sort | uniq -c:     %.2f s, %.0f MB/s\n", r, b / 1e6 / r
    printf "time ratio (ours / reference): %.2f\n", o / r
    printf "peak memory of ocr-err: %.1f MiB\n", p / 1024
}'
