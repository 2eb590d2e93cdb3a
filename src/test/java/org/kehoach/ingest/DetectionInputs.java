package org.kehoach.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.mime.MimeTypes;
import org.kehoach.model.LegacyEncoding;
import org.kehoach.text.legacy.LegacyDecoder;

/**
 * Contents for detection tests: every corpus file, its truncations, and several hundred made-up and
 * hostile inputs (random bytes, text in every encoding we read, markup, the signatures of Tika's magic
 * table placed where its rules look, damaged and disguised documents). Named, in a fixed order.
 */
final class DetectionInputs {
  /** A literal string rule of Tika's table at one offset: {@code <match value="…" type="string" offset="N"}. */
  private static final Pattern STRING_RULE =
      Pattern.compile("<match value=\"([^\"\\\\&]+)\" type=\"string\" offset=\"(\\d+)\"");
  private static final String VIETNAMESE = "KẾ HOẠCH Thực hiện Chương trình mục tiêu quốc gia năm 2025 "
      + "của Ủy ban nhân dân huyện; giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp các xã.\n";

  private DetectionInputs() {}

  static Map<String, byte[]> all() throws IOException {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    Random random = new Random(20261122);
    corpus(inputs);
    for (int length : new int[] {1, 2, 3, 5, 8, 16, 100, 511, 512, 513, 1000, 4096, 8192, 8193, 20000,
        65535, 65536, 65537, 70000}) {
      inputs.put("random-" + length, bytes(random, length));
      inputs.put("printable-" + length, printable(random, length));
      inputs.put("zeros-" + length, new byte[length]);
    }
    String text = VIETNAMESE.repeat(40);
    inputs.put("utf8", text.getBytes(StandardCharsets.UTF_8));
    inputs.put("utf8-bom", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        text.getBytes(StandardCharsets.UTF_8)));
    inputs.put("utf16le", text.getBytes(StandardCharsets.UTF_16LE));
    inputs.put("utf16be", text.getBytes(StandardCharsets.UTF_16BE));
    inputs.put("utf16-bom", text.getBytes(StandardCharsets.UTF_16));
    inputs.put("windows-1258", text.getBytes(Charset.forName("windows-1258")));
    inputs.put("tcvn3", LegacyDecoder.encode(text, LegacyEncoding.TCVN3));
    inputs.put("vni", LegacyDecoder.encode(text, LegacyEncoding.VNI));
    for (String prefix : List.of("%PDF-1.4\n", "\uFEFF%PDF-1.7\n", "%%EOF\n%PDF-1.5\n", "%!PS-Adobe-3.0\n",
        "{\\rtf1\\ansi ", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">",
        "<?xml version=\"1.0\"?>\n<ke-hoach>", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
        "<html><body>", "<!DOCTYPE html>\n<html>", "<h1>Kế hoạch</h1>", "{\"so\": \"43/KH-UBND\", \"nam\": 2025}",
        "From: van-thu@ubnd.gov.vn\nDate: Mon, 1 Jan 2025\nSubject: KH\n", "function f\n", "BZh91AY&SY",
        "PK\u0003\u0004", "#!/bin/sh\n", "MZ", "GIF89a", "\n%AI5_FileFormat 3\n", "@echo off\n",
        "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1")) {
      byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
      if (prefix.startsWith("\u00D0")) {
        head = prefix.getBytes(StandardCharsets.ISO_8859_1);
      }
      String name = "prefix-" + Integer.toHexString(prefix.hashCode());
      inputs.put(name + "-text", concat(head, text.getBytes(StandardCharsets.UTF_8)));
      inputs.put(name + "-binary", concat(head, bytes(random, 3000)));
      inputs.put(name + "-alone", head);
    }
    // a PDF that also carries the Illustrator marker, which Tika ranks above PDF
    inputs.put("pdf-illustrator", concat("%PDF-1.5\n%âãÏÓ\n\n%AI5_FileFormat 3\n".getBytes(StandardCharsets.ISO_8859_1),
        bytes(random, 2000)));
    inputs.put("zip-bomb", zipOfZeros(20_000_000));
    tikaSignatures(inputs, random);
    return inputs;
  }

  private static void corpus(Map<String, byte[]> inputs) throws IOException {
    Path dir = TestDocs.corpus("2025_ly-son.pdf").getParent();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(files::add);
    }
    files.sort(null);
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      byte[] content = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      inputs.put(name, content);
      for (int length : new int[] {4, 10, 100, 1000, 5000, content.length / 2, content.length - 1}) {
        if (length > 0 && length < content.length) {
          inputs.put(name + "-first-" + length, Arrays.copyOf(content, length));
        }
      }
      if (content.length > 4) {
        inputs.put(name + "-without-4", Arrays.copyOfRange(content, 4, content.length));
      }
    }
  }

  /** Each literal rule of Tika's table with its string where the rule looks, before text and binary data. */
  private static void tikaSignatures(Map<String, byte[]> inputs, Random random) throws IOException {
    String table;
    try (InputStream in = MimeTypes.class.getResourceAsStream("tika-mimetypes.xml")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = STRING_RULE.matcher(table);
    int n = 0;
    while (m.find()) {
      int offset = Integer.parseInt(m.group(2));
      if (offset > 70_000) {
        continue;
      }
      byte[] value = m.group(1).getBytes(StandardCharsets.UTF_8);
      byte[] pad = n % 2 == 0 ? new byte[offset] : printable(random, offset);
      byte[] tail = n % 3 == 0 ? bytes(random, 200) : printable(random, 300);
      inputs.put("signature-" + n + "-" + m.group(1), concat(concat(pad, value), tail));
      n++;
    }
  }

  private static byte[] zipOfZeros(int size) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(new byte[size]);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] bytes(Random random, int length) {
    byte[] b = new byte[length];
    random.nextBytes(b);
    return b;
  }

  /** Printable ASCII with line breaks, now and then a high byte. */
  private static byte[] printable(Random random, int length) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      int r = random.nextInt(100);
      b[i] = (byte) (r < 5 ? '\n' : r < 8 ? 0x80 + random.nextInt(128) : 0x20 + random.nextInt(95));
    }
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
