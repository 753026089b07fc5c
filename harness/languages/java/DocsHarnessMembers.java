// docs-harness: the public classes of the installed milvus-sdk-java jar and their public members, for explaining SDK
// drift (did you mean …?). Usage (source-file mode): java -cp <classpath> DocsHarnessMembers.java <jar> <out.json>.
// Writes {"<canonical class name>": ["member", …], …}: public methods (inherited ones too, not Object's) and fields.

package docsharness;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

public final class DocsHarnessMembers {
    public static void main(String[] args) throws IOException {
        StringBuilder json = new StringBuilder("{");
        ClassLoader loader = DocsHarnessMembers.class.getClassLoader();
        try (ZipFile jar = new ZipFile(args[0])) {
            for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (!entry.endsWith(".class") || entry.contains("-")) continue; // module-info, package-info
                Class<?> type;
                try {
                    type = Class.forName(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'), false, loader);
                } catch (Throwable missingDependency) {
                    continue;
                }
                if (!Modifier.isPublic(type.getModifiers()) || type.getCanonicalName() == null) continue;
                Set<String> members = new TreeSet<>();
                try {
                    for (Method method : type.getMethods()) if (method.getDeclaringClass() != Object.class) members.add(method.getName());
                    for (Field field : type.getFields()) members.add(field.getName());
                } catch (Throwable missingDependency) {
                    // a signature names a class that is not on the classpath: keep the class, without members
                }
                if (json.length() > 1) json.append(',');
                json.append('"').append(type.getCanonicalName()).append("\":[");
                boolean first = true;
                for (String member : members) {
                    json.append(first ? "\"" : ",\"").append(member).append('"');
                    first = false;
                }
                json.append(']');
            }
        }
        Files.writeString(Path.of(args[1]), json.append('}'), StandardCharsets.UTF_8);
    }
}
