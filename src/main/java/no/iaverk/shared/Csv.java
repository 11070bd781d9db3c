package no.iaverk.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads small RFC 4180 files (quoted fields, doubled quotes, any delimiter) into rows keyed by the header. */
public final class Csv {

    private Csv() {}

    /** The data rows of a file whose first row is the header; missing trailing fields read as empty strings. */
    public static List<Map<String, String>> read(InputStream in, char delimiter) {
        List<List<String>> rows = parse(in, delimiter);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0);
        List<Map<String, String>> result = new ArrayList<>(rows.size() - 1);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            Map<String, String> named = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                named.put(header.get(i), i < row.size() ? row.get(i) : "");
            }
            result.add(named);
        }
        return result;
    }

    static List<List<String>> parse(InputStream in, char delimiter) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int c;
            while ((c = reader.read()) != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch != '"') {
                        field.append(ch);
                    } else {
                        reader.mark(1);
                        if (reader.read() == '"') {
                            field.append('"');
                        } else {
                            reader.reset();
                            quoted = false;
                        }
                    }
                } else if (ch == '"') {
                    quoted = true;
                } else if (ch == delimiter) {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (ch != '\r') {
                    field.append(ch);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
