import { routerInterfacePair } from "./pairStack";

// The program: the pair, and its outputs as the stack's outputs.
export = routerInterfacePair();
