/**
 * Small general-purpose helpers shared by several layers ({@link org.kehoach.util.Lazy}, {@link
 * org.kehoach.util.DaemonThreads}). Depends on the JDK only; nothing here knows plans, text or libraries.
 */
package org.kehoach.util;
