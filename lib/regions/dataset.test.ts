import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allRegions, regionByCode } from './index';

describe('allRegions', () => {
  const regions = allRegions();

  it('has one entry per six-digit code', () => {
    assert.ok(regions.every((r) => /^\d{6}$/.test(r.code)));
    assert.equal(new Set(regions.map((r) => r.code)).size, regions.length);
  });

  it('has the 31 provincial-level divisions of the mainland', () => {
    assert.equal(regions.filter((r) => r.level === 'province').length, 31);
  });

  it('leaves out the pseudo-levels of the source tree', () => {
    assert.equal(regions.filter((r) => /^(市辖区|县)$|直辖县级行政区划$/.test(r.name)).length, 0);
  });

  it('lists parents before children, one level apart or a municipality/province directly above a county', () => {
    const seen = new Map<string, string>();
    for (const r of regions) {
      if (r.parentCode === null) assert.equal(r.level, 'province');
      else {
        const parentLevel = seen.get(r.parentCode);
        assert.ok(parentLevel, `${r.code} comes after its parent ${r.parentCode}`);
        assert.ok(r.level === 'county' ? parentLevel !== 'county' : parentLevel === 'province');
      }
      seen.set(r.code, r.level);
    }
  });

  it('places municipal districts under the municipality', () => {
    assert.deepEqual(regionByCode('500105'), {
      code: '500105', name: '江北区', level: 'county', parentCode: '500000', fullName: '重庆市江北区',
    });
    assert.equal(regionByCode('500240')?.parentCode, '500000'); // 石柱, under the tree's 县 pseudo-city
  });

  it('places a prefecture-level city under its province', () => {
    assert.deepEqual(regionByCode('510400'), {
      code: '510400', name: '攀枝花市', level: 'city', parentCode: '510000', fullName: '四川省攀枝花市',
    });
  });

  it('places province-administered county-level cities under the province', () => {
    assert.equal(regionByCode('429004')?.parentCode, '420000'); // 仙桃市
  });

  it('keeps a city without districts once, as a city', () => {
    assert.equal(regions.filter((r) => r.code === '441900').length, 1);
    assert.equal(regionByCode('441900')?.level, 'city');
    assert.equal(regionByCode('620201'), undefined); // 嘉峪关's copy has its own code in the source
    assert.equal(regionByCode('620200')?.name, '嘉峪关市');
  });

  it('has prefectures, leagues and autonomous prefectures as cities', () => {
    assert.equal(regionByCode('422800')?.name, '恩施土家族苗族自治州');
    assert.equal(regionByCode('422800')?.level, 'city');
    assert.equal(regionByCode('152900')?.name, '阿拉善盟');
  });

  it('keeps NBS functional zones (xx7x codes) out: GB/T 2260 does not have them', () => {
    assert.equal(regionByCode('130372'), undefined); // 北戴河新区
    assert.equal(regions.filter((r) => r.level === 'county' && r.code[4] === '7').length, 0);
  });

  it('does not invent codes', () => {
    assert.equal(regionByCode('999999'), undefined);
    assert.equal(regionByCode('500100'), undefined); // the source's 市辖区 of 重庆
  });
});
