package org.kehoach.model;

/**
 * Who signed the plan.
 *
 * @param title e.g. "Phó Chủ tịch"
 * @param authority e.g. "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"
 */
public record Signer(String name, String title, String authority, Span span) {}
