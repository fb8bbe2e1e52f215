// @vitest-environment happy-dom
import { describe, it, expect, afterEach } from 'vitest';
import { render, cleanup } from '@testing-library/preact';
import { MentionCard, MISSING } from './MentionCard';
import type { Headcount, PlaceMention } from '../lib/schema/extraction';

afterEach(cleanup);
const t = (key: string) => `[${key}]`;

const headcount: Headcount = {
  start: 10, end: 19, text: '3301名党员干部', value: 3301, approx: false, role: '党员干部',
  kind: 'mobilized', place: '监利市', placeCode: '421088',
};
const place: PlaceMention = {
  start: 0, end: 3, text: '监利市', name: '监利市', level: 'county', code: '421088',
  path: ['湖北省', '荆州市', '监利市'], pathCodes: ['42', '4210', '421088'],
};

function field(container: Element, name: string): string | null | undefined {
  return container.querySelector(`[data-field="${name}"]`)?.textContent;
}

describe('MentionCard', () => {
  it('shows a headcount: value, exactness, role, kind and place', () => {
    const { container } = render(<MentionCard mention={{ kind: 'headcount', headcount }} t={t} />);
    expect(field(container, 'value')).toBe('3,301 [hl_value_exact]');
    expect(field(container, 'role')).toBe('党员干部');
    expect(field(container, 'kind')).toBe('[hl_kind_mobilized]');
    expect(field(container, 'place')).toBe('监利市');
  });

  it('marks approximate values and shows a dash for a missing role and place', () => {
    const h = { ...headcount, text: '100余人', value: 100, approx: true, role: null, place: null, kind: 'person-times' as const };
    const { container } = render(<MentionCard mention={{ kind: 'headcount', headcount: h }} t={t} />);
    expect(field(container, 'value')).toBe('100 [hl_value_approx]');
    expect(field(container, 'role')).toBe(MISSING);
    expect(field(container, 'place')).toBe(MISSING);
    expect(field(container, 'kind')).toBe('[hl_kind_person_times]');
  });

  it('shows a place: path, code and report counts', () => {
    const { container } = render(
      <MentionCard mention={{ kind: 'place', place }} reportCount={{ archive: 3, collection: 1 }} t={t} />,
    );
    expect(field(container, 'path')).toBe('湖北省 › 荆州市 › 监利市');
    expect(field(container, 'code')).toBe('421088');
    expect(field(container, 'reports')).toBe('[hl_reports_archive] 3 · [hl_reports_collection] 1');
  });

  it('shows a dash when report counts are unknown or the place has no code', () => {
    const p = { ...place, code: null, note: 'pattern-recognised; not in the gazetteer' };
    const { container } = render(<MentionCard mention={{ kind: 'place', place: p }} t={t} />);
    expect(field(container, 'reports')).toBe(MISSING);
    expect(field(container, 'code')).toBe(MISSING);
    expect(field(container, 'note')).toBe('pattern-recognised; not in the gazetteer');
  });

  it('renders page text as text, never as markup', () => {
    const h = { ...headcount, role: '<img src=x onerror=alert(1)>' };
    const { container } = render(<MentionCard mention={{ kind: 'headcount', headcount: h }} t={t} />);
    expect(container.querySelector('img')).toBeNull();
    expect(field(container, 'role')).toBe('<img src=x onerror=alert(1)>');
  });
});
