#!/usr/bin/env python3
"""Writes codes/apis.json: what the official Python SDK of Huawei Cloud OCR says about each OCR API.

    pip install huaweicloudsdkocr==3.1.219
    python3 codes/sources/make_apis.py            # refuses another installed version
    python3 codes/sources/make_apis.py --any-version

Everything here is read from the installed SDK's code, not typed in by hand:
- the APIs: every `_<op>_http_info` classmethod of huaweicloudsdkocr.v1.ocr_client.OcrClient. The
  request class is the one its public method's docstring names (`:type request:`); the method and
  resource path are what `_<op>_http_info(RequestClass())` returns (it builds a dict and sends
  nothing). The operation is the request class's name less "Request", checked against the
  response_type less "Response". The id is the path's last segment.
- the body: the request class's openapi_types['body']. Its fields are its openapi_types (type) and
  attribute_map (JSON key), in that order. A field's doc is its property getter's docstring less the
  SDK's generated "Gets the ... of this ..." line and the ":return:/:rtype:" lines, with whitespace
  trimmed at both ends only (otherwise verbatim).
- required: see REQUIRED_RULE.
- limits: regexes over each field's doc, sentence by sentence (a sentence ends after "。"). A limit is
  kept only where a sentence states it, with that sentence verbatim in "stated".
- one_of: a field doc saying "与<other>二选一" where <other> is another field of the same body.
- the regions: huaweicloudsdkocr.v1.region.ocr_region.OcrRegion.static_fields, in the SDK's order.

Sentences that look like they state a limit but that no rule read are printed at the end.
Stdlib only, besides the SDK."""
import ast, datetime, importlib.metadata, inspect, json, os, re, sys, textwrap

PACKAGE = "huaweicloudsdkocr"
PINNED = "3.1.219"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "apis.json")

REQUIRED_RULE = (
    "A field is required when the body model's __init__ assigns it unconditionally "
    "(a top-level `self.<attr> = <attr>`, the generator's form for required properties; optional ones are "
    "assigned under `if <attr> is not None:`), or when its __init__ parameter has no default, or when its "
    "setter raises. Otherwise it is optional. Read from the SDK's source with ast."
)

version = importlib.metadata.version(PACKAGE)
if version != PINNED and "--any-version" not in sys.argv[1:]:
    sys.exit(f"installed {PACKAGE} is {version}, pinned {PINNED}: "
             f"pip install {PACKAGE}=={PINNED}, or update PINNED (or pass --any-version)")

import huaweicloudsdkocr.v1 as v1  # noqa: E402
from huaweicloudsdkocr.v1.ocr_client import OcrClient  # noqa: E402
from huaweicloudsdkocr.v1.region.ocr_region import OcrRegion  # noqa: E402

meta = importlib.metadata.metadata(PACKAGE)
licence = meta.get("License-Expression") or meta.get("License") or ""

warnings = []  # things a reader should look at, printed at the end

# ---------------------------------------------------------------- docstrings

GETS = re.compile(r"^Gets the \w+ of this \w+\.$")


def getter_doc(cls, attr):
    """The property getter's docstring less the generated first line and :return:/:rtype: lines."""
    raw = getattr(cls, attr).__doc__ or ""
    lines = inspect.cleandoc(raw).split("\n")
    if lines and GETS.match(lines[0].strip()):
        lines = lines[1:]
    keep = []
    for line in lines:
        if line.lstrip().startswith((":return:", ":rtype:")):
            break
        keep.append(line)
    return "\n".join(keep).strip()


def sentences(doc):
    """Sentences of a doc, each ending after "。" (the last may not), trimmed, verbatim otherwise."""
    return [s.strip() for s in re.split(r"(?<=。)", doc) if s.strip()]


