/**
 * The data dictionary: the one registry of cell keys and their printed labels.
 *
 * Parser, database, charts and exports all take keys and labels from here
 * (docs: README "Data dictionary", mirrored from the national templates
 * 国办公开办函〔2019〕60号 and 〔2021〕30号). A key names one printed cell;
 * derived values (category subtotals, rates) are defined in `derived.ts`, never here.
 */

export const TEMPLATES = ['2021', '2019'] as const;
export type Template = (typeof TEMPLATES)[number];

export type Section = 'proactive' | 'requests' | 'appeals';

export interface CellDef {
  /** e.g. `requests.withheld.stateSecret.natural` */
  key: string;
  section: Section;
  /** Human label of the row (the printed item), zh-CN. */
  rowLabel: string;
  /** Human label of the column, zh-CN. */
  columnLabel: string;
  /** Cells that may hold a decimal (万元 amounts). Everything else is a whole count. */
  decimal: boolean;
  /** Cells that may be negative (2019 本年增/减). */
  signed: boolean;
}

// ---------------------------------------------------------------- section 二

interface ProactiveItem {
  key: string;
  label: string;
  /** 第二十条第（N）项 block the item is printed under. */
  block: string;
}

interface ProactiveColumn {
  key: string;
  label: string;
  decimal?: boolean;
  signed?: boolean;
}

interface ProactiveTable {
  block: string;
  items: readonly ProactiveItem[];
  columns: readonly ProactiveColumn[];
}

export const PROACTIVE_2021: readonly ProactiveTable[] = [
  {
    block: '第二十条第（一）项',
    items: [
      { key: 'regulations', label: '规章', block: '（一）' },
      { key: 'normativeDocs', label: '行政规范性文件', block: '（一）' },
    ],
    columns: [
      { key: 'issued', label: '本年制发件数' },
      { key: 'repealed', label: '本年废止件数' },
      { key: 'inForce', label: '现行有效件数' },
    ],
  },
  {
    block: '第二十条第（五）项',
    items: [{ key: 'licensing', label: '行政许可', block: '（五）' }],
    columns: [{ key: 'decisions', label: '本年处理决定数量' }],
  },
  {
    block: '第二十条第（六）项',
    items: [
      { key: 'penalty', label: '行政处罚', block: '（六）' },
      { key: 'coercion', label: '行政强制', block: '（六）' },
    ],
    columns: [{ key: 'decisions', label: '本年处理决定数量' }],
  },
  {
    block: '第二十条第（八）项',
    items: [{ key: 'fees', label: '行政事业性收费', block: '（八）' }],
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', decimal: true }],
  },
];

const PROJECT_COLUMNS_2019: readonly ProactiveColumn[] = [
  { key: 'prevItems', label: '上一年项目数量' },
  { key: 'change', label: '本年增/减', signed: true },
  { key: 'decisions', label: '处理决定数量' },
];

export const PROACTIVE_2019: readonly ProactiveTable[] = [
  {
    block: '第二十条第（一）项',
    items: [
      { key: 'regulations', label: '规章', block: '（一）' },
      { key: 'normativeDocs', label: '规范性文件', block: '（一）' },
    ],
    columns: [
      { key: 'made', label: '本年新制作数量' },
      { key: 'published', label: '本年新公开数量' },
      { key: 'totalPublic', label: '对外公开总数量' },
    ],
  },
  {
    block: '第二十条第（五）项',
    items: [
      { key: 'licensing', label: '行政许可', block: '（五）' },
      { key: 'otherServices', label: '其他对外管理服务事项', block: '（五）' },
    ],
    columns: PROJECT_COLUMNS_2019,
  },
  {
    block: '第二十条第（六）项',
    items: [
      { key: 'penalty', label: '行政处罚', block: '（六）' },
      { key: 'coercion', label: '行政强制', block: '（六）' },
    ],
    columns: PROJECT_COLUMNS_2019,
  },
  {
    block: '第二十条第（八）项',
    items: [{ key: 'fees', label: '行政事业性收费', block: '（八）' }],
    columns: PROJECT_COLUMNS_2019.slice(0, 2),
  },
  {
    block: '第二十条第（九）项',
    items: [{ key: 'procurement', label: '政府集中采购', block: '（九）' }],
    columns: [
      { key: 'items', label: '采购项目数量' },
      // No unit in the template: reports write 元 or 万元. The raw text keeps what was printed.
      { key: 'amount', label: '采购总金额', decimal: true },
    ],
  },
];

