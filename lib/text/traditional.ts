/**
 * Traditional → simplified conversion for extraction, keeping the length so offsets stay
 * valid. OpenCC's phrase dictionaries are used (characters alone get place names wrong:
 * 乾县 must not become 干县). The converter runs only when the text has a fair share of
 * traditional-only characters, so simplified pages pay a single cheap scan.
 */
import { ConverterFactory } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset/t2cn';

/** Frequent characters that exist only in traditional writing. */
const TRADITIONAL_MARKERS = new Uint8Array(65536);
for (const ch of '們個國這來時為說會對經過發後還與無開關門問題學實點當體從業區縣鎮鄉黨員幹護衛際書長東務隊龍變處應認識總動負責況們導彈雖議讓邊層單進視團勞廣場醫療檢測與參據區內縣級組織幾億萬餘兩夥達聯網絡區幫營運線線聽親戰') {
  TRADITIONAL_MARKERS[ch.charCodeAt(0)] = 1;
}

let converter: ((s: string) => string) | null = null;

export function looksTraditional(text: string): boolean {
  let hits = 0;
  // A traditional page shows its markers within the first few thousand characters.
  const limit = Math.min(text.length, 20_000);
  for (let i = 0; i < limit; i++) {
    if (TRADITIONAL_MARKERS[text.charCodeAt(i)] && ++hits >= 3) return true;
  }
  return false;
}

export function toSimplified(text: string): string {
  if (!looksTraditional(text)) return text;
  converter ??= ConverterFactory(Locale.from.tw, Locale.to.cn);
  const converted = converter(text);
  if (converted.length === text.length) return converted;
  // A phrase mapping changed the length somewhere: convert character by character instead.
  let out = '';
  for (const ch of text) out += ch.length === 1 ? (converter(ch).length === 1 ? converter(ch) : ch) : ch;
  return out;
}
