/** Faculty's station authoring in the app: library, editor with live validation, preview, history. */
package org.oscetrainer.authoring;
