import { closeSync, openSync, readFileSync, readSync } from 'node:fs';

/** Bytes read first: every page of the site closes its `<head>` within about 3 KB. */
const HEAD_BYTES = 8192;
const HEAD_END = '</head>';

/** One buffer for every call: the read is synchronous, so no two calls share it at once. */
const headBuffer = Buffer.alloc(HEAD_BYTES);

/**
 * The start of an HTML file up to and including `</head>`; the whole file when no `</head>` comes within
 * {@link HEAD_BYTES}. Enough to read what the head declares (robots, canonical) without reading every page of a large
 * site in full.
 *
 * Synchronous: the pages of a build were just written and are in the page cache, where three system calls on this
 * thread cost far less than three trips through the thread pool per file (273,000 cached heads: 3.8 s against 13.3 s
 * with 64 promise-based reads in flight). Pages no longer cached are read one after the other (32.5 s for those heads).
 */
export function readHtmlHead(file: string): string {
  const fd = openSync(file, 'r');
  let bytesRead: number;
  try {
    bytesRead = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const start = headBuffer.subarray(0, bytesRead);
  const head = htmlHeadOf(start);
  if (head !== undefined) return head;
  // A file shorter than the first block has been read whole.
  return bytesRead < HEAD_BYTES ? start.toString('utf8') : readFileSync(file, 'utf8');
}

/** The start of an HTML page's bytes up to and including `</head>`, or undefined when they hold no `</head>`. */
export function htmlHeadOf(bytes: Uint8Array): string | undefined {
  const page = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = page.indexOf(HEAD_END);
  return end < 0 ? undefined : page.toString('utf8', 0, end + HEAD_END.length);
}
