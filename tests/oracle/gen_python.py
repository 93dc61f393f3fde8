#!/usr/bin/env python3
"""Record what the official Python SDK (huaweicloudsdkocr + huaweicloudsdkcore) prints for each case.

Usage (run.sh runs it inside the throwaway venv):
  python gen_python.py --cases cases.json --mock-port PORT --refused-port PORT --out python.jsonl

For every case of cases.json (see cases.py) it points an OcrClient at OCR's real host name in
cn-north-4, http://ocr.cn-north-4.myhuaweicloud.com:PORT (PORT the mock's), and resolves that name
to 127.0.0.1 inside this process only (a wrapper of socket.getaddrinfo: every name ending in
.myhuaweicloud.com but the DNS case's maps to 127.0.0.1; /etc/hosts is left alone), so the texts
name the host a user sees while the calls reach the loopback mock (mock.py). It tells the mock
which case to answer, calls recognize_general_text with a tiny base64 image, catches
the exception and records the forms a person prints:
  str               str(e)
  repr              repr(e), only where it differs from str(e)
  traceback         traceback.format_exc()
  logging           logging.getLogger("app").exception("OCR call failed") through a handler with
                    "%(asctime)s %(levelname)s %(name)s: %(message)s" and a fixed time
  message_only      e.error_msg                       (service errors only)
  message_only:code f"{e.error_code}: {e.error_msg}"  (service errors only)
  message_only:status f"{e.status_code} {e.error_msg}" (service errors only)
  sdk_stderr        what the SDK itself wrote to stderr during the call (its own logger, through
                    Python's last-resort handler), only where it wrote anything
Transport failures (refused: the same host name at a closed port; dns: a name that does not
resolve; timeout) get str, traceback, logging and sdk_stderr, and the record names the exception
class as "exception".

"printed" is the text as the call returns it; for logging and sdk_stderr (written to a stream),
without the one final newline the handler adds. Paths are made stable: the venv prefix becomes
/venv, the Python installation /python, this script's folder /oracle, and a port other than the
preferred one (when that was taken) shows as the preferred one. The fake AK and SK would
be replaced by <FAKE_AK> and <FAKE_SK> if they ever showed (the count is printed at the end).
"""
import argparse
import base64
import contextlib
import io
import json
import logging
import os
import platform
import socket
import sys
import traceback
import urllib.request
from importlib import metadata

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkocr.v1 import GeneralTextRequestBody, OcrClient, RecognizeGeneralTextRequest

FAKE_AK = "ORACLEFAKEAKEXAMPLE0"
FAKE_SK = "oracleFakeSecretKeyExample00000000000000"
FAKE_PROJECT = "0123456789abcdef0123456789abcdef"
# OCR's host name in region cn-north-4 (huaweicloudsdkocr's OcrRegion.CN_NORTH_4), over plain
# http on the mock's port; resolved to the mock in this process only (see resolve_to_mock).
API_HOST = "ocr.cn-north-4.myhuaweicloud.com"
RESOLVED_SUFFIX = ".myhuaweicloud.com"
DNS_HOST = "ocr.xx-nowhere-9.myhuaweicloud.com"  # must not resolve: the dns case
DNS_ENDPOINT = "https://" + DNS_HOST
FIXED_TIME = "2024-01-01 00:00:00,000"
# A 1x1 PNG: the request must be valid enough to be sent; the mock never looks at it.
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

REDACTIONS = {"count": 0}


REAL_GETADDRINFO = socket.getaddrinfo


def mock_getaddrinfo(host, *args, **kwargs):
    """socket.getaddrinfo, but names ending in .myhuaweicloud.com (not DNS_HOST) are 127.0.0.1.

    urllib3 (under requests, under the SDK) looks the host up with socket.getaddrinfo at connect
    time: this answers as for 127.0.0.1, with the caller's port, family, type and flags."""
    name = host.decode("ascii", "replace") if isinstance(host, bytes) else host
    if isinstance(name, str):
        name = name.rstrip(".").lower()
        if name.endswith(RESOLVED_SUFFIX) and name != DNS_HOST:
            host = "127.0.0.1"
    return REAL_GETADDRINFO(host, *args, **kwargs)


def resolve_to_mock(on):
    """Put mock_getaddrinfo in place (on) or the real one back (off: for the dns case, so that
    its traceback shows the lookup as an application's shows it, with no frame of this script)."""
    socket.getaddrinfo = mock_getaddrinfo if on else REAL_GETADDRINFO


class FixedTimeFormatter(logging.Formatter):
    def formatTime(self, record, datefmt=None):  # noqa: N802 (logging's name)
        return FIXED_TIME


