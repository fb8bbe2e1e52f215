/**
 * Village and community chunks: one text file per county, "TTTVVV\tname" per line
 * (township and village parts of the 12-digit code). Parsed once per county and cached.
 */
export interface Village {
  code: string;
  name: string;
}

const parsed = new Map<string, Village[]>();

export function villagesOf(county: string, chunk: string): Village[] {
  const cached = parsed.get(county);
  if (cached) return cached;
  const out: Village[] = [];
  for (const line of chunk.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab !== 6) continue;
    out.push({ code: county + line.slice(0, 6), name: line.slice(7) });
  }
  if (parsed.size > 64) parsed.clear();
  parsed.set(county, out);
  return out;
}
