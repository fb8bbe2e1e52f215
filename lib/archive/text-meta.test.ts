import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readTextMeta } from './text-meta';

const seed = (id: string) => readFileSync(resolve(import.meta.dirname, '../../archive', `${id}.txt`), 'utf8');

describe('readTextMeta', () => {
  it('reads headline, source and date from a copied web page', () => {
    expect(readTextMeta(seed('001_686501cca6de8141'))).toEqual({
      title: '抗击疫情,兴文县各级党组织和党员干部在行动(四)',
      source: '苗乡兴文',
      published: '2020-02-03',
    });
  });

  it('joins a kicker ending in a dash with the headline below it', () => {
    expect(readTextMeta(seed('004_79f478bc8f99c2d1')).title).toBe('港闸区各级党组织和广大党员把初心使命落在岗位上——防控一线显担当');
  });

  it('strips markdown heading marks and leaves the date null when only the body has dates', () => {
    const m = readTextMeta(seed('003_337bf66f5a191e40'));
    expect(m.title).toBe('众志成城 防控疫情');
    expect(m.published).toBeNull();
  });

  it('derives a title from the lead when the text opens with a hard-wrapped paragraph', () => {
    const m = readTextMeta(seed('000_7d9928301217a0d3'));
    expect(m.title.startsWith('连日来，监利市广大党员干部')).toBe(true);
    expect(m.title.endsWith('…')).toBe(true);
  });

  it('reads Chinese-style dates in the head', () => {
    expect(readTextMeta('标题\n\n2021年8月5日 来源：黄冈日报\n\n正文。').published).toBe('2021-08-05');
  });
});
