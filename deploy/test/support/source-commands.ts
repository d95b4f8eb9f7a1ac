import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const SDK_CLIENT = /^@aws-sdk\/client-[a-z0-9-]+$/;
const COMMAND = /^[A-Z]\w*Command$/;
/** `paginateX` sends `XCommand` page after page. */
const PAGINATOR = /^paginate([A-Z]\w*)$/;

/** "package#Command" → the files (relative to root) that can send it. */
export type CommandUses = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.(c|m)?tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The command a value imported from an SDK client package sends, if it sends one. */
function commandOf(name: string): string | undefined {
  if (COMMAND.test(name)) return name;
  const page = PAGINATOR.exec(name);
  return page ? `${page[1]}Command` : undefined;
}

function specifierOf(node: ts.Node): string | undefined {
  return ts.isStringLiteral(node) && SDK_CLIENT.test(node.text) ? node.text : undefined;
}

/**
 * The SDK commands one file can send: value imports (named, namespace members, re-exports,
 * destructured dynamic imports) of `…Command` classes and paginators from `@aws-sdk/client-*`.
 * Type-only imports send nothing. What the scan cannot resolve — a `require`, an undestructured
 * dynamic import, `new` of an aggregated client (`new Connect()`), whose methods send commands
 * no import names — throws, so the policy check fails closed rather than missing a call.
 */
export function commandsInFile(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found = new Set<string>();
  const namespaces = new Map<string, string>();
  const otherValues = new Map<string, string>();
  const refuse = (node: ts.Node, why: string): never => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    throw new Error(`${fileName}:${line + 1}: ${why}; import the …Command classes instead`);
  };
  const note = (pkg: string, imported: string, local: string) => {
    const command = commandOf(imported);
    if (command) found.add(`${pkg}#${command}`);
    else otherValues.set(local, pkg);
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const pkg = specifierOf(node.moduleSpecifier);
      const clause = node.importClause;
      if (pkg && clause && !clause.isTypeOnly) {
        const bindings = clause.namedBindings;
        if (clause.name) otherValues.set(clause.name.text, pkg);
        if (bindings && ts.isNamespaceImport(bindings)) namespaces.set(bindings.name.text, pkg);
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            if (element.isTypeOnly) continue;
            note(pkg, (element.propertyName ?? element.name).text, element.name.text);
          }
        }
      }
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      const pkg = specifierOf(node.moduleSpecifier);
      if (pkg && !node.exportClause) refuse(node, `export * from "${pkg}"`);
      if (pkg && node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const element of node.exportClause.elements) {
          if (!element.isTypeOnly) note(pkg, (element.propertyName ?? element.name).text, "");
        }
      }
    } else if (ts.isCallExpression(node) && node.arguments[0]) {
      const pkg = specifierOf(node.arguments[0]);
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      if (pkg && isRequire) refuse(node, `require("${pkg}")`);
      if (pkg && isImport) dynamicImport(node, pkg);
    }
    ts.forEachChild(node, visit);
  };

  const dynamicImport = (call: ts.CallExpression, pkg: string) => {
    const awaited = ts.isAwaitExpression(call.parent) ? call.parent : call;
    const declaration = awaited.parent;
    if (!ts.isVariableDeclaration(declaration) || !ts.isObjectBindingPattern(declaration.name)) {
      return refuse(call, `import("${pkg}") without destructuring`);
    }
    for (const element of declaration.name.elements) {
      const name = element.propertyName ?? element.name;
      if (!ts.isIdentifier(name)) return refuse(element, `computed import from "${pkg}"`);
      note(pkg, name.text, ts.isIdentifier(element.name) ? element.name.text : "");
    }
  };

  visit(file);
  // Second pass, now that every import is known: namespace members and constructed clients.
  const uses = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const pkg = namespaces.get(node.expression.text);
      if (pkg) note(pkg, node.name.text, "");
    }
    if (ts.isNewExpression(node)) {
      const callee = node.expression;
      const local = ts.isIdentifier(callee) ? otherValues.get(callee.text) : undefined;
      const member =
        ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)
          ? namespaces.get(callee.expression.text)
          : undefined;
      const name = ts.isIdentifier(callee) ? callee.text : callee.getText(file);
      if ((local || member) && !/(Client|Command|Exception)$/.test(name)) {
        refuse(node, `new ${name}() from an AWS SDK client package`);
      }
    }
    ts.forEachChild(node, uses);
  };
  uses(file);
  return [...found];
}

/** Every SDK command the TypeScript files under `dirs` can send, with where. */
export function commandsInSource(root: string, dirs: readonly string[]): CommandUses {
  const uses: CommandUses = new Map();
  for (const path of dirs.flatMap((dir) => sourceFiles(join(root, dir)))) {
    for (const command of commandsInFile(relative(root, path), readFileSync(path, "utf8"))) {
      uses.set(command, [...(uses.get(command) ?? []), relative(root, path)]);
    }
  }
  return uses;
}
