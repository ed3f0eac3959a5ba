package dev.pail.cli;

import dev.pail.Authentication;
import dev.pail.BucketDefaults;
import dev.pail.Pail;
import dev.pail.User;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone server: {@code java -jar pail-core-<version>-standalone.jar [--port 9090]
 * [--host 127.0.0.1] [--region us-east-1] [--bucket NAME]... [--request-timeout SECONDS]
 * [--auth lenient|strict] [--user ACCESS_KEY:SECRET_KEY[:CANONICAL_ID[:DISPLAY_NAME[:EMAIL]]]]...
 * [--bucket-defaults current|legacy] [--day-seconds N] [--event-endpoint URL]}. Prints the
 * endpoint and serves until stopped (Ctrl-C); a port already in use is one line on stderr and exit
 * status 1.
 */
public final class Main {

    /** The default port of the standalone server. */
    public static final int DEFAULT_PORT = 9090;

    private Main() {
    }

    /** slf4j-simple's level property for the logger of refusals ({@code dev.pail.refusals}). */
    private static final String REFUSALS_LEVEL = "org.slf4j.simpleLogger.log.dev.pail.refusals";

    /**
     * Runs the server.
     *
     * @param args the command line
     */
    public static void main(String[] args) throws InterruptedException {
        // what decided each refusal goes to the log (slf4j-simple, standard error) unless configured otherwise
        if (System.getProperty(REFUSALS_LEVEL) == null) {
            System.setProperty(REFUSALS_LEVEL, "debug");
        }
        Pail.Builder builder = Pail.builder().port(DEFAULT_PORT);
        java.util.Optional<java.net.URI> eventEndpoint;
        try {
            if (!parse(args, builder, System.out)) {
                return;
            }
            eventEndpoint = eventEndpoint(args);
        } catch (IllegalArgumentException e) {
            System.err.println("pail: " + e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        Pail pail;
        try {
            pail = builder.start();
        } catch (IllegalStateException e) {
            System.err.println("pail: " + e.getMessage());
            System.exit(1);
            return;
        }
        eventEndpoint.ifPresent(uri -> pail.onEvent(new EventForwarder(uri)));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            pail.close();
            stopped.countDown();
        }, "pail-shutdown"));
        System.out.println("Pail S3 mock listening on " + pail.endpoint() + " (region " + pail.region()
                + ", access key " + pail.config().accessKeyId() + ", " + pail.config().users().size() + " user(s), "
                + pail.config().authentication().name().toLowerCase(java.util.Locale.ROOT) + " authentication)");
        System.out.flush();
        stopped.await();
    }

    /** Applies the arguments to the builder; false when only help was asked for. */
    static boolean parse(String[] args, Pail.Builder builder, PrintStream out) {
        boolean firstUser = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    usage(out);
                    return false;
                }
                case "--port" -> builder.port(parsePort(value(args, ++i, arg)));
                case "--host" -> builder.host(value(args, ++i, arg));
                case "--region" -> builder.region(value(args, ++i, arg));
                case "--bucket" -> builder.bucket(value(args, ++i, arg));
                case "--request-timeout" -> builder.requestTimeout(parseSeconds(value(args, ++i, arg), arg));
                case "--auth" -> builder.authentication(parseAuthentication(value(args, ++i, arg)));
                case "--bucket-defaults" -> builder.bucketDefaults(parseBucketDefaults(value(args, ++i, arg)));
                case "--day-seconds" -> builder.dayLength(parseSeconds(value(args, ++i, arg), arg));
                case "--event-endpoint" -> EventForwarder.parse(value(args, ++i, arg));
                case "--user" -> {
                    User user = User.parse(value(args, ++i, arg));
                    if (firstUser) {
                        builder.defaultUser(user);
                        firstUser = false;
                    } else {
                        builder.user(user);
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        return true;
    }

    /** The endpoint {@code --event-endpoint} names, if any (the last one given). */
    static java.util.Optional<java.net.URI> eventEndpoint(String[] args) {
        java.util.Optional<java.net.URI> endpoint = java.util.Optional.empty();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--event-endpoint")) {
                endpoint = java.util.Optional.of(EventForwarder.parse(args[i + 1]));
            }
        }
        return endpoint;
    }

    private static BucketDefaults parseBucketDefaults(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "current" -> BucketDefaults.CURRENT;
            case "legacy" -> BucketDefaults.LEGACY;
            default -> throw new IllegalArgumentException("--bucket-defaults must be current or legacy: " + value);
        };
    }

    private static Authentication parseAuthentication(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "lenient" -> Authentication.LENIENT;
            case "strict" -> Authentication.STRICT;
            default -> throw new IllegalArgumentException("--auth must be lenient or strict: " + value);
        };
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number 0..65535: " + value);
        }
    }

    private static java.time.Duration parseSeconds(String value, String option) {
        try {
            double seconds = Double.parseDouble(value);
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new NumberFormatException();
            }
            return java.time.Duration.ofNanos((long) (seconds * 1e9));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a positive number of seconds: " + value);
        }
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar pail-core-standalone.jar [--port 9090] [--host 127.0.0.1] "
                + "[--region us-east-1] [--bucket NAME]... [--request-timeout SECONDS] [--auth lenient|strict] "
                + "[--user ACCESS_KEY:SECRET_KEY[:CANONICAL_ID[:DISPLAY_NAME[:EMAIL]]]]... [--bucket-defaults current|legacy]"
                + " [--day-seconds N] [--event-endpoint URL]");
        out.println("  --request-timeout  how long an upload may send nothing before it fails with RequestTimeout"
                + " (default 20)");
        out.println("  --auth             lenient (default): requests signed with a known key are verified, others are"
                + " served as the default user; strict: unknown keys are refused, unsigned requests are anonymous");
        out.println("  --bucket-defaults  current (default): new buckets as AWS makes them today (Block Public Access,"
                + " ACLs disabled); legacy: as before April 2023 (ACLs enabled, no Block Public Access)");
        out.println("  --day-seconds      how many seconds a lifecycle and restore day lasts (default 86400)");
        out.println("  --event-endpoint   POST each event notification (S3's JSON) to this URL");
        out.println("  --user             a user, its own account (repeatable); the first replaces the default user"
                + " pail:pail-secret");
    }
}
