package org.kehoach.model;

/**
 * The canonical kind of a plan's top-level section, read from its heading; the schema's {@code sections[].kind}.
 * Sub-items such as "Mục tiêu chung / Mục tiêu cụ thể" belong to their section and have no kind of their own.
 */
public enum SectionKind {
  /** "Mục đích, yêu cầu". */
  PURPOSE,
  /** "Mục tiêu", "Mục tiêu, chỉ tiêu". */
  OBJECTIVES,
  /** "Nhiệm vụ", "Nội dung", "Giải pháp", "Hoạt động", "Nhiệm vụ trọng tâm", "Nội dung hoạt động". */
  TASKS,
  /** "Kinh phí", "Nguồn kinh phí". */
  BUDGET,
  /** "Tổ chức thực hiện", "Phân công thực hiện", "Trách nhiệm …". */
  ORGANIZATION,
  /** "Chế độ báo cáo", "Thông tin báo cáo". */
  REPORTING,
  /** Any other heading (situation review, scope, rewards …). */
  OTHER
}
