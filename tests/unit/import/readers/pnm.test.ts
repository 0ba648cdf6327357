import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clipLight, cropPnm, encodePnm, greyFromRed, parsePnm, SIGNATURE_CLIP } from '../../../../src/lib/import/readers/pnm';
import { textPdf } from '../../../helpers/mini-pdf';

const bytes = (head: string, samples: number[]) => new Uint8Array([...new TextEncoder().encode(head), ...samples]);

describe('pnm', () => {
  it('reads a grey (P5) and a colour (P6) image, header comments included', () => {
    const grey = parsePnm(bytes('P5\n# pdftoppm\n2 2\n255\n', [0, 50, 100, 255]));
    expect([grey.width, grey.height, grey.channels, [...grey.data]]).toEqual([2, 2, 1, [0, 50, 100, 255]]);
    const colour = parsePnm(bytes('P6 1 2 255\n', [200, 10, 10, 20, 20, 200]));
    expect([colour.width, colour.height, colour.channels, [...colour.data]]).toEqual([1, 2, 3, [200, 10, 10, 20, 20, 200]]);
  });

  it('refuses what it cannot read, with what is wrong', () => {
    expect(() => parsePnm(new TextEncoder().encode('\x89PNG\r\n'))).toThrow(/not a binary PGM\/PPM/);
    expect(() => parsePnm(bytes('P5 2 2 65535\n', [0, 0]))).toThrow(/maxval 65535/);
    expect(() => parsePnm(bytes('P5 2 2 255\n', [0, 0]))).toThrow(/shorter/);
  });

  it('makes a red stamp as light as the paper and keeps black and blue ink dark', () => {
    // paper, red stamp ink, black text, blue handwriting
    const image = parsePnm(bytes('P6 4 1 255\n', [250, 245, 235, 220, 40, 50, 20, 20, 20, 30, 40, 160]));
    expect([...greyFromRed(image).data]).toEqual([250, 220, 20, 30]);
  });

  it('makes white what is lighter than ink (a faded stamp under the signature)', () => {
    const image = parsePnm(bytes('P5 4 1 255\n', [10, 139, 140, 220]));
    expect([...clipLight(image, SIGNATURE_CLIP).data]).toEqual([10, 139, 255, 255]);
  });

  it('crops a rectangle, clipped to the image, and writes it back as PNM', () => {
    const image = parsePnm(bytes('P5 3 3 255\n', [1, 2, 3, 4, 5, 6, 7, 8, 9]));
    const crop = cropPnm(image, { left: 1, top: 1, width: 5, height: 5 });
    expect([crop.width, crop.height, [...crop.data]]).toEqual([2, 2, [5, 6, 8, 9]]);
    expect(parsePnm(encodePnm(crop))).toEqual({ ...crop, data: crop.data });
  });

  it('reads what pdftoppm renders (an A4 page in colour at 20 dpi)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pnm-test-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'page.pdf'), textPdf([[{ x: 50, y: 700, size: 60, text: 'KE HOACH' }]]));
    execFileSync('pdftoppm', ['-r', '20', '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')]);
    const image = parsePnm(readFileSync(join(dir, 'page.ppm')));
    expect([image.width, image.height, image.channels]).toEqual([166, 234, 3]);
    expect(Math.min(...greyFromRed(image).data)).toBeLessThan(128);
  });
});