// ---------------------------------------------------------------- section 三

export const REQUEST_COLUMNS = [
  { key: 'natural', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'nonprofit', label: '社会公益组织' },
  { key: 'legalService', label: '法律服务机构' },
  { key: 'otherOrg', label: '其他' },
  { key: 'total', label: '总计' },
] as const;
export type RequestColumn = (typeof REQUEST_COLUMNS)[number]['key'];
/** The six applicant columns whose sum is 总计 (rule T3-3). */
export const APPLICANT_COLUMNS = REQUEST_COLUMNS.filter((c) => c.key !== 'total');

export type OutcomeCategory =
  | 'granted'
  | 'partlyGranted'
  | 'withheld'
  | 'unavailable'
  | 'notProcessed'
  | 'otherDisposal';

export interface RequestRow {
  /** Row key: `received`, `withheld.stateSecret`, … */
  key: string;
  /** The label as the 2021 template prints it. */
  label: string;
  /** Outcome category the row belongs to (rows of 三、本年度办理结果 only). */
  category?: OutcomeCategory;
}

export const OUTCOME_CATEGORIES: readonly { key: OutcomeCategory; label: string }[] = [
  { key: 'granted', label: '予以公开' },
  { key: 'partlyGranted', label: '部分公开' },
  { key: 'withheld', label: '不予公开' },
  { key: 'unavailable', label: '无法提供' },
  { key: 'notProcessed', label: '不予处理' },
  { key: 'otherDisposal', label: '其他处理' },
];

const ROWS_BEFORE_OTHER: readonly RequestRow[] = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
  { key: 'granted', label: '（一）予以公开', category: 'granted' },
  {
    key: 'partlyGranted',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    category: 'partlyGranted',
  },
  { key: 'withheld.stateSecret', label: '1.属于国家秘密', category: 'withheld' },
  { key: 'withheld.lawProhibited', label: '2.其他法律行政法规禁止公开', category: 'withheld' },
  { key: 'withheld.threeSafeties', label: '3.危及“三安全一稳定”', category: 'withheld' },
  { key: 'withheld.thirdParty', label: '4.保护第三方合法权益', category: 'withheld' },
  { key: 'withheld.internalAffairs', label: '5.属于三类内部事务信息', category: 'withheld' },
  { key: 'withheld.processInfo', label: '6.属于四类过程性信息', category: 'withheld' },
  { key: 'withheld.enforcementFile', label: '7.属于行政执法案卷', category: 'withheld' },
  { key: 'withheld.queryMatter', label: '8.属于行政查询事项', category: 'withheld' },
  { key: 'unavailable.notHeld', label: '1.本机关不掌握相关政府信息', category: 'unavailable' },
  { key: 'unavailable.needsCreation', label: '2.没有现成信息需要另行制作', category: 'unavailable' },
  { key: 'unavailable.unclear', label: '3.补正后申请内容仍不明确', category: 'unavailable' },
  { key: 'notProcessed.complaint', label: '1.信访举报投诉类申请', category: 'notProcessed' },
  { key: 'notProcessed.duplicate', label: '2.重复申请', category: 'notProcessed' },
  { key: 'notProcessed.publication', label: '3.要求提供公开出版物', category: 'notProcessed' },
  { key: 'notProcessed.excessive', label: '4.无正当理由大量反复申请', category: 'notProcessed' },
  {
    key: 'notProcessed.confirmation',
    label: '5.要求行政机关确认或重新出具已获取信息',
    category: 'notProcessed',
  },
];

/** The three numbered sub-rows of （六）其他处理 in the 2021 template. */
export const OTHER_DISPOSAL_SUBROWS: readonly RequestRow[] = [
  {
    key: 'otherDisposal.noCorrection',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    category: 'otherDisposal',
  },
  {
    key: 'otherDisposal.unpaidFee',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    category: 'otherDisposal',
  },
  { key: 'otherDisposal.other', label: '3.其他', category: 'otherDisposal' },
];

/** （六）其他处理 printed as one row: the 2019 template, and some 2021 reports. */
export const OTHER_DISPOSAL_SINGLE_ROW: RequestRow = {
  key: 'otherDisposal',
  label: '（六）其他处理',
  category: 'otherDisposal',
};

