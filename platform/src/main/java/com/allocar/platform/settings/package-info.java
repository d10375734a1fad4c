/**
 * The platform settings staff change in admin-service ({@code settings.changed} on {@code admin.settings}, the whole
 * version): each service that follows them ({@code allocar.settings.follow=true}) keeps the highest version it heard in
 * its own schema and reads the fields it owns from there, its properties being the defaults until the first version.
 */
package com.allocar.platform.settings;
