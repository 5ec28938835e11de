/**
 * Integration tests on the Liberty managed container: the real WAR, deployed by Arquillian on the steward-it
 * server, walked over HTTP (client mode), plus one in-container test of the composition itself.
 */
package io.steward.app.it;
