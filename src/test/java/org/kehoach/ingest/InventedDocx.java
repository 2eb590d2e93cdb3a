package org.kehoach.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Pieces of invented DOCX files, written with POI's XWPF API. */
final class InventedDocx {
  static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  private InventedDocx() {}

  static Path save(XWPFDocument doc, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      doc.write(out);
    }
    doc.close();
    return file;
  }

  static XWPFRun text(XWPFParagraph p, String text) {
    XWPFRun run = p.createRun();
    run.setText(text);
    return run;
  }

  /** A PAGE field as Word writes it: begin, instruction, separate, the shown number, end. */
  static void pageField(XWPFParagraph p, String shown) {
    CTP ctp = p.getCTP();
    ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    ctp.addNewR().addNewInstrText().setStringValue(" PAGE ");
    ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    ctp.addNewR().addNewT().setStringValue(shown);
    ctp.addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  /** A table nested in {@code cell}, after its paragraphs, with one paragraph per nested cell. */
  static XWPFTable nestedTable(XWPFTableCell cell, int rows, int cols, String prefix) {
    CTTbl ctTbl = cell.getCTTc().addNewTbl();
    XWPFTable nested = new XWPFTable(ctTbl, cell, rows, cols);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        XWPFTableCell inner = nested.getRow(r).getCell(c);
        text(inner.getParagraphs().get(0), prefix + " " + r + "." + c);
      }
    }
    cell.insertTable(cell.getTables().size(), nested);
    return nested;
  }

  static void gridSpan(XWPFTableCell cell, int span) {
    cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
  }

  /** Appends to {@code p} a run given as WordprocessingML. */
  static void rawRun(XWPFParagraph p, String runXml) {
    try {
      // the run element itself is replaced by the one added, so that only its children are copied
      XmlOptions children = new XmlOptions().setLoadReplaceDocumentElement(null);
      p.getCTP().addNewR().set(CTR.Factory.parse(runXml, children));
    } catch (XmlException e) {
      throw new IllegalArgumentException(runXml, e);
    }
  }
}
