// @vitest-environment happy-dom
import { describe, it, expect, afterEach, vi } from 'vitest';
import { render, cleanup, fireEvent, waitFor } from '@testing-library/preact';
import { SavePanel } from '../SavePanel';
import { VirtualList } from './VirtualList';
import { HighlightedText, pieces } from './HighlightedText';
import { goldFacts } from '../../lib/collection/testdata/fixtures';
import type { CollectionRequest } from '../../lib/messages/collection';

afterEach(cleanup);

describe('SavePanel', () => {
  it('sends the facts with the note and parsed tags, and says when the record was updated', async () => {
    const send = vi.fn(async (_: CollectionRequest) => ({ ok: true, id: 'r1', title: 't', outcome: 'updated', matchedBy: 'text' }));
    const view = render(<SavePanel tabId={3} facts={goldFacts(0)} send={send} />);
    fireEvent.input(view.container.querySelector('textarea')!, { target: { value: '待核实' } });
    fireEvent.input(view.container.querySelector('input')!, { target: { value: '湖北，2022, 湖北' } });
    fireEvent.click(view.getByTestId('save-page'));
    await waitFor(() => expect(view.getByTestId('save-outcome').dataset.outcome).toBe('updated'));
    expect(view.getByTestId('save-outcome').textContent).toBe('coll_saved_updated_text');
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'collection/save', tabId: 3, note: '待核实', tags: ['湖北', '2022'] }));
  });

  it('shows the error plainly, and treats a malformed reply as an error', async () => {
    const quota = { ok: false, error: { code: 'quota', message: 'Saving failed: the browser’s storage is full' } };
    const view = render(<SavePanel tabId={1} facts={goldFacts(1)} send={async () => quota} />);
    fireEvent.click(view.getByTestId('save-page'));
    await waitFor(() => expect(view.getByRole('alert').textContent).toMatch(/storage is full/));
    cleanup();
    const odd = render(<SavePanel tabId={1} facts={goldFacts(1)} send={async () => ({ whatever: 1 })} />);
    fireEvent.click(odd.getByTestId('save-page'));
    await waitFor(() => expect(odd.getByRole('alert').textContent).toBe('coll_err_no_reply'));
  });
});

describe('VirtualList', () => {
  it('renders only the rows in view, however long the list', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `row ${i}`);
    const view = render(<VirtualList items={items} rowHeight={50} overscan={2} renderRow={(item) => <span>{item}</span>} />);
    const rendered = view.container.querySelectorAll('[role="listitem"]');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(40);
    const list = view.container.querySelector<HTMLElement>('.dl-vlist')!;
    expect((list.firstElementChild as HTMLElement).style.height).toBe('500000px');
    list.scrollTop = 250_000;
    fireEvent.scroll(list);
    expect(view.container.textContent).toContain('row 5000');
    expect(view.container.textContent).not.toContain('row 0');
  });
});

describe('HighlightedText', () => {
  it('marks every headcount and place of a saved text as text, never as HTML', () => {
    const facts = goldFacts(2);
    const text = `<img src=x onerror=alert(1)>${facts.articleText}`;
    const shift = '<img src=x onerror=alert(1)>'.length;
    const move = <T extends { start: number; end: number }>(m: T) => ({ ...m, start: m.start + shift, end: m.end + shift });
    const extraction = { ...facts.extraction, headcounts: facts.extraction.headcounts.map(move), places: facts.extraction.places.map(move) };
    const view = render(<HighlightedText text={text} extraction={extraction} selected={null} onPick={() => undefined} />);
    expect(view.container.querySelector('img')).toBeNull();
    expect(view.container.textContent).toBe(text);
    const marks = [...view.container.querySelectorAll('mark[data-type="headcount"]')].map((m) => m.textContent);
    expect(marks).toContain('5.8万党员');
    expect(marks.length).toBe(pieces(text, extraction).filter((p) => p.mention?.type === 'headcount').length);
  });
});
