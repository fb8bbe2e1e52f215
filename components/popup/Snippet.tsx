/** An excerpt with marked ranges, as Preact text and <mark> elements (never HTML strings). */
import type { Snippet as SnippetData } from '../../lib/related/result';

export function Snippet({ snippet }: { snippet: SnippetData }) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  snippet.marks.forEach((m, i) => {
    if (m.start < at || m.end > snippet.text.length) return; // overlapping or out of range: leave unmarked
    parts.push(snippet.text.slice(at, m.start));
    parts.push(<mark key={i}>{snippet.text.slice(m.start, m.end)}</mark>);
    at = m.end;
  });
  parts.push(snippet.text.slice(at));
  return (
    <blockquote class="dl-snippet" lang="zh">
      {parts}
    </blockquote>
  );
}
