// pdf.js ships no declarations for its in-thread worker module: importing it only sets
// globalThis.pdfjsWorker, which pdf.js then uses (see loadPdfjs in pdf.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
