package org.kehoach.index.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.kehoach.index.PlanInfo;

/** How a plan version is named in every report. */
final class PlanText {
  private PlanText() {}

  /** "Cẩm Phả, Quảng Ninh · 2023 · DISTRICT · 43/KH-UBND · Công tác …". */
  static String heading(PlanInfo p) {
    List<String> parts = new ArrayList<>();
    parts.add(p.place().isEmpty() ? "(place unknown)" : p.place());
    parts.add(p.year() == null ? "(year unknown)" : p.year().toString());
    parts.add(p.level());
    parts.add(p.number() == null ? "(no number)" : p.number());
    if (p.title() != null) {
      parts.add(p.title());
    }
    return String.join(" · ", parts);
  }

  /** "version 1 of 2, superseded · issued 2022-02-16 · files: a.pdf, a.docx". */
  static String versionLine(PlanInfo p) {
    StringBuilder sb = new StringBuilder();
    if (p.versions() > 1) {
      sb.append("version ").append(p.version()).append(" of ").append(p.versions())
          .append(p.superseded() ? ", superseded" : ", current").append(" · ");
    }
    if (p.issuedDate() != null) {
      sb.append("issued ").append(p.issuedDate()).append(" · ");
    }
    sb.append(p.sources().size() == 1 ? "file: " : "files: ").append(files(p));
    return sb.toString();
  }

  static String files(PlanInfo p) {
    List<String> f = new ArrayList<>();
    p.sources().forEach(s -> f.add(s.file()));
    return String.join(", ", f);
  }

  static ObjectNode json(ObjectMapper mapper, PlanInfo p) {
    ObjectNode o = mapper.createObjectNode();
    o.put("versionId", p.versionId());
    o.put("province", p.province());
    o.put("district", p.district());
    o.put("commune", p.commune());
    o.put("level", p.level());
    o.put("issuer", p.issuerName());
    if (p.year() == null) {
      o.putNull("year");
    } else {
      o.put("year", p.year());
    }
    o.put("number", p.number());
    o.put("title", p.title());
    o.put("issuedDate", p.issuedDate());
    o.put("version", p.version());
    o.put("versions", p.versions());
    o.put("superseded", p.superseded());
    ArrayNode sources = o.putArray("sources");
    for (PlanInfo.SourceRef s : p.sources()) {
      sources.addObject().put("file", s.file()).put("format", s.format()).put("sha256", s.sha256());
    }
    return o;
  }
}
