/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WASM through file URLs and resvg is a native addon: both must stay
  // outside the server bundle or every request fails at run time (see README, "Stack notes").
  serverExternalPackages: ['@electric-sql/pglite', '@resvg/resvg-js', 'pdfjs-dist', 'mammoth', 'exceljs'],
  poweredByHeader: false,
};

export default nextConfig;
