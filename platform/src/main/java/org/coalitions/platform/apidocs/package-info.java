/**
 * The OpenAPI documents' conventions: title, version and description per service, each operation's security as
 * its service's security rules decide it, and its failures as problem responses.
 */
package org.coalitions.platform.apidocs;
