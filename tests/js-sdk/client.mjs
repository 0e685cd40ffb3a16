// The official Parse JS SDK calling the test server of `tests/js_sdk.rs`.
//
//   node client.mjs http://127.0.0.1:PORT TARGET...
//
// For each TARGET (a mount path of the server, such as `rust`) and each case
// below, it points the SDK at http://127.0.0.1:PORT/TARGET, makes the case's
// call, and prints one JSON line: {"target", "case", "parseError", "code",
// "message"}, `code` null when the SDK's error has none. A call that succeeds
// prints `"resolved": true` instead: every route of the server answers an error.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Parse = require('parse/node');

const [base, ...targets] = process.argv.slice(2);
if (!base || targets.length === 0) {
  console.error('usage: node client.mjs http://127.0.0.1:PORT TARGET...');
  process.exit(2);
}

// Bounded whatever the server does; the Rust side has a deadline of its own.
setTimeout(() => {
  console.error('client.mjs: no answer within 60 s');
  process.exit(3);
}, 60_000).unref();

Parse.initialize('appId', 'jsKey');
// The SDK retries a 5xx up to 5 times with a growing delay; one try is enough.
Parse.CoreManager.set('REQUEST_ATTEMPT_LIMIT', 1);

// Each case's call; the comment names the route the SDK posts to.
const cases = {
  // POST classes/Missing (a find with limit 1)
  query_get: () => new Parse.Query('Missing').get('doesNotExist'),
  // POST login
  user_login: () => Parse.User.logIn('alice', 'wrong password'),
  // POST users/me with _SessionToken (`become` refuses to run in Node)
  bad_session: () => Parse.User.me('r:not-a-session-token'),
  // POST functions/noSuchFunction
  cloud_function_not_found: () => Parse.Cloud.run('noSuchFunction'),
  // POST functions/throwCode9001
  cloud_app_code: () => Parse.Cloud.run('throwCode9001'),
  // POST classes/Typed (a save)
  internal_error: () => new Parse.Object('Typed').save({ title: 'x' }),
  // POST classes/RateLimited (a find)
  rate_limited: () => new Parse.Query('RateLimited').find(),
  // POST classes/Secret (a find)
  unauthorized: () => new Parse.Query('Secret').find(),
  // POST classes/Gone (a find), answered with a body that is not JSON
  not_json: () => new Parse.Query('Gone').find(),
};

for (const target of targets) {
  Parse.serverURL = `${base}/${target}`;
  for (const [name, call] of Object.entries(cases)) {
    const line = { target, case: name };
    try {
      await call();
      line.resolved = true;
    } catch (error) {
      line.parseError = error instanceof Parse.Error;
      line.code = error.code === undefined ? null : error.code;
      line.message = error.message;
    }
    console.log(JSON.stringify(line));
  }
}
