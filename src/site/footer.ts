/**
 * The footer lists the sources only up to this many. Beyond it, it links to the list instead and
 * names no count, so adding an article does not change every page (and an incremental build does
 * not render them all again).
 */
export const FOOTER_SOURCES = 8;
