/** Reports the extractor was not tuned on (tests/fixtures/reports): what a coder would record. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testExtractor } from './extractor';

const read = (f: string) => readFileSync(join(import.meta.dirname, '../fixtures/reports', f), 'utf8');

describe('held-out reports', () => {
  it('沙市区: role-first counts, approximations, no generic compounds', () => {
    const r = testExtractor().extract(read('shashi-district.txt'));
    expect(r.detected).toBe(true);
    const hc = r.headcounts.map((h) => [h.text, h.value, h.approx, h.role, h.kind]);
    expect(hc).toEqual(expect.arrayContaining([
      ['2800余名机关党员干部', 2800, true, '机关党员干部', 'mobilized'],
      ['1700余人', 1700, true, '外地返沙人员', 'population'],
      ['236人次', 236, false, '发热病人', 'person-times'],
      ['42名', 42, false, '医护人员', 'mobilized'],
      ['一万二千多名党员', 12000, true, '党员', 'mobilized'],
      ['近两千名机关干部', 2000, true, '机关干部', 'mobilized'],
    ]));
    expect(r.headcounts.find((h) => h.value === 86)?.role ?? null).not.toBe('参与一线工');
    const names = r.places.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['荆州市', '沙市区', '西湖社区', '监利市', '江岸区']));
    expect(names).not.toContain('老旧小区');
    expect(r.headcounts.find((h) => h.value === 2800)?.place).toBe('沙市区');
  });

  it('黄冈: townships and villages under the right counties', () => {
    const r = testExtractor().extract(read('huanggang-towns.txt'));
    const byName = new Map(r.places.map((p) => [p.name, p]));
    expect(byName.get('清泉镇')?.path).toEqual(['湖北省', '黄冈市', '浠水县', '清泉镇']);
    expect(byName.get('小池镇')?.path).toEqual(['湖北省', '黄冈市', '黄梅县', '小池镇']);
    expect(byName.get('兰溪村')?.code).toBe('421125111203');
    expect(byName.get('黄冈市')?.text).toBe('黄冈');
    expect(r.headcounts.find((h) => h.value === 460)).toMatchObject({ approx: true, role: '镇村干部、党员志愿者' });
    expect(r.headcounts.find((h) => h.value === 1200000)).toMatchObject({ approx: true, kind: 'person-times' });
  });

  it('十堰: city-wide figures, namesake townships under the county written before them', () => {
    const r = testExtractor().extract(read('shiyan-city.txt'));
    expect(r.detected).toBe(true);
    expect(r.headcounts.map((h) => [h.value, h.approx, h.kind])).toEqual(expect.arrayContaining([
      [23000, true, 'mobilized'], [4300, true, 'population'], [2, true, 'mobilized'], [1876, false, 'population'], [32000, false, 'person-times'], [37, false, 'mobilized'],
    ]));
    const byName = new Map(r.places.map((p) => [p.name, p]));
    expect(byName.get('城关镇')?.path).toEqual(['湖北省', '十堰市', '郧阳区', '城关镇']);
    expect(byName.get('军店镇')?.path).toEqual(['湖北省', '十堰市', '房县', '军店镇']);
    expect(byName.get('十堰市')?.text).toBe('十堰');
  });

  it('mobilisation for floods and economic news are not reports of this kind', () => {
    const flood = testExtractor().extract(read('flood-not-epidemic.txt'));
    expect(flood.detected).toBe(false);
    expect(flood.headcounts.find((h) => h.value === 12000)).toMatchObject({ role: '群众', kind: 'population' });
    expect(testExtractor().extract(read('economy-not-epidemic.txt')).detected).toBe(false);
  });
});
