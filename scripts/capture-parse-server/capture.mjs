// Sends requests to a running Parse Server (started by run.sh) and records the
// real responses, one JSON object per line, into CAPTURE_OUT.
//
// Environment (set by run.sh):
//   PARSE_URL         e.g. http://127.0.0.1:41234/parse
//   PARSE_APP_ID      application id the server was started with
//   PARSE_MASTER_KEY  master key the server was started with
//   CAPTURE_WORK      directory whose node_modules holds `ws`
//   CAPTURE_OUT       output file (.jsonl)
//
// Nothing here writes a response body by hand: `body` is always the exact text
// the server sent.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';

const require = createRequire(path.join(process.env.CAPTURE_WORK, 'package.json'));
const WebSocket = require('ws');

const PARSE_URL = process.env.PARSE_URL.replace(/\/$/, '');
const APP_ID = process.env.PARSE_APP_ID;
const MASTER_KEY = process.env.PARSE_MASTER_KEY;
const OUT = process.env.CAPTURE_OUT;
const ORIGIN = new URL(PARSE_URL).origin;
const MOUNT = new URL(PARSE_URL).pathname; // "/parse"
const WS_URL = ORIGIN.replace(/^http/, 'ws') + MOUNT;

const records = [];
const surprises = [];
const probes = [];

// ---------------------------------------------------------------------------
// HTTP helpers
// ---------------------------------------------------------------------------

/**
 * Sends one request. `path` is relative to the origin and includes the mount
 * path, e.g. "/parse/classes/Foo". Returns { status, contentType, text, json }.
 */
