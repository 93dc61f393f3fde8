#!/usr/bin/env python3
"""Measure how `ocr-err parse` reads what the official SDKs print (tests/fixtures/oracle/*.jsonl).

Usage: python3 tests/oracle/measure.py PATH_TO_OCR_ERR [--fixtures DIR] [--examples N] [--json OUT]

Standard library only; read-only (it runs the binary, writes only --json OUT if given).
For every record it runs `PATH_TO_OCR_ERR parse -f json` with `printed` on standard input and
scores, per sdk and form:
  one_ok    exactly one finding, and its code is the expected one, or one of its "candidates"
            (for a code inferred from a message several codes share, such as Node's
            "ClientRequestException: <message>", parse gives the first in "code" and all of them in
            "candidates"):
              catalog cases: the code sent;
              transport failures: the exception class the SDK raised ("exception");
              html413 / html502 / empty500: "HTTP <status>";
              keystone401: "IAM.0001" (the catalog's code for that 401 message) or "HTTP 401".
  status    of the records whose printed text holds the sent HTTP status (as a whole number),
            how many are one_ok with the finding's http_status equal to it
  rid       of the records whose printed text holds the sent request id, how many are one_ok
            with the finding's request_id equal to it
and the same first score by group of cases (catalog table, odd bodies, transport). Then up to N
failing examples per form (N=5), of different kinds and groups where there are, with what was
printed and what parse returned.
"""
import argparse
import collections
import datetime
import hashlib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FIXTURES = os.path.normpath(os.path.join(HERE, "..", "fixtures", "oracle"))


def expected_codes(rec):
    sent = rec["sent"]
    if "failure" in sent:
        return {rec["exception"]}
    if sent.get("code"):
        return {sent["code"]}
    if rec["case"] == "keystone401":
        return {"IAM.0001", "HTTP 401"}
    return {"HTTP %d" % sent["status"]}


def run_parse(binary, text):
    # As `printf '%s' "$printed" | ocr-err parse -f json`, with none of ocr-err's variables set.
    env = {k: v for k, v in os.environ.items() if not k.startswith("OCR_ERR_")}
    p = subprocess.run([binary, "parse", "-f", "json"], input=text.encode("utf-8"),
                       capture_output=True, timeout=60, env=env)
    if p.returncode not in (0, 1):
        return None, "exit %d: %s" % (p.returncode, p.stderr.decode("utf-8", "replace").strip()[:200])
    try:
        return json.loads(p.stdout.decode("utf-8")), None
    except ValueError as e:
        return None, "unreadable JSON: %s" % e


def code_matches(finding, expected):
    """The finding's code is an expected one, or one of its candidates is."""
    if finding.get("code") in expected:
        return True
    return any(c in expected for c in (finding.get("candidates") or []))


def score(rec, findings, error):
    exp = expected_codes(rec)
    sent = rec["sent"]
    printed = rec["printed"]
    status = sent.get("status")
    rid = sent.get("request_id")
    res = {
        "one_ok": False,
        "status_present": bool(status) and re.search(r"(?<!\d)%d(?!\d)" % status, printed) is not None,
        "rid_present": bool(rid) and rid in printed,
        "status_ok": False,
        "rid_ok": False,
    }
    if error is None and len(findings) == 1 and code_matches(findings[0], exp):
        res["one_ok"] = True
        f = findings[0]
        res["status_ok"] = res["status_present"] and f.get("http_status") == status
        res["rid_ok"] = res["rid_present"] and f.get("request_id") == rid
    return res


def failure_kind(rec, findings, error, res):
    if error:
        return "error"
    if not res["one_ok"]:
        if not findings:
            return "no finding"
        if len(findings) > 1:
            return "%d findings" % len(findings)
        return "wrong code"
    if res["status_present"] and not res["status_ok"]:
        return "status lost"
    if res["rid_present"] and not res["rid_ok"]:
        return "request id lost"
    return None


def group_of(rec):
    sent = rec["sent"]
    if "failure" in sent:
        return "transport"
    return sent.get("table") or "odd body"


