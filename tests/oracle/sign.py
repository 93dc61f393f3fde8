#!/usr/bin/env python3
"""Record SDK-HMAC-SHA256 (AK/SK) request signatures made by the official Python SDK's signer.

Usage:  python3 tests/oracle/sign.py [--out DIR]      (DIR defaults to tests/fixtures/sign)

Writes DIR/cases.jsonl and three curl -v style transcripts, DIR/<id>.curl-v.txt. Deterministic: a
fixed placeholder AK/SK (not real credentials), a fixed clock (the SDK's own clock,
huaweicloudsdkcore.signer.signer.datetime.utcnow, is replaced while signing), and no randomness;
running it again gives byte-identical files.

It needs huaweicloudsdkcore at the version pinned in tests/oracle/requirements.txt. When the
running interpreter has not got that version, it makes a throwaway venv under ${TMPDIR:-/tmp},
installs tests/oracle/requirements.txt into it (from PyPI), runs itself there, and removes the
venv afterwards (KEEP_WORK=1 keeps it). It calls no network service otherwise.

Every signature is made by the SDK's signer class, huaweicloudsdkcore.signer.signer.Signer:
  * correct cases: BasicCredentials(ak, sk[, project_id]).sign_request(SdkRequest(...)), the call
    the SDK's own clients make (it adds X-Project-Id, then Signer.sign adds X-Sdk-Date, Host and
    Authorization);
  * mistake cases: either the same call on a deliberately altered request (the recorded request
    is the original one carrying the altered request's Authorization), or, where the mistake is
    not a different request but a different computation, a subclass of Signer that overrides
    exactly one of the SDK's helper methods (the override says what it changes) and is otherwise
    the SDK's code.
The canonical request and string to sign are captured from inside Signer.sign (the SDK's
_process_canonical_request and _process_string_to_sign are wrapped to record what they return).
Then every recorded request is verified again the way a verifier sees it (its URL parsed back into
query parameters, its headers restricted to the Authorization's SignedHeaders, signed by the SDK
with the right SK): that gives canonical_request, string_to_sign and signature, which must equal
what was sent for a correct case and must differ from it for a mistake case.
"""
import argparse
import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, unquote

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
REQUIREMENTS = os.path.join(HERE, "requirements.txt")
DEFAULT_OUT = os.path.join(REPO, "tests", "fixtures", "sign")


