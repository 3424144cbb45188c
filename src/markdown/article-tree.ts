import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { toHast } from 'mdast-util-to-hast';

/** One paragraph of a source article, with the classes and attributes it is rendered with. */
export interface ArticleParagraph {
  text: string;
  /** CSS classes of the rendered `<p>`. */
  classes?: string[];
  /** Extra HTML attributes of the rendered `<p>` (e.g. `data-pagefind-ignore`). */
  attributes?: Record<string, string>;
}

/**
 * Builds an mdast tree whose paragraphs hold text nodes only, so source text is never parsed as
 * Markdown, MDX or HTML: `<script>`, `{x}` or `[a](javascript:b)` stay literal text.
 */
export function paragraphsToMdast(paragraphs: ArticleParagraph[]): MdastRoot {
  return {
    type: 'root',
    children: paragraphs.map((paragraph) => {
      const properties = { ...(paragraph.classes?.length ? { className: paragraph.classes } : {}), ...paragraph.attributes };
      // A paragraph without properties carries no data: mdast-util-to-hast copies what it is given (structuredClone).
      return {
        type: 'paragraph',
        children: [{ type: 'text', value: paragraph.text }],
        ...(Object.keys(properties).length > 0 ? { data: { hProperties: properties } } : {}),
      };
    }),
  };
}

/** Converts the article's mdast tree to hast without allowing raw HTML. */
export function mdastToHast(tree: MdastRoot): HastRoot {
  return toHast(tree, { allowDangerousHtml: false }) as HastRoot;
}
