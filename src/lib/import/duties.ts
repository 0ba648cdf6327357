/**
 * The duties a plan gives each body in its organisation section ("TỔ CHỨC THỰC HIỆN", or
 * "PHÂN CÔNG NHIỆM VỤ", "TRÁCH NHIỆM THỰC HIỆN"), in the shape of the plans' `duties`
 * frontmatter: one entry per numbered heading that names a body ("1. Sở Nội vụ", "2. Giao
 * Công an tỉnh chủ trì …", "3. Đề nghị Ủy ban Mặt trận …", "4. Phòng Tư pháp: Chủ trì …"),
 * its items as written (a "- " item without its bullet, an "a) " item with its letter, a
 * paragraph). Nothing is paraphrased: every item and every name is a stretch of the source
 * text, whitespace aside. A numbered heading that names no body ("7. Cơ chế phối hợp …",
 * "1. Căn cứ kế hoạch này, …") gives no entry. The body is matched to an agency, or, for a
 * single body that is not in content/agencies/ yet, proposed as the issuer is; a group
 * ("Các sở, ban, ngành", "UBND các xã") has the agency null.
 */
import type { Agency, Unit } from '../catalog';
import { foldVietnamese } from '../slug';
import { resolveAgency, type AgencyProposal, type AgencyResolution } from './agencies';

export interface ImportedDuty {
  /** The agency id (matched, or proposed: see `proposal`), or null for a group of bodies. */
  agency: string | null;
  /** The body as the plan names it. */
  named: string;
  /** True for "Đề nghị …": a request to a body the issuer does not command. */
  request: boolean;
  /** Each duty as written. */
  items: string[];
}

export interface DutyReading {
  duties: ImportedDuty[];
  /** New agencies proposed for the bodies not in content/agencies/ (one per id). */
  proposals: AgencyProposal[];
  /** The line (0-based) of each organisation heading read. */
  headings: number[];
  notes: string[];
}

/** A heading of the organisation section, without its number ("IV.", "D.", "2.", "V/"). */
const SECTION =
  /^(?:(?:[IVX]+|[A-ZĐ]|\d+(?:\.\d+)*)\s*[./)]\s*)?(?:(?:KINH PHÍ|THỜI GIAN) VÀ\s+)?(TỔ CHỨC THỰC HIỆN|PHÂN CÔNG NHIỆM VỤ|PHÂN CÔNG THỰC HIỆN|TRÁCH NHIỆM THỰC HIỆN|PHÂN CÔNG TRÁCH NHIỆM)\s*[.:]?$/iu;
/** A heading of a higher rank than the numbered entries: "II. Nguồn kinh phí", "V. CHẾ ĐỘ BÁO CÁO". */
const RANK_HEADING = /^(?:[IVX]+|[A-ZĐ])\s*[./]\s+\S/u;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s*(.*)$/u;
const BULLET = /^[-–—•+*]\s*/u;
const LETTER = /^[a-zđ]\)\s+/u;
/** What ends the section: the closing sentence, the recipients, the signature, an appendix. */
const END = /^(Trên đây là|Trong quá trình (?:tổ chức )?(?:triển khai |thực hiện)|Nơi nhận|TM\.|KT\.|T\/M|Q\. CHỦ TỊCH|CHỦ TỊCH$|GIÁM ĐỐC$|PHỤ LỤC|Phụ lục(?![\p{L}\p{N}]))/u;
/** Words a body's name starts with. */
const BODY =
  /^(Các\s|Sở[\s,]|Ủy ban|Uỷ ban|UBND|Phòng\s|Ban\s|Văn phòng|Công an|Bộ\s|Cục\s|Chi cục|Tổng cục|Trung tâm|Báo\s|Đài\s|Thanh tra|Kho bạc|Bảo hiểm|Liên đoàn|Liên minh|Hội\s|Hội đồng|Đoàn\s|Tỉnh [Đđ]oàn|Thành [Đđ]oàn|Huyện [Đđ]oàn|Mặt trận|Bưu điện|Viện\s|Trường\s|Bệnh viện|Quỹ\s|Ngân hàng|Thuế\s|Hải quan|Bộ Chỉ huy|Bộ đội|Đảng ủy|Đảng uỷ|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Thành ủy|Thủ trưởng|Giám đốc|Chủ tịch|Tòa án|Toà án|Viện kiểm sát|Cơ quan|Doanh nghiệp|Tổng công ty|Công ty|Cổng\s|Tòa soạn|Ban Chỉ đạo|Tổ công tác|Ủy ban Mặt trận)/iu;
