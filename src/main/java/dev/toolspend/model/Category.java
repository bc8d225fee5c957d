package dev.toolspend.model;

/**
 * A tool category.
 *
 * @param overlap whether two tools in this category are a meaningful overlap (two video-call tools are)
 */
public record Category(String id, String nameEn, String nameFr, boolean overlap, String focusCategory) {
}
