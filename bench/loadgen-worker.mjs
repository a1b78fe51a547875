// Worker threads do not inherit tsx's loader; this entry loads the TypeScript load generator through it.
import { tsImport } from 'tsx/esm/api';

await tsImport('./loadgen.ts', import.meta.url);