/**
 * Verbs that open the duty after a body named without a colon ("Phòng Tài chính – Kế hoạch
 * chủ trì, phối hợp …"): lower case, so that they are not read inside a name ("Sở Thông tin").
 */
const VERB =
  /\s(chủ trì|phối hợp|tham mưu|có trách nhiệm|chịu trách nhiệm|là cơ quan|căn cứ|thực hiện|triển khai|xây dựng|hướng dẫn|theo dõi|tổ chức|chỉ đạo|cung cấp|bố trí|tăng cường|rà soát|bảo đảm|đảm bảo|kiểm tra|tiếp tục|quán triệt|định kỳ|nghiên cứu|đôn đốc|tuyên truyền|lồng ghép|cập nhật|giám sát|đưa|phổ biến|tham gia|chủ động|quan tâm|phát huy|thường xuyên|vận động|hỗ trợ|tổng hợp|phân bổ|thẩm định|đề xuất|ban hành|cử|mở|đăng tải|khẩn trương|kiện toàn|phân công|tập trung|nâng cao|duy trì|tích cực|bằng)(?![\p{L}\p{N}])/u;
const VERB_ALL = new RegExp(VERB.source, 'gu');
/** Words that mark a verb as part of a name ("các tổ chức chính trị - xã hội", "có liên quan tới việc thực hiện"). */
const NOT_BEFORE_VERB = /(?:(?:^|\s)(?:các|và|những|của|cơ quan|đơn vị|được giao|được|việc)|,)$/u;
/**
 * The verbs that open a duty even on a heading line that stands alone above its items; the
 * others ("xây dựng", "cung cấp", "thực hiện") are read there as part of the body's name
 * ("Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp").
 */
const LEAD_VERB = /^\s(?:chủ trì|phối hợp|tham mưu|có trách nhiệm|chịu trách nhiệm|là cơ quan|căn cứ|chủ động)$/u;

const fold = (s: string) =>
  foldVietnamese(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The paragraphs of the text with the line each starts at. A block of short lines is one
 * paragraph wrapped by a page-cleaning tool; a block of long lines (a text with a line per
 * paragraph) has a paragraph per line. A line opening with a number, a bullet or a letter
 * item starts a paragraph; a line or block opening in lower case continues the one before.
 */
export function paragraphs(lines: readonly string[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let block: { text: string; line: number }[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const wrapped = block.length > 1 && Math.max(...block.map((l) => l.text.length)) <= 110;
    let current: { text: string; line: number } | null = null;
    for (const l of block) {
      // "… tổ chức chính trị" / "- xã hội tại địa phương": a compound broken at its hyphen, not a list item.
      const brokenCompound = current !== null && /^[-–]\s*\p{Ll}/u.test(l.text) && /\p{L}$/u.test(current.text);
      const opens = !brokenCompound && (NUMBERED.test(l.text) || BULLET.test(l.text) || LETTER.test(l.text));
      const continues = /^\p{Ll}/u.test(l.text) || (current !== null && /^\d{1,2}(\.\d{1,2})*\s*[.)]?$/u.test(current.text));
      if (current && !opens && (continues || wrapped)) current.text = `${current.text} ${l.text}`;
      else if (current && opens && /^\d{1,2}(\.\d{1,2})*\s*[.)]?$/u.test(current.text)) current.text = `${current.text} ${l.text}`;
      else {
        if (current) out.push(current);
        current = { ...l };
      }
    }
    if (current) out.push(current);
    block = [];
  };
  lines.forEach((raw, i) => {
    const text = raw.replace(/\t/g, ' ').trim();
    if (!text) flush();
    else block.push({ text, line: i });
  });
  flush();
  // A paragraph that opens in lower case continues the one before it (a page break, a blank line in the source).
  const merged: { text: string; line: number }[] = [];
  for (const p of out) {
    const last = merged.at(-1);
    if (last && /^\p{Ll}/u.test(p.text) && !LETTER.test(p.text) && !/:$/u.test(last.text)) last.text = `${last.text} ${p.text}`;
    else merged.push({ ...p, text: clean(p.text) });
  }
  return merged.map((p) => ({ ...p, text: clean(p.text) }));
}

