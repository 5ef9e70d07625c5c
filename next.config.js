/**
 * Content-Security-Policy, the tightest that works for this app.
 *
 * - script-src needs 'unsafe-inline': the App Router streams its bootstrap and RSC payload
 *   as inline <script> tags whose content changes per request, so hashes cannot cover them,
 *   and nonces need a root proxy/middleware to mint one per request, which this project's
 *   fixed top level does not allow. What keeps injected script out instead: report text is
 *   only ever rendered through React's escaping (no dangerouslySetInnerHTML with report
 *   content), no third-party origins are allowed, and object-src/base-uri/form-action are
 *   locked so injected markup can neither load plugins, re-base URLs nor post elsewhere.
 * - 'unsafe-eval' only under `next dev` (React's dev tooling evaluates code); never in production.
 * - style-src 'unsafe-inline': ECharts and React set style attributes.
 * - img-src data:/blob:: chart images exported in the browser are data/blob URLs.
 */
const isDev = process.env.NODE_ENV === 'development';
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Old browsers ignore frame-ancestors; this says the same to them.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM through file URLs and resvg is a native addon: both must stay
  // outside the server bundle or every request fails at run time (see README, "Stack notes").
  serverExternalPackages: ['@electric-sql/pglite', '@resvg/resvg-js', 'pdfjs-dist', 'mammoth', 'exceljs'],
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
