#!/usr/bin/env node
// Record what the official Node.js SDK (@huaweicloud/huaweicloud-sdk-core) prints for each case.
//
// Usage (run.sh runs it with NODE_PATH at the throwaway npm dir's node_modules):
//   node gen_node.js --cases cases.json --mock-port PORT --refused-port PORT --npm-dir DIR --out node.jsonl
//
// There is no OCR package for Node.js on npm (@huaweicloud/huaweicloud-sdk-ocr: 404), so the
// service client is FunctionGraph's (@huaweicloud/huaweicloud-sdk-functiongraph, invokeFunction:
// a POST with a JSON body, as OCR's calls are); every error the Node SDK raises is made by the
// core package (HcClient -> ExceptionUtil.generalException), the same for every service.
//
// For every case of cases.json it points the client at FunctionGraph's real host name in cn-north-4
// (FunctionGraphRegion.CN_NORTH_4), http://functiongraph.cn-north-4.myhuaweicloud.com:PORT (PORT the
// mock's), and resolves that name to 127.0.0.1 inside this process only: dns.lookup (which net, so
// http and the SDK's axios, calls at connect time) is wrapped before the SDK is loaded, and every
// name ending in .myhuaweicloud.com but the DNS case's maps to 127.0.0.1; /etc/hosts is left alone.
// So the texts name the host a user sees while the calls reach the loopback mock (mock.py). It
// tells the mock which case to answer, calls the API, catches `err` and records:
//   console_log           what console.log(err) writes (a real console.Console on a non-TTY sink)
//   string                String(err)  (the same as `${err}`)
//   json                  JSON.stringify(err)
//   message_only          err.errorMsg
//   message_only:message  err.message
//   console_error_prefix  what console.error('OCR failed:', err) writes
//   sdk_stdout            what the SDK itself wrote to stdout during the call (its log4js logger
//                         at ERROR: "Some error found: ..."), where it wrote anything
// Transport failures (refused: the same host name at a closed port; dns: a name that does not
// resolve; timeout) get the same forms; "exception" names err's class.
//
// "printed" is the text as the value is, or for stream forms as written without the one final
// newline console adds. Stack paths are made stable: the npm dir becomes /npm, this script's
// folder /oracle; a port other than the preferred one (when that was taken) shows as the
// preferred one. In sdk_stdout (which prints the request's headers) the log4js time stamp, the
// X-Sdk-Date, the signature and the kernel release in the User-Agent are replaced by fixed
// placeholders, and the fake AK (in Authorization: ... Access=AK) by <FAKE_AK>. run.sh gives the
// SDK a throwaway HOME holding a fixed application_id, so the User-Agent's app/<uuid> is stable.
'use strict';

const dns = require('dns');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { Writable } = require('stream');

function parseArgs(argv) {
  const out = {};
  for (let i = 2; i < argv.length; i += 2) {
    out[argv[i].replace(/^--/, '')] = argv[i + 1];
  }
  for (const k of ['cases', 'mock-port', 'refused-port', 'npm-dir', 'out']) {
    if (!out[k]) throw new Error(`gen_node.js: --${k} is required`);
  }
  return out;
}

const args = parseArgs(process.argv);

// FunctionGraph's host name in region cn-north-4, over plain http on the mock's port.
const API_HOST = 'functiongraph.cn-north-4.myhuaweicloud.com';
const RESOLVED_SUFFIX = '.myhuaweicloud.com';
const DNS_HOST = 'ocr.xx-nowhere-9.myhuaweicloud.com'; // must not resolve: the dns case
const DNS_ENDPOINT = `https://${DNS_HOST}`;

