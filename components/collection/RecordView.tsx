/**
 * One saved record: its text highlighted as on the web, note and tags, corrections
 * (made here, listed with a revert button each) and delete.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CollectionDB } from '../../lib/collection/db';
import type { CollectionRecord, Correction } from '../../lib/collection/record';
import { addCorrection, getRecord, removeCorrection, setNoteAndTags } from '../../lib/collection/store';
import { applyCorrections } from '../../lib/collection/corrections';
import { parseTags } from '../../lib/collection/tags';
import { HighlightedText, offsetOf, type MentionRef } from './HighlightedText';
import { AddPlaceForm, CorrectionPanel } from './CorrectionPanel';
import { t } from './i18n';

export interface RecordViewProps {
  db: CollectionDB;
  id: string;
  onChanged: (ids: string[]) => void;
  onDelete: (id: string) => void;
  onError: (message: string) => void;
}

export function RecordView({ db, id, onChanged, onDelete, onError }: RecordViewProps) {
  const [record, setRecord] = useState<CollectionRecord | null>(null);
  const [mention, setMention] = useState<MentionRef | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);

  useEffect(() => {
    let live = true;
    setMention(null);
    setSelection(null);
    getRecord(db, id).then(
      (r) => live && setRecord(r ?? null),
      (e: Error) => onError(e.message),
    );
    return () => {
      live = false;
    };
  }, [db, id]);

  if (!record || record.id !== id) return <p class="dl-empty">{t('coll_loading')}</p>;
  const { extraction, stale } = applyCorrections(record.text, record.extraction, record.corrections);

  async function change(update: Promise<CollectionRecord>) {
    try {
      setRecord(await update);
      setMention(null);
      setSelection(null);
      onChanged([id]);
    } catch (e) {
      onError((e as Error).message);
    }
  }
  const correct = (c: Correction) => change(addCorrection(db, id, c));

  function onMouseUp() {
    const s = window.getSelection();
    if (!s || s.isCollapsed || s.rangeCount === 0) return;
    const range = s.getRangeAt(0);
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start !== null && end !== null && end > start && record!.text.slice(start, end).trim()) {
      setSelection({ start, end });
      setMention(null);
    }
  }

  return (
    <article class="dl-record" data-testid="record-view">
      <header>
        <h2>{record.title}</h2>
        <p class="dl-record-meta">
          <a href={record.url} target="_blank" rel="noopener noreferrer">
            {record.url}
          </a>
          {' · '}
          {record.published ?? t('coll_no_date')} · {t('coll_saved_at', new Date(record.savedAt).toLocaleString())}
        </p>
        <NoteEditor
          key={record.id}
          record={record}
          onSave={(note, tags) => change(setNoteAndTags(db, id, note, tags))}
        />
        <button type="button" class="dl-danger" data-testid="delete-record" onClick={() => onDelete(id)}>
          {t('coll_delete')}
        </button>
      </header>
      {mention && <CorrectionPanel text={record.text} extraction={extraction} mention={mention} onCorrect={correct} />}
      {selection && <AddPlaceForm key={`${selection.start}-${selection.end}`} text={record.text} {...selection} onCorrect={correct} />}
      <p class="dl-hint">{t('coll_correct_hint')}</p>
      <div onMouseUp={onMouseUp}>
        <HighlightedText text={record.text} extraction={extraction} selected={mention} onPick={(m) => { setMention(m); setSelection(null); }} />
      </div>
      {record.corrections.length > 0 && (
        <section class="dl-corrections">
          <h3>{t('coll_corrections')}</h3>
          <ul>
            {record.corrections.map((c, i) => (
              <li key={`${c.at}-${i}`} class={stale.includes(c) ? 'dl-stale' : ''}>
                {describeCorrection(c)}
                {stale.includes(c) && ` (${t('coll_correction_stale')})`}{' '}
                <button type="button" onClick={() => change(removeCorrection(db, id, i))}>
                  {t('coll_correction_revert')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function describeCorrection(c: Correction): string {
  switch (c.op) {
    case 'remove-headcount':
    case 'remove-place':
      return `${t(`coll_op_${c.op.replace('-', '_')}`)}: ${c.text}`;
    case 'edit-headcount':
      return `${t('coll_op_edit_headcount')}: ${c.text}${c.kind ? ` → ${c.kind}` : ''}${c.role !== undefined ? ` → ${c.role ?? '—'}` : ''}${c.place !== undefined ? ` → ${c.place?.name ?? '—'}` : ''}`;
    case 'add-place':
      return `${t('coll_op_add_place')}: ${c.place.text} (${c.place.path.join(' › ')})`;
    case 'add-headcount':
      return `${t('coll_op_add_headcount')}: ${c.headcount.text}`;
  }
}

function NoteEditor({ record, onSave }: { record: CollectionRecord; onSave: (note: string, tags: string[]) => void }) {
  const [note, setNote] = useState(record.note);
  const [tags, setTags] = useState(record.tags.join(', '));
  const dirty = note !== record.note || tags !== record.tags.join(', ');
  return (
    <div class="dl-note">
      <label>
        {t('coll_note_label')}
        <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t('coll_tags_label')}
        <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <button type="button" disabled={!dirty} onClick={() => onSave(note, parseTags(tags))}>
        {t('coll_note_save')}
      </button>
    </div>
  );
}
