import Joi from 'joi';

/**
 * Joi strings for text people type. Refused, each with its own field-error code:
 * - `text.notWellFormed`: a lone UTF-16 surrogate ("\ud800" in JSON). PostgreSQL cannot store one
 *   and the driver would silently write U+FFFD instead, so the value saved would not be the value sent.
 * - `text.control`: C0 and C1 control characters and DEL (e.g. "\x07", "\x1b[31m"): they never
 *   belong in a catalogue, and they break terminals, logs and CSV exports. U+0000 is among them.
 *   Multi-line text keeps tab, line feed and carriage return.
 */
// With the u flag a surrogate pair is one code point, so this matches only a lone surrogate.
const LONE_SURROGATE = /\p{Cs}/u;
const SINGLE_LINE_CONTROL = /\p{Cc}/u;
const MULTI_LINE_CONTROL = /[^\P{Cc}\t\n\r]/u;

const messages = {
  'text.notWellFormed': '{{#label}} must be valid Unicode text (it holds a lone surrogate)',
  'text.control': '{{#label}} must not contain control characters',
  'text.controlMultiLine': '{{#label}} must not contain control characters other than tab and line breaks',
};

function textRule(control: RegExp, code: 'text.control' | 'text.controlMultiLine') {
  return (value: string, helpers: Joi.CustomHelpers) => {
    if (LONE_SURROGATE.test(value)) return helpers.error('text.notWellFormed');
    if (control.test(value)) return helpers.error(code);
    return value;
  };
}

/** A one-line text such as a name or a search query. */
export const singleLineText = () => Joi.string().custom(textRule(SINGLE_LINE_CONTROL, 'text.control')).messages(messages);

/** Text that may span lines, such as a description. */
export const multiLineText = () => Joi.string().custom(textRule(MULTI_LINE_CONTROL, 'text.controlMultiLine')).messages(messages);

/** Any characters at all (passwords), as long as they are well-formed Unicode. */
export const wellFormedText = () =>
  Joi.string()
    .custom((value: string, helpers) => (LONE_SURROGATE.test(value) ? helpers.error('text.notWellFormed') : value))
    .messages(messages);
