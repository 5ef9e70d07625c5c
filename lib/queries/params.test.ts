import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filtersToQuery, parseFilters, toScope } from './params';

test('no parameters: province level, latest year', () => {
  const { filters } = parseFilters({});
  assert.ok(filters);
  assert.deepEqual(toScope(filters, 2024), { level: 'province', regions: [], agencies: [], from: 2024, to: 2024 });
});

test('a range, regions repeated or comma-separated', () => {
  const { filters } = parseFilters(new URLSearchParams('level=city&from=2021&to=2023&regions=500100,510400&regions=110100'));
  assert.ok(filters);
  assert.deepEqual(filters.regions, ['500100', '510400', '110100']);
  assert.deepEqual(toScope(filters, 2024), { level: 'city', regions: ['500100', '510400', '110100'], agencies: [], from: 2021, to: 2023 });
  assert.equal(toScope(parseFilters({ from: '2022' }).filters!, 2024).to, 2024);
});

test('bad parameters name the parameter and say what is wrong', () => {
  assert.match(parseFilters({ level: 'planet' }).error!, /^参数 level（层级）有误/);
  assert.match(parseFilters({ year: 'abc' }).error!, /year/);
  assert.match(parseFilters({ from: '2024', to: '2020' }).error!, /起始年份不能晚于结束年份/);
  assert.match(parseFilters({ year: '2024', from: '2020' }).error!, /只能选一种/);
  assert.match(parseFilters({ regions: '12345' }).error!, /6 位/);
  assert.match(parseFilters({ agencies: '1,x' }).error!, /机关编号/);
  assert.match(parseFilters(new URLSearchParams('year=2023&year=2024')).error!, /只能出现一次/);
  assert.match(parseFilters({ category: 'nope' }).error!, /category/);
});

test('query string round trip leaves defaults out', () => {
  const { filters } = parseFilters({ level: 'county', year: '2023', view: 'shares', category: 'withheld' });
  assert.equal(filtersToQuery(filters!), 'level=county&year=2023&view=shares&category=withheld');
  assert.equal(filtersToQuery(parseFilters({}).filters!), '');
});
