import type { Meeting } from '../schemas/meeting';
import type { Source } from '../schemas/source';
import { toHtml } from 'hast-util-to-html';
import { mdastToHast, paragraphsToMdast, type ArticleParagraph } from './article-tree';
import { linkEntities, type LinkEntity } from './rehype-link-entities';

/** A source article rendered for one meeting's page. */
export interface RenderedArticle {
  /** HTML of the article body: escaped text, entity links, one `<p>` per paragraph. */
  html: string;
  /** Page furniture (related links, photo credits, signatures), as plain text, shown apart. */
  furniture: string[];
  /** True when the article reports other meetings too, so this meeting's paragraphs are highlighted. */
  highlighted: boolean;
  /** Text of the paragraphs that the search index should see (this meeting's, plus the lead). */
  indexedText: string[];
}

/**
 * Renders a source's text for a meeting page: the first line, then the body paragraphs, furniture
 * left out. When the article reports several meetings, this meeting's paragraphs are highlighted and
 * the others are kept out of the search index (`data-pagefind-ignore`).
 */
export function renderArticle(source: Source, meeting: Meeting, meetingsInSource: number, entities: LinkEntity[]): RenderedArticle {
  const highlighted = meetingsInSource > 1;
  const own = new Set(meeting.paragraphs);
  const paragraphs: ArticleParagraph[] = [];
  const indexedText: string[] = [];
  const headlineIndexed = source.headlineKind !== 'caption';
  paragraphs.push({
    text: source.headline,
    classes: [`article-${source.headlineKind}`],
    ...(headlineIndexed ? {} : { attributes: { 'data-pagefind-ignore': '' } }),
  });
  if (headlineIndexed) indexedText.push(source.headline);
  source.paragraphs.forEach((paragraph, index) => {
    if (paragraph.furniture) return;
    const isOwn = !highlighted || own.has(index);
    if (isOwn) indexedText.push(paragraph.text);
    paragraphs.push({
      text: paragraph.text,
      ...(highlighted ? { classes: [isOwn ? 'meeting-paragraph' : 'other-paragraph'] } : {}),
      ...(isOwn ? {} : { attributes: { 'data-pagefind-ignore': '' } }),
    });
  });
  const tree = linkEntities(mdastToHast(paragraphsToMdast(paragraphs)), entities);
  return {
    html: toHtml(tree),
    furniture: source.paragraphs.filter((paragraph) => paragraph.furniture).map((paragraph) => paragraph.text),
    highlighted,
    indexedText,
  };
}

const linkStarts = new Map<string, string>();

/**
 * How a link whose target starts with `prefix` begins once serialized: `<a href="` and the prefix, escaped. Kept by
 * prefix: a build has one per language.
 */
function linkStart(prefix: string): string {
  let start = linkStarts.get(prefix);
  if (start === undefined) {
    start = toHtml({ type: 'element', tagName: 'a', properties: { href: prefix }, children: [] }).slice(0, -'"></a>'.length);
    linkStarts.set(prefix, start);
  }
  return start;
}

/**
 * The same article with its links' targets moved from one path to another (the other language's pages, another base
 * path): what `renderArticle` renders with entities whose targets start with `toPrefix` instead of `fromPrefix`, without
 * parsing, linking and serializing the text again. Every link of an article is an entity link; `fromPrefix` must begin
 * every link's target, and no text can hold `<a href="` (the serializer escapes `<` in text), so the links are all
 * found and nothing else is.
 */
export function rebaseArticle(article: RenderedArticle, fromPrefix: string, toPrefix: string): RenderedArticle {
  if (fromPrefix === toPrefix) return article;
  return { ...article, html: article.html.replaceAll(linkStart(fromPrefix), linkStart(toPrefix)) };
}
