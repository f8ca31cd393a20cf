//! `sopbook convert`: snapshots of the RST and Markdown written from our
//! own made-up legacy SOPs, a property test (any text converts without a
//! panic and loses no word), the command's file handling, and the fidelity
//! figures on the corpus when it and python docutils are present.

use crate::support;
use sopbook::convert::{self, Target};
use std::collections::HashMap;
use std::path::Path;
use std::process::Stdio;

const CASES: &[&str] = &[
    "printout-section-under-blank",
    "titled-dash-labels-with-announced-settings",
    "mail-pasted-flush",
    "device-prompt-glued",
    "windows-command-prompt",
    "grid-output-under-command",
    "part-label-over-lead-in",
    "item-yaml-sequence-values",
    "item-closing-words-hung-items",
    "item-closing-words-at-margin",
    "colon-sample-over-sentence",
    "dump-pre-sentence-at-prompt-column",
    "glossed-field-names",
    "command-line-going-on-in-a-clause",
    "numbered-part-opening-with-link",
    "step-after-flush-command",
    "log-day-month-stamp",
    "inventory-set-in-kept",
    "remark-after-quoted-word",
    "greeting-mail-under-colon",
    "label-over-lower-sentence",
    "short-lead-between-commands",
    "quoted-pipe-in-item-sentence",
    "item-sudo-command-with-words",
    "item-announced-bare-calls",
    "item-sample-at-marker-margin",
    "printout-section-under-deeper-line",
    "heading-over-lone-deeper-line",
    "shown-line-unstopped-lead",
    "short-label-links",
    "starred-code-span",
    "marker-led-rows-in-columns",
    "then-phrase-between-commands",
    "item-runs-over-command",
    "rows-set-out-left-of-prose",
    "one-word-rows-under-colon",
    "banner-output-after-blank",
    "comments-among-announced-settings",
    "command-over-column-head-at-section-start",
    "program-named-lead-in-colon",
    "prompt-output-nested-dashes",
    "short-rule-under-first-line",
    "contents-depths-over-inverted-marks",
    "typed-unknown-command-under-colon",
    "form-fields-with-hints-under-colon",
    "what-it-looks-like-label-heading",
    "defined-items-with-equals",
    "item-bracket-closed-set-deeper",
    "listed-heading-set-left-in-prose",
    "dump-marker-wrapped-off-its-word",
    "printed-name-value-record-after-command",
    "connective-alone-over-its-sentence",
    "numbered-title-after-ended-list",
    "star-wildcard-not-emphasis",
    "sentence-over-set-in-output",
    "number-sign-in-sentence",
    "sql-revoke-block",
    "quoted-command-set-out-left-of-lead",
    "moin-code-span-line-under-colon",
    "margin-lead-in-over-set-in",
    "command-output-sentence-under-colon",
    "output-announced-after-blank",
    "item-cue-word-over-command",
    "item-text-back-after-commands",
    "section-name-without-underline",
    "condition-heading-names-path",
    "contents-sub-number-run-into-title",
    "references-bracketed-and-glued-markers",
    "o-bullets-under-plus-items",
    "fields-set-apart-outside-contact",
    "last-field-wrapped-before-next-part",
    "sentence-over-list-after-command",
    "step-colon-clauses-stay-text",
    "printout-header-with-slashed-names",
    "section-number-wrapped-onto-a-line",
    "semicolon-lines-set-in",
    "lone-setting-under-an-item",
    "device-prompt-named-mid-sentence",
    "facts-set-apart-one-a-line",
    "list-lead-in-under-a-section-heading",
    "quoted-mail-under-an-example-lead",
    "yaml-opened-by-setting",
    "tagged-message-under-item",
    "command-between-sentences",
    "command-with-aside",
    "command-output-under-colon-and-blank",
    "note-goes-on-under-its-commands",
    "margin-sentence-stops-short",
    "activity-labels-among-label-headings",
    "aside-with-a-range-in-a-phase-name",
    "prompt-then-joining-line",
    "pronoun-ending-item-line",
    "checksum-command-alone",
    "tagged-messages-named-twice",
    "sentence-cut-on-use",
    "command-cut-into-sentence-resumed",
    "run-set-in-under-colon",
    "line-flush-under-colon",
    "prompt-named-in-a-lead-in",
    "item-line-broken-off-on-a-small-word",
    "capitals-question-over-text",
    "log-level-line-under-colon",
    "item-commands-set-deeper",
    "colon-sample-set-in-one",
    "device-log-code-under-item",
    "lone-prompt-rows-after-blank",
    "command-then-condition-set-back",
    "legend-back-at-margin",
    "controller-prompt-in-brackets",
    "lead-over-contact-block",
    "python-traceback-pasted",
    "tab-led-sibling-in-set-in-code",
    "rows-lined-up-under-header",
    "item-wrapped-over-setback-command",
    "tilde-underline-no-fence",
    "moin-sentence-runs-into-fence",
    "faq-page-lone-contact-title",
    "session-group-renamed",
    "session-rows-resumed",
    "margin-item-resumed-in-turn",
    "remark-closing-announced-settings",
    "prompt-answered-left-of-item",
    "wide-line-under-colon",
    "sample-mid-sentence-small-word",
    "four-word-field-names",
    "figure-wraps-in-item",
    "sentence-over-spaced-items",
    "sentence-a-line-short-close",
    "rows-set-in-one-space",
    "report-section-again",
    "quoted-message-set-in",
    "rows-in-item-under-example",
    "row-set-in-under-colon-then-and",
    "item-sentence-stops-short",
    "quoted-passage-under-lead-in",
    "moin-item-text-at-marker-column",
    "tagged-lines-set-in",
    "output-left-of-step-marker",
    "errors-under-colon-lines",
    "tagged-lines-under-colon",
    "command-set-back-under-item-sentence",
    "lone-o-bullet-under-star-item",
    "bold-note-label-colon-outside",
    "note-word-among-field-rows",
    "framed-output-under-bracket-prompt",
    "remark-after-announced-commands",
    "quoted-argument-under-step-phrase",
    "labels-alone-over-values-set-in",
    "numbered-parts-tight-list-past-next-number",
    "pid-tagged-lines-set-in",
    "annotated-listing-under-colon",
    "contact-then-field-wrapped-flush",
    "session-asks-account-password",
    "lone-contact-under-opening-paragraph",
    "lead-fields-value-wrapped-deeper",
    "fields-set-in-one-column-under-colon",
    "link-set-in-mid-sentence",
    "prompt-named-mid-sentence",
    "terse-command-over-commands",
    "report-past-blank-lines",
    "numbered-title-after-list-named-in-contents",
    "sql-clauses-wrapped-in-capitals",
    "quoted-line-under-colon",
    "command-wrapped-into-short-sentence-end",
    "sentence-wrapped-after-set-out-command",
    "printout-section-underlined",
    "grid-rows-typed-short",
    "capitals-header-over-rows",
    "rows-under-step-colon",
    "tight-lower-crib-sheet",
    "lettered-cases-over-flush-text",
    "setting-named-in-sentence",
    "numbered-title-over-command",
    "stamped-line-under-colon",
    "message-over-details-under-prompt",
    "numbered-title-over-chained-command",
    "pool-commands-under-label",
    "status-line-under-prompt",
    "lone-line-of-joined-names",
    "quoted-value-message-under-prompt",
    "item-phrase-over-command",
    "title-underlined-with-two-marks",
    "fields-under-sample-lead-in",
    "sample-under-pointing-item",
    "command-named-mid-sentence",
    "moin-file-name-over-braces",
    "lone-then-between-commands",
    "closing-sentence-after-ragged-stop",
    "path-opens-a-sentence",
    "mode-prompt-under-item",
    "numbered-bare-commands",
    "session-output-flags-line",
    "item-quotes-a-spaced-row",
    "numbered-parts-open-with-commands",
    "quoted-report-under-colon",
    "form-to-fill-in",
    "lead-over-worded-fields",
    "log-sample-under-item",
    "byline-with-its-reason",
    "field-note-quotes-a-name",
    "numbered-parts-over-commands",
    "path-comma-names-a-macro",
    "mail-set-in-under-colon",
    "command-under-sentence-broken-off",
    "settings-set-in-mid-sentence",
    "session-output-heading",
    "stamped-log-line-under-item",
    "prompt-cuts-comma-sentence",
    "session-asks-for-input",
    "plain-command-over-commands",
    "numbered-parts-inner-list",
    "term-running-into-a-sentence",
    "column-header-over-one-row",
    "numbered-title-short-rule",
    "quoted-excerpt-set-in",
    "underline-under-sentence",
    "csv-record-announced",
    "pointed-line-mid-sentence",
    "lower-header-announced",
    "zero-wrapped-in-numbered-parts",
    "phrase-over-commands",
    "sentence-back-ends-on-like",
    "letter-kept-whole",
    "sample-laid-out",
    "shell-loop-line",
    "loop-under-item-text",
    "prose-after-command-leads-in",
    "glued-name-over-quoted-words",
    "label-closing-paragraph",
    "lead-over-fields",
    "dated-bullet-not-contents",
    "number-wrapped-in-item",
    "session-column-rules",
    "output-bracket-left-open",
    "summary-counts",
    "listing-trailer",
    "ruled-columns-paste",
    "listing-entries-at-margin",
    "contents-deeper-than-layout",
    "aligned-status-report",
    "item-sentence-under-prompt",
    "name-value-columns",
    "capitals-over-subsections",
    "signature-over-reply",
    "quoted-command-sentence",
    "listing-groups-resumed",
    "qa-pairs-commands",
    "names-over-set-in-parts",
    "question-names-over-prose",
    "listing-entries-resumed",
    "mailbox-lines",
    "arrow-notes",
    "systemd-status-paste",
    "moin-comments-between",
    "moin-fence-in-run",
    "moin-rule-over-text",
    "moin-marked-note-in-item",
    "dump-item-settings-resumed",
    "flat-captioned-commands",
    "flat-prose-over-prompt-data",
    "prompt-records-resumed",
    "flat-sentence-under-lone-line",
    "command-ends-sentence",
    "lead-in-after-snippet",
    "log-line-after-colon",
    "path-in-sentence",
    "contact-hanging-wrap",
    "dump-part-section",
    "contacts-over-fields",
    "labels-over-text",
    "moin-contact-bullets-wrapped",
    "mediawiki-continued",
    "mediawiki-images",
    "mediawiki-footnotes",
    "mediawiki-ref-lines",
    "org-bare-table",
    "org-italic",
    "asciidoc-ui-macros",
    "asciidoc-admonition-block",
    "asciidoc-admonition-nested",
    "capitals-headings",
    "example-announced",
    "field-chunk",
    "code-directive",
    "rst-links",
    "export-numbered",
    "confluence-table",
    "tab-bullets",
    "kb-fields",
    "contact-label",
    "kb-parts",
    "kb-related",
    "contact-phones",
    "mail-headers",
    "backtick-fences",
    "closing-sentence",
    "closing-line",
    "dashed-columns",
    "dashed-columns-wrapped",
    "dump-flush-paragraph",
    "double-star-strong",
    "caution-label",
    "quoted-lines",
    "pipe-table",
    "star-separator",
    "work-notes",
    "option-command-line",
    "decimal-sections",
    "section-dash-titles",
    "sentence-over-indent",
    "numbered-sub-lines",
    "label-value-list",
    "bold-label-lines",
    "label-line",
    "wrapped-sql-note",
    "counted-paragraphs",
    "sentence-lines",
    "point-colon-block",
    "config-stanzas",
    "case-paragraphs",
    "moin1-macros",
    "host-asides",
    "ragged-stop",
    "command-then-sentence",
    "set-off-label",
    "field-names",
    "commands-under-colon-tail",
    "dump-command-sentence",
    "settings-block",
    "links-dump",
    "lynx-dump",
    "dokuwiki-levels",
    "dokuwiki-page",
    "trac-page",
    "jira-links",
    "contact-bullets",
    "moin-warning-sign",
    "org-headings",
    "asciidoc-listing",
    "org-blocks",
    "dokuwiki-blocks",
    "dokuwiki-notes-nested",
    "tab-table",
    "unicode-bullets",
    "confluence",
    "html-pre",
    "mediawiki",
    "mediawiki-table",
    "textile",
    "heading-over-block",
    "underlined",
    "flush-left",
    "moinmoin",
    "numbered-headings",
    "contents-block",
    "contact-wrapped",
    "prompts",
    "nested-lists",
    "note-icons",
    "link-markers",
    "comment-header",
    "rst-markup",
    "two-columns",
    "announced-line",
    "lowercase-sql",
    "piped-command",
    "indented-commands",
    "contents-named",
    "contact-scope",
    "code-then-sentence",
    "sudo-wordy",
    "note-list",
    "item-wrapped-path",
    "open-ended-colon",
    "aligned-pairs",
    "outdented-title",
    "comment-then-code",
    "item-points",
    "file-list",
    "headed-list",
    "heading-stop",
    "dashed-names",
    "named-items",
    "dump-table",
    "sql-notes",
    "item-command",
    "shell-steps",
    "intro-commands",
    "heading-callout",
    "irc-lines",
    "contact-run-on",
    "repeated-heading",
    "first-line-indent",
    "deep-prose",
    "contents-plain",
    "contents-unnumbered",
    "step-aside",
    "name-labels",
    "file-pairs",
    "headed-wrapped",
    "contact-spaced",
    "path-sentence",
    "numbered-lone",
    "note-bullet",
    "note-that",
    "empty-bare",
    "colon-link",
    "note-aside",
    "option-flags",
    "open-bracket-step",
    "margin-command",
    "diff-lines",
    "colon-url",
    "item-continued",
    "separator-line",
    "coded-table",
    "column-label",
    "key-blob",
    "laid-out-runs",
    "braced-body",
    "described-file",
    "colon-session",
    "diff-marks",
    "open-brace-step",
    "yaml-items",
    "outline-labels",
    "link-lines",
    "colon-commands",
    "lone-sub-bullet",
    "item-long-points",
    "sql-comment-chunks",
    "steps-laid-out",
    "item-after-code",
    "sql-note-chunk",
    "colon-listing",
    "connective-word",
    "run-sub-bullet",
    "outline-wrapped",
    "servers-wrapped",
    "prompt-answers",
    "nested-colon",
    "quoted-command",
    "lettered-answers",
    "prompts-more",
    "steps-margin-commands",
    "numbers-skipped",
    "glob-stars",
    "sublist-one-in",
    "address-lines",
    "terms-apart",
    "bullets-one-in",
    "steps-typed-left",
    "dash-at-wrap",
    "see-also",
    "marked-label",
    "servers-words",
    "last-step-command",
    "underlined-body-two",
    "bracket-prompts",
    "command-then-intro",
    "contact-markers",
    "contact-lines",
    "steps-at-margin",
    "moin-marks",
    "moin-fences",
    "lone-star",
    "idea-word",
    "bare-label",
    "session-exit",
    "glued-index",
    "step-lines",
    "numbered-underlined",
    "bare-literal-mark",
    "auto-numbered",
    "url-then-emphasis",
    "list-then-sentence",
    "question-answer",
    "rst-tables",
    "field-contacts",
    "dump-rule",
    "footnote-marks",
    "two-header-rows",
    "colon-section-subs",
    "margin-closing-line",
    "moin-table",
    "moin-links",
    "moin-bold-fields",
    "moin-furniture",
    "margin-paragraph-list",
    "moin-letters",
    "margin-settings",
    "item-bare-command",
    "colon-columns",
    "margin-label-over",
    "hash-headings",
    "margin-list-command",
    "colon-named-fields",
    "colon-output-columns",
    "hash-remark",
    "hash-announced",
    "servers-paren-comma",
    "step-alone",
    "step-sections",
    "moin-inline-marks",
    "moin-spans",
    "dump-references",
    "checklist",
    "checklist-mixed",
    "reference-links",
    "column-header",
    "contents-tight",
    "command-then-instruction",
    "root-prompts",
    "mail-signature",
    "moin-contents-title",
    "moin-sections-untitled",
    "moin-sections-first-line",
    "gapped-headings",
    "numbered-questions",
    "dump-visible-links",
    "command-remark",
    "starred-warning",
    "colon-label-five",
    "asciidoc-page",
    "asciidoc-steps",
    "asciidoc-table",
    "org-table",
    "org-table-rules",
    "table-continued",
    "org-descriptions",
    "moin-labelled",
    "org-drawers",
    "hashed-over-text",
    "lynx-subheads",
    "spaced-table",
    "markdown-page",
    "markdown-unknown-tag",
    "markdown-fence-info",
    "markdown-fence-in-fence",
    "faq-questions",
    "faq-under-heading",
    "faq-title-underlined",
    "bracketed-numbers",
    "columns-over-continuation",
    "wrapped-sentence-set-in",
    "bare-section-names",
    "announced-marked-output",
    "nb-note",
    "lowercase-fields",
    "scratch-commands",
    "bang-banner",
    "man-page",
    "notepad-steps",
    "code-meanings",
    "title-byline",
    "answer-parts",
    "step-page-labels",
    "unwrapped-sentences",
    "zim-page",
    "zim-verbatim",
    "zim-checkboxes",
    "vimwiki-page",
    "vimwiki-tasks",
    "vimwiki-fence",
    "vimwiki-links",
    "bbcode-post",
    "bbcode-lists",
    "bbcode-quotes",
    "twiki-topic",
    "twiki-tables",
    "creole-page",
    "creole-lists",
    "tiddly-tiddler",
    "mail-thread",
    "mail-boxed-title",
    "word-text",
    "word-text-wrapped",
    "paste-furniture",
    "paste-code",
    "paste-panels",
    "paste-fields",
    "paste-nested",
    "step-typed-command",
    "commands-intro-commands",
    "pod-page",
    "pod-tags",
    "pod-short-tags",
    "info-nodes",
    "info-definitions",
    "info-references",
    "underlined-numbered-same",
    "contact-tabbed",
    "step-setback-output",
    "title-edited-byline",
    "map-columns",
    "moin-contact-wrap-margin",
    "yaml-value-pasted",
    "links-dump-contents-glued",
    "underlined-contents-subnumbers",
    "title-glued-fields",
    "title-glued-contact-heading",
    "title-over-commands",
    "glued-section-names",
    "glued-names-in-contents",
    "flush-tab-config-log",
    "flush-step-output-intro",
    "prompt-bullet-output",
    "servers-three-names",
    "title-under-commands",
    "dump-pre-columns",
    "dump-output-resumed",
    "dump-output-line",
    "glued-names-over-lists",
    "sentence-left-of-commands",
    "notes-and-names-after-lists",
    "written-steps-numbered-parts",
    "name-over-steps-columns",
    "contact-tabbed-column",
    "flushleft-quoted-problems",
    "links-commented-output",
    "flushleft-label-sections",
    "flushleft-glued-sections",
    "zsh-csh-prompts",
    "item-example-block",
    "note-set-in-command",
    "underlined-terms-hanging",
    "groff-o-bullets",
    "word-columns-no-colon",
    "roman-substeps",
    "written-steps-over-commands",
    "servers-qualified-wrapped",
    "dump-counted-bullets",
    "dump-cut-addresses",
    "dump-host-points",
    "moin-anchor-attachment",
    "grid-ruleless-body",
    "meta-title-own-heading",
    "named-paths-sublist",
    "dated-events",
    "labels-beside-a-part",
    "worded-option-items",
    "directive-sections",
    "caps-heads-table-output",
    "record-line-in-item",
    "sentence-cut-by-block",
    "colon-prompt-session",
    "moin-parser-block",
    "moin-loose-terms",
    "quoted-message-subsections",
    "margin-step-many-blocks",
    "part-step-headings",
    "signed-handle-line",
    "labels-over-fields-and-links",
    "field-points-stay-a-list",
    "numbered-heads-some-tight",
    "dashed-names-padded",
    "three-columns-with-commas",
    "long-label-among-labels",
    "terse-commands-under-colon",
    "sql-capitals-wrapped",
    "signoff-name-and-date",
    "page-indented-whole",
    "glued-name-lower-case-opening",
    "labels-question-and-set-in-list",
    "moin-page-link-text",
    "title-over-tagline",
    "timed-events-wrapped",
    "sentence-after-hanging-list",
    "moin-contact-table",
    "moin-emphasis-brackets",
    "moin-link-after-colon",
    "set-in-lead-ins",
    "item-link-under-colon",
    "tab-inside-set-in-code",
    "fields-under-title-among-glued-names",
    "lower-case-fields-wrapped-and-tabbed",
    "starred-and-arrow-headings",
    "bare-name-over-fields",
    "margin-prompts-then-label",
    "contents-outline-without-bullets",
    "recipe-names-in-lower-case",
    "label-over-list-to-heading",
    "moin-wiki-note-box",
    "numbered-item-glued-to-stop",
    "change-log-in-three-columns",
    "labels-over-checklists",
    "rule-under-spaced-column-names",
    "prompt-output-left-of-dump-prose",
    "dump-table-tight-column",
    "contact-field-of-three-words",
    "dump-command-inside-definition",
    "bracketed-address-broken-over-lines",
    "moin-strong-mail-address",
    "address-broken-after-slash",
    "bullet-glued-to-word",
    "field-value-bracket-over-command-word",
    "labels-over-set-in-commands",
    "set-in-command-then-lower-case-sentence",
    "prompt-banner-line-set-in",
    "fields-with-phone-extension",
    "moin-strong-aside-in-brackets",
    "contact-field-left-blank",
    "title-over-remark-or-revised",
    "title-with-clause-over-byline",
    "cause-and-action-parts",
    "column-fields-wrapped-and-long-name",
    "command-set-in-mid-sentence",
    "grid-glued-under-name",
    "field-name-with-brackets",
    "option-terms-over-help",
    "title-glued-over-text",
    "columns-set-in-inside-prose",
    "contents-flat-numbers-no-dots",
    "label-over-number-or-looks-like",
    "moin-long-lines-one-paragraph",
    "moin-bold-channel",
    "item-command-under-open-sentence",
    "small-column-header-wrapped",
    "dated-terms-over-entries",
    "caps-contents-flat-run",
    "fields-value-wrapped-deeper",
    "long-step-lines-as-sections",
    "tagged-log-line-under-colon",
    "script-glued-under-text",
    "quoted-phrase-command-set-in",
    "commented-short-commands",
    "column-fields-stated-under-colon",
    "meaning-action-parts",
    "dash-pair-separator",
    "sql-wrapped-lower-case",
    "contents-heading-over-command",
    "item-bracket-wraps-command",
    "blank-field-of-other-name",
    "diagram-boxes-set-in",
    "prompt-output-rules",
    "contact-bullets-under-intro",
    "capitals-header-typed-table",
    "short-underlines-contents-title",
    "prompt-word-in-sentence",
    "lowercase-program-titles",
    "lone-labelled-step-command",
    "keyed-path-under-colon",
    "cases-set-in-under-drawn-heading",
    "command-set-in-under-stop",
    "output-under-colon-command",
    "sentences-between-paths",
    "label-set-in-under-item",
    "lettered-question-answer",
    "contact-title-over-set-in-fields",
    "quoted-pattern-keys-mapping",
    "seven-word-glued-name",
    "literal-after-semicolon-or-bang",
    "crib-shell-notes",
    "contents-lower-name",
    "glued-name-over-mail-lead",
    "moin-stop-over-code",
    "step-over-its-command",
    "note-icon-as-step",
    "title-with-bracket-aside",
    "paths-then-what-is-there",
    "set-in-line-over-prompt-at-margin",
    "contact-template-to-copy",
    "yaml-key-over-one-setting",
    "lowercase-page-sections",
    "option-value-in-double-quotes",
    "program-option-wordy-args",
    "path-rows-under-colon",
    "program-sentences-in-output",
    "remark-under-output",
    "name-over-command-at-margin",
    "paths-then-words-after-colon",
    "prompts-then-sentence-over-set-in-command",
    "inventory-name-beside-words",
    "path-over-what-it-holds",
    "bare-sections-beside-underlined",
    "timeline-sentence-spacing",
    "signoff-initials-date",
    "mail-template-to-copy",
    "fields-wrapped-flush-left",
    "long-output-under-colon",
    "columns-under-sentence-end",
    "subcommands-over-help",
    "moin-quotes-on-name-punctuation",
    "names-over-mixed-set-in-parts",
    "dump-label-two-in",
    "padded-dash-rows-set-in",
    "dump-pre-tree",
    "two-fields-pair",
    "clause-after-semicolon-help",
    "numbered-step-with-colon",
    "link-alone-under-item",
    "stanzas-one-setting-each",
    "columns-set-in-under-stop",
    "named-fields-each-wrapped",
    "sentence-after-margin-prompts",
    "title-cased-seven-words-over-name",
    "label-clause-after-comma",
    "mail-subject-alone-set-in",
    "mail-quoted-with-headers",
    "chat-bot-commands-set-in",
    "bare-name-over-pipe-table",
    "column-header-under-prompt-then-sentence",
    "glued-name-over-short-lead-in",
    "glued-name-over-short-lead-in-list",
    "moin-quoted-pattern",
    "joining-line-after-set-in-command",
    "sentence-after-nested-list-at-margin",
    "step-number-labels",
    "dump-pre-announced",
    "crontab-entry-under-text",
    "numbered-short-underlines",
    "wrapped-prose-round-set-in-code",
    "option-value-date-pattern",
    "crontab-entry-under-colon",
    "moin-code-span-item",
    "contents-heading-beside-sections",
    "settings-padded-to-equals",
    "tab-rows-under-prose",
    "named-points-nested-stay-bullets",
    "remark-after-unstopped-items",
    "question-glued-to-text",
    "wrapped-field-among-contact-fields",
    "boxed-remark-warning",
    "contact-title-glued-on-underlined-page",
    "sample-form-under-like-this",
    "log-line-set-in-mid-paragraph",
    "star-rules-not-creole",
    "double-dash-terms",
    "framed-box-warning",
    "points-then-flush-sentence",
    "contents-named-numbers-glued",
    "capitals-output-after-colon",
    "double-dash-names-under-glued-name",
    "question-glued-over-prose",
    "sub-steps-under-numbered-parts",
    "lead-in-lines-not-in-contents",
    "field-value-wrapped-after-open-word",
    "arrow-points-under-lead-in",
    "flat-schedule-and-links",
    "user-host-prompt-after-sentence",
    "sentences-under-hung-items",
    "sentence-closing-column-rows",
    "dated-field-under-title",
    "moin-heading-uneven-closing",
    "columns-first-row-names-paths",
    "dumped-icon-glued-to-text",
    "sentence-back-left-over-printout",
    "label-over-hand-columns",
    "command-set-back-after-open-word",
    "long-field-name-set-in-value",
    "heading-with-bracketed-note-commas",
    "moin-quoted-home-path",
    "prompt-output-row-empty-value",
    "field-value-last-word-set-in",
    "lone-command-set-in-two",
    "questions-name-all-sections",
    "path-line-leads-in-block",
    "address-broken-by-wrap",
    "bulleted-dated-changes",
    "run-in-failure-cases",
    "contents-sub-entries-over-text",
    "two-fields-one-a-name",
    "form-set-in-under-sentence",
    "csh-prompt-sudo-plain-words",
    "flush-heading-ten-words",
    "outline-sub-numbers",
    "moin-quoted-plus-address",
    "seven-word-name-over-steps",
    "points-then-colon-sentence",
    "table-command-header-wide-cell",
    "glued-number-last-entry",
    "root-prompt-output-rules",
    "name-over-number-lead-in",
    "columns-table-closed-by-sentence",
    "yaml-item-nested-list-then-text",
    "mail-template-set-out-under-colon",
    "powershell-prompt",
    "item-resumes-after-margin-commands",
    "glued-name-over-host-lead",
    "wrapped-sentence-bracket-set-in",
    "sub-item-command-under-marker",
    "lead-in-blank-then-commands",
    "moin-bold-field-among-contacts",
    "title-over-one-field",
    "fields-last-value-remark",
    "item-header-line-set-in",
    "aligned-rows-set-in",
    "lone-terse-command-under-colon",
    "remote-command-in-step",
    "tagged-message-mid-sentence",
    "step-colon-names",
    "lower-terms-set-in",
    "joined-after-command",
    "hosts-set-in-under-lead",
    "run-in-cases-one-word-last",
    "comma-lead-over-command",
    "sample-columns-announced",
    "session-waits-for-key",
    "phrase-over-drawn-table",
    "item-title-over-its-sentences",
    "bare-sub-numbers",
    "sample-under-pointing-word",
    "question-among-glued-names",
    "label-under-item-text",
    "bare-step-lines",
    "status-third-column",
    "capital-codes-after-sentence",
    "underlined-column-names",
    "mail-under-stopped-sentence",
    "flush-glossary",
    "dashed-terms-wrapped-flush",
    "owner-alone-under-title",
    "contents-nests-flat-headings",
    "command-cuts-sentence-flush",
    "heredoc-with-blank-lines",
    "drawing-label-over-stroke",
    "hung-item-then-text-at-marker",
    "titled-step-lines",
    "first-line-root-dir",
    "dashed-step-peers",
    "command-says-message",
    "columns-header-among-glued-names",
    "question-label-on-this",
    "numbered-names-glued-over-text",
    "long-first-line-title",
    "label-over-wrapped-columns",
    "error-printed-under-colon",
    "item-sample-at-margin",
    "item-quotes-printed-message",
    "items-wrapped-at-left-edge",
    "lettered-sub-steps-in-brackets",
    "command-words-lead-in",
    "yaml-keyed-unannounced",
    "tsv-header-under-headings",
];