def make_app_logger():
    stream = io.StringIO()
    logger = logging.getLogger("app")
    logger.handlers[:] = []
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    handler = logging.StreamHandler(stream)
    handler.setFormatter(FixedTimeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return logger, stream


class Normaliser:
    def __init__(self, mock_port, refused_port, real_mock_port, real_refused_port):
        here = os.path.dirname(os.path.abspath(__file__))
        pairs = [
            (os.path.realpath(sys.prefix), "/venv"),
            (sys.prefix, "/venv"),
            (os.path.realpath(sys.base_prefix), "/python"),
            (sys.base_prefix, "/python"),
            (os.path.realpath(here), "/oracle"),
            (here, "/oracle"),
        ]
        # Longest first, so a venv inside the Python prefix (or the other way) maps right.
        self.pairs = sorted({p for p in pairs if p[0] and p[0] != "/"}, key=lambda p: -len(p[0]))
        self.ports = []  # (text as printed, text to show), for a port other than the preferred one
        for real, stable in ((real_mock_port, mock_port), (real_refused_port, refused_port)):
            if real != stable:
                for host in (API_HOST, "127.0.0.1"):
                    self.ports.append(("%s:%d" % (host, real), "%s:%d" % (host, stable)))
                self.ports.append(("port=%d" % real, "port=%d" % stable))

    def __call__(self, text):
        for old, new in self.pairs:
            text = text.replace(old, new)
        for old, new in self.ports:
            text = text.replace(old, new)
        for secret, placeholder in ((FAKE_SK, "<FAKE_SK>"), (FAKE_AK, "<FAKE_AK>")):
            if secret in text:
                REDACTIONS["count"] += text.count(secret)
                text = text.replace(secret, placeholder)
        return text


def build_client(endpoint):
    config = HttpConfig.get_default_config()
    config.ignore_ssl_verification = True
    config.timeout = (1, 1)  # (connect, read) seconds: the timeout case must end quickly
    credentials = BasicCredentials(FAKE_AK, FAKE_SK, FAKE_PROJECT)
    return OcrClient.new_builder() \
        .with_http_config(config) \
        .with_credentials(credentials) \
        .with_endpoints([endpoint]) \
        .build()


def set_mock_case(port, case_id):
    req = urllib.request.Request("http://127.0.0.1:%d/__oracle/case" % port,
                                 data=case_id.encode("utf-8"), method="POST")
    with urllib.request.urlopen(req, timeout=5) as resp:
        if resp.status != 200:
            raise RuntimeError("mock refused case %s" % case_id)


def call_once(client):
    """Call the API the way an application does; return (exception, format_exc text, stderr text)."""
    request = RecognizeGeneralTextRequest()
    request.body = GeneralTextRequestBody(image=base64.b64encode(TINY_PNG).decode("ascii"))
    logger, log_stream = make_app_logger()
    captured = io.StringIO()
    with contextlib.redirect_stderr(captured):
        try:
            client.recognize_general_text(request)
        except Exception as e:  # noqa: BLE001: every exception the SDK raises is the point
            tb = traceback.format_exc()
            logger.exception("OCR call failed")
            return e, tb, log_stream.getvalue(), captured.getvalue()
    raise RuntimeError("the call did not fail")


def strip_one_newline(text):
    return text[:-1] if text.endswith("\n") else text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", required=True)
    ap.add_argument("--mock-port", type=int, required=True)
    ap.add_argument("--refused-port", type=int, required=True)
    ap.add_argument("--stable-mock-port", type=int, help="port to show in place of --mock-port")
    ap.add_argument("--stable-refused-port", type=int, help="port to show in place of --refused-port")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    stable_mock = args.stable_mock_port or args.mock_port
    stable_refused = args.stable_refused_port or args.refused_port
    norm = Normaliser(stable_mock, stable_refused, args.mock_port, args.refused_port)
    sdk_version = metadata.version("huaweicloudsdkocr")
    core_version = metadata.version("huaweicloudsdkcore")
    runtime = "%s %s" % (platform.python_implementation(), platform.python_version())

    with open(args.cases, encoding="utf-8") as f:
        cases = json.load(f)

    mock_endpoint = "http://%s:%d" % (API_HOST, args.mock_port)
    mock_client = build_client(mock_endpoint)
    records = []
    for case in cases:
        case_id, sent = case["case"], case["sent"]
        failure = sent.get("failure")
        if failure == "refused":
            client = build_client("http://%s:%d" % (API_HOST, args.refused_port))
        elif failure == "dns":
            client = build_client(DNS_ENDPOINT)
        elif failure == "timeout":
            set_mock_case(args.mock_port, "timeout")
            client = build_client(mock_endpoint)
        else:
            set_mock_case(args.mock_port, case_id)
            client = mock_client
        resolve_to_mock(failure != "dns")
        e, tb, log_text, stderr_text = call_once(client)
        resolve_to_mock(False)

        forms = {
            "str": str(e),
            "traceback": tb,
            "logging": strip_one_newline(log_text),
        }
        if failure is None:
            if repr(e) != str(e):
                forms["repr"] = repr(e)
            forms["message_only"] = "%s" % (e.error_msg,)
            forms["message_only:code"] = f"{e.error_code}: {e.error_msg}"
            forms["message_only:status"] = f"{e.status_code} {e.error_msg}"
        if stderr_text:
            forms["sdk_stderr"] = strip_one_newline(stderr_text)
        for form, text in forms.items():
            rec = {"sdk": "python", "sdk_version": sdk_version, "core_version": core_version,
                   "runtime": runtime, "form": form, "case": case_id}
            if failure is not None:
                rec["exception"] = type(e).__name__
                rec["exception_module"] = type(e).__module__
            else:
                rec["exception"] = type(e).__name__
            rec["sent"] = sent
            rec["printed"] = norm(text)
            records.append(rec)

    records.sort(key=lambda r: (r["case"], r["form"]))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    sys.stderr.write("gen_python: %d records, %d cases, fake AK/SK replaced %d times\n"
                     % (len(records), len(cases), REDACTIONS["count"]))


if __name__ == "__main__":
    main()
