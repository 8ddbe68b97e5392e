/** Shared infrastructure: time, the embedded database, text normalisation and analysis (Lucene), the application layout. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.oscetrainer.common;