// Resolve API_HOST (every *.myhuaweicloud.com but DNS_HOST) to 127.0.0.1 in this process, before
// the SDK (and axios) is loaded: net looks dns.lookup up at each connect, so replacing the
// property is enough; the answer is the real lookup's of 127.0.0.1, with the caller's options
// (family, all: true for autoSelectFamily, ...). dns.promises.lookup likewise, should anything use it.
function mapsToMock(hostname) {
  const name = String(hostname).replace(/\.$/, '').toLowerCase();
  return name.endsWith(RESOLVED_SUFFIX) && name !== DNS_HOST;
}
const realLookup = dns.lookup;
dns.lookup = function lookup(hostname, ...rest) {
  return realLookup.call(this, mapsToMock(hostname) ? '127.0.0.1' : hostname, ...rest);
};
const realPromisesLookup = dns.promises.lookup;
dns.promises.lookup = function lookup(hostname, ...rest) {
  return realPromisesLookup.call(this, mapsToMock(hostname) ? '127.0.0.1' : hostname, ...rest);
};
const npmDir = fs.realpathSync(args['npm-dir']);
const nodeModules = path.join(npmDir, 'node_modules');
const core = require(path.join(nodeModules, '@huaweicloud/huaweicloud-sdk-core'));
const fg = require(path.join(nodeModules, '@huaweicloud/huaweicloud-sdk-functiongraph'));
const coreVersion = require(path.join(nodeModules, '@huaweicloud/huaweicloud-sdk-core/package.json')).version;
const fgVersion = require(path.join(nodeModules, '@huaweicloud/huaweicloud-sdk-functiongraph/package.json')).version;

const FAKE_AK = 'ORACLEFAKEAKEXAMPLE0';
const FAKE_SK = 'oracleFakeSecretKeyExample00000000000000';
const FAKE_PROJECT = '0123456789abcdef0123456789abcdef';
const FUNCTION_URN = `urn:fss:cn-north-4:${FAKE_PROJECT}:function:default:ocr-probe:latest`;
const TINY_PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const mockPort = Number(args['mock-port']);
const refusedPort = Number(args['refused-port']);
const stableMockPort = Number(args['stable-mock-port'] || mockPort);
const stableRefusedPort = Number(args['stable-refused-port'] || refusedPort);
let redactions = 0;

function replaceAll(text, from, to) {
  return from ? text.split(from).join(to) : text;
}

function normalise(text) {
  const here = __dirname;
  const pairs = [[npmDir, '/npm'], [args['npm-dir'], '/npm'], [fs.realpathSync(here), '/oracle'], [here, '/oracle']]
    .filter(([p]) => p && p !== '/')
    .sort((a, b) => b[0].length - a[0].length);
  for (const [from, to] of pairs) text = replaceAll(text, from, to);
  for (const [real, stable] of [[mockPort, stableMockPort], [refusedPort, stableRefusedPort]]) {
    if (real === stable) continue;
    // API_HOST:PORT in URLs and the Host header; 127.0.0.1:PORT in Node's own ECONNREFUSED text.
    for (const host of [API_HOST, '127.0.0.1']) text = replaceAll(text, `${host}:${real}`, `${host}:${stable}`);
  }
  for (const [secret, placeholder] of [[FAKE_SK, '<FAKE_SK>'], [FAKE_AK, '<FAKE_AK>']]) {
    const n = text.split(secret).length - 1;
    if (n) { redactions += n; text = replaceAll(text, secret, placeholder); }
  }
  return text;
}

// What differs from run to run in the SDK's own log lines (sdk_stdout).
function normaliseSdkLog(text) {
  return text
    // log4js "colored" layout: [2024-01-01T00:00:00.000] [ERROR] default - ...
    .replace(/\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\]/g, '[2024-01-01T00:00:00.000]')
    .replace(/\b\d{8}T\d{6}Z\b/g, '20240101T000000Z')
    .replace(/Signature=[0-9a-f]{64}/g, 'Signature=<SIGNATURE>')
    // The User-Agent names the kernel release of the machine the run was made on.
    .split(`#${os.release()}#`).join('#<os-release>#');
}

class Sink extends Writable {
  constructor() { super(); this.chunks = []; }
  _write(chunk, enc, cb) { this.chunks.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk)); cb(); }
  text() { return this.chunks.join(''); }
}

function consoleCapture(fn) {
  // A console like the global one when stdout/stderr are a pipe or a file (no colours).
  const out = new Sink();
  const err = new Sink();
  const c = new console.Console({ stdout: out, stderr: err, colorMode: 'auto' });
  fn(c);
  return { out: out.text(), err: err.text() };
}

