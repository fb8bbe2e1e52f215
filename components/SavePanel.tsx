/**
 * The popup's "save this page" block: a note, tags and a save button. The background
 * does the write (so closing the popup mid-save loses nothing); this shows its reply
 * plainly, including "updated" when the page or text was already in the collection.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageFacts } from '../lib/messages/page';
import { saveReplySchema, type CollectionRequest, type SaveReply } from '../lib/messages/collection';
import { parseTags } from '../lib/collection/tags';
import { t } from './collection/i18n';

export interface SavePanelProps {
  tabId: number;
  facts: PageFacts;
  /** Test seam: how the request reaches the background. */
  send?: (request: CollectionRequest) => Promise<unknown>;
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; reply: SaveReply };

// Typed by WXT with the entrypoints of its last `prepare`; the page is ours, so a plain string.
const collectionUrl = () => ((browser as typeof browser | undefined)?.runtime?.getURL as ((path: string) => string) | undefined)?.('/collection.html') ?? 'collection.html';

const defaultSend = (request: CollectionRequest) => browser.runtime.sendMessage(request);

export function SavePanel({ tabId, facts, send = defaultSend }: SavePanelProps) {
  const [note, setNote] = useState('');
  const [tagText, setTagText] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function save() {
    setStatus({ kind: 'saving' });
    let reply: SaveReply;
    try {
      const raw = await send({ type: 'collection/save', tabId, facts, note, tags: parseTags(tagText) });
      const parsed = saveReplySchema.safeParse(raw);
      reply = parsed.success
        ? parsed.data
        : { ok: false, error: { code: 'unknown', message: t('coll_err_no_reply') } };
    } catch (error) {
      reply = { ok: false, error: { code: 'unknown', message: String((error as Error)?.message ?? error) } };
    }
    setStatus({ kind: 'done', reply });
  }

  return (
    <section class="dl-save-panel" aria-label={t('coll_save_heading')}>
      <label>
        {t('coll_note_label')}
        <textarea value={note} rows={2} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t('coll_tags_label')}
        <input
          type="text"
          value={tagText}
          placeholder={t('coll_tags_placeholder')}
          onInput={(e) => setTagText(e.currentTarget.value)}
        />
      </label>
      <button type="button" data-testid="save-page" disabled={status.kind === 'saving'} onClick={save}>
        {status.kind === 'saving' ? t('coll_saving') : t('coll_save_button')}
      </button>
      {status.kind === 'done' && <SaveOutcome reply={status.reply} />}
      <a href={collectionUrl()} target="_blank" rel="noopener" data-testid="open-collection">
        {t('coll_open_collection')}
      </a>
    </section>
  );
}

function SaveOutcome({ reply }: { reply: SaveReply }) {
  if (!reply.ok) {
    return (
      <p role="alert" class="dl-save-error" data-testid="save-outcome" data-outcome="error">
        {reply.error.message}
      </p>
    );
  }
  const message =
    reply.outcome === 'created'
      ? t('coll_saved_new')
      : reply.matchedBy === 'text'
        ? t('coll_saved_updated_text')
        : t('coll_saved_updated_url');
  return (
    <p role="status" data-testid="save-outcome" data-outcome={reply.outcome}>
      {message}
    </p>
  );
}
