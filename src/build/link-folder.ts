/*
 * A folder of hard links to some files of dist/, at the same relative paths, for Pagefind to read one search bundle's
 * pages: it reads a folder much faster than pages handed over one by one, and a page's URL is its path in the folder.
 * The folder is kept from build to build and brought up to date, not made again: at 10,000 articles, making the
 * 12,000 links with their folders took 0.4–2.2 s and removing them 1.2 s, every build, and ext4 without a journal
 * makes every file created soon after a mass removal costlier (docs/performance.md).
 *
 * Synchronous: Pagefind runs in a process of its own, which this thread does not hold up, and a file operation through
 * Node's thread pool costs several times a synchronous one here.
 */
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fdir } from 'fdir';

/** What bringing a folder up to date did. */
export interface LinkFolderChanges {
  /** Links made: new pages, or pages whose file in dist/ was replaced since the link was made. */
  linked: number;
  /** Links that already pointed at the page's file. */
  kept: number;
  /** Links removed: pages no longer in the folder's set. */
  removed: number;
}

/** Whether two paths name the same file (a hard link of it). */
function sameFile(a: string, b: string): boolean {
  const [first, second] = [lstatSync(a), statSync(b)];
  return first.ino === second.ino && first.dev === second.dev;
}

/**
 * Makes `folder` hold exactly `files` (paths relative to `dist`, with `/`), each a hard link to the file of `dist`
 * (a copy where the two lie on different file systems), and removes the folders that removed links leave empty.
 */
export function syncLinkFolder(folder: string, dist: string, files: readonly string[]): LinkFolderChanges {
  const wanted = new Set(files);
  const present = existsSync(folder) ? new fdir().withRelativePaths().crawl(folder).sync().map((file) => file.split(path.sep).join('/')) : [];
  const changes: LinkFolderChanges = { linked: 0, kept: 0, removed: 0 };
  const existing = new Set<string>();
  for (const file of present) {
    if (wanted.has(file)) {
      existing.add(file);
      continue;
    }
    unlinkSync(path.join(folder, file));
    changes.removed += 1;
    for (let dir = path.dirname(file); dir !== '.'; dir = path.dirname(dir)) {
      try {
        rmdirSync(path.join(folder, dir));
      } catch {
        break; // not empty: its parents are not either
      }
    }
  }
  for (const file of wanted) {
    const target = path.join(dist, file);
    const link = path.join(folder, file);
    if (existing.has(file)) {
      if (sameFile(link, target)) {
        changes.kept += 1;
        continue;
      }
      unlinkSync(link);
    } else {
      mkdirSync(path.dirname(link), { recursive: true });
    }
    try {
      linkSync(target, link);
    } catch {
      copyFileSync(target, link);
    }
    changes.linked += 1;
  }
  return changes;
}
