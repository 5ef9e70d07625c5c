/**
 * Server-side rendering of a chart option to a self-describing image: the chart plus its
 * title, the filters it shows, the data source and the date, so a picture pasted into a
 * briefing still says what it is. PNG goes through resvg with the CJK font loaded
 * explicitly: resvg drops text it has no font for, and system fonts differ between machines.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { echarts } from './echarts';
import { subsetFontFile } from './font-subset';
import { contentKey, Lru } from './memo';
import { chartOption, type ChartPayload } from './payload';
import { FONT_FAMILY } from './theme';
import type { ChartOption } from './types';

export interface ImageMeta {
  width: number;
  height: number;
  title: string;
  filtersText: string;
  sourceLine: string;
  /** Shown as printed, e.g. 2025-01-31. */
  date: string;
}

/** Room for the header (title, filters, legend) and the footer (source, date). */
const HEADER = 92;
const FOOTER = 36;

function toSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg.replace(SSR_META, '');
}

/**
 * ecmeta_* attributes are for ECharts' own SSR hydration client, which we do not use (the
 * island draws the chart anew): dropping them makes every SVG we serve about 30% smaller.
 */
const SSR_META = / ecmeta_[a-z_]+="[^"]*"/g;

const previewSvgs = new Lru<string>(256);

/**
 * The chart alone, the page's first paint (an `<img>`; the page around it says what it shows).
 * Memoised on the payload: ECharts' SSR costs tens of ms a chart, and the same view is asked for often.
 */
export const renderPreviewSvg = (payload: ChartPayload, width: number, height: number) =>
  previewSvgs.get(contentKey(JSON.stringify(payload), String(width), String(height)), () => toSvg(chartOption(payload), width, height));

const imageSvgs = new Lru<string>(64);

/** Memoised on the option (as data: its formatter functions come from the same builders) and the meta. */
export function renderChartSvg(option: ChartOption, meta: ImageMeta): string {
  return imageSvgs.get(contentKey(JSON.stringify(option), JSON.stringify(meta)), () => drawImageSvg(option, meta));
}

function drawImageSvg(option: ChartOption, meta: ImageMeta): string {
  const grid = Array.isArray(option.grid) ? option.grid[0] : option.grid;
  return toSvg({
    ...option,
    backgroundColor: '#ffffff',
    animation: false,
    title: {
      text: meta.title,
      subtext: meta.filtersText,
      left: 16,
      top: 10,
      textStyle: { fontFamily: FONT_FAMILY, fontSize: 18, color: '#111' },
      subtextStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: '#555' },
    },
    legend: { ...(Array.isArray(option.legend) ? option.legend[0] : option.legend), top: 62, left: 16, right: 16 },
    grid: { ...grid, top: HEADER + 16, bottom: FOOTER + 24 },
    graphic: [
      {
        type: 'text',
        left: 16,
        bottom: 10,
        style: { text: `${meta.sourceLine}　${meta.date}`, fill: '#666', fontSize: 11, fontFamily: FONT_FAMILY },
      },
    ],
  }, meta.width, meta.height);
}

// The process runs from the project root (npm scripts, the server), like the migrations folder.
const FONT_FILE = path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
let resvg: Promise<typeof import('@resvg/resvg-js')> | undefined;

const pngs = new Lru<Promise<Buffer>>(64);

/** PNG at 2× for sharp slides; memoised on the SVG it draws (which carries data, filters and date). */
export function renderChartPng(option: ChartOption, meta: ImageMeta): Promise<Buffer> {
  const svg = renderChartSvg(option, meta);
  const key = contentKey(svg);
  return pngs.get(key, () => {
    const png = drawPng(svg);
    png.catch(() => pngs.delete(key)); // a failure is reported once, not remembered
    return png;
  });
}

async function drawPng(svg: string): Promise<Buffer> {
  // Fail loudly if the font is missing rather than return an image with no text.
  if (!existsSync(FONT_FILE)) throw new Error(`CJK font not found: ${FONT_FILE}`);
  const { Resvg } = await (resvg ??= import('@resvg/resvg-js'));
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: '#ffffff',
    font: { fontFiles: [subsetFontFile(FONT_FILE, svg)], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' },
  }).render();
  return png.asPng();
}
