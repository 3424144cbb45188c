import type { ExtractedMeeting } from '../schemas/extraction';
import type { MeetingOverride, Override } from '../schemas/override';
import type { ApplyOverride } from './ingest-archive';

/** Fields of a meeting an archivist may replace. */
const REPLACEABLE = ['date', 'place', 'title', 'participants', 'organizations', 'countries', 'themes', 'paragraphs'] as const;

/** Path of the override file of a source, as the archivist sees it. */
export function overrideFile(sourceId: string): string {
  return `content/overrides/${sourceId}.yaml`;
}

function replaceFields(meeting: ExtractedMeeting, correction: MeetingOverride): ExtractedMeeting {
  const result: ExtractedMeeting = { ...meeting };
  for (const key of REPLACEABLE) {
    const value = correction[key];
    // `undefined` means "not corrected"; `null` is a real correction (e.g. place unknown).
    if (value !== undefined) Object.assign(result, { [key]: value });
  }
  return result;
}

/**
 * Applies one source's override to the extractor's meetings: corrects fields, drops removed meetings,
 * appends added ones. Pure; throws when a position does not exist, naming the file and the fix.
 */
export function applyOverride(override: Override, sourceId: string, meetings: ExtractedMeeting[]): ExtractedMeeting[] {
  const byPosition = new Map(override.meetings.map((m) => [m.position, m]));
  for (const position of byPosition.keys()) {
    if (position >= meetings.length) {
      const found =
        meetings.length === 0
          ? 'no meeting'
          : meetings.length === 1
            ? '1 meeting (position 0)'
            : `${meetings.length} meetings (positions 0 to ${meetings.length - 1})`;
      throw new Error(
        `${overrideFile(sourceId)}: position ${position} does not exist; the extractor found ${found} in ${sourceId}. ` +
          'Fix the position (see content/generated/meetings.json), or list the missed meeting under "add:".',
      );
    }
  }
  const kept: ExtractedMeeting[] = [];
  meetings.forEach((meeting, position) => {
    const correction = byPosition.get(position);
    if (correction === undefined) kept.push(meeting);
    else if (correction.remove !== true) kept.push(replaceFields(meeting, correction));
  });
  return [...kept, ...override.add];
}

/** Returns the `ApplyOverride` the archive ingest calls for every source; sources without an override pass through. */
export function createApplyOverride(overrides: ReadonlyMap<string, Override>): ApplyOverride {
  return (sourceId, meetings) => {
    const override = overrides.get(sourceId);
    return override === undefined ? meetings : applyOverride(override, sourceId, meetings);
  };
}
