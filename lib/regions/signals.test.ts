import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSignals } from './signals';

const codes = (text: string) => findSignals(text).map((s) => s.codes);

describe('findSignals', () => {
  it('reads three- and four-digit area codes', () => {
    assert.deepEqual(codes('电话：023-67854766'), [['500000']]);
    assert.deepEqual(codes('电话：(0574)87654321'), [['330200']]);
    assert.deepEqual(codes('电话 02367854766'), [['500000']]);
  });

  it('falls back to the province of an area-code group', () => {
    assert.deepEqual(codes('电话：0527-83581234'), [['320000']]); // 宿迁, inside 江苏's 052x
  });

  it('ignores mobile numbers and unknown groups', () => {
    assert.deepEqual(codes('手机：13812345678'), []);
  });

  it('reads postcodes only when labelled', () => {
    assert.deepEqual(codes('邮编：400025'), [['500000']]);
    assert.deepEqual(codes('共400025件'), []);
  });

  it('reads service brands and provincial gov.cn domains', () => {
    assert.deepEqual(codes('通过“渝快办”办理'), [['500000']]);
    assert.deepEqual(codes('网址 http://jiangbei.cq.gov.cn/'), [['500000']]);
  });

  it('does not read 京通 inside 南京通过', () => {
    assert.deepEqual(codes('南京通过了'), []);
  });
});
