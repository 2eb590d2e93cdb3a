package org.kehoach.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Invented DOCX files, written with POI's XWPF API, give the same text read as streams as through POI's
 * XWPF model; the constructs the streaming way leaves to the DOM way are handed over (and so equal too).
 */
class StreamingDocxInventedTest {
  private static final List<String> WORDS = List.of("Kế hoạch", "triển khai", "UBND xã Tân Phú", "năm 2024",
      "bảo vệ trẻ em", "Phòng Giáo dục", "chỉ tiêu 95%", "", " ", "tháng 6", "Điều 3.", "kinh phí 200 triệu");

  private static DocxBothWays both;

  @TempDir Path dir;

  @BeforeAll
  static void build() {
    both = new DocxBothWays();
  }

  @Test
  void tablesWithSeveralParagraphsPerCellMergedAndNestedCells() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    InventedDocx.text(doc.createParagraph(), "KẾ HOẠCH thực hiện năm 2024");
    XWPFTable table = doc.createTable(3, 3);
    XWPFTableCell first = table.getRow(0).getCell(0);
    InventedDocx.text(first.getParagraphs().get(0), "UBND HUYỆN TÂN PHÚ");
    InventedDocx.text(first.addParagraph(), "Số: 12/KH-UBND");
    first.addParagraph();
    InventedDocx.text(table.getRow(0).getCell(1).getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    InventedDocx.gridSpan(table.getRow(0).getCell(1), 2);
    table.getRow(0).removeCell(2);
    table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
    table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
    InventedDocx.text(table.getRow(1).getCell(0).getParagraphs().get(0), "Nội dung");
    XWPFTableCell outer = table.getRow(1).getCell(1);
    InventedDocx.text(outer.getParagraphs().get(0), "Trước bảng con");
    InventedDocx.nestedTable(outer, 2, 2, "Ô con");
    InventedDocx.text(outer.addParagraph(), "Sau bảng con");
    InventedDocx.text(table.getRow(2).getCell(2).getParagraphs().get(0), "Ghi chú\tcột 3");
    doc.createParagraph();
    InventedDocx.text(doc.createParagraph(), "Nơi nhận:");
    assertSameText(InventedDocx.save(doc, dir.resolve("tables.docx")), true);
  }

