/**
 * The yardstick of the scale issue: a plain Hugo site built from the same archive, one page per meeting and per
 * official, theme, organization and country term, with Hugo's defaults (its term and section lists, its RSS feeds),
 * then indexed by Pagefind. `npm run bench -- --hugo` builds it right after the archive, so that both are timed in the
 * same minute: this machine's speed drifts by a third from one hour to the next.
 */
import type { Meeting } from '../schemas/meeting';
import type { SourceParagraph } from '../schemas/source';

/**
 * The taxonomies of the plain site, singular to plural as Hugo's configuration names them; each plural is a front
 * matter list of ids and the folder of its term pages.
 */
export const HUGO_TAXONOMIES = { official: 'officials', theme: 'themes', organization: 'organizations', country: 'countries' } as const;

/** hugo.toml. */
export const HUGO_CONFIG = [
  'baseURL = "https://rencontres.example.org/"',
  'languageCode = "fr"',
  'title = "Rencontres"',
  '[taxonomies]',
  ...Object.entries(HUGO_TAXONOMIES).map(([singular, plural]) => `${singular} = "${plural}"`),
  '',
].join('\n');

/**
 * The layouts, in layouts/_default/: a meeting page shows its date, place, participants, terms (linked by id, as a
 * plain site would, not looked up page by page) and article; every list (home, section, term) lists its pages.
 */
export const HUGO_LAYOUTS: Readonly<Record<string, string>> = {
  'baseof.html':
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>' +
    '<body><nav><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>',
  'single.html':
    '{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }} · {{ .Params.place }}</p>' +
    '<ul>{{ range .Params.participants }}<li>{{ .name }}, {{ .role }}</li>{{ end }}</ul>' +
    `{{ range $taxonomy := slice ${Object.values(HUGO_TAXONOMIES).map((taxonomy) => `"${taxonomy}"`).join(' ')} }}<p>{{ range index $.Params $taxonomy }}` +
    '<a href="{{ printf "/%s/%s/" $taxonomy . | relURL }}">{{ . }}</a> {{ end }}</p>{{ end }}{{ .Content }}</article>{{ end }}',
  'list.html':
    '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ' +
    '{{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}',
};

/**
 * A meeting's page source, content/meetings/<id>.md: JSON front matter (Hugo reads a file that opens with `{` as JSON)
 * and the article's paragraphs as Markdown. A month-precision date counts as the month's first day.
 */
export function hugoMeetingPage(meeting: Meeting, paragraphs: readonly SourceParagraph[]): string {
  const frontMatter = {
    title: meeting.title,
    date: meeting.date.length === 7 ? `${meeting.date}-01` : meeting.date,
    place: meeting.place ?? '',
    participants: meeting.participants.map((participant) => ({ name: participant.name, role: participant.role ?? '' })),
    officials: [...new Set(meeting.participants.map((participant) => participant.official))],
    themes: meeting.themes,
    organizations: meeting.organizations,
    countries: meeting.countries,
  };
  return `${JSON.stringify(frontMatter, null, 1)}\n\n${paragraphs.map((paragraph) => paragraph.text).join('\n\n')}\n`;
}
