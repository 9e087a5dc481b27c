// package.json, tsconfig.json and README.md of the SDK. package.json carries the `pulumi` block the engine reads to
// install and load the plugin of the same version (name alicloud-routerinterface, version from VERSION); the npm
// name and dependency ranges come from ../package-settings.json, the versions npm installs from package-lock.json.

import { HEADER } from "./tsText.mjs";

export function packageJson(model, settings) {
    const pkg = {
        name: settings.name,
        version: model.version,
        description: model.description,
        keywords: model.keywords,
        homepage: model.homepage ?? model.repository,
        repository: model.repository,
        license: model.license,
        main: "bin/index.js",
        types: "bin/index.d.ts",
        files: ["bin/**/*.js", "bin/**/*.d.ts", "README.md"],
        scripts: { build: "tsc" },
        engines: settings.engines,
        dependencies: settings.dependencies,
        devDependencies: settings.devDependencies,
        pulumi: { resource: true, name: model.name, version: model.version },
    };
    return JSON.stringify(pkg, null, 4) + "\n";
}

export function tsconfigJson(files) {
    const config = {
        compilerOptions: {
            outDir: "bin",
            declaration: true,
            stripInternal: true,
            target: "ES2022",
            module: "nodenext",
            moduleResolution: "nodenext",
            moduleDetection: "force",
            types: ["node"],
            strict: true,
            noFallthroughCasesInSwitch: true,
            noImplicitReturns: true,
            skipLibCheck: true,
        },
        files: files.filter((f) => f.endsWith(".ts")).sort(),
    };
    return JSON.stringify(config, null, 4) + "\n";
}

export function readme(model, settings) {
    const fns = model.functions.map((fn) => `\`${fn.name}\` / \`${fn.name}Output\``);
    return `<!-- ${HEADER.replace(/\n/g, " ").replace(/\/\/ /g, "").trim()} -->
# ${settings.name}

The Node.js SDK of the \`${model.name}\` Pulumi provider. ${model.description}

\`\`\`sh
npm install ${settings.name}
\`\`\`

\`\`\`typescript
import * as ri from "${settings.name}";

const acceptor = new ri.RouterInterface("acceptor", {
    routerId: "vrt-acceptor",
    routerType: "VRouter",
    role: "AcceptingSide",
    spec: "Negative",
    oppositeRegionId: "cn-hangzhou",
});
\`\`\`

The engine installs and loads the plugin \`pulumi-resource-${model.name}\` of this package's version
(${model.version}), from its \`pulumi\` block in package.json.

## What is here

- resources: ${model.resources.map((r) => `\`${r.name}\``).join(", ")}, and \`Provider\` (one per region or account);
- functions: ${fns.length > 0 ? fns.join(", ") : "none"};
- \`config\`: ${model.config.map((c) => `\`${c.name}\``).join(", ")} (the \`${model.name}:<key>\` stack config, with the
  environment fallbacks the schema names).
`;
}
