/** The `extract` CLI as users and the scorer run it: the contract in the README. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../tests/unit/run-cli';

const run = (args: string[]) => runCli('cli/extract.ts', args);

describe('npm run extract', () => {
  it('prints one line per readable file in order, offsets into the decoded text, then fails for the unreadable one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
    const seed = 'archive/000_7d9928301217a0d3.txt';
    const html = join(dir, 'page.html');
    writeFileSync(html, '<!doctype html><html><head><meta charset="utf-8"><title>监利</title></head><body><nav>首页 | 900名网友</nav><article><p>连日来，监利市58个市直单位<span>3301</span>名党员干部下沉中心城区22个村社，参与疫情防控。容城镇前锋村下沉党员共194人。</p></article><footer>版权所有</footer></body></html>');
    const { stdout, stderr, code } = run([seed, join(dir, 'missing.txt'), html]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/missing\.txt: no such file/);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([seed, html]);

    const text = readFileSync(join(ROOT, seed), 'utf8');
    const [txt, page] = lines;
    expect(txt.detected).toBe(true);
    expect(txt.headcounts[0]).toMatchObject({ text: '3301名党员干部', value: 3301, approx: false, role: '党员干部', kind: 'mobilized', place: '监利市' });
    for (const m of [...txt.headcounts, ...txt.places]) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(txt.places[0]).toMatchObject({ name: '监利市', level: 'county', code: '421088', path: ['湖北省', '荆州市', '监利市'] });

    // HTML: the article as a browser shows it; navigation and footer are not read.
    expect(page.headcounts.map((h: { text: string }) => h.text)).toEqual(['3301名党员干部', '194人']);
    expect(page.places.map((p: { name: string }) => p.name)).toEqual(['监利市', '容城镇', '前锋村']);
  });
});
