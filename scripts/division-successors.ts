/**
 * County-level divisions abolished after 2019 whose successor cannot be found by name
 * (a merger, or a rename to an unrelated name). Renames that keep the stem (海门市 →
 * 海门区, 监利县 → 监利市) are found automatically by build-gazetteer; only these need a
 * source. Keyed by the 2019 code. Sources: State Council approvals as published by the
 * Ministry of Civil Affairs.
 */
export const DIVISION_SUCCESSORS: Record<string, { code: string; note: string }> = {
  '320611': { code: '320613', note: '2020年撤销，并入崇川区' }, // 港闸区, Nantong
  '130521': { code: '130503', note: '2020年撤销，设立信都区' }, // 邢台县
  '130502': { code: '130502', note: '2020年更名为襄都区' }, // 桥东区 (Xingtai) → 襄都区 kept its code
  '130503': { code: '130503', note: '2020年更名为信都区' }, // 桥西区 (Xingtai) → 信都区 kept its code
  '130526': { code: '130505', note: '2020年撤县设任泽区' }, // 任县
  '330103': { code: '330105', note: '2021年撤销，并入拱墅区' }, // 下城区, Hangzhou
  '330104': { code: '330102', note: '2021年撤销，并入上城区' }, // 江干区, Hangzhou
  '340221': { code: '340210', note: '2020年撤县设湾沚区' }, // 芜湖县
  '350402': { code: '350404', note: '2021年撤销，并入三元区' }, // 梅列区, Sanming
  '350427': { code: '350405', note: '2021年撤县设沙县区' }, // 沙县
  '360105': { code: '360112', note: '2019年撤销，并入新建区' }, // 湾里区, Nanchang
  '370634': { code: '370614', note: '2020年撤销，并入蓬莱区' }, // 长岛县
  '410306': { code: '410308', note: '2021年撤销，并入孟津区' }, // 吉利区, Luoyang
  '450127': { code: '450181', note: '2021年撤县设横州市' }, // 横县
  '220381': { code: '220184', note: '2020年由四平市划归长春市代管' }, // 公主岭市
};
