/** Appendix task tables: rows of tab-separated cells under a header row naming "Nội dung". */
import { describe, expect, it } from 'vitest';
import { readTasks } from '../../../src/lib/import/tasks';

const HEADER = 'STT\tNội dung\tSản phẩm\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian triển khai\tThời gian hoàn thành\tGhi chú';
const SUB = '\t\t\t\t\tTriển khai\tHoàn thành\t';

describe('tasks', () => {
  it('reads each numbered row into a task, splitting lead and partner lists', () => {
    const notes: string[] = [];
    const tasks = readTasks([HEADER, SUB, '1\tTuyên truyền CCHC\tBài viết\tSở Nội vụ\tSở Tư pháp; Sở Tài chính\tQuý I/2026\tQuý IV/2026\t'], notes);
    expect(tasks).toEqual([
      { no: '1', content: 'Tuyên truyền CCHC', product: 'Bài viết', lead: ['Sở Nội vụ'], partners: ['Sở Tư pháp', 'Sở Tài chính'], start: 'Quý I/2026', end: 'Quý IV/2026', notes: null },
    ]);
    expect(notes).toEqual([]);
  });

  it('merges a row continued after a page break into the row above, and says so', () => {
    const notes: string[] = [];
    const tasks = readTasks([HEADER, '1\tTuyên truyền\t\tSở Nội vụ\t\t\t\t', '\tcải cách hành chính\t\t\t\t\t\t'], notes);
    expect(tasks[0]!.content).toBe('Tuyên truyền cải cách hành chính');
    expect(notes).toEqual(['appendix row 1: continued after a page break, merged']);
  });

  it('reads nothing from a text with no table', () => {
    expect(readTasks(['Nội dung', 'không có bảng'], [])).toEqual([]);
  });
});
