package dev.toolspend.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One tool of a generated company: how it is named in each input, what it costs, how widely it is held
 * and used, and where its usage shows. The names are the ones vendors and admin consoles really write,
 * all resolved by the shipped catalog to {@link #id}.
 *
 * @param id          the catalog id the job must resolve every name below to
 * @param name        the name in the license register and the usage exports
 * @param descriptor  the card-statement merchant text of its charges (null: never billed)
 * @param adoption    share of the employees holding a seat
 * @param activeShare share of the current holders active in the last 30 days
 * @param price       price per seat per billing cycle (null: not in the register)
 * @param cycle       MONTHLY or ANNUAL (per the register)
 * @param currency    currency of its price and its charges
 * @param usage       where its use shows
 * @param renewalDays renewal date as days after the as-of date (null: none given)
 * @param noticeDays  notice period in the register (null: blank, the default applies)
 * @param fixedSeats  seats of a tool nobody's usage tracks (no usage data), else null
 */
record ToolProfile(String id, String name, String descriptor, double adoption, double activeShare, BigDecimal price,
                   Cycle cycle, String currency, Usage usage, Integer renewalDays, Integer noticeDays,
                   Integer fixedSeats) {

    enum Cycle { MONTHLY, ANNUAL }

    /** Where a tool's use shows: the usage summary only, the summary and the event log, or nowhere. */
    enum Usage { SUMMARY, EVENTS, NONE }

    boolean licensed() {
        return price != null;
    }

    boolean tracked() {
        return usage != Usage.NONE;
    }

    private static ToolProfile tool(String id, String name, String descriptor, double adoption, double activeShare,
                                    String price, Cycle cycle, String currency, Usage usage, Integer renewalDays,
                                    Integer noticeDays) {
        return new ToolProfile(id, name, descriptor, adoption, activeShare, price == null ? null : new BigDecimal(price),
                cycle, currency, usage, renewalDays, noticeDays, null);
    }

    /**
     * The company's tools, with the cases the report must find: overlaps (team chat, video, AI assistants,
     * project management), an unused tool (Loom), underused ones (Adobe, Miro, Figma, Asana), renewals
     * (one overdue, one critical, one medium), untracked subscriptions (Calendly, Grammarly), tools without
     * usage data (DocuSign, HubSpot) and a free tool that only has usage (Google Meet).
     */
    static final List<ToolProfile> ALL = List.of(
            tool("slack", "Slack", "SLACK T03ABC*PRO", 0.95, 0.92, "8.75", Cycle.MONTHLY, "USD", Usage.EVENTS, 200, null),
            tool("microsoft-teams", "Microsoft Teams", "MICROSOFT TEAMS ESSENTIALS", 0.30, 0.55, "5.20", Cycle.MONTHLY,
                    "CAD", Usage.EVENTS, null, null),
            tool("zoom", "Zoom", "ZOOM.US 888-799-9666", 0.30, 0.70, "15.99", Cycle.MONTHLY, "USD", Usage.EVENTS, 120, 30),
            tool("webex", "Webex", "CISCO WEBEX", 0.08, 0.30, "144.00", Cycle.ANNUAL, "USD", Usage.SUMMARY, 40, 30),
            tool("google-meet", "Google Meet", null, 0.80, 0.85, null, null, "CAD", Usage.EVENTS, null, null),
            tool("chatgpt", "ChatGPT", "OPENAI *CHATGPT SUBSCR", 0.30, 0.85, "30.00", Cycle.MONTHLY, "USD", Usage.EVENTS,
                    null, null),
            tool("claude", "Claude", "ANTHROPIC CLAUDE.AI", 0.15, 0.75, "30.00", Cycle.MONTHLY, "USD", Usage.EVENTS, null,
                    null),
            tool("jira", "Jira", "ATLASSIAN JIRA SOFTWARE", 0.40, 0.88, "8.60", Cycle.MONTHLY, "USD", Usage.EVENTS, null,
                    null),
            tool("asana", "Asana", "ASANA.COM", 0.10, 0.50, "13.49", Cycle.MONTHLY, "USD", Usage.SUMMARY, null, null),
            tool("figma", "Figma", "FIGMA", 0.12, 0.60, "216.00", Cycle.ANNUAL, "USD", Usage.SUMMARY, 75, 14),
            tool("adobe-creative-cloud", "Adobe Creative Cloud", "ADOBE *CREATIVE CLOUD", 0.10, 0.55, "89.99",
                    Cycle.MONTHLY, "CAD", Usage.SUMMARY, null, null),
            tool("miro", "Miro", "MIRO.COM", 0.20, 0.40, "10.00", Cycle.MONTHLY, "USD", Usage.EVENTS, null, null),
            tool("loom", "Loom", "LOOM.COM", 0.08, 0.0, "12.50", Cycle.MONTHLY, "USD", Usage.SUMMARY, null, null),
            tool("notion", "Notion", "NOTION LABS INC", 0.50, 0.82, "12.00", Cycle.MONTHLY, "USD", Usage.EVENTS, null, null),
            tool("1password", "1Password", "1PASSWORD", 0.98, 0.93, "95.88", Cycle.ANNUAL, "USD", Usage.SUMMARY, 85, 30),
            new ToolProfile("docusign", "DocuSign", "DOCUSIGN INC", 0, 0, new BigDecimal("40.00"), Cycle.MONTHLY, "USD",
                    Usage.NONE, null, null, 5),
            new ToolProfile("hubspot", "HubSpot", "HUBSPOT INC", 0, 0, new BigDecimal("20.00"), Cycle.MONTHLY, "USD",
                    Usage.NONE, 15, 30, 8),
            tool("calendly", "Calendly", "CALENDLY", 0.05, 0, null, Cycle.MONTHLY, "USD", Usage.NONE, null, null),
            tool("grammarly", "Grammarly", "GRAMMARLY", 0.06, 0.70, null, Cycle.MONTHLY, "USD", Usage.SUMMARY, null, null),
            tool("github", "GitHub", "GITHUB INC", 0.25, 0.90, "4.00", Cycle.MONTHLY, "USD", Usage.EVENTS, null, null),
            tool("google-workspace", "Google Workspace", "GOOGLE *WORKSPACE", 1.0, 0.95, "16.80", Cycle.MONTHLY, "CAD",
                    Usage.EVENTS, null, null),
            tool("dropbox", "Dropbox", "DROPBOX*BUSINESS", 0.15, 0.60, "20.00", Cycle.MONTHLY, "USD", Usage.SUMMARY, null,
                    null),
            tool("zendesk", "Zendesk", "ZENDESK INC", 0.05, 0.90, "55.00", Cycle.MONTHLY, "USD", Usage.SUMMARY, null, null));

    /** Tools that appear during a generated year ({@link MonthPlan}): never in a single folder. */
    static final List<ToolProfile> ARRIVING = List.of(
            tool("canva", "Canva", "CANVA", 0.15, 0.90, "14.99", Cycle.MONTHLY, "USD", Usage.SUMMARY, null, null));

    /**
     * The category of each tool, as PRODUCT.md's taxonomy (and the shipped catalog) files it, for the truth's
     * overlap groups; GeneratedDatasetJobIT checks the job's categories against it.
     */
    static final Map<String, String> CATEGORY = Map.ofEntries(
            Map.entry("slack", "Team chat"), Map.entry("microsoft-teams", "Team chat"),
            Map.entry("zoom", "Video conferencing"), Map.entry("webex", "Video conferencing"),
            Map.entry("google-meet", "Video conferencing"), Map.entry("chatgpt", "AI assistant"),
            Map.entry("claude", "AI assistant"), Map.entry("jira", "Project management"),
            Map.entry("asana", "Project management"), Map.entry("figma", "Design"),
            Map.entry("adobe-creative-cloud", "Design"), Map.entry("miro", "Whiteboard"),
            Map.entry("loom", "Async video"), Map.entry("notion", "Wiki & docs"),
            Map.entry("1password", "Password manager"), Map.entry("docusign", "E-signature"),
            Map.entry("hubspot", "CRM"), Map.entry("calendly", "Scheduling"),
            Map.entry("grammarly", "Writing assistant"), Map.entry("github", "Code hosting"),
            Map.entry("google-workspace", "Productivity suite"), Map.entry("dropbox", "File storage"),
            Map.entry("zendesk", "Customer support"), Map.entry("canva", "Design"));

    /** The categories where two tools doing the same job is worth a finding (PRODUCT.md's taxonomy). */
    static final Set<String> OVERLAP_MEANINGFUL = Set.of("Team chat", "Video conferencing", "AI assistant",
            "Project management", "CRM", "File storage", "Code hosting", "Password manager", "E-signature",
            "Customer support", "Forms & surveys", "Accounting");
}