/** Splits a numbered heading's text into the body it names and the duty that follows on its line. */
export function splitHeading(text: string, { alone = false } = {}): { named: string; request: boolean; rest: string } | null {
  let t = clean(text);
  let request = false;
  if (/^Đề nghị\s/u.test(t)) {
    request = true;
    t = t.replace(/^Đề nghị\s+(?:cho\s+)?/u, '');
  } else t = t.replace(/^Giao\s+(?:cho\s+)?/u, '');
  if (!BODY.test(t)) return null;
  let named: string;
  let rest = '';
  const colon = t.indexOf(':');
  const open = (prefix: string) => (prefix.match(/\(/g) ?? []).length > (prefix.match(/\)/g) ?? []).length;
  // A heading standing alone above its items, with no sentence in it, names a body whole but for a lead verb.
  const standsAlone = alone && t.length <= 200 && !/[.;:]$/u.test(t) && !t.includes(':');
  const verbAt = [...t.matchAll(VERB_ALL)].find((m) => !NOT_BEFORE_VERB.test(t.slice(0, m.index)) && !open(t.slice(0, m.index)) && (!standsAlone || LEAD_VERB.test(m[0])))?.index ?? -1;
  if (colon !== -1 && colon < 200 && (verbAt === -1 || colon < verbAt)) {
    named = t.slice(0, colon);
    rest = t.slice(colon + 1).trim();
  } else if (verbAt > 0 && t.slice(0, verbAt).trim().split(' ').length >= 2) {
    named = t.slice(0, verbAt);
    rest = t.slice(verbAt + 1).trim();
  } else if (t.length <= 200 && !/[.;]$/u.test(t)) {
    named = t;
  } else return null;
  // "Sở Tài chính (cơ quan chủ trì)": the note in brackets is not part of the name.
  named = named
    .replace(/\s*\([^)]*\)\s*$/u, '')
    .replace(/[\s:,.;]+$/u, '')
    .trim();
  if (!named) return null;
  return { named, request, rest };
}

/** The headings of the organisation section, or of the parts of it ("2. Tổ chức thực hiện" under "IV. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN"). */
export function isSectionHeading(text: string): boolean {
  return text.length <= 90 && SECTION.test(clean(text));
}

/** Reads the entries (named body, request, items) of the organisation sections of `lines`. */
export function readDutyEntries(lines: readonly string[]): { entries: { named: string; request: boolean; items: string[]; line: number }[]; headings: number[] } {
  const paras = paragraphs(lines);
  const entries: { named: string; request: boolean; items: string[]; line: number; marker: string }[] = [];
  const headings: number[] = [];
  let inSection = false;
  let current: (typeof entries)[number] | null = null;
  for (const p of paras) {
    if (isSectionHeading(p.text)) {
      inSection = true;
      current = null;
      headings.push(p.line);
      continue;
    }
    if (!inSection) continue;
    if (END.test(p.text)) {
      inSection = false;
      current = null;
      continue;
    }
    if (RANK_HEADING.test(p.text) && p.text.length <= 120 && !LETTER.test(p.text)) {
      // A heading of a higher rank: the section goes on only while no body has been read in it.
      if (entries.length > 0 && current !== null) {
        inSection = false;
        current = null;
      }
      continue;
    }
    const numbered = NUMBERED.exec(p.text);
    if (numbered) {
      const [, marker, text] = numbered;
      // "1.1. Chủ trì …" under "1. Sở Nội vụ": a numbered item of the body above.
      const deeper = current !== null && marker!.startsWith(`${current.marker}.`);
      const next = paras[paras.indexOf(p) + 1]?.text ?? '';
      const heading = splitHeading(text!, { alone: BULLET.test(next) || LETTER.test(next) || next.startsWith(`${marker}.`) });
      if (heading && !(deeper && !BODY.test(text!))) {
        current = { named: heading.named, request: heading.request, items: heading.rest ? [heading.rest] : [], line: p.line, marker: marker! };
        entries.push(current);
      } else if (deeper) current!.items.push(p.text);
      else current = null;
      continue;
    }
    if (!current) {
      // "- Sở Nội vụ hướng dẫn …": a body and its duty as one bullet, where the section numbers no bodies.
      const heading = BULLET.test(p.text) ? splitHeading(p.text.replace(BULLET, '')) : null;
      if (heading?.rest) entries.push({ named: heading.named, request: heading.request, items: [heading.rest], line: p.line, marker: '-' });
      continue;
    }
    if (BULLET.test(p.text)) {
      const item = p.text.replace(BULLET, '').trim();
      if (item) current.items.push(item);
    } else current.items.push(p.text);
  }
  return { entries: entries.filter((e) => e.items.length > 0).map(({ named, request, items, line }) => ({ named, request, items, line })), headings };
}

