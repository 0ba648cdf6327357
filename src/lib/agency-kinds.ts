/**
 * Kinds of agency, so that bodies of the same kind in different provinces can be
 * gathered ("every Sở Nội vụ"). A controlled list: an agency whose kind is not here
 * fails the build, and adding a kind is a one-line change.
 */
export const AGENCY_KINDS = {
  'ubnd-tinh': 'Ủy ban nhân dân cấp tỉnh',
  'ubnd-huyen': 'Ủy ban nhân dân cấp huyện',
  'ubnd-xa': 'Ủy ban nhân dân cấp xã',
  'van-phong-ubnd': 'Văn phòng Ủy ban nhân dân',
  'so-noi-vu': 'Sở Nội vụ',
  'so-tttt': 'Sở Thông tin và Truyền thông',
  'so-vhttdl': 'Sở Văn hóa, Thể thao và Du lịch',
  'so-tu-phap': 'Sở Tư pháp',
  'so-tai-chinh': 'Sở Tài chính',
  'phong-noi-vu': 'Phòng Nội vụ',
  'phong-vhtt': 'Phòng Văn hóa và Thông tin',
  'phong-tu-phap': 'Phòng Tư pháp',
  'phong-tckh': 'Phòng Tài chính - Kế hoạch',
  'phong-thuoc-so': 'Phòng, đơn vị thuộc sở',
  'dai-pt-th': 'Đài Phát thanh - Truyền hình',
  bao: 'Báo',
  'trung-tam-van-hoa': 'Trung tâm văn hóa, thể thao, truyền thông',
  'trung-tam-hanh-chinh-cong': 'Trung tâm Phục vụ hành chính công',
  'truong-chinh-tri': 'Trường, trung tâm chính trị',
  'buu-dien': 'Bưu điện',
  'don-vi-su-nghiep': 'Đơn vị sự nghiệp khác',
  'mat-tran-doan-the': 'Mặt trận Tổ quốc và đoàn thể',
  'co-quan-dang': 'Cơ quan của Đảng',
  'bo-nganh-trung-uong': 'Bộ, ngành trung ương',
  'so-nganh-khac': 'Sở, ngành khác của tỉnh',
  'co-quan-khac': 'Cơ quan, tổ chức khác',
} as const satisfies Record<string, string>;

export type AgencyKind = keyof typeof AGENCY_KINDS;
export const AGENCY_KIND_IDS = Object.keys(AGENCY_KINDS) as [AgencyKind, ...AgencyKind[]];
