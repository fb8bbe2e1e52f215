/**
 * Correcting one mention of a saved record: remove a wrong highlight, change a
 * headcount's kind, role or place, or add a place the extractor missed (from a text
 * selection). Each action becomes a `Correction` kept with the record.
 */
import { useState } from 'preact/hooks';
import { HEADCOUNT_KINDS, PLACE_LEVELS, type Extraction, type HeadcountKind, type PlaceLevel } from '../../lib/schema/extraction';
import type { Correction } from '../../lib/collection/record';
import type { MentionRef } from './HighlightedText';
import { t } from './i18n';

const now = () => new Date().toISOString();

export interface CorrectionPanelProps {
  text: string;
  extraction: Extraction;
  mention: MentionRef;
  onCorrect: (correction: Correction) => void;
}

export function CorrectionPanel({ text, extraction, mention, onCorrect }: CorrectionPanelProps) {
  const anchor = { start: mention.start, end: mention.end, text: text.slice(mention.start, mention.end) };
  if (mention.type === 'place') {
    const place = extraction.places.find((p) => p.start === mention.start && p.end === mention.end);
    return (
      <div class="dl-correct" data-testid="correct-place">
        <p>
          <strong>{anchor.text}</strong> → {place?.path.join(' › ') ?? ''} {place?.code ? `(${place.code})` : ''}
        </p>
        <button type="button" onClick={() => onCorrect({ op: 'remove-place', at: now(), ...anchor })}>
          {t('coll_correct_remove_place')}
        </button>
      </div>
    );
  }
  const headcount = extraction.headcounts.find((h) => h.start === mention.start && h.end === mention.end);
  if (!headcount) return null;
  return <HeadcountEditor key={`${mention.start}-${mention.end}`} anchor={anchor} headcount={headcount} extraction={extraction} onCorrect={onCorrect} />;
}

function HeadcountEditor({ anchor, headcount, extraction, onCorrect }: {
  anchor: { start: number; end: number; text: string };
  headcount: Extraction['headcounts'][number];
  extraction: Extraction;
  onCorrect: (correction: Correction) => void;
}) {
  const [kind, setKind] = useState<HeadcountKind>(headcount.kind);
  const [role, setRole] = useState(headcount.role ?? '');
  const placeKey = (code: string | null | undefined, name: string | null) => (code ? `#${code}` : name ? `@${name}` : '');
  const [place, setPlace] = useState(placeKey(headcount.placeCode, headcount.place));
  const places = [...new Map(extraction.places.map((p) => [placeKey(p.code, p.name), p])).entries()];

  function save() {
    const correction: Correction = { op: 'edit-headcount', at: now(), ...anchor };
    if (kind !== headcount.kind) correction.kind = kind;
    if ((role.trim() || null) !== headcount.role) correction.role = role.trim() || null;
    if (place !== placeKey(headcount.placeCode, headcount.place)) {
      const chosen = places.find(([key]) => key === place)?.[1];
      correction.place = chosen ? { name: chosen.name, code: chosen.code } : null;
    }
    onCorrect(correction);
  }

  return (
    <div class="dl-correct" data-testid="correct-headcount">
      <p>
        <strong>{anchor.text}</strong> = {headcount.value.toLocaleString('zh-CN')}
        {headcount.approx ? '≈' : ''}
      </p>
      <label>
        {t('coll_correct_kind')}
        <select data-testid="correct-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as HeadcountKind)}>
          {HEADCOUNT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`coll_kind_${k.replace('-', '_')}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('coll_correct_role')}
        <input data-testid="correct-role" value={role} onInput={(e) => setRole(e.currentTarget.value)} />
      </label>
      <label>
        {t('coll_correct_place')}
        <select value={place} onChange={(e) => setPlace(e.currentTarget.value)}>
          <option value="">{t('coll_correct_no_place')}</option>
          {places.map(([key, p]) => (
            <option key={key} value={key}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="correct-save" onClick={save}>
        {t('coll_correct_save')}
      </button>
      <button type="button" data-testid="correct-remove" onClick={() => onCorrect({ op: 'remove-headcount', at: now(), ...anchor })}>
        {t('coll_correct_remove_headcount')}
      </button>
    </div>
  );
}

/** Adds a place for a selected stretch of text; the path is typed as names separated by "/". */
export function AddPlaceForm({ text, start, end, onCorrect }: { text: string; start: number; end: number; onCorrect: (c: Correction) => void }) {
  const written = text.slice(start, end);
  const [name, setName] = useState(written.replace(/\s+/g, ''));
  const [level, setLevel] = useState<PlaceLevel>('township');
  const [path, setPath] = useState('');
  const [codes, setCodes] = useState('');
  const [problem, setProblem] = useState('');

  function add() {
    const names = [...path.split('/').map((s) => s.trim()).filter(Boolean), name.trim()];
    const codeList = codes.split('/').map((s) => s.trim());
    if (!name.trim()) return setProblem(t('coll_add_place_need_name'));
    if (codes.trim() && (codeList.length !== names.length || codeList.some((c) => c && !/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/.test(c)))) {
      return setProblem(t('coll_add_place_bad_codes'));
    }
    const pathCodes = names.map((_, i) => (codes.trim() ? codeList[i] || null : null));
    onCorrect({
      op: 'add-place',
      at: now(),
      place: { start, end, text: written, name: name.trim(), level, code: pathCodes[pathCodes.length - 1] ?? null, path: names, pathCodes, note: 'added by the user' },
    });
  }

  return (
    <div class="dl-correct" data-testid="add-place">
      <p>
        {t('coll_add_place_for')} <strong>{written}</strong>
      </p>
      <label>
        {t('coll_add_place_name')}
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        {t('coll_add_place_level')}
        <select value={level} onChange={(e) => setLevel(e.currentTarget.value as PlaceLevel)}>
          {PLACE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`coll_level_${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('coll_add_place_path')}
        <input placeholder="湖北省/荆州市/监利市" value={path} onInput={(e) => setPath(e.currentTarget.value)} />
      </label>
      <label>
        {t('coll_add_place_codes')}
        <input placeholder="42/4210/421088/421088100" value={codes} onInput={(e) => setCodes(e.currentTarget.value)} />
      </label>
      {problem && <p role="alert">{problem}</p>}
      <button type="button" onClick={add}>
        {t('coll_add_place_add')}
      </button>
    </div>
  );
}
