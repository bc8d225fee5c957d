package dev.toolspend.job.cli;

import dev.toolspend.catalog.Catalog;
import dev.toolspend.ingest.table.CsvTable;
import dev.toolspend.ingest.table.TableRow;
import dev.toolspend.ingest.table.TextEncoding;
import dev.toolspend.job.ToolspendVersion;
import dev.toolspend.model.Category;
import dev.toolspend.model.Tool;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where each string of a workbook comes from: a value of its inputs (a cell, a header, a sheet name, a path), a
 * name of the catalog, a figure (numbers, money, dates, codes), or a label of one language's bundle, its arguments
 * being such strings in turn. {@link #strangers} lists the strings of a workbook that come from none of them: in a
 * French workbook checked against the French bundle, an English sentence is one.
 */
final class ReportWords {

    /** Figures and codes: numbers in either language's style, money, percentages, dates, ISO codes, digests. */
    private static final Pattern FIGURE = Pattern.compile(
            "[-−+]?[\\d\\s\\u00a0\\u202f.,]*\\d[\\d\\s\\u00a0\\u202f.,]*([\\s\\u00a0\\u202f]?"
                    + "(%|\\$|\\$[\\s\\u00a0\\u202f]?CA|CA\\$|US\\$|[A-Z]{3}))?"
                    + "|[-−]?(CA|US)?\\$[\\d,.]+|\\d{4}-\\d{2}(-\\d{2})?|[A-Z]{3}|[0-9a-f]{64}|[\\w.+-]+@[\\w.-]+");
    private static final Pattern PLACEHOLDER_START = Pattern.compile("\\{\\d");

    private final Set<String> values = new HashSet<>();
    private final List<Pattern> labels = new ArrayList<>();

    ReportWords(String language, Path... inputFolders) throws IOException {
        for (Path folder : inputFolders) {
            addInputs(folder);
        }
        Catalog catalog = Catalog.shipped();
        // what the report derives from input values: normalised descriptors (Unrecognised spend)
        for (String value : List.copyOf(values)) {
            values.add(catalog.normaliser().normalise(value));
        }
        values.add(ToolspendVersion.generatedBy());
        for (TextEncoding encoding : TextEncoding.values()) {
            values.add(encoding.label());
        }
        for (Tool tool : catalog.tools()) {
            values.add(tool.id());
            values.add(tool.name());
            values.add(tool.vendor());
            values.add(tool.categoryId());
            values.addAll(tool.aliases());
        }
        for (Category category : catalog.categories()) {
            values.add(category.id());
            values.add(language.equals("fr") ? category.nameFr() : category.nameEn());
        }
        values.add(Catalog.UNCATEGORISED);
        Properties bundle = new Properties();
        try (InputStream in = ReportWords.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
            labels.add(pattern(bundle.getProperty(key)));
        }
    }

    /**
     * A finding's id across periods, as the Actions sheet's last column writes it: a finding type's code and a tool
     * id (README, "Decisions"), a code like a figure.
     */
    private static final Pattern FINDING_ID = Pattern.compile("(?:" + String.join("|",
            java.util.Arrays.stream(dev.toolspend.analysis.FindingType.values()).map(Enum::name).toList())
            + "):[a-z0-9][a-z0-9._-]*");

    /** The workbook's strings that come from nowhere this knows, with the sheet and cell of each. */
    List<String> strangers(Path workbookFile) throws IOException {
        List<String> out = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(workbookFile.toFile())) {
            for (Sheet sheet : workbook) {
                if (!known(sheet.getSheetName(), 0)) {
                    out.add("sheet name " + sheet.getSheetName());
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && !known(cell.getStringCellValue(), 0)) {
                            out.add(sheet.getSheetName() + "!" + cell.getAddress() + ": " + cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether a text is a value, a figure, a label with known arguments, or lines or a list of such. */
    boolean known(String text, int depth) {
        String t = text.strip();
        if (t.isEmpty() || values.contains(t) || FIGURE.matcher(t).matches() || FINDING_ID.matcher(t).matches()
                || values.contains(t.toLowerCase(Locale.ROOT).replace('-', ' '))) {
            return true;
        }
        if (depth > 4) {
            return false;
        }
        if (t.contains("\n")) {
            return Stream.of(t.split("\n")).allMatch(line -> known(line, depth + 1));
        }
        String[] sentences = t.split("(?<=\\.) (?=\\p{Lu})");
        if (sentences.length > 1 && Stream.of(sentences).allMatch(sentence -> known(sentence, depth + 1))) {
            return true;
        }
        for (Pattern label : labels) {
            Matcher m = label.matcher(t);
            if (m.matches()) {
                boolean argumentsKnown = true;
                for (int g = 1; g <= m.groupCount() && argumentsKnown; g++) {
                    argumentsKnown = m.group(g) == null || known(m.group(g), depth + 1);
                }
                if (argumentsKnown) {
                    return true;
                }
            }
        }
        // a source (file:line, file [sheet]:line), a list of values, a value in parentheses
        String unsourced = t.replaceAll(" \\(\\+[\\d\\s\\u00a0\\u202f,]+\\)$", "").replaceAll(":\\d+$", "")
                .replaceAll(" \\[([^\\]]+)]$", "");
        if (!unsourced.equals(t)) {
            return known(unsourced, depth + 1);
        }
        for (String separator : new String[]{", ", "; ", ",", " / ", " — "}) {
            if (t.contains(separator)) {
                return Stream.of(t.split(Pattern.quote(separator))).allMatch(part -> known(part, depth + 1));
            }
        }
        return false;
    }

    /**
     * A label as a pattern: its text literally, each argument a group (whose text {@link #known} checks in turn), a
     * choice one of its texts, those without arguments tried first.
     */
    static Pattern pattern(String label) {
        if (!PLACEHOLDER_START.matcher(label).find()) {
            return Pattern.compile(Pattern.quote(label), Pattern.DOTALL);
        }
        return Pattern.compile(regex(label, true), Pattern.DOTALL);
    }

    /** The regular expression of a MessageFormat pattern (or of one text of a choice, where quotes are single). */
    private static String regex(String format, boolean top) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (top && c == '\'' && i + 1 < format.length() && format.charAt(i + 1) == '\'') {
                literal.append('\'');
                i++;
            } else if (c == '{') {
                int depth = 1;
                int j = i + 1;
                while (j < format.length() && depth > 0) {
                    depth += format.charAt(j) == '{' ? 1 : format.charAt(j) == '}' ? -1 : 0;
                    j++;
                }
                String argument = format.substring(i + 1, j - 1);
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                String[] parts = argument.split(",", 3);
                if (parts.length == 3 && parts[1].strip().equals("choice")) {
                    List<String> options = new ArrayList<>();
                    for (String option : splitChoices(parts[2])) {
                        options.add(regex(option.substring(option.indexOf(option.contains("#") ? '#' : '<') + 1),
                                false));
                    }
                    options.sort(java.util.Comparator.comparing(option -> option.contains("(.*?)")));
                    regex.append("(?:").append(String.join("|", options)).append(')');
                } else {
                    regex.append("(.*?)");
                }
                i = j - 1;
            } else {
                literal.append(c);
            }
        }
        return regex.append(Pattern.quote(literal.toString())).toString();
    }

    /** The options of a choice format, split on the bars outside nested arguments. */
    private static List<String> splitChoices(String choices) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < choices.length(); i++) {
            char c = choices.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (c == '|' && depth == 0) {
                out.add(choices.substring(start, i));
                start = i + 1;
            }
        }
        out.add(choices.substring(start));
        return out;
    }

    private void addInputs(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                values.add(relative);
                String name = relative.toLowerCase(java.util.Locale.ROOT);
                if (name.endsWith(".xlsx")) {
                    addWorkbook(file);
                } else if (name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")) {
                    addCsv(file);
                }
            }
        }
    }

    private void addWorkbook(Path file) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                values.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            values.add(cell.getStringCellValue().strip());
                        }
                    }
                }
            }
        }
    }

    /** Every cell of a CSV file, read as toolspend reads it (encoding and delimiter detected). */
    private void addCsv(Path file) throws IOException {
        try (CsvTable table = CsvTable.open(file)) {
            for (TableRow row; (row = table.next()) != null; ) {
                row.texts().forEach(text -> values.add(text.strip()));
            }
        }
    }
}
