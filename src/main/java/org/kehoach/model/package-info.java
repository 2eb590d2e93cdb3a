/**
 * The data model: immutable records and enums only. Depends on nothing else in the project, and on no
 * library; every other package may depend on it.
 */
package org.kehoach.model;
