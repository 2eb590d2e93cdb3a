package org.kehoach.extract.metadata;

import org.kehoach.extract.value.PartialDate;

/**
 * The place-date line of a header, read: "Cẩm Phả, ngày 16 tháng 02 năm 2022".
 *
 * @param place the place as written ("Cẩm Phả", "TP. Hồ Chí Minh"), or {@code null}
 * @param date the date, possibly with the day (and month) blank
 * @param dateText the date exactly as written, blanks kept ("ngày     tháng 02 năm 2020")
 * @param start offset of the date in the document text
 * @param end offset after it
 */
record PlaceDate(String place, PartialDate date, String dateText, int start, int end) {}
