/** Saves text as a file through the browser's download (no `downloads` permission needed). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const stamp = (date = new Date()) => date.toISOString().slice(0, 16).replace(/[:T]/g, '-');