fn input(case: &str) -> String {
    std::fs::read_to_string(support::fixture("convert", case).join("input.txt")).unwrap()
}

#[test]
fn fixtures_convert_to_rst_and_markdown() {
    for case in CASES {
        let c = convert::read(&input(case));
        let mut report = c.report.summary();
        for d in &c.report.unsure {
            report.push_str(&format!("\nline {}: {}", d.line, d.message));
        }
        let rst = Target::Rst.write(&c.doc);
        let md = Target::Md.write(&c.doc);
        for out in [&rst, &md] {
            for line in out.lines() {
                assert!(
                    !line.ends_with(' ') && !line.ends_with('\t'),
                    "{case}: `{line}`"
                );
            }
            assert!(out.ends_with('\n') && !out.ends_with("\n\n"), "{case}");
        }
        let snap = format!("{report}\n---- rst\n{rst}---- md\n{md}");
        insta::assert_snapshot!(format!("convert-{case}"), snap);
    }
}

/// Words as the fidelity tool counts them: `[A-Za-z0-9]+`, lower case,
/// without numbers, admonition names and dump artefacts; single letters
/// are left out too (`a.` enumerates a list, and Markdown numbers it), and
/// so are `seealso`, a directive's name written out as `See also:`,
/// `idea`, the dumped name of the wiki's icon that becomes an admonition,
/// and `nb`, the `NB:` label that becomes a note; roman numerals (`ii`
/// to `xii`) are numbers, a sub-step's enumerator that Markdown numbers.
fn words(text: &str) -> HashMap<String, usize> {
    let text = sopbook_artefacts(text);
    let mut out = HashMap::new();
    for w in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_lowercase();
        let skip = [
            "note",
            "notes",
            "warning",
            "important",
            "tip",
            "caution",
            "danger",
            "hint",
            "seealso",
            "idea",
            "nb",
        ];
        let roman = ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"];
        if w.len() == 1
            || w.bytes().all(|b| b.is_ascii_digit())
            || skip.contains(&w.as_str())
            || roman.contains(&w.as_str())
        {
            continue;
        }
        *out.entry(w).or_default() += 1;
    }
    out
}