/** The names of single bodies that have a comma in them. */
const WITH_COMMA = /Văn h(?:óa|oá), Thể thao và Du lịch|Lao động, Thương binh và Xã hội|[Pp]hát thanh, [Tt]ruyền hình|Văn h(?:óa|oá), Thông tin/gu;
const SEPARATOR = /\s*(?:,|;|(?<![\p{L}\p{N}])và(?![\p{L}\p{N}]))\s*/u;
/** A name that denotes several bodies: "các …", "UBND các xã", or a list of bodies ("Sở Khoa học và Công nghệ, Sở Nội vụ"). */
export function isGroup(named: string): boolean {
  if (/(?<![\p{L}\p{N}])(các|những)(?![\p{L}\p{N}])/iu.test(named)) return true;
  // "UBND cấp xã", "Ủy ban nhân dân xã, phường": every body of a level, not one of them.
  if (/^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(cấp\s+(xã|huyện|tỉnh)|(xã|phường|huyện|quận|thị xã|thị trấn|đặc khu)\s*(,|và))/iu.test(named)) return true;
  // A comma or semicolon lists bodies, but for the names that have one ("Sở Văn hóa, Thể thao và Du lịch").
  const bare = named.replace(WITH_COMMA, '');
  if (/[,;]/u.test(bare)) return true;
  const parts = bare.split(SEPARATOR).filter(Boolean);
  return parts.length > 1 && parts.filter((p) => BODY.test(p)).length > 1;
}

export interface DutyContext {
  /** The issuer as resolved (its printed name places the bodies in its province). */
  issuer: AgencyResolution | null;
  /** The superior body of the letterhead ("UBND TỈNH LÀO CAI" above "SỞ CÔNG THƯƠNG"), or null. */
  superior?: string | null;
  /** The issuer's agency, when it is in content/agencies/ (its district is preferred). */
  issuerAgency: Agency | null;
  agencies: readonly Agency[];
  units: ReadonlyMap<string, Unit>;
  date: string | null;
}

/** Matches a body named in running text ("Phòng Nội vụ", "Công an tỉnh") in the issuer's province, preferring the issuer's district. */
function matchBody(named: string, context: DutyContext): AgencyResolution | null {
  const province = context.issuer?.proposal?.province ?? context.issuerAgency?.province ?? context.issuer?.province?.file ?? null;
  const wanted = fold(named.replace(/^UBND/u, 'Ủy ban nhân dân'));
  const candidates = context.agencies.filter((a) => (province === null || a.province === province) && [a.name, ...a.shortNames].some((n) => fold(n.replace(/^UBND/u, 'Ủy ban nhân dân')) === wanted));
  const district = context.issuerAgency?.district ?? null;
  const best = candidates.find((a) => district !== null && a.district === district) ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (best) return { printed: named, id: best.key, matched: true, proposal: null, province: null };
  if (candidates.length > 1) return null;
  const superior = context.superior ?? context.issuer?.printed ?? null;
  // "Công an tỉnh", "Ủy ban nhân dân Thành phố": the place the name leaves implicit is the issuer's.
  const place = /(?<![\p{L}\p{N}])(tỉnh|Tỉnh|thành phố|Thành phố)$/u.test(named) && context.issuer?.province ? `${named} ${context.issuer.province.name}` : named;
  return resolveAgency(place, superior, context.agencies, context.units, context.date);
}

/**
 * The duties of a plan's organisation section, each body matched or proposed. A body that
 * cannot be placed (no province known for a proposal) keeps the agency null and is noted.
 */
export function readDuties(lines: readonly string[], context: DutyContext): DutyReading {
  const { entries, headings } = readDutyEntries(lines);
  const notes: string[] = [];
  const proposals = new Map<string, AgencyProposal>();
  const duties = entries.map((entry) => {
    let agency: string | null = null;
    if (!isGroup(entry.named)) {
      const resolved = matchBody(entry.named, context);
      if (resolved?.matched) agency = resolved.id;
      else if (resolved?.proposal && resolved.id) {
        agency = resolved.id;
        if (!proposals.has(resolved.id)) proposals.set(resolved.id, resolved.proposal);
      } else notes.push(`duties: "${entry.named}" (line ${entry.line + 1}) is not in content/agencies/ and its province is not known: agency left null`);
    }
    return { agency, named: entry.named, request: entry.request, items: entry.items };
  });
  if (headings.length > 0 && duties.length === 0) notes.push(`duties: the organisation section (line ${headings[0]! + 1}) names no body under a numbered heading; none read`);
  return { duties, proposals: [...proposals.values()], headings, notes };
}
