import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientAddress, isHttps, isSameOrigin } from './request-origin';

const h = (init: Record<string, string>) => new Headers(init);

test('same-origin POSTs pass the Origin check, cross-site ones do not', () => {
  assert.equal(isSameOrigin(h({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' })), true);
  assert.equal(isSameOrigin(h({ host: '127.0.0.1:3000', origin: 'http://evil.example' })), false);
  assert.equal(isSameOrigin(h({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3001' })), false);
  assert.equal(isSameOrigin(h({ host: 'example.org', origin: 'null' })), false);
  assert.equal(isSameOrigin(h({ host: 'example.org', origin: 'not a url' })), false);
});

test('behind a proxy the forwarded host is the one compared', () => {
  assert.equal(isSameOrigin(h({ host: 'internal:3000', 'x-forwarded-host': 'reports.example.org', origin: 'https://reports.example.org' })), true);
});

test('without Origin, a request the browser marks cross-site is refused; scripts without fetch metadata pass', () => {
  assert.equal(isSameOrigin(h({ host: 'a', 'sec-fetch-site': 'cross-site' })), false);
  assert.equal(isSameOrigin(h({ host: 'a', 'sec-fetch-site': 'same-site' })), false);
  assert.equal(isSameOrigin(h({ host: 'a', 'sec-fetch-site': 'same-origin' })), true);
  assert.equal(isSameOrigin(h({ host: 'a' })), true);
});

test('the client address is the last forwarded hop', () => {
  assert.equal(clientAddress(h({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' })), '10.0.0.1');
  assert.equal(clientAddress(h({ 'x-forwarded-for': '::1' })), '::1');
  assert.equal(clientAddress(h({})), 'unknown');
});

test('https is read from the forwarded protocol, else the URL', () => {
  assert.equal(isHttps(h({ 'x-forwarded-proto': 'https' }), 'http://x/'), true);
  assert.equal(isHttps(h({ 'x-forwarded-proto': 'http' }), 'https://x/'), false);
  assert.equal(isHttps(h({}), 'https://x/'), true);
});
