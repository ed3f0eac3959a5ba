package dev.pail.internal.access.policy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address range in CIDR notation ({@code 192.0.2.0/24}, {@code 2001:db8::/32}), or a
 * single address, whose prefix is then the whole address, as IAM documents for {@code IpAddress}
 * ("if you don't specify a prefix, the default is /32"). Immutable.
 */
final class IpRange {

    private final byte[] network;
    private final int prefix;
    private final String written;

    private IpRange(byte[] network, int prefix, String written) {
        this.network = network;
        this.prefix = prefix;
        this.written = written;
    }

    /** Reads a range; empty when the text is not an address with an optional prefix length. */
    static Optional<IpRange> parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        Optional<byte[]> bytes = address(address);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        int most = bytes.get().length * 8;
        int prefix = most;
        if (slash >= 0) {
            String length = text.substring(slash + 1);
            if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(length);
            if (prefix > most) {
                return Optional.empty();
            }
        }
        return Optional.of(new IpRange(bytes.get(), prefix, text));
    }

    /**
     * An IPv4 (dotted quad) or IPv6 (hex with colons, possibly {@code ::} or an embedded IPv4 tail) address;
     * never a host name, so nothing is ever looked up.
     */
    static Optional<byte[]> address(String text) {
        if (text.isEmpty() || text.length() > 45) {
            return Optional.empty();
        }
        boolean ipv6 = text.indexOf(':') >= 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c >= '0' && c <= '9' || c == '.' || ipv6 && (c == ':' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
            if (!ok) {
                return Optional.empty();
            }
        }
        if (!ipv6 && !dottedQuad(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static boolean dottedQuad(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Whether the address (as text) is in the range; an address of the other family never is. */
    boolean contains(String address) {
        Optional<byte[]> bytes = address(address);
        return bytes.isPresent() && contains(bytes.get());
    }

    /** Whether the address is in the range. */
    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (address[full] & mask) == (network[full] & mask);
    }

    /** Whether this is an IPv4 range. */
    boolean isIpv4() {
        return network.length == 4;
    }

    /** The prefix length. */
    int prefix() {
        return prefix;
    }

    /** Whether the whole range lies in an RFC 1918 private block (10/8, 172.16/12, 192.168/16). */
    boolean isPrivate() {
        if (!isIpv4()) {
            return false;
        }
        int a = network[0] & 0xff;
        int b = network[1] & 0xff;
        return a == 10 && prefix >= 8 || a == 172 && (b & 0xf0) == 16 && prefix >= 12
                || a == 192 && b == 168 && prefix >= 16;
    }

    @Override
    public String toString() {
        return written;
    }
}
