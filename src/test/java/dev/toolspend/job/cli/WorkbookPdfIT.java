package dev.toolspend.job.cli;

import dev.toolspend.report.Labels;
import dev.toolspend.report.LibreOffice;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples' workbook as it prints: the job writes it (English and French), LibreOffice prints every sheet to PDF,
 * each page is rendered to PNG (in {@code target/workbook-pages/<lang>/}, to look at) and the PDF's text, read back
 * with its positions, must show no two strings overlapping (text running into the next cell, a wrapped line into the
 * next row, a header into the first row), a Summary of one page, and the footer on every page: the title, "page N
 * of M" and the input fingerprint. Needs LibreOffice: tagged external ({@code mvn -Pexternal verify}).
 */
@Tag("external")
class WorkbookPdfIT {

    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{12}");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void theSamplesPrintReadably(String language) throws Exception {
        Labels labels = Labels.of(language);
        Path out = temp.resolve("out");
        // September first, into history: October's workbook has its trend, charts and month over month to print
        assertThat(ToolspendCommand.commandLine(new String[0]).execute("--input", "input-samples", "--output",
                temp.resolve("september").toString(), "--period", "2026-09", "--lang", language, "--data-dir",
                temp.resolve("data").toString())).isZero();
        assertThat(ToolspendCommand.commandLine(new String[0]).execute("--input", "input-samples", "--output",
                out.toString(), "--period", "2026-10", "--lang", language, "--data-dir", temp.resolve("data").toString()))
                .isZero();
        Path workbook;
        try (var files = Files.list(out)) {
            workbook = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        Path pdf = toPdf(workbook);
        Path pages = Path.of("target/workbook-pages", language);
        Files.createDirectories(pages);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int count = document.getNumberOfPages();
            PDFRenderer renderer = new PDFRenderer(document);
            int summaryPages = 0;
            String title = labels.get("summary.title", "2026-10");
            for (int page = 0; page < count; page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 60, ImageType.RGB), "png",
                        pages.resolve(String.format(Locale.ROOT, "page-%02d.png", page + 1)).toFile());
                Glyphs glyphs = new Glyphs(page + 1);
                String text = glyphs.getText(document);
                String where = language + " page " + (page + 1);
                // the page header names the sheet, the footer the title, the page of the pages, the inputs
                if (text.startsWith(labels.get("sheet.summary") + "\n")) {
                    summaryPages++;
                }
                String pageOf = labels.get("print.page").replace("&P", String.valueOf(page + 1))
                        .replace("&N", String.valueOf(count));
                assertThat(text).as(where).contains(pageOf).contains(title);
                assertThat(text).as(where).containsPattern(Pattern.quote(labels.get("print.inputs", "")) + FINGERPRINT);
                assertThat(glyphs.overlaps()).as(where + ": strings that overlap").isEmpty();
            }
            assertThat(summaryPages).as("pages of the Summary").isEqualTo(1);
        }
    }

    /** Every glyph of one page in the order the page draws them, with its box. */
    private static final class Glyphs extends PDFTextStripper {

        private final List<TextPosition> drawn = new ArrayList<>();

        Glyphs(int page) throws IOException {
            setStartPage(page);
            setEndPage(page);
            setSortByPosition(true);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text);
            drawn.add(text);
        }

        /**
         * Pairs of glyphs that overlap by more than a third of the smaller one and are not drawn one after the other
         * (neighbours in one string touch by their kerning): "a|b" with where each stands.
         */
        List<String> overlaps() {
            record Box(int index, String text, Rectangle2D box) {
            }
            List<Box> boxes = new ArrayList<>();
            for (int i = 0; i < drawn.size(); i++) {
                TextPosition t = drawn.get(i);
                if (t.getUnicode() == null || t.getUnicode().isBlank()) {
                    continue;
                }
                float height = t.getHeightDir();
                boxes.add(new Box(i, t.getUnicode(), new Rectangle2D.Float(t.getXDirAdj(), t.getYDirAdj() - height,
                        t.getWidthDirAdj(), height)));
            }
            boxes.sort(Comparator.comparingDouble(b -> b.box().getX()));
            List<String> found = new ArrayList<>();
            for (int i = 0; i < boxes.size() && found.size() < 20; i++) {
                Box a = boxes.get(i);
                for (int j = i + 1; j < boxes.size() && boxes.get(j).box().getX() < a.box().getMaxX(); j++) {
                    Box b = boxes.get(j);
                    if (Math.abs(a.index() - b.index()) <= 1) {
                        continue;
                    }
                    Rectangle2D both = a.box().createIntersection(b.box());
                    double smaller = Math.min(area(a.box()), area(b.box()));
                    if (!both.isEmpty() && area(both) > smaller / 3) {
                        found.add(a.text() + "|" + b.text() + " at " + Math.round(a.box().getX()) + ","
                                + Math.round(a.box().getY()) + " and " + Math.round(b.box().getX()) + ","
                                + Math.round(b.box().getY()) + ": " + context(a.index()) + " / " + context(b.index()));
                    }
                }
            }
            return found;
        }

        private String context(int index) {
            StringBuilder text = new StringBuilder();
            for (int i = Math.max(0, index - 8); i < Math.min(drawn.size(), index + 8); i++) {
                text.append(drawn.get(i).getUnicode());
            }
            return text.toString();
        }

        private static double area(Rectangle2D box) {
            return Math.max(0, box.getWidth()) * Math.max(0, box.getHeight());
        }
    }

    private Path toPdf(Path workbook) throws IOException, InterruptedException {
        return LibreOffice.toPdf(workbook, temp).pdf();
    }
}
