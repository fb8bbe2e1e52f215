/**
 * A saved text with its headcounts and places marked, in the colours of the page
 * highlights. Text is rendered as text nodes only (never as HTML). Every piece carries
 * its offset, so a selection maps back to offsets in the record's text.
 */
import type { Extraction } from '../../lib/schema/extraction';

export type MentionRef = { type: 'headcount' | 'place'; start: number; end: number };

interface Piece {
  start: number;
  end: number;
  mention?: MentionRef & { kind?: string };
}

/** Non-overlapping pieces covering the text; where mentions overlap, the earlier (then longer) wins. */
export function pieces(text: string, extraction: Extraction): Piece[] {
  const mentions = [
    ...extraction.headcounts.map((h) => ({ type: 'headcount' as const, start: h.start, end: h.end, kind: h.kind })),
    ...extraction.places.map((p) => ({ type: 'place' as const, start: p.start, end: p.end })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Piece[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start < at || m.end <= m.start) continue;
    if (m.start > at) out.push({ start: at, end: m.start });
    out.push({ start: m.start, end: m.end, mention: m });
    at = m.end;
  }
  if (at < text.length) out.push({ start: at, end: text.length });
  return out;
}

/** Offset in the text of a DOM position inside a HighlightedText, or null outside it. */
export function offsetOf(node: Node | null, offset: number): number | null {
  const element = node?.nodeType === 3 ? node.parentElement : (node as Element | null);
  const piece = element?.closest<HTMLElement>('[data-offset]');
  if (!piece) return null;
  return Number(piece.dataset.offset) + (node?.nodeType === 3 ? offset : 0);
}

export interface HighlightedTextProps {
  text: string;
  extraction: Extraction;
  selected: MentionRef | null;
  onPick: (mention: MentionRef) => void;
}

export function HighlightedText({ text, extraction, selected, onPick }: HighlightedTextProps) {
  return (
    <div class="dl-text" data-testid="record-text">
      {pieces(text, extraction).map((piece) => {
        const content = text.slice(piece.start, piece.end);
        if (!piece.mention) {
          return (
            <span key={piece.start} data-offset={piece.start}>
              {content}
            </span>
          );
        }
        const m = piece.mention;
        const isSelected = selected?.type === m.type && selected.start === m.start && selected.end === m.end;
        return (
          <mark
            key={piece.start}
            data-offset={piece.start}
            data-type={m.type}
            class={`dl-mark dl-mark-${m.type}${m.kind ? ` dl-kind-${m.kind}` : ''}${isSelected ? ' dl-mark-selected' : ''}`}
            tabIndex={0}
            onClick={() => onPick({ type: m.type, start: m.start, end: m.end })}
            onKeyDown={(e) => e.key === 'Enter' && onPick({ type: m.type, start: m.start, end: m.end })}
          >
            {content}
          </mark>
        );
      })}
    </div>
  );
}
