package org.kehoach.pipeline.batch;

/** Invented Vietnamese texts of the shapes the batch must tell apart. */
final class Texts {
  private Texts() {}

  /** A news article: dated prose with a headline, quotes and a byline; no plan title, no numbered sections. */
  static final String NEWS = """
      Tuyên Quang: Hơn 2.000 học sinh vùng cao được nhận áo ấm mùa đông

      (Tin tức) - Sáng ngày 12/12/2023, tại xã Hồng Quang, huyện Lâm Bình, Hội Chữ thập đỏ tỉnh phối hợp với \
      các nhà hảo tâm tổ chức chương trình trao tặng áo ấm cho học sinh có hoàn cảnh khó khăn.

      Theo kế hoạch của ban tổ chức, chương trình năm nay được mở rộng tới 15 trường tiểu học và trung học cơ \
      sở. Tổng giá trị quà tặng ước tính khoảng 450 triệu đồng, trong đó có 2.150 chiếc áo ấm, 800 đôi ủng và \
      nhiều phần quà là sách vở, đồ dùng học tập.

      Phát biểu tại buổi lễ, bà Nguyễn Thị Hoa, Chủ tịch Hội Chữ thập đỏ tỉnh cho biết: "Mùa đông năm nay dự \
      báo lạnh sâu, nhiều em nhỏ ở vùng cao còn thiếu thốn. Chúng tôi mong muốn các em có thêm điều kiện để \
      đến trường đầy đủ."

      Em Hoàng Văn Tú, học sinh lớp 5 Trường Tiểu học Hồng Quang chia sẻ, đây là lần đầu tiên em được nhận \
      áo ấm mới. Nhiều phụ huynh cũng bày tỏ sự cảm ơn tới các nhà hảo tâm.

      Dịp này, ban tổ chức cũng trao 30 suất học bổng, mỗi suất trị giá 2 triệu đồng cho các em học sinh \
      vượt khó học giỏi. Chương trình dự kiến sẽ tiếp tục được tổ chức tại huyện Na Hang vào cuối tháng 12.

      Minh Anh
      """;

  /** A plan with a title and a preamble but no numbered sections: parsed, with a NO_SECTIONS warning. */
  static final String PLAN_WITHOUT_SECTIONS = """
      ỦY BAN NHÂN DÂN
      XÃ TÂN HƯNG
      Số: 15/KH-UBND
      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      Độc lập - Tự do - Hạnh phúc
      Tân Hưng, ngày 05 tháng 3 năm 2024

      KẾ HOẠCH
      Tổ chức Tháng hành động vì trẻ em năm 2024

      Căn cứ Luật Trẻ em năm 2016;
      Thực hiện Kế hoạch số 40/KH-UBND ngày 20/02/2024 của UBND huyện về tổ chức Tháng hành động vì trẻ em năm \
      2024, Ủy ban nhân dân xã xây dựng kế hoạch như sau:

      Tổ chức các hoạt động truyền thông về quyền trẻ em tại 100% thôn, ấp trên địa bàn xã trong tháng 6 năm \
      2024. Giao Công chức Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên xã thực hiện.

      Kinh phí thực hiện từ nguồn ngân sách xã năm 2024 là 15.000.000 đồng.

      Nơi nhận:
      - UBND huyện;
      - Lưu: VT.
      TM. ỦY BAN NHÂN DÂN
      CHỦ TỊCH
      Trần Văn Bình
      """;
}
