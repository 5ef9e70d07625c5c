/**
 * DOCX through mammoth's HTML conversion, so merged table cells keep their
 * structure and the HTML path produces the same row lines as a web page would.
 */
import mammoth from 'mammoth';
import { htmlToText } from './html';

export async function docxToText(bytes: Uint8Array): Promise<{ text: string; messages: string[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return {
    text: htmlToText(result.value),
    messages: result.messages.filter((m) => m.type === 'error').map((m) => m.message),
  };
}
