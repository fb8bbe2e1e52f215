/**
 * How division names are shortened in running text (`湖北省` → `湖北`, `恩施土家族苗族自治州`
 * → `恩施`, `大河苗族乡` → `大河`), and which names are too generic to be places.
 */
import type { PlaceLevel } from '../schema/extraction';

const ETHNIC =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
const ETHNIC_AUTONOMY = new RegExp(`(?:(?:${ETHNIC})族)+(?:自治区|自治州|自治县|自治旗|乡|镇|苏木)$`);

const SUFFIX: Record<string, RegExp> = {
  province: /(省|市|自治区|特别行政区)$/,
  prefecture: /(市|地区|盟|自治州)$/,
  county: /(自治县|自治旗|县|区|市|旗|林区|特区)$/,
  township: /(镇|乡|街道|苏木|地区)$/,
};

/**
 * Full names that are ordinary words in running text (`城区`, `郊区`, `新区`): the
 * annotation guide says these generic words are not places, even where a division
 * bears the name.
 */
export const GENERIC_FULL_NAMES = new Set([
  '城区', '郊区', '矿区', '新区', '东区', '西区', '南区', '北区', '中区', '市中区', '市辖区',
  '开发区', '高新区', '城区街道',
]);

/**
 * Stems of prefectures and counties that are also common words (`安康` well-being, `来宾`
 * guests, `日照` sunshine, `新华` in 新华社). A bare stem like these is a place only when
 * the page's other places support it (see resolve.ts).
 */
export const AMBIGUOUS_STEMS = new Set([
  '安康', '来宾', '日照', '大同', '长治', '吉安', '永安', '白银', '金华', '普洱', '通化', '黄山', '中山', '长春',
  '平安', '和平', '新华', '长安', '红旗', '永和', '吉利', '安全', '太平', '东方', '南方', '北方', '西方', '中方',
  '文明', '和谐', '友好', '民主', '团结', '前进', '建设', '光明', '胜利', '新城', '老城', '城中', '城东', '城西',
  '城南', '城北', '东城', '西城', '南城', '北城', '开发', '高新', '经济', '中心', '江南', '江北', '河东', '河西',
  '海南', '海北', '宝山', '青山', '白山', '铁山', '金山', '南山', '北山', '东山', '西山', '龙山', '凤凰', '朝阳',
  '向阳', '红山', '城区', '市区', '郊区', '华容', '安远', '长宁', '崇义', '宁安', '和田', '阿里', '那曲', '林芝',
  '山南', '昌都', '常德', '德阳', '资阳', '安顺', '铜仁', '三明', '南平', '丽水', '永州', '玉林', '广元', '泰安',
  '保山', '临沧', '东营', '三亚', '双城', '清河', '通州', '沙市', '五华', '武功', '文安', '兴安', '宁国', '六合',
  // Stems that sit inside common words of news text (经营口罩, 开封后, 大理石, 北海道).
  '营口', '开封', '大理', '本溪', '红河', '文山', '北海', '海东', '中卫', '定西', '乐山', '广安', '雅安', '抚顺',
  '益阳', '河源', '公安', '新乡', '江山', '大方', '长寿', '永定', '建德', '开阳', '太和', '仁和', '宁海', '龙门',
  '阳山', '大安', '安化', '合作', '临夏', '和县', '德化', '延长', '富民', '安宁', '永年', '正定', '安定', '平和',
]);

/** The short forms of a division's name (never shorter than two characters). */
export function shortForms(name: string, level: PlaceLevel): string[] {
  const out = new Set<string>();
  // The ethnic-autonomy pattern is a long alternation: only names that have 族 need it.
  const ethnic = name.includes('族') ? name.replace(ETHNIC_AUTONOMY, '') : name.replace(/维吾尔自治区$/, '');
  if (ethnic !== name && ethnic.length >= 2) {
    out.add(ethnic);
    // 恩施州, 长阳县, 莫力达瓦旗: an autonomous division is also called by its stem and kind.
    const kind = /自治(州|县|旗)$/.exec(name)?.[1];
    if (kind) out.add(ethnic + kind);
  }
  const re = SUFFIX[level];
  if (re) {
    const stem = name.replace(re, '');
    if (stem !== name && stem.length >= 2) out.add(stem);
  }
  // Municipalities (北京市) and the province-level 上海 are already stems; drop the name itself.
  out.delete(name);
  return [...out];
}
