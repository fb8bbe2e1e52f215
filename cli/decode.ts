/**
 * Bytes of a report file to text, as a browser would decode them. Many Chinese news
 * sites still serve GBK/GB2312: an HTML page's declared charset (BOM, then <meta> in the
 * first 1024 bytes) is honoured; otherwise UTF-8, and where the bytes are not valid
 * UTF-8, GB18030 (the superset of GBK that browsers use for both labels).
 */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.toLowerCase());
  } catch {
    return null; // an unknown label: fall through to sniffing, as browsers do
  }
}

export function decodeReport(bytes: Uint8Array, isHtml: boolean): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (isHtml) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    const declared = META_CHARSET.exec(head)?.[1];
    const decoder = declared ? decoderFor(declared) : null;
    if (decoder) return decoder.decode(bytes);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
