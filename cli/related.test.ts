/** The `related` CLI as a user runs it: several files, one unreadable, one HTML page. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../tests/unit/run-cli';

const run = (args: string[]) => runCli('cli/related.ts', args);

describe('npm run related', () => {
  it('prints one ranked line per file, reports an unreadable one, and exits non-zero after the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'related-cli-'));
    const text = readFileSync(join(ROOT, 'archive/002_3b87ff4c7a31394c.txt'), 'utf8');
    const html = join(dir, 'hg.html');
    writeFileSync(html, `<!doctype html><html><head><meta charset="utf-8"><title>黄冈</title></head><body><nav>首页</nav><article>${text
      .split(/\n\s*\n/)
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('')}</article></body></html>`);
    const { stdout, stderr, code } = run(['archive/000_7d9928301217a0d3.txt', join(dir, 'missing.txt'), html]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.txt: no such file/);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(['archive/000_7d9928301217a0d3.txt', html]);

    const [jianli, page] = lines;
    // An archive file is not related to itself; the other Hubei reports are, best first.
    expect(jianli.related.map((r: { id: string }) => r.id)).not.toContain('000_7d9928301217a0d3');
    const scores = jianli.related.map((r: { score: number }) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const r of jianli.related) {
      expect(Object.keys(r)).toEqual(['id', 'title', 'score', 'places', 'figures', 'reprint']);
      expect(r.places.length).toBeGreaterThan(0);
    }
    // The HTML copy of 002 finds the archive's 002 first, as a likely reprint sharing its figures.
    expect(page.related[0]).toMatchObject({ id: '002_3b87ff4c7a31394c', title: '黄冈5.8万党员下沉疫情防控第一线', reprint: true });
    expect(page.related[0].places[0]).toMatchObject({ relation: 'same', tier: 4 });
    expect(page.related[0].figures.some((f: { status: string }) => f.status === 'corroborated')).toBe(true);
  });
});
