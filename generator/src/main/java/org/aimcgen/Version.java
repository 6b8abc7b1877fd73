package org.aimcgen;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The generator version, from the Maven build (stamped into every emitted header). */
public final class Version {
    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "unknown");
            return v.startsWith("$") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
