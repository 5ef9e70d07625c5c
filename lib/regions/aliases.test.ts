import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { shortForms } from './aliases';

const forms = (name: string, level: 'province' | 'city' | 'county' | 'township') => shortForms({ name, level });

describe('shortForms', () => {
  it('strips the plain suffix', () => {
    assert.deepEqual(forms('江北区', 'county'), ['江北']);
    assert.deepEqual(forms('浦东新区', 'county'), ['浦东']);
    assert.deepEqual(forms('攀枝花市', 'city'), ['攀枝花']);
    assert.deepEqual(forms('四川省', 'province'), ['四川']);
    assert.deepEqual(forms('高笋塘街道', 'township'), ['高笋塘']);
  });

  it('drops the peoples of autonomous names and keeps the everyday 州/县 form', () => {
    assert.deepEqual(forms('恩施土家族苗族自治州', 'city'), ['恩施', '恩施州']);
    assert.deepEqual(forms('黔东南苗族侗族自治州', 'city'), ['黔东南', '黔东南州']);
    assert.deepEqual(forms('石柱土家族自治县', 'county'), ['石柱', '石柱县']);
    assert.deepEqual(forms('博尔塔拉蒙古自治州', 'city'), ['博尔塔拉', '博尔塔拉州']);
    assert.deepEqual(forms('广西壮族自治区', 'province'), ['广西']);
    assert.deepEqual(forms('内蒙古自治区', 'province'), ['内蒙古']);
  });

  it('never produces a one-character form', () => {
    assert.deepEqual(forms('东区', 'county'), []);
    assert.deepEqual(forms('歙县', 'county'), []);
  });
});
