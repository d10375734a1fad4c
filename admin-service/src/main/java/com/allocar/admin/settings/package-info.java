/**
 * The platform settings (spec "Paramètres (admin)"): validated, versioned (every version kept), audited, and published
 * whole as {@code settings.changed} for the owners to apply live.
 */
package com.allocar.admin.settings;
