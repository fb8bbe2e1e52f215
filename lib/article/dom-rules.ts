/**
 * Which parts of a page are article and which are furniture. Decided from tags,
 * attributes and class names only, so the answer is the same in a browser and in
 * Node (linkedom, happy-dom: no layout, no computed styles). A browser caller adds
 * real visibility through `isRendered`.
 */

/** Never text a reader sees as part of an article. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED',
  'VIDEO', 'AUDIO', 'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'NAV', 'FOOTER', 'ASIDE', 'MENU', 'DIALOG',
  'HEAD', 'TITLE', 'META', 'LINK', 'MATH',
]);

/** Landmark roles of site furniture. */
const SKIP_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'banner', 'dialog', 'alert']);

/**
 * Class/id words of furniture, as whole words between - _ or spaces. Includes the
 * pinyin abbreviations Chinese CMSs use (pl 评论, xgxw 相关新闻, tj 推荐, fx 分享, bq 版权).
 */
const NEGATIVE = /(?:^|[-_\s])(?:comments?|reply|replies|respond|footer|foot|nav|navbar|navigation|menu|sidebar|side|breadcrumbs?|crumbs?|share|sharing|social|adv?|ads|advert|advertisement|banner|sponsor|promo|recommend|related|relate|hot|rank|copyright|login|popup|modal|toolbar|pager|pagination|pinglun|pl|xgxw|tuijian|tj|fenxiang|bq|banquan)(?:$|[-_\s\d])/i;

/** Class/id words of article containers (a small bonus when scoring). */
export const POSITIVE = /(?:^|[-_\s])(?:article|content|contents|text|detail|details|main|body|post|entry|story|news|zw|zhengwen|neirong|TRS_Editor|Custom_UnionStyle)(?:$|[-_\s\d])/i;

/** Tags that do not start a new line. Everything else is a block (a line of its own). */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'INS', 'DEL',
  'KBD', 'LABEL', 'MARK', 'Q', 'RUBY', 'RB', 'RT', 'RP', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB',
  'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'O:P', 'NOBR',
]);

export function isInline(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

export function isPreformatted(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return tag === 'PRE' || tag === 'LISTING' || tag === 'XMP';
}

/** Hidden by markup alone (attributes, inline style). */
function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export interface DomRuleOptions {
  /** Real visibility where there is layout (`el.checkVisibility()` in a browser). */
  isRendered?: (el: Element) => boolean;
}

/** True when an element and everything inside it is not article text. */
export function isExcluded(el: Element, opts: DomRuleOptions): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (hiddenByMarkup(el)) return true;
  // Our own UI host is never article text.
  if (tag === 'DISPATCH-LENS-UI') return true;
  const names = classAndId(el);
  if (names && NEGATIVE.test(names)) return true;
  return opts.isRendered ? !opts.isRendered(el) : false;
}

export function classAndId(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return cls && id ? `${cls} ${id}` : cls || id || '';
}
