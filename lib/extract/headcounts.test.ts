import { describe, expect, it } from 'vitest';
import { testExtractor } from '../../tests/unit/extractor';

const hc = (text: string) =>
  testExtractor()
    .extract(text)
    .headcounts.map((h) => ({ text: h.text, value: h.value, approx: h.approx, role: h.role, kind: h.kind }));

describe('headcounts (annotation guide)', () => {
  it('reads number + classifier + role as written, across spaces and line breaks', () => {
    expect(hc('全市3301名党员干部下沉社区。')).toEqual([{ text: '3301名党员干部', value: 3301, approx: false, role: '党员干部', kind: 'mobilized' }]);
    expect(hc('共 3301 名 党 员 干 部 下沉。')[0]).toMatchObject({ text: '3301 名 党 员 干 部', value: 3301, role: '党员干部' });
    expect(hc('组织186\n名党员干部下沉社区。')[0]).toMatchObject({ text: '186\n名党员干部', value: 186 });
    expect(hc('全 市 3 3 0 1 名 党 员 干 部 下 沉 。')[0]).toMatchObject({ text: '3 3 0 1 名 党 员 干 部', value: 3301 });
    expect(hc('３３０１名黨員幹部下沉社區。')[0]).toMatchObject({ text: '３３０１名黨員幹部', value: 3301, role: '党员干部' });
  });

  it('handles Chinese, financial and mixed numbers with their approximation', () => {
    expect(hc('全县5.8万党员投入战斗。')[0]).toMatchObject({ text: '5.8万党员', value: 58000, approx: false, role: '党员' });
    expect(hc('发动1.2万余名志愿者参与。')[0]).toMatchObject({ value: 12000, approx: true, role: '志愿者' });
    expect(hc('近2600名党员干部奔赴一线。')[0]).toMatchObject({ text: '近2600名党员干部', value: 2600, approx: true });
    expect(hc('选派三千三百零一名干部下沉。')[0]).toMatchObject({ value: 3301, approx: false, role: '干部' });
    expect(hc('上千名志愿者自发参与。')[0]).toMatchObject({ text: '上千名志愿者', value: 1000, approx: true });
    expect(hc('数百名党员坚守卡口。')[0]).toMatchObject({ value: 100, approx: true });
    expect(hc('抽调伍仟名干部。')[0]).toMatchObject({ value: 5000 });
    expect(hc('派出10多个人值守。')[0]).toMatchObject({ text: '10多个人', value: 10, approx: true });
    expect(hc('每个卡口安排3至4人值守。')[0]).toMatchObject({ text: '3至4人', value: 3, approx: true });
    expect(hc('全区1万人以上参与。')[0]).toMatchObject({ text: '1万人', value: 10000, approx: true });
    expect(hc('千余名党员干部下沉一线。')[0]).toMatchObject({ text: '千余名党员干部', value: 1000, approx: true });
    expect(hc('万名党员干部下沉社区筑牢防线。')[0]).toMatchObject({ text: '万名党员干部', value: 10000, approx: true, role: '党员干部' });
    expect(hc('几十名志愿者连夜集结。')[0]).toMatchObject({ text: '几十名志愿者', value: 10, approx: true });
    expect(hc('共有3,301名党员报到。')[0]).toMatchObject({ text: '3,301名党员', value: 3301 });
    expect(hc('五六十名干部轮流值守。')[0]).toMatchObject({ value: 50, approx: true, role: '干部' });
    expect(hc('物业公司等1200余名共产党员战斗在一线。')[0]).toMatchObject({ text: '1200余名共产党员', role: '共产党员' });
    expect(hc('选派52名第一书记驻村。')[0]).toMatchObject({ text: '52名第一书记', role: '第一书记' });
    expect(hc('下沉干部职工1526名，覆盖全部小区。')[0]).toMatchObject({ text: '1526名', role: '下沉干部职工', kind: 'mobilized' });
  });

  it('finds role-first forms', () => {
    expect(hc('目前，下沉党员共194人，大家积极参加。')[0]).toMatchObject({ text: '194人', role: '下沉党员', kind: 'mobilized' });
    expect(hc('该支部党员人数达3845人。')[0]).toMatchObject({ text: '3845人', role: '党员' });
    expect(hc('排查出返乡人员380人。')[0]).toMatchObject({ role: '返乡人员', kind: 'population' });
    expect(hc('共有党员干部、志愿者等各类人员1200余人参与。')[0]).toMatchObject({ role: '党员干部、志愿者等各类人员' });
    expect(hc('其中医护人员32名、社区工作者40名。')[1]).toMatchObject({ text: '40名', role: '社区工作者' });
    expect(hc('全市在职党员5200名到社区报到。')[0]).toMatchObject({ role: '在职党员', kind: 'mobilized' });
    expect(hc('摸排在外人员230人。')[0]).toMatchObject({ role: '在外人员', kind: 'population' });
    expect(hc('社区业主1200余人。')[0]).toMatchObject({ role: '社区业主', kind: 'population' });
    expect(hc('其中60岁以上老人1200多人。')[0]).toMatchObject({ role: '60岁以上老人', kind: 'population' });
    expect(hc('北门岗社区常住人口超过万人。')[0]).toMatchObject({ text: '超过万人', role: '常住人口', value: 10000, approx: true });
  });

  it('tells mobilised people, the population served and person-times apart', () => {
    expect(hc('累计检测34249人次。')[0]).toMatchObject({ kind: 'person-times', value: 34249, role: null });
    // 人次 counts the work of the people named earlier in the sentence.
    expect(hc('全院干警分批次参加卡口值班工作，共达504人次。')[0]).toMatchObject({ role: '干警', kind: 'person-times' });
    expect(hc('组织志愿者100余人参与检测，累计进行核酸检测3000人次。')[1]).toMatchObject({ role: null, value: 3000 });
    expect(hc('劝导11956名群众居家。')[0]).toMatchObject({ kind: 'population', role: '群众' });
    expect(hc('调查密切接触者9人。')[0]).toMatchObject({ kind: 'population', role: '密切接触者' });
    expect(hc('组织945名网格员入户排查。')[0]).toMatchObject({ kind: 'mobilized', role: '网格员' });
    expect(hc('全村646户1400人全覆盖。')[0]).toMatchObject({ value: 1400, kind: 'population' });
  });

  it('ignores households, units, objects, money, ages, ranks and slogans', () => {
    expect(hc('全村646户，58个单位，16支队伍，3家企业。')).toEqual([]);
    expect(hc('捐赠口罩500个，折合人民币伍仟余元。')).toEqual([]);
    expect(hc('今年69岁的退役军人，拥有48年党龄。')).toEqual([]);
    expect(hc('一名党员就是一面旗帜。')).toEqual([]);
    expect(hc('他在比赛中获得第3名。')).toEqual([]);
    expect(hc('建立万名党员微信群。')).toEqual([]);
    expect(hc('开展“千名干部进千村”活动。')).toEqual([]);
    expect(hc('实施千名干部进千村行动。')).toEqual([]);
    expect(hc('两人平时就聚少离多。')).toEqual([]);
    expect(hc('来源：人民网　阅读次数：1523人')).toEqual([]);
    expect(hc('党员人数在3人以上的站点都组建了临时党支部。')).toEqual([]);
  });

  it('keeps offsets into the original text', () => {
    const text = '据了解，全市 58 个\n市 直 单 位 3301 名 党 员 干 部 积极响应。';
    for (const h of testExtractor().extract(text).headcounts) expect(text.slice(h.start, h.end)).toBe(h.text);
  });
});
