/**
 * The header reader on real layouts: a real plan text (tests/fixtures/real/texts, a legal
 * library's page cleaned to Markdown), and the layouts of the real-documents notes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHeader, readDateLine, splitLetterhead } from '../../../src/lib/import/header';
import { findKindLine } from '../../../src/lib/import/document-kind';
import { markdownBlocks } from '../../../src/lib/import/readers/text';
import { blocksToText } from '../../../src/lib/import/source-text';

const lines = (raw: string) => blocksToText(markdownBlocks(raw)).split('\n');
const REAL = readFileSync(new URL('../../fixtures/real/texts/2f6f80b9918e52de.md', import.meta.url), 'utf8');

describe('header', () => {
  it('reads the real HCM plan: letterhead cell with a stray marker, place split over two lines', () => {
    const l = lines(REAL);
    const h = readHeader(l, findKindLine(l));
    expect(h).toMatchObject({ issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', superior: null, number: '172/KH-UBND', symbol: 'KH-UBND', place: 'Thành phố Hồ Chí Minh', date: '2025-11-18' });
    expect(h.notes.join(' ')).toMatch(/place name read from two lines/);
  });

  it('keeps leading zeros, reads blank numbers and blank days', () => {
    expect(readHeader(['Số: 0124/KH-UBND'], 1).number).toBe('0124/KH-UBND');
    expect(readHeader(['Số:      /KH-UBND'], 1)).toMatchObject({ number: null, symbol: 'KH-UBND' });
    expect(readHeader(['Số: 4255/QĐ-BNN-KHCN'], 1).number).toBe('4255/QĐ-BNN-KHCN');
    // A legal normative number, with its year (the national legal database's pages).
    expect(readHeader(['Số: 100/2015/QH13'], 1)).toMatchObject({ number: '100/2015/QH13', symbol: 'QH13' });
    expect(readHeader(['Số: 50/2025/QĐ-TTg'], 1).number).toBe('50/2025/QĐ-TTg');
    expect(readDateLine('ngày   tháng   năm 2026').date).toBe('2026');
    expect(readDateLine('ngày  tháng 4 năm 2026').date).toBe('2026-04');
  });

  it('reads the place and date after the V/v lines of a page-cleaned công văn, and a tax office under Cục Thuế', () => {
    // Công văn 1539/VLO-QLDN3 of Thuế tỉnh Vĩnh Long (tests/fixtures/real/SOURCES.md), as the Markdown reader gives it.
    const h = readHeader(
      [
        'CỤC THUẾ',
        'THUẾ TỈNH VĨNH LONG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 1539/VLO-QLDN3',
        'V/v trả lãi tiền vay cho cổ đông',
        'Vĩnh Long, ngày',
        '02 tháng 12 năm 2025',
      ],
      8,
    );
    expect(h).toMatchObject({ superior: 'CỤC THUẾ', issuer: 'THUẾ TỈNH VĨNH LONG', number: '1539/VLO-QLDN3', place: 'Vĩnh Long', date: '2025-12-02' });
    // "Kính gửi" between them: the header ends at the V/v lines.
    expect(readHeader(['Số: 12/UBND', 'V/v x', 'Kính gửi: Sở A', 'Hà Nội, ngày 01 tháng 12 năm 2025'], 4).date).toBeNull();
  });

  it('joins a date line split in two and "Số:" on its own line', () => {
    const h = readHeader(['Số:', '2820/QĐ-UBND', 'Cần Thơ, ngày 21', 'tháng 11 năm 2025'], 4);
    expect(h).toMatchObject({ number: '2820/QĐ-UBND', place: 'Cần Thơ', date: '2025-11-21' });
    expect(readHeader(['Đồng Tháp,', 'ngày 19 tháng 11 năm 2025'], 2)).toMatchObject({ place: 'Đồng Tháp', date: '2025-11-19' });
  });

  it('never invents an impossible date: only what is sure is kept', () => {
    expect(readDateLine('ngày15 tháng 54 năm 2026').date).toBe('2026');
    expect(readDateLine('ngày tháng 4 năm 202654').date).toBe('2026');
    expect(readDateLine('ngày 31 tháng 02 năm 2026').date).toBe('2026-02');
    // Quyết định 1696/QĐ-UBND of Lào Cai: the month "5" stamped at signing over the typed "4".
    expect(readDateLine('Lào Cai, ngày 15 tháng 5 4 năm 2026')).toMatchObject({ date: '2026', note: expect.stringMatching(/two numbers where the month stands/) });
    // Công văn 193/UBND-KT: the stamped month glued to "năm".
    expect(readDateLine('ngày 10 tháng 01năm 2026').date).toBe('2026-01-10');
  });

  it('splits the superior body from the issuer, in any column order', () => {
    expect(splitLetterhead(['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG'])).toEqual({ superior: 'UBND TỈNH LÀO CAI', issuer: 'SỞ CÔNG THƯƠNG' });
    expect(splitLetterhead(['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN'])).toEqual({ superior: null, issuer: 'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN' });
    // "THỦ TƯỚNG" / "CHÍNH PHỦ" broken over two lines is one title, not a body under another (86367f2ddb2225cd).
    expect(splitLetterhead(['THỦ TƯỚNG', 'CHÍNH PHỦ'])).toEqual({ superior: null, issuer: 'THỦ TƯỚNG CHÍNH PHỦ' });
    expect(splitLetterhead(['CHÍNH PHỦ'])).toEqual({ superior: null, issuer: 'CHÍNH PHỦ' });
    expect(splitLetterhead(['BỘ NÔNG NGHIỆP VÀ', 'MÔI TRƯỜNG'])).toEqual({ superior: null, issuer: 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG' });
    const interleaved = readHeader(['UBND TỈNH LÀO CAI', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ CÔNG THƯƠNG', 'Độc lập - Tự do - Hạnh phúc', 'Số: /KH-SCT', 'Lào Cai, ngày tháng 4 năm 2026'], 6);
    expect(interleaved).toMatchObject({ superior: 'UBND TỈNH LÀO CAI', issuer: 'SỞ CÔNG THƯƠNG', number: null, symbol: 'KH-SCT', date: '2026-04' });
  });
});
