package uk.gov.justice.securityevents.conformance.ocsf;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 3339 {@code date-time} check for {@code datetime_t}, e.g. {@code 2024-09-10T23:20:50.520Z}.
 *
 * <p>Stricter than the dictionary's {@code datetime_t} regex in two ways: the UTC offset is
 * mandatory (RFC 3339 section 5.6; the OCSF regex makes it optional) and field values are range
 * checked (month 13 or February 30 are rejected). A leap second (:60) is accepted.
 */
final class Rfc3339 {

  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?"
              + "(?:[Zz]|[+-](\\d{2}):(\\d{2}))");

  private Rfc3339() {}

  static boolean isValid(String text) {
    Matcher m = DATE_TIME.matcher(text);
    if (!m.matches()) {
      return false;
    }
    try {
      LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
    } catch (DateTimeException e) {
      return false;
    }
    boolean timeOk = number(m, 4) <= 23 && number(m, 5) <= 59 && number(m, 6) <= 60;
    boolean offsetOk = m.group(7) == null || (number(m, 7) <= 23 && number(m, 8) <= 59);
    return timeOk && offsetOk;
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
