/**
 * ASCII slugs for Vietnamese names, used in every public URL.
 *
 * Vietnamese letters decompose under NFD into a base letter plus combining marks,
 * except đ/Đ (U+0111/U+0110), which are letters of their own with no decomposition:
 * they are folded to "d" explicitly (d-stroke.ts), with their look-alikes.
 */
import { foldDStroke, readDStroke } from './d-stroke';

/** Folds Vietnamese text to plain ASCII letters, keeping case: "Đồng Khởi" → "Dong Khoi". */
export function foldVietnamese(text: string): string {
  return foldDStroke(readDStroke(text).normalize('NFD').replace(/\p{M}/gu, ''));
}

/**
 * Turns a name into a lowercase ASCII slug: "Sở Văn hóa, Thể thao và Du lịch" →
 * "so-van-hoa-the-thao-va-du-lich". Runs of anything but a–z and 0–9 become one hyphen.
 */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug as produced by {@link slugify}: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `value` is already a well-formed slug. */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}
