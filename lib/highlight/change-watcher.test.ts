// @vitest-environment happy-dom
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { ChangeWatcher } from './change-watcher';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('ChangeWatcher', () => {
  let onChange: ReturnType<typeof vi.fn<() => void>>;
  let host: HTMLElement;
  let article: HTMLElement;
  let watcher: ChangeWatcher;

  beforeEach(() => {
    document.body.innerHTML = '<header><span id="clock">10:00</span></header><div id="article"><p>全市3301名党员干部下沉社区。</p></div>';
    article = document.getElementById('article')!;
    host = document.createElement('dispatch-lens-ui');
    onChange = vi.fn<() => void>();
    watcher = new ChangeWatcher(onChange, (n) => n === host || host.contains(n), () => [article]);
    watcher.watch(document);
  });
  afterEach(() => watcher.stop());

  async function after(ms: number) {
    await settle();
    await new Promise((r) => setTimeout(r, ms));
  }

  it('ignores our own host and small changes outside the article (a ticking clock)', async () => {
    document.documentElement.append(host);
    host.append(document.createElement('div'));
    document.getElementById('clock')!.textContent = '10:01';
    await after(400);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('re-scans, once, after a burst of changes inside the article', async () => {
    const p = article.querySelector('p')!;
    for (let i = 0; i < 5; i++) p.firstChild!.textContent = `全市${3301 + i}名党员干部下沉社区。`;
    await after(400);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('re-scans when new content arrives outside the article (a late body)', async () => {
    const more = document.createElement('section');
    more.textContent = '另有一百八十六名党员干部下沉到容城镇各社区，参与核酸检测。';
    document.body.append(more);
    await after(400);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('does nothing after stop()', async () => {
    watcher.stop();
    article.append(document.createElement('p'));
    await after(400);
    expect(onChange).not.toHaveBeenCalled();
  });
});
