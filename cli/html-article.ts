/**
 * A `.html` file read as a browser would show it: parsed with happy-dom (no scripts run,
 * nothing fetched) and passed through the content script's own article extraction, so
 * the CLI's offsets are offsets into the text the extension highlights.
 */
import { Window } from 'happy-dom';
import { articleFromDocument } from '../lib/article/index';
import type { ReportFile } from './read-report';

export function articleFromHtml(html: string): ReportFile {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  try {
    const doc = window.document as unknown as Document;
    doc.write(html);
    const article = articleFromDocument(doc);
    return { text: article.text, title: article.title || null };
  } finally {
    void window.happyDOM.close();
  }
}
