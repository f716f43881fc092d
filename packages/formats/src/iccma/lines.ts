/** Calls `visit` with each line (without its `\n` or `\r\n`) and its 1-based number, without splitting a huge input at once. */
export function eachLine(text: string, visit: (line: string, number: number) => void): void {
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    visit(text.slice(start, end).replace(/\r$/, ''), number);
    start = end + 1;
    number++;
  }
}
