package dev.toolspend.model;

import java.util.Optional;

/** Looks up the tools and categories the inputs refer to (catalog entries and tools named only in the inputs). */
public interface ToolDirectory {

    /** The tool with this id; ids come from the matcher, so every id in the inputs is known. */
    Tool tool(String id);

    Category category(String id);

    /** A category by its English or French name, any case or accents. */
    Optional<Category> categoryNamed(String name);

    /** Whether the tool was named in the inputs but is not in the catalog. */
    boolean custom(String id);
}
