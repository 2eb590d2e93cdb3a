/**
 * The web application behind {@code kehoach serve}: an embedded Javalin (Jetty 11) server with the upload,
 * plan, search and compare pages and the JSON API they use, over the same output folder and Lucene index as
 * the command line. Thin, like the CLI: handlers parse HTTP, call the pipeline, the output store or the index,
 * and map outcomes to statuses in {@link org.kehoach.app.web.HttpStatuses} only. It holds no extraction
 * logic, and nothing outside {@code org.kehoach.app} may depend on it. Everything a plan says is untrusted:
 * HTML is built through {@link org.kehoach.app.web.Html}, which escapes every text it is given.
 */
package org.kehoach.app.web;
