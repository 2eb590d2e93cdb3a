package org.kehoach.ingest;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * PDFBox's resource cache, except that fonts stay cached for the whole document. PDFBox drops a page's
 * fonts once the page is read and parses them again for the next page (three times over before it keeps
 * them), though a plan sets every page in the same two or three embedded fonts; parsing them took an eighth
 * of the text extraction. Entries stay soft references, so memory pressure still clears them. One instance
 * per open document.
 */
final class FontKeepingCache extends DefaultResourceCache {
  @Override
  public PDFont removeFont(COSObject indirect) {
    return null;
  }
}
