/**
 * The prose around the tables: title, 统计期 sentence, sections 一, 五, 六.
 * Numbers quoted in the prose agree with the tables (rule X-2 would flag them otherwise).
 */
import type { Rng } from './rng';
import type { ReportSource } from './source';

const SUBSECTIONS = ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'] as const;

const FILLER = [
  '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，紧紧围绕中心工作，持续提升政务公开质量和实效。',
  '严格落实“谁公开、谁审查、谁负责”的原则，坚持先审查、后公开，确保公开信息的准确性、及时性和权威性。',
  '通过政府门户网站、政务新媒体、政务公开专区等渠道及时发布政策文件、政策解读和工作动态信息，方便群众查询获取。',
  '进一步规范依申请公开受理、审查、办理、答复、归档等流程，完善答复文书模板，依法依规按时答复申请人。',
  '加强与信访、司法等部门的沟通协作，做好政府信息公开申请办理中的风险研判，有效化解潜在矛盾。',
  '开展政务公开业务培训，提高工作人员业务能力，并将政务公开工作纳入年度绩效考核。',
  '定期对网站栏目进行巡查，对发现的问题及时整改，确保栏目内容更新及时、链接有效。',
  '持续完善政府信息公开指南和主动公开目录，对已失效和废止的文件进行标注，方便公众查阅。',
  '强化政策解读，通过图文解读、视频解读、新闻发布会等多种形式回应社会关切。',
  '建立健全政府信息公开工作考核、社会评议和责任追究制度，主动接受社会监督。',
  '加强政务新媒体管理，确保政府网站和政务新媒体信息发布同源、内容一致。',
  '围绕群众关心关注的重点领域，加大财政预决算、重大建设项目、公共资源配置等信息公开力度。',
];

const PROBLEMS = [
  '一是公开内容的深度和广度仍需拓展；二是政策解读形式还不够丰富；三是工作人员业务能力有待进一步提高。',
  '下一步，将进一步健全工作机制，加强业务培训，丰富公开形式，不断提升政务公开工作水平。',
];

function paragraphs(rng: Rng, n: number): string[] {
  return Array.from({ length: n }, () => {
    const sentences = Array.from({ length: rng.int(3, 5) }, () => rng.pick(FILLER));
    return sentences.join('');
  });
}

/** What the 依申请公开 paragraph says, from the printed totals when they are known. */
function requestSummary(source: ReportSource): string {
  const n = (row: string) => source.cells[`requests.${row}.total`];
  const received = n('received');
  const decided = n('total');
  if (received === null || received === undefined || decided === null || decided === undefined) {
    return '依法依规办理政府信息公开申请，均在法定期限内予以答复。';
  }
  return `全年共收到政府信息公开申请${received}件，办结${decided}件。`;
}

export interface Narrative {
  title: string[];
  intro: string;
  overview: string[];
  problems: string[];
  other: string;
}

export function narrative(source: ReportSource, rng: Rng): Narrative {
  const { year, agencyName, template } = source;
  const letter = template === '2021' ? '国办公开办函〔2021〕30号' : '国办公开办函〔2019〕60号';
  const overview = source.narrative
    ? source.narrative.split('\n').filter((p) => p.trim() !== '')
    : SUBSECTIONS.flatMap((name, i) => [
        `（${['一', '二', '三', '四', '五'][i]}）${name}`,
        ...(name === '依申请公开' ? [requestSummary(source)] : []),
        ...paragraphs(rng, rng.int(2, 3)),
      ]);
  return {
    title: rng.chance(0.5) ? [agencyName, `${year}年政府信息公开工作年度报告`] : [`${agencyName}${year}年政府信息公开工作年度报告`],
    intro:
      `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（${letter}）要求编制。` +
      `所列数据的统计期限为${year}年1月1日至${year}年12月31日。`,
    overview,
    problems: PROBLEMS,
    other: rng.pick(['本年度未收取信息处理费。', `${year}年未收取信息处理费，无其他需要报告的事项。`, '无。']),
  };
}
