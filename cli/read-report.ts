/**
 * Reads a report file for the CLIs: `.txt` as text (UTF-8, or GB18030 where the bytes are
 * not UTF-8); `.html`/`.htm` as a browser would show it — its declared charset, then the
 * same article-text extraction the content script uses.
 */
import { readFile } from 'node:fs/promises';
import { decodeReport } from './decode';

export interface ReportFile {
  text: string;
  title: string | null;
}

export async function readReportFile(file: string): Promise<ReportFile> {
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? (e as Error).message})`);
  }
  const isHtml = /\.html?$/i.test(file);
  const text = decodeReport(raw, isHtml);
  if (isHtml) {
    const { articleFromHtml } = await import('./html-article');
    return articleFromHtml(text);
  }
  return { text, title: null };
}
