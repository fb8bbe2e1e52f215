/**
 * `npm start`: the main job. Builds the extension, serves the bundled reports
 * (archive/*.txt) as article pages on 127.0.0.1, opens them in Chromium with the
 * extension loaded (headless where there is no display) and prints what it found on
 * each page: the highlighted headcounts and places as read back from CSS.highlights.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, serveStatic } from '../tests/browser/harness';

const root = join(import.meta.dirname, '..');
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function articlePage(title: string, text: string): string {
  const paras = text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>${paras}</article></body></html>`;
}

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npm run -s build', { cwd: root, stdio: 'inherit' });
  const server = await serveStatic();
  const files = readdirSync(join(root, 'archive')).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) {
    const text = readFileSync(join(root, 'archive', f), 'utf8');
    const title = text.split('\n').find((l) => l.trim())?.trim().slice(0, 60) ?? f;
    server.route(`/${f.replace(/\.txt$/, '.html')}`, articlePage(title, text));
  }
  const headless = !process.env.DISPLAY || process.argv.includes('--headless');
  const session = await launchWithExtension({ headless });
  try {
    for (const f of files) {
      const page = await session.context.newPage();
      const url = `${server.origin}/${f.replace(/\.txt$/, '.html')}`;
      await page.goto(url);
      const found = await page
        .waitForFunction(
          // No named helpers inside: the function is serialised into the page as it is.
          () => {
            const hl = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
            const h = hl?.get('dispatch-lens-headcount');
            if (!h || h.size === 0) return null;
            return ['dispatch-lens-headcount', 'dispatch-lens-place'].map((name) =>
              [...(hl!.get(name) ?? [])].map((r) => r.toString().replace(/\s+/g, '')),
            );
          },
          undefined,
          { timeout: 15_000 },
        )
        .then((h) => h.jsonValue())
        .catch((e) => (console.error(String(e).slice(0, 300)), null));
      if (!found) {
        console.log(`${f}: no highlights within 15 s`);
      } else {
        const [headcounts, places] = found;
        console.log(`${f}: ${headcounts.length} headcounts, ${places.length} places highlighted`);
        console.log(`  headcounts: ${headcounts.join(' | ')}`);
        console.log(`  places: ${[...new Set(places)].join(' ')}`);
      }
      if (headless) await page.close();
    }
    if (!headless) {
      console.log('Chromium stays open on the reports; press Ctrl+C to quit.');
      await new Promise(() => {});
    }
  } finally {
    if (headless) {
      await session.close();
      await server.close();
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
