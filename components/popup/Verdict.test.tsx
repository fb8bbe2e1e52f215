// @vitest-environment happy-dom
/** The verdict's reasons follow the UI language (the extractor's own reasons are English). */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Verdict } from './Verdict';
import { I18n, translatorFrom } from './i18n';
import type { Detection } from '../../lib/schema/extraction';

afterEach(cleanup);

const locale = (lang: string) =>
  translatorFrom(JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')));

const detection: Detection = {
  detected: true,
  score: 0.93,
  reasons: ['12 epidemic-prevention terms (疫情, 防控, 核酸…)'],
  evidence: { cjkShare: 0.95, epidemicTerms: 12, mobilisationTerms: 60, mobilizedHeadcounts: 3, namedPlaces: 0 },
};

function reasonsIn(lang: string, d: Detection): string[] {
  render(
    <I18n.Provider value={locale(lang)}>
      <Verdict detection={d} annotated={false} counts={{ headcounts: 3, places: 2 }} />
    </I18n.Provider>,
  );
  return screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
}

describe('Verdict reasons', () => {
  it('are worded in Chinese in the Chinese UI, from the evidence', () => {
    expect(reasonsIn('zh_CN', detection)).toEqual(['疫情防控用语 12 处（疫情、防控、核酸……）', '下沉动员用语 50+ 处（下沉、党员、志愿者……）', '动员人数 3 处', '没有省级以下地名']);
  });

  it('are worded in English in the English UI', () => {
    expect(reasonsIn('en', detection)[3]).toBe('no named place below province level');
  });

  it('fall back to the extractor’s own reasons when there is no evidence (an older record)', () => {
    expect(reasonsIn('zh_CN', { ...detection, evidence: undefined })).toEqual(['12 epidemic-prevention terms (疫情, 防控, 核酸…)']);
  });
});
