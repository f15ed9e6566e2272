package io.screenpop.startup;

import java.nio.file.Path;

import jakarta.annotation.Priority;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

/**
 * Makes a relative {@code SCREENPOP_DATA_DIR} explicit ({@code data} becomes {@code ./data}):
 * H2 refuses database paths that are implicitly relative to the working directory (error 90011),
 * and the JDBC URL is built from this value. Absolute paths and paths starting with {@code ./},
 * {@code ../} or {@code ~} are left as they are.
 */
// lowest priority: nearest the config sources, so the expansion of ${screenpop.data-dir} in the JDBC URL sees it too
@Priority(Priorities.PLATFORM)
public class DataDirInterceptor implements ConfigSourceInterceptor {

    /** The property this interceptor rewrites. */
    public static final String DATA_DIR = "screenpop.data-dir";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value == null || !DATA_DIR.equals(name) || value.getValue() == null) {
            return value;
        }
        return value.withValue(explicit(value.getValue()));
    }

    /**
     * @param dir a folder as configured
     * @return the same folder in a form H2 accepts
     */
    static String explicit(String dir) {
        String d = dir.strip();
        if (d.isEmpty() || Path.of(d).isAbsolute() || d.startsWith("./") || d.startsWith("../") || d.startsWith("~")
                || d.equals(".")) {
            return d;
        }
        return "./" + d;
    }
}
