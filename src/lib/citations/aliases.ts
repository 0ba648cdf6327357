/**
 * Programmes that plans cite by name rather than by number, resolved to the document that
 * issued them. A curated table: each entry says which document it is, with the evidence,
 * and a name applies only to texts written on or after that document's date (a plan of
 * December 2020 that speaks of the 2021–2030 programme "khi Chính phủ có Nghị quyết ban
 * hành" means a programme not yet issued, so it is not linked).
 */
export interface Alias {
  /** The name as plans write it; spaces and the hyphen of "2021 - 2030" are matched loosely. */
  pattern: RegExp;
  /** The document the name stands for. */
  type: 'Nghị quyết' | 'Quyết định';
  number: string;
  date: string;
  issuer: string;
  /** Why this name is that document. */
  evidence: string;
}

export const ALIASES: readonly Alias[] = [
  {
    pattern: /Chương trình tổng thể\s+(?:cải cách hành chính|CCHC)\s+nhà nước\s+giai đoạn\s+2021\s*-\s*2030(?:\s+của\s+Chính phủ)?/giu,
    type: 'Nghị quyết',
    number: '76/NQ-CP',
    date: '2021-07-15',
    issuer: 'Chính phủ',
    evidence:
      'Nghị quyết 76/NQ-CP ngày 15/7/2021 của Chính phủ "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030", as the Ninh Phước 2024 and Kỳ Anh 2024 plans cite it.',
  },
  {
    pattern: /Chương trình chuyển đổi số quốc gia\s+đến năm 2025,?\s+định hướng đến năm 2030/giu,
    type: 'Quyết định',
    number: '749/QĐ-TTg',
    date: '2020-06-03',
    issuer: 'Thủ tướng Chính phủ',
    evidence: 'The Kỳ Anh 2024 plan: "Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 được ban hành tại Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ".',
  },
];

/** How far (characters) an explicit citation of the same document makes a name mention redundant. */
export const ALIAS_NEIGHBOURHOOD = 160;
