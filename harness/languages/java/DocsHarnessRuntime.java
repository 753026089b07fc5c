// docs-harness Java runtime: runs the assembled snippets in order; markers on stdout/stderr, events as prefixed stdout lines.

public final class DocsHarnessRuntime {
    /** One snippet's body. */
    public interface Body {
        void run() throws Throwable;
    }

    private DocsHarnessRuntime() {}

    /** The client the page assumes, connected to the harness's server. */
    public static io.milvus.v2.client.MilvusClientV2 connect() {
        try {
            String token = System.getenv("DH_TOKEN");
            return new io.milvus.v2.client.MilvusClientV2(io.milvus.v2.client.ConnectConfig.builder()
                    .uri(System.getenv("DH_URI"))
                    .token(token == null || token.isEmpty() ? "root:Milvus" : token)
                    .build());
        } catch (Throwable t) {
            System.err.println("[docs-harness] could not connect the client the page assumes: " + t);
            return null;
        }
    }

    private static String json(String s) {
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

    /** Events go on stdout as prefixed lines (the JVM cannot open the harness's fd 3, a socket). */
    private static void emit(String event) {
        System.out.flush();
        System.out.println("\u001eDHEV:" + event);
        System.out.flush();
    }

    /** Runs one snippet; `bodyStart` is the program line of the snippet's first line. */
    public static void run(String id, String method, int bodyStart, Body body) {
        String mark = "\u001eDH:" + id + "\u001e";
        System.out.flush();
        System.out.println(mark);
        System.out.flush();
        System.err.println(mark);
        System.err.flush();
        emit("{\"event\":\"start\",\"id\":" + json(id) + "}");
        long started = System.nanoTime();
        String end;
        try {
            body.run();
            end = "\"status\":\"ok\"";
        } catch (Throwable t) {
            t.printStackTrace();
            int line = -1;
            for (Throwable c = t; c != null && line < 0; c = c.getCause()) {
                for (StackTraceElement e : c.getStackTrace()) {
                    if (e.getClassName().equals("DocsHarnessProgram") && e.getMethodName().equals(method)) {
                        line = e.getLineNumber() - bodyStart + 1;
                        break;
                    }
                }
            }
            end = "\"status\":\"error\",\"error\":{\"kind\":\"runtime\"," + (line > 0 ? "\"line\":" + line + "," : "")
                    + "\"message\":" + json(t.toString()) + "}";
        }
        System.out.flush();
        System.err.flush();
        long ms = (System.nanoTime() - started) / 1_000_000;
        emit("{\"event\":\"end\",\"id\":" + json(id) + "," + end + ",\"durationMs\":" + ms + "}");
        waitForHarness();
    }

    /** With DH_BARRIER=1, waits for a newline on stdin while the harness reads server state. */
    private static void waitForHarness() {
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
