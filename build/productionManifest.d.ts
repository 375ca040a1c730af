export const DEVELOPMENT_URL: string;
export const SUPPORT_PAGE: string;
export function addinBase(text: string): string;
export function officeVersion(version: string): string;
export function productionManifest(template: string, options: { addinUrl: string; supportUrl?: string; version: string }): string;
