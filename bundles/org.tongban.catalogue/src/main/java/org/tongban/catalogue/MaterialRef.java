package org.tongban.catalogue;

/**
 * Names one material of one matter.
 *
 * @param matterCode the matter's code
 * @param materialName the material's name within that matter
 */
public record MaterialRef(String matterCode, String materialName) {}
