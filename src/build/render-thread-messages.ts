/* What the main thread (src/build/parallel-prerender.ts) and its render threads (prerender-worker.ts) send each other. */
import type { serializeRouteData } from 'astro/app';
import type { StoredResponse } from './plain-page';

/** First message to a render thread: what it needs to render like the main thread. */
export interface RenderThreadInit {
  /** file: URL of Astro's prerender bundle entry (`dist/.prerender/prerender-entry.<hash>.mjs`). */
  entryUrl: string;
  /** Each page's stylesheets, by Astro's page key (`PageBuildData.key` and `.styles`). */
  pageStyles: [string, unknown[]][];
  /** The scripts integrations inject (`settings.scripts`): the head-inline ones are part of every page. */
  scripts: unknown[];
}

/** A route, sent once before the first page of it; later messages name it by `route`. */
export interface RouteDefinition {
  route: number;
  routeData: ReturnType<typeof serializeRouteData>;
}

/** A page to render; `route` is a number the route was sent under before. */
export interface RenderRequest {
  id: number;
  url: string;
  route: number;
}

/**
 * A page rendered as an HTML page that answered 200 (its bytes, which the main thread writes, and their digest); or
 * `plain: false` for anything else, with the response, which the main thread hands to Astro's loop; or why it failed
 * (`error`: the stack).
 */
export type RenderReply =
  | {
      id: number;
      plain: true;
      body: ArrayBuffer;
      /** The body's digest (src/build/page-digest.ts), computed here rather than on the busier main thread. */
      digest: string;
    }
  | {
      id: number;
      plain: false;
      /** The response as rendered, its body handed over without a copy. */
      response: Omit<StoredResponse, 'body'> & { body: ArrayBuffer | null };
    }
  | { id: number; error: string };
