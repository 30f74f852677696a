import type { ErrorKey } from '../action';
import type { ImageError } from './image';

const IMAGE_ERROR_KEYS: Record<ImageError, ErrorKey> = {
  empty: 'Errors.imageEmpty',
  too_large: 'Errors.imageTooLarge',
  unsupported_type: 'Errors.imageType',
  too_many_pixels: 'Errors.imageTooManyPixels',
  unreadable: 'Errors.imageUnreadable',
};

export function imageErrorKey(error: ImageError): ErrorKey {
  return IMAGE_ERROR_KEYS[error];
}
