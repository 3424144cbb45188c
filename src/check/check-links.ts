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
function resolveFile(pathname: string, files: ReadonlySet<string>, prefix: string): { file: string } | { problem: string } {
  if (!pathname.startsWith(prefix)) return { problem: `outside the base path ${prefix}` };
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return { problem: 'badly percent-encoded' };
  }
  const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  if (files.has(file)) return { file };
  if (files.has(`${relative}/index.html`)) return { problem: 'a folder without its trailing slash' };
  return { problem: 'no such file in dist/' };
}

/** A link to an `#anchor` of another page: checked once that page's ids are known (`anchorProblems`). */
export interface AnchorLink {
  /** The file that links. */
  from: string;
  url: PageUrl;
  /** The page linked to, a file of dist/. */
  file: string;
  /** The id it must have, decoded. */
  id: string;
}

/** What checking one file's URLs found: broken links, and the links to anchors of other pages, left to check. */
export interface FileLinks {
  problems: string[];
  anchors: AnchorLink[];
}

/**
 * Checks the URLs of one file of a built site: a URL of the site's origin (relative, root-relative or absolute) whose
 * file is missing from dist/, or any `javascript:` URL, is broken. An `#anchor` of the file itself is checked against
 * `ownIds`; one of another page is returned, to be checked once that page's ids are known. External URLs are not
 * fetched: the site makes no request outside its origin.
 * @param from the file, relative to dist/; URLs of a file that is not HTML (sitemap, feeds) resolve from the base path
 * @param ownIds the file's own ids, when it is an HTML page
 */
export function checkFileLinks(from: string, urls: readonly PageUrl[], files: ReadonlySet<string>, location: SiteLocation, ownIds?: ReadonlySet<string>): FileLinks {
  const origin = new URL(location.siteUrl).origin;
  const prefix = fileToUrlPath('', location.base);
  const pageUrl = new URL(from.endsWith('.html') ? fileToUrlPath(from, location.base) : prefix, origin);
  const found: FileLinks = { problems: [], anchors: [] };
  for (const url of urls) {
    let target: URL;
    try {
      target = new URL(url.value, pageUrl);
    } catch {
      found.problems.push(`${from}: ${url.where} "${url.value}" is not a valid URL`);
      continue;
    }
    if (target.protocol === 'javascript:') {
      found.problems.push(`${from}: ${url.where} "${url.value}" is a javascript: URL`);
      continue;
    }
    if (target.origin !== origin) continue; // external, mailto:, data:…
    const resolved = resolveFile(target.pathname, files, prefix);
    if ('problem' in resolved) {
      found.problems.push(`${from}: ${url.where} "${url.value}" is broken: ${resolved.problem}`);
      continue;
    }
    const anchor = target.hash.slice(1);
    if (anchor === '') continue;
    let id: string;
    try {
      id = decodeURIComponent(anchor);
    } catch {
      id = anchor;
    }
    const link = { from, url, file: resolved.file, id };
    if (resolved.file === from && ownIds !== undefined) found.problems.push(...anchorProblems([link], () => ownIds));
    else found.anchors.push(link);
  }
  return found;
}

/**
 * Links to an anchor that their page lacks. `idsOf` gives a page's ids, or undefined for a file that is not an HTML
 * page (a text or JSON file has no anchors to check).
 */
export function anchorProblems(links: Iterable<AnchorLink>, idsOf: (file: string) => ReadonlySet<string> | undefined): string[] {
  const problems: string[] = [];
  for (const { from, url, file, id } of links) {
    const ids = idsOf(file);
    if (ids !== undefined && !ids.has(id)) problems.push(`${from}: ${url.where} "${url.value}": no id "${id}" in ${file}`);
  }
  return problems;
}

/** Every broken internal link of a built site (see `checkFileLinks`), sorted. */
export function checkLinks(site: BuiltSite, location: SiteLocation): string[] {
  const problems: string[] = [];
  const anchors: AnchorLink[] = [];
  // Not push(...): a sitemap's problems may outnumber the arguments a call takes.
  const collect = (found: FileLinks) => {
    for (const problem of found.problems) problems.push(problem);
    for (const link of found.anchors) anchors.push(link);
  };
  for (const [file, facts] of site.pages) collect(checkFileLinks(file, facts.urls, site.files, location, facts.ids));
  for (const [file, urls] of site.otherUrls ?? []) collect(checkFileLinks(file, urls, site.files, location));
  return problems.concat(anchorProblems(anchors, (file) => site.pages.get(file)?.ids)).sort();
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
