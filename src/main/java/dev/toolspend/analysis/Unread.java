package dev.toolspend.analysis;

import dev.toolspend.model.IgnoredInput;
import dev.toolspend.model.Rejection;

import java.util.List;

/**
 * What the inputs held that the rules could not use, as far as it bears on money: the rejected rows of billing
 * tables (with what each would have counted, when readable), the rejected rows of license registers, and the
 * files and sheets that were not read.
 */
public record Unread(List<Rejection> billingRows, List<Rejection> licenseRows, List<IgnoredInput> notRead) {

    public static final Unread NONE = new Unread(List.of(), List.of(), List.of());

    public Unread {
        billingRows = List.copyOf(billingRows);
        licenseRows = List.copyOf(licenseRows);
        notRead = List.copyOf(notRead);
    }
}
