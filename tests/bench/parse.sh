#!/usr/bin/env bash
# parse on a large mixed log, in one sitting, against what a person would run instead:
#   - a file argument: parse --summary FILE against rg … FILE | sort | uniq -c (ripgrep counts only
#     one-line JSON error codes), and full parse --format jsonl FILE against the summary;
#   - piped: cat FILE | parse --summary against cat FILE | wc -l (the cost of the pipe itself);
#   - gzip-compressed: parse --summary FILE.gz against zcat | rg | sort | uniq -c.
# Checks the counts against the generator's ground truth and reports MB/s, the ratios and the
# peak memory of each ocr-err run.
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

rg_pattern="'\"error_code\": ?\"[A-Za-z]+\\.[0-9]+\"'"
summary="'$bin' parse --summary --format json"
peak() { # peak memory in KiB of a shell command (exit 1 is fine: the log holds unknown codes)
    { /usr/bin/time -f %M bash -c "$1" >/dev/null || true; } 2>&1 | tail -1
}

t_file=$(best "$summary '$log'")
t_file_rg=$(best "rg -o $rg_pattern '$log' | sort | uniq -c")
t_jsonl=$(best "'$bin' parse --format jsonl '$log'")
t_pipe=$(best "cat '$log' | $summary")
t_pipe_wc=$(best "cat '$log' | wc -l")
p_file=$(peak "$summary '$log'")
p_jsonl=$(peak "'$bin' parse --format jsonl '$log'")
p_pipe=$(peak "cat '$log' | $summary")

# Exact counts.
bash -c "$summary '$log'" > "$log.out.json" || true
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
t_gz=$(best "$summary '$log.gz'")
t_gz_ref=$(best "zcat '$log.gz' | rg -o $rg_pattern | sort | uniq -c")
p_gz=$(peak "$summary '$log.gz'")
bash -c "$summary '$log.gz'" > "$log.gz.out.json" || true
python3 - "$log.out.json" "$log.gz.out.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
same = a["codes"] == b["codes"] and a["total"] == b["total"]
print("gzip counts: %s" % ("the same as the text's" if same else "DIFFERENT"))
sys.exit(0 if same else 1)
PY

awk -v b="$bytes" \
    -v f="$t_file" -v fr="$t_file_rg" -v j="$t_jsonl" -v p="$t_pipe" -v pw="$t_pipe_wc" \
    -v g="$t_gz" -v gr="$t_gz_ref" \
    -v pf="$p_file" -v pj="$p_jsonl" -v pp="$p_pipe" -v pg="$p_gz" 'BEGIN {
    printf "input: %.0f MiB; best of the runs, seconds; peak memory of ocr-err\n", b / 1048576
    printf "%-44s %6.2f s %6.0f MB/s %6.1f MiB\n", "parse --summary FILE", f, b / 1e6 / f, pf / 1024
    printf "%-44s %6.2f s %6.0f MB/s\n", "rg -o ... FILE | sort | uniq -c", fr, b / 1e6 / fr
    printf "%-44s %6.2f s %6.0f MB/s %6.1f MiB\n", "parse --format jsonl FILE", j, b / 1e6 / j, pj / 1024
    printf "%-44s %6.2f s %6.0f MB/s %6.1f MiB\n", "cat FILE | parse --summary", p, b / 1e6 / p, pp / 1024
    printf "%-44s %6.2f s %6.0f MB/s\n", "cat FILE | wc -l", pw, b / 1e6 / pw
    printf "%-44s %6.2f s %6.0f MB/s %6.1f MiB\n", "parse --summary FILE.gz", g, b / 1e6 / g, pg / 1024
    printf "%-44s %6.2f s %6.0f MB/s\n", "zcat FILE.gz | rg -o ... | sort | uniq -c", gr, b / 1e6 / gr
    printf "ratios: file summary / rg %.2f (target <= 1.0); jsonl / summary %.2f (<= 1.5); ", f / fr, j / f
    printf "piped / cat|wc -l %.2f (<= 1.1); .gz / zcat|rg %.2f (<= 1.0)\n", p / pw, g / gr
}'
