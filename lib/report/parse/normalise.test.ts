/**
 * Normalisation on hand-written strings.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelKey } from './labels';
import { normaliseText } from './normalise';

test('traditional text is converted; a simplified text with a few shared characters is not', () => {
  assert.equal(normaliseText('二、上年結轉政府信息公開申請數量'), '二、上年结转政府信息公开申请数量');
  const simplified = '工作成效显著,著力推进政务公开,坚持以人民为中心。';
  assert.equal(normaliseText(simplified), simplified);
});

test('full width to half width, CJK brackets and quotes unified, lines kept', () => {
  assert.equal(normaliseText('（三）不予公开\r\n３．危及【三安全一稳定】\n１２ ／ －８'), '(三)不予公开\n3.危及(三安全一稳定)\n12 / -8');
  assert.equal(normaliseText('危及“三安全一稳定”'), '危及"三安全一稳定"');
});

test('pinyin injected after characters is removed, other parentheses stay', () => {
  assert.equal(normaliseText('政(zheng)府(fu)信息公开'), '政府信息公开');
  assert.equal(normaliseText('本 (ben) 年新收'), '本 年新收');
  assert.equal(normaliseText('推动AI(ai)应用,第(1)项'), '推动AI(ai)应用,第(1)项');
});

test('label keys ignore numbering, punctuation and known wording variants', () => {
  assert.equal(labelKey('（七）总计'), labelKey('七、合计'));
  assert.equal(labelKey('１、属于国家秘密'.normalize('NFKC')), labelKey('1.属于国家秘密'));
  assert.equal(labelKey('四、结转下一年度继续办理'), labelKey('四、结转下年度继续办理'));
  assert.equal(labelKey('(二部分公开区分处理的'), '部分公开区分处理的');
});
