// console's printing methods, where the program replaces one
// (`console.log = vmImport(1)`, Microvium's way to give it the host's
// print): globals its calls read, which start as the host's own.
globalThis.$mvmConsole_log = console.log;
globalThis.$mvmConsole_info = console.info;
globalThis.$mvmConsole_debug = console.debug;
globalThis.$mvmConsole_error = console.error;
globalThis.$mvmConsole_warn = console.warn;