NUM = r"(\d+(?:\.\d+)?)"
PX = r"\s*(?:px|像素)"
RULES = {
    # "…其对应的Base64编码不超过10MB"; not "建议文件大小不超过7MB" (a recommendation, not Base64).
    "max_base64_mb": re.compile(r"Base64编码不超过" + NUM + r"\s*MB", re.I),
    # "最小边不小于15px", "最短边不小于15像素", "图片尺寸不小于15像素", "图像尺寸不小于15×15像素".
    "min_side_px": re.compile(r"(?:最小边|最短边|尺寸)不小于" + NUM + r"(?:\s*[×xX*]\s*" + NUM + r")?" + PX),
    # "最长边不超过8192px", "最长边不超过30000像素".
    "max_side_px": re.compile(r"最长边不超过" + NUM + PX),
    # "支持JPEG、JPG、PNG格式", "支持JPG/PNG/BMP/TIFF格式", "支持JPEG、JPG、PNG、BMP、TIFF。"
    "formats": re.compile(r"支持\s*([A-Za-z][A-Za-z0-9]{1,4}(?:\s*[、/,，]\s*[A-Za-z][A-Za-z0-9]{1,4})*)\s*(?=格式|。|$)"),
}
# Looks like a limit: a number with a unit of size, or a comparison with a number.
LIMITISH = re.compile(r"\d+(?:\.\d+)?\s*(?:MB|KB|GB|px|像素|dpi)|\d\s*亿|(?:不超过|不小于|不大于|不能大于|不能小于|至少|最多)\s*\d", re.I)
ONE_OF = re.compile(r"与\s*([A-Za-z_][A-Za-z0-9_]*)\s*二选一")


def number(s):
    f = float(s)
    return int(f) if f.is_integer() else f


def parse_limits(doc, where):
    limits, stated, leftovers = {}, {}, []
    for sent in sentences(doc):
        rest = sent
        for key, rx in RULES.items():
            for m in rx.finditer(sent):
                if key == "formats":
                    value = [t.upper() for t in re.split(r"\s*[、/,，]\s*", m.group(1))]
                elif key == "min_side_px":
                    value = number(m.group(1)) if m.group(2) is None else min(number(m.group(1)), number(m.group(2)))
                else:
                    value = number(m.group(1))
                if key in limits:
                    if limits[key] != value:
                        warnings.append(f"{where}: {key} stated twice with different values: "
                                        f"{limits[key]!r} ({stated[key]}) and {value!r} ({sent})")
                    continue
                limits[key], stated[key] = value, sent
            rest = rx.sub("", rest)
        if LIMITISH.search(rest):
            leftovers.append(sent)
    return limits, stated, leftovers


# ---------------------------------------------------------------- required

def required_attrs(cls):
    """Attributes the model's __init__ treats as required (see REQUIRED_RULE), and why."""
    init = cls.__init__
    tree = ast.parse(textwrap.dedent(inspect.getsource(init)))
    fn = tree.body[0]
    params = [a.arg for a in fn.args.args][1:]
    why = {}
    sig = inspect.signature(init)
    for p in params:
        if sig.parameters[p].default is inspect.Parameter.empty:
            why[p] = "__init__ parameter without default"
    for stmt in fn.body:  # top level only: the optional ones sit inside an `if`
        if (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Attribute)
                and isinstance(stmt.targets[0].value, ast.Name) and stmt.targets[0].value.id == "self"
                and not stmt.targets[0].attr.startswith("_")
                and isinstance(stmt.value, ast.Name) and stmt.value.id == stmt.targets[0].attr
                and stmt.value.id in params):
            why.setdefault(stmt.value.id, "unconditional self.<attr> = <attr> in __init__")
    for attr in cls.openapi_types:
        prop = getattr(cls, attr, None)
        if isinstance(prop, property) and prop.fset is not None:
            if any(isinstance(n, ast.Raise) for n in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(prop.fset))))):
                why.setdefault(attr, "setter raises")
    return why


# ---------------------------------------------------------------- APIs

