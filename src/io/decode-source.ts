/** The text of a source file, or why it cannot be read as text. */
export type DecodedSource = { ok: true; text: string; warnings: string[] } | { ok: false; error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Strict UTF-8: invalid bytes throw (then Windows-1252 is tried). Without `stream`, one decoder serves every file. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** True when the bytes look like binary data rather than text: a NUL byte or many control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    // Tab, line feed, form feed and carriage return are ordinary in text files.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control += 1;
  }
  return bytes.length > 0 && control / bytes.length > 0.01;
}

/**
 * Decodes a source file: strips a UTF-8 byte-order mark, reads UTF-16 with a byte-order mark, falls back to Windows-1252 (with a warning) when the
 * bytes are not valid UTF-8, and refuses binary content.
 * @example decodeSource(Buffer.from([0x48, 0x61, 0x6e, 0x6f, 0xef])) // { ok: true, text: 'Hanoï', warnings: [...] }
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  // Windows "Unicode" text is UTF-16 with a byte-order mark; its NUL bytes would otherwise look binary.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16 !== null) {
    const text = new TextDecoder(utf16).decode(bytes.subarray(2));
    if (!text.includes('\u0000')) return { ok: true, text, warnings: [`encoded as ${utf16.toUpperCase()}: decoded; re-save the file as UTF-8`] };
  }
  if (looksBinary(bytes)) {
    return { ok: false, error: 'binary content (NUL or control bytes): not a text article; remove the file or replace it with the article text' };
  }
  const hasBom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  const body = hasBom ? bytes.subarray(UTF8_BOM.length) : bytes;
  try {
    return { ok: true, text: UTF8.decode(body), warnings: [] };
  } catch {
    // Old French newsroom exports are often Windows-1252 (a superset of Latin-1 with œ, €, curly quotes).
    const text = new TextDecoder('windows-1252').decode(body);
    return { ok: true, text, warnings: ['not valid UTF-8: decoded as Windows-1252; check the accents and re-save the file as UTF-8'] };
  }
}
