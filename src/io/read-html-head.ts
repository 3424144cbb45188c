import { open, readFile } from 'node:fs/promises';

/** Bytes read first: every page of the site closes its `<head>` within about 3 KB. */
const HEAD_BYTES = 8192;
const HEAD_END = '</head>';

/**
 * The start of an HTML file up to and including `</head>`; the whole file when no `</head>` comes within
 * {@link HEAD_BYTES}. Enough to read what the head declares (robots, canonical) without reading every page of a large
 * site in full.
 */
export async function readHtmlHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  let start: Buffer;
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    start = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const end = start.indexOf(HEAD_END);
  if (end >= 0) return start.subarray(0, end + HEAD_END.length).toString('utf8');
  // A file shorter than the first block has been read whole.
  return start.length < HEAD_BYTES ? start.toString('utf8') : readFile(file, 'utf8');
}
