// docs-harness Java runtime helpers for the JShell driver: markers, events, barrier.

package docsharness;

public final class DocsHarnessRuntime {
    private DocsHarnessRuntime() {}

    /** A JSON string literal. */
    public static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c)); else out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The marker line before a snippet, on stdout and stderr. */
    public static void mark(String id) {
        String mark = "\u001eDH:" + id + "\u001e";
        System.out.flush();
        System.out.println(mark);
        System.out.flush();
        System.err.println(mark);
        System.err.flush();
    }

    /** Events go on stdout as prefixed lines (the JVM cannot open the harness's fd 3, a socket). */
    public static void emit(String event) {
        System.out.flush();
        System.out.println("\u001eDHEV:" + event);
        System.out.flush();
    }

    /** With DH_BARRIER=1, waits for a newline on stdin while the harness reads server state. */
    public static void waitForHarness() {
        if (!"1".equals(System.getenv("DH_BARRIER"))) return;
        try {
            int c;
            do {
                c = System.in.read();
            } while (c != -1 && c != '\n');
        } catch (java.io.IOException e) {
            // the harness went away; carry on
        }
    }
}
