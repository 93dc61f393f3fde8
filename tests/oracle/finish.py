#!/usr/bin/env python3
"""Check the generators' records, write them canonically, and write the fixtures' README.

Usage: python3 finish.py WORK_DIR OUT_DIR
  WORK_DIR  run.sh's throwaway dir: python.jsonl, node.jsonl, cases.json, catalog.json, pip-freeze.txt, npm/
  OUT_DIR   tests/fixtures/oracle

Standard library only. Every record is written as one JSON line (ensure_ascii=False, compact),
sorted by case then form. The checks, any of which failing stops the run:
  * each catalog case and odd-body case has its records, and the request id sent shows in the
    text the SDK makes of the exception (Python str, Node console_log);
  * the fake AK and SK show nowhere, nor the throwaway dir's path;
  * 127.0.0.1 shows nowhere but in Node's own "connect ECONNREFUSED 127.0.0.1:PORT" text (the
    SDKs call the services' real host names, resolved to the mock inside the generators);
  * no case is of the catalog's table "obs" (see cases.py).
"""
import collections
import json
import os
import sys

FAKE_AK = "ORACLEFAKEAKEXAMPLE0"
FAKE_SK = "oracleFakeSecretKeyExample00000000000000"
PY_HOST = "ocr.cn-north-4.myhuaweicloud.com"
NODE_HOST = "functiongraph.cn-north-4.myhuaweicloud.com"
LOOPBACK = "127.0.0.1"
OS_LOOPBACK_TEXT = "ECONNREFUSED 127.0.0.1:"  # Node's error text names the address it connected to


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def check(records, cases, sdk, id_form, work_dir):
    problems = []
    by_case = collections.defaultdict(dict)
    for r in records:
        by_case[r["case"]][r["form"]] = r
        text = r["printed"]
        for bad in (FAKE_AK, FAKE_SK, work_dir, os.path.realpath(work_dir)):
            if bad in text:
                problems.append("%s %s %s: printed holds %r" % (sdk, r["case"], r["form"], bad))
        if LOOPBACK in text.replace(OS_LOOPBACK_TEXT, ""):
            problems.append("%s %s %s: printed names %s" % (sdk, r["case"], r["form"], LOOPBACK))
        if r["sent"].get("table") == "obs":
            problems.append("%s %s: a case of table obs" % (sdk, r["case"]))
    for c in cases:
        forms = by_case.get(c["case"])
        if not forms:
            problems.append("%s: no records for case %s" % (sdk, c["case"]))
            continue
        rid = c["sent"].get("request_id")
        if rid and rid not in forms[id_form]["printed"]:
            problems.append("%s %s: request id %s not in %s" % (sdk, c["case"], rid, id_form))
    return problems


def write_jsonl(records, path):
    records = sorted(records, key=lambda r: (r["case"], r["form"]))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")
    return records


def node_versions(npm_dir):
    """name -> version of every package installed at the top of npm_dir/node_modules."""
    out = {}
    root = os.path.join(npm_dir, "node_modules")
    dirs = []
    for name in sorted(os.listdir(root)):
        if name.startswith("."):
            continue
        if name.startswith("@"):
            dirs += [os.path.join(root, name, sub) for sub in sorted(os.listdir(os.path.join(root, name)))]
        else:
            dirs.append(os.path.join(root, name))
    for d in dirs:
        try:
            with open(os.path.join(d, "package.json"), encoding="utf-8") as f:
                pkg = json.load(f)
            out[pkg["name"]] = pkg["version"]
        except (OSError, ValueError, KeyError):
            pass
    return dict(sorted(out.items()))


FORM_NOTES = {
    ("python", "str"): "`str(e)`",
    ("python", "repr"): "`repr(e)` (recorded only where it differs from `str(e)`)",
    ("python", "traceback"): "`traceback.format_exc()` in the `except` block",
    ("python", "logging"): "`logging.getLogger(\"app\").exception(\"OCR call failed\")`, format "
                           "`%(asctime)s %(levelname)s %(name)s: %(message)s`, time fixed to 2024-01-01 00:00:00,000",
    ("python", "message_only"): "`e.error_msg` alone",
    ("python", "message_only:code"): "`f\"{e.error_code}: {e.error_msg}\"`",
    ("python", "message_only:status"): "`f\"{e.status_code} {e.error_msg}\"`",
    ("python", "sdk_stderr"): "what the SDK's own logger wrote to stderr during the call (through Python's "
                              "last-resort handler; only the transport failures write anything)",
    ("node", "console_log"): "what `console.log(err)` writes (a real `console.Console` on a non-TTY stream)",
    ("node", "string"): "`String(err)`, the same as `${err}`",
    ("node", "json"): "`JSON.stringify(err)`",
    ("node", "message_only"): "`err.errorMsg`",
    ("node", "message_only:message"): "`err.message`",
    ("node", "console_error_prefix"): "what `console.error('OCR failed:', err)` writes",
    ("node", "sdk_stdout"): "what the SDK's own log4js logger wrote to stdout during the call "
                            "(`Some error found: {...}` at ERROR, on by default, ANSI colour codes as written)",
}


