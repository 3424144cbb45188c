import { isMap, isScalar, parseDocument, visit } from 'yaml';
import { parsePlainYaml } from './plain-yaml';

/**
 * Parses a YAML data file like `yaml`'s `parse`, rejecting duplicate keys as it does, but in linear time: `parse`
 * checks each new key against every earlier one of its map, which takes minutes for the tens of thousands of pins of
 * a large archive.
 */
export function parseYamlData(text: string): unknown {
  // Pin files are maps of plain strings, read far faster without building a document.
  const plain = parsePlainYaml(text);
  if (plain !== null) return plain;
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) throw doc.errors[0];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (seen.has(key)) {
          const line = isScalar(pair.key) && pair.key.range ? ` at line ${lineOf(text, pair.key.range[0])}` : '';
          throw new Error(`Map keys must be unique${line}: ${String(key)}`);
        }
        seen.add(key);
      }
    },
  });
  return doc.toJS();
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
