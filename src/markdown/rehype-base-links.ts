import type { Element, Root } from 'hast';

/**
 * Prefixes root-relative links (`/method/`) in editorial MDX pages with the site's base path, so the
 * pages can link to each other without knowing where the site is deployed.
 * @example rehypeBaseLinks({ base: '/rencontres/' }) // "/method/" → "/rencontres/method/"
 */
export function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/+$/, '');
  return (tree: Root) => {
    prefixLinks(tree, base);
  };
}

/** Rewrites `href` of every `<a>` that starts with a single `/`. */
export function prefixLinks(tree: Root | Element, base: string): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const href = child.properties['href'];
    if (child.tagName === 'a' && typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
      if (base && !(href === base || href.startsWith(`${base}/`))) child.properties['href'] = `${base}${href}`;
    }
    prefixLinks(child, base);
  }
}
