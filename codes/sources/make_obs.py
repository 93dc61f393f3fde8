#!/usr/bin/env python3
"""Writes codes/obs.json from codes/sources/obs-error-codes.tsv, the OBS API reference's error-code
table transcribed verbatim (see codes/sources/SOURCES.md). Re-run after the TSV is refreshed:

    python3 codes/sources/make_obs.py

Each row becomes a variant of its code: the English error message is the message and the
description, the Solution column the fix, and the Chinese edition's 错误信息 and 处理措施 their
Chinese. Rows whose code is not a single CamelCase word in the source (a space, a dot, a reason
phrase) are left out and named in the table's note. Rows the Chinese edition lacks carry a
translation made for this catalog, marked so."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = os.path.join(HERE, "obs-error-codes.tsv")
OUT = os.path.join(HERE, "..", "obs.json")

# Translations made for this catalog, for the rows the 2024 Chinese edition does not have.
ZH = {
    "FileGatewayBucket": ("并行文件系统不支持配置桶清单。", "请使用对象桶。"),
    "ForbidAnonReqOverwriteRespHead": ("匿名用户调用下载对象接口时不能重写响应头。", "删除重写响应头的参数，或携带签名调用下载对象接口。"),
    "RequestPayerDenied": ("该桶为请求者付费桶。", "在访问请求中携带头域 x-obs-request-payer: requester。"),
    "FsObjectConflict": ("并行文件系统中对象的新旧名称所指的对象类型（文件或目录）不一致，或新名称已被使用。", "确保新名称所指的对象类型（文件或目录）一致，且未被使用。"),
    "FsRenameConflict": ("重命名操作与该对象上正在进行的另一操作冲突。", "检查业务逻辑，避免对同一对象并发操作导致意外结果。"),
    "DirectoryNotEmpty": ("不能删除非空目录。", "请先清空该目录。"),
    "TooManyRequests": ("短时间内请求过多，例如对同一对象或桶的元数据并发请求过多（并发修改对象元数据、上传对象、写对象等）。", "减少请求数或并发请求数。"),
}
NOTE = {
    "en": "OBS's code. Other object stores use the same names (Amazon S3, MinIO): this entry applies to an answer from OBS (its host, its x-obs- headers, an OBS SDK).",
    "zh": "OBS的错误码。其他对象存储（Amazon S3、MinIO等）也使用同名错误码：本条目只适用于来自OBS的应答（OBS域名、x-obs-头域或OBS SDK）。",
    "translated": "zh",
}
CAMEL = re.compile(r"^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$")

entries, left_out = {}, []
with open(TSV, encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
    for line in f:
        row = dict(zip(header, line.rstrip("\n").split("\t")))
        code = row["code"]
        if not CAMEL.match(code):
            left_out.append(code)
            continue
        desc_zh, fix_zh = row["description_zh"], row["measure_zh"]
        translated = None
        if not desc_zh:
            desc_zh, fix_zh = ZH[code]
            translated = "zh"
        description = {"en": row["description_en"], "zh": desc_zh}
        fix = {"en": [row["measure_en"]], "zh": [fix_zh]}
        if translated:
            description["translated"] = fix["translated"] = translated
        variant = {
            "http_status": int(row["http_status"]),
            "message": row["description_en"],
            "description": description,
            "fix": fix,
            "note": NOTE,
        }
        entry = entries.setdefault(code, {
            "code": code,
            "module": {"id": "obs", "en": "Object Storage Service (OBS)", "zh": "对象存储服务（OBS）"},
            "is_error": True,
            "variants": [],
        })
        entry["variants"].append(variant)

table = {
    "table": "obs",
    "title": {"en": "OBS error codes", "zh": "OBS错误码"},
    "source": {
        "url": "https://github.com/opentelekomcloud-docs/object-storage-service/blob/3de8bf41cb656302d796198f9814d4a8c8fa258b/api-ref/source/error_codes.rst",
        "date": "2025-10",
        "note": "Codes, HTTP statuses, error messages and solutions verbatim from the OBS API reference's error-code table (Open Telekom Cloud's edition of Huawei Cloud's obs_04_0115, Apache-2.0, Table 2, file as of 2025-10-29); the Chinese from Huawei Cloud's Chinese edition (huaweicloudDocs/obs, cn.zh-cn/API参考/错误码.md, 表 2, 2024-04-01, whose licence is a modified Creative Commons Attribution-NonCommercial-ShareAlike), except for the seven codes it lacks, whose Chinese is a translation made for this catalog, marked so. Left out, as their error-code cells are not a code: "
        + ", ".join(left_out)
        + ". OCR reads images from OBS URLs: these are what an upload or a URL of OBS answers.",
    },
    "entries": list(entries.values()),
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(table, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{OUT}: {len(entries)} codes, {sum(len(e['variants']) for e in entries.values())} variants; left out {left_out}")