def brief(findings):
    return [{k: f.get(k) for k in ("code", "candidates", "http_status", "request_id", "shape", "line")
             if k != "candidates" or f.get(k)} for f in findings]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--fixtures", default=DEFAULT_FIXTURES)
    ap.add_argument("--examples", type=int, default=5)
    ap.add_argument("--json", help="write every record's result here")
    args = ap.parse_args()

    rows = collections.OrderedDict()
    failures = collections.defaultdict(list)
    kinds_seen = collections.defaultdict(collections.Counter)
    all_results = []
    for sdk in ("python", "node"):
        path = os.path.join(args.fixtures, sdk + ".jsonl")
        with open(path, encoding="utf-8") as f:
            records = [json.loads(line) for line in f if line.strip()]
        for rec in records:
            findings, error = run_parse(args.binary, rec["printed"])
            findings = findings or []
            res = score(rec, findings, error)
            key = (sdk, rec["form"])
            row = rows.setdefault(key, collections.Counter())
            row["records"] += 1
            for k, v in res.items():
                row[k] += int(v)
            kind = failure_kind(rec, findings, error, res)
            result = {"sdk": sdk, "form": rec["form"], "case": rec["case"], "group": group_of(rec),
                      "expected": sorted(expected_codes(rec)), "kind": kind,
                      "parse": brief(findings), "error": error, **res}
            all_results.append(result)
            if kind:
                row["failing"] += 1
                kinds_seen[key][kind] += 1
                failures[key].append(dict(result, printed=rec["printed"]))

    # Up to N examples a form: the first of each kind of failure, then the first of each group
    # of cases (catalog table, odd bodies, transport) not shown yet, then the next ones in order.
    examples = {}
    for key, fails in failures.items():
        chosen = []
        for pick in (lambda f: f["kind"], lambda f: (f["kind"], f["group"]), lambda f: id(f)):
            seen = {pick(f) for f in chosen}
            for f in fails:
                if len(chosen) >= args.examples:
                    break
                if f not in chosen and pick(f) not in seen:
                    chosen.append(f)
                    seen.add(pick(f))
        examples[key] = chosen

    out = sys.stdout
    st = os.stat(args.binary)
    with open(args.binary, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    out.write("binary: %s (sha256 %s, modified %s UTC)\n\n" % (
        args.binary, digest[:16],
        datetime.datetime.fromtimestamp(st.st_mtime, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")))
    out.write("| sdk | form | records | one finding, right code | status recovered / in text | "
              "request id recovered / in text | failing | failure kinds |\n")
    out.write("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n")
    for (sdk, form), row in rows.items():
        kinds = ", ".join("%s %d" % (k, n) for k, n in kinds_seen[(sdk, form)].most_common())
        out.write("| %s | %s | %d | %d | %d / %d | %d / %d | %d | %s |\n" % (
            sdk, form, row["records"], row["one_ok"], row["status_ok"], row["status_present"],
            row["rid_ok"], row["rid_present"], row["failing"], kinds))
    out.write("\n")
    groups = sorted({r["group"] for r in all_results})
    out.write("One finding with the right code, by group of cases (catalog table, odd bodies, transport):\n\n")
    out.write("| sdk | form | " + " | ".join(groups) + " |\n")
    out.write("| --- | --- | " + " | ".join("---:" for _ in groups) + " |\n")
    for (sdk, form) in rows:
        cells = []
        for g in groups:
            rs = [r for r in all_results if (r["sdk"], r["form"], r["group"]) == (sdk, form, g)]
            cells.append("%d / %d" % (sum(r["one_ok"] for r in rs), len(rs)) if rs else "-")
        out.write("| %s | %s | %s |\n" % (sdk, form, " | ".join(cells)))
    out.write("\n")
    for (sdk, form), ex in examples.items():
        if not ex:
            continue
        out.write("### %s %s: failing examples\n\n" % (sdk, form))
        for e in ex:
            out.write("- %s, %s, expected %s\n" % (e["case"], e["kind"], " or ".join(e["expected"])))
            text = e["printed"]
            if len(text) > 1200:
                text = text[:600] + "\n[... %d chars ...]\n" % (len(text) - 1200) + text[-600:]
            out.write("  printed:\n")
            for line in text.split("\n"):
                out.write("      " + line + "\n")
            out.write("  parse: %s\n" % (e["error"] or json.dumps(e["parse"], ensure_ascii=False)))
        out.write("\n")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(all_results, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
