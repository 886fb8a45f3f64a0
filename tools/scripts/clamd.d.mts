import type { ChildProcess } from 'node:child_process';

export declare const CLAMD_PATH: string;
export declare const CLAMD_MISSING_MESSAGE: string;
export declare function clamdInstalled(): boolean;
export declare function clamdAnswers(port: number, host?: string): Promise<boolean>;
export interface RunningClamd {
  readonly host: string;
  readonly port: number;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}
export declare function startClamd(options: { dir: string; port: number; timeoutMs?: number; streamMaxLength?: string }): Promise<RunningClamd>;