def readme(py, node, cases, pip_freeze, npm_versions, n_obs):
    def counts(records):
        c = collections.Counter(r["form"] for r in records)
        return sorted(c.items())

    n_catalog = sum(1 for c in cases if c["sent"].get("code"))
    n_assumed = sum(1 for c in cases if c["sent"].get("status_assumed"))
    n_odd = sum(1 for c in cases if "body" in c["sent"])
    n_transport = sum(1 for c in cases if "failure" in c["sent"])
    py0, node0 = py[0], node[0]
    lines = []
    w = lines.append
    w("# Oracle fixtures: what the official Huawei Cloud SDKs print for each error")
    w("")
    w("Made by `tests/oracle/run.sh` (do not edit by hand; run it again). It installs the official SDKs "
      "into a throwaway venv and npm dir, starts a loopback mock of the API (`tests/oracle/mock.py`) that "
      "answers each call with one chosen error, calls a real API through each SDK, catches the exception "
      "and records the texts people print of it.")
    w("")
    w("The SDKs call the services' real host names in region cn-north-4, on the mock's port over plain "
      "http: `http://%s:18080` (Python) and `http://%s:18080` (Node.js). Each generator resolves every "
      "name ending in `.myhuaweicloud.com` but the DNS case's to 127.0.0.1 inside its own process only "
      "(Python: a wrapper of `socket.getaddrinfo`; Node.js: `dns.lookup` replaced before the SDK is "
      "loaded; `/etc/hosts` is not touched), so URLs and hosts in the texts are the ones users see. "
      "127.0.0.1 shows only where an OS error text names the address (Node's `connect ECONNREFUSED "
      "127.0.0.1:18081`)." % (PY_HOST, NODE_HOST))
    w("")
    w("- `python.jsonl`: %s (`huaweicloudsdkocr` %s, `huaweicloudsdkcore` %s, %s), "
      "`OcrClient.recognize_general_text` with a 1x1 PNG." % (
          "Python SDK", py0["sdk_version"], py0["core_version"], py0["runtime"]))
    w("- `node.jsonl`: Node.js SDK (`@huaweicloud/huaweicloud-sdk-core` %s, %s), through %s "
      "`FunctionGraphClient.invokeFunction`: npm has no `@huaweicloud/huaweicloud-sdk-ocr`, and every error "
      "the Node SDK raises is made by the core package, the same for every service." % (
          node0["sdk_version"], node0["runtime"], "`" + node0["service_package"] + "`"))
    w("")
    w("## Records")
    w("")
    w("One JSON object a line, sorted by case then form: `sdk`, `sdk_version`, (`core_version` / "
      "`service_package`), `runtime`, `form`, `case`, `exception` (the class the SDK raised), `sent` (what "
      "the mock answered, or the transport failure), `printed` (the exact text).")
    w("")
    w("Cases (%d): %d catalog errors, %d odd bodies, %d transport failures." % (
        len(cases), n_catalog, n_odd, n_transport))
    w("")
    w("- Catalog errors, `CODE#N`: every variant of every entry of kind `code` with `is_error`, a message and "
      "an HTTP status >= 400 in `ocr-err list -f json` (kinds `exception`, `status` and `message` are not "
      "service codes and are left out). N counts the variants of that code across the catalog's tables, in "
      "catalog order (`sent.table` names the table). A variant with no status, or a class such as `4xx`, is "
      "sent as 400 and marked `\"status_assumed\": true` (%d cases; the class is kept as `catalog_status`). "
      "The mock answers `{\"error_code\": CODE, \"error_msg\": MESSAGE}` with that status." % n_assumed)
    w("- The catalog's OBS table (`obs`, %d codes) is left out: OBS answers come from OBS's own SDKs and "
      "tools, which this oracle does not drive, and a service behind these SDKs never answers with OBS's "
      "named codes (such as `NoSuchBucket`)." % n_obs)
    w("- Odd bodies: `html413` and `html502` (an nginx HTML page), `empty500` (no body), `keystone401` "
      "(`{\"error\":{\"code\":401,\"message\":\"The request you have made requires authentication.\","
      "\"title\":\"Unauthorized\"}}`); `sent.code` is null.")
    w("- Transport failures: `transport:refused` (the same host name at a closed port, 18081), `transport:dns` "
      "(`https://ocr.xx-nowhere-9.myhuaweicloud.com`, which does not resolve offline: the class and text "
      "depend on the resolver's answer), `transport:timeout` (the mock accepts and never answers; read "
      "timeout 1 s); `sent` is `{\"failure\": ...}`.")
    w("")
    w("Every error answer carries `X-Request-Id`, 32 hex digits fixed per case (md5 of the case id; "
      "`sent.request_id`), and a fixed `Date`.")
    w("")
    w("`printed` is the value as the expression gives it; for texts written to a stream (logging, "
      "console, the SDKs' own loggers) without the one final newline. Made stable: the venv prefix is "
      "`/venv`, the Python installation `/python`, the npm dir `/npm`, `tests/oracle` `/oracle`; in Node's "
      "`sdk_stdout` the log4js time, `X-Sdk-Date`, the signature and the kernel release in the User-Agent "
      "are placeholders.")
    w("")
    for sdk, records in (("Python", py), ("Node.js", node)):
        for placeholder, what in (("<FAKE_AK>", "AK"), ("<FAKE_SK>", "SK")):
            where = collections.Counter(r["form"] for r in records if placeholder in r["printed"])
            if where:
                w("- The %s SDK printed the (fake) %s, replaced by `%s`, in %s." % (
                    sdk, what, placeholder, ", ".join("%d `%s` records" % (n, f) for f, n in sorted(where.items()))))
            else:
                w("- The %s SDK printed the %s in no record." % (sdk, what))
    w("")
    w("## Forms and counts")
    w("")
    for sdk, records in (("python", py), ("node", node)):
        w("| %s form | records | what |" % sdk)
        w("| --- | ---: | --- |")
        for form, n in counts(records):
            w("| `%s` | %d | %s |" % (form, n, FORM_NOTES.get((sdk, form), "")))
        w("| total | %d | |" % len(records))
        w("")
    w("## Package versions installed")
    w("")
    w("Python (`tests/oracle/requirements.txt`, pip freeze of the venv):")
    w("")
    for line in pip_freeze:
        w("- `%s`" % line)
    w("")
    w("Node.js (`tests/oracle/node/package.json` and `package-lock.json`, `npm ci`; the core package "
      "requires `uuid` without declaring it, so it is installed alongside):")
    w("")
    for name, ver in npm_versions.items():
        w("- `%s@%s`" % (name, ver))
    w("")
    w("Check how `ocr-err parse` reads them: `python3 tests/oracle/measure.py target/release/ocr-err`.")
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: finish.py WORK_DIR OUT_DIR")
    work, out = sys.argv[1], sys.argv[2]
    with open(os.path.join(work, "cases.json"), encoding="utf-8") as f:
        cases = json.load(f)
    py = load(os.path.join(work, "python.jsonl"))
    node = load(os.path.join(work, "node.jsonl"))
    problems = check(py, cases, "python", "str", work) + check(node, cases, "node", "console_log", work)
    if problems:
        for p in problems[:50]:
            sys.stderr.write("finish: %s\n" % p)
        sys.exit("finish: %d problems, fixtures not written" % len(problems))
    os.makedirs(out, exist_ok=True)
    py = write_jsonl(py, os.path.join(out, "python.jsonl"))
    node = write_jsonl(node, os.path.join(out, "node.jsonl"))
    with open(os.path.join(work, "pip-freeze.txt"), encoding="utf-8") as f:
        pip_freeze = [l.strip() for l in f if l.strip()]
    with open(os.path.join(work, "catalog.json"), encoding="utf-8") as f:
        catalog = json.load(f)
    n_obs = sum(1 for e in catalog["entries"] if e.get("table") == "obs" and e.get("kind") == "code")
    text = readme(py, node, cases, pip_freeze, node_versions(os.path.join(work, "npm")), n_obs)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    sys.stderr.write("finish: wrote %d python and %d node records to %s\n" % (len(py), len(node), out))


if __name__ == "__main__":
    main()
