/**
 * Decode text bytes whose encoding nobody declared. Order: byte-order marks,
 * then strict UTF-8 (legacy CJK text is almost never valid UTF-8), then the
 * legacy code pages scored by how much of the decoded text is common Chinese.
 * jschardet alone guesses wrong on short Chinese text, so it only adds a candidate.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { BINARY_SHARE, binaryShare } from './sniff';

/** ~300 of the most frequent characters in these reports, simplified and traditional. */
const COMMON =
  '的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从知全部工情况政府信息开申请数量办理结果复议诉讼审纠正维持处罚强制许规章范性文件本新收转度予区计形秘密律禁止危及安稳第合权益属类内务程案卷查询项提供关掌握相现需另补容仍明确访举报投重求版物由反认或具获取逾期按费通缴纳再总加等四告条例院令号简称华民共格式编体动坚推落实建设平台管监督保障存问题改社组织机构科研商业企服县市省镇街室局委员展革教育财态环境交运输卫健康场住房城乡网站媒策解读回应切点领域群众培训考核元万亿次月间统限至截' +
  '這為來箇們說國時於會後對著裡過發軍無麼經當與學進種將還見沒從況開請數辦結複議訴訟審糾維處罰強許規範轉區計穩權屬類內務詢項關現補確訪舉報認獲費繳納總條號簡稱華編體動堅實設臺監問題組織機構業縣鎮員財態環運輸衛場鄉網讀應點領眾訓萬億間統';
/** 1 at the code points of COMMON: a table lookup per character, no Set hashing (all are BMP). */
const IS_COMMON = new Uint8Array(0x10000);
for (let i = 0; i < COMMON.length; i++) IS_COMMON[COMMON.charCodeAt(i)] = 1;

export interface Decoded {
  text: string;
  /** iconv-lite name of the encoding used. */
  encoding: string;
  /** Why the choice is shaky (replacement characters, a close call); empty when it is not. */
  doubts: string[];
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Bytes → text without copying them; UTF-8 by Node itself (same replacement characters as iconv-lite's, faster). */
const decode = (bytes: Uint8Array, encoding: string) =>
  encoding === 'utf8' ? asBuffer(bytes).toString('utf8') : iconv.decode(asBuffer(bytes), encoding);

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be', skip: 2 };
  return null;
}

/** UTF-16 without a BOM shows as zero bytes on one side of every mostly-ASCII pair. */
function bomlessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf16be';
  return null;
}

interface Scored {
  encoding: string;
  sample: string;
  score: number;
  replacements: number;
}

/** Bytes enough to tell the encodings apart; scoring a 50 MB file whole would triple its memory. */
const SAMPLE_BYTES = 256 * 1024;

function score(encoding: string, bytes: Uint8Array): Scored {
  const sample = decode(bytes.subarray(0, SAMPLE_BYTES), encoding);
  let cjk = 0;
  let common = 0;
  let replacements = 0;
  // Code units, not code points: surrogate halves fall outside both ranges counted.
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0xfffd) replacements++;
    else if (code >= 0x3400 && code <= 0x9fff) {
      cjk++;
      common += IS_COMMON[code];
    }
  }
  // Common characters are evidence for the encoding; replacement characters against it.
  return { encoding, sample, score: (common - 4 * replacements) / Math.max(1, cjk + replacements), replacements };
}

/**
 * Whether GB18030/Big5/UTF-8 already settled it, so jschardet's guess (3 ms on a 10 KB file,
 * most of the time spent reading a legacy file) cannot change the outcome. Chinese text read in
 * its own code page scores ≥ 0.75; read in any wrong one (Big5↔GB, Shift_JIS, EUC-KR/JP,
 * single-byte pages) it scores ≤ 0.17, and a guess only matters when it comes within 0.1 of the
 * best or displaces a close second.
 */
const DECISIVE_SCORE = 0.5;
const decisive = ([best, second]: Scored[]) => best.score >= DECISIVE_SCORE && best.score - second.score >= 0.1;

/** The text, or null when the bytes are not text in any encoding tried. */
export function decodeText(bytes: Uint8Array): Decoded | null {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decode(bytes.subarray(bom.skip), bom.encoding), encoding: bom.encoding, doubts: [] };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: decode(bytes, utf16), encoding: utf16, doubts: ['UTF-16 without a byte-order mark'] };
  // Validated, then decoded: both SIMD in Node, several times faster than a fatal TextDecoder (ICU).
  if (isUtf8(bytes)) return { text: asBuffer(bytes).toString('utf8'), encoding: 'utf8', doubts: [] };
  const byScore = (a: Scored, b: Scored) => b.score - a.score;
  let ranked = ['utf8', 'gb18030', 'big5'].map((e) => score(e, bytes)).sort(byScore);
  if (!decisive(ranked)) {
    const guess = jschardet.detect(bytes.subarray(0, 64 * 1024)).encoding?.toLowerCase();
    if (guess && iconv.encodingExists(guess) && !/^(ascii|gb2312|gbk|gb18030|big5|utf-?8)$/.test(guess)) {
      ranked = [...ranked, score(guess, bytes)].sort(byScore);
    }
  }
  const [best, second] = ranked;
  const doubts: string[] = [];
  if (best.replacements > 0) doubts.push(`${best.replacements} undecodable byte sequences`);
  if (second && best.score - second.score < 0.1) doubts.push(`${best.encoding} only narrowly preferred over ${second.encoding}`);
  // Binary junk decodes as *something* in GB18030: refuse it before decoding it whole.
  if (binaryShare(best.sample) > BINARY_SHARE) return null;
  const whole = bytes.byteLength <= SAMPLE_BYTES;
  const text = whole ? best.sample : decode(bytes, best.encoding);
  return { text, encoding: best.encoding, doubts };
}
