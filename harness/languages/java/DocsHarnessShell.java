// docs-harness Java driver: a page's Java snippets run in one JShell, in page order, as a reader pasting them would.
// State carries over, a re-declaration replaces, imports a reader would add are added, `client` is provided only when
// DH_SUPPLY_CLIENT=1 (the page makes none); markers on stdout/stderr, events as prefixed stdout lines.
// Usage: DocsHarnessShell <dir> <index>... (<dir>/<i>.id, <i>.java, imports.tsv); with DH_SERVE=1, page after page
// (DocsHarnessServe).

package docsharness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;
import docsharness.DocsHarnessSource.Unit;

public final class DocsHarnessShell {
    private static final Pattern SYMBOL = Pattern.compile("symbol:\\s+(class|variable|method)\\s+([\\w$]+)");
    private static final Pattern LOCATION = Pattern.compile("location:\\s+(.+)");
    private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Za-z_$][\\w$]*)\\s*=(?!=)");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*$", Pattern.DOTALL);

    /** Where a name was declared by a unit that failed: later uses depend on that failure. */
    private record Failure(String id, int line) {}

    private final JShell shell;
    private final Map<String, String> index;
    private final Set<String> imported = new LinkedHashSet<>();
    private final Map<String, Failure> failedNames = new HashMap<>();
    /** JShell snippet id → [unit line in its page snippet]. */
    private final Map<String, Integer> unitLines = new HashMap<>();

    private DocsHarnessShell(JShell shell, Map<String, String> index) {
        this.shell = shell;
        this.index = index;
    }

    public static void main(String[] args) throws IOException {
        if ("1".equals(System.getenv("DH_SERVE"))) {
            DocsHarnessServe.serve();
            return;
        }
        JShell shell = newShell(System.getProperty("java.class.path"));
        List<String> indices = List.of(args).subList(1, args.length);
        runPage(shell, Path.of(args[0]), indices, "1".equals(System.getenv("DH_SUPPLY_CLIENT")), System.getenv("DH_URI"), System.getenv("DH_TOKEN"));
        System.out.flush();
        System.exit(0);
    }

    /** A fresh JShell that runs snippets in this JVM, with `classpath` (the SDK) on its own class loader. */
    static JShell newShell(String classpath) {
        JShell shell = JShell.builder().executionEngine("local").build();
        shell.addToClasspath(classpath);
        return shell;
    }

    /** Runs a page's snippets (<dir>/<i>.id, <i>.java; imports.tsv) in `shell`, in order; `client` first when `supply`. */
    static void runPage(JShell shell, Path dir, List<String> indices, boolean supply, String uri, String token) throws IOException {
        Map<String, String> index = new HashMap<>();
        for (String row : Files.readAllLines(dir.resolve("imports.tsv"), StandardCharsets.UTF_8)) {
            String[] cols = row.split("\t");
            if (cols.length == 2) index.put(cols[0], cols[1]);
        }
        DocsHarnessShell driver = new DocsHarnessShell(shell, index);
        if (supply) driver.provideClient(uri, token);
        for (String i : indices) {
            String id = Files.readString(dir.resolve(i + ".id"), StandardCharsets.UTF_8).trim();
            String code = Files.readString(dir.resolve(i + ".java"), StandardCharsets.UTF_8);
            driver.runSnippet(id, code);
        }
    }

    /** The client the page assumes, for a page that makes none of its own (the harness decides), on the harness's server. */
    private void provideClient(String uri, String token) {
        String secret = token == null || token.isEmpty() ? "root:Milvus" : token;
        String code = "io.milvus.v2.client.MilvusClientV2 client = new io.milvus.v2.client.MilvusClientV2(io.milvus.v2.client.ConnectConfig.builder().uri("
                + DocsHarnessRuntime.json(uri == null ? "" : uri) + ").token(" + DocsHarnessRuntime.json(secret) + ").build());";
        for (SnippetEvent event : shell.eval(code)) {
            if (event.status() != Snippet.Status.VALID) {
                shell.diagnostics(event.snippet()).forEach(d -> System.err.println("[docs-harness] could not provide `client`: " + d.getMessage(Locale.ROOT)));
            } else if (event.exception() != null) {
                System.err.println("[docs-harness] could not connect the client the page assumes: " + event.exception());
            }
        }
    }

    /** Runs one page snippet: markers, start event, its units in order, end event, then the harness barrier. */
    private void runSnippet(String id, String code) {
        DocsHarnessRuntime.mark(id);
        DocsHarnessRuntime.emit("{\"event\":\"start\",\"id\":" + DocsHarnessRuntime.json(id) + "}");
        long started = System.nanoTime();
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String dependsOn = null;
        for (Unit unit : DocsHarnessSource.units(shell.sourceCodeAnalysis(), code)) {
            Outcome outcome = evaluate(id, unit, notes);
            if (outcome.dependency != null && dependsOn == null) dependsOn = outcome.dependency;
            errors.addAll(outcome.errors);
            if (outcome.stop) break;
        }
        System.out.flush();
        System.err.flush();
        long ms = (System.nanoTime() - started) / 1_000_000;
        String status = errors.isEmpty() ? (dependsOn != null ? "skipped" : "ok") : "error";
        StringBuilder end = new StringBuilder("{\"event\":\"end\",\"id\":").append(DocsHarnessRuntime.json(id))
                .append(",\"status\":\"").append(status).append("\",\"durationMs\":").append(ms)
                .append(",\"errors\":[").append(String.join(",", errors)).append("]")
                .append(",\"notes\":[").append(String.join(",", notes)).append("]");
        if (dependsOn != null) end.append(",\"dependsOn\":").append(dependsOn);
        DocsHarnessRuntime.emit(end.append("}").toString());
        DocsHarnessRuntime.waitForHarness();
    }

    /** What evaluating one unit gave: error events (JSON), whether the snippet stops, a dependency. */
    private record Outcome(List<String> errors, boolean stop, String dependency) {}

    private Outcome evaluate(String id, Unit unit, List<String> notes) {
        // A trailing comment (`import x.Y; // why`) does not make an import anything else.
        boolean isImport = IMPORT.matcher(DocsHarnessSource.withoutComments(unit.text())).matches();
        for (int attempt = 0; attempt < 8; attempt++) {
            List<SnippetEvent> events = shell.eval(unit.text());
            SnippetEvent main = events.stream().filter(e -> e.causeSnippet() == null).findFirst().orElse(null);
            if (main == null) return new Outcome(List.of(), false, null);
            Snippet snippet = main.snippet();
            unitLines.put(snippet.id(), unit.line());
            if (main.status() == Snippet.Status.REJECTED) {
                List<Diag> diags = shell.diagnostics(snippet).filter(Diag::isError).toList();
                if (!isImport && addImports(diags, unit, notes)) continue;
                Outcome outcome = rejected(unit, diags, isImport);
                String assigned = undeclaredAssignment(unit, diags);
                if (snippet instanceof VarSnippet v) failedNames.put(v.name(), new Failure(id, unit.line()));
                else if (assigned != null) failedNames.put(assigned, new Failure(id, unit.line()));
                return outcome;
            }
            if (snippet instanceof DeclarationSnippet d && (main.status() == Snippet.Status.RECOVERABLE_DEFINED || main.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED)) {
                List<String> missing = shell.unresolvedDependencies(d).toList();
                return new Outcome(List.of(error("compile", unit.line(), "cannot resolve " + String.join(", ", missing))), false, null);
            }
            if (snippet instanceof VarSnippet v) failedNames.remove(v.name()); // declared again, and this time it compiled
            if (main.exception() != null) return new Outcome(List.of(thrown(main.exception(), unit)), true, null);
            return new Outcome(List.of(), false, null);
        }
        return new Outcome(List.of(error("compile", unit.line(), "does not compile")), false, null);
    }

    /** The name a unit assigns (`client = …;`) when javac says no such variable exists: later uses depend on it. */
    private static String undeclaredAssignment(Unit unit, List<Diag> diags) {
        Matcher assignment = ASSIGNMENT.matcher(unit.text());
        if (!assignment.find()) return null;
        for (Diag diag : diags) {
            Matcher m = SYMBOL.matcher(diag.getMessage(Locale.ROOT));
            if (m.find() && m.group(1).equals("variable") && m.group(2).equals(assignment.group(1))) return assignment.group(1);
        }
        return null;
    }

    /** Adds `import` lines for unknown classes the index knows; true when something was added (evaluate again). */
    private boolean addImports(List<Diag> diags, Unit unit, List<String> notes) {
        boolean added = false;
        for (Diag diag : diags) {
            Matcher m = SYMBOL.matcher(diag.getMessage(Locale.ROOT));
            if (!m.find() || m.group(1).equals("method") || !Character.isUpperCase(m.group(2).charAt(0))) continue;
            String fqn = index.get(m.group(2));
            if (fqn == null || imported.contains(fqn)) continue;
            List<SnippetEvent> events = shell.eval("import " + fqn + ";");
            if (events.isEmpty() || events.get(0).status() != Snippet.Status.VALID) continue;
            imported.add(fqn);
            int line = unit.line() + DocsHarnessSource.lineOffset(unit.text(), (int) diag.getStartPosition());
            notes.add(error("lint", line, "the harness added `import " + fqn + ";`, which the snippet uses but does not import"));
            added = true;
        }
        return added;
    }

    private Outcome rejected(Unit unit, List<Diag> diags, boolean isImport) {
        List<String> errors = new ArrayList<>();
        String dependency = null;
        for (Diag diag : diags) {
            String message = diag.getMessage(Locale.ROOT);
            Matcher m = SYMBOL.matcher(message);
            boolean symbol = m.find();
            String first = message.split("\n")[0].trim();
            String text = symbol ? first + ": " + m.group(1) + " " + m.group(2) : first;
            Matcher location = LOCATION.matcher(message);
            // Where javac looked (`variable client of type …MilvusClientV2`): what the missing symbol should be a member of.
            if (symbol && !isImport && location.find() && location.group(1).trim().contains(" ")) text += ", location: " + location.group(1).trim();
            int line = unit.line() + DocsHarnessSource.lineOffset(unit.text(), (int) diag.getStartPosition());
            Failure failure = symbol && m.group(1).equals("variable") ? failedNames.get(m.group(2)) : null;
            if (failure != null) {
                dependency = "{\"name\":" + DocsHarnessRuntime.json(m.group(2)) + ",\"id\":" + DocsHarnessRuntime.json(failure.id) + ",\"line\":" + failure.line + "}";
                continue;
            }
            if (isImport) text = DocsHarnessSource.withoutComments(unit.text()).strip().replaceAll("\\s*;$", "") + ": " + text + " (not in the SDK: SDK drift or a typo)";
            errors.add(error("compile", line, text));
        }
        return new Outcome(errors, false, dependency);
    }

    private String thrown(Exception exception, Unit unit) {
        String message = exception.getMessage() == null ? null : exception.getMessage().replaceAll("REPL\\.\\$JShell\\$\\d+[A-Z]?\\.", "");
        String type = exception instanceof EvalException ee ? ee.getExceptionClassName() : exception.getClass().getName();
        System.err.println(type + (message == null ? "" : ": " + message));
        int line = unit.line();
        for (Throwable t = exception; t != null; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) System.err.println("\tat " + frame);
        }
        for (StackTraceElement frame : exception.getStackTrace()) {
            String file = frame.getFileName();
            if (file != null && file.startsWith("#") && unitLines.containsKey(file.substring(1)) && frame.getLineNumber() > 0) {
                line = unitLines.get(file.substring(1)) + frame.getLineNumber() - 1;
                break;
            }
        }
        StringBuilder text = new StringBuilder(type + (message == null ? "" : ": " + message));
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            String causeType = cause instanceof EvalException ce ? ce.getExceptionClassName() : cause.getClass().getName();
            text.append("\ncaused by ").append(causeType).append(cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return error("runtime", line, text.toString());
    }

    private static String error(String kind, int line, String message) {
        return "{\"kind\":\"" + kind + "\",\"line\":" + line + ",\"message\":" + DocsHarnessRuntime.json(message) + "}";
    }
}
