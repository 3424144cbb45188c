import type { Meeting } from '../schemas/meeting';
import type { Source } from '../schemas/source';
import { renderArticle, type RenderedArticle } from '../markdown/render-article';
import { getMeetingsOfSource, type Archive } from './archive';
import { getLinkEntities } from './entities';
import { getMeetingLinks, getSides, type LinkView, type SideView } from './meeting-view';
import { getPagefindFacts, type PagefindFacts } from './pagefind';
import { fileTo } from './permalinks';
import { getExtraSearchTerms } from './search-terms';

/** Everything a meeting page shows, computed from the archive. */
export interface MeetingPageData {
  meeting: Meeting;
  source: Source | null;
  sides: SideView[];
  links: Record<'organizations' | 'countries' | 'themes', LinkView[]>;
  article: RenderedArticle | null;
  /** Link to the untouched source text. */
  sourceHref: string;
  /** Other meetings reported by the same article, in text order. */
  siblings: Meeting[];
  /** What only the search index reads: null on a page that is not indexed (a translation). */
  search: MeetingSearchData | null;
}

/** What the search index learns about a meeting page besides its visible text. */
export interface MeetingSearchData {
  facts: PagefindFacts;
  /**
   * Words indexed invisibly: folded forms so French elisions and undecomposable letters are found, and the labels
   * of the meeting's themes, so a search for "cybersécurité" finds a meeting whose text says "cybercriminalité".
   */
  extraSearchTerms: string[];
}

/**
 * Assembles a meeting page: sides, links, rendered article text, provenance and search facts.
 * @param source the meeting's source text, parsed (see `readSourceText`), or null when the archive has none
 * @param indexed whether the search index reads this page (only the French pages: each article once, as published)
 */
export function getMeetingPageData(archive: Archive, base: string, meeting: Meeting, source: Source | null, indexed = true): MeetingPageData {
  const siblings = getMeetingsOfSource(archive, meeting.source).filter((other) => other.id !== meeting.id);
  const article = source ? renderArticle(source, meeting, siblings.length + 1, getLinkEntities(archive, base, meeting)) : null;
  const links = getMeetingLinks(archive, base, meeting);
  return {
    meeting,
    source,
    sides: getSides(archive, base, meeting),
    links,
    article,
    sourceHref: fileTo(base, 'sources', `${meeting.source}.txt`),
    siblings,
    search: indexed
      ? {
          facts: getPagefindFacts(archive, meeting),
          extraSearchTerms: [...getExtraSearchTerms(article ? [meeting.title, ...article.indexedText] : [meeting.title]), ...links.themes.map((theme) => theme.label)],
        }
      : null,
  };
}
