import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { allRegions, regionByCode, resolveAgencyRegion } from './index';

const samples = new URL('../samples/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('seeds.expected.json', samples), 'utf8')) as Record<
  string,
  { regionCode: string | null; agencyIncludes: string | null }
>;
const reportText = (file: string) => readFileSync(new URL(`reports/${file}`, samples), 'utf8');

describe('resolveAgencyRegion on the sample reports (truth: seeds.expected.json)', () => {
  // Body names as the reports print them (title, 来源 line or contact line).
  const bodies: [file: string, body: string][] = [
    ['000_b8fbd38b3e185b3e.txt', '重庆市江北区人民政府办公室'],
    ['001_08e398edbd93b538.txt', '厦门市海沧区人民政府'],
    ['003_9de093a207e77a40.txt', '重庆市万州区高笋塘街道办事处'],
    ['004_1033e8c8c2361b7e.txt', '攀枝花市人民政府办公室'],
  ];
  for (const [file, body] of bodies) {
    it(`${file}: ${body}`, () => {
      const truth = expected[file];
      assert.ok(body.includes(truth.agencyIncludes!), 'the body name is the one the truth file names');
      const got = resolveAgencyRegion(body, reportText(file));
      assert.equal(got.regionCode, truth.regionCode);
      assert.deepEqual(got.warnings, []);
    });
  }

  it('gives levels of the body, not of the region', () => {
    assert.equal(resolveAgencyRegion('重庆市江北区人民政府办公室', '').level, 'county');
    assert.equal(resolveAgencyRegion('重庆市万州区高笋塘街道办事处', '').level, 'township');
    assert.equal(resolveAgencyRegion('攀枝花市人民政府办公室', '').level, 'city');
  });

  it('names the resolved division in full', () => {
    assert.equal(resolveAgencyRegion('重庆市江北区人民政府办公室', '').regionName, '重庆市江北区');
    assert.equal(resolveAgencyRegion('攀枝花市人民政府办公室', '').regionName, '四川省攀枝花市');
  });

  it('leaves the 我镇 report (no name at all) unknown', () => {
    const got = resolveAgencyRegion('我镇', reportText('002_2ee7e895fb2dacb9.txt'));
    assert.equal(got.regionCode, expected['002_2ee7e895fb2dacb9.txt'].regionCode);
    assert.equal(got.level, 'unknown');
    assert.deepEqual(got.warnings.map((w) => w.code), ['region-unknown']);
  });
});

describe('resolveAgencyRegion: ambiguous names decided by evidence', () => {
  it('江北区 with 宁波 and an 0574 number is 宁波市江北区', () => {
    const got = resolveAgencyRegion('江北区人民政府办公室', '联系地址：宁波市江北区人民路；电话：0574-87654321。');
    assert.equal(got.regionCode, '330205');
  });

  it('江北区 with 渝快办 and an 023 number is 重庆市江北区', () => {
    const got = resolveAgencyRegion('江北区人民政府办公室', '通过“渝快办”办理。咨询电话：023-67854766。');
    assert.equal(got.regionCode, '500105');
  });

  it('江北区 with nothing to go on is null with a warning naming both', () => {
    const got = resolveAgencyRegion('江北区人民政府办公室', '本报告由区政府办公室编制。');
    assert.equal(got.regionCode, null);
    assert.equal(got.regionName, null);
    assert.equal(got.level, 'county');
    assert.deepEqual(got.warnings.map((w) => w.code), ['region-ambiguous']);
    assert.match(got.warnings[0].message, /重庆市江北区/);
    assert.match(got.warnings[0].message, /浙江省宁波市江北区/);
  });

  it('江北区 with as much 重庆 as 宁波 is not decided', () => {
    const got = resolveAgencyRegion('江北区人民政府', '赴重庆学习，与宁波交流。');
    assert.equal(got.regionCode, null);
    assert.equal(got.warnings[0].code, 'region-ambiguous');
  });

  it('a parent in the name beats the text', () => {
    assert.equal(resolveAgencyRegion('宁波市江北区人民政府', '渝快办 023-67854766').regionCode, '330205');
  });

  it('鼓楼区 with an 0591 number is 福州市鼓楼区', () => {
    assert.equal(resolveAgencyRegion('鼓楼区人民政府', '电话：0591-87654321').regionCode, '350102');
  });

  it('朝阳区 with 长春 mentioned is 长春市朝阳区; with a 010 number 北京市朝阳区', () => {
    assert.equal(resolveAgencyRegion('朝阳区卫生健康局', '长春市朝阳区卫生健康局').regionCode, '220104');
    assert.equal(resolveAgencyRegion('朝阳区卫生健康委员会', '电话：010-65099114').regionCode, '110105');
  });
});

describe('resolveAgencyRegion: levels of body', () => {
  it('a municipality office is the municipality', () => {
    const got = resolveAgencyRegion('上海市人民政府办公厅', '');
    assert.deepEqual([got.regionCode, got.level], ['310000', 'province']);
  });

  it('a province government is the province', () => {
    const got = resolveAgencyRegion('四川省人民政府办公厅', '');
    assert.deepEqual([got.regionCode, got.regionName, got.level], ['510000', '四川省', 'province']);
  });

  it('a county department takes its county', () => {
    assert.equal(resolveAgencyRegion('重庆市江北区教育委员会', '').regionCode, '500105');
    assert.equal(resolveAgencyRegion('沭阳县市场监督管理局', '').regionCode, '321322');
  });

  it('a district branch of a city department takes the district', () => {
    assert.equal(resolveAgencyRegion('成都市公安局锦江区分局', '').regionCode, '510104');
  });

  it('a 镇 with its county named takes the county, even when the county name alone is ambiguous', () => {
    const got = resolveAgencyRegion('江北区慈城镇人民政府', '');
    assert.deepEqual([got.regionCode, got.level], ['330205', 'township']);
  });

  it('a 镇 named alone is placed by the county the text names', () => {
    const got = resolveAgencyRegion('城关镇人民政府', '安阳市汤阴县城关镇人民政府2023年政府信息公开工作年度报告');
    assert.deepEqual([got.regionCode, got.level], ['410523', 'township']);
    const unplaced = resolveAgencyRegion('城关镇人民政府', '');
    assert.deepEqual([unplaced.regionCode, unplaced.level], [null, 'township']);
    assert.equal(unplaced.warnings[0].code, 'region-ambiguous');
  });

  it('a 镇 the dataset does not know, after its county, is a township of that county', () => {
    const got = resolveAgencyRegion('重庆市江北区新设镇人民政府', '');
    assert.deepEqual([got.regionCode, got.level], ['500105', 'township']);
    assert.equal(resolveAgencyRegion('重庆市江北区城乡建设委员会', '').level, 'county');
  });

  it('a street named with a short county name', () => {
    assert.equal(resolveAgencyRegion('万州高笋塘街道', '').regionCode, '500101');
  });

  it('a street of a city without districts takes the city', () => {
    const got = resolveAgencyRegion('东莞市南城街道办事处', '');
    assert.deepEqual([got.regionCode, got.level], ['441900', 'township']);
  });

  it('everyday forms of autonomous divisions', () => {
    assert.equal(resolveAgencyRegion('石柱县人民政府', '').regionCode, '500240');
    assert.equal(resolveAgencyRegion('恩施州人民政府', '').regionCode, '422800');
  });

  it('an NBS functional zone (not in GB/T 2260) takes its city, as a county-level body', () => {
    const got = resolveAgencyRegion('北戴河新区管理委员会', '');
    assert.deepEqual([got.regionCode, got.level], ['130300', 'county']);
  });

  it('a province-administered county-level city has the province as parent', () => {
    assert.equal(resolveAgencyRegion('仙桃市人民政府', '').regionName, '湖北省仙桃市');
  });
});

describe('resolveAgencyRegion: typos', () => {
  it('沐阳县 with 江苏/宿迁 in the text is 沭阳县, with a warning', () => {
    const got = resolveAgencyRegion('沐阳县人民政府办公室', '江苏省宿迁市沐阳县人民政府办公室');
    assert.equal(got.regionCode, '321322');
    assert.deepEqual(got.warnings.map((w) => w.code), ['region-fuzzy']);
  });

  it('宿迁市沐阳县 is 沭阳县 (the parent in the name supports it)', () => {
    assert.equal(resolveAgencyRegion('宿迁市沐阳县人民政府', '').regionCode, '321322');
  });

  it('沐阳县 with nothing to support a reading stays unknown, not its parent', () => {
    const got = resolveAgencyRegion('沐阳县人民政府办公室', '');
    assert.equal(got.regionCode, null);
    assert.equal(got.warnings[0].code, 'region-unknown');
  });

  it('a typo under a named parent never falls back to the parent', () => {
    const got = resolveAgencyRegion('宿迁市木阳县人民政府', '');
    assert.equal(got.regionCode, null);
  });
});

describe('resolveAgencyRegion: former names', () => {
  // 孟津县 became 洛阳市孟津区 (410308) in 2021; older reports use the old name.
  it('a county since made a district is read by its current name when its parent supports it', () => {
    const got = resolveAgencyRegion('洛阳市孟津县人民政府', '');
    assert.equal(got.regionCode, '410308');
    assert.deepEqual(got.warnings.map((w) => w.code), ['region-renamed']);
    assert.equal(resolveAgencyRegion('孟津县人民政府办公室', '河南省洛阳市孟津县').regionCode, '410308');
  });

  it('without support it stays unknown', () => {
    const got = resolveAgencyRegion('孟津县人民政府办公室', '');
    assert.equal(got.regionCode, null);
    assert.equal(got.warnings[0].code, 'region-unknown');
  });
});

describe('resolveAgencyRegion: nothing to resolve', () => {
  it('no place name gives region-unknown', () => {
    for (const name of ['', '我镇', '区教育委员会']) {
      const got = resolveAgencyRegion(name, '重庆');
      assert.equal(got.regionCode, null);
      assert.equal(got.level, 'unknown');
      assert.deepEqual(got.warnings.map((w) => w.code), ['region-unknown']);
    }
  });

  it('公安 in 公安局 is not 公安县', () => {
    assert.equal(resolveAgencyRegion('攀枝花市公安局', '').regionCode, '510400');
  });
});

describe('resolveAgencyRegion over the whole dataset', () => {
  const regions = allRegions();
  const departments = ['人民政府办公室', '市场监督管理局', '住房和城乡建设局'];

  it('every division, written after its parent and before a department, is itself', () => {
    const wrong: string[] = [];
    for (const r of regions) {
      const parent = r.parentCode ? regionByCode(r.parentCode)!.name : '';
      for (const department of departments) {
        const body = parent + r.name + department;
        if (resolveAgencyRegion(body, '').regionCode !== r.code) wrong.push(body);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('every division whose name is unique is itself when written alone', () => {
    const count = new Map<string, number>();
    for (const r of regions) count.set(r.name, (count.get(r.name) ?? 0) + 1);
    const wrong = regions
      .filter((r) => count.get(r.name) === 1 && !(r.name.length === 2 && r.name.endsWith('区')))
      .filter((r) => resolveAgencyRegion(r.name + departments[0], '').regionCode !== r.code)
      .map((r) => r.name);
    assert.deepEqual(wrong, []);
  });

  it('every division whose name is shared is never guessed without evidence', () => {
    const count = new Map<string, number>();
    for (const r of regions) count.set(r.name, (count.get(r.name) ?? 0) + 1);
    const guessed = regions
      .filter((r) => count.get(r.name)! > 1)
      .filter((r) => resolveAgencyRegion(r.name + departments[0], '').regionCode !== null)
      .map((r) => r.code + r.name);
    assert.deepEqual(guessed, []);
  });
});
