#!/usr/bin/env python3
"""Build the oracle's case list from the catalog.

Usage: ocr-err list -f json | python3 cases.py > cases.json

Standard library only. Each case is {"case": ID, "sent": {...}} and is what the mock answers and
what the generators record as "sent":
  * one per variant of every catalog entry of kind "code" with is_error true, a message, and an
    HTTP status that is an integer >= 400; a variant whose status is null, or a class such as
    "4xx", is sent as 400 and marked "status_assumed": true (the class is kept as
    "catalog_status"). Entries of the other kinds are not service codes and are skipped:
    "exception" (SDK exception names), "status" (HTTP-only rows), "message" (IAM token messages
    that come without a code).
    The id is CODE#N, N the variant's index among all the catalog's variants of that code, in
    catalog order (a code such as APIG.0301 stands in more than one table; "table" says which).
    The entries of table "obs" (OBS's own codes, such as NoSuchBucket) are left out: OBS answers
    come from OBS's own SDKs and tools (esdk-obs-python, obsutil, ...), which this oracle does not
    drive, and a service behind these SDKs (OCR, FunctionGraph) never answers with OBS's named
    codes, so a record of them would show a text no user sees.
  * the non-JSON and odd bodies: html413, html502, empty500, keystone401;
  * the transport failures: refused, dns, timeout.
"""
import json
import sys

from mock import KEYSTONE_BODY, request_id_for

KEPT_KINDS = ("code",)
# Tables whose codes the SDKs driven here never receive (see the docstring): OBS's.
SKIPPED_TABLES = ("obs",)


def catalog_cases(catalog):
    out = []
    seen = {}  # code -> variants numbered so far (a code may stand in more than one table)
    for entry in catalog["entries"]:
        if entry.get("kind") not in KEPT_KINDS or not entry.get("is_error"):
            continue
        if entry.get("table") in SKIPPED_TABLES:
            continue
        base = seen.get(entry["code"], 0)
        seen[entry["code"]] = base + len(entry.get("variants") or [])
        for i, v in enumerate(entry.get("variants") or [], start=base):
            msg = v.get("message")
            if not msg:
                continue
            status = v.get("http_status")
            sent = {}
            if isinstance(status, int) and not isinstance(status, bool):
                if status < 400:
                    continue
                sent["status"] = status
            elif status is None or (isinstance(status, str) and status[:1] in "45"):
                sent["status"] = 400
                sent["status_assumed"] = True
                if status is not None:
                    sent["catalog_status"] = status
            else:
                continue
            case_id = "%s#%d" % (entry["code"], i)
            sent["table"] = entry.get("table")
            sent["code"] = entry["code"]
            sent["message"] = msg
            sent["request_id"] = request_id_for(case_id)
            out.append({"case": case_id, "sent": sent})
    return out


def special_cases():
    return [
        {"case": "html413", "sent": {"status": 413, "code": None, "body": "html",
                                     "request_id": request_id_for("html413")}},
        {"case": "html502", "sent": {"status": 502, "code": None, "body": "html",
                                     "request_id": request_id_for("html502")}},
        {"case": "empty500", "sent": {"status": 500, "code": None, "body": "empty",
                                      "request_id": request_id_for("empty500")}},
        {"case": "keystone401", "sent": {"status": 401, "code": None, "body": "keystone",
                                         "message": KEYSTONE_BODY["error"]["message"],
                                         "request_id": request_id_for("keystone401")}},
    ]


def transport_cases():
    return [{"case": "transport:" + f, "sent": {"failure": f}} for f in ("dns", "refused", "timeout")]


def main():
    catalog = json.load(sys.stdin)
    cases = catalog_cases(catalog) + special_cases() + transport_cases()
    cases.sort(key=lambda c: c["case"])
    ids = [c["case"] for c in cases]
    if len(ids) != len(set(ids)):
        sys.exit("cases.py: duplicate case ids")
    json.dump(cases, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