function stripOneNewline(text) {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

function buildClient(endpoint) {
  const credentials = new core.BasicCredentials()
    .withAk(FAKE_AK)
    .withSk(FAKE_SK)
    .withProjectId(FAKE_PROJECT);
  return fg.FunctionGraphClient.newBuilder()
    .withCredential(credentials)
    .withEndpoint(endpoint)
    .withOptions({ axiosRequestConfig: { timeout: 1000 } })
    .build();
}

async function setMockCase(caseId) {
  const res = await fetch(`http://127.0.0.1:${mockPort}/__oracle/case`, { method: 'POST', body: caseId });
  if (res.status !== 200) throw new Error(`mock refused case ${caseId}: ${res.status}`);
  await res.text();
}

async function callOnce(client) {
  const request = new fg.InvokeFunctionRequest();
  request.withFunctionUrn(FUNCTION_URN);
  request.withBody({ image: TINY_PNG_B64 });
  // The SDK's log4js appender writes to process.stdout: catch what it writes during the call.
  const written = [];
  const realWrite = process.stdout.write;
  process.stdout.write = function (chunk, encoding, cb) {
    written.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
    if (typeof encoding === 'function') encoding();
    else if (typeof cb === 'function') cb();
    return true;
  };
  try {
    await client.invokeFunction(request);
  } catch (err) {
    // log4js may write on a later tick: give it one.
    await new Promise((r) => setImmediate(r));
    process.stdout.write = realWrite;
    return { err, sdkStdout: written.join('') };
  } finally {
    process.stdout.write = realWrite;
  }
  throw new Error('the call did not fail');
}

async function main() {
  const cases = JSON.parse(fs.readFileSync(args.cases, 'utf8'));
  const mockEndpoint = `http://${API_HOST}:${mockPort}`;
  const mockClient = buildClient(mockEndpoint);
  const records = [];
  for (const c of cases) {
    const caseId = c.case;
    const sent = c.sent;
    const failure = sent.failure;
    let client;
    if (failure === 'refused') client = buildClient(`http://${API_HOST}:${refusedPort}`);
    else if (failure === 'dns') client = buildClient(DNS_ENDPOINT);
    else if (failure === 'timeout') { await setMockCase('timeout'); client = buildClient(mockEndpoint); }
    else { await setMockCase(caseId); client = mockClient; }

    const { err, sdkStdout } = await callOnce(client);
    const forms = {
      console_log: stripOneNewline(consoleCapture((con) => con.log(err)).out),
      string: String(err),
      json: JSON.stringify(err),
      message_only: String(err.errorMsg),
      'message_only:message': String(err.message),
      console_error_prefix: stripOneNewline(consoleCapture((con) => con.error('OCR failed:', err)).err),
    };
    if (`${err}` !== forms.string) throw new Error('template literal and String() differ');
    if (sdkStdout) forms.sdk_stdout = stripOneNewline(normaliseSdkLog(sdkStdout));
    for (const [form, text] of Object.entries(forms)) {
      const rec = {
        sdk: 'node',
        sdk_version: coreVersion,
        service_package: `@huaweicloud/huaweicloud-sdk-functiongraph@${fgVersion}`,
        runtime: `node ${process.version}`,
        form,
        case: caseId,
        exception: (err && err.constructor && err.constructor.name) || typeof err,
        sent,
        printed: normalise(text),
      };
      records.push(rec);
    }
  }
  records.sort((a, b) => (a.case < b.case ? -1 : a.case > b.case ? 1 : a.form < b.form ? -1 : a.form > b.form ? 1 : 0));
  fs.writeFileSync(args.out, records.map((r) => JSON.stringify(r)).join('\n') + '\n', 'utf8');
  process.stderr.write(`gen_node: ${records.length} records, ${cases.length} cases, fake AK/SK replaced ${redactions} times\n`);
}

main().then(() => process.exit(0), (e) => { process.stderr.write(`gen_node: ${e && e.stack || e}\n`); process.exit(1); });
