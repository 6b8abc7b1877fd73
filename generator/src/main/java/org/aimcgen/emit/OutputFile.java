package org.aimcgen.emit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One emitted file, in memory: a path relative to the output root (always '/') and its text. */
public record OutputFile(String path, String text) {
    public OutputFile {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("output paths are relative and use '/': " + path);
        }
    }

    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
