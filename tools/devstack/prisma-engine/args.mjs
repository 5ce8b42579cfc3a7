// Parses the command line the Prisma CLI gives the native schema-engine binary:
//   --version
//   --datasource '<json: {url, shadowDatabaseUrl?}>' cli can-connect-to-database|create-database|drop-database
//   [--datamodels <path>]... [--datasource '<json>'] [--enabled-preview-features a,b] [--extension-types '<json>']
// (the last form starts the JSON-RPC server on stdin/stdout).

export function parseArgs(argv) {
  const options = { datamodels: [], datasource: {}, version: false, cliCommand: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`Missing value after ${arg}`);
      i += 1;
      return argv[i];
    };
    switch (arg) {
      case '--version':
      case '-V':
        options.version = true;
        break;
      case '--datasource':
        options.datasource = JSON.parse(value());
        break;
      case '--datamodels':
      case '-d':
        options.datamodels.push(value());
        break;
      case '--enabled-preview-features':
      case '--extension-types':
        // Preview features are read from the schema by the engine itself; extension types only
        // matter to Prisma Postgres extensions. Accepted so the CLI can pass them, then ignored.
        value();
        break;
      case 'cli':
        options.cliCommand = value();
        break;
      default:
        throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return options;
}