REQ_TYPE = re.compile(r":type request: :class:`huaweicloudsdkocr\.v1\.(\w+)`")
ID_LIKE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
leftover_docs = []
apis = []
for name, member in inspect.getmembers(OcrClient):
    m = re.match(r"^_(\w+)_http_info$", name)
    if not m:
        continue
    public = getattr(OcrClient, m.group(1), None)
    if public is None:
        warnings.append(f"{name}: no public method {m.group(1)}")
        continue
    t = REQ_TYPE.search(public.__doc__ or "")
    if not t:
        warnings.append(f"{m.group(1)}: its docstring names no request class; skipped")
        continue
    req_cls = getattr(v1, t.group(1))
    info = member(req_cls())
    operation = req_cls.__name__[:-len("Request")] if req_cls.__name__.endswith("Request") else req_cls.__name__
    if info.get("response_type") != operation + "Response":
        warnings.append(f"{operation}: response_type is {info.get('response_type')}")
    path = info["resource_path"]
    api_id = path.rstrip("/").rsplit("/", 1)[-1]
    if not ID_LIKE.match(api_id):
        warnings.append(f"{operation}: path {path} does not end in an id-like segment ({api_id!r})")

    body = None
    body_type = req_cls.openapi_types.get("body")
    if body_type is None:
        warnings.append(f"{operation}: request has no body")
    else:
        body_cls = getattr(v1, body_type)
        req = required_attrs(body_cls)
        json_names = {a: body_cls.attribute_map.get(a, a) for a in body_cls.openapi_types}
        by_json = {j: a for a, j in json_names.items()}
        fields, one_of = [], []
        for attr, typ in body_cls.openapi_types.items():
            doc = getter_doc(body_cls, attr)
            where = f"{api_id}.{json_names[attr]}"
            field = {"name": json_names[attr], "type": typ, "required": attr in req, "doc": doc}
            limits, stated, leftovers = parse_limits(doc, where)
            if limits:
                field["limits"] = {**limits, "stated": stated}
            for s in leftovers:
                leftover_docs.append((where, s))
            for o in ONE_OF.finditer(doc):
                other = o.group(1)
                if other not in by_json and other not in body_cls.openapi_types:
                    warnings.append(f"{where}: says 与{other}二选一 but the body has no field {other}")
                    continue
                other = json_names.get(other, other)
                order = list(json_names.values())
                pair = sorted({json_names[attr], other}, key=order.index)
                if len(pair) == 2 and pair not in one_of:
                    one_of.append(pair)
            fields.append(field)
        body = {"class": body_type}
        if one_of:
            body["one_of"] = one_of
        body["fields"] = fields
    apis.append({"id": api_id, "operation": operation, "method": info["method"], "path": path, "body": body})

apis.sort(key=lambda a: a["path"])
ids = [a["id"] for a in apis]
for i in sorted({i for i in ids if ids.count(i) > 1}):
    warnings.append(f"id {i} is used by more than one API")

regions = [{"id": r.id, "endpoints": list(r.endpoints)} for r in OcrRegion.static_fields.values()]

out = {
    "source": {
        "package": PACKAGE,
        "version": version,
        "url": f"https://pypi.org/project/{PACKAGE}/{version}/",
        "license": licence,
        "date": datetime.date.today().isoformat(),
        "note": ("Read by codes/sources/make_apis.py from the installed SDK: the v1 OcrClient's operations, "
                 "their request-body models and OcrRegion. Every field's doc (Chinese) is the SDK's property "
                 "getter docstring verbatim, less the generated 'Gets the ...' and ':return:' lines. A limit is "
                 "recorded only where a docstring sentence states it, and that sentence is kept verbatim in "
                 "'stated'. Not recorded as limits: the advice '建议文件大小不超过7MB' (a recommendation) and "
                 "other sentences the script lists as not read."),
        "required_rule": REQUIRED_RULE,
    },
    "regions": regions,
    "apis": apis,
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
    f.write("\n")

# ---------------------------------------------------------------- summary

print(f"{PACKAGE} {version}: {len(apis)} APIs, {len(regions)} regions -> {os.path.relpath(OUT)}")
for a in apis:
    b = a["body"] or {}
    found = []
    for fld in b.get("fields", []):
        if "limits" in fld:
            found.append(fld["name"] + ":" + ",".join(k for k in fld["limits"] if k != "stated"))
    req = [fld["name"] for fld in b.get("fields", []) if fld["required"]]
    extra = (" one_of=" + "|".join("+".join(p) for p in b["one_of"])) if b.get("one_of") else ""
    extra += (" required=" + ",".join(req)) if req else ""
    print(f"  {a['method']:4} {a['id']:42} {' '.join(found) or '(no limits)'}{extra}")
if leftover_docs:
    print("Sentences that look like limits but were not read (distinct):")
    seen = {}
    for where, s in leftover_docs:
        seen.setdefault(s, []).append(where)
    for s, wheres in seen.items():
        print(f"  [{len(wheres)}x, e.g. {wheres[0]}] {s}")
for w in warnings:
    print("WARNING:", w)
