/**
 * Page images as poppler's pdftoppm writes them without -png: binary PNM (P5 grey, P6 colour,
 * 8 bits). The OCR reader renders a scanned page once, in colour, and makes from it the grey
 * image Tesseract reads and the crops of the page's regions (the two header columns, the
 * "Nơi nhận" list and the signature beside it), without an image library.
 *
 * Grey from the red channel: the stamp of a signed scan is red, the text black and the
 * handwritten number, day and signature blue or black. In the red channel red ink is as light
 * as the paper (R high) while black and blue ink stay dark (R low), so the stamp over the
 * signer's title and name fades instead of blotting them out. What is left of the stamp there
 * is lighter than ink: the signature's column is read with every sample from
 * {@link SIGNATURE_CLIP} up made white ({@link clipLight}).
 */
export interface PnmImage {
  width: number;
  height: number;
  /** 1 (grey) or 3 (RGB). */
  channels: 1 | 3;
  /** Row-major samples, `channels` per pixel. */
  data: Uint8Array;
}

/** Reads a binary PGM (P5) or PPM (P6) with a maxval of 255; header comments allowed. */
export function parsePnm(bytes: Uint8Array): PnmImage {
  let at = 0;
  const token = (): string => {
    for (;;) {
      while (at < bytes.length && /\s/.test(String.fromCharCode(bytes[at]!))) at++;
      if (bytes[at] !== 0x23) break;
      while (at < bytes.length && bytes[at] !== 0x0a) at++;
    }
    const start = at;
    while (at < bytes.length && !/\s/.test(String.fromCharCode(bytes[at]!))) at++;
    return String.fromCharCode(...bytes.subarray(start, at));
  };
  const magic = token();
  if (magic !== 'P5' && magic !== 'P6') throw new Error(`not a binary PGM/PPM image (magic "${magic.slice(0, 2)}")`);
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) throw new Error('PNM image with an invalid size');
  if (max !== 255) throw new Error(`PNM image with maxval ${max}: only 8-bit images are read`);
  at++; // the single whitespace after maxval
  const channels = magic === 'P5' ? 1 : 3;
  const size = width * height * channels;
  if (bytes.length - at < size) throw new Error('PNM image shorter than its header says');
  return { width, height, channels, data: bytes.subarray(at, at + size) };
}

/** A grey image: the red channel of a colour one (see above), or the image itself when it is grey. */
export function greyFromRed(image: PnmImage): PnmImage {
  if (image.channels === 1) return image;
  const out = new Uint8Array(image.width * image.height);
  for (let i = 0, j = 0; i < out.length; i++, j += 3) out[i] = image.data[j]!;
  return { width: image.width, height: image.height, channels: 1, data: out };
}

/** Grey level from which the signature's column is made white (ink is darker; a faded stamp, a grey one of a grey scan, lighter). */
export const SIGNATURE_CLIP = 140;

/** The image with every sample at or above `level` made white. */
export function clipLight(image: PnmImage, level: number): PnmImage {
  const data = new Uint8Array(image.data.length);
  for (let i = 0; i < data.length; i++) data[i] = image.data[i]! >= level ? 255 : image.data[i]!;
  return { ...image, data };
}

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The part of the image inside `rect`, clipped to the image (integer pixel bounds). */
export function cropPnm(image: PnmImage, rect: Rect): PnmImage {
  const x0 = Math.max(0, Math.floor(rect.left));
  const y0 = Math.max(0, Math.floor(rect.top));
  const x1 = Math.min(image.width, Math.ceil(rect.left + rect.width));
  const y1 = Math.min(image.height, Math.ceil(rect.top + rect.height));
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const c = image.channels;
  const out = new Uint8Array(width * height * c);
  for (let y = 0; y < height; y++) out.set(image.data.subarray(((y0 + y) * image.width + x0) * c, ((y0 + y) * image.width + x1) * c), y * width * c);
  return { width, height, channels: c, data: out };
}

/** The image as a binary PGM or PPM file. */
export function encodePnm(image: PnmImage): Uint8Array {
  const head = new TextEncoder().encode(`${image.channels === 1 ? 'P5' : 'P6'}\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(head.length + image.data.length);
  out.set(head, 0);
  out.set(image.data, head.length);
  return out;
}
