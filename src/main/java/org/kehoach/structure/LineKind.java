package org.kehoach.structure;

/**
 * What one line is. The {@link LineClassifier} gives each line a kind from its own text (the first group);
 * the zone builders then decide kinds that need context (the second group) as they walk the lines.
 */
enum LineKind {
  // decided from the line alone
  BLANK,
  /** "-------", "___", "---o0o---". */
  SEPARATOR,
  /** Web-page chrome: "Trang chủ", "Văn bản > Kế hoạch". */
  BOILERPLATE,
  /** "ỦY BAN NHÂN DÂN", "UBND TỈNH HÀ NAM", "TRƯỜNG TIỂU HỌC …". */
  HEADER_ISSUER,
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc". */
  MOTTO,
  /** "Số: 43/KH-UBND". */
  NUMBER,
  /** "Cẩm Phả, ngày 16 tháng 02 năm 2022". */
  PLACE_DATE,
  /** "KẾ HOẠCH", "KẾ HOẠCH Thực hiện …", "QUYẾT ĐỊNH". */
  DOC_TYPE,
  /** A decision's operative word "QUYẾT ĐỊNH:". */
  OPERATIVE,
  /** A decision's article "Điều 1. …". */
  ARTICLE,
  /** A line opening a preamble paragraph: "Căn cứ …", "Thực hiện …". */
  PREAMBLE,
  /** The closing statement "Trên đây là kế hoạch …". */
  CLOSING,
  /** "Nơi nhận:". */
  RECIPIENTS_HEADING,
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". */
  SIGNATURE_AUTHORITY,
  /** "PHÓ CHỦ TỊCH", "HIỆU TRƯỞNG". */
  SIGNER_TITLE,
  /** Anything else. */
  BODY,
  // decided in context by the zone builders
  TITLE,
  TITLE_NOTE,
  SECTION_HEADING,
  ITEM,
  RECIPIENT,
  SIGNER_NAME,
  TRAILER
}