/// A line opening with a written-out step (`Step 2: text`) without the
/// word `Step`.
fn step_mark(line: &str) -> Option<String> {
    let rest = line.trim_start().strip_prefix("Step ")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && rest[digits..].starts_with(':')).then(|| rest.to_string())
}

/// A line that is markup as a whole: MediaWiki's table opening (its
/// attributes) and its magic words (`__TOC__`).
fn markup_line(line: &str) -> bool {
    let t = line.trim();
    t.starts_with("{|")
        || (t.len() > 4
            && t.starts_with("__")
            && t.ends_with("__")
            && t[2..t.len() - 2].bytes().all(|b| b.is_ascii_uppercase()))
}

/// `line` without the markup tokens of the styles the converter reads,
/// wherever they stand (a writer may join them into a paragraph line):
/// Org's `#+BEGIN_SRC sh`/`#+END_SRC`, a fence of backticks or tildes
/// (its language a word, kept: a writer keeps it), AsciiDoc's `[source,bash]`, `[listing]` and
/// table attributes, MoinMoin's `#!bash` after `{{{`, Confluence's
/// `{code:bash}`/`{noformat}`, and the tags `<code bash>`, `<file>`,
/// `<note warning>`, `<pre>`, `<syntaxhighlight lang="sh">`, `<source>`.
/// A backslash escaping punctuation (`\~`, `\[`) goes first.
fn strip_markup_tokens(line: &str) -> String {
    let line = unescaped(line);
    let low = line.to_ascii_lowercase();
    let mut out = String::new();
    let mut i = 0;
    while let Some(ch) = line[i..].chars().next() {
        match markup_token_end(&low, i) {
            Some(end) => {
                out.push(' ');
                i = end;
            }
            None => {
                out.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    out
}

/// `line` without the backslashes that escape ASCII punctuation.
fn unescaped(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    out
}

/// The end of the word starting at `from` in `s` (letters, digits, `_+-`).
fn word_end(s: &str, from: usize) -> usize {
    s[from..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || "_+-".contains(c)))
        .map_or(s.len(), |n| from + n)
}

/// After `at` in `s`: the end of the word that follows spaces, or `at`.
fn language_end(s: &str, at: usize) -> usize {
    let word = at + (s[at..].len() - s[at..].trim_start_matches(' ').len());
    match word_end(s, word) {
        end if end > word => end,
        _ => at,
    }
}

/// The end of the markup token starting at byte `i` of the lower-cased
/// line `low`, if one does.
fn markup_token_end(low: &str, i: usize) -> Option<usize> {
    let rest = &low[i..];
    // Org's block lines, a source block's language with them
    for open in ["#+begin_", "#+end_"] {
        if rest.starts_with(open) {
            let end = word_end(rest, open.len());
            let src = &rest[open.len()..end] == "src" && open == "#+begin_";
            return Some(i + if src { language_end(rest, end) } else { end });
        }
    }
    // a fence of three or more backticks or tildes, and its language
    let fence = rest
        .bytes()
        .take_while(|&b| b == b'`')
        .count()
        .max(rest.bytes().take_while(|&b| b == b'~').count());
    if fence >= 3 {
        return Some(i + fence);
    }
    // MoinMoin's `{{{#!bash`, `{{{#!highlight bash`
    if let Some(name) = rest
        .strip_prefix("#!")
        .filter(|n| n.starts_with(|c: char| c.is_ascii_alphabetic()))
    {
        let end = word_end(rest, 2);
        let highlight = name.starts_with("highlight");
        return Some(
            i + if highlight {
                language_end(rest, end)
            } else {
                end
            },
        );
    }
    let bracketed = [
        "[source",
        "[listing]",
        "[cols",
        "[options",
        "[%header",
        "{code",
        "{noformat",
    ];
    if bracketed.iter().any(|p| rest.starts_with(p)) {
        let close = if rest.starts_with('[') { ']' } else { '}' };
        return rest.find(close).map(|c| i + c + 1);
    }
    // BBCode's tags (`[b]`, `[/list]`, `[url=...]`, `[quote=name]`)
    let bbcode = [
        "b", "i", "u", "s", "code", "list", "url", "quote", "size", "color", "font", "img", "*",
    ];
    if let Some(name) = rest.strip_prefix("[/").or_else(|| rest.strip_prefix('['))
        && bbcode.iter().any(|t| {
            name.strip_prefix(*t)
                .is_some_and(|r| r.starts_with([']', '=']))
        })
    {
        return rest.find(']').map(|c| i + c + 1);
    }
    let tags = [
        "code",
        "file",
        "note",
        "pre",
        "syntaxhighlight",
        "source",
        "verbatim",
    ];
    let name = rest.strip_prefix("</").or_else(|| rest.strip_prefix('<'))?;
    tags.iter()
        .find(|t| {
            name.strip_prefix(**t)
                .is_some_and(|r| r.starts_with([' ', '>']))
        })
        .and_then(|_| rest.find('>'))
        .map(|c| i + c + 1)
}

/// The language of a code directive line (`.. code-block:: bash`).
fn code_directive(line: &str) -> Option<String> {
    let t = line.trim();
    [".. code-block::", ".. code::", ".. sourcecode::"]
        .iter()
        .find_map(|d| t.strip_prefix(d))
        .filter(|l| l.split_whitespace().count() <= 1)
        .map(|l| l.trim().to_string())
}

/// A line without Confluence's `h2. ` heading mark, Textile's `bc. ` and
/// `{info}`-like box tags.
fn strip_confluence(line: &str) -> String {
    let mut l = line.trim_start().to_string();
    if let Some(rest) = l.strip_prefix('h')
        && rest.len() > 2
        && rest.as_bytes()[0].is_ascii_digit()
        && rest[1..].starts_with(". ")
    {
        l = rest[3..].to_string();
    }
    // Textile's block marks
    for mark in ["bc.. ", "bc. ", "pre.. ", "pre. ", "p. ", "bq. "] {
        if let Some(rest) = l.strip_prefix(mark) {
            l = rest.to_string();
        }
    }
    for tag in ["info", "note", "warning", "tip"] {
        let open = format!("{{{tag}");
        while let Some(a) = l.find(&open) {
            let Some(b) = l[a..].find('}') else { break };
            let inner = l[a + 1..a + b].to_string();
            let title = inner.split_once("title=").map_or("", |(_, t)| t);
            l.replace_range(a..=a + b, &format!(" {title} "));
        }
    }
    l
}

/// A `References` entry of a `links -dump` giving a note icon's address.
fn icon_address(line: &str) -> bool {
    line.trim().split_once(". ").is_some_and(|(n, url)| {
        n.parse::<u32>().is_ok()
            && url.contains("://")
            && ["Note", "Warning", "Important", "Tip", "Caution"]
                .iter()
                .any(|i| url.ends_with(&format!("File:{i}.png")))
    })
}

/// `* 2.2Local reset` as `* 2.2 Local reset`; none for other lines.
fn unglued_entry(line: &str) -> Option<String> {
    let rest = line.trim_start().strip_prefix('*')?.trim_start();
    let n = rest
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let mut after = rest[n..].chars();
    let word = after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase);
    (n > 0 && word).then(|| format!("{} {}", &rest[..n], &rest[n..]))
}

fn sopbook_artefacts(text: &str) -> String {
    let kept: Vec<String> = text
        .lines()
        .map(|l| match l {
            _ if markup_line(l) => String::new(),
            // a `links -dump`'s furniture: `Visible links` over its list,
            // the address of a note icon (`5. https://.../File:Note.png`)
            _ if l.trim() == "Visible links" || icon_address(l) => String::new(),
            // a code directive's name is markup, its language is kept
            _ if code_directive(l).is_some() => code_directive(l).unwrap_or_default(),
            // a code directive's caption is a paragraph, its name markup
            _ if l.trim_start().starts_with(":caption:") => l.replacen(":caption:", " ", 1),
            // so is Org's `#+CAPTION:` line
            _ if l
                .trim_start()
                .to_ascii_lowercase()
                .starts_with("#+caption:") =>
            {
                l.trim_start()[10..].to_string()
            }
            // TWiki's topic data
            _ if l.trim_start().starts_with("%META:") => String::new(),
            // MoinMoin's invisible `<<Anchor(name)>>` target
            _ if l.trim().starts_with("<<Anchor(") && l.trim().ends_with(")>>") => String::new(),
            // a dumped `Contents` entry whose number ran into its title
            // (`* 2.2Local reset`): the number is the list's numbering
            _ if unglued_entry(l).is_some() => unglued_entry(l).unwrap_or_default(),
            // Confluence's `h2.` heading mark and box tags ending a line
            _ => strip_confluence(&strip_markup_tokens(&twiki_creole_markup(l))),
        })
        .collect();
    // AsciiDoc's `link:` macro name before an address
    let mut text = kept.join("\n").replace("link:http", " http");
    // MoinMoin's `attachment:` before a file's name in a link
    text = text.replace("[[attachment:", "[[");
    // AsciiDoc's UI macro names (`kbd:[Ctrl+C]`, `menu:File[Save]`)
    for name in ["kbd:[", "btn:[", "menu:"] {
        text = text.replace(name, " [");
    }
    // MediaWiki's inline tags, a `<pre>` around text on its lines
    let tags = [
        "<br/>", "<br />", "<br>", "<code>", "</code>", "<tt>", "</tt>",
    ];
    for tag in tags
        .into_iter()
        .chain(["<nowiki>", "</nowiki>", "<pre>", "</pre>"])
        // MoinMoin's line break, as 1.x and later wrote it
        .chain(["[[BR]]", "<<BR>>"])
    {
        text = text.replace(tag, " ");
    }
    text = mediawiki_notes(&text);
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && after[digits..].starts_with(']') {
            out.push(' ');
            rest = &after[digits + 1..];
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    // MediaWiki's section links, `[edit]` (`[[13]edit]` in a lynx dump)
    out = out.replace("[ edit]", " ").replace("[edit]", " ");
    // `Warning (medium size).png`: the size note is part of the icon name.
    for name in ["Note", "Warning", "Important", "Tip", "Caution"] {
        let open = format!("{name} (");
        while let Some(at) = out.find(&open) {
            let tail = &out[at + open.len()..];
            let Some(close) = tail
                .find(").png")
                .filter(|&c| !tail[..c].contains(['\n', '(']))
            else {
                break;
            };
            let end = at + open.len() + close + ").png".len();
            out.replace_range(at..end, " ");
        }
    }
    for icon in [
        "Note.png",
        "Warning.png",
        "Important.png",
        "Tip.png",
        "Caution.png",
    ] {
        out = out.replace(icon, " ");
    }
    out
}

/// A line without TWiki's `%TOC%` and icon macros (`%X%`), its `Main.`
/// before a user's name, and the page a link to a page of the wiki names
/// by its text (`[[Web.Topic][text]]`, Creole's `[[ops/page|text]]`,
/// Trac's `[wiki:Page text]`): markup, not words (a conversion shows the
/// text).
fn twiki_creole_markup(line: &str) -> String {
    let mut l = trac_page_links(&line.replace("Main.", " "));
    for m in [
        "%TOC%", "%X%", "%I%", "%T%", "%H%", "%Y%", "%P%", "%M%", "%N%", "%U%", "%S%",
    ] {
        l = l.replace(m, " ");
    }
    let mut out = String::new();
    let mut rest = l.as_str();
    while let Some(at) = rest.find("[[") {
        out.push_str(&rest[..at]);
        let inner = &rest[at + 2..];
        let Some(end) = inner.find("]]") else {
            out.push_str("[[");
            rest = inner;
            continue;
        };
        let body = &inner[..end];
        let split = body.split_once("][").or_else(|| body.split_once('|'));
        match split {
            // (TiddlyWiki writes `[[the text|PageName]]`: the text is the
            // side with a space when only one has)
            Some((text, target))
                if text.contains(' ')
                    && !target.contains([' ', ':', '|'])
                    && body.contains('|') =>
            {
                out.push_str(text);
                out.push(' ');
            }
            Some((target, text)) if !target.contains(':') && !text.contains('|') => {
                out.push_str(text);
                out.push(' ');
            }
            _ => out.push_str(&format!("[[{body}]]")),
        }
        rest = &inner[end + 2..];
    }
    out.push_str(rest);
    out
}

/// `line` with Trac's links to a wiki page, `[wiki:Page the text]`,
/// as their text.
fn trac_page_links(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(at) = rest.find("[wiki:") {
        out.push_str(&rest[..at]);
        let inner = &rest[at + 6..];
        match (inner.find(']'), inner.find(' ')) {
            (Some(end), Some(sp)) if sp < end => {
                out.push_str(&inner[sp + 1..end]);
                rest = &inner[end + 1..];
            }
            _ => {
                out.push_str("[wiki:");
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` without MediaWiki's footnote tags (`<ref name="a">`, `</ref>`,
/// `<references/>`) and its image links' layout options (`|thumb`,
/// `|200px`): markup, not words.
fn mediawiki_notes(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("<ref") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 4..];
        match tail.find('>') {
            Some(gt) if tail.starts_with(['>', ' ', '/', 'e']) => {
                out.push(' ');
                rest = &tail[gt + 1..];
            }
            _ => {
                out.push_str("<ref");
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    let mut text = out.replace("</ref>", " ");
    for part in [
        "thumb",
        "thumbnail",
        "frame",
        "frameless",
        "border",
        "left",
        "right",
        "center",
        "none",
        "upright",
        "200px",
        "alt=",
    ] {
        for link in ["[[File:", "[[Image:"] {
            if text.contains(link) {
                text = text.replace(&format!("|{part}|"), "|");
                text = text.replace(&format!("|{part}]]"), "]]");
                text = text.replace(&format!("|{part}"), "|");
            }
        }
    }
    text
}

/// Markdown with each reference link's address (`[text][N]`, its
/// `[N]: url` line given once for all of them) added after the text once
/// more for every further use of it.
fn with_reused_addresses(md: &str) -> String {
    let mut out = md.to_string();
    for line in md.lines() {
        let Some((label, url)) = line.strip_prefix('[').and_then(|l| l.split_once("]: ")) else {
            continue;
        };
        let uses = md.matches(&format!("][{label}]")).count();
        for _ in 1..uses {
            out.push_str(&format!("\n{url}"));
        }
    }
    out
}

/// The first word of `source` that `output` has fewer times, described with
/// both texts, or `None` when every word is kept.
fn lost_word(source: &str, output: &str) -> Option<String> {
    let output = with_reused_addresses(output);
    let have = words(&output);
    // a written-out step (`Step 2: text`) in the source: the word and the
    // number are the list's numbering (only there: the output's wrapping
    // may bring a `Step 2:` the text kept to a line's start)
    let counted: String = source
        .lines()
        .map(|l| step_mark(l).unwrap_or_else(|| l.to_string()) + "\n")
        .collect();
    words(&counted).into_iter().find_map(|(w, n)| {
        let got = have.get(&w).copied().unwrap_or(0);
        (got < n).then(|| {
            format!("`{w}` {n} times in, {got} out\n--- input\n{source}\n--- output\n{output}")
        })
    })
}

/// A small deterministic generator (xorshift64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const FRAGMENTS: &[&str] = &[
    "Restart the frobnicator",
    "Contents",
    "* 1 Contact Information",
    "*2 Setup",
    "Owner: ops",
    "Contact: #ops, ops-admin",
    "  continued value",
    "$ sudo systemctl restart frob",
    "# yum install frob",
    "db=# select * from t;",
    "[root@h01 ~]# ls -l",
    "- item one",
    "+ item two",
    "1. first step",
    "2) second step",
    "a. alpha",
    "=====",
    "-----",
    "~~~",
    "= Moin =",
    "== Deeper ==",
    "[64]Note.png",
    "Note",
    "[12]link text",
    "http://example.org/x_",
    "see <https://a.example/b>.",
    "a *starred* word_ and `tick` |pipe|",
    "..",
    ".. title: T",
    ":field: value",
    "\tTabbed\tline",
    "non\u{a0}breaking",
    "Émile écrit ünïcode",
    "::",
    "end with colon:",
    "x",
    "",
    "",
    "",
    "WARNING: careful",
    "(parenthesised)",
    "\\backslash",
    "1.2.3.4 host",
    "#!/bin/sh",
    "} done {",
    "<tag attr=\"v\">",
    "----------------------",
    "```sh",
    "~~~ Output",
    "#+BEGIN_NOTE",
    "#+END_NOTE",
    "{{{",
    "}}}",
    "+",
    "----",
    "|| a || b ||",
    "^ Owner | x |",
    "[source,bash]",
    "Q: why does it stop?",
    "A: the queue is full.",
    "NAME",
    "Step 1: Drain",
    "**Owner:** team",
    ":PROPERTIES:",
    ":END:",
    "[NOTE]",
    "====",
    "## Setup",
    "[link text](https://example.org/a)",
];

fn generate(rng: &mut Rng) -> String {
    let n = 1 + rng.next() % 40;
    let mut out = String::new();
    for _ in 0..n {
        let indent = [0, 0, 0, 1, 2, 3, 3, 5, 8][(rng.next() % 9) as usize];
        out.push_str(&" ".repeat(indent));
        out.push_str(rng.pick(FRAGMENTS));
        if rng.next().is_multiple_of(3) {
            out.push(' ');
            out.push_str(rng.pick(FRAGMENTS));
        }
        out.push('\n');
    }
    out
}

fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    for _ in 0..1 + rng.next() % 6 {
        if lines.is_empty() {
            break;
        }
        let i = (rng.next() % lines.len() as u64) as usize;
        match rng.next() % 4 {
            0 => lines[i].insert_str(0, "   "),
            1 => lines[i] = lines[i].trim_start().to_string(),
            2 => lines.insert(i, String::new()),
            _ => {
                let l = lines[i].clone();
                lines.insert(i, l);
            }
        }
    }
    lines.join("\n")
}

/// The texts of one seed: generated ones, then mutations of every fixture.
fn texts_of_seed(seed: u64) -> Vec<String> {
    let mut rng = Rng(0x5eed_cafe_f00d_1234 ^ seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let mut texts: Vec<String> = (0..400).map(|_| generate(&mut rng)).collect();
    for case in CASES {
        let base = input(case);
        for _ in 0..20 {
            texts.push(mutate(&base, &mut rng));
        }
    }
    texts
}

/// Seeds 0 to `SOPBOOK_PROPTEST_SEEDS` (default 2) are run, each a fresh
/// stream of the generator (about 6,000 texts a seed); a longer run:
/// `SOPBOOK_PROPTEST_SEEDS=40 cargo test --release --test integration any_text`.
#[test]
fn any_text_converts_without_panic_or_lost_words() {
    let seeds = std::env::var("SOPBOOK_PROPTEST_SEEDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2u64);
    let mut failures = Vec::new();
    for seed in 0..seeds {
        for text in texts_of_seed(seed) {
            let c = convert::read(&text);
            for (target, what) in [(Target::Rst, "rst"), (Target::Md, "md")] {
                if let Some(lost) = lost_word(&text, &target.write(&c.doc)) {
                    failures.push(format!("seed {seed}, {what}: {lost}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} texts lost a word; the first:\n{}",
        failures.len(),
        failures[..failures.len().min(3)].join("\n\n")
    );
}

fn run(args: &[&str], dir: &Path, stdin: Option<&str>) -> std::process::Output {
    let mut cmd = support::sopbook();
    cmd.arg("convert").args(args).current_dir(dir);
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    if let Some(text) = stdin {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    child.wait_with_output().unwrap()
}

#[test]
fn quiet_prints_nothing_but_errors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("relay.txt"), input("underlined")).unwrap();
    let out = run(&["relay.txt", "--to", "rst", "--quiet"], dir.path(), None);
    assert!(out.status.success() && out.stderr.is_empty(), "{out:?}");
    assert!(dir.path().join("relay.rst").exists());
    let out = run(&["relay.txt", "--to", "rst", "--quiet"], dir.path(), None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.contains("--force"),
        "{stderr}"
    );
}

#[test]
fn dry_run_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("relay.txt"), input("underlined")).unwrap();
    let out = run(&["relay.txt", "--to", "rst", "--dry-run"], dir.path(), None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("relay.rst <==") && stdout.contains("Ticket Relay SOP"),
        "{stdout}"
    );
    assert!(!dir.path().join("relay.rst").exists());
    assert!(String::from_utf8_lossy(&out.stderr).contains("would write"));
}

#[test]
fn legacy_encodings_convert_and_binary_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let sops = dir.path().join("sops");
    std::fs::create_dir(&sops).unwrap();
    std::fs::write(
        sops.join("a.txt"),
        b"Disk swap\n\nAsk M\xfcller \x93first\x94.\n",
    )
    .unwrap();
    std::fs::write(sops.join("b.txt"), b"\x7fELF\x02\x01\x01\x00\x00\x00").unwrap();
    let out = run(&["sops", "--to", "md"], dir.path(), None);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("read as Windows-1252"), "{stderr}");
    assert!(stderr.contains("b.txt: binary data"), "{stderr}");
    let written = std::fs::read_to_string(sops.join("a.md")).unwrap();
    assert!(written.contains("Ask Müller “first”."), "{written}");
    assert!(!sops.join("b.md").exists());
}

#[test]
fn existing_files_need_force() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("relay.txt"), input("underlined")).unwrap();
    let first = run(&["relay.txt", "--to", "md"], dir.path(), None);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let written = std::fs::read_to_string(dir.path().join("relay.md")).unwrap();
    assert!(written.contains("# Ticket Relay SOP"), "{written}");
    let report = String::from_utf8_lossy(&first.stderr);
    assert!(report.contains("contact block (4 fields)"), "{report}");

    std::fs::write(dir.path().join("relay.md"), "mine").unwrap();
    let again = run(&["relay.txt", "--to", "md"], dir.path(), None);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("relay.md")).unwrap(),
        "mine"
    );

    let forced = run(&["relay.txt", "--to", "md", "--force"], dir.path(), None);
    assert!(forced.status.success());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("relay.md")).unwrap(),
        written
    );
}

