/** The station library: scenarios and rubrics, loaded from files and versioned. */
package org.oscetrainer.catalog;
