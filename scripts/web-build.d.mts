// Types of scripts/web-build.mjs, for the tests and vite.config.ts.
export declare const STAMP_FILE: string;
export declare function sourcesHash(root: string, inputs: string[]): string;
export declare function webSourcesHash(root: string): string;
export declare function distDir(root: string): string;
export declare function writeStamp(root: string, sourcesHash?: string): void;
export declare function webBuildStatus(root: string): { current: boolean; reason: string };
export declare function buildWeb(root: string): number;
