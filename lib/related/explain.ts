/**
 * Why a report is related: which of its places relate to which of the page's (and how),
 * which figures recur, agree or disagree, and excerpts with those spots marked. Run only
 * for the few reports shown, so it may walk their places and figures directly.
 */
import type { PlaceMention } from '../schema/extraction';
import { placeChain } from './chain';
import { compareFigures, figureKeys, figuresOf, likelyReprint, type FigureMatch } from './figures';
import { makeSnippet } from './snippet';
import type { FigureReason, PlaceReason, RelatedResult, Snippet } from './result';
import type { BestRelation, IndexedDoc, PagePlace, QueryPage } from './index';
import type { PlaceLevel } from '../schema/extraction';

const LEVEL_BY_RANK: PlaceLevel[] = ['province', 'province', 'prefecture', 'county', 'township', 'village', 'compound'];
const MAX_PLACE_REASONS = 6;
const MAX_FIGURE_REASONS = 6;

export function explain(
  page: QueryPage,
  places: PagePlace[],
  doc: IndexedDoc,
  score: number,
  best: Array<BestRelation | null>,
): RelatedResult {
  const report = doc.report;
  const docChains = report.extraction.places.map((m) => ({ mention: m, keys: placeChain(m).map((n) => n.key) }));
  // The related report's mention that realises a relation: the place itself, or one inside the common place.
  const mentionFor = (key: string, exact: boolean): PlaceMention | undefined =>
    docChains.find((c) => (exact ? c.keys[c.keys.length - 1] === key : c.keys.includes(key)))?.mention;

  const reasons: Array<PlaceReason & { span?: PlaceMention }> = [];
  places.forEach((p, i) => {
    const b = best[i];
    if (!b) return;
    const via = p.chain[b.depth];
    const exact = b.relation === 'same' || b.relation === 'contains';
    const span = mentionFor(via.key, exact);
    reasons.push({
      page: p.mention.name,
      other: span?.name ?? via.name,
      relation: b.relation,
      via: via.name,
      viaLevel: LEVEL_BY_RANK[via.rank] ?? 'compound',
      tier: b.tier,
      span,
    });
  });
  reasons.sort((a, b) => b.tier - a.tier || rankOf(b.viaLevel) - rankOf(a.viaLevel) || RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation]);
  // Ten page places in 监利 all "near 公安县" say one thing: keep the strongest reason per related place.
  const seenOther = new Set<string>();
  const distinct = reasons.filter((r) => !seenOther.has(r.other) && !!seenOther.add(r.other));

  const matches = compareFigures(
    figuresOf(page.headcounts, page.places),
    figuresOf(report.extraction.headcounts, report.extraction.places),
  );
  matches.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);

  return {
    id: report.id,
    origin: doc.origin,
    title: report.title,
    source: report.source,
    url: report.url,
    published: report.published,
    score,
    reprint: likelyReprint(figureKeys(page.headcounts), figureKeys(report.extraction.headcounts)),
    places: distinct.slice(0, MAX_PLACE_REASONS).map(({ span: _span, ...r }) => r),
    figures: matches.slice(0, MAX_FIGURE_REASONS).map(toFigureReason),
    snippets: snippets(report.text, distinct[0]?.span, matches[0]),
  };
}

const RELATION_ORDER = { same: 0, inside: 1, contains: 2, 'same-area': 3 } as const;
const STATUS_ORDER = { conflict: 0, corroborated: 1, shared: 2 } as const;

function rankOf(level: PlaceLevel): number {
  return LEVEL_BY_RANK.indexOf(level);
}

function toFigureReason(m: FigureMatch): FigureReason {
  const side = (f: FigureMatch['page']) => ({
    text: f.headcount.text,
    value: f.headcount.value,
    approx: f.headcount.approx,
    role: f.headcount.role,
    kind: f.headcount.kind,
    place: f.placeName,
    start: f.headcount.start,
    end: f.headcount.end,
  });
  return { status: m.status, page: side(m.page), other: side(m.other) };
}

/** One excerpt for the strongest shared place, one for the most telling figure. */
function snippets(text: string, place: PlaceMention | undefined, figure: FigureMatch | undefined): Snippet[] {
  const out: Snippet[] = [];
  if (place) out.push(makeSnippet(text, [place]));
  if (figure) {
    const h = figure.other.headcount;
    if (!place || Math.abs(h.start - place.start) > 60) out.push(makeSnippet(text, [h]));
    else out[0] = makeSnippet(text, [place, h].sort((a, b) => a.start - b.start));
  }
  return out;
}
