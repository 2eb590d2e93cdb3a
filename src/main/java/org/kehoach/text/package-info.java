/**
 * Vietnamese text primitives shared by every stage: legacy 8-bit codecs (TCVN3, VNI), tone-placement
 * normalisation and the diacritic fold used for matching and search keys (never for text shown to users).
 * Pure Java; depends on nothing else in the project.
 */
package org.kehoach.text;
