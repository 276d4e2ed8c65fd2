package org.flurm.protocol.frame;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.Objects;

/**
 * The sender's address as written in the header ({@code orig_addr}), used by SLURM only to
 * route forwarded replies. Clients and slurmctld send {@link Unspec}; slurmd replies carry
 * the IPv4 address and port of the connection they answer.
 *
 * <p>On the wire the IPv4 address and every port appear byte-swapped (little-endian hosts run
 * fields that are already in network order through SLURM's big-endian packers again); the
 * records here hold the real address and port, the codec applies the swap.
 */
public sealed interface OrigAddr {

    /** Linux address family numbers, as sent in the u16 family field. */
    int AF_UNSPEC = 0;
    int AF_INET = 2;
    int AF_INET6 = 10;

    /** The address family number this address is sent with. */
    int family();

    /** The "no address" that FLURM sends and SLURM accepts. */
    static OrigAddr unspec() {
        return Unspec.INSTANCE;
    }

    /** No address: only the family field is sent. */
    record Unspec() implements OrigAddr {
        static final Unspec INSTANCE = new Unspec();

        @Override
        public int family() {
            return AF_UNSPEC;
        }
    }

    /** An IPv4 address and port. */
    record Inet(Inet4Address address, int port) implements OrigAddr {
        public Inet {
            Objects.requireNonNull(address, "address");
            checkPort(port);
        }

        @Override
        public int family() {
            return AF_INET;
        }
    }

    /** An IPv6 address and port. */
    record Inet6(Inet6Address address, int port) implements OrigAddr {
        public Inet6 {
            Objects.requireNonNull(address, "address");
            checkPort(port);
        }

        @Override
        public int family() {
            return AF_INET6;
        }
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port " + port + " outside 0..65535");
        }
    }
}
