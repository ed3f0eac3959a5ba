package dev.pail.internal.access.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A compiled glob: {@code *} matches any run of characters (the empty one, {@code /} and {@code :}
 * included) and {@code ?} any one character, as in IAM's Action, Resource and {@code StringLike}
 * (IAM User Guide, "IAM JSON policy elements: Resource", "Condition operators": "the wildcards can
 * be used anywhere in the string"). Compiled once at parse time; matching allocates nothing and
 * takes at most the product of the two lengths (a greedy match that resumes at the last star).
 * Immutable.
 */
final class Wildcard {

    /** Token for {@code *}. */
    static final int STAR = -1;
    /** Token for {@code ?}. */
    static final int ONE = -2;

    private enum Shape { EXACT, ANY, PREFIX, GENERAL }

    private final int[] tokens;
    private final String literal;
    private final Shape shape;

    private Wildcard(int[] tokens) {
        this.tokens = tokens;
        this.shape = shapeOf(tokens);
        this.literal = literalOf(tokens, shape);
    }

    /** A glob in which every {@code *} and {@code ?} is a wildcard. */
    static Wildcard compile(String glob) {
        int[] tokens = new int[glob.length()];
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            tokens[i] = c == '*' ? STAR : c == '?' ? ONE : c;
        }
        return new Wildcard(tokens);
    }

    /** A glob from tokens: characters, {@link #STAR} and {@link #ONE}. */
    static Wildcard of(int[] tokens) {
        return new Wildcard(tokens.clone());
    }

    /**
     * The glob cut at each {@code sep} character, into at most {@code limit} parts (the last keeps the
     * rest, separators included), as ARNs are cut into their six components.
     */
    List<Wildcard> split(char sep, int limit) {
        List<Wildcard> parts = new ArrayList<>(limit);
        int from = 0;
        for (int i = 0; i < tokens.length && parts.size() < limit - 1; i++) {
            if (tokens[i] == sep) {
                parts.add(new Wildcard(Arrays.copyOfRange(tokens, from, i)));
                from = i + 1;
            }
        }
        parts.add(new Wildcard(Arrays.copyOfRange(tokens, from, tokens.length)));
        return parts;
    }

    /** Whether the glob has no wildcard. */
    boolean isLiteral() {
        return shape == Shape.EXACT;
    }

    /** Whether the whole of {@code text} matches. */
    boolean matches(CharSequence text) {
        return switch (shape) {
            case EXACT -> literal.contentEquals(text);
            case ANY -> true;
            case PREFIX -> text.length() >= literal.length() && literal.contentEquals(text.subSequence(0, literal.length()));
            case GENERAL -> general(text);
        };
    }

    private boolean general(CharSequence text) {
        int p = 0;
        int t = 0;
        int starP = -1;
        int starT = -1;
        while (t < text.length()) {
            if (p < tokens.length && tokens[p] == STAR) {
                starP = ++p;
                starT = t;
            } else if (p < tokens.length && (tokens[p] == ONE || tokens[p] == text.charAt(t))) {
                p++;
                t++;
            } else if (starP >= 0) {
                p = starP;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (p < tokens.length && tokens[p] == STAR) {
            p++;
        }
        return p == tokens.length;
    }

    private static Shape shapeOf(int[] tokens) {
        int wild = 0;
        int stars = 0;
        for (int token : tokens) {
            if (token < 0) {
                wild++;
                stars += token == STAR ? 1 : 0;
            }
        }
        if (wild == 0) {
            return Shape.EXACT;
        }
        if (stars == tokens.length) {
            return Shape.ANY;
        }
        return wild == 1 && tokens[tokens.length - 1] == STAR ? Shape.PREFIX : Shape.GENERAL;
    }

    private static String literalOf(int[] tokens, Shape shape) {
        int length = switch (shape) {
            case EXACT -> tokens.length;
            case PREFIX -> tokens.length - 1;
            default -> 0;
        };
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) tokens[i]);
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Wildcard that && Arrays.equals(tokens, that.tokens);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tokens);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int token : tokens) {
            out.append(token == STAR ? '*' : token == ONE ? '?' : (char) token);
        }
        return out.toString();
    }
}
