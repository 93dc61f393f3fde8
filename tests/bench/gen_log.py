#!/usr/bin/env python3
"""Writes a realistic mixed OCR service log for the `parse` benchmark, and the exact count of
every error in it as JSON beside it (LOG.truth.json).

    tests/bench/gen_log.py LOG SIZE_MIB [SEED]

Most lines are access lines and success bodies; the errors come in every shape `ocr-err parse`
reads: one-line JSON bodies, pretty-printed bodies, nested `error` objects, bodies escaped inside
another JSON string, `curl -i` dumps, the Python, Java, Go and Node.js SDKs' exception text,
`key=value` log lines, bare codes, per-item failures inside 200 responses, and codes that are not
in the catalog. The counts follow parse's rules: a `curl -i` dump is one error even though its
request id appears in the header and the body; `AIS.0000` is a success, never counted.
"""

import json
import random
import sys

KNOWN = [
    ("AIS.0101", "The input parameter is invalid."),
    ("AIS.0102", "The image format is not supported."),
    ("AIS.0103", "The image size does not meet the requirements."),
    ("AIS.0104", "The image is not supported or the image quality is poor."),
    ("AIS.0105", "Recognition failed."),
    ("ModelArts.4101", "Token header cannot be empty."),
    ("ModelArts.4204", "Access api error! Not subscribe this api."),
    ("ModelArts.4401", "Max concurrency error."),
    ("ModelArts.4706", "The Obs file is not exist."),
    ("APIG.0201", "Backend timeout."),
    ("APIG.0301", "Incorrect IAM authentication information: decrypt token fail"),
    ("APIG.0308", "The throttling threshold has been reached: policy user over ratelimit,limit:1000,time:1 minute."),
    ("APIGW.0303", "Incorrect app authentication information."),
]
UNKNOWN = [("AIS.0199", "Unknown template type."), ("Ecs.0114", "The instance is busy."), ("ModelArts.4999", "New platform error.")]


def rid(rng):
    return "%032x" % rng.getrandbits(128)


def ts(rng):
    return "2026-11-27T%02d:%02d:%02d.%03dZ" % (rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(1000))


def access(rng):
    path = rng.choice(["general-text", "id-card", "web-image", "vat-invoice", "smart-document-recognizer"])
    return '%s INFO  10.0.%d.%d "POST /v2/0b1c2d3e4f5a/ocr/%s HTTP/1.1" 200 %dms\n' % (
        ts(rng), rng.randrange(256), rng.randrange(256), path, rng.randrange(20, 900))


def success(rng):
    if rng.random() < 0.5:
        return '%s INFO  response={"result":{"words_block_count":%d,"words_block_list":[{"words":"HUAWEI CLOUD 文字识别"}]}}\n' % (ts(rng), rng.randrange(1, 40))
    return '%s INFO  response={"result":[{"type":"id_card","status":"AIS.0000"},{"type":"bankcard","status":"AIS.0000"}]}\n' % ts(rng)


def json_line(rng, code, msg):
    return '%s ERROR upstream body={"error_code": "%s", "error_msg": %s}\n' % (ts(rng), code, json.dumps(msg))


def pretty(rng, code, msg):
    return '%s ERROR upstream body:\n{\n  "error_msg": %s,\n  "error_code": "%s"\n}\n' % (ts(rng), json.dumps(msg), code)


def nested(rng, code, msg):
    return '%s ERROR {"error":{"code":"%s","message":%s}}\n' % (ts(rng), code, json.dumps(msg))


def escaped(rng, code, msg):
    inner = json.dumps({"error_code": code, "error_msg": msg})
    return '%s ERROR %s\n' % (ts(rng), json.dumps({"level": "error", "response": inner}))


def curl(rng, code, msg):
    r = rid(rng)
    return ('HTTP/1.1 400 Bad Request\nServer: api-gateway\nContent-Type: application/json\nX-Request-Id: %s\n\n'
            '{"error_code":"%s","error_msg":%s,"request_id":"%s"}\n' % (r, code, json.dumps(msg), r))


def python(rng, code, msg):
    return ('huaweicloudsdkcore.exceptions.exceptions.ClientRequestException: ClientRequestException - '
            '{status_code:400,request_id:%s,error_code:%s,error_msg:%s }\n' % (rid(rng), code, msg))


def java(rng, code, msg):
    return ('%s ERROR [main] c.e.ocr.Recognizer - recognition failed\nClientRequestException {\n    httpStatusCode: 400\n'
            '    errorCode: %s\n    errorMsg: %s\n    requestId: %s\n}\n' % (ts(rng), code, msg, rid(rng)))


def go(rng, code, msg):
    return '{"status_code":400,"request_id":"%s","error_code":"%s","error_message":%s,"encoded_authorization_message":""}\n' % (
        rid(rng), code, json.dumps(msg))


def node(rng, code, msg):
    return ("ClientRequestException: %s\n    at ExceptionUtil.generalException (/app/node_modules/core/exception/ExceptionUtil.js:41:24) {\n"
            "  httpStatusCode: 400,\n  errorMsg: %s,\n  errorCode: '%s',\n  requestId: '%s'\n}\n" % (msg, json.dumps(msg).replace('"', "'"), code, rid(rng)))


def kv(rng, code, msg):
    return '%s ERROR ocr call failed errorCode=%s errorMsg=%s requestId=%s httpStatusCode=400\n' % (ts(rng), code, json.dumps(msg), rid(rng)[:16])


def token(rng, code, _msg):
    return '%s WARN  giving up after %s from the OCR service\n' % (ts(rng), code)


def item(rng, code, msg):
    return ('HTTP/1.1 200 OK\nX-Request-Id: %s\n\n{"result":[{"type":"id_card","status":"AIS.0000"},{"type":"other","status":"%s","error_msg":%s}]}\n'
            % (rid(rng), code, json.dumps(msg)))


SHAPES = [json_line, pretty, nested, escaped, curl, python, java, go, node, kv, token, item]


def main():
    path, size = sys.argv[1], int(sys.argv[2]) << 20
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    truth = {}
    written = 0
    with open(path, "w", encoding="utf-8") as out:
        chunk = []
        while written < size:
            roll = rng.random()
            if roll < 0.70:
                line = access(rng)
            elif roll < 0.85:
                line = success(rng)
            else:
                code, msg = rng.choice(UNKNOWN) if rng.random() < 0.05 else rng.choice(KNOWN)
                shape = rng.choice(SHAPES)
                if shape is item and not code.startswith("AIS."):
                    shape = json_line
                line = shape(rng, code, msg)
                truth[code] = truth.get(code, 0) + 1
            chunk.append(line)
            written += len(line.encode("utf-8"))
            if len(chunk) >= 4096:
                out.write("".join(chunk))
                chunk = []
        out.write("".join(chunk))
    with open(path + ".truth.json", "w") as t:
        json.dump({"bytes": written, "errors": sum(truth.values()), "codes": truth}, t, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