#[test]
fn stdin_goes_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["-", "--to", "rst"], dir.path(), Some(&input("moinmoin")));
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Introduction\n============"), "{stdout}");
}

#[test]
fn same_named_inputs_take_their_folder_names() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["alpha", "beta"] {
        std::fs::create_dir(dir.path().join(name)).unwrap();
        std::fs::write(
            dir.path().join(name).join("before.txt"),
            input("links-dump"),
        )
        .unwrap();
    }
    let out = run(
        &[
            "alpha/before.txt",
            "beta/before.txt",
            "--to",
            "rst",
            "--out",
            "o",
        ],
        dir.path(),
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("o/alpha.rst").is_file() && dir.path().join("o/beta.rst").is_file());
}

/// The lowest figures the converter must keep on the corpus. The issue's
/// target structure F1 is 0.90; the converter does not reach it yet, so
/// this guards what it does reach.
const MIN_F1_RST: f64 = 0.818;
const MIN_F1_MD: f64 = 0.818;

#[test]
fn corpus_fidelity() {
    let Some(corpus) = support::corpus() else {
        return;
    };
    if !support::have_python_module("docutils") || !support::have_python_module("markdown_it") {
        return;
    }
    let pairs = corpus.join("legacy-sops");
    let inputs = support::legacy_inputs(&corpus);
    for (to, min_f1) in [("rst", MIN_F1_RST), ("md", MIN_F1_MD)] {
        let out = support::convert_to(to, &inputs);
        let out_dir = out.path().display().to_string();
        let tool = support::repo().join("../shared/tools/convert_fidelity.py");
        let res = std::process::Command::new("python3")
            .arg(tool)
            .args([
                "--pairs",
                &pairs.display().to_string(),
                "--ours",
                &out_dir,
                "--show",
                "0",
            ])
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&res.stdout);
        let last = stdout.lines().last().unwrap_or_default().to_string();
        let figure = |label: &str| -> f64 {
            let at = last
                .find(label)
                .unwrap_or_else(|| panic!("no `{label}` in `{last}`"));
            let rest = &last[at + label.len()..];
            rest.split([' ', ','])
                .find(|s| !s.is_empty())
                .unwrap()
                .parse()
                .unwrap()
        };
        eprintln!("{to}: {last}");
        assert!(last.contains("(0 missing)"), "{last}");
        assert!(figure("structure F1 ") >= min_f1, "{last}");
        assert!(figure("words kept ") >= 0.995, "{last}");
        if to == "rst" {
            assert_eq!(figure("docutils messages "), 0.0, "{last}");
        }
    }
}

