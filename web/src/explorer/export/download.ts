/**
 * Hands a file to the browser to save. An object URL on a temporary link with `download`, which every current
 * browser honours for same-origin blobs; the URL is released once the browser has had time to start the save.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  // A byte-order mark lets spreadsheet programs read UTF-8 CSV (names in Cyrillic or Chinese) correctly.
  const parts = type.startsWith('text/csv') ? ['\uFEFF', text] : [text];
  downloadBlob(new Blob(parts, { type }), fileName);
}
