import { describe, expect, it } from 'vitest';
import { testExtractor } from '../../tests/unit/extractor';

const places = (text: string) => testExtractor().extract(text).places;
const names = (text: string) => [...new Set(places(text).map((p) => p.name))];

describe('places', () => {
  it('resolves full names and short forms to the official hierarchy and code', () => {
    const ps = places('湖北黄冈红安县疫情防控指挥部通报。');
    expect(ps.map((p) => [p.text, p.name, p.level])).toEqual([
      ['湖北', '湖北省', 'province'],
      ['黄冈', '黄冈市', 'prefecture'],
      ['红安县', '红安县', 'county'],
    ]);
    expect(ps[2]).toMatchObject({ code: '421122', path: ['湖北省', '黄冈市', '红安县'] });
  });

  it('reads autonomous regions, prefectures and counties by their usual short names', () => {
    expect(names('新疆乌鲁木齐市天山区，西双版纳州景洪市，恩施州利川市，宜昌市长阳县。')).toEqual([
      '新疆维吾尔自治区', '乌鲁木齐市', '天山区', '西双版纳傣族自治州', '景洪市', '恩施土家族苗族自治州', '利川市', '宜昌市', '长阳土家族自治县',
    ]);
  });

  it('offsets slice the original, across line breaks', () => {
    const text = '连日来，监利\n市广大党员干部积极响应。';
    const [p] = places(text);
    expect(p).toMatchObject({ text: '监利\n市', name: '监利市', code: '421088' });
    expect(text.slice(p.start, p.end)).toBe('监利\n市');
  });

  it('disambiguates a repeated township name by the other places on the page', () => {
    const p = places('离石区吴城镇街上村干部仍在值班。').find((x) => x.name === '吴城镇')!;
    expect(p.path).toEqual(['山西省', '吕梁市', '离石区', '吴城镇']);
  });

  it('takes a repeated township name inside the county written right before it', () => {
    const p = places('郧阳区城关镇、丹江口市均县镇也组织了突击队。房县军店镇下店子村党员值守。').find((x) => x.name === '城关镇')!;
    expect(p.path).toEqual(['湖北省', '十堰市', '郧阳区', '城关镇']);
  });

  it('resolves renamed and merged counties with a note', () => {
    const gz = places('港闸区各级党组织迅速行动。')[0];
    expect(gz).toMatchObject({ name: '港闸区', level: 'county', current: { name: '崇川区', code: '320613' } });
    expect(gz.note).toContain('崇川区');
    const hm = places('海门市正余镇党委建立网格排查机制。');
    expect(hm[0]).toMatchObject({ name: '海门市', current: { name: '海门区' } });
    // Places inside it carry the page's name for it.
    expect(hm[1].path).toContain('海门市');
  });

  it('recognises communities and compounds the gazetteer lacks, with the parent from context', () => {
    const ps = places('罗田县疫情防控指挥部通报，走进玉龙小区，志愿者正在值守。');
    expect(ps.find((p) => p.name === '玉龙小区')).toMatchObject({ level: 'compound', code: null });
    expect(ps.find((p) => p.name === '玉龙小区')!.path).toContain('罗田县');
  });

  it('takes village names from a county list in an enumeration (回龙、李子关等村)', () => {
    expect(names('兴文县大河苗族乡：回龙、李子关等村在家党员纷纷请缨。')).toEqual(expect.arrayContaining(['回龙村', '李子关村']));
  });

  it('keeps village names made of common words (和平村, 建设村) and drops prepositions (向社区)', () => {
    expect(names('工作组走访了和平村、建设村。')).toEqual(['和平村', '建设村']);
    expect(names('在职党员先后向社区报到。')).toEqual([]);
  });

  it('does not take ordinary words for places', () => {
    expect(names('下沉中心城区22个村社，各社区、小区门口，市直单位全力配合。')).toEqual([]);
    expect(names('他们经营口罩生意，守护百姓安康，新华社记者报道，市公安局通报。')).toEqual([]);
    expect(names('周边城镇的居民也来帮忙。')).toEqual([]);
    expect(names('北京时间3月5日，重点村、空心村、城中村都纳入网格。')).toEqual([]);
  });

  it('reads streets written without the doubled 街 of the list (唐家墩街道 for 唐家墩街街道)', () => {
    expect(places('武汉市江汉区唐家墩街道组织党员下沉。').find((p) => p.level === 'township')).toMatchObject({
      text: '唐家墩街道', name: '唐家墩街街道', code: '420103009',
    });
  });

  it('takes a generic-sounding district name only with support (新城区 alone is a word)', () => {
    expect(names('新城区的红星村、光明村的村干部都参与了排查。')).not.toContain('新城区');
    expect(names('北京市东城区东华门街道')).toEqual(['北京市', '东城区', '东华门街道']);
  });

  it('resolves the same village name to the county the paragraph is about', () => {
    const p = places('南京市鼓楼区宁海路街道的志愿者走进颐和路社区。').find((x) => x.name === '颐和路社区')!;
    expect(p.code).toBe('320106001005');
    expect(p.path).toEqual(['江苏省', '南京市', '鼓楼区', '宁海路街道', '颐和路社区']);
  });

  it('keeps a city named without its province when the text names it plainly', () => {
    expect(names('他从武汉返回，妻子在深圳工作。')).toEqual(['武汉市', '深圳市']);
  });
});
