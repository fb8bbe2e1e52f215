/**
 * The in-page card: the mention card plus where it sits among the page's highlights
 * and how to move between them. Announced politely to screen readers, because
 * keyboard navigation moves through highlights that are not focusable elements.
 */
import { MentionCard, mentionCardCss, type CardMention } from '../MentionCard';
import { t } from './i18n';

export interface CardLayerProps {
  mention: CardMention;
  reportCount?: { archive: number; collection: number };
  /** 1-based position among all highlights, and their number. */
  position: { index: number; count: number };
}

export function CardLayer({ mention, reportCount, position }: CardLayerProps) {
  return (
    <div class="dl-layer" role="status" aria-live="polite">
      <MentionCard mention={mention} reportCount={reportCount} />
      <div class="dl-layer__footer">
        <span data-field="position">{t('hl_card_position', [String(position.index), String(position.count)])}</span>
        <span class="dl-layer__keys">{t('hl_keys_hint')}</span>
      </div>
    </div>
  );
}

export const cardLayerCss = `${mentionCardCss}
:host { all: initial; }
.dl-layer { position: fixed; top: 0; left: 0; pointer-events: none; max-width: 360px; }
.dl-layer[hidden] { display: none; }
.dl-layer__footer { font: 11px/1.4 system-ui, "Noto Sans CJK SC", sans-serif; color: #5c6773; background: #f5f7fa;
  border: 1px solid #c9d1db; border-top: 0; border-radius: 0 0 6px 6px; padding: 3px 10px; display: flex; gap: 2px 10px;
  flex-wrap: wrap; justify-content: space-between; }
.dl-layer__footer > span { white-space: nowrap; }
.dl-layer .dl-card { border-radius: 6px 6px 0 0; }
`;
