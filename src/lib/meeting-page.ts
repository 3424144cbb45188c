import type { Meeting } from '../schemas/meeting';
import type { Source, SourceRecord } from '../schemas/source';
import { rebaseArticle, renderArticle, type RenderedArticle } from '../markdown/render-article';
import { getMeetingsOfSource, type Archive } from './archive';
import { getLinkEntities } from './entities';
import { getMeetingLinks, getSides, type LinkView, type SideView } from './meeting-view';
import { getPagefindFacts, type PagefindFacts } from './pagefind';
import { fileTo, pathTo } from './permalinks';
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

/** A meeting's source text, parsed, and its article rendered for pages under one base path. */
export interface MeetingText {
  /** The source text, or null when the archive has none. */
  source: Source | null;
  article: RenderedArticle | null;
}

/**
 * Renders a meeting's article for pages under `base`: its paragraphs, highlighted when the source reports other
 * meetings too, with mentions of the meeting's officials and organizations linked.
 * @param source the meeting's source text, parsed (see `readSourceText`), or null when the archive has none
 */
export function renderMeetingText(archive: Archive, base: string, meeting: Meeting, source: Source | null): MeetingText {
  const meetingsInSource = getMeetingsOfSource(archive, meeting.source).length;
  return { source, article: source ? renderArticle(source, meeting, meetingsInSource, getLinkEntities(archive, base, meeting)) : null };
}

/**
 * The texts of the meetings whose pages were rendered last, so that a meeting's page in the other language takes the
 * text from the first one, its links rebased, instead of reading, parsing and linking the source again: the build
 * renders a meeting's two pages one after the other on the same thread (src/build/parallel-prerender.ts). At 10,000
 * articles that was a fifth of a render thread's time. A text is reused only for the same record of its source, so
 * an archive loaded again (a source edited in `astro dev`) is never served an older text.
 */
export class RecentMeetingTexts {
  private readonly texts = new Map<string, { record: SourceRecord | undefined; base: string; text: MeetingText }>();

  /** @param capacity how many meetings' texts are kept: the oldest goes when another comes */
  constructor(private readonly capacity: number) {}

  /**
   * The meeting's text for pages under `base`: kept from an earlier page of the meeting, or rendered by `render`.
   * @param record the record of the meeting's source in the archive the page is rendered from
   */
  get(meeting: Meeting, record: SourceRecord | undefined, base: string, render: () => MeetingText): MeetingText {
    const kept = this.texts.get(meeting.id);
    if (kept !== undefined && kept.record === record) {
      // Every link target of an article starts with its pages' base path (`getLinkEntities`).
      return { source: kept.text.source, article: kept.text.article && rebaseArticle(kept.text.article, pathTo(kept.base), pathTo(base)) };
    }
    const text = render();
    this.texts.delete(meeting.id);
    this.texts.set(meeting.id, { record, base, text });
    if (this.texts.size > this.capacity) this.texts.delete(this.texts.keys().next().value as string);
    return text;
  }
}

/**
 * Assembles a meeting page: sides, links, rendered article text, provenance and search facts.
 * @param text the meeting's source text and article, rendered for `base` (see `renderMeetingText`)
 * @param indexed whether the search index reads this page (only the French pages: each article once, as published)
 */
export function getMeetingPageData(archive: Archive, base: string, meeting: Meeting, { source, article }: MeetingText, indexed = true): MeetingPageData {
  const siblings = getMeetingsOfSource(archive, meeting.source).filter((other) => other.id !== meeting.id);
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

/**
 * The meeting texts this thread rendered last, for its meeting pages: a thread has at most a dozen pages in flight, and a
 * meeting's second page follows its first at once.
 */
export const recentMeetingTexts = new RecentMeetingTexts(64);
