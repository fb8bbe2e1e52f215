/**
 * Title, source and publication date of a plain-text report, read from the text itself.
 * Seeds are text copied from web pages, e-papers and PDFs: the head of the file may hold
 * site boilerplate, markdown headings, a two-line headline, a date line, or nothing at
 * all (a hard-wrapped lead paragraph), so each rule below is a fallback for the one above.
 */

export interface TextMeta {
  title: string;
  source: string | null;
  published: string | null;
}

const HEAD_LINES = 8;
const TITLE_MAX = 40;
const DERIVED_TITLE_LEN = 36;

/** Site furniture and bylines that precede the headline on copied pages. */
const NOT_A_TITLE = /欢迎您|来源[:：]|^□|^本报讯|^记者|^作者|^编辑|^责任编辑|^(19|20)\d{2}[-年./]/;

const DATE = /((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?/;

export function readTextMeta(text: string): TextMeta {
  // Blocks are runs of lines between blank lines: a headline stands alone in its block,
  // while a hard-wrapped lead paragraph (e-paper text) is one block of many short lines.
  const blocks = text
    .split(/\r?\n\s*\r?\n/)
    .map((b) => b.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0))
    .filter((b) => b.length > 0);
  const head = blocks.flatMap((b) => (b.length === 1 ? [b[0]] : b.map(() => ''))).slice(0, HEAD_LINES);
  const allHead = blocks.flat().slice(0, HEAD_LINES);
  return { title: readTitle(head, text), source: readSource(text), published: readDate(allHead) };
}

function stripHeading(line: string): string {
  return line.replace(/^#+\s*/, '').trim();
}

function readTitle(head: string[], text: string): string {
  for (let i = 0; i < head.length; i++) {
    const line = stripHeading(head[i]);
    // '' marks a line of a wrapped paragraph: the headline, if any, came before it.
    if (line === '') break;
    if (NOT_A_TITLE.test(line) || line.length > TITLE_MAX || /[。；;]$/.test(line)) continue;
    // A kicker line ending in a dash ("…落在岗位上——") is completed by the next line.
    if (/——$/.test(line) && head[i + 1]) return line + stripHeading(head[i + 1]);
    return line;
  }
  return derivedTitle(text);
}

/** No headline: the opening words of the lead, without the "本报讯（记者…）" dateline. */
function derivedTitle(text: string): string {
  const flat = text
    .replace(/\s+/g, '')
    .replace(/^本报讯[（(][^）)]*[）)]/, '')
    .replace(/^#+/, '');
  const sentence = flat.split(/[。！？]/)[0] ?? flat;
  return sentence.length > DERIVED_TITLE_LEN ? `${sentence.slice(0, DERIVED_TITLE_LEN)}…` : sentence;
}

function readSource(text: string): string | null {
  const m = /来源\s*[:：]\s*([^\s:：,，。|｜]{2,30})/.exec(text);
  return m ? m[1] : null;
}

/** Only a date in the page head counts: dates in the body are events, not publication. */
function readDate(head: string[]): string | null {
  for (const line of head) {
    if (line.length > 60 && !/来源|发布/.test(line)) continue;
    const m = DATE.exec(line);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) continue;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}
