package dev.toolspend.ingest.fast;

import dev.toolspend.ingest.table.ByteSearch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * The date of an ISO timestamp written as bytes, in the configured zone, without a String: what the byte reader
 * reads per event line. One per reading thread: it caches the last day seen (a log is in time order), the
 * epoch day of each date, and the zone's offset per quarter hour. Whatever it does not read as ISO it leaves
 * ({@link #NOT_ISO}) to the general rules ({@code Dates}), which read it, or reject it, as every other table's.
 */
final class IsoDays {

    /** What {@link #day} answers for any other form. */
    static final int NOT_ISO = Integer.MIN_VALUE;

    private final ZoneRules zone;
    private final long[] offsetBuckets = new long[4096];
    private final int[] offsetSeconds = new int[4096];
    private final int[] epochDays = new int[256 * 12 * 31];
    private long lastDatePrefix = -1;
    private short lastDayBytes = -1;
    private int lastEpochDay;

    IsoDays(ZoneRules zone) {
        this.zone = zone;
        Arrays.fill(offsetBuckets, Long.MIN_VALUE);
    }

    /**
     * The date of an ISO timestamp ({@code 2026-10-03}, {@code 2026-10-03T14:22:01Z},
     * {@code 2026-10-03 14:22:01.250+02:00}, {@code … UTC}) in the configured zone when it carries its
     * own zone, as written when it does not; {@link #NOT_ISO} for any other form (the general rules read it).
     */
    int day(byte[] b, int s, int e) {
        if (e - s < 10 || b[s + 4] != '-' || b[s + 7] != '-') {
            return NOT_ISO;
        }
        int epochDay;
        long datePrefix = ByteSearch.word(b, s);                 // "2026-10-", the day in the next two
        short dayBytes = (short) ((b[s + 8] << 8) | (b[s + 9] & 0xFF));
        if (datePrefix == lastDatePrefix && dayBytes == lastDayBytes) {
            epochDay = lastEpochDay;                               // a log is in time order: the same day
        } else {
            int year = digits(b, s, 4);
            int month = two(b, s + 5);
            int dayOfMonth = two(b, s + 8);
            if (year < 0 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > monthLength(year, month)) {
                return NOT_ISO;
            }
            epochDay = epochDay(year, month, dayOfMonth);
            lastDatePrefix = datePrefix;
            lastDayBytes = dayBytes;
            lastEpochDay = epochDay;
        }
        int p = s + 10;
        if (p == e) {
            return epochDay;
        }
        byte sep = b[p];
        if (sep != 'T' && sep != 't' && sep != ' ') {
            return NOT_ISO;
        }
        p++;
        if (e - p < 5 || b[p + 2] != ':') {
            return NOT_ISO;
        }
        int hour = two(b, p);
        int minute = two(b, p + 3);
        int second = 0;
        p += 5;
        if (p < e && b[p] == ':') {
            if (e - p < 3) {
                return NOT_ISO;
            }
            second = two(b, p + 1);
            p += 3;
            if (p < e && (b[p] == '.' || b[p] == ',')) {
                int q = p + 1;
                while (q < e && b[q] >= '0' && b[q] <= '9') {
                    q++;
                }
                if (q == p + 1) {
                    return NOT_ISO;
                }
                p = q;
            }
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return NOT_ISO;
        }
        while (p < e && b[p] == ' ') {
            p++;
        }
        if (p == e) {
            return epochDay;                        // no zone: the date as written
        }
        int offset;
        int rest = e - p;
        if (rest == 1 && (b[p] == 'Z' || b[p] == 'z')) {
            offset = 0;
        } else if (rest == 3 && (same(b, p, "UTC") || same(b, p, "GMT"))) {
            offset = 0;
        } else if (b[p] == '+' || b[p] == '-') {
            int sign = b[p] == '-' ? -1 : 1;
            int oh;
            int om = 0;
            if (rest == 3) {
                oh = digits(b, p + 1, 2);
            } else if (rest == 5) {
                oh = digits(b, p + 1, 2);
                om = digits(b, p + 3, 2);
            } else if (rest == 6 && b[p + 3] == ':') {
                oh = digits(b, p + 1, 2);
                om = digits(b, p + 4, 2);
            } else {
                return NOT_ISO;
            }
            if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om > 0)) {
                return NOT_ISO;
            }
            offset = sign * (oh * 3600 + om * 60);
        } else {
            return NOT_ISO;
        }
        long instant = (long) epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset;
        return (int) Math.floorDiv(instant + zoneOffset(instant), 86_400);
    }

    /** The configured zone's offset at an instant, cached per quarter hour (transitions fall on them). */
    private int zoneOffset(long instant) {
        long bucket = Math.floorDiv(instant, 900);
        int slot = (int) (bucket & (offsetBuckets.length - 1));
        if (offsetBuckets[slot] == bucket) {
            return offsetSeconds[slot];
        }
        int atStart = zone.getOffset(Instant.ofEpochSecond(bucket * 900)).getTotalSeconds();
        int atEnd = zone.getOffset(Instant.ofEpochSecond(bucket * 900 + 899)).getTotalSeconds();
        if (atStart != atEnd) {
            return zone.getOffset(Instant.ofEpochSecond(instant)).getTotalSeconds();
        }
        offsetBuckets[slot] = bucket;
        offsetSeconds[slot] = atStart;
        return atStart;
    }

    private int epochDay(int year, int month, int day) {
        int index = year >= 1900 && year < 2156 ? ((year - 1900) * 12 + month - 1) * 31 + day - 1 : -1;
        if (index < 0) {
            return (int) LocalDate.of(year, month, day).toEpochDay();
        }
        int cached = epochDays[index];
        if (cached == 0) {
            cached = (int) LocalDate.of(year, month, day).toEpochDay();
            epochDays[index] = cached == 0 ? Integer.MIN_VALUE + 1 : cached;     // 1970-01-01 is day 0
            return cached;
        }
        return cached == Integer.MIN_VALUE + 1 ? 0 : cached;
    }

    private static final int[] MONTH_LENGTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private static int monthLength(int year, int month) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 && leap ? 29 : MONTH_LENGTH[month];
    }


    /** Two ASCII digits as a number, or -1. */
    private static int two(byte[] b, int at) {
        int high = b[at] - '0';
        int low = b[at + 1] - '0';
        return (high | low) >= 0 && high <= 9 && low <= 9 ? high * 10 + low : -1;
    }

    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static boolean same(byte[] b, int from, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if ((b[from + i] | 0x20) != (ascii.charAt(i) | 0x20)) {
                return false;
            }
        }
        return true;
    }
}
