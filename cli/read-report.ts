/**
 * Reads a report file for the CLIs: `.txt` as UTF-8 text; `.html`/`.htm` as a browser
 * would show it, through the same article-text extraction the content script uses.
 */
import { readFile } from 'node:fs/promises';

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
  const text = new TextDecoder('utf-8').decode(raw);
  if (/\.html?$/i.test(file)) {
    const { articleFromHtml } = await import('./html-article');
    return articleFromHtml(text);
  }
  return { text, title: null };
}