def pinned_core_version():
    with open(REQUIREMENTS, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line.lower().startswith("huaweicloudsdkcore=="):
                return line.split("==", 1)[1].strip()
    sys.exit("sign.py: no huaweicloudsdkcore==VERSION pin in %s" % REQUIREMENTS)


def installed_core_version():
    try:
        from importlib.metadata import version, PackageNotFoundError
    except ImportError:  # pragma: no cover
        return None
    try:
        return version("huaweicloudsdkcore")
    except PackageNotFoundError:
        return None


def reexec_in_venv(want):
    """Install the pinned SDK into a throwaway venv and run this script there."""
    if os.environ.get("OCR_ERR_SIGN_IN_VENV") == "1":
        sys.exit("sign.py: the venv has huaweicloudsdkcore %s, want %s" % (installed_core_version(), want))
    work = tempfile.mkdtemp(prefix="ocr-err-sign.", dir=os.environ.get("TMPDIR") or "/tmp")
    try:
        venv = os.path.join(work, "venv")
        print("sign.py: installing huaweicloudsdkcore %s into %s" % (want, venv), file=sys.stderr)
        subprocess.check_call([sys.executable, "-m", "venv", venv])
        py = os.path.join(venv, "bin", "python")
        subprocess.check_call([py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                               "--no-input", "-r", REQUIREMENTS])
        env = dict(os.environ, OCR_ERR_SIGN_IN_VENV="1", PYTHONDONTWRITEBYTECODE="1")
        return subprocess.call([py, os.path.abspath(__file__)] + sys.argv[1:], env=env)
    finally:
        if os.environ.get("KEEP_WORK") == "1":
            print("sign.py: kept %s" % work, file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


SDK_VERSION = pinned_core_version()
if installed_core_version() != SDK_VERSION:
    sys.exit(reexec_in_venv(SDK_VERSION))

sys.dont_write_bytecode = True
from huaweicloudsdkcore.auth.credentials import BasicCredentials  # noqa: E402
from huaweicloudsdkcore.sdk_request import SdkRequest  # noqa: E402
from huaweicloudsdkcore.signer import signer as signer_module  # noqa: E402
from huaweicloudsdkcore.signer.algorithm import SigningAlgorithm  # noqa: E402
from huaweicloudsdkcore.signer.signer import Signer  # noqa: E402
from huaweicloudsdkcore.utils import six_utils as six  # noqa: E402

# ---------------------------------------------------------------------------------------------
# Fixed inputs. Placeholders, not real credentials.
AK = "HPUAJ0EXAMPLEAKEXAMPLE"
SK = "exampleSecretKeyExampleSecretKey1234567"
OTHER_SK = "exampleSecretKeyExampleSecretKey7654321"   # the wrong-sk case signs with this one
PROJECT_ID = "0123456789abcdef0123456789abcdef"
T = datetime(2026, 12, 3, 8, 15, 0)                     # 20261203T081500Z, UTC
OCR = "ocr.cn-north-4.myhuaweicloud.com"
FG = "functiongraph.cn-north-4.myhuaweicloud.com"
SDK_UA = "huaweicloud-usdk-python/3.0"                  # what the SDK's clients put in User-Agent
GENERAL_TEXT = "/v2/%s/ocr/general-text" % PROJECT_ID
FUNCTIONS = "/v2/%s/fgs/functions" % PROJECT_ID
URN = "urn:fss:cn-north-4:%s:function:default:hello-ocr:latest" % PROJECT_ID
BODY_URL = '{"url":"https://example.com/receipt.png"}'
BODY_ZH = '{"url":"https://example.com/发票.png","language":"zh","detect_direction":true,"备注":"测试"}'


# ---------------------------------------------------------------------------------------------
# The SDK's clock, fixed, and a recorder of what Signer.sign computes.
class _FixedClock(datetime):
    now = T

    @classmethod
    def utcnow(cls):
        return cls.now


@contextlib.contextmanager
def sdk_clock(t):
    saved = signer_module.datetime
    _FixedClock.now = t
    signer_module.datetime = _FixedClock
    try:
        yield
    finally:
        signer_module.datetime = saved


CAPTURED = {}
_orig_canonical_request = Signer._process_canonical_request
_orig_string_to_sign = Signer._process_string_to_sign


def _recording_canonical_request(self, request, signed_headers):
    value = _orig_canonical_request(self, request, signed_headers)
    CAPTURED["canonical_request"] = value
    return value


def _recording_string_to_sign(self, canonical_request, time):
    value = _orig_string_to_sign(self, canonical_request, time)
    CAPTURED["string_to_sign"] = value
    return value


Signer._process_canonical_request = _recording_canonical_request
Signer._process_string_to_sign = _recording_string_to_sign


# ---------------------------------------------------------------------------------------------
# Signers that differ from the SDK's in exactly one helper (for mistakes that are a different
# computation rather than a different request). Each override is the SDK's code with one change.
class NoTrailingSlashSigner(Signer):
    """_process_canonical_uri without its last step (appending "/" when the path lacks one)."""

    def _process_canonical_uri(self, request):
        pattens = unquote(request.resource_path).split('/')
        uri = []
        for v in pattens:
            uri.append(self._url_encode(v))
        return "/".join(uri)


class QueryUnsortedSigner(Signer):
    """_process_canonical_query_string without params.sort() (the query in the order given)."""

    @classmethod
    def _process_canonical_query_string(cls, request):
        canonical_query_param = []
        for (key, value) in request.query_params or []:
            k = cls._url_encode(key)
            canonical_query_param.append("%s=%s" % (k, cls._url_encode(str(value))))
        return '&'.join(canonical_query_param)


class QueryUnencodedSigner(Signer):
    """_process_canonical_query_string without _url_encode on keys and values (sorted, raw)."""

    @classmethod
    def _process_canonical_query_string(cls, request):
        params = sorted(request.query_params or [])
        return '&'.join("%s=%s" % (key, str(value)) for (key, value) in params)


class HeadersNotLowercasedSigner(Signer):
    """_process_signed_headers and _process_canonical_headers without key.lower(): header names
    keep the case they were given in, in the canonical headers, the SignedHeaders line and the
    Authorization's SignedHeaders (still sorted, by the names as given)."""

    @classmethod
    def _process_signed_headers(cls, request):
        signed_headers = [key for key in request.header_params if "_" not in key]
        signed_headers.sort()
        return signed_headers

    def _process_canonical_headers(self, request, signed_headers):
        headers = {}
        for key in request.header_params:
            value_encoded = str(request.header_params[key]).strip()
            headers[key] = value_encoded
            request.header_params[key] = value_encoded.encode(self._ENCODE_UTF8).decode('iso-8859-1')
        return '\n'.join(key + ":" + headers.get(key) for key in signed_headers) + "\n"


class HeadersUnsortedSigner(Signer):
    """_process_signed_headers without signed_headers.sort(): lowercased, in the order the request
    holds them (the SDK client's order: User-Agent, Content-Type, X-Project-Id, X-Sdk-Date, Host),
    in the canonical headers, the SignedHeaders line and the Authorization's SignedHeaders."""

    @classmethod
    def _process_signed_headers(cls, request):
        return [key.lower() for key in request.header_params if "_" not in key]


# ---------------------------------------------------------------------------------------------
def wire_encode(s, loose=False):
    """How the recorded URLs percent-encode query keys and values: the SDK's own encoding
    (Signer._url_encode, quote(s, safe='~')), or, loose, leaving / : , ~ as they are, as many
    hand-written clients do (the canonical query is the same: it is made of the decoded values)."""
    return quote(s, safe="/:,~" if loose else "~")


def build_url(host, path, query, loose=False):
    url = "https://%s%s" % (host, path)
    if query:
        url += "?" + "&".join("%s=%s" % (wire_encode(k, loose), wire_encode(v, loose)) for k, v in query)
    return url


def parse_url(url):
    """What a verifier reads back from a recorded URL: host, raw path, decoded (key, value) pairs
    in URL order (a key without "=" has the value "")."""
    rest = url.split("://", 1)[1]
    host, _, path_query = rest.partition("/")
    path, _, query = ("/" + path_query).partition("?")
    pairs = []
    if query:
        for part in query.split("&"):
            k, _, v = part.partition("=")
            pairs.append((unquote(k), unquote(v)))
    return host, path, pairs


def sdk_sign(method, host, path, query, headers, body, *, sk=SK, project_id=PROJECT_ID,
             signer_cls=Signer, clock=T):
    """Sign with the SDK: BasicCredentials.sign_request, as the SDK's clients call it. Returns the
    headers the SDK would hand to requests, and what Signer.sign computed."""
    request = SdkRequest(method=method, schema="https", host=host, resource_path=path,
                         query_params=list(query), header_params=dict(headers), body=body,
                         signing_algorithm=SigningAlgorithm.HMAC_SHA256)
    credentials = BasicCredentials(AK, sk, project_id)
    if signer_cls is not Signer:
        # The credentials choose the signer class from _SIGNER_CASE: point it at the altered one.
        credentials._SIGNER_CASE = {SigningAlgorithm.HMAC_SHA256: signer_cls}
    CAPTURED.clear()
    with sdk_clock(clock):
        signed = credentials.sign_request(request)
    # Signer._process_canonical_headers stores each value as its UTF-8 bytes read as ISO-8859-1
    # (so that requests sends UTF-8): read them back as text.
    sent_headers = {k: v.encode("iso-8859-1").decode("utf-8") for k, v in signed.header_params.items()}
    return {
        "headers": sent_headers,
        "canonical_request": CAPTURED["canonical_request"],
        "string_to_sign": CAPTURED["string_to_sign"],
        "sdk_uri": signed.uri,
    }


def auth_parts(value):
    algorithm, _, rest = value.partition(" ")
    parts = dict(p.strip().split("=", 1) for p in rest.split(","))
    return algorithm, parts["Access"], parts["SignedHeaders"].split(";"), parts["Signature"]


def verify(request):
    """The SDK's signature for a recorded request, as a verifier would compute it: the URL parsed
    back, the headers named (case-insensitively) in the Authorization's SignedHeaders, no
    Authorization, the X-Sdk-Date as sent, and the right SK."""
    host, path, query = parse_url(request["url"])
    _, _, signed_names, _ = auth_parts(request["headers"]["Authorization"])
    wanted = {n.lower() for n in signed_names}
    headers = {k: v for k, v in request["headers"].items() if k.lower() in wanted}
    result = sdk_sign(request["method"], host, path, query, headers, request["body"], project_id=None)
    _, _, _, signature = auth_parts(result["headers"]["Authorization"])
    return result["canonical_request"], result["string_to_sign"], signature


# ---------------------------------------------------------------------------------------------
CASES = []


def base(method, host, path, query=(), headers=None, body="", loose=False, project_id=PROJECT_ID):
    return {"method": method, "host": host, "path": path, "query": list(query),
            "headers": dict(headers or {}), "body": body, "loose": loose, "project_id": project_id}


def sdk_headers(content_type="application/json", **extra):
    h = {"User-Agent": SDK_UA}
    if content_type is not None:
        h["Content-Type"] = content_type
    h.update(extra)
    return h


def correct(case_id, about, spec, add_after=None):
    signed = sdk_sign(spec["method"], spec["host"], spec["path"], spec["query"], spec["headers"],
                      spec["body"], project_id=spec["project_id"])
    headers = dict(signed["headers"])
    headers.update(add_after or {})
    request = {"method": spec["method"], "url": build_url(spec["host"], spec["path"], spec["query"], spec["loose"]),
               "headers": headers, "body": spec["body"]}
    record(case_id, about, None, request, signed)


def mistake(case_id, about, spec, signed_spec=None, signer_cls=Signer, sk=SK, clock=T, sent_headers=None,
            mistake_id=None):
    """Sign signed_spec (default: spec) with signer_cls / sk / clock; record spec's request with
    that Authorization (and its X-Sdk-Date replaced by T's when the clock differed)."""
    s = signed_spec or spec
    signed = sdk_sign(s["method"], s["host"], s["path"], s["query"], s["headers"], s["body"],
                      sk=sk, project_id=s["project_id"], signer_cls=signer_cls, clock=clock)
    headers = {}
    for k, v in signed["headers"].items():
        if k in spec["headers"]:
            v = spec["headers"][k]                      # the original request's value
        if k == "X-Sdk-Date":
            v = T.strftime("%Y%m%dT%H%M%SZ")             # the date the original request carries
        headers[k] = v
    headers.update(sent_headers or {})
    request = {"method": spec["method"], "url": build_url(spec["host"], spec["path"], spec["query"], spec["loose"]),
               "headers": headers, "body": spec["body"]}
    extra = {"signed_sk": sk} if sk != SK else {}
    record(case_id, about, mistake_id or case_id, request, signed, extra)


def record(case_id, about, mistake_id, request, signed, extra=None):
    canonical_request, string_to_sign, signature = verify(request)
    _, access, _, sent_signature = auth_parts(request["headers"]["Authorization"])
    assert access == AK
    if mistake_id is None:
        assert sent_signature == signature, case_id
        assert canonical_request == signed["canonical_request"], case_id
        assert string_to_sign == signed["string_to_sign"], case_id
    else:
        assert sent_signature != signature, case_id
        assert signed["canonical_request"] != canonical_request or extra, case_id
    rec = {"id": case_id, "about": about, "mistake": mistake_id, "request": request,
           "canonical_request": canonical_request, "string_to_sign": string_to_sign,
           "signature": signature, "sent_signature": sent_signature}
    if mistake_id is not None:
        rec["signed_canonical_request"] = signed["canonical_request"]
        rec["signed_string_to_sign"] = signed["string_to_sign"]
    rec.update(extra or {})
    CASES.append(rec)


def make_cases():
    # (a) correct signatures, made by BasicCredentials.sign_request.
    correct("ok-post-json",
            "POST OCR general-text, no query, JSON body; the SDK client's headers (User-Agent, "
            "Content-Type: application/json) plus X-Project-Id from BasicCredentials(ak, sk, project_id).",
            base("POST", OCR, GENERAL_TEXT, headers=sdk_headers(), body=BODY_URL))
    correct("ok-post-query-unsorted",
            "POST with query keys given unsorted (b=2&a=1, sent in that order): the canonical query "
            "string is sorted (a=1&b=2).",
            base("POST", OCR, GENERAL_TEXT, query=[("b", "2"), ("a", "1")], headers=sdk_headers(), body=BODY_URL))
    correct("ok-post-trailing-slash",
            "POST to a path ending in '/': the canonical URI is the same as without it (the SDK only "
            "appends '/' when missing), so this signs the same canonical URI as ok-post-json.",
            base("POST", OCR, GENERAL_TEXT + "/", headers=sdk_headers(), body=BODY_URL))
    correct("ok-post-json-zh-charset",
            "POST with Content-Type 'application/json;charset=UTF-8' (still hashed: it starts with "
            "application/json) and a JSON body with Chinese sent as raw UTF-8; the payload hash is "
            "SHA-256 of the UTF-8 bytes.",
            base("POST", OCR, GENERAL_TEXT, headers=sdk_headers("application/json;charset=UTF-8"), body=BODY_ZH))
    correct("ok-get-query-encoding",
            "GET FunctionGraph with query values needing percent-encoding (space, Chinese, '~', '+', "
            "'/', ':'), given unsorted; the URL encodes them loosely ('/', ':', ',' and '~' left "
            "raw, as many clients send them); the canonical query encodes every byte but A-Z a-z "
            "0-9 - _ . ~ as %XX (space %20, '+' %2B, '/' %2F), from the decoded values.",
            base("GET", FG, FUNCTIONS,
                 query=[("q", "hello world"), ("package", "默认"), ("tilde", "~x"), ("plus", "1+1"),
                        ("path", "/a/b:c"), ("list", "x,y")],
                 headers=sdk_headers(), loose=True))
    correct("ok-get-query-repeated-empty",
            "GET with a repeated key and an empty value: 'tag' twice, values '中文' and '~x' (the SDK "
            "sorts the (key, value) pairs on the decoded text, so '~x' (U+007E) comes before '中文' "
            "(U+4E2D), although '%E4%B8%AD' would sort before '~x'); 'marker=' is signed as "
            "'marker=' (every pair is key=value).",
            base("GET", FG, FUNCTIONS, query=[("tag", "中文"), ("marker", ""), ("tag", "~x"), ("maxitems", "10")],
                 headers=sdk_headers()))
    correct("ok-get-functions-list",
            "GET FunctionGraph list functions, query given unsorted, empty body (payload hash of the "
            "empty string); its curl -v transcript is ok-get-functions-list.curl-v.txt, answered 401 "
            "APIGW.0301 although the signature is right for this SK: the AK/SK pair is what the "
            "gateway rejects there, not the signing.",
            base("GET", FG, FUNCTIONS, query=[("package", "default"), ("maxitems", "10"), ("marker", "0")],
                 headers=sdk_headers()))
    correct("ok-post-invoke-urn-empty-body",
            "POST FunctionGraph invocations with the function URN in the path sent with raw ':' "
            "(the canonical URI encodes each path segment: ':' becomes %3A) and an empty body (the "
            "empty string's hash, as for a GET).",
            base("POST", FG, "/v2/%s/fgs/functions/%s/invocations" % (PROJECT_ID, URN), headers=sdk_headers()))
    correct("ok-post-unsigned-extras",
            "A client signing by hand with the SDK signer (no User-Agent, no project id in the "
            "credentials, X-Project-Id set as a header); a header with '_' in its name "
            "(X_Request_Tag) is sent but never signed by the SDK, and Content-Length is added after "
            "signing (as requests does): neither is in SignedHeaders.",
            base("POST", OCR, GENERAL_TEXT,
                 headers={"Content-Type": "application/json", "X-Project-Id": PROJECT_ID, "X_Request_Tag": "batch-7"},
                 body=BODY_URL, project_id=None),
            add_after={"Content-Length": str(len(BODY_URL.encode("utf-8")))})
    correct("ok-post-unsigned-payload",
            "POST with Content-Type application/x-www-form-urlencoded: not application/json nor "
            "application/bson, so the SDK adds 'X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD' (signed "
            "like any header) and the canonical request's payload line is 'UNSIGNED-PAYLOAD' "
            "instead of the body's hash.",
            base("POST", OCR, GENERAL_TEXT, headers=sdk_headers("application/x-www-form-urlencoded"),
                 body="url=https%3A%2F%2Fexample.com%2Freceipt.png&detect_direction=true"))

    # (b) one case per mistake.
    post = base("POST", OCR, GENERAL_TEXT, headers=sdk_headers(), body=BODY_URL)
    mistake("uri-no-trailing-slash",
            "Canonical URI signed without the trailing '/' ('/v2/.../ocr/general-text'). Not a "
            "different request: signed by a Signer subclass whose _process_canonical_uri is the "
            "SDK's without the step that appends '/'.",
            post, signer_cls=NoTrailingSlashSigner)
    mistake("query-unsorted",
            "Query signed in the order given (b=2&a=1) instead of sorted. Signed by a Signer subclass "
            "whose _process_canonical_query_string is the SDK's without params.sort().",
            base("POST", OCR, GENERAL_TEXT, query=[("b", "2"), ("a", "1")], headers=sdk_headers(), body=BODY_URL),
            signer_cls=QueryUnsortedSigner)
    mistake("query-unencoded",
            "Query signed sorted but without percent-encoding (raw 'hello world', '中文', '/a/b'); the "
            "URL sent is encoded. Signed by a Signer subclass whose _process_canonical_query_string "
            "is the SDK's without _url_encode.",
            base("GET", FG, FUNCTIONS, query=[("q", "hello world"), ("package", "中文"), ("path", "/a/b")],
                 headers=sdk_headers()),
            signer_cls=QueryUnencodedSigner)
    mistake("headers-not-lowercased",
            "Header names signed in the case given (Content-Type, Host, ...), in the canonical "
            "headers, the SignedHeaders line and the Authorization's SignedHeaders. Signed by a "
            "Signer subclass whose _process_signed_headers and _process_canonical_headers are the "
            "SDK's without key.lower().",
            post, signer_cls=HeadersNotLowercasedSigner)
    mistake("headers-unsorted",
            "Header names lowercased but not sorted: signed in the order the request holds them "
            "(user-agent;content-type;x-project-id;x-sdk-date;host), also in the Authorization's "
            "SignedHeaders. Signed by a Signer subclass whose _process_signed_headers is the SDK's "
            "without signed_headers.sort().",
            post, signer_cls=HeadersUnsortedSigner)
    mistake("signed-header-changed",
            "Content-Type changed after signing: signed with 'application/json', sent with "
            "'application/json;charset=UTF-8'. The SDK's own call on the altered request.",
            base("POST", OCR, GENERAL_TEXT, headers=sdk_headers("application/json;charset=UTF-8"), body=BODY_URL),
            signed_spec=post)
    mistake("body-hash-empty",
            "Signed with the empty body's hash (e3b0c442...) while a JSON body was sent. The SDK's "
            "own call on the request with an empty body.",
            post, signed_spec=dict(post, body=""))
    mistake("body-changed",
            "Body modified after signing: signed the JSON with spaces ('{\"url\": \"...\"}', as "
            "json.dumps writes it), sent it compact. The SDK's own call on the altered body.",
            post, signed_spec=dict(post, body=json.dumps(json.loads(BODY_URL))))
    mistake("date-other-header",
            "Signed with X-Sdk-Date 20261203T081400Z (one minute earlier) but sent with "
            "20261203T081500Z: the SDK's own call with its clock one minute earlier. GET with an "
            "empty body, so its curl -v transcript (date-other-header.curl-v.txt) is verifiable.",
            base("GET", FG, FUNCTIONS, query=[("package", "default"), ("maxitems", "10"), ("marker", "0")],
                 headers=sdk_headers()),
            clock=T - timedelta(minutes=1))
    skewed = T - timedelta(minutes=25)
    mistake("skewed-uri-no-trailing-slash",
            "Two mistakes at once: the client's clock 25 minutes slow (X-Sdk-Date 20261203T075000Z, "
            "the answer's Date 08:15:01 GMT), and the canonical URI signed without its trailing '/' "
            "(the NoTrailingSlashSigner subclass). GET with an empty body, so its curl -v transcript "
            "(skewed-uri-no-trailing-slash.curl-v.txt) is verifiable.",
            base("GET", FG, FUNCTIONS, query=[("package", "default"), ("maxitems", "10"), ("marker", "0")],
                 headers=sdk_headers()),
            signer_cls=NoTrailingSlashSigner, clock=skewed,
            sent_headers={"X-Sdk-Date": skewed.strftime("%Y%m%dT%H%M%SZ")},
            mistake_id="uri-no-trailing-slash")
    mistake("wrong-sk",
            "Signed with another secret key (signed_sk) than the one the verifier holds; everything "
            "else right, so signed_canonical_request equals canonical_request. The SDK's own call "
            "with that SK.",
            post, sk=OTHER_SK)


# ---------------------------------------------------------------------------------------------
def curl_transcript(case):
    req = case["request"]
    url = req["url"]
    host, _, _ = parse_url(url)
    target = url.split(host, 1)[1]
    request_id = hashlib.md5(case["id"].encode("utf-8")).hexdigest()
    body = json.dumps({"error_msg": "Incorrect IAM authentication information: verify aksk signature fail",
                       "error_code": "APIGW.0301", "request_id": request_id},
                      separators=(",", ":"), ensure_ascii=False)
    date = format_datetime((T + timedelta(seconds=1)).replace(tzinfo=timezone.utc), usegmt=True)
    headers = req["headers"]
    order = ["Host"] + [k for k in headers if k != "Host"]     # curl writes Host first
    lines = ["*   Trying 100.125.1.250:443...",
             "* Connected to %s (100.125.1.250) port 443" % host,
             "* ALPN: server accepted http/1.1",
             "> %s %s HTTP/1.1" % (req["method"], target)]
    lines += ["> %s: %s" % (k, headers[k]) for k in order]
    lines += ["> ",
              "< HTTP/1.1 401 Unauthorized",
              "< Date: %s" % date,
              "< Content-Type: application/json",
              "< Content-Length: %d" % len(body.encode("utf-8")),
              "< Connection: keep-alive",
              "< X-Request-Id: %s" % request_id,
              "< Server: api-gateway",
              "< ",
              "{ [%d bytes data]" % len(body.encode("utf-8")),
              body,
              "* Connection #0 to host %s left intact" % host]
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    make_cases()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for case in CASES:
            f.write(json.dumps(case, ensure_ascii=False) + "\n")
    for case_id in ("ok-get-functions-list", "date-other-header", "skewed-uri-no-trailing-slash"):
        case = next(c for c in CASES if c["id"] == case_id)
        with open(os.path.join(args.out, case_id + ".curl-v.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(curl_transcript(case))
    print("sign.py: huaweicloudsdkcore %s: %d cases (%d correct, %d mistakes) in %s"
          % (SDK_VERSION, len(CASES), sum(c["mistake"] is None for c in CASES),
             sum(c["mistake"] is not None for c in CASES), args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