/// Block kinds and folded text, nested blocks flattened in order.
fn outline(blocks: &[sopbook::doc::Block], out: &mut Vec<String>) {
    use sopbook::doc::{BlockKind as K, inlines_text};
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for b in blocks {
        match &b.kind {
            K::Heading { level, content, .. } => {
                out.push(format!("h{level} {}", fold(&inlines_text(content))))
            }
            K::Paragraph(c) => out.push(format!("p {}", fold(&inlines_text(c)))),
            K::CodeBlock { code, .. } => out.push(format!("code {}", code.trim_end())),
            K::List(l) => l.items.iter().for_each(|i| {
                out.push(match i.task {
                    Some(true) => "item [x]".into(),
                    Some(false) => "item [ ]".into(),
                    None => "item".into(),
                });
                outline(&i.blocks, out);
            }),
            K::DefinitionList(items) => items.iter().for_each(|i| {
                out.push(format!("term {}", fold(&inlines_text(&i.term))));
                outline(&i.definition, out);
            }),
            K::Admonition { kind, blocks, .. } => {
                out.push(format!("admonition {}", kind.name()));
                outline(blocks, out);
            }
            K::BlockQuote { blocks, .. } => outline(blocks, out),
            K::Footnote { label, blocks, .. } => {
                out.push(format!("footnote {label}"));
                outline(blocks, out);
            }
            K::Table(t) => {
                out.push(format!("table, {} header row(s)", t.header_rows));
                for row in &t.rows {
                    out.push("row".into());
                    row.iter().for_each(|c| outline(&c.blocks, out));
                }
            }
            // the list of headings either writer makes of a contents block
            // reads back as the block
            K::Contents { .. } => out.push("contents".into()),
            K::Comment(_) | K::Anchor(_) => {}
            // `<!-- -->` keeps two Markdown lists apart.
            K::Html(h) if h.trim_start().starts_with("<!--") => {}
            other => out.push(format!("{other:?}")),
        }
    }
}

