import { FILES_CACHE, OFFLINE_MANIFEST, PAGES_CACHE, SERVICE_WORKER } from '../../lib/offline';

/** How many files are fetched at once when keeping the whole archive. */
const PARALLEL = 6;

/** Asks a service worker to fetch and store `urls` itself, as Workbox's router does for a `CACHE_URLS` message. */
function askToStore(worker: ServiceWorker | null, urls: string[]): void {
  worker?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } });
}

/**
 * Registers the service worker. A page loaded while no worker controlled the tab (the first visit, and any page
 * opened while the worker installs) never went through the worker, so it asks the worker to store it, then,
 * once the worker is active, the same-origin files it loaded. The worker fetches and stores them itself and stays
 * alive until done: the reader may leave the page at once without losing it or aborting a request of the page.
 * The files wait for activation because the installing worker is busy precaching some of them.
 * @see https://developer.chrome.com/docs/workbox/modules/workbox-window (messageSW and CACHE_URLS)
 */
export async function registerServiceWorker(base: string): Promise<void> {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const controlled = navigator.serviceWorker.controller !== null;
  const registration = await navigator.serviceWorker.register(`${base}${SERVICE_WORKER}`, { scope: base });
  if (controlled) return;
  askToStore(registration.active ?? registration.waiting ?? registration.installing, [location.href]);
  const { active } = await navigator.serviceWorker.ready;
  const files = performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => new URL(url).origin === location.origin);
  askToStore(active, [...new Set(files)]);
}

/** Wires the "keep the whole archive offline" control: fetches every URL of the manifest into the caches, with progress. */
export function startOfflineControl(root: HTMLElement, base: string): void {
  if (!('serviceWorker' in navigator) || !('caches' in window) || !/^https?:$/.test(location.protocol)) return;
  const button = root.querySelector<HTMLButtonElement>('[data-offline-keep]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
  // The control's words in the page's language (OfflineStrings in src/i18n/ui.ts).
  const text = JSON.parse(root.dataset['strings'] ?? '{}') as Record<'progress' | 'kept' | 'partial' | 'failed', string>;
  const say = (template: string, values: Record<string, number>) => template.replace(/\{(\w+)\}/g, (_all, key: string) => String(values[key] ?? ''));
  root.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      const urls = (await (await fetch(`${base}${OFFLINE_MANIFEST}`, { cache: 'no-cache' })).json()) as string[];
      const [pages, files] = await Promise.all([caches.open(PAGES_CACHE), caches.open(FILES_CACHE)]);
      progress.max = urls.length;
      progress.value = 0;
      progress.hidden = false;
      let done = 0;
      const failed: string[] = [];
      const queue = [...urls];
      const worker = async () => {
        for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
          const response = await fetch(url, { cache: 'no-cache' }).catch(() => null);
          if (response?.ok) await (url.endsWith('/') ? pages : files).put(url, response);
          else failed.push(url);
          done += 1;
          progress.value = done;
          status.textContent = say(text.progress, { done, total: urls.length });
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      status.textContent = failed.length === 0
        ? say(text.kept, { total: urls.length })
        : say(text.partial, { done: urls.length - failed.length, failed: failed.length });
    } catch {
      status.textContent = text.failed;
    } finally {
      button.disabled = false;
    }
  });
}
