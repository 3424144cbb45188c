/*
 * The site check's work on the HTML pages of a built site, for a share of its pages: what each page must be on its own
 * (valid HTML, under the site's CSP, with working links, free of the build folder's path) and what the checks across
 * pages need from it (its links to other pages' anchors, whether it is kept out of the sitemap). It keeps no page's
 * facts once the page is checked, so that a share of 270,000 pages (100,000 articles) fits in a thread's memory; the
 * site check runs one share per core (scripts/check-site.ts, src/check/check-pages-worker.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isIndexable } from '../lib/sitemap';
import { checkFileLinks, type AnchorLink, type SiteLocation } from './check-links';
import { checkPageSecurity } from './check-page-security';
import { inspectPage } from './inspect-page';
import { createHtmlValidator } from './validate-html';

/** A share of the pages to check, and what they are checked against. Plain data: it is handed to a worker thread. */
export interface PagesToCheck {
  dist: string;
  /** Every file of dist/, relative, with forward slashes: the files links may point to. */
  files: string[];
  /** The pages of this share, files of dist/. */
  pages: string[];
  location: SiteLocation;
  /** html-validate's configuration file. */
  validatorConfig: string;
  /** The Content-Security-Policy every page must carry in a meta element. */
  policy: string;
  /** The folder the site was built in, which no file may mention. */
  buildRoot: string;
}

/** What the share's pages showed. */
export interface CheckedPages {
  pages: number;
  /** URLs found in the pages. */
  urls: number;
  invalid: string[];
  insecure: string[];
  brokenLinks: string[];
  /** Links to an anchor of another page, to check against that page's ids. */
  anchors: AnchorLink[];
  /** Pages whose head says `noindex`. */
  noindex: string[];
  /** Pages that mention the build folder. */
  leaks: string[];
}

/** Checks every page of the share, one after the other. */
export async function checkPages(share: PagesToCheck): Promise<CheckedPages> {
  const validate = await createHtmlValidator(share.validatorConfig);
  const files = new Set(share.files);
  const checked: CheckedPages = { pages: 0, urls: 0, invalid: [], insecure: [], brokenLinks: [], anchors: [], noindex: [], leaks: [] };
  for (const file of share.pages) {
    const html = await readFile(path.join(share.dist, file), 'utf8');
    const facts = inspectPage(html);
    checked.pages += 1;
    checked.urls += facts.urls.length;
    checked.invalid.push(...(await validate(file, html)));
    checked.insecure.push(...checkPageSecurity(file, facts, share.policy));
    const links = checkFileLinks(file, facts.urls, files, share.location, facts.ids);
    checked.brokenLinks.push(...links.problems);
    checked.anchors.push(...links.anchors);
    const headEnd = html.indexOf('</head>');
    if (!isIndexable(headEnd === -1 ? html : html.slice(0, headEnd))) checked.noindex.push(file);
    if (html.includes(share.buildRoot)) checked.leaks.push(file);
  }
  return checked;
}