/// Heading levels as section depths (RST cannot skip a level), and tabs
/// in literal text expanded (RST expands them).
fn ranked(lines: Vec<String>) -> Vec<String> {
    let level = |l: &str| {
        l.strip_prefix('h')
            .and_then(|r| r.split(' ').next()?.parse::<u8>().ok())
    };
    let mut stack: Vec<u8> = Vec::new();
    lines
        .into_iter()
        .map(|l| match level(&l) {
            Some(n) => {
                while stack.last().is_some_and(|&t| t >= n) {
                    stack.pop();
                }
                stack.push(n);
                format!("h{}{}", stack.len(), &l[2..])
            }
            None if l.starts_with("code ") => {
                let code: Vec<String> = l[5..].lines().map(expand_tabs).collect();
                format!("code {}", code.join("\n"))
            }
            None => l,
        })
        .collect()
}

fn expand_tabs(line: &str) -> String {
    let mut out = String::new();
    for c in line.chars() {
        if c == '\t' {
            let n = 8 - out.chars().count() % 8;
            out.push_str(&" ".repeat(n));
        } else {
            out.push(c);
        }
    }
    out
}

/// Every link's text and address, in order.
fn links(blocks: &[sopbook::doc::Block]) -> Vec<(String, String)> {
    use sopbook::doc::{Inline, Visit, inlines_text, walk_blocks};
    let mut out = Vec::new();
    walk_blocks(blocks, &mut |v| {
        if let Visit::Inline(Inline::Link { url, content, .. }) = v {
            let text = inlines_text(content);
            out.push((
                text.split_whitespace().collect::<Vec<_>>().join(" "),
                url.clone(),
            ));
        }
    });
    out
}

