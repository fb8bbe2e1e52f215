/**
 * Mobilised headcounts over time: one dot per distinct figure a report gives, on a log
 * scale (figures run from 3 to 58,000). An SVG, so it needs no charting library.
 */
import type { TimelinePoint } from '../../lib/collection/aggregate';
import { t } from './i18n';

const W = 720;
const H = 220;
const PAD = { left: 56, right: 12, top: 12, bottom: 28 };
const DAY = 86_400_000;

export function TimelineChart({ points }: { points: readonly TimelinePoint[] }) {
  const dated = points.filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.date) && p.value > 0);
  if (dated.length === 0) return <p class="dl-empty">{t('coll_chart_empty')}</p>;
  const times = dated.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times, t0 + DAY);
  const top = Math.ceil(Math.log10(Math.max(...dated.map((p) => p.value)) + 1));
  const x = (time: number) => PAD.left + ((time - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (value: number) => H - PAD.bottom - (Math.log10(value) / Math.max(top, 1)) * (H - PAD.top - PAD.bottom);
  const ticks = Array.from({ length: top + 1 }, (_, i) => 10 ** i);
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
  return (
    <svg class="dl-chart" data-testid="timeline-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('coll_chart_title')}>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} class="dl-chart-grid" />
          <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end" class="dl-chart-label">
            {v.toLocaleString('zh-CN')}
          </text>
        </g>
      ))}
      <text x={PAD.left} y={H - 8} class="dl-chart-label">{iso(t0)}</text>
      <text x={W - PAD.right} y={H - 8} text-anchor="end" class="dl-chart-label">{iso(t1)}</text>
      {dated.map((p, i) => (
        <circle key={i} cx={x(times[i])} cy={y(p.value)} r={3.5} class="dl-chart-dot">
          <title>{`${p.date} · ${p.value.toLocaleString('zh-CN')} ${p.role ?? ''} · ${p.placeName}`}</title>
        </circle>
      ))}
    </svg>
  );
}
