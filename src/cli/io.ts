/** The command line's effects, passed in so tests can run it in-process. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  stdin: () => string;
}
