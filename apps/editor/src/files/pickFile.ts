/**
 * Opens the browser's file picker for one file. Resolves `undefined` if the student cancels
 * (browsers that fire `cancel` on the input) — callers treat that as "nothing to do".
 */
export function pickFile(accept: string, doc: Document = document): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    const done = (file: File | undefined) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0]));
    input.addEventListener('cancel', () => done(undefined));
    doc.body.append(input);
    input.click();
  });
}
