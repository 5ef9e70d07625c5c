import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adminSessionKey } from '../env';
import { createSession, csrfToken, secretsEqual, SESSION_TTL_MS, verifyCsrfToken, verifySession } from './session';

const key = adminSessionKey('correct horse battery staple');
const otherKey = adminSessionKey('another admin token entirely');
const t0 = Date.UTC(2025, 0, 1);

test('a fresh session cookie verifies until it expires', () => {
  const { session, cookie } = createSession(key, t0);
  assert.deepEqual(verifySession(key, cookie, t0 + 1000), session);
  assert.equal(session.expiresAt, t0 + SESSION_TTL_MS);
  assert.equal(verifySession(key, cookie, t0 + SESSION_TTL_MS), null);
});

test('a cookie signed under another ADMIN_TOKEN is refused', () => {
  const { cookie } = createSession(otherKey, t0);
  assert.equal(verifySession(key, cookie, t0), null);
});

test('changing the expiry, the id or the signature breaks the cookie', () => {
  const { cookie } = createSession(key, t0);
  const [sid, exp, sig] = cookie.split('.');
  assert.equal(verifySession(key, `${sid}.${Number(exp) + 1e9}.${sig}`, t0), null);
  const otherSid = (sid[0] === 'A' ? 'B' : 'A') + sid.slice(1);
  assert.equal(verifySession(key, `${otherSid}.${exp}.${sig}`, t0), null);
  const otherSig = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
  assert.equal(verifySession(key, `${sid}.${exp}.${otherSig}`, t0), null);
});

test('malformed and missing cookies are refused, not thrown on', () => {
  for (const bad of [undefined, '', 'x', 'a.b.c', '..', `${'a'.repeat(24)}.1.${'b'.repeat(43)}.extra`]) {
    assert.equal(verifySession(key, bad, t0), null);
  }
});

test('two sessions get different ids and different CSRF tokens', () => {
  const a = createSession(key, t0).session;
  const b = createSession(key, t0).session;
  assert.notEqual(a.sid, b.sid);
  assert.notEqual(csrfToken(key, a), csrfToken(key, b));
});

test('the CSRF token of a session is accepted; another session’s, a blank or a missing one is not', () => {
  const a = createSession(key, t0).session;
  const b = createSession(key, t0).session;
  assert.equal(verifyCsrfToken(key, a, csrfToken(key, a)), true);
  assert.equal(verifyCsrfToken(key, a, csrfToken(key, b)), false);
  assert.equal(verifyCsrfToken(key, a, csrfToken(otherKey, a)), false);
  assert.equal(verifyCsrfToken(key, a, ''), false);
  assert.equal(verifyCsrfToken(key, a, null), false);
});

test('secretsEqual compares content, whatever the lengths', () => {
  assert.equal(secretsEqual('s3cret-token-value', 's3cret-token-value'), true);
  assert.equal(secretsEqual('s3cret-token-valuE', 's3cret-token-value'), false);
  assert.equal(secretsEqual('s3cret', 's3cret-token-value'), false);
  assert.equal(secretsEqual('', 'x'), false);
});

test('the session key depends on the token and is not the token', () => {
  assert.notDeepEqual(adminSessionKey('token-one-xxxxxxxx'), adminSessionKey('token-two-xxxxxxxx'));
  assert.equal(adminSessionKey('token-one-xxxxxxxx').length, 32);
  assert.notEqual(adminSessionKey('token-one-xxxxxxxx').toString('utf8'), 'token-one-xxxxxxxx');
});
