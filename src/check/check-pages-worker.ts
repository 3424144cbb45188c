/*
 * Worker thread of the site check: checks the share of pages it is given (src/check/check-pages.ts) and sends back
 * what they showed.
 */
import { answerTask } from '../build/worker-task';
import { checkPages, type PagesToCheck } from './check-pages';

answerTask((share: PagesToCheck) => checkPages(share));