  @Test
  void footnotesAndEndnotesFollowTheirParagraph() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    XWPFParagraph p = doc.createParagraph();
    InventedDocx.text(p, "Báo cáo Ủy ban nhân dân huyện");
    XWPFAbstractFootnoteEndnote footnote = doc.createFootnote();
    InventedDocx.text(footnote.createParagraph(), "qua Phòng Lao động - Thương binh và Xã hội");
    p.addFootnoteReference(footnote);
    InventedDocx.text(p, " xem xét, giải quyết./.");
    XWPFParagraph q = doc.createParagraph();
    InventedDocx.text(q, "Kinh phí thực hiện");
    XWPFAbstractFootnoteEndnote endnote = doc.createEndnote();
    InventedDocx.text(endnote.createParagraph(), "theo Quyết định số 5/QĐ-UBND");
    InventedDocx.text(endnote.createParagraph(), "dòng thứ hai của chú thích");
    q.addFootnoteReference(endnote);
    q.addFootnoteReference(footnote);
    InventedDocx.text(doc.createParagraph(), "Tổ chức thực hiện");
    assertSameText(InventedDocx.save(doc, dir.resolve("notes.docx")), true);
  }

  @Test
  void headersAndFootersWithPageNumberField() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    InventedDocx.pageField(header.createParagraph(), "3");
    XWPFHeader firstHeader = doc.createHeader(HeaderFooterType.FIRST);
    InventedDocx.text(firstHeader.createParagraph(), "Trang đầu");
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph f = footer.createParagraph();
    InventedDocx.text(f, "Trang ");
    InventedDocx.pageField(f, "3");
    InventedDocx.text(doc.createParagraph(), "I. MỤC ĐÍCH, YÊU CẦU");
    InventedDocx.text(doc.createParagraph(), "1. Mục đích");
    assertSameText(InventedDocx.save(doc, dir.resolve("header.docx")), true);
  }

  @Test
  void hyperlinksBreaksTabsEmptyParagraphsAndPictures() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph();
    XWPFParagraph p = doc.createParagraph();
    InventedDocx.text(p, "Xem cổng thông tin ");
    XWPFHyperlinkRun link = p.createHyperlinkRun("https://tanphu.example.gov.vn/ke-hoach");
    link.setText("tanphu.example.gov.vn");
    InventedDocx.text(p, " để biết thêm.");
    XWPFParagraph q = doc.createParagraph();
    XWPFRun run = InventedDocx.text(q, "Dòng một");
    run.addBreak();
    run.setText("dòng hai");
    run.addTab();
    run.setText("cột");
    run.addBreak(BreakType.PAGE);
    run.addCarriageReturn();
    q.getCTP().addNewBookmarkStart().setName("_muc1");
    InventedDocx.rawRun(q, "<w:r " + InventedDocx.W_NS + "><w:t xml:space=\"preserve\">  khoảng trắng  </w:t>"
        + "<w:noBreakHyphen/><w:t>x</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0A7\"/><w:ptab "
        + "w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/><w:t>y</w:t></w:r>");
    doc.createParagraph();
    doc.createParagraph();
    XWPFRun pictureRun = doc.createParagraph().createRun();
    pictureRun.addPicture(new ByteArrayInputStream(png()), PictureType.PNG, "quoc-huy.png", 200_000, 200_000);
    InventedDocx.text(doc.createParagraph(), "Sau hình");
    assertSameText(InventedDocx.save(doc, dir.resolve("links.docx")), true);
  }

  @Test
  void numberedAndBulletedListsAtSeveralLevels() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger decimal = numbering.addNum(numbering.addAbstractNum(list(0, "%1.", "%1.%2.")));
    BigInteger bullets = numbering.addNum(numbering.addAbstractNum(list(1, "-", "+")));
    numbered(doc.createParagraph(), decimal, 0, "Tuyên truyền");
    numbered(doc.createParagraph(), decimal, 1, "Tổ chức hội nghị");
    numbered(doc.createParagraph(), decimal, 1, "Phát tờ rơi");
    numbered(doc.createParagraph(), bullets, 0, "Ghi chú gạch đầu dòng");
    numbered(doc.createParagraph(), decimal, 0, "Kiểm tra");
    numbered(doc.createParagraph(), BigInteger.ZERO, 0, "Bỏ đánh số");
    XWPFTable table = doc.createTable(1, 2);
    numbered(table.getRow(0).getCell(0).getParagraphs().get(0), decimal, 0, "Trong bảng");
    InventedDocx.text(table.getRow(0).getCell(1).getParagraphs().get(0), "Cột hai");
    numbered(doc.createParagraph(), decimal, 0, "Báo cáo");
    Path file = InventedDocx.save(doc, dir.resolve("list.docx"));
    assertTrue(both.dom(file).contains("1.2. Phát tờ rơi"), "the DOM way numbers the list");
    assertSameText(file, true);
  }

  @Test
  void numberedHeaderIsLeftToTheDomWay() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger decimal = numbering.addNum(numbering.addAbstractNum(list(0, "%1.", "%1.%2.")));
    numbered(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), decimal, 0, "Đầu trang");
    numbered(doc.createParagraph(), decimal, 0, "Nội dung");
    assertSameText(InventedDocx.save(doc, dir.resolve("list-header.docx")), false);
  }

  private static XWPFAbstractNum list(int id, String... levelTexts) {
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.valueOf(id));
    for (int level = 0; level < levelTexts.length; level++) {
      CTLvl lvl = abstractNum.addNewLvl();
      lvl.setIlvl(BigInteger.valueOf(level));
      lvl.addNewNumFmt().setVal(levelTexts[level].contains("%") ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
      lvl.addNewLvlText().setVal(levelTexts[level]);
      lvl.addNewStart().setVal(BigInteger.ONE);
    }
    return new XWPFAbstractNum(abstractNum);
  }

  private static void numbered(XWPFParagraph p, BigInteger numId, int level, String text) {
    p.setNumID(numId);
    p.setNumILvl(BigInteger.valueOf(level));
    InventedDocx.text(p, text);
  }

  @Test
  void textBoxIsLeftToTheDomWay() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    XWPFParagraph p = doc.createParagraph();
    InventedDocx.text(p, "Trước ô");
    InventedDocx.rawRun(p, "<w:r " + InventedDocx.W_NS + "><w:pict>"
        + "<v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"width:100pt;height:20pt\"><v:textbox>"
        + "<w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent>"
        + "</v:textbox></v:shape></w:pict></w:r>");
    InventedDocx.text(doc.createParagraph(), "Sau ô");
    Path file = InventedDocx.save(doc, dir.resolve("textbox.docx"));
    assertTrue(both.dom(file).contains("DỰ THẢO"), "the DOM way reads the text box");
    assertSameText(file, false);
  }

  @Test
  void capitalsByRunFormatting() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    XWPFParagraph p = doc.createParagraph();
    InventedDocx.text(p, "kế hoạch").setCapitalized(true);
    InventedDocx.text(p, " thực hiện").setSmallCaps(true);
    InventedDocx.text(p, " năm 2024");
    XWPFParagraph q = doc.createParagraph();
    for (String props : List.of("<w:caps w:val=\"0\"/>", "<w:caps w:val=\"false\"/><w:smallCaps/>",
        "<w:caps w:val=\"on\"/>", "<w:smallCaps w:val=\"off\"/><w:b/>", "<w:b/><w:caps w:val=\"1\"/>")) {
      InventedDocx.rawRun(q, "<w:r " + InventedDocx.W_NS + "><w:rPr>" + props + "</w:rPr>"
          + "<w:t xml:space=\"preserve\">ủy ban nhân dân xã </w:t><w:tab/><w:t>đồng ý</w:t></w:r>");
    }
    Path file = InventedDocx.save(doc, dir.resolve("caps.docx"));
    assertTrue(both.dom(file).contains("KẾ HOẠCH THỰC HIỆN năm"), "the DOM way upper-cases");
    assertSameText(file, true);
  }

  @Test
  void randomDocumentsOfTheStreamedConstructs() throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 25; i++) {
      Path file = randomDocument(random, dir.resolve("random" + i + ".docx"));
      String message = "seed " + seed + ", document " + i;
      assertTrue(DocxBothWays.streams(file), message);
      assertEquals(both.dom(file), both.streaming(file), message);
    }
  }

  private static Path randomDocument(Random random, Path file) throws Exception {
    XWPFDocument doc = new XWPFDocument();
    if (random.nextBoolean()) {
      XWPFParagraph h = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
      InventedDocx.pageField(h, Integer.toString(random.nextInt(9) + 1));
    }
    if (random.nextInt(3) == 0) {
      InventedDocx.text(doc.createFooter(HeaderFooterType.DEFAULT).createParagraph(), phrase(random));
    }
    int blocks = 1 + random.nextInt(12);
    for (int b = 0; b < blocks; b++) {
      if (random.nextInt(4) == 0) {
        XWPFTable table = doc.createTable(1 + random.nextInt(3), 1 + random.nextInt(3));
        table.getRows().forEach(row -> row.getTableCells().forEach(cell -> fillCell(random, cell)));
      } else {
        XWPFParagraph p = doc.createParagraph();
        fillParagraph(random, p);
        if (random.nextInt(5) == 0) {
          XWPFAbstractFootnoteEndnote note = random.nextBoolean() ? doc.createFootnote() : doc.createEndnote();
          fillParagraph(random, note.createParagraph());
          p.addFootnoteReference(note);
          InventedDocx.text(p, phrase(random));
        }
      }
    }
    return InventedDocx.save(doc, file);
  }

  private static void fillCell(Random random, XWPFTableCell cell) {
    fillParagraph(random, cell.getParagraphs().get(0));
    for (int extra = random.nextInt(3); extra > 0; extra--) {
      fillParagraph(random, cell.addParagraph());
    }
    if (random.nextInt(6) == 0) {
      InventedDocx.nestedTable(cell, 1 + random.nextInt(2), 1 + random.nextInt(2), phrase(random));
    }
  }

  private static void fillParagraph(Random random, XWPFParagraph p) {
    for (int runs = random.nextInt(4); runs > 0; runs--) {
      XWPFRun run = InventedDocx.text(p, phrase(random));
      switch (random.nextInt(6)) {
        case 0 -> run.addTab();
        case 1 -> run.addBreak();
        case 2 -> run.setBold(true);
        case 3 -> run.setCapitalized(random.nextBoolean());
        default -> {
          // plain run
        }
      }
    }
  }

  private static String phrase(Random random) {
    return WORDS.get(random.nextInt(WORDS.size()));
  }

  private static void assertSameText(Path file, boolean streamed) throws Exception {
    assertEquals(streamed, DocxBothWays.streams(file), streamed ? "read as streams" : "left to the DOM way");
    String dom = both.dom(file);
    assertFalse(dom.isBlank());
    assertEquals(dom, both.streaming(file));
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
