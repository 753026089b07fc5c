// docs-harness Java driver, serve mode (DH_SERVE=1): one JVM runs page after page, each in a fresh JShell with its own
// copy of the SDK (its own class loader: no SDK state from an earlier page). A request is one stdin line:
// <dir>\t<supply 0|1>\t<uri>\t<token>\t<index>... After a page: the page-end marker, the page's clients closed, the
// JVM's streams, properties, locale and time zone put back, the private /tmp emptied, then a page-done event that
// asks for a fresh JVM when the page left threads running or replaced a stream.

package docsharness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.VarSnippet;

public final class DocsHarnessServe {
    private DocsHarnessServe() {}

    /** The marker that ends a page's output on stdout and stderr. */
    private static final String PAGE_END = "\u001fpage-end";
    /** Pages one JVM runs before a fresh one takes over (memory a page's class loader may leave behind). */
    private static final int MAX_PAGES = 150;
    /** Threads a page may leave beyond the first page's count before the JVM is retired. */
    private static final int THREAD_ROOM = 16;

    public static void serve() {
        String sdk = System.getenv("DH_SDK_CLASSPATH");
        Properties properties = (Properties) System.getProperties().clone();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        boolean privateTmp = "1".equals(System.getenv("DH_PRIVATE_TMP"));
        int threads = -1;
        int pages = 0;
        // The compiler's first use is slow: done now, while the harness starts the server, in a shell no page sees.
        try (JShell warmUp = JShell.builder().executionEngine("local").build()) {
            warmUp.eval("int dhWarmUp = 1;");
        }
        for (String line = readLine(in); line != null; line = readLine(in)) {
            String[] fields = line.split("\t", -1);
            Path dir = Path.of(fields[0]);
            System.setProperty("java.io.tmpdir", dir.toString());
            System.setProperty("user.home", dir.toString());
            JShell shell = DocsHarnessShell.newShell(sdk);
            try {
                DocsHarnessShell.runPage(shell, dir, List.of(fields).subList(4, fields.length), "1".equals(fields[1]), fields[2], fields[3]);
            } catch (IOException | RuntimeException e) {
                System.err.println("[docs-harness] could not run the page: " + e);
            }
            boolean replaced = System.out != out || System.err != err || System.in != in;
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
            DocsHarnessRuntime.mark(PAGE_END);
            closeClients(shell);
            shell.close();
            System.setProperties((Properties) properties.clone());
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
            if (privateTmp) emptyPrivateTmp();
            pages += 1;
            int live = Thread.activeCount();
            if (threads < 0) threads = live;
            boolean retire = replaced || pages >= MAX_PAGES || live > threads + THREAD_ROOM;
            DocsHarnessRuntime.emit("{\"event\":\"page-done\",\"id\":\"\",\"exitCode\":0" + (retire ? ",\"retire\":true" : "") + "}");
        }
        System.out.flush();
        System.exit(0);
    }

    /** One request line, read from the same stdin the barrier reads (no read-ahead past it); null at its end. */
    private static String readLine(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c == -1) return null;
                line.write(c);
            }
        } catch (IOException e) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    /** Closes the Milvus clients the page's variables hold (their channels and threads would outlive the page). */
    private static void closeClients(JShell shell) {
        List<VarSnippet> clients = new ArrayList<>();
        shell.variables().filter(v -> shell.status(v).isActive() && v.typeName().matches(".*\\bMilvus(ServiceClient|ClientV2|Client)\\b.*")).forEach(clients::add);
        for (VarSnippet v : clients) {
            shell.eval("try { if (" + v.name() + " != null) " + v.name() + ".close(); } catch (Throwable dhIgnored) {}");
        }
    }

    /**
     * In the sandbox /tmp is the runtime's own: what a page left there is removed before the next page (never a
     * folder holding a mount: the runtime's home, the harness or its cache bound in).
     */
    private static void emptyPrivateTmp() {
        List<String> points = new ArrayList<>();
        try {
            for (String mount : Files.readAllLines(Path.of("/proc/self/mounts"))) {
                String[] cols = mount.split(" ");
                if (cols.length > 1) points.add(cols[1]);
            }
            for (String folder : List.of("/tmp", "/dev/shm")) {
                if (!Files.isDirectory(Path.of(folder))) continue;
                try (Stream<Path> entries = Files.list(Path.of(folder))) {
                    for (Path entry : entries.toList()) {
                        String target = entry.toString();
                        if (entry.getFileName().toString().equals(".forwarder-ready")) continue;
                        if (points.stream().anyMatch(p -> p.equals(target) || p.startsWith(target + "/"))) continue;
                        try (Stream<Path> tree = Files.walk(entry)) {
                            tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: the page's own folder is removed by the harness whatever happens here
        }
    }
}
