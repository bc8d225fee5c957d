package dev.toolspend.model;

/** A file of the input folder, with the digest that identifies its content. */
public record InputFile(String path, String sha256, long size) {
}
