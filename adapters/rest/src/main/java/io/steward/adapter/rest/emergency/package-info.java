/** The emergency context over HTTP: the incident log. */
package io.steward.adapter.rest.emergency;
