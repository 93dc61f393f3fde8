#!/usr/bin/env bash
# Usage: tests/oracle/run.sh [PATH_TO_OCR_ERR]   (default: target/release/ocr-err; it is only run)
#
# Records what the official Huawei Cloud SDKs print for every error of the catalog, into
# tests/fixtures/oracle/{python,node}.jsonl and README.md. Re-runnable; writes nothing else in
# the repo. Installs the pinned SDKs (tests/oracle/requirements.txt, tests/oracle/node/) into a
# throwaway venv and npm dir under ${TMPDIR:-/tmp}, removed at the end (KEEP_WORK=1 keeps it).
# Needs python3 (the committed fixtures were made with CPython 3.11: tracebacks differ between
# Python versions), node and npm, and reach to PyPI and npm; every call the SDKs make goes to a
# loopback mock (tests/oracle/mock.py), except the one DNS lookup of the dns case. The SDKs call
# the services' real host names (ocr.cn-north-4.myhuaweicloud.com,
# functiongraph.cn-north-4.myhuaweicloud.com) on the mock's port over http; each generator resolves
# *.myhuaweicloud.com to 127.0.0.1 inside its own process (/etc/hosts is not touched), and runs
# with no proxy variables, so that no proxy gets those calls.
# Environment: PYTHON (default python3), NODE (default node), NPM (default npm).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
bin=${1:-$repo/target/release/ocr-err}
out=$repo/tests/fixtures/oracle
PYTHON=${PYTHON:-python3}
NODE=${NODE:-node}
NPM=${NPM:-npm}
MOCK_PORT=18080     # preferred; another is used (and shown as this one) when it is taken
REFUSED_PORT=18081  # preferred closed port for the refused case, likewise

[ -x "$bin" ] || { echo "run.sh: no ocr-err binary at $bin (build it, or pass its path)" >&2; exit 2; }
for tool in "$PYTHON" "$NODE" "$NPM"; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool not found" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/ocr-err-oracle.XXXXXX")
mock_pid=
cleanup() {
  if [ -n "$mock_pid" ]; then kill "$mock_pid" 2>/dev/null || true; wait "$mock_pid" 2>/dev/null || true; fi
  if [ "${KEEP_WORK:-0}" = 1 ]; then echo "run.sh: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

export PYTHONDONTWRITEBYTECODE=1   # no __pycache__ in the repo
export LANG=C.UTF-8 LC_ALL=C.UTF-8 # the Node SDK's User-Agent names $LANG
export TZ=UTC
unset DEBUG                        # DEBUG=DEBUG turns the Node SDK's debug logging on

echo "run.sh: installing the Python SDK into $work/venv" >&2
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
  -r "$here/requirements.txt"
"$work/venv/bin/python" -m pip freeze --disable-pip-version-check | LC_ALL=C sort -f > "$work/pip-freeze.txt"

echo "run.sh: installing the Node.js SDK into $work/npm" >&2
mkdir "$work/npm"
cp "$here/node/package.json" "$here/node/package-lock.json" "$work/npm/"
(cd "$work/npm" && "$NPM" ci --no-audit --no-fund --loglevel=error --omit-lockfile-registry-resolved >/dev/null)

# The SDKs keep an application id under $HOME/.huaweicloud (the Node SDK prints it in its
# User-Agent): a throwaway HOME with a fixed one keeps the real home untouched and the text stable.
mkdir -p "$work/home/.huaweicloud" "$work/run"
printf '%s' 00000000-0000-4000-8000-000000000000 > "$work/home/.huaweicloud/application_id"

echo "run.sh: building the cases from $bin list -f json" >&2
"$bin" list -f json > "$work/catalog.json"
"$PYTHON" "$here/cases.py" < "$work/catalog.json" > "$work/cases.json"

# A loopback port nothing listens on, for the refused case (called at the real host name, which
# the generators resolve to 127.0.0.1).
refused=$("$PYTHON" - "$REFUSED_PORT" <<'EOF'
import socket, sys
def closed(port):
    s = socket.socket()
    s.settimeout(1)
    try:
        s.connect(("127.0.0.1", port))
        return False
    except ConnectionRefusedError:
        return True
    except OSError:
        return False
    finally:
        s.close()
want = int(sys.argv[1])
if closed(want):
    print(want)
else:
    for _ in range(50):
        s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
        if closed(port):
            print(port); break
    else:
        sys.exit("no closed loopback port found")
EOF
)

echo "run.sh: starting the mock" >&2
"$PYTHON" "$here/mock.py" "$work/cases.json" "$work/mock.port" --prefer-port="$MOCK_PORT" --lifetime=1200 \
  2> "$work/mock.log" &
mock_pid=$!
for _ in $(seq 1 100); do [ -s "$work/mock.port" ] && break; sleep 0.1; done
[ -s "$work/mock.port" ] || { echo "run.sh: the mock did not start" >&2; cat "$work/mock.log" >&2; exit 1; }
port=$(cat "$work/mock.port")
echo "run.sh: mock on 127.0.0.1:$port, refused port $refused" >&2

# The generators' calls must reach the mock (and the dns case the resolver), not a proxy.
no_proxy_env=(env -u http_proxy -u https_proxy -u all_proxy -u no_proxy
              -u HTTP_PROXY -u HTTPS_PROXY -u ALL_PROXY -u NO_PROXY)

echo "run.sh: Python generator" >&2
(cd "$work/run" && HOME="$work/home" "${no_proxy_env[@]}" "$work/venv/bin/python" "$here/gen_python.py" \
  --cases "$work/cases.json" --mock-port "$port" --refused-port "$refused" \
  --stable-mock-port "$MOCK_PORT" --stable-refused-port "$REFUSED_PORT" --out "$work/python.jsonl")

echo "run.sh: Node.js generator" >&2
(cd "$work/run" && HOME="$work/home" "${no_proxy_env[@]}" "$NODE" "$here/gen_node.js" \
  --cases "$work/cases.json" --mock-port "$port" --refused-port "$refused" \
  --stable-mock-port "$MOCK_PORT" --stable-refused-port "$REFUSED_PORT" \
  --npm-dir "$work/npm" --out "$work/node.jsonl")

kill "$mock_pid" 2>/dev/null || true
wait "$mock_pid" 2>/dev/null || true
mock_pid=

"$PYTHON" "$here/finish.py" "$work" "$out"
echo "run.sh: done: $out" >&2
