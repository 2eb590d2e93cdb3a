/**
 * Pre-Unicode Vietnamese 8-bit encodings: the TCVN3 and VNI-Windows codecs (tables in this package's
 * resources), the charset sniffer for plain-text files, the detector for legacy-font mojibake in extracted
 * text, and the TCVN3 capital-font repair. {@link org.kehoach.text.legacy.LegacyDecoder} is the only public
 * entry point. Pure Java; depends only on {@code org.kehoach.model} and {@code org.kehoach.text}, never on
 * Tika or any other stage.
 */
package org.kehoach.text.legacy;