const ROWS_AFTER_OTHER: readonly RequestRow[] = [
  { key: 'total', label: '（七）总计' },
  { key: 'carriedForward', label: '四、结转下年度继续办理' },
];

/** Rows of section 三, in printed order. */
export function requestRows(otherDisposalAsOneRow: boolean): readonly RequestRow[] {
  return [
    ...ROWS_BEFORE_OTHER,
    ...(otherDisposalAsOneRow ? [OTHER_DISPOSAL_SINGLE_ROW] : OTHER_DISPOSAL_SUBROWS),
    ...ROWS_AFTER_OTHER,
  ];
}

/** Rows under 三、本年度办理结果 (（一）…（六）) that sum to （七）总计 (rule T3-2). */
export function outcomeRows(otherDisposalAsOneRow: boolean): readonly RequestRow[] {
  return requestRows(otherDisposalAsOneRow).filter((r) => r.category !== undefined);
}

export const requestKey = (row: string, column: RequestColumn) => `requests.${row}.${column}`;

// ---------------------------------------------------------------- section 四

export const APPEAL_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'suitDirect', label: '行政诉讼（未经复议直接起诉）' },
  { key: 'suitAfterReview', label: '行政诉讼（复议后起诉）' },
] as const;
export type AppealGroup = (typeof APPEAL_GROUPS)[number]['key'];

export const APPEAL_ITEMS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;
export type AppealItem = (typeof APPEAL_ITEMS)[number]['key'];

export const appealKey = (group: AppealGroup, item: AppealItem) => `appeals.${group}.${item}`;

// ---------------------------------------------------------------- the registry

function proactiveDefs(tables: readonly ProactiveTable[]): CellDef[] {
  return tables.flatMap((t) =>
    t.items.flatMap((item) =>
      t.columns.map((col) => ({
        key: `proactive.${item.key}.${col.key}`,
        section: 'proactive' as const,
        rowLabel: item.label,
        columnLabel: col.label,
        decimal: col.decimal ?? false,
        signed: col.signed ?? false,
      })),
    ),
  );
}

function requestDefs(otherDisposalAsOneRow: boolean): CellDef[] {
  return requestRows(otherDisposalAsOneRow).flatMap((row) =>
    REQUEST_COLUMNS.map((col) => ({
      key: requestKey(row.key, col.key),
      section: 'requests' as const,
      rowLabel: row.label,
      columnLabel: col.label,
      decimal: false,
      signed: false,
    })),
  );
}

const APPEAL_DEFS: CellDef[] = APPEAL_GROUPS.flatMap((g) =>
  APPEAL_ITEMS.map((item) => ({
    key: appealKey(g.key, item.key),
    section: 'appeals' as const,
    rowLabel: g.label,
    columnLabel: item.label,
    decimal: false,
    signed: false,
  })),
);

/**
 * The printed cells of a template, in printed order. A 2021 report that prints
 * （六）其他处理 as one row (seen in the wild) has `otherDisposalAsOneRow`.
 */
export function templateCells(template: Template, otherDisposalAsOneRow = template === '2019'): CellDef[] {
  return [
    ...proactiveDefs(template === '2021' ? PROACTIVE_2021 : PROACTIVE_2019),
    ...requestDefs(otherDisposalAsOneRow),
    ...APPEAL_DEFS,
  ];
}

/** Every key any template can print, each once, in a stable order. */
export const ALL_CELLS: readonly CellDef[] = (() => {
  const seen = new Map<string, CellDef>();
  for (const def of [...templateCells('2021', false), ...templateCells('2019', true)]) {
    if (!seen.has(def.key)) seen.set(def.key, def);
  }
  return [...seen.values()];
})();

export const CELL_BY_KEY: ReadonlyMap<string, CellDef> = new Map(ALL_CELLS.map((d) => [d.key, d]));

export const isCellKey = (key: string): boolean => CELL_BY_KEY.has(key);

/** Full human label of a cell, e.g. `（一）予以公开 · 自然人`. */
export function cellLabel(key: string): string {
  const def = CELL_BY_KEY.get(key);
  return def ? `${def.rowLabel} · ${def.columnLabel}` : key;
}
