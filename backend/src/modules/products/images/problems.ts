import { AppError } from '../../../lib/errors.js';

// The refusals of an upload, each a stable code (issue 16's contract); `defect` tells the cases of
// image_unreadable apart for whoever reads the logs or the answer.

/** `closeConnection`: the rest of the body is left unread, so the connection cannot carry another request. */
export const imageTooLarge = (maxBytes: number, { closeConnection = false } = {}) =>
  new AppError(413, 'image_too_large', `The picture is larger than ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB`, {
    extensions: { maxBytes },
    ...(closeConnection ? { headers: { Connection: 'close' } } : {}),
  });

export const unsupportedImageType = () =>
  new AppError(415, 'unsupported_image_type', 'Only JPEG, PNG, WebP and AVIF pictures are accepted (told by the file\'s content, not its name or type)');

export type ImageDefect = 'truncated' | 'trailing_data' | 'active_content' | 'undecodable';

const UNREADABLE: Record<ImageDefect, string> = {
  truncated: 'The picture is cut short (truncated) or damaged',
  trailing_data: 'The file carries other data after the end of the picture (a polyglot file)',
  active_content: 'The file carries markup or script (a polyglot file)',
  undecodable: 'The picture could not be decoded',
};

export const imageUnreadable = (reason: ImageDefect, cause?: unknown) =>
  new AppError(422, 'image_unreadable', UNREADABLE[reason], { extensions: { defect: reason }, cause });

export const imageTooManyPixels = (width: number, height: number, maxPixels: number) =>
  new AppError(422, 'image_too_many_pixels', `The picture is ${width} × ${height} pixels; at most ${maxPixels.toLocaleString('en-US')} pixels are accepted`, {
    extensions: { width, height, maxPixels },
  });

export const tooManyImages = (max: number) => new AppError(409, 'too_many_images', `A product has at most ${max} pictures; delete one first`, { extensions: { max } });

export const imageRequired = () =>
  new AppError(400, 'image_required', 'Send one picture as multipart/form-data, in the field "file"');
