// Cloud Code for scripts/capture-parse-server (never run by CI).
//
// Every function and trigger here exists only to make the real Parse Server
// send a particular error response that capture.mjs records into
// tests/fixtures/parse-server-responses.jsonl.

/* global Parse */

// ---------------------------------------------------------------------------
// Cloud functions that fail with chosen codes
// ---------------------------------------------------------------------------

// Custom codes: Parse Server passes any integer through unchanged (HTTP 400).
Parse.Cloud.define('throwCode0', () => {
  throw new Parse.Error(0, 'Cloud Code threw code 0');
});
Parse.Cloud.define('throwCode9001', () => {
  throw new Parse.Error(9001, 'Custom app error 9001 from Cloud Code');
});
Parse.Cloud.define('throwCode123456', () => {
  throw new Parse.Error(123456, 'Out-of-range custom code from Cloud Code');
});
Parse.Cloud.define('throwNegativeCode', () => {
  throw new Parse.Error(-1, 'Cloud Code threw OtherCause (-1)');
});
// Code 1 thrown on purpose: HTTP 500, but with the key `error` (not `message`).
Parse.Cloud.define('throwCode1', () => {
  throw new Parse.Error(1, 'Cloud Code threw InternalServerError on purpose');
});
// Code 101 thrown from Cloud Code: HTTP 404.
Parse.Cloud.define('throwCode101', () => {
  throw new Parse.Error(101, 'Cloud Code says: object not found');
});
// A Parse.Error whose code is a string: the server sends it as a JSON string.
Parse.Cloud.define('throwStringCode', () => {
  throw new Parse.Error('9002', 'Cloud Code threw a Parse.Error with a string code');
});
// A Parse.Error without a code: the server sends a body without `code`.
Parse.Cloud.define('throwParseErrorWithoutCode', () => {
  throw new Parse.Error(undefined, 'Cloud Code threw a Parse.Error without a code');
});

// Plain JavaScript errors become 141 (SCRIPT_FAILED).
Parse.Cloud.define('throwPlainError', () => {
  throw new Error('A plain JavaScript Error thrown from Cloud Code');
});
Parse.Cloud.define('throwString', () => {
  // eslint-disable-next-line no-throw-literal
  throw 'a bare string thrown from Cloud Code';
});
Parse.Cloud.define('throwObjectWithCode', () => {
  // eslint-disable-next-line no-throw-literal
  throw { code: 9003, message: 'a plain object with code and message' };
});
Parse.Cloud.define('rejectWithNothing', () => {
  return Promise.reject();
});
Parse.Cloud.define('throwTypeError', () => {
  const missing = undefined;
  return missing.property;
});

// Express-style function that sets its own HTTP status before failing.
Parse.Cloud.define('expressStyleStatus', (req, res) => {
  res.status(402).error(new Parse.Error(9004, 'Express-style error with status 402'));
});

// ---------------------------------------------------------------------------
// Validators (142 VALIDATION_ERROR)
// ---------------------------------------------------------------------------

Parse.Cloud.define('validatedFields', req => req.params.amount, {
  fields: {
    amount: { type: Number, required: true },
  },
});
Parse.Cloud.define('validatedRequireUser', () => 'ok', {
  requireUser: true,
});
Parse.Cloud.define('validatedRequireMaster', () => 'ok', {
  requireMaster: true,
});
Parse.Cloud.define('validatorFunctionThrows', () => 'ok', () => {
  throw 'validator function rejected the request';
});
Parse.Cloud.define('validatorThrowsParseError', () => 'ok', () => {
  throw new Parse.Error(9005, 'validator threw a Parse.Error with its own code');
});
Parse.Cloud.define('validatedOptions', req => req.params.size, {
  fields: {
    size: { type: String, options: ['small', 'large'], error: 'size must be small or large' },
  },
});

// ---------------------------------------------------------------------------
// Rate limit with a custom message: configured in run.sh (rateLimit option)
// for the path /functions/rateLimitedEcho. (The Cloud Code validator option
// `rateLimit` had no effect when tried with parse-server 9.10.0 started from
// its CLI, so the limit is set in the server options instead.)
// ---------------------------------------------------------------------------

Parse.Cloud.define('rateLimitedEcho', () => 'ok');

// Idempotent path (see idempotencyOptions in run.sh): succeeds, so the second
// call with the same X-Parse-Request-Id is the one that fails with 159.
Parse.Cloud.define('idempotentEcho', req => ({ echo: req.params.value ?? null }));

// Master-key-only helper used to create a real unique index on
// UniqueThing.sku, so that inserting the same sku twice yields 137.
Parse.Cloud.define(
  'ensureUniqueSku',
  async req => {
    const schema = await req.config.database.loadSchema();
    const parseSchema = await schema.getOneSchema('UniqueThing');
    await req.config.database.adapter.ensureUniqueness('UniqueThing', parseSchema, ['sku']);
    return 'unique index on UniqueThing.sku';
  },
  { requireMaster: true }
);

// ---------------------------------------------------------------------------
// Triggers
// ---------------------------------------------------------------------------

Parse.Cloud.beforeSave('Guarded', req => {
  if (req.object.get('forbidden')) {
    throw new Parse.Error(9010, 'beforeSave rejected: the field "forbidden" is set');
  }
  if (req.object.get('plainError')) {
    throw new Error('beforeSave threw a plain Error');
  }
  if (req.object.get('bareString')) {
    // eslint-disable-next-line no-throw-literal
    throw 'beforeSave threw a bare string';
  }
});

Parse.Cloud.beforeSave('RequiresTitle', () => {}, {
  fields: {
    title: { required: true },
  },
});

Parse.Cloud.beforeDelete('Undeletable', () => {
  throw new Parse.Error(9011, 'beforeDelete: objects of Undeletable cannot be deleted');
});

Parse.Cloud.beforeFind('FindBlocked', () => {
  throw new Parse.Error(9012, 'beforeFind blocked this query');
});

Parse.Cloud.beforeLogin(req => {
  if (req.object.get('username') === 'banned-user') {
    throw new Parse.Error(9013, 'beforeLogin: this user is banned');
  }
});

// ---------------------------------------------------------------------------
// LiveQuery triggers
// ---------------------------------------------------------------------------

Parse.Cloud.beforeConnect(req => {
  if (req.installationId === 'blocked-installation') {
    throw new Parse.Error(9020, 'beforeConnect rejected this installation');
  }
});

Parse.Cloud.beforeSubscribe('LQGuarded', () => {
  throw new Parse.Error(9021, 'beforeSubscribe rejected the subscription');
});

Parse.Cloud.beforeSubscribe('LQPlainError', () => {
  throw new Error('beforeSubscribe threw a plain Error');
});

Parse.Cloud.afterLiveQueryEvent('LQAfterEvent', () => {
  throw new Parse.Error(9022, 'afterLiveQueryEvent failed for this event');
});
