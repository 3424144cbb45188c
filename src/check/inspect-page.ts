import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

/** One URL a page points to, with where it was found (for messages). @example { where: 'a[href]', value: '/meetings/' } */
export interface PageUrl {
  where: string;
  value: string;
}

/** What the site checks need to know about one built HTML page. */
export interface PageFacts {
  /** Every `id` (and `<a name>`) of the page: the anchors other pages may link to. */
  ids: Set<string>;
  /** Every URL the page loads or links to. */
  urls: PageUrl[];
  /** Text of each `<script>` without `src` whose type runs code (JSON-LD and other data blocks left out). */
  inlineScripts: string[];
  /** Number of `<style>` elements. */
  styleElements: number;
  /** Event-handler attributes (`onclick`…) as `element[attribute]`. */
  eventHandlers: string[];
  /** `content` of every `<meta http-equiv="Content-Security-Policy">`, and whether it came before any script or style. */
  csp: { policy: string; early: boolean }[];
}

/** Element attributes that hold one URL, by element name. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};

/** Script types that browsers do not run, so CSP does not apply to them. */
const DATA_SCRIPT = /^application\/(?:ld\+)?json$/i;

function text(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('');
}

function attribute(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/**
 * Parses a built page and lists its anchors, URLs, inline scripts and styles, event-handler attributes and CSP meta
 * elements. `srcset` candidates and `<meta http-equiv="refresh">` targets count as URLs.
 */
export function inspectPage(html: string): PageFacts {
  const facts: PageFacts = { ids: new Set(), urls: [], inlineScripts: [], styleElements: 0, eventHandlers: [], csp: [] };
  let seenScriptOrStyle = false;
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'element') {
      const name = node.tagName;
      const id = attribute(node, 'id');
      if (id !== undefined) facts.ids.add(id);
      if (name === 'a' && attribute(node, 'name') !== undefined) facts.ids.add(attribute(node, 'name')!);
      for (const attr of URL_ATTRIBUTES[name] ?? []) {
        const value = attribute(node, attr);
        if (value !== undefined) facts.urls.push({ where: `${name}[${attr}]`, value });
      }
      const srcset = attribute(node, 'srcSet');
      if (srcset !== undefined) {
        for (const candidate of srcset.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) facts.urls.push({ where: `${name}[srcset]`, value: url });
        }
      }
      for (const key of Object.keys(node.properties)) {
        if (/^on[A-Z]/.test(key)) facts.eventHandlers.push(`${name}[${key.toLowerCase()}]`);
      }
      if (name === 'meta') {
        const equiv = attribute(node, 'httpEquiv')?.toLowerCase();
        const content = attribute(node, 'content') ?? '';
        if (equiv === 'content-security-policy') facts.csp.push({ policy: content, early: !seenScriptOrStyle });
        const refresh = equiv === 'refresh' ? /url\s*=\s*['"]?([^'"]+)/i.exec(content) : null;
        if (refresh?.[1]) facts.urls.push({ where: 'meta[refresh]', value: refresh[1].trim() });
      }
      if (name === 'script') {
        seenScriptOrStyle = true;
        if (attribute(node, 'src') === undefined && !DATA_SCRIPT.test(attribute(node, 'type') ?? '')) facts.inlineScripts.push(text(node));
      }
      if (name === 'style') {
        seenScriptOrStyle = true;
        facts.styleElements += 1;
      }
      if (name === 'link' && /\bstylesheet\b/i.test(attribute(node, 'rel') ?? '')) seenScriptOrStyle = true;
      if (name === 'template' && node.content) visit(node.content);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromHtml(html));
  return facts;
}
