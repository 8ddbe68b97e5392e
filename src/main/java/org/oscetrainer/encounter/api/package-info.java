/**
 * The encounters' JSON WebSocket API ({@code /api/encounters/ws}) for clients other than the
 * browser, such as the load harness. Every request goes through the encounter and catalog services
 * as the student who opened the socket. Described in docs/api.md.
 */
package org.oscetrainer.encounter.api;
