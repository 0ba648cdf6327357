/**
 * "Nơi nhận:" and its "- …;" lines, notes included ("- Bộ Y tế (để b/c);"). In two-column
 * layouts the signature block may sit in the same run of lines; it is left to the signer.
 */
export interface RecipientsFields {
  recipients: string[];
  /** Line of "Nơi nhận", or -1. */
  at: number;
  /** Last line of the list. */
  end: number;
}

export function readRecipients(lines: readonly string[], from = 0): RecipientsFields {
  const at = lines.findIndex((l, i) => i >= from && /^Nơi nhận\s*:?\s*$/u.test(l.trim()));
  const recipients: string[] = [];
  let end = at;
  if (at === -1) return { recipients, at, end };
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (!l) continue;
    // "+ …" under a recipient is one of its sub-items ("- VPUB: + CVP, các PCVP;" / "+ Cổng TTĐT tỉnh;").
    if (/^\+\s*/u.test(l) && recipients.length > 0) {
      recipients[recipients.length - 1] = `${recipients.at(-1)} ${l}`;
      end = i;
      continue;
    }
    if (/^[-–•]\s*/u.test(l) && !/^[-–]{3,}/u.test(l)) {
      recipients.push(l.replace(/^[-–+•]\s*/u, '').trim());
      end = i;
      continue;
    }
    // A note or a wrapped recipient that lost its dash: "(để b/c);" belongs to the line above,
    // and so does any line after one that ends with a comma ("- VPUB: CVP, …, ĐTQH," / "TH, KGVX;").
    if (recipients.length > 0 && (/^\(.*\)[;.]?$/u.test(l) || /,$/u.test(recipients.at(-1)!) || (!/[;.]$/u.test(recipients.at(-1)!) && /^[\p{Ll}(]|^b\/c/u.test(l)))) {
      recipients[recipients.length - 1] = `${recipients.at(-1)} ${l}`;
      end = i;
      continue;
    }
    break;
  }
  return { recipients, at, end };
}