#[test]
fn reference_links_read_back_to_the_same_addresses() {
    use sopbook::markup::{Format, Options, parse};
    for case in [
        "reference-links",
        "moin-links",
        "lynx-dump",
        "dump-references",
    ] {
        let c = convert::read(&input(case));
        let want = links(&c.doc.blocks);
        assert!(!want.is_empty(), "{case}: no links");
        let rst = Target::Rst.write(&c.doc);
        let md = Target::Md.write(&c.doc);
        assert!(
            rst.contains("\n__ https://") && md.contains("]: https://"),
            "{case}"
        );
        for (format, text) in [(Format::Rst, &rst), (Format::Markdown, &md)] {
            let doc = parse(format, text, &Options::default());
            assert_eq!(links(&doc.blocks), want, "{case} {format:?}:\n{text}");
            assert!(doc.diagnostics.is_empty(), "{case}: {:?}", doc.diagnostics);
        }
    }
}

#[test]
fn rst_and_markdown_outputs_read_back_the_same() {
    use sopbook::markup::{Format, Options, parse};
    let mut texts: Vec<(String, String)> =
        CASES.iter().map(|c| (c.to_string(), input(c))).collect();
    if let Some(corpus) = support::corpus() {
        for p in support::legacy_inputs(&corpus) {
            let name = p.parent().unwrap().file_name().unwrap();
            let text = std::fs::read_to_string(&p).unwrap();
            texts.push((name.to_string_lossy().into_owned(), text));
        }
    }
    let mut failed = Vec::new();
    for (case, text) in &texts {
        let c = convert::read(text);
        let rst = parse(Format::Rst, &Target::Rst.write(&c.doc), &Options::default());
        let md = parse(
            Format::Markdown,
            &Target::Md.write(&c.doc),
            &Options::default(),
        );
        let (mut a, mut b, mut want) = (Vec::new(), Vec::new(), Vec::new());
        outline(&rst.blocks, &mut a);
        outline(&md.blocks, &mut b);
        outline(&c.doc.blocks, &mut want);
        // RST levels are relative: compare heading depths by rank.
        let (a, b, want) = (ranked(a), ranked(b), ranked(want));
        // Markdown has no table without a header: its writer heads such a
        // table with its first row
        let headed = |o: &String| o.replace("table, 0 header row(s)", "table, 1 header row(s)");
        let want_md: Vec<String> = want.iter().map(headed).collect();
        for (got, format, want) in [(a, "rst", &want), (b, "md", &want_md)] {
            if &got != want {
                let at = got
                    .iter()
                    .zip(want.iter())
                    .position(|(x, y)| x != y)
                    .unwrap_or(0);
                failed.push(format!(
                    "{case} {format}: {:?} read back as {:?}",
                    want.get(at),
                    got.get(at)
                ));
            }
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}
