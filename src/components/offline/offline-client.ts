import { FILES_CACHE, OFFLINE_MANIFEST, PAGES_CACHE, SERVICE_WORKER } from '../../lib/offline';

/** How many files are fetched at once when keeping the whole archive. */
const PARALLEL = 6;

/** Registers the service worker, and stores the current page once it controls the tab (first visit included). */
export async function registerServiceWorker(base: string): Promise<void> {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const controlled = navigator.serviceWorker.controller !== null;
  await navigator.serviceWorker.register(`${base}${SERVICE_WORKER}`, { scope: base });
  if (!controlled) {
    // The first page was loaded before the worker existed, so it was not stored; store it now.
    await navigator.serviceWorker.ready;
    const cache = await caches.open(PAGES_CACHE);
    await cache.add(location.pathname);
  }
}

/** Wires the "keep the whole archive offline" control: fetches every URL of the manifest into the caches, with progress. */
export function startOfflineControl(root: HTMLElement, base: string): void {
  if (!('serviceWorker' in navigator) || !('caches' in window) || !/^https?:$/.test(location.protocol)) return;
  const button = root.querySelector<HTMLButtonElement>('[data-offline-keep]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-offline-progress]')!;
  const status = root.querySelector<HTMLElement>('[data-offline-status]')!;
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
          status.textContent = `${done} / ${urls.length} fichiers gardés`;
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      status.textContent = failed.length === 0
        ? `Toute l'archive est gardée hors ligne sur cet appareil (${urls.length} fichiers).`
        : `${urls.length - failed.length} fichiers gardés, ${failed.length} en échec : réessayez une fois en ligne.`;
    } catch {
      status.textContent = 'Impossible de garder l\u2019archive : vérifiez la connexion et réessayez.';
    } finally {
      button.disabled = false;
    }
  });
}
