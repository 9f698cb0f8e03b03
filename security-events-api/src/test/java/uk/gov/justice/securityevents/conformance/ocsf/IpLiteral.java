package uk.gov.justice.securityevents.conformance.ocsf;

/**
 * Strict IPv4 / IPv6 literal check for {@code ip_t}, without any DNS lookup.
 *
 * <p>Used instead of the dictionary's {@code ip_t} regex, whose IPv4 branch has unescaped dots
 * and so accepts e.g. {@code 10x0x0x1}. IPv4 octets with leading zeros are rejected because they
 * are ambiguous (octal in some parsers). IPv6 may use {@code ::} compression, an embedded IPv4
 * tail and a {@code %zone} suffix.
 */
final class IpLiteral {

  private IpLiteral() {}

  static boolean isValid(String text) {
    return text.indexOf(':') >= 0 ? isIpv6(text) : isIpv4(text);
  }

  static boolean isIpv4(String text) {
    String[] octets = text.split("\\.", -1);
    if (octets.length != 4) {
      return false;
    }
    for (String octet : octets) {
      if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(IpLiteral::isDigit)) {
        return false;
      }
      if (octet.length() > 1 && octet.charAt(0) == '0') {
        return false;
      }
      if (Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv6(String text) {
    String address = text;
    int zone = text.indexOf('%');
    if (zone >= 0) {
      String zoneId = text.substring(zone + 1);
      if (zoneId.isEmpty() || zoneId.chars().anyMatch(Character::isWhitespace)) {
        return false;
      }
      address = text.substring(0, zone);
    }
    int compression = address.indexOf("::");
    if (compression >= 0 && address.indexOf("::", compression + 1) >= 0) {
      return false;
    }
    if (compression < 0) {
      return groups(address, true) == 8;
    }
    String head = address.substring(0, compression);
    String tail = address.substring(compression + 2);
    int headGroups = head.isEmpty() ? 0 : groups(head, false);
    int tailGroups = tail.isEmpty() ? 0 : groups(tail, true);
    return headGroups >= 0 && tailGroups >= 0 && headGroups + tailGroups <= 7;
  }

  /** Counts 16-bit groups in a colon-separated run, or returns -1 if malformed. */
  private static int groups(String run, boolean ipv4TailAllowed) {
    String[] parts = run.split(":", -1);
    int count = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean last = i == parts.length - 1;
      if (last && ipv4TailAllowed && part.indexOf('.') >= 0) {
        if (!isIpv4(part)) {
          return -1;
        }
        count += 2;
      } else if (part.length() >= 1 && part.length() <= 4 && part.chars().allMatch(IpLiteral::isHex)) {
        count++;
      } else {
        return -1;
      }
    }
    return count;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(int c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