async function send(method, urlPath, opts = {}) {
  const headers = {};
  if (opts.appId !== null) headers['X-Parse-Application-Id'] = opts.appId ?? APP_ID;
  if (opts.master) headers['X-Parse-Master-Key'] = MASTER_KEY;
  if (opts.session) headers['X-Parse-Session-Token'] = opts.session;
  let body;
  if (opts.body !== undefined && opts.body !== null) {
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
    headers['Content-Type'] = opts.contentType ?? 'application/json';
    headers['Content-Length'] = Buffer.byteLength(body);
  }
  Object.assign(headers, opts.headers ?? {});
  // node:http with a fresh connection per request (agent: false): some error
  // paths make Parse Server destroy the socket after answering, which breaks
  // keep-alive reuse.
  const { status, contentType, text } = await new Promise((resolve, reject) => {
    const req = http.request(ORIGIN + urlPath, { method, headers, agent: false }, res => {
      const chunks = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          contentType: res.headers['content-type'] ?? null,
          text: Buffer.concat(chunks).toString('utf8'),
        })
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status, contentType, text, json, requestBody: body ?? null };
}

/** A request whose response is recorded in the fixture. */
async function capture(name, method, urlPath, opts = {}) {
  const r = await send(method, urlPath, opts);
  if (r.status >= 200 && r.status <= 299 && opts.expectStatus !== r.status) {
    // The server accepted a request meant to fail: nothing to record.
    console.error(`-- ${name}: not an error (${r.status} ${r.text.slice(0, 100)}), not recorded`);
    surprises.push(`${name}: the server accepted it (${r.status}), not recorded`);
    return r;
  }
  records.push({
    name,
    kind: 'http',
    method,
    path: urlPath,
    request_body: r.requestBody,
    status: r.status,
    content_type: r.contentType,
    body: r.text,
  });
  const code = r.json && typeof r.json === 'object' && !Array.isArray(r.json) ? r.json.code : undefined;
  const ok =
    (opts.expectStatus === undefined || opts.expectStatus === r.status) &&
    (opts.expectCode === undefined || opts.expectCode === code);
  const line = `${ok ? '  ' : '!!'} ${name}: ${r.status} ${r.text.slice(0, 140).replace(/\n/g, ' ')}`;
  console.error(line);
  if (!ok) {
    surprises.push(`${name}: expected ${opts.expectStatus}/${opts.expectCode}, got ${r.status}/${code}`);
  }
  return r;
}

/** A setup request that must succeed; not recorded. */
async function setup(method, urlPath, opts = {}) {
  const r = await send(method, urlPath, opts);
  if (r.status < 200 || r.status > 299) {
    throw new Error(`setup ${method} ${urlPath} failed: ${r.status} ${r.text}`);
  }
  return r.json;
}

const P = p => MOUNT + p; // "/classes/X" -> "/parse/classes/X"

// ---------------------------------------------------------------------------
// LiveQuery helpers
// ---------------------------------------------------------------------------

/**
 * Opens a websocket, sends `messages` in order (each after the previous one
 * was answered or `gapMs` passed), and records the first frame with
 * op "error". `afterOpen` may run more steps (e.g. a REST write) once all
 * messages were sent.
 */
async function captureLiveQuery(name, messages, { afterSend, timeoutMs = 5000, expectCode, probe = false } = {}) {
  const ws = new WebSocket(WS_URL);
  const frames = [];
  let waiter = null;
  ws.on('message', data => {
    const text = data.toString('utf8');
    frames.push(text);
    if (waiter) waiter();
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const nextFrame = ms =>
    new Promise(resolve => {
      const start = frames.length;
      const t = setTimeout(() => {
        waiter = null;
        resolve(null);
      }, ms);
      waiter = () => {
        if (frames.length > start) {
          clearTimeout(t);
          waiter = null;
          resolve(frames[frames.length - 1]);
        }
      };
    });
  const isError = f => {
    try {
      return JSON.parse(f).op === 'error';
    } catch {
      return false;
    }
  };
  let errorFrame = null;
  let lastSent = null;
  for (const m of messages) {
    lastSent = typeof m === 'string' ? m : JSON.stringify(m);
    const p = nextFrame(1500);
    ws.send(lastSent);
    const f = await p;
    if (f && isError(f)) {
      errorFrame = f;
      break;
    }
  }
  if (!errorFrame && afterSend) {
    const p = nextFrame(timeoutMs);
    await afterSend();
    let f = await p;
    while (f && !isError(f)) f = await nextFrame(timeoutMs);
    if (f && isError(f)) errorFrame = f;
  }
  ws.terminate();
  if (!errorFrame) {
    const what = `${name}: no error frame; frames were ${JSON.stringify(frames)}`;
    console.error(`${probe ? '--' : '!!'} ${what}`);
    (probe ? probes : surprises).push(what);
    return null;
  }
  records.push({
    name,
    kind: 'livequery',
    method: null,
    path: null,
    request_body: lastSent,
    status: null,
    content_type: null,
    body: errorFrame,
  });
  const code = JSON.parse(errorFrame).code;
  const ok = expectCode === undefined || expectCode === code;
  console.error(`${ok ? '  ' : '!!'} ${name}: ${errorFrame}`);
  if (!ok) surprises.push(`${name}: expected LiveQuery code ${expectCode}, got ${code}`);
  return errorFrame;
}

// ---------------------------------------------------------------------------
// Setup
// ---------------------------------------------------------------------------

const schema = (className, fields = {}, extra = {}) =>
  setup('POST', P(`/schemas/${className}`), { master: true, body: { className, fields, ...extra } });

const noAccess = {
  find: {},
  count: {},
  get: {},
  create: {},
  update: {},
  delete: {},
  addField: {},
  protectedFields: {},
};

await schema('Typed', { title: { type: 'String' }, count: { type: 'Number' } });
await schema('Locked', { title: { type: 'String' } }, { classLevelPermissions: noAccess });
await schema('UniqueThing', { sku: { type: 'String' } });
for (const c of [
  'Guarded',
  'RequiresTitle',
  'Undeletable',
  'FindBlocked',
  'IdemItem',
  'RateLimited',
  'LiveItem',
  'LQGuarded',
  'LQPlainError',
  'LQAfterEvent',
  'Shape',
]) {
  await schema(c, c === 'Shape' ? { area: { type: 'Polygon' } } : { title: { type: 'String' } });
}
await schema('LQForbidden', { title: { type: 'String' } }, { classLevelPermissions: noAccess });
await setup('POST', P('/functions/ensureUniqueSku'), { master: true, body: {} });
await setup('POST', P('/classes/UniqueThing'), { body: { sku: 'SKU-1' } });
const typed = await setup('POST', P('/classes/Typed'), { body: { title: 'first', count: 1 } });
const undeletable = await setup('POST', P('/classes/Undeletable'), { master: true, body: { title: 'keep me' } });

const alice = await setup('POST', P('/users'), {
  body: { username: 'alice', password: 'correct horse battery staple', email: 'alice@example.com' },
});
await setup('POST', P('/users'), { body: { username: 'banned-user', password: 'banned-password' } });

const installationId = randomUUID();
const installation = await setup('POST', P('/installations'), {
  body: { installationId, deviceType: 'android', channels: ['news'] },
});

// ---------------------------------------------------------------------------
// Objects and queries
// ---------------------------------------------------------------------------

await capture('object_not_found_get', 'GET', P('/classes/Typed/doesNotExist'), { expectStatus: 404, expectCode: 101 });
await capture('object_not_found_update', 'PUT', P('/classes/Typed/doesNotExist'), {
  body: { title: 'x' },
  expectStatus: 404,
  expectCode: 101,
});
await capture('object_not_found_delete', 'DELETE', P('/classes/Typed/doesNotExist'), {
  expectStatus: 404,
  expectCode: 101,
});
await capture('incorrect_type_number_into_string', 'POST', P('/classes/Typed'), {
  body: { title: 42 },
  expectStatus: 400,
  expectCode: 111,
});
await capture('invalid_query_unknown_operator_postgres', 'GET', P(`/classes/Typed?where=${encodeURIComponent('{"title":{"$bogus":1}}')}`), {
  expectStatus: 400,
  expectCode: 119,
});
await capture('invalid_query_in_not_array', 'GET', P(`/classes/Typed?where=${encodeURIComponent('{"title":{"$in":"a"}}')}`), {
  expectStatus: 400,
  expectCode: 107,
});
await capture('invalid_query_bad_regex', 'GET', P(`/classes/Typed?where=${encodeURIComponent('{"title":{"$regex":"("}}')}`), {
  expectStatus: 500,
  expectCode: 1,
});
await capture('invalid_query_where_not_json', 'GET', P('/classes/Typed?where=not-json'), { expectStatus: 400 });
await capture('invalid_query_or_not_array', 'GET', P(`/classes/Typed?where=${encodeURIComponent('{"$or":{"title":"a"}}')}`), {
  expectStatus: 400,
  expectCode: 102,
});
await capture('invalid_class_name', 'POST', P('/schemas/Bad-Class'), {
  master: true,
  body: { className: 'Bad-Class' },
  expectStatus: 400,
  expectCode: 103,
});
await capture('create_object_invalid_class_name_master', 'POST', P('/classes/Bad-Class'), {
  master: true,
  body: { title: 'x' },
  expectStatus: 400,
  expectCode: 107,
});
await capture('invalid_class_name_without_master', 'GET', P('/classes/Bad-Class'), { expectStatus: 400, expectCode: 119 });
await capture('invalid_field_name_dash', 'POST', P('/classes/Typed'), {
  body: { 'bad-field': 1 },
  expectStatus: 400,
  expectCode: 105,
});
await capture('invalid_field_name_dollar', 'POST', P('/classes/Typed'), {
  body: { $weird: 1 },
  expectStatus: 400,
});
await capture('invalid_nested_key', 'POST', P('/classes/Typed'), {
  body: { nested: { 'a.b': 1 } },
  expectStatus: 400,
});
await capture('invalid_acl_unresolved', 'POST', P('/classes/Typed'), {
  body: { title: 'x', ACL: { '*unresolved': { read: true } } },
  expectStatus: 400,
  expectCode: 123,
});
await capture('invalid_date', 'POST', P('/classes/Typed'), {
  master: true,
  body: { when: { __type: 'Date', iso: 'not a date' } },
  expectStatus: 500,
  expectCode: 1,
});
await capture('unknown_type_tag', 'POST', P('/classes/Typed'), {
  master: true,
  body: { odd: { __type: 'Bogus', value: 1 } },
});
await capture('update_unknown_op_internal_error', 'PUT', P(`/classes/Typed/${typed.objectId}`), {
  body: { count: { __op: 'Multiply', amount: 2 } },
  expectStatus: 500,
  expectCode: 1,
});
await capture('bad_limit', 'GET', P('/classes/Typed?limit=abc'), { expectStatus: 500, expectCode: 1 });
await capture('bad_skip', 'GET', P('/classes/Typed?skip=-5'), { expectStatus: 500, expectCode: 1 });
await capture('bad_order_key', 'GET', P('/classes/Typed?order=$bad'), { expectStatus: 400 });
await capture('polygon_too_few_points', 'POST', P('/classes/Shape'), {
  master: true,
  body: { area: { __type: 'Polygon', coordinates: [[0, 0], [1, 1]] } },
  expectStatus: 400,
});

// ---------------------------------------------------------------------------
// Class-level permissions and master key
// ---------------------------------------------------------------------------

await capture('client_class_creation_forbidden', 'POST', P('/classes/BrandNewClass'), {
  body: { title: 'x' },
  expectStatus: 400,
  expectCode: 119,
});
await capture('clp_find_forbidden', 'GET', P('/classes/Locked'), { expectStatus: 400, expectCode: 119 });
await capture('clp_create_forbidden', 'POST', P('/classes/Locked'), {
  body: { title: 'x' },
  expectStatus: 400,
  expectCode: 119,
});
await capture('master_key_required_schemas', 'GET', P('/schemas'), { expectStatus: 403 });
await capture('master_key_required_aggregate', 'GET', P('/aggregate/Typed'), { expectStatus: 403 });
await capture('master_key_required_push', 'POST', P('/push'), {
  body: { where: {}, data: { alert: 'hi' } },
  expectStatus: 403,
});
await capture('master_key_required_jobs', 'POST', P('/jobs/someJob'), { body: {}, expectStatus: 403 });
await capture('job_not_found', 'POST', P('/jobs/noSuchJob'), { master: true, body: {}, expectStatus: 400, expectCode: 141 });
await capture('master_key_required_config_update', 'PUT', P('/config'), {
  body: { params: { a: 1 } },
  expectStatus: 403,
});
await capture('master_key_required_hooks', 'GET', P('/hooks/functions'), { expectStatus: 403 });
await capture('hook_function_not_found', 'GET', P('/hooks/functions/noSuchHook'), {
  master: true,
  expectStatus: 400,
  expectCode: 143,
});
await capture('push_not_configured', 'POST', P('/push'), {
  master: true,
  body: { where: {}, data: { alert: 'hi' } },
  expectStatus: 400,
});

// ---------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------

await capture('schema_class_exists', 'POST', P('/schemas/Typed'), {
  master: true,
  body: { className: 'Typed' },
  expectStatus: 400,
  expectCode: 103,
});
await capture('schema_class_name_mismatch', 'POST', P('/schemas/Alpha'), {
  master: true,
  body: { className: 'Beta' },
  expectStatus: 400,
});
await capture('schema_invalid_field_type', 'POST', P('/schemas/WithBadType'), {
  master: true,
  body: { className: 'WithBadType', fields: { x: { type: 'Strung' } } },
  expectStatus: 400,
});
await capture('schema_index_on_missing_field', 'PUT', P('/schemas/Typed'), {
  master: true,
  body: { className: 'Typed', indexes: { by_missing: { missingField: 1 } } },
  expectStatus: 400,
  expectCode: 102,
});
await capture('schema_delete_non_empty_class', 'DELETE', P('/schemas/Typed'), { master: true, expectStatus: 400 });

// ---------------------------------------------------------------------------
// Unique index (137)
// ---------------------------------------------------------------------------

await capture('duplicate_value_unique_index', 'POST', P('/classes/UniqueThing'), {
  body: { sku: 'SKU-1' },
  expectStatus: 400,
  expectCode: 137,
});

// ---------------------------------------------------------------------------
// Users and sessions
// ---------------------------------------------------------------------------

await capture('login_wrong_password', 'POST', P('/login'), {
  body: { username: 'alice', password: 'wrong password' },
  expectStatus: 404,
  expectCode: 101,
});
await capture('login_unknown_user', 'GET', P('/login?username=nobody&password=whatever'), {
  expectStatus: 404,
  expectCode: 101,
});
await capture('login_missing_password', 'POST', P('/login'), {
  body: { username: 'alice' },
  expectStatus: 400,
  expectCode: 201,
});
await capture('login_rejected_by_before_login', 'POST', P('/login'), {
  body: { username: 'banned-user', password: 'banned-password' },
  expectStatus: 400,
  expectCode: 9013,
});
await capture('invalid_session_token_users_me', 'GET', P('/users/me'), {
  session: 'r:not-a-real-session-token',
  expectStatus: 400,
  expectCode: 209,
});
await capture('invalid_session_token_query', 'GET', P('/classes/Typed'), {
  session: 'r:not-a-real-session-token',
  expectStatus: 400,
  expectCode: 209,
});
await capture('users_me_without_session', 'GET', P('/users/me'), { expectStatus: 400 });
await capture('signup_missing_username', 'POST', P('/users'), {
  body: { password: 'secret-password' },
  expectStatus: 400,
  expectCode: 200,
});
await capture('signup_missing_password', 'POST', P('/users'), {
  body: { username: 'bob' },
  expectStatus: 400,
  expectCode: 201,
});
await capture('signup_username_taken', 'POST', P('/users'), {
  body: { username: 'alice', password: 'another-password' },
  expectStatus: 400,
  expectCode: 202,
});
await capture('signup_email_taken', 'POST', P('/users'), {
  body: { username: 'carol', password: 'carol-password', email: 'alice@example.com' },
  expectStatus: 400,
  expectCode: 203,
});
await capture('signup_invalid_email', 'POST', P('/users'), {
  body: { username: 'dave', password: 'dave-password', email: 'not-an-email' },
  expectStatus: 400,
  expectCode: 125,
});
await capture('signup_unsupported_auth_provider', 'POST', P('/users'), {
  body: { authData: { madeupprovider: { id: '12345', access_token: 'token' } } },
  expectStatus: 400,
  expectCode: 252,
});
await capture('login_missing_username', 'GET', P('/login?password=whatever'), { expectStatus: 400, expectCode: 200 });
await capture('password_reset_missing_email', 'POST', P('/requestPasswordReset'), {
  body: {},
  expectStatus: 400,
  expectCode: 204,
});
await capture('password_reset_unknown_email', 'POST', P('/requestPasswordReset'), {
  body: { email: 'nobody@example.com' },
  expectStatus: 404,
  expectCode: 101,
});
await capture('password_reset_token_not_string', 'POST', P('/requestPasswordReset'), {
  body: { token: 12 },
  expectStatus: 400,
  expectCode: 162,
});
await capture('verification_email_missing_email', 'POST', P('/verificationEmailRequest'), {
  body: {},
  expectStatus: 400,
  expectCode: 204,
});
await capture('verification_email_not_string', 'POST', P('/verificationEmailRequest'), {
  body: { email: 12 },
  expectStatus: 400,
  expectCode: 125,
});
await capture('verification_email_unknown_email', 'POST', P('/verificationEmailRequest'), {
  body: { email: 'nobody@example.com' },
  expectStatus: 400,
  expectCode: 205,
});
await capture('challenge_username_without_password', 'POST', P('/challenge'), {
  body: { username: 'alice', challengeData: { x: {} } },
  expectStatus: 400,
  expectCode: -1,
});
await capture('update_user_without_session', 'PUT', P(`/users/${alice.objectId}`), {
  body: { username: 'mallory' },
  expectStatus: 400,
  expectCode: 206,
});
await capture('delete_user_without_session', 'DELETE', P(`/users/${alice.objectId}`), {
  expectStatus: 400,
  expectCode: 206,
});
await capture('signup_auth_data_id_not_string', 'POST', P('/users'), {
  body: { authData: { anonymous: { id: 12345 } } },
  expectStatus: 400,
  expectCode: 162,
});
const anonId = randomUUID();
await setup('POST', P('/users'), { body: { authData: { anonymous: { id: anonId } } } });
await capture('auth_data_already_linked', 'PUT', P(`/users/${alice.objectId}`), {
  session: alice.sessionToken,
  body: { authData: { anonymous: { id: anonId } } },
  expectStatus: 400,
  expectCode: 208,
});
// A NUL byte in a session token makes PostgreSQL fail inside the session
// lookup; Parse Server then answers with a Parse.Error whose code is undefined.
await capture('session_token_with_nul_byte', 'POST', P('/classes/Typed'), {
  appId: null,
  contentType: 'text/plain',
  body: JSON.stringify({ _method: 'GET', _ApplicationId: APP_ID, _SessionToken: 'r:bad\u0000token' }),
});

// ---------------------------------------------------------------------------
// Installations
// ---------------------------------------------------------------------------

await capture('installation_missing_device_type', 'POST', P('/installations'), {
  body: { installationId: randomUUID() },
  expectStatus: 400,
  expectCode: 135,
});
await capture('installation_missing_ids', 'POST', P('/installations'), {
  body: { deviceType: 'ios' },
  expectStatus: 400,
  expectCode: 135,
});
await capture('installation_change_installation_id', 'PUT', P(`/installations/${installation.objectId}`), {
  master: true,
  body: { installationId: randomUUID() },
  expectStatus: 400,
  expectCode: 136,
});
await capture('installation_change_device_type', 'PUT', P(`/installations/${installation.objectId}`), {
  master: true,
  body: { deviceType: 'ios' },
  expectStatus: 400,
  expectCode: 136,
});

// ---------------------------------------------------------------------------
// Cloud Code
// ---------------------------------------------------------------------------


for (const [name, fnName, status, code, opts] of [
  ['cloud_function_not_found', 'noSuchFunction', 400, 141],
  ['cloud_custom_code_0', 'throwCode0', 400, 0],
  ['cloud_custom_code_9001', 'throwCode9001', 400, 9001],
  ['cloud_custom_code_123456', 'throwCode123456', 400, 123456],
  ['cloud_negative_code', 'throwNegativeCode', 400, -1],
  ['cloud_code_1_on_purpose', 'throwCode1', 500, 1],
  ['cloud_code_101_on_purpose', 'throwCode101', 404, 101],
  ['cloud_string_code', 'throwStringCode', 400, '9002'],
  ['cloud_parse_error_without_code', 'throwParseErrorWithoutCode', 400, undefined],
  ['cloud_plain_error', 'throwPlainError', 400, 141],
  ['cloud_throw_string', 'throwString', 400, 141],
  ['cloud_throw_object_with_code', 'throwObjectWithCode', 400, 141],
  ['cloud_reject_without_reason', 'rejectWithNothing', 400, 141],
  ['cloud_type_error', 'throwTypeError', 400, 141],
  ['cloud_express_style_status', 'expressStyleStatus', undefined, 9004],
  ['validator_missing_required_field', 'validatedFields', 400, 142],
  ['validator_wrong_field_type', 'validatedFields', 400, 142, { amount: 'ten' }],
  ['validator_require_user', 'validatedRequireUser', 400, 142],
  ['validator_require_master', 'validatedRequireMaster', 400, 142],
  ['validator_function_throws_string', 'validatorFunctionThrows', 400, 142],
  ['validator_throws_parse_error', 'validatorThrowsParseError', 400, 9005],
  ['validator_option_not_allowed', 'validatedOptions', 400, 142, { size: 'medium' }],
]) {
  await capture(name, 'POST', P(`/functions/${fnName}`), { body: opts ?? {}, expectStatus: status, expectCode: code });
}
await capture('cloud_context_header_not_json', 'POST', P('/functions/throwCode0'), {
  body: {},
  headers: { 'X-Parse-Cloud-Context': 'not json' },
  expectStatus: 400,
  expectCode: 107,
});

// Triggers
await capture('before_save_rejects_custom_code', 'POST', P('/classes/Guarded'), {
  body: { title: 'x', forbidden: true },
  expectStatus: 400,
  expectCode: 9010,
});
await capture('before_save_plain_error', 'POST', P('/classes/Guarded'), {
  body: { title: 'x', plainError: true },
  expectStatus: 400,
  expectCode: 141,
});
await capture('before_save_bare_string', 'POST', P('/classes/Guarded'), {
  body: { title: 'x', bareString: true },
  expectStatus: 400,
  expectCode: 141,
});
await capture('before_save_validator_required_field', 'POST', P('/classes/RequiresTitle'), {
  body: {},
  expectStatus: 400,
  expectCode: 142,
});
await capture('before_delete_rejects', 'DELETE', P(`/classes/Undeletable/${undeletable.objectId}`), {
  master: true,
  expectStatus: 400,
  expectCode: 9011,
});
await capture('before_find_rejects', 'GET', P('/classes/FindBlocked'), { expectStatus: 400, expectCode: 9012 });

// ---------------------------------------------------------------------------
// Idempotency (159) and rate limits (429)
// ---------------------------------------------------------------------------

const reqId = randomUUID();
await setup('POST', P('/functions/idempotentEcho'), { body: { value: 1 }, headers: { 'X-Parse-Request-Id': reqId } });
await capture('duplicate_request_function', 'POST', P('/functions/idempotentEcho'), {
  body: { value: 1 },
  headers: { 'X-Parse-Request-Id': reqId },
  expectStatus: 400,
  expectCode: 159,
});
const reqId2 = randomUUID();
await setup('POST', P('/classes/IdemItem'), { body: { title: 'once' }, headers: { 'X-Parse-Request-Id': reqId2 } });
await capture('duplicate_request_create', 'POST', P('/classes/IdemItem'), {
  body: { title: 'once' },
  headers: { 'X-Parse-Request-Id': reqId2 },
  expectStatus: 400,
  expectCode: 159,
});

await setup('GET', P('/classes/RateLimited'));
await capture('rate_limited', 'GET', P('/classes/RateLimited'), { expectStatus: 429, expectCode: 100 });
await setup('POST', P('/functions/rateLimitedEcho'), { body: {} });
await capture('rate_limited_custom_message', 'POST', P('/functions/rateLimitedEcho'), {
  body: {},
  expectStatus: 429,
  expectCode: 100,
});

// ---------------------------------------------------------------------------
// Batch
// ---------------------------------------------------------------------------

await capture('batch_mixed_results', 'POST', P('/batch'), {
  body: {
    requests: [
      { method: 'POST', path: P('/classes/Typed'), body: { title: 'from batch' } },
      { method: 'POST', path: P('/classes/Typed'), body: { title: 7 } },
      { method: 'POST', path: P('/classes/UniqueThing'), body: { sku: 'SKU-1' } },
      { method: 'GET', path: P('/classes/Typed/doesNotExist') },
      { method: 'POST', path: P('/classes/Locked'), body: { title: 'x' } },
      { method: 'PUT', path: P(`/classes/Typed/${typed.objectId}`), body: { count: 2 } },
    ],
  },
  expectStatus: 200,
});
await capture('batch_requests_not_array', 'POST', P('/batch'), {
  body: { requests: 'nope' },
  expectStatus: 400,
  expectCode: 107,
});
await capture('batch_cross_app_path', 'POST', P('/batch'), {
  body: { requests: [{ method: 'GET', path: '/other/classes/Typed' }] },
  expectStatus: 400,
});

// ---------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------

await capture('file_upload_public_disabled', 'POST', P('/files/hello.txt'), {
  body: 'hello',
  contentType: 'text/plain',
  expectStatus: 400,
  expectCode: 130,
});
await capture('file_invalid_name', 'POST', P('/files/bad%20name%3F.txt'), {
  master: true,
  body: 'hello',
  contentType: 'text/plain',
  expectStatus: 400,
  expectCode: 122,
});
await capture('file_name_too_long', 'POST', P(`/files/${'a'.repeat(140)}.txt`), {
  master: true,
  body: 'hello',
  contentType: 'text/plain',
  expectStatus: 400,
  expectCode: 122,
});
await capture('file_upload_empty', 'POST', P('/files/empty.txt'), {
  master: true,
  body: '',
  contentType: 'text/plain',
  expectStatus: 400,
  expectCode: 130,
});
await capture('file_upload_without_name', 'POST', P('/files'), {
  master: true,
  body: 'hello',
  contentType: 'text/plain',
  expectStatus: 400,
  expectCode: 122,
});
await capture('file_too_large', 'POST', P('/files/big.txt'), {
  master: true,
  body: 'x'.repeat(1500),
  contentType: 'text/plain',
  expectStatus: 413,
});
await capture('file_delete_missing', 'DELETE', P('/files/does-not-exist.txt'), {
  master: true,
  expectStatus: 400,
  expectCode: 153,
});
await capture('file_delete_without_master', 'DELETE', P('/files/does-not-exist.txt'), { expectStatus: 403 });
await capture('file_missing', 'GET', P(`/files/${APP_ID}/does-not-exist.txt`), { expectStatus: 404 });

// ---------------------------------------------------------------------------
// Transport-level failures
// ---------------------------------------------------------------------------

await capture('wrong_application_id', 'GET', P('/classes/Typed'), {
  appId: 'wrong-app-id',
  expectStatus: 403,
});
await capture('missing_application_id', 'GET', P('/classes/Typed'), { appId: null, expectStatus: 403 });
await capture('invalid_json_body', 'POST', P('/classes/Typed'), {
  body: '{"title": "unterminated',
  expectStatus: 400,
});
await capture('payload_too_large', 'POST', P('/classes/Typed'), {
  body: JSON.stringify({ title: 'x'.repeat(1500) }),
  expectStatus: 413,
});
await capture('unknown_route_under_mount', 'GET', P('/no/such/route'), { expectStatus: 404 });
await capture('unknown_route_outside_mount', 'GET', '/no-such-app/classes/Typed', { expectStatus: 404 });
await capture('unknown_route_delete_class', 'DELETE', P('/classes/Typed'), { expectStatus: 404 });

// ---------------------------------------------------------------------------
// LiveQuery
// ---------------------------------------------------------------------------

const connect = (extra = {}) => ({ op: 'connect', applicationId: APP_ID, ...extra });
const subscribe = (requestId, className, extra = {}) => ({
  op: 'subscribe',
  requestId,
  query: { className, where: {} },
  ...extra,
});

await captureLiveQuery('lq_connect_wrong_application_id', [{ op: 'connect', applicationId: 'wrong-app-id' }], {
  expectCode: 4,
});
await captureLiveQuery('lq_connect_missing_application_id', [{ op: 'connect' }], { expectCode: 1 });
await captureLiveQuery('lq_unknown_op', [{ op: 'dance' }], { expectCode: 1 });
await captureLiveQuery('lq_subscribe_before_connect', [subscribe(1, 'LiveItem')], { expectCode: 2 });
await captureLiveQuery('lq_unsubscribe_before_connect', [{ op: 'unsubscribe', requestId: 1 }], { expectCode: 2 });
await captureLiveQuery('lq_subscribe_missing_query', [connect(), { op: 'subscribe', requestId: 1 }], {
  expectCode: 1,
});
await captureLiveQuery('lq_unsubscribe_unknown_subscription', [connect(), { op: 'unsubscribe', requestId: 42 }], {
  expectCode: 2,
});
await captureLiveQuery('lq_before_connect_rejects', [connect({ installationId: 'blocked-installation' })], {
  expectCode: 9020,
});
await captureLiveQuery('lq_before_subscribe_rejects', [connect(), subscribe(7, 'LQGuarded')], { expectCode: 9021 });
await captureLiveQuery('lq_before_subscribe_plain_error', [connect(), subscribe(8, 'LQPlainError')], {
  expectCode: 141,
});
await captureLiveQuery(
  'lq_subscribe_session_bad_token',
  [connect(), subscribe(3, '_Session', { sessionToken: 'r:not-a-real-session-token' })],
  { expectCode: 209 }
);
await captureLiveQuery('lq_subscribe_clp_forbidden', [connect(), subscribe(4, 'LQForbidden')], { expectCode: 119 });
await captureLiveQuery(
  'lq_subscribe_invalid_regex',
  [connect(), { op: 'subscribe', requestId: 5, query: { className: 'LiveItem', where: { title: { $regex: '(' } } } }],
  { expectCode: 102 }
);
await captureLiveQuery(
  'lq_subscribe_or_not_array',
  [connect(), { op: 'subscribe', requestId: 6, query: { className: 'LiveItem', where: { $or: { title: 'a' } } } }],
  { expectCode: 102 }
);
// Probes: the server answers these without an error frame, so they are not
// recorded; they are kept to show it (see the summary printed at the end).
await captureLiveQuery('lq_subscribe_class_not_in_classnames', [connect(), subscribe(10, 'Typed')], { probe: true });
await captureLiveQuery('lq_frame_not_json', ['this is not JSON'], { probe: true });
await captureLiveQuery('lq_after_event_error', [connect(), subscribe(9, 'LQAfterEvent')], {
  afterSend: () => setup('POST', P('/classes/LQAfterEvent'), { body: { title: 'trigger an event' } }),
  expectCode: 9022,
});

// ---------------------------------------------------------------------------
// Write the fixture
// ---------------------------------------------------------------------------

const names = new Set();
for (const r of records) {
  if (names.has(r.name)) throw new Error(`duplicate record name ${r.name}`);
  names.add(r.name);
}
fs.writeFileSync(OUT, records.map(r => JSON.stringify(r)).join('\n') + '\n');
console.error(`[capture] recorded ${records.length} responses`);
if (probes.length) {
  console.error('[capture] probes that, as expected, got no error (not recorded):');
  for (const p of probes) console.error(`  - ${p}`);
}
if (surprises.length) {
  console.error('[capture] responses that differ from what the script expected (recorded as sent):');
  for (const s of surprises) console.error(`  - ${s}`);
}
// Do not keep the process alive for open handles.
process.exit(0);
