package org.aimcgen.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aimcgen.model.estimate.Datasheet;

/**
 * The two files of 'aimcgen report', rendered in memory first (so a failure writes nothing)
 * and written only where their content changed: datasheet.json, exactly Datasheet.json(),
 * and datasheet.html.
 */
public record DatasheetFiles(String json, String html) {
    public static final String JSON = "datasheet.json";
    public static final String HTML = "datasheet.html";

    public static DatasheetFiles of(Datasheet ds) {
        return new DatasheetFiles(ds.json(), DatasheetPage.render(ds, AdcTransfer.measure(ds.config())));
    }

    /** Writes both into folder (created if missing); returns their paths, JSON first. */
    public List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        return List.of(write(folder.resolve(JSON), json), write(folder.resolve(HTML), html));
    }

    private static Path write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!Files.isRegularFile(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            Files.write(file, bytes);
        }
        return file;
    }
}
