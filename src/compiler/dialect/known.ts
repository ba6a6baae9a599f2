/**
 * The words runcast reads, whatever it reads them as: the vocabulary's, the labels', the words written between a
 * number and its unit, and the codes that are notes ("(PB)"). A word outside them is one runcast does not know —
 * a remark after a dash ("Tuesday - 10 - Completed"), a legend's code in brackets ("(MO)"), or a word that may say
 * what is done ("Marche 1h").
 */
import { KNOWN_WORDS } from '../vocabulary.js';
import { LABEL_WORDS } from './labels.js';
import { LENGTH_DESCRIBERS } from './terrain.js';
import { NOTE_CODES } from './markers.js';

export const READ_WORDS: ReadonlySet<string> = new Set([...KNOWN_WORDS, ...LABEL_WORDS, ...Object.keys(LENGTH_DESCRIBERS), ...NOTE_CODES]);
