// docs-harness Java source helpers for the JShell driver: a snippet cut into complete units (each at the line of its
// first code, past any comment a previous statement left behind), comments set aside, lines of offsets.

package docsharness;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;

public final class DocsHarnessSource {
    private DocsHarnessSource() {}

    /** One complete source unit of a snippet (a statement, declaration or import) and the snippet line it starts on. */
    public record Unit(String text, int line) {}

    /**
     * Splits a snippet into complete units with JShell's own parser. A comment after a statement (`int a = 1; // why`)
     * is left at the head of the next unit: it is set aside, so the unit's line is that of its own first code.
     */
    public static List<Unit> units(SourceCodeAnalysis analysis, String code) {
        List<Unit> units = new ArrayList<>();
        String rest = code;
        int consumed = 0;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
            String remaining = info.remaining();
            int length = rest.length() - remaining.length();
            if (length <= 0 || !info.completeness().isComplete()) {
                length = rest.length();
            }
            String text = rest.substring(0, length);
            int lead = leadingNonCode(text);
            String body = text.substring(lead).strip();
            if (info.completeness() == SourceCodeAnalysis.Completeness.COMPLETE_WITH_SEMI) body = body + ";";
            if (!isComment(body)) units.add(new Unit(body, lineAt(code, consumed + lead)));
            consumed += length;
            rest = rest.substring(length);
        }
        return units;
    }

    /** How many leading characters of `text` are whitespace or comments. */
    static int leadingNonCode(String text) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }

    /** The text without its comments (strings are not looked into: for deciding what a unit is, not for running it). */
    public static String withoutComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }

    static boolean isComment(String text) {
        return withoutComments(text).isBlank();
    }

    /** The 1-based line of `offset` in `text`. */
    public static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** Lines from the start of `text` to `position` (a diagnostic's offset; 0 when it has none). */
    public static int lineOffset(String text, int position) {
        return position < 0 ? 0 : lineAt(text, position) - 1;
    }
}
