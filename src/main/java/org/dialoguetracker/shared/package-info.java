/**
 * What every module may use and nothing of ours below it: the viewer and the roles, the attribution rule and the
 * sides, bilingual text and labels, paging, forms and error pages, the edited records' version and stamps, the data
 * versions, the Envers history, the layout's helpers, the embedded PostgreSQL and the security chain's extension
 * points.
 *
 * <p>An open module: its subpackages ({@code web}, {@code history}) are for every module too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.dialoguetracker.shared;
