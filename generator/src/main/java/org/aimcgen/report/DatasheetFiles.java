package org.aimcgen.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aimcgen.model.estimate.AccelergyTable;
import org.aimcgen.model.estimate.Datasheet;

/**
 * The files of 'aimcgen report', rendered in memory first (so a failure writes nothing)
 * and written only where their content changed: datasheet.json, exactly Datasheet.json(),
 * datasheet.html, and accelergy.yaml (the same energy and area in Accelergy's tables).
 */
public record DatasheetFiles(String json, String html, String accelergy) {
    public static final String JSON = "datasheet.json";
    public static final String HTML = "datasheet.html";
    public static final String ACCELERGY = "accelergy.yaml";

    public static DatasheetFiles of(Datasheet ds) {
        return new DatasheetFiles(ds.json(), DatasheetPage.render(ds, AdcTransfer.measure(ds.config())),
                AccelergyTable.yaml(ds));
    }

    /** Writes them into folder (created if missing); returns their paths: JSON, HTML, Accelergy. */
    public List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        return List.of(write(folder.resolve(JSON), json), write(folder.resolve(HTML), html),
                write(folder.resolve(ACCELERGY), accelergy));
    }

    private static Path write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!Files.isRegularFile(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            Files.write(file, bytes);
        }
        return file;
    }
}
