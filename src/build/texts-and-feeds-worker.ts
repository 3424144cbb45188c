/*
 * Worker thread of the build script: writes the source texts and feeds (src/build/texts-and-feeds.ts) for the target
 * it is given, and sends back what it wrote.
 */
import { writeSourceTextsAndFeeds, type TextsAndFeedsTarget } from './texts-and-feeds';
import { answerTask } from './worker-task';

answerTask((target: TextsAndFeedsTarget) => writeSourceTextsAndFeeds(target));
