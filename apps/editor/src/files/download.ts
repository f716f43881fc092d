/**
 * Hands a file to the browser's download: a temporary object URL on a clicked `<a download>`.
 * Works without a server and in every browser the editor supports.
 */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads text as a UTF-8 file of the given media type. */
export function downloadText(text: string, fileName: string, mediaType = 'text/plain'): void {
  downloadBlob(new Blob([text], { type: `${mediaType};charset=utf-8` }), fileName);
}
