package org.kehoach.app.web;

/**
 * The frame every server-rendered page shares with the static ones: head, the navigation bar and the end.
 * Keep it in step with the static pages' markup under {@code org/kehoach/web/static}.
 */
final class PageChrome {
  private PageChrome() {}

  static void start(Html h, String title, String active) {
    h.doctype().open("html", "lang", "vi").open("head").open("meta", "charset", "utf-8")
        .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .element("title", title + " · Kế hoạch")
        .open("link", "rel", "stylesheet", "href", "/static/app.css").close("head").newline()
        .open("body").open("header", "class", "top").open("nav")
        .element("a", "Kế hoạch", "href", "/", "class", "brand");
    link(h, "/", "Tải lên", active.equals("upload"));
    link(h, "/search", "Tìm kiếm", active.equals("search"));
    link(h, "/compare", "So sánh", active.equals("compare"));
    h.close("nav").close("header").newline();
  }

  private static void link(Html h, String href, String label, boolean current) {
    h.element("a", label, "href", href, "aria-current", current ? "page" : null);
  }

  static void end(Html h, String script) {
    h.open("script", "src", script).close("script").newline().close("body").close("html").newline();
  }
}
