#!/usr/bin/env python3
"""Writes codes/modelarts.json from codes/sources/modelarts-error-codes.tsv, the inference-gateway
rows of the ModelArts API reference's error-code table transcribed verbatim (see
codes/sources/SOURCES.md). Re-run after the TSV is refreshed:

    python3 codes/sources/make_modelarts.py

Each row becomes a variant of its code, in source order. The message is the 错误信息 column (the
English error_msg the service returns), the Chinese description and fix are the 描述 and 处理措施
columns. The English description and fix are the English edition's Description and Solution for
the same row where it has one. For the rows it lacks, the English is a translation made for this
catalog, marked so (where the same Chinese sentence has English elsewhere in the table, that
wording is reused). The source table has no module column: the module is assigned here, by code
(APP authentication for the Authorization, appId and app-auth API codes)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "modelarts-error-codes.tsv")
OUT = os.path.join(HERE, "..", "modelarts.json")

MODULE = {"id": "modelarts", "en": "ModelArts inference", "zh": "ModelArts推理"}
APP_AUTH = {"id": "modelarts-app-auth", "en": "ModelArts app authentication", "zh": "ModelArts APP认证"}
# Codes that, in the table, are the APP authentication of a service called with an AppCode: the
# Authorization header (0205-0208, 4905), the appId header (0209) and the app-auth API (4901-4904).
# ModelArts.0210 stays under MODULE: besides "No key apiId in header." it has a token row (403).
APP_AUTH_CODES = {
    "ModelArts.0205", "ModelArts.0206", "ModelArts.0207", "ModelArts.0208", "ModelArts.0209",
    "ModelArts.4901", "ModelArts.4902", "ModelArts.4903", "ModelArts.4904", "ModelArts.4905",
}

# Translations made for this catalog, for the rows the English edition does not have, keyed by
# (code, message): (description, fix).
EN = {
    ("ModelArts.4202", "Request url format invalid. The url not follow http(s)://domain/v1/infers/serviceId/requestURI."):
        ("The request URL is in an invalid format.", "The request URL is invalid. Use the correct prediction URL."),
    ("ModelArts.4204", "Request api error! The API %s is not subscribed."):
        ("The API has not been subscribed to.", "Subscribe to the service."),
    ("ModelArts.4601", "The file path is not valid, please check it format"):
        ("The download URL is invalid.", "Check whether the download URL is valid."),
    ("ModelArts.4601", "The url host %s is not in whitelist"):
        ("The server of the download URL is not in the whitelist.", "Check whether the download URL is whitelisted."),
    ("ModelArts.4603", "Obtaining the file from the URL %s failed"):
        ("Downloading the file failed.", "Check whether the download URL is accessible."),
    ("ModelArts.4603", "The file %s is not exist."):
        ("The file to download does not exist.", "Check whether the download URL exists."),
    ("ModelArts.4702", "Query agency failed."):
        ("Querying the OBS agency failed.", "Check whether OBS access has been authorized."),
    ("ModelArts.4703", "The Obs URL %s is invalid."):
        ("The OBS URL is invalid.", "Check whether the OBS URL is correct and accessible."),
    ("ModelArts.4704", "Failed to get obs file."):
        ("Obtaining the OBS file failed.", "Check whether the OBS URL is correct and accessible."),
    ("ModelArts.4706", "The Obs file %s is not exist."):
        ("The OBS file does not exist.", "Check whether the OBS URL exists."),
    ("ModelArts.4707", "Forbidden to obtain the file %s from the OBS."):
        ("The OBS file cannot be downloaded.", "Check whether you have permission to access the OBS URL."),
    ("ModelArts.4707", "Access denied to obtain the file %s from the OBS."):
        ("No permission to download the OBS file.", "Check whether you have permission to access the OBS URL."),
    ("ModelArts.4707", "Failed to obtain the file %s from the OBS because request expired."):
        ("The request has expired, so the OBS file cannot be downloaded.", "Check whether the OBS URL has expired."),
    ("ModelArts.4707", "Failed to obtain the file %s from the OBS because the access key is invalid."):
        ("The request is invalid, so the OBS file cannot be downloaded.", "Check whether the OBS file exists."),
    ("ModelArts.0207", "Invalid Authorization header. Signature expired, please refresh it."):
        ("The signature in the Authorization request header has expired.", "Use the correct AppCode URL or contact technical support."),
    ("ModelArts.4302", "Gateway forwarding error. Failed to invoke backend service due to connection abort."):
        ("Accessing the service failed: the connection was aborted.", "Ensure the service to be accessed is running properly."),
    ("ModelArts.4302", "Gateway forwarding error. Failed to invoke backend service due to connection timeout."):
        ("Accessing the service failed: the connection timed out.", "Ensure the service to be accessed is running properly."),
    ("ModelArts.4302", "Gateway forwarding error. Failed to invoke backend service due to no available server."):
        ("Accessing the service failed: no server is available.", "Ensure the service to be accessed is running properly."),
    ("ModelArts.4302", "Due to self protection, the backend service is disconnected, please wait moment."):
        ("The service has been cut off by its circuit breaker and is temporarily unavailable.", "Ensure the service to be accessed is running properly."),
    ("ModelArts.4302", "Gateway forwarding error. Unknown error happened in Gateway."):
        ("Internal gateway error.", "Internal error. Contact technical support."),
    ("ModelArts.4503", "Failed to respond due to backend service not found or failed to respond."):
        ("The service does not exist or cannot respond.", "Ensure the service to be accessed is running properly."),
    ("ModelArts.4503", "Backend service ssl handshake error, please check the service is https."):
        ("The handshake with the service failed.", "Check whether the service uses HTTPS."),
    ("ModelArts.4503", "Failed to connect to backend service."):
        ("Connecting to the service failed.", "Ensure the service to be accessed is running properly."),
}

entries, rows, used = {}, 0, set()
with open(TSV, encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
    for line in f:
        row = dict(zip(header, line.rstrip("\n").split("\t")))
        code, message = row["code"], row["message"]
        rows += 1
        assert code.startswith("ModelArts."), code
        assert row["description_zh"] and row["measure_zh"], code
        description = {"en": row["description_en"], "zh": row["description_zh"]}
        fix = {"en": [row["measure_en"]], "zh": [row["measure_zh"]]}
        if not row["description_en"]:
            description["en"], _ = EN[(code, message)]
            description["translated"] = "en"
            used.add((code, message))
        if not row["measure_en"]:
            _, step = EN[(code, message)]
            fix["en"] = [step]
            fix["translated"] = "en"
            used.add((code, message))
        status = row["http_status"]
        variant = {
            "http_status": int(status) if status else None,
            "message": message,
            "description": description,
            "fix": fix,
        }
        entry = entries.setdefault(code, {
            "code": code,
            "module": APP_AUTH if code in APP_AUTH_CODES else MODULE,
            "is_error": True,
            "variants": [],
            "links": [],
        })
        entry["variants"].append(variant)
assert used == set(EN), set(EN) - used

translated = sum(1 for e in entries.values() for v in e["variants"] if "translated" in v["description"])
table = {
    "table": "modelarts",
    "title": {"en": "ModelArts API reference: error codes", "zh": "ModelArts API参考：错误码"},
    "source": {
        "url": "https://github.com/huaweicloudDocs/modelarts/blob/c451154d1c45eb712ea10b566b6245639627f082/cn.zh-cn/API%E5%8F%82%E8%80%83/%E9%94%99%E8%AF%AF%E7%A0%81.md",
        "date": "2021-10-16",
        "note": "The inference-gateway rows (ModelArts.02xx token and Authorization headers, 41xx-49xx requests, "
        "downloads from URLs and OBS, forwarding to the service) of the single error-code table of Huawei Cloud's "
        "ModelArts API reference (modelarts_03_0095), Chinese edition (huaweicloudDocs/modelarts, the error-code page under cn.zh-cn, "
        "file as of 2021-10-16; its licence is a modified Creative Commons Attribution-NonCommercial-ShareAlike): status, "
        "code, error message (the English error_msg the service returns), and the Chinese description and fix, verbatim; "
        "the table has no module column, so the module is assigned here by code. The English description and fix are "
        "Open Telekom Cloud's English edition of the same page (opentelekomcloud-docs/modelarts, "
        "api-ref/source/appendix/error_codes.rst at 1ba1873d960563c60759f67898a855d9ba3c3502, 2025-08-26; the repository "
        "declares Apache-2.0 in its setup.cfg and has no LICENSE file), matched by code, status and meaning. That edition is "
        "newer and words most messages differently, so its messages are not used. The Chinese is the original and the "
        f"English edition the vendor's translation. For the {translated} rows that edition lacks or gives another meaning, "
        "the English is a translation made for this catalog, marked so. Left out: the rest of the table (notebook, dataset, "
        "training, model and service management, workspace), where some of the same numbers (4205, 4601, 4603, 4700, "
        "4702-4704, 4706, 4801, 0203, 0204, 0206) mean something else. OCR runs on ModelArts: these are what its gateway "
        "answers before or instead of the service.",
    },
    "entries": list(entries.values()),
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(table, f, ensure_ascii=False, indent=1)
    f.write("\n")
json.load(open(OUT, encoding="utf-8"))
print(f"{OUT}: {len(entries)} codes, {rows} rows ({sum(len(e['variants']) for e in entries.values())} variants), "
      f"{translated} with English translated for this catalog")
