import type { PageFacts, PageUrl } from './inspect-page';

/** A built site, as the link check sees it: every file, and the facts of every HTML page. */
export interface BuiltSite {
  /** Every file of dist/, relative, with forward slashes. @example "meetings/x/index.html" */
  files: ReadonlySet<string>;
  /** Facts of each HTML page, by file. */
  pages: ReadonlyMap<string, PageFacts>;
  /** URLs listed in non-HTML files (sitemap, feeds), by file. */
  otherUrls?: ReadonlyMap<string, PageUrl[]>;
}

/** Where the site is published: absolute URLs with this origin and base path are checked like relative ones. */
export interface SiteLocation {
  /** @example "https://rencontres.example.org" */
  siteUrl: string;
  /** @example "/" or "/archive/" */
  base: string;
}

/**
 * The URL path a built file is served at.
 * @example fileToUrlPath('meetings/x/index.html', '/') // "/meetings/x/"
 * @example fileToUrlPath('404.html', '/sub/') // "/sub/404.html"
 */
export function fileToUrlPath(file: string, base: string): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return `${prefix}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The dist/ file a same-origin path points to, or why it points to none. */
function resolveFile(pathname: string, site: BuiltSite, prefix: string): { file: string } | { problem: string } {
  if (!pathname.startsWith(prefix)) return { problem: `outside the base path ${prefix}` };
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return { problem: 'badly percent-encoded' };
  }
  const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  if (site.files.has(file)) return { file };
  if (site.files.has(`${relative}/index.html`)) return { problem: 'a folder without its trailing slash' };
  return { problem: 'no such file in dist/' };
}

/**
 * Every broken internal link of a built site: a URL of the site's origin (relative, root-relative or absolute) whose
 * file is missing from dist/, whose `#anchor` is not an id of the target page, or any `javascript:` URL. External
 * URLs are not fetched: the site makes no request outside its origin.
 */
export function checkLinks(site: BuiltSite, location: SiteLocation): string[] {
  const origin = new URL(location.siteUrl).origin;
  const prefix = fileToUrlPath('', location.base);
  const problems: string[] = [];
  const check = (from: string, url: PageUrl) => {
    const pageUrl = new URL(from.endsWith('.html') ? fileToUrlPath(from, location.base) : prefix, origin);
    let target: URL;
    try {
      target = new URL(url.value, pageUrl);
    } catch {
      problems.push(`${from}: ${url.where} "${url.value}" is not a valid URL`);
      return;
    }
    if (target.protocol === 'javascript:') {
      problems.push(`${from}: ${url.where} "${url.value}" is a javascript: URL`);
      return;
    }
    if (target.origin !== origin) return; // external, mailto:, data:…
    const resolved = resolveFile(target.pathname, site, prefix);
    if ('problem' in resolved) {
      problems.push(`${from}: ${url.where} "${url.value}" is broken: ${resolved.problem}`);
      return;
    }
    const anchor = target.hash.slice(1);
    if (anchor === '') return;
    const facts = site.pages.get(resolved.file);
    let id: string;
    try {
      id = decodeURIComponent(anchor);
    } catch {
      id = anchor;
    }
    if (facts && !facts.ids.has(id)) problems.push(`${from}: ${url.where} "${url.value}": no id "${id}" in ${resolved.file}`);
  };
  for (const [file, facts] of site.pages) for (const url of facts.urls) check(file, url);
  for (const [file, urls] of site.otherUrls ?? []) for (const url of urls) check(file, url);
  return problems.sort();
}

/** URLs of a sitemap or an Atom feed: `<loc>` texts and `href` attributes. */
export function xmlUrls(xml: string): PageUrl[] {
  const urls: PageUrl[] = [];
  for (const match of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) urls.push({ where: 'loc', value: decodeXml(match[1]!) });
  for (const match of xml.matchAll(/\shref="([^"]*)"/g)) urls.push({ where: 'href', value: decodeXml(match[1]!) });
  return urls;
}

function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!);
}
