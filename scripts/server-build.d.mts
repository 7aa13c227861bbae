// Types of scripts/server-build.mjs, for its test.
export declare const SERVER_STAMP_FILE: string;
export declare const TEMPLATE_FILE: string;
export declare const DEMO_TEMPLATE_FILE: string;
export declare function serverDistDir(root: string): string;
export declare function serverMain(root: string): string;
export declare function serverSourcesHash(root: string): string;
export declare function serverBuildStatus(root: string): { current: boolean; reason: string };
export declare function buildServer(root: string): Promise<void>;
export declare function ensureServerBuild(root: string, log?: (line: string) => void): Promise<void>;
